"""Internationalisation: the Fluent catalog with fallback chains and the language table."""

from __future__ import annotations

from bot.i18n.catalog import Catalog
from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE, Language, choose_language, negotiate

__all__ = ["LANGUAGES", "SOURCE_LOCALE", "Catalog", "Language", "choose_language", "negotiate"]
