"""Schemathesis against the chat API's own OpenAPI document: no 500, answers as documented.

A bounded run (50 examples an operation, no example database) against the real application on a
loopback port, with rate limits off so that the fuzzer is not answered 429.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from bot.channels.openapi import openapi_document
from bot.channels.web import make_web_app
from bot.content import Content
from bot.face.app import build_app
from bot.kernel.config import Settings
from tests.support.live import LiveServer
from tests.support.tree import ROOT

# Schema-violating input must be a 4xx; a 'text' over its maxLength is answered 413 like a body
# over the size limit (the widget says "too long" for both), so 413 counts as a rejection too.
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": ["400", "403", "405", "413", "415", "422", "429"]
            }
        }
    }
)
schema = schemathesis.openapi.from_dict(openapi_document(), config=CONFIG)

CHECKS = (
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, tree_content: Content) -> Iterator[LiveServer]:
    """The bot over the tree's content (parsed once per session) and a fresh SQLite file, on a
    loopback port."""
    data: Path = tmp_path_factory.mktemp("data")
    app = build_app(
        Settings.load(
            None,
            {},
            data_dir=data,
            content_dir=ROOT,
            chat_rate_per_ip=0,
            chat_rate_per_session=0,
        ),
        content=tree_content,
    )
    with LiveServer(make_web_app(app.runner, app.settings)) as live:
        yield live
    app.close()


@schema.parametrize()
@settings(
    max_examples=50,
    database=None,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_schemathesis_api_answers_as_documented(case: schemathesis.Case, api: LiveServer) -> None:
    case.call_and_validate(base_url=api.origin, checks=CHECKS)
