"""Selection: what goes into the résumé, in which order, under which budget."""

from __future__ import annotations

import datetime as dt

import pytest

from tailor.cv import CV
from tailor.posting import Posting
from tailor.rank import rank
from tailor.select import (
    RELEVANT_SHARE,
    SelectedRole,
    Selection,
    default_budget,
    education_first,
    role_cap,
    select,
)
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


def test_every_role_stays_in_cv_order_and_the_budget_is_never_exceeded() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=1)
    assert [r.entry.employer for r in selection.roles] == ["Newest", "Middle", "Oldest"]
    assert [len(r.bullets) for r in selection.roles] == [1, 0, 0]  # the most recent role's best first


def test_each_role_keeps_its_best_bullet_with_evidence_before_more_of_another_role() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=3)
    assert [len(r.bullets) for r in selection.roles] == [2, 1, 0]
    assert selection.roles[1].bullets[0].text == "C++ MPI solvers."


def test_a_role_left_bare_keeps_its_first_bullet_when_there_is_room() -> None:
    # "Baked bread." matches nothing; with room to spare the role still shows its owner's first claim.
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=8)
    reasons = {c.bullet_id: c.reason for c in selection.choices}
    assert reasons["job2-b0"] == "first of its role"


def test_a_bullet_with_no_evidence_is_never_chosen_over_one_with_evidence() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=10)
    reasons = {c.bullet_id: c.reason for c in selection.choices}
    # Room for ten, but "Sold bicycles", "Painted fences", "Repaired cars" and "Sold cars" match nothing.
    assert [reasons[f"job0-b{n}"] for n in (1, 3, 4)] == ["no evidence"] * 3
    assert reasons["job1-b0"] == "no evidence"
    assert len(selection.bullet_ids) == 4


def test_bullets_within_a_role_are_ordered_by_relevance() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=6)
    newest = [b.text for b in selection.roles[0].bullets]
    assert newest[:2] == ["MPI load balancing.", "MPI simulation codes."] or newest[:2] == [
        "MPI simulation codes.",
        "MPI load balancing.",
    ]
    assert selection.roles[1].bullets[0].text == "C++ MPI solvers."


def test_budget_is_respected_and_drops_are_explained() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=2)
    assert len(selection.bullet_ids) == 2
    dropped = {d.bullet_id for d in selection.dropped}
    assert dropped | set(selection.bullet_ids) == {b.id for _, b in CV_FIXTURE.bullets()}
    reasons = {d.bullet_id: d.reason for d in selection.dropped}
    assert reasons["job0-b2"] == "budget" and reasons["job0-b1"] == "no evidence"


def test_pinned_bullets_are_always_kept_and_count_within_the_budget() -> None:
    data = CV_FIXTURE.model_dump()
    data["experience"][0]["bullets"][3]["pin"] = True  # "Painted fences." scores zero
    cv = CV.model_validate(data)
    selection = select(cv, rank(cv, POSTING), max_bullets=3)
    assert "job0-b3" in selection.bullet_ids and len(selection.bullet_ids) == 3
    # The pin does not cost the role its best bullet.
    assert "job0-b0" in selection.bullet_ids or "job0-b2" in selection.bullet_ids
    assert not selection.warnings


def test_more_pins_than_the_budget_keeps_them_all_and_says_so() -> None:
    data = CV_FIXTURE.model_dump()
    for bullet in data["experience"][0]["bullets"][:3]:
        bullet["pin"] = True
    cv = CV.model_validate(data)
    selection = select(cv, rank(cv, POSTING), max_bullets=2)
    assert len(selection.bullet_ids) == 3
    assert selection.warnings and "3 bullets are pinned, more than the 2" in selection.warnings[0]


TRIAGE = Posting("p", "Urgent care nurse: triage walk-in patients, cut waits.")
SHORT = "Triaged walk-in patients in a busy urgent care clinic."
LONG = "Triaged walk-in patients in a busy urgent care clinic, cutting waits by a third."
WOUNDS = "Taught wound care to new nurses in the urgent care clinic."


