"""Fit a résumé on N pages by leaving out its least relevant items, and say which.

The rules:

1. Render the selection and measure its pages: through a PDF when LibreOffice is
   installed, else with :mod:`tailor.documents.layout`'s estimate (and the result says so).
2. While it is too long, leave out the next item of the *drop order*, one priority in three tiers, as a
   demanding reader would cut:

   a. *What shows nothing the posting asks* goes first: the interests; the entries the CV gives no bullets of a
      section of their own (a membership, a board seat), the awards and the certificates that have expired that
      share no word of the job (the later in the CV, then the oldest, first: :func:`credential_order`); the
      summary's paragraphs after its first, the last first; then the bullets, publications and skills the ranking
      scores at zero.
   b. *What scores* goes next, weakest first by the ranking's score (one scale for bullets, publications and
      skills; on a tie skills go first, then publications, then bullets, the lower ranked first), those entries,
      certificates and awards that share a word of the job first among them. A recent job keeps its work before an older
      one keeps as much: an older job's weakest bullets go before a newer job's bullet that would leave it fewer than
      the older prints (:func:`_recent_first`), and the degrees' grades and detail lines go just before the first bullet
      that would leave a job bare. A bullet or publication that alone shows a required keyword, or an award that shows a
      keyword or honours the job's work, goes as if it scored at least the bullets' median (its keyword is worth a weak
      line, not the strongest work), and so does every certificate or licence held, whether the posting names it or
      not (a reader of the trade screens for it; one line), those that share no word of the job first.
   c. *What the posting asks for by name* goes last: the certificates that show a keyword it prefers, then those
      that show one it requires or certify its job (a state licence), oldest first.

   Pinned bullets, publications and skills, and the skills the posting asks for, are never left out, and neither
   is the first role's best bullet nor Skills' best three (see :data:`MIN_LEFT`). An older role may lose its last
   bullet and print as its title, employer and dates. (A fit nobody asked for, saving a last page of a few lines,
   keeps each role's best: ``bare_roles=False``.)
3. Then give back, best first, every left-out item that fits again: a long bullet may have been the one that had
   to go, and a shorter, weaker one dropped before it may fit after all. What shows nothing (tier a) comes back
   only once everything that scores is back: a skill the posting gives no weight is no filler for a page that
   leaves out evidence of what it asks.

Measuring costs a render and, with LibreOffice, a conversion, so the search
for the shortest prefix of the drop order that fits starts from the estimate
and measures several candidates per LibreOffice start.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, Protocol

from tailor.documents import layout, pdf
from tailor.errors import TailorError
from tailor.posting.headings import SectionKind
from tailor.select import ASKED_REASONS, PARAGRAPH, Choice, SelectedRole, Selection, paragraphs, widened

if TYPE_CHECKING:
    from tailor.cv.model import CV, Credential, CredentialKind
    from tailor.rank import Ranking

ItemKind = Literal[
    "skill", "publication", "bullet", "interests", "certificate", "award", "education", "summary", "entry"
]
INTERESTS = "interests"
"""The id of the one item of kind ``interests``: the CV's interests, printed or left out whole."""
CREDENTIALS: tuple[ItemKind, ...] = ("certificate", "award")
"""The kinds of the CV's credentials, each item one certificate or award by its id (``certificate:2``:
:meth:`tailor.cv.model.CV.credentials`)."""
MIN_LEFT: dict[ItemKind, int] = {"bullet": 0, "publication": 0, "skill": 3}
"""What page fitting leaves of each group: any role may print without bullets (its line stays), Publications
without any (the link to the full list stays), and Skills keep their best three. The first role printed, the
current one, keeps its best bullet besides (:data:`FIRST_ROLE_KEEPS`)."""
FIRST_ROLE_KEEPS = 1
"""Bullets the résumé's first role keeps whatever the page: it opens the experience, and a reader asks what the
person does now."""
PAGE_FIT_REASON = "page fit"
"""The ``reason`` of a bullet left out to fit the page limit (see :mod:`tailor.select`)."""


@dataclass(frozen=True)
class Item:
    """One droppable item: a bullet or publication by id, a skill by its text, a certificate or award by its
    id (``certificate:1``), a degree's grade and detail lines by its id (``education:1``), the interests as
    :data:`INTERESTS`, a paragraph of the summary after its first as :data:`PARAGRAPH` and its number, an entry the
    CV gives no bullets, of a section of its own (a membership), by its role's id."""

    kind: ItemKind
    id: str
    score: float

    @property
    def paragraph(self) -> int:
        """The number (from 1) of the summary's paragraph an item of kind ``summary`` is."""
        return int(self.id.removeprefix(PARAGRAPH))


@dataclass(frozen=True)
class Measured:
    pages: float
    """Whole pages from a PDF; from an estimate, whole pages plus the used share of the last."""
    pdf: bytes | None = None


