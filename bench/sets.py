#!/usr/bin/env python3
"""tailor's ranking on every labelled set, one row per set: what a change does to each of them.

    python bench/sets.py [--set DIR ...] [--save FILE] [--compare FILE]

Prints NDCG@5 and NDCG@10 of the bullet and publication ranking and the fit's AUCs (relevant vs irrelevant
postings, strong vs moderate fits) for tailor's defaults, computed in-process by the sets' own ``score.py`` as
``bench/ablation.py`` computes them, so the two dev sets' rows are ``score.py --all``'s figures. The sets are
``../shared/eval`` and its subfolders, and every private set restored under ``/work/evalsets`` (see
``bench/labelling.md``: ``python bench/evalsets.py restore bench/evalsets/<set>.json``). ``--save`` writes the
figures as JSON; ``--compare`` prints each set's NDCG@5 beside a saved run's, and the change of the mean over the
sets both have. Run it before and after a ranking change: a change that lifts one set and lowers another is no
improvement (issue 12). ``--noise 0.01`` measures the floor such figures are read against: every score times
1 + 0.01 × a normal draw (``--seeds`` draws), the mean and how many sets fall by more than 0.005 by chance alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from ablation import SHARED_EVAL, default_sets, evaluate, load_set, noise_floor, noise_report

from tailor.lexicon import bundled_lexicon
from tailor.rank import DEFAULT_CONFIG

PRIVATE = Path("/work/evalsets")
TARGET = 0.75
"""Issue 12's NDCG@5 on every set."""


def all_sets() -> list[Path]:
    """The dev sets, then the private sets restored on this machine, by name."""
    dev = default_sets() if SHARED_EVAL.is_dir() else []
    private = sorted(d for d in PRIVATE.glob("*") if (d / "cv.resume.json").is_file() and (d / "labels.json").is_file())
    return [*dev, *private]


def measure(folders: list[Path]) -> dict[str, dict[str, float]]:
    """Each set's metrics for tailor's defaults, by set name."""
    lexicon = bundled_lexicon()
    results = {}
    for folder in folders:
        labelled = load_set(folder)
        results[labelled.name] = evaluate(labelled, DEFAULT_CONFIG, lexicon)
    return results


def report(results: dict[str, dict[str, float]], before: dict[str, dict[str, float]] | None = None) -> str:
    """A Markdown table of ``results`` (with ``before``'s NDCG@5 and the change, where given) and their means."""
    head = ["set", "NDCG@5", "NDCG@10", "AUC r/i", "AUC s/m", *(["before", "change"] if before else [])]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, r in results.items():
        cells = [name, *(f"{r[m]:.3f}" for m in ("ndcg@5", "ndcg@10", "auc r/i", "auc s/m"))]
        if before:
            old = before.get(name)
            cells += [f"{old['ndcg@5']:.3f}", f"{r['ndcg@5'] - old['ndcg@5']:+.3f}"] if old else ["", ""]
        lines.append("| " + " | ".join(cells) + " |")
    means = {m: statistics.mean(r[m] for r in results.values()) for m in ("ndcg@5", "ndcg@10", "auc r/i", "auc s/m")}
    met = sum(r["ndcg@5"] >= TARGET for r in results.values())
    lines.append(
        f"\nMean of {len(results)}: NDCG@5 {means['ndcg@5']:.4f}, NDCG@10 {means['ndcg@10']:.4f}, "
        f"AUC r/i {means['auc r/i']:.3f}, AUC s/m {means['auc s/m']:.3f}; NDCG@5 ≥ {TARGET} on {met} of {len(results)}."
    )
    if before:
        common = [n for n in results if n in before]
        if common:
            now = statistics.mean(results[n]["ndcg@5"] for n in common)
            then = statistics.mean(before[n]["ndcg@5"] for n in common)
            up = sum(results[n]["ndcg@5"] > before[n]["ndcg@5"] + 1e-9 for n in common)
            down = sum(results[n]["ndcg@5"] < before[n]["ndcg@5"] - 1e-9 for n in common)
            lines.append(f"Over the {len(common)} sets both runs have: {then:.4f} → {now:.4f}; {up} up, {down} down.")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", help="a labelled set (repeatable); default: every set")
    parser.add_argument("--save", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--compare", type=Path, help="a JSON file --save wrote earlier, to compare with")
    parser.add_argument("--noise", type=float, help="also jitter every score by this spread (0.01: about 1 %%)")
    parser.add_argument("--seeds", type=int, default=5, help="how many jittered runs --noise makes (default 5)")
    args = parser.parse_args()
    folders = args.set or all_sets()
    if not folders or not all((f / "labels.json").is_file() for f in folders):
        print(f"No labelled sets (need labels.json, postings/, cv.resume.json) at {folders or SHARED_EVAL}.")
        return 2
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    results = measure(folders)
    print(report(results, before))
    if args.save:
        args.save.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.noise:
        lexicon = bundled_lexicon()
        floors = {}
        for folder in folders:
            labelled = load_set(folder)
            floors[labelled.name] = noise_floor(labelled, lexicon, args.noise, args.seeds)
        runs = [{name: means[seed] for name, means in floors.items()} for seed in range(args.seeds)]
        print(noise_report({name: r["ndcg@5"] for name, r in results.items()}, runs, args.noise))
    return 0


if __name__ == "__main__":
    sys.exit(main())
