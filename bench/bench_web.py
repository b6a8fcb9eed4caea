"""P2: the web chat API under 1, 16 and 64 concurrent clients, against a bare aiohttp echo.

Both servers are real processes on 127.0.0.1 (``igubot serve`` on a fresh data folder, rate
limits off; bench/echo_server.py), driven by aiohttp clients in this process, one keep-alive
connection per client. Client and server share the machine's cores. Each client runs
conversations back to back:

    {"start": ""}, choice "en", choice "interest", text "Amina Hassan", text "Aarhus",
    choice "phone"                              (then a new conversation)

The echo server gets the same bodies and answers them back. Every turn of igubot is an engine
turn with one durable SQLite commit (synchronous=FULL) on the server's one worker thread.

    .venv/bin/python -m bench.bench_web [--quick] [--seconds S] [--repeat N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

from bench.common import commit_latency, median, percentile, table, verdict, write_result
from bench.servers import Server, echo_server, igubot_server

LEVELS = (1, 16, 64)
STEPS: list[dict[str, Any]] = [
    {"start": ""},
    {"choice": "en"},
    {"choice": "interest"},
    {"text": "Amina Hassan"},
    {"text": "Aarhus"},
    {"choice": "phone"},
]


async def client(
    http: aiohttp.ClientSession,
    url: str,
    deadline: float,
    measure_from: float,
    latencies: list[float],
    errors: list[int],
    done: list[int],
) -> None:
    while time.perf_counter() < deadline:
        token: str | None = None
        for step in STEPS:
            body = dict(step)
            if token is not None:
                body["session"] = token
            start = time.perf_counter()
            async with http.post(url, json=body) as response:
                data = await response.json()
                status = response.status
            end = time.perf_counter()
            done[0] += 1
            if status != 200:
                errors.append(status)
                break
            token = data.get("session", token)
            if end >= measure_from and end < deadline:
                latencies.append(end - start)
            if end >= deadline:
                return


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def load(server: Server, clients: int, seconds: float, warmup: float) -> dict[str, Any]:
    url = f"{server.base}/api/v1/chat"
    connector = aiohttp.TCPConnector(limit=clients, force_close=False)
    latencies: list[float] = []
    errors: list[int] = []
    done = [0]
    cpu_before = process_cpu(server.process.pid)
    async with aiohttp.ClientSession(connector=connector) as http:
        now = time.perf_counter()
        measure_from = now + warmup
        deadline = measure_from + seconds
        await asyncio.gather(
            *(
                client(http, url, deadline, measure_from, latencies, errors, done)
                for _ in range(clients)
            )
        )
    server_cpu = process_cpu(server.process.pid) - cpu_before
    return {
        "server_cpu_ms_per_request": 1e3 * server_cpu / max(1, done[0]),
        "turns_per_s": len(latencies) / seconds,
        "p50_ms": percentile(latencies, 50) * 1e3,
        "p99_ms": percentile(latencies, 99) * 1e3,
        "turns": len(latencies),
        "errors": len(errors),
    }


def run(seconds: float, warmup: float, repeat: int) -> tuple[dict[str, Any], list[float]]:
    results: dict[str, dict[int, list[dict[str, Any]]]] = {
        "igubot": {c: [] for c in LEVELS},
        "echo": {c: [] for c in LEVELS},
    }
    commits: list[float] = []
    for r in range(repeat):
        for name, start in (("echo", echo_server), ("igubot", igubot_server)):
            with start() as server:
                for clients in LEVELS:
                    if name == "igubot":  # the disk's mood, just before
                        commits.append(commit_latency(Path(tempfile.gettempdir()))["p50_s"])
                    got = asyncio.run(load(server, clients, seconds, warmup))
                    results[name][clients].append(got)
                    print(
                        f"  run {r + 1}/{repeat} {name:6} {clients:3} clients: "
                        f"{got['turns_per_s']:7.0f} turns/s  p50 {got['p50_ms']:6.2f} ms  "
                        f"p99 {got['p99_ms']:6.2f} ms  errors {got['errors']}  "
                        f"server CPU {got['server_cpu_ms_per_request']:.2f} ms/request",
                        flush=True,
                    )
    return results, commits


def summarise(results: dict[str, dict[int, list[dict[str, Any]]]]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for name, per_level in results.items():
        summary[name] = {}
        for clients, runs in per_level.items():
            summary[name][clients] = {
                key: median([run[key] for run in runs])
                for key in (
                    "turns_per_s",
                    "p50_ms",
                    "p99_ms",
                    "errors",
                    "server_cpu_ms_per_request",
                )
            }
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--repeat", type=int)
    parser.add_argument("--out")
    args = parser.parse_args()
    seconds = args.seconds or (3.0 if args.quick else 10.0)
    repeat = args.repeat or (1 if args.quick else 3)
    warmup = 1.0
    results, commits = run(seconds, warmup, repeat)
    summary = summarise(results)
    commit_ms = median(commits) * 1e3
    rows = []
    for clients in LEVELS:
        ours, bare = summary["igubot"][clients], summary["echo"][clients]
        rows.append(
            [
                clients,
                ours["turns_per_s"],
                bare["turns_per_s"],
                f"{100 * ours['turns_per_s'] / bare['turns_per_s']:.0f} %",
                ours["p50_ms"],
                ours["p99_ms"],
                bare["p50_ms"],
                bare["p99_ms"],
                ours["server_cpu_ms_per_request"],
                bare["server_cpu_ms_per_request"],
            ]
        )
    print(f"\nP2 web API: medians of {repeat} run(s) of {seconds:g} s per level")
    print(
        table(
            [
                "clients",
                "igubot turns/s",
                "echo req/s",
                "igubot / echo",
                "igubot p50 ms",
                "igubot p99 ms",
                "echo p50 ms",
                "echo p99 ms",
                "igubot server CPU ms/turn",
                "echo server CPU ms/req",
            ],
            rows,
        )
    )
    share = {
        c: summary["igubot"][c]["turns_per_s"] / summary["echo"][c]["turns_per_s"] for c in LEVELS
    }
    p99_64 = summary["igubot"][64]["p99_ms"]
    targets = {
        "throughput >= 50 % of bare at every level": {
            "value": min(share.values()),
            "met": min(share.values()) >= 0.5,
        },
        "p99 <= 50 ms at 64 clients": {"value": p99_64, "met": p99_64 <= 50},
    }
    print(
        f"\nceiling: one durable commit per turn on one thread; a bare commit (WAL, FULL) took "
        f"{commit_ms:.2f} ms (median of the probes before each igubot level), so at most "
        f"{1000 / commit_ms:.0f} turns/s however fast the rest is"
    )
    print()
    for label, t in targets.items():
        print(f"{label}: {t['value']:.2f}  {verdict(t['met'])}")
    write_result(
        args.out or ("p2_web_quick" if args.quick else "p2_web"),
        {
            "quick": args.quick,
            "seconds_per_level": seconds,
            "repeat": repeat,
            "server": "separate processes: `igubot serve` and bench/echo_server.py on 127.0.0.1",
            "summary": summary,
            "commit_probe_ms": [c * 1e3 for c in commits],
            "commit_ms_median": commit_ms,
            "ceiling_turns_per_s": 1000 / commit_ms,
            "targets": targets,
            "runs": results,
        },
    )


if __name__ == "__main__":
    main()
