"""A RenderCV YAML file (``cv:`` with its ``sections``) → a draft.

RenderCV's sections are named freely and hold entries whose keys say what they
are: ``company`` and ``position`` a job, ``institution`` a degree, ``title`` with
``authors``/``journal``/``doi`` a publication, ``label`` and ``details`` a line
such as "Languages: Python, SQL", ``bullet`` a bullet, a string a paragraph.
The section's title decides the rest (an entry with a ``name`` in "Awards" is an
award). ``design``, ``locale`` and ``rendercv_settings`` are RenderCV's own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tailor import datafile
from tailor.cv import dates
from tailor.cv.ids import bullet_id, publication_id, role_id
from tailor.cv.importers.clues import split_items
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.lists import lists_spoken, read_languages
from tailor.cv.importers.sections import kind_of, section_heading
from tailor.errors import CVError, Problem

_BOLD_LABEL = re.compile(r"^\*\*([^*]+?):\*\*\s*(\S.*)$")
"""A text of a skills section that opens with its label in bold ("**Clinical:** wound care, IV therapy"): a group."""


def read(path: Path) -> Draft:
    """The RenderCV file at ``path`` as tailor's CV data.

    Raises:
        CVError: it is not YAML, or has no ``cv:`` with a ``name``.
    """
    root = datafile.parse(path, CVError)
    cv = datafile.plain(root).get("cv") if isinstance(root, dict) else None
    if not isinstance(cv, dict) or not cv.get("name"):
        if isinstance(root, dict) and "contact" in root:
            hint = "It is already a tailor CV: pass it with --cv, or check it with `tailor validate`."
        else:
            hint = "A RenderCV file starts with `cv:` and your `name:` under it."
        raise CVError(path, [Problem("", "this is not a RenderCV file: it has no cv.name", 1)], hint)
    draft = Draft({}, path, "a RenderCV file")
    data = draft.data
    profiles = [
        f"{s.get('network')}: {s.get('username')}" for s in cv.get("social_networks") or [] if s.get("username")
    ]
    data["contact"] = {
        "name": cv["name"],
        "email": cv.get("email"),
        "phone": cv.get("phone"),
        "website": cv.get("website"),
        "location": cv.get("location"),
        "profiles": profiles,
    }
    data["headline"] = cv.get("headline") or cv.get("label")
    ids: set[str] = set()
    for title, entries in (cv.get("sections") or {}).items():
        _section(draft, str(title), entries if isinstance(entries, list) else [entries], ids)
    return draft


def _section(draft: Draft, title: str, entries: list[Any], ids: set[str]) -> None:
    data = draft.data
    kind = kind_of(title)
    for entry in entries:
        if isinstance(entry, str):
            if kind == "summary":
                data["summary"] = f"{data['summary']}\n\n{entry}" if data.get("summary") else entry
            elif kind == "skills" and (labelled := _BOLD_LABEL.match(entry)):
                _line(draft, kind, title, labelled.group(1), labelled.group(2))  # "**Clinical:** wound care"
            elif kind in ("skills", "interests"):
                data.setdefault(kind, []).extend(split_items(entry))
            else:
                draft.leftovers += [f"{title}:", entry]
        elif not isinstance(entry, dict):
            draft.leftovers += [f"{title}:", str(entry)]
        elif "company" in entry or "organization" in entry or "position" in entry:
            # A section of RenderCV's own naming prints under that name, as RenderCV prints it ("Volunteer Work").
            apart = section_heading(title, kind or "other")
            _role(draft, entry, ids, employer=entry.get("company") or entry.get("organization"), section=apart)
        elif "institution" in entry:
            data.setdefault("education", []).append(
                {
                    "degree": " ".join(str(x) for x in (entry.get("degree"), entry.get("area")) if x),
                    "institution": entry["institution"],
                    "location": entry.get("location"),
                    **_dates(entry),
                    "details": entry.get("highlights") or [],
                }
            )
        elif "title" in entry and kind not in ("awards", "certificates"):
            year = _year_of(entry.get("date"))
            pub_id = publication_id(year, entry["title"], ids)
            data.setdefault("publications", []).append(
                {"id": pub_id, "year": year, "title": entry["title"], "venue": entry.get("journal")}
            )
            if not year:
                draft.note(("publications", len(data["publications"]) - 1), "no date in the source: add the year")
            # No field holds the authors (RenderCV's "**Your Name**" marks which is you) or where the paper is found:
            # kept as comments, as a document's citations keep them.
            if authors := ", ".join(str(a).replace("**", "") for a in entry.get("authors") or []):
                draft.leftovers.append(f"Authors of '{entry['title']}': {authors}")
            if found := entry.get("doi") or entry.get("url"):
                draft.leftovers.append(f"Where '{entry['title']}' is: {'doi:' if entry.get('doi') else ''}{found}")
        elif "label" in entry and "details" in entry:
            _line(draft, kind, title, str(entry["label"]), str(entry["details"]))
        elif "bullet" in entry:
            if kind in ("skills", "interests"):
                data.setdefault(kind, []).append(entry["bullet"])
            else:
                draft.leftovers += [f"{title}:", str(entry["bullet"])]
        elif "name" in entry and kind in ("awards", "certificates"):
            data.setdefault(kind, []).append(
                {"name": entry["name"], "date": entry.get("date") or entry.get("end_date")}
            )
        elif "name" in entry:
            texts = [entry.get("summary"), *(entry.get("highlights") or [])]
            draft.leftovers += [f"{title}: {entry['name']}", *(str(t) for t in texts if t)]
        else:
            draft.leftovers += [f"{title}:", str(entry)]


def _role(draft: Draft, entry: dict[str, Any], ids: set[str], *, employer: str | None, section: str | None) -> None:
    experience = draft.data.setdefault("experience", [])
    exp_id = role_id(employer, entry.get("position"), len(experience) + 1, ids)
    texts = entry.get("highlights") or ([entry["summary"]] if entry.get("summary") else [])
    experience.append(
        {
            "id": exp_id,
            "employer": employer,
            "role": entry.get("position"),
            "location": entry.get("location"),
            **_dates(entry),
            "section": section,
            "bullets": [{"id": bullet_id(exp_id, n, ids), "text": t} for n, t in enumerate(texts, start=1)],
        }
    )
    where = ("experience", len(experience) - 1)
    if not entry.get("position"):
        draft.note(where, "no position in the source: add the role (job title)")
    if not experience[-1].get("start"):
        draft.note(where, "no start date in the source: add one")
    if any("](" in str(t) for t in texts):
        draft.note((*where, "bullets"), "Markdown links print as written: keep only their text")


def _line(draft: Draft, kind: str | None, title: str, label: str, details: str) -> None:
    """A "label: details" line: in a skills section every detail is a skill ("Languages: Python, SQL" is
    programming languages there) in the group the label names, split at its commas but not inside brackets
    ("metadata (Dublin Core, MARC)" is one), unless the line lists languages spoken ("Languages: English (native),
    Tamil (fluent)": :func:`~tailor.cv.importers.lists.lists_spoken`), as a résumé's does; in a languages section, a
    language and its fluency."""
    data = draft.data
    target = kind if kind in ("skills", "interests", "languages") else kind_of(label)
    items = split_items(details)
    if target == "languages" and kind == "languages":
        data.setdefault("languages", []).append({"name": label, "fluency": details})
    elif target == "languages" or (target == "skills" and lists_spoken(label, items)):
        read_languages(draft, [details])
    elif target in ("skills", "interests"):
        data.setdefault(target, []).extend(items)
        if target == "skills" and label.strip().casefold() not in ("skills", "skill"):
            # The label is the group its skills print under, as RenderCV prints it: "Languages: Python, SQL".
            for item in items:
                draft.skill_groups.setdefault(item, label)
    else:
        draft.leftovers += [f"{title}: {label}: {details}"]


def _year_of(text: Any) -> str:
    return dates.year_of(text) or ""


def _dates(entry: dict[str, Any]) -> dict[str, Any]:
    start, end = entry.get("start_date"), entry.get("end_date")
    if not start and entry.get("date"):
        return {"start": entry["date"], "end": entry["date"]} if _year_of(entry["date"]) else {"start": entry["date"]}
    return {"start": start, "end": end}
