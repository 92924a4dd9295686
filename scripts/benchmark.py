"""Benchmark: the rule engine at national scale, durable_rules against the reference evaluator.

Generates realistic synthetic data: 63 provinces, each with about 20 departments, 10 districts and
170 communes (about 12,600 agencies), each province bound by a copy of one of the five seed
provinces' directives (and by the national texts), and about 1,000,000 facts over several years.
Each province also has the issue 12 shapes: a province-wide share of documents pooled from the
agencies' counts (answered for by Sở TT&TT), a target bound only to departments with public
procedures (an agency attribute recorded as yes, no, or not at all), and a share of the agencies
with a one-stop desk; agencies report counts (documents sent, sent fully electronically) as well
as ratios.
Each engine runs in a fresh child process (so that its peak memory is its own) and the script
prints wall time, facts per second, peak memory and the ratios. Findings of the two must agree.

A third process writes the facts to a CSV file as agencies would report them and times reading
and validating it (the synthetic data passes the same checks as real input).

    scripts/benchmark                 # the whole million
    scripts/benchmark --facts 100000  # a smaller run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from obligations.evaluation.agencies import Agency, AttributeRecord, Existence, Head, Registry  # noqa: E402
from obligations.catalogue.load import Catalogue, default_root, load_catalogue  # noqa: E402
from obligations.evaluation.facts import Fact  # noqa: E402

SEEDS = ["Bắc Giang", "Khánh Hòa", "Nghệ An", "Quảng Ngãi", "Hậu Giang"]
AS_OF = dt.date(2020, 6, 30)
YEARS = [str(y) for y in range(2013, 2021)]
DEPARTMENT_KINDS = (["so-thong-tin-va-truyen-thong", "so-noi-vu", "so-tai-chinh", "so-ke-hoach-va-dau-tu",
                     "van-phong-ubnd-tinh"] + ["so"] * 12 + ["ban-nganh-tinh"] * 3)


def synthetic_catalogue(base: Catalogue, provinces: int) -> tuple[Catalogue, list[str]]:
    """The national texts, plus for province i a copy of seed province (i mod 5)'s directives."""
    documents = dict(base.documents)
    obligations = {o.id: o for o in base.obligations.values()
                   if base.documents[o.document_id].level == "national"}
    names = []
    seeds = {fold_name(d.province): d for d in base.encoded_documents() if d.level == "provincial"}
    for i in range(provinces):
        seed_name = SEEDS[i % len(SEEDS)]
        name = seed_name if i < len(SEEDS) else f"{seed_name} mô phỏng {i:02d}"
        names.append(name)
        seed_doc = seeds[fold_name(seed_name)]
        doc_id = seed_doc.id if i < len(SEEDS) else f"{seed_doc.id}-sim{i:02d}"
        documents[doc_id] = seed_doc.model_copy(update={"id": doc_id, "province": name})
        for o in base.obligations_of(seed_doc.id):
            oid = o.id.replace(seed_doc.id, doc_id, 1)
            obligations[oid] = o.model_copy(update={"id": oid, "document_id": doc_id})
        for extra in _issue12_obligations(base, doc_id, base.obligations_of(seed_doc.id)[0]):
            obligations[extra.id] = extra
    catalogue = Catalogue(root=base.root, documents=documents, obligations=obligations,
                          actors=base.actors, metrics=base.metrics, files=dict(base.files),
                          attributes=base.attributes)
    return catalogue, names


def _issue12_obligations(base: Catalogue, doc_id: str, template):
    """Three synthetic duties per province with the shapes issue 12 added (not texts: benchmark load)."""
    from obligations.catalogue.model import AgencyCondition, Modality, Target

    def target(**fields):
        return Target(**{"comparator": "at_least", "period": "2019", **fields})

    shapes = {
        "bench.pooled": [target(metric="ty-le-vbdt-hoan-toan", value=70, scope="aggregate",
                                population=["so-ban-nganh-tinh", "ubnd-huyen"],
                                answerable=["so-thong-tin-va-truyen-thong"])],
        "bench.conditional": [target(metric="trien-khai-mot-cua-dien-tu", value=True, comparator="equals",
                                     applies_to=["so-ban-nganh-tinh"],
                                     if_agency=[AgencyCondition(attribute="co-thu-tuc-hanh-chinh-cong")])],
        "bench.desks": [target(metric="mot-cua-xu-ly-tren-phan-mem", value=60, scope="population_share",
                               population=["so-ban-nganh-tinh", "ubnd-huyen"],
                               answerable=["so-thong-tin-va-truyen-thong"],
                               if_agency=[AgencyCondition(attribute="co-bo-phan-mot-cua-dien-tu")])],
    }
    for key, targets in shapes.items():
        yield template.model_copy(update={"id": f"{doc_id}/{key}", "document_id": doc_id, "key": key,
                                          "targets": targets, "consequences": [], "modality": Modality.must,
                                          "actors": ["so-ban-nganh-tinh", "ubnd-huyen"], "trigger": None,
                                          "if_agency": [], "exceptions": [], "implements": []})


