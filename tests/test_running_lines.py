"""A document's running header and footer: the lines its pages repeat at their top or bottom."""

from __future__ import annotations

from tailor.running_lines import print_margins, running


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


def test_a_browsers_print_header_and_footer_are_its_margins_wherever_the_pages_broke() -> None:
    lines = [
        "12/7/26, 9:01 PM Payroll Specialist - Careers at Tidemark",
        "Payroll Specialist",
        "Process biweekly payroll.",
        "https://jobs.tidemark.example/payroll-specialist 1/2",
        "07/12/2026, 21:01 Payroll Specialist - Careers at Tidemark",
        "Requirements",
        "file:///home/ana/Downloads/payroll.html Page 2 of 2",
    ]
    assert print_margins(lines) == {0, 3, 4, 6}


def test_a_day_and_time_that_opens_a_line_of_a_text_no_browser_printed_is_the_texts() -> None:
    # No footer says the page was printed: "12/18/2026, 11:59 PM" under "Closing date" is the posting's.
    lines = ["Closing date", "12/18/2026, 11:59 PM", "Apply at https://jobs.example.org/42"]
    assert print_margins(lines) == set()
