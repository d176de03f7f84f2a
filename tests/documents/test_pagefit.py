"""Specifications for tailor.documents.pagefit: fitting a résumé on N pages by leaving out its least relevant items."""

from __future__ import annotations

import json
import math
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from tailor import resources
from tailor.cli import app
from tailor.cv import CV
from tailor.documents import layout, pagefit, pdf, templates
from tailor.documents.pagefit import Measured
from tailor.errors import TailorError
from tailor.posting import Posting
from tailor.rank import Ranking, ScoredItem, rank
from tailor.select import Choice, SelectedRole, Selection, page_fillers
from tests.conftest import DATA, estimate_in_paragraphs, needs_libreoffice

runner = CliRunner()

# --- the rules, with a page that holds 10 lines --------------------------------------------


def cv_of(roles: dict[str, list[str]], pinned: tuple[str, ...] = (), **extra: object) -> CV:
    """A CV whose bullets' ids are their texts."""
    experience = [
        {
            "id": f"job{n}",
            "employer": employer,
            "role": "Engineer",
            "start": "2020",
            "bullets": [{"id": b, "text": b, "pin": b in pinned} for b in bullets],
        }
        for n, (employer, bullets) in enumerate(roles.items())
    ]
    return CV.model_validate({"contact": {"name": "Ada Lovelace"}, "experience": experience, **extra})


CV_FIXTURE = cv_of(
    {"Newest": ["n0", "n1", "n2", "n3"], "Older": ["o0", "o1"], "Oldest": ["x0"]},
    publications=[{"id": f"pub{i}", "year": "2020", "title": f"Paper {i}"} for i in range(3)],
    skills=["C", "C++", "MPI", "Python", "Rust"],
)
SCORES = {"n0": 0.9, "n1": 0.5, "n2": 0.2, "n3": 0.1, "o0": 0.6, "o1": 0.05, "x0": 0.01}
LINES = {"n0": 1, "n1": 1, "n2": 1, "n3": 3, "o0": 1, "o1": 1, "x0": 1}
"""How many lines each bullet takes; a publication takes 1, the skills line 1."""


def ranking() -> Ranking:
    bullets = [ScoredItem(i, "bullet", i, s, ()) for i, s in sorted(SCORES.items(), key=lambda x: -x[1])]
    pubs = [ScoredItem(f"pub{i}", "publication", f"Paper {i}", 0.3 - 0.1 * i, ()) for i in range(3)]
    skills = [ScoredItem(f"skill-{n}", "skill", s, 0.0, ()) for n, s in enumerate(CV_FIXTURE.skill_names, start=1)]
    return Ranking(0.5, bullets, pubs, skills)


def everything(cv: CV = CV_FIXTURE) -> Selection:
    return Selection(
        [SelectedRole(e, list(e.bullets)) for e in cv.experience], list(cv.publications), cv.skill_names, []
    )


def render(selection: Selection) -> bytes:
    """A stand-in for a .docx: the selection as JSON."""
    shown = {
        "bullets": [b.id for r in selection.roles for b in r.bullets],
        "publications": [p.id for p in selection.publications],
        "skills": selection.skills,
    }
    return json.dumps(shown).encode()


class Lines:
    """Measures the stand-in: pages of ``per_page`` lines."""

    method = "estimate"
    batch = 1

    def __init__(self, per_page: float) -> None:
        self.per_page = per_page
        self.measured = 0

    def measure(self, documents: list[bytes]) -> list[Measured]:
        self.measured += len(documents)
        pages = []
        for document in documents:
            shown = json.loads(document)
            lines = sum(LINES[b] for b in shown["bullets"]) + len(shown["publications"]) + bool(shown["skills"])
            pages.append(Measured(lines / self.per_page))
        return pages


def test_the_drop_order_is_weakest_first_and_keeps_pins_the_first_roles_best_bullet_and_three_skills() -> None:
    order = pagefit.drop_order(CV_FIXTURE, ranking(), everything())
    # Skills tie at 0: the lowest ranked go first, and three stay. On equal scores a publication
    # goes before a bullet. Older roles may go bare (x0 and o0 are their roles' last bullets);
    # n0, the first role's best, stays.
    assert [i.id for i in order] == ["Rust", "Python", "x0", "o1", "pub2", "n3", "pub1", "n2", "pub0", "n1", "o0"]


def test_an_old_roles_weak_best_goes_before_the_current_roles_second_best() -> None:
    # The current role's 2nd and 3rd bullets outscore the old roles' bests: on a page that holds 3 lines,
    # the old roles print bare (their title, employer and dates stay) rather than the current role's
    # best work going.
    cv = cv_of({"Newest": ["n0", "n1", "n2"], "Older": ["o1"], "Oldest": ["x0"]})
    fitted = pagefit.fit(cv, ranking(), everything(cv), pages=1, render=render, measure=Lines(3))
    kept = [[b.id for b in r.bullets] for r in fitted.selection.roles]
    assert kept == [["n0", "n1", "n2"], [], []]
    assert [r.entry.employer for r in fitted.selection.roles] == ["Newest", "Older", "Oldest"]


def _fit_by_recency(
    scores: dict[str, float], lines: dict[str, int], per_page: int, evidence: Collection[str] = ()
) -> list[list[str]]:
    """The bullets each job keeps, a newest job of two bullets over a middle job and an oldest job of one each,
    fitted on a page of ``per_page`` lines where each bullet takes ``lines``."""
    cv = cv_of({"Newest": ["n0", "n1"], "Middle": ["m0"], "Oldest": ["x0"]})
    bullets = [ScoredItem(i, "bullet", i, s, ()) for i, s in sorted(scores.items(), key=lambda x: -x[1])]

    class ByLines(Lines):
        def measure(self, documents: list[bytes]) -> list[Measured]:
            return [Measured(sum(lines[b] for b in json.loads(d)["bullets"]) / per_page) for d in documents]

    ranked = Ranking(0.5, bullets, [], [])
    fitted = pagefit.fit(cv, ranked, everything(cv), pages=1, render=render, measure=ByLines(0), evidence=evidence)
    return [[b.id for b in r.bullets] for r in fitted.selection.roles]


def test_an_older_job_goes_bare_before_a_newer_one_whatever_its_bullets_score() -> None:
    # The oldest job's one bullet outscores the middle job's, and the page has room for one of them: the older job
    # prints bare, not the newer (a line cook's bullet of 2009 under a chef de cuisine's role of 2016 without any).
    scores = {"n0": 0.9, "n1": 0.5, "m0": 0.1, "x0": 0.7}
    assert _fit_by_recency(scores, dict.fromkeys(scores, 1), per_page=3) == [["n0", "n1"], ["m0"], []]


def test_an_older_jobs_short_bullet_is_not_given_back_while_a_newer_job_prints_bare() -> None:
    # The middle job's one bullet is long and had to go; the oldest job's short one would fit again, but would
    # print old work under a newer job with none.
    scores = {"n0": 0.9, "n1": 0.5, "m0": 0.3, "x0": 0.8}
    lines = {"n0": 1, "n1": 1, "m0": 3, "x0": 1}
    assert _fit_by_recency(scores, lines, per_page=3) == [["n0", "n1"], [], []]


def test_a_fit_nobody_asked_for_keeps_each_roles_best_bullet() -> None:
    order = pagefit.drop_order(CV_FIXTURE, ranking(), everything(), bare_roles=False)
    assert [i.id for i in order] == ["Rust", "Python", "o1", "pub2", "n3", "pub1", "n2", "pub0", "n1"]


def test_a_project_may_lose_its_last_bullet_in_any_fit_and_then_leaves_the_resume() -> None:
    data = cv_of({"Newest": ["n0", "n1", "n2"], "Oldest": ["x0"]}).model_dump()
    data["experience"][1].update(section="Projects", employer=None, role="Shell in C")
    cv = CV.model_validate(data)
    order = pagefit.drop_order(cv, ranking(), everything(cv), bare_roles=False)
    assert [i.id for i in order][:1] == ["x0"]  # a job's last bullet stays in a fit nobody asked for; a project's goes
    fitted = pagefit.fit(cv, ranking(), everything(cv), pages=1, render=render, measure=Lines(3))
    assert [r.entry.role for r in fitted.selection.roles] == ["Engineer"]


def printing_entries(cv: CV) -> tuple[object, type[Lines]]:
    """The stand-in renderer and a measurer of its lines, where each entry printed without bullets (a membership)
    and each certificate takes a line."""

    def shown(selection: Selection) -> bytes:
        entries = [r.entry.id for r in selection.roles if not r.bullets]
        printed = [c.name for c in selection.certificates(cv)]
        return json.dumps({**json.loads(render(selection)), "entries": entries, "credentials": printed}).encode()

    class WithEntries(Lines):
        def measure(self, documents: list[bytes]) -> list[Measured]:
            found = super().measure(documents)
            extra = [sum(len(json.loads(d)[k]) for k in ("entries", "credentials")) / self.per_page for d in documents]
            return [Measured(m.pages + e) for m, e in zip(found, extra, strict=True)]

    return shown, WithEntries


MEMBER = cv_of(
    {"Newest": ["n0", "n1", "n2"], "Older": ["o0"]},
    certificates=[{"name": "Certified Heat Pump Installer", "date": "2022"}],
)
MEMBER = CV.model_validate(
    {
        **MEMBER.model_dump(exclude_none=True),
        "experience": [
            *MEMBER.model_dump(exclude_none=True)["experience"],
            {"id": "guild", "section": "Memberships", "role": "Member", "employer": "Riverside Chess Guild"},
            {"id": "hvac", "section": "Memberships", "role": "Member", "employer": "Heat Pump Installers Association"},
        ],
    }
)
HEAT_PUMPS = Posting(
    "p",
    "Heat Pump Technician\n\nResponsibilities:\n- Install heat pumps in homes\n\nPreferred:\n- A heat pump "
    "installer certification\n",
)


