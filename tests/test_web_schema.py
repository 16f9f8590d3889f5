"""The API against its own OpenAPI schema (schemathesis): generated requests, valid and not,
to every operation, with a valid token; no 500, and every response as documented.

Bounded: a few examples per operation, so the whole run takes seconds."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from conftest import EXAMPLES  # noqa: E402
from readouts.archive.ingest import IngestOptions, ingest  # noqa: E402
from readouts.archive.tokens import create_token  # noqa: E402
from readouts.store import open_store  # noqa: E402
from readouts.web import WebOptions, create_app  # noqa: E402


def _app() -> tuple[Any, str]:
    """An archive of the examples (made once, at collection: the schema is read then)."""
    folder = Path(tempfile.mkdtemp(prefix="readouts-schema-"))
    atexit.register(shutil.rmtree, folder, True)
    shutil.copytree(EXAMPLES, folder / "corpus")
    url = f"sqlite:///{folder / 'archive.db'}"
    with open_store(url) as store:
        list(ingest(store, [str(folder / "corpus")], IngestOptions(jobs=1)))
        token = create_token(store, "schemathesis").token
    return create_app(WebOptions(db=url)), token


APP, TOKEN = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: Any) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code < 500, (case.method, case.formatted_path, response.text)
    # Every other check holds; a request the schema allows may still be refused (422) for
    # what a schema cannot say (a value that does not fit the field named by `path`).
    case.validate_response(response, excluded_checks=[schemathesis.checks.positive_data_acceptance])
