"""P3: start-up. ``igubot check`` over all flows and locales, and ``igubot serve`` to ready.

* ``igubot check``: wall time of the CLI process (spawn to exit), median of N runs. Beside it,
  ``python -c "import bot.face.cli"`` (imports alone), so what is loading and checking the content
  shows as the difference.
* ``igubot serve``: spawn on a free port with a fresh data folder, poll ``/healthz`` every 10 ms
  until it answers 200; median of N runs.

Both are measured three ways:

* ``no caches``: as this environment runs them (``PYTHONDONTWRITEBYTECODE=1`` is set here, so
  the editable ``bot`` package may be compiled on every start) and ``IGUBOT_CACHE_DIR=off``:
  a fresh checkout, as CI sees it. The targets are judged here.
* ``bytecode cached``: a warm private bytecode cache (``PYTHONPYCACHEPREFIX``), which is what
  an installed wheel (the Docker image) gets: pip compiles bytecode at install time.
* ``bytecode + .ftl cache``: also a warm cache of parsed Fluent files (``IGUBOT_CACHE_DIR``,
  bot/i18n/parsecache.py): a content author's second ``check``, or a restart.

    .venv/bin/python -m bench.bench_startup [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import PYTHON, ROOT, median, table, verdict, write_result
from bench.servers import IGUBOT, igubot_server

MODES = ("no caches", "bytecode cached", "bytecode + .ftl cache")


def env_for(mode: str, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IGUBOT_", "TELEGRAM_"))}
    env["IGUBOT_CACHE_DIR"] = str(cache / "ftl") if mode == "bytecode + .ftl cache" else "off"
    if mode != "no caches":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache / "pyc")
    return env


def wall(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        msg = f"{cmd} failed ({done.returncode}): {done.stderr.decode()[-500:]}"
        raise RuntimeError(msg)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu


def serve_ready(env: dict[str, str]) -> tuple[float, float]:  # spawn to ready, and CPU
    """Seconds from spawn to the first 200 from /healthz, and the server's CPU time by then."""
    extra = {k: v for k, v in env.items() if k.startswith(("PYTHON", "IGUBOT_CACHE_DIR"))}
    with igubot_server(extra_env=extra) as server:
        fields = Path(f"/proc/{server.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        return server.ready_after, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--out")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="igubot-bench-pyc-") as cache_dir:
        cache = Path(cache_dir)
        for mode in MODES:
            env = env_for(mode, cache)
            if mode != "no caches":  # fill the caches once
                wall([IGUBOT, "check"], env)
                serve_ready(env)
            got: dict[str, list[float]] = {
                k: [] for k in ("import", "check", "serve", "import_cpu", "check_cpu", "serve_cpu")
            }
            for _ in range(runs):
                for key, measured in (
                    ("import", wall([PYTHON, "-c", "import bot.face.cli"], env)),
                    ("check", wall([IGUBOT, "check"], env)),
                    ("serve", serve_ready(env)),
                ):
                    got[key].append(measured[0])
                    got[f"{key}_cpu"].append(measured[1])
            phases = [
                json.loads(
                    subprocess.run(
                        [PYTHON, "-m", "bench.startup_phases"],
                        cwd=ROOT,
                        env=env,
                        capture_output=True,
                        check=True,
                    ).stdout
                )
                for _ in range(runs)
            ]
            got.update({f"phase: {k}": [p[k] for p in phases] for k in phases[0]})
            results[mode] = got
            print(
                f"  {mode}: check {[round(x, 2) for x in got['check']]} s, "
                f"serve {[round(x, 2) for x in got['serve']]} s",
                flush=True,
            )
    summary: dict[str, Any] = {
        mode: {k: median(v) for k, v in got.items()} for mode, got in results.items()
    }
    rows = [
        [
            mode,
            s["import"],
            s["check"],
            s["check"] - s["import"],
            s["serve"],
            s["import_cpu"],
            s["check_cpu"],
            s["serve_cpu"],
        ]
        for mode, s in summary.items()
    ]
    print(f"\nP3 start-up: medians of {runs} runs, seconds (wall, then CPU user+system)")
    print(
        table(
            [
                "mode",
                "import bot.face.cli",
                "igubot check",
                "check − import",
                "serve → /healthz 200",
                "import CPU",
                "check CPU",
                "serve CPU",
            ],
            rows,
        )
    )
    print("\nwhere check's time goes (one process, phase by phase, medians, seconds):")
    print(
        table(
            ["phase", *summary],
            [
                [key.removeprefix("phase: "), *(s[key] for s in summary.values())]
                for key in summary["no caches"]
                if key.startswith("phase: ")
            ],
        )
    )
    here = summary["no caches"]
    targets = {
        "igubot check <= 1 s": {"value": here["check"], "met": here["check"] <= 1.0},
        "serve to ready <= 2 s": {"value": here["serve"], "met": here["serve"] <= 2.0},
    }
    print()
    for label, t in targets.items():
        print(f"{label}: {t['value']:.2f} s  {verdict(t['met'])}")
    write_result(
        args.out or ("p3_startup_quick" if args.quick else "p3_startup"),
        {
            "quick": args.quick,
            "runs": runs,
            "summary": summary,
            "targets": targets,
            "runs_s": results,
        },
    )


if __name__ == "__main__":
    main()
