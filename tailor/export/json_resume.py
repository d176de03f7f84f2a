"""The tailored CV as a JSON Resume (jsonresume.org, schema 1.x), for its themes and registry.

Field by field, the way :mod:`tailor.cv.jsonresume` reads them back, so that a JSON
Resume exported whole and read again is the same CV: roles become ``work`` (the
kept bullets its ``highlights``, a qualifier before its bullet; a role of a volunteering
section ``volunteer``, of a projects section ``projects``), degrees
``education`` (the degree its ``studyType``, details its ``courses``), publications
``name``/``publisher``/``releaseDate``, each skill a ``skills`` entry of its name, or each group of skills
one entry, its ``name`` the group's and its ``keywords`` the skills.
Dates are ISO (``2021-03``) where tailor reads them; an open end has no ``endDate``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tailor.export.tailored import Exported, Tailored, iso, on_network, qualified, web

if TYPE_CHECKING:
    from tailor.select import SelectedRole

SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.2.1/schema.json"
_PROFILE = re.compile(r"^([^:/]+):\s+(\S.*)$")
"""``GitHub: ada``: a network and a username (how tailor reads a JSON Resume's profiles)."""


def export(tailored: Tailored) -> Exported:
    """``tailored`` as the UTF-8 text of a ``resume.json``."""
    cv, selection = tailored.cv, tailored.selection
    notes: list[str] = []
    contact = cv.contact
    basics = _clean(
        {
            "name": contact.name,
            "label": tailored.shown_headline,
            "email": contact.email,
            "phone": contact.phone,
            "url": web(contact.website) if contact.website else None,
            "summary": tailored.shown_summary,
            "location": _location(contact.location),
            "profiles": [_profile(p) for p in contact.profiles],
        }
    )
    work, volunteer, projects = _roles(selection.roles, notes)
    education = [
        _clean(
            {
                "institution": e.institution,
                "studyType": e.degree,
                **_dates(e.start, e.end, e.degree, notes),
                "score": e.grade,
                "courses": list(e.details),
            }
        )
        for e in tailored.education
    ]
    publications = [
        _clean({"name": p.title, "publisher": p.venue, "releaseDate": _date(p.year, p.title, notes)})
        for p in selection.publications
    ]
    resume = {
        "$schema": SCHEMA,
        "basics": basics,
        "work": work,
        "volunteer": volunteer,
        "projects": projects,
        "education": education,
        "publications": publications,
        "skills": _skills(tailored),
        "languages": [_clean({"language": lang.name, "fluency": lang.fluency}) for lang in cv.languages],
        "interests": [{"name": i} for i in tailored.interests],
        "certificates": [
            _clean({"name": c.name, "issuer": c.issuer, "date": _date(c.date, c.name, notes)})
            for c in tailored.certificates
        ],
        "awards": [
            _clean({"title": a.name, "awarder": a.issuer, "date": _date(a.date, a.name, notes)})
            for a in tailored.awards
        ],
    }
    for section in dict.fromkeys(p.section for p in selection.publications if p.section is not None):
        notes.append(f"JSON Resume has no section '{section}': its entries are under publications.")
    notes += _no_place(tailored)
    text = json.dumps(_clean(resume), ensure_ascii=False, indent=2) + "\n"
    return Exported(text.encode("utf-8"), notes)


def _roles(roles: Sequence[SelectedRole], notes: list[str]) -> tuple[list[dict[str, Any]], ...]:
    """The roles as ``work``, ``volunteer`` and ``projects``, by the section each prints under (as
    :mod:`tailor.cv.jsonresume` reads them back); a section JSON Resume has none for ("Board Service") is work."""
    from tailor.cv.importers.sections import kind_of

    work, volunteer, projects = [], [], []
    for r in roles:
        entry = r.entry
        common = {
            **_dates(entry.start, entry.end, f"the role {entry.heading}", notes),
            "highlights": [qualified(b.text, b.role or "") for b in r.printed],
        }
        kind = kind_of(entry.section) if entry.section else None
        if kind in ("volunteer", "projects") and entry.location:
            notes.append(f"JSON Resume's {kind} have no place: the place of {entry.heading} is left out.")
        if kind == "volunteer":
            volunteer.append(_clean({"organization": entry.employer, "position": entry.role, **common}))
        elif kind == "projects":  # a project's roles are its title, its name the employer beside them
            named = {"name": entry.employer, "roles": [entry.role]} if entry.employer and entry.role else {}
            projects.append(_clean({**(named or {"name": entry.role or entry.employer}), **common}))
        else:
            work.append(_clean({"name": entry.employer, "position": entry.role, "location": entry.location, **common}))
            note = f"JSON Resume has no section '{entry.section}': its roles are under work."
            if entry.section and note not in notes:
                notes.append(note)
    return work, volunteer, projects


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Without what is empty: JSON Resume leaves a field out rather than null."""
    return {k: v for k, v in values.items() if v not in (None, "", [], {})}


def _location(text: str | None) -> dict[str, str] | None:
    """``Austin, TX`` → city and region; ``Austin, TX, US`` → and its ``countryCode``, where the place ends in a
    country's two letters; which tailor joins back with ``, ``."""
    from tailor.places import is_country_code

    if not text:
        return None
    rest, comma, last = text.rpartition(", ")
    code = last if comma and is_country_code(last) else None
    city, comma, region = (rest if code else text).rpartition(", ")
    return _clean({"city": city if comma else region, "region": region if comma else None, "countryCode": code})


def _profile(text: str) -> dict[str, str]:
    """``GitHub: ada`` → network and username; an address → its ``url``; a bare handle → its ``username``."""
    found = _PROFILE.match(text)
    if found and "//" not in text:
        return {"network": found.group(1), "username": found.group(2)}
    if (network := on_network(text)) and network[1] and "/" not in network[1]:  # LinkedIn's, GitHub's…
        return {"network": network[0], "username": network[1], "url": web(text)}
    return {"url": web(text)} if "/" in text or "." in text else {"username": text}


def _dates(start: str | None, end: str | None, what: str, notes: list[str]) -> dict[str, str | None]:
    return {"startDate": _date(start, what, notes), "endDate": _date(end, what, notes, open_end=True)}


def _date(text: str | None, what: str, notes: list[str], *, open_end: bool = False) -> str | None:
    """``text`` as JSON Resume's ISO date; an open end (``present``) has none."""
    from tailor.cv.dates import is_open

    if text is None or (open_end and is_open(text)):
        return None
    found = iso(text)
    note = f"JSON Resume takes ISO dates only: the date '{text}' of {what} is left out."
    if found is None and note not in notes:  # a role held in one season starts and ends on the same date
        notes.append(note)
    return found


def _no_place(tailored: Tailored) -> list[str]:
    """What the tailored CV holds that JSON Resume has no field for."""
    cv = tailored.cv
    missing = [
        ("your nationality", bool(cv.contact.nationality)),
        ("the places of your degrees", any(e.location for e in cv.education)),
        ("the link to your full list of publications", bool(cv.publications_link)),
        ("when your certificates expire", any(c.expires for c in tailored.certificates)),
    ]
    lost = [what for what, there in missing if there]
    return [f"JSON Resume has no place for {', '.join(lost)}: left out."] if lost else []


def _skills(tailored: Tailored) -> list[dict[str, Any]]:
    """The kept skills as JSON Resume's ``skills``: a group one entry (``{"name": "Clinical", "keywords": [...]}``),
    as JSON Resume groups skills and tailor reads them back; a skill of no group an entry of its name."""
    cv, kept = tailored.cv, tailored.selection.skills
    if not cv.grouped:
        return [{"name": s} for s in kept]
    return [
        entry
        for group, names in cv.skill_lines(kept)
        for entry in ([{"name": group, "keywords": names}] if group else [{"name": s} for s in names])
    ]
