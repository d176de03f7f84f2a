"""The Markdown export: the résumé's text, its emphasis as Markdown, everything else as written."""

from __future__ import annotations

from dataclasses import replace

from tailor.cv import CV
from tailor.export import Tailored, everything, export
from tailor.export.markdown import escape, rich
from tailor.pipeline import match
from tests.conftest import DATA


def test_markup_characters_print_as_written_and_emphasis_as_markdown() -> None:
    assert escape("A* search on <graphs> [v2] # 1_000") == r"A\* search on \<graphs\> \[v2\] \# 1\_000"
    assert rich("Built **fast** *A* search* in C++") == r"Built **fast** *A* search\* in C++"
    assert rich("2*3*4 and *Nature* paper") == r"2\*3\*4 and *Nature* paper"


def test_a_role_prints_its_kept_bullets_under_their_qualifiers() -> None:
    result = match(DATA / "postings" / "distributed-training.txt", "example", max_bullets=8)
    text = export("markdown", Tailored(result.cv, result.selection)).data.decode("utf-8")
    assert text.startswith("# Bruno Magalhaes\n")
    bullets = [line[2:] for line in text.splitlines() if line.startswith("- ") and "—" not in line]
    kept = [rich(b.text) for r in result.selection.roles for b in r.printed]
    assert bullets[: len(kept)] == kept
    assert "*As Sr Researcher, 2022-:*" in text


def test_sections_follow_the_resume_and_empty_ones_are_left_out() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada", "email": "ada@example.org", "location": "London"},
            "experience": [{"id": "e", "employer": "E", "role": "R", "start": "2020", "bullets": []}],
            "skills": ["Maths"],
        }
    )
    text = export("markdown", everything(cv)).data.decode("utf-8")
    assert (
        text
        == "# Ada\n\nada@example.org · London\n\n## Experience\n\n### R, E\n\n*2020 – Present*\n\n## Skills\n\nMaths\n"
    )


def test_an_undated_publication_is_listed_without_a_year() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "publications": [
                {"id": "a", "year": 1843, "title": "Sketch", "venue": "Memoirs"},
                {"id": "b", "title": "Notes on Looms"},
            ],
        }
    )
    text = export("markdown", everything(cv)).data.decode("utf-8")
    assert "- **1843** — Sketch, *Memoirs*\n- Notes on Looms\n" in text


def test_education_goes_before_experience_where_the_resume_puts_it() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "experience": [{"id": "e", "employer": "E", "role": "Intern", "start": "2025-06", "end": "2025-08"}],
            "education": [{"degree": "BSc", "institution": "U", "start": "2023-09", "end": "present"}],
        }
    )
    tailored = everything(cv)
    first = Tailored(cv, replace(tailored.selection, education_first=True))
    headings = [line for line in export("markdown", first).data.decode("utf-8").splitlines() if line.startswith("## ")]
    assert headings == ["## Education", "## Experience"]
    later = [line for line in export("markdown", tailored).data.decode("utf-8").splitlines() if line.startswith("## ")]
    assert later == ["## Experience", "## Education"]