def fold_name(text: str) -> str:
    from obligations.catalogue.text import fold
    return fold(text)


def synthetic_registry(names: list[str], rng: random.Random) -> Registry:
    agencies: dict[str, Agency] = {}

    def add(agency_id, name, kind, province, level, parent=None, until=None):
        agencies[agency_id] = Agency(id=agency_id, name=name, kind=kind, parent=parent, province=province,
                                     level=level, existed=Existence(until=until), attributes=attributes(level),
                                     heads=[Head(title="Thủ trưởng", name=f"Người mẫu {len(agencies)}", sample=True)])

    def attributes(level):
        """Departments and districts: public procedures and a one-stop desk recorded as yes (60%),
        no (30%) or not at all (10%)."""
        if level == "commune":
            return []
        out = []
        for attribute in ("co-thu-tuc-hanh-chinh-cong", "co-bo-phan-mot-cua-dien-tu"):
            draw = rng.random()
            if draw < 0.9:
                out.append(AttributeRecord(attribute=attribute, value=draw < 0.6, sample=True))
        return out

    for p, province in enumerate(names):
        top = f"p{p}-ubnd-tinh"
        add(top, f"UBND tỉnh {province}", "ubnd-tinh", province, "provincial")
        for d, kind in enumerate(DEPARTMENT_KINDS):
            add(f"p{p}-so{d}", f"Sở {d} tỉnh {province}", kind, province, "provincial", top)
        for h in range(10):
            district = f"p{p}-huyen{h}"
            add(district, f"UBND huyện {h} tỉnh {province}", "ubnd-huyen", province, "district", top,
                until=dt.date(2025, 6, 30))
            for x in range(17):
                add(f"p{p}-huyen{h}-xa{x}", f"UBND xã {x} huyện {h}", "ubnd-xa", province, "commune", district)
    return Registry(agencies=agencies, samples=set(names))


