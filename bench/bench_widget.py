"""P6: the web chat's first load in bytes, and Lighthouse's mobile scores.

Starts ``igubot serve`` (real process, fresh data folder) and fetches, as a browser's first
visit would, with ``Accept-Encoding: gzip, deflate, br``: ``/``, the script and style it links
(``/static/chat.js``, ``/static/chat.css``), the embed script ``/widget.js`` and the first chat
turn (``POST /api/v1/chat`` with ``{"start": ""}``, which the page sends when it opens). Bytes
are the response bodies as sent (compressed when the server compressed them) and as decoded.

Then, if ``bench/node/node_modules`` has Lighthouse (``cd bench/node && npm install``) and
Chromium is at ``CHROME_PATH`` (default ``/usr/bin/chromium``), Lighthouse's default mobile run
(simulated slow 4G and a 4× slower CPU) of ``/`` scores performance and accessibility.

    .venv/bin/python -m bench.bench_widget [--quick] [--no-lighthouse]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path
from typing import Any

import aiohttp

from bench.common import ROOT, median, table, verdict, write_result
from bench.servers import igubot_server

NODE_DIR = Path(__file__).resolve().parent / "node"
LIGHTHOUSE = NODE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
#: What Chromium sends; aiohttp then answers with deflate, its first choice.
BROWSER_ACCEPT = "gzip, deflate, br, zstd"
RESOURCES = [
    ("GET", "/", None),
    ("GET", "/static/chat.js", None),
    ("GET", "/static/chat.css", None),
    ("GET", "/widget.js", None),
    ("POST", "/api/v1/chat", {"start": ""}),
]


def _decode(body: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    return body


async def fetch_all(base: str) -> list[dict[str, Any]]:
    """Each resource three times: asking for gzip only, as Chromium asks, and uncompressed."""
    out = []
    async with aiohttp.ClientSession(auto_decompress=False) as http:
        for method, path, body in RESOURCES:
            row: dict[str, Any] = {"resource": f"{method} {path}"}
            for label, accept in (
                ("gzip", "gzip"),
                ("browser", BROWSER_ACCEPT),
                ("identity", "identity"),
            ):
                async with http.request(
                    method, base + path, json=body, headers={"Accept-Encoding": accept}
                ) as response:
                    raw = await response.read()
                    encoding = response.headers.get("Content-Encoding", "identity")
                    row["status"] = response.status
                    row[f"{label}_encoding"] = encoding
                    row[f"{label}_bytes"] = len(raw)
                    row["decoded_bytes"] = len(_decode(raw, encoding))
            out.append(row)
    return out


def lighthouse(url: str, runs: int) -> Any:
    """Lighthouse's mobile performance and accessibility, median of ``runs``; or why not."""
    node = shutil.which("node")
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if node is None:
        return {"ran": False, "why": "no node on PATH"}
    if not LIGHTHOUSE.is_file():
        return {
            "ran": False,
            "why": f"{LIGHTHOUSE.relative_to(ROOT)} missing: cd bench/node && npm install",
        }
    if not Path(chrome).is_file():
        return {"ran": False, "why": f"no Chromium at {chrome} (set CHROME_PATH)"}
    reports = []
    with tempfile.TemporaryDirectory(prefix="igubot-bench-lh-") as tmp:
        for n in range(runs):
            out = Path(tmp) / f"lh{n}.json"
            done = subprocess.run(
                [
                    node,
                    str(LIGHTHOUSE),
                    url,
                    "--only-categories=performance,accessibility",
                    "--output=json",
                    f"--output-path={out}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                    "--quiet",
                ],
                env={**os.environ, "CHROME_PATH": chrome},
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if done.returncode != 0 or not out.is_file():
                return {
                    "ran": False,
                    "why": f"lighthouse exited {done.returncode}: {done.stderr.strip()[-800:]}",
                }
            reports.append(json.loads(out.read_text()))
    version = reports[0].get("lighthouseVersion")
    audits = (
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
        "speed-index",
        "interactive",
    )
    failing = sorted(
        {
            audit_id
            for r in reports
            for audit_id in (ref["id"] for ref in r["categories"]["accessibility"]["auditRefs"])
            if r["audits"][audit_id].get("score") not in (None, 1)
            and r["audits"][audit_id].get("scoreDisplayMode") == "binary"
        }
    )
    return {
        "ran": True,
        "lighthouse": version,
        "chrome": reports[0].get("environment", {}).get("hostUserAgent"),
        "form_factor": reports[0]["configSettings"].get("formFactor"),
        "throttling": reports[0]["configSettings"].get("throttlingMethod"),
        "runs": runs,
        "performance": median([100 * r["categories"]["performance"]["score"] for r in reports]),
        "accessibility": median(
            [100 * r["categories"]["accessibility"]["score"] for r in reports]
        ),
        "metrics_ms": {
            a: median([r["audits"][a].get("numericValue", float("nan")) for r in reports])
            for a in audits
        },
        "accessibility_failing_audits": failing,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one Lighthouse run instead of 3")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--out")
    args = parser.parse_args()
    with igubot_server() as server:
        resources = asyncio.run(fetch_all(server.base))
        lh: Any = (
            {"ran": False, "why": "--no-lighthouse"}
            if args.no_lighthouse
            else lighthouse(f"{server.base}/", 1 if args.quick else 3)
        )
    rows = [
        [
            r["resource"],
            r["status"],
            r["identity_bytes"],
            f"{r['gzip_bytes']} ({r['gzip_encoding']})",
            f"{r['browser_bytes']} ({r['browser_encoding']})",
        ]
        for r in resources
    ]
    first_load = ("GET /", "GET /static/chat.js", "GET /static/chat.css")
    page = [r for r in resources if r["resource"] in first_load]
    page_wire = sum(r["gzip_bytes"] for r in page)
    page_browser = sum(r["browser_bytes"] for r in page)
    page_decoded = sum(r["identity_bytes"] for r in page)
    rows.append(["page: / + chat.js + chat.css", "", page_decoded, page_wire, page_browser])
    print("P6 widget: response body bytes on a first visit")
    print(
        table(
            ["resource", "status", "uncompressed", "Accept-Encoding: gzip", "as Chromium asks"],
            rows,
        )
    )
    print()
    targets: dict[str, Any] = {}
    if lh["ran"]:
        print(
            f"Lighthouse {lh['lighthouse']} ({lh['form_factor']}, {lh['throttling']} throttling, "
            f"median of {lh['runs']}): performance {lh['performance']:.0f}, "
            f"accessibility {lh['accessibility']:.0f}"
        )
        print(
            table(
                ["metric", "ms (CLS: unitless)"],
                [[k, v] for k, v in lh["metrics_ms"].items()],
            )
        )
        if lh["accessibility_failing_audits"]:
            print("accessibility audits failing:", ", ".join(lh["accessibility_failing_audits"]))
        targets = {
            "Lighthouse mobile performance (reported)": {"value": lh["performance"], "met": None},
            "Lighthouse accessibility (reported)": {"value": lh["accessibility"], "met": None},
        }
    else:
        print(f"Lighthouse did not run: {lh['why']}")
    write_result(
        args.out or ("p6_widget_quick" if args.quick else "p6_widget"),
        {
            "quick": args.quick,
            "resources": resources,
            "page_gzip_bytes": page_wire,
            "page_browser_bytes": page_browser,
            "page_uncompressed_bytes": page_decoded,
            "lighthouse": lh,
            "targets": targets,
        },
    )
    _ = verdict  # targets for P6 are reported figures, not thresholds


if __name__ == "__main__":
    main()
