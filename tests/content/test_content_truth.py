"""What the bot says must be exactly true: facts with public sources, conditions said in every locale."""

from __future__ import annotations

import re

import pytest

from bot.content import Content
from bot.content.facts import load_facts
from tests.support.tree import ROOT

LOCALES = sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
#: A web address in a source: from its scheme to the next space (an archive's copy of an old page
#: carries the old address in its path, which is part of the one address).
ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
#: A page: https, a host and a path beyond "/" (a site's front page is no source).
PAGE = re.compile(r"https://[^/\s]+/\S+")
#: A file name or path a source may give: it must then be a file of this repository.
FILE_NAME = re.compile(r"(?<![\w/.-])[\w./-]*[\w-]\.(?:md|yaml|yml|txt|csv|pdf)\b")


def source_problems(source: str) -> list[str]:
    """What keeps a reader from opening ``source``: each address must be the https address of a
    page, and each file it names a file of this repository; it must give at least one of them."""
    problems = []
    addresses = [a.rstrip(";,.)") for a in ADDRESS.findall(source)]
    for address in addresses:
        if not address.lower().startswith("https://"):
            problems.append(f"{address}: not an https address")
        elif not PAGE.fullmatch(address):
            problems.append(f"{address}: a site's front page, not a page")
    files = FILE_NAME.findall(ADDRESS.sub(" ", source))
    for named in files:
        path = (ROOT / named).resolve()
        if not (path.is_relative_to(ROOT.resolve()) and path.is_file()):
            problems.append(f"{named}: not a file of this repository")
    if not addresses and not files:
        problems.append("no page, law or document a reader can open")
    return problems


def test_facts_cite_https_pages_or_files_of_this_repository() -> None:
    facts, problems = load_facts(ROOT / "facts.yaml")
    assert problems == []
    found = {name: source_problems(f.source) for name, f in facts.items.items()}
    assert {name: p for name, p in found.items() if p} == {}


def test_facts_of_igubots_own_policy_point_to_its_own_documents() -> None:
    facts, _ = load_facts(ROOT / "facts.yaml")
    policy = {n: f.source for n, f in facts.items.items() if "igubot's own policy" in f.source}
    assert {"lead_retention_months", "chat_idle_days"} <= policy.keys()
    for name, source in policy.items():
        assert re.search(r"\bdocs/[a-z]+\.md\b", source), f"{name}: names no project document"


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("http://uim.dk/puljer/kost-og-logi-for-igu-deltagere", "not an https address"),
        ("https://www.retsinformation.dk/", "front page"),
        ("https://siri.dk", "front page"),
        ("L 82 (2023-24) § 1 nr. 3", "no page"),
        ("a design note, design-note.md", "not a file of this repository"),
        ("old documents: ../old-papers/000.txt", "not a file of this repository"),
        ("ftp://example.org/igu.pdf", "not an https address"),
    ],
)
def test_source_problems_names_what_a_reader_cannot_open(source: str, problem: str) -> None:
    assert any(problem in p for p in source_problems(source))


@pytest.mark.parametrize(
    "source",
    [
        "L 217 (2018-19), https://ft.dk/samling/20181/lovforslag/l217/20181_l217_som_fremsat.htm",
        "https://www.tur.dk/arbejdsmarkedsuddannelser-(amu)/amu-vilkaar-og-regler/kost-og-logi/ (x)",
        'archived: https://web.archive.org/web/2018/http://uim.dk/a/b ("quote")',
        "igubot's own policy, not a law: docs/contracts.md (section Privacy)",
    ],
)
def test_source_problems_accepts_pages_archives_and_project_documents(source: str) -> None:
    assert source_problems(source) == []


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


#: The conditions a learner must hear where the learner meets them, each as a fact in every locale.
LEARNER_CONDITIONS = {
    "about-after-ask": {"dimittend_deadline_days"},
    "about-lodging-ask": {"board_lodging_km", "board_lodging_max_per_night"},
    "about-allowance-ask": {"allowance_paid_months_later"},
    "about-agreement-bonus-ask": {"bonus_amount", "bonus_second_after_years"},
}
#: The same for the employer flow, written in Danish and English only.
EMPLOYER_CONDITIONS = {
    "employer-bonus-ask": {"bonus_amount", "bonus_second_after_years"},
    "employer-bonus-rules-ask": {"bonus_de_minimis_since"},
    "employer-process-check": {"age_max", "igu_per_person", "prior_employment_months"},
}


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("msg_id", sorted(LEARNER_CONDITIONS))
def test_learner_hears_each_condition_as_a_fact_in_every_locale(
    tree_content: Content, lang: str, msg_id: str
) -> None:
    assert LEARNER_CONDITIONS[msg_id] <= tree_content.catalog.variables(msg_id, lang)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("msg_id", sorted(EMPLOYER_CONDITIONS))
def test_employer_hears_each_bonus_and_entry_condition_as_a_fact(
    tree_content: Content, lang: str, msg_id: str
) -> None:
    assert EMPLOYER_CONDITIONS[msg_id] <= tree_content.catalog.variables(msg_id, lang)


#: The notice's screens, in the order the privacy flow shows them.
PRIVACY_SCREENS = (
    "privacy-start-ask",
    "privacy-asked-ask",
    "privacy-sent-ask",
    "privacy-callback-ask",
    "privacy-question-ask",
    "privacy-keep-ask",
    "privacy-rights-ask",
)


@pytest.mark.parametrize("lang", LOCALES)
def test_privacy_notice_says_how_to_reach_the_controller_and_what_is_kept_unasked(
    tree_content: Content, lang: str
) -> None:
    catalog = tree_content.catalog
    assert {"controller", "controller_contact"} <= catalog.variables("privacy-rights-ask", lang)
    assert "unplaced_message_days" in catalog.variables("privacy-asked-ask", lang)


@pytest.mark.parametrize("lang", LOCALES)
def test_privacy_notice_screens_fit_400_characters_with_a_long_controller(
    tree_content: Content, lang: str
) -> None:
    args = {
        **tree_content.facts.variables(),
        "controller": "Københavns Kommune, Beskæftigelsesforvaltningen",
        "controller_contact": "databeskyttelse@bif.kk.dk",
    }
    for screen in PRIVACY_SCREENS:
        text = tree_content.catalog.format(lang, screen, args)
        assert len(text) < 400, f"{lang} {screen}: {len(text)} characters"
