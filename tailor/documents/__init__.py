"""The files a person submits: the .docx, fitted to a page limit, its PDF, and a read-back check.

:func:`make` is the rendering step of :func:`tailor.pipeline.build`: given the CV,
its ranking and the selection (nothing else of the match), it renders the selection
into the template, leaves out the least relevant items if the
résumé must fit a number of pages (:mod:`tailor.documents.pagefit`), or if, without a limit,
its last page would hold only a few lines (:data:`SPILL`), converts it to PDF
(:mod:`tailor.documents.pdf`), and reads both back the way an applicant tracking system
would (:mod:`tailor.documents.check`). It returns bytes; writing them is the pipeline's job.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tailor.documents import check, layout, pagefit, pdf, render, templates
from tailor.errors import TailorError

if TYPE_CHECKING:
    from tailor.cv.model import CV
    from tailor.outputs import Kind
    from tailor.rank import Ranking
    from tailor.select import Selection

ESTIMATE_NOTE = (
    "Pages were estimated from line lengths, as LibreOffice is not installed; the real page count "
    "can differ by a few lines. Install LibreOffice for an exact fit."
)
SPILL = 0.25
"""A résumé without a page limit whose last page is filled less than this (estimated) is said to
spill over: a few lines on a page of their own, which one fewer bullet would save. With
``trim_spill`` (a build that sets neither a page limit nor a bullet count), :func:`make` saves it."""


@dataclass(frozen=True)
class Spill:
    """A résumé without a page limit whose last page holds only a few lines: one page less
    (``pages - 1``, leaving out its least relevant items) would hold it."""

    pages: int
    """The pages it runs to."""
    last_page: float
    """The share of its last page it fills, as the layout estimate has it (under :data:`SPILL`)."""


@dataclass(frozen=True)
class Documents:
    """A résumé's files as bytes, and what making them found."""

    selection: Selection
    """The selection the .docx shows: the match's, less what page fitting left out."""
    docx: bytes
    pdf: bytes | None
    page_fit: pagefit.PageFit | None
    """What fitting the pages left out: to the page limit asked for, or (``trimmed``) to save a last
    page of a few lines; None when nothing was fitted."""
    check: check.Report
    warnings: list[str] = field(default_factory=list)
    """Something asked for could not be done (no PDF without LibreOffice); the .docx is still good."""
    notes: list[str] = field(default_factory=list)
    """Worth saying, but nothing is wrong (the page count is an estimate)."""
    trimmed: bool = False
    """Whether :attr:`page_fit` was not asked for: without it the last page held only a few lines."""
    spill: Spill | None = None
    """Without a page limit, whether the résumé's last page holds only a few lines (a build that
    sets a bullet count keeps them, and is told how to save the page); else None."""
    filled: tuple[str, ...] = ()
    """The bullets (by id) the default budget left out that the résumé keeps because its last page had room for
    them (:func:`tailor.select.page_fillers`): relevant work, not a page part empty."""

    @property
    def files(self) -> dict[Kind, bytes]:
        """What to write, by kind of output (:mod:`tailor.outputs`): the résumé, and its PDF if one was made."""
        return {"resume": self.docx, **({"pdf": self.pdf} if self.pdf is not None else {})}