def test_a_bullet_that_repeats_a_better_one_of_its_role_is_left_out_for_it() -> None:
    cv = make_cv({"Clinic": [SHORT, LONG, WOUNDS], "Hospital": [SHORT]})
    selection = select(cv, rank(cv, TRIAGE), max_bullets=10)
    reasons = {c.bullet_id: c.reason for c in selection.choices}

    # The variant with more of the posting's words stays; the one it adds words to goes, whatever the room.
    assert reasons["job0-b0"] == "repeats another" and selection.bullet_ids[:2] == ["job0-b1", "job0-b2"]
    # Another role's bullet is its own claim.
    assert "job1-b0" in selection.bullet_ids


def test_a_pinned_variant_stays_and_the_others_repeat_it() -> None:
    cv = make_cv({"Clinic": [LONG, WOUNDS, {"text": SHORT, "pin": True}, {"text": SHORT, "pin": True}]})
    selection = select(cv, rank(cv, TRIAGE), max_bullets=10)
    reasons = {c.bullet_id: c.reason for c in selection.choices}

    assert [reasons[f"job0-b{n}"] for n in range(4)] == ["repeats another", "best of its role", "pinned", "pinned"]


@pytest.mark.parametrize(
    ("shorter", "longer"),
    [
        ("Taught Year 9 history to classes of 30.", "Taught Year 11 history to classes of 30."),
        ("Led the team.", "Led the team of five."),
        ("Sold cars to dealers in Ohio", "Sold cars to fleet buyers in Ohio"),
    ],
)
def test_bullets_that_differ_in_a_word_or_are_too_short_to_tell_are_both_kept(shorter: str, longer: str) -> None:
    cv = make_cv({"Job": [shorter, longer]})
    selection = select(cv, rank(cv, Posting("p", f"{shorter} {longer}")), max_bullets=10)

    assert len(selection.bullet_ids) == 2


def test_the_default_budget_is_fourteen_or_three_quarters_of_a_smaller_cv() -> None:
    assert default_budget(CV_FIXTURE) == 6  # ⌈0.75 × 8⌉
    big = make_cv({"A": [f"Item {n}." for n in range(30)]})
    assert default_budget(big) == 14
    assert select(CV_FIXTURE, rank(CV_FIXTURE, POSTING)).budget == 6


def test_a_short_cvs_default_budget_keeps_every_bullet_that_scores_a_quarter_of_the_best() -> None:
    cv = make_cv(
        {
            "Bank": [
                "Led the mobile design system and its accessibility audit.",
                "Ran usability testing of the design system with 40 members.",
                "Built the design system's components with engineers.",
                "Designed onboarding screens.",
                "Sold bicycles.",
                "Painted fences.",
                "Repaired cars.",
                "Baked bread.",
            ]
        }
    )
    posting = Posting("p", "Evolve our design system; usability testing; accessibility")
    ranking = rank(cv, posting)
    best = max(item.score for item in ranking.bullets)
    relevant = {item.id for item in ranking.bullets if item.score >= RELEVANT_SHARE * best}
    assert default_budget(cv) == 6 and len(relevant) < 6  # three quarters would do here
    assert relevant <= set(select(cv, ranking).bullet_ids)
    # Where more than three quarters are as relevant, each is kept: none is left out for the share alone.
    tied = make_cv({"Lab": [f"Tuned MPI solvers for case {n}." for n in range(8)]})
    assert len(select(tied, rank(tied, POSTING)).bullet_ids) == 8
    assert default_budget(tied) == 6


