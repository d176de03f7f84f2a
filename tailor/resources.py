"""Where the bundled CV, templates and example postings live.

A normal install ships ``cv_data/``, ``templates/`` and ``examples/`` inside the
package as ``tailor/_bundled/…`` (see ``pyproject.toml``); an editable install or
a source checkout reads them from the repository root. Both are tried, in that order.
"""

from __future__ import annotations

from pathlib import Path

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
