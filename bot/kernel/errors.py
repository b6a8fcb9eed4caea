"""The one exception hierarchy of igubot.

::

    BotError                      root: everything we raise on purpose
    ├── ConfigError               bad settings or config file
    ├── ContentError              a problem in a content file, located as path:line:col
    │   ├── FlowError             flows/*.yaml
    │   ├── LocaleError           locales/<lang>/*.ftl, or a message that cannot be rendered
    │   └── FactsError            facts.yaml
    ├── StoreError                the database could not do what was asked
    └── ChannelError              a transport (web, telegram, console) failed
        └── DeliveryError         a notice could not be delivered (permanent: do not retry)

Third-party exceptions are wrapped where they cross into our code (``raise X(...) from exc``).
"""

from __future__ import annotations


class BotError(Exception):
    """Root of every error igubot raises on purpose."""


class ConfigError(BotError):
    """A setting or the config file is wrong."""


class ContentError(BotError):
    """A content file (flow, locale, facts) is wrong at a known place."""

    def __init__(self, message: str, path: str = "", line: int = 0, col: int = 0) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        super().__init__(self.located())

    def located(self) -> str:
        """Render as ``path:line:col: message`` (the form editors and CI logs link)."""
        if not self.path:
            return self.message
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class FlowError(ContentError):
    """A flow file is wrong."""


class LocaleError(ContentError):
    """A locale file is wrong, or a message could not be rendered."""


class FactsError(ContentError):
    """The facts file is wrong."""


class StoreError(BotError):
    """The store could not complete an operation."""


class ChannelError(BotError):
    """A channel adapter failed."""


class DeliveryError(ChannelError):
    """A chat app did not take a notice (the outbox retries it unless ``permanent``).

    :param message: what went wrong, without the text or the chat (it is stored and logged).
    :param permanent: trying again will not help (the person blocked the bot, no such chat).
    """

    def __init__(self, message: str, *, permanent: bool) -> None:
        self.permanent = permanent
        super().__init__(message)
