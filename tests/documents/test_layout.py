"""Specifications for tailor.documents.layout: the page estimate used when LibreOffice is not installed."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tailor.cv import CV
from tailor.documents import layout
from tailor.documents.render import build_context, render_docx
from tailor.documents.templates import bundled
from tailor.select import SelectedRole, Selection
from tests.conftest import DOCUMENT_BUILDS, needs


def test_words_wrap_at_the_line_width_and_overlong_words_break() -> None:
    one_em = layout.text_width("m", 10)
    assert layout.wrap([("m m m m", 10)], width=7.5 * one_em) == 1
    assert layout.wrap([("m m m m", 10)], width=3.5 * one_em) == 2
    assert layout.wrap([("mmmmmmmmmm", 10)], width=3.5 * one_em) == 3


def test_a_hanging_first_line_and_mixed_sizes_count() -> None:
    em = layout.text_width("m", 10)
    assert layout.wrap([("m m", 10)], width=2 * em, first_width=3 * em) == 1
    assert layout.wrap([("m ", 10), ("m", 20)], width=2.5 * em) == 2  # the second "m" is twice as wide


def test_bold_text_is_measured_with_the_bold_faces_widths() -> None:
    # A role title the regular face fits on one line takes two in bold, as LibreOffice lays it out: bold letters
    # are a few hundredths wider.
    title = "Chapter Education Co-Chair, Society of Clinical Research Associates"
    width = (layout.text_width(title, 10.5) + layout.text_width(title, 10.5, bold=True)) / 2
    assert layout.wrap([(title, 10.5)], width=width) == 1
    assert layout.wrap([(title, 10.5, True)], width=width) == 2
    lines = []
    for bold in (False, True):
        document = docx.Document()
        section = document.sections[0]
        section.right_margin = section.page_width - section.left_margin - Pt(width)
        run = document.add_paragraph().add_run(title)
        run.font.size, run.bold = Pt(10.5), bold
        out = io.BytesIO()
        document.save(out)
        lines.append(layout.blocks(out.getvalue())[0][0].lines)
    assert lines == [1, 2]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_more_bullets_never_estimate_fewer_pages(bundled_cv: CV, template) -> None:
    estimates = []
    for count in (1, 3, 6):
        roles = [SelectedRole(e, list(e.bullets[:count])) for e in bundled_cv.experience]
        selection = Selection(roles, list(bundled_cv.publications), bundled_cv.skill_names, [])
        context = build_context(bundled_cv, selection, dt.date(2025, 3, 14))
        estimates.append(layout.estimate_pages(render_docx(template.path, context)))
    assert estimates == sorted(estimates) and estimates[0] < estimates[-1]


def filled(pdf_data: bytes, docx_data: bytes) -> float:
    """Pages the PDF fills, as :func:`layout.estimate_pages` counts them: whole pages plus the share of the last
    page's text area down to its last line (read by pdftotext)."""
    section = docx.Document(io.BytesIO(docx_data)).sections[0]
    top, bottom = section.top_margin.pt, section.page_height.pt - section.bottom_margin.pt
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-", "-"], input=pdf_data, capture_output=True, check=True)
    pages = xml.stdout.decode().split("<page ")[1:]
    last = max(float(y) for y in re.findall(r'<line [^>]*yMax="([\d.]+)"', pages[-1]))
    return len(pages) - 1 + (last - top) / (bottom - top)


@needs("libreoffice", "poppler")
@pytest.mark.parametrize("name", DOCUMENT_BUILDS)
def test_the_estimate_errs_long_by_under_a_thirtieth_of_a_page(built_documents, name: str) -> None:
    built = built_documents(name)
    real = filled(built.pdf.read_bytes(), built.output.read_bytes())
    estimate = layout.estimate_pages(built.output.read_bytes())
    # Long, so that a page limit the estimate meets holds in the PDF; by little, so that the page it fills is full.
    assert real <= estimate <= real + 1 / 30, (estimate, real)


def spaced_document(paragraphs: int, before: float, after: float, *, additive: bool = False) -> bytes:
    """A .docx of one-line paragraphs each with ``before`` and ``after`` points of space; with ``additive``, it asks
    for the spacing of Word before 2000 (``w:doNotUseHTMLParagraphAutoSpacing``)."""
    document = docx.Document()
    for n in range(paragraphs):
        paragraph = document.add_paragraph(f"Paragraph {n}")
        paragraph.paragraph_format.space_before = Pt(before)
        paragraph.paragraph_format.space_after = Pt(after)
    if additive:
        compat = document.settings.element.find(qn("w:compat"))
        compat.append(OxmlElement("w:doNotUseHTMLParagraphAutoSpacing"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_between_two_paragraphs_only_the_larger_of_their_spaces_stands() -> None:
    # One paragraph's 20 points after and the next one's 20 before overlap, as in Word and LibreOffice: the page
    # holds as many of them as of paragraphs with 20 points after alone, not as few as with 40 between them.
    both = layout.estimate_pages(spaced_document(30, before=20, after=20))
    after_only = layout.estimate_pages(spaced_document(30, before=0, after=20))
    assert both == pytest.approx(after_only, abs=0.04)  # the first paragraph's own space before
    assert both < layout.estimate_pages(spaced_document(30, before=0, after=40))


def test_a_document_that_asks_for_the_old_spacing_gets_both_spaces() -> None:
    old = layout.estimate_pages(spaced_document(30, before=20, after=20, additive=True))
    assert old == pytest.approx(layout.estimate_pages(spaced_document(30, before=0, after=40)), abs=0.04)


def test_the_space_after_a_pages_last_paragraph_needs_no_room() -> None:
    # Twenty paragraphs whose lines and spaces fill the page but for half the last one's space after: that space
    # falls into the margin, so the page holds them all; a twenty-first goes on to a second page.
    (block,), height, _ = layout.blocks(spaced_document(1, before=0, after=0))
    after = (height - 20 * block.line_height) / 19.5
    assert layout.estimate_pages(spaced_document(20, before=0, after=after)) <= 1.0
    assert layout.estimate_pages(spaced_document(21, before=0, after=after)) > 1.0
