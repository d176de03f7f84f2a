"""Choose and order what goes into the tailored résumé.

Pure and deterministic: a function of the CV, the ranking and the budgets. Ties
in score keep the CV's own order.

The rules, in order of precedence:

1. Every role stays, in the CV's order (reverse-chronological), so the résumé has
   no unexplained gaps; an entry of a section of its own (a project, a volunteer role)
   stays only with a bullet kept.
2. Pinned bullets are always kept, and count within the budget; where pins alone
   exceed it, the selection says so (:attr:`Selection.warnings`). A bullet that says
   what another of its role says (the same words, one a variant of the other: see
   :func:`repeats`) is left out for it, unless pinned: a master CV keeps variants of a
   claim, a résumé prints one.
3. Each role, most recent first, keeps its best bullet if the posting finds any
   evidence in it (a score above 0); an entry of a section of its own (a project) has
   no gap to explain, and its bullets compete by their scores.
4. The remaining budget goes to the highest-scoring bullets, subject to a per-role
   cap that shrinks with age: recent roles may keep more bullets than old ones (each
   counted among the roles of its own section: projects listed first age no job). Room
   the caps leave goes to the best of the bullets they held back: an older role's
   evidence is not left out while the budget has room for it, nor for a bullet it
   outscores :data:`RELEVANCE_OVER_RECENCY` times. A bullet with no evidence at all is
   never chosen over one with evidence.
5. A role left without a bullet, while there is room, keeps the one its owner put
   first: no role stands bare to save a line.
6. Within a role, kept bullets are ordered by relevance.
7. Publications: the pinned and then the most relevant are kept, up to their budget (pins
   beyond it too), and printed newest first, as a reader expects a list of publications
   (relevance decides *which*, the year their order, as for roles; work forthcoming or in
   press is newer than any year). Skills are ordered by relevance and cut to their
   budget, but a skill the posting names, or one pinned, is always kept.
8. Education goes before experience for someone still studying or just graduated, whose
   work began with their studies (:func:`education_first`); after it for everyone else.

The budget is ``max_bullets``, by default :func:`default_budget`: 14, or three
quarters of a smaller CV's bullets, so that tailoring a short CV still leaves its
least relevant bullets out. A default budget's résumé whose last page has room keeps
too the relevant bullets it left out that the page holds (:func:`page_fillers`,
:func:`widened`; the page is measured where the résumé is rendered).

A résumé prints a role's kept bullets grouped under their qualifiers
(:attr:`SelectedRole.groups`): that is the order a reader, and the read-back
check, sees them in. It does not change what is kept or how it ranks.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # type names only: keeps `tailor --help` from importing pydantic
    from tailor.cv.model import CV, Bullet, Certificate, Credential, Education, Experience, Publication
    from tailor.rank import Ranking

T = TypeVar("T")

DEFAULT_MAX_BULLETS = 14
"""Enough for a dense two-page résumé next to education and publications."""
DEFAULT_SHARE = 0.75
"""A CV of fewer bullets keeps this share of them by default (:func:`default_budget`)."""
RELEVANT_SHARE = 0.25
"""A bullet that scores at least this share of the best bullet's score is relevant enough that a short CV's default
budget (:data:`DEFAULT_SHARE` of its bullets) does not leave it out, up to :data:`DEFAULT_MAX_BULLETS`."""
DEFAULT_MAX_PUBLICATIONS = 5
DEFAULT_MAX_SKILLS = 12


RELEVANCE_OVER_RECENCY = 2.0
"""A bullet an older role's cap held back replaces the weakest bullet kept within the budget when it scores at
least this many times as high: the most relevant work is shown, however long ago, while close calls go to the
recent role."""


def role_cap(position: int) -> int:
    """How many bullets the role at ``position`` (0 = most recent) may keep."""
    return max(2, 8 - 2 * position)


def _caps(entries: Sequence[Experience]) -> list[int]:
    """Each entry's :func:`role_cap`, by its place among the entries of its own section: the projects a JSON Resume
    lists before the work (undated, "Projects") make no work role older, and a role is no project's elder."""
    seen: dict[str | None, int] = defaultdict(int)
    caps = []
    for entry in entries:
        caps.append(role_cap(seen[entry.section]))
        seen[entry.section] += 1
    return caps


