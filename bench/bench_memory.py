"""P4: resident memory of a bot process as stored sessions pile up.

Loads the real content, opens a real SQLite store (synchronous=FULL) and drives the engine:
every session is a new person who starts the bot and picks a language (two turns, one stored
session). VmRSS (from /proc/self/status, after a garbage collection) is read after loading and
at each checkpoint. Flat means the engine keeps no per-session state in memory: sessions live in
SQLite, whose page cache is bounded.

    .venv/bin/python -m bench.bench_memory [--quick]
"""

from __future__ import annotations

import argparse
import gc
import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import ROOT, table, verdict, write_result

LANGS = ("en", "da", "ar", "uk", "so", "ti", "fa", "prs", "ps", "ckb", "kmr", "ru")


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    msg = "no VmRSS in /proc/self/status"
    raise RuntimeError(msg)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out")
    args = parser.parse_args()
    checkpoints = (500, 1_000, 2_000) if args.quick else (1_000, 5_000, 10_000)

    logging.disable(logging.WARNING)  # content warnings (untranslated texts) are not the point
    import_start = rss_mib()
    from bot.engine import Engine, Inbound
    from bot.face.app import load_checked_content
    from bot.kernel.config import Settings
    from bot.store import Store

    with tempfile.TemporaryDirectory(prefix="igubot-bench-p4-") as tmp:
        settings = Settings.load(None, {}, data_dir=Path(tmp), content_dir=ROOT)
        content = load_checked_content(settings)
        store = Store(settings.database)
        engine = Engine(content, store)
        gc.collect()
        points: list[dict[str, Any]] = [{"sessions": 0, "rss_mib": rss_mib(), "seconds": 0.0}]
        loaded = points[0]["rss_mib"]
        print(f"  before imports {import_start:.1f} MiB; content loaded {loaded:.1f} MiB")
        started = time.perf_counter()
        done = 0
        for target in checkpoints:
            while done < target:
                key = f"web:bench-{done:08d}"
                engine.handle(Inbound(key, "web", start=""))
                engine.handle(Inbound(key, "web", choice=LANGS[done % len(LANGS)]))
                done += 1
            gc.collect()
            stored = store.gauges()["sessions"].get("all", 0)
            points.append(
                {
                    "sessions": stored,
                    "rss_mib": rss_mib(),
                    "seconds": time.perf_counter() - started,
                }
            )
            print(f"  {stored:6} sessions: {points[-1]['rss_mib']:.1f} MiB", flush=True)
        db_mib = sum(p.stat().st_size for p in Path(tmp).glob("igubot.sqlite3*")) / 2**20
        store.close()

    base = points[0]["rss_mib"]
    rows = [[p["sessions"], p["rss_mib"], p["rss_mib"] - base, p["seconds"]] for p in points]
    print("\nP4 memory: VmRSS after driving the engine (two turns per stored session)")
    print(table(["sessions", "VmRSS MiB", "growth MiB", "seconds"], rows))
    last = points[-1]
    growth = last["rss_mib"] - points[1]["rss_mib"]
    per_1000 = growth / ((last["sessions"] - points[1]["sessions"]) / 1000)
    targets = {
        f"RSS at {last['sessions']} sessions <= 150 MB": {
            "value": last["rss_mib"] * 2**20 / 1e6,
            "met": last["rss_mib"] * 2**20 / 1e6 <= 150,
        },
        "flat: growth from the first to the last checkpoint <= 5 MiB": {
            "value": growth,
            "met": growth <= 5,
        },
    }
    print(f"\ngrowth per 1,000 sessions after the first checkpoint: {per_1000:.2f} MiB")
    print(f"database files: {db_mib:.1f} MiB")
    for label, t in targets.items():
        print(f"{label}: {t['value']:.1f}  {verdict(t['met'])}")
    write_result(
        args.out or ("p4_memory_quick" if args.quick else "p4_memory"),
        {
            "quick": args.quick,
            "rss_before_imports_mib": import_start,
            "points": points,
            "growth_per_1000_sessions_mib": per_1000,
            "database_mib": db_mib,
            "targets": targets,
        },
    )


if __name__ == "__main__":
    main()
