"""Fixtures the staff tests share: an inbox, a free loopback port and a real SMTP server on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from tests.support.staff import Inbox, free_port, smtp_server


@pytest.fixture
def inbox() -> Inbox:
    """The messages the SMTP server received."""
    return Inbox()


@pytest.fixture
def port() -> int:
    """A free port on 127.0.0.1 for the SMTP server."""
    return free_port()


@pytest.fixture
def smtp(inbox: Inbox, port: int) -> Iterator[Controller]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1, delivering into ``inbox``."""
    with smtp_server(inbox, port) as controller:
        yield controller