def default_budget(cv: CV) -> int:
    """How many bullets a résumé of ``cv`` keeps when not told: :data:`DEFAULT_MAX_BULLETS`, or
    three quarters of a smaller CV's bullets (rounded up, and at least one per role)."""
    total = len(cv.bullets())
    return min(DEFAULT_MAX_BULLETS, max(len(cv.experience), math.ceil(DEFAULT_SHARE * total)))


def _default_budget(cv: CV, score: dict[str, float]) -> int:
    """:func:`default_budget`, raised for a short CV to keep every bullet that scores at least :data:`RELEVANT_SHARE`
    of the best one (up to :data:`DEFAULT_MAX_BULLETS`): a designer's "Built and maintained the Aurora design
    system" is no bullet to leave out of a one-page résumé with room to spare, though it ranks seventh of eight."""
    best = max(score.values(), default=0.0)
    relevant = sum(1 for value in score.values() if best > 0 and value >= RELEVANT_SHARE * best)
    # A job whose best bullet is less relevant still keeps it ("best of its role"): a place of its own, not one of
    # the relevant bullets' (an intern's summer of eight bullets is no reason to leave out the sixth best).
    weak_roles = sum(
        1
        for entry in cv.experience
        if entry.section is None
        and 0 < max((score.get(b.id, 0.0) for b in entry.bullets), default=0.0) < RELEVANT_SHARE * best
    )
    return max(default_budget(cv), min(DEFAULT_MAX_BULLETS, relevant + weak_roles))


KEPT_REASONS = (
    "pinned",
    "best of its role",
    "within budget",
    "first of its role",
    "fills the page",
    "asked for by the posting",
    "of a kind the posting asks for",
    "shows a required keyword",
    "named by a kept bullet",
)
ASKED_REASONS = ("pinned", "asked for by the posting", "of a kind the posting asks for")
"""Why a skill is kept whatever the budget, and kept when a page must be fitted: the owner pinned it, or the
posting asks for it, by name or as one of a kind it names (ATAC-seq where it asks for next-generation sequencing)."""
DROPPED_REASONS = ("role cap", "budget", "no evidence", "repeats another", "under Languages")
REPEAT_WORDS = 5
"""A bullet repeats another of its role when all its words are in the other, in their order, and it has at least
this many (:func:`repeats`): short bullets ("Led the team.") may be part of another and say something else."""


@dataclass(frozen=True)
class Choice:
    """Whether an item was kept, and why (one of KEPT_REASONS or DROPPED_REASONS)."""

    bullet_id: str
    """The bullet's id (for a skill's choice, the skill's name)."""
    kept: bool
    reason: str


@dataclass(frozen=True)
class BulletGroup:
    """Kept bullets of one role that share a qualifier."""

    qualifier: str
    """The bullets' ``role``, e.g. "As postdoc": which step of the role they belong to; ``""`` for none."""
    bullets: list[Bullet]


