"""LibreOffice for the export tests: where ``soffice`` is, and skip or fail without it.

Without ``soffice`` the tests that use it skip, saying why; with ``IGUBOT_REQUIRE_SPREADSHEET=1``
(``.ci/run``) a missing LibreOffice fails the run instead.
"""

from __future__ import annotations

import os
import shutil

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MISSING = None if SOFFICE else "LibreOffice (soffice, Debian package libreoffice-calc) is missing"
if MISSING and os.environ.get("IGUBOT_REQUIRE_SPREADSHEET") == "1":
    pytest.fail(f"IGUBOT_REQUIRE_SPREADSHEET=1 but {MISSING}", pytrace=False)

#: ``pytestmark = needs_soffice`` in a module that runs LibreOffice.
needs_soffice = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")