def test_an_entry_the_cv_gives_no_bullets_goes_before_any_bullet_unless_it_shares_a_word_of_the_job() -> None:
    # Memberships are lines that say nothing of the work: one that shares no word of the job (a chess guild) goes
    # with the credentials that show nothing, before any bullet; one that does (an installers' association) after
    # the items that share nothing with the posting, as a credential near the job does.
    ranked = rank(MEMBER, HEAT_PUMPS)
    order = [i.id for i in pagefit.drop_order(MEMBER, ranked, everything(MEMBER), evidence={"certificate:1"})]
    assert order[0] == "guild" and order.index("hvac") > order.index("guild")
    assert {i.kind for i in pagefit.drop_order(MEMBER, ranked, everything(MEMBER)) if i.id == "guild"} == {"entry"}


def test_a_page_leaves_out_a_membership_before_a_certificate_the_posting_prefers() -> None:
    # 4 bullets, 2 memberships and a certificate the posting prefers on a page of 5 lines: the memberships go, the
    # certificate stays with the best bullets; the jobs' lines stay, the memberships' leave the résumé.
    asked = {"evidence": {"certificate:1"}, "preferred": {"certificate:1"}}
    shown, measurer = printing_entries(MEMBER)
    fitted = pagefit.fit(MEMBER, ranking(), everything(MEMBER), pages=1, render=shown, measure=measurer(5), **asked)
    assert fitted.dropped_ids("entry") == ["hvac", "guild"]  # the later in the CV first, as with credentials
    assert [c.name for c in fitted.selection.certificates(MEMBER)] == ["Certified Heat Pump Installer"]
    assert [r.entry.id for r in fitted.selection.roles] == ["job0", "job1"]
    assert len(fitted.selection.bullet_ids) == 4


def test_an_entry_the_cv_gives_no_bullets_stays_where_the_page_has_room() -> None:
    shown, measurer = printing_entries(MEMBER)
    fitted = pagefit.fit(MEMBER, ranking(), everything(MEMBER), pages=1, render=shown, measure=measurer(7))
    assert fitted.dropped == () and [r.entry.id for r in fitted.selection.roles][-2:] == ["guild", "hvac"]


def test_a_posting_that_asks_for_publications_keeps_the_best_one_whatever_the_page() -> None:
    def publications_left_out(text: str) -> int:
        order = pagefit.drop_order(CV_FIXTURE, rank(CV_FIXTURE, Posting("p", text)), everything())
        return sum(item.kind == "publication" for item in order)

    asks = "Data Scientist\n\nNice to have:\n- Industry publications, white papers or presentations\n- Python\n"
    assert publications_left_out(asks) == 2
    assert publications_left_out("Data Scientist\n\nNice to have:\n- Python\n") == 3


@pytest.mark.parametrize(
    ("asked", "kept"),
    [
        ("- A portfolio of clips that show your reporting\n", 1),  # a writer's published work, as newsrooms say it
        ("- Send three to five clips with your application\n", 1),
        ("- Cut and post video clips from newscasts\n", 0),  # clips of footage: no publications
        ("- Edit audio clips for the podcast\n", 0),
    ],
)
def test_a_posting_that_asks_for_clips_asks_for_publications_but_one_that_cuts_video_clips_does_not(
    asked: str, kept: int
) -> None:
    posting = Posting("p", f"Reporter\n\nRequirements:\n{asked}- Python\n")
    order = pagefit.drop_order(CV_FIXTURE, rank(CV_FIXTURE, posting), everything())
    assert sum(item.kind == "publication" for item in order) == 3 - kept


def test_a_bullet_that_alone_says_a_required_keyword_goes_after_the_weaker_half_of_the_bullets() -> None:
    order = pagefit.drop_order(CV_FIXTURE, ranking(), everything(), evidence={"n3", "x0"})
    # n3 and x0, the weakest of their roles, go as if they scored the bullets' median (n2's 0.2): after everything
    # that scores no more, in their own order, and before the better half (pub0, n1, o0); n0 still stays.
    assert [i.id for i in order] == ["Rust", "Python", "o1", "pub2", "pub1", "n2", "x0", "n3", "pub0", "n1", "o0"]
    # On a page of 8 lines (n3 takes 3) it is the weaker items, not the keyword's bullet, that make the room.
    fitted = pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=Lines(8), evidence={"n3"})
    assert "n3" in fitted.selection.bullet_ids
    assert (
        "n3"
        not in pagefit.fit(
            CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=Lines(8)
        ).selection.bullet_ids
    )


def test_a_strong_bullet_outlasts_a_weak_one_that_alone_says_a_required_keyword() -> None:
    # o1 (0.05) alone says a keyword the posting requires ("CPR", in a line about community classes); o0 (0.6) is
    # the résumé's second strongest work. On a page of 2 lines the current role's best and o0 stay: a keyword a
    # weak line carries is not worth the strongest work.
    cv = cv_of({"Newest": ["n0", "n1", "n2"], "Older": ["o0", "o1"]})
    order = [i.id for i in pagefit.drop_order(cv, ranking(), everything(cv), evidence={"o1"})]
    assert order == ["n2", "o1", "n1", "o0"]  # the newer job keeps no fewer bullets than the older
    fitted = pagefit.fit(cv, ranking(), everything(cv), pages=1, render=render, measure=Lines(2), evidence={"o1"})
    assert fitted.selection.bullet_ids == ["n0", "o0"]


def test_a_newer_job_keeps_its_best_bullets_before_an_older_one_keeps_more_and_the_older_goes_weakest_first() -> None:
    # The older job's work scores higher than most of the newer job's; at every step the newer job still prints
    # at least as many bullets as the older, the older losing its weakest first; what scores nothing goes before all.
    cv = cv_of({"Newest": ["n0", "n1", "n2", "n3"], "Older": ["o0", "o1", "x0"]})
    scores = {"n0": 0.9, "n1": 0.3, "n2": 0.2, "n3": 0.0, "o0": 0.8, "o1": 0.7, "x0": 0.6}
    bullets = [ScoredItem(i, "bullet", i, v, ()) for i, v in sorted(scores.items(), key=lambda x: -x[1])]
    ranked = Ranking(0.5, bullets, [], [])
    order = [i.id for i in pagefit.drop_order(cv, ranked, everything(cv))]
    assert order == ["n3", "x0", "n2", "o1", "n1", "o0"]
    # On a page of 4 lines (n3 takes 3) the newer job prints two bullets and the older two, not one and three.
    fitted = pagefit.fit(cv, ranked, everything(cv), pages=1, render=render, measure=Lines(4))
    assert fitted.selection.bullet_ids == ["n0", "n1", "o0", "o1"]


def test_the_cvs_interests_go_before_any_bullet_and_come_back_when_the_page_holds_them() -> None:
    cv = cv_of({"Newest": ["n0", "n1", "n2"], "Oldest": ["x0"]}, interests=["Fell walking", "choral singing"])
    assert [i.id for i in pagefit.drop_order(cv, ranking(), everything(cv))][:2] == ["interests", "x0"]

    def shown(selection: Selection) -> bytes:  # the stand-in, with the interests' two lines when printed
        return json.dumps({**json.loads(render(selection)), "interests": selection.interests}).encode()

    class WithInterests(Lines):
        def measure(self, documents: list[bytes]) -> list[Measured]:
            found = super().measure(documents)
            extra = [2 / self.per_page if json.loads(d)["interests"] else 0 for d in documents]
            return [Measured(m.pages + e) for m, e in zip(found, extra, strict=True)]

    # 4 lines of bullets and 2 of interests; a page of 4 lines keeps every bullet and leaves the interests out.
    fitted = pagefit.fit(cv, ranking(), everything(cv), pages=1, render=shown, measure=WithInterests(4))
    assert [i.kind for i in fitted.dropped] == ["interests"] and not fitted.selection.interests
    assert fitted.selection.bullet_ids == ["n0", "n1", "n2", "x0"]
    roomy = pagefit.fit(cv, ranking(), everything(cv), pages=1, render=shown, measure=WithInterests(6))
    assert roomy.dropped == () and roomy.selection.interests
    assert "interests" not in [i.kind for i in pagefit.drop_order(CV_FIXTURE, ranking(), everything())]


ABOUT = (
    "Claims adjuster of nine years.\n\nI deploy to catastrophe field offices.\n\n"
    "I explain every denial in plain language.\n\nOutside of work I mentor new adjusters."
)


def test_a_summarys_later_paragraphs_go_last_first_before_any_bullet_and_the_first_always_stays() -> None:
    cv = cv_of({"Newest": ["n0", "n1", "n2"], "Oldest": ["x0"]}, interests=["Sailing"], summary=ABOUT)
    order = [i.id for i in pagefit.drop_order(cv, ranking(), everything(cv), summary=ABOUT)]
    assert order[:5] == ["interests", "summary ¶4", "summary ¶3", "summary ¶2", "x0"]
    # One that alone says a required keyword goes as a bullet that does: after the weaker half of the bullets.
    order = [i.id for i in pagefit.drop_order(cv, ranking(), everything(cv), evidence={"summary ¶2"}, summary=ABOUT)]
    assert order[:4] == ["interests", "summary ¶4", "summary ¶3", "x0"] and order.index("summary ¶2") > 3

    def shown(selection: Selection) -> bytes:  # the stand-in, with a line for each paragraph of the summary printed
        summary = selection.summary_printed(ABOUT)
        return json.dumps({**json.loads(render(selection)), "summary": summary}).encode()

    class WithSummary(Lines):
        def measure(self, documents: list[bytes]) -> list[Measured]:
            found = super().measure(documents)
            extra = [len(json.loads(d)["summary"].split("\n\n")) / self.per_page for d in documents]
            return [Measured(m.pages + e) for m, e in zip(found, extra, strict=True)]

    # 4 lines of bullets and 4 of summary on a page of 6: two paragraphs go, the last first, and every bullet stays.
    fitted = pagefit.fit(cv, ranking(), everything(cv), pages=1, render=shown, measure=WithSummary(6), summary=ABOUT)
    assert [i.id for i in fitted.dropped if i.kind == "summary"] == ["summary ¶4", "summary ¶3"]
    assert fitted.selection.bullet_ids == ["n0", "n1", "n2", "x0"]
    assert (
        fitted.selection.summary_printed(ABOUT)
        == "Claims adjuster of nine years.\n\nI deploy to catastrophe field offices."
    )
    # A summary of one paragraph, or none, has nothing to leave out.
    assert not [
        i for i in pagefit.drop_order(cv, ranking(), everything(cv), summary="One line.") if i.kind == "summary"
    ]


