"""Store queries for staff users, their municipalities, sign-in links and sessions.

Only hashes of sign-in tokens and session ids are stored: a copy of the database signs nobody in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.errors import StoreError
from bot.store._core import StoreCore
from bot.store.staff_records import StaffSession, StaffUser

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column lists, clauses and placeholders that are constants here; values are bound as ?.

_CODE = re.compile(r"\d{3}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def normalise_email(email: str) -> str:
    """A staff address as stored and compared: stripped and lower-cased.

    :raises StoreError: if it does not look like an address.
    """
    address = email.strip().lower()
    if not _EMAIL.fullmatch(address):
        msg = "that is not an e-mail address; write it as name@example.org"
        raise StoreError(msg)
    return address


class StaffAuthQueries:
    """Staff users, sign-in tokens and sessions (mixed into :class:`~bot.store.Store`)."""

    def add_staff_user(
        self: StoreCore, email: str, municipalities: Iterable[str], now: str
    ) -> StaffUser:
        """Add a staff user, or give an existing one more municipalities.

        :param email: the address sign-in links go to.
        :param municipalities: three-digit codes the user may see (added to any they have).
        :param now: ISO-8601 UTC time.
        :return: the user with all their municipalities.
        :raises StoreError: for a bad address or code, or if the write fails.
        """
        address = normalise_email(email)
        codes = sorted(set(municipalities))
        bad = [c for c in codes if not _CODE.fullmatch(c)]
        if bad:
            msg = f"municipality {bad[0]!r} is not a three-digit code such as '751'"
            raise StoreError(msg)
        with self._write("adding a staff user"):
            self._db.execute(
                "INSERT INTO staff_users (email, created) VALUES (?, ?) "
                "ON CONFLICT (email) DO NOTHING",
                [address, now],
            )
            user_id = self._db.execute(
                "SELECT id FROM staff_users WHERE email = ?", [address]
            ).fetchone()[0]
            for code in codes:
                self._db.execute(
                    "INSERT INTO staff_municipalities (user_id, municipality) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [user_id, code],
                )
        user = _user(self, "WHERE u.id = ?", [user_id])
        assert user
        return user[0]

    def remove_staff_user(self: StoreCore, email: str) -> bool:
        """Remove a staff user with their sessions and sign-in links (their notes stay).

        :return: whether there was such a user.
        :raises StoreError: if the write fails.
        """
        with self._write("removing a staff user"):
            cursor = self._db.execute(
                "DELETE FROM staff_users WHERE email = ?", [email.strip().lower()]
            )
        return bool(cursor.rowcount)

    def staff_users(self: StoreCore) -> list[StaffUser]:
        """Every staff user, by address."""
        return _user(self, "", [])

    def staff_user_by_email(self: StoreCore, email: str) -> StaffUser | None:
        """The staff user with this address (any case), or ``None``."""
        found = _user(self, "WHERE u.email = ?", [email.strip().lower()])
        return found[0] if found else None

    def add_login_token(
        self: StoreCore, user_id: int, token_hash: str, now: str, expires: str
    ) -> None:
        """Store the hash of a new single-use sign-in token.

        :raises StoreError: if the write fails.
        """
        with self._write("storing a sign-in link"):
            self._db.execute(
                "INSERT INTO staff_login_tokens (token_hash, user_id, created, expires) "
                "VALUES (?, ?, ?, ?)",
                [token_hash, user_id, now, expires],
            )

    def use_login_token(self: StoreCore, token_hash: str, now: str) -> StaffUser | None:
        """Spend a sign-in token: it works once, and only before it expires.

        :return: the user it signs in, or ``None`` if it is unknown, used or expired.
        :raises StoreError: if the write fails.
        """
        with self._write("using a sign-in link"):
            row = self._db.execute(
                "UPDATE staff_login_tokens SET used_at = ? "
                "WHERE token_hash = ? AND used_at IS NULL AND expires > ? RETURNING user_id",
                [now, token_hash, now],
            ).fetchone()
        if row is None:
            return None
        found = _user(self, "WHERE u.id = ?", [row[0]])
        return found[0] if found else None

    def add_staff_session(
        self: StoreCore, id_hash: str, user_id: int, csrf: str, now: str, expires: str
    ) -> None:
        """Store a new session (by the hash of its id), dropping expired sessions and links.

        :raises StoreError: if the write fails.
        """
        with self._write("starting a staff session"):
            self._db.execute("DELETE FROM staff_sessions WHERE expires <= ?", [now])
            self._db.execute("DELETE FROM staff_login_tokens WHERE expires <= ?", [now])
            self._db.execute(
                "INSERT INTO staff_sessions (id_hash, user_id, csrf, created, expires) "
                "VALUES (?, ?, ?, ?, ?)",
                [id_hash, user_id, csrf, now, expires],
            )

    def staff_session(self: StoreCore, id_hash: str, now: str) -> StaffSession | None:
        """The unexpired session with this id hash, or ``None``."""
        with self._read("loading a staff session"):
            rows = self._rows(
                "SELECT user_id, csrf, expires FROM staff_sessions "
                "WHERE id_hash = ? AND expires > ?",
                [id_hash, now],
            )
        if not rows:
            return None
        users = _user(self, "WHERE u.id = ?", [rows[0]["user_id"]])
        if not users:
            return None
        return StaffSession(user=users[0], csrf=rows[0]["csrf"], expires=rows[0]["expires"])

    def delete_staff_session(self: StoreCore, id_hash: str) -> None:
        """End a session (sign out).

        :raises StoreError: if the write fails.
        """
        with self._write("ending a staff session"):
            self._db.execute("DELETE FROM staff_sessions WHERE id_hash = ?", [id_hash])


def _user(store: StoreCore, where: str, params: list[object]) -> list[StaffUser]:
    with store._read("loading staff users"):
        rows = store._rows(
            "SELECT u.id, u.email, u.created, group_concat(m.municipality) AS codes "
            "FROM staff_users u LEFT JOIN staff_municipalities m ON m.user_id = u.id "
            f"{where} GROUP BY u.id ORDER BY u.email",  # nosec B608
            params,
        )
    return [
        StaffUser(
            id=row["id"],
            email=row["email"],
            created=row["created"],
            municipalities=tuple(sorted((row["codes"] or "").split(","))) if row["codes"] else (),
        )
        for row in rows
    ]
