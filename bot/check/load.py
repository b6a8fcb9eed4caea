"""Load the content and check it: reading (:mod:`bot.content`) then checking (:mod:`bot.check`).

The one place the two meet, so that neither imports the other's caller: the checker depends on
the content it checks, and reading content knows nothing of the checks.
"""

from __future__ import annotations

from pathlib import Path

from bot.check import check_content
from bot.content import Content, read_content
from bot.kernel.problems import Problem


def load_content(
    root: Path,
    *,
    flows_dir: Path | None = None,
    locales_dir: Path | None = None,
    facts_file: Path | None = None,
    strict: bool = False,
    cache_dir: Path | None = None,
    lints: bool = True,
) -> tuple[Content, list[Problem]]:
    """Read and cross-check everything below ``root``.

    :param strict: a message that cannot be rendered raises instead of falling back (tests).
    :param cache_dir: a folder for caches (parsed ``.ftl`` files, the examples' check);
        ``None``: no cache.
    :param lints: also the slow checks that can only warn (see :func:`bot.check.check_content`).
    :return: the content and every problem found (errors and warnings), each once, in file
        order; use the content only when no problem is an error.
    """
    content, problems = read_content(
        root,
        flows_dir=flows_dir,
        locales_dir=locales_dir,
        facts_file=facts_file,
        strict=strict,
        cache_dir=cache_dir,
    )
    problems += check_content(content, cache_dir=cache_dir, lints=lints)
    return content, sorted(set(problems), key=_order)


def _order(p: Problem) -> tuple[str, int, int, str]:
    return (p.path, p.line, p.col, p.message)
