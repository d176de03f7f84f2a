"""Many postings at once: find them, analyse them on every core, and score the CV against all of them.

The CV is analysed once (:func:`tailor.pipeline.load`). Each posting is read,
split into sections and analysed (the expensive part: spaCy, a few milliseconds
a posting), in worker processes when there are many, each of which sends back
only what the posting is and its fit: the share of its weighted terms that the
CV says (:func:`tailor.rank.fit`), the same number ``tailor match`` reports.
The fit needs no item scores; when those are wanted for many postings,
:func:`item_scores` gets them all from one sparse product.
"""

from __future__ import annotations

import glob
import hashlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tailor.errors import TailorError
from tailor.posting.formats import EXTENSIONS
from tailor.posting.formats.text import SUPPORTED_FORMATS

if TYPE_CHECKING:
    import numpy as np

    from tailor.pipeline import LoadedCV
    from tailor.rank import AnalysedPosting, PreparedCV

PARALLEL_FROM = 48
"""Below this many postings, one process: forking workers costs more than it saves (measured:
break-even near 40 on 2 cores)."""
SPAWN_PARALLEL_FROM = 1000
"""Where workers must be spawned (not Linux), each imports spaCy and builds its pipeline
anew, some 4 s, which pays only for a large pile."""
MAX_WORKERS = 8
"""Each worker holds its own spaCy pipeline (~150 MB); beyond a few, reading files is the limit anyway."""
_CHUNK = 16
_GLOB_CHARS = frozenset("*?[")

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int, int], None]
"""Told ``(done, total)`` as postings are read: for a progress bar."""


@dataclass(frozen=True)
class ScoredPosting:
    """A posting read, analysed and scored against the CV."""

    source: str
    title: str | None
    company: str | None
    score: float
    """The CV's fit to the posting: the ``score`` that ``tailor match`` reports for it."""
    sha256: str
    """Of the posting's extracted text, as the selection manifest records it."""
    output_name: str
    """The résumé file name :func:`tailor.pipeline.build` would choose for it."""
    coverage: float | None = None
    """The default résumé's required-keyword coverage, when asked for (else None)."""


@dataclass(frozen=True)
class Unreadable:
    """A posting that could not be read, and why (the message of its TailorError)."""

    source: str
    message: str


def find_postings(paths: Iterable[str | Path]) -> list[Path]:
    """The posting files named by ``paths``: files as given, folders searched recursively for
    every format tailor reads, and glob patterns (``jobs/**/*.md``) expanded; each file once,
    sorted by path.

    In folders, hidden files and folders are skipped, and so are the files tailor
    writes (a ``.docx``, ``.pdf`` or ``.report.html`` with a ``.manifest.json`` beside
    it): résumés, not postings.

    Raises:
        TailorError: a path that is neither a file, a folder nor a pattern matching something.
    """
    found: dict[Path, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            matches = _postings_in(path)
        elif path.exists():
            matches = [path]
        elif _GLOB_CHARS & set(str(given)):
            expanded = (Path(p) for p in sorted(glob.glob(str(given), recursive=True)))
            matches = [m for p in expanded for m in (_postings_in(p) if p.is_dir() else [p])]
        else:
            matches = []
        if not matches:
            what = "matches no file" if _GLOB_CHARS & set(str(given)) else "does not exist"
            if path.is_dir():
                what = f"holds no posting ({SUPPORTED_FORMATS})"
            raise TailorError(
                f"{given} {what}. Pass posting files, folders of postings, or a pattern such as 'jobs/*.md'."
            )
        for match in matches:
            found.setdefault(match.resolve(), match)
    return sorted(found.values(), key=str)


def _postings_in(folder: Path) -> list[Path]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in EXTENSIONS and not _written_by_tailor(path):
                out.append(path)
    return out


def _written_by_tailor(path: Path) -> bool:
    """A résumé, its PDF or its report: a file with a tailor manifest beside it."""
    name = path.name
    for suffix in (".report.html", ".docx", ".pdf"):
        if name.lower().endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".manifest.json").exists()
    return False


def score_postings(
    paths: Sequence[Path],
    cv: LoadedCV,
    *,
    coverage_of: int = 0,
    workers: int | None = None,
    progress: Progress | None = None,
) -> tuple[list[ScoredPosting], list[Unreadable]]:
    """Read, analyse and score every posting at ``paths`` against ``cv``, in their order.

    Postings that cannot be read are returned apart, with the reason, instead of
    stopping the others. With ``coverage_of`` set to a résumé size (``max_bullets``),
    each posting's keyword coverage is computed too (about half again the time).
    ``workers`` is the number of processes (default: one per core, up to
    :data:`MAX_WORKERS`, when there are at least :data:`PARALLEL_FROM` postings).
    ``progress(done, total)`` is called after each posting.
    """
    from tailor.rank import related_terms

    # Built here once, before any worker starts, so that forked workers inherit it.
    related_terms(cv.prepared.lexicon)
    good: list[ScoredPosting] = []
    bad: list[Unreadable] = []
    jobs = [(str(p), coverage_of) for p in paths]
    for done, result in enumerate(parallel_map(_score_one, jobs, cv, workers=workers), start=1):
        (bad if isinstance(result, Unreadable) else good).append(result)
        if progress is not None:
            progress(done, len(jobs))
    return good, bad


