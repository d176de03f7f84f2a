"""Dates written to the day in numbers, as a Europass CV made in Word sets a role's dates in the left column."""

from __future__ import annotations

from pathlib import Path

from tailor.cv import CV
from tailor.cv.importers import clean, import_cv
from tailor.cv.importers.layout import read_text
from tailor.cv.importers.resume import parse


def europass_docx(path: Path, rows: list[tuple[str, list[tuple[str, str]]]]) -> Path:
    """A Word CV laid out as the Europass template lays it: a table of two columns, a label or the dates at the
    left, the entry at the right (its paragraphs each ``("bold" | "bullet" | "", text)``)."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for left, right in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(left)
        for n, (look, text) in enumerate(right):
            paragraph = cells[1].paragraphs[0] if n == 0 else cells[1].add_paragraph()
            if look == "bullet":
                paragraph.style = document.styles["List Bullet"]
            paragraph.add_run(text).bold = look == "bold"
    document.save(path)
    return path


def test_a_europass_word_cvs_day_dates_in_the_left_column_are_each_roles_dates(tmp_path: Path) -> None:
    path = europass_docx(
        tmp_path / "cv.docx",
        [
            ("PERSONAL INFORMATION", [("bold", "Mirela Kovač")]),
            ("", [("", "mirela.kovac@example.org")]),
            ("WORK EXPERIENCE", [("", "")]),
            (
                "01/04/2021–Present",
                [
                    ("bold", "Front Office Manager"),
                    ("", "Hotel Adriatica, Split (Croatia)"),
                    ("bullet", "Opened the new wing on 01/06/2022 with 40 more rooms."),
                ],
            ),
            (
                "15/03/2017–31/03/2021",
                [("bold", "Night Auditor"), ("", "Hotel Dubrovnik Palace, Dubrovnik (Croatia)"), ("bullet", "Ran it.")],
            ),
        ],
    )
    draft = import_cv(path)
    cv = CV.model_validate(clean(draft.data))
    assert [(r.role, r.start, r.end) for r in cv.experience] == [
        ("Front Office Manager", "2021-04-01", "Present"),
        ("Night Auditor", "2017-03-15", "2021-03-31"),
    ]
    assert "Hotel Adriatica" in (cv.experience[0].employer or "")
    # A date in a sentence is the owner's words: copied as written.
    assert cv.experience[0].bullets[0].text == "Opened the new wing on 01/06/2022 with 40 more rooms."


def test_the_day_comes_second_where_a_resumes_dates_say_so() -> None:
    # 06/15/2019: no month 15, so every date of this résumé writes the month first.
    lines = read_text(
        b"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        b"Leasing Consultant | Bluegate Realty\t06/15/2019 - 02/01/2022\n- Closed 14 leases a month.\n"
        b"Leasing Agent | Pelham Street Properties\t03/01/2017 - 05/30/2019\n- Showed units.\n",
        "resume.txt",
    )
    draft = parse(lines, Path("resume.txt"), "a résumé as text")
    assert [(r["start"], r["end"]) for r in draft.data["experience"]] == [
        ("2019-06-15", "2022-02-01"),
        ("2017-03-01", "2019-05-30"),
    ]


def test_dates_all_on_the_first_of_the_month_read_that_first_as_the_day_in_either_order() -> None:
    def spans(text: str) -> list[tuple[str, str]]:
        draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
        return [(r["start"], r["end"]) for r in draft.data["experience"]]

    us = "Ana Ruiz\nana@example.org\n\nEXPERIENCE\n\nConcierge | Hotel Vela\t06/01/2019 - 08/01/2021\n- Booked tours.\n"
    europe = "Ana Ruiz\nana@example.org\n\nEXPERIENCE\n\nConcierge | Hotel Vela\t01.06.2019 - 01.08.2021\n- Booked.\n"
    assert spans(us) == [("2019-06-01", "2021-08-01")]
    assert spans(europe) == [("2019-06-01", "2021-08-01")]