def test_an_old_roles_weak_best_bullet_takes_no_place_of_a_relevant_one_in_a_short_cvs_budget() -> None:
    cv = make_cv(
        {
            "Ridgeline": [
                "Built the driver-based revenue forecast in Adaptive Insights.",
                "Led monthly budget variance reviews with department heads.",
                "Automated the month-end report with SQL and Power BI.",
                "Modelled pricing for the board.",
            ],
            "Alpine": [
                "Prepared the annual operating budget and quarterly reforecasts.",
                "Ran standard cost updates and inventory variance analysis.",
                "Built capex tracking in Excel.",
            ],
            "Summer Job": ["Kept a log of deliveries, unloaded trucks, swept the dock, counted inventory."],
        }
    )
    posting = Posting(
        "p",
        "FP&A Manager\n\nRequirements:\n- Driver-based revenue forecasts in Adaptive Insights\n"
        "- Monthly budget variance reviews and quarterly reforecasts\n- Month-end reports in SQL and Power BI\n"
        "- Standard cost updates and inventory variance analysis\n- Capex tracking in Excel\n- Pricing models\n",
    )
    ranking = rank(cv, posting)
    best = max(item.score for item in ranking.bullets)
    relevant = {item.id for item in ranking.bullets if item.score >= RELEVANT_SHARE * best}
    weak = {item.id: item.score for item in ranking.bullets}["job2-b0"]
    assert 0 < weak < RELEVANT_SHARE * best and len(relevant) >= default_budget(cv)  # the case in question
    kept = set(select(cv, ranking).bullet_ids)
    assert relevant | {"job2-b0"} <= kept  # each relevant bullet, and the summer job's only one as its role's best


def test_older_roles_have_smaller_caps_while_the_budget_is_contested() -> None:
    assert [role_cap(i) for i in range(5)] == [8, 6, 4, 2, 2]
    cv = make_cv(
        {
            "Newest": [f"MPI simulation item {i}." for i in range(8)],
            "Old": [f"MPI simulation load balancing item {i}." for i in range(8)],  # better, not twice as good
        }
    )
    selection = select(cv, rank(cv, POSTING), max_bullets=10)
    assert [len(r.bullets) for r in selection.roles] == [4, role_cap(1)]
    assert sum(d.reason == "role cap" for d in selection.dropped) == 2


def test_a_bullet_a_cap_held_back_replaces_a_kept_one_it_outscores_twice_over() -> None:
    old_work = ["MPI load balancing for C++ solvers.", "MPI simulation load balancing of C++ solvers."]
    old_work.append("C++ MPI simulation solvers with load balancing.")
    cv = make_cv(
        {"Newest": [f"MPI item {i}." for i in range(8)], "A": ["Sold cars."], "B": ["Painted fences."], "Old": old_work}
    )
    ranking = rank(cv, POSTING)
    score = {b.id: b.score for b in ranking.bullets}
    selection = select(cv, ranking, max_bullets=8)
    assert len(selection.roles[3].bullets) == 3 > role_cap(3)  # the old role's best work, past its cap
    left = [d.bullet_id for d in selection.dropped if d.bullet_id.startswith("job0")]
    assert len(left) == 3 and max(score[b] for b in left) * 2 <= score["job3-b2"]
    assert {d.reason for d in selection.dropped if d.bullet_id in left} == {"budget"}


def _projects_first(projects: dict[str, list[str]], jobs: dict[str, list[str]]) -> CV:
    """A CV that lists its (undated) projects before its jobs, as a JSON Resume import does."""
    data = make_cv({**projects, **jobs}).model_dump()
    for entry in data["experience"][: len(projects)]:
        entry.update(section="Projects", start=None, end=None)
    return CV.model_validate(data)


PAYROLL = Posting("p", "Requirements:\n- Payroll and payroll tax filings for multi-state employers")
PAYROLL_WORK = [f"Ran payroll and payroll tax filings for {n} hundred staff." for n in range(2, 8)]


def test_projects_listed_before_the_jobs_make_no_job_older() -> None:
    cv = _projects_first(
        {"Shell": ["Wrote a shell in C."], "Planner": ["Built a meal planner."]}, {"Acme": PAYROLL_WORK}
    )
    selection = select(cv, rank(cv, PAYROLL), max_bullets=6)
    # The job is the first of its section: its cap is the most recent role's, not the third's.
    assert [len(r.bullets) for r in selection.roles if r.entry.section is None] == [6]
    assert role_cap(2) < 6 <= role_cap(0)


