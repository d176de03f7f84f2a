#!/usr/bin/env python3
"""Ranking ablations on every labelled set of postings: what each piece of the ranker buys.

Runs tailor's ranker in-process with each piece switched off in turn (and all of them
off), and prints, per set and as the mean over sets, NDCG@5/@10 of the bullet +
publication ranking and the AUCs of the top-level fit score, computed by the sets'
own ``score.py`` so the figures match ``score.py --all``.

    python bench/ablation.py [--set DIR ...]

A set is a folder with postings/*.txt, labels.json and cv.resume.json; by default
``../shared/eval`` and each of its subfolders with a labels.json (see
../shared/eval/README.md). Nothing from the sets is copied into tailor.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from tailor.cv import CV, load_cv
from tailor.lexicon import Lexicon, bundled_lexicon
from tailor.posting import Posting, read_posting
from tailor.posting.structure import SectionKind
from tailor.rank import DEFAULT_CONFIG, RankConfig, Ranking, prepare_cv, rank

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"

SET_TOLERANCE = 0.005
"""How far one set may fall under a change that lifts the mean (issue 12's rule for the labelled sets)."""

NEUTRAL = RankConfig(
    dict.fromkeys(SectionKind, 1.0),
    expansion=0.0,
    generic=1.0,
    commonness=0.0,
    context=0.0,
    supporting=1.0,
    title=0.0,
    held_job=1.0,
    fit_listed=1.0,
)

Variant = tuple[str, RankConfig, Callable[[], Lexicon]]
VARIANTS: list[Variant] = [
    ("tailor (defaults)", DEFAULT_CONFIG, bundled_lexicon),
    (
        "− section weights (whole text)",
        replace(DEFAULT_CONFIG, section_weights=dict.fromkeys(SectionKind, 1.0)),
        bundled_lexicon,
    ),
    ("− related-term expansion", replace(DEFAULT_CONFIG, expansion=0.0), bundled_lexicon),
    ("− generic-word list", replace(DEFAULT_CONFIG, generic=1.0), bundled_lexicon),
    ("− word-frequency weighting", replace(DEFAULT_CONFIG, commonness=0.0), bundled_lexicon),
    ("− role/venue context", replace(DEFAULT_CONFIG, context=0.0), bundled_lexicon),
    ("− supporting-activity discount", replace(DEFAULT_CONFIG, supporting=1.0), bundled_lexicon),
    ("− the job title's own weight", replace(DEFAULT_CONFIG, title=0.0), bundled_lexicon),
    ("− the job held at the employer", replace(DEFAULT_CONFIG, held_job=1.0), bundled_lexicon),
    ("− skills list out of the fit", replace(DEFAULT_CONFIG, fit_listed=1.0), bundled_lexicon),
    ("− skills lexicon (no aliases)", DEFAULT_CONFIG, Lexicon),
    ("all of the above off", NEUTRAL, Lexicon),
]


@dataclass(frozen=True)
class LabelledSet:
    name: str
    score: ModuleType
    """The set's score.py: its NDCG, AUC and text normalisation."""
    cv: CV
    items: list[str]
    labels: dict[str, Any]
    postings: dict[str, Posting]


def load_set(folder: Path) -> LabelledSet:
    spec = importlib.util.spec_from_file_location("score", SHARED_EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    resume = folder / "cv.resume.json"
    items = score.items_of(json.loads(resume.read_text(encoding="utf-8")))
    postings = {name: read_posting(folder / "postings" / name) for name in labels}
    name = "seed CV" if folder.resolve() == SHARED_EVAL.resolve() else folder.name
    return LabelledSet(name, score, load_cv(resume), items, labels, postings)


def evaluate(labelled: LabelledSet, config: RankConfig, lexicon: Lexicon) -> dict[str, float]:
    """The set's metrics for one ranker configuration."""
    score = labelled.score
    prepared = prepare_cv(labelled.cv, lexicon, config)
    n5, n10 = [], []
    fit: dict[str, list[float]] = {"strong": [], "moderate": [], "irrelevant": []}
    for name, entry in sorted(labelled.labels.items()):
        ranking = rank(prepared, labelled.postings[name])
        order = _order(labelled, _scores_by_text(labelled, ranking))
        grades = {score.norm(t): g for t, g in entry["grades"].items()}
        if (v5 := score.ndcg(order, grades, 5)) is not None:
            n5.append(v5)
            n10.append(score.ndcg(order, grades, 10))
        fit[entry["category"]].append(ranking.score)
    return {
        "ndcg@5": statistics.mean(n5),
        "ndcg@10": statistics.mean(n10),
        "auc r/i": score.auc(fit["strong"] + fit["moderate"], fit["irrelevant"]),
        "auc s/m": score.auc(fit["strong"], fit["moderate"]),
    }


def _scores_by_text(labelled: LabelledSet, ranking: Ranking) -> dict[str, float]:
    """Each ranked bullet's and publication's score, by its text as the set's score.py normalises it."""
    return {labelled.score.norm(i.text): i.score for i in ranking.bullets + ranking.publications}


def _order(labelled: LabelledSet, by_text: Mapping[str, float]) -> list[str]:
    """The set's items best first by ``by_text``, ties in the CV's order, as score.py orders them."""
    norm = labelled.score.norm
    return [norm(t) for t in sorted(labelled.items, key=lambda t: -by_text[norm(t)])]


def jittered(scores: Mapping[str, float], spread: float, rng: np.random.Generator) -> dict[str, float]:
    """``scores`` each times 1 + ``spread`` × a standard normal draw of ``rng``, drawn in ``scores``' order."""
    draws = rng.standard_normal(len(scores))
    return {text: value * (1 + spread * draw) for (text, value), draw in zip(scores.items(), draws, strict=True)}


def noise_floor(labelled: LabelledSet, lexicon: Lexicon, spread: float, seeds: int) -> list[float]:
    """The set's mean NDCG@5 with tailor's default scores :func:`jittered` by ``spread``, once per seed 0 …
    ``seeds`` − 1: how far a change that moves every score by about that much moves the set by chance alone.
    Each posting is ranked once; only the jitter differs between seeds."""
    prepared = prepare_cv(labelled.cv, lexicon, DEFAULT_CONFIG)
    norm = labelled.score.norm
    ranked = []
    for name, entry in sorted(labelled.labels.items()):
        grades = {norm(t): g for t, g in entry["grades"].items()}
        ranked.append((_scores_by_text(labelled, rank(prepared, labelled.postings[name])), grades))
    means = []
    for seed in range(seeds):
        rng = np.random.default_rng(seed)
        values = [labelled.score.ndcg(_order(labelled, jittered(s, spread, rng)), g, 5) for s, g in ranked]
        means.append(statistics.mean(v for v in values if v is not None))
    return means


def noise_report(unjittered: Mapping[str, float], runs: Sequence[Mapping[str, float]], spread: float) -> str:
    """One line: the mean NDCG@5 over the sets of each jittered run (``runs``, set → NDCG@5) against
    ``unjittered``'s, and in each run how many sets fall by more than :data:`SET_TOLERANCE`."""
    base = statistics.mean(unjittered.values())
    means = [statistics.mean(run[name] for name in unjittered) for run in runs]
    down = [sum(run[name] < value - SET_TOLERANCE for name, value in unjittered.items()) for run in runs]
    return (
        f"Every score × (1 + {spread:g} × a normal draw), {len(runs)} seeds: mean NDCG@5 {statistics.mean(means):.4f} "
        f"({min(means):.4f}–{max(means):.4f}) against {base:.4f}; sets down by more than {SET_TOLERANCE}: "
        + ", ".join(map(str, down))
        + "."
    )


def table(sets: list[LabelledSet], variants: list[Variant]) -> str:
    """A Markdown table: per variant, NDCG@5 and AUC strong/moderate on each set, then their means."""
    head = [
        "ranker",
        *(f"{s.name} {m}" for s in sets for m in ("NDCG@5", "@10", "AUC s/m")),
        "mean NDCG@5",
        "mean AUC s/m",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, config, lexicon in variants:
        results = [evaluate(s, config, lexicon()) for s in sets]
        cells = [f"{r[m]:.3f}" for r in results for m in ("ndcg@5", "ndcg@10", "auc s/m")]
        means = [statistics.mean(r["ndcg@5"] for r in results), statistics.mean(r["auc s/m"] for r in results)]
        lines.append("| " + " | ".join([name, *cells, *(f"{m:.3f}" for m in means)]) + " |")
        if any(r["auc r/i"] < 1 for r in results):
            lines[-1] += " (AUC relevant/irrelevant " + ", ".join(f"{r['auc r/i']:.3f}" for r in results) + ")"
    return "\n".join(lines)


def default_sets() -> list[Path]:
    return [SHARED_EVAL, *sorted(d for d in SHARED_EVAL.iterdir() if (d / "labels.json").is_file())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", help="a labelled set (repeatable); default: every set")
    args = parser.parse_args()
    folders = args.set or (default_sets() if SHARED_EVAL.is_dir() else [])
    if not folders or not all((f / "labels.json").is_file() for f in folders):
        print(f"No labelled sets (need labels.json, postings/, cv.resume.json) at {folders or SHARED_EVAL}.")
        return 2
    print(table([load_set(f) for f in folders], VARIANTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
