"""The source hash: a short name for the English text a consent or a translation was made from.

The runtime records it as a lead's consent version (:meth:`bot.content.Content.source_hash`);
the translators' tool (:mod:`bot.l10n`) records it per translation in ``sources.json``. Both
hash the text :meth:`bot.i18n.Catalog.source` returns, so the two always agree. Only
:mod:`hashlib` is imported here: a consent answer loads nothing of the translators' tool.
"""

from __future__ import annotations

import hashlib

__all__ = ["source_hash"]


def source_hash(source: str) -> str:
    """The short hash of an entry's source text (12 hex digits of its SHA-256).

    :param source: the entry's Fluent source without its comment, as
        :meth:`bot.i18n.Catalog.source` (or :func:`bot.l10n.entries.entry_source`) returns it.
    """
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]
