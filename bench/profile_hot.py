"""Profiles of P1's and P2's hot paths (not part of ``make bench``).

* ``p1``: our Telegram variant of bench/bench_telegram.py in this process, after a warm-up:
  pyinstrument on the event-loop thread (aiogram, the channel, the Sender), and py-spy on
  every thread (the engine turn runs on the worker thread), both for the same updates.
* ``p2``: ``igubot serve`` under 16 clients of bench/bench_web.py, sampled by py-spy.

py-spy samples wall time: a thread waiting in ``COMMIT`` (fsync) counts, so the share of
``Database.execute`` under ``Store._transaction`` is what durability costs.
Reports go to bench/profiles/ (not kept in git) and the top lines are printed.

    .venv/bin/python -m bench.profile_hot p1|p2 [--seconds S]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stacks import summarise

PROFILES = Path(__file__).resolve().parent / "profiles"


def py_spy(pid: int, seconds: float, out: Path) -> subprocess.Popen[bytes]:
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    return subprocess.Popen(
        [
            exe,
            "record",
            "--pid",
            str(pid),
            "--format",
            "raw",
            "-r",
            "250",
            "-d",
            str(max(1, round(seconds))),
            "-o",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
    )


async def profile_p1(seconds: float) -> None:
    from pyinstrument import Profiler

    from bench.bench_telegram import Igubot, run_round

    with tempfile.TemporaryDirectory(prefix="igubot-bench-prof-") as tmp:
        variant = Igubot(Path(tmp))
        await run_round(variant, 10)
        raw = PROFILES / "p1_threads.txt"
        spy = py_spy(os.getpid(), seconds, raw)
        await asyncio.sleep(1.0)  # py-spy attaches
        profiler = Profiler(interval=0.0005, async_mode="disabled")
        profiler.start()
        updates = 0
        deadline = time.perf_counter() + seconds - 1.5
        while time.perf_counter() < deadline:
            updates += len(await run_round(variant, 5))
        profiler.stop()
        await asyncio.to_thread(spy.wait)
        variant.close()
    text = profiler.output_text(color=False, show_all=False)
    (PROFILES / "p1_event_loop.txt").write_text(text)
    print(f"P1: {updates} updates profiled")
    print("\n== event-loop thread (pyinstrument) ==")
    print("\n".join(text.splitlines()[:60]))
    print("\n== all threads (py-spy, wall time) ==")
    print("\n".join(summarise(raw, top=20).splitlines()[:60]))


def profile_p2(seconds: float) -> None:
    from bench.bench_web import load
    from bench.servers import igubot_server

    raw = PROFILES / "p2_server.txt"
    with igubot_server() as server:
        spy = py_spy(server.process.pid, seconds, raw)
        time.sleep(1.0)
        got = asyncio.run(load(server, 16, seconds - 1.5, 0.2))
        spy.wait()
    print(f"P2: 16 clients, {got['turns_per_s']:.0f} turns/s, p50 {got['p50_ms']:.1f} ms")
    print("\n== igubot serve, all threads (py-spy, wall time) ==")
    print("\n".join(summarise(raw, top=20).splitlines()[:70]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("which", choices=["p1", "p2"])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    PROFILES.mkdir(exist_ok=True)
    if args.which == "p1":
        asyncio.run(profile_p1(args.seconds))
    else:
        profile_p2(args.seconds)


if __name__ == "__main__":
    main()
