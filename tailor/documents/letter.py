"""A cover letter's files: the .docx of the texts chosen for the posting, on one page, its PDF, and a read-back.

:func:`make` is the letter's rendering step, as :func:`tailor.documents.make` is the
résumé's: it fills a letter template (:func:`build_context`) with the texts
:func:`tailor.letter.choose` kept, leaves out the least relevant body paragraph
while the letter runs over one page (measured in its PDF with LibreOffice, else
estimated: :mod:`tailor.documents.pagefit`'s measurers), makes the PDF, and reads
both back the way an applicant tracking system would, expecting every printed text
in order with its slots filled (:mod:`tailor.documents.check`). It returns bytes;
writing them is the pipeline's job.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tailor.cv import markup, slots
from tailor.documents import check, pagefit, pdf, render
from tailor.errors import TailorError
from tailor.letter import LetterChoice, Part

if TYPE_CHECKING:
    from tailor.cv.model import CV
    from tailor.outputs import Kind

PAGES = 1
"""A cover letter fits on one page."""


@dataclass(frozen=True)
class LetterFit:
    """How the letter was brought onto its page."""

    measured_by: Literal["pdf", "estimate"]
    measured_pages: float
    dropped: tuple[str, ...]
    """Ids of the body paragraphs left out for it, in the order they went."""


@dataclass(frozen=True)
class LetterDocuments:
    """A letter's files as bytes, and what making them found."""

    choice: LetterChoice
    """The letter the .docx shows: the choice, less what fitting the page left out."""
    docx: bytes
    pdf: bytes | None
    fit: LetterFit
    check: check.Report
    warnings: list[str] = field(default_factory=list)
    """Something asked for could not be done (no PDF without LibreOffice); the .docx is still good."""
    notes: list[str] = field(default_factory=list)

    def files(self, *, alone: bool = False) -> dict[Kind, bytes]:
        """What to write, by kind of output (:mod:`tailor.outputs`): beside a résumé, the ``letter`` and
        ``letter_pdf``; ``alone`` (``tailor letter``), the main document and its ``pdf``."""
        docx_kind: Kind = "resume" if alone else "letter"
        pdf_kind: Kind = "pdf" if alone else "letter_pdf"
        return {docx_kind: self.docx, **({pdf_kind: self.pdf} if self.pdf is not None else {})}


def build_context(cv: CV, choice: LetterChoice, today: dt.date) -> dict[str, Any]:
    """The variables of a letter template (documented in ``templates/README.md``): the résumé's header
    (``name``, ``contact``, ``contact_line``, ``headline``), the posting's details that fill the slots
    (``""`` where it names none), and the chosen texts, plain and as Word runs (``…_rich``). Pure."""
    from tailor.select import Selection

    # The header is the résumé's, word for word and item for item: one application, one look.
    header = render.build_context(cv, Selection(roles=[], publications=[], skills=[], choices=[]), today)
    values = choice.values
    greeting, sign_off = choice.one("greeting"), choice.one("sign_off")
    paragraphs = [p for p in choice.printed if p.kind in ("opening", "paragraph", "closing")]
    return {
        **{k: header[k] for k in ("name", "headline", "contact", "contact_line", "today")},
        "date": values.get("date", ""),
        **{name: values.get(name, "") for name in ("company", "title", "hiring_manager", "team")},
        "greeting": _plain(greeting, values),
        "greeting_rich": _rich(greeting, values),
        "paragraphs": [_plain(p, values) for p in paragraphs],
        "paragraphs_rich": [_rich(p, values) for p in paragraphs],
        "sign_off": _plain(sign_off, values),
        "sign_off_rich": _rich(sign_off, values),
    }


def _plain(part: Part | None, values: dict[str, str]) -> str:
    return part.plain(values) if part is not None else ""


def _rich(part: Part | None, values: dict[str, str]) -> Any:
    """The part as Word runs: its emphasis read from the owner's text first, then the slots filled in
    each run, so that a value the posting gives (``A*Star``) is never read as emphasis."""
    runs = render.rich_text("")
    if part is None:
        return runs
    for span in markup.spans(part.text):
        runs.add(slots.fill(span.text, values), bold=span.bold, italic=span.italic)
    return runs


