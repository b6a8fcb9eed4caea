"""Tests of the SQLite store, its migrations and the lead exports."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from bot.kernel.errors import StoreError
from bot.store import (
    Event,
    LeadRecord,
    SessionRecord,
    Store,
    iso_timestamp,
    leads_to_csv,
    leads_to_json,
)
from bot.store.export import COLUMNS
from bot.store.migrations import migrations
from bot.store.records import IDENTIFYING_FIELDS, PERSON_FIELDS
from bot.store.where import Where
from tests.support.csvfile import csv_table

NOW = "2026-05-01T12:00:00+00:00"
LATER = "2026-05-01T12:05:00+00:00"

OpenStore = Callable[..., Store]


@pytest.fixture
def store() -> Iterator[Store]:
    """An in-memory store, closed after the test."""
    with Store(None) as s:
        yield s


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where file-backed stores of one test live (the parent directory does not exist yet)."""
    return tmp_path / "data" / "igubot.db"


@pytest.fixture
def open_store(db_path: Path) -> Iterator[OpenStore]:
    """Open stores on the test's database file; every one is closed after the test."""
    opened: list[Store] = []

    def _open(**kwargs: Any) -> Store:
        s = Store(db_path, **kwargs)
        opened.append(s)
        return s

    yield _open
    for s in opened:
        s.close()


def make_session(key: str = "tg:1", **changes: Any) -> SessionRecord:
    base = SessionRecord(
        key=key,
        lang="ar",
        flow="interest",
        step="name",
        flow_version=3,
        vars={"name": "أمينة", "age": 24, "areas": ["køkken", "lager"]},
        history=(("menu", "start"), ("interest", "intro")),
        attempts=1,
        waiting=True,
        campaign="poster-aarhus",
        created=NOW,
        updated=NOW,
    )
    return replace(base, **changes)


def make_lead(user_key: str = "tg:1", **changes: Any) -> LeadRecord:
    base = LeadRecord(
        kind="learner",
        user_key=user_key,
        channel="telegram",
        lang="ti",
        municipality="751",
        name="ሰላም Æblegård",
        phone="+4512345678",
        email="salam@example.org",
        contact="phone",
        interpreter="ti",
        danish_level="A2",
        work_area="care",
        data={"eligible": True, "years_in_dk": 2},
        consent_id="interest-consent",
        consent_version="2",
        campaign=None,
        created=NOW,
    )
    return replace(base, **changes)


def make_event(event: str = "entered", step: str = "name") -> Event:
    return Event(ts=NOW, flow="interest", flow_version=3, step=step, event=event, channel="web")


def raw_query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Run a query on a separate plain sqlite3 connection, closed afterwards."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


# -- opening and migrations ------------------------------------------------------------------


def test_migrations_idempotent_when_opened_twice(open_store: OpenStore, db_path: Path) -> None:
    first = open_store()
    first.save_session(make_session())
    first.close()

    second = open_store()

    assert second.load_session("tg:1") == make_session()
    assert raw_query(db_path, "SELECT migration_set, name FROM _sqlite_migrations") == [
        ("igubot", "m001_initial"),
        ("igubot", "m002_staff"),
        ("igubot", "m003_lead_question"),
        ("igubot", "m004_misses"),
        ("igubot", "m005_lead_data_consented"),
        ("igubot", "m006_lead_name_latin"),
    ]


