"""Selection: what goes into the résumé, in which order, under which budget."""

from __future__ import annotations

from tailor.cv import CV
from tailor.posting import Posting
from tailor.rank import rank
from tailor.select import SelectedRole, Selection, role_cap, select
from tests.conftest import make_cv

CV_FIXTURE = make_cv(
    {
        "Newest": [
            "MPI simulation codes.",
            "Sold bicycles.",
            "MPI load balancing.",
            "Painted fences.",
            "Repaired cars.",
        ],
        "Middle": ["Sold cars.", "C++ MPI solvers."],
        "Oldest": ["Baked bread."],
    }
)
POSTING = Posting("p", "MPI simulation, load balancing and C++ solvers")


def test_every_role_stays_in_cv_order_with_at_least_one_bullet() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=1)
    assert [r.entry.employer for r in selection.roles] == ["Newest", "Middle", "Oldest"]
    assert all(len(r.bullets) == 1 for r in selection.roles)


def test_bullets_within_a_role_are_ordered_by_relevance() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=6)
    newest = [b.text for b in selection.roles[0].bullets]
    assert newest[:2] == ["MPI load balancing.", "MPI simulation codes."] or newest[:2] == [
        "MPI simulation codes.",
        "MPI load balancing.",
    ]
    assert selection.roles[1].bullets[0].text == "C++ MPI solvers."


def test_budget_is_respected_and_drops_are_explained() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=4)
    assert len(selection.bullet_ids) == 4
    dropped = {d.bullet_id for d in selection.dropped}
    assert dropped | set(selection.bullet_ids) == {b.id for _, b in CV_FIXTURE.bullets()}
    assert {d.reason for d in selection.dropped} == {"budget"}


def test_pinned_bullets_are_always_kept() -> None:
    data = CV_FIXTURE.model_dump()
    data["experience"][0]["bullets"][3]["pin"] = True  # "Painted fences." scores zero
    cv = CV.model_validate(data)
    selection = select(cv, rank(cv, POSTING), max_bullets=3)
    assert "job0-b3" in selection.bullet_ids


def test_older_roles_have_smaller_caps() -> None:
    assert [role_cap(i) for i in range(5)] == [8, 6, 4, 2, 2]
    cv = make_cv({"Newest": ["x"], "Old": [f"MPI item {i}." for i in range(8)]})
    selection = select(cv, rank(cv, POSTING), max_bullets=20)
    assert len(selection.roles[1].bullets) == role_cap(1)
    assert {d.reason for d in selection.dropped} == {"role cap"}


def test_publications_and_skills_are_ordered_by_relevance_and_cut() -> None:
    cv = make_cv(
        {"A": ["x"]},
        publications=[
            {"id": "p1", "year": "2001", "title": "Bread baking"},
            {"id": "p2", "year": "2002", "title": "MPI simulation at scale"},
            {"id": "p3", "year": "2003", "title": "Bicycles"},
        ],
        skills=["Baking", "MPI", "C++"],
    )
    selection = select(cv, rank(cv, POSTING), max_publications=2, max_skills=2)
    assert [p.id for p in selection.publications] == ["p2", "p1"]
    assert sorted(selection.skills) == ["C++", "MPI"]  # "Baking" matches nothing


def test_selection_is_deterministic(bundled_cv: CV) -> None:
    posting = Posting("p", "distributed training of large models with DeepSpeed")
    assert select(bundled_cv, rank(bundled_cv, posting)) == select(bundled_cv, rank(bundled_cv, posting))


def test_every_bullet_has_one_choice_with_a_reason_in_cv_order() -> None:
    data = CV_FIXTURE.model_dump()
    data["experience"][0]["bullets"][3]["pin"] = True
    cv = CV.model_validate(data)
    selection = select(cv, rank(cv, POSTING), max_bullets=5)
    assert [c.bullet_id for c in selection.choices] == [b.id for _, b in cv.bullets()]
    reasons = {c.bullet_id: (c.kept, c.reason) for c in selection.choices}
    assert reasons["job0-b3"] == (True, "pinned")
    assert reasons["job2-b0"] == (True, "best of its role")  # "Baked bread." matches nothing
    assert {c.bullet_id for c in selection.choices if c.kept} == set(selection.bullet_ids)


def test_a_resume_prints_kept_bullets_under_their_qualifiers_in_cv_order_best_first() -> None:
    qualifiers = ["", "As postdoc", "", "As lecturer", "As postdoc"]
    bullets = [{"text": f"Claim {n}.", **({"role": q} if q else {})} for n, q in enumerate(qualifiers)]
    entry = make_cv({"University": bullets}).experience[0]
    b = [bullet.id for bullet in entry.bullets]
    by_id = dict(zip(b, entry.bullets, strict=True))
    kept = SelectedRole(entry, [by_id[i] for i in (b[4], b[3], b[2], b[0])])  # most relevant first; b[1] left out

    assert [(g.qualifier, [x.id for x in g.bullets]) for g in kept.groups] == [
        ("", [b[2], b[0]]),  # the role's own bullets first, as the CV first uses them
        ("As postdoc", [b[4]]),
        ("As lecturer", [b[3]]),
    ]
    assert [x.id for x in kept.printed] == [b[2], b[0], b[4], b[3]]
    assert Selection([kept], [], [], []).printed_ids == [b[2], b[0], b[4], b[3]]
    assert [x.id for x in kept.bullets] == [b[4], b[3], b[2], b[0]]  # the selection's own order stays


def test_a_role_without_qualifiers_prints_its_bullets_best_first() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=6)
    assert selection.printed_ids == selection.bullet_ids
    assert [g.qualifier for g in selection.roles[0].groups] == [""]
