"""The tailored CV as Markdown: the résumé's text, to paste into a form, a README or a notes app.

It prints what the Word résumé prints, in its order and with its section headings:
the name, the headline and contact line, then Profile, Experience (a role's kept
bullets under their qualifiers), Education, Publications, Certificates, Awards,
Skills (a line per group, where the CV groups them), Languages and Interests (Education before Experience where
the résumé puts it there). Emphasis and links are the CV's, as Markdown; every other
character Markdown would read as markup is escaped, so the text shows as written.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING

from tailor.cv import markup
from tailor.cv.dates import DEFAULT_STYLE
from tailor.cv.model import MAIN_SECTION, PUBLICATIONS_SECTION
from tailor.export.tailored import Exported, Tailored

if TYPE_CHECKING:
    from tailor.cv.model import Education, Publication

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def escape(text: str) -> str:
    """``text`` printed as written by any Markdown reader: its markup characters backslashed."""
    return _SPECIAL.sub(r"\\\1", text)


def rich(text: str) -> str:
    """A CV text with its emphasis and links as Markdown (``*italic*``, ``**bold**``, ``[words](address)``)
    and everything else escaped."""
    out: list[tuple[str, str]] = []  # (Markdown, the address of the link it is part of)
    for span in markup.spans(text):
        piece = escape(span.text)
        if span.bold:
            piece = f"**{piece}**"
        if span.italic:
            piece = f"*{piece}*"
        out.append((piece, span.url))
    return "".join(
        f"[{''.join(piece for piece, _ in group)}]({url})" if url else "".join(piece for piece, _ in group)
        for url, group in ((url, list(group)) for url, group in groupby(out, key=lambda p: p[1]))
    )


def export(tailored: Tailored) -> Exported:
    """``tailored`` as the UTF-8 text of a Markdown file."""
    cv, selection = tailored.cv, tailored.selection
    contact = cv.contact
    lines = [f"# {escape(contact.name)}", ""]
    if tailored.shown_headline:
        lines += [f"**{escape(tailored.shown_headline)}**", ""]
    lines += [" · ".join(escape(i) for i in contact.details), ""]
    if tailored.shown_summary:
        lines += ["## Profile", "", rich(tailored.shown_summary), ""]
    if selection.education_first:
        lines += _education(tailored.education)
    if any(role.entry.section is None for role in selection.roles):
        lines += [f"## {MAIN_SECTION}", ""]
    section = None
    for role in selection.roles:
        entry = role.entry
        if entry.section is not None and entry.section != section:
            lines += [f"## {escape(entry.section)}", ""]
        section = entry.section
        lines += [f"### {escape(entry.heading)}", ""]
        lines += _line(entry.location and escape(entry.location), _span(entry.start, entry.end))
        for group in role.groups:
            if group.qualifier:
                lines += [f"*{escape(group.qualifier)}:*", ""]
            lines += [f"- {rich(b.text)}" for b in group.bullets] + [""]
    if not selection.education_first:
        lines += _education(tailored.education)
    papers = [p for p in selection.publications if p.section is None]
    if papers:
        lines += [f"## {PUBLICATIONS_SECTION}", "", *map(_publication, papers)]
        lines += (["", f"Full list: {escape(cv.publications_link)}"] if cv.publications_link else []) + [""]
    for section in dict.fromkeys(p.section for p in selection.publications if p.section is not None):
        lines += [f"## {escape(section)}", ""]
        lines += [_publication(p) for p in selection.publications if p.section == section] + [""]
    for heading, credentials in (("Certificates", tailored.certificates), ("Awards", tailored.awards)):
        if credentials:
            lines += [f"## {heading}", ""]
            for c in credentials:
                date = f" — {escape(DEFAULT_STYLE.date(c.date))}" if c.date else ""
                until = f" (valid through {escape(DEFAULT_STYLE.date(c.runs_out))})" if c.runs_out else ""
                lines.append(f"- **{escape(c.name)}**" + (f", {escape(c.issuer)}" if c.issuer else "") + until + date)
            lines.append("")
    languages = [f"{x.name} ({x.fluency})" if x.fluency else x.name for x in cv.languages]
    if selection.skills and cv.grouped:
        # A line per group, its name in bold as the résumé prints it; each its own paragraph, so it shows as a line.
        lines += ["## Skills", ""]
        for group, names in cv.skill_lines(selection.skills):
            lines += [(f"**{escape(group)}:** " if group else "") + escape(", ".join(names)), ""]
    skills = [] if cv.grouped else selection.skills
    for heading, values in (("Skills", skills), ("Languages", languages), ("Interests", tailored.interests)):
        if values:
            lines += [f"## {heading}", "", escape(", ".join(values)), ""]
    return Exported(("\n".join(lines).rstrip() + "\n").encode("utf-8"))


def _publication(p: Publication) -> str:
    venue = f", *{escape(p.venue)}*" if p.venue else ""
    return (f"- **{escape(p.year)}** — " if p.year else "- ") + escape(p.title) + venue


def _education(education: list[Education]) -> list[str]:
    """The Education section's lines; none without an entry."""
    if not education:
        return []
    lines = ["## Education", ""]
    for e in education:
        lines += [f"### {escape(e.degree)}, {escape(e.institution)}", ""]
        grade = f"{e.grade_label}{escape(e.grade)}" if e.grade else ""
        lines += _line(e.location and escape(e.location), grade, _span(e.start, e.end))
        lines += [f"- {rich(d)}" for d in e.details] + ([""] if e.details else [])
    return lines


def _span(start: str | None, end: str | None) -> str:
    return escape(DEFAULT_STYLE.span(start, end))


def _line(*parts: str | None) -> list[str]:
    """The line under an entry's heading (place, grade, dates), in italics; none when all are empty."""
    shown = " · ".join(p for p in parts if p)
    return [f"*{shown}*", ""] if shown else []