def printing_credentials(cv: CV) -> tuple[object, type[Lines]]:
    """The stand-in renderer and a measurer of its lines, where each certificate and award printed takes a line."""

    def shown(selection: Selection) -> bytes:
        printed = [c.name for c in (*selection.certificates(cv), *selection.awards(cv))]
        return json.dumps({**json.loads(render(selection)), "credentials": printed}).encode()

    class WithCredentials(Lines):
        def measure(self, documents: list[bytes]) -> list[Measured]:
            found = super().measure(documents)
            extra = [len(json.loads(d)["credentials"]) / self.per_page for d in documents]
            return [Measured(m.pages + e) for m, e in zip(found, extra, strict=True)]

    return shown, WithCredentials


SCIENTIST = cv_of(
    {"Newest": ["n0", "n1", "n2"], "Oldest": ["x0"]},
    interests=["Bouldering"],
    certificates=[{"name": "Radiation Safety Training", "issuer": "EHS Office", "date": "2018"}],
    awards=[
        {"name": "Graduate Research Fellowship", "date": "2016–2019"},
        {"name": "Best Poster Prize, Gordon Research Conference", "date": "Jul 2021"},
        {"name": "Undergraduate Research Award"},
    ],
)


def test_certificates_and_awards_that_show_no_keyword_go_after_the_interests_before_any_bullet() -> None:
    # A scientist's prizes the posting asks nothing of: the undated award first (nothing says it is recent), then by
    # the last year each date names (the fellowship of 2016–2019 is 2019's), before the weakest bullet, x0. The
    # training certificate held goes as a bullet of the median score does (after x0 and n2).
    order = [i.id for i in pagefit.drop_order(SCIENTIST, ranking(), everything(SCIENTIST))]
    assert order[:5] == ["interests", "award:3", "award:1", "award:2", "x0"]
    assert order.index("certificate:1") > order.index("n2")

    # 4 lines of bullets and 4 of credentials on a page of 6: the two oldest awards make the room, every bullet
    # stays, and the résumé prints the others.
    shown, measurer = printing_credentials(SCIENTIST)
    fitted = pagefit.fit(SCIENTIST, ranking(), everything(SCIENTIST), pages=1, render=shown, measure=measurer(6))
    assert fitted.dropped_ids("certificate", "award") == ["award:3", "award:1"]
    assert fitted.selection.bullet_ids == ["n0", "n1", "n2", "x0"]
    assert fitted.selection.credentials_left_out == {"award:3", "award:1"}
    assert [c.name for c in fitted.selection.certificates(SCIENTIST)] == ["Radiation Safety Training"]
    assert [a.name for a in fitted.selection.awards(SCIENTIST)] == ["Best Poster Prize, Gordon Research Conference"]


def test_of_the_credentials_that_show_no_keyword_one_that_shares_none_of_the_jobs_words_goes_first() -> None:
    # Neither certificate is a keyword of a front office's posting; both are held, so both outlast the bullet n1,
    # which shares nothing with the posting; the guest service one, the older, is near the job and outlasts the
    # bartending one.
    desk = cv_of(
        {"Juniper Suites": ["n0", "n1"]},
        certificates=[
            {"name": "Certified Guest Service Professional", "issuer": "Lodging Institute", "date": "2018"},
            {"name": "TIPS certification", "date": "2024"},
        ],
        awards=[{"name": "Rookie of the Year", "date": "2016"}],
    )
    posting = Posting(
        "p",
        "Front Office Supervisor\n\nResponsibilities:\n- Welcome every guest at check-in\n"
        "- Resolve guest complaints with care\n\nRequirements:\n- Two years of guest service in a hotel\n",
    )
    order = [i.id for i in pagefit.drop_order(desk, rank(desk, posting), everything(desk))]
    assert order[:4] == ["award:1", "n1", "certificate:2", "certificate:1"]


def test_a_credential_near_the_job_goes_after_the_items_that_share_nothing_with_the_posting() -> None:
    # A pastry chef's prize for a pastry program is no keyword of a pastry chef's posting, but it says more of the job
    # than the bullets that share none of the posting's words: it outlasts them, though not one that shares some.
    chef = CV.model_validate(
        {
            "contact": {"name": "Ines Moreau"},
            "experience": [
                {
                    "employer": "Harbor Bistro",
                    "role": "Pastry Cook",
                    "start": "2020",
                    "bullets": [
                        {"id": "croissants", "text": "Laminated croissant dough for the bistro's pastry case."},
                        {"id": "station", "text": "Ran the pastry station on weekends."},
                        {"id": "logs", "text": "Kept the walk-in logs."},
                    ],
                },
                {
                    "employer": "Dune Cafe",
                    "role": "Baker",
                    "start": "2017",
                    "end": "2020",
                    "bullets": [
                        {"id": "loaves", "text": "Baked sourdough loaves each morning."},
                        {"id": "dishes", "text": "Washed dishes."},
                    ],
                },
            ],
            "awards": [
                {"name": "Best Pastry Program, Harbor Dining Guild", "date": "2022"},
                {"name": "Rookie of the Year", "date": "2016"},
            ],
        }
    )
    posting = Posting(
        "p",
        "Pastry Chef\n\nResponsibilities:\n- Lead the pastry program for a busy bistro\n- Laminate croissant dough\n\n"
        "Requirements:\n- Three years on a pastry station\n",
    )
    ranked = rank(chef, posting)
    assert {b.id for b in ranked.bullets if b.score == 0} == {"loaves", "dishes"}
    order = [i.id for i in pagefit.drop_order(chef, ranked, everything(chef))]
    assert order.index("award:2") < order.index("dishes") < order.index("award:1") < order.index("logs")
    assert order.index("loaves") < order.index("award:1")


NURSE = cv_of(
    {"Newest": ["n0", "n1", "n2"], "Oldest": ["x0"]},
    certificates=[
        {"name": "Basic Life Support (BLS)", "issuer": "American Heart Association", "date": "2024"},
        {"name": "Advanced Cardiovascular Life Support (ACLS)", "issuer": "American Heart Association", "date": "2023"},
    ],
    awards=[{"name": "DAISY Award for Extraordinary Nurses", "date": "2022"}],
)


def test_a_certificate_the_posting_asks_for_stays_and_goes_last_where_nothing_else_makes_the_page() -> None:
    # The posting requires BLS and ACLS (the coverage names both certificates as evidence); it asks nothing the
    # award shows. The award goes before any bullet; the certificates after every other item, oldest first.
    evidence = {"certificate:1", "certificate:2"}
    order = pagefit.drop_order(NURSE, ranking(), everything(NURSE), evidence=evidence, required=evidence)
    order = [i.id for i in order]
    assert order[0] == "award:1" and order[-2:] == ["certificate:2", "certificate:1"]

    shown, measurer = printing_credentials(NURSE)

    def fit(lines: float) -> pagefit.PageFit:
        selection, measure = everything(NURSE), measurer(lines)
        return pagefit.fit(
            NURSE, ranking(), selection, pages=1, render=shown, measure=measure, evidence=evidence, required=evidence
        )

    # 4 lines of bullets and 3 of credentials on a page of 5: the award and the weakest bullet go, BLS and ACLS stay.
    fitted = fit(5)
    assert [i.id for i in fitted.dropped] == ["award:1", "x0"]
    assert [c.name for c in fitted.selection.certificates(NURSE)] == [
        "Basic Life Support (BLS)",
        "Advanced Cardiovascular Life Support (ACLS)",
    ]
    # Only where nothing else makes the page does one go, the older first; what always stays stays (n0).
    tight = fit(2)
    assert tight.dropped_ids("certificate", "award") == ["award:1", "certificate:2"]
    assert tight.selection.bullet_ids == ["n0"]


def test_a_certificate_the_posting_prefers_outlasts_every_bullet_and_one_it_requires_goes_last() -> None:
    # The posting requires an RN licence (undated, as licences often are: by date alone it would go first) and
    # prefers ACLS (gained in 2024). A reader screens for both before reading a bullet: ACLS goes after every bullet
    # that may go, the licence after it.
    nurse = cv_of(
        {"Newest": ["n0", "n1", "n2"], "Older": ["o0", "o1"], "Oldest": ["x0"]},
        certificates=[
            {"name": "Registered Nurse (RN), Oregon #095007"},
            {"name": "Advanced Cardiovascular Life Support (ACLS)", "issuer": "AHA", "date": "2024"},
        ],
    )
    evidence, preferred, required = {"certificate:1", "certificate:2"}, {"certificate:2"}, {"certificate:1"}
    asked = {"evidence": evidence, "preferred": preferred, "required": required}
    order = pagefit.drop_order(nurse, ranking(), everything(nurse), **asked)
    assert [i.id for i in order] == ["x0", "o1", "n2", "n1", "o0", "certificate:2", "certificate:1"]

    # A page of 3 lines holds the current role's best bullet and both certificates; one of 2, the licence alone.
    shown, measurer = printing_credentials(nurse)
    fitted = pagefit.fit(nurse, ranking(), everything(nurse), pages=1, render=shown, measure=measurer(3), **asked)
    assert fitted.selection.bullet_ids == ["n0"]
    assert [c.name for c in fitted.selection.certificates(nurse)] == [
        "Registered Nurse (RN), Oregon #095007",
        "Advanced Cardiovascular Life Support (ACLS)",
    ]
    tight = pagefit.fit(nurse, ranking(), everything(nurse), pages=1, render=shown, measure=measurer(2), **asked)
    assert [c.name for c in tight.selection.certificates(nurse)] == ["Registered Nurse (RN), Oregon #095007"]


