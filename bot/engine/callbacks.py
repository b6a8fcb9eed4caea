"""Compact, versioned button data (Telegram allows 64 bytes) that names the step it belongs to."""

from __future__ import annotations

import hashlib

CALLBACK_VERSION = "1"
#: Telegram allows at most this many bytes of ``callback_data`` on a button.
MAX_CALLBACK_BYTES = 64


def step_tag(flow: str, step: str) -> str:
    """Eight hex characters naming ``flow:step``."""
    return hashlib.sha256(f"{flow}:{step}".encode()).hexdigest()[:8]


def callback_data(flow: str, step: str, value: str) -> str:
    """``1:<step tag>:<value>``: a button of an older deploy or another step is recognisable."""
    return f"{CALLBACK_VERSION}:{step_tag(flow, step)}:{value}"


def parse_callback(data: str) -> tuple[str, str] | None:
    """(step tag, value) of our current version, or None for anything else."""
    version, _sep, rest = data.partition(":")
    tag, _sep, value = rest.partition(":")
    if version != CALLBACK_VERSION or len(tag) != 8 or not value:
        return None
    return tag, value
