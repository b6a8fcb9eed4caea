"""Debian's Chromium for the browser tests, or the reason there is none (a skip, or a failure
when ``IGUBOT_REQUIRE_BROWSER`` is set, as in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
#: How the browser tests start it: headless, and quiet on the network (only loopback is used).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> Path:
    """:data:`CHROMIUM`; skips the test when it is missing, or fails it when
    ``IGUBOT_REQUIRE_BROWSER`` is set (to anything but ``0``)."""
    if CHROMIUM.exists():
        return CHROMIUM
    reason = f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-core"
    if os.environ.get("IGUBOT_REQUIRE_BROWSER", "") not in ("", "0"):
        pytest.fail(f"IGUBOT_REQUIRE_BROWSER is set but {reason}", pytrace=False)
    pytest.skip(reason)
