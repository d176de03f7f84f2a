"""Keyword coverage: what the résumé evidences, what the CV has but left out, what it lacks."""

from __future__ import annotations

from tailor.coverage import coverage, keywords
from tailor.posting import Posting
from tailor.rank import analyse_posting, rank
from tailor.select import select
from tests.conftest import make_cv

CV = make_cv(
    {"Acme": ["Ran Kubernetes clusters.", "Wrote Terraform modules.", "Sold bicycles."]},
    skills=["Python", "Rust"],
)
POSTING = Posting(
    "p",
    "Platform Engineer\n\nRequirements:\n- Kubernetes (k8s)\n- Python and Go\n\nNice to have:\n- Terraform\n",
)


def statuses(max_bullets: int) -> dict[str, tuple[str, bool, tuple[str, ...]]]:
    ranking = rank(CV, POSTING)
    found = coverage(ranking, select(CV, ranking, max_bullets=max_bullets))
    return {k.keyword.term: (k.status, k.keyword.required, k.where) for k in found.keywords}


def test_each_keyword_is_selected_available_or_absent() -> None:
    assert statuses(max_bullets=1) == {
        "Kubernetes": ("selected", True, ("job0-b0",)),
        "Python": ("selected", True, ("skill-1",)),
        "Go": ("absent", True, ()),
        "Terraform": ("available", False, ("job0-b1",)),
    }


def test_a_bigger_budget_turns_available_into_selected() -> None:
    assert statuses(max_bullets=2)["Terraform"] == ("selected", False, ("job0-b1",))


def test_coverage_ratio_counts_required_keywords_only() -> None:
    ranking = rank(CV, POSTING)
    found = coverage(ranking, select(CV, ranking, max_bullets=1))
    assert found.ratio == round(2 / 3, 4)  # Kubernetes and Python of Kubernetes, Python, Go


def test_keywords_ignore_benefits_and_legal_text() -> None:
    posting = Posting(
        "p",
        "Engineer\n\nRequirements:\n- Python\n\nBenefits:\n- Salesforce training budget\n\n"
        "Equal opportunity:\nWe use Workday and Kubernetes to hire fairly.\n",
    )
    assert [k.term for k in keywords(analyse_posting(posting))] == ["Python"]


def test_repeated_specific_phrases_become_keywords_but_boilerplate_does_not() -> None:
    posting = Posting(
        "p",
        "Engineer\n\nRequirements:\n- Glass storage research.\n- Glass storage at scale.\n"
        "- Strong experience. Strong experience. Team player.\n",
    )
    terms = {k.term: k.kind for k in keywords(analyse_posting(posting))}
    assert terms.get("glass storage") == "phrase", terms
    assert "strong experience" not in terms and "team player" not in terms