class Measurer(Protocol):
    method: Literal["pdf", "estimate"]
    batch: int
    """How many documents one call measures for little more than the cost of one."""

    def measure(self, documents: list[bytes]) -> list[Measured]: ...


class PdfMeasurer:
    """Page counts of real PDFs from LibreOffice."""

    method: Literal["pdf", "estimate"] = "pdf"
    batch = 5

    def measure(self, documents: list[bytes]) -> list[Measured]:
        return [Measured(pdf.page_count(p), p) for p in pdf.convert(documents)]


class EstimateMeasurer:
    """Page counts estimated from line lengths (:mod:`tailor.documents.layout`)."""

    method: Literal["pdf", "estimate"] = "estimate"
    batch = 1

    def measure(self, documents: list[bytes]) -> list[Measured]:
        return [Measured(layout.estimate_pages(d)) for d in documents]


def measurer() -> Measurer:
    """Measure through PDFs when LibreOffice is installed, else estimate."""
    return PdfMeasurer() if pdf.find_libreoffice() is not None else EstimateMeasurer()


@dataclass(frozen=True)
class PageFit:
    """A selection that fits ``pages`` pages, and what was left out for it."""

    pages: int
    measured_by: Literal["pdf", "estimate"]
    measured_pages: float
    selection: Selection
    dropped: tuple[Item, ...]
    """Left out, in the order they went."""
    readded: tuple[Item, ...]
    """Left out at first, then given back because they fitted again."""
    docx: bytes
    pdf: bytes | None
    evidence: frozenset[str] = frozenset()
    """The ids the fit was told are evidence of the posting's keywords (:func:`drop_order`'s ``evidence``)."""
    required: frozenset[str] = frozenset()
    """The certificates and awards the fit was told show a required keyword (:func:`drop_order`'s ``required``)."""
    preferred: frozenset[str] = frozenset()
    """The certificates and awards the fit was told show a keyword the posting prefers (:func:`drop_order`'s
    ``preferred``)."""

    def dropped_ids(self, *kinds: ItemKind) -> list[str]:
        """The ids of the items of ``kinds`` left out, in the order they went."""
        return [item.id for item in self.dropped if item.kind in kinds]


class DropOrder(list[Item]):
    """The selected items that may be left out, in the order they go (weakest first), as a list; :attr:`idle` holds
    those of them that show nothing the posting asks (the first tier of the module's rule 2)."""

    def __init__(self, items: Iterable[Item], idle: Collection[Item]) -> None:
        super().__init__(items)
        self.idle = frozenset(idle)


