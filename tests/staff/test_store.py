"""Store methods of the staff side: users, single-use sign-in tokens, scoping, digest claims
under concurrency, and the outbox lease."""

from __future__ import annotations

import datetime as dt
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from bot.content import Content
from bot.kernel.errors import StoreError
from bot.staff.services import build_services
from bot.store import LeadFilter, Store, iso_timestamp
from tests.support.staff import T0, add_leads, lead, staff_config

NOW = iso_timestamp(T0)
LATER = iso_timestamp(T0 + dt.timedelta(minutes=15))


def test_staff_user_add_is_idempotent_and_merges_municipalities(store: Store) -> None:
    store.add_staff_user("A@Example.org", ["751"], NOW)
    user = store.add_staff_user("a@example.org", ["101", "751"], NOW)

    assert user.municipalities == ("101", "751")
    assert [u.email for u in store.staff_users()] == ["a@example.org"]
    assert store.staff_user_by_email(" A@EXAMPLE.ORG ") == user


@pytest.mark.parametrize(("email", "codes"), [("nope", ["751"]), ("a@b.example", ["Aarhus"])])
def test_staff_user_add_rejects_bad_values(store: Store, email: str, codes: list[str]) -> None:
    with pytest.raises(StoreError):
        store.add_staff_user(email, codes, NOW)
    assert store.staff_users() == []


def test_login_token_works_once_and_only_before_expiry(store: Store) -> None:
    user = store.add_staff_user("a@example.org", ["751"], NOW)
    store.add_login_token(user.id, "h1", NOW, LATER)
    store.add_login_token(user.id, "h2", NOW, LATER)

    assert store.use_login_token("h1", NOW) == user
    assert store.use_login_token("h1", NOW) is None
    assert store.use_login_token("h2", LATER) is None  # expired exactly at its end
    assert store.use_login_token("unknown", NOW) is None


def test_staff_session_expires_and_goes_with_its_user(store: Store) -> None:
    user = store.add_staff_user("a@example.org", ["751"], NOW)
    store.add_staff_session("s1", user.id, "csrf", NOW, LATER)

    session = store.staff_session("s1", NOW)
    assert session is not None
    assert (session.user, session.csrf) == (user, "csrf")
    assert store.staff_session("s1", LATER) is None
    store.remove_staff_user("a@example.org")
    assert store.staff_session("s1", NOW) is None


def test_staff_queries_are_scoped_to_the_users_municipalities(store: Store) -> None:
    aarhus, kk = add_leads(store, lead("751"), lead("101", user_key="web:2"))
    user = store.add_staff_user("a@example.org", ["751"], NOW)

    assert [x.id for x in store.staff_leads(user.id)] == [aarhus]
    assert store.staff_leads(user.id, LeadFilter(municipality="101")) == []
    assert store.staff_lead(user.id, kk) is None
    assert store.set_lead_status(user.id, kk, "contacted", user.email, NOW) is False
    assert store.add_lead_note(user.id, kk, "x", user.email, NOW) is False
    assert store.lead_notes(user.id, kk) == []
    other = store.add_staff_user("b@example.org", [], NOW)
    assert store.staff_leads(other.id) == []


def test_lead_status_must_be_known(store: Store) -> None:
    [lead_id] = add_leads(store, lead("751"))
    user = store.add_staff_user("a@example.org", ["751"], NOW)

    with pytest.raises(StoreError, match="unknown status"):
        store.set_lead_status(user.id, lead_id, "done", user.email, NOW)


def test_notes_go_with_the_forgotten_person(store: Store) -> None:
    [lead_id] = add_leads(store, lead("751", user_key="tg:1"))
    user = store.add_staff_user("a@example.org", ["751"], NOW)
    store.add_lead_note(user.id, lead_id, "called", user.email, NOW)

    store.forget("tg:1")

    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as other:
        assert other.execute("SELECT count(*) FROM lead_notes").fetchone() == (0,)


def test_digest_claims_under_concurrency_hand_each_lead_over_once(
    tmp_path: Path, tree_content: Content
) -> None:
    path = tmp_path / "shared.sqlite3"
    with Store(path) as seed:
        ids = add_leads(
            seed,
            *[lead("751" if i % 2 else "101", user_key=f"web:{i}") for i in range(40)],
        )
    stores = [Store(path, busy_timeout_ms=10_000) for _ in range(4)]
    try:
        workers = [
            build_services(s, tree_content.catalog, staff_config(None)).digests for s in stores
        ]
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda d: d.create(T0), workers))
        claimed = [i for claims in results for c in claims for i in c.new_ids]
        assert sorted(claimed) == ids
        assert sum(len(claims) for claims in results) == 2  # one per municipality
    finally:
        for s in stores:
            s.close()


def test_outbox_claim_is_a_lease(store: Store) -> None:
    store.add_outbox("staff_digest", {"x": 1}, now=NOW)
    lease = iso_timestamp(T0 + dt.timedelta(minutes=10))

    first = store.claim_outbox(["staff_digest"], NOW, lease)
    second = store.claim_outbox(["staff_digest"], NOW, lease)
    after_lease = store.claim_outbox(["staff_digest"], lease, LATER)

    assert [i.attempts for i in first] == [1]
    assert second == []
    assert [i.attempts for i in after_lease] == [2]  # a worker that died: tried again
    store.mark_outbox_sent(first[0].id, NOW)
    assert store.claim_outbox(["staff_digest"], "9999-01-01T00:00:00+00:00", LATER) == []
    assert store.outbox_items(["staff_digest"], pending=True) == []
    assert store.next_outbox_attempt(["staff_digest"]) is None


def test_outbox_claim_leaves_other_kinds(store: Store) -> None:
    store.add_outbox("followup", {}, now=NOW)
    store.add_outbox("staff_telegram", {}, now=NOW)

    assert store.claim_outbox(["staff_digest", "callback"], NOW, LATER) == []
    assert store.next_outbox_attempt(["followup"]) == NOW