@dataclass(frozen=True)
class SelectedRole:
    entry: Experience
    bullets: list[Bullet]
    """The kept bullets, most relevant first."""

    @property
    def groups(self) -> list[BulletGroup]:
        """The kept bullets as a résumé prints them: grouped by qualifier, the role's own bullets
        (no qualifier) first, then the qualified groups in the order the role's bullets in the CV
        first use them, each group's bullets most relevant first.

        A qualifier says whose claim a bullet is ("As postdoc: supervision of PhD students"),
        so it must stand over the bullet; ordering across qualifiers by relevance alone would
        put a bullet under another step's qualifier. The role's own bullets have no line over
        them, so after a qualified group they would read as that step's: they come first.
        """
        first_use: dict[str, int] = {}
        for bullet in self.entry.bullets:
            first_use.setdefault(bullet.role or "", len(first_use))
        grouped: dict[str, list[Bullet]] = defaultdict(list)
        for bullet in self.bullets:
            grouped[bullet.role or ""].append(bullet)
        order = sorted(grouped, key=lambda q: (q != "", first_use.get(q, len(first_use))))
        return [BulletGroup(qualifier, grouped[qualifier]) for qualifier in order]

    @property
    def printed(self) -> list[Bullet]:
        """The kept bullets in the order a résumé prints them (see :attr:`groups`)."""
        return [bullet for group in self.groups for bullet in group.bullets]


PARAGRAPH = "summary ¶"
"""What names a paragraph of the summary, before its number from 1 (``summary ¶3``): page fitting's item, and the
evidence it keeps (:func:`tailor.coverage.summary_paragraphs_evidencing`)."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (a summary): its pieces between blank lines, each as written."""
    return [p for p in _BLANK_LINE.split(text.strip()) if p.strip()]


@dataclass(frozen=True)
class Selection:
    roles: list[SelectedRole]
    publications: list[Publication]
    skills: list[str]
    choices: list[Choice]
    """One per bullet of the CV, in CV order."""
    skill_choices: list[Choice] = field(default_factory=list)
    """One per skill of the CV, in CV order."""
    budget: int = DEFAULT_MAX_BULLETS
    """The number of bullets the résumé could keep."""
    warnings: list[str] = field(default_factory=list)
    """Rules that could not all be kept (more pinned bullets than the budget)."""
    education_first: bool = False
    """Print education before experience (:func:`education_first`)."""
    interests: bool = True
    """Print the CV's interests; page fitting leaves them out before any bullet (:mod:`tailor.documents.pagefit`)."""
    credentials_left_out: frozenset[str] = frozenset()
    """The CV's certificates and awards page fitting left out, by id (``certificate:<n>``, ``award:<n>``:
    :meth:`tailor.cv.model.CV.credentials`); the résumé prints every other."""
    education_details_left_out: frozenset[str] = frozenset()
    """The CV's degrees whose grade and detail lines (courses, a thesis) page fitting left out, by id
    (``education:<n>``, counted from 1, as the coverage names them); each still prints its degree, institution,
    place and dates."""

    summary_paragraphs_left_out: frozenset[int] = frozenset()
    """The paragraphs of the summary page fitting left out, by number (counted from 1; the first always prints):
    :meth:`summary_printed`."""

    def summary_printed(self, summary: str) -> str:
        """``summary`` as the résumé prints it: without the paragraphs :attr:`summary_paragraphs_left_out` names."""
        if not self.summary_paragraphs_left_out:
            return summary
        kept = [p for n, p in enumerate(paragraphs(summary), start=1) if n not in self.summary_paragraphs_left_out]
        return "\n\n".join(kept)

    def education(self, cv: CV) -> list[Education]:
        """The CV's degrees as the résumé prints them, in CV order: those :attr:`education_details_left_out`
        names without their grade and details."""
        out = self.education_details_left_out
        return [
            e.model_copy(update={"grade": None, "details": []}) if f"education:{n}" in out else e
            for n, e in enumerate(cv.education, start=1)
        ]

    def certificates(self, cv: CV) -> list[Certificate]:
        """The CV's certificates the résumé prints, in CV order."""
        from tailor.cv.model import credential_id

        out = self.credentials_left_out
        return [c for n, c in enumerate(cv.certificates, start=1) if credential_id("certificate", n) not in out]

    def awards(self, cv: CV) -> list[Credential]:
        """The CV's awards the résumé prints, in CV order."""
        from tailor.cv.model import credential_id

        out = self.credentials_left_out
        return [a for n, a in enumerate(cv.awards, start=1) if credential_id("award", n) not in out]

    @property
    def bullet_ids(self) -> list[str]:
        """The kept bullets' ids, role by role, each role's most relevant first (:attr:`printed_ids`: as printed)."""
        return [b.id for r in self.roles for b in r.bullets]

    @property
    def printed_ids(self) -> list[str]:
        """The kept bullets' ids in the order a résumé prints them."""
        return [b.id for r in self.roles for b in r.printed]

    @property
    def dropped(self) -> list[Choice]:
        """The choices of items left out, each with its reason."""
        return [c for c in self.choices if not c.kept]


