"""The selection manifest: a JSON record, beside each résumé, of what went in and why.

It names the inputs (with hashes, so a later run can tell whether they changed),
every bullet with its score, matched terms and the reason it was kept or dropped,
and the keyword coverage. Items are listed in CV order, not rank order, so that
``diff`` of two manifests shows how two applications differ item by item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tailor import __version__
from tailor.coverage import Coverage
from tailor.lexicon import user_file

if TYPE_CHECKING:
    from tailor.pipeline import Build

COVERAGE_NOTE = (
    "Lexical coverage: the share of the posting's required keywords that the selected items contain. "
    "It is not a prediction of any applicant tracking system."
)


def manifest(build: Build, *, options: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """The manifest of ``build`` as plain data."""
    m = build.match
    ranked = {item.id: (n, item) for n, item in enumerate(m.ranking.bullets, start=1)}
    choices = {c.bullet_id: c for c in m.selection.choices}
    chosen_pubs = {p.id for p in m.selection.publications}
    position = {bullet_id: n for n, bullet_id in enumerate(m.selection.printed_ids, start=1)}
    found = m.ranking.posting.sections if m.ranking.posting else []
    return {
        "tailor_version": __version__,
        "date": today.isoformat(),
        "inputs": {
            "cv": {"path": str(m.cv_path), "sha256": _file_hash(m.cv_path)},
            "posting": {
                "source": m.posting.source,
                "sha256": hashlib.sha256(m.posting.text.encode("utf-8")).hexdigest(),
                "sections": [{"kind": s.kind.value, "heading": s.heading, "weight": s.weight} for s, _ in found],
            },
            "template": {"path": str(build.template), "sha256": _file_hash(build.template)},
            "skills": _skills_file(m.cv_path),
            "options": options,
        },
        "output": build.output.name,
        "score": m.ranking.score,
        "bullets": [
            {
                "id": bullet.id,
                "entry": entry.employer,
                "text": bullet.plain,
                "rank": ranked[bullet.id][0],
                "score": ranked[bullet.id][1].score,
                "terms": list(ranked[bullet.id][1].terms),
                "kept": choices[bullet.id].kept,
                "reason": choices[bullet.id].reason,
                "position": position.get(bullet.id),
            }
            for entry, bullet in m.cv.bullets()
        ],
        "publications": [
            {"id": p.id, "title": p.title, "score": _score(m.ranking.publications, p.id), "kept": p.id in chosen_pubs}
            for p in m.cv.publications
        ],
        "skills": [{"text": s, "kept": s in m.selection.skills} for s in m.cv.skills],
        "coverage": coverage_json(m.coverage),
        **documents_json(build),
    }


def documents_json(build: Build) -> dict[str, Any]:
    """The PDF, the page fit and the read-back check of ``build``, as far as it has them.

    ``page_fit.dropped`` lists the ids of the bullets left out to fit the pages
    (their ``reason`` is "page fit"), ``dropped_publications`` and ``dropped_skills``
    the others; ``measured_by`` is ``pdf`` (a real page count) or ``estimate``.
    """
    made = build.documents
    if made is None:
        return {}
    found: dict[str, Any] = {"pdf": build.pdf.name if build.pdf is not None else None}
    if made.page_fit is not None:
        fit = made.page_fit
        found["page_fit"] = {
            "pages": fit.pages,
            "measured_by": fit.measured_by,
            "measured_pages": round(fit.measured_pages, 2),
            "dropped": fit.dropped_ids("bullet"),
            "dropped_publications": fit.dropped_ids("publication"),
            "dropped_skills": fit.dropped_ids("skill"),
            "given_back": [item.id for item in fit.readded],
        }
    found["check"] = {
        "ok": made.check.ok,
        "problems": [{"kind": p.kind, "where": p.where, "message": p.message} for p in made.check.problems],
        "warnings": list(made.warnings),
    }
    return found


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    """The coverage table as plain data (also used by ``tailor match --format json``)."""
    return {
        "required_selected_ratio": coverage.ratio,
        "note": COVERAGE_NOTE,
        "keywords": [
            {
                "term": k.keyword.term,
                "kind": k.keyword.kind,
                "required": k.keyword.required,
                "weight": k.keyword.weight,
                "status": k.status,
                "where": list(k.where),
            }
            for k in coverage.keywords
        ],
    }


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _score(items: list, item_id: str) -> float:
    return next(i.score for i in items if i.id == item_id)


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _skills_file(cv_path: Path) -> dict[str, str] | None:
    """The user's own skills.yaml beside the CV, which changes how postings are read, or None."""
    path = user_file(cv_path)
    return {"path": str(path), "sha256": _file_hash(path)} if path is not None else None
