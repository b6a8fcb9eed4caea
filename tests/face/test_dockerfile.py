"""The Dockerfile cannot be built here (no Docker engine); check by reading what matters."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from bot.staff.poster_pdf import FONT_DIRS, FONT_FILES
from tests.support.tree import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
FINAL = DOCKERFILE.split("\nFROM ")[-1]  # the runtime stage


def test_dockerfile_uses_a_slim_python_base() -> None:
    bases = re.findall(r"^FROM (\S+)", DOCKERFILE, re.MULTILINE)
    assert bases
    assert all(b.startswith("python:3.11-slim") for b in bases)


def test_dockerfile_runs_as_a_non_root_user() -> None:
    users = re.findall(r"^USER (\S+)", FINAL, re.MULTILINE)
    assert users
    assert users[-1] not in {"root", "0"}


def test_dockerfile_keeps_data_in_a_volume() -> None:
    assert 'VOLUME ["/data"]' in FINAL
    assert "IGUBOT_DATA_DIR=/data" in FINAL


def test_dockerfile_checks_health_on_healthz() -> None:
    assert re.search(r"^HEALTHCHECK .*\n.*?/healthz", FINAL, re.MULTILINE)


def test_dockerfile_installs_no_dev_dependencies() -> None:
    assert "[dev]" not in DOCKERFILE
    assert "pytest" not in DOCKERFILE


def test_dockerfile_ships_the_content_and_lets_a_mount_override_it() -> None:
    for part in ("flows", "locales", "facts.yaml"):
        assert re.search(rf"^COPY {part} /app/content/{part}$", FINAL, re.MULTILINE)
    assert "IGUBOT_CONTENT_DIR=/app/content" in FINAL


def test_dockerfile_copies_only_files_that_exist() -> None:
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", DOCKERFILE, re.MULTILINE):
        for name in source.split():
            assert (ROOT / name).exists(), name


def _runtime_copies_from_build() -> list[str]:
    """The paths the runtime stage copies from the build stage (continuation lines joined)."""
    joined = FINAL.replace("\\\n", " ")
    found = re.findall(r"^COPY --from=build (.+)$", joined, re.MULTILINE)
    return [path for line in found for path in line.split()]


def test_dockerfile_gives_the_poster_every_font_it_embeds() -> None:
    paths = _runtime_copies_from_build()
    *fonts, target = [p for p in paths if p.endswith(".ttf") or p.endswith("/noto/")]
    assert sorted(Path(f).name for f in fonts) == sorted(FONT_FILES)
    assert Path(target) in FONT_DIRS
    assert all(Path(f).parent == Path(target) for f in fonts)


def test_dockerfile_installs_the_package_that_holds_the_poster_fonts() -> None:
    build = DOCKERFILE.split("\nFROM ")[1]  # [0] is the comment above the first FROM
    installs = re.findall(r"apt-get install ([^\n&]+)", build)
    assert installs, "the build stage installs no Debian package"
    assert "fonts-noto-core" in " ".join(installs)
    dpkg = shutil.which("dpkg")
    if dpkg is None:
        return
    for name in FONT_FILES:
        path = FONT_DIRS[0] / name
        if path.exists():  # where the package is installed, it is the one that holds the file
            owner = subprocess.run(
                [dpkg, "-S", str(path)], capture_output=True, text=True, check=False
            )
            assert owner.stdout.startswith("fonts-noto-core:"), owner.stdout


def test_dockerfile_apt_installs_without_recommends_and_cleans_up() -> None:
    for install in re.findall(r"apt-get install [^\n]+", DOCKERFILE):
        assert "--no-install-recommends" in install
    assert DOCKERFILE.count("apt-get install") == DOCKERFILE.count("rm -rf /var/lib/apt/lists/*")
    assert "apt-get" not in FINAL, "the runtime stage copies files; it installs no package"
