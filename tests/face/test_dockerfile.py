"""The Dockerfile cannot be built here (no Docker engine); check by reading what matters."""

from __future__ import annotations

import re

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
