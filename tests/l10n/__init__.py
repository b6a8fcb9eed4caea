"""Tests of bot/l10n/: the translators' tool."""
