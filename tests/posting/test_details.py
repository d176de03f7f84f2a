"""A posting's details as data: their dates in one form."""

from __future__ import annotations

import pytest

from tailor.posting.details import Detail, PostingDetails, iso_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2026-11-20", "2026-11-20"),
        ("2026-11-20T08:00:00-05:00", "2026-11-20"),
        ("November 18, 2026", "2026-11-18"),
        ("Nov. 18 2026", "2026-11-18"),
        ("Wednesday, November 18, 2026", "2026-11-18"),
        ("18 November 2026", "2026-11-18"),
        ("3rd Sept 2026", "2026-09-03"),
        ("18th of November, 2026", "2026-11-18"),
    ],
)
def test_a_day_written_in_words_or_as_iso_reads_as_its_iso_date(written: str, iso: str) -> None:
    assert iso_date(written) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("01/15/2027", "2027-01-15"),
        ("1/15/2027", "2027-01-15"),
        ("15/01/2027", "2027-01-15"),
        ("15.01.2027", "2027-01-15"),
        ("07/07/2027", "2027-07-07"),
    ],
)
def test_a_day_written_in_numbers_reads_as_its_iso_date_where_only_one_number_can_be_the_month(
    written: str, iso: str
) -> None:
    # A closing date "01/15/2027" as a US county's bulletin writes it: the 15th can be no month, so it is January's.
    assert iso_date(written) == iso


@pytest.mark.parametrize(
    "written",
    [
        "11/12/2026",
        "13/13/2026",
        "02/30/2026",
        "11/12/26",
        "Until filled",
        "November 2026",
        "February 30, 2026",
        "Smarch 3, 2026",
        "ASAP",
    ],
)
def test_what_names_no_day_without_doubt_is_no_date(written: str) -> None:
    assert iso_date(written) is None


def test_details_as_json_give_every_date_read_in_one_form_and_the_rest_as_written() -> None:
    # A list of postings mixed "2026-11-20" from one page's structured data with "November 18, 2026" from another's
    # labelled line: a spreadsheet sorted them as text.
    labelled = PostingDetails(
        date_posted=Detail("November 18, 2026", "label"), valid_through=Detail("Until filled", "label")
    )
    stated = PostingDetails(date_posted=Detail("2026-11-20", "json-ld"))
    assert labelled.as_json()["date_posted"] == "2026-11-18"
    assert labelled.as_json()["valid_through"] == "Until filled"
    assert labelled.as_json()["date_posted_source"] == "label"
    assert stated.as_json()["date_posted"] == "2026-11-20"
    assert labelled.value("date_posted") == "November 18, 2026"  # reports show it as the posting wrote it
