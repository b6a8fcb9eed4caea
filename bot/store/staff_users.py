"""The ``staff_users`` and ``staff_municipalities`` tables: who may see which municipality."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.kernel.errors import StoreError
from bot.store.connection import Connection
from bot.store.staff_records import StaffUser
from bot.store.where import Where

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-string
# joins only a clause from Where; values are bound as parameters.

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


class StaffUsers(Connection):
    """Adding, removing and finding staff users (part of :class:`~bot.store.Store`)."""

    def add_staff_user(self, email: str, municipalities: Iterable[str], now: str) -> StaffUser:
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
        [user] = self._staff_users(Where("u.id = ?", user_id))
        return user

    def remove_staff_user(self, email: str) -> bool:
        """Remove a staff user with their sessions and sign-in links (their notes stay).

        :return: whether there was such a user.
        :raises StoreError: if the write fails.
        """
        with self._write("removing a staff user"):
            cursor = self._db.execute(
                "DELETE FROM staff_users WHERE email = ?", [email.strip().lower()]
            )
        return bool(cursor.rowcount)

    def staff_users(self) -> list[StaffUser]:
        """Every staff user, by address."""
        return self._staff_users(Where())

    def staff_user_by_email(self, email: str) -> StaffUser | None:
        """The staff user with this address (any case), or ``None``."""
        found = self._staff_users(Where("u.email = ?", email.strip().lower()))
        return found[0] if found else None

    def _staff_user(self, user_id: int) -> StaffUser | None:
        found = self._staff_users(Where("u.id = ?", user_id))
        return found[0] if found else None

    def _staff_users(self, where: Where) -> list[StaffUser]:
        with self._read("loading staff users"):
            rows = self._rows(
                "SELECT u.id, u.email, u.created, group_concat(m.municipality) AS codes "
                "FROM staff_users u LEFT JOIN staff_municipalities m ON m.user_id = u.id"
                f"{where.clause} GROUP BY u.id ORDER BY u.email",  # nosec B608
                where.params,
            )
        return [
            StaffUser(
                id=row["id"],
                email=row["email"],
                created=row["created"],
                municipalities=tuple(sorted(row["codes"].split(","))) if row["codes"] else (),
            )
            for row in rows
        ]
