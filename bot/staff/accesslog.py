"""An access log that never writes a query string under ``/staff/`` (sign-in links carry one).

aiohttp's ``%r`` logs the whole request line, so ``GET /staff/signin?token=…`` would put a live
sign-in token in the log. Use ``access_log_class=RedactingAccessLogger`` in ``web.run_app``; it
writes what ``%t "%r" %s %b %Tf`` writes (no client address), with staff query strings cut.
"""

from __future__ import annotations

import datetime as dt
import logging

from aiohttp.abc import AbstractAccessLogger
from aiohttp.web import BaseRequest, StreamResponse

STAFF_PREFIX = "/staff/"


def request_line(request: BaseRequest) -> str:
    """``GET /path?query HTTP/1.1``, with the query dropped for staff paths."""
    target = request.path if request.path.startswith(STAFF_PREFIX) else request.path_qs
    version = f"HTTP/{request.version.major}.{request.version.minor}"
    return f"{request.method} {target} {version}"


class RedactingAccessLogger(AbstractAccessLogger):
    """Access log lines like ``[time] "GET /staff/signin HTTP/1.1" 200 1234 0.001234``."""

    def log(self, request: BaseRequest, response: StreamResponse, time: float) -> None:
        """Write one line (``time``: seconds the request took)."""
        if not self.logger.isEnabledFor(logging.INFO):
            return
        stamp = dt.datetime.now(dt.UTC).strftime("[%d/%b/%Y:%H:%M:%S +0000]")
        self.logger.info(
            '%s "%s" %d %d %.6f',
            stamp,
            request_line(request),
            response.status,
            response.body_length,
            time,
        )
