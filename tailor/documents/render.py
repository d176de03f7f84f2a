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
  ``.docx`` bytes, with metadata that names the CV's owner and nothing else, and
  the same bytes for the same inputs on the same day.
* :func:`write_outputs` puts a résumé's files on disk all or none, each
  atomically, so an interrupted run or a full disk never leaves a half-written
  file, or half a set of files, behind.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate, RichText
from lxml import etree

from tailor.cv import markup
from tailor.cv.dates import DEFAULT_STYLE, DateStyle, has_passed, is_open, read
from tailor.cv.printable import printable
from tailor.documents import sanitize
from tailor.documents.dates import keep_dates_beside
from tailor.errors import TailorError
from tailor.files import WriteError, write_all

if TYPE_CHECKING:
    from tailor.cv.model import CV, Bullet, Credential, Education
    from tailor.select import SelectedRole, Selection

CONTACT_SEPARATOR = "\u00a0\u00a0·  "
"""Between the items of the contact line: the line may break after the "·", never before it, so a
separator ends a line as a comma does and no line opens with a stray "·"."""
_NO_BREAK = str.maketrans({" ": "\u00a0"})
"""Inside one item of the contact line ("Austin, TX", "+1 555 0134") and inside dates, spaces do not break."""


def _variables_doc() -> Path:
    """Where the template variables are documented: shipped with tailor, so a pip install has it too
    (:func:`tailor.documents.templates.variables_guide`, which imports this module: not called, to keep no cycle)."""
    from tailor import resources

    return resources.bundled("templates") / "README.md"


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


def _span(start: str | None, end: str | None, style: DateStyle) -> dict[str, str]:
    """``start``, ``end`` (``""`` while it goes on) and ``dates``, as ``style`` prints them, each
    unbroken: with no-break spaces, so that a long entry line moves its dates whole to the next
    line rather than leave "2023 –" at the end of one and "2025" on the next."""
    return {
        "start": _unbroken(style.date(start) if start else ""),
        "end": "" if is_open(end) else _unbroken(style.date(end)),
        "dates": _unbroken(style.span(start, end)),
    }


def _unbroken(text: str) -> str:
    return text.translate(_NO_BREAK)


UNBROKEN_PLACE = 32
"""The longest place of a role or degree printed unbroken ("La Jolla, CA", "Milton Keynes, United Kingdom"): a line
that must break breaks before it, not between a town and its state; a longer one ("Remote, within the United States
and Canada") breaks as text does."""


def _place(location: str | None) -> str:
    """A role's or degree's place as the résumé prints it: unbroken when short (:data:`UNBROKEN_PLACE`)."""
    location = location or ""
    return _unbroken(location) if len(location) <= UNBROKEN_PLACE else location


def _roles(roles: Sequence[SelectedRole], style: DateStyle) -> list[dict[str, Any]]:
    """The roles of the selection (in sections: :func:`tailor.select.in_sections`), each with its section."""
    sections = _sections([role.entry.section for role in roles])
    return [{**_role(role, style), **section} for role, section in zip(roles, sections, strict=True)]


def _sections(names: Sequence[str | None]) -> list[dict[str, Any]]:
    """For entries printed in this order, each one's section of its own (``""`` for none) and whether it begins
    there (the entry above is of another section), so that a template prints the section's heading over it."""
    return [
        {"section": name or "", "section_start": bool(name) and (n == 0 or names[n - 1] != name)}
        for n, name in enumerate(names)
    ]


def _role(role: SelectedRole, style: DateStyle) -> dict[str, Any]:
    """One role of the selection, its bullets in the order the résumé prints them (grouped by qualifier)."""
    entry = role.entry
    groups = [{"qualifier": g.qualifier, "bullets": [_bullet(b) for b in g.bullets]} for g in role.groups]
    items = [item for group in groups for item in group["bullets"]]
    return {
        "employer": entry.employer or "",
        "role": entry.role or "",
        "title": ""
        if entry.employer and _titled_steps(entry.role or "", [g.qualifier for g in role.groups])
        else entry.role or "",
        "location": _place(entry.location),
        **_span(entry.start, entry.end, style),
        "bullets": [item["text"] for item in items],
        "bullet_items": items,
        "groups": groups,
    }