def synthetic_facts(catalogue: Catalogue, registry: Registry, total: int, rng: random.Random) -> list[Fact]:
    """Value facts for the metrics each agency is held to, over 2013-2020, plus events and attestations."""
    from obligations.evaluation.plan import checks_of

    metrics_by_province: dict[str, set[str]] = {}
    events_by_province: dict[str, list[str]] = {}
    quarterly: set[str] = set()  # metrics a consequence measures per quarter (Nghệ An 1.g3)
    for check in checks_of(catalogue):
        key = fold_name(check.document.province or "")
        if check.kind == "target":
            metrics_by_province.setdefault(key, set()).add(check.target.metric)
        elif check.kind == "consequence":
            metrics_by_province.setdefault(key, set()).update(m for m, _, _ in check.conditions)
            rule = check.obligation.consequences[check.consequence_index]
            if rule.measured_over is not None and rule.measured_over.value == "quarter":
                quarterly.update(m for m, _, _ in check.conditions)  # figures of the rule's own period
        else:
            events_by_province.setdefault(key, []).append(check.obligation.id)
    national = metrics_by_province.get("", set())
    boolean = {m for m, d in catalogue.metrics.items() if d.unit == "boolean"}
    agencies = list(registry)
    per_agency = max(1, total // len(agencies))
    facts: list[Fact] = []
    for agency in agencies:
        key = fold_name(agency.province)
        metrics = sorted(metrics_by_province.get(key, set()) | national)
        duties = events_by_province.get(key, [])
        slots = [(m, y) for m in metrics for y in YEARS]
        rng.shuffle(slots)
        count = 0
        counted: dict[tuple[str, str], float] = {}  # (count metric, year) -> value: one report each
        for metric, year in slots:
            if count >= per_agency - 2:
                break
            ratio = catalogue.metrics[metric].ratio_of
            if (ratio and agency.level != "commune" and rng.random() < 0.6
                    and (ratio.numerator, year) not in counted):  # counts, the ratio derived from them
                sent = counted.get((ratio.denominator, year))
                if sent is None:
                    sent = counted[(ratio.denominator, year)] = float(rng.randint(50, 2000))
                    facts.append(Fact("value", agency.id, year, ratio.denominator, None, sent,
                                      origin=f"synthetic:{len(facts)}"))
                    count += 1
                part = counted[(ratio.numerator, year)] = float(round(sent * rng.uniform(0.1, 0.5)))
                facts.append(Fact("value", agency.id, year, ratio.numerator, None, part,
                                  origin=f"synthetic:{len(facts)}"))
                count += 1
                continue
            value = float(rng.random() < 0.7) if metric in boolean else round(rng.uniform(20, 100), 2)
            # one quarter per agency and year, so that both figures of a rule fall in the same period
            period = f"{year}-Q{1 + (len(agency.id) + int(year)) % 4}" if metric in quarterly else year
            facts.append(Fact("value", agency.id, period, metric, None, value, origin=f"synthetic:{len(facts)}"))
            count += 1
        for oid in rng.sample(duties, min(2, len(duties))):
            facts.append(Fact("attestation", agency.id, "2019", None, oid, 1.0, origin=f"synthetic:{len(facts)}"))
    revisions: Counter = Counter()
    while len(facts) < total:  # top up with revised figures for random agencies, each reported later
        agency = rng.choice(agencies)
        metrics = sorted(metrics_by_province.get(fold_name(agency.province), set()) | national)
        key = (agency.id, rng.choice(metrics), rng.choice(YEARS))
        if catalogue.metrics[key[1]].unit == "boolean":
            continue
        revisions[key] += 1  # two reports of one figure on one day would be refused by read_facts
        facts.append(Fact("value", key[0], key[2], key[1], None, round(rng.uniform(20, 100), 2),
                          # reported in its own year (or in 2019 for an earlier period): never before the
                          # period began, which read_facts refuses
                          reported=dt.date(max(2019, int(key[2])), 1, 1) + dt.timedelta(days=revisions[key]),
                          origin=f"synthetic:{len(facts)}"))
    return facts[:total]


def build(total: int, seed: int = 2015):
    rng = random.Random(seed)
    base = load_catalogue(default_root())
    catalogue, names = synthetic_catalogue(base, 63)
    registry = synthetic_registry(names, rng)
    facts = synthetic_facts(catalogue, registry, total, rng)
    return catalogue, registry, facts


def child(engine: str, total: int) -> None:
    """Run one engine over the synthetic data; print a JSON line of figures."""
    from obligations.evaluation.evaluate import evaluate

    t0 = time.perf_counter()
    catalogue, registry, facts = build(total)
    generated = time.perf_counter() - t0
    data_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t1 = time.perf_counter()
    result = evaluate(catalogue, registry, facts, AS_OF, engine=engine)
    wall = time.perf_counter() - t1
    statuses = Counter(f.status for f in result.findings)
    digest = hash(tuple(sorted((f.check.id, f.agency.id, f.period or "", f.status) for f in result.findings)))
    pooled = [f for f in result.findings if f.instance.population is not None and f.check.target.scope == "aggregate"]
    shapes = {"pooled": len(pooled), "pooled_from_counts": sum(1 for f in pooled if f.instance.population.basis == "counts"),
              "conditional": sum(1 for f in result.findings if f.check.if_agency or (f.check.target and f.check.target.if_agency)),
              "undecided": statuses.get("undecided", 0),
              "derived": sum(1 for f in result.findings if f.used and getattr(f.used[0], "derived", None) == "counts")}
    print(json.dumps({**shapes, "engine": engine, "agencies": len(registry), "facts": len(facts), "generate_s": generated,
                      "wall_s": wall, "findings": len(result.findings), "statuses": dict(statuses),
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "data_rss_mb": data_peak,
                      "digest": digest}))


def read_child(total: int) -> None:
    """Write the synthetic facts to a CSV as an agency would report them; time reading and
    validating it (the data must pass the same checks as real input)."""
    import csv
    import tempfile

    from obligations.evaluation.facts import read_facts

    catalogue, registry, facts = build(total)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["type", "agency", "metric", "obligation", "period", "value", "reported"])
            for f in facts:
                unit = catalogue.metrics[f.metric].unit if f.metric else None
                value = ("có" if f.value else "không") if unit == "boolean" or f.kind != "value" else (
                    f"{f.value}%" if unit == "percent" else f.value)
                writer.writerow([f.kind, f.agency, f.metric or "", f.obligation or "", f.period, value,
                                 f.reported.isoformat() if f.reported else ""])
        t0 = time.perf_counter()
        read = read_facts([path], catalogue, registry)
        wall = time.perf_counter() - t0
    print(json.dumps({"facts": len(read), "wall_s": wall,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--child", choices=["durable", "reference", "read"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "read":
        read_child(args.facts)
        return
    if args.child:
        child(args.child, args.facts)
        return
    print(f"Synthetic data: 63 provinces x (~20 departments, 10 districts, 170 communes), {args.facts:,} facts, "
          f"as at {AS_OF:%d/%m/%Y}. Each engine runs in its own process.")
    figures = {}
    for engine in ("durable", "reference", "read"):
        run = subprocess.run([sys.executable, __file__, "--child", engine, "--facts", str(args.facts)],
                             capture_output=True, text=True, env={"PYTHONHASHSEED": "0", **_env()})
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            sys.exit(f"the {engine} run failed")
        figures[engine] = json.loads(run.stdout.strip().splitlines()[-1])
    d, r = figures["durable"], figures["reference"]
    print(f"{'':24}{'durable_rules':>16}{'reference':>16}{'ratio':>10}")
    rows = [("agencies", d["agencies"], r["agencies"]), ("facts", d["facts"], r["facts"]),
            ("findings", d["findings"], r["findings"])]
    for label, a, b in rows:
        print(f"{label:24}{a:>16,}{b:>16,}")
    print(f"{'wall time (s)':24}{d['wall_s']:>16.2f}{r['wall_s']:>16.2f}{d['wall_s'] / r['wall_s']:>9.1f}x")
    print(f"{'facts per second':24}{d['facts'] / d['wall_s']:>16,.0f}{r['facts'] / r['wall_s']:>16,.0f}"
          f"{(r['facts'] / r['wall_s']) / (d['facts'] / d['wall_s']):>9.1f}x")
    print(f"{'peak memory (MB)':24}{d['peak_rss_mb']:>16.0f}{r['peak_rss_mb']:>16.0f}"
          f"{d['peak_rss_mb'] / r['peak_rss_mb']:>9.1f}x")
    print(f"(data generation, not timed above: {d['generate_s']:.1f} s; the catalogue, agencies and facts alone "
          f"take {d['data_rss_mb']:.0f} MB of the peak; one process, one core)")
    print("statuses:", ", ".join(f"{k} {v:,}" for k, v in sorted(d["statuses"].items())))
    print(f"issue 12 shapes: {d['pooled']:,} pooled province-wide figures ({d['pooled_from_counts']:,} from counts), "
          f"{d['conditional']:,} conditional findings ({d['undecided']:,} undecided: attribute not recorded), "
          f"{d['derived']:,} agency ratios derived from counts")
    same = d["digest"] == r["digest"]
    print("findings identical in both engines:", "yes" if same else "NO")
    read = figures["read"]
    print(f"reading the same facts from a CSV file, with every check of real input: {read['wall_s']:.1f} s "
          f"({read['facts'] / read['wall_s']:,.0f} facts per second, peak {read['peak_rss_mb']:.0f} MB)")
    bar = d["wall_s"] <= 20 and d["peak_rss_mb"] <= 1024
    print(f"bar (durable_rules: 1,000,000 facts within 20 s and 1 GB): {'met' if bar else 'NOT met'}"
          if args.facts == 1_000_000 else "")
    if not same:
        sys.exit(1)


def _env() -> dict:
    import os
    return dict(os.environ)


if __name__ == "__main__":
    main()
