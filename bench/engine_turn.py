"""The engine alone, without transport: what a turn costs in CPU, and what its commit adds.

Drives ``Engine.handle`` directly over the real content through P1's six steps, once with
``synchronous=OFF`` (the code's cost, not the disk's) and once with the store as shipped
(``synchronous=FULL``), alternately, and prints the best of ``--repeat`` runs of each: CPU and
wall µs per turn (the best is the run least disturbed by other work on the machine). The
difference in wall time is what one durable turn commit costs: the ceiling of the one worker
thread that runs turns (P2).

    .venv/bin/python -m bench.engine_turn [--chats N] [--repeat N]
"""

from __future__ import annotations

import argparse
import logging
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, table, write_result

STEPS = [
    ("start", ""),
    ("choice", "en"),
    ("choice", "interest"),
    ("text", "Amina Hassan"),
    ("text", "Aarhus"),
    ("choice", "phone"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default="engine_turn")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    from bot.engine import Engine, Inbound
    from bot.face.app import load_checked_content
    from bot.kernel.config import Settings
    from bot.store import Store

    content = load_checked_content(Settings.load(None, {}, content_dir=ROOT))
    best: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="igubot-bench-engine-") as tmp:
        update = 0
        engines = {}
        for mode in ("OFF", "FULL"):
            store = Store(Path(tmp) / f"engine-{mode}.sqlite3")
            store._db.execute(f"PRAGMA synchronous={mode}")
            engines[mode] = (Engine(content, store), store)

        def run(engine: Engine, chats: int, prefix: str) -> tuple[float, float]:
            nonlocal update
            cpu, wall = time.process_time(), time.perf_counter()
            for n in range(chats):
                key = f"tg:{prefix}{n}"
                for kind, value in STEPS:
                    update += 1
                    engine.handle(Inbound(key, "telegram", dedupe_id=update, **{kind: value}))
            turns = chats * len(STEPS)
            return (time.process_time() - cpu) / turns, (time.perf_counter() - wall) / turns

        for mode, (engine, _store) in engines.items():
            run(engine, 30, f"warm-{mode}-")
            best[mode] = {"cpu_us": float("inf"), "wall_us": float("inf")}
        for r in range(args.repeat):
            for mode, (engine, _store) in engines.items():
                cpu, wall = run(engine, args.chats, f"r{r}-{mode}-")
                best[mode]["cpu_us"] = min(best[mode]["cpu_us"], cpu * 1e6)
                best[mode]["wall_us"] = min(best[mode]["wall_us"], wall * 1e6)
        for _engine, store in engines.values():
            store.close()
    commit = best["FULL"]["wall_us"] - best["OFF"]["wall_us"]
    print(f"engine turn, best of {args.repeat} x {args.chats} chats x {len(STEPS)} turns")
    print(
        table(
            ["synchronous", "CPU µs/turn", "wall µs/turn"],
            [[mode, b["cpu_us"], b["wall_us"]] for mode, b in best.items()],
        )
    )
    print(
        f"a turn's durable commit adds {commit:.0f} µs: one worker thread runs at most "
        f"{1e6 / best['FULL']['wall_us']:.0f} turns/s"
    )
    write_result(
        args.out,
        {
            "chats": args.chats,
            "repeat": args.repeat,
            "best": best,
            "commit_us": commit,
            "ceiling_turns_per_s": 1e6 / best["FULL"]["wall_us"],
        },
    )


if __name__ == "__main__":
    main()
