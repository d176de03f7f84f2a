"""Where the bundled CV, templates and example postings live, and how tailor's HTML pages are read.

A normal install ships ``cv_data/``, ``templates/`` and ``examples/`` inside the
package as ``tailor/_bundled/…`` (see ``pyproject.toml``); an editable install or
a source checkout reads them from the repository root. Both are tried, in that order.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_bundled", _PACKAGE.parent)


def bundled(name: str) -> Path:
    """The bundled folder ``name`` (``cv_data``, ``templates`` or ``examples``)."""
    for root in _CANDIDATES:
        if (root / name).is_dir():
            return root / name
    raise FileNotFoundError(f"tailor's bundled {name}/ folder is missing; reinstall tailor")


def default_cv() -> Path:
    """The bundled example CV (``cv=example``)."""
    return bundled("cv_data") / "cv.yaml"


def page_template(template: Path) -> jinja2.Template:
    """The Jinja template at ``template`` of an HTML page tailor writes (the report, the batch overview): every value
    escaped, since titles, companies and CV text are untrusted (a posting may well hold "<script>"), and a variable
    the page lacks an error."""
    return _page_environment(template.parent).get_template(template.name)


@cache
def _page_environment(folder: Path) -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