def test_migration_m006_adds_an_empty_latin_name_to_stored_leads(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db = sqlite_utils.Database(db_path)
    migrations.apply(db, stop_before="m006_lead_name_latin")
    db["leads"].insert(
        {
            "kind": "learner",
            "user_key": "web:1",
            "channel": "web",
            "lang": "ar",
            "municipality": "751",
            "name": "أمينة أحمد",
            "consent_id": "interest-consent-ask",
            "consent_version": "1",
            "created": NOW,
        }
    )
    db.close()

    with Store(db_path) as migrated:
        (old,) = migrated.leads()
        migrated.add_lead(make_lead(name="أمينة أحمد", name_latin="Amina Ahmed"))
        new = migrated.leads()[-1]

    assert (old.name, old.name_latin) == ("أمينة أحمد", None)
    assert (new.name, new.name_latin) == ("أمينة أحمد", "Amina Ahmed")


def test_migration_m005_drops_answers_no_consent_named_from_stored_leads(db_path: Path) -> None:
    # A database as it was before m005: leads whose data holds every answer of the chat.
    db_path.parent.mkdir(parents=True)
    db = sqlite_utils.Database(db_path)
    migrations.apply(db, stop_before="m005_lead_data_consented")
    leaked = {"age": 30, "years_in_dk": "up_to_max", "basis": "afghan"}
    for kind, data in (
        ("learner", {**leaked, "followup_ok": "yes"}),
        ("employer", {**leaked, "company": "Bageriet ApS"}),
        ("callback", leaked),
    ):
        db["leads"].insert(
            {
                "kind": kind,
                "user_key": f"web:{kind}",
                "channel": "web",
                "lang": "ar",
                "municipality": "751",
                "name": "Amina",
                "data": json.dumps(data),
                "consent_id": "interest-consent-ask",
                "consent_version": "1",
                "created": NOW,
            }
        )
    db.close()

    with Store(db_path) as migrated:
        by_kind = {lead.kind: lead for lead in migrated.leads()}

    assert by_kind["learner"].data == {"followup_ok": "yes"}
    assert by_kind["employer"].data == {"company": "Bageriet ApS"}
    assert by_kind["callback"].data == {}
    assert by_kind["learner"].name == "Amina"  # the columns stay as they were


def test_store_file_uses_wal_and_creates_parent_dirs(open_store: OpenStore, db_path: Path) -> None:
    open_store()

    assert db_path.parent.is_dir()
    assert raw_query(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_store_open_bad_path_raises_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")

    with pytest.raises(StoreError, match="cannot open the database"):
        Store(blocker / "igubot.db")


def test_store_close_is_idempotent_and_later_use_raises() -> None:
    s = Store(None)
    s.close()
    s.close()

    with pytest.raises(StoreError):
        s.load_session("tg:1")
    assert not s.healthy()


# -- sessions --------------------------------------------------------------------------------


def test_session_round_trip_keeps_unicode_and_types(store: Store) -> None:
    rec = make_session(vars={"name": "Ляна ✓", "note": "ኣብ ዴንማርክ", "n": 1.5, "ok": None})

    store.save_session(rec)

    assert store.load_session("tg:1") == rec


def test_session_load_unknown_returns_none(store: Store) -> None:
    assert store.load_session("web:nobody") is None


def test_session_save_upserts_and_keeps_created(store: Store) -> None:
    store.save_session(make_session())

    store.save_session(make_session(step="municipality", created=LATER, updated=LATER))

    assert store.load_session("tg:1") == make_session(step="municipality", updated=LATER)


def test_session_delete_removes_row(store: Store) -> None:
    store.save_session(make_session())

    assert store.delete_session("tg:1") is True
    assert store.delete_session("tg:1") is False
    assert store.load_session("tg:1") is None


def test_session_save_non_json_vars_raises_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="not JSON-serialisable"):
        store.save_session(make_session(vars={"when": datetime.now(UTC)}))

    assert store.load_session("tg:1") is None


# -- transactions ----------------------------------------------------------------------------


def test_transaction_rollback_leaves_nothing(open_store: OpenStore, db_path: Path) -> None:
    s = open_store()

    def failing_turn() -> None:
        with s.transaction():
            s.save_session(make_session())
            s.add_lead(make_lead())
            s.add_event(make_event())
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        failing_turn()

    assert s.load_session("tg:1") is None
    assert s.lead_count() == 0
    assert s.event_counts() == []
    assert raw_query(db_path, "SELECT count(*) FROM sessions") == [(0,)]


def test_transaction_commit_is_visible_to_another_store(open_store: OpenStore) -> None:
    writer, reader = open_store(), open_store()

    with writer.transaction():
        writer.save_session(make_session())
        assert reader.load_session("tg:1") is None

    assert reader.load_session("tg:1") == make_session()


def test_transaction_nested_joins_outer(open_store: OpenStore) -> None:
    s, other = open_store(), open_store()
    seen: list[tuple[int, int]] = []

    def failing_turn() -> None:
        with s.transaction():
            with s.transaction():
                s.add_lead(make_lead())
            seen.append((s.lead_count(), other.lead_count()))
            raise RuntimeError("outer fails")

    with pytest.raises(RuntimeError, match="outer fails"):
        failing_turn()

    assert seen == [(1, 0)]  # visible inside the outer transaction, not committed by the inner
    assert s.lead_count() == 0
    assert other.lead_count() == 0


def test_transaction_nested_failure_undoes_only_inner_work(store: Store) -> None:
    def failing_step() -> None:
        with store.transaction():
            store.add_lead(make_lead())
            raise RuntimeError("inner fails")

    with store.transaction():
        store.save_session(make_session())
        with pytest.raises(RuntimeError, match="inner fails"):
            failing_step()

    assert store.load_session("tg:1") == make_session()
    assert store.lead_count() == 0


def test_transaction_locked_database_raises_store_error(open_store: OpenStore) -> None:
    holder, waiter = open_store(), open_store(busy_timeout_ms=0)

    with (
        holder.transaction(),
        pytest.raises(StoreError, match=r"saving a session: .*locked") as info,
    ):
        waiter.save_session(make_session())

    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    waiter.save_session(make_session())  # the lock is gone with the transaction
    assert holder.load_session("tg:1") == make_session()


def test_store_usable_from_one_worker_thread(open_store: OpenStore) -> None:
    s = open_store()

    def turn() -> SessionRecord | None:
        with s.transaction():
            s.save_session(make_session())
            s.add_event(make_event())
        return s.load_session("tg:1")

    with ThreadPoolExecutor(max_workers=1) as worker:
        loaded = worker.submit(turn).result()

    assert loaded == make_session()
    assert s.load_session("tg:1") == make_session()


# -- leads -----------------------------------------------------------------------------------


def test_lead_round_trip(store: Store) -> None:
    lead = make_lead()

    lead_id = store.add_lead(lead)

    assert lead_id == 1
    assert store.leads() == [replace(lead, id=1)]
    assert store.lead_count() == 1


def test_leads_filter_by_kind_and_municipality(store: Store) -> None:
    store.add_lead(make_lead(municipality="101"))
    store.add_lead(make_lead(municipality="751"))
    store.add_lead(make_lead(municipality="751", kind="callback"))

    assert [x.id for x in store.leads()] == [1, 2, 3]
    assert [x.id for x in store.leads(municipality="751")] == [2, 3]
    assert [x.id for x in store.leads(kind="callback")] == [3]
    assert [x.id for x in store.leads(kind="learner", municipality="101")] == [1]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"id": 7}, "already has id 7", id="has-id"),
        pytest.param({"kind": "student"}, "unknown lead kind", id="kind"),
        pytest.param({"municipality": "Aarhus"}, "three-digit code", id="municipality"),
        pytest.param({"data": {"x": {1, 2}}}, "not JSON-serialisable", id="data"),
    ],
)
def test_lead_add_rejects_invalid(store: Store, changes: dict[str, Any], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.add_lead(make_lead(**changes))

    assert store.lead_count() == 0


def test_lead_ids_are_not_reused_after_forget(store: Store) -> None:
    store.add_lead(make_lead("tg:1"))
    store.forget("tg:1")

    assert store.add_lead(make_lead("tg:2")) == 2


def test_person_fields_are_optional_text_columns_of_leads(
    open_store: OpenStore, db_path: Path
) -> None:
    open_store()

    columns = {row[1]: row for row in raw_query(db_path, "PRAGMA table_info(leads)")}
    assert PERSON_FIELDS == (
        "name",
        "name_latin",
        "phone",
        "email",
        "contact",
        "interpreter",
        "danish_level",
        "work_area",
        "question",
    )
    for name in PERSON_FIELDS:
        _cid, _name, kind, notnull, _default, _pk = columns[name]
        assert (kind, notnull) == ("TEXT", 0), name
    assert set(IDENTIFYING_FIELDS) == {"name", "name_latin", "phone", "email", "question"}
    assert set(PERSON_FIELDS) <= set(COLUMNS)  # staff get every answer in an export


# -- the WHERE builder -----------------------------------------------------------------------


def test_where_binds_values_and_leaves_open_filters_out() -> None:
    where = Where("flow != 'health'").optional("lang = ?", "da").optional("campaign = ?", None)

    assert where.clause == " WHERE (flow != 'health') AND (lang = ?)"
    assert where.text == "(flow != 'health') AND (lang = ?)"
    assert where.params == ["da"]
    assert Where().clause == ""
    assert Where().text is None


def test_where_keeps_an_or_inside_its_own_condition() -> None:
    where = Where("kind = ? OR kind = ?", "learner", "callback").add("municipality = ?", "751")

    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE leads (kind TEXT, municipality TEXT)")
        conn.executemany(
            "INSERT INTO leads VALUES (?, ?)", [("learner", "101"), ("callback", "751")]
        )
        rows = conn.execute(f"SELECT kind FROM leads{where.clause}", where.params).fetchall()

    assert rows == [("callback",)]


def test_where_among_matches_listed_values_and_none_for_empty() -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (id INT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,), (3,)])

        def ids(values: list[int]) -> list[int]:
            where = Where().among("id", values)
            sql = f"SELECT id FROM t{where.clause} ORDER BY id"
            return [row[0] for row in conn.execute(sql, where.params)]

        assert ids([3, 1]) == [1, 3]
        assert ids([]) == []


