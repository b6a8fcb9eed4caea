"""Shared parts of the staff tests (no tests here): a real SMTP server, leads, a settable clock."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.kernel.config import Secret
from bot.staff.config import Route, StaffConfig
from bot.store import LeadRecord, Store, iso_timestamp

T0 = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)  # a Monday, 13:00 in Copenhagen


@dataclass
class Clock:
    """A clock tests move by hand."""

    now: dt.datetime = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        assert isinstance(raw, bytes)
        parsed = message_from_bytes(raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        """Messages whose To: header names ``address``."""
        return [m for m in self.messages if address in str(m["To"])]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(inbox: Inbox, port: int) -> Iterator[Controller]:
    """A real SMTP server on 127.0.0.1:``port`` for the duration of the block."""
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def body_text(message: EmailMessage) -> str:
    """The plain-text part of a message."""
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def body_html(message: EmailMessage) -> str:
    """The HTML part of a message."""
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def staff_config(port: int | None = None, **changes: Any) -> StaffConfig:
    """Two routed municipalities (Aarhus 751, København 101) and a fallback address."""
    values: dict[str, Any] = {
        "routes": {
            "751": Route(("igu@aarhus.example",), -1001),
            "101": Route(("igu@kk.example", "team@kk.example")),
        },
        "default_emails": ("fallback@igu.example",),
        "base_url": "https://igubot.example",
        "smtp_url": Secret(f"smtp://127.0.0.1:{port}" if port else ""),
        "mail_from": "igubot <noreply@igubot.example>",
    }
    values.update(changes)
    return StaffConfig(**values)


def lead(
    municipality: str = "751",
    *,
    kind: str = "learner",
    user_key: str = "web:1",
    created: dt.datetime = T0,
    name: str = "Amina Hassan",
    **changes: Any,
) -> LeadRecord:
    """A consented lead with personal data in every personal field."""
    values: dict[str, Any] = {
        "kind": kind,
        "user_key": user_key,
        "channel": "telegram" if user_key.startswith("tg:") else "web",
        "lang": "ar",
        "municipality": municipality,
        "name": name,
        "phone": "+4520123456",
        "email": "amina@example.org",
        "contact": "phone",
        "interpreter": "yes",
        "danish_level": "little",
        "work_area": "transport",
        "consent_id": "interest-consent-ask",
        "consent_version": "abc123",
        "created": iso_timestamp(created),
    }
    values.update(changes)
    return LeadRecord(**values)


def add_leads(store: Store, *leads: LeadRecord) -> list[int]:
    """Store leads; return their ids."""
    return [store.add_lead(x) for x in leads]
