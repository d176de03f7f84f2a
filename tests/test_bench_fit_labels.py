"""Fit labels on the labelled postings are counted against the graders' categories; a change lists those it moved."""

from __future__ import annotations

from bench.fit_labels import agreeing, compare, report


def _run(**labels: tuple[str, str]) -> dict[str, dict[str, dict[str, object]]]:
    return {"nurse": {name: {"category": c, "label": named, "score": 0.1} for name, (c, named) in labels.items()}}


def test_a_label_agrees_where_it_names_the_graders_category() -> None:
    run = _run(
        a=("strong", "strong"),
        b=("moderate", "partial"),
        c=("irrelevant", "weak"),
        d=("moderate", "strong"),
        e=("strong", "too short"),
    )
    assert agreeing(run) == 3
    assert "named as graded: 3 of 5" in report(run)


def test_the_confusion_table_counts_each_category_by_the_label_it_was_given() -> None:
    table = report(_run(a=("moderate", "strong"), b=("moderate", "strong"), c=("moderate", "weak")))
    row = next(line for line in table.splitlines() if line.startswith("moderate"))
    assert row.split()[1:] == ["2", "0", "1", "0"]


def test_a_comparison_lists_only_the_labels_that_moved_and_says_whether_each_is_now_right() -> None:
    before = _run(a=("strong", "partial"), b=("moderate", "partial"), c=("irrelevant", "weak"))
    after = _run(a=("strong", "strong"), b=("moderate", "strong"), c=("irrelevant", "weak"))
    lines = compare(before, after).splitlines()
    assert len(lines) == 3
    assert "nurse/a (strong): partial 0.1 → strong 0.1 (right)" in lines
    assert "nurse/b (moderate): partial 0.1 → strong 0.1 (wrong)" in lines
    assert lines[-1] == "named as graded: 2 → 2"