def test_a_project_keeps_no_bullet_ahead_of_a_jobs_better_one_and_leaves_the_resume_without_one() -> None:
    projects = {"Shell": ["A shell with job control and payroll of processes."], "Planner": ["Built a meal planner."]}
    cv = _projects_first(projects, {"Acme": PAYROLL_WORK[:4], "Bolt": PAYROLL_WORK[4:]})
    selection = select(cv, rank(cv, PAYROLL), max_bullets=6)
    reasons = {c.bullet_id: c.reason for c in selection.choices}
    # The shell's bullet shares a word with the posting, but a project has no gap to explain: the jobs' payroll
    # work fills the budget, and the projects, left without a bullet, are no part of the résumé.
    assert reasons["job0-b0"] == "budget" and reasons["job1-b0"] == "no evidence"
    assert [r.entry.employer for r in selection.roles] == ["Acme", "Bolt"]
    roomy = select(cv, rank(cv, PAYROLL), max_bullets=9)
    assert [r.entry.employer for r in roomy.roles] == ["Acme", "Bolt", "Shell", "Planner"]


def test_an_entry_of_a_section_the_cv_gives_no_bullets_prints_as_its_line_alone() -> None:
    # A membership or a board seat is written as one line: choosing among bullets never leaves it out.
    cv = _projects_first({"Society of Payroll Professionals": []}, {"Acme": PAYROLL_WORK})
    selection = select(cv, rank(cv, PAYROLL), max_bullets=2)
    assert [r.entry.employer for r in selection.roles] == ["Acme", "Society of Payroll Professionals"]


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


@pytest.mark.parametrize(
    ("bullets", "skills", "posting", "kept"),
    [
        # A reporter's data skills first in the list, a newsletter editor's posting that names none of them: the
        # skill the kept newsletter bullet was done in comes before the CV's first group.
        (
            ["Wrote and sent the daily newsletter to 30,000 subscribers in WordPress."],
            ["Python", "SQL", "Tableau", "WordPress"],
            "Newsletter Editor\n\nRequirements:\n- Write the daily newsletter\n- Grow subscribers\n",
            ["WordPress", "Python"],
        ),
        # A nurse's list, a clinic posting that names none of them: the charting bullet's system first.
        (
            ["Charted assessments for 6 patients a shift in Epic."],
            ["Phlebotomy", "Spanish", "Epic"],
            "Clinic Nurse\n\nRequirements:\n- Assess patients\n- Work day shifts\n",
            ["Epic", "Phlebotomy"],
        ),
    ],
)
def test_of_skills_the_posting_never_names_those_a_kept_bullet_names_are_kept_first(
    bullets: list[str], skills: list[str], posting: str, kept: list[str]
) -> None:
    cv = make_cv({"A": bullets}, skills=skills)
    selection = select(cv, rank(cv, Posting("p", posting)), max_skills=2)
    assert selection.skills == kept
    # Each says why: the one the bullet names for that, the next for the room left.
    reasons = {c.bullet_id: c.reason for c in selection.skill_choices}
    assert [reasons[name] for name in kept] == ["named by a kept bullet", "within budget"]


def test_a_pinned_publication_is_kept_and_work_not_out_yet_prints_first() -> None:
    cv = make_cv(
        {"A": ["x"]},
        publications=[
            {"id": "book", "year": "2019", "title": "Reading the Margins", "pin": True},
            {"id": "mpi", "year": "2021", "title": "MPI simulation at scale"},
            {"id": "solver", "year": "forthcoming", "title": "C++ solvers for load balancing"},
            {"id": "bikes", "year": "2023", "title": "Bicycles"},
        ],
    )
    # The pin counts within the budget and takes its place first; forthcoming is newer than any year.
    assert [p.id for p in select(cv, rank(cv, POSTING), max_publications=3).publications] == ["solver", "mpi", "book"]
    assert [p.id for p in select(cv, rank(cv, POSTING), max_publications=2).publications] == ["solver", "book"]
    assert [p.id for p in select(cv, rank(cv, POSTING), max_publications=1).publications] == ["book"]


