"""Where ``igubot check``'s time goes, phase by phase, in one process (P3's breakdown).

Prints one JSON object: seconds for importing ``bot.face.cli``, loading flows (conditions parsed),
the Fluent catalog and facts, and the cross-checks (``check_content``). Run by
bench/bench_startup.py.
"""

from __future__ import annotations

import json
import time

t0 = time.perf_counter()
import bot.face.cli  # noqa: E402, F401 - the import is what is measured

t1 = time.perf_counter()

from bench.common import ROOT  # noqa: E402
from bot.check import check_content  # noqa: E402
from bot.content import build_content  # noqa: E402
from bot.content.facts import load_facts  # noqa: E402
from bot.flows.loader import load_flows  # noqa: E402
from bot.i18n.catalog import Catalog  # noqa: E402
from bot.i18n.parsecache import ParseCache  # noqa: E402
from bot.kernel.config import Settings  # noqa: E402

a = time.perf_counter()
flows = load_flows(ROOT / "flows")
b = time.perf_counter()
cache_dir = Settings.load().cache_dir  # IGUBOT_CACHE_DIR, as bench_startup sets it
cache = ParseCache.below(cache_dir)
catalog, _errors = Catalog.load(ROOT / "locales", cache=cache)
c = time.perf_counter()
facts, _problems = load_facts(ROOT / "facts.yaml")
d = time.perf_counter()
content = build_content(ROOT, flows.flows, catalog, facts)
check_content(content)
e = time.perf_counter()
print(
    json.dumps(
        {
            "import bot.face.cli": t1 - t0,
            "flows": b - a,
            "catalog (parse .ftl, bundles)": c - b,
            "facts": d - c,
            "check_content": e - d,
        }
    )
)
