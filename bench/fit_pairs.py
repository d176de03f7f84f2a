#!/usr/bin/env python3
"""The strong postings that score no higher than a moderate one, with the words that made both scores.

    python bench/fit_pairs.py [--set NAME ...] [--terms N] [--below AUC]

Issue 12 asks the fit to score every labelled set's strong postings above its moderate ones (AUC s/m ≥ 0.80).
For each set under ``--below`` (0.80; or the sets named), this prints each posting's fit, breadth and depth and
required keywords said, then every strong posting that scores at or below a moderate one, beside it: the heaviest
terms each counts missing and said, as shares of its fit's weight (:func:`tailor.rank.fitness.weighed_terms`).
What every fit pass since the fifty-seventh read by a harness kept in ``/tmp`` and lost with it. One process, about
a minute on two cores; it prints the sets' words, so keep its output out of the repository.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from tailor.pipeline import load, match
from tailor.rank.fitness import depth, fit_terms, weighed_terms

AUC_TARGET = 0.80
"""Issue 12's AUC strong vs moderate on every set."""


@dataclass(frozen=True)
class Scored:
    """One labelled posting as the fit reads it."""

    name: str
    category: str
    score: float
    depth: float
    required: int
    said: int
    terms: dict[str, tuple[float, float]]
    """Term → (weight after the fit's factors, how much the CV says it), as :func:`weighed_terms` gives them."""
    prior: float

    @property
    def breadth(self) -> float:
        total = sum(weight for weight, _ in self.terms.values())
        return sum(weight * said for weight, said in self.terms.values()) / (total + self.prior) if total else 0.0


def auc(strong: list[float], moderate: list[float]) -> float:
    """The share of strong/moderate pairs the fit orders right, a tie counting half (as the sets' score.py)."""
    pairs = [(s > m) + 0.5 * (s == m) for s in strong for m in moderate]
    return sum(pairs) / len(pairs) if pairs else 1.0


def set_auc(postings: list[Scored]) -> float:
    return auc(
        [p.score for p in postings if p.category == "strong"], [p.score for p in postings if p.category == "moderate"]
    )


def inverted(postings: list[Scored]) -> list[tuple[Scored, list[Scored]]]:
    """Each strong posting with the moderate ones that score as high or higher, lowest strong first."""
    moderate = [p for p in postings if p.category == "moderate"]
    out = []
    for strong in sorted((p for p in postings if p.category == "strong"), key=lambda p: p.score):
        if above := [m for m in moderate if m.score >= strong.score]:
            out.append((strong, above))
    return out


def heaviest(posting: Scored, *, said: bool, count: int) -> str:
    """The ``count`` terms that weigh most in ``posting``'s fit as said (``said``) or as missing, each with its share
    of the fit's weight in per cent (its weight over the weights' sum and ``fit_prior``)."""
    total = sum(weight for weight, _ in posting.terms.values()) + posting.prior
    shares = sorted(
        ((weight * (part if said else 1 - part) / total, term) for term, (weight, part) in posting.terms.items()),
        key=lambda x: (-x[0], x[1]),
    )
    return ", ".join(f"{term} {share * 100:.1f}" for share, term in shares[:count] if share > 0)


def report(name: str, postings: list[Scored], count: int) -> str:
    lines = [f"== {name}: AUC s/m {set_auc(postings):.3f}"]
    for p in sorted(postings, key=lambda p: -p.score):
        lines.append(
            f"  {p.category:<10} {p.score:.3f}  breadth {p.breadth:.3f}  depth {p.depth:.3f}  "
            f"required {p.said}/{p.required}  {p.name}"
        )
    shown: set[str] = set()
    for strong, above in inverted(postings):
        higher = ", ".join(f"{m.name} ({m.score:.3f})" for m in above)
        lines.append(f"  strong {strong.name} ({strong.score:.3f}) ≤ {higher}")
        for p in (strong, *(m for m in above if m.name not in shown)):
            shown.add(p.name)
            lines.append(f"    {p.name}  missing: {heaviest(p, said=False, count=count)}")
            lines.append(f"    {' ' * len(p.name)}  said:    {heaviest(p, said=True, count=count)}")
    return "\n".join(lines)


def harvest(names: set[str]) -> dict[str, list[Scored]]:
    """Every labelled set's postings as the fit reads them (only ``names``, where given)."""
    import json

    # The bench script beside this one, as a script run from here imports it.
    from readings import labelled

    out: dict[str, list[Scored]] = {}
    for name, cv_path, postings in labelled():
        if names and name not in names:
            continue
        ready = load(cv_path)
        prepared = ready.prepared
        labels = json.loads((cv_path.parent / "labels.json").read_text(encoding="utf-8"))
        out[name] = []
        for path in postings:
            found = match(path, ready)
            analysed = prepared.analyse(found.posting)
            out[name].append(
                Scored(
                    path.name,
                    labels[path.name]["category"],
                    found.ranking.fit.score,
                    depth(prepared, fit_terms(prepared, analysed), analysed),
                    len(found.coverage.required),
                    found.coverage.said,
                    weighed_terms(prepared, analysed),
                    prepared.config.fit_prior,
                )
            )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", default=[], help="a set to read (all under --below by default)")
    parser.add_argument("--terms", type=int, default=8, help="how many terms to show missing and said")
    parser.add_argument("--below", type=float, default=AUC_TARGET, help="read the sets whose AUC s/m is below this")
    args = parser.parse_args()
    for name, postings in harvest(set(args.set)).items():
        if args.set or set_auc(postings) < args.below:
            print(report(name, postings, args.terms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
