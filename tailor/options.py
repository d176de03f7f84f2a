"""How a résumé is made, besides the CV, the posting and the template: each option checked once.

:class:`ResumeOptions` is what ``build`` and ``batch`` are asked for (and ``match``
and ``rank`` judge coverage against). Its values are checked when it is made, so
every step after that can trust them, and the manifest records them
(:meth:`ResumeOptions.recorded`) so that ``batch`` can tell when a résumé was made
with other options.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tailor.errors import option_error
from tailor.select import DEFAULT_MAX_BULLETS

if TYPE_CHECKING:
    from tailor.outputs import Sibling


@dataclass(frozen=True)
class ResumeOptions:
    max_bullets: int = DEFAULT_MAX_BULLETS
    """How many experience bullets the résumé keeps at most."""
    pages: int | None = None
    """Fit the résumé on this many pages, leaving out the least relevant items; None: no limit."""
    pdf: bool = False
    """Also make a PDF, through LibreOffice."""
    report: bool = False
    """Also write the HTML report beside the résumé."""

    def __post_init__(self) -> None:
        if self.max_bullets < 1:
            raise option_error("max_bullets", f"must be at least 1, not {self.max_bullets}.")
        if self.pages is not None and self.pages < 1:
            raise option_error("pages", f"must be at least 1, not {self.pages}.")

    def siblings(self) -> list[Sibling]:
        """The files a build with these options writes beside the résumé."""
        return ["manifest", *(["report"] if self.report else []), *(["pdf"] if self.pdf else [])]

    def recorded(self) -> dict[str, Any]:
        """The options that change the résumé itself, as its manifest records them."""
        return {
            "max_bullets": self.max_bullets,
            **({"pages": self.pages} if self.pages else {}),
            **({"pdf": True} if self.pdf else {}),
        }