ENGINEER = cv_of(
    {"Newest": ["n0", "n1", "n2"], "Older": ["o0", "o1"], "Oldest": ["x0"]},
    certificates=[
        {"name": "Professional Engineer (PE), Pennsylvania", "date": "2018"},
        {"name": "Certified Functional Safety Engineer", "issuer": "TÜV Rheinland", "date": "2022"},
    ],
    awards=[{"name": "Hackathon Runner-Up", "date": "2019"}],
)


def test_a_certificate_held_outlasts_the_weaker_half_of_the_bullets_though_the_posting_names_it_not() -> None:
    # A perception posting names neither the engineer's PE licence nor the safety certificate; a reader of the
    # trade looks for them all the same, and each is one line: they go as a bullet of the median score does (after
    # x0, o1, n2 and n1, the median), not before every bullet. An award that shows nothing, a recognition, still goes
    # first.
    order = [i.id for i in pagefit.drop_order(ENGINEER, ranking(), everything(ENGINEER))]
    assert order == ["award:1", "x0", "o1", "n2", "n1", "certificate:1", "certificate:2", "o0"]


def test_a_certificate_that_has_expired_and_shows_nothing_goes_before_any_bullet() -> None:
    # "expired Mar 2021" is no qualification held: it shows nothing the posting asks, as before.
    order = [i.id for i in pagefit.drop_order(ENGINEER, ranking(), everything(ENGINEER), lapsed={"certificate:2"})]
    assert order[:3] == ["award:1", "certificate:2", "x0"]
    assert order.index("certificate:1") > order.index("n2")


def test_a_certificate_comes_back_where_a_line_is_free_though_a_bullet_stays_out() -> None:
    # 6 lines of bullets, 2 of certificates and 1 of the award on a page of 6: the award and the two weakest bullets
    # go; the certificates, one line each, stay with the better half of the work.
    shown, measurer = printing_credentials(ENGINEER)
    fitted = pagefit.fit(ENGINEER, ranking(), everything(ENGINEER), pages=1, render=shown, measure=measurer(6))
    assert [i.id for i in fitted.dropped] == ["award:1", "x0", "o1"]
    assert [c.name for c in fitted.selection.certificates(ENGINEER)] == [
        "Professional Engineer (PE), Pennsylvania",
        "Certified Functional Safety Engineer",
    ]


def test_an_award_that_shows_a_keyword_the_posting_prefers_goes_as_a_bullet_of_the_median_score() -> None:
    # An award is a recognition, not a qualification a posting screens for: it keeps the weaker half's place.
    nurse = cv_of({"Newest": ["n0", "n1", "n2"], "Older": ["o0", "o1"]}, awards=[{"name": "Sepsis Champion"}])
    order = pagefit.drop_order(nurse, ranking(), everything(nurse), evidence={"award:1"}, preferred={"award:1"})
    assert [i.id for i in order] == ["o1", "n2", "n1", "award:1", "o0"]


GRADUATE = cv_of(
    {"Newest": ["n0", "n1", "n2"], "Older": ["o0", "o1"]},
    education=[
        {"degree": "MSc Clinical Research", "institution": "Rush University", "grade": "3.9"},
        {"degree": "BSc Biology", "institution": "UIUC", "details": ["Biostatistics", "Pharmacology"]},
        {"degree": "High School Diploma", "institution": "Lane Tech"},
    ],
)


def printing_education(cv: CV) -> tuple[object, type[Lines]]:
    """The stand-in renderer and a measurer of its lines, where each degree takes a line, its grade one more and
    each detail one more."""

    def shown(selection: Selection) -> bytes:
        lines = sum(1 + bool(e.grade) + len(e.details) for e in selection.education(cv))
        return json.dumps({**json.loads(render(selection)), "education": lines}).encode()

    class WithEducation(Lines):
        def measure(self, documents: list[bytes]) -> list[Measured]:
            found = super().measure(documents)
            extra = [json.loads(d)["education"] / self.per_page for d in documents]
            return [Measured(m.pages + e) for m, e in zip(found, extra, strict=True)]

    return shown, WithEducation


def test_a_degrees_grade_and_details_go_before_any_jobs_last_bullet() -> None:
    # o0 is the Older job's best (0.6) and, left out, the job prints bare: the degrees' grade and courses go just
    # before it, the last degree's first; the high-school diploma prints nothing more to leave out.
    order = [i.id for i in pagefit.drop_order(GRADUATE, ranking(), everything(GRADUATE))]
    assert order == ["o1", "n2", "n1", "education:2", "education:1", "o0"]
    # A fit nobody asked for leaves no job bare: the grade and courses go after every bullet it may leave out.
    kept_roles = pagefit.drop_order(GRADUATE, ranking(), everything(GRADUATE), bare_roles=False)
    assert [i.id for i in kept_roles] == ["o1", "n2", "n1", "education:2", "education:1"]

    # 5 lines of bullets and 6 of education on a page of 7: the weaker bullets, then the BSc's courses make the
    # room (n1 fits again after them), and the Older job keeps its best; each degree's line stays.
    shown, measurer = printing_education(GRADUATE)
    fitted = pagefit.fit(GRADUATE, ranking(), everything(GRADUATE), pages=1, render=shown, measure=measurer(7))
    assert [[b.id for b in r.bullets] for r in fitted.selection.roles] == [["n0", "n1"], ["o0"]]
    assert fitted.dropped_ids("education") == ["education:2"]
    assert [(e.degree, e.grade, e.details) for e in fitted.selection.education(GRADUATE)] == [
        ("MSc Clinical Research", "3.9", []),
        ("BSc Biology", None, []),
        ("High School Diploma", None, []),
    ]


def test_the_details_of_a_degree_whose_text_shows_a_keyword_stay_and_a_grade_alone_may_go() -> None:
    # The coverage names the BSc (its courses may be what says "biostatistics") and the MSc (by its name): the
    # BSc's courses stay; the MSc's grade, which shows no keyword, may still go.
    evidence = {"education:1", "education:2"}
    assert [i.id for i in pagefit.education_details(GRADUATE, everything(GRADUATE), evidence)] == ["education:1"]


def test_a_limit_that_cannot_be_met_says_certificates_and_awards_were_left_out_too() -> None:
    shown, measurer = printing_credentials(NURSE)
    with pytest.raises(TailorError, match="without any droppable bullet, publication, skill, certificate or award"):
        pagefit.fit(NURSE, ranking(), everything(NURSE), pages=1, render=shown, measure=measurer(0.5))


def test_pinned_bullets_are_never_left_out() -> None:
    pinned = cv_of({"Newest": ["n0", "n1", "n2", "n3"]}, pinned=("n3",))
    order = pagefit.drop_order(pinned, ranking(), everything(pinned))
    assert "n3" not in [i.id for i in order]


def test_nothing_is_left_out_when_the_resume_already_fits() -> None:
    fitted = pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=2, render=render, measure=Lines(10))
    assert fitted.dropped == () and fitted.measured_pages <= 2


def test_the_weakest_items_go_until_it_fits_and_their_choices_say_page_fit() -> None:
    # 9 lines of bullets + 3 publications + 1 skills line = 13 lines; one page holds 11.
    fitted = pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=Lines(11))
    assert fitted.measured_pages <= 1
    assert [i.id for i in fitted.dropped] == ["Rust", "Python", "x0", "o1"]
    # The skills went first (they score nothing) and freed no line, but x0 and o1, which score, stay out: a skill the
    # posting gives no weight is no filler for a page that leaves out evidence.
    assert fitted.readded == ()


def test_a_short_weak_item_comes_back_after_a_long_stronger_one_had_to_go() -> None:
    # For 9 lines, leaving out x0, o1 and pub2 is not enough; n3 (3 lines) goes next, which frees
    # more than needed, so the weaker one-line items left out before it fit again, best first, while they fit.
    fitted = pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=Lines(9))
    assert [i.id for i in fitted.dropped] == ["Rust", "Python", "x0", "n3"]
    assert [i.id for i in fitted.readded] == ["pub2", "o1"]
    assert fitted.measured_pages <= 1


class PdfLines(Lines):
    """Measures the stand-in as a PDF would: in whole pages of ``per_page`` lines."""

    method = "pdf"
    batch = 5

    def measure(self, documents: list[bytes]) -> list[Measured]:
        return [Measured(math.ceil(measured.pages)) for measured in super().measure(documents)]


def test_measured_in_pdfs_a_short_item_comes_back_where_the_estimate_grows_as_much_for_it_as_for_a_long_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The PDF's page holds 9 lines. The estimate finds room for 7 and past them puts the page's last lines on a
    # second page however few are added (a heading kept with its text goes on to the next page): by its page count
    # giving back a one-line item costs as much as n3's 3 lines, which did not fit. By the length of the text, it
    # costs a third as much, so it is measured, and pub2 and o1 come back as with an estimate that is right.
    def lines(document: bytes) -> int:
        shown = json.loads(document)
        return sum(LINES[b] for b in shown["bullets"]) + len(shown["publications"]) + bool(shown["skills"])

    def estimate(document: bytes) -> float:
        return lines(document) / 7 if lines(document) <= 7 else 1.5

    monkeypatch.setattr(layout, "estimate_pages", estimate)
    monkeypatch.setattr(layout, "content_pages", lambda document: lines(document) / 9)
    fitted = pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=PdfLines(9))
    assert [i.id for i in fitted.dropped] == ["Rust", "Python", "x0", "n3"]
    assert [i.id for i in fitted.readded] == ["pub2", "o1"]
    assert fitted.measured_pages == 1


