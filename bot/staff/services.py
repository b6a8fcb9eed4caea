"""The staff side's parts, built once from a store, a catalog and the staff config."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.i18n import Catalog
from bot.staff.config import StaffConfig
from bot.staff.delivery import DbCall, OutboxWorker, inline
from bot.staff.digest import Digests
from bot.staff.mailer import Mailer, SmtpMailer
from bot.staff.render import Renderer
from bot.store import Store

Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass
class StaffServices:
    """Everything the staff pages, the scheduler and the staff commands share.

    :param store: the store.
    :param config: staff settings.
    :param renderer: templates and staff text.
    :param digests: digest creation and e-mail composition.
    :param worker: the outbox worker for staff e-mail.
    :param mailer: the SMTP client, ``None`` in the demo (no ``IGUBOT_SMTP_URL``).
    :param db: runs store calls where the store may be used.
    :param clock: the current time (tests pass their own).
    """

    store: Store
    config: StaffConfig
    renderer: Renderer
    digests: Digests
    worker: OutboxWorker
    mailer: Mailer | None
    db: DbCall
    clock: Clock


def build_services(
    store: Store,
    catalog: Catalog | Callable[[], Catalog],
    config: StaffConfig,
    *,
    db: DbCall = inline,
    clock: Clock = utcnow,
    mailer: Mailer | None = None,
) -> StaffServices:
    """Build the staff parts.

    :param catalog: the Fluent catalog, or a function returning the current one.
    :param mailer: the e-mail client; by default SMTP from ``config.smtp_url`` when it is set.
    :raises ConfigError: if ``IGUBOT_SMTP_URL`` is malformed.
    """
    if mailer is None and config.smtp_url:
        mailer = SmtpMailer(config.smtp_url)
    renderer = Renderer(catalog, config.timezone)
    digests = Digests(store, config, renderer)
    worker = OutboxWorker(store, digests, mailer, db)
    return StaffServices(store, config, renderer, digests, worker, mailer, db, clock)
