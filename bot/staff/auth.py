"""Staff sign-in by e-mailed single-use link, server-side sessions and CSRF tokens.

Secrets (link tokens, session ids) are 256-bit random values; the database keeps only their
SHA-256. A link works once and for :data:`LINK_TTL`; opening it shows a button, and only the
POST of that button spends it, so a mail scanner that follows links does not use it up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass

from bot.staff.digest import Email
from bot.staff.services import StaffServices
from bot.store import StaffSession, StaffUser, iso_timestamp

logger = logging.getLogger(__name__)

TOKEN_BYTES = 32
LINK_TTL = dt.timedelta(minutes=15)
SESSION_COOKIE = "igubot_staff"
CSRF_COOKIE = "igubot_staff_csrf"
LANG_COOKIE = "igubot_staff_lang"


def new_secret() -> str:
    """A fresh URL-safe secret of :data:`TOKEN_BYTES` random bytes (43 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def secret_hash(secret: str) -> str:
    """What the database stores instead of a token or session id."""
    return hashlib.sha256(secret.encode()).hexdigest()


def email_tag(email: str) -> str:
    """A staff address in logs: a short hash, never the address."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:10]


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two tokens; ``False`` if either is missing or empty."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


@dataclass(frozen=True)
class NewSession:
    """A session just started: the cookie value (secret) and its CSRF token."""

    cookie: str
    session: StaffSession


class SignIn:
    """The sign-in steps, run where the store may be used (the database thread).

    :param services: the staff parts.
    """

    def __init__(self, services: StaffServices) -> None:
        self.services = services

    def request_link(self, email: str, now: dt.datetime) -> tuple[StaffUser, str] | None:
        """Make a sign-in link for a known staff address.

        :return: the user and the link, or ``None`` for an unknown address (nothing stored).
        """
        store = self.services.store
        user = store.staff_user_by_email(email)
        if user is None:
            return None
        token = new_secret()
        store.add_login_token(
            user.id, secret_hash(token), iso_timestamp(now), iso_timestamp(now + LINK_TTL)
        )
        return user, f"{self.services.config.base_url}/staff/signin?token={token}"

    def spend_link(self, token: str, now: dt.datetime) -> NewSession | None:
        """Use a link's token once and start a session for its user.

        :return: the new session, or ``None`` if the token is unknown, used or expired.
        """
        store = self.services.store
        stamp = iso_timestamp(now)
        user = store.use_login_token(secret_hash(token), stamp)
        if user is None:
            return None
        cookie, csrf = new_secret(), new_secret()
        hours = dt.timedelta(hours=self.services.config.session_hours)
        expires = iso_timestamp(now + hours)
        store.add_staff_session(secret_hash(cookie), user.id, csrf, stamp, expires)
        return NewSession(cookie, StaffSession(user=user, csrf=csrf, expires=expires))

    def link_email(self, user: StaffUser, link: str, lang: str = "da") -> Email:
        """The sign-in e-mail."""
        r = self.services.renderer
        minutes = int(LINK_TTL.total_seconds() // 60)
        subject = r.t(lang)("staff-signin-subject")
        context = {"link": link, "minutes": minutes}
        return Email(
            recipients=(user.email,),
            subject=subject,
            text=r.render("mail_signin.txt", lang, **context),
            html=r.render("mail_signin.html", lang, subject=subject, **context),
            message_id=f"signin-{secrets.token_hex(8)}",
        )
