"""Rank many postings by how well one CV fits each: the library behind ``tailor rank``.

Scores are what ``tailor match`` reports for each posting (:mod:`tailor.many`).
Keyword coverage needs each posting's own ranking and selection, half as much
work again as reading and scoring it, so it is computed only for the postings
shown: with ``top`` set, for those few after ranking (reading them once more);
with every posting shown, alongside the scores, in the same pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tailor.errors import TailorError
from tailor.many import Progress, Unreadable, current_cv, find_postings, parallel_map, score_postings
from tailor.select import DEFAULT_MAX_BULLETS

COLUMNS = ("rank", "score", "coverage", "title", "company", "source")
"""The fields of each row, in the order the CSV and the table show them."""


@dataclass(frozen=True)
class Fit:
    """One posting's place in the ranking."""

    rank: int
    """1 for the best fit."""
    score: float
    """The CV's fit to the posting, as ``tailor match`` reports it (0 … 1)."""
    coverage: float | None
    """Share of the posting's required keywords that the default résumé evidences; None if it names none."""
    title: str | None
    company: str | None
    source: str


@dataclass(frozen=True)
class Shortlist:
    fits: list[Fit]
    """Best first (ties by path), cut to the ``top`` asked for."""
    ranked: int
    """How many postings were read and ranked."""
    unreadable: list[Unreadable]
    """Postings skipped because they could not be read, in path order."""


def shortlist(
    paths: Iterable[str | Path],
    cv: str | Path | None = None,
    *,
    top: int = 0,
    max_bullets: int = DEFAULT_MAX_BULLETS,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Shortlist:
    """Rank the postings at ``paths`` (files, folders, glob patterns) by the fit of the CV at
    ``cv`` (default: the bundled CV), keeping the best ``top`` (0: all).

    Raises:
        TailorError: the CV cannot be loaded, or a path names no posting. A posting that
            cannot be read is not an error: it is listed in :attr:`Shortlist.unreadable`.
    """
    from tailor.pipeline import load

    if max_bullets < 1:
        raise TailorError(f"--max-bullets must be at least 1, not {max_bullets}.")
    files = find_postings(paths)
    ready = load(cv)
    postings, unreadable = score_postings(
        files, ready, coverage_of=0 if top else max_bullets, workers=workers, progress=progress
    )
    postings.sort(key=lambda p: (-p.score, p.source))
    ranked = len(postings)
    if top:
        postings = postings[:top]
        jobs = [(p.source, max_bullets) for p in postings]
        coverages = list(parallel_map(_coverage_of, jobs, ready, workers=workers))
    else:
        coverages = [p.coverage for p in postings]
    fits = [
        Fit(n, p.score, ratio, p.title, p.company, p.source)
        for n, (p, ratio) in enumerate(zip(postings, coverages, strict=True), start=1)
    ]
    return Shortlist(fits, ranked, unreadable)


def _coverage_of(job: tuple[str, int]) -> float | None:
    from tailor.pipeline import match

    source, max_bullets = job
    try:
        return match(source, current_cv(), max_bullets=max_bullets).coverage.ratio
    except TailorError:
        return None  # changed since it was read a moment ago; its score still stands


def rows(fits: Sequence[Fit]) -> list[dict[str, Any]]:
    """The ``tailor rank --format json`` document: one object per posting, best first."""
    return [asdict(f) for f in fits]
