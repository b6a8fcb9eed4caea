"""P2's floor: a bare aiohttp server that echoes the chat request's JSON body back.

.venv/bin/python -m bench.echo_server PORT
"""

from __future__ import annotations

import sys

from aiohttp import web


async def chat(request: web.Request) -> web.Response:
    return web.json_response(await request.json())


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def main() -> None:
    app = web.Application()
    app.router.add_post("/api/v1/chat", chat)
    app.router.add_get("/healthz", healthz)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)


if __name__ == "__main__":
    main()