def _score_one(job: tuple[str, int]) -> ScoredPosting | Unreadable:
    from tailor.analysis import analyse
    from tailor.coverage import coverage
    from tailor.pipeline import default_output_name
    from tailor.posting import read_posting, structure
    from tailor.rank import AnalysedPosting, fit, query_terms, rank
    from tailor.select import select

    source, max_bullets = job
    cv = current_cv()
    prepared = cv.prepared
    try:
        posting = read_posting(source)
    except TailorError as e:
        return Unreadable(source, str(e))
    found = structure.of(posting)
    # As tailor.rank.analyse_posting does, each non-empty section is analysed on its own;
    # but sections that weigh nothing (benefits, legal text: a third of a typical posting)
    # are left out, since neither the score nor the keywords read them.
    weights = prepared.config.section_weights
    sections = [s for s in found.sections if s.text and weights[s.kind] > 0]
    analyses = analyse([s.text for s in sections], prepared.lexicon)
    analysed = AnalysedPosting(posting, list(zip(sections, analyses, strict=True)))
    ratio = None
    if max_bullets:
        ranking = rank(prepared, analysed)
        ratio = coverage(ranking, select(cv.cv, ranking, max_bullets=max_bullets)).ratio
    return ScoredPosting(
        source=source,
        title=found.title,
        company=found.company,
        score=fit(query_terms(analysed, prepared.lexicon, prepared.config), prepared),
        sha256=hashlib.sha256(posting.text.encode("utf-8")).hexdigest(),
        output_name=default_output_name(cv.cv, posting),
        coverage=ratio,
    )


def item_scores(prepared: PreparedCV, postings: Sequence[AnalysedPosting]) -> np.ndarray:
    """Every CV item's score against every posting (items × postings, in ``prepared.items`` order).

    One sparse product of the CV's item matrix with all the postings' query rows at
    once; each column equals the item scores :func:`tailor.rank.rank` gives that posting.
    """
    from tailor.rank import discounted_rows, query_terms

    wanted = [query_terms(p, prepared.lexicon, prepared.config) for p in postings]
    # The item matrix stays on the left, as in rank(): each score then sums its terms in
    # the same order, so the two agree to the last bit, not merely to rounding.
    scores = (prepared.matrix @ prepared.rows(wanted).T).toarray()
    for column, posting in enumerate(postings):
        for row in discounted_rows(prepared, posting):
            scores[row, column] *= prepared.config.supporting
    return scores


# --- processes -------------------------------------------------------------------------

_CV: LoadedCV | None = None


def current_cv() -> LoadedCV:
    """The CV of the :func:`parallel_map` running in this process, for the function it maps."""
    assert _CV is not None, "only inside parallel_map"
    return _CV


def _start_worker(cv: LoadedCV) -> None:
    global _CV
    _CV = cv
    # Ctrl-C reaches every process of the terminal's group: the parent stops the workers
    # itself, so they must not die mid-task with tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    """One worker per core this process may use, up to :data:`MAX_WORKERS`."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS))


def parallel_map(
    function: Callable[[T], R], items: Sequence[T], cv: LoadedCV, *, workers: int | None = None
) -> Iterator[R]:
    """``function`` over ``items`` in order, with ``cv`` available to it, in worker processes when
    there are many items and more than one core. ``function`` must be a module-level function."""
    global _CV
    # fork on Linux: workers inherit the CV and the spaCy pipeline already built for it,
    # instead of building their own. Elsewhere fork is unsafe (macOS) or absent (Windows).
    method = "fork" if sys.platform == "linux" else "spawn"
    if workers is None:
        enough = len(items) >= (PARALLEL_FROM if method == "fork" else SPAWN_PARALLEL_FROM)
        count = min(default_workers(), max(1, len(items) // _CHUNK)) if enough else 1
    else:
        count = min(workers, len(items))
    if count <= 1:
        previous, _CV = _CV, cv
        try:
            yield from map(function, items)
        finally:
            _CV = previous
        return
    pool = multiprocessing.get_context(method).Pool(count, initializer=_start_worker, initargs=(cv,))
    try:
        # Chunks keep the workers busy with few round trips, yet small enough to share
        # the last ones out evenly.
        yield from pool.imap(function, items, chunksize=max(1, min(_CHUNK, len(items) // (4 * count))))
        pool.close()
    except BaseException:
        pool.terminate()  # Ctrl-C or an error: stop now, not after the queued work
        raise
    finally:
        pool.join()
