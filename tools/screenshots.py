"""Screenshots of the web chat for the README: `python tools/screenshots.py` (needs chromium).

Starts `igubot serve` on a free loopback port with a throwaway data folder, walks to the menu and
into the interest form in English and Arabic at a phone's width, and writes docs/img/*.png.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as r:  # noqa: S310 - loopback
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not become ready")


def main() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data:
        server = subprocess.Popen(  # noqa: S603 - our own CLI
            [sys.executable, "-m", "bot", "serve", "--port", str(port)],
            cwd=ROOT,
            env={"IGUBOT_DATA_DIR": data, "PATH": "/usr/bin:/bin"},
        )
        try:
            wait_ready(url, time.monotonic() + 30)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                for lang, label in (("en", "English"), ("ar", "العربية")):
                    page = browser.new_page(viewport={"width": 360, "height": 740})
                    page.goto(url + "/")
                    page.get_by_role("button", name=label).click()
                    page.locator("#log button").first.wait_for()
                    page.screenshot(path=ROOT / "docs" / "img" / f"chat-{lang}-menu.png")
                    page.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
