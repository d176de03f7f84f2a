"""Ids for CV items that their source does not name (JSON Resume, imports, a CV written by hand): readable and
unique.

One rule names them all: a role by its employer (else its title), a bullet by its role and its place
(``oak-grove-2``), a publication by its year and title (``pub-2021-tidal-marsh-carbon``), a letter paragraph by its
place (``letter-1``); :func:`with_ids` gives them to a CV that leaves them out, as ``tailor init`` writes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
"""What an id is: lowercase letters, digits, ``-`` and ``_``, opening with a letter or a digit."""


def slug(text: str, limit: int = 40) -> str:
    """``École Polytechnique (EPFL)`` → ``ecole-polytechnique-epfl``: lowercase ASCII letters, digits and ``-``,
    at most ``limit`` of them, cut after a whole word where one ends in the second half
    ("oregon-department-of-human-services", not "…-services-chil")."""
    # A dash or a sign no ASCII letter stands for parts words as a hyphen does ("Wisconsin–Whitewater", "R&D · Lab"):
    # dropped, it would run them together.
    parted = "".join(" " if unicodedata.category(c)[0] in "PZS" else c for c in text)
    ascii_text = unicodedata.normalize("NFKD", parted).encode("ascii", "ignore").decode()
    full = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    cut = full[:limit]
    if len(full) > limit and full[limit] != "-" and (end := cut.rfind("-")) >= limit // 2:
        cut = cut[:end]
    return cut.strip("-")


def unique(candidate: str, taken: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3``… if it is taken; the result is added to ``taken``."""
    out, n = candidate, 2
    while out in taken:
        out, n = f"{candidate}-{n}", n + 1
    taken.add(out)
    return out


_NOTE_AFTER = re.compile(r"\s*\([^()]*\s[^()]*\)\s*$")
"""A note of several words in brackets at the end of a name."""


def entry_id(name: str, other: str, fallback: str, taken: set[str]) -> str:
    """The id of an entry whose items take the ids ``{id}-1``, ``{id}-2``… (a role and its bullets): its
    ``name``'s slug (an employer's), else ``fallback``; where that is taken (a second role at one employer), the
    slug with its ``other`` name's after it (its title): "acme", then "acme-designer". A number only where both
    are taken, so that an entry's id never takes the next number after another's items ("acme-3" after the
    bullets "acme-1" and "acme-2" of the first role, as though it were a third bullet of it)."""
    # "Ridgeline Logistics (3PL, 410,000 sq ft DC)": a note of several words in brackets says what the employer is,
    # no part of its name; letters in brackets ("(EPFL)") are.
    base = slug(_NOTE_AFTER.sub("", name)) or slug(name) or fallback
    if base not in taken:
        taken.add(base)
        return base
    return unique(f"{base}-{slug(other, 24)}" if slug(other) else base, taken)


def role_id(employer: str | None, role: str | None, n: int, taken: set[str]) -> str:
    """The id of the CV's ``n``-th role (from 1): its employer's slug, else its title's, else ``role-<n>``; a second
    role at one employer takes its title after it (:func:`entry_id`). Added to ``taken``."""
    return entry_id(employer or role or "", role if employer else "", f"role-{n}", taken)


def bullet_id(role: str, n: int, taken: set[str]) -> str:
    """The id of the ``n``-th bullet (from 1) of the role whose id is ``role``: ``<role>-<n>``. Added to ``taken``."""
    return unique(f"{role}-{n}", taken)


def publication_id(year: str | None, title: str, taken: set[str]) -> str:
    """The id of a publication: ``pub-<year>-<title's slug>`` (the last year its ``year`` names: "May 2021" is
    2021), without the year where it names none. Added to ``taken``."""
    years = re.findall(r"(?<!\d)\d{4}(?!\d)", year or "")
    return unique("-".join(x for x in ("pub", years[-1] if years else "", slug(title, 24)) if x), taken)


def paragraph_id(n: int, taken: set[str]) -> str:
    """The id of the ``n``-th paragraph (from 1) of a letter's body: ``letter-<n>``. Added to ``taken``."""
    return unique(f"letter-{n}", taken)


def with_ids(data: Any) -> Any:
    """CV ``data`` (plain, as read; however malformed) with an id for each role, bullet, publication and letter
    paragraph that has none, as ``tailor init`` names them (:func:`role_id` and the others, in CV order), and each
    bullet written as its text alone made ``{id, text}``.

    An id the CV writes is kept, and no id it derives is one written anywhere in the CV: a derived one that would
    be is made unique as :func:`unique` does. Two written ids that are one stay so, for the model to refuse where
    they stand. What is no mapping or list where one belongs is left as it is, for the model to refuse."""
    if not isinstance(data, Mapping):
        return data
    taken = {_text(item["id"]) for item in _named_items(data) if _text(item.get("id")) is not None}
    out = dict(data)
    if isinstance(data.get("experience"), list):
        roles = []
        for n, entry in enumerate(data["experience"], start=1):
            if isinstance(entry, Mapping):
                if entry.get("id") is None:
                    entry = _named(entry, role_id(_text(entry.get("employer")), _text(entry.get("role")), n, taken))
                entry = dict(entry)
                # A written id that is no id ("Acme!") is refused where it stands; its bullets are named by its slug.
                written = _text(entry["id"]) or ""
                base = written if re.match(ID_PATTERN, written) else slug(written) or f"role-{n}"
                if isinstance(entry.get("bullets"), list):
                    entry["bullets"] = [_bullet(b, base, k, taken) for k, b in enumerate(entry["bullets"], start=1)]
            roles.append(entry)
        out["experience"] = roles
    if isinstance(data.get("publications"), list):
        out["publications"] = [
            _named(p, publication_id(_text(p.get("year")), _text(p.get("title")) or "", taken))
            if isinstance(p, Mapping) and p.get("id") is None
            else p
            for p in data["publications"]
        ]
    letter = data.get("letter")
    if isinstance(letter, Mapping) and isinstance(letter.get("paragraphs"), list):
        paragraphs = [
            _named(p, paragraph_id(n, taken)) if isinstance(p, Mapping) and p.get("id") is None else p
            for n, p in enumerate(letter["paragraphs"], start=1)
        ]
        out["letter"] = {**letter, "paragraphs": paragraphs}
    return out


def _bullet(bullet: Any, role: str, n: int, taken: set[str]) -> Any:
    """A bullet as written, with its id: a text alone (``- Ran the ward.``) is its ``text``."""
    if _text(bullet) is not None:
        bullet = {"text": bullet}
    if isinstance(bullet, Mapping) and bullet.get("id") is None:
        return _named(bullet, bullet_id(role, n, taken))
    return bullet


def _named(item: Mapping[str, Any], id_: str) -> dict[str, Any]:
    """``item`` with the id ``id_``, first, where a CV writes it."""
    return {"id": id_, **{key: value for key, value in item.items() if key != "id"}}


def _named_items(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every role, bullet, publication and letter paragraph of CV ``data`` that is a mapping."""

    def mappings(value: Any) -> list[Mapping[str, Any]]:
        return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []

    roles = mappings(data.get("experience"))
    letter = data.get("letter") if isinstance(data.get("letter"), Mapping) else {}
    return [
        *roles,
        *(b for role in roles for b in mappings(role.get("bullets"))),
        *mappings(data.get("publications")),
        *mappings(letter.get("paragraphs")),
    ]


def _text(value: Any) -> str | None:
    """A text field's value (or an id's) as the model reads it, a number as written (``2019`` is "2019"); None for
    none, or for a list or a mapping."""
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None
