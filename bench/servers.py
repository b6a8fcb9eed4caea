"""Start ``igubot serve`` (or the bare echo server) as a real process on a free loopback port."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.common import PYTHON, ROOT, free_port

IGUBOT = str(Path(PYTHON).parent / "igubot")


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    ready_after: float  # seconds from spawn to the first 200 from the ready URL
    data_dir: Path | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def igubot_env(data_dir: Path, port: int, **extra: str) -> dict[str, str]:
    """The environment of a benchmarked ``igubot serve``: no Telegram, no rate limits."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IGUBOT_", "TELEGRAM_"))}
    env.update(
        IGUBOT_DATA_DIR=str(data_dir),
        IGUBOT_CONTENT_DIR=str(ROOT),
        IGUBOT_HOST="127.0.0.1",
        IGUBOT_PORT=str(port),
        # The per-address limit would answer 429 to a load test from one address.
        IGUBOT_CHAT_RATE_PER_IP="0",
        IGUBOT_CHAT_RATE_PER_SESSION="0",
    )
    env.update(extra)
    return env


def wait_ready(url: str, process: subprocess.Popen[bytes], started: float, limit: float) -> float:
    """Poll ``url`` every 10 ms until it answers 200; return seconds since ``started``."""
    while True:
        if process.poll() is not None:
            msg = f"the server exited with {process.returncode} before it was ready"
            raise RuntimeError(msg)
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.perf_counter() - started > limit:
            msg = f"{url} not ready after {limit} s"
            raise RuntimeError(msg)
        time.sleep(0.01)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def igubot_server(
    limit: float = 60.0, extra_env: dict[str, str] | None = None
) -> Iterator[Server]:
    """``igubot serve`` on a fresh data folder; yields once /healthz answers 200."""
    data_dir = Path(tempfile.mkdtemp(prefix="igubot-bench-"))
    port = free_port()
    log = (data_dir / "serve.log").open("wb")
    started = time.perf_counter()
    process = subprocess.Popen(
        [IGUBOT, "serve"],
        cwd=ROOT,
        env=igubot_env(data_dir, port, **(extra_env or {})),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        try:
            ready = wait_ready(f"http://127.0.0.1:{port}/healthz", process, started, limit)
        except RuntimeError as exc:
            log.flush()
            tail = (data_dir / "serve.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{exc}; its log ends:\n{tail}") from None
        yield Server(process, port, ready, data_dir)
    finally:
        stop(process)
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)


@contextmanager
def echo_server(limit: float = 30.0) -> Iterator[Server]:
    """bench/echo_server.py: a bare aiohttp JSON echo at the chat API's path."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [PYTHON, "-m", "bench.echo_server", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ready = wait_ready(f"http://127.0.0.1:{port}/healthz", process, started, limit)
        yield Server(process, port, ready)
    finally:
        stop(process)
