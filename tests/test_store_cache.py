"""The store's cache of the latest facts (each worker keeps one): after any write, by this process
or another, an evaluation sees exactly what a store opened afresh reads, revisions and withdrawals
included, and an import committed out of order (a lower id than one already read, as concurrent
transactions on PostgreSQL can) makes the cache read everything again."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import insert

from obligations import evaluate
from obligations.evaluation.facts import Fact
from obligations.store import Store
from obligations.store.models import FactImport, FactRow
from obligations.store.repository import now
from service_fixtures import database_url

KH_YTE = "kh-so-y-te"
NOI_BO = "ty-le-vbdt-hoan-toan-noi-bo"  # Sở Y tế reported 38% for 2014 on 12/01/2015 (the demo)


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, catalogue, tmp_path):
    """Two workers' stores on one database with the demo registries and facts, and the registry."""
    from obligations.api.demo import load_demo_if_empty
    from obligations.api.service import Service
    from obligations.api.settings import Settings
    from obligations.catalogue.load import default_root
    from obligations.catalogue.version import catalogue_version

    url = database_url(request.param, request, tmp_path)
    settings = Settings(database_url=url, secret_key="k", data_dir=tmp_path, demo=True).resolved()
    first = Service(settings, catalogue, catalogue_version(default_root()), Store(url, "k"))
    load_demo_if_empty(first)
    second = Store(url, "k")
    yield first.store, second, first.registry()
    first.store.close()
    second.close()


def _fresh(store: Store, agencies) -> list[Fact]:
    reader = Store(store.url, "k")
    try:
        return reader.facts_known(agencies=agencies)
    finally:
        reader.close()


def _figure(facts: list[Fact]) -> list[tuple]:
    return sorted((f.value, f.reported) for f in facts if f.agency == KH_YTE and f.metric == NOI_BO and f.period == "2014")


def _value(value: float, reported: dt.date) -> Fact:
    return Fact("value", KH_YTE, "2014", NOI_BO, value=value, reported=reported, origin="test")


def test_each_worker_sees_the_others_writes_exactly(stores, catalogue):
    mine, other, registry = stores
    province = [a.id for a in registry if a.province == "Khánh Hòa"]
    before = mine.facts_known(agencies=province)
    assert _figure(before) == [(38.0, dt.date(2015, 1, 12))]
    assert mine.facts_known(agencies=province) is before  # cached: nothing was written
    other.add_facts([_value(60.0, dt.date(2015, 1, 14))], registry, by="test", source="json")
    revised = mine.facts_known(agencies=province)
    assert _figure(revised) == [(38.0, dt.date(2015, 1, 12)), (60.0, dt.date(2015, 1, 14))]
    assert _figure(before) == [(38.0, dt.date(2015, 1, 12))]  # an answer already given keeps its facts
    other.add_facts([_value(61.0, dt.date(2015, 1, 14))], registry, by="test", source="json")  # a revision
    # a write to another province changes nothing here, but is read past
    other.add_facts([Fact("value", "bg-so-y-te", "2014", NOI_BO, value=70.0, reported=dt.date(2015, 1, 9), origin="t")],
                    registry, by="test", source="json")
    revised = mine.facts_known(agencies=province)
    assert _figure(revised) == [(38.0, dt.date(2015, 1, 12)), (61.0, dt.date(2015, 1, 14))]
    assert sorted(map(repr, revised)) == sorted(map(repr, _fresh(mine, province)))
    as_at = [evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), agencies=[KH_YTE]).to_dict()["findings"]
             for facts in (revised, _fresh(mine, province))]
    assert as_at[0] == as_at[1]
    other.add_facts([_value(0, None)], registry, by="test", source="json", withdrawn=True)
    assert _figure(mine.facts_known(agencies=province)) == [] == _figure(_fresh(mine, province))


def test_an_import_committed_out_of_order_is_not_missed(stores):
    mine, other, registry = stores
    province = [a.id for a in registry if a.province == "Khánh Hòa"]
    mine.facts_known(agencies=province)
    with other.session.begin() as s:
        top = s.scalar(FactImport.__table__.select().with_only_columns(FactImport.id).order_by(FactImport.id.desc()).limit(1))

    def commit(import_id: int, value: float, reported: dt.date) -> None:
        """An import whose id was taken before others committed (as PostgreSQL's sequences allow)."""
        with other.session.begin() as s:
            s.execute(insert(FactImport).values(id=import_id, principal="test", source="json", rows=1, recorded_at=now()))
            s.execute(insert(FactRow).values(import_id=import_id, province="Khánh Hòa", agency=KH_YTE, kind="value",
                                             subject=NOI_BO, metric=NOI_BO, period="2014", value=value,
                                             reported=reported, origin="test", withdrawn=False,
                                             recorded_at=now(), recorded_by="test"))

    commit(top + 10, 70.0, dt.date(2015, 1, 14))
    assert _figure(mine.facts_known(agencies=province))[-1] == (70.0, dt.date(2015, 1, 14))
    commit(top + 5, 65.0, dt.date(2015, 1, 13))  # committed later, with a lower id
    assert _figure(mine.facts_known(agencies=province)) == _figure(_fresh(mine, province)) == [
        (38.0, dt.date(2015, 1, 12)), (65.0, dt.date(2015, 1, 13)), (70.0, dt.date(2015, 1, 14))]


def test_a_new_fact_reindexes_only_its_agency_and_the_findings_stay_exact(stores, catalogue):
    """The store's snapshots share, unchanged, the facts of the agencies no new row touched, and an
    evaluation keeps its index of each agency's facts while they stay the same: a figure sent by Sở
    Y tế is seen at once in Sở Y tế's findings (on both sides of the 2.g target), the other
    agencies' facts and indexes are the very same objects, and every finding equals the one made
    from a plain list of the same facts."""
    from obligations.evaluation.plan import FactIndex

    mine, other, registry = stores
    province = [a.id for a in registry if a.province == "Khánh Hòa"]
    day = dt.date(2015, 1, 15)
    before = mine.facts_known(agencies=province)
    first = FactIndex.build(before, day, catalogue.metrics)
    assert first.of(KH_YTE)[("value", NOI_BO, "2014")].value == 38.0
    untouched = "kh-so-tu-phap"
    assert before.by_agency[untouched]  # the demo has Sở Tư pháp's figures
    other.add_facts([_value(80.0, dt.date(2015, 1, 14))], registry, by="test", source="json")
    after = mine.facts_known(agencies=province)
    assert after.by_agency[untouched] is before.by_agency[untouched]
    assert after.by_agency[KH_YTE] is not before.by_agency[KH_YTE]
    second = FactIndex.build(after, day, catalogue.metrics)
    assert second.of(untouched) is first.of(untouched)  # kept, not indexed again
    assert second.of(KH_YTE)[("value", NOI_BO, "2014")].value == 80.0
    assert first.of(KH_YTE)[("value", NOI_BO, "2014")].value == 38.0  # the earlier answer keeps its facts
    for facts in (before, after):
        asked = [KH_YTE, untouched]
        assert (evaluate(catalogue, registry, facts, day, agencies=asked).to_dict()
                == evaluate(catalogue, registry, list(facts), day, agencies=asked).to_dict())
    def internal_2014(facts):  # Sở Y tế's internal share for 2014 against its targets
        return sorted((f["check"], f["status"]) for f in evaluate(catalogue, registry, facts, day, agencies=[KH_YTE])
                      .to_dict()["findings"] if f["period"] == "2014" and f["kind"] == "target"
                      and NOI_BO in json.dumps(f["target"]))

    assert internal_2014(before) != internal_2014(after)