def make(
    cv: CV,
    choice: LetterChoice,
    template: Path,
    *,
    today: dt.date,
    title: str,
    want_pdf: bool,
    paper: render.Paper | None = None,
) -> LetterDocuments:
    """Render ``choice`` into ``template`` (on ``paper`` if given), on one page (leaving out the least
    relevant body paragraphs, pinned ones and the last one aside), convert it to PDF if ``want_pdf``,
    and check what an ATS would read from both.

    Raises:
        TailorError: the letter runs over a page even with one body paragraph.
    """

    def render_choice(letter: LetterChoice) -> bytes:
        return render.render_docx(template, build_context(cv, letter, today), title=title, paper=paper)

    warnings: list[str] = list(choice.lacking)
    notes: list[str] = []
    measure = pagefit.measurer()
    try:
        fitted, docx, measured, pages = _fit(choice, render_choice, measure)
    except pdf.ConversionFailed as exc:
        # A LibreOffice that cannot convert should not cost the user the letter.
        warnings.append(f"The letter's page was estimated instead of measured: {exc}")
        measure = pagefit.EstimateMeasurer()
        fitted, docx, measured, pages = _fit(choice, render_choice, measure)
    if measure.method == "estimate":
        notes.append(
            "The letter's length was estimated from line lengths, as LibreOffice is not installed; "
            "install LibreOffice to measure it in its PDF."
        )
    pdf_data = None
    if want_pdf:
        try:
            converted = measured if measured is not None else pdf.convert([docx])[0]
            pdf_data = pdf.set_metadata(converted, author=cv.contact.name, title=title, day=today)
        except (pdf.LibreOfficeMissing, pdf.ConversionFailed) as exc:
            warnings.append(f"No PDF of the letter was written. {exc}")
        else:
            warnings += pdf.unshown_warning(docx)
    dropped = tuple(p.id for p in fitted.skipped if p.reason == "page fit")
    report = check.check(docx, expected(cv, fitted), pdf=pdf_data)
    return LetterDocuments(fitted, docx, pdf_data, LetterFit(measure.method, pages, dropped), report, warnings, notes)


def _fit(
    choice: LetterChoice, render_choice: Any, measure: pagefit.Measurer
) -> tuple[LetterChoice, bytes, bytes | None, float]:
    """The letter with the fewest body paragraphs left out that fits :data:`PAGES`, its .docx, its PDF
    (when measured through one) and its pages."""
    order = sorted(
        (p for p in choice.body if p.reason != "pinned"),
        key=lambda p: (p.score, -choice.parts.index(p)),
    )[: max(0, len(choice.body) - 1)]  # a letter keeps one body paragraph
    candidates = [choice]
    for part in order:
        candidates.append(candidates[-1].without(part.id))
    documents = [render_choice(candidates[0])]
    results = measure.measure(documents)  # most letters fit as chosen: one conversion
    if results[0].pages > PAGES and len(candidates) > 1:
        documents += [render_choice(c) for c in candidates[1:]]
        results += measure.measure(documents[1:])  # the rest in one start of LibreOffice
    for letter, document, result in zip(candidates, documents, results, strict=False):
        if result.pages <= PAGES:
            return letter, document, result.pdf, result.pages
    raise TailorError(
        f"The letter does not fit on one page even with one body paragraph (it fills {results[-1].pages:.1f} "
        "pages): shorten the texts of the letter: block of your CV."
    )


def expected(cv: CV, choice: LetterChoice) -> check.Expected:
    """What the letter must show: every printed text in order, slots filled, and the owner's contact details."""
    return check.Expected(
        bullets=[p.plain(choice.values) for p in choice.printed],
        name=cv.contact.name,
        email=cv.contact.email or None,
        phone=cv.contact.phone or None,
        item="paragraph",
        headings=False,
    )


def sample() -> LetterChoice:
    """A letter with one text of every kind, every slot filled: what gives the variables their shape
    (:func:`tailor.documents.templates.provided`)."""
    values = {name: name for name in slots.SLOTS}
    kinds = ("greeting", "opening", "paragraph", "closing", "sign_off")
    return LetterChoice(values, {}, [Part(kind, kind, kind, 0.0, True, "") for kind in kinds], 1)