def test_skills_the_posting_asks_for_and_pinned_ones_are_always_kept_and_every_choice_says_why() -> None:
    cv = make_cv({"A": ["x"]}, skills=["Baking", {"name": "Knitting", "pin": True}, "MPI", "C++", "Fortran"])
    selection = select(cv, rank(cv, POSTING), max_skills=1)
    assert sorted(selection.skills) == ["C++", "Knitting", "MPI"]
    reasons = {c.bullet_id: (c.kept, c.reason) for c in selection.skill_choices}
    assert reasons == {
        "Baking": (False, "budget"),
        "Knitting": (True, "pinned"),
        "MPI": (True, "asked for by the posting"),
        "C++": (True, "asked for by the posting"),
        "Fortran": (False, "budget"),
    }


def test_a_skill_that_names_a_language_of_the_cvs_languages_is_left_to_them_and_takes_no_room() -> None:
    cv = make_cv(
        {"A": ["x"]},
        skills=["Spanish (fluent)", "French – B2", "Baking", {"name": "German: basic", "pin": True}],
        languages=[{"name": "Spanish", "fluency": "fluent"}, {"name": "French"}, {"name": "German"}],
    )
    posting = Posting("p", "Bilingual Baker\n\nRequirements:\n- Fluent Spanish\n- Baking\n")
    selection = select(cv, rank(cv, posting), max_skills=2)
    reasons = {c.bullet_id: (c.kept, c.reason) for c in selection.skill_choices}
    assert reasons == {
        "Spanish (fluent)": (False, "under Languages"),  # the résumé's languages print it, asked or not
        "French – B2": (False, "under Languages"),
        "Baking": (True, "asked for by the posting"),
        "German: basic": (True, "pinned"),
    }


def test_a_skill_of_a_kind_the_posting_asks_for_is_kept_and_says_so_not_that_the_posting_names_it() -> None:
    cv = make_cv({"A": ["x"]}, skills=["Epic", "Knitting", "Phlebotomy"])
    posting = Posting("p", "Clinic Nurse\n\nRequirements:\n- Charting in an EHR\n- Phlebotomy\n")
    selection = select(cv, rank(cv, posting), max_skills=0)
    reasons = {c.bullet_id: (c.kept, c.reason) for c in selection.skill_choices}
    assert reasons == {
        "Epic": (True, "of a kind the posting asks for"),  # an EHR; the posting never says "Epic"
        "Knitting": (False, "budget"),
        "Phlebotomy": (True, "asked for by the posting"),
    }


def test_a_skill_of_work_the_posting_asks_by_its_verb_is_kept_as_asked_for() -> None:
    # "Educates patients" asks for patient education as the keyword view reads it ("Educated patients on discharge"
    # says it in a CV): the skills line keeps it, not only skills the posting names as nouns.
    cv = make_cv({"A": ["x"]}, skills=["Patient Education", "Kinesio Taping", "Budget Management"])
    posting = Posting(
        "p",
        "Physical Therapist\n\nResponsibilities:\n- Educates patients and families on fall prevention\n"
        "- Manages budgets for the rehab unit\n",
    )
    reasons = {c.bullet_id: (c.kept, c.reason) for c in select(cv, rank(cv, posting), max_skills=0).skill_choices}
    assert reasons == {
        "Patient Education": (True, "asked for by the posting"),
        "Kinesio Taping": (False, "budget"),
        "Budget Management": (True, "asked for by the posting"),
    }


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
    assert reasons["job1-b1"] == (True, "best of its role")
    assert reasons["job2-b0"] == (True, "first of its role")  # "Baked bread." matches nothing
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


def test_a_roles_own_bullets_print_first_even_where_the_cv_lists_a_steps_bullets_before_them() -> None:
    # Printed after "As charge nurse:"'s group, with no line over them, they would read as that step's.
    qualifiers = ["As charge nurse", "", "As staff nurse", ""]
    bullets = [{"text": f"Claim {n}.", **({"role": q} if q else {})} for n, q in enumerate(qualifiers)]
    entry = make_cv({"Hospital": bullets}).experience[0]
    b = [bullet.id for bullet in entry.bullets]
    kept = SelectedRole(entry, list(entry.bullets))

    assert [(g.qualifier, [x.id for x in g.bullets]) for g in kept.groups] == [
        ("", [b[1], b[3]]),
        ("As charge nurse", [b[0]]),
        ("As staff nurse", [b[2]]),
    ]


