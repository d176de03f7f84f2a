"""Rank many postings by how well one CV fits each: the library behind ``tailor rank``.

Each posting is read and scored by the same steps as ``tailor match``
(:func:`tailor.rank.fit`, and :func:`tailor.pipeline.match` where its keyword
coverage is wanted), in worker processes when there are many
(:mod:`tailor.many`). Keyword coverage needs each posting's own ranking and
selection, half as much work again as reading and scoring it, so it is computed
only for the postings shown: with ``top`` set, for those few after ranking
(reading them once more); with every posting shown, alongside the scores, in the
same pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tailor.errors import TailorError
from tailor.many import Progress, find_postings, parallel_map, shared_cv
from tailor.options import ResumeOptions
from tailor.options import min_fit as min_fit_value
from tailor.posting.details import FIELDS, PostingDetails
from tailor.results import LoadedCV

if TYPE_CHECKING:
    from tailor.rank import FitLabel

COLUMNS = (
    "rank",
    "score",
    "fit",
    "coverage",
    "title",
    "company",
    "source",
    *(f for f in FIELDS if f not in ("title", "company")),
    "title_source",
    "company_source",
)
"""The fields of each row, in the order the CSV shows them: the rank, the fit (its score and its
label), coverage, title, company and file, then what the posting states about the job (empty
where it does not), to sort and filter by."""


@dataclass(frozen=True)
class ScoredPosting:
    """A posting read and scored against the CV."""

    source: str
    title: str | None
    company: str | None
    score: float
    """The CV's fit to the posting: the ``score`` that ``tailor match`` reports for it."""
    label: FitLabel
    """The fit in words (:class:`tailor.rank.Fit`)."""
    sha256: str
    """Of the posting's extracted text, as the selection manifest records it."""
    output_name: str
    """The résumé file name :func:`tailor.pipeline.build` would choose for it."""
    coverage: float | None = None
    """The default résumé's required-keyword coverage, when asked for (else None)."""
    details: PostingDetails = field(default_factory=PostingDetails)
    """Everything the posting states about the job, and where each was found."""


@dataclass(frozen=True)
class Unreadable:
    """A posting that could not be read, and why (the message of its TailorError)."""

    source: str
    message: str


@dataclass(frozen=True)
class Fit:
    """One posting's place in the ranking."""

    rank: int
    """1 for the best fit."""
    score: float
    """The CV's fit to the posting, as ``tailor match`` reports it (0 … 1)."""
    fit: FitLabel
    """The score in words: strong, partial, weak, or too short to judge."""
    coverage: float | None
    """Share of the posting's required keywords that the default résumé evidences; None if it names none."""
    title: str | None
    company: str | None
    source: str
    details: PostingDetails = field(default_factory=PostingDetails)
    """Everything the posting states about the job (``title`` and ``company`` among it), and where each
    was found: for sorting and filtering by place, pay or kind of employment."""


@dataclass(frozen=True)
class Shortlist:
    fits: list[Fit]
    """Best first (ties by path), cut to the ``top`` asked for."""
    ranked: int
    """How many postings were read and ranked."""
    unreadable: list[Unreadable]
    """Postings skipped because they could not be read, in path order."""
    below: int = 0
    """Postings read and scored but left out for a fit below ``min_fit``."""


