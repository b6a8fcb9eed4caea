"""Surgical FTL edits for an import: replace translations in place, insert new ones in order.

Only the entries that change are touched: everything else in the file (other entries, comments,
blank lines, layout) keeps its bytes, so importing the PO file an export just wrote changes
nothing. The result is parsed again before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentSerializer, ast

from bot.i18n.ftl_parse import FtlParser
from bot.kernel.errors import LocaleError
from bot.kernel.problems import display_path
from bot.l10n.entries import Entry, entry_key, same_entry
from bot.l10n.files import FtlFile, Reference

__all__ = ["IMPORTED_REVIEW_LINE", "FilePlan", "apply_plan"]

#: The resource comment written into an FTL file that an import creates.
IMPORTED_REVIEW_LINE = "### Review status: draft (imported, not yet reviewed by a native speaker)"


@dataclass
class FilePlan:
    """The changes one FTL file gets.

    :param path: the file.
    :param existing: the file as it is, or ``None`` when it is to be created.
    :param replace: key → new entry, for translations the file has.
    :param add: key → new entry, for translations it does not have yet.
    """

    path: Path
    existing: FtlFile | None
    replace: dict[str, Entry] = field(default_factory=dict)
    add: dict[str, Entry] = field(default_factory=dict)


def _block(entry: Entry) -> str:
    """An entry as FTL, with its comment, ending in a newline.

    The serializer indents blank lines inside a pattern; they are written empty instead (the
    same to Fluent, and no trailing whitespace for editors and hooks to strip).
    """
    text = str(FluentSerializer().serialize_entry(entry))
    return "\n".join(line if line.strip() else "" for line in text.split("\n"))


def _join_blocks(blocks: list[str]) -> str:
    """Entries one after another; a blank line before each that has a comment."""
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if index and block.startswith("#"):
            parts.append("\n")
        parts.append(block)
    return "".join(parts)


def apply_plan(plan: FilePlan, reference: Reference) -> str:
    """The new text of one FTL file: replacements in place, additions in English order.

    A replaced entry keeps its comment; an added one gets the English comment and goes after the
    nearest preceding message of the English file that the file has (else before its first
    entry, after the resource comments); a new file starts with :data:`IMPORTED_REVIEW_LINE`.

    :param plan: the file and its changes.
    :param reference: the English files (their order and comments).
    :raises LocaleError: when the result would not read back as planned (a bug; nothing is
        written then).
    """
    if plan.existing is not None:
        text, resource = plan.existing.text, plan.existing.resource
    else:
        text = IMPORTED_REVIEW_LINE + "\n"
        resource = FtlParser(with_spans=True).parse(text)
    edits: list[tuple[int, int, int, str]] = []  # (start, replacement first, end, text)
    present: dict[str, Entry] = {}
    for item in resource.body:
        if isinstance(item, (ast.Message, ast.Term)):
            present.setdefault(entry_key(item), item)

    for key, entry in plan.replace.items():
        old = present[key]
        assert old.span is not None
        assert old.id.span is not None
        start = old.id.span.start - (1 if isinstance(old, ast.Term) else 0)
        new = entry.clone()
        new.comment = None
        edits.append((start, 1, old.span.end, _block(new).rstrip("\n")))

    if plan.add:
        flow = plan.path.stem
        order = reference.flows.get(flow, [])
        groups: dict[str | None, list[str]] = {}
        for key in sorted(plan.add, key=lambda k: order.index(k) if k in order else len(order)):
            anchor = None
            if key in order:
                anchor = next(
                    (k for k in reversed(order[: order.index(key)]) if k in present), None
                )
            groups.setdefault(anchor, []).append(key)
        for anchor, keys in groups.items():
            blocks = []
            for key in keys:
                new = plan.add[key].clone()
                english_comment = reference.entry(key).comment
                new.comment = english_comment.clone() if english_comment else None
                blocks.append(_block(new))
            if anchor is not None:
                anchor_span = present[anchor].span
                end = anchor_span.end if anchor_span else len(text)
                joined = "".join(
                    "\n" + ("\n" if block.startswith("#") else "") + block.rstrip("\n")
                    for block in blocks
                )
                edits.append((end, 0, end, joined))
            else:
                head = next(
                    (
                        item.span.start
                        for item in resource.body
                        if not isinstance(item, ast.ResourceComment) and item.span
                    ),
                    None,
                )
                if head is not None:
                    edits.append((head, 0, head, _join_blocks(blocks) + "\n"))
                else:
                    prefix = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
                    edits.append((len(text), 0, len(text), prefix + _join_blocks(blocks)))

    for start, _first, end, new_text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new_text + text[end:]
    _verify(plan, text)
    return text


def _verify(plan: FilePlan, text: str) -> None:
    """Re-parse the result: the imported entries must read back as imported, with no junk."""
    resource = FtlParser(with_spans=True).parse(text)
    found: dict[str, Entry] = {}
    for item in resource.body:
        if isinstance(item, ast.Junk):
            break
        if isinstance(item, (ast.Message, ast.Term)):
            found.setdefault(entry_key(item), item)
    else:
        wanted = {**plan.replace, **plan.add}
        if all(k in found and same_entry(found[k], e) for k, e in wanted.items()):
            return
    msg = f"error: importing would damage {display_path(plan.path)}; nothing was written (a bug)"
    raise LocaleError(msg)
