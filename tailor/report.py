"""Reports of a match as plain data, ready to print as JSON or as a table.

No I/O and no terminal formatting here: the CLI decides how to show these.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tailor import __version__
from tailor.pipeline import Build, Match
from tailor.posting import Posting, structure
from tailor.rank import ScoredItem


def match_json(result: Match) -> dict[str, Any]:
    """The ``tailor match --format json`` document.

    ``bullets`` lists every experience bullet of the CV, best first; ``score`` is
    the CV's overall fit to the posting, comparable across postings.
    """
    return {
        "tailor_version": __version__,
        "cv": {"source": str(result.cv_path), "name": result.cv.contact.name},
        "posting": posting_json(result.posting),
        "score": result.ranking.score,
        "bullets": [_item(b, with_entry=True) for b in result.ranking.bullets],
        "publications": [_item(p) for p in result.ranking.publications],
        "skills": [{"text": s.text, "score": s.score, "terms": list(s.terms)} for s in result.ranking.skills],
    }


def posting_json(posting: Posting) -> dict[str, Any]:
    """Where the posting came from, what it is for, and how each of its sections counted."""
    found = structure.of(posting)
    return {
        "source": posting.source,
        "title": found.title,
        "company": found.company,
        "sections": [
            {"kind": s.kind.value, "heading": s.heading, "weight": s.weight, "words": s.words} for s in found.sections
        ],
    }


def _item(item: ScoredItem, *, with_entry: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id}
    if with_entry:
        out["entry"] = item.entry
    out |= {"text": item.text, "score": item.score, "terms": list(item.terms)}
    return out


def kept_per_role(result: Build) -> list[tuple[str, int, int]]:
    """For each role: (employer, bullets kept, bullets in the CV)."""
    return [(r.entry.employer, len(r.bullets), len(r.entry.bullets)) for r in result.selection.roles]


def top_terms(result: Build, limit: int = 10) -> list[str]:
    """The posting terms matched most often by the kept bullets, most frequent first."""
    kept = set(result.selection.bullet_ids)
    counts = Counter(t for b in result.match.ranking.bullets if b.id in kept for t in b.terms)
    return [term for term, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
