"""Tuning the understanding of typed messages on the development sets, language by language.

Reads the cases (``tests/understanding/dev/*.yaml``: ``lang: xx`` and ``cases: [{text: ...,
topic: <topic or none>}]``) and the examples (``locales/*/understanding.ftl``, through the
catalog), scores every case once per weight setting, sweeps the thresholds, and prints for the
best setting and for the defaults, per language: cases routed to their topic (or, for ``none``,
kept out), offered among the candidates, not understood, and confidently wrong (a wrong topic,
or noise taken for a topic).

    .venv/bin/python scripts/tune_understanding.py [--cases DIR] [--locales DIR]
        [--wrong-cost 3] [--ngram 3,4] [--no-sweep] [--top 5] [--show] [--set NAME=VALUE ...]

Tune on the development set only; run once on the evaluation set at the end (``--cases
tests/understanding/eval --no-sweep --set confident=0.55 --set other=0.9 ...``, with the
settings the sweep chose) to see how it does on unseen text.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.i18n import Catalog  # noqa: E402  (after the path is set, when run as a script)
from bot.understand import (  # noqa: E402
    Matcher,
    Thresholds,
    Understanding,
    Weights,
    load_examples,
)

OUTCOMES = ("routed", "offered", "not understood", "wrong")


@dataclass(frozen=True)
class Case:
    """One typed message and what it should be understood as (a topic or ``none``)."""

    lang: str
    text: str
    topic: str
    where: str


def read_cases(folder: Path) -> list[Case]:
    """Every case of every ``*.yaml`` file in ``folder``; exits with a clear message on a
    missing folder or a malformed file."""
    files = sorted(folder.glob("*.yaml"))
    if not files:
        sys.exit(f"{folder}: no *.yaml case files (format: lang: xx, cases: [{{text, topic}}])")
    cases: list[Case] = []
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            sys.exit(f"{path}: cannot read the cases: {exc}")
        if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
            sys.exit(f"{path}: expected a mapping with 'lang' and a list 'cases'")
        lang = str(data.get("lang") or path.stem)
        for number, item in enumerate(data["cases"], 1):
            if not isinstance(item, dict) or "text" not in item or "topic" not in item:
                sys.exit(f"{path}: case {number}: expected {{text: ..., topic: ...}}")
            cases.append(Case(lang, str(item["text"]), str(item["topic"]), f"{path}#{number}"))
    return cases


def outcome(case: Case, understood: Understanding) -> str:
    """Which of :data:`OUTCOMES` one answer is, for the case's expected topic."""
    if case.topic == "none":
        if understood.outcome == "none":
            return "routed"
        return "offered" if understood.outcome == "unsure" else "wrong"
    if understood.outcome == "topic":
        return "routed" if understood.topic == case.topic else "wrong"
    if understood.outcome == "unsure" and case.topic in understood.topics:
        return "offered"
    return "not understood"


def tally(
    matcher: Matcher, cases: list[Case], scores: list[dict[str, float]]
) -> dict[str, Counter[str]]:
    """Per language (and ``all``), how many cases had each outcome."""
    counts: dict[str, Counter[str]] = {"all": Counter()}
    for case, scored in zip(cases, scores, strict=True):
        result = outcome(case, matcher.decide(scored))
        counts.setdefault(case.lang, Counter())[result] += 1
        counts["all"][result] += 1
    return counts


def merit(counts: Counter[str], wrong_cost: float) -> float:
    """What a setting is worth: routed counts 1, offered 0.5, wrong costs ``wrong_cost``."""
    return counts["routed"] + 0.5 * counts["offered"] - wrong_cost * counts["wrong"]


def print_table(title: str, counts: dict[str, Counter[str]]) -> None:
    print(f"\n{title}")
    print(f"{'lang':<6}{'cases':>7}" + "".join(f"{name:>16}" for name in OUTCOMES))
    for lang in [*sorted(k for k in counts if k != "all"), "all"]:
        row = counts[lang]
        total = sum(row.values())
        cells = "".join(
            f"{row[name]:>7} ({100 * row[name] / total:5.1f}%)" if total else f"{'-':>16}"
            for name in OUTCOMES
        )
        print(f"{lang:<6}{total:>7}{cells}")


def settings(pairs: list[str]) -> tuple[Weights, Thresholds]:
    """Weights and thresholds with the ``NAME=VALUE`` pairs applied (exits on an unknown name)."""
    weights, thresholds = Weights(), Thresholds()
    for pair in pairs:
        name, _, value = pair.partition("=")
        try:
            number: float = int(value) if name == "max_candidates" else float(value)
        except ValueError:
            sys.exit(f"--set {pair}: the value must be a number")
        if name in asdict(weights):
            weights = replace(weights, **{name: number})
        elif name in asdict(thresholds):
            thresholds = replace(thresholds, **{name: number})
        else:
            known = ", ".join([*asdict(weights), *asdict(thresholds)])
            sys.exit(f"--set {pair}: unknown name {name!r}; known: {known}")
    return weights, thresholds


def threshold_grid() -> list[Thresholds]:
    return [
        Thresholds(confident=c, margin=m, candidate=k, spread=s)
        for c, m, k, s in itertools.product(
            (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7),
            (0.0, 0.05, 0.08, 0.12, 0.16, 0.2),
            (0.2, 0.25, 0.3, 0.35, 0.4),
            (0.1, 0.2, 0.3),
        )
        if k <= c
    ]


