"""A posting scored against a CV: what ``tailor rank`` and ``tailor batch`` know of each of many postings.

The one scorer of many postings (:func:`score_posting`) and what it returns, below every
module that reads postings in bulk: posting files (:mod:`tailor.rank_postings`) and
the rows of tables (:mod:`tailor.rank_rows`) are scored alike, exactly as ``tailor
match`` scores one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tailor.errors import TailorError
from tailor.posting.details import PostingDetails

if TYPE_CHECKING:
    from collections.abc import Mapping

    from tailor.posting.details import Field

if TYPE_CHECKING:
    from tailor.posting import Posting
    from tailor.posting.duplicates import Fingerprint
    from tailor.rank import FitLabel
    from tailor.results import LoadedCV


LABELS_BEST_FIRST: tuple[str, ...] = ("strong", "partial", "weak", "too short")
"""The fit's labels (:data:`tailor.rank.FIT_LABELS`, then a posting too short to judge), best first: a list of
postings ranks by the label it shows, then the score."""


def label_order(label: str) -> int:
    """Where a fit ``label`` ranks among :data:`LABELS_BEST_FIRST` (0 for strong)."""
    return LABELS_BEST_FIRST.index(label)


@dataclass(frozen=True)
class Copy:
    """Another row of a table, or another posting file, that is the same job as a posting ranked
    (:mod:`tailor.posting.duplicates`)."""

    source: str
    """``jobs.csv#row=42``, or the posting file's path."""
    location: str | None = None
    url: str | None = None


def places(copies: Iterable[Copy], besides: str | None = None) -> list[str]:
    """Where ``copies`` are, each place once, in their order; ``besides`` (the place of the posting they copy)
    left out: a job posted in one city five times is "Remote" once, not five times."""
    return [place for place in dict.fromkeys(c.location for c in copies if c.location) if place != besides]


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
    flags: tuple[str, ...] = ()
    """What ``tailor match`` warns of, in a few words (:attr:`tailor.results.Match.flags`), with the coverage."""
    details: PostingDetails = field(default_factory=PostingDetails)
    """Everything the posting states about the job, and where each was found."""
    copies: tuple[Copy, ...] = ()
    """The later rows of its table, or posting files, that are the same job, ranked once as this one."""
    fingerprint: Fingerprint | None = field(default=None, compare=False, repr=False)
    """Its text as :func:`tailor.posting.duplicates.fingerprint` normalises it (to find its copies among
    posting files and the first rows of other tables)."""


@dataclass(frozen=True)
class Unreadable:
    """A posting that could not be read, and why (the message of its TailorError)."""

    source: str
    message: str
    title: str | None = None
    """A row's title, company and address, from its columns: which job was missed, though its text was not read."""
    company: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Scores:
    """Many postings scored: files and the rows of tables."""

    scored: list[ScoredPosting]
    """In the order read: files by path, then each table's jobs by row."""
    unreadable: list[Unreadable]
    """Postings, and rows, skipped because they could not be read, in the same order."""
    copies: int = 0
    """Rows that were the same job as an earlier row of their table, and files the same job as an earlier
    file, each gone with the first."""
    columns: tuple[str, ...] = ()
    """Every column of the tables read, in their order (the first table's first); none without tables."""
    named: Mapping[Field, str] = field(default_factory=dict)
    """The column of the tables that holds each detail (the first table's to hold it): where a posting
    file ranked with tables shows its own title, company, place and pay."""
    warnings: tuple[TailorError, ...] = ()
    """What is worth a look but stopped nothing (a table without a title column: :meth:`Table.unnamed
    <tailor.posting.table.Table.unnamed>`), as errors not raised, so a command names their options as its flags."""


def score_posting(
    posting: Posting,
    cv: LoadedCV,
    *,
    coverage: bool = False,
    max_bullets: int | None = None,
    details: bool = True,
    min_fit: float | None = None,
) -> ScoredPosting:
    """``posting`` scored against ``cv`` as ``tailor match`` scores it (with its coverage, if asked), with
    its details (title, company, …) and résumé file name unless ``details`` is False: those cost a fifth
    of the time, and ``tailor rank`` shows them for the best few only.

    With ``min_fit`` (``--min-fit``), coverage is found only where the score reaches it (:func:`tailor.rank.at_least`):
    the label coverage gives answers to the posting's required keywords too (:func:`tailor.rank.bounded_label`), which
    can only lower it, so a posting the score leaves below ``min_fit`` stays below it, and is left out unshown. Its
    coverage is some 5–10 times the score's work; the score's analysis is the match's (each part's is kept).

    Raises:
        TailorError: the posting is not one tailor can rank (another language), or is a résumé that
            gives the CV owner's own e-mail address or phone number.
    """
    from tailor.pipeline import default_output_name, match
    from tailor.posting import structure
    from tailor.rank import at_least, fit
    from tailor.results import gives_own_contact

    if gives_own_contact(cv.cv, posting.text):
        raise TailorError(
            f"{posting.source} gives your own e-mail address or phone number: it looks like a résumé, not a "
            "job posting, and is left out."
        )

    scored = fit(cv.prepared, posting) if coverage and min_fit is not None else None
    if coverage and (scored is None or at_least(scored, min_fit)):
        result = match(posting, cv, max_bullets=max_bullets)
        overall, ratio, flags = result.ranking.fit, result.coverage.ratio, result.flags
    else:
        overall, ratio, flags = scored if scored is not None else fit(cv.prepared, posting), None, ()
    found = structure.of(posting).details if details else PostingDetails()
    return ScoredPosting(
        source=posting.source,
        title=found.value("title"),
        company=found.value("company"),
        score=overall.score,
        label=overall.label,
        sha256=posting.sha256,
        output_name=default_output_name(cv.cv, posting) if details else "",
        coverage=ratio,
        flags=flags,
        details=found,
    )
