#!/usr/bin/env python3
"""Time tailor's commands on the bundled CV and example posting; print a table, optionally write JSON.

Each command runs in a fresh process (cold start, as a user runs it) ``--repeat`` times;
the table shows the median and the fastest wall time, and the peak resident memory of
the process. The import floor is the time to import spaCy, scikit-learn and docxtpl,
which no command that ranks and renders can avoid.

    python bench/bench_cli.py [--repeat 5] [--json bench/results/cli.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTING = ROOT / "examples" / "distributed-training-engineer.md"
TAILOR = [sys.executable, "-m", "tailor"]


def run_once(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of ``argv``."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def measure(name: str, argv: list[str], repeat: int, cwd: Path) -> dict[str, float | str]:
    runs = [run_once(argv, cwd) for _ in range(repeat)]
    times = [t for t, _ in runs]
    return {
        "name": name,
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "peak_rss_mib": round(max(m for _, m in runs), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        cases = [
            ("python -c pass (interpreter)", [sys.executable, "-c", "pass"]),
            (
                "import floor: spacy, sklearn, docxtpl",
                [sys.executable, "-c", "import spacy, sklearn.feature_extraction.text, docxtpl"],
            ),
            ("tailor --help", [*TAILOR, "--help"]),
            ("tailor --version", [*TAILOR, "--version"]),
            ("tailor match (table)", [*TAILOR, "match", str(POSTING), "--cv", "example"]),
            ("tailor match --format json", [*TAILOR, "match", str(POSTING), "--cv", "example", "--format", "json"]),
            ("tailor build", [*TAILOR, "build", str(POSTING), "--cv", "example", "-o", "out.docx", "--force"]),
        ]
        results = [measure(name, argv, args.repeat, cwd) for name, argv in cases]

    width = max(len(r["name"]) for r in results)
    print(f"{'command':<{width}}  median s   min s  peak MiB")
    for r in results:
        print(f"{r['name']:<{width}}  {r['median_s']:>8.3f}  {r['min_s']:>6.3f}  {r['peak_rss_mib']:>8.1f}")
    print(f"({args.repeat} cold runs each, {os.cpu_count()} cores, Python {sys.version.split()[0]})")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"repeat": args.repeat, "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
