"""How a résumé is made, besides the CV, the posting and the template: each option checked once.

:class:`ResumeOptions` is what ``build`` and ``batch`` are asked for (and ``match``
and ``rank`` judge coverage against), the cover letter beside the résumé included.
Its values are checked when it is made, so every step after that can trust them, and the manifest records them
(:meth:`ResumeOptions.recorded`) so that ``batch`` can tell when a résumé was made
with other options.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tailor.errors import TailorError, option_error
from tailor.export import FORMATS, Format

PAPERS = ("a4", "letter")
"""The paper sizes a résumé is laid out on (:data:`tailor.documents.render.PAPERS`)."""

if TYPE_CHECKING:
    from tailor.outputs import Sibling


@dataclass(frozen=True)
class ResumeOptions:
    max_bullets: int | None = None
    """How many experience bullets the résumé keeps at most; None: :func:`tailor.select.default_budget`."""
    pages: int | None = None
    """Fit the résumé on this many pages, leaving out the least relevant items; None: no limit."""
    pdf: bool = False
    """Also make a PDF, through LibreOffice."""
    report: bool = False
    """Also write the HTML report beside the résumé."""
    min_fit: float | None = None
    """Write nothing for a posting whose fit is below this (:func:`min_fit`); None: any fit."""
    letter: bool = False
    """Also write the cover letter (:mod:`tailor.letter`) beside the résumé (its PDF too, with :attr:`pdf`)."""
    letter_paragraphs: int | None = None
    """How many body paragraphs the letter keeps at most; None: :data:`tailor.letter.DEFAULT_PARAGRAPHS`."""
    exports: tuple[Format, ...] = ()
    """The tailored CV in these formats too (:data:`tailor.export.FORMATS`), each beside the résumé."""
    education_first: bool | None = None
    """Print education before experience (True) or after it (False); None: as
    :func:`tailor.select.education_first` judges the CV."""
    paper: str | None = None
    """The paper the résumé and letter are laid out on, ``a4`` or ``letter`` (US Letter); None: the template's."""

    def __post_init__(self) -> None:
        if self.max_bullets is not None and self.max_bullets < 1:
            raise option_error("max_bullets", f"must be at least 1, not {self.max_bullets}.")
        if self.pages is not None and self.pages < 1:
            raise option_error("pages", f"must be at least 1, not {self.pages}.")
        if self.letter_paragraphs is not None and self.letter_paragraphs < 1:
            raise option_error("letter_paragraphs", f"must be at least 1, not {self.letter_paragraphs}.")
        if self.paper is not None and self.paper not in PAPERS:
            raise option_error("paper", f"takes {' or '.join(PAPERS)}, not {self.paper!r}.")
        unknown = [kind for kind in self.exports if kind not in FORMATS]
        if unknown:
            raise option_error("export", f"takes {', '.join(FORMATS)}, not {', '.join(map(repr, unknown))}.")
        if len(set(self.exports)) < len(self.exports):
            raise option_error("export", "names a format twice.")
        if self.letter_paragraphs is not None and not self.letter:
            raise TailorError(
                "{letter_paragraphs} says how long the cover letter is: pass {letter} to write one.",
                letter_paragraphs="letter_paragraphs",
                letter="letter=True",
            )

    def siblings(self) -> list[Sibling]:
        """The files a build with these options writes beside the résumé."""
        return [
            "manifest",
            *(["report"] if self.report else []),
            *(["pdf"] if self.pdf else []),
            *(["letter"] if self.letter else []),
            *(["letter_pdf"] if self.letter and self.pdf else []),
            *self.exports,
        ]

    def recorded(self) -> dict[str, Any]:
        """The options that change the résumé (and its letter) itself, as its manifest records them."""
        return {
            **({"max_bullets": self.max_bullets} if self.max_bullets is not None else {}),
            **({"pages": self.pages} if self.pages else {}),
            **({"pdf": True} if self.pdf else {}),
            **({"letter": True} if self.letter else {}),
            **({"letter_paragraphs": self.letter_paragraphs} if self.letter_paragraphs is not None else {}),
            **({"export": sorted(self.exports)} if self.exports else {}),
            **({"education_first": self.education_first} if self.education_first is not None else {}),
            **({"paper": self.paper} if self.paper is not None else {}),
        }


def min_fit(value: str | float | None) -> float | None:
    """A minimum fit given as a number (0 … 1) or a label (``partial``, ``strong``: the lowest
    score of that label, :data:`tailor.rank.FIT_LABELS`)."""
    from tailor.rank import FIT_LABELS

    if value is None or isinstance(value, float | int):
        number = value
    else:
        lowest = {label: score for score, label in FIT_LABELS}
        text = str(value).strip().lower()
        if text in lowest:
            return lowest[text]
        try:
            number = float(text)
        except ValueError:
            labels = " or ".join(label for label, score in reversed(lowest.items()) if score > 0)
            problem = f"must be a fit label ({labels}) or a number from 0 to 1, not {value!r}."
            raise option_error("min_fit", problem) from None
    if number is not None and not 0 <= number <= 1:
        raise option_error("min_fit", f"must be between 0 and 1, not {number}.")
    return number
