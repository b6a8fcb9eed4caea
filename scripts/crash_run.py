"""Crash run: concurrent web conversations against a real ``igubot serve``, SIGKILLed mid-run.

N clients each fill in the interest form over ``POST /api/v1/chat`` (the turns of
tests/dialogues/interest_phone.yaml: language en, ``interest``, a name, "Aarhus", contact
``phone``, "20 12 34 56", interpreter, Danish, work, "All correct", consent "yes") against an
``igubot serve`` subprocess on 127.0.0.1 with its own data folder. After K turns completed
(counted by the clients) the server is killed with SIGKILL and started again on the same data
and port. Every client keeps its session token; a client whose request got no response sends it
again (the turn may have been committed before the kill) and works out where it is from the
reply.

Then it verifies:

- **resume**: after the restart every conversation goes on at its step: nobody sees the language
  question again mid-form, and the first reply after the restart is the question that follows
  the re-sent answer (or, when the answer had been committed and is accepted a second time, the
  one after that: counted as ``double_applied``);
- **leads**: every conversation that gave consent has exactly one lead (leads counted per
  session key hash), and there are no other leads.

It prints a table and writes JSON. No sleep stands in for synchronisation: readiness is
``/healthz`` polled with a deadline, the kill happens when the clients have counted K turns, and
every loop is bounded.

    python scripts/crash_run.py                      # 200 conversations, kill after 40 % of turns
    python scripts/crash_run.py -n 50 --kill-after 200 --json /tmp/crash.json

The JSON goes to ./crash_run.json unless ``--json`` says otherwise; exit 0 when both hold.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bot`` importable from the tree
    sys.path.insert(0, str(ROOT))

from bot.channels.web import user_key_for  # noqa: E402 - after the path set-up above

PHONE_TYPED = "20 12 34 56"
PHONE_STORED = "+4520123456"
MUNICIPALITY = "751"  # Aarhus
#: The questions of the form in order, as the bot asks them (message ids).
FORM = (
    "language-choose",
    "menu-start-ask",
    "interest-name-ask",
    "interest-municipality-ask",
    "interest-contact-ask",
    "interest-phone-ask",
    "interest-interpreter-ask",
    "interest-danish-ask",
    "interest-work-ask",
    "common-review",  # what is sent, before the consent question
    "interest-consent-ask",
)
#: A turn for every question: a field of the chat request and its value ("$NAME": the name).
ANSWERS: dict[str, tuple[str, str]] = {
    "language-choose": ("choice", "en"),
    "menu-start-ask": ("choice", "interest"),
    "interest-name-ask": ("text", "$NAME"),
    "interest-municipality-ask": ("text", "Aarhus"),
    "interest-contact-ask": ("choice", "phone"),
    "interest-phone-ask": ("text", PHONE_TYPED),
    "interest-interpreter-ask": ("choice", "yes"),
    "interest-danish-ask": ("choice", "little"),
    "interest-work-ask": ("choice", "transport"),
    "common-review": ("choice", "review:ok"),
    "interest-consent-ask": ("choice", "yes"),
}
#: Requests of one whole conversation: the start and one answer per question.
TURNS_PER_CONVERSATION = 1 + len(FORM)
#: Most requests one client may send (its form, re-sends, answers asked again).
MAX_REQUESTS = 3 * TURNS_PER_CONVERSATION
#: Most times one request is sent (the first time and re-sends after connection failures).
MAX_SENDS = 4
READY_TIMEOUT = 60.0  # seconds for ``igubot serve`` to answer /healthz with 200
REQUEST_TIMEOUT = 60.0  # seconds for one chat request
POLL_INTERVAL = 0.05  # seconds between two /healthz polls (pacing a poll, not a wait for state)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- the server ---------------------------------------------------------------------------------

#: ``igubot serve`` with every logger at DEBUG (the CLI's basicConfig is then a no-op).
DEBUG_WRAPPER = (
    "import logging, sys; "
    "logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, "
    "format='%(asctime)s %(levelname)s %(name)s: %(message)s'); "
    "from bot.face.cli import main; main(prog_name='igubot')"
)


@dataclass
class ServerProcess:
    """An ``igubot serve`` subprocess on 127.0.0.1 with its own data folder and log file.

    :param data_dir: ``IGUBOT_DATA_DIR`` (kept across restarts).
    :param log_path: stdout and stderr of every start are appended here.
    :param port: the port (kept across restarts); a free one by default.
    :param debug_logs: run with every logger at DEBUG (for the log privacy test).
    """

    data_dir: Path
    log_path: Path
    port: int = field(default_factory=free_port)
    debug_logs: bool = False
    content_dir: Path = ROOT
    env: dict[str, str] = field(default_factory=dict)
    starts: int = 0
    _proc: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database(self) -> Path:
        return self.data_dir / "igubot.sqlite3"

    def start(self) -> None:
        """Start the process (it is not ready yet: see :meth:`wait_ready`)."""
        assert self._proc is None or self._proc.poll() is not None, "already running"
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("IGUBOT_", "TELEGRAM_"))  # nothing of the caller's set-up
        }
        env.update(
            {
                "IGUBOT_DATA_DIR": str(self.data_dir),
                "IGUBOT_CONTENT_DIR": str(self.content_dir),
                "IGUBOT_CHAT_RATE_PER_IP": "0",  # every client is 127.0.0.1
                "IGUBOT_CHAT_RATE_PER_SESSION": "0",
                "PYTHONUNBUFFERED": "1",
                **self.env,
            }
        )
        args = ["serve", "--host", "127.0.0.1", "--port", str(self.port)]
        command = (
            [sys.executable, "-c", DEBUG_WRAPPER, *args]
            if self.debug_logs
            else [sys.executable, "-m", "bot", *args]
        )
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                command, cwd=self.content_dir, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        self.starts += 1

    async def wait_ready(
        self, session: aiohttp.ClientSession, within: float = READY_TIMEOUT
    ) -> float:
        """Poll ``/healthz`` until it answers 200; return the seconds it took.

        :raises RuntimeError: the process exited, or the deadline passed (with the log's tail).
        """
        started = time.monotonic()
        deadline = started + within
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                raise RuntimeError(f"igubot serve exited during start-up:\n{self.log_tail()}")
            try:
                async with session.get(
                    f"{self.base_url}/healthz", timeout=aiohttp.ClientTimeout(total=5)
                ) as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except (aiohttp.ClientError, TimeoutError):
                pass  # not listening yet
            await asyncio.sleep(POLL_INTERVAL)
        raise RuntimeError(f"igubot serve not ready after {within} s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a power cut of the process."""
        assert self._proc is not None
        self._proc.send_signal(signal.SIGKILL)
        self._proc.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM and wait (SIGKILL after 30 s). Safe to call when not running."""
        if self._proc is None or self._proc.poll() is not None:
            return
        self._proc.send_signal(signal.SIGTERM)
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_tail(self, lines: int = 30) -> str:
        if not self.log_path.exists():
            return ""
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


# -- the run ------------------------------------------------------------------------------------


@dataclass
class Coordinator:
    """What all clients share: the turn count that triggers the kill, and the server's state."""

    server: ServerProcess
    http: aiohttp.ClientSession
    kill_after: int
    turns: int = 0
    generation: int = 0  # how many times the server was (re)started and became ready
    killed_at_turn: int | None = None
    replies_before_kill: int = 0
    downtime: float = 0.0
    ready_after_restart: float = 0.0
    up: asyncio.Event = field(default_factory=asyncio.Event)
    restarted: asyncio.Event = field(default_factory=asyncio.Event)
    crash_task: asyncio.Task[None] | None = None

    def turn_done(self) -> None:
        """A client got a reply; the K-th one (across all clients) kills the server."""
        self.turns += 1
        if self.turns == self.kill_after and self.crash_task is None:
            self.killed_at_turn = self.turns
            self.up.clear()  # no new requests until the server is back
            # Killed here, before this client's coroutine yields: the other clients' requests
            # sent before this reply are still in flight (a kill in a task scheduled for later
            # let them all be answered first on a slow machine, and nothing was caught).
            started = time.monotonic()
            self.replies_before_kill = self.turns
            self.server.kill()
            self.crash_task = asyncio.get_running_loop().create_task(self._restart(started))

    async def _restart(self, started: float) -> None:
        self.server.start()
        self.ready_after_restart = await self.server.wait_ready(self.http)
        self.downtime = time.monotonic() - started
        self.generation += 1
        self.restarted.set()
        self.up.set()


@dataclass
class ClientReport:
    """What one client saw."""

    index: int
    name: str
    token: str | None = None
    requests: int = 0
    resent: int = 0
    done: bool = False
    #: re-sent after the kill and answered with an error and the next question: the lost
    #: request had been committed before the kill.
    committed_unacknowledged: int = 0
    #: re-sent after the kill and accepted a second time at the next step.
    double_applied: int = 0
    #: replies that did not continue where the conversation was (must stay 0).
    resume_violations: list[str] = field(default_factory=list)
    language_again: int = 0  # the language question shown again mid-form (must stay 0)
    http_errors: list[str] = field(default_factory=list)


def _next_question(question: str) -> str:
    """The question that follows a valid answer to ``question`` (the menu after consent)."""
    if question == "start":
        return FORM[0]
    index = FORM.index(question)
    return FORM[index + 1] if index + 1 < len(FORM) else "menu-start-ask"


class Client:
    """One person filling in the form, who recognises where the bot is from each reply."""

    def __init__(self, index: int, coord: Coordinator) -> None:
        self.coord = coord
        self.report = ClientReport(index, f"Learner {index:04d} Test")
        self.progress = -1  # index in FORM of the furthest question reached
        self.consented = False

    async def _post(self, body: dict[str, Any]) -> dict[str, Any] | None:
        """One attempt; ``None`` when the connection failed (the server may be down)."""
        url = f"{self.coord.server.base_url}/api/v1/chat"
        try:
            async with self.coord.http.post(
                url, json=body, timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
            ) as response:
                if response.status != 200:
                    self.report.http_errors.append(f"{response.status}: {await response.text()}")
                    return None
                data: dict[str, Any] = await response.json()
                return data
        except (aiohttp.ClientError, TimeoutError):
            return None

    async def send(self, body: dict[str, Any]) -> tuple[dict[str, Any], bool] | None:
        """Send ``body`` until it gets a reply; return it and whether it had to be re-sent.

        ``None`` (recorded in the report) after an HTTP error or :data:`MAX_SENDS` failures.
        """
        resent = False
        for _attempt in range(MAX_SENDS):
            await asyncio.wait_for(self.coord.up.wait(), READY_TIMEOUT * 2)
            generation = self.coord.generation
            reply = await self._post(body)
            self.report.requests += 1
            if reply is not None:
                self.coord.turn_done()
                return reply, resent
            if self.report.http_errors:
                break  # an HTTP error is a finding, not a crash to ride out
            # No answer: the server was killed. Wait for the restart, then send it again.
            if generation == self.coord.generation:
                await asyncio.wait_for(self.coord.restarted.wait(), READY_TIMEOUT * 2)
            resent = True
            self.report.resent += 1
        if not self.report.http_errors:
            self.report.resume_violations.append(f"no reply after {MAX_SENDS} sends")
        return None

    async def run(self) -> ClientReport:
        r = self.report
        answered = "start"
        body: dict[str, Any] = {"session": None, "start": ""}
        for _turn in range(MAX_REQUESTS):
            sent = await self.send(body)
            if sent is None:
                return r
            reply, resent = sent
            r.token = reply["session"]
            ids = [m["id"] for m in reply["messages"]]
            question = ids[-1]
            self._check(answered, question, ids, resent)
            if question in FORM:
                self.progress = max(self.progress, FORM.index(question))
            if "interest-saved" in ids or (self.consented and question == "menu-start-ask"):
                r.done = True
                return r
            if question not in ANSWERS:
                r.resume_violations.append(f"unexpected question {question!r} after {answered!r}")
                return r
            kind, value = ANSWERS[question]
            body = {"session": r.token, kind: value.replace("$NAME", r.name)}
            answered = question
            if question == "interest-consent-ask":
                self.consented = True
        r.resume_violations.append(f"not done after {MAX_REQUESTS} requests")
        return r

    def _check(self, answered: str, question: str, ids: list[str], resent: bool) -> None:
        """Does the reply continue where this conversation was?"""
        r = self.report
        if question == "language-choose" and self.progress >= 1:
            r.language_again += 1
            r.resume_violations.append(f"language question again after {answered!r}")
            return
        expected = _next_question(answered)
        if question == expected:
            errors = [i for i in ids[:-1] if i.startswith(("error-", "common-error"))]
            if resent and errors:
                r.committed_unacknowledged += 1
            return
        if resent and question == _next_question(expected):
            r.double_applied += 1
            return
        r.resume_violations.append(
            f"after answering {answered!r}{' (re-sent)' if resent else ''} the bot asked "
            f"{question!r}, expected {expected!r}"
        )


@dataclass
class CrashResult:
    """Everything measured by one run (``asdict`` is the JSON written)."""

    conversations: int
    kill_after: int
    killed_at_turn: int | None
    replies_before_kill: int
    turns: int
    requests: int
    resent: int
    committed_unacknowledged: int
    double_applied: int
    completed: int
    resume_violations: int
    language_again: int
    http_errors: int
    leads_total: int
    sessions_with_one_lead: int
    sessions_without_lead: int
    sessions_with_duplicates: int
    stray_leads: int
    leads_with_other_answers: int
    restart_ready_seconds: float
    downtime_seconds: float
    duration_seconds: float
    details: list[str]

    @property
    def ok(self) -> bool:
        """Both properties hold: every session resumed, every consent gave exactly one lead."""
        return (
            self.killed_at_turn is not None
            and self.completed == self.conversations
            and self.resume_violations == 0
            and self.language_again == 0
            and self.http_errors == 0
            and self.sessions_with_one_lead == self.conversations
            and self.sessions_without_lead == 0
            and self.sessions_with_duplicates == 0
            and self.stray_leads == 0
        )

    def table(self) -> str:
        rows = [
            ("conversations", self.conversations),
            ("kill ordered after reply", self.killed_at_turn),
            ("replies received when SIGKILL landed", self.replies_before_kill),
            ("turns answered / requests sent", f"{self.turns} / {self.requests}"),
            ("requests re-sent after the kill", self.resent),
            ("  of them committed before the kill", self.committed_unacknowledged),
            ("  of them accepted a second time", self.double_applied),
            ("conversations completed", self.completed),
            ("resume violations (must be 0)", self.resume_violations),
            ("language asked again mid-form (must be 0)", self.language_again),
            ("HTTP errors (must be 0)", self.http_errors),
            ("leads stored", self.leads_total),
            ("sessions with exactly one lead", self.sessions_with_one_lead),
            ("sessions without a lead (must be 0)", self.sessions_without_lead),
            ("sessions with duplicate leads (must be 0)", self.sessions_with_duplicates),
            ("leads of no client (must be 0)", self.stray_leads),
            ("leads whose answers differ from the script", self.leads_with_other_answers),
            ("restart: start to /healthz 200 (s)", f"{self.restart_ready_seconds:.2f}"),
            ("kill to ready again (s)", f"{self.downtime_seconds:.2f}"),
            ("whole run (s)", f"{self.duration_seconds:.2f}"),
            ("result", "OK" if self.ok else "FAILED"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _leads(database: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        cursor = conn.execute("SELECT user_key, name, phone, municipality FROM leads")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        conn.close()


async def run_crash(
    conversations: int = 200,
    kill_after: int | None = None,
    workdir: Path | None = None,
) -> CrashResult:
    """Run the whole crash scenario and verify it (see the module docstring).

    :param conversations: concurrent clients.
    :param kill_after: the turn (counted over all clients) after which the server is killed;
        default 40 % of all turns.
    :param workdir: where the data folder and the server log go (a temporary folder if None).
    """
    total = conversations * TURNS_PER_CONVERSATION
    kill_after = kill_after if kill_after is not None else max(1, int(total * 0.4))
    if not 0 < kill_after < total:
        raise ValueError(f"--kill-after must be between 1 and {total - 1}")
    with tempfile.TemporaryDirectory(prefix="igubot-crash-") as tmp:
        base = workdir or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        server = ServerProcess(base / "data", base / "server.log")
        started = time.monotonic()
        connector = aiohttp.TCPConnector(limit=0, force_close=True)
        async with aiohttp.ClientSession(connector=connector) as http:
            coord = Coordinator(server, http, kill_after)
            server.start()
            try:
                await server.wait_ready(http)
                coord.up.set()
                clients = [Client(i, coord) for i in range(conversations)]
                reports = await asyncio.gather(*(c.run() for c in clients))
                if coord.crash_task is not None:
                    await coord.crash_task
            finally:
                server.stop()
        duration = time.monotonic() - started
        leads = _leads(server.database)
    return _verify(conversations, coord, list(reports), leads, duration)


def _verify(
    conversations: int,
    coord: Coordinator,
    reports: list[ClientReport],
    leads: list[dict[str, Any]],
    duration: float,
) -> CrashResult:
    per_key = Counter(lead["user_key"] for lead in leads)
    keys = {user_key_for(r.token): r for r in reports if r.token is not None}
    details: list[str] = []
    one = none = dupes = differ = 0
    for key, r in keys.items():
        n = per_key.get(key, 0)
        if n == 1:
            one += 1
        elif n == 0:
            none += 1
            details.append(f"client {r.index}: no lead (done={r.done})")
        else:
            dupes += 1
            details.append(f"client {r.index}: {n} leads")
    for lead in leads:
        owner = keys.get(lead["user_key"])
        if owner is not None and (lead["name"], lead["phone"], lead["municipality"]) != (
            owner.name,
            PHONE_STORED,
            MUNICIPALITY,
        ):
            differ += 1
            details.append(f"client {owner.index}: lead stored name={lead['name']!r}")
    for r in reports:
        details += [f"client {r.index}: {v}" for v in r.resume_violations]
        details += [f"client {r.index}: HTTP {e}" for e in r.http_errors]
    return CrashResult(
        conversations=conversations,
        kill_after=coord.kill_after,
        killed_at_turn=coord.killed_at_turn,
        replies_before_kill=coord.replies_before_kill,
        turns=coord.turns,
        requests=sum(r.requests for r in reports),
        resent=sum(r.resent for r in reports),
        committed_unacknowledged=sum(r.committed_unacknowledged for r in reports),
        double_applied=sum(r.double_applied for r in reports),
        completed=sum(r.done for r in reports),
        resume_violations=sum(len(r.resume_violations) for r in reports),
        language_again=sum(r.language_again for r in reports),
        http_errors=sum(len(r.http_errors) for r in reports),
        leads_total=len(leads),
        sessions_with_one_lead=one,
        sessions_without_lead=none + sum(r.token is None for r in reports),
        sessions_with_duplicates=dupes,
        stray_leads=sum(n for key, n in per_key.items() if key not in keys),
        leads_with_other_answers=differ,
        restart_ready_seconds=coord.ready_after_restart,
        downtime_seconds=coord.downtime,
        duration_seconds=duration,
        details=details,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--conversations", type=int, default=200)
    parser.add_argument(
        "--kill-after", type=int, default=None, help="turns before SIGKILL (default 40%%)"
    )
    parser.add_argument(
        "--json", type=Path, default=Path("crash_run.json"), help="where the result goes"
    )
    parser.add_argument("--workdir", type=Path, default=None, help="keep data and log here")
    args = parser.parse_args(argv)
    result = asyncio.run(run_crash(args.conversations, args.kill_after, args.workdir))
    print(result.table())
    for line in result.details[:50]:
        print("  " + line)
    args.json.write_text(
        json.dumps({**asdict(result), "ok": result.ok}, indent=2) + "\n", encoding="utf-8"
    )
    print(f"written: {args.json}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
