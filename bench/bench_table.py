#!/usr/bin/env python3
"""Time tailor on tables of postings and on the largest postings; print a table, write JSON.

A JobSpy-shaped CSV (bench/postings.py ``write_jobspy_csv``: JobSpy's columns, the
description in Markdown, a share ``--duplicates`` of rows copies of an earlier job
in another city, on another board, or reposted with a word changed) is written for
each size in ``--rows``; ``tailor rank`` and ``tailor batch --top 10`` run on it in
a fresh process, as a user runs them. Then ``tailor match`` on one posting as large
as tailor reads (just under ``MAX_POSTING_CHARS`` of real posting text, repeated)
and on a 2 MB posting of random words and of real text repeated, which tailor
refuses with its size message: the figure is how long the refusal takes.

Columns as in bench_many.py: wall time, CPU time (user + system, worker processes
included), peak resident memory of the largest process and of the process tree.

    python bench/bench_table.py [--rows 10000,100000] [--repeat 1] [--json bench/results/table.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bench_many import TAILOR, measure
from tailor.posting.read import MAX_POSTING_CHARS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "distributed-training-engineer.md"
TWO_MB = 2_000_000


def large_postings(folder: Path, seed: int) -> dict[str, Path]:
    """The largest posting tailor reads, and two 2 MB postings it refuses."""
    real = EXAMPLE.read_text(encoding="utf-8") + "\n\n"
    largest = folder / "largest.md"
    largest.write_text((real * (MAX_POSTING_CHARS // len(real) + 1))[: MAX_POSTING_CHARS - 1000], encoding="utf-8")
    repeated = folder / "real-2mb.md"
    repeated.write_text(real * (TWO_MB // len(real.encode("utf-8")) + 1), encoding="utf-8")
    rng = random.Random(seed)
    vocabulary = sorted({w.strip(".,;:()").lower() for w in real.split() if w.strip(".,;:()").isalpha()})
    lines, size = [], 0
    while size < TWO_MB:
        line = " ".join(rng.choice(vocabulary) for _ in range(14)) + ".\n"
        lines.append(line)
        size += len(line)
    noise = folder / "random-2mb.txt"
    noise.write_text("".join(lines), encoding="utf-8")
    return {"largest": largest, "real": repeated, "random": noise}


def write_table(path: Path, rows: int, seed: int, duplicates: float) -> Path:
    """Write the JobSpy CSV in a child process: a process started from this one would count the memory
    that making the rows took as its own peak (Linux carries ``ru_maxrss`` across ``fork``)."""
    code = "import sys; from pathlib import Path; from bench.postings import write_jobspy_csv; " + (
        "write_jobspy_csv(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))"
    )
    subprocess.run([sys.executable, "-c", code, str(path), str(rows), str(seed), str(duplicates)], cwd=ROOT, check=True)
    return path


def refused(argv: list[str], cwd: Path) -> dict:
    """Wall time of a command that must fail with tailor's size message."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 2 or "characters tailor reads" not in done.stderr + done.stdout:
        raise SystemExit(f"{' '.join(argv)} was not refused for its size: {done.stderr[-400:]}")
    return {"min_s": round(elapsed, 3), "median_s": round(elapsed, 3), "cpu_s": None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="10000,100000", help="rows of the tables for tailor rank")
    parser.add_argument("--duplicates", type=float, default=0.2, help="share of rows that copy an earlier job")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.rows.split(",") if s]

    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        started = time.perf_counter()
        tables = {n: write_table(cwd / f"jobs-{n}.csv", n, args.seed, args.duplicates) for n in sizes}
        big = large_postings(cwd, args.seed)
        print(f"wrote the tables in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        cases = [
            *((f"tailor rank, {n:,}-row CSV", [*TAILOR, "rank", str(tables[n]), "--cv", "example"]) for n in sizes),
            (
                f"tailor batch --top 10, {min(sizes):,}-row CSV",
                [*TAILOR, "batch", str(tables[min(sizes)]), "--cv", "example", "--top", "10", "--out", "out-{i}"],
            ),
            (
                f"tailor match, {MAX_POSTING_CHARS - 1000:,}-character posting",
                [*TAILOR, "match", str(big["largest"]), "--cv", "example"],
            ),
        ]
        results = [measure(name, argv, args.repeat, cwd) for name, argv in cases]
        for kind in ("real", "random"):
            name = f"tailor match, 2 MB posting ({kind}): refused"
            results.append({"name": name, **refused([*TAILOR, "match", str(big[kind]), "--cv", "example"], cwd)})

    width = max(len(r["name"]) for r in results)
    print(f"{'command':<{width}}  median s   min s   CPU s  peak MiB  tree MiB")
    for r in results:
        cpu = f"{r['cpu_s']:>6.2f}" if r.get("cpu_s") is not None else f"{'':>6}"
        peak = f"{r['peak_rss_mib']:>8.1f}  {r['peak_tree_rss_mib']:>8.1f}" if "peak_rss_mib" in r else ""
        print(f"{r['name']:<{width}}  {r['median_s']:>8.3f}  {r['min_s']:>6.3f}  {cpu}  {peak}")
    python = sys.version.split()[0]
    print(
        f"({args.repeat} cold run(s) each, {os.cpu_count()} cores, Python {python}, seed {args.seed}, "
        f"{args.duplicates:.0%} duplicate rows)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        document = {"repeat": args.repeat, "seed": args.seed, "cores": os.cpu_count(), "results": results}
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
