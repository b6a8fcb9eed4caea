"""Everything the bot says and does, read together: flows, locales and facts as one value.

:mod:`bot.content.content` reads the parts into a :class:`Content`; :mod:`bot.content.facts`
reads the facts file. Checking *across* the parts is :mod:`bot.check`'s.
"""

from bot.content.content import Content, build_content, read_content
from bot.content.facts import Fact, Facts, load_facts

__all__ = ["Content", "Fact", "Facts", "build_content", "load_facts", "read_content"]