def test_where_rejects_values_that_do_not_match_placeholders() -> None:
    with pytest.raises(ValueError, match="1 placeholders, given 2"):
        Where("lang = ?", "da", "en")


# -- events ----------------------------------------------------------------------------------


def test_event_counts_group_by_flow_step_event(store: Store) -> None:
    for event in [make_event(), make_event(), make_event("answered"), make_event(step="age")]:
        store.add_event(event)

    assert store.event_counts() == [
        ("interest", "age", "entered", 1),
        ("interest", "name", "answered", 1),
        ("interest", "name", "entered", 2),
    ]


def test_event_add_rejects_unknown_event(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown funnel event"):
        store.add_event(make_event("clicked"))


# -- outbox and forget -----------------------------------------------------------------------


def test_outbox_rejects_unknown_lead_id(store: Store) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.add_outbox("lead_notice", {"lead": 99}, lead_id=99, now=NOW)


def test_forget_removes_only_that_users_data(open_store: OpenStore, db_path: Path) -> None:
    s = open_store()
    for user in ("tg:1", "tg:2"):
        s.save_session(make_session(user))
        lead_id = s.add_lead(make_lead(user))
        s.add_lead(make_lead(user, kind="callback"))
        s.add_outbox("confirmation", {"to": user}, user_key=user, now=NOW)
        s.add_outbox("lead_notice", {"lead": lead_id}, lead_id=lead_id, now=NOW)
        s.add_event(make_event())
    s.add_outbox("digest", {"municipality": "751"}, now=NOW)

    counts = s.forget("tg:1")

    assert counts == {"sessions": 1, "leads": 2, "outbox": 2}
    assert s.load_session("tg:1") is None
    assert s.load_session("tg:2") == make_session("tg:2")
    assert {lead.user_key for lead in s.leads()} == {"tg:2"}
    assert raw_query(db_path, "SELECT kind, user_key, lead_id FROM outbox ORDER BY id") == [
        ("confirmation", "tg:2", None),
        ("lead_notice", None, 3),
        ("digest", None, None),
    ]
    assert raw_query(db_path, "SELECT count(*) FROM leads WHERE user_key = 'tg:1'") == [(0,)]
    assert s.event_counts() == [("interest", "name", "entered", 2)]  # anonymous, kept


def test_forget_unknown_user_deletes_nothing(store: Store) -> None:
    store.add_lead(make_lead("tg:2"))

    assert store.forget("tg:1") == {"sessions": 0, "leads": 0, "outbox": 0}
    assert store.lead_count() == 1


# -- telegram updates and health -------------------------------------------------------------


def test_mark_update_seen_true_then_false(store: Store) -> None:
    assert store.mark_update_seen(1001, NOW) is True
    assert store.mark_update_seen(1001, LATER) is False
    assert store.mark_update_seen(1002, LATER) is True


def test_healthy_true_and_keeps_nothing(open_store: OpenStore, db_path: Path) -> None:
    s = open_store()

    assert s.healthy() is True
    with s.transaction():
        assert s.healthy() is True  # inside a turn: a savepoint, rolled back
    assert raw_query(db_path, "SELECT count(*) FROM events") == [(0,)]


def test_healthy_false_while_another_store_holds_the_lock(open_store: OpenStore) -> None:
    holder, checker = open_store(), open_store(busy_timeout_ms=0)

    with holder.transaction():
        assert checker.healthy() is False
    assert checker.healthy() is True


# -- timestamps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2026-05-01T12:00:00Z", NOW, id="z-suffix"),
        pytest.param("2026-05-01T14:00:00.123456+02:00", NOW, id="offset-fraction"),
        pytest.param(datetime(2026, 5, 1, 12, tzinfo=UTC), NOW, id="aware-datetime"),
        pytest.param(
            datetime(2026, 5, 1, 7, tzinfo=timezone(timedelta(hours=-5))), NOW, id="other-zone"
        ),
    ],
)
def test_iso_timestamp_normalises_to_utc(value: str | datetime, expected: str) -> None:
    assert iso_timestamp(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2026-05-01T12:00:00", id="naive-string"),
        pytest.param(datetime(2026, 5, 1, 12), id="naive-datetime"),
        pytest.param("yesterday", id="not-iso"),
    ],
)
def test_iso_timestamp_rejects_ambiguous(value: str | datetime) -> None:
    with pytest.raises(StoreError):
        iso_timestamp(value)


