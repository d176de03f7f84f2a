#!/usr/bin/env python3
"""Time tailor on many postings: rank 100 / 1,000 / 10,000 and batch 100; print a table, write JSON.

Synthetic postings (bench/postings.py, deterministic by ``--seed``) are written to a
temporary folder. Each command runs in a fresh process, as a user runs it,
``--repeat`` times; the table shows the median and the fastest wall time, the CPU
time of the fastest-CPU run (user + system, worker processes included: unlike wall
time, it hardly moves when other work shares the machine), the peak
resident memory of the largest process (``ru_maxrss`` from ``os.wait4``) and the
peak of the whole process tree (the command and its worker processes, sampled
every 20 ms from /proc; an upper bound, since forked workers share pages).

From the times it derives the two costs that matter separately: the cold start
(imports, loading and analysing the CV, once per run) and the marginal cost of
one more posting.

    python bench/bench_many.py [--repeat 3] [--sizes 100,1000,10000] [--json bench/results/many.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.postings import write_postings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "distributed-training-engineer.md"
TAILOR = [sys.executable, "-m", "tailor"]
FLOOR = [sys.executable, "-c", "import spacy, sklearn.feature_extraction.text, docxtpl"]


def tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in KiB (0 once it has gone)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_once(argv: list[str], cwd: Path) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds (user + system, workers included), peak RSS of the largest
    process (MiB) and peak RSS of the process tree (MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kib(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {stderr[-800:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak / 1024


def measure(name: str, argv: list[str], repeat: int, cwd: Path, fresh: Path | None = None) -> dict:
    runs = []
    for i in range(repeat):
        args = [a.replace("{i}", str(i)) for a in argv]
        runs.append(run_once(args, cwd))
        print(f"  {name}: {runs[-1][0]:.2f} s", file=sys.stderr, flush=True)
    times = [t for t, _, _, _ in runs]
    return {
        "name": name,
        "runs_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "cpu_s": round(min(c for _, c, _, _ in runs), 3),
        "peak_rss_mib": round(max(m for _, _, m, _ in runs), 1),
        "peak_tree_rss_mib": round(max(m for _, _, _, m in runs), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="100,1000,10000", help="posting counts for tailor rank")
    parser.add_argument("--batch", type=int, default=100, help="postings for tailor batch")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]

    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        started = time.perf_counter()
        folders = {}
        for n in sorted(set(sizes) | {args.batch}):
            folders[n] = cwd / f"postings-{n}"
            write_postings(folders[n], n, args.seed)
        print(f"wrote postings in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        cases = [
            ("python -c pass (interpreter)", [sys.executable, "-c", "pass"]),
            ("import floor: spacy, sklearn, docxtpl", FLOOR),
            ("tailor --help", [*TAILOR, "--help"]),
            (
                "tailor build (one posting, cold)",
                [*TAILOR, "build", str(EXAMPLE), "--cv", "example", "-o", "out.docx", "--force"],
            ),
            *((f"tailor rank, {n:,} postings", [*TAILOR, "rank", str(folders[n]), "--cv", "example"]) for n in sizes),
            (
                f"tailor batch, {args.batch:,} postings (docx)",
                [*TAILOR, "batch", str(folders[args.batch]), "--cv", "example", "--out", "batch-{i}"],
            ),
        ]
        results = [measure(name, argv, args.repeat, cwd) for name, argv in cases]

    by_size = {n: next(r for r in results if r["name"] == f"tailor rank, {n:,} postings") for n in sizes}
    derived = {}
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        per = (by_size[large]["min_s"] - by_size[small]["min_s"]) / (large - small)
        cpu = (by_size[large]["cpu_s"] - by_size[small]["cpu_s"]) / (large - small)
        derived = {
            "rank_marginal_ms_per_posting": round(per * 1000, 2),
            "rank_marginal_cpu_ms_per_posting": round(cpu * 1000, 2),
            "rank_cold_start_s": round(by_size[small]["min_s"] - small * per, 2),
        }
    floor = next(r for r in results if r["name"].startswith("import floor"))
    build = next(r for r in results if r["name"].startswith("tailor build"))
    derived["build_over_import_floor"] = round(build["min_s"] / floor["min_s"], 2)
    width = max(len(r["name"]) for r in results)
    print(f"{'command':<{width}}  median s   min s   CPU s  peak MiB  tree MiB")
    for r in results:
        print(
            f"{r['name']:<{width}}  {r['median_s']:>8.3f}  {r['min_s']:>6.3f}  {r['cpu_s']:>6.2f}  "
            f"{r['peak_rss_mib']:>8.1f}  {r['peak_tree_rss_mib']:>8.1f}"
        )
    for key, value in derived.items():
        print(f"{key}: {value}")
    print(f"({args.repeat} cold runs each, {os.cpu_count()} cores, Python {sys.version.split()[0]}, seed {args.seed})")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        document = {"repeat": args.repeat, "seed": args.seed, "cores": os.cpu_count(), "results": results, **derived}
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
