"""What the bot says must be exactly true: facts with public sources, conditions said in every locale."""

from __future__ import annotations

import re

import pytest

from bot.content import Content
from bot.content.facts import load_facts
from tests.support.tree import ROOT

LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
#: Where a project-policy fact may point instead of a public page: the repository's own documents.
PROJECT_DOCUMENT = re.compile(r"\bdocs/[a-z]+\.md\b")
URL = re.compile(r"https?://\S+")
#: A file name or path a source may give: it must then be a file of this repository.
FILE_NAME = re.compile(r"(?<![\w/.-])[\w./-]*[\w-]\.(?:md|yaml|yml|txt|csv|pdf)\b")


def test_facts_cite_public_pages_or_the_projects_own_documents() -> None:
    facts, problems = load_facts(ROOT / "facts.yaml")
    assert problems == []
    for fact in facts.items.values():
        assert (
            "http://" in fact.source
            or "https://" in fact.source
            or PROJECT_DOCUMENT.search(fact.source)
        ), f"{fact.name}: no page, law or project document a reader can open"
        # every file it names (outside its web addresses) is one of this repository's own
        local = URL.sub(" ", fact.source)
        for named in FILE_NAME.findall(local):
            path = (ROOT / named).resolve()
            inside = path.is_relative_to(ROOT.resolve()) and path.is_file()
            assert inside, f"{fact.name}: cites {named!r}, not a file of this repository"


def test_facts_cite_no_front_page_of_a_site() -> None:
    facts, _ = load_facts(ROOT / "facts.yaml")
    front_page = re.compile(r"https?://[^/\s;,()]+/?(?=[\s;,()\"]|$)")
    for fact in facts.items.values():
        assert not front_page.search(fact.source), f"{fact.name}: a site's front page is no source"


@pytest.mark.parametrize("lang", LOCALES)
def test_eligibility_likely_says_the_age_limit_at_start_and_one_igu_in_every_locale(
    tree_content: Content, lang: str
) -> None:
    used = tree_content.catalog.variables("eligibility-likely", lang)
    assert {"age_max", "igu_per_person"} <= used


@pytest.mark.parametrize("lang", LOCALES)
def test_privacy_notice_names_the_controller_and_both_retention_periods_in_every_locale(
    tree_content: Content, lang: str
) -> None:
    catalog = tree_content.catalog
    assert "controller" in catalog.variables("privacy-start-ask", lang)
    assert "controller" in catalog.variables("privacy-rights-ask", lang)
    assert {"chat_idle_days", "lead_retention_months"} <= catalog.variables(
        "privacy-keep-ask", lang
    )
