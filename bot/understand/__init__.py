"""Understanding typed messages: normalisation, topic matching, example checks, language guess.

Transport-free: no channel, no engine.
"""

from __future__ import annotations

from bot.understand.language import guess_language
from bot.understand.normalize import match_form, normalize

__all__ = ["guess_language", "match_form", "normalize"]