STEPS = " » "
"""Between the titles of a role progression ("Clinical Pharmacist » Clinical Pharmacist Specialist")."""


def _titled_steps(role: str, qualifiers: Sequence[str]) -> bool:
    """Whether ``role`` is a progression each of whose titles heads a group of the printed bullets: a qualifier that
    is the title, alone or before its details ("Clinical Pharmacist Specialist, Jul 2019 – Present"). Then each
    title prints once, over its own bullets, and the role line would only repeat them all."""
    steps = role.split(STEPS)
    return len(steps) > 1 and all(any(_heads(step, q) for q in qualifiers) for step in steps)


_AFTER_TITLE = re.compile(r"\s*(?:$|[,;(|·–—-])")
"""What may follow a title that heads a qualifier: nothing, or its details after a comma, a bracket or a dash; not
more words of a longer title ("Engineer" does not head "Engineer II")."""


def _heads(title: str, qualifier: str) -> bool:
    return bool(title) and qualifier.startswith(title) and bool(_AFTER_TITLE.match(qualifier, len(title)))


def _education(entry: Education, style: DateStyle) -> dict[str, Any]:
    return {
        "degree": entry.degree,
        "institution": entry.institution,
        "location": _place(entry.location),
        **_span(entry.start, entry.end, style),
        "grade": entry.grade or "",
        "grade_label": entry.grade_label,
        "details": [printed(d) for d in entry.details],
        "details_rich": [rich_text(d) for d in entry.details],
    }


def _credential(entry: Credential, style: DateStyle, today: date) -> dict[str, str | bool]:
    """A certificate or award, its dates unbroken, as a role's are (a long name would leave "Feb" at the end of a
    line and "2019" on the next); ``expires`` (printed as a date) and ``expired`` (passed by ``today``) are a
    certificate's, blank and false for an award, so that one loop of a template can print both."""
    expires = entry.runs_out
    return {
        "name": entry.name,
        "issuer": entry.issuer or "",
        "date": _unbroken(style.date(entry.date) if entry.date else ""),
        "expires": _unbroken(style.date(expires) if expires else ""),
        "expired": has_passed(expires, today),
    }


def build_context(
    cv: CV,
    selection: Selection,
    today: date,
    *,
    headline: str | None = None,
    summary: str | None = None,
    dates: DateStyle = DEFAULT_STYLE,
) -> dict[str, Any]:
    """The template variables for ``cv`` as tailored by ``selection``, dated ``today``.

    ``headline`` and ``summary`` are the ones of the CV's chosen for the posting (by
    default its first); ``dates`` says how dates print (a template can change it,
    :func:`date_style`). Pure: the same inputs always give the same dict. Optional CV
    fields become ``""`` (never ``None``) so that a template can test them with
    ``{% if x %}`` and print them without a ``None`` slipping into the résumé. Every text
    is as :func:`tailor.cv.printable.printable` lets a page show it.
    """
    headline = headline if headline is not None else (cv.headline[0].text if cv.headline else "")
    summary = summary if summary is not None else (cv.summary[0].text if cv.summary else "")
    return _printable(_context(cv, selection, today, headline, summary, dates))


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value  # RichText: made of printable text already


def _when(year: str | None, dates: DateStyle) -> str:
    """A publication's date as the résumé prints every date (``dates``: "October 2023" and "2023-10" as a role's
    "Oct 2023"), and words that are no date as written ("in press", "forthcoming"); "" for none."""
    if not year:
        return ""
    return dates.date(year) if read(year) is not None else year


