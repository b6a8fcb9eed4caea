"""The translators' tool (``igubot l10n``): status, staleness stamps, PO export and import.

Nothing here runs in the bot: it reads and writes ``locales/``, and loads translate-toolkit for
PO files. The bot itself needs only :mod:`bot.i18n` (the catalog, and
:mod:`bot.i18n.sourcehash` for a consent version).

One concept per module:

* :mod:`bot.l10n.entries` — Fluent entries as text: keys, comment-free source, pattern text.
* :mod:`bot.l10n.files` — walking a locale's FTL files, and the English reference.
* :mod:`bot.l10n.sources` — ``sources.json``: which English each translation was made from.
* :mod:`bot.l10n.status` — translated, missing and stale per locale and flow; the table.
* :mod:`bot.l10n.po` — PO files via translate-toolkit, behind typed code.
* :mod:`bot.l10n.po_export` — a locale as a PO file for a CAT tool.
* :mod:`bot.l10n.po_import` — a PO file back into FTL files, unit by unit.
* :mod:`bot.l10n.ftl_edit` — the surgical FTL edits an import makes.
* :mod:`bot.l10n.cli` — the click commands.
"""