def drop_order(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    *,
    bare_roles: bool = True,
    evidence: Collection[str] = (),
    required: Collection[str] = (),
    preferred: Collection[str] = (),
    lapsed: Collection[str] = (),
    summary: str | None = None,
) -> DropOrder:
    """The selected items that may be left out, in the order they go (weakest first), by the three tiers of the module's
    rule 2, and which of them show nothing the posting asks (:attr:`DropOrder.idle`); with ``bare_roles`` false, each
    role keeps its best bullet. The items named in ``evidence`` (ids, or a skill's text), each the résumé's only
    evidence of a keyword the posting requires, go as if they scored at least the selected bullets' median (after the
    weaker half, before the better); of the CV's certificates and awards (:func:`credential_order`), those ``evidence``
    and ``required`` name (evidence of a required keyword) go last, the certificates ``preferred`` names (evidence of a
    preferred one) just before them, the others ``evidence`` names (an award for the job's work) and every other
    certificate but those ``lapsed`` names (expired) as those bullets do; of the rest (awards, expired certificates),
    those that share a word of the job with the posting (:func:`_near_the_job`) after the items that share none, and the
    others after the interests, before any bullet, as the entries the CV gives no bullets of a section of their own
    do. The
    degrees' grades and details (:func:`education_details`; not those of a degree ``evidence`` names) go just
    before the first bullet that would leave a job bare. The paragraphs of ``summary`` (the one printed) after its
    first go, the last first, before any bullet, but for those ``evidence`` names (:data:`PARAGRAPH`), which go as
    its bullets do."""
    score = {(i.kind, i.id): i.score for i in (*ranking.bullets, *ranking.publications)}
    score |= {("skill", s.text): s.score for s in ranking.skills}
    # Ties go by the ranking's own order (itself the CV's order on equal scores): the later goes first.
    rank = {(i.kind, i.id): n for items in (ranking.bullets, ranking.publications) for n, i in enumerate(items)}
    rank |= {("skill", s.text): n for n, s in enumerate(ranking.skills)}
    tie = {"skill": 0, "publication": 1, "bullet": 2}
    candidates = [Item("bullet", b.id, score.get(("bullet", b.id), 0.0)) for r in selection.roles for b in r.bullets]
    candidates += [Item("publication", p.id, score.get(("publication", p.id), 0.0)) for p in selection.publications]
    candidates += [Item("skill", s, score.get(("skill", s), 0.0)) for s in selection.skills]
    candidates.sort(key=lambda i: (i.score, tie[i.kind], -rank.get((i.kind, i.id), 0)))

    pinned = {b.id for r in selection.roles for b in r.bullets if b.pin}
    pinned |= {p.id for p in selection.publications if p.pin}
    pinned |= {c.bullet_id for c in selection.skill_choices if c.reason in ASKED_REASONS}
    # What an item leaves behind: its role's bullets, or the publications or skills.
    group = {b.id: f"role {n}" for n, r in enumerate(selection.roles) for b in r.bullets}
    left = {f"role {n}": len(r.bullets) for n, r in enumerate(selection.roles)}
    left |= {"publication": len(selection.publications), "skill": len(selection.skills)}
    least = {key: MIN_LEFT["bullet"] if bare_roles else 1 for key in left if key.startswith("role ")}
    # A project may lose its last bullet whatever the fit: it then leaves the résumé (:func:`without`), no gap.
    least |= {f"role {n}": 0 for n, r in enumerate(selection.roles) if not r.entry.prints_bare}
    publications = max(MIN_LEFT["publication"], ASKED_PUBLICATIONS_KEEP if asks_for_publications(ranking) else 0)
    least |= {"role 0": FIRST_ROLE_KEEPS, "publication": publications, "skill": MIN_LEFT["skill"]}
    order = []
    for item in candidates:
        key = group[item.id] if item.kind == "bullet" else item.kind
        if item.id in pinned or left[key] <= least[key]:
            continue
        left[key] -= 1
        order.append(item)
    # A certificate or award that shows nothing the posting asks for (a graduate training grant, for an industry
    # lab's posting) is a line the work can use: it goes before any bullet. One that shows a keyword the posting
    # requires ("BLS" for a nurse's posting; a state licence, often undated and so "oldest") goes last, and one that
    # shows a keyword it prefers just before: a reader screens for what the posting names before reading a bullet.
    credentials = credential_order(cv, selection)
    last = [c for c in credentials if c.id in evidence and c.id in required]
    # (An award is a recognition, not a qualification a posting screens for: one that shows a preferred keyword
    # goes as a bullet of the median score does.)
    asked = [c for c in credentials if c.id in preferred and c.kind == "certificate" and c not in last]
    # An award the employer of a job whose work scores gave (a sales rep's President's Club, a hospital's nurse of the
    # year) honours that work, whatever its words: it goes as an award that shows a keyword does.
    honoured = _for_the_work(cv, ranking, selection)
    honours = [c for c in credentials if (c.id in evidence or c.id in honoured) and c not in last and c not in asked]
    # An entry the CV gives no bullets, of a section of its own (a membership, a board seat), is a line as a
    # credential is: one that names nothing of the job goes before any bullet, the later in the CV first.
    entries = [
        Item("entry", r.entry.id, 0.0) for r in reversed(selection.roles) if r.entry.section and not r.entry.bullets
    ]
    # A certificate or licence held is a line a reader of the trade screens for, whether the posting names it or not
    # (an engineer's PE, a nurse's specialty certification): it goes as one that shows a keyword does, at the
    # bullets' median. Not one that has expired (``lapsed``), which qualifies no one, nor an award, a recognition.
    held = [
        c
        for c in credentials
        if c.kind == "certificate" and c.id not in lapsed and c.id not in evidence and c not in asked and c not in last
    ]
    unshown = [c for c in credentials if c.id not in evidence and c not in asked and c not in honours and c not in held]
    # Of those, one that shares none of the words the posting says of the job (a bartending licence, for a front
    # office's posting) goes before one that does (a guest service certificate): both show no keyword, one is near it.
    headings = {r.entry.id: r.entry.heading for r in selection.roles}
    named = _names(cv, [c.id for c in (*unshown, *held)])
    near = _near_the_job(ranking, {**named, **{e.id: headings[e.id] for e in entries}})
    held = [c for c in held if c.id not in near] + [c for c in held if c.id in near]
    unasked = [e for e in entries if e.id not in near] + [c for c in unshown if c.id not in near]
    # A bullet that alone says a required keyword ("purchase orders") may score below vaguer ones beside it,
    # its other words being none of the posting's; leaving it out first would cost the résumé the keyword for
    # a line. So it goes after the weaker half of the bullets, as if it scored at least their median; not after
    # the better half: a keyword a weak line carries ("community CPR classes") is not worth the résumé's strongest
    # work. An award that shows a keyword, or honours the job's work, goes there too, just before it. What always
    # stays is unchanged.
    # A summary of several paragraphs (a LinkedIn About section) may take half a page: on a page the user limited,
    # a profile is its first paragraph, and the later ones say again what the bullets show. One that alone says a
    # required keyword goes as a bullet that does.
    later = [Item("summary", f"{PARAGRAPH}{n}", 0.0) for n in range(len(paragraphs(summary or "")), 1, -1)]
    saying = [p for p in later if p.id in evidence]
    scores = [score.get(("bullet", i), 0.0) for i in selection.bullet_ids]
    moved = {*evidence, *(c.id for c in (*held, *honours))}
    order = _after_the_weaker_half(held + saying + honours + order, moved, scores)
    # A job left without a bullet still prints its line, bare (a project leaves the résumé, no gap).
    jobs = {f"role {n}": len(r.bullets) for n, r in enumerate(selection.roles) if r.entry.prints_bare}
    order = _recent_first(order, group, jobs, [r.entry.section for r in selection.roles], evidence)
    order = _before_a_bare_role(order, education_details(cv, selection, evidence), group, jobs)
    # One near the job ("Best Investigative Reporting" for an investigative reporter's posting) says more of it than a
    # bullet, a publication or a skill that shares nothing with the posting: it goes after those, before any that
    # shares something, as a bullet that does is chosen over one that does not.
    nothing = next((n for n, item in enumerate(order) if item.score > 0 or item.id in moved), len(order))
    # What scores nothing (a skill no posting's word names, a bullet of other work) shows nothing the posting asks.
    idle = {item for item in order[:nothing] if item.kind in ("bullet", "publication", "skill")}
    order = order[:nothing] + [i for i in (*entries, *unshown) if i.id in near] + order[nothing:]
    order = unasked + [p for p in later if p.id not in evidence] + order + asked + last
    idle |= set(unasked)
    if cv.interests and selection.interests:
        order.insert(0, Item("interests", INTERESTS, 0.0))  # hobbies go before any of the work
        idle.add(order[0])
    return DropOrder(order, idle)