def _context(
    cv: CV, selection: Selection, today: date, headline: str, summary: str, dates: DateStyle
) -> dict[str, Any]:
    contact = cv.contact
    languages = [{"name": lang.name, "fluency": lang.fluency or ""} for lang in cv.languages]
    summary = selection.summary_printed(summary)  # without the paragraphs page fitting left out
    return {
        "name": contact.name,
        "headline": headline,
        "summary": printed(summary),
        "summary_rich": rich_text(summary),
        "contact": {
            "email": contact.email or "",
            "phone": contact.phone or "",
            "website": contact.website or "",
            "location": contact.location or "",
            "nationality": contact.nationality or "",
            "profiles": list(contact.profiles),
        },
        "contact_line": CONTACT_SEPARATOR.join(part.translate(_NO_BREAK) for part in contact.details),
        "experience": _roles(selection.roles, dates),
        "experience_heading": any(role.entry.section is None for role in selection.roles),
        "education": [_education(entry, dates) for entry in selection.education(cv)],
        "education_first": selection.education_first,
        "publications": [
            {
                "year": _when(p.year, dates),
                "title": printed(p.title),
                "title_rich": rich_text(p.title),
                "venue": p.venue or "",
                **section,
            }
            for p, section in zip(
                selection.publications, _sections([p.section for p in selection.publications]), strict=True
            )
        ],
        "publications_heading": any(p.section is None for p in selection.publications),
        "publications_link": cv.publications_link or "",
        "skills": list(selection.skills),
        "skills_line": ", ".join(selection.skills),
        "skill_groups": _skill_groups(cv, selection.skills),
        "languages": languages,
        "languages_line": ", ".join(_language_said(lang["name"], lang["fluency"]) for lang in languages),
        "interests": list(cv.interests) if selection.interests else [],
        "interests_line": ", ".join(cv.interests) if selection.interests else "",
        "certificates": [_credential(c, dates, today) for c in selection.certificates(cv)],
        "awards": [_credential(a, dates, today) for a in selection.awards(cv)],
        "present": dates.present,
        "today": today.isoformat(),
    }


def _language_said(name: str, fluency: str) -> str:
    """A language with its fluency in brackets after it ("English (native)"), inside the brackets of its own name
    where it has them ("Japanese (日本語, conversational)"), as a résumé writes it: not two brackets in a row."""
    if not fluency:
        return name
    if name.endswith(")") and name.count("(") == 1:
        return f"{name[:-1]}, {fluency})"
    return f"{name} ({fluency})"


def _skill_groups(cv: CV, skills: list[str]) -> list[dict[str, Any]]:
    """The chosen ``skills`` a line per group (:meth:`CV.skill_lines`); none, so that the skills print as one line as
    they do in a CV without groups, where no chosen skill has a group."""
    lines = cv.skill_lines(skills)
    if not any(group for group, _ in lines):
        return []
    return [{"name": group or "", "skills": names, "line": ", ".join(names)} for group, names in lines]


