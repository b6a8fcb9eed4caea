"""A cache of parsed Fluent files, so unchanged ``.ftl`` files are not parsed again.

Fluent's parser reads a file one character at a time in Python: parsing every locale was
about 0.4 s, half of ``igubot check`` (docs/performance.md, P3). A content author runs
``check`` after each edit, and ``serve`` and its content reload parse everything again; most
files have not changed. Each file's syntax tree is stored under the SHA-256 of its text (and of
the parser's version), so an edited file is simply a new key: there is nothing to invalidate.

The cache is only a speed-up. Anything wrong with it (missing, unreadable, corrupt, a folder
other users can write to) makes the file be parsed as if there were no cache; it never changes
what a catalog holds or which errors ``check`` reports.

The entries are pickles: loading one runs whatever it names, so the folder must be the user's
own. :class:`ParseCache` creates it private (``0700``) and refuses to read from a folder owned
by someone else or writable by group or others.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle  # nosec B403 - entries come only from a private folder of this user (checked)
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fluent.syntax import FluentParser, ast

__all__ = ["MAX_ENTRIES", "ParseCache"]

from bot.kernel.privatedir import PrivateFolder

#: The folder below the caches' folder (``Settings.cache_dir``).
FOLDER = "fluent"
#: Bumped when what is stored changes shape.
FORMAT = 1
#: When a write finds more entries than this, the older half is removed (about 6 kB each).
MAX_ENTRIES = 2000


def _parser_version() -> str:
    try:
        return version("fluent.syntax")
    except PackageNotFoundError:  # pragma: no cover - installed with fluent.runtime
        return "unknown"


class ParseCache:
    """Parsed ``.ftl`` texts, one pickle per distinct text, in ``directory``.

    :param directory: the cache's folder (created, private, on first write).
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        #: Texts found in the cache, and texts parsed (and stored when possible).
        self.counters = {"hits": 0, "misses": 0}
        self._salt = f"igubot-fluent-cache {FORMAT} {_parser_version()} spans\0".encode()
        self._folder = PrivateFolder(directory, "i18n")

    @classmethod
    def below(cls, cache_dir: Path | None) -> ParseCache | None:
        """The parse cache in its folder below the caches' folder (``None``: no cache)."""
        return None if cache_dir is None else cls(cache_dir / FOLDER)

    def parse(self, parser: FluentParser, text: str) -> ast.Resource:
        """The syntax tree of ``text``: from the cache, or parsed by ``parser`` and stored.

        ``parser`` must give spans (``with_spans=True``): the spans locate errors.
        """
        key = hashlib.sha256(self._salt + text.encode("utf-8")).hexdigest()
        entry = self.directory / f"{key}.pickle"
        if self._folder.ready():
            found = self._read(entry)
            if found is not None:
                self.counters["hits"] += 1
                return found
        self.counters["misses"] += 1
        resource = parser.parse(text)
        if self._folder.ready(create=True):
            self._write(entry, resource)
        return resource

    # -- the folder ----------------------------------------------------------------------------

    # -- entries -------------------------------------------------------------------------------

    def _read(self, entry: Path) -> ast.Resource | None:
        try:
            data = entry.read_bytes()
        except OSError:
            return None  # not cached yet (or unreadable: parsed and written again)
        try:
            found = pickle.loads(data)  # noqa: S301  # nosec B301 - our private folder (see above)
        except Exception:  # noqa: BLE001 - a damaged entry of any kind: parse the file instead
            found = None
        if isinstance(found, ast.Resource):
            return found
        with contextlib.suppress(OSError):
            entry.unlink()
        return None

    def _write(self, entry: Path, resource: ast.Resource) -> None:
        try:
            fd, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    pickle.dump(resource, out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, entry)  # atomic: a reader sees all of it or nothing
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            self._prune()
        except (OSError, pickle.PicklingError, RecursionError) as exc:
            self._folder.give_up(f"could not write to the cache folder {self.directory}: {exc}")

    def _prune(self) -> None:
        """Keep the folder small: past :data:`MAX_ENTRIES`, drop the older half."""
        entries = list(self.directory.glob("*.pickle"))
        if len(entries) <= MAX_ENTRIES:
            return
        by_age = sorted(entries, key=_age)
        for old in by_age[: len(by_age) // 2]:
            with contextlib.suppress(OSError):
                old.unlink()


def _age(entry: Path) -> float:
    try:
        return entry.stat().st_mtime
    except OSError:
        return 0.0  # gone meanwhile (another process pruned it)