def make(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    template: Path,
    *,
    today: dt.date,
    title: str,
    want_pdf: bool = False,
    pages: int | None = None,
    trim_spill: bool = False,
    headline: str | None = None,
    summary: str | None = None,
    paper: render.Paper | None = None,
    evidence: Collection[str] = (),
    required: Collection[str] = (),
    preferred: Collection[str] = (),
    lapsed: Collection[str] = (),
    fillers: Sequence[str] = (),
) -> Documents:
    """Render ``selection`` of ``cv`` into ``template`` (with the ``headline`` and ``summary`` of the
    CV's chosen for the posting, by default its first), on ``paper`` if given (else the template's
    size); fit it on ``pages`` pages if given (leaving
    out the items ``ranking`` scores lowest), or with ``trim_spill`` on one page fewer if its last page
    would hold only a few lines (:class:`Spill`), leaving out last the items in ``evidence`` (each the résumé's
    only evidence of a required keyword, :func:`tailor.coverage.sole_evidence`, or a certificate or award that
    evidences a keyword, :func:`tailor.coverage.credentials_evidencing`, those of them in ``required`` showing a
    required one, :func:`tailor.coverage.credentials_required`, after those in ``preferred`` showing one it prefers,
    :func:`tailor.coverage.credentials_preferred`, which go after every bullet; the certificates ``lapsed`` names,
    expired, go before any bullet where they show nothing, every other as a bullet of the median score); with
    ``trim_spill`` and no page trimmed, keep too as many of the bullets ``fillers`` (best first) as its last page has
    room for (:func:`_fill`); convert it to PDF if ``want_pdf``; and check what an ATS would
    read from both."""
    dates = templates.date_style(template)
    summary = summary if summary is not None else (cv.summary[0].text if cv.summary else "")

    def render_selection(selection: Selection) -> bytes:
        context = render.build_context(cv, selection, today, headline=headline, summary=summary, dates=dates)
        return render.render_docx(template, context, title=title, paper=paper)

    warnings: list[str] = []
    notes: list[str] = []
    fitted, spill = None, None
    converted: bytes | None = None
    filled: tuple[str, ...] = ()
    if pages is not None:
        fitted = _fit(
            cv,
            ranking,
            selection,
            pages,
            render_selection,
            warnings,
            notes,
            evidence=evidence,
            required=required,
            preferred=preferred,
            lapsed=lapsed,
            summary=summary,
        )
        selection, data = fitted.selection, fitted.docx
    else:
        data = render_selection(selection)
        spill = _spill(data)
        if trim_spill and spill is not None and not want_pdf and _fewer_measured(data, spill):
            spill = None  # the estimate erred: LibreOffice lays it out on a page fewer, with room to spare
        if trim_spill and spill is not None:
            fitted = _trim(
                cv,
                ranking,
                selection,
                spill,
                render_selection,
                warnings,
                notes,
                measure_pdf=want_pdf,
                evidence=evidence,
                required=required,
                preferred=preferred,
                lapsed=lapsed,
                summary=summary,
            )
            if fitted is not None and _cuts_into_the_best(ranking, selection, fitted):
                fitted = None  # a few lines are not worth a role's better bullets: the note says how to save them
            else:
                # Trimmed, or its PDF fits one page fewer already, or no page fewer can hold it: nothing to say.
                spill = None
            if fitted is not None:
                selection, data = fitted.selection, fitted.docx
        elif spill is not None and not _fits_fewer(
            cv, ranking, selection, spill, render_selection, evidence, required, summary, preferred
        ):
            spill = None  # no page fewer holds it, whatever is left out: no advice to try
        if trim_spill and fitted is None and fillers:
            # A last page with room (or one of a few lines that saving would cost the better bullets) takes the
            # relevant bullets the budget left out.
            added, converted = _fill(cv, ranking, selection, fillers, data, render_selection)
            if added is not None:
                filled = tuple(i for i in fillers if i in set(added.selection.bullet_ids))
                notes.append(
                    f"Kept {len(filled)} more bullet{'s' if len(filled) > 1 else ''} than the default "
                    f"{selection.budget}: {'they score' if len(filled) > 1 else 'it scores'} at least a quarter of the "
                    f"best, and page {added.pages} had room. --max-bullets {selection.budget} keeps "
                    f"{selection.budget}."
                )
                selection, data, converted = added.selection, added.docx, None
                spill = spill and _spill(data)

    pdf_data = None
    if want_pdf:
        try:
            # Page fitting through LibreOffice has already converted the final document.
            if fitted is not None and fitted.pdf is not None:
                converted = fitted.pdf
            converted = converted if converted is not None else pdf.convert([data])[0]
            pdf_data = pdf.set_metadata(converted, author=cv.contact.name, title=title, day=today)
        except (pdf.LibreOfficeMissing, pdf.ConversionFailed) as exc:
            warnings.append(f"No PDF was written. {exc}")
        else:
            warnings += pdf.unshown_warning(data)
    if spill is not None and pdf_data is not None and pdf.page_count(pdf_data) != spill.pages:
        # The estimate says which page the last lines fall on only when it agrees with the PDF.
        spill = None
    report = check.check(data, expected(cv, selection), pdf=pdf_data)
    trimmed = fitted is not None and pages is None
    return Documents(selection, data, pdf_data, fitted, report, warnings, notes, trimmed, spill, filled)


