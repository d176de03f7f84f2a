"""What tailor reads from a corpus of postings is saved, and what a change does to each reading is listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.readings import changes, compare, reading
from tailor.results import LoadedCV

POSTING = """# Line Cook

Harbour Kitchen · Portland, ME

## Requirements

- 2+ years of line cook experience
- Food handler certification
- Knife skills

## Nice to have

- Spanish
"""


def _reading(**keywords: dict[str, Any]) -> dict[str, Any]:
    return {
        "details": {"title": ["Line Cook", "heading"], "company": ["Harbour Kitchen", "board-header"]},
        "sections": [["role", "Line Cook"], ["requirements", "Requirements"]],
        "keywords": keywords,
    }


def _keyword(need: str = "required", weight: float = 1.0, alternatives: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"said": "", "need": need, "kind": "skill", "alternatives": list(alternatives), "weight": weight}


def test_a_reading_holds_the_details_the_section_kinds_and_how_each_keyword_is_asked_for(
    tmp_path: Path, ready: LoadedCV
) -> None:
    posting = tmp_path / "cook.md"
    posting.write_text(POSTING, encoding="utf-8")
    read = reading(posting, ready, "cook.md")
    assert read["details"]["title"] == ["Line Cook", "heading"]
    assert read["details"]["company"][0] == "Harbour Kitchen"
    assert [kind for kind, _ in read["sections"]][-2:] == ["requirements", "preferred"]
    assert read["keywords"]["line cook"]["need"] == "required"
    assert all({"said", "need", "kind", "alternatives", "weight"} <= k.keys() for k in read["keywords"].values())


def test_a_posting_that_cannot_be_read_is_its_message_under_the_name_it_is_known_by(
    tmp_path: Path, ready: LoadedCV
) -> None:
    posting = tmp_path / "0001" / "README.md"
    posting.parent.mkdir()
    posting.write_text("   \n", encoding="utf-8")
    read = reading(posting, ready, "jobs/cook/README.md")
    assert "jobs/cook/README.md" in read["error"] and str(tmp_path) not in read["error"]


def test_the_same_reading_has_no_changes() -> None:
    assert changes(_reading(sql=_keyword()), _reading(sql=_keyword()), weights=True) == []


def test_keywords_that_came_went_or_are_asked_for_otherwise_are_one_line_each() -> None:
    before = _reading(sql=_keyword(), excel=_keyword())
    after = _reading(sql=_keyword("preferred"), python=_keyword("one of", alternatives=("r",)))
    assert changes(before, after, weights=False) == [
        "+ python [one of, skill, with r]",
        "- excel [required, skill]",
        "~ sql: need required → preferred",
    ]


def test_a_weight_alone_is_a_change_only_when_weights_are_asked_for() -> None:
    before, after = _reading(sql=_keyword(weight=1.0)), _reading(sql=_keyword(weight=0.5))
    assert changes(before, after, weights=False) == []
    assert changes(before, after, weights=True) == ["~ sql: weight 1.0 → 0.5"]


def test_a_detail_and_a_section_kind_that_changed_are_named_with_the_rule_and_the_heading() -> None:
    after = _reading()
    after["details"]["company"] = ["Portland", "at-company"]
    after["sections"][1] = ["responsibilities", "Requirements"]
    after["sections"].append(["benefits", "Perks"])
    assert changes(_reading(), after, weights=False) == [
        "company: 'Harbour Kitchen' (board-header) → 'Portland' (at-company)",
        "section 'Requirements': requirements → responsibilities",
        "section + benefits 'Perks'",
    ]


def test_a_comparison_lists_each_changed_posting_and_counts_them() -> None:
    before = {"board": "abc", "postings": {"a": _reading(sql=_keyword()), "b": _reading(), "gone": _reading()}}
    after = {"board": "abc", "postings": {"a": _reading(), "b": _reading(), "new": _reading()}}
    assert compare(before, after, weights=False).splitlines() == [
        "a",
        "  - sql [required, skill]",
        "gone: only before",
        "new: only now",
        "",
        "1 of 2 postings read differently (0 keywords added, 1 removed).",
    ]
