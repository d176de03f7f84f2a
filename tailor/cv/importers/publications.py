"""A publications section → publications: each citation's authors, year, title and venue."""

from __future__ import annotations

import re

from tailor.cv.ids import slug, unique
from tailor.cv.importers.clues import SENTENCE_END, URL
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.layout import Line
from tailor.cv.importers.sections import Section

_STARTS_WITH_YEAR = re.compile(r"^(?:19|20)\d{2}\b")


def read_publications(draft: Draft, section: Section, ids: set[str]) -> None:
    publications = draft.data.setdefault("publications", [])
    links = [link for link in (section.title.links if section.title else ()) if link.startswith("http")]
    if links:
        draft.data["publications_link"] = links[0]
    for text in _joined(section.lines):
        if (link := URL.search(text)) and len(text.split()) <= 4:  # "Full list: https://…"
            draft.data.setdefault("publications_link", link.group(0))
            continue
        year = ""
        text = _ENUMERATOR.sub("", text)  # "30. Usui, T. … 2021.", "[12] …": the list's numbering
        cited = _citation(text)
        if cited is not None:
            # "Keeling, P.J. & Lee, A. (2026). A title. A venue.": no field holds the authors; kept as a comment.
            rest = cited.group("rest")
            if quoted := _QUOTED_TITLE.match(rest):  # "(2013). “Cyclic Behavior of ….” ACI Structural Journal"
                title, venue = quoted.group("title"), quoted.group("venue").strip(" ,.")
            else:
                title = SENTENCE_END.split(rest, maxsplit=1)[0]
                venue = rest[len(title) :].strip(" .")
            title = title.rstrip(".")
            draft.leftovers.append(f"Authors of '{title}': {cited.group('authors')}")
            year = cited.groupdict().get("year") or ""
            publications.append(
                {"id": unique("-".join(x for x in ("pub", year, slug(title, 24)) if x), ids), "year": year,
                 "title": title, "venue": venue}
            )  # fmt: skip
            if not year:
                draft.note(("publications", len(publications) - 1), "no year found: add it")
            continue
        if found := re.match(r"^((?:19|20)\d{2})\b[.:)]?\s*(?:[—–-]\s+)?", text):
            year, text = found.group(1), text[found.end() :]
        elif found := re.search(r"\(((?:19|20)\d{2})\)\.?|,?\s*((?:19|20)\d{2})\.?$", text):
            year = found.group(1) or found.group(2)
            text = (text[: found.start()] + text[found.end() :]).strip(" ,")
        title, venue = _title_and_venue(text)
        publications.append(
            {
                "id": unique("-".join(x for x in ("pub", year, slug(title, 24)) if x), ids),
                "year": year,
                "title": title,
                "venue": venue,
            }
        )
        if not year:
            draft.note(("publications", len(publications) - 1), "no year found: add it")
    if publications:
        draft.note(
            ("publications",),
            "each title and venue were split after the quoted title, after the authors and year, or at the first "
            "comma: check them",
        )


_AUTHOR_YEAR = re.compile(
    r"^(?P<authors>[^()]{2,300}?[\w.])\s*\((?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)]{1,20})?\)[.:,]?\s+(?P<rest>\S.+)$"
)
"""A citation in author–year style (APA, Harvard): the authors, the year in brackets, then the title and
the venue ("Bonacolta, A.M. & Keeling, P.J. (2026) Modern microbialites …. Environmental Microbiome.")."""
_AUTHOR_BARE_YEAR = re.compile(r"^(?P<authors>.{2,600}?\b[A-Z]\.)\s+(?P<year>(?:19|20)\d{2})[a-z]?\.\s+(?P<rest>\S.+)$")
"""The same with the year after the authors and no brackets, as the life sciences write it ("Senior, A.M. &
Nakagawa, S. 2020. A title. A journal."): the last author's initial right before the year."""
_AUTHORS_NO_YEAR = re.compile(r"^(?P<authors>.{2,600}\b[A-Z]\.)\s+(?P<rest>(?:[A-Z][\w-]|[“\"]).+)$")
"""A citation of work in press or submitted: the authors, their last initial, then the title ("Tan, J. &
Macia, L. Dietary protein increases …. Nature Communications.")."""
_ENUMERATOR = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
"""The number a numbered list of publications gives each ("30. ", "[12] ", "3) ")."""
_AUTHORS = re.compile(r"\b[A-Z]\.|\bet al\b|&|\band\b|,")
"""What a list of authors has and a title seldom does: initials, "et al.", "&", "and", commas."""
_QUOTED_TITLE = re.compile(r"^[\"“](?P<title>[^\"”]+?)[,.]?[\"”][,.]?\s*(?P<venue>.*)$")
"""A title in quotation marks, as citation styles write it ("“A Title,” Venue"), and what follows it."""


def _citation(text: str) -> re.Match[str] | None:
    """``text`` read as a citation that opens with its authors (author–year style, or the authors alone),
    or None: the authors must read as a list of names ("Usui, T., Macleod, M.R. & Senior, A.M.")."""
    for pattern in (_AUTHOR_YEAR, _AUTHOR_BARE_YEAR, _AUTHORS_NO_YEAR):
        found = pattern.match(text)
        if found and _AUTHORS.search(found.group("authors")) and (pattern is _AUTHOR_YEAR or _names(found)):
            return found
    return None


def _names(found: re.Match[str]) -> bool:
    """Whether a citation's authors are only names: each between commas, "&" or "and" a few words at most."""
    return all(len(name.split()) <= 4 for name in re.split(r",|&|\band\b", found.group("authors")))


def _title_and_venue(text: str) -> tuple[str, str]:
    """A publication's title and venue: the quoted title and the rest, or the text split at its first comma."""
    if found := _QUOTED_TITLE.match(text):
        return found.group("title"), found.group("venue").strip(" ,.")
    title, _, venue = text.partition(", ")
    return title, venue


def _joined(lines: list[Line]) -> list[str]:
    """The lines of a list whose entries start with a year, each entry's wrapped lines joined to it."""
    if not lines or not all(_STARTS_WITH_YEAR.match(line.plain) for line in lines[:1]):
        return [line.plain for line in lines]
    out: list[str] = []
    for line in lines:
        if out and not _STARTS_WITH_YEAR.match(line.plain) and not URL.match(line.plain.split(": ")[-1]):
            glue = "" if out[-1].endswith("-") else " "
            out[-1] += glue + line.plain
        else:
            out.append(line.plain)
    return out
