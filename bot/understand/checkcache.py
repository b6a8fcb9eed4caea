"""A cache of the examples' check results, so ``igubot check`` does not rebuild the matcher for
unchanged examples.

Checking the examples builds the matcher and asks it about every example with that example
left out: about 0.3 s and 0.4 s for 3,500 examples in 12 locales on the project's machine
(bench/bench_understand.py), more than ``check``'s whole budget allows on top of the rest. The
result depends only on the examples (their text and where they are written), the known topics,
the matcher's parameters and the code of this package, so it is stored under the SHA-256 of all
of those: an edit anywhere is a new key, and there is nothing to invalidate.

Entries are JSON (data, never code). Like the parse cache, the folder must be the user's own:
it is created private (``0700``), and one owned by someone else or writable by others is not
used (someone could otherwise hide problems by writing a clean result).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.kernel.privatedir import PrivateFolder
from bot.kernel.problems import Problem
from bot.understand.examples import TopicExamples

__all__ = ["CheckCache", "check_key"]


#: Bumped when what is stored changes shape.
FORMAT = 1
#: Past this many entries, the older half is removed (a few hundred bytes each).
MAX_ENTRIES = 200


def _code_digest() -> bytes:
    """The SHA-256 of this package's source: any change to the matcher is a new key."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.digest()


def check_key(
    groups: Iterable[TopicExamples], topics: Iterable[str], settings: Sequence[object]
) -> str:
    """The key of one check: every example with its place, the topics, the settings.

    :param groups: the examples as loaded.
    :param topics: the known topics.
    :param settings: whatever else the result depends on (weights, thresholds, levels).
    """
    digest = hashlib.sha256(f"igubot-understand-check {FORMAT}\0".encode())
    digest.update(_code_digest())
    digest.update(repr(sorted(topics)).encode())
    digest.update(repr(list(settings)).encode())
    for group in groups:
        # The dataclass repr names every field, recursively (astuple copied each one first:
        # 0.1 s of a cached check).
        digest.update(repr(group).encode())
    return digest.hexdigest()


class CheckCache:
    """Check results, one JSON file per key, in ``directory`` (created private on first write).

    :param directory: the cache's folder.
    :param owner: who uses it, named in a warning about the folder.
    """

    def __init__(self, directory: Path, owner: str = "understand") -> None:
        self.directory = directory
        self._folder = PrivateFolder(directory, owner)

    def get(self, key: str) -> list[Problem] | None:
        """The stored problems of ``key``, or ``None`` (not stored, damaged, unsafe folder)."""
        if not self._folder.ready():
            return None
        try:
            data = json.loads((self.directory / f"{key}.json").read_text(encoding="utf-8"))
            return [Problem(**item) for item in data]
        except (OSError, ValueError, TypeError):
            return None

    def put(self, key: str, problems: list[Problem]) -> None:
        """Store the problems of ``key`` (a failure only logs a warning)."""
        if not self._folder.ready(create=True):
            return
        import tempfile  # with random, shutil, bz2, lzma: ~40 ms, only when writing

        try:
            fd, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump([p.as_dict() for p in problems], out, ensure_ascii=False)
                os.replace(temporary, self.directory / f"{key}.json")
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError as exc:
            self._folder.give_up(f"could not write to the cache folder {self.directory}: {exc}")
            return
        self._prune()

    def _prune(self) -> None:
        entries = list(self.directory.glob("*.json"))
        if len(entries) <= MAX_ENTRIES:
            return
        by_age = sorted(entries, key=lambda p: p.stat().st_mtime if p.exists() else 0.0)
        for old in by_age[: len(by_age) // 2]:
            with contextlib.suppress(OSError):
                old.unlink()

    def __str__(self) -> str:
        return str(self.directory)