def education_details(cv: CV, selection: Selection, evidence: Collection[str] = ()) -> list[Item]:
    """The degrees whose grade and detail lines (courses, a thesis) page fitting may leave out, the last in the CV
    first (a CV lists its latest degree first): each that prints a grade or details, but for one whose details
    ``evidence`` names (its text shows a keyword of the posting: the degree's line alone may not)."""
    out = selection.education_details_left_out
    return [
        Item("education", text_id, 0.0)
        for text_id, e in reversed([(f"education:{n}", e) for n, e in enumerate(cv.education, start=1)])
        if text_id not in out and (e.grade or e.details) and not (e.details and text_id in evidence)
    ]


def _recent_first(
    order: list[Item],
    group: dict[str, str],
    left: dict[str, int],
    sections: Sequence[str | None],
    evidence: Collection[str] = (),
) -> list[Item]:
    """``order`` with an older job's bullets (a job after it in the CV's order, of its section: ``sections`` gives
    each role's) brought forward, weakest first, to go before a newer job's bullet that would leave the newer job
    fewer bullets than the older keeps: a reader asks what someone did in their recent jobs, so a recent job keeps
    its best bullets before an older one keeps any, and a résumé that prints a job of 2009 with a bullet under one of
    2016 without any reads upside down, whatever the old bullet's score. Within a job the order stays weakest first.
    But for an older job's bullet that ``evidence`` names (the résumé's only evidence of a keyword the posting
    requires, an intern's tax returns for a tax posting): the newer job's bullet waits for it instead, so that
    neither the keyword nor the jobs' order is lost. ``left`` gives the bullets each job prints (by group, "role
    2"), those that never go (pinned) among them."""
    left = dict(left)
    older = {
        f"role {n}": [f"role {m}" for m in range(n + 1, len(sections)) if sections[m] == section]
        for n, section in enumerate(sections)
    }
    rest = list(order)
    out: list[Item] = []
    while rest:
        item = rest.pop(0)
        key = group.get(item.id) if item.kind == "bullet" else None
        if key in left:
            keeps = left[key] - 1  # what its job prints once it has gone
            ahead: list[Item] = []
            for other_job in older[key]:
                if other_job in left and left[other_job] > keeps:
                    theirs = [other for other in rest if other.kind == "bullet" and group.get(other.id) == other_job]
                    ahead += theirs[: left[other_job] - keeps]
            if kept := [n for n, other in enumerate(rest) if other in ahead and other.id in evidence]:
                rest.insert(kept[-1] + 1, item)  # it goes once they have: then no older bullet outlasts it
                continue
            rest = [other for other in rest if other not in ahead]
            out += sorted(ahead, key=order.index)
            for other in ahead:
                left[group[other.id]] -= 1
            left[key] -= 1
        out.append(item)
    return out


