"""The staff side: routing by municipality, digests, staff pages, exports, QR posters.

Wiring (done in the composition root and the server)::

    staff_app = make_staff_app(app)
    staff_app.on_startup.append(start_scheduler)
    staff_app.on_cleanup.append(stop_scheduler)
    web_app.add_subapp("/staff/", staff_app)

The commands live in :mod:`bot.face.staff_cli` (``staff_cli``), kept out of this import so the
server does not load click.
"""

from __future__ import annotations

from bot.staff.config import Route, StaffConfig
from bot.staff.followup import due_followups
from bot.staff.schedule import Scheduler, next_run, start_scheduler, stop_scheduler
from bot.staff.services import StaffServices, build_services
from bot.staff.web import make_staff_app

__all__ = [
    "Route",
    "Scheduler",
    "StaffConfig",
    "StaffServices",
    "build_services",
    "due_followups",
    "make_staff_app",
    "next_run",
    "start_scheduler",
    "stop_scheduler",
]