def test_a_role_without_qualifiers_prints_its_bullets_best_first() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=6)
    assert selection.printed_ids == selection.bullet_ids
    assert [g.qualifier for g in selection.roles[0].groups] == [""]


TODAY_FOR_STUDIES = dt.date(2026, 11, 30)


def studies_cv(education: list[tuple[str, str | None]], roles: list[tuple[str, str | None]]) -> CV:
    """A CV of degrees and roles given as (start, end) each."""
    return CV.model_validate(
        {
            "contact": {"name": "Sam Okafor"},
            "education": [
                {"degree": f"Degree {n}", "institution": "Lakeside University", "start": start, "end": end}
                for n, (start, end) in enumerate(education)
            ],
            "experience": [
                {"id": f"r{n}", "employer": f"Employer {n}", "start": start, "end": end}
                for n, (start, end) in enumerate(roles)
            ],
        }
    )


@pytest.mark.parametrize(
    ("education", "roles", "first"),
    [
        # Still studying, an internship and a summer job before: the studies lead.
        ([("2021-09", "2024-06"), ("2025-09", "present")], [("2024-06", "2024-09"), ("2019-07", "2019-08")], True),
        # Graduated last year, working since: the degree is still the news.
        ([("2021-09", "2025-06")], [("2025-09", None)], True),
        # A PhD finished this year; the assistantship during it is part of it.
        ([("2021-10", "2026-03")], [("2021-10", "2026-03"), ("2026-04", "present")], True),
        # An expected graduation written in words still dates the studies.
        ([("2023-09", "Expected 2027")], [("2025-06", "2025-08")], True),
        # A US student writes no start: the degree is taken to have begun four years before it ends.
        ([(None, "Expected May 2027")], [("2025-06", "2025-08"), ("2024-06", "2024-08"), ("2022-09", None)], True),
        ([(None, "May 2025")], [("2012-01", "2023-08")], False),  # a degree after a career, undated start
        # Graduated three years ago: experience first.
        ([("2019-09", "2023-06")], [("2023-07", "present")], False),
        # Back to study after years of work (an MBA): the work leads.
        ([("2005-09", "2009-06"), ("2025-09", "present")], [("2009-07", "2025-08")], False),
        # Degrees without dates tailor reads say nothing of when they were.
        ([(None, None)], [("2025-09", "present")], False),
    ],
)
def test_education_goes_first_for_a_student_or_new_graduate_whose_work_began_with_their_studies(
    education: list[tuple[str, str | None]], roles: list[tuple[str, str | None]], first: bool
) -> None:
    assert education_first(studies_cv(education, roles), TODAY_FOR_STUDIES) is first


def test_a_cv_with_education_and_no_experience_opens_with_its_education() -> None:
    assert education_first(studies_cv([("2023-09", "present")], []), TODAY_FOR_STUDIES)
    assert not education_first(CV_FIXTURE, TODAY_FOR_STUDIES)  # roles, and no education at all


def test_the_selection_carries_where_education_goes() -> None:
    assert select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), education_first=True).education_first
    assert not select(CV_FIXTURE, rank(CV_FIXTURE, POSTING)).education_first


def test_to_fill_a_page_the_room_left_after_the_evidence_goes_to_the_other_bullets_in_cv_order() -> None:
    selection = select(CV_FIXTURE, rank(CV_FIXTURE, POSTING), max_bullets=7, fill=True)
    reasons = {c.bullet_id: c.reason for c in selection.choices}
    assert [b for b, r in reasons.items() if r == "fills the page"] == ["job0-b1", "job0-b3", "job0-b4"]
    assert reasons["job1-b0"] == "no evidence"  # no room left for it: seven in all
    assert len(selection.bullet_ids) == 7
    assert "fills the page" not in {c.reason for c in select(CV_FIXTURE, rank(CV_FIXTURE, POSTING)).choices}