def select(
    cv: CV,
    ranking: Ranking,
    max_bullets: int | None = None,
    max_publications: int = DEFAULT_MAX_PUBLICATIONS,
    max_skills: int = DEFAULT_MAX_SKILLS,
    *,
    education_first: bool = False,
    fill: bool = False,
    wanted: Sequence[Collection[str]] = (),
    sole: Collection[str] = (),
) -> Selection:
    """Select bullets, publications and skills from ``cv`` in the light of ``ranking``, keeping at
    most ``max_bullets`` bullets (default: :func:`default_budget`, raised to keep each bullet scoring a fair share of
    the best one: :data:`RELEVANT_SHARE`); ``education_first`` puts the
    education before the experience. With ``fill``, room left after every bullet with evidence goes to
    the others, in CV order: candidates to fill a page, which page fitting leaves out first.

    ``wanted`` are the bullets (by id) that say each required keyword the résumé would otherwise lack, most
    important first, and ``sole`` the kept bullets each the résumé's only evidence of one
    (:func:`tailor.coverage.sole_evidence`): the best of each ``wanted`` group takes the place of the weakest bullet
    kept within the budget that is in neither (:func:`_with_required`)."""
    score = {item.id: item.score for item in ranking.bullets}
    budget = _default_budget(cv, score) if max_bullets is None else max_bullets
    position = {b.id: i for i, (_, b) in enumerate(cv.bullets())}
    role_of = {b.id: r for r, e in enumerate(cv.experience) for b in e.bullets}
    cap = _caps(cv.experience)

    def by_relevance(bullets: list[Bullet]) -> list[Bullet]:
        return sorted(bullets, key=lambda b: (-score.get(b.id, 0.0), position[b.id]))

    def by_score(bullet: Bullet) -> tuple[float, int]:  # weakest first, the later of equals first
        return score.get(bullet.id, 0.0), -position[bullet.id]

    kept: dict[int, list[Bullet]] = defaultdict(list)
    reason: dict[str, str] = {}

    def keep(bullet: Bullet, why: str) -> None:
        kept[role_of[bullet.id]].append(bullet)
        reason[bullet.id] = why

    for _, bullet in cv.bullets():
        if bullet.pin:
            keep(bullet, "pinned")
    for entry in cv.experience:
        for bullet in repeats(entry.bullets, by_relevance):
            reason[bullet.id] = "repeats another"
    warnings = []
    if len(reason) > budget:
        warnings.append(
            f"{len(reason)} bullets are pinned, more than the {budget} the résumé may keep: all pinned bullets "
            "are kept, and no other. Unpin some, or raise the budget."
        )
    room = budget - len(reason)
    for entry in (e for e in cv.experience if e.section is None):  # a job, not a project: no gap to explain
        best = next(iter(by_relevance([b for b in entry.bullets if b.id not in reason])), None)
        if room > 0 and best is not None and score.get(best.id, 0.0) > 0:
            keep(best, "best of its role")
            room -= 1
    capped = []
    for bullet in by_relevance([b for _, b in cv.bullets() if b.id not in reason]):
        r = role_of[bullet.id]
        if score.get(bullet.id, 0.0) <= 0:
            break  # the rest have no evidence either
        if len(kept[r]) >= cap[r]:
            reason[bullet.id] = "role cap"
            capped.append(bullet)
        elif room <= 0:
            reason[bullet.id] = "budget"
        else:
            keep(bullet, "within budget")
            room -= 1
    for bullet in capped:  # room the recent roles left: the caps give way, best first
        if room <= 0:
            break
        keep(bullet, "within budget")
        room -= 1
    # A bullet a cap held back that is far more relevant than one kept in its place takes that place.
    weakest = sorted((b for bs in kept.values() for b in bs if reason[b.id] == "within budget"), key=by_score)
    for bullet in (b for b in capped if reason[b.id] == "role cap"):
        if not weakest or score.get(bullet.id, 0.0) < RELEVANCE_OVER_RECENCY * score.get(weakest[0].id, 0.0):
            break
        out = weakest.pop(0)
        kept[role_of[out.id]].remove(out)
        reason[out.id] = "budget"
        keep(bullet, "within budget")
    swaps = list(_with_required(wanted, sole, kept, reason, score, {b.id: b for _, b in cv.bullets()}, by_score))
    for bullet, out in swaps:
        kept[role_of[out.id]].remove(out)
        reason[out.id] = "budget"
        keep(bullet, "shows a required keyword")
    for r, entry in enumerate(cv.experience):
        first = next((b for b in entry.bullets if b.id not in reason), None)
        if room > 0 and not kept[r] and first is not None:
            keep(first, "first of its role")
            room -= 1
    for _, bullet in cv.bullets() if fill else ():
        if room > 0 and bullet.id not in reason:
            keep(bullet, "fills the page")
            room -= 1
    for _, bullet in cv.bullets():
        reason.setdefault(bullet.id, "no evidence" if score.get(bullet.id, 0.0) <= 0 else "budget")
    choices = [Choice(b.id, reason[b.id] in KEPT_REASONS, reason[b.id]) for _, b in cv.bullets()]

    # A project or a volunteer role (an entry of a section of its own) that keeps none of its bullets is left out: it
    # is no job whose absence leaves a gap, and its bare name says nothing the posting asked for.
    roles = in_sections(
        [SelectedRole(e, by_relevance(kept[r])) for r, e in enumerate(cv.experience) if kept[r] or e.prints_bare]
    )
    pub_order = [p.id for p in ranking.publications]
    publications = sorted(
        cv.publications,
        key=lambda p: (not p.pin, pub_order.index(p.id) if p.id in pub_order else len(pub_order)),
    )
    kept_pubs = publications[: max(max_publications, sum(p.pin for p in publications))]
    # Papers first, then each section of its own ("Presentations"), each newest first (ties by relevance).
    newest_first = grouped(sorted(kept_pubs, key=lambda p: -_year(p.year)), lambda p: p.section)
    chosen = [b.id for role in roles for b in role.bullets]
    skills, skill_choices = _skills(cv, ranking, max_skills, chosen)
    return Selection(roles, newest_first, skills, choices, skill_choices, budget, warnings, education_first)