def test_left_out_bullets_get_the_reason_page_fit() -> None:
    selection = everything()
    choices = [Choice(b.id, True, "within budget") for _, b in CV_FIXTURE.bullets()]
    selection = Selection(selection.roles, selection.publications, selection.skills, choices)
    fitted = pagefit.fit(CV_FIXTURE, ranking(), selection, pages=1, render=render, measure=Lines(11))
    reasons = {c.bullet_id: c.reason for c in fitted.selection.choices}
    assert reasons["o1"] == "page fit" and reasons["n3"] == reasons["n0"] == "within budget"


def test_a_limit_that_cannot_be_met_is_an_error_with_the_way_out() -> None:
    with pytest.raises(TailorError, match=r"does not fit on 1 page.*Pass pages=2.*template=compact") as raised:
        # What always stays, n0 and the skills line, takes 2 lines.
        pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=Lines(1.5))
    flags = {"pages": "--pages", "template": "--template"}
    assert "Pass --pages 2, try --template compact," in raised.value.describe(flags.get)


def test_a_limit_below_one_page_is_a_bug_of_the_caller() -> None:
    # Users' values are checked once, by tailor.options.ResumeOptions.
    with pytest.raises(ValueError, match="at least 1"):
        pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=0, render=render, measure=Lines(3))


def test_each_selection_is_measured_once() -> None:
    lines = Lines(10)
    pagefit.fit(CV_FIXTURE, ranking(), everything(), pages=1, render=render, measure=lines)
    assert lines.measured <= 12


# --- the bundled CV, through real PDFs -----------------------------------------------------


def lowest_ranked_were_dropped(built, *, each_roles_best: bool = False) -> None:
    """Every bullet left out ranks no higher than every bullet kept that could have gone instead (of its job, a
    newer one or another section: a newer job keeps its bullets first): not the first role's best (it stays; with
    ``each_roles_best``, every role's does), not pinned, not one given back because it fitted again, not the only
    evidence of a required keyword (it goes later)."""
    from tailor.coverage import sole_evidence

    fit = built.documents.page_fit
    score = {b.id: b.score for b in built.match.ranking.bullets}
    given_back = {i.id for i in fit.readded} | sole_evidence(built.match.coverage, built.match.ranking)
    dropped = fit.dropped_ids("bullet")
    assert dropped
    roles = built.selection.roles if each_roles_best else built.selection.roles[:1]
    staying = {max(role.bullets, key=lambda b: score[b.id]).id for role in roles if role.bullets}
    # A newer job keeps its bullets before an older one of its section keeps any: a kept bullet is compared with
    # those left out of its own job, of newer ones and of other sections.
    job = {b.id: n for n, r in enumerate(built.match.cv.experience) for b in r.bullets}
    section = {n: r.section for n, r in enumerate(built.match.cv.experience)}
    for role in built.selection.roles:
        for bullet in role.bullets:
            if bullet.id not in staying and bullet.id not in given_back and not bullet.pin:
                n = job[bullet.id]
                rivals = [d for d in dropped if job[d] <= n or section[job[d]] != section[n]]
                assert all(score[bullet.id] >= score[d] for d in rivals), bullet.id


@needs_libreoffice
def test_pages_1_gives_a_one_page_pdf_leaving_out_the_lowest_ranked(built_documents) -> None:
    built = built_documents("classic, 1 page")
    assert pdf.page_count(built.pdf.read_bytes()) == 1
    fit = built.documents.page_fit
    assert fit.measured_by == "pdf" and fit.measured_pages == 1 and fit.dropped_ids("bullet")
    lowest_ranked_were_dropped(built)
    manifest = json.loads(built.manifest.read_text(encoding="utf-8"))
    assert manifest["page_fit"]["pages"] == 1 and manifest["page_fit"]["measured_by"] == "pdf"
    assert manifest["page_fit"]["dropped"] == fit.dropped_ids("bullet")
    reasons = {b["id"]: b["reason"] for b in manifest["bullets"]}
    assert {reasons[i] for i in fit.dropped_ids("bullet")} == {"page fit"}


@needs_libreoffice
def test_pages_2_gives_a_two_page_pdf_with_nothing_left_out_when_everything_fits(built_documents) -> None:
    built = built_documents("classic, 2 pages")
    assert pdf.page_count(built.pdf.read_bytes()) == 2
    assert built.documents.page_fit.dropped == ()
    assert json.loads(built.manifest.read_text(encoding="utf-8"))["page_fit"]["dropped"] == []


# --- without LibreOffice: an estimate, and the output says so --------------------------------


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)


def long_cv(tmp_path: Path) -> Path:
    """The bundled CV with five more roles of long bullets: over two pages in the classic template."""
    data = YAML(typ="safe").load(resources.default_cv().read_text(encoding="utf-8"))
    for n in range(5):
        data["experience"].append(
            {
                "id": f"extra{n}",
                "employer": f"Extra Employer {n}",
                "role": "Engineer",
                "start": f"{2000 - n}",
                "end": f"{2001 - n}",
                "bullets": [
                    {"id": f"extra{n}-{k}", "text": f"Worked on distributed system {n}.{k} " + "in C++ " * 25}
                    for k in range(3)
                ],
            }
        )
    path = tmp_path / "long.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML too
    return path


