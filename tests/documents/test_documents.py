"""Specifications for the documents a person submits (tailor.documents): how they look, and that
every word in them, PDF included, is the CV's own."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from tailor.cv import CV
from tailor.cv.markup import plain
from tailor.documents import pdf
from tailor.pipeline import build
from tests.conftest import DATA, DOCUMENT_BUILDS, needs_libreoffice

LOOKS = {"classic, 2 pages": 2, "compact, 1 page": 1, "classic, 1 page": 1}
"""Each bundled template with the bundled CV, and the pages its PDF must have."""
HEADINGS = {"experience", "education", "publications", "skills", "languages", "interests", "profile"}
TEMPLATE_WORDS = {*HEADINGS, "grade:", "full", "list:", "skills:", "languages:", "interests:", "present"}
"""The only words of a résumé that are the template's, not the CV's (with the word for an open end)."""
DATE_AT_END = re.compile(r"(\b\d{4}|present)\s*$", re.IGNORECASE)


def pdf_text(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def gray_pixels(path: Path, folder: Path) -> list[bytes]:
    """Each page of the PDF rendered by pdftoppm at 30 dpi, as 8-bit gray pixels."""
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(path), str(folder / "page")], check=True)
    pages = []
    for image in sorted(folder.glob("page-*.pgm")):
        data = image.read_bytes()
        width, height, _ = (int(x) for x in data.split(maxsplit=4)[1:4])
        pages.append(data[len(data) - width * height :])
    return pages


def cv_strings(cv: CV) -> list[str]:
    """Every text of the CV that a résumé may print."""
    contact = cv.contact
    found = [contact.name, contact.email, contact.phone, contact.website, contact.location, *contact.profiles]
    found += [*(h.text for h in cv.headline), *(plain(s.text) for s in cv.summary)]
    found += [cv.publications_link, *cv.skill_names, *cv.interests]
    for entry in cv.experience:
        found += [entry.role, entry.employer, entry.location, entry.start, entry.end, *(b.plain for b in entry.bullets)]
        found += [b.role for b in entry.bullets]  # the qualifiers printed over groups of bullets
    for e in cv.education:
        found += [e.degree, e.institution, e.location, e.start, e.end, e.grade, *map(plain, e.details)]
    for p in cv.publications:
        found += [p.year, p.title, p.venue]
    for language in cv.languages:
        found += [language.name, language.fluency]
    return sorted({_normal(s) for s in found if s}, key=len, reverse=True)


def _normal(text: str) -> str:
    # A line break after a hyphen is the CV's hyphen, wrapped: join the lines again.
    text = re.sub(r"-\n", "-", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text).strip()


@needs_libreoffice
@pytest.mark.parametrize("name", LOOKS)
def test_each_template_renders_to_pages_that_all_have_content(built_documents, name: str, tmp_path: Path) -> None:
    built = built_documents(name)
    assert pdf.page_count(built.pdf.read_bytes()) == LOOKS[name]
    pages = gray_pixels(built.pdf, tmp_path)
    assert len(pages) == LOOKS[name]
    for number, pixels in enumerate(pages, start=1):
        # At 30 dpi small text is gray, not black: a page is blank when next to nothing on it is not white.
        ink = sum(1 for value in pixels if value < 240) / len(pixels)
        assert ink > 0.02, f"page {number} is blank"
        assert pdf_text(built.pdf, "-f", str(number), "-l", str(number)).strip()


@needs_libreoffice
@pytest.mark.parametrize("name", LOOKS)
def test_no_heading_role_or_qualifier_line_is_left_alone_at_the_foot_of_a_page(built_documents, name: str) -> None:
    built = built_documents(name)
    for page in range(1, LOOKS[name]):
        lines = [line.strip() for line in pdf_text(built.pdf, "-layout", "-f", str(page), "-l", str(page)).splitlines()]
        last = [line for line in lines if line][-1]
        assert last.lower() not in HEADINGS, f"page {page} ends with the heading {last!r}"
        assert not DATE_AT_END.search(last), f"page {page} ends with a role line {last!r}"
        assert not last.endswith(":"), f"page {page} ends with a qualifier line {last!r}"


@needs_libreoffice
@pytest.mark.parametrize("name", DOCUMENT_BUILDS)
def test_every_word_of_the_pdf_is_the_cvs_own_or_a_template_heading(built_documents, name: str) -> None:
    built = built_documents(name)
    text = _normal(pdf_text(built.pdf))
    for known in cv_strings(built.match.cv):
        # Whole words only: the skill "C" must not take the C out of "EXPERIENCE".
        before, after = (r"(?<!\w)" if known[0].isalnum() else ""), (r"(?!\w)" if known[-1].isalnum() else "")
        text = re.sub(before + re.escape(known) + after, " ", text)
    leftover = [w for w in text.split() if w.lower() not in TEMPLATE_WORDS and re.search(r"\w", w)]
    assert leftover == []


@needs_libreoffice
@pytest.mark.parametrize("name", DOCUMENT_BUILDS)
def test_the_pdf_shows_exactly_the_selected_bullets_in_order_and_passes_the_read_back(
    built_documents, name: str
) -> None:
    built = built_documents(name)
    text = _normal(pdf_text(built.pdf))
    selected = [b.plain for r in built.selection.roles for b in r.printed]
    positions = [text.find(_normal(b)) for b in selected]
    assert -1 not in positions and positions == sorted(positions)
    for _, bullet in built.match.cv.bullets():
        if bullet.plain not in selected:
            assert _normal(bullet.plain) not in text
    assert built.documents.check.ok, built.documents.check.problems


def test_a_fitted_resume_is_the_same_document_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)  # the estimate: fast, and no PDF dates
    posting = DATA / "documents" / "ml-platform-engineer.txt"
    xml = []
    for name in ("a.docx", "b.docx"):
        built = build(posting, "example", output=tmp_path / name, template="compact", pages=1, max_bullets=22)
        assert built.documents.page_fit.dropped
        with zipfile.ZipFile(built.output) as package:
            xml.append(package.read("word/document.xml"))
    assert xml[0] == xml[1]


def test_build_and_check_help_explain_the_exit_codes() -> None:
    from typer.testing import CliRunner

    from tailor.cli import app

    for command in ("build", "check"):
        output = " ".join(CliRunner().invoke(app, [command, "--help"]).output.split())
        assert "Exit status: 0" in output and "1 when" in output and "2 when" in output
