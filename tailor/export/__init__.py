"""The tailored CV in the formats other tools read: JSON Resume, RenderCV's YAML, Markdown.

An export holds exactly what the résumé prints, in its order: every role with the
bullets kept (as the résumé groups them), the publications and skills kept, the
headline and summary chosen for the posting, and the rest of the CV as the résumé
shows it. Every text is the CV's own, as written, its ``*italic*`` and ``**bold**``
kept as the Markdown all three formats read. Only the shape changes: dates a format
wants as ISO dates are written so where tailor reads them (:mod:`tailor.cv.dates`),
and a website without a scheme gets ``https://``. What a format has no place for is
left out and said in :attr:`Exported.notes`. Pure: a function of the tailored CV.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from tailor.export.tailored import Exported, Tailored, everything

Format = Literal["json-resume", "rendercv", "markdown"]
FORMATS: tuple[Format, ...] = ("json-resume", "rendercv", "markdown")
"""Every export, by the name ``--export`` takes (and the kind of output, :data:`tailor.outputs.SIBLINGS`)."""


def export(kind: Format, tailored: Tailored) -> Exported:
    """``tailored`` as the format ``kind``."""
    return _EXPORTERS[kind]()(tailored)


def _json_resume() -> Callable[[Tailored], Exported]:
    from tailor.export import json_resume

    return json_resume.export


def _rendercv() -> Callable[[Tailored], Exported]:
    from tailor.export import rendercv

    return rendercv.export


def _markdown() -> Callable[[Tailored], Exported]:
    from tailor.export import markdown

    return markdown.export


_EXPORTERS: dict[Format, Callable[[], Callable[[Tailored], Exported]]] = {
    "json-resume": _json_resume,
    "rendercv": _rendercv,
    "markdown": _markdown,
}


__all__ = ["FORMATS", "Exported", "Format", "Tailored", "everything", "export"]