def test_without_libreoffice_the_fit_is_estimated_and_the_output_says_so(tmp_path: Path, no_libreoffice) -> None:
    out = tmp_path / "cv.docx"
    posting = DATA / "documents" / "ml-platform-engineer.txt"
    args = [
        "build",
        str(posting),
        "--cv",
        str(long_cv(tmp_path)),
        "-o",
        str(out),
        "--pages",
        "2",
        "--max-bullets",
        "30",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "estimated" in output and "Install LibreOffice for an exact fit" in output
    assert "Left out to fit on 2 pages" in output
    manifest = json.loads(out.with_name("cv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["page_fit"]["measured_by"] == "estimate"
    assert math.ceil(manifest["page_fit"]["measured_pages"]) <= 2
    for bullet in manifest["page_fit"]["dropped"]:
        assert f"bullet {bullet}" in output
    assert "Every bullet was a candidate" not in output  # --max-bullets 30 was the budget


def test_a_page_limit_without_a_count_says_every_bullet_was_a_candidate(tmp_path: Path, no_libreoffice) -> None:
    out = tmp_path / "cv.docx"
    posting = DATA / "documents" / "ml-platform-engineer.txt"
    result = runner.invoke(app, ["build", str(posting), "--cv", str(long_cv(tmp_path)), "-o", str(out), "--pages", "1"])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "Every bullet was a candidate (--pages without --max-bullets): the page decided how many stay." in output
    assert "Left out to fit on 1 page, in the order they went" in output


NURSE_CV = """\
contact: {name: Rosa Delgado, email: rosa.delgado@example.org}
experience:
  - id: mercy
    employer: Mercy General Hospital
    role: Registered Nurse, Cardiac Step-Down Unit
    start: 2019
    end: present
    bullets:
      - {id: mercy-1, text: Cared for 4–5 telemetry patients per shift after cardiac catheterization.}
      - {id: mercy-2, text: Titrated heparin and amiodarone drips per protocol.}
      - {id: mercy-3, text: Precepted 6 new graduate nurses through a 12-week orientation.}
  - id: valley
    employer: Valley Medical Center
    role: Registered Nurse, Medical-Surgical
    start: 2016
    end: 2019
    bullets:
      - {id: valley-1, text: Managed care for 6 post-operative patients per shift.}
      - {id: valley-2, text: Organised the unit's holiday food drive.}
education: [{degree: "BSN, Nursing", institution: State University, end: 2016}]
certificates:
  - {name: Basic Life Support (BLS), issuer: American Heart Association, date: 2024}
  - {name: Advanced Cardiovascular Life Support (ACLS), issuer: American Heart Association, date: 2023}
awards: [{name: Hospital Fun Run Volunteer Award, date: 2022}]
"""
NURSE_POSTING = """\
Registered Nurse – Cardiac Step-Down

Responsibilities:
- Care for telemetry patients after cardiac catheterization.
- Titrate cardiac drips per protocol.

Requirements:
- Active RN license.
- Current BLS and ACLS certification from the American Heart Association.
"""


def test_build_leaves_out_an_award_the_posting_asks_nothing_of_before_a_bullet_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    from docx import Document

    cv, posting, out = tmp_path / "cv.yaml", tmp_path / "posting.txt", tmp_path / "rn.docx"
    cv.write_text(NURSE_CV, encoding="utf-8")
    posting.write_text(NURSE_POSTING, encoding="utf-8")
    estimate_in_paragraphs(monkeypatch, 1.15)  # the award's lines are not enough: the weakest bullet goes too
    result = runner.invoke(app, ["build", str(posting), "--cv", str(cv), "-o", str(out), "--pages", "1"])

    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    # (A DAISY Award, for extraordinary nurses, honours the work a nurse's posting names: it would stay.)
    went = "- award “Hospital Fun Run Volunteer Award” (shows none of the posting's keywords) - bullet valley-2"
    assert went in output
    page_fit = json.loads(out.with_name("rn.manifest.json").read_text(encoding="utf-8"))["page_fit"]
    assert page_fit["dropped_credentials"] == ["award:1"] and page_fit["dropped"] == ["valley-2"]
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Fun Run" not in text and "holiday food drive" not in text and "Titrated heparin" in text
    assert "Basic Life Support (BLS)" in text and "Advanced Cardiovascular Life Support (ACLS)" in text


ADJUSTER_CV = """\
contact: {name: Corinne Abara, email: corinne@example.org}
summary: |-
  Property claims adjuster with nine years of homeowners and auto claims.

  I have worked catastrophe deployments after three hurricanes.

  I explain every reservation of rights in plain language, and I use Symbility daily.

  Outside of work I mentor new adjusters through the state association.
experience:
  - id: gulf
    employer: Gulf Mutual Insurance
    role: Senior Property Claims Adjuster
    start: 2019
    bullets:
      - {id: gulf-1, text: "Investigated and settled 180 homeowners property claims a year."}
      - {id: gulf-2, text: Inspected water and wind damage on site and wrote Xactimate estimates.}
      - {id: gulf-3, text: Negotiated settlements with public adjusters and contractors.}
  - id: coastal
    employer: Coastal Auto Insurance
    role: Auto Claims Adjuster
    start: 2015
    end: 2019
    bullets:
      - {id: coastal-1, text: Handled 120 open auto physical damage claims at a time.}
      - {id: coastal-2, text: Took recorded statements and determined liability.}
"""
ADJUSTER_POSTING = """\
Property Claims Adjuster

Responsibilities:
- Investigate and settle homeowners property claims.
- Inspect damage on site and write estimates in Xactimate or Symbility.

Requirements:
- Travel to catastrophe deployments as needed.
- Reservation of rights letters.

Preferred:
- Mentoring experience.
"""


def test_build_leaves_out_a_long_summarys_later_paragraphs_before_any_bullet_and_the_coverage_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    from docx import Document

    cv, posting, out = tmp_path / "cv.yaml", tmp_path / "posting.txt", tmp_path / "adjuster.docx"
    cv.write_text(ADJUSTER_CV, encoding="utf-8")
    posting.write_text(ADJUSTER_POSTING, encoding="utf-8")
    estimate_in_paragraphs(monkeypatch, 1.05, breaks=True)
    args = ["build", str(posting), "--cv", str(cv), "-o", str(out), "--pages", "1", "--export", "markdown"]
    result = runner.invoke(app, args)

    assert result.exit_code == 0, result.output
    assert "- your summary's paragraph 4 (before any bullet)" in " ".join(result.output.split())
    manifest = json.loads(out.with_name("adjuster.manifest.json").read_text(encoding="utf-8"))
    assert manifest["page_fit"]["dropped_summary_paragraphs"] == [4] and manifest["page_fit"]["dropped"] == []
    text = [p.text for p in Document(str(out)).paragraphs]
    # Each paragraph printed is the CV's, whole; the mentoring one is gone, every bullet stays.
    profile = next(t for t in text if t.startswith("Property claims"))
    assert profile.split("\n\n") == [
        "Property claims adjuster with nine years of homeowners and auto claims.",
        "I have worked catastrophe deployments after three hurricanes.",
        "I explain every reservation of rights in plain language, and I use Symbility daily.",
    ]
    assert "Took recorded statements and determined liability." in text
    assert "mentor new adjusters" not in out.with_suffix(".md").read_text(encoding="utf-8")
    # The summary shows what its printed paragraphs say: mentoring, said only in the fourth, is in the CV, not the
    # résumé.
    keywords = {k["term"]: k for k in manifest["coverage"]["keywords"]}
    assert (keywords["mentoring"]["status"], keywords["mentoring"]["where"]) == ("available", ["summary"])
    # A page that must lose more loses a paragraph that says no required keyword before the one that alone does
    # (reservation of rights, in the third).
    estimate_in_paragraphs(monkeypatch, 1.2, breaks=True)
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    manifest = json.loads(out.with_name("adjuster.manifest.json").read_text(encoding="utf-8"))
    assert manifest["page_fit"]["dropped_summary_paragraphs"] == [4, 2]
    keywords = {k["term"]: k for k in manifest["coverage"]["keywords"]}
    assert keywords["reservation of rights"]["status"] == "selected" and keywords["reservation of rights"]["met"]


@needs_libreoffice
def test_an_estimated_fit_holds_in_the_real_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailor.pipeline import build

    real = pdf.find_libreoffice()
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    built = build(
        DATA / "documents" / "ml-platform-engineer.txt",
        long_cv(tmp_path),
        output=tmp_path / "cv.docx",
        pages=2,
        max_bullets=30,
    )
    assert built.documents.page_fit.measured_by == "estimate" and built.documents.page_fit.dropped
    assert pdf.page_count(pdf.convert([built.output.read_bytes()], soffice=real)[0]) <= 2


# --- without a limit: a last page of a few lines is saved, or (with a count chosen) pointed out --


def build_estimated_at(filled: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **options: object):
    """A build of the bundled CV whose layout estimate says it fills ``filled`` pages."""
    from tailor.documents import layout
    from tailor.pipeline import build

    monkeypatch.setattr(layout, "estimate_pages", lambda data: filled)
    return build(DATA / "documents" / "ml-platform-engineer.txt", "example", output=tmp_path / "cv.docx", **options)


POSTING = DATA / "documents" / "ml-platform-engineer.txt"


def test_a_default_resume_whose_last_page_would_hold_a_few_lines_leaves_out_its_least_relevant_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    from tailor.pipeline import build

    estimate_in_paragraphs(monkeypatch, 1.2, breaks=True)
    built = build(POSTING, "example", output=tmp_path / "cv.docx")
    made = built.documents

    assert made.trimmed and made.spill is None
    assert made.page_fit.pages == 1 and made.page_fit.measured_pages <= 1
    assert made.page_fit.dropped_ids("bullet")
    lowest_ranked_were_dropped(built, each_roles_best=True)
    manifest = json.loads((tmp_path / "cv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["page_fit"]["trimmed"] is True and manifest["page_fit"]["pages"] == 1
    reasons = {b["id"]: b["reason"] for b in manifest["bullets"]}
    assert all(reasons[i] == pagefit.PAGE_FIT_REASON for i in made.page_fit.dropped_ids("bullet"))


def test_a_default_resume_that_libreoffice_lays_out_on_a_page_fewer_than_estimated_keeps_every_item(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tailor.pipeline import build

    estimate_in_paragraphs(monkeypatch, 1.2, breaks=True)
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: Path("/usr/bin/soffice"))
    monkeypatch.setattr(pdf, "convert", lambda documents, **_: [b"%PDF"] * len(documents))
    monkeypatch.setattr(pdf, "page_count", lambda data: 1)
    made = build(POSTING, "example", output=tmp_path / "cv.docx").documents

    assert not made.trimmed and made.page_fit is None and made.spill is None


def test_a_resume_cut_at_a_count_the_user_chose_keeps_its_bullets_and_says_how_to_save_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tailor.pipeline import build

    estimate_in_paragraphs(monkeypatch, 2.12)
    made = build(POSTING, "example", output=tmp_path / "cv.docx", max_bullets=10).documents

    assert made.page_fit is None and not made.trimmed
    assert made.spill is not None and made.spill.pages == 3 and made.spill.last_page == pytest.approx(0.12)


def test_a_resume_that_no_page_fewer_can_hold_is_left_as_it_is_without_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever is left out, the estimate stays at 2.12 pages: --pages 2 could not do it either.
    made = build_estimated_at(2.12, tmp_path, monkeypatch).documents

    assert made.page_fit is None and made.spill is None and not made.trimmed


def test_a_resume_cut_at_a_count_that_no_page_fewer_can_hold_gets_no_advice_to_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever --pages 2 left out, the estimate stays at 2.12 pages: advising it would only lead to an error.
    made = build_estimated_at(2.12, tmp_path, monkeypatch, max_bullets=10).documents

    assert made.page_fit is None and made.spill is None and not made.trimmed


@pytest.mark.parametrize("pages", [0.95, 1.0, 1.9, 2.3])
def test_a_resume_that_fills_its_last_page_well_or_has_one_page_is_left_as_it_is(
    pages: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = build_estimated_at(pages, tmp_path, monkeypatch).documents

    assert made.page_fit is None and made.spill is None


def test_a_resume_fitted_to_a_page_limit_gets_no_such_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    made = build_estimated_at(1.1, tmp_path, monkeypatch, pages=2).documents

    assert made.spill is None and not made.trimmed


def test_build_says_what_it_left_out_to_save_a_page_and_how_to_keep_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    estimate_in_paragraphs(monkeypatch, 1.2, breaks=True)
    result = runner.invoke(app, ["build", str(POSTING), "--cv", "example", "-o", str(tmp_path / "cv.docx")])

    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "Fitted on 1 page: page 2 would have held only a few lines." in output
    went = "Left out to fit on 1 page, in the order they went (what shows nothing the posting asks first, then"
    assert went in output
    assert "Every bullet was a candidate" not in output  # a last page saved, no page limit: the default budget
    manifest = json.loads((tmp_path / "cv.manifest.json").read_text(encoding="utf-8"))
    assert f"--max-bullets {manifest['budget']} keeps them (on 2 pages); --pages 2 fills 2 pages." in output


def test_build_with_a_count_prints_the_note_about_a_last_page_of_a_few_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    estimate_in_paragraphs(monkeypatch, 1.1)
    args = ["build", str(POSTING), "--cv", "example", "-o", str(tmp_path / "cv.docx"), "--max-bullets", "10"]
    result = runner.invoke(app, args)

    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "Note: The résumé runs to about 2 pages by an estimate from its line lengths (--pdf counts them)" in output
    assert "its last page only about 10% full" in output
    assert "--pages 1 leaves out its least relevant items to fit it on 1 page." in output


@needs_libreoffice
def test_with_a_pdf_the_page_saved_is_measured_in_the_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailor.pipeline import build

    estimate_in_paragraphs(monkeypatch, 1.1)
    made = build(POSTING, "example", output=tmp_path / "cv.docx", pdf=True).documents

    # Estimated, a few lines too many; measured in the PDF, one page would need the current role's second-best
    # bullet gone (each older role keeps its best): too dear for a few lines, so the note says how instead.
    assert not made.trimmed and made.page_fit is None
    assert made.spill is not None and pdf.page_count(made.pdf) == 2


def test_a_last_page_of_a_few_lines_is_not_saved_by_leaving_out_a_roles_better_bullets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    from tailor.pipeline import build

    cv = {
        "contact": {"name": "Rosa Quill"},
        "experience": [
            {
                "id": "now",
                "employer": "Larkfield Payroll",
                "role": "Payroll Lead",
                "start": "2021",
                "bullets": [
                    {"id": f"now-{n}", "text": f"Ran payroll and payroll tax filings for {n + 2} hundred staff."}
                    for n in range(5)
                ],
            },
            *(
                {
                    "id": f"old{n}",
                    "employer": f"Old Employer {n}",
                    "role": "Clerk",
                    "start": f"{2010 + n}",
                    "end": f"{2011 + n}",
                    "bullets": [{"id": f"old{n}-0", "text": "Filed letters and greeted visitors at the front desk."}],
                }
                for n in range(4)
            ),
        ],
    }
    path = tmp_path / "cv.yaml"
    path.write_text(json.dumps(cv), encoding="utf-8")
    posting = tmp_path / "p.txt"
    posting.write_text("Payroll Specialist\n\nRequirements:\n- Payroll and payroll tax filings\n", encoding="utf-8")
    estimate_in_paragraphs(monkeypatch, 1.15)

    made = build(posting, path, output=tmp_path / "cv.docx", max_bullets=7).documents

    # Only the payroll bullets could go (each clerk's role keeps its best): the résumé keeps them all and says how
    # --pages 1 would fit it.
    assert not made.trimmed and made.page_fit is None and made.spill is not None
    assert made.selection.bullet_ids == ["now-0", "now-1", "now-2", "old0-0", "old1-0", "old2-0", "old3-0"]


@needs_libreoffice
def test_with_a_pdf_the_note_gives_its_page_count_not_an_estimate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tailor.documents import pdf

    estimate_in_paragraphs(monkeypatch, 1.1)
    monkeypatch.setattr(pdf, "page_count", lambda data: 2)
    args = ["build", str(POSTING), "--cv", "example", "-o", str(tmp_path / "cv.docx"), "--pdf", "--max-bullets", "10"]
    result = runner.invoke(app, args)
    output = " ".join(result.output.split())
    assert "Note: The résumé runs to 2 pages (its PDF's count), its last page only about 10% full." in output
    assert "estimate" not in output.split("Note:")[1].split(".")[0]


@needs_libreoffice
def test_a_pdf_with_another_page_count_than_the_estimate_gets_no_such_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The estimate says which page the last lines fall on only when it agrees with the PDF.
    assert build_estimated_at(5.05, tmp_path, monkeypatch, pdf=True, max_bullets=10).documents.spill is None


def build_preferring_acls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled: float) -> tuple[str, str]:
    """The output of ``build --pages 1`` of the nurse's CV for a posting that prefers ACLS (which her summary says
    too), the résumé estimated to fill ``filled`` pages, and its text."""
    from docx import Document

    tmp_path.mkdir()
    cv, posting, out = tmp_path / "cv.yaml", tmp_path / "posting.txt", tmp_path / "rn.docx"
    cv.write_text(NURSE_CV + "summary: Cardiac step-down nurse, ACLS certified.\n", encoding="utf-8")
    required = "- Current BLS and ACLS certification from the American Heart Association.\n"
    asked = "- Current BLS certification from the American Heart Association.\n\nPreferred:\n- ACLS certification.\n"
    posting.write_text(NURSE_POSTING.replace(required, asked), encoding="utf-8")
    estimate_in_paragraphs(monkeypatch, filled)
    result = runner.invoke(app, ["build", str(posting), "--cv", str(cv), "-o", str(out), "--pages", "1"])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split()), "\n".join(p.text for p in Document(str(out)).paragraphs)


def test_build_keeps_a_certificate_the_posting_prefers_over_every_bullet_and_says_so_when_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    # A reader screens for ACLS before reading a bullet: the current job's second-best bullet goes, ACLS stays.
    output, text = build_preferring_acls(tmp_path / "a", monkeypatch, 1.4)
    assert "bullet mercy-2" in output and "Advanced Cardiovascular Life Support (ACLS)" in text
    # Where nothing else makes the page it goes, after every bullet; the line saying why follows what the fit was
    # told, not the coverage after it (which finds ACLS in the summary alone).
    output, text = build_preferring_acls(tmp_path / "b", monkeypatch, 1.8)
    went = "certificate “Advanced Cardiovascular Life Support (ACLS)” (shows a keyword the posting prefers: after every"
    assert went in output and "Advanced Cardiovascular Life Support (ACLS)" not in text


# --- skills in groups: a line each, measured like any line ------------------------------------------

AREAS = {f"Area {g}": [f"skill {g}{k}" for k in range(2)] for g in "ABCDEFGH"}
"""Sixteen skills in eight groups: one line of skills flat, eight lines grouped."""


def a_long_role_with_skills(skills: object) -> CV:
    text = "Delivered the quarterly programme of work number {} for the regional office, on time and within budget."
    bullets = [{"id": f"b{i}", "text": text.format(i)} for i in range(44)]
    return CV.model_validate(
        {
            "contact": {"name": "Ada Lovelace"},
            "experience": [{"id": "job", "employer": "Acme", "role": "Engineer", "start": "2020", "bullets": bullets}],
            "skills": skills,
        }
    )


def fit_one_page(cv: CV) -> pagefit.PageFit:
    import datetime

    from tailor.documents.render import build_context, render_docx

    bullets = [ScoredItem(b.id, "bullet", b.text, 1 - n / 100, ()) for n, (_, b) in enumerate(cv.bullets())]
    skills = [ScoredItem(f"skill-{n}", "skill", s, 0.0, ()) for n, s in enumerate(cv.skill_names, start=1)]
    selection = Selection([SelectedRole(e, list(e.bullets)) for e in cv.experience], [], cv.skill_names, [])

    def render(chosen: Selection) -> bytes:
        return render_docx(
            templates.resolve(None).path, build_context(cv, chosen, datetime.date(2025, 1, 1)), title="t"
        )

    return pagefit.fit(
        cv, Ranking(0.5, bullets, [], skills), selection, pages=1, render=render, measure=pagefit.EstimateMeasurer()
    )


def test_a_line_per_group_of_skills_is_measured_so_a_page_that_holds_the_flat_line_leaves_out_for_the_groups() -> None:
    flat = fit_one_page(a_long_role_with_skills([s for group in AREAS.values() for s in group]))
    grouped = fit_one_page(a_long_role_with_skills(AREAS))

    assert flat.dropped == ()
    assert grouped.dropped and grouped.measured_pages <= 1


def test_an_older_jobs_bullet_that_alone_says_a_required_keyword_keeps_the_newer_jobs_last_bullet_with_it() -> None:
    # A tax posting: the oldest job (an internship) alone says the returns it requires (x0); the middle job's one
    # bullet is weak. Neither is left out before the newest job's second bullet: the keyword stays, and the middle job
    # keeps its bullet, so no old work prints under a newer job printed bare.
    cv = cv_of({"Newest": ["n0", "n1"], "Middle": ["m0"], "Oldest": ["x0"]})
    scores = {"n0": 0.9, "n1": 0.3, "m0": 0.05, "x0": 0.7}
    bullets = [ScoredItem(i, "bullet", i, s, ()) for i, s in sorted(scores.items(), key=lambda x: -x[1])]
    ranked = Ranking(0.5, bullets, [], [])
    order = [i.id for i in pagefit.drop_order(cv, ranked, everything(cv), evidence={"x0"})]
    assert order == ["n1", "x0", "m0"]
    assert _fit_by_recency(scores, dict.fromkeys(scores, 1), per_page=3, evidence={"x0"}) == [["n0"], ["m0"], ["x0"]]
    # Without the keyword, the older job goes bare first, whatever its bullet scores.
    plain = [i.id for i in pagefit.drop_order(cv, ranked, everything(cv))]
    assert plain == ["x0", "m0", "n1"]


# --- the policy on a whole page, through LibreOffice -------------------------------------------------------------

ICU_NURSE_CV = """\
contact: {name: Maren Solberg, email: maren.solberg@example.org, location: "Spokane, WA"}
summary: Registered nurse with eight years in medical and cardiac intensive care.
experience:
  - id: mercy
    employer: Mercy Ridge Medical Center
    role: ICU Registered Nurse
    start: 2019
    bullets:
      - Care for two critically ill patients a shift in a 24-bed medical ICU, including ventilated and septic patients.
      - Titrate vasoactive drips and sedation to protocol and monitor arterial lines and central lines.
      - Respond to rapid responses and codes as a member of the hospital's code team.
      - Precept new graduate nurses through a twelve-week ICU orientation.
      - Chair the unit's infection prevention committee, which cut catheter infections by 40 percent.
      - Document assessments and care plans in Epic.
      - Place ultrasound-guided peripheral IVs for patients with difficult access.
      - Coordinate family meetings with the intensivist and the palliative care team.
      - Audit central line dressings each month for the unit's quality dashboard.
      - Organised the unit's summer picnic and the holiday gift exchange.
  - id: lakeview
    employer: Lakeview Hospital
    role: Cardiac Step-Down Registered Nurse
    start: 2016
    end: 2019
    bullets:
      - Monitored telemetry for five cardiac patients after catheterisation and open-heart surgery.
      - Managed heparin and amiodarone drips to protocol.
      - Taught patients and families about heart failure medications and discharge plans.
      - Served on the unit's shared governance council.
      - Trained staff on the new cardiac monitoring system.
      - Charge nurse for a 20-bed unit two shifts a week.
  - id: birch
    employer: Birch Hollow Care Center
    role: Licensed Practical Nurse
    start: 2013
    end: 2016
    bullets:
      - Passed medications and treatments for 30 long-term care residents.
      - Dressed pressure wounds and tracked their healing.
      - Supervised three nursing assistants on the evening shift.
  - {id: chess, section: Memberships, role: Member, employer: Spokane Chess Society, start: 2014}
  - {id: quilters, section: Memberships, role: Member, employer: Inland Quilters Guild, start: 2015}
  - {id: choir, section: Memberships, role: Alto, employer: Riverside Community Choir, start: 2016}
  - {id: pantry, section: Volunteering, role: Volunteer, employer: Northside Food Pantry, start: 2018}
  - {id: bikes, section: Volunteering, role: Volunteer, employer: Spokane Bike Kitchen, start: 2017}
education:
  - {degree: Bachelor of Science in Nursing, institution: Eastern Washington University, end: 2016}
  - {degree: Practical Nursing Certificate, institution: Spokane Community College, end: 2013}
skills: [Ventilator management, Arterial lines, Sepsis care, Epic, Cerner, Microsoft Office, Knitting, Spanish]
certificates:
  - {name: "Registered Nurse License, Washington State"}
  - {name: Basic Life Support (BLS), issuer: American Heart Association, date: 2024}
  - {name: Advanced Cardiovascular Life Support (ACLS), issuer: American Heart Association, date: 2024}
  - {name: Critical Care Registered Nurse (CCRN), issuer: AACN, date: 2021}
  - {name: NIH Stroke Scale (NIHSS), issuer: American Stroke Association, date: 2022}
interests: [Gardening, Trail running]
"""
ICU_POSTING = """\
Registered Nurse – Medical Intensive Care Unit

Responsibilities:
- Provide direct care to critically ill adult patients, including ventilated patients and patients with sepsis.
- Titrate vasoactive medications and monitor arterial lines.
- Respond to rapid responses and codes.
- Precept new nurses and document care in Epic.

Requirements:
- Current Washington State Registered Nurse license.
- Current BLS and ACLS certification.

Preferred:
- NIHSS certification.
"""


@needs_libreoffice
def test_one_page_leaves_out_memberships_before_a_preferred_certificate_and_says_so(
    tmp_path: Path,
) -> None:
    from docx import Document

    cv, posting, out = tmp_path / "cv.yaml", tmp_path / "posting.txt", tmp_path / "rn.docx"
    cv.write_text(ICU_NURSE_CV, encoding="utf-8")
    posting.write_text(ICU_POSTING, encoding="utf-8")
    result = runner.invoke(app, ["build", str(posting), "--cv", str(cv), "-o", str(out), "--pages", "1", "--pdf"])

    assert result.exit_code == 0, result.output
    assert pdf.page_count(out.with_suffix(".pdf").read_bytes()) == 1
    page_fit = json.loads(out.with_name("rn.manifest.json").read_text(encoding="utf-8"))["page_fit"]
    # The memberships and volunteering lines say nothing of the job: they go (the later in the CV first) before any
    # bullet, and here every bullet stays.
    assert page_fit["dropped_entries"][:4] == ["bikes", "pantry", "choir", "quilters"] and page_fit["dropped"] == []
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Inland Quilters Guild" not in text and "Northside Food Pantry" not in text
    # The certificate the posting prefers stays, with those it requires.
    assert "NIH Stroke Scale (NIHSS)" in text and "Registered Nurse License, Washington State" in text
    output = " ".join(result.output.split())
    assert "Inland Quilters Guild (left out: to fit the page)" in output


def test_an_award_its_employer_gave_for_a_job_whose_work_scores_goes_as_a_bullet_of_the_median_score() -> None:
    # A sales rep's President's Club is the company's recognition of her sales: it shares no word of a sales posting,
    # but honours the work the résumé shows under that employer, so it keeps the weaker half's place, as an award
    # that shows a keyword does. A café's award for a job whose bullets score nothing stays a line the work can use.
    rep = cv_of(
        {"Newest": ["n0", "n1", "n2"], "Older": ["o0", "o1"], "Oldest": ["x0"]},
        awards=[
            {"name": "President's Club", "issuer": "Newest Inc.", "date": "2023"},
            {"name": "Employee of the Month", "issuer": "Oldest", "date": "2015"},
        ],
    )
    scored = ranking()
    scored = Ranking(scored.score, [b if b.id != "x0" else replace(b, score=0.0) for b in scored.bullets], [], [])
    order = [i.id for i in pagefit.drop_order(rep, scored, everything(rep))]
    assert order.index("award:2") < order.index("x0")
    assert order.index("n2") < order.index("award:1") < order.index("o0")


# --- a default budget that leaves its last page part empty ----------------------------------


def budgeted(cv: CV, kept: Collection[str], why: dict[str, str]) -> Selection:
    """``cv``'s selection of the bullets ``kept``, the others left out for the reasons ``why`` gives ("budget")."""
    roles = [SelectedRole(e, [b for b in e.bullets if b.id in kept]) for e in cv.experience]
    choices = [Choice(i, i in kept, "within budget" if i in kept else why.get(i, "budget")) for i in SCORES]
    return Selection(roles, list(cv.publications), cv.skill_names, choices, budget=len(kept))


def test_the_bullets_a_page_may_keep_are_those_the_budget_left_out_that_score_a_quarter_of_the_best() -> None:
    # The best scores 0.9: o0 (0.6, held back by its role's cap) and n1 (0.5) are relevant work; n2 (0.2) shares a
    # little with the posting, and a page with room is no reason to print it.
    selection = budgeted(CV_FIXTURE, {"n0", "x0"}, {"o0": "role cap", "o1": "role cap"})
    assert page_fillers(ranking(), selection) == ["o0", "n1"]


def test_a_last_page_with_room_keeps_the_relevant_bullets_the_budget_left_out_best_first() -> None:
    # 2 bullets, 3 publications and the skills line take 6 lines of a page of 9: o0 and n1 fit, in their roles by
    # relevance; n3 (3 lines) would not, and stays out for the budget, as it was.
    cv = CV_FIXTURE
    selection = budgeted(cv, {"n0", "x0"}, {})
    fillers = ["o0", "n1", "n3"]
    added = pagefit.fill(cv, ranking(), selection, fillers, pages=1, render=render, measure=Lines(9))
    assert added is not None and added.measured_pages <= 1
    assert [[b.id for b in r.bullets] for r in added.selection.roles] == [["n0", "n1"], ["o0"], ["x0"]]
    reasons = {c.bullet_id: c.reason for c in added.selection.choices}
    assert reasons["o0"] == reasons["n1"] == "fills the page" and reasons["n3"] == "budget"
    assert added.selection.budget == 4


def test_a_page_without_room_keeps_the_selection_as_it_was() -> None:
    selection = budgeted(CV_FIXTURE, {"n0", "x0"}, {})
    assert pagefit.fill(CV_FIXTURE, ranking(), selection, ["n3"], pages=1, render=render, measure=Lines(7)) is None


WAREHOUSE_CV = """\
contact: {name: Priya Okafor, email: priya@example.org}
experience:
  - id: now
    employer: Tidewater Logistics
    role: Warehouse Operations Supervisor
    start: 2021
    bullets:
"""
WAREHOUSE_CV += "".join(
    f"      - {{id: now-{n}, text: 'Supervised inventory control and cycle counts for {what}.'}}\n"
    for n, what in enumerate(
        ["frozen goods", "dry goods", "returns", "pharmacy stock", "bulk storage", "the cross-dock", "hazmat"], 1
    )
)
WAREHOUSE_CV += """\
  - id: before
    employer: Harbor Freight Lines
    role: Inventory Control Lead
    start: 2016
    end: 2021
    bullets:
"""
WAREHOUSE_CV += "".join(
    f"      - {{id: before-{n}, text: 'Ran inventory control and cycle counts in the {what}.'}}\n"
    for n, what in enumerate(
        ["north building", "south building", "yard", "cold room", "parts cage", "mezzanine", "annex", "dock"], 1
    )
)
WAREHOUSE_CV += """\
      - {id: before-9, text: Organized the staff picnic.}
  - id: first
    employer: Bayside Grocers
    role: Stock Associate
    start: 2013
    end: 2016
    bullets:
      - {id: first-1, text: Counted stock for the weekly inventory control report.}
      - {id: first-2, text: Stocked shelves on the night shift.}
"""
WAREHOUSE_POSTING = """\
Inventory Control Manager

Responsibilities:
- Lead inventory control and cycle counts across the warehouse.

Requirements:
- Five years of inventory control.
"""


def test_build_fills_a_last_page_with_room_with_relevant_bullets_the_default_budget_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_libreoffice
) -> None:
    # 14 of 18 bullets, by default, fill a page and a half: the second page has room for the two inventory control
    # bullets the older role's cap held back, which score as the kept ones do; the picnic and the shelves, which say
    # little or nothing the posting asks, stay out, and with --max-bullets 14 so do the two.
    cv, posting, out = tmp_path / "cv.yaml", tmp_path / "posting.txt", tmp_path / "ops.docx"
    cv.write_text(WAREHOUSE_CV, encoding="utf-8")
    posting.write_text(WAREHOUSE_POSTING, encoding="utf-8")
    estimate_in_paragraphs(monkeypatch, 1.5)
    result = runner.invoke(app, ["build", str(posting), "--cv", str(cv), "-o", str(out)])

    assert result.exit_code == 0, result.output
    manifest = json.loads(out.with_name("ops.manifest.json").read_text(encoding="utf-8"))
    reasons = {b["id"]: b["reason"] for b in manifest["bullets"]}
    assert [i for i, r in reasons.items() if r == "fills the page"] == ["before-5", "before-6"]
    assert reasons["before-9"] == "role cap" and reasons["first-2"] == "no evidence"
    assert manifest["budget"] == 16 and manifest.get("page_fit") is None
    assert "page 2 had room" in " ".join(result.output.split())

    args = ["build", str(posting), "--cv", str(cv), "-o", str(out), "--max-bullets", "14", "--force"]
    kept = runner.invoke(app, args)
    assert kept.exit_code == 0, kept.output
    manifest = json.loads(out.with_name("ops.manifest.json").read_text(encoding="utf-8"))
    assert "fills the page" not in {b["reason"] for b in manifest["bullets"]} and manifest["budget"] == 14
