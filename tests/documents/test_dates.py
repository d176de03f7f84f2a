"""Specifications for tailor.documents.dates: a line's dates stay at its right, however long its name."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tailor.cv import CV
from tailor.documents import pdf
from tailor.documents.render import build_context, render_docx
from tailor.documents.templates import bundled
from tailor.select import SelectedRole, Selection
from tests.conftest import needs

TODAY = datetime.date(2025, 3, 14)
WORDS = "Advanced Clinical Practice in Acute and Critical Care Nursing for Adults and Older People with Complex Needs"


def licences_of_every_length() -> CV:
    """A nurse's CV whose licences grow a word at a time, so that one of them ends just short of the margin,
    where its date once went down a line of its own."""
    words = WORDS.split()
    certificates = [
        {"name": f"Certificate {number}: " + " ".join(words[: 6 + number % len(words)]), "date": "2021-06"}
        for number in range(len(words) * 2)
    ]
    return CV.model_validate(
        {
            "contact": {"name": "Rowan Tiller", "email": "rowan@example.org"},
            "experience": [
                {
                    "id": "ward",
                    "employer": "St Aldhelm's Hospital",
                    "role": "Charge Nurse",
                    "start": "2019",
                    "bullets": [{"id": "w1", "text": "Led the night shift on a 28-bed acute medical ward."}],
                }
            ],
            "certificates": certificates,
        }
    )


def rendered(cv: CV, template: Path) -> bytes:
    selection = Selection(
        roles=[SelectedRole(r, list(r.bullets)) for r in cv.experience], publications=[], skills=[], choices=[]
    )
    return render_docx(template, build_context(cv, selection, TODAY), title="Charge Nurse")


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_dated_line_keeps_room_for_its_own_dates_at_the_right_and_no_more(template) -> None:
    document = docx.Document(io.BytesIO(rendered(licences_of_every_length(), template.path)))
    dated = [p for p in document.paragraphs if p.text.endswith("Jun\u00a02021")]
    assert dated
    for paragraph in dated:
        right = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:ind')}").get(qn("w:right"))
        assert 30 * 20 < int(right) < 60 * 20  # "Jun 2021" and a tab's gap: 2 cm at most, not a column of 3
    undated = [p for p in document.paragraphs if p.text and "\t" not in p.text]
    assert all(p._p.find(f"{qn('w:pPr')}/{qn('w:ind')}") is None for p in undated)


@needs("libreoffice", "poppler")
@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_no_date_is_left_on_a_line_of_its_own_in_the_printed_resume(tmp_path: Path, template) -> None:
    printed = pdf.convert([rendered(licences_of_every_length(), template.path)])[0]
    (tmp_path / "cv.pdf").write_bytes(printed)
    text = subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", "-layout", str(tmp_path / "cv.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    dated = [line.strip() for line in text.splitlines() if "Jun 2021" in line]
    assert len(dated) == len(licences_of_every_length().certificates)
    alone = [line for line in dated if re.fullmatch(r"Jun 2021", line)]
    assert alone == [], text