def rank_postings(
    paths: Iterable[str | Path],
    cv: str | Path | LoadedCV | None = None,
    *,
    top: int = 0,
    max_bullets: int | None = None,
    min_fit: float | str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Shortlist:
    """Rank the postings at ``paths`` (files, folders, glob patterns) by the fit of the CV at
    ``cv`` (as :func:`tailor.pipeline.load` finds it), keeping the best ``top`` (0: all) of those
    that fit at least ``min_fit`` (a score, or a label such as ``"partial"``).

    Raises:
        TailorError: the CV cannot be loaded, or a path names no posting. A posting that
            cannot be read is not an error: it is listed in :attr:`Shortlist.unreadable`.
    """
    from tailor.pipeline import load

    options = ResumeOptions(max_bullets=max_bullets, min_fit=min_fit_value(min_fit))
    files = find_postings(paths)
    ready = cv if isinstance(cv, LoadedCV) else load(cv)
    postings, unreadable = score_postings(
        files, ready, coverage=not top, max_bullets=options.max_bullets, workers=workers, progress=progress
    )
    postings.sort(key=lambda p: (-p.score, p.source))
    ranked = len(postings)
    kept = [p for p in postings if fits_at_least(p, options.min_fit)]
    below, postings = len(postings) - len(kept), kept
    if top:
        postings = postings[:top]
        jobs = [(p.source, options.max_bullets) for p in postings]
        coverages = list(parallel_map(_coverage_of, jobs, ready, workers=workers))
    else:
        coverages = [p.coverage for p in postings]
    fits = [
        Fit(n, p.score, p.label, ratio, p.title, p.company, p.source, p.details)
        for n, (p, ratio) in enumerate(zip(postings, coverages, strict=True), start=1)
    ]
    return Shortlist(fits, ranked, unreadable, below)


def fits_at_least(posting: ScoredPosting, min_fit: float | None) -> bool:
    """Whether ``posting`` fits at least ``min_fit`` (always, without one; never, if too short to judge)."""
    return min_fit is None or (posting.label != "too short" and posting.score >= min_fit)


def score_postings(
    paths: Sequence[Path],
    cv: LoadedCV,
    *,
    coverage: bool = False,
    max_bullets: int | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> tuple[list[ScoredPosting], list[Unreadable]]:
    """Read and score every posting at ``paths`` against ``cv``, in their order.

    Postings that cannot be read are returned apart, with the reason, instead of
    stopping the others. With ``coverage``, each posting's keyword coverage for a résumé
    of ``max_bullets`` is computed too (about half again the time).
    ``workers`` is the number of processes (default: see :func:`tailor.many.parallel_map`).
    ``progress(done, total)`` is called after each posting.
    """
    good: list[ScoredPosting] = []
    bad: list[Unreadable] = []
    jobs = [(str(p), coverage, max_bullets) for p in paths]
    for done, result in enumerate(parallel_map(_score_one, jobs, cv, workers=workers), start=1):
        (bad if isinstance(result, Unreadable) else good).append(result)
        if progress is not None:
            progress(done, len(jobs))
    return good, bad


def _score_one(job: tuple[str, bool, int | None]) -> ScoredPosting | Unreadable:
    from tailor.pipeline import default_output_name, match
    from tailor.posting import read_posting, structure
    from tailor.rank import fit

    source, coverage, max_bullets = job
    cv = shared_cv()
    try:
        posting = read_posting(source)
        if coverage:
            result = match(posting, cv, max_bullets=max_bullets)
            overall, ratio = result.ranking.fit, result.coverage.ratio
        else:
            overall, ratio = fit(cv.prepared, posting), None
    except TailorError as e:  # unreadable, or not a posting tailor can rank (another language)
        return Unreadable(source, str(e))
    found = structure.of(posting)
    return ScoredPosting(
        source=source,
        title=found.title,
        company=found.company,
        score=overall.score,
        label=overall.label,
        sha256=posting.sha256,
        output_name=default_output_name(cv.cv, posting),
        coverage=ratio,
        details=found.details,
    )


def _coverage_of(job: tuple[str, int | None]) -> float | None:
    from tailor.pipeline import match

    source, max_bullets = job
    try:
        return match(source, shared_cv(), max_bullets=max_bullets).coverage.ratio
    except TailorError:
        return None  # changed since it was read a moment ago; its score still stands


def rows(fits: Sequence[Fit]) -> list[dict[str, Any]]:
    """The ``tailor rank --format json`` document: one object per posting, best first, with the
    fields of :data:`COLUMNS`."""
    out = []
    for fit in fits:
        every = {
            "rank": fit.rank,
            "score": fit.score,
            "fit": fit.fit,
            "coverage": fit.coverage,
            "source": fit.source,
            **fit.details.as_json(),
        }
        out.append({column: every[column] for column in COLUMNS})
    return out
