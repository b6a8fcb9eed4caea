"""An access log that never writes a query string under ``/staff/`` (sign-in links carry one).

aiohttp's ``%r`` logs the whole request line, so ``GET /staff/signin?token=…`` would put a live
sign-in token in the log. Use ``access_log_class=RedactingAccessLogger`` in ``web.run_app``; it
writes what ``%t "%r" %s %b %Tf`` writes (no client address), with staff query strings cut.

The target is written as it came (``raw_path``), never decoded, and every character outside
printable ASCII (and ``"`` and ``\\``) is percent-escaped, so ``%0a`` in a path cannot start a
line of its own and a forged path cannot close the quotes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from aiohttp.abc import AbstractAccessLogger
from aiohttp.web import BaseRequest, StreamResponse

STAFF_PREFIX = "/staff/"
_UNSAFE = re.compile(r'[^\x21-\x7e]|["\\]')


def _escape(target: str) -> str:
    """Percent-escape what must not reach a log line as it is (UTF-8 bytes, one by one)."""
    return _UNSAFE.sub(
        lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogatepass")),
        target,
    )


def request_line(request: BaseRequest) -> str:
    """``GET /path?query HTTP/1.1``: the target as sent, escaped, without a staff query."""
    target = request.raw_path
    if request.path.startswith(STAFF_PREFIX) or target.startswith(STAFF_PREFIX):
        target = target.split("?", 1)[0]
    target = _escape(target)
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