# -- exports ---------------------------------------------------------------------------------


def _csv_rows(text: str) -> list[list[str]]:
    return csv_table(text)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        pytest.param("=1+1", "'=1+1", id="equals"),
        pytest.param("+4512345678", "+4512345678", id="e164-phone-kept"),
        pytest.param("+45 12 34 56 78", "+45 12 34 56 78", id="spaced-phone-kept"),
        pytest.param("+1+2", "'+1+2", id="plus-sum"),
        pytest.param("+45 12;=1+1", "'+45 12;'=1+1", id="phone-then-formula"),
        pytest.param("-x", "'-x", id="minus"),
        pytest.param("@x", "'@x", id="at"),
        pytest.param("\tx", "'\tx", id="tab"),
        pytest.param("\rx", "'\rx", id="cr"),
        pytest.param("Amina Hassan", "Amina Hassan", id="normal"),
        pytest.param('Ali, "the" best', 'Ali, "the" best', id="comma-quotes"),
        pytest.param("x=1", "x=1", id="formula-char-inside"),
    ],
)
def test_leads_to_csv_neutralises_formula_cells(value: str, cell: str) -> None:
    text = leads_to_csv([make_lead(name=value, id=1)])

    header, row = _csv_rows(text)
    assert row[header.index("name")] == cell