def template_problem(template: Path, problem: str, fix: str = "") -> TailorError:
    """The error for a template that cannot be used: what is wrong, and how to fix it."""
    fix = fix or (
        f"Fix the tag in Word, keeping each {{{{ … }}}} or {{% … %}} tag inside one run of same-formatted "
        f"text and using only the variables documented in {_variables_doc()}"
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


PAPERS = {"a4": (11906, 16838), "letter": (12240, 15840)}
"""Paper sizes by name, width and height in twentieths of a point (Word's unit): A4, and US Letter."""
Paper = Literal["a4", "letter"]


def _set_paper(document: DocxTemplate, paper: Paper) -> None:
    """Lay every section of ``document`` out on ``paper``, its text as wide as the template made it: the
    margins take up the difference in width, so that the right tab stop holding the dates still stands at
    the right margin."""
    from docx.shared import Twips

    width, height = (Twips(n) for n in PAPERS[paper])
    for section in document.docx.sections:
        if section.page_width is None or section.left_margin is None or section.right_margin is None:
            continue
        side = (width - section.page_width) // 2
        section.left_margin = Twips(max(0, round((section.left_margin + side) / 635)))
        section.right_margin = Twips(max(0, round((section.right_margin + width - section.page_width - side) / 635)))
        section.page_width, section.page_height = width, height


def render_docx(template: Path, context: dict[str, Any], *, title: str = "", paper: Paper | None = None) -> bytes:
    """Fill ``template`` with ``context`` and return the ``.docx`` file's bytes.

    Values are XML-escaped (docxtpl's default is not to, and one ``&`` would
    corrupt the document), and a variable the template uses but the context
    lacks is an error rather than a silent blank. The document's metadata is
    reset: author and last editor are ``context["name"]``, the title is ``title``,
    both dates are ``context["today"]`` at midnight UTC (so a given day's output
    is reproducible), and anything else the template carried is cleared, as are
    its tracked changes, comments and hidden text (:mod:`tailor.documents.sanitize`).

    With ``paper`` (``a4``, ``letter``) the pages are that size, the text as wide as the template
    made it; without, the template's own.

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

    keep_dates_beside(document.docx)
    if paper is not None:
        _set_paper(document, paper)
    day = date.fromisoformat(context["today"])
    _set_metadata(document, author=context["name"], title=title, day=day)
    buffer = io.BytesIO()
    document.save(buffer)
    return stamped(buffer.getvalue(), day)


def stamped(package: bytes, day: date) -> bytes:
    """``package`` with every zip entry dated ``day`` at midnight instead of the clock's time.

    python-docx stamps each part with the second it was written, so two builds of the
    same inputs a second apart would differ byte for byte (and in the manifest's hash;
    ``templates/make_templates.py`` stamps the bundled templates the same way).
    """
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = entry.compress_type
            info.external_attr = entry.external_attr
            target.writestr(info, source.read(entry))
    return out.getvalue()


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


def write_output(path: Path, data: bytes, *, force: bool) -> Path:
    """Write ``data`` to ``path`` atomically and return ``path``: :func:`write_outputs` of one file."""
    return write_outputs({path: data}, force=force)[0]


def write_outputs(files: Mapping[Path, bytes], *, force: bool) -> list[Path]:
    """Write every file of ``files`` (path → bytes), or none of them; return the paths.

    Each file's bytes go to a hidden temporary file in its folder and are flushed to
    disk; only when every file is staged is each renamed over its path, in one step,
    in the order given (a résumé's manifest goes last: :mod:`tailor.batch` reads it as
    "finished"). So a failure while staging (a read-only folder, a full disk, Ctrl-C)
    removes the temporary files and leaves every path as it was, and two processes
    writing the same path leave one complete file, never a mix. A rename in a folder
    where the file was just made does not fail for want of space or permission; if one
    fails all the same, the files already renamed are removed too: never a half set.

    Raises :class:`TailorError` if a path exists and ``force`` is false, is a folder,
    its folder does not exist, or a file cannot be written.
    """
    for path in files:
        _writable(path, force)
    try:
        write_all(files)
    except WriteError as exc:
        raise TailorError(
            f"Cannot write {exc.path}: {exc.strerror}; nothing was written. Check that the folder is "
            "writable and the disk has room, or write elsewhere."
        ) from exc
    return list(files)


def _writable(path: Path, force: bool) -> None:
    if path.is_dir():
        raise TailorError(f"{path} is a folder; give a file name ending in .docx with {{output}}.", output="output=…")
    if path.exists() and not force:
        raise TailorError(
            f"{path} already exists; pass {{force}} to replace it, or {{output}} to write elsewhere.",
            force="force=True",
            output="output=…",
        )
    if not path.parent.is_dir():
        raise TailorError(
            f"Cannot write {path}: the folder {path.parent} does not exist; create it, or pass {{output}} to write "
            "elsewhere.",
            output="output=…",
        )
