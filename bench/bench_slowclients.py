"""Issue 17 item 3: 1,100 slow connections against a server limited to 1,024 open files.

A real ``igubot serve`` (bench/servers.py) whose open-file limit is lowered to 1,024 once it is
up (``prlimit``). From 127.0.0.1, 1,100 connections each send the start of
``POST /staff/login`` and then one more byte every 5 seconds, as the issue's attacker did.
Meanwhile a client on 127.0.0.2 asks ``/healthz`` twice a second. Reported: how many of the slow
connections the server closed at once (over the cap per address), how long the others lived
(the read timeout), and the ``/healthz`` answers (before the fix they timed out). ``--before``
turns the cap off and the timeout up to aiohttp's default, as before the fix (the body
deadline and lingering time stay as they are).

    .venv/bin/python -m bench.bench_slowclients [--connections N] [--seconds S] [--before]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import time

import aiohttp

from bench.common import median, percentile, table, write_result
from bench.servers import igubot_server

HEAD = (
    b"POST /staff/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
)


async def slow_client(port: int, until: float, lifetimes: list[float], refused: list[int]) -> None:
    opened = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        refused.append(1)
        return
    try:
        writer.write(HEAD)
        while time.perf_counter() < until:
            try:
                data = await asyncio.wait_for(reader.read(1024), timeout=5)
            except TimeoutError:
                writer.write(b"X")  # one more byte of the header, every 5 s
                continue
            if not data or data.startswith(b"HTTP/"):
                break  # closed (or answered) by the server
        lifetimes.append(time.perf_counter() - opened)
    except OSError:
        lifetimes.append(time.perf_counter() - opened)
    finally:
        writer.close()


async def health(port: int, until: float, latencies: list[float], failures: list[str]) -> None:
    connector = aiohttp.TCPConnector(local_addr=("127.0.0.2", 0), force_close=True)
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        while time.perf_counter() < until:
            start = time.perf_counter()
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    await response.read()
                    if response.status != 200:
                        failures.append(str(response.status))
                    else:
                        latencies.append((time.perf_counter() - start) * 1000)
            except (aiohttp.ClientError, TimeoutError) as exc:
                failures.append(type(exc).__name__)
            await asyncio.sleep(0.5)  # the pace of a health check, not synchronisation


async def attack(port: int, connections: int, seconds: float) -> dict[str, object]:
    until = time.perf_counter() + seconds
    lifetimes: list[float] = []
    refused: list[int] = []
    latencies: list[float] = []
    failures: list[str] = []
    await asyncio.gather(
        health(port, until, latencies, failures),
        *(slow_client(port, until, lifetimes, refused) for _ in range(connections)),
    )
    early = [t for t in lifetimes if t < 9]
    late = [t for t in lifetimes if t >= 9]
    return {
        "connections": connections,
        "refused_at_connect": len(refused),
        "closed_before_9s": len(early),
        "closed_before_9s_median_s": round(median(early), 2),
        "held_9s_or_more": len(late),
        "held_max_s": round(max(lifetimes, default=0.0), 1),
        "healthz_ok": len(latencies),
        "healthz_failed": len(failures),
        "healthz_median_ms": round(median(latencies), 2),
        "healthz_p90_ms": round(percentile(latencies, 90), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=1100)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--before", action="store_true", help="as before the fix: no cap, aiohttp's 3,630 s"
    )
    args = parser.parse_args()
    env = {"IGUBOT_MAX_CONNECTIONS_PER_ADDRESS": "0", "IGUBOT_READ_TIMEOUT": "3630"}
    with igubot_server(extra_env=env if args.before else None) as server:
        hard = resource.prlimit(server.process.pid, resource.RLIMIT_NOFILE)[1]
        resource.prlimit(server.process.pid, resource.RLIMIT_NOFILE, (1024, hard))
        result = asyncio.run(attack(server.port, args.connections, args.seconds))
    print(table(["measure", "value"], [[k, v] for k, v in result.items()]))
    write_result("slowclients_before" if args.before else "slowclients", result)


if __name__ == "__main__":
    main()
