"""Many postings at once: find their files, name them briefly, and run a function over them on every core.

What is done to each posting (read, score, build) is the business of the modules
that call this one (:mod:`tailor.rank_postings`, :mod:`tailor.batch`); this module
only finds the files and shares the work out. The CV, analysed once, is shared with
the worker processes, which are forked on Linux so that they inherit it and the
spaCy pipeline already built for it.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tailor.errors import TailorError
from tailor.outputs import written_by_tailor
from tailor.posting.formats import EXTENSIONS
from tailor.posting.formats.text import SUPPORTED_FORMATS

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from tailor.results import LoadedCV

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


def short_sources(sources: Sequence[str]) -> tuple[str, list[str]]:
    """How a list of postings names each one: relative to the folder all of them are in, which
    is returned, to be said once ("" when they share none, or one is a URL). ``jobs.csv#row=17``
    keeps its row.

    A long path repeated on every line of a table would fold over several lines and bury the names."""
    if not sources or any("://" in s for s in sources):
        return "", list(sources)
    files = [s.partition("#") for s in sources]
    try:
        common = os.path.commonpath([os.path.dirname(file) for file, _, _ in files])
    except ValueError:  # absolute and relative paths mixed, or different drives
        return "", list(sources)
    if common in ("", os.curdir) or common == os.path.dirname(common):  # nothing to take off, or the root
        return "", list(sources)
    return common, [os.path.relpath(file, common) + sep + row for file, sep, row in files]


def find_postings(paths: Iterable[str | Path], is_table: Callable[[Path], bool] | None = None) -> list[Path]:
    """The posting files named by ``paths``: files as given, folders searched recursively for
    every format tailor reads, and glob patterns (``jobs/**/*.md``) expanded; each file once,
    sorted by path.

    In folders, hidden files and folders are skipped, and so are the files tailor
    writes (:func:`tailor.outputs.written_by_tailor`): résumés, not postings. A folder that holds
    no posting file but tables of postings (as ``is_table`` tells them) is named with them in the error.

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
                if tables := (_files_in(path, is_table) if is_table is not None else []):
                    names = " ".join(str(table) for table in sorted(tables))
                    raise TailorError(
                        f"{given} holds no posting file but {len(tables)} "
                        f"{'table' if len(tables) == 1 else 'tables'} of postings, and a folder is searched "
                        f"for posting files only: name the table itself to read its rows ({names})."
                    )
            raise TailorError(
                f"{given} {what}. Pass posting files, folders of postings, or a pattern such as 'jobs/*.md'."
            )
        for match in matches:
            found.setdefault(match.resolve(), match)
    return sorted(found.values(), key=str)


def tables_in_folders(paths: Iterable[str | Path], is_table: Callable[[Path], bool]) -> list[Path]:
    """The tables of postings (as ``is_table`` tells them) in the folders among ``paths``, sorted: a folder is
    searched for posting files, so these are not read with it; their rows are read where a table is named."""
    return sorted(found for path in map(Path, paths) if path.is_dir() for found in _files_in(path, is_table))


def _postings_in(folder: Path) -> list[Path]:
    return _files_in(folder, lambda path: path.suffix.lower() in EXTENSIONS)


def _files_in(folder: Path, wanted: Callable[[Path], bool]) -> list[Path]:
    """The files under ``folder`` that are ``wanted``, but for hidden ones and those tailor wrote."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root) / name
            if not name.startswith(".") and wanted(path) and not written_by_tailor(path):
                out.append(path)
    return out


# --- processes -------------------------------------------------------------------------

_CV: LoadedCV | None = None


def shared_cv() -> LoadedCV:
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
    method = "fork" if sys.platform == "linux" else "spawn"
    if workers is None:
        enough = len(items) >= (PARALLEL_FROM if method == "fork" else SPAWN_PARALLEL_FROM)
        count = min(default_workers(), max(1, len(items) // _CHUNK)) if enough else 1
    else:
        count = min(workers, len(items))
    if count <= 1:
        yield from _in_process(function, items, cv)
        return
    # Chunks keep the workers busy with few round trips, yet small enough to share
    # the last ones out evenly.
    with Workers(cv, count) as pool:
        yield from pool.stream(function, items, max(1, min(_CHUNK, len(items) // (4 * count))))


class Workers:
    """Worker processes that share ``cv`` (``count`` of them, default one per core; none for one), started once
    for one stream of tasks after another (:meth:`stream`), and stopped on leaving the ``with`` block: at once
    if it is left by an error or Ctrl-C, else once their work is done.

    A process forked on Linux starts with all the memory its parent holds, counted again in each: start
    the workers before reading what is large (the rows of a table), not between two passes over it."""

    def __init__(self, cv: LoadedCV, count: int | None = None) -> None:
        self._cv = cv
        self._count = default_workers() if count is None else count
        self._pool: Pool | None = None

    def __enter__(self) -> Workers:
        if self._count > 1:
            # fork on Linux: workers inherit the CV and the spaCy pipeline already built for it,
            # instead of building their own. Elsewhere fork is unsafe (macOS) or absent (Windows).
            method = "fork" if sys.platform == "linux" else "spawn"
            context = multiprocessing.get_context(method)
            self._pool = context.Pool(self._count, initializer=_start_worker, initargs=(self._cv,))
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if self._pool is None:
            return
        if kind is None:
            self._pool.close()
        else:
            self._pool.terminate()  # Ctrl-C or an error: stop now, not after the queued work
        self._pool.join()

    def stream(self, function: Callable[[T], R], items: Iterable[T], chunksize: int = 1) -> Iterator[R]:
        """``function`` over ``items`` in order, ``chunksize`` items a task; in this process without workers.
        ``function`` must be a module-level function."""
        if self._pool is None:
            yield from _in_process(function, items, self._cv)
            return
        # The pool's feeder thread takes items only as fast as the workers' pipe accepts them.
        yield from self._pool.imap(function, items, chunksize=chunksize)


def _in_process(function: Callable[[T], R], items: Iterable[T], cv: LoadedCV) -> Iterator[R]:
    global _CV
    previous, _CV = _CV, cv
    try:
        yield from map(function, items)
    finally:
        _CV = previous
