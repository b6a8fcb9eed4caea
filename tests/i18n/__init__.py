"""Tests of bot/i18n/: languages, the catalog, its parse cache, right-to-left text."""
