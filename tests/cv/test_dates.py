"""Specifications for tailor.cv.dates: which texts are dates, which cannot exist, and how they print."""

from __future__ import annotations

import datetime as dt

import pytest

from tailor.cv import dates
from tailor.cv.dates import Date, DateStyle, ImpossibleDate


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2021", Date(2021)),
        ("2021-03", Date(2021, 3)),
        ("2021-3", Date(2021, 3)),
        ("2021-03-01", Date(2021, 3, 1)),
        ("2024-02-29", Date(2024, 2, 29)),
        ("Mar 2021", Date(2021, 3)),
        ("march 2021", Date(2021, 3)),
        ("Sept. 2019", Date(2019, 9)),
        ("September  2019", Date(2019, 9)),
        ("Jan2023", Date(2023, 1)),  # as a PDF reader gives it when the space was a gap in the layout
        ("1 Jul 2025", Date(2025, 7, 1)),  # as Europass writes it
        ("1st September 2020", Date(2020, 9, 1)),  # as a British CV writes it
        ("21st of June 2019", Date(2019, 6, 21)),
        ("3rd Sept 2013", Date(2013, 9, 3)),
        ("03/2021", Date(2021, 3)),
        ("3.2021", Date(2021, 3)),
        ("08-2010", Date(2010, 8)),
    ],
)
def test_dates_in_the_forms_people_write_them_are_read(text: str, date: Date) -> None:
    assert dates.parse(text) == date


@pytest.mark.parametrize("text", ["Summer 2015", "Q3 2020", "2019/20", "present", "since 2010", "Marchy 2020", ""])
def test_other_text_is_not_a_date(text: str) -> None:
    assert dates.parse(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2021-02-30", "February 2021 has 28 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("2019-13-01", "there is no month 13"),
        ("2019-00", "there is no month 0"),
        ("13/2020", "there is no month 13"),
        ("31st September 2020", "September 2020 has 30 days"),
        # A key pressed once too often or too few times: a date all the same, with a year no date has.
        ("March 20202", "20202 is no year: write the year in four digits"),
        ("Jun 202", "202 is no year: write the year in four digits"),
        ("20202-03", "20202 is no year: write the year in four digits"),
        ("03/20202", "20202 is no year: write the year in four digits"),
    ],
)
def test_a_date_that_cannot_exist_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ImpossibleDate) as raised:
        dates.parse(text)
    assert raised.value.reason == reason


@pytest.mark.parametrize("text", [None, "present", "Present", " now ", "current", "ongoing", "today"])
def test_an_end_left_out_or_said_to_go_on_is_open(text: str | None) -> None:
    assert dates.is_open(text)


@pytest.mark.parametrize(
    ("start", "end"),
    [("2020", "2021"), ("Mar 2021", "2021"), ("2021", "Mar 2021"), ("Mar 2021", "2021-03-31"), ("2020", "present")],
)
def test_an_end_at_or_after_the_start_at_their_shared_precision_is_in_order(start: str, end: str) -> None:
    dates.check_order(start, end)


@pytest.mark.parametrize(("start", "end"), [("2021", "2020"), ("Mar 2021", "Feb 2021"), ("2021-03-02", "2021-03-01")])
def test_an_end_before_the_start_is_refused(start: str, end: str) -> None:
    with pytest.raises(ValueError, match="before the start"):
        dates.check_order(start, end)


def test_text_that_is_not_a_date_takes_no_part_in_the_order() -> None:
    dates.check_order("Summer 2015", "2010")


@pytest.mark.parametrize(
    ("start", "end", "printed"),
    [
        ("2021-03-01", "2022-11", "Mar 2021 – Nov 2022"),  # JSON Resume
        ("Mar 2021", "Nov 2022", "Mar 2021 – Nov 2022"),  # YAML as people write it
        ("March 2021", "november 2022", "Mar 2021 – Nov 2022"),
        ("2019", "2021", "2019 – 2021"),  # a year alone stays a year
        ("Sep 2019", "present", "Sep 2019 – Present"),  # the bundled CV
        ("Sep 2019", None, "Sep 2019 – Present"),
        ("Summer 2015", "Fall  2016", "Summer 2015 – Fall 2016"),  # not dates: as written
        ("1st September 2020", "31st August 2023", "Sep 2020 – Aug 2023"),  # a day is read, not printed
        (None, "2006", "2006"),  # a degree's graduation
        ("March 2019", "Mar 2019", "Mar 2019"),  # held within one month: the month once
        ("2019", "2019", "2019"),
        (None, None, ""),
    ],
)
def test_every_date_prints_in_one_format_whatever_way_it_was_written(
    start: str | None, end: str | None, printed: str
) -> None:
    assert DateStyle().span(start, end) == printed


def test_a_style_changes_the_word_for_an_open_end_the_month_names_and_the_format() -> None:
    german = DateStyle(present="heute", months=("Jan", "Feb", "März", *dates.MONTHS[3:]))
    assert german.span("2021-03", None) == "März 2021 – heute"
    assert DateStyle(format="MM/YYYY").span("Mar 2021", "2022") == "03/2021 – 2022"
    assert DateStyle(format="YYYY-MM").date("Sep 2019") == "2019-09"


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("2025-02", True),
        ("Mar 2025", False),  # runs through its month
        ("2024", True),
        ("2025", False),  # runs through its year
        ("2025-03-13", True),
        ("2025-03-14", False),
        ("when renewed", False),  # no date: nothing to pass
    ],
)
def test_a_date_has_passed_once_its_day_month_or_year_is_over(text: str, passed: bool) -> None:
    assert dates.has_passed(text, dt.date(2025, 3, 14)) is passed


@pytest.mark.parametrize(
    ("first", "then", "fits"),
    [
        ("2022", "Mar 2026", True),
        (None, "03/2026", True),
        ("2022", "2021", False),  # before the first
        ("2022", "06/30/2026", False),  # a form tailor does not read
        ("2022", "present", False),  # no closing date
    ],
)
def test_a_closing_date_an_importer_may_set_is_read_and_not_before_the_first(
    first: str | None, then: str, fits: bool
) -> None:
    assert dates.readable_after(first, then) is fits


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Jnu 2018", "June 2018"),  # two letters of an abbreviation swapped, as fast typing does
        ("Mya 2020", "May 2020"),
        ("Spet 2019", "September 2019"),
        ("Nvo 2017", "November 2017"),
        ("Junee 2021", "June 2021"),  # a letter too many
    ],
)
def test_a_month_with_two_letters_swapped_is_misread_and_named(written: str, meant: str) -> None:
    assert f"did you mean {meant}?" in (dates.misread(written) or "")


@pytest.mark.parametrize("text", ["Summer 2015", "Term 2019", "Ram 2019", "Fall 2019"])
def test_a_word_that_is_no_month_misspelt_still_prints_as_written(text: str) -> None:
    assert dates.misread(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [("Summer 2013", Date(2013)), ("Expected May 2027", Date(2027, 5)), ("Mar 2021", Date(2021, 3)),
     ("Q3 2020", Date(2020)), ("2021-02-30", Date(2021)), ("Spring term", None), (None, None)],
)  # fmt: skip
def test_a_text_that_prints_as_written_falls_in_time_by_the_year_it_names(text: str | None, date: Date | None) -> None:
    assert dates.named_in(text) == date
