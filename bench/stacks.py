"""Summarise py-spy's collapsed stacks (``--format raw``): where the samples went."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^():]*?)(?::(?P<line>\d+))?\)$")


def _short(frame: str) -> str:
    m = _FRAME.match(frame)
    if not m:
        return frame
    path = m.group("file")
    for marker in ("site-packages/", "/work/main/", "python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{m.group('func')} ({path})"


def summarise(path: Path, top: int = 25, focus: str | None = None) -> str:
    """Inclusive and self sample shares per function, and per thread root."""
    inclusive: Counter[str] = Counter()
    leaf: Counter[str] = Counter()
    roots: Counter[str] = Counter()
    total = 0
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _sep, count_text = raw.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_short(f) for f in stack.split(";")]
        total += count
        roots[frames[0] if not frames[0].startswith("process") else frames[1]] += count
        for f in set(frames):
            inclusive[f] += count
        leaf[frames[-1]] += count
    lines = [f"{total} samples"]
    lines.append("\ninclusive (share of all samples):")
    for f, n in inclusive.most_common(top * 4):
        if focus and focus not in f:
            continue
        lines.append(f"  {100 * n / total:5.1f}%  {f}")
    lines.append("\nself (leaf frames):")
    for f, n in leaf.most_common(top):
        lines.append(f"  {100 * n / total:5.1f}%  {f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(Path(sys.argv[1]), focus=sys.argv[2] if len(sys.argv) > 2 else None))
