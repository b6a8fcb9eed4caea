"""Staleness stamps: ``locales/<code>/sources.json``, the English each translation was made from.

``sources.json`` maps each key to the source hash (:mod:`bot.i18n.sourcehash`) of the English
text its translation was made from. A translation whose recorded hash differs from the current
one, or that has none, is **stale**. :func:`stamp` records the current hashes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem, display_path
from bot.l10n.files import check_code, read_locale, read_reference

__all__ = ["SOURCES_FILE", "read_sources", "read_sources_or_warn", "stamp", "write_sources"]

#: The sidecar file recording the English hash each translation was made from.
SOURCES_FILE = "sources.json"


def read_sources(directory: Path) -> dict[str, str]:
    """Read ``<directory>/sources.json``: key → source hash the translation was made from.

    :param directory: a locale directory (``locales/da``).
    :returns: the mapping; empty when the file does not exist.
    :raises LocaleError: when the file is not a JSON object of strings, located in it.
    """
    path = directory / SOURCES_FILE
    if not path.is_file():
        return {}
    shown = display_path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LocaleError(
            f"error: not valid JSON: {exc.msg}", shown, exc.lineno, exc.colno
        ) from exc
    except (OSError, UnicodeError) as exc:
        raise LocaleError(f"error: cannot read: {exc}", shown, 1, 1) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        msg = 'error: must be a JSON object of message ids to hashes ({"id": "0123456789ab"})'
        raise LocaleError(msg, shown, 1, 1)
    return dict(data)


def write_sources(directory: Path, hashes: Mapping[str, str]) -> bool:
    """Write ``<directory>/sources.json`` (sorted keys, two-space indent, trailing newline).

    Nothing is written when the file already says the same, or when ``hashes`` is empty and
    there is no file.

    :param directory: a locale directory; created when missing.
    :param hashes: key → source hash.
    :returns: whether the file was written.
    """
    path = directory / SOURCES_FILE
    text = json.dumps(dict(hashes), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if path.is_file():
        if path.read_text(encoding="utf-8") == text:
            return False
    elif not hashes:
        return False
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def read_sources_or_warn(directory: Path, problems: list[Problem]) -> dict[str, str]:
    """:func:`read_sources`, but an unreadable file becomes a warning and an empty mapping.

    :param directory: a locale directory.
    :param problems: where the warning goes.
    """
    try:
        return read_sources(directory)
    except LocaleError as exc:
        message = f"{exc.message.removeprefix('error: ')}; every translation counts as stale"
        problems.append(Problem(exc.path, exc.line, exc.col, "warning", message))
        return {}


def stamp(locales_dir: Path, code: str, keys: Sequence[str] = ()) -> list[str]:
    """Record the current English hash for translations checked against the current English.

    :param locales_dir: the directory holding ``en/`` and ``<code>/``.
    :param code: the locale (not ``en``).
    :param keys: the message ids (terms with their dash) to stamp; all that ``code`` defines
        when empty.
    :returns: the keys stamped, sorted.
    :raises LocaleError: for an unknown code, a key English does not define or ``code`` does not
        translate (nothing is written then), or an unreadable ``sources.json``.
    """
    check_code(code)
    reference = read_reference(locales_dir)
    locale = read_locale(locales_dir, code)
    if keys:
        unknown = [k for k in keys if k not in reference.hashes]
        if unknown:
            msg = f"error: not in English: {', '.join(unknown)}"
            raise LocaleError(msg)
        untranslated = [k for k in keys if k not in locale.entries]
        if untranslated:
            msg = f"error: not translated in {code!r}: {', '.join(untranslated)}"
            raise LocaleError(msg)
        chosen = list(dict.fromkeys(keys))
    else:
        chosen = [k for k in locale.entries if k in reference.hashes]
    recorded = read_sources(locale.directory)
    recorded.update({key: reference.hashes[key] for key in chosen})
    if not any(ftl.junk for ftl in reference.locale.files):
        # Forget hashes of messages English no longer has (only when English parsed cleanly).
        recorded = {k: v for k, v in recorded.items() if k in reference.hashes}
    write_sources(locale.directory, recorded)
    return sorted(chosen)
