"""Scripted conversations (tests/dialogues/*.yaml), each run in every locale that exists.

A missing translation, a wrong variable or a broken plural fails here (the catalog is strict),
not in front of a person.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content import Content
from bot.engine import Engine, Inbound
from bot.i18n.bidi import strip_marks
from bot.store import PERSON_FIELDS, Store
from bot.store.export import leads_to_json
from tests.support.tree import ROOT, fixed_clock

DIALOGUES = sorted((ROOT / "tests" / "dialogues").glob("*.yaml"))
LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
if os.environ.get("IGUBOT_TEST_LOCALES"):  # a translator's quick run: IGUBOT_TEST_LOCALES=ar
    LOCALES = [c for c in LOCALES if c in os.environ["IGUBOT_TEST_LOCALES"].split(",")]
TURN_KEYS = {"start", "text", "choice"}
EXPECT_KEYS = {
    "expect",
    "expect_lang",
    "expect_vars",
    "expect_actions",
    "expect_lead",
    "expect_lead_answers",
    "expect_no_lead",
    "expect_text",
    "expect_no_text",
}


def _subst(value: Any, lang: str) -> Any:
    if isinstance(value, str):
        return value.replace("$LANG", lang)
    if isinstance(value, list):
        return [_subst(v, lang) for v in value]
    if isinstance(value, dict):
        return {k: _subst(v, lang) for k, v in value.items()}
    return value


def test_dialogues_exist() -> None:
    assert len(DIALOGUES) >= 5
    assert (ROOT / "locales" / "en").is_dir()


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("path", DIALOGUES, ids=lambda p: p.stem)
def test_dialogue(path: Path, lang: str, tree_content: Content, tmp_path: Path) -> None:
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(script) <= {"name", "turns", "lang_hint"}, f"{path.name}: unknown top-level key"
    with Store(tmp_path / "dialogue.sqlite3") as store:
        engine = Engine(tree_content, store, clock=fixed_clock)
        key = f"test:{path.stem}"
        for number, raw in enumerate(script["turns"], start=1):
            turn = _subst(raw, lang)
            where = f"{path.name} turn {number} ({lang})"
            assert set(turn) <= TURN_KEYS | EXPECT_KEYS, f"{where}: unknown key"
            kinds = set(turn) & TURN_KEYS
            assert len(kinds) == 1, f"{where}: give exactly one of start/text/choice"
            before = store.lead_count()
            result = engine.handle(
                Inbound(
                    key,
                    "test",
                    text=turn.get("text"),
                    choice=turn.get("choice"),
                    start=turn.get("start"),
                    lang_hint=script.get("lang_hint"),
                )
            )
            ids = [m.id for m in result.reply.messages]
            assert "common-error" not in ids or "common-error" in turn.get("expect", []), (
                f"{where}: the engine apologised for an internal error"
            )
            if "expect" in turn:
                assert ids == turn["expect"], f"{where}: messages"
            if "expect_lang" in turn:
                assert result.reply.lang == turn["expect_lang"], f"{where}: reply language"
            for name, value in turn.get("expect_vars", {}).items():
                assert result.variables.get(name) == value, f"{where}: variable {name}"
            if "expect_actions" in turn:
                assert list(result.actions) == turn["expect_actions"], f"{where}: actions"
            if "expect_lead" in turn:
                assert store.lead_count() == before + 1, f"{where}: exactly one new lead"
                lead = store.leads()[-1]
                for field, value in turn["expect_lead"].items():
                    assert getattr(lead, field) == value, f"{where}: lead {field}"
                assert lead.consent_id, f"{where}: consent id stored with the lead"
                assert lead.consent_version, f"{where}: consent version stored with the lead"
            if "expect_lead_answers" in turn:
                # What staff get of the newest lead: its person columns and data, as exported.
                (row,) = json.loads(leads_to_json(store.leads()[-1:]))
                held = {k: row[k] for k in PERSON_FIELDS if row[k] is not None} | row["data"]
                assert held == turn["expect_lead_answers"], f"{where}: what the lead holds"
            if turn.get("expect_no_lead"):
                mine = [lead for lead in store.leads() if lead.user_key == key]
                assert mine == [], f"{where}: the person may have no stored lead"
            shown = strip_marks("\n".join(m.text for m in result.reply.messages))
            for text in turn.get("expect_text", []):
                assert text in shown, f"{where}: {text!r} not shown"
            for text in turn.get("expect_no_text", []):
                assert text not in shown, f"{where}: {text!r} shown"
            for message in result.reply.messages:
                assert message.text.strip(), f"{where}: {message.id} rendered empty"
                assert "{" not in message.text, f"{where}: {message.id} has a raw placeable"
