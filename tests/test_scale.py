"""Both engines on the benchmark's synthetic national data (a slice of it): the shared binding plans,
durable_rules' host and the reference evaluator must give identical findings, agency by agency."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import benchmark  # noqa: E402

from obligations.evaluation.evaluate import evaluate  # noqa: E402


@pytest.fixture(scope="module")
def national():
    return benchmark.build(200_000)


@pytest.mark.parametrize("province", ["Bắc Giang", "Nghệ An mô phỏng 07", "Hậu Giang mô phỏng 09"])
def test_engines_agree_on_synthetic_national_data(national, province):
    catalogue, registry, facts = national
    results = {engine: evaluate(catalogue, registry, facts, benchmark.AS_OF, engine=engine, province=province,
                                verify=engine == "durable")
               for engine in ("durable", "reference")}
    durable, reference = ([(f.agency.id, f.check.id, f.period, f.status, tuple(x.origin for x in f.used))
                           for f in r.findings] for r in results.values())
    assert durable == reference
    statuses = Counter(status for _, _, _, status, _ in durable)
    assert len({agency for agency, *_ in durable}) > 150  # departments, districts and communes
    assert {"met", "unmet", "no_data", "pending", "not_attested", "attested"} <= set(statuses)
    if province.startswith("Nghệ An"):
        assert statuses["triggered"] > 0  # its consequence: leaders answer to the People's Committee