def test_leads_to_csv_header_order_and_values() -> None:
    text = leads_to_csv([make_lead(id=5), make_lead(id=6, email=None)])

    header, first, second = _csv_rows(text)
    assert header == [
        "id",
        "kind",
        "created",
        "municipality",
        "lang",
        "name",
        "name_latin",
        "name_latin_approx",
        "phone",
        "email",
        "contact",
        "interpreter",
        "danish_level",
        "work_area",
        "question",
        "status",
        "channel",
        "campaign",
        "consent_id",
        "consent_version",
        "data",
    ]
    # times in Copenhagen with their offset (summer time in May)
    assert first[:6] == ["5", "learner", "2026-05-01T14:00:00+02:00", "751", "ti", "ሰላም Æblegård"]
    assert text.startswith('\ufeff"id";"kind";')
    assert text.endswith("\r\n")
    assert json.loads(first[-1]) == {"eligible": True, "years_in_dk": 2}
    assert second[header.index("email")] == ""
    assert first[header.index("channel")] == "telegram"  # staff see where it came from
    assert "tg:1" not in text  # the user key is never exported


@pytest.mark.parametrize(
    ("name", "latin", "approx"),
    [
        pytest.param("أمينة أحمد", "Amina Ahmed", "", id="given-latin-name-no-approximation"),
        pytest.param("أمينة أحمد", None, "'Mynh 'Hmd", id="arabic-approximated"),
        pytest.param("ሳባ ተስፋይ", None, "Saba Tesfay", id="tigrinya-approximated"),
        pytest.param("Олена Коваленко", None, "Olena Kovalenko", id="ukrainian-approximated"),
        pytest.param("Søren Ås", None, "", id="latin-name-needs-none"),
    ],
)
def test_leads_to_csv_has_the_latin_name_and_an_approximation_only_where_needed(
    name: str, latin: str | None, approx: str
) -> None:
    header, row = _csv_rows(leads_to_csv([make_lead(name=name, name_latin=latin, id=1)]))

    assert row[header.index("name")] == name
    assert row[header.index("name_latin")] == (latin or "")
    assert row[header.index("name_latin_approx")] == approx
    (exported,) = json.loads(leads_to_json([make_lead(name=name, name_latin=latin, id=1)]))
    assert exported["name_latin_approx"] == (approx or None)


def test_leads_to_csv_empty_has_header_only() -> None:
    assert _csv_rows(leads_to_csv([]))[0][0] == "id"
    assert len(_csv_rows(leads_to_csv([]))) == 1


def test_leads_to_json_round_trips_unicode(store: Store) -> None:
    store.add_lead(make_lead())

    text = leads_to_json(store.leads())

    assert "ሰላም Æblegård" in text  # not \u-escaped
    [obj] = json.loads(text)
    assert obj["id"] == 1
    assert obj["phone"] == "+4512345678"  # JSON is not a spreadsheet: no neutralising
    assert obj["data"] == {"eligible": True, "years_in_dk": 2}
    assert "user_key" not in obj
