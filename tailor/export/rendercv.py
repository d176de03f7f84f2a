"""The tailored CV as a RenderCV input file (rendercv.com), to typeset with ``rendercv render``.

``cv:`` with the contact details and ``sections`` in the résumé's order: ``profile``
(the summary), ``experience`` (ExperienceEntry, the kept bullets its ``highlights``;
NormalEntry where a role lacks its employer or its title), then a section of the roles of each of the
CV's own sections (``Volunteer Experience``, titled so), ``education`` (EducationEntry,
the degree its ``area``), ``publications``, ``certificates`` and ``awards`` (NormalEntry:
tailor's publications name no authors, which RenderCV's PublicationEntry requires), and
``skills``, ``languages`` and ``interests`` as one line each (skills in groups a OneLineEntry each, ``label`` the
group's name; or, where some have no group, a TextEntry each, "**Clinical:** wound care", since a RenderCV section
holds entries of one kind). RenderCV reads ``*italic*`` and ``**bold**`` as
written. Dates are ISO where tailor reads them (``present`` for an open end); a span
it does not read is one ``date`` as tailor prints it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tailor.cv.dates import DEFAULT_STYLE, is_open
from tailor.export.tailored import NETWORKS, Exported, Tailored, iso, on_network, qualified, web

if TYPE_CHECKING:
    from tailor.cv.model import Publication
    from tailor.select import SelectedRole

_NAMED = re.compile(r"^([^:/]+):\s+(\S+)$")


def export(tailored: Tailored) -> Exported:
    """``tailored`` as the UTF-8 text of a RenderCV YAML file."""
    from ruamel.yaml import YAML

    cv, selection = tailored.cv, tailored.selection
    notes: list[str] = []
    contact = cv.contact
    header: dict[str, Any] = {
        "name": contact.name,
        # RenderCV prints a headline under the name (older versions keep it as an extra key).
        "headline": tailored.shown_headline or None,
        "location": contact.location,
        "email": contact.email,
        "phone": _phone(contact.phone, notes),
        "website": web(contact.website) if contact.website else None,
        "social_networks": _networks(contact.profiles, notes) or None,
    }
    sections: dict[str, list[Any]] = {
        "profile": [tailored.shown_summary] if tailored.shown_summary else [],
        "experience": _experience([r for r in selection.roles if r.entry.section is None], notes),
        # A section of the CV's own ("Volunteer Experience"): RenderCV prints a section's key as its title.
        **{
            title: _experience([r for r in selection.roles if r.entry.section == title], notes)
            for title in dict.fromkeys(r.entry.section for r in selection.roles if r.entry.section is not None)
        },
        "education": [
            {
                "institution": e.institution,
                "area": e.degree,
                "location": e.location,
                "grade": e.grade,
                **_dates(e.start, e.end),
                "highlights": list(e.details) or None,
            }
            for e in tailored.education
        ],
        "publications": [_publication(p) for p in selection.publications if p.section is None],
        **{
            title: [_publication(p) for p in selection.publications if p.section == title]
            for title in dict.fromkeys(p.section for p in selection.publications if p.section is not None)
        },
        "certificates": [
            {"name": c.name, "date": _one_date(c.date), "summary": c.issuer, "highlights": _valid_through(c.expires)}
            for c in tailored.certificates
        ],
        "awards": [{"name": a.name, "date": _one_date(a.date), "summary": a.issuer} for a in tailored.awards],
        "skills": _skills(tailored),
        "languages": [", ".join(f"{x.name} ({x.fluency})" if x.fluency else x.name for x in cv.languages)]
        if cv.languages
        else [],
        "interests": [", ".join(tailored.interests)] if tailored.interests else [],
    }
    if selection.education_first:  # RenderCV prints the sections in the order of their keys
        sections = {"profile": sections.pop("profile"), "education": sections.pop("education"), **sections}
    if cv.publications_link:
        notes.append("RenderCV's publications have no link to a full list: it is left out.")
    document = {
        "cv": {
            **{k: v for k, v in header.items() if v},
            "sections": {name: [_clean(e) for e in entries] for name, entries in sections.items() if entries},
        }
    }
    yaml = YAML()
    yaml.width = 4096  # a bullet stays on one line, as written
    yaml.allow_unicode = True
    buffer = io.StringIO()
    buffer.write(f"# {contact.name}'s CV as tailored by tailor: render it with `rendercv render <this file>`.\n")
    yaml.dump(document, buffer)
    return Exported(buffer.getvalue().encode("utf-8"), notes)


def _experience(roles: Sequence[SelectedRole], notes: list[str]) -> list[dict[str, Any]]:
    """The roles as ExperienceEntry; as NormalEntry, named "Title, Employer", where one of them has no
    employer or no title: RenderCV requires both of an ExperienceEntry, and one type for a whole section."""
    whole = all(r.entry.employer and r.entry.role for r in roles)
    note = "A role without its employer or its title: its section is written as RenderCV's NormalEntry."
    if not whole and note not in notes:
        notes.append(note)
    return [
        {
            **({"company": r.entry.employer, "position": r.entry.role} if whole else {"name": r.entry.heading}),
            "location": r.entry.location,
            **_dates(r.entry.start, r.entry.end),
            "highlights": [qualified(b.text, b.role or "") for b in r.printed] or None,
        }
        for r in roles
    ]


def _valid_through(expires: str | None) -> list[str] | None:
    """When a certificate runs out, as a line under it: RenderCV's entries have no field for it."""
    return [f"Valid through {DEFAULT_STYLE.date(expires)}"] if expires else None


