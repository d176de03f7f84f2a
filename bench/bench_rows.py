#!/usr/bin/env python3
"""Score the first distinct rows of a table in one process, as a ``tailor rank`` worker scores them.

Prints the CPU time a row (``time.process_time``, so other work on the machine barely moves it) and a
digest of every row's score and label, which two trees must share to the byte. Under valgrind, the
instructions are counted around the rows only (not the imports nor loading the CV), as the issue-17
passes have counted them:

    python bench/bench_rows.py jobs-2000.csv --rows 600 [--profile rows.prof] [--coverage]
    valgrind --tool=callgrind --instr-atstart=no python bench/bench_rows.py jobs-2000.csv --rows 150 --callgrind

The table is a JobSpy-shaped CSV as ``bench/bench_table.py`` writes it (``--rows 2000``, seed 7). Run it
with another tree first on ``PYTHONPATH`` (a copy whose modules mypyc compiled, say) to compare the two.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tailor import pipeline
from tailor.errors import TailorError
from tailor.posting.duplicates import Jobs, fingerprint, job_key
from tailor.posting.table import Row, Table, row_posting
from tailor.scored import score_posting


def distinct_rows(table: Path, limit: int) -> list[Row]:
    """The first ``limit`` rows of ``table`` that are no copy of an earlier job, as ``tailor rank`` keeps them."""
    jobs = Jobs()
    rows: list[Row] = []
    for row in Table.open(table).rows():
        if row.problem or not row.description.strip():
            continue
        key = job_key(row.value("company"), row.value("title"))
        location = row.value("location")
        if not key or jobs.add(row.number, key, fingerprint(row.description, [location] if location else [])) is None:
            rows.append(row)
            if len(rows) == limit:
                break
    return rows


def score(rows: list[Row], cv: pipeline.LoadedCV, *, coverage: bool = False) -> list[tuple[object, ...]]:
    """Each row's number with its score and label (``details=False``, as a worker scores it for ``tailor rank``'s
    table of the best few), or its error; with ``coverage``, with its coverage, flags and details too, as a worker
    scores it where every row is shown (``rank --format csv|json``: :func:`tailor.pipeline.match` for each)."""
    out: list[tuple[object, ...]] = []
    for row in rows:
        try:
            scored = score_posting(row_posting(row), cv, coverage=coverage, details=coverage)
            shown = (scored.coverage, scored.flags, scored.details) if coverage else ()
            out.append((row.number, scored.score, scored.label, *shown))
        except TailorError as error:
            out.append((row.number, str(error)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path)
    parser.add_argument("--rows", type=int, default=600, help="distinct rows to score")
    parser.add_argument("--cv", default="example")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the rows here")
    parser.add_argument("--callgrind", action="store_true", help="switch callgrind's counting on around the rows")
    parser.add_argument(
        "--coverage", action="store_true", help="score as rank --format csv|json does: with coverage and details"
    )
    args = parser.parse_args()

    cv = pipeline.load(args.cv)
    rows = distinct_rows(args.table, args.rows)
    score(rows[:20], cv, coverage=args.coverage)  # the caches a worker has warm after its first rows
    switch = ["callgrind_control", "-i"]
    if args.callgrind:
        subprocess.run([*switch, "on", str(os.getpid())], capture_output=True, check=False)
    # Timed by CPU, not the wall: on a loaded host a wall-clock profile charges the time the process waits for a
    # core to whatever call it waits in (300 rows: 28 s of profile for 3.7 CPU s, a Token's making 6 % of it).
    profile = cProfile.Profile(time.process_time) if args.profile else None
    started = time.process_time()
    if profile:
        profile.enable()
    out = score(rows, cv, coverage=args.coverage)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    spent = time.process_time() - started
    if args.callgrind:
        subprocess.run([*switch, "off", str(os.getpid())], capture_output=True, check=False)
    digest = hashlib.sha256(repr(out).encode()).hexdigest()[:16]
    print(f"{len(rows)} rows, {spent:.2f} CPU s, {1000 * spent / len(rows):.3f} ms a row, scores {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
