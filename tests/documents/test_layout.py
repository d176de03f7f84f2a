"""Specifications for tailor.documents.layout: the page estimate used when LibreOffice is not installed."""

from __future__ import annotations

import datetime as dt

import pytest

from tailor.cv import CV
from tailor.documents import layout, pdf
from tailor.documents.render import build_context, render_docx
from tailor.documents.templates import bundled
from tailor.select import SelectedRole, Selection
from tests.conftest import DOCUMENT_BUILDS, needs_libreoffice


def test_words_wrap_at_the_line_width_and_overlong_words_break() -> None:
    one_em = layout.text_width("m", 10)
    assert layout.wrap([("m m m m", 10)], width=7.5 * one_em) == 1
    assert layout.wrap([("m m m m", 10)], width=3.5 * one_em) == 2
    assert layout.wrap([("mmmmmmmmmm", 10)], width=3.5 * one_em) == 3


def test_a_hanging_first_line_and_mixed_sizes_count() -> None:
    em = layout.text_width("m", 10)
    assert layout.wrap([("m m", 10)], width=2 * em, first_width=3 * em) == 1
    assert layout.wrap([("m ", 10), ("m", 20)], width=2.5 * em) == 2  # the second "m" is twice as wide


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_more_bullets_never_estimate_fewer_pages(bundled_cv: CV, template) -> None:
    estimates = []
    for count in (1, 3, 6):
        roles = [SelectedRole(e, list(e.bullets[:count])) for e in bundled_cv.experience]
        selection = Selection(roles, list(bundled_cv.publications), bundled_cv.skill_names, [])
        context = build_context(bundled_cv, selection, dt.date(2025, 3, 14))
        estimates.append(layout.estimate_pages(render_docx(template.path, context)))
    assert estimates == sorted(estimates) and estimates[0] < estimates[-1]


@needs_libreoffice
@pytest.mark.parametrize("name", DOCUMENT_BUILDS)
def test_the_estimate_errs_long_by_under_a_tenth_of_a_page(built_documents, name: str) -> None:
    built = built_documents(name)
    real = pdf.page_count(built.pdf.read_bytes())
    estimate = layout.estimate_pages(built.output.read_bytes())
    # Whole pages plus the share of the last one used, against the real count.
    assert real - 1 < estimate <= real + 0.1, (estimate, real)