def _fill(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    fillers: Sequence[str],
    docx: bytes,
    render_selection: Callable[[Selection], bytes],
) -> tuple[pagefit.PageFit | None, bytes | None]:
    """The résumé ``docx`` of ``selection`` with as many of the bullets ``fillers`` as its last page has room for
    (:func:`pagefit.fill`), or None where it has none; and the PDF made of ``docx``, if one was. The bullets are added
    by the layout estimate, which errs on the long side (a bullet it finds no room for may fit in the PDF, one it
    finds room for adds no page), on the pages the estimate gives ``docx``; where that adds any and LibreOffice is
    installed, one conversion checks those pages (an estimate just over a page's end would otherwise fill a page the
    PDF does not print)."""
    pages = math.ceil(layout.estimate_pages(docx))

    def fill(pages: int) -> pagefit.PageFit | None:
        measure = pagefit.EstimateMeasurer()
        return pagefit.fill(cv, ranking, selection, fillers, pages=pages, render=render_selection, measure=measure)

    added = fill(pages)
    if added is None or pdf.find_libreoffice() is None:
        return added, None
    try:
        converted = pdf.convert([docx])[0]
    except (pdf.LibreOfficeMissing, pdf.ConversionFailed):
        return added, None
    printed = pdf.page_count(converted)
    return (added if printed >= pages else fill(printed)), converted


def _fit(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    pages: int,
    render_selection: Callable[[Selection], bytes],
    warnings: list[str],
    notes: list[str],
    *,
    bare_roles: bool = True,
    evidence: Collection[str] = (),
    required: Collection[str] = (),
    preferred: Collection[str] = (),
    lapsed: Collection[str] = (),
    summary: str | None = None,
) -> pagefit.PageFit:
    """Page fitting through PDFs if LibreOffice works, else through the estimate (noted as such); with
    ``bare_roles`` false, each role keeps its best bullet (:func:`pagefit.fit`)."""
    measure = pagefit.measurer()
    fit = functools.partial(
        pagefit.fit,
        cv,
        ranking,
        selection,
        pages=pages,
        render=render_selection,
        evidence=evidence,
        required=required,
        preferred=preferred,
        lapsed=lapsed,
        summary=summary,
    )
    try:
        if measure.method == "estimate":
            notes.append(ESTIMATE_NOTE)
        return fit(measure=measure, bare_roles=bare_roles)
    except pdf.ConversionFailed as exc:
        # A LibreOffice that cannot convert should not cost the user the résumé.
        warnings.append(f"Pages were estimated instead of measured: {exc}")
        notes.append(ESTIMATE_NOTE)
        return fit(measure=pagefit.EstimateMeasurer(), bare_roles=bare_roles)


