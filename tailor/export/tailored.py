"""What every export is made from and gives back: the CV as one résumé shows it, and the bytes of a format.

Also the shapes the formats share: ISO dates, links with a scheme, a bullet under its qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tailor.cv.model import CV, Certificate, Credential, Education
    from tailor.select import Selection


@dataclass(frozen=True)
class Tailored:
    """A CV as one résumé shows it: the selection, and the headline and summary chosen for the posting."""

    cv: CV
    selection: Selection
    headline: str | None = None
    """The headline printed; None: the CV's first, if any."""
    summary: str | None = None
    """The summary printed; None: the CV's first, if any."""

    @property
    def shown_headline(self) -> str:
        return self.headline if self.headline is not None else (self.cv.headline[0].text if self.cv.headline else "")

    @property
    def shown_summary(self) -> str:
        """The summary as the résumé prints it: without the paragraphs page fitting left out."""
        summary = self.summary if self.summary is not None else (self.cv.summary[0].text if self.cv.summary else "")
        return self.selection.summary_printed(summary)

    @property
    def certificates(self) -> list[Certificate]:
        """The certificates the résumé prints: all the CV's but those page fitting left out."""
        return self.selection.certificates(self.cv)

    @property
    def awards(self) -> list[Credential]:
        """The awards the résumé prints: all the CV's but those page fitting left out."""
        return self.selection.awards(self.cv)

    @property
    def education(self) -> list[Education]:
        """The degrees as the résumé prints them: without the grade and details page fitting left out."""
        return self.selection.education(self.cv)

    @property
    def interests(self) -> list[str]:
        """The interests the résumé prints: the CV's, or none where page fitting left them out."""
        return list(self.cv.interests) if self.selection.interests else []


def everything(cv: CV) -> Tailored:
    """``cv`` untailored: every role with every bullet, every publication and skill, in the CV's order (roles of
    a section of their own after the others, as a résumé prints them)."""
    from tailor.select import SelectedRole, Selection, in_sections

    selection = Selection(
        roles=in_sections([SelectedRole(e, list(e.bullets)) for e in cv.experience]),
        publications=list(cv.publications),
        skills=list(dict.fromkeys(cv.skill_names)),
        choices=[],
    )
    return Tailored(cv, selection)


@dataclass(frozen=True)
class Exported:
    """An export's bytes, and what the format could not carry."""

    data: bytes
    notes: list[str] = field(default_factory=list)


def iso(text: str | None) -> str | None:
    """``Mar 2021`` → ``2021-03``, ``2021-03-01`` → ``2021-03-01``, ``2019`` → ``2019``: as precise as written;
    None for an open end or text that is no date tailor reads."""
    from tailor.cv import dates

    found = dates.read(text)
    if found is None:
        return None
    parts = [f"{found.year:04d}", *(f"{n:02d}" for n in (found.month, found.day) if n is not None)]
    return "-".join(parts)


def web(address: str) -> str:
    """A web address as a link: ``example.org`` → ``https://example.org``; one with a scheme as written."""
    return address if "://" in address or address.startswith("mailto:") else f"https://{address}"


def qualified(text: str, qualifier: str) -> str:
    """A bullet as a flat list prints it: under its qualifier, ``As postdoc: …`` (the résumé's line over the
    group, on the bullet itself), so it is never read as another step's."""
    return f"{qualifier}: {text}" if qualifier else text


NETWORKS = {
    "linkedin.com/in/": "LinkedIn",
    "github.com/": "GitHub",
    "gitlab.com/": "GitLab",
    "instagram.com/": "Instagram",
    "orcid.org/": "ORCID",
    "researchgate.net/profile/": "ResearchGate",
    "youtube.com/@": "YouTube",
    "scholar.google.com/citations?user=": "Google Scholar",
    "t.me/": "Telegram",
    "leetcode.com/u/": "Leetcode",
    "x.com/": "X",
    "twitter.com/": "X",
}
"""The addresses of the networks known by name (RenderCV links them by username), and their names."""


def on_network(profile: str) -> tuple[str, str] | None:
    """A profile's address on a network of :data:`NETWORKS` as that network's name and the username
    (``https://www.linkedin.com/in/ada-x/`` → ``("LinkedIn", "ada-x")``); None for any other text."""
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", profile).rstrip("/")  # "www.linkedin.com/in/…" too
    return next(((net, address[len(a) :]) for a, net in NETWORKS.items() if address.startswith(a)), None)
