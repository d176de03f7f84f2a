"""The floor a labelled set's figures are read against: every score jittered at random by a small spread, the mean
NDCG@5 and how many sets fall by chance alone."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np

from bench.ablation import SET_TOLERANCE, LabelledSet, evaluate, jittered, noise_floor, noise_report
from tailor.lexicon import bundled_lexicon
from tailor.posting import Posting
from tailor.rank import DEFAULT_CONFIG
from tests.conftest import make_cv


def test_each_score_is_jittered_by_its_own_draw_in_the_scores_order() -> None:
    scores = {"charted vital signs": 0.4, "wired a panel": 0.2, "edited the copy": 0.1}
    draws = np.random.default_rng(7).standard_normal(3)
    got = jittered(scores, 0.05, np.random.default_rng(7))
    assert list(got) == list(scores)
    assert [got[t] for t in scores] == [s * (1 + 0.05 * d) for s, d in zip(scores.values(), draws, strict=True)]
    assert jittered(scores, 0.0, np.random.default_rng(7)) == scores


def test_the_report_counts_the_sets_that_fall_by_more_than_the_tolerance_in_each_run() -> None:
    unjittered = {"nurse": 0.70, "electrician": 0.60, "journalist": 0.80}
    runs = [
        {"nurse": 0.70 - 2 * SET_TOLERANCE, "electrician": 0.60, "journalist": 0.80},
        {"nurse": 0.70, "electrician": 0.60 - SET_TOLERANCE / 2, "journalist": 0.80 + SET_TOLERANCE / 2},
    ]
    line = noise_report(unjittered, runs, 0.01)
    assert line.startswith("Every score × (1 + 0.01 × a normal draw), 2 seeds: mean NDCG@5 0.6983 (0.6967–0.7000)")
    assert line.endswith("against 0.7000; sets down by more than 0.005: 1, 0.")


def _graded_set() -> LabelledSet:
    """A constructed set of two postings (an electrician's and a reporter's) and a CV of both trades' bullets."""
    bullets = [
        "Wired commercial lighting panels to code",
        "Installed conduit and troubleshot motor controls",
        "Reported on city council budgets",
        "Edited features for the weekend edition",
    ]
    cv = make_cv({"Brightline Electric": bullets[:2], "Harbour Gazette": bullets[2:]})
    electrician = "# Electrician\n\n## Requirements\n\n- Wiring panels to code\n- Motor controls and conduit\n"
    reporter = "# Reporter\n\n## Responsibilities\n\n- Report on city council and budgets\n- Edit features\n"

    def ndcg(ranked: list[str], grades: dict[str, float], k: int) -> float | None:
        gains = [grades.get(t, 0.0) for t in ranked[:k]]
        ideal = sorted(grades.values(), reverse=True)[:k]
        best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains)) / best if best else None

    def auc(pos: list[float], neg: list[float]) -> float | None:
        return None

    score = SimpleNamespace(norm=str.lower, ndcg=ndcg, auc=auc)
    labels = {
        "electrician.md": {"category": "strong", "grades": {bullets[0]: 3, bullets[1]: 2}},
        "reporter.md": {"category": "strong", "grades": {bullets[2]: 3, bullets[3]: 1}},
    }
    texts = {"electrician.md": electrician, "reporter.md": reporter}
    postings = {name: Posting(name, text) for name, text in texts.items()}
    return LabelledSet("trades", score, cv, bullets, labels, postings)  # type: ignore[arg-type]


def test_without_jitter_the_floor_is_the_sets_own_figure_and_a_seed_gives_the_same_figure_each_time() -> None:
    labelled, lexicon = _graded_set(), bundled_lexicon()
    assert noise_floor(labelled, lexicon, 0.0, 2) == [evaluate(labelled, DEFAULT_CONFIG, lexicon)["ndcg@5"]] * 2
    assert noise_floor(labelled, lexicon, 0.5, 3) == noise_floor(labelled, lexicon, 0.5, 3)