def _trim(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    spill: Spill,
    render_selection: Callable[[Selection], bytes],
    warnings: list[str],
    notes: list[str],
    *,
    measure_pdf: bool,
    evidence: Collection[str] = (),
    required: Collection[str] = (),
    preferred: Collection[str] = (),
    lapsed: Collection[str] = (),
    summary: str | None = None,
) -> pagefit.PageFit | None:
    """The résumé of ``spill`` fitted on one page fewer, as ``--pages`` would fit it; None when its
    PDF fits already (the estimate erred) or even leaving out every droppable item leaves a page of
    its own. Measured through PDFs only if ``measure_pdf`` (a PDF is being made anyway); else by the
    estimate, which errs on the long side, so that a build without a PDF stays quick (seconds, not
    the LibreOffice runs a measured fit takes)."""
    said: tuple[list[str], list[str]] = ([], [])
    try:
        if measure_pdf:
            fitted = _fit(
                cv,
                ranking,
                selection,
                spill.pages - 1,
                render_selection,
                *said,
                bare_roles=False,
                evidence=evidence,
                required=required,
                preferred=preferred,
                lapsed=lapsed,
                summary=summary,
            )
        else:
            estimate = pagefit.EstimateMeasurer()
            fewer = spill.pages - 1
            fitted = pagefit.fit(
                cv,
                ranking,
                selection,
                pages=fewer,
                render=render_selection,
                measure=estimate,
                bare_roles=False,
                evidence=evidence,
                required=required,
                preferred=preferred,
                lapsed=lapsed,
                summary=summary,
            )
    except TailorError:
        return None
    if not fitted.dropped:
        return None
    warnings += said[0]
    notes += said[1]
    return fitted


def _fewer_measured(docx: bytes, spill: Spill) -> bool:
    """Whether LibreOffice, where it is installed, lays the résumé out on fewer pages than ``spill`` estimates: one
    conversion, made only where the estimate (which errs on the long side) would have items left out to save a
    page, so that a build without ``--pdf`` leaves nothing out that the page has room for."""
    if pdf.find_libreoffice() is None:
        return False
    try:
        return pdf.page_count(pdf.convert([docx])[0]) < spill.pages
    except (pdf.LibreOfficeMissing, pdf.ConversionFailed):
        return False


def _fits_fewer(
    cv: CV,
    ranking: Ranking,
    selection: Selection,
    spill: Spill,
    render_selection: Callable[[Selection], bytes],
    evidence: Collection[str],
    required: Collection[str],
    summary: str | None = None,
    preferred: Collection[str] = (),
) -> bool:
    """Whether ``--pages`` one fewer than ``spill``'s could fit the résumé of ``selection``, by the layout estimate
    (which errs on the long side: a "no" may be a PDF's "yes", never the other way round)."""
    try:
        pagefit.fit(
            cv,
            ranking,
            selection,
            pages=spill.pages - 1,
            render=render_selection,
            measure=pagefit.EstimateMeasurer(),
            evidence=evidence,
            required=required,
            preferred=preferred,
            summary=summary,
        )
    except TailorError:
        return False
    return True


def _cuts_into_the_best(ranking: Ranking, selection: Selection, fitted: pagefit.PageFit) -> bool:
    """Whether ``fitted`` leaves out a bullet of the better half of ``selection`` (above its median score). A fit
    nobody asked for keeps each role's best bullet, so an old role's weak best can outlast the current role's second:
    a last page of a few lines is not worth that (``--pages`` lets old roles print bare instead)."""
    score = {b.id: b.score for b in ranking.bullets}
    scores = sorted(score.get(i, 0.0) for i in selection.bullet_ids)
    dropped = [score.get(i, 0.0) for i in fitted.dropped_ids("bullet")]
    return bool(dropped) and max(dropped) > scores[len(scores) // 2]


def _spill(docx: bytes) -> Spill | None:
    """The résumé's :class:`Spill` when its last page is filled less than :data:`SPILL` by the layout
    estimate, else None."""
    estimate = layout.estimate_pages(docx)
    count = math.ceil(estimate)
    used = estimate - (count - 1)
    return Spill(count, used) if count >= 2 and used < SPILL else None


def expected(cv: CV, selection: Selection) -> check.Expected:
    """What the résumé of ``selection`` must show: its bullets in the order it prints them, and the
    owner's contact details."""
    return check.Expected(
        bullets=[render.printed(bullet.text) for role in selection.roles for bullet in role.printed],
        name=cv.contact.name,
        # A CV without an email address or phone gives a résumé without them: nothing to look for.
        email=cv.contact.email or None,
        phone=cv.contact.phone or None,
    )