def page_fillers(ranking: Ranking, selection: Selection) -> list[str]:
    """The bullets (by id, best first) that the budget or a role cap left out of ``selection`` and that score at least
    :data:`RELEVANT_SHARE` of the best bullet's score: relevant work that a résumé whose last page has room may keep
    (:func:`tailor.documents.make` fills the page with them), where a count alone would leave the page part empty.
    Not a bullet that shares only a word or two with the posting: a short CV still leaves its least relevant out."""
    best = max((item.score for item in ranking.bullets), default=0.0)
    out = {c.bullet_id for c in selection.choices if c.reason in ("budget", "role cap")}
    return [item.id for item in ranking.bullets if item.id in out and best > 0 and item.score >= RELEVANT_SHARE * best]


def widened(cv: CV, ranking: Ranking, selection: Selection, ids: Collection[str]) -> Selection:
    """``selection`` with the bullets ``ids`` kept too (their reason "fills the page"), each role's bullets most
    relevant first, a project they bring back in its place, and the budget counting them."""
    if not ids:
        return selection
    score = {item.id: item.score for item in ranking.bullets}
    kept = set(selection.bullet_ids) | set(ids)
    position = {b.id: i for i, (_, b) in enumerate(cv.bullets())}

    def by_relevance(bullets: list[Bullet]) -> list[Bullet]:
        return sorted(bullets, key=lambda b: (-score.get(b.id, 0.0), position[b.id]))

    shown = {r.entry.id for r in selection.roles}
    roles = in_sections(
        [
            SelectedRole(e, by_relevance([b for b in e.bullets if b.id in kept]))
            for e in cv.experience
            if e.id in shown or any(b.id in kept for b in e.bullets)
        ]
    )
    choices = [Choice(c.bullet_id, True, "fills the page") if c.bullet_id in ids else c for c in selection.choices]
    return replace(selection, roles=roles, choices=choices, budget=selection.budget + len(set(ids)))