def _publication(p: Publication) -> dict[str, Any]:
    return {"name": p.title, "date": p.year, "summary": p.venue}


def _clean(entry: Any) -> Any:
    return {k: v for k, v in entry.items() if v not in (None, "", [])} if isinstance(entry, dict) else entry


def _dates(start: str | None, end: str | None) -> dict[str, Any]:
    """``start_date`` and ``end_date`` as RenderCV reads them, or one ``date`` as tailor prints the span."""
    if not start:  # a degree's graduation alone, or no dates at all
        return {"date": _one_date(end)} if end and not is_open(end) else {}
    first = _when(start)
    last = "present" if is_open(end) else _when(end)
    if first is None or last is None:
        return {"date": DEFAULT_STYLE.span(start, end)}
    return {"start_date": first, "end_date": last}


def _when(text: str | None) -> str | int | None:
    found = iso(text)
    return int(found) if found is not None and found.isdigit() else found


def _one_date(text: str | None) -> str | int | None:
    if not text:
        return None
    found = _when(text)
    return found if found is not None else text


def _phone(phone: str | None, notes: list[str]) -> str | None:
    """RenderCV checks a number against its country's plan, so it needs one with its country code."""
    if phone and not phone.lstrip().startswith("+"):
        notes.append(f"RenderCV wants a phone number with its country code (+1 …, +44 …): '{phone}' is left out.")
        return None
    return phone


def _networks(profiles: list[str], notes: list[str]) -> list[dict[str, str]]:
    """Profiles on the networks RenderCV knows, as network and username; the others are left out, and said."""
    known = {name.lower(): name for name in NETWORKS.values()}
    out = []
    for profile in profiles:
        named = _NAMED.match(profile)
        found = on_network(profile)
        if found is None and named and named.group(1).lower() in known:
            found = (known[named.group(1).lower()], named.group(2))
        if found is not None and found[1] and "/" not in found[1]:
            out.append({"network": found[0], "username": found[1]})
        else:
            notes.append(f"RenderCV links only the networks it knows: the profile '{profile}' is left out.")
    return out


def _skills(tailored: Tailored) -> list[Any]:
    """The kept skills as RenderCV's ``skills`` section: one TextEntry of them all; in groups a OneLineEntry per
    group (``{label: Clinical, details: "wound care, IV therapy"}``), as RenderCV lists labelled skills, or where
    some have no group, which a OneLineEntry cannot hold without a label, a TextEntry per line with the group's name
    in bold."""
    cv, kept = tailored.cv, tailored.selection.skills
    if not kept:
        return []
    if not cv.grouped:
        return [", ".join(kept)]
    lines = cv.skill_lines(kept)
    if all(group for group, _ in lines):
        return [{"label": group, "details": ", ".join(names)} for group, names in lines]
    return [(f"**{group}:** " if group else "") + ", ".join(names) for group, names in lines]