def weight_grid(base: Weights) -> list[Weights]:
    return [
        replace(base, other=o, bridge=b, keyword=k, keyword_sharing=s)
        for o, b, k, s in itertools.product(
            (0.7, 0.85, 1.0), (0.9, 1.0), (0.5, 0.7, 0.9), (0.25, 0.5, 1.0)
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=ROOT / "tests/understanding/dev")
    parser.add_argument("--locales", type=Path, default=ROOT / "locales")
    parser.add_argument("--wrong-cost", type=float, default=3.0)
    parser.add_argument("--ngram", default="3,4", help="the n-gram lengths, e.g. 2,4")
    parser.add_argument("--no-sweep", action="store_true", help="only the defaults")
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="list the wrong and missed cases")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a weight or threshold instead of its default, e.g. confident=0.55 or other=0.9",
    )
    args = parser.parse_args()

    cases = read_cases(args.cases)
    catalog, errors = Catalog.load(args.locales)
    for error in errors:
        print(f"warning: {error}", file=sys.stderr)
    lo, hi = (int(n) for n in args.ngram.split(","))
    weights, thresholds = settings(args.set)
    base = Matcher.build(
        load_examples(catalog), weights=weights, thresholds=thresholds, ngram_range=(lo, hi)
    )
    print(
        f"{len(cases)} cases in {len({c.lang for c in cases})} languages; "
        f"{sum(len(g.examples) for g in base.topic_examples)} examples; n-grams {lo}..{hi}"
    )
    unknown = sorted({c.topic for c in cases} - base.topics - {"none"})
    if unknown:
        print(f"warning: cases name topics without examples: {', '.join(unknown)}")

    default_scores = [base.scores(c.text, c.lang) for c in cases]
    print_table(f"given: {weights} {thresholds}", tally(base, cases, default_scores))
    if args.no_sweep:
        if args.show:
            show(base, cases, default_scores)
        return

    # Stage 1: every weight setting with a coarse threshold grid; stage 2: the full grid for
    # the best few weight settings. Scores are computed once per weight setting and cut to
    # the best four topics (all a decision looks at), so a threshold setting costs little.
    coarse = [t for t in threshold_grid() if t.spread == 0.2 and t.margin in (0.0, 0.08, 0.16)]
    by_weights: list[tuple[float, Weights, list[dict[str, float]]]] = []
    for weights in weight_grid(base.weights):
        matcher = base.tuned(weights=weights)
        scores = [top(matcher.scores(c.text, c.lang)) for c in cases]
        value = max(v for v, _t in sweep(matcher, cases, scores, coarse, args.wrong_cost))
        by_weights.append((value, weights, scores))
    by_weights.sort(key=lambda item: -item[0])
    ranked: list[tuple[float, Weights, Thresholds]] = []
    for _value, weights, scores in by_weights[:3]:
        matcher = base.tuned(weights=weights)
        for value, thresholds in sweep(matcher, cases, scores, threshold_grid(), args.wrong_cost):
            ranked.append((value, weights, thresholds))
    # ties: the more careful setting (higher thresholds) first
    ranked.sort(key=lambda item: (-item[0], -item[2].confident, -item[2].margin))
    print(
        f"\nbest {args.top} settings (merit = routed + offered/2 - "
        f"{args.wrong_cost:g} x wrong, over all languages):"
    )
    for value, weights, thresholds in ranked[: args.top]:
        print(f"  {value:8.1f}  {asdict(weights)}  {asdict(thresholds)}")
    _value, weights, thresholds = ranked[0]
    best = base.tuned(weights=weights, thresholds=thresholds)
    best_scores = [best.scores(c.text, c.lang) for c in cases]
    print_table("best setting", tally(best, cases, best_scores))
    if args.show:
        show(best, cases, best_scores)


def show(matcher: Matcher, cases: list[Case], scores: list[dict[str, float]]) -> None:
    """The cases answered wrongly or not understood, with what was understood."""
    print("\ncases not routed:")
    for case, scored in zip(cases, scores, strict=True):
        understood = matcher.decide(scored)
        result = outcome(case, understood)
        if result in ("wrong", "not understood"):
            got = ", ".join(f"{t} {s:.2f}" for t, s in understood.candidates) or "-"
            print(f"  {result:<15} {case.lang:<4} {case.text!r} -> {case.topic}: got {got}")


def top(scores: dict[str, float], keep: int = 4) -> dict[str, float]:
    """The best ``keep`` topics of a case's scores (a decision never looks further)."""
    return dict(sorted(scores.items(), key=lambda item: -item[1])[:keep])


def sweep(
    matcher: Matcher,
    cases: list[Case],
    scores: list[dict[str, float]],
    grid: list[Thresholds],
    wrong_cost: float,
) -> list[tuple[float, Thresholds]]:
    """The merit of each threshold setting on the scored cases."""
    return [
        (merit(tally(matcher.tuned(thresholds=t), cases, scores)["all"], wrong_cost), t)
        for t in grid
    ]


if __name__ == "__main__":
    main()
