"""Specifications for tailor.batch_names: each résumé of a batch in a file of its own, kept per posting from run
to run (the runs themselves: tests/test_batch.py)."""

from __future__ import annotations

from tailor.batch_names import unique_names


def test_unique_names_number_repeats_in_order_ignoring_case() -> None:
    assert unique_names(["a.docx", "b.docx", "A.docx", "a.docx"]) == ["a.docx", "b.docx", "A_2.docx", "a_3.docx"]


def test_unique_names_take_no_name_already_taken() -> None:
    # The résumés of postings not in this run keep their names: a new one numbers past them.
    assert unique_names(["a.docx", "b.docx"], taken={"a.docx", "a_2.docx"}) == ["a_3.docx", "b.docx"]
