"""A document's running header and footer: the lines its pages repeat at their top or bottom."""

from __future__ import annotations

from tailor.running_lines import running


def test_a_line_at_the_top_or_bottom_of_every_page_is_running_its_page_number_aside() -> None:
    header, footer = "Kestrel Health - JD-2291", "kestrel.example/careers - Page {}"
    pages = [
        [header, "Data Analyst", "Requirements", footer.format(1)],
        [header, "- Clear writing", "We are an equal opportunity employer.", footer.format(2)],
    ]
    assert running(pages) == [{0, 3}, {0, 3}]


def test_a_first_page_with_a_header_of_its_own_or_none_leaves_the_pages_after_it_theirs() -> None:
    # Word's "Different first page": the name heads the first page, a header and a footer the pages after it.
    pages = [
        ["Ana Lopez", "ana@example.org", "EXPERIENCE", "Charge Nurse | 2019 – Present"],
        ["Ana Lopez — continued", "- Cut falls by 40%.", "Staff Nurse | 2015 – 2019", "ana@example.org | 555-0147"],
        ["Ana Lopez — continued", "SKILLS", "Telemetry, ACLS", "ana@example.org | 555-0147"],
    ]
    assert running(pages) == [set(), {0, 3}, {0, 3}]


def test_one_page_after_the_first_cannot_tell_its_header_from_text_that_stands_at_its_edge() -> None:
    pages = [["Ana Lopez", "EXPERIENCE", "Charge Nurse"], ["Ana Lopez — continued", "SKILLS", "Telemetry"]]
    assert running(pages) == [set(), set()]
    assert running([["Ana Lopez", "EXPERIENCE"]]) == [set()]


def test_only_a_pages_edges_are_read_and_blank_lines_are_none_of_them() -> None:
    # The repeated line stands in the middle of the second page: text of the page, not its header.
    pages = [["", "Acme", "a", "b", "c", "d", ""], ["x", "y", "Acme", "z", "w"]]
    assert running(pages) == [set(), set()]
    pages = [["", "Acme", "a", "b", "c", "d", ""], ["Acme", "y", "q", "z", "w"]]
    assert running(pages) == [{1}, {0}]
