#!/usr/bin/env python3
"""The fit's plain-words label on every labelled posting, beside the graders' category: how often they agree.

    python bench/fit_labels.py [--save FILE] [--compare FILE]

A labelled set's postings are graded strong, moderate or irrelevant fits for its CV (``labelling.md``);
tailor names a fit strong, partial or weak (or too short to judge). A label *agrees* with the graders where
it names their category: strong as strong, moderate as partial, irrelevant as weak. This prints, per set, the
agreements and a confusion table over every set, then the total ("named as graded N of 170" in
``bench/README.md``). ``--save`` writes each posting's label and score as JSON; ``--compare`` prints every
posting whose label changed since a saved run, and both totals. The label is what ``tailor match`` shows: the
score's thresholds and the required-keyword and licence steps (:class:`tailor.results.Match`), so a change to
any of them shows here. One process; each CV is loaded and analysed once; a few minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from tailor.errors import TailorError
from tailor.pipeline import load, match

AS_GRADED = {"strong": "strong", "moderate": "partial", "irrelevant": "weak"}
"""The label that names each of the graders' categories."""


def harvest() -> dict[str, dict[str, dict[str, object]]]:
    """``{set: {posting: {"category", "label", "score"}}}`` for every labelled set on this machine."""
    # The bench script beside this one, as a script run from here imports it (not needed to compare runs).
    from readings import labelled

    out: dict[str, dict[str, dict[str, object]]] = {}
    for name, cv_path, postings in labelled():
        cv = load(cv_path)
        labels = json.loads((cv_path.parent / "labels.json").read_text(encoding="utf-8"))
        out[name] = {}
        for posting in postings:
            try:
                fit = match(posting, cv).ranking.fit
                label, score = fit.label, round(fit.score, 4)
            except TailorError as e:
                label, score = f"error: {e}", 0.0
            out[name][posting.name] = {"category": labels[posting.name]["category"], "label": label, "score": score}
    return out


def agreeing(run: dict[str, dict[str, dict[str, object]]]) -> int:
    return sum(AS_GRADED[p["category"]] == p["label"] for s in run.values() for p in s.values())


def report(run: dict[str, dict[str, dict[str, object]]]) -> str:
    lines = [f"{'set':<14} agree  of"]
    for name, postings in run.items():
        agree = sum(AS_GRADED[p["category"]] == p["label"] for p in postings.values())
        lines.append(f"{name:<14} {agree:>5} {len(postings):>3}")
    pairs = Counter((p["category"], p["label"]) for s in run.values() for p in s.values())
    shown = ["strong", "partial", "weak", "too short"]
    lines += ["", f"{'graded → named':<14}" + "".join(f"{c:>10}" for c in shown)]
    for category in AS_GRADED:
        lines.append(f"{category:<14}" + "".join(f"{pairs[(category, c)]:>10}" for c in shown))
    total = sum(len(s) for s in run.values())
    lines += ["", f"named as graded: {agreeing(run)} of {total}"]
    return "\n".join(lines)


def compare(before: dict[str, dict[str, dict[str, object]]], after: dict[str, dict[str, dict[str, object]]]) -> str:
    lines = []
    for name, postings in after.items():
        for posting, now in postings.items():
            was = before.get(name, {}).get(posting)
            if was is not None and was["label"] != now["label"]:
                right = "right" if AS_GRADED[now["category"]] == now["label"] else "wrong"
                lines.append(
                    f"{name}/{posting} ({now['category']}): {was['label']} {was['score']} → "
                    f"{now['label']} {now['score']} ({right})"
                )
    lines.append(f"named as graded: {agreeing(before)} → {agreeing(after)}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, help="write each posting's label and score as JSON")
    parser.add_argument("--compare", type=Path, help="a saved run: print the labels that changed since")
    args = parser.parse_args()
    run = harvest()
    print(report(run))
    if args.compare:
        print()
        print(compare(json.loads(args.compare.read_text(encoding="utf-8")), run))
    if args.save:
        args.save.write_text(json.dumps(run, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
