#!/usr/bin/env python3
"""Where the time goes: tailor's cold start step by step, and one posting's cost stage by stage.

Cold start is measured once, in this fresh process, in the order a command pays it
(imports, then loading and analysing the CV). The per-posting stages are CPU time
(``time.process_time``) in one process over ``--n`` synthetic postings, so other
work on the machine barely moves them; divide by the cores in use for wall time.

    python bench/bench_breakdown.py [--n 500] [--json bench/results/breakdown.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.postings import write_postings


def cold_start() -> dict[str, float]:
    steps: dict[str, float] = {}
    last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        steps[name] = round(now - last, 3)
        last = now

    import tailor.cli  # noqa: F401  typer, rich

    lap("import tailor.cli (typer, rich)")
    import spacy  # noqa: F401

    lap("import spacy")
    import sklearn.feature_extraction.text  # noqa: F401

    lap("import scikit-learn")
    import docxtpl  # noqa: F401

    lap("import docxtpl (build and batch only)")
    from tailor import analysis, lexicon, pipeline, rank, resources
    from tailor.analysis.skills import skill_index
    from tailor.cv import load_cv

    lap("import tailor's pipeline")
    cv = load_cv(resources.default_cv())
    lap("load the CV (YAML, validation)")
    lex = lexicon.lexicon_for(resources.default_cv())
    lap("read the skills lexicon")
    analysis.nlp()
    lap("build the spaCy pipeline")
    skill_index(lex)
    lap("build the skill matcher")
    rank.prepare_cv(cv, lex)  # analyses the related terms too
    lap("analyse the CV, word frequencies, related terms")
    assert pipeline  # imported for its cost
    return steps


def per_posting(n: int) -> dict[str, float]:
    from tailor import pipeline
    from tailor.posting import read_posting, structure
    from tailor.rank import fit

    ready = pipeline.load("example")
    prepared = ready.prepared
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_postings(Path(tmp), n, seed=11)
        cpu: dict[str, float] = defaultdict(float)
        by_format: dict[str, list[float]] = defaultdict(list)

        def timed(stage: str, function, *args, **kwargs):
            start = time.process_time()
            result = function(*args, **kwargs)
            cpu[stage] += time.process_time() - start
            return result

        for path in paths:
            before = cpu["read (all formats)"]
            posting = timed("read (all formats)", read_posting, str(path))
            by_format[path.suffix].append(cpu["read (all formats)"] - before)
            # structure.of caches its result, so the analysis below times the spaCy part alone; the
            # details (title, company, …) are found when first asked for, by the file name below.
            timed("sections", structure.of, posting)
            analysed = timed("analysis (spaCy, weighted sections)", prepared.analyse, posting)
            timed("query terms and fit", fit, prepared, analysed)
            timed("hash", lambda p=posting: p.sha256)
            timed("details (title, company, ...) and file name", pipeline.default_output_name, ready.cv, posting)
    stages = {stage: round(seconds / n * 1000, 2) for stage, seconds in cpu.items()}
    stages["total"] = round(sum(cpu.values()) / n * 1000, 2)
    for suffix, times in sorted(by_format.items()):
        share = f"{len(times) / n:.0%} of the files"
        stages[f"reading one {suffix} file ({share})"] = round(sum(times) / len(times) * 1000, 2)
    return stages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cold = cold_start()
    stages = per_posting(args.n)
    print("cold start, seconds (wall)")
    for name, seconds in cold.items():
        print(f"  {name:<48} {seconds:6.3f}")
    print(f"  {'total':<48} {sum(cold.values()):6.3f}")
    print(f"one posting, milliseconds of CPU (mean over {args.n} postings)")
    for name, ms in stages.items():
        print(f"  {name:<48} {ms:6.2f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"cold_start_s": cold, "per_posting_cpu_ms": stages}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
