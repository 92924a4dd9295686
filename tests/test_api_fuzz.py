"""The API fuzzed from its own OpenAPI document (schemathesis): for requests generated from the
document, as an administrator of Khánh Hòa on the demo store, no 5xx, every status, content type
and body as the document says. Bounded: a few examples per operation (OBLIGATIONS_FUZZ_EXAMPLES
raises it for a longer run)."""

from __future__ import annotations

import os
import time

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from obligations.api.app import create_app
from obligations.api.demo import load_demo_if_empty
from obligations.api.service import Service
from obligations.api.settings import Settings
from obligations.catalogue.load import default_root
from obligations.catalogue.version import catalogue_version
from obligations.store import Store
from service_fixtures import PASSWORD

EXAMPLES = int(os.environ.get("OBLIGATIONS_FUZZ_EXAMPLES", "4"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzzed(catalogue, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{folder / 'obligations.db'}"
    service = Service(Settings(database_url=url, secret_key="k", data_dir=folder).resolved(), catalogue,
                      catalogue_version(default_root()), Store(url, "k"))
    load_demo_if_empty(service)
    service.store.add_user("admin.kh", PASSWORD, "admin", "Khánh Hòa")
    app = create_app(service=service)
    plain, _ = service.store.issue_token("fuzz", "admin", "Khánh Hòa", None, by="test", hours=1)
    app.state.fuzz_headers = {"Authorization": f"Bearer {plain}"}
    yield app
    service.store.close()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_no_server_error_and_no_response_outside_the_schema(fuzzed, mode):
    """Every operation of the document, with requests that fit it (valid) and that do not (invalid).
    (Schemathesis' pytest plugin does not load under pytest 9: the operations are walked here.)"""
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", fuzzed)
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case):
            case.call_and_validate(headers=fuzzed.state.fuzz_headers, checks=CHECKS)

        began = time.perf_counter()
        try:
            call()
        except Unsatisfiable:  # an operation without parameters has no invalid request to make
            pass
        except Exception as error:  # noqa: BLE001 - every operation's failure is collected and reported
            failures.append(f"{operation.label}: {error}")
        print(f"{operation.label}: {time.perf_counter() - began:.1f} s")
    assert operations > 25
    assert not failures, "\n\n".join(failures)
