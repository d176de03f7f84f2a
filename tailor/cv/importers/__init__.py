"""Import the CV a person already has into a draft of tailor's CV: ``tailor init --from``.

One module per kind of source, each a function ``path → Draft``:

* :mod:`.linkedin`: a LinkedIn data export (the ``.zip`` of "Get a copy of your data", or its folder);
* :mod:`.jsonresume`: a JSON Resume file;
* :mod:`.rendercv`: a RenderCV YAML file;
* :mod:`.document`: a résumé as ``.docx``, ``.pdf``, ``.html``, ``.txt`` or ``.md`` (``.doc``, ``.odt`` and ``.rtf``
  converted to ``.docx`` by LibreOffice), read with its layout
  (:mod:`.layout`) and parsed into roles, bullets and dates (:mod:`.resume`).

Every text in a draft is the source's own, copied verbatim; an importer only decides
where it goes. Where that is uncertain, a :class:`Note` says so at the field it
concerns, and what has no place is kept in :attr:`Draft.leftovers`.
:func:`tailor.cv.init.init` writes the draft as commented YAML.
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tailor.cv.importers.draft import Draft, Note, clean
from tailor.errors import TailorError

__all__ = ["Draft", "Importer", "Note", "clean", "import_cv"]

Importer = Callable[[Path], Draft]


STDIN = Path("-")
"""``tailor init --from -``: a résumé piped in, as text, Markdown or a web page, as a posting may be."""


def import_cv(path: Path, stdin: BinaryIO | None = None) -> Draft:
    """A draft CV from the file or folder at ``path``, by what it is; from ``stdin`` (the process's own
    when not given) when ``path`` is ``-``.

    Raises:
        TailorError: ``path`` is missing, or not a kind of CV tailor can import (the message
            lists the kinds), or cannot be read.
    """
    from tailor.cv.importers.postnominals import letters_apart

    return _in_groups(_addressed_once(_spoken_once(letters_apart(_read(path, stdin)))))


def _in_groups(draft: Draft) -> Draft:
    """``draft`` with each skill the source lists under a label (:attr:`Draft.skill_groups`) in its group, as the CV
    model reads it (``{name, group}``)."""
    skills = draft.data.get("skills")
    if draft.skill_groups and isinstance(skills, list):
        groups = draft.skill_groups
        draft.data["skills"] = [
            {"name": s, "group": groups[s]} if isinstance(s, str) and s in groups else s for s in skills
        ]
    return draft


def _read(path: Path, stdin: BinaryIO | None) -> Draft:
    """The importer's draft of the file at ``path``, by what it is (:func:`import_cv`)."""
    from tailor.cv.importers import document, jsonresume, linkedin, rendercv

    if path == STDIN:
        return document.read_stream(stdin if stdin is not None else sys.stdin.buffer)
    if not path.exists():
        raise TailorError(f"{path} does not exist; give {{source}} a résumé or an export you have.", source="source")
    if path.is_dir() or (zipfile.is_zipfile(path) and path.suffix.lower() not in (".docx", ".odt")):
        return linkedin.read(path)
    suffix = path.suffix.lower()
    if suffix in (".json", ".yaml", ".yml") and _blank(path):
        raise document.no_text(path)  # not a syntax error of a file that says nothing
    if suffix == ".zip":
        raise TailorError(
            f"{path} is no zip archive that can be opened: it may have been cut short while downloading. Download "
            "the LinkedIn export again (Settings → Data privacy → Get a copy of your data), or pass its unzipped "
            "folder."
        )
    if suffix == ".json":
        return jsonresume.read(path)
    if suffix in (".yaml", ".yml"):
        return rendercv.read(path)
    if suffix in document.SUFFIXES:
        return document.read(path)
    raise TailorError(
        f"tailor cannot import {path}: it imports a résumé ({', '.join(sorted(document.SUFFIXES))}), a LinkedIn data "
        "export (the .zip, or its folder), a JSON Resume (.json) or a RenderCV file (.yaml). Save your résumé as "
        ".docx or .pdf and import that."
    )


def _blank(path: Path) -> bool:
    """Whether the file at ``path`` holds nothing but whitespace (a byte-order mark aside)."""
    try:
        return not path.read_bytes().removeprefix(b"\xef\xbb\xbf").strip()
    except OSError:
        return False  # said when it is read


def _addressed_once(draft: Draft) -> Draft:
    """``draft`` without a profile that is its website or an earlier profile again (a JSON Resume's ``url`` and its
    LinkedIn profile; a résumé that printed one address twice): the CV holds each address once."""
    from tailor.cv.model import address_key, once

    contact = draft.data.get("contact")
    if not isinstance(contact, dict) or not isinstance(profiles := contact.get("profiles"), list):
        return draft
    website = contact.get("website")
    seen = {address_key(website)} if isinstance(website, str) else set()
    texts = [p for p in profiles if isinstance(p, str)]
    kept = [p for p in once(texts) if address_key(p) not in seen] if len(texts) == len(profiles) else profiles
    contact["profiles"] = kept
    return draft


def _spoken_once(draft: Draft) -> Draft:
    """``draft`` without the skills that name a language it lists under ``languages`` too (a LinkedIn export's
    Skills.csv and Languages.csv both saying "Spanish"): the résumé prints it once, with its fluency."""
    languages = {
        str(g.get("name") if isinstance(g, dict) else g).strip().lower() for g in draft.data.get("languages") or []
    }
    skills = draft.data.get("skills")
    if not languages or not isinstance(skills, list):
        return draft
    kept = [n for n, s in enumerate(skills) if not (isinstance(s, str) and s.strip().lower() in languages)]
    draft.data["skills"] = [skills[n] for n in kept]
    at = {old: new for new, old in enumerate(kept)}  # a note on a skill stays on it
    for note in draft.notes:
        if note.loc[:1] == ("skills",) and len(note.loc) > 1 and isinstance(note.loc[1], int):
            note.loc = ("skills",) if note.loc[1] not in at else ("skills", at[note.loc[1]], *note.loc[2:])
    return draft
