"""Read a résumé back the way applicant tracking systems do, and report what they would miss.

Parsers read a .docx's body paragraphs in order (what python-docx's
``Document.paragraphs`` gives) and a PDF's text layer (what poppler's
``pdftotext`` gives). Text in tables, text boxes, images, headers and footers
is read badly or not at all, and text a reader cannot see is still read, which
ATS vendors treat as keyword stuffing. :func:`check` looks for each of these:

* every expected bullet is in the body text, in order (and in the PDF's text);
* the name, email address and phone number are in the body, not only in a
  header, footer, table or text box;
* section headings (paragraphs in Heading styles) are words parsers know;
* no body text sits in a table or text box, and no image is in the body;
* no text is hidden: white, smaller than 6 pt, or formatted as hidden.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import docx
import docx.text.paragraph
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from tailor.cv.printable import printable
from tailor.documents import form
from tailor.errors import TailorError
from tailor.outputs import Outputs

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\(?\d[\d \u00a0\u202f().\-]{7,}\d")
"""A phone number as a document prints it: spaces there may be non-breaking ones, which keep it on one line."""


@dataclass(frozen=True)
class Problem:
    """One thing an ATS would get wrong: ``kind`` names the check, ``message`` says what and how to fix it."""

    kind: str
    message: str
    where: str = "docx"
    """``docx`` or ``pdf``: which file has the problem."""


@dataclass(frozen=True)
class Expected:
    """What the résumé must contain; ``None`` or empty means: not checked."""

    bullets: list[str] = field(default_factory=list)
    """Bullet texts in the order they must appear (a letter's: its paragraphs)."""
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    item: str = "bullet"
    """What the texts of :attr:`bullets` are, as messages name them: ``bullet``, or a letter's ``paragraph``."""
    headings: bool = True
    """Whether the document has sections under standard headings: a résumé does, a letter does not."""


@dataclass(frozen=True)
class Report:
    problems: list[Problem]
    notes: list[str]
    """What was and was not checked, for the reader of the report."""

    @property
    def ok(self) -> bool:
        return not self.problems


def check(document: bytes, expected: Expected, *, pdf: bytes | None = None) -> Report:
    """Check the .docx bytes ``document`` (and ``pdf``, its PDF, if given) against ``expected``."""
    try:
        opened = docx.Document(io.BytesIO(document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise TailorError("The file is not a Word .docx document; check a .docx that tailor wrote.") from exc
    problems: list[Problem] = []
    notes: list[str] = []
    body = [_text(p) for p in opened.element.body.iterchildren(qn("w:p"))]
    problems += _order(expected.bullets, _normal(" \n ".join(body)), "docx", " ", item=expected.item)
    problems += _contact(opened, body, expected)
    owner = printable(expected.name) if expected.name else expected.name  # as the renderer set the author
    form_problems = form.problems(opened, owner)
    problems += [Problem(kind, message) for kind, message in form_problems if expected.headings or kind != "heading"]
    if not expected.bullets:
        notes.append(f"{expected.item}s: not checked (no list of the {expected.item}s to expect)")
    if pdf is not None:
        pdf_report = check_pdf(pdf, expected)
        problems += pdf_report.problems
        notes += pdf_report.notes
    return Report(problems, notes)


def check_pdf(pdf: bytes, expected: Expected) -> Report:
    """Check the PDF bytes ``pdf`` against ``expected`` by its text layer alone, as a parser reads a PDF: every
    expected bullet in order, the name, email address and phone number."""
    from tailor.documents.pdf import extract_text

    return _check_pdf_text(*extract_text(pdf), expected)


def _check_pdf_text(text: str, tool: str, expected: Expected) -> Report:
    """:func:`check_pdf` of the ``text`` that ``tool`` read from a PDF."""
    notes = [f"PDF text read with {tool}"]
    flat = _normal(text, spaces="")
    if not flat:
        message = (
            "The PDF has no text an ATS can read: it is a scan or a picture of a page. Save it again from the "
            "Word file (or build with --pdf), not from a scanner or a screenshot."
        )
        return Report([Problem("no text", message, "pdf")], notes)
    fallback = _normal(_dehyphenate(text), spaces="")
    problems = _order(expected.bullets, flat, "pdf", "", fallback=fallback, item=expected.item)
    for what, value in (("name", expected.name), ("email address", expected.email), ("phone", expected.phone)):
        if value and _expect(value, spaces="") not in flat:
            problems.append(Problem("contact", f"The {what} {value} is not in the PDF's text.", "pdf"))
    return Report(problems, notes)


def check_file(path: Path, bullets: Sequence[str] = (), *, listed_by: str = "", letter: bool = False) -> Report:
    """Check the résumé (or with ``letter`` the letter) at ``path`` for ``bullets`` (its paragraphs) in
    that order (``listed_by`` names where they come from, for the notes), and the PDF beside it
    (``<stem>.pdf``) when there is one.

    Without the CV at hand the name is the document's author, and the email and phone
    are whatever the document shows anywhere.
    """
    if not path.is_file():
        raise TailorError(f"{path} does not exist; give the path of a .docx or .pdf résumé.")
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise TailorError(
            f"{path} is neither a .docx nor a .pdf file; check the Word file (its PDF beside it is checked too) "
            "or the PDF you send."
        )
    data = path.read_bytes()
    item = "paragraph" if letter else "bullet"
    notes = [f"{item}s: the {len(bullets)} that {listed_by} lists"] if bullets else []
    if suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise TailorError(f"{path} is not a PDF (it does not start as one); check the PDF you send.")
        from tailor.documents.pdf import extract_text

        text, tool = extract_text(data)
        expected = replace(_expected_from_pdf(data, text, list(bullets)), item=item)
        report = _check_pdf_text(text, tool, expected)
        if expected.email == "":
            message = "No email address found in the PDF's text; add one to your CV, to print under the name."
            report.problems.append(Problem("contact", message, "pdf"))
        if not bullets:
            notes.append(f"{item}s: not checked (no manifest beside the PDF lists them)")
        notes.append("a PDF alone: its text is checked, not its layout (tables, text boxes, hidden text)")
        return Report(report.problems, notes + report.notes)
    pdf = Outputs(path).pdf
    expected = replace(_expected_from_document(data, list(bullets)), item=item, headings=not letter)
    report = check(data, expected, pdf=pdf.read_bytes() if pdf.is_file() else None)
    if pdf.is_file():
        notes.append(f"also checked {pdf.name}")
    return Report(report.problems, notes + report.notes)


def _expected_from_document(data: bytes, bullets: list[str]) -> Expected:
    """Without the CV at hand: the name from the document's author, email and phone wherever they are."""
    opened = docx.Document(io.BytesIO(data))
    return _expected_from(opened.core_properties.author, "\n".join(_all_text(opened)), bullets)


def _expected_from_pdf(data: bytes, text: str, bullets: list[str]) -> Expected:
    """Without the CV at hand: the name from the PDF's author, email and phone from its ``text`` (none checked
    when there is no text: :func:`check_pdf` says so)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        author = (PdfReader(io.BytesIO(data)).metadata or {}).get("/Author")
    except (PyPdfError, ValueError, KeyError, OSError):
        author = None  # a PDF pypdf cannot read has no author to expect; its text says the rest
    expected = _expected_from(author, text, bullets)
    return expected if text.strip() else replace(expected, email=None)


def _expected_from(author: str | None, text: str, bullets: list[str]) -> Expected:
    """What a document whose properties name ``author`` and whose words are ``text`` must show: its author as the
    name (unless a program's), and the email and phone it gives ("" for an email it lacks: a problem)."""
    author = (author or "").strip()
    author = "" if author.lower() in form.TOOL_AUTHORS else author
    email = EMAIL.search(text)
    phone = next((m for m in PHONE.finditer(text) if _is_phone(m.group())), None)
    return Expected(
        bullets=bullets,
        name=author or None,
        email=email.group() if email else "",
        phone=phone.group().strip() if phone else None,
    )


def _is_phone(text: str) -> bool:
    return sum(c.isdigit() for c in text) >= 9


def _text(p: Any) -> str:
    """A paragraph's text as python-docx reads it: its runs and hyperlinks, not its text boxes."""
    return docx.text.paragraph.Paragraph(p, None).text


def _normal(text: str, spaces: str = " ") -> str:
    """NFKC (so ligatures and non-breaking spaces compare equal) with whitespace collapsed or removed."""
    return re.sub(r"\s+", spaces, unicodedata.normalize("NFKC", text).replace("\u00ad", "")).strip()


def _expect(value: str, spaces: str = " ") -> str:
    """An expected text as the résumé prints it (:func:`tailor.cv.printable.printable`, the
    renderer's rule), normalised as :func:`_normal` normalises what is read back."""
    return _normal(printable(value), spaces)


def _dehyphenate(text: str) -> str:
    return re.sub(r"-\s*\n\s*", "", text)


def _unhyphenated(text: str) -> str:
    return text.replace("-", "")


def _order(
    bullets: list[str], text: str, where: str, spaces: str, fallback: str = "", item: str = "bullet"
) -> list[Problem]:
    """Each bullet (or other ``item``) of ``bullets`` found in ``text``, each after the one before it."""
    problems, cursor, previous = [], 0, ""
    for bullet in bullets:
        needle = _expect(bullet, spaces)
        position = text.find(needle, cursor)  # after the previous one: two roles may share a bullet's words
        if position >= 0:
            cursor, previous = position + len(needle), bullet
        elif needle in text:
            message = f'"{form.shortened(bullet)}" comes before "{form.shortened(previous)}"; it should follow it.'
            problems.append(Problem(f"{item} order", message, where))
        elif not (fallback and (needle in fallback or _unhyphenated(needle) in _unhyphenated(fallback))):
            # A word hyphenated at a line end is still there, and so is a compound broken at its own hyphen, whose
            # hyphen pdftotext takes for the line's and drops ("self-" / "service" read as "selfservice").
            missing = f'The {item} "{form.shortened(bullet)}" is not in the text.'
            problems.append(Problem(f"{item} missing", missing, where))
    return problems


def _contact(document: Any, body: list[str], expected: Expected) -> list[Problem]:
    problems = []
    flat_body = _normal("\n".join(body))
    elsewhere = _normal("\n".join(_all_text(document)))
    for what, value in (("name", expected.name), ("email address", expected.email), ("phone number", expected.phone)):
        if value is None:
            continue
        if not value:
            if what == "email address":
                problems.append(
                    Problem("contact", "No email address found; add one to your CV, to print under the name.")
                )
            continue
        if _expect(value) in flat_body:
            continue
        where = "only in a header, footer, table or text box" if _expect(value) in elsewhere else "not in the document"
        problems.append(
            Problem("contact", f"The {what} {value} is {where}; many ATS read only the body: put it under the name.")
        )
    return problems


def _all_text(document: Any) -> list[str]:
    """Every text of the document: body (tables and text boxes included), headers and footers."""
    roots = [document.element.body]
    roots += [
        rel.target_part.element
        for rel in document.part.rels.values()
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external
    ]
    return [" ".join(t.text or "" for t in p.iter(qn("w:t"))) for root in roots for p in root.iter(qn("w:p"))]
