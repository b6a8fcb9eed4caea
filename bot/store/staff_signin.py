"""The ``staff_login_tokens`` and ``staff_sessions`` tables: sign-in links and signed-in browsers.

Only hashes of sign-in tokens and session ids are stored: a copy of the database signs nobody in.
"""

from __future__ import annotations

from bot.store.staff_records import StaffSession, StaffUser
from bot.store.staff_users import StaffUsers


class StaffSignIn(StaffUsers):
    """Single-use sign-in tokens and staff sessions (part of :class:`~bot.store.Store`)."""

    def add_login_token(self, user_id: int, token_hash: str, now: str, expires: str) -> None:
        """Store the hash of a new single-use sign-in token.

        :raises StoreError: if the write fails.
        """
        with self._write("storing a sign-in link"):
            self._db.table("staff_login_tokens").insert(
                {"token_hash": token_hash, "user_id": user_id, "created": now, "expires": expires}
            )

    def use_login_token(self, token_hash: str, now: str) -> StaffUser | None:
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
        return None if row is None else self._staff_user(row[0])

    def add_staff_session(
        self, id_hash: str, user_id: int, csrf: str, now: str, expires: str
    ) -> None:
        """Store a new session (by the hash of its id), dropping expired sessions and links.

        :raises StoreError: if the write fails.
        """
        with self._write("starting a staff session"):
            self._db.execute("DELETE FROM staff_sessions WHERE expires <= ?", [now])
            self._db.execute("DELETE FROM staff_login_tokens WHERE expires <= ?", [now])
            self._db.table("staff_sessions").insert(
                {
                    "id_hash": id_hash,
                    "user_id": user_id,
                    "csrf": csrf,
                    "created": now,
                    "expires": expires,
                }
            )

    def staff_session(self, id_hash: str, now: str) -> StaffSession | None:
        """The unexpired session with this id hash, or ``None``."""
        with self._read("loading a staff session"):
            rows = self._rows(
                "SELECT user_id, csrf, expires FROM staff_sessions "
                "WHERE id_hash = ? AND expires > ?",
                [id_hash, now],
            )
        if not rows:
            return None
        user = self._staff_user(rows[0]["user_id"])
        if user is None:
            return None
        return StaffSession(user=user, csrf=rows[0]["csrf"], expires=rows[0]["expires"])

    def delete_staff_session(self, id_hash: str) -> None:
        """End a session (sign out).

        :raises StoreError: if the write fails.
        """
        with self._write("ending a staff session"):
            self._db.execute("DELETE FROM staff_sessions WHERE id_hash = ?", [id_hash])
