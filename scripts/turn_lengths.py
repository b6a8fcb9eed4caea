"""The longest turn per language: what one step shows before the learner answers, in characters.

    .venv/bin/python scripts/turn_lengths.py [--content DIR] [--top N]

Prints, per language, the longest turn (its length, the step and its messages), then the ``N``
longest turns over all languages. ``igubot check`` fails on any turn over the limit
(``bot.engine.words.MAX_TURN``); this shows how close each language is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.check.turns import TurnLength, turn_lengths
from bot.content import read_content
from bot.engine.words import MAX_TURN


def _line(turn: TurnLength) -> str:
    return (
        f"{turn.lang:4} {turn.length:4}  {turn.flow}:{turn.step} ({turn.kind})  "
        f"{' + '.join(turn.messages)}"
    )


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=Path(), help="the content folder")
    parser.add_argument("--top", type=int, default=10, help="how many longest turns to list")
    options = parser.parse_args()
    content, _problems = read_content(options.content)
    turns = list(turn_lengths(content))
    longest: dict[str, TurnLength] = {}
    for turn in turns:
        if turn.lang not in longest or turn.length > longest[turn.lang].length:
            longest[turn.lang] = turn
    print(f"longest turn per language (limit {MAX_TURN}):")
    for turn in longest.values():
        print(_line(turn))
    print(f"\nthe {options.top} longest turns:")
    for turn in sorted(turns, key=lambda t: -t.length)[: options.top]:
        print(_line(turn))


if __name__ == "__main__":
    main()
