"""The bundled Word templates, choosing one by name or path, and checking a template's tags before use.

There are two kinds: résumés, and the cover letters that go with them (each bundled
letter shares its résumé's design and name, so ``--template compact`` pairs with the
compact letter).

A template that uses a variable tailor does not provide would otherwise fail
only when rendering reaches that tag, or never, when the tag sits in a section
that happens to be empty (``{% for p in publications %}`` with no publications).
:func:`validate` reads every tag of the template instead, and names every
unknown variable at once, with the ones it could have meant.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tailor import resources
from tailor.cv.dates import DEFAULT_STYLE, DateStyle
from tailor.errors import TailorError

Shape = dict[str, "Shape"] | list["Shape"] | None
"""What a template variable holds: a dict of named fields, a list of items, or a plain value (None)."""
Kind = Literal["resume", "letter"]
"""What a template makes: a résumé or a cover letter."""


@dataclass(frozen=True)
class Template:
    name: str
    """The bundled template's name, or the file name of a user's own."""
    description: str
    path: Path
    bundled: bool
    kind: Kind = "resume"


_BUNDLED: tuple[tuple[str, str, str, Kind], ...] = (
    (
        "classic",
        "default.docx",
        "The default. 10.5 pt Calibri with generous spacing: roles, dates and locations on their own lines.",
        "resume",
    ),
    (
        "compact",
        "compact.docx",
        "Dense, for one-page résumés: 9–9.5 pt, narrow margins, location on the role line, "
        "skills, languages and interests under one heading.",
        "resume",
    ),
    (
        "classic",
        "letter-classic.docx",
        "The classic résumé's letter: its header, the date and whom it goes to on lines of their own, 10.5 pt.",
        "letter",
    ),
    (
        "compact",
        "letter-compact.docx",
        "The compact résumé's letter: its header, the company and the date on one line, 9.5 pt.",
        "letter",
    ),
)
ALIASES = {"default": "classic"}
"""``default`` is what the classic template's file is called."""


def bundled(kind: Kind = "resume") -> list[Template]:
    """Every bundled template of ``kind``, the default first."""
    folder = resources.bundled("templates")
    return [Template(name, text, folder / file, True, k) for name, file, text, k in _BUNDLED if k == kind]


def letter_for(resume: Path) -> str | None:
    """The letter template that goes with the résumé template at ``resume``: the bundled letter of a
    bundled résumé's design; the default letter for a user's own résumé template."""
    matching = {t.path: t.name for t in bundled()}
    return matching.get(resume)


def copy(name: str, destination: str | Path | None = None, *, force: bool = False) -> Path:
    """Write the bundled template ``name`` to ``destination`` (a file, or a folder to put
    ``<name>.docx`` in; default: ``<name>.docx`` here), to edit into one's own; the path written.

    Raises:
        TailorError: ``name`` is not a bundled template, or the file exists and not ``force``.
    """
    from tailor.documents.render import write_output

    template = resolve(name, _kind_of_name(name))
    if not template.bundled:
        raise TailorError(
            f"{name!r} is not a bundled template; the bundled ones are {', '.join(t.name for t in bundled())}."
        )
    file = template.path.name if template.kind == "letter" else f"{template.name}.docx"
    target = Path(destination) if destination is not None else Path(file)
    if target.is_dir():
        target = target / file
    if target.exists() and not force:
        message = f"{target} already exists; pass {{force}} to replace it, or another path."
        raise TailorError(message, force="force=True")
    return write_output(target, template.path.read_bytes(), force=True)


def paper_for(asked: str | None, template: Path, location: str | None) -> str | None:
    """The paper a résumé or letter on ``template`` goes on: the one ``asked`` for; without one, US Letter for a
    bundled template (laid out on A4) where the CV's ``location`` prints on Letter
    (:func:`tailor.places.prints_on_letter`: the United States, Canada …), else None, the template's own. A
    user's own template keeps its paper."""
    from tailor.places import prints_on_letter

    if asked is not None:
        return asked
    is_bundled = any(t.path == template for t in (*bundled("resume"), *bundled("letter")))
    return "letter" if is_bundled and location and prints_on_letter(location) else None


def variables_guide() -> Path:
    """The guide to the templates' variables (``templates/README.md``), as installed."""
    return resources.bundled("templates") / "README.md"


def _kind_of_name(name: str) -> Kind:
    """``letter-compact`` (a bundled letter's file name, without .docx) names a letter; other names a résumé."""
    return "letter" if name.lower().startswith("letter-") else "resume"


def resolve(choice: str | Path | None, kind: Kind = "resume") -> Template:
    """The template ``choice`` names: None for the default, a bundled name, or the path of a .docx.

    A bare word with no suffix and no folder is a bundled name (of a template of ``kind``, or
    ``letter-<name>`` for a letter's); anything else is a path.
    """
    if choice is not None and kind == "letter" and str(choice).lower().startswith("letter-") and "." not in str(choice):
        choice = str(choice)[len("letter-") :]
    templates = {t.name: t for t in bundled(kind)}
    if choice is None:
        return templates["classic"]
    text = str(choice)
    path = Path(text)
    if not path.suffix and len(path.parts) == 1:
        name = ALIASES.get(text.lower(), text.lower())
        if name in templates:
            return templates[name]
        if not path.exists():
            raise TailorError(
                f"There is no bundled template called {text!r}; the bundled ones are "
                f"{', '.join(templates)} (`tailor templates` describes them). For your own, give the path "
                "of its .docx file."
            )
    by_file = {t.path.name: t for k in ("resume", "letter") for t in bundled(k)}
    if not path.is_file() and len(path.parts) == 1 and path.name in by_file:
        return by_file[path.name]  # "--template compact.docx": the bundled file, by its file name
    if not path.is_file():
        raise TailorError(
            f"The template {path} does not exist; check the path given to {{template}}, or use a bundled one "
            f"({', '.join(templates)}).",
            template="template",
        )
    return Template(path.name, "your own template", path, False, kind)


