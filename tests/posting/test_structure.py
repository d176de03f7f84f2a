"""Posting structure: headings found in every common layout, sections classified, weights applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tailor.posting import read_posting, structure
from tailor.posting.details import Candidate
from tailor.posting.structure import SectionKind, Structure, classify_heading, parse
from tests.conftest import DATA

LAYOUTS = DATA / "layouts"
EXPECTED = YAML(typ="safe").load((LAYOUTS / "expected.yaml").read_text(encoding="utf-8"))


def _layout(name: str, tmp_path: Path) -> Structure:
    """The structure of a layout as tailor reads it: through the reader for its format."""
    if name.endswith(".pdf"):
        from tests.posting.formats.samples import make_pdf

        lines = (LAYOUTS / name.replace(".pdf", ".txt")).read_text(encoding="utf-8").splitlines()
        (tmp_path / name).write_bytes(make_pdf(lines))
        return structure.of(read_posting(tmp_path / name))
    return structure.of(read_posting(LAYOUTS / name))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_sections_title_and_company(name: str, tmp_path: Path) -> None:
    found = _layout(name, tmp_path)
    want = EXPECTED[name]
    assert [[s.kind.value, s.heading] for s in found.sections] == want["sections"]
    assert (found.title, found.company) == (want["title"], want["company"])


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you'll do", SectionKind.RESPONSIBILITIES),
        ("What You’ll Be Doing", SectionKind.RESPONSIBILITIES),
        ("Your impact", SectionKind.RESPONSIBILITIES),
        ("Requirements", SectionKind.REQUIREMENTS),
        ("Minimum qualifications", SectionKind.REQUIREMENTS),
        ("Who you are", SectionKind.REQUIREMENTS),
        ("About you", SectionKind.REQUIREMENTS),
        ("Preferred qualifications", SectionKind.PREFERRED),
        ("Bonus points", SectionKind.PREFERRED),
        ("Nice-to-have", SectionKind.PREFERRED),
        ("Ways to stand out from the crowd", SectionKind.PREFERRED),
        ("Benefits & perks", SectionKind.BENEFITS),
        ("Compensation", SectionKind.BENEFITS),
        ("About the role", SectionKind.ROLE),
        ("About Acme", SectionKind.COMPANY),
        ("Who we are", SectionKind.COMPANY),
        ("How to apply", SectionKind.APPLY),
        ("Equal Opportunity Employer", SectionKind.LEGAL),
        ("Diversity, equity and inclusion", SectionKind.LEGAL),
        ("Miscellaneous", SectionKind.OTHER),
    ],
)
def test_headings_are_classified(heading: str, kind: SectionKind) -> None:
    assert classify_heading(heading) is kind


def test_short_sentences_and_fields_are_not_headings() -> None:
    found = parse("Data Engineer\n\nLocation: Lisbon\nWe use Python.\nYou have fun.\n")
    assert [s.heading for s in found.sections] == [""]


def test_a_mention_of_equity_in_a_long_paragraph_does_not_make_it_benefits() -> None:
    text = (
        "Intro\n\nYou will design the data systems behind our lending decisions, with a focus on fairness and "
        "equity for every applicant. You will work with analysts, product managers and engineers across three "
        "countries, own the pipelines end to end, and help us decide which models go into production next year."
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE]


def test_format_metadata_wins_over_guesses() -> None:
    stated = (Candidate("title", "Staff Data Engineer", "json-ld"), Candidate("company", "Bar Inc", "json-ld"))
    found = parse("Data Engineer at Foo\n\nText.", stated=stated)
    assert (found.title, found.company) == ("Staff Data Engineer", "Bar Inc")


def test_words_count_each_section() -> None:
    found = parse("Title Engineer\n\nRequirements:\n- one two three\n")
    assert [(s.kind, s.words) for s in found.sections] == [(SectionKind.ROLE, 2), (SectionKind.REQUIREMENTS, 4)]
