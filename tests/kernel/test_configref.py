"""The configuration reference is generated from the settings table and kept in sync."""

from __future__ import annotations

from bot.kernel.config import SETTINGS
from bot.kernel.configref import reference
from tests.support.tree import ROOT


def test_configuration_reference_is_up_to_date() -> None:
    documented = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert documented == reference(), "run: igubot config-reference > docs/configuration.md"


def test_configuration_reference_names_every_setting_and_variable() -> None:
    text = reference()
    for setting in SETTINGS:
        assert f"`{setting.env}`" in text
        assert setting.help in text