@functools.lru_cache(maxsize=2)
def provided(kind: Kind = "resume") -> dict[str, Shape]:
    """Every variable tailor gives a template of ``kind``, with the fields of its dicts and list items.

    Derived from :func:`tailor.documents.render.build_context` (a letter's:
    :func:`tailor.documents.letter.build_context`) applied to the bundled CV with everything
    selected, so it cannot drift from what templates really receive.
    """
    from tailor.cv import load_cv
    from tailor.cv.model import Credential
    from tailor.documents.render import build_context
    from tailor.select import SelectedRole, Selection

    # The bundled CV holds no certificates or awards, nor groups of skills: one of each gives their fields a shape.
    one = [Credential(name="A", issuer="B", date="2000")]
    cv = load_cv(resources.default_cv())
    grouped = [s.model_copy(update={"group": "A"}) for s in cv.skills]
    cv = cv.model_copy(update={"certificates": one, "awards": one, "skills": grouped})
    if kind == "letter":
        from tailor.documents import letter

        shape = _shape(letter.build_context(cv, letter.sample(), dt.date(2000, 1, 1)))
    else:
        everything = Selection(
            roles=[SelectedRole(e, list(e.bullets)) for e in cv.experience],
            publications=list(cv.publications),
            skills=cv.skill_names,
            choices=[],
        )
        shape = _shape(build_context(cv, everything, dt.date(2000, 1, 1)))
    assert isinstance(shape, dict)
    return shape


def _shape(value: Any) -> Shape:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        merged: Shape = None
        for item in value:
            merged = _merge(merged, _shape(item))
        return [merged]
    return None


def _merge(a: Shape, b: Shape) -> Shape:
    if isinstance(a, dict) and isinstance(b, dict):
        return {k: _merge(a.get(k), b.get(k)) for k in a | b}
    return a if a is not None else b


def usable(template: str | Path | None, kind: Kind = "resume") -> Path:
    """The path of ``template`` (as :func:`resolve` takes it). A user's own template is
    checked by :func:`validate` first; the bundled ones are checked by tailor's tests."""
    chosen = resolve(template, kind)
    if not chosen.bundled:
        validate(chosen.path, kind)
    return chosen.path


def validate(template: Path, kind: Kind = "resume") -> None:
    """Raise :class:`TailorError` naming every variable ``template`` uses that tailor does not provide.

    Checks top-level names (``{{ nmae }}``) and the fields of tailor's dicts and of
    the items of its lists, through ``for`` loops (``{{ role.rolle }}``).
    """
    from tailor.documents.render import load_template, template_problem
    from tailor.documents.tags import unknown_variables

    document = load_template(template)
    unknown = unknown_variables(document, provided(kind), template)
    if unknown:
        described = "; ".join(_describe(name, fields) for name, fields in unknown)
        raise template_problem(
            template,
            f"it uses {'a variable' if len(unknown) == 1 else 'variables'} tailor does not provide: {described}",
        )


def _describe(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name.rsplit(".", 1)[-1], known, n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    return f"{name} ({hint}known here: {', '.join(sorted(known))})"


US_DAY_FORMAT = "MMMM D, YYYY"
"""How a letter on US Letter paper is dated where its template does not say: "December 1, 2026", as readers
there write it; elsewhere "1 December 2026" (:class:`tailor.cv.dates.DateStyle`)."""


def date_style(template: Path, paper: str | None = None) -> DateStyle:
    """How ``template`` wants dates printed: the defaults (a day as :data:`US_DAY_FORMAT` on ``paper``
    ``letter``), changed by any of these tags, each in a
    paragraph of its own outside loops and conditions (templates/README.md, "Dates")::

        {%p set present = "heute" %}
        {%p set months = ["Jan", "Feb", "März", …, "Dez"] %}
        {%p set date_format = "MM/YYYY" %}
        {%p set month_names = ["Januar", "Februar", …, "Dezember"] %}
        {%p set day_format = "D. MMMM YYYY" %}

    The last two date a letter (``{{ date }}``).

    Raises :class:`TailorError` if one of them is not what it must be.
    """
    from tailor.documents.render import load_template, template_problem
    from tailor.documents.tags import constants

    found = constants(load_template(template), template)
    present = found.get("present", DEFAULT_STYLE.present)
    months = found.get("months", DEFAULT_STYLE.months)
    names = found.get("month_names", DEFAULT_STYLE.month_names)
    layout = found.get("date_format", DEFAULT_STYLE.format)
    day_layout = found.get("day_format", US_DAY_FORMAT if paper == "letter" else DEFAULT_STYLE.day_format)
    if not isinstance(present, str):
        raise template_problem(template, 'present must be text, such as "Present"')
    for name, value in (("months", months), ("month_names", names)):
        if not (isinstance(value, list | tuple) and len(value) == 12 and all(isinstance(m, str) for m in value)):
            raise template_problem(template, f"{name} must be a list of the twelve month names, January first")
    if not (isinstance(layout, str) and "YYYY" in layout and "MM" in layout):
        raise template_problem(template, 'date_format must be text with YYYY and MMM or MM, such as "MMM YYYY"')
    if not (isinstance(day_layout, str) and "YYYY" in day_layout and "MM" in day_layout and "D" in day_layout):
        raise template_problem(
            template, 'day_format must be text with D or DD, MMMM, MMM or MM, and YYYY, such as "D MMMM YYYY"'
        )
    return DateStyle(
        present=present, months=tuple(months), format=layout, month_names=tuple(names), day_format=day_layout
    )
