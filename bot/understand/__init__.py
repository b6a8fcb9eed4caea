"""Understanding typed messages: normalisation, topic matching, example checks, language guess.

Transport-free: no channel, no engine. The engine asks :meth:`Matcher.match` what a typed
message means; ``igubot check`` asks :func:`check_examples` about the examples; the first screen
asks :func:`guess_language` which language a greeting was typed in. The engine takes personal
data out of a miss with :func:`bot.understand.scrub.scrub`, imported from its module (not
from here: it loads phonenumbers, which ``igubot check`` does not need).
"""

from __future__ import annotations

from bot.understand.checkcache import CheckCache
from bot.understand.examples import Phrase, TopicExamples, load_examples
from bot.understand.language import guess_language
from bot.understand.matcher import Matcher, Thresholds, Understanding, Weights
from bot.understand.normalize import match_form, normalize
from bot.understand.validate import check_examples

__all__ = [
    "CheckCache",
    "Matcher",
    "Phrase",
    "Thresholds",
    "TopicExamples",
    "Understanding",
    "Weights",
    "check_examples",
    "guess_language",
    "load_examples",
    "match_form",
    "normalize",
]
