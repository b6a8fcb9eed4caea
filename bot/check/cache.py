"""The content checks' results kept between runs, under a key of everything they read.

Checking renders every message in every locale, walks every turn and its direction: about a
third of a second for the real content, on every ``igubot check`` and every start. Its result
depends only on the content's files, the code of the ``bot`` package (with its reference data),
the libraries that parse and render, the current directory (problems name paths relative to it)
and whether the catalog is strict. The key is the SHA-256 of all of those: an edit anywhere is
a new key, and there is nothing to invalidate. The entries are the examples' check cache's
(:class:`~bot.understand.checkcache.CheckCache`: JSON, a private folder, pruned).

Left out, because they have their own: the examples (:mod:`bot.check.topics`) and the facts'
freshness, which depends on the day.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import cache
from pathlib import Path

from bot.content import Content

__all__ = ["FOLDER", "content_key"]

#: Bumped when what is stored changes shape.
FORMAT = 1
#: The folder below the cache directory.
FOLDER = "content"
#: The libraries whose versions change what the checks find.
LIBRARIES = ("fluent.runtime", "fluent.syntax", "babel", "pydantic", "PyYAML")
#: Files of the ``bot`` package the checks may read: code and reference data.
CODE_SUFFIXES = frozenset({".py", ".csv", ".json", ".toml", ".yaml"})


@cache
def _code_digest() -> bytes:
    """The SHA-256 of the ``bot`` package's code and data and of the libraries' versions."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode() + b"\0")
            digest.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name} {importlib.metadata.version(name)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name} -\0".encode())
    return digest.digest()


def content_key(content: Content) -> str | None:
    """The key of the checks of ``content``, or ``None`` when a file it came from cannot be
    read again (then nothing is cached).

    :param content: the content as read; its flows, catalog and facts name their files.
    """
    digest = hashlib.sha256(f"igubot-content-check {FORMAT}\0".encode())
    try:
        digest.update(_code_digest())
        digest.update(f"{Path.cwd().resolve()}\0strict={content.catalog.strict}\0".encode())
        files = {doc.path for doc in content.flows.values()} | content.catalog.files()
        for name in sorted({*files, content.facts.path}):
            digest.update(name.encode() + b"\0")
            digest.update(Path(name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()