def _before_a_bare_role(
    order: list[Item], details: list[Item], group: dict[str, str], left: dict[str, int]
) -> list[Item]:
    """``order`` with ``details`` (the degrees' grades and detail lines) just before the first bullet that would
    leave a job (``left``: the bullets of each, by group) without any, or after everything if none would: a job's
    best bullet says more of the work asked for than a course list or a grade."""
    left = dict(left)
    for n, item in enumerate(order):
        if item.kind == "bullet" and group[item.id] in left:
            left[group[item.id]] -= 1
            if left[group[item.id]] == 0:
                return order[:n] + details + order[n:]
    return order + details


def _after_the_weaker_half(order: list[Item], evidence: Collection[str], scores: list[float]) -> list[Item]:
    """``order`` (weakest first) with each item ``evidence`` names going as if it scored at least the median of
    ``scores`` (the selected bullets'): after the others that score no more, in its own order among them."""
    median = sorted(scores)[len(scores) // 2] if scores else 0.0

    def key(entry: tuple[int, Item]) -> tuple[float, bool, int]:
        n, item = entry
        moved = item.id in evidence
        return max(item.score, median) if moved else item.score, moved, n

    return [item for _, item in sorted(enumerate(order), key=key)]


def credential_order(cv: CV, selection: Selection) -> list[Item]:
    """The certificates and awards ``selection`` prints, in the order page fitting leaves them out: oldest first by
    the last year their date names ("2014–2016" is 2016's), an undated one first (no date says it is recent); on
    the same year an award before a certificate (a certificate is a qualification a reader may look for, an award
    a recognition), and the later in the CV first (a CV lists what counts most first)."""
    printed = [(n, c) for n, c in enumerate(cv.credentials()) if c[0] not in selection.credentials_left_out]

    def key(entry: tuple[int, tuple[str, CredentialKind, Credential]]) -> tuple[int, bool, int]:
        n, (_, kind, credential) = entry
        years = _YEAR.findall(credential.date or "")
        return int(years[-1]) if years else 0, kind == "certificate", -n

    return [Item(kind, text_id, 0.0) for _, (text_id, kind, _) in sorted(printed, key=key)]


_COMPANY_FORM = re.compile(r"[\s,]+(?:inc|llc|ltd|plc|corp|corporation|co|company|gmbh|ag|sa|lp|llp)\.?$", re.I)
"""A company's legal form after its name ("Acme Surgical, Inc."), which an award's issuer may write or leave out."""


def _for_the_work(cv: CV, ranking: Ranking, selection: Selection) -> set[str]:
    """The ids of the CV's awards whose issuer is the employer of a job the résumé prints with a bullet that scores
    ("President's Club", issued by "Acme Surgical, Inc.", of the Acme Surgical rep whose sales the posting asks
    for): the employer's recognition of work the posting asks for, though its name says none of it."""
    scored = {b.id for b in ranking.bullets if b.score > 0}

    def name(text: str) -> str:
        return _COMPANY_FORM.sub("", " ".join(text.split())).strip(" .,").casefold()

    employers = {
        name(r.entry.employer) for r in selection.roles if r.entry.employer and scored & {b.id for b in r.bullets}
    }
    return {
        text_id for text_id, kind, c in cv.credentials() if kind == "award" and c.issuer and name(c.issuer) in employers
    }


def _names(cv: CV, ids: Collection[str]) -> dict[str, str]:
    """The name and issuer of each of the CV's certificates and awards ``ids``, by id."""
    return {i: f"{c.name} {c.issuer or ''}" for i, _, c in cv.credentials() if i in ids}


def _near_the_job(ranking: Ranking, texts: Mapping[str, str]) -> set[str]:
    """Those of ``texts`` (a certificate's or award's name and issuer, a membership's heading, by id) that share a
    word that is no commonplace of every posting (:func:`tailor.lexicon.generic_terms`) with what the ranked posting
    says of the job."""
    posting = ranking.posting
    if posting is None or not texts:
        return set()
    from tailor.analysis import analyse
    from tailor.lexicon import generic_terms

    said = {
        term
        for section in posting.sections
        if section.kind in _ASKING and section.weight > 0
        for term in section.analysis.terms
    } - generic_terms()
    named = list(texts.items())
    analyses = analyse([text for _, text in named])
    return {i for (i, _), analysis in zip(named, analyses, strict=True) if not said.isdisjoint(analysis.terms)}


_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
"""A four-digit year in a credential's date ("2019", "Jun 2019", "2020–2023")."""


ASKED_PUBLICATIONS_KEEP = 1
"""Publications page fitting leaves where the posting asks for a record of them ("Industry publications, white
papers or presentations"): the best one stays, whatever the page."""
_PUBLISHING = frozenset({"publication", "publish"})
"""The lemmas a posting asks for publications with ("peer-reviewed publications", "a record of publishing")."""
_ASKING = frozenset({SectionKind.ROLE, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED})


_FOOTAGE = frozenset({"video", "audio", "sound", "film", "movie", "music", "tv", "highlight", "b-roll"})
"""Words before "clips" that make them pieces of footage a producer cuts ("video clips", "audio clips"), not the
published work a newsroom asks a writer for ("a portfolio of clips")."""


def asks_for_publications(ranking: Ranking) -> bool:
    """Whether the posting ranked asks for publications, in what it says of the job (not its blurb): by name, or as
    a newsroom asks a writer for published work, "clips" (not clips of footage, :data:`_FOOTAGE`)."""
    posting = ranking.posting
    return posting is not None and any(
        section.kind in _ASKING
        and section.weight > 0
        and (not _PUBLISHING.isdisjoint(section.analysis.terms) or _asks_for_clips(section.analysis.terms))
        for section in posting.sections
    )


def _asks_for_clips(terms: Sequence[str]) -> bool:
    """Whether ``terms`` (a section's) say "clips" other than as footage ("video clips")."""
    footage = sum(1 for term in terms if term.endswith(" clip") and term.partition(" ")[0] in _FOOTAGE)
    return terms.count("clip") > footage


def without(selection: Selection, items: Iterable[Item]) -> Selection:
    """``selection`` less ``items``; a left-out bullet's choice becomes "page fit". A project left without a bullet
    goes too, as :func:`tailor.select.select` leaves one out (a job stays, bare), and so does an entry left out
    (a membership)."""
    items = list(items)
    gone = {(i.kind, i.id) for i in items}
    roles = [
        SelectedRole(r.entry, [b for b in r.bullets if ("bullet", b.id) not in gone])
        for r in selection.roles
        if ("entry", r.entry.id) not in gone
    ]
    credentials = {i for kind, i in gone if kind in CREDENTIALS}
    education = {i for kind, i in gone if kind == "education"}
    summary = {i.paragraph for i in items if i.kind == "summary"}
    return replace(
        selection,
        summary_paragraphs_left_out=selection.summary_paragraphs_left_out | summary,
        interests=selection.interests and ("interests", INTERESTS) not in gone,
        credentials_left_out=selection.credentials_left_out | credentials,
        education_details_left_out=selection.education_details_left_out | education,
        roles=[r for r in roles if r.bullets or r.entry.prints_bare],
        publications=[p for p in selection.publications if ("publication", p.id) not in gone],
        skills=[s for s in selection.skills if ("skill", s) not in gone],
        choices=[
            Choice(c.bullet_id, False, PAGE_FIT_REASON) if ("bullet", c.bullet_id) in gone else c
            for c in selection.choices
        ],
        skill_choices=[
            Choice(c.bullet_id, False, PAGE_FIT_REASON) if ("skill", c.bullet_id) in gone else c
            for c in selection.skill_choices
        ],
    )


def fit(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    *,
    pages: int,
    render: Callable[[Selection], bytes],
    measure: Measurer | None = None,
    bare_roles: bool = True,
    evidence: Collection[str] = (),
    required: Collection[str] = (),
    preferred: Collection[str] = (),
    lapsed: Collection[str] = (),
    summary: str | None = None,
) -> PageFit:
    """The largest part of ``selection`` that ``render`` lays out on ``pages`` pages or fewer; with
    ``bare_roles`` false, each role keeps its best bullet, and the items in ``evidence`` go last, the
    credentials in ``preferred`` after every bullet and those in ``required`` after them, the certificates held (not
    ``lapsed``) as a bullet of the median score, and the paragraphs of ``summary`` after its first before any bullet
    (see :func:`drop_order`).

    ``pages`` is at least 1 (:class:`tailor.options.ResumeOptions` checks what users give).
    Raises :class:`TailorError` if even leaving out every droppable item does not bring
    the résumé down to ``pages``.
    """
    if pages < 1:
        raise ValueError(f"pages must be at least 1, not {pages}")
    measure = measure or measurer()
    order = drop_order(
        cv,
        ranking,
        selection,
        bare_roles=bare_roles,
        evidence=evidence,
        required=required,
        preferred=preferred,
        lapsed=lapsed,
        summary=summary,
    )
    told = {"evidence": frozenset(evidence), "required": frozenset(required), "preferred": frozenset(preferred)}
    search = _Search(selection, render, measure, pages)
    k = _shortest(search, order)
    if k == 0:
        return replace(search.result(frozenset(), (), order), **told)
    if k is None:
        full = frozenset(order)
        shortest = math.ceil(search.pages_of(full))
        raise TailorError(
            f"The résumé does not fit on {pages} page{'s' if pages > 1 else ''}: even without any droppable "
            f"bullet, publication, skill, certificate or award it fills {shortest} pages "
            f"({'measured' if measure.method == 'pdf' else 'estimated'}"
            "); pinned bullets and publications, every role's line, "
            f"{'the first role' if bare_roles else 'each role'}'s best bullet, three skills, each degree's line and "
            "languages always stay. "
            f"Pass {{pages={shortest}}}, try {{template=compact}}, or shorten the CV.",
            pages="pages",
            template="template",
        )
    dropped, readded = _give_back(search, order, k, _newer_bare(selection), order.idle)
    return replace(search.result(dropped, readded, order), **told)


def fill(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    fillers: Sequence[str],
    *,
    pages: int,
    render: Callable[[Selection], bytes],
    measure: Measurer,
) -> PageFit | None:
    """``selection`` with as many of the bullets ``fillers`` (ids, best first: :func:`tailor.select.page_fillers`)
    as ``render`` lays out on ``pages`` pages with it, the best first, then each shorter one that fits too
    (:func:`tailor.select.widened`); those left out keep their reasons. None where none fits, or ``selection`` alone
    does not fit (the measure disagrees with what found its pages)."""
    if not fillers:
        return None
    wider = widened(cv, ranking, selection, fillers)
    order = DropOrder([Item("bullet", i, 0.0) for i in reversed(fillers)], ())
    search = _Search(wider, render, measure, pages)
    k = _shortest(search, order)
    if k is None:
        return None
    dropped, readded = _give_back(search, order, k, lambda *_: False) if k else (frozenset(), ())
    if len(dropped) == len(order):
        return None
    found = search.result(dropped, readded, order)
    # A filler the page has no room for stays out as the budget left it, not as page fitting did.
    before = {c.bullet_id: c for c in selection.choices}
    gone = {item.id for item in dropped}
    choices = [before[c.bullet_id] if c.bullet_id in gone else c for c in found.selection.choices]
    kept = len(order) - len(dropped)
    return replace(found, selection=replace(found.selection, choices=choices, budget=selection.budget + kept))


def _shortest(search: _Search, order: list[Item]) -> int | None:
    """The length of the shortest prefix of ``order`` that ``search`` finds fitting once left out: 0 where the whole
    fits, None where even leaving out all of ``order`` does not."""

    def prefix(k: int) -> frozenset[Item]:
        return frozenset(order[:k])

    # The estimate says where to look, and as it errs on the long side, the shortest
    # prefix that fits is at or below its guess. One LibreOffice start measures around
    # it and both ends: nothing left out, and everything droppable left out.
    batch = search.measurer.batch
    guess = search.estimated_prefix(order) if search.measurer.method == "pdf" else None
    window = [] if guess is None else [k for k in range(guess - batch + 2, guess + 2) if 0 < k < len(order)]
    search.measure([prefix(k) for k in (0, len(order), *window)])
    if search.fits(prefix(0)):
        return 0
    if not search.fits(prefix(len(order))):
        return None
    # The shortest fitting prefix: lo never fits, hi always does.
    lo, hi = 0, len(order)
    while True:
        measured = [k for k in range(lo + 1, hi) if prefix(k) in search.measured]
        for k in measured:
            if search.fits(prefix(k)):
                hi = min(hi, k)
        lo = max([lo, *(k for k in measured if k < hi and not search.fits(prefix(k)))])
        if hi - lo <= 1:
            return hi
        step = (hi - lo) / (batch + 1)
        search.measure([prefix(lo + max(1, min(hi - lo - 1, round(step * (n + 1))))) for n in range(batch)])


def _newer_bare(selection: Selection) -> Callable[[Item, Collection[Item]], bool]:
    """Whether an item is a bullet of a job that, given back with ``dropped`` left out, would print more bullets than
    a newer job of its section (one before it in the CV's order) that lost some: an old job's work over a recent
    job's, which the drop order never leaves (:func:`_recent_first`); a newer job with none left prints bare."""
    roles = selection.roles
    role_of = {b.id: n for n, r in enumerate(roles) for b in r.bullets}

    def newer_bare(item: Item, dropped: Collection[Item]) -> bool:
        if item.kind != "bullet" or item.id not in role_of:
            return False
        gone = {d.id for d in dropped if d.kind == "bullet"}
        n = role_of[item.id]
        kept = [sum(b.id not in gone for b in r.bullets) for r in roles]
        return any(
            roles[m].entry.prints_bare
            and roles[m].entry.section == roles[n].entry.section
            and kept[m] < len(roles[m].bullets)
            and kept[n] + 1 > kept[m]
            for m in range(n)
        )

    return newer_bare


def _give_back(
    search: _Search,
    order: list[Item],
    k: int,
    newer_bare: Callable[[Item, Collection[Item]], bool],
    idle: Collection[Item] = frozenset(),
) -> tuple[frozenset[Item], tuple[Item, ...]]:
    """Starting from the first ``k`` items of ``order`` left out, give back, best first,
    each one that fits again, but for a bullet of a job a newer one would print under bare (``newer_bare``); those
    that show nothing the posting asks (``idle``) only once every other is back."""
    dropped = set(order[:k])
    # Giving back the item dropped last is the prefix that did not fit, so an item the
    # estimate finds at least as long cannot fit either; only the others are measured.
    base = search.length(frozenset(dropped))
    growth = {c: search.length(frozenset(dropped - {c})) - base for c in dropped}
    limit = growth[order[k - 1]]
    candidates = [c for c in sorted(dropped, key=order.index, reverse=True) if growth[c] < limit or growth[c] <= 0]
    candidates = [c for c in candidates if not newer_bare(c, dropped)]
    readded = _each_that_fits(search, dropped, [c for c in candidates if c not in idle])
    if dropped <= set(idle):
        readded += _each_that_fits(search, dropped, [c for c in candidates if c in idle])
    return frozenset(dropped), tuple(readded)


def _each_that_fits(search: _Search, dropped: set[Item], candidates: list[Item]) -> list[Item]:
    """Give back to the résumé without ``dropped`` (taking them out of it) each of ``candidates``, best first, that
    fits with those given back before it; returns them in that order."""
    readded: list[Item] = []
    while candidates:
        search.measure([frozenset(dropped - {c}) for c in candidates])
        # Each item given back only adds length: one that does not fit now never will.
        fitting = [c for c in candidates if search.fits(frozenset(dropped - {c}))]
        if not fitting:
            break
        # Give back the best, then the next best with it, and so on, all measured at once.
        together = [frozenset(dropped - set(fitting[: n + 1])) for n in range(len(fitting))]
        search.measure(together)
        n = next((n for n, t in enumerate(together) if not search.fits(t)), len(fitting))
        dropped -= set(fitting[:n])
        readded += fitting[:n]
        candidates = fitting[n + 1 :]
    return readded


class _Search:
    """Renders and measures selections, each once."""

    def __init__(self, selection: Selection, render: Callable[[Selection], bytes], measure: Measurer, pages: int):
        self.selection, self.render, self.measurer, self.pages = selection, render, measure, pages
        self.documents: dict[frozenset[Item], bytes] = {}
        self.measured: dict[frozenset[Item], Measured] = {}
        self.estimates: dict[frozenset[Item], float] = {}
        self.lengths: dict[frozenset[Item], float] = {}

    def document(self, drops: frozenset[Item]) -> bytes:
        if drops not in self.documents:
            self.documents[drops] = self.render(without(self.selection, drops))
        return self.documents[drops]

    def measure(self, batch: list[frozenset[Item]]) -> None:
        todo = list(dict.fromkeys(d for d in batch if d not in self.measured))
        if todo:
            results = self.measurer.measure([self.document(d) for d in todo])
            self.measured.update(zip(todo, results, strict=True))

    def estimate(self, drops: frozenset[Item]) -> float:
        if self.measurer.method == "estimate":
            self.measure([drops])
            return self.measured[drops].pages
        if drops not in self.estimates:
            self.estimates[drops] = layout.estimate_pages(self.document(drops))
        return self.estimates[drops]

    def length(self, drops: frozenset[Item]) -> float:
        """How long the document is, to compare what giving back each item adds. Measured by the estimate, the
        estimate itself (it decides what fits); measured in PDFs, the content's length without page breaks
        (:func:`layout.content_pages`): the estimate's pages grow by the same step for a line as for three where
        a heading kept with its text goes on to the next page, and a bullet the PDF's page has room for would
        count as long as a longer item that did not fit."""
        if self.measurer.method == "estimate":
            return self.estimate(drops)
        if drops not in self.lengths:
            self.lengths[drops] = layout.content_pages(self.document(drops))
        return self.lengths[drops]

    def estimated_prefix(self, order: list[Item]) -> int:
        """The shortest prefix of ``order`` that the estimate finds fitting (binary search)."""
        lo, hi = 0, len(order)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if self.estimate(frozenset(order[:mid])) <= self.pages else (mid, hi)
        return hi

    def pages_of(self, drops: frozenset[Item]) -> float:
        return self.measured[drops].pages

    def fits(self, drops: frozenset[Item]) -> bool:
        return self.pages_of(drops) <= self.pages

    def result(self, drops: frozenset[Item], readded: tuple[Item, ...], order: list[Item] | None = None) -> PageFit:
        self.measure([drops])
        ordered = tuple(sorted(drops, key=(order or []).index)) if order else tuple(drops)
        measured = self.measured[drops]
        return PageFit(
            pages=self.pages,
            measured_by=self.measurer.method,
            measured_pages=measured.pages,
            selection=without(self.selection, drops),
            dropped=ordered,
            readded=readded,
            docx=self.document(drops),
            pdf=measured.pdf,
        )
