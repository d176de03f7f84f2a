"""Each CV item's relevance to a posting, as a number and nothing more: the cosine of its TF-IDF row with the
posting's in the CV's term space (:func:`item_scores`), a bullet of a supporting activity the posting does not ask
for discounted. What :func:`tailor.rank.rank` explains, and what the fit's depth reads (:mod:`tailor.rank.fitness`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tailor.rank.cv import PUBLISHING, SUPPORTING_PART, PreparedCV
from tailor.rank.posting import (
    AnalysedPosting,
    WeightedSection,
    names_the_job,
    query_terms,
    the_jobs_doing,
    the_jobs_name,
    title_terms,
)
from tailor.rank.terms import activity_terms, supporting_terms

if TYPE_CHECKING:
    from tailor.analysis import Analysis


def item_scores(prepared: PreparedCV, postings: Sequence[AnalysedPosting]) -> Any:
    """Every CV item's score against every posting (a dense array, items × postings, in
    ``prepared.items`` order): one sparse product for all of them. Each column holds the
    scores :func:`tailor.rank.rank` gives that posting."""
    wanted = [query_terms(p, prepared.lexicon, prepared.config, title=True) for p in postings]
    discounted = [discounted_rows(prepared, p, title=True) for p in postings]
    return cosines(prepared, prepared.rows(wanted), discounted, [held_job_rows(prepared, p) for p in postings])


def cosines(prepared: PreparedCV, queries: Any, discounted: Sequence[set[int]], held: Sequence[set[int]]) -> Any:
    """Cosine of every item with every query row (items × queries), a bullet of a supporting activity discounted
    (:meth:`tailor.rank.cv.PreparedCV.supporting_share`) in the columns of ``discounted`` (rows, one set per query),
    and one done where its person held the job lifted (``RankConfig.held_job``) in the columns of ``held``, to 1 at
    most."""
    # The item matrix on the left: each score sums its terms in one fixed order, so one
    # posting scored alone and among many gives the same number to the last bit.
    scores = (prepared.matrix @ queries.T).toarray()
    for column, rows in enumerate(discounted):
        for row in rows:
            scores[row, column] *= prepared.supporting_share(row)
    for column, rows in enumerate(held):
        for row in rows:
            scores[row, column] = min(1.0, scores[row, column] * prepared.config.held_job)
    return scores


def held_job_rows(prepared: PreparedCV, analysed: AnalysedPosting) -> set[int]:
    """Rows of the bullets done at an employer where the CV's person held the job the posting's title names: one
    of the employer's roles is titled with the job's name (:func:`tailor.rank.posting.the_jobs_name`), the
    bullet's own or another there (``RankConfig.held_job``). A role without an employer's name stands alone."""
    if prepared.config.held_job == 1 or (name := the_jobs_name(analysed)) is None:
        return set()
    bullets = [row for row, item in enumerate(prepared.items) if item.kind == "bullet"]
    where: dict[int, str | int] = {row: prepared.items[row].entry or row for row in bullets}
    held = {where[row] for row in bullets if names_the_job(prepared.items[row].context, name)}
    return {row for row in bullets if where[row] in held}


def said_terms(analysed: AnalysedPosting) -> frozenset[str]:
    """The terms the posting says in the sections that count (a related term it does not say is lent weight)."""
    return frozenset(t for section in analysed.sections if section.weight > 0 for t in section.analysis.terms)


def discounted_rows(prepared: PreparedCV, analysed: AnalysedPosting, *, title: bool = False) -> set[int]:
    """Rows of the bullets that record a supporting activity the posting does not ask for, or a supporting part in
    others' work (:data:`tailor.rank.cv.PART_IN_OTHERS_WORK`, or any bullet of a role held in training) where the
    job is none.

    Teaching a course on reinforcement learning, or reviewing for a conference, is weaker
    evidence of the field than working in it; a posting asks for the activity when a
    section that counts names it or one of its phrases ("teaching assistant"; writing only as work, not "written":
    :func:`_asked_of`). A bullet that does what the job is
    named for is no weaker evidence of it: the teaching assistant who edited students' work did the editing an
    Editor's posting asks for (:func:`tailor.rank.posting.the_jobs_doing`); one that opens with its activity
    ("Mentored reporters on data reporting") names that work as what it taught. That reads the posting's ``title``,
    which ranking reads and the fit does not (:func:`tailor.rank.posting.query_terms`).

    With ``title`` (ranking), a publication the posting asks for no research, writing or publications of
    (:data:`tailor.rank.cv.PUBLISHING`) is one of them; the fit, without, reads it in full: discounted there, a
    teacher's articles ordered a strong and a moderate posting of the labelled sets worse (bench/README.md).
    """
    if prepared.config.supporting >= 1 or not any(prepared.activities):
        return set()
    known = supporting_terms(prepared.lexicon)
    marks = {row: known.get(activity, frozenset()) for row, activity in enumerate(prepared.activities) if activity}
    said = activity_terms(
        (t for section in analysed.sections if section.weight > 0 for t in _asked_of(section)),
        among=frozenset().union(*marks.values()),
    )
    rows = {row for row, terms in marks.items() if not terms & said}
    if not title:
        rows = {row for row in rows if prepared.activities[row] != PUBLISHING}
    if title and rows and not _SUPPORTING_JOBS.isdisjoint(title_terms(analysed, prepared.lexicon)):
        rows = {row for row in rows if prepared.activities[row] != SUPPORTING_PART}
    if title and rows and (doing := the_jobs_doing(analysed, prepared.lexicon)):
        # A bullet that opens with its activity ("Mentored reporters on data reporting", "Taught editing") names the
        # job's work as what it taught, which it did not do itself.
        rows = {
            row
            for row in rows
            if doing.isdisjoint(prepared.analyses[row].terms) or _opens_with(prepared.analyses[row], marks[row])
        }
    return rows


_WRITING = re.compile(r"\bwrit(?:e|es|ing|ings)\b", re.IGNORECASE)
"""Writing said as work ("write articles", "writes grants", "strong writing skills"); not "written", which says how
something is set down."""


def _asked_of(section: WeightedSection) -> list[str]:
    """The terms of ``section`` as asks of a supporting activity: its "write" only where it says writing as work
    (:data:`_WRITING`). "Written" says how a thing is set down ("written lesson plans", "the curriculum is written
    for…", "written care plans"), which asks for no writing that a publication shows: where a posting said only how
    its materials were written, a teacher's articles had counted in full, above the work (bench/README.md)."""
    terms = section.analysis.terms
    if "write" in terms and not _WRITING.search(f"{section.heading}\n{section.text}"):
        return [t for t in terms if t != "write"]
    return terms


def _opens_with(analysis: Analysis, activity: frozenset[str]) -> bool:
    """Whether the text ``analysis`` reads opens with one of the ``activity``'s terms ("mentoring" of "Mentored …")."""
    return bool(analysis.terms) and analysis.terms[0] in activity


_SUPPORTING_JOBS = frozenset({"assistant", "aide", "helper", "intern", "internship", "trainee", "apprentice"})
"""Jobs that are a supporting part in others' work (a Medical Assistant, a Research Intern): their postings ask for
what a bullet that "assisted" or "took part" did, and count it in full."""
