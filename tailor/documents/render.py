"""Fill a Word template with the selection, and write the résumé safely.

Three steps, each usable on its own:

* :func:`build_context` turns the CV and the selection into the plain dict of
  strings and lists that a template sees (documented in ``templates/README.md``).
  It is pure and copies every value verbatim: tailor never writes a word of the
  résumé itself, it only chooses and orders the CV's own words. Texts that may
  carry emphasis come twice: as plain text (:func:`printed`), and as Word runs
  (:func:`rich_text`). Characters a page cannot show are handled by the one rule
  of :mod:`tailor.cv.printable`, which the read-back check applies too.
* :func:`render_docx` fills a docxtpl template with that context and returns the
  ``.docx`` bytes, with metadata that names the CV's owner and nothing else.
* :func:`write_output` puts the bytes on disk atomically, so an interrupted run
  never leaves a half-written résumé behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate, RichText
from lxml import etree

from tailor.cv import markup
from tailor.cv.printable import printable
from tailor.documents import sanitize
from tailor.errors import TailorError

if TYPE_CHECKING:
    from tailor.cv.model import CV, Bullet, Education
    from tailor.select import SelectedRole, Selection

CONTACT_SEPARATOR = "  ·  "
"""Between the items of the contact line; wide, so each item reads as its own token."""

EN_DASH = "\u2013"
"""Between the start and end of a date range, as typeset résumés do."""

_VARIABLES_DOC = "templates/README.md"


def _dates(start: str | None, end: str | None) -> str:
    """Start and end joined by a spaced en dash; a trailing dash for an open-ended span; ``""`` if neither."""
    if start and end:
        return f"{start} {EN_DASH} {end}"
    if start:
        return f"{start} {EN_DASH}"
    return end or ""


def printed(text: str) -> str:
    """A CV text as the résumé prints it, read as plain text: :func:`tailor.cv.printable.printable`,
    then its emphasis markers taken out (:func:`tailor.cv.markup.plain`). What the check expects."""
    return markup.plain(printable(text))


def rich_text(text: str) -> RichText:
    """``text`` as Word runs for a ``{{r … }}`` tag: its ``*italic*`` and ``**bold**``
    (:mod:`tailor.cv.markup`) as run formatting, every other character as
    :func:`tailor.cv.printable.printable` lets a page show it.

    The runs carry only emphasis, so they take the rest of their look from the
    paragraph's style. docxtpl XML-escapes each run's text, and what it prints is
    never read as a tag again, so ``&``, ``<``, ``{{ }}`` and emoji print as written.
    (docxtpl would turn a form feed into a page break and ``\\a`` into a new paragraph:
    neither is left to reach it.)
    """
    runs = RichText()
    for span in markup.spans(printable(text)):
        runs.add(span.text, bold=span.bold, italic=span.italic)
    return runs


def _bullet(bullet: Bullet) -> dict[str, Any]:
    qualifier = bullet.role or ""
    return {
        "id": bullet.id,
        "text": printed(bullet.text),
        "rich": rich_text(bullet.text),
        "qualifier": qualifier,
        "role": qualifier,
    }


def _role(role: SelectedRole) -> dict[str, Any]:
    """One role of the selection, its bullets in the order the résumé prints them (grouped by qualifier)."""
    entry = role.entry
    groups = [{"qualifier": g.qualifier, "bullets": [_bullet(b) for b in g.bullets]} for g in role.groups]
    items = [item for group in groups for item in group["bullets"]]
    return {
        "employer": entry.employer,
        "role": entry.role,
        "location": entry.location or "",
        "start": entry.start,
        "end": entry.end or "",
        "dates": _dates(entry.start, entry.end),
        "bullets": [item["text"] for item in items],
        "bullet_items": items,
        "groups": groups,
    }


def _education(entry: Education) -> dict[str, Any]:
    return {
        "degree": entry.degree,
        "institution": entry.institution,
        "location": entry.location or "",
        "start": entry.start or "",
        "end": entry.end or "",
        "dates": _dates(entry.start, entry.end),
        "grade": entry.grade or "",
        "details": [printed(d) for d in entry.details],
        "details_rich": [rich_text(d) for d in entry.details],
    }


def build_context(cv: CV, selection: Selection, today: date) -> dict[str, Any]:
    """The template variables for ``cv`` as tailored by ``selection``, dated ``today``.

    Pure: the same inputs always give the same dict. Optional CV fields become
    ``""`` (never ``None``) so that a template can test them with ``{% if x %}``
    and print them without a ``None`` slipping into the résumé. Every text is as
    :func:`tailor.cv.printable.printable` lets a page show it.
    """
    return _printable(_context(cv, selection, today))


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value  # RichText: made of printable text already


def _context(cv: CV, selection: Selection, today: date) -> dict[str, Any]:
    contact = cv.contact
    contact_parts = [contact.email, contact.phone, contact.website, *contact.profiles, contact.location]
    languages = [{"name": lang.name, "fluency": lang.fluency or ""} for lang in cv.languages]
    return {
        "name": contact.name,
        "headline": cv.headline or "",
        "summary": printed(cv.summary or ""),
        "summary_rich": rich_text(cv.summary or ""),
        "contact": {
            "email": contact.email or "",
            "phone": contact.phone or "",
            "website": contact.website or "",
            "location": contact.location or "",
            "nationality": contact.nationality or "",
            "profiles": list(contact.profiles),
        },
        "contact_line": CONTACT_SEPARATOR.join(part for part in contact_parts if part),
        "experience": [_role(role) for role in selection.roles],
        "education": [_education(entry) for entry in cv.education],
        "publications": [{"year": p.year, "title": p.title, "venue": p.venue or ""} for p in selection.publications],
        "publications_link": cv.publications_link or "",
        "skills": list(selection.skills),
        "skills_line": ", ".join(selection.skills),
        "languages": languages,
        "languages_line": ", ".join(
            f"{lang['name']} ({lang['fluency']})" if lang["fluency"] else lang["name"] for lang in languages
        ),
        "interests": list(cv.interests),
        "interests_line": ", ".join(cv.interests),
        "today": today.isoformat(),
    }


def template_problem(template: Path, problem: str, fix: str = "") -> TailorError:
    """The error for a template that cannot be used: what is wrong, and how to fix it."""
    fix = fix or (
        f"Fix the tag in Word, keeping each {{{{ … }}}} or {{% … %}} tag inside one run of same-formatted "
        f"text and using only the variables documented in {_VARIABLES_DOC}"
    )
    return TailorError(
        f"The Word template {template} could not be used: {problem}. "
        f"{fix}; or leave out {{template}} to use the bundled default.",
        template="template",
    )


def _jinja_problem(exc: jinja2.TemplateError) -> str:
    if isinstance(exc, jinja2.UndefinedError):
        # jinja says "'not_provided' is undefined" or "'dict object' has no attribute 'x'".
        return f"it uses a variable tailor does not provide ({exc.message})"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"a template tag is malformed ({exc.message})"
    return f"a template tag failed ({exc})"


def load_template(template: Path) -> DocxTemplate:
    """``template`` opened for rendering, with its tracked changes accepted and its comments,
    hidden text and authoring metadata removed (:mod:`tailor.documents.sanitize`).

    Raises :class:`TailorError` if the file is missing or is not a Word document.
    """
    if not template.is_file():
        raise TailorError(
            f"The Word template {template} does not exist; check the path given to {{template}}, "
            "or leave it out to use the bundled default.",
            template="template",
        )
    document = DocxTemplate(str(template))
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise template_problem(
            template, "it is not a Word .docx document", "Save it from Word as a Word Document (.docx)"
        ) from exc
    # Before rendering, so that a tag in deleted or hidden text is never filled in.
    sanitize.clean(document.docx)
    return document


def render_docx(template: Path, context: dict[str, Any], *, title: str = "") -> bytes:
    """Fill ``template`` with ``context`` and return the ``.docx`` file's bytes.

    Values are XML-escaped (docxtpl's default is not to, and one ``&`` would
    corrupt the document), and a variable the template uses but the context
    lacks is an error rather than a silent blank. The document's metadata is
    reset: author and last editor are ``context["name"]``, the title is ``title``,
    both dates are ``context["today"]`` at midnight UTC (so a given day's output
    is reproducible), and anything else the template carried is cleared, as are
    its tracked changes, comments and hidden text (:mod:`tailor.documents.sanitize`).

    Raises :class:`TailorError` if the template is missing, is not a Word
    document, or has a tag that cannot be rendered.
    """
    document = load_template(template)
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    try:
        document.render(context, jinja_env=environment, autoescape=True)
    except jinja2.TemplateError as exc:
        raise template_problem(template, _jinja_problem(exc)) from exc
    except etree.XMLSyntaxError as exc:
        # docxtpl parses the rendered body leniently but headers and footers strictly, so a
        # tag there that opens in one paragraph and closes in another breaks the XML.
        raise template_problem(template, f"its tags produce a broken document ({exc})") from exc

    _set_metadata(document, author=context["name"], title=title, day=date.fromisoformat(context["today"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_metadata(document: DocxTemplate, *, author: str, title: str, day: date) -> None:
    # A résumé's metadata is read by recruiters' software too: it should name the
    # candidate, not the template's author or the library that built it.
    props = document.docx.core_properties
    for field in ("subject", "comments", "keywords", "category", "content_status", "identifier", "version"):
        setattr(props, field, "")
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.revision = 1
    midnight = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
    props.created = props.modified = midnight


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_output(path: Path, data: bytes, *, force: bool) -> Path:
    """Write ``data`` to ``path`` atomically and return ``path``.

    The bytes go to a hidden temporary file in the same folder, are flushed to
    disk, and then renamed over ``path`` in one step, so ``path`` is either
    untouched or complete, never partial. The temporary file is removed on any
    failure.

    Raises :class:`TailorError` if ``path`` exists and ``force`` is false, if its
    folder does not exist, or if the file cannot be written.
    """
    if path.is_dir():
        raise TailorError(f"{path} is a folder; give a file name ending in .docx with {{output}}.", output="output=…")
    if path.exists() and not force:
        raise TailorError(
            f"{path} already exists; pass {{force}} to replace it, or {{output}} to write elsewhere.",
            force="force=True",
            output="output=…",
        )
    folder = path.parent
    if not folder.is_dir():
        raise TailorError(
            f"Cannot write {path}: the folder {folder} does not exist; create it, or {{output}} to write elsewhere.",
            output="output=…",
        )

    temporary: str | None = None
    try:
        with tempfile.NamedTemporaryFile(delete=False, dir=folder, prefix="." + path.name, suffix=".tmp") as handle:
            temporary = handle.name
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file private (0600); give the résumé the permissions any
        # other new file of the user's gets.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException as exc:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        if isinstance(exc, OSError):
            raise TailorError(
                f"Cannot write {path}: {exc.strerror or exc}; check the folder's permissions and free space, "
                "or {output} to write elsewhere.",
                output="output=…",
            ) from exc
        raise
    return path
