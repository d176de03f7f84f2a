#!/usr/bin/env python3
"""Ranking ablations on a labelled set of postings: what each piece of the ranker buys.

Runs tailor's ranker in-process with each piece switched off in turn (and all of them
off), and prints NDCG@5/@10 of the bullet + publication ranking and the AUCs of the
top-level fit score, computed by the set's own ``score.py`` so the figures match it.

    python bench/ablation.py [--set ../shared/eval]

The set is a folder with postings/*.txt, labels.json, cv.resume.json and score.py
(see ../shared/eval/README.md). Nothing from it is copied into tailor.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import replace
from pathlib import Path

from tailor.cv import load_cv
from tailor.lexicon import Lexicon, bundled_lexicon
from tailor.posting import read_posting
from tailor.posting.structure import SectionKind
from tailor.rank import DEFAULT_CONFIG, RankConfig, prepare_cv, rank

ROOT = Path(__file__).resolve().parent.parent

VARIANTS: list[tuple[str, RankConfig, bool]] = [
    ("tailor (defaults)", DEFAULT_CONFIG, True),
    ("− section weights (whole text)", replace(DEFAULT_CONFIG, section_weights=dict.fromkeys(SectionKind, 1.0)), True),
    ("− related-term expansion", replace(DEFAULT_CONFIG, expansion=0.0), True),
    ("− generic-word list", replace(DEFAULT_CONFIG, generic=1.0), True),
    ("− word-frequency weighting", replace(DEFAULT_CONFIG, commonness=0.0), True),
    ("− role/venue context", replace(DEFAULT_CONFIG, context=0.0), True),
    ("− supporting-activity discount", replace(DEFAULT_CONFIG, supporting=1.0), True),
    ("− skills lexicon (no aliases)", DEFAULT_CONFIG, False),
    (
        "all of the above off",
        RankConfig(
            dict.fromkeys(SectionKind, 1.0), expansion=0.0, generic=1.0, commonness=0.0, context=0.0, supporting=1.0
        ),
        False,
    ),
]


def evaluate(
    score, cv, items: list[str], labels: dict, postings: dict, config: RankConfig, lexicon: Lexicon
) -> dict[str, float]:
    """The set's metrics for one ranker configuration (``score`` is the set's score.py module)."""
    prepared = prepare_cv(cv, lexicon, config)
    n5, n10 = [], []
    fit: dict[str, list[float]] = {"strong": [], "moderate": [], "irrelevant": []}
    for name, entry in sorted(labels.items()):
        ranking = rank(prepared, postings[name])
        by_text = {score.norm(i.text): i.score for i in ranking.bullets + ranking.publications}
        order = [score.norm(t) for t in sorted(items, key=lambda t: -by_text[score.norm(t)])]
        grades = {score.norm(t): g for t, g in entry["grades"].items()}
        if (v5 := score.ndcg(order, grades, 5)) is not None:
            n5.append(v5)
            n10.append(score.ndcg(order, grades, 10))
        fit[entry["category"]].append(ranking.score)
    return {
        "ndcg@5": sum(n5) / len(n5),
        "ndcg@10": sum(n10) / len(n10),
        "auc_relevant_vs_irrelevant": score.auc(fit["strong"] + fit["moderate"], fit["irrelevant"]),
        "auc_strong_vs_moderate": score.auc(fit["strong"], fit["moderate"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.set / "score.py")
    if spec is None or spec.loader is None or not (args.set / "labels.json").exists():
        print(f"No labelled set at {args.set} (need score.py, labels.json, postings/, cv.resume.json).")
        return 2
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    labels = json.loads((args.set / "labels.json").read_text(encoding="utf-8"))
    postings = {name: read_posting(args.set / "postings" / name) for name in labels}
    cv = load_cv(args.set / "cv.resume.json")
    items = score.items_of(json.loads((args.set / "cv.resume.json").read_text(encoding="utf-8")))

    print("| ranker | NDCG@5 | NDCG@10 | AUC relevant/irrelevant | AUC strong/moderate |")
    print("|---|---|---|---|---|")
    for name, config, with_lexicon in VARIANTS:
        lexicon = bundled_lexicon() if with_lexicon else Lexicon()
        r = evaluate(score, cv, items, labels, postings, config, lexicon)
        print(
            f"| {name} | {r['ndcg@5']:.3f} | {r['ndcg@10']:.3f} | "
            f"{r['auc_relevant_vs_irrelevant']:.3f} | {r['auc_strong_vs_moderate']:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
