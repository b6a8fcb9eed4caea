"""P5: the Sender against a fake Bot API that enforces Telegram's limits.

The fake (aiohttp on 127.0.0.1, reached through aiogram's real HTTP client) accepts a
``sendMessage`` only if

* fewer than 30 messages were accepted in the second before it arrived (any sliding 1 s
  window holds at most 30), and
* the chat's previous accepted message arrived at least 1 s earlier;

otherwise it answers ``429 Too Many Requests`` with ``retry_after`` (whole seconds, as Telegram
does). Times are taken when a request arrives. All messages are handed to one
:class:`~bot.channels.telegram.sender.Sender` at once (one task each, chat by chat in turn), as a
burst of replies or notifications would be.

The fastest any sender can be: a chat's n messages need (n − 1) s; N messages at 30/s need
N / 30 s. The floor is the larger; the target is within 10 % of it, with no 429.

    .venv/bin/python -m bench.bench_pacing [--quick] [--messages N --chats N]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import math
import time
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web
from aiohttp.test_utils import TestServer

from bench.common import table, verdict, write_result

TOKEN = "123456:BENCH-token_for-the-enforcing-fake"
OVERALL_PER_S = 30
CHAT_INTERVAL = 1.0


class EnforcingBotAPI:
    """sendMessage with Telegram's limits enforced; everything else answers True."""

    def __init__(self) -> None:
        self.accepted: list[tuple[float, int]] = []  # (arrival, chat)
        self.refused: list[tuple[float, int, int]] = []  # (arrival, chat, retry_after)
        self._window: collections.deque[float] = collections.deque()
        self._last: dict[int, float] = {}
        self._ids = 0
        self.server: TestServer | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.handle)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()
        return str(self.server.make_url("")).rstrip("/")

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()

    async def handle(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        method = request.match_info["method"]
        form = await request.post()
        if method != "sendMessage":
            return web.json_response({"ok": True, "result": True})
        chat = int(str(form["chat_id"]))
        while self._window and self._window[0] <= now - 1.0:
            self._window.popleft()
        wait = 0.0
        if len(self._window) >= OVERALL_PER_S:
            wait = max(wait, self._window[0] + 1.0 - now)
        last = self._last.get(chat)
        if last is not None and now - last < CHAT_INTERVAL:
            wait = max(wait, last + CHAT_INTERVAL - now)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            self.refused.append((now, chat, retry_after))
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                },
                status=429,
            )
        self._window.append(now)
        self._last[chat] = now
        self.accepted.append((now, chat))
        self._ids += 1
        return web.json_response(
            {
                "ok": True,
                "result": {
                    "message_id": self._ids,
                    "date": int(time.time()),
                    "chat": {"id": chat, "type": "private"},
                    "text": str(form["text"]),
                },
            }
        )


async def run(messages: int, chats: int) -> dict[str, Any]:
    from bot.channels.telegram.sender import Sender

    fake = EnforcingBotAPI()
    base = await fake.start()
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(base)))
    sender = Sender(bot)
    per_chat = messages // chats
    chat_ids = [700_000_000 + i for i in range(chats)]
    failures = 0
    try:
        start = time.monotonic()
        tasks = [
            asyncio.create_task(sender.send_text(chat, f"message {n + 1} of {per_chat}"))
            for n in range(per_chat)
            for chat in chat_ids
        ]
        for outcome in await asyncio.gather(*tasks, return_exceptions=True):
            if isinstance(outcome, BaseException):
                failures += 1
        elapsed = time.monotonic() - start
    finally:
        await bot.session.close()
        await fake.close()
    floor = max((per_chat - 1) * CHAT_INTERVAL, per_chat * chats / OVERALL_PER_S)
    # the busiest second, as the fake saw it
    times = [t for t, _chat in fake.accepted]
    busiest = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        busiest = max(busiest, i - j + 1)
    gaps = []
    last: dict[int, float] = {}
    for t, chat in fake.accepted:
        if chat in last:
            gaps.append(t - last[chat])
        last[chat] = t
    return {
        "messages": per_chat * chats,
        "chats": chats,
        "accepted": len(fake.accepted),
        "refused_429": len(fake.refused),
        "failed_sends": failures,
        "seconds": elapsed,
        "floor_seconds": floor,
        "x_floor": elapsed / floor,
        "busiest_second": busiest,
        "smallest_chat_gap_s": min(gaps) if gaps else None,
        "first_429s": fake.refused[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 messages to 10 chats")
    parser.add_argument("--messages", type=int)
    parser.add_argument("--chats", type=int)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out")
    args = parser.parse_args()
    messages = args.messages or (100 if args.quick else 1000)
    chats = args.chats or (10 if args.quick else 100)
    logging.basicConfig(level=logging.ERROR)  # the Sender warns on each 429; counted here
    runs = []
    for _ in range(args.repeat):
        got = asyncio.run(run(messages, chats))
        runs.append(got)
        print(
            f"  {got['seconds']:.2f} s for {got['accepted']} messages, {got['refused_429']} × 429",
            flush=True,
        )
    worst = max(runs, key=lambda r: (r["refused_429"], r["seconds"]))
    rows = [
        [
            r["messages"],
            r["chats"],
            r["seconds"],
            r["floor_seconds"],
            r["x_floor"],
            r["refused_429"],
            r["failed_sends"],
            r["busiest_second"],
            r["smallest_chat_gap_s"],
        ]
        for r in runs
    ]
    print(f"\nP5 pacing: {messages} messages to {chats} chats through one Sender")
    print(
        table(
            [
                "messages",
                "chats",
                "seconds",
                "floor s",
                "× floor",
                "429s",
                "failed",
                "busiest 1 s",
                "min chat gap s",
            ],
            rows,
        )
    )
    targets = {
        "no 429": {"value": worst["refused_429"], "met": worst["refused_429"] == 0},
        "within 10 % of the floor": {"value": worst["x_floor"], "met": worst["x_floor"] <= 1.1},
    }
    print()
    for label, t in targets.items():
        print(f"{label}: {t['value']:.2f}  {verdict(t['met'])}")
    write_result(
        args.out or ("p5_pacing_quick" if args.quick else "p5_pacing"),
        {
            "quick": args.quick,
            "messages": messages,
            "chats": chats,
            "runs": runs,
            "targets": targets,
        },
    )


if __name__ == "__main__":
    main()