def test_a_resume_prints_roles_of_no_section_first_then_each_section_together_in_the_order_the_cv_names_them() -> None:
    from tailor.select import in_sections

    sections = [None, "Volunteer Experience", "Projects", None, "Volunteer Experience"]
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada Example"},
            "experience": [
                {"id": f"r{n}", "employer": f"Org {n}", **({"section": s} if s else {})} for n, s in enumerate(sections)
            ],
        }
    )
    ordered = in_sections([SelectedRole(e, []) for e in cv.experience])
    assert [r.entry.id for r in ordered] == ["r0", "r3", "r1", "r4", "r2"]


def test_a_selection_keeps_its_roles_in_the_order_a_resume_prints_them() -> None:
    cv = make_cv({"Acme": ["Wrote MPI solvers."], "Food Bank": ["Sorted donations."], "Lab": ["Tuned C++ code."]})
    data = cv.model_dump(exclude_none=True)
    data["experience"][1]["section"] = "Volunteer Experience"
    cv = CV.model_validate(data)
    selection = select(cv, rank(cv, POSTING))
    assert [r.entry.employer for r in selection.roles] == ["Acme", "Lab", "Food Bank"]
    assert selection.printed_ids == ["job0-b0", "job2-b0", "job1-b0"]


def test_a_skill_the_posting_asks_by_the_verb_of_another_of_its_names_is_kept_as_asked_for() -> None:
    # "Reduce shrink" says shrink reduction, a name of inventory shrink, by its verb: the skill "Shrink Reduction"
    # is what the posting asks for, though the lexicon's own name for it ends in no word of work.
    cv = make_cv({"A": ["x"]}, skills=["Shrink Reduction", "Kinesio Taping"])
    posting = Posting("p", "Store Manager\n\nResponsibilities:\n- Partner with the regional team to reduce shrink\n")
    reasons = {c.bullet_id: (c.kept, c.reason) for c in select(cv, rank(cv, posting), max_skills=0).skill_choices}
    assert reasons == {
        "Shrink Reduction": (True, "asked for by the posting"),
        "Kinesio Taping": (False, "budget"),
    }


SLURM_CV = make_cv(
    {
        "Newest": [
            "MPI simulation codes.",
            "MPI load balancing for C++ solvers.",
            "MPI load balancing.",
            "Kept the HPC cluster's Slurm queues short.",
        ],
        "Older": ["C++ MPI solvers.", "Sold cars."],
    }
)
SLURM_POSTING = Posting("p", "MPI simulation, load balancing and C++ solvers on a Slurm cluster")


def test_a_bullet_that_alone_shows_a_required_keyword_takes_the_place_of_the_weakest_bullet_kept() -> None:
    # "MPI load balancing." (0.20) scores below "Kept ... Slurm queues short." (0.32), kept within the budget; but
    # the posting requires what only it says: it comes in, as if it scored the kept bullets' median.
    ranking = rank(SLURM_CV, SLURM_POSTING)
    reasons = {c.bullet_id: c.reason for c in select(SLURM_CV, ranking, max_bullets=4).choices}
    assert (reasons["job0-b2"], reasons["job0-b3"]) == ("budget", "within budget")
    wanted = select(SLURM_CV, ranking, max_bullets=4, wanted=[("job0-b2",)])
    reasons = {c.bullet_id: c.reason for c in wanted.choices}
    assert (reasons["job0-b2"], reasons["job0-b3"]) == ("shows a required keyword", "budget")
    assert len(wanted.bullet_ids) == 4


def test_a_required_keyword_never_costs_the_resume_another_ones_only_evidence_or_its_stronger_half() -> None:
    ranking = rank(SLURM_CV, SLURM_POSTING)
    # The weakest bullet kept is the only one of another required keyword: it stays, and the next weakest scores
    # the kept bullets' median, which the keyword is not worth.
    kept = select(SLURM_CV, ranking, max_bullets=4, wanted=[("job0-b2",)], sole=["job0-b3"])
    assert {c.bullet_id: c.reason for c in kept.choices}["job0-b2"] == "budget"
    # Nor does a keyword the résumé shows already bring another of its bullets in.
    kept = select(SLURM_CV, ranking, max_bullets=4, wanted=[("job0-b2", "job0-b0")])
    assert {c.bullet_id: c.reason for c in kept.choices}["job0-b2"] == "budget"
