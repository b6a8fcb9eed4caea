"""P1: one Telegram update through aiogram, four ways, side by side in one run.

Every variant gets the same updates, parsed from the same JSON shapes
(``Update.model_validate``) and fed with ``Dispatcher.feed_update`` to a bot whose session
records calls instead of making HTTP requests (bench/recording.py). Per conversation
(one fresh chat each):

    /start, press, press, text, text, press        (1 command + 5 steps)

* ``echo``          a bare aiogram handler: text -> sendMessage; press -> answerCallbackQuery +
                    sendMessage. No storage.
* ``echo+commit``   the same, plus one SQLite row committed per update (WAL,
                    synchronous=FULL), on the event loop: the floor of a durable bot here.
* ``aiogram-dialog`` aiogram-dialog 2.6 (MemoryStorage): a 5-window dialog (language select,
                    menu, name, town, consent), edits its message on every press.
* ``igubot``        our Telegram channel (bot/channels/telegram.py): per-chat queue, engine turn
                    on the worker thread with Fluent rendering and one durable SQLite commit,
                    replies through the Sender (pacing off: that is P5), keyboard removal on a
                    press. Its six steps: /start, language "en", "interest", a name, "Aarhus",
                    contact "phone".

Two modes, in one run:

* serial: updates are fed one at a time and each is timed until its handling has finished
  (for igubot: until the chat queue is empty). The targets are judged here.
* bursts: N chats take each step at once, as one getUpdates answer (up to 100 updates) brings
  them under load; the updates are fed as tasks and the time until all are handled is divided
  by N. Here igubot's group commit shares one fsync among the turns waiting for it.

Variants take turns round by round, so load from elsewhere on the machine hits all of them
alike; the figure is the median over rounds of the mean time per update.

    .venv/bin/python -m bench.bench_telegram [--quick] [--rounds N] [--chats N] [--burst N]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import resource
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.enums import ParseMode
from aiogram.filters import CommandStart
from aiogram.types import CallbackQuery, Message, Update

from bench.common import ROOT, median, percentile, table, verdict, write_result
from bench.recording import RecordingSession

TOKEN = "123456:BENCH-token_for-the-recording-session"
NAME = "Amina Hassan"
TOWN = "Aarhus"

#: What each conversation does: (kind, what). For a press, ``what`` is the value of the button.
STEPS: list[tuple[str, str]] = [
    ("text", "/start"),
    ("press", "en"),
    ("press", "interest"),
    ("text", NAME),
    ("text", TOWN),
    ("press", "phone"),  # igubot's contact question; aiogram-dialog's consent "yes"
]
DIALOG_PRESS = {"en": "en", "interest": "interest", "phone": "yes"}


# -- updates --------------------------------------------------------------------------------------

_update_ids = itertools.count(1)


def _user(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Amina", "language_code": "en"}


def text_update(chat_id: int, message_id: int, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": 1_790_000_000,
        "chat": {"id": chat_id, "type": "private"},
        "from": _user(chat_id),
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split(" ", 1)[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"update_id": next(_update_ids), "message": message}


def press_update(chat_id: int, message_id: int, data: str) -> dict[str, Any]:
    update_id = next(_update_ids)
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cbq-{update_id}",
            "from": _user(chat_id),
            "chat_instance": f"ci-{chat_id}",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": 1_790_000_000,
                "chat": {"id": chat_id, "type": "private"},
                "from": {"id": 123456, "is_bot": True, "first_name": "bench bot"},
                "text": "a question",
            },
        },
    }


# -- variants -------------------------------------------------------------------------------------


class Variant:
    """One way of handling updates: a dispatcher, a bot and how to find a button."""

    name = ""

    def __init__(self) -> None:
        self.session = RecordingSession()
        self.bot = Bot(
            TOKEN, session=self.session, default=DefaultBotProperties(parse_mode=ParseMode.HTML)
        )
        self.dp: Dispatcher = Dispatcher()

    async def settle(self) -> None:
        """Wait until the update just fed has been handled completely."""

    def button(self, chat_id: int, value: str) -> tuple[int, str]:
        """(message id, callback data) of the button for ``value``."""
        raise NotImplementedError

    def close(self) -> None:
        """Release files and threads."""


def _echo_router(commit: Callable[[int, int, str], None] | None) -> Router:
    router = Router()

    @router.message(F.text)
    async def echo(message: Message, event_update: Update) -> None:
        text = message.text or ""
        if commit is not None:
            commit(event_update.update_id, message.chat.id, text)
        await message.answer(text)

    @router.callback_query()
    async def pressed(callback: CallbackQuery, event_update: Update) -> None:
        data = callback.data or ""
        if commit is not None and callback.message is not None:
            commit(event_update.update_id, callback.message.chat.id, data)
        await callback.answer()
        if callback.message is not None:
            await callback.message.answer(data)

    return router


class Echo(Variant):
    name = "echo"

    def __init__(self) -> None:
        super().__init__()
        self.dp.include_router(_echo_router(None))
        self._last = 0

    def button(self, chat_id: int, value: str) -> tuple[int, str]:
        return 1, f"echo:{value}"


class EchoCommit(Echo):
    name = "echo+commit"

    def __init__(self, workdir: Path, synchronous: str = "FULL") -> None:
        Variant.__init__(self)
        self.db = sqlite3.connect(workdir / "echo.sqlite3", isolation_level=None)
        assert self.db.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        self.db.execute(f"PRAGMA synchronous={synchronous}")
        self.db.execute(
            "CREATE TABLE updates (update_id INTEGER PRIMARY KEY, chat INTEGER, text TEXT)"
        )

        def commit(update_id: int, chat: int, text: str) -> None:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("INSERT INTO updates VALUES (?, ?, ?)", (update_id, chat, text))
            self.db.execute("COMMIT")

        self.dp.include_router(_echo_router(commit))

    def close(self) -> None:
        self.db.close()


class DialogVariant(Variant):
    name = "aiogram-dialog"

    def __init__(self) -> None:
        super().__init__()
        from aiogram.fsm.state import State, StatesGroup
        from aiogram.fsm.storage.memory import MemoryStorage
        from aiogram_dialog import Dialog, DialogManager, StartMode, Window, setup_dialogs
        from aiogram_dialog.widgets.input import ManagedTextInput, TextInput
        from aiogram_dialog.widgets.kbd import Button, Row, Select
        from aiogram_dialog.widgets.text import Const, Format

        class Form(StatesGroup):
            lang = State()
            menu = State()
            name = State()
            town = State()
            consent = State()
            saved = State()

        languages = [("en", "English"), ("da", "Dansk"), ("ar", "العربية"), ("uk", "Українська")]

        async def langs(**_kw: Any) -> dict[str, Any]:
            return {"langs": languages}

        async def person(dialog_manager: DialogManager, **_kw: Any) -> dict[str, Any]:
            return dict(dialog_manager.dialog_data)

        async def on_lang(cb: CallbackQuery, _w: Any, manager: DialogManager, item: str) -> None:
            manager.dialog_data["lang"] = item
            await manager.switch_to(Form.menu)

        async def on_interest(cb: CallbackQuery, _b: Any, manager: DialogManager) -> None:
            await manager.switch_to(Form.name)

        async def on_name(
            m: Message, _w: ManagedTextInput[str], mgr: DialogManager, v: str
        ) -> None:
            mgr.dialog_data["name"] = v
            await mgr.switch_to(Form.town)

        async def on_town(
            m: Message, _w: ManagedTextInput[str], mgr: DialogManager, v: str
        ) -> None:
            mgr.dialog_data["town"] = v
            await mgr.switch_to(Form.consent)

        async def on_yes(cb: CallbackQuery, _b: Any, manager: DialogManager) -> None:
            await manager.switch_to(Form.saved)

        async def on_no(cb: CallbackQuery, _b: Any, manager: DialogManager) -> None:
            await manager.switch_to(Form.menu)

        dialog = Dialog(
            Window(
                Const("Choose your language"),
                Select(
                    Format("{item[1]}"),
                    id="lang",
                    item_id_getter=lambda item: item[0],
                    items="langs",
                    on_click=on_lang,
                ),
                state=Form.lang,
                getter=langs,
            ),
            Window(
                Const("What do you want to do?"),
                Button(Const("I am interested in IGU"), id="interest", on_click=on_interest),
                Button(Const("About IGU"), id="about"),
                state=Form.menu,
            ),
            Window(
                Const("What is your name?"),
                TextInput(id="name", on_success=on_name),
                state=Form.name,
            ),
            Window(
                Format("Thank you, {name}. Which municipality do you live in?"),
                TextInput(id="town", on_success=on_town),
                state=Form.town,
                getter=person,
            ),
            Window(
                Format("{name} in {town}: may we pass this to the municipality?"),
                Row(
                    Button(Const("Yes"), id="yes", on_click=on_yes),
                    Button(Const("No"), id="no", on_click=on_no),
                ),
                state=Form.consent,
                getter=person,
            ),
            Window(
                Format("Saved for {town}."),
                state=Form.saved,
                getter=person,
            ),
        )
        router = Router()

        @router.message(CommandStart())
        async def start(message: Message, dialog_manager: DialogManager) -> None:
            await dialog_manager.start(Form.lang, mode=StartMode.RESET_STACK)

        self.dp = Dispatcher(storage=MemoryStorage())
        self.dp.include_router(router)
        self.dp.include_router(dialog)
        setup_dialogs(self.dp)

    def button(self, chat_id: int, value: str) -> tuple[int, str]:
        wanted = DIALOG_PRESS[value]
        found = self.session.find_button(chat_id, lambda data, _t: data.endswith(wanted))
        assert found is not None, f"aiogram-dialog offered no {wanted!r} button"
        return found


class Igubot(Variant):
    name = "igubot"

    def __init__(self, workdir: Path, synchronous: str = "FULL") -> None:
        super().__init__()
        from bot.channels.telegram import TelegramChannel
        from bot.channels.telegram.sender import Sender
        from bot.engine import AsyncEngine, Engine
        from bot.engine.callbacks import parse_callback
        from bot.face.app import App, load_checked_content
        from bot.kernel.config import Settings
        from bot.store import Store

        settings = Settings.load(
            None, {}, data_dir=workdir, content_dir=ROOT, telegram_token=TOKEN
        )
        content = load_checked_content(settings)
        store = Store(settings.database)
        if synchronous != "FULL":  # a diagnostic only: what the code costs without the fsync
            store._db.execute(f"PRAGMA synchronous={synchronous}")
        engine = Engine(content, store)
        self.app = App(settings, store, engine, AsyncEngine(engine))
        # Pacing off (chat interval 0, no overall cap that matters): P5 measures the pacing.
        sender = Sender(self.bot, overall_rate=1e9, chat_interval=0)
        self.channel = TelegramChannel(self.app.runner, self.bot, sender, secret="bench")
        self.dp = self.channel.dispatcher
        self._parse = parse_callback

    async def settle(self) -> None:
        await self.channel.queue.join()

    def button(self, chat_id: int, value: str) -> tuple[int, str]:
        def match(data: str, _text: str) -> bool:
            parsed = self._parse(data)
            return parsed is not None and parsed[1] == value

        found = self.session.find_button(chat_id, match)
        assert found is not None, f"igubot offered no {value!r} button"
        return found

    def close(self) -> None:
        self.app.close()


# -- the run --------------------------------------------------------------------------------------

_chat_ids = itertools.count(500_000_000)


async def conversation(variant: Variant, chat_id: int, timings: list[float]) -> None:
    """One chat through STEPS, each update timed from JSON to fully handled."""
    message_ids = itertools.count(1)
    bot, dp = variant.bot, variant.dp
    for kind, what in STEPS:
        if kind == "press":
            message_id, data = variant.button(chat_id, what)
        start = time.perf_counter()
        if kind == "text":
            raw = text_update(chat_id, next(message_ids), what)
        else:
            raw = press_update(chat_id, message_id, data)
        update = Update.model_validate(raw, context={"bot": bot})
        await dp.feed_update(bot, update)
        await variant.settle()
        timings.append(time.perf_counter() - start)


async def burst(variant: Variant, chat_ids: list[int], timings: list[float]) -> None:
    """Chats that all take each step at once, the way one getUpdates answer brings them.

    Each step's updates are parsed and fed as one task each (aiogram's ``handle_as_tasks``
    default) and timed together until all are handled; the figure per update is that time
    divided by their number: the cost per update under load, not one update's latency.
    """
    message_ids = {chat: itertools.count(1) for chat in chat_ids}
    bot, dp = variant.bot, variant.dp
    for kind, what in STEPS:
        raws = []
        for chat in chat_ids:
            if kind == "text":
                raws.append(text_update(chat, next(message_ids[chat]), what))
            else:
                message_id, data = variant.button(chat, what)
                raws.append(press_update(chat, message_id, data))
        start = time.perf_counter()
        updates = [Update.model_validate(raw, context={"bot": bot}) for raw in raws]
        await asyncio.gather(*(dp.feed_update(bot, u) for u in updates))
        await variant.settle()
        timings.append((time.perf_counter() - start) / len(chat_ids))


async def run_round(variant: Variant, chats: int, burst_size: int = 1) -> list[float]:
    timings: list[float] = []
    if burst_size > 1:
        for _ in range(0, chats, burst_size):
            await burst(variant, [next(_chat_ids) for _ in range(burst_size)], timings)
        return timings
    for _ in range(chats):
        await conversation(variant, next(_chat_ids), timings)
    return timings


async def timed_round(
    variant: Variant, chats: int, burst_size: int = 1
) -> tuple[list[float], float]:
    """Per-update wall times, and the process's user-mode CPU time (all threads) per update.

    User time only: the kernel's share of an fsync grows and shrinks with how busy the disk
    is, which would blur what the Python code costs.
    """
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    timings = await run_round(variant, chats, burst_size)
    updates = len(timings) * (burst_size if burst_size > 1 else 1)
    return timings, (resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu) / updates


async def measure(
    rounds: int, chats: int, warmup: int, synchronous: str, burst_size: int = 1
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="igubot-bench-p1-") as tmp:
        work = Path(tmp)
        variants: list[Variant] = [
            Echo(),
            EchoCommit(work, synchronous),
            DialogVariant(),
            Igubot(work, synchronous),
        ]
        try:
            for v in variants:  # warm up: imports, caches, first-use costs
                await run_round(v, warmup)
            per_round: dict[str, list[float]] = {v.name: [] for v in variants}
            cpu_round: dict[str, list[float]] = {v.name: [] for v in variants}
            all_timings: dict[str, list[float]] = {v.name: [] for v in variants}
            for r in range(rounds):
                order = variants[r % len(variants) :] + variants[: r % len(variants)]
                for v in order:
                    gc.collect()
                    timings, cpu = await timed_round(v, chats, burst_size)
                    per_round[v.name].append(sum(timings) / len(timings))
                    cpu_round[v.name].append(cpu)
                    all_timings[v.name].extend(timings)
            calls = {v.name: dict(v.session.counts) for v in variants}
        finally:
            for v in variants:
                v.close()
                await v.bot.session.close()
    return {"per_round": per_round, "cpu": cpu_round, "timings": all_timings, "calls": calls}


def report(data: dict[str, Any], rounds: int, chats: int, mode: str) -> dict[str, Any]:
    per_round = data["per_round"]
    timings = data["timings"]
    med = {name: median(values) for name, values in per_round.items()}
    echo = med["echo"]
    rows = []
    summary: dict[str, Any] = {}
    cpu_med = {name: median(values) for name, values in data["cpu"].items()}
    for name, m in med.items():
        ts = timings[name]
        row = {
            "median_of_round_means_us": m * 1e6,
            "cpu_us": cpu_med[name] * 1e6,
            "cpu_best_round_us": min(data["cpu"][name]) * 1e6,
            "cpu_x_echo": cpu_med[name] / cpu_med["echo"],
            "p50_us": percentile(ts, 50) * 1e6,
            "p99_us": percentile(ts, 99) * 1e6,
            "updates_per_s": 1 / m,
            "x_echo": m / echo,
            "updates": len(ts),
        }
        summary[name] = row
        rows.append(
            [
                name,
                row["median_of_round_means_us"],
                row["p50_us"],
                row["p99_us"],
                row["updates_per_s"],
                row["x_echo"],
                row["cpu_us"],
                row["cpu_x_echo"],
            ]
        )
    print(
        f"P1 Telegram turn, {mode}: {rounds} rounds x {chats} chats x {len(STEPS)} updates "
        "per variant"
    )
    print(
        table(
            [
                "variant",
                "wall µs/update",
                "p50 µs",
                "p99 µs",
                "updates/s",
                "× echo",
                "user CPU µs/update",
                "user CPU × echo",
            ],
            rows,
        )
    )
    ours = med["igubot"]
    ratio_dialog = ours / med["aiogram-dialog"]
    ratio_commit = ours / med["echo+commit"]
    targets: dict[str, dict[str, Any]] = {
        "igubot / aiogram-dialog <= 0.8": {"value": ratio_dialog, "met": ratio_dialog <= 0.8},
        "igubot / echo+commit <= 1.5": {"value": ratio_commit, "met": ratio_commit <= 1.5},
    }
    print()
    for label, t in targets.items():
        print(f"{label} (wall): {t['value']:.2f}  {verdict(t['met'])}")
    print(
        "user CPU only (fsync excluded): igubot / aiogram-dialog = "
        f"{cpu_med['igubot'] / cpu_med['aiogram-dialog']:.2f}, igubot / echo+commit = "
        f"{cpu_med['igubot'] / cpu_med['echo+commit']:.2f}"
    )
    print("API calls per variant:", data["calls"])
    return {"summary": summary, "targets": targets}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and chats")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--chats", type=int)
    parser.add_argument("--out", help="name of the JSON result")
    parser.add_argument("--burst", type=int, help="chats per burst in the burst mode")
    parser.add_argument(
        "--synchronous",
        default="FULL",
        choices=["FULL", "NORMAL", "OFF"],
        help="SQLite synchronous for echo+commit and igubot (not FULL: a diagnostic of CPU cost)",
    )
    args = parser.parse_args()
    rounds = args.rounds or (5 if args.quick else 15)
    chats = args.chats or (20 if args.quick else 50)
    burst_size = args.burst or (10 if args.quick else 25)
    modes = {"serial": 1, f"bursts of {burst_size} chats": burst_size}
    results: dict[str, Any] = {}
    for mode, size in modes.items():
        data = asyncio.run(
            measure(rounds, chats, warmup=5, synchronous=args.synchronous, burst_size=size)
        )
        if args.synchronous != "FULL":
            print(f"(diagnostic: synchronous={args.synchronous}, the commits are not durable)")
        results[mode] = {
            **report(data, rounds, chats, mode),
            "per_round_mean_s": data["per_round"],
            "per_round_cpu_s": data["cpu"],
            "api_calls": data["calls"],
        }
        print()
    write_result(
        args.out or ("p1_telegram_quick" if args.quick else "p1_telegram"),
        {
            "quick": args.quick,
            "synchronous": args.synchronous,
            "rounds": rounds,
            "chats_per_round": chats,
            "updates_per_chat": len(STEPS),
            "burst_size": burst_size,
            # The targets are judged on updates one at a time (one update's whole cost).
            "targets": results["serial"]["targets"],
            "modes": results,
        },
    )


if __name__ == "__main__":
    main()