def _with_required(
    wanted: Sequence[Collection[str]],
    sole: Collection[str],
    kept: Mapping[int, list[Bullet]],
    reason: Mapping[str, str],
    score: Mapping[str, float],
    bullets: Mapping[str, Bullet],
    weakest_first: Callable[[Bullet], tuple[float, int]],
) -> Iterator[tuple[Bullet, Bullet]]:
    """The swaps that make the résumé show each required keyword of ``wanted`` (each: the ids of the bullets that say
    it) that only bullets the budget or a role cap left out say: the best of them comes in, the weakest bullet kept
    "within budget" goes out, where that one is no such bullet and no keyword's only evidence (``sole``) and scores
    below the one coming in, which counts as if it scored at least the median of the kept bullets. A keyword the
    posting requires is worth a weak line of the résumé (a screener looks for it), not its strongest work, as page
    fitting weighs it (:mod:`tailor.documents.pagefit`). Yields (in, out) pairs, reading ``kept`` and ``reason`` as
    they stand before the first."""
    held = [b for bs in kept.values() for b in bs]
    scores = sorted(score.get(b.id, 0.0) for b in held)
    median = scores[len(scores) // 2] if scores else 0.0
    wanting = {i for group in wanted for i in group}
    weakest = sorted(
        (b for b in held if reason[b.id] == "within budget" and b.id not in sole and b.id not in wanting),
        key=weakest_first,
    )
    shown = {b.id for b in held}
    for group in wanted:
        left_out = [i for i in group if i in bullets and reason.get(i) in ("budget", "role cap", "no evidence")]
        if shown.intersection(group) or not left_out or not weakest:
            continue
        best = max(left_out, key=lambda i: score.get(i, 0.0))
        if score.get(weakest[0].id, 0.0) >= max(score.get(best, 0.0), median):
            continue
        out = weakest.pop(0)
        shown.add(best)
        yield bullets[best], out


def in_sections(roles: Sequence[SelectedRole]) -> list[SelectedRole]:
    """``roles`` in the order a résumé prints them: those of no section of their own (Experience) first, then each
    section's (``Experience.section``: "Volunteer Experience", "Projects") together, the sections in the order the
    CV first names them; within each, the CV's order."""
    return grouped(roles, lambda role: role.entry.section)


def grouped(items: Sequence[T], section: Callable[[T], str | None]) -> list[T]:
    """``items`` with those of no ``section`` first, then each section's together, in the order ``items`` first
    name them; within each, the order ``items`` have."""
    first: dict[str, int] = {}
    for item in items:
        if (name := section(item)) is not None:
            first.setdefault(name, len(first) + 1)
    return sorted(items, key=lambda item: first.get(section(item) or "", 0))  # stable: the order within


def repeats(bullets: Sequence[Bullet], best_first: Callable[[list[Bullet]], list[Bullet]]) -> list[Bullet]:
    """Of one role's ``bullets``, those that repeat a better one: one of the two says the other with words added
    (all the shorter's words, at least :data:`REPEAT_WORDS` of them, are in the longer in their order; case and
    punctuation aside), as a CV that keeps variants of a claim has it. Of such a pair the one ``best_first`` puts
    first stays, or the pinned one; pinned bullets never repeat."""
    words = {b.id: re.findall(r"\w+", b.plain.casefold()) for b in bullets}
    out: list[Bullet] = []
    kept: list[Bullet] = []
    for bullet in sorted(best_first(list(bullets)), key=lambda b: not b.pin):
        if not bullet.pin and any(_says_again(words[bullet.id], words[other.id]) for other in kept):
            out.append(bullet)
        else:
            kept.append(bullet)
    return out


def _says_again(a: list[str], b: list[str]) -> bool:
    """Whether the shorter of ``a`` and ``b`` (words) is the longer with words left out, and long enough to tell."""
    shorter, longer = sorted((a, b), key=len)
    rest = iter(longer)
    return len(shorter) >= REPEAT_WORDS and all(word in rest for word in shorter)


RECENT_STUDIES = 2
"""Years after the end of their studies that a graduate's résumé still opens with them (:func:`education_first`)."""
EARLIER_WORK = 2
"""Years of work before their latest studies after which a résumé keeps its experience first."""


def education_first(cv: CV, today: dt.date) -> bool:
    """Whether a résumé of ``cv`` prints its education before its experience, as a student's or a new
    graduate's does: the CV has no experience; or its owner studies now, or finished their latest
    studies within :data:`RECENT_STUDIES` years, and worked less than :data:`EARLIER_WORK` years before
    those studies began (internships, a summer job, a gap year; work during and after them does not
    count). Someone who went back to study after years of work (an MBA, a career change) keeps their
    experience first, as does everyone else. A degree with an end and no start is taken to have lasted
    :data:`STUDY_YEARS` years; roles and degrees without dates tailor reads are left out.
    """
    if not cv.experience:
        return bool(cv.education)
    spans = [span for e in cv.education if (span := _studies(e.start, e.end, today)) is not None]
    if not spans:
        return False
    began, ended = max(spans, key=lambda span: (span[1], span[0]))  # the studies that ended last
    if _months(ended) < _months((today.year, today.month)) - 12 * RECENT_STUDIES:
        return False
    worked = sum(
        max(0, min(_months(end), _months(began)) - _months(start))
        for e in cv.experience
        if (found := _span(e.start, e.end, today, going_on=True)) is not None
        for start, end in [found]
    )
    return worked < 12 * EARLIER_WORK


def _months(month: tuple[int, int]) -> int:
    return 12 * month[0] + month[1] - 1


STUDY_YEARS = 4
"""How long studies with an end and no start are taken to have lasted: a bachelor's degree, as a student's
résumé writes it ("Expected May 2027", no start)."""


def _studies(start: str | None, end: str | None, today: dt.date) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A time of study (:func:`_span`); with an end and no start, :data:`STUDY_YEARS` before the end."""
    if start is None and (ended := _end(end, today)) is not None:
        year, month = ended
        return (year - STUDY_YEARS, month), (year, month)
    return _span(start, end, today)


def _span(
    start: str | None, end: str | None, today: dt.date, *, going_on: bool = False
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A time of study or work as (year, month) from and to, today's for one still going on (an end of
    "present", or none where ``going_on``); None without a start and an end tailor reads ("Expected
    2027" reads as 2027)."""
    from tailor.cv import dates

    first = dates.read(start)
    last = (today.year, today.month) if end is None and going_on else _end(end, today)
    if first is None or last is None:
        return None
    return (first.year, first.month or 1), last


def _end(end: str | None, today: dt.date) -> tuple[int, int] | None:
    """When a span ends, as (year, month): today's for one still going on ("present"); the month of a date,
    or the year of text that names one ("Expected May 2027" ends in May 2027); None without an end."""
    from tailor.cv import dates

    if end is None:
        return None
    if dates.is_open(end):
        return today.year, today.month
    found = dates.named_in(end)
    return (found.year, found.month or 12) if found is not None else None


def _year(text: str | None) -> int:
    """The first four-digit year in a publication's ``year`` ("2023", "Jun 2019", "2019a"); later than any
    year for work not out yet ("forthcoming", "in press", "accepted"); 0 if none."""
    found = re.search(r"\b(1[89]|20)\d\d", text or "")
    if found:
        return int(found.group())
    return 10_000 if text and _NOT_OUT_YET.search(text) else 0


def _skills_shown(ranking: Ranking, chosen: Sequence[str]) -> set[str]:
    """The CV's skills (as written in its list) that name a skill of the lexicon one of the ``chosen`` bullets
    names too."""
    if ranking.cv is None or not chosen:
        return set()
    said = {name for bullet in chosen for name in ranking.cv.skills_of(bullet)}
    return {s.text for s in ranking.skills if ranking.cv.skills_of(s.text) & said}


_NOT_OUT_YET = re.compile(
    r"forthcoming|in press|to appear|accepted|in print|under review|submitted|in preparation", re.I
)
"""What a publication's ``year`` says of work not out yet: newer than anything dated."""


_LEVEL_AFTER = re.compile(r"\s*(?:[(\[,:]|\s[-–—]\s).*$")
"""What follows a language's name in a list of skills: its level ("Spanish (fluent)", "French – B2", "German: B1")."""


def _language_of(name: str) -> str:
    """``name`` without the level written after it, in small letters: "spanish" of "Spanish (fluent)"."""
    return _LEVEL_AFTER.sub("", name).strip().casefold()


def _skills(cv: CV, ranking: Ranking, limit: int, chosen: Sequence[str] = ()) -> tuple[list[str], list[Choice]]:
    """The skills to print, most relevant first, and why each skill was kept or left out: the
    pinned ones and those the posting asks for (by name, or as one of a kind it names) always, then the most
    relevant up to ``limit``. Of skills equally relevant (most often none at all, for a posting of another side of
    the field), those the ``chosen`` bullets name come first: the skills line then backs the work the résumé shows
    ("WordPress" under a kept bullet done in WordPress), not the CV's first group by its place alone. A skill that
    names a language of the CV's languages ("Spanish (fluent)") is left to them, which every résumé prints, unless
    pinned: printed twice, it would say the same thing twice."""
    shown = _skills_shown(ranking, chosen)
    ranked = sorted(enumerate(ranking.skills), key=lambda ns: (-ns[1].score, ns[1].text not in shown, ns[0]))
    order = {s.text: n for n, (_, s) in enumerate(ranked)}
    asked = {s.text: s.asked_as for s in ranking.skills if s.asked}
    pinned = {s.name for s in cv.skills if s.pin}
    names = list(dict.fromkeys(cv.skill_names))
    reason = {
        n: "pinned" if n in pinned else "of a kind the posting asks for" if asked[n] else "asked for by the posting"
        for n in names
        if n in pinned or n in asked
    }
    score = {s.text: s.score for s in ranking.skills}
    spoken = {_language_of(lang.name) for lang in cv.languages}
    for name in names:
        if name not in pinned and _language_of(name) in spoken:
            reason[name] = "under Languages"
    for name in sorted(names, key=lambda n: order.get(n, len(order))):
        if name not in reason:
            backs = name in shown and score.get(name, 0.0) <= 0  # kept for the bullet alone, no word of the posting's
            full = sum(why != "under Languages" for why in reason.values()) >= limit
            reason[name] = "budget" if full else "named by a kept bullet" if backs else "within budget"
    kept = sorted((n for n in names if reason[n] in KEPT_REASONS), key=lambda n: order.get(n, len(order)))
    return kept, [Choice(name, reason[name] in KEPT_REASONS, reason[name]) for name in names]
