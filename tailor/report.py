"""Reports of a match as plain data, ready to print as JSON or as a table.

No I/O and no terminal formatting here: the CLI decides how to show these.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tailor import __version__
from tailor.analysis import word_of
from tailor.manifest import COVERAGE_NOTE, coverage_json

if TYPE_CHECKING:
    from tailor.coverage import KeywordCoverage
    from tailor.posting.details import Field
    from tailor.rank import AnalysedPosting, ScoredItem
    from tailor.results import Build, Match


def match_json(result: Match, *, top: int | None = None) -> dict[str, Any]:
    """The ``tailor match --format json`` document.

    ``bullets`` lists every experience bullet of the CV (or the best ``top``), best first, with ``kept``
    saying whether the default résumé includes it; ``score`` is the CV's overall fit
    to the posting, comparable across postings; ``keywords`` and ``coverage`` say
    which of the posting's keywords the résumé evidences.
    """
    kept = set(result.selection.bullet_ids) | {p.id for p in result.selection.publications}
    skill_reason = {c.bullet_id: c.reason for c in result.selection.skill_choices}
    group = result.cv.skill_groups
    coverage = coverage_json(result.coverage)
    return {
        "tailor_version": __version__,
        "cv": {"source": str(result.cv_path), "name": result.cv.contact.name},
        "posting": posting_json(analysed(result)),
        "score": result.ranking.score,
        "fit": result.ranking.label,
        "warnings": result.warnings,
        "bullets": [_item(b, kept, with_entry=True) for b in result.ranking.bullets[:top]],
        "publications": [_item(p, kept) for p in result.ranking.publications[:top]],
        "skills": [
            {
                "text": s.text,
                "group": group.get(s.text),
                "score": s.score,
                "terms": _words(s.terms),
                "related_terms": _words(s.related),
                "kept": s.text in result.selection.skills,
                "reason": skill_reason.get(s.text, ""),
            }
            for s in result.ranking.skills
        ],
        "keywords": coverage["keywords"],
        "where": labels(result),
        "coverage": {k: v for k, v in coverage.items() if k != "keywords"},
    }


def analysed(result: Match) -> AnalysedPosting:
    """The posting of ``result`` as ranking read it: its sections with the weights that counted."""
    assert result.ranking.posting is not None, "a Match made by tailor.pipeline.match"
    return result.ranking.posting


def posting_json(posting: AnalysedPosting) -> dict[str, Any]:
    """Where the posting came from, what it is for (each detail with the rule that found it:
    ``title`` and ``title_source``, ``company`` and ``company_source``, ``location``, …), and how
    each of its sections counted."""
    found = posting.structure
    return {
        "source": posting.posting.source,
        **found.details.as_json(),
        "sections": [
            {
                "kind": s.kind.value,
                "heading": s.heading,
                "opens": _opening(s.text),
                "weight": posting.weight(s),
                "words": s.words,
            }
            for s in found.sections
        ],
    }


OPENING_CHARS = 60
"""How much of a section's first line a report shows, to say which text a section without a heading is."""


_MARKDOWN_MARKS = re.compile(r"^#{1,6}\s+|\*\*|__|`")


def _opening(text: str) -> str:
    """The first line of ``text`` with words in it, without its list mark nor a Markdown heading's or emphasis's marks
    (a board's line of chips, ``#### `💰 $60k` `🌎 Remote` ``), cut at a word to :data:`OPENING_CHARS` characters ("…"
    after)."""
    line = next((line.strip().lstrip("-*•·– ") for line in text.splitlines() if line.strip()), "")
    line = " ".join(_MARKDOWN_MARKS.sub("", line).split())
    if len(line) <= OPENING_CHARS:
        return line
    return line[:OPENING_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


DETAIL_LABELS: dict[Field, str] = {
    "title": "Title",
    "company": "Company",
    "location": "Location",
    "employment_type": "Employment",
    "salary": "Salary",
    "date_posted": "Posted",
    "valid_through": "Closes",
    "url": "URL",
    "hiring_manager": "Hiring manager",
    "team": "Team",
}
"""How reports name each of a posting's details."""


def details(posting: AnalysedPosting) -> list[tuple[str, str, str]]:
    """The posting's details that were found, as ``(label, value, where it came from)``, in report order."""
    found = posting.structure.details
    return [
        (label, value, found.source(field) or "")
        for field, label in DETAIL_LABELS.items()
        if (value := found.value(field)) is not None
    ]


def _words(terms: Iterable[str]) -> list[str]:
    """``terms`` as analysis spells them, an everyday word's without its mark (:func:`tailor.analysis.word_of`)."""
    return list(dict.fromkeys(word_of(term) for term in terms))


def _item(item: ScoredItem, kept: set[str], *, with_entry: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id}
    if with_entry:
        out["entry"] = item.entry
    out |= {
        "text": item.text,
        "score": item.score,
        "terms": _words(item.terms),
        "related_terms": _words(item.related),
        "kept": item.id in kept,
    }
    if item.supporting:
        out["supporting"] = item.supporting
    return out


def labels(result: Match) -> dict[str, str]:
    """Each CV text's name, as a reader names the places a keyword is said: "certificate (BLS, valid through Sep
    2026)", or, once that date has passed, "certificate (BLS, expired Sep 2026)"."""
    named = dict(result.ranking.cv.labels) if result.ranking.cv is not None else {}
    for text_id, when in result.coverage.expired.items():
        if text_id in named:
            label = _VALID_THROUGH.sub("", named[text_id])
            named[text_id] = f"{label[:-1]}, expired {when})" if label.endswith(")") else f"{label} (expired {when})"
    return named


_VALID_THROUGH = re.compile(r", valid through [^,()]*(?=\)$)")


def where(result: Match, found: KeywordCoverage) -> str:
    """Where the CV says a keyword, as a reader names those places, each name once; for one the résumé does not
    evidence, the related terms the CV says, marked as such."""
    assert result.ranking.cv is not None, "a Match made by tailor.pipeline.match"
    named = labels(result)
    # Two texts of one name are one place to a reader: the same licence of two states, "certificate (Registered
    # Architect)", is named once.
    text = ", ".join(dict.fromkeys(named.get(i, i) for i in found.where))
    beside = found.related_beside
    shown = beside[:RELATED_SHOWN]
    # A related skill the CV lists is named once: "Microsoft Excel", not "Microsoft Excel (Microsoft Excel)".
    related = ", ".join(
        r.term
        if (label := named.get(r.where[0], r.where[0])).casefold() == r.term.casefold()
        else f"{r.term} ({label})"
        for r in shown
    )
    if (more := len(beside) - len(shown)) > 0:
        related += f", {more} more"
    if related:
        text += ("; " if text else "") + f"related: {related}"
    if found.met_by:
        places = found.met_places(named)
        how = found.met_how + (f" ({', '.join(places)})" if places else "")
        text = how + ("; " + text if text else "")
    elif (short := found.shortfall) is not None:
        text = f"{short.why}; {text}"
    elif found.keyword.degree_field and not found.where:
        text = "a degree in a related field will do" + ("; " + text if text else "")
    return text


def needed(found: KeywordCoverage) -> str:
    """Whether the posting requires a keyword (:attr:`tailor.keywords.Keyword.need`)."""
    return found.keyword.need


RELATED_SHOWN = 3
"""Related terms a table shows beside a keyword (the JSON lists them all)."""


def matched(item: ScoredItem, words: Mapping[str, str] | None = None) -> str:
    """An item's matched terms as one line, in the posting's ``words`` where given (:func:`term_words`): those
    the item says, then, marked as such, those its role or venue says (:func:`surroundings`), then those that
    count only as related to one the posting says; and why it counts less, if it does."""
    words = words or {}

    def listed(terms: Iterable[str]) -> str:
        return ", ".join(dict.fromkeys(words.get(term, word_of(term)) for term in terms))

    parts = [listed(t for t in item.terms if t not in item.related and t not in item.context)]
    if around := [t for t in item.context if t not in item.related]:
        parts.append(f"{surroundings(item)}: {listed(around)}")
    if item.related:
        parts.append(f"related: {listed(item.related)}")
    text = "; ".join(part for part in parts if part)
    if item.supporting:
        text += f" ({item.supporting}, which the posting does not ask for: counted at a fraction)"
    return text


def surroundings(item: ScoredItem) -> str:
    """What an item's :attr:`~tailor.rank.ScoredItem.context` terms come from, as a report names it."""
    return "its venue" if item.kind == "publication" else "its role"


def term_words(result: Match) -> dict[str, str]:
    """Every term an item of ``result`` matched → the words the posting says it with ("based billing" for
    "base bill": :func:`tailor.keywords.posting_words`), or, for a term the posting does not say and which
    counts as related to one it does, the words of the CV item that says it ("AzureML", not "azureml"): how
    explanations show them."""
    from tailor.analysis import locate
    from tailor.keywords import as_written, posting_words

    ranking = result.ranking
    items = (*ranking.bullets, *ranking.publications, *ranking.skills)
    words = posting_words(ranking, {term for item in items for term in item.terms if term not in item.related})
    lexicon = ranking.cv.lexicon if ranking.cv is not None else None
    for item in items:
        if lent := set(item.related) - words.keys():
            for start, end, term in locate(item.text, lent, lexicon):
                name = lexicon.canonical(term) if lexicon is not None else None
                written = " ".join(item.text[start:end].split())
                words.setdefault(term, as_written(name or term, written, lexicon.proper if lexicon else ()))
    # A related term the item's text does not say, which its role's title does ("Registered Respiratory
    # Therapist" for RRT), goes by the lexicon's name for it, not by its lower-case key.
    if lexicon is not None:
        for item in items:
            for term in set(item.related) - words.keys():
                if name := lexicon.canonical(term):
                    words[term] = name
    return words


def kept_per_role(result: Build) -> list[tuple[str, int, int, bool]]:
    """For each role printed, in the résumé's order, then each left out (a project none of whose bullets was chosen,
    :attr:`~tailor.cv.model.Experience.prints_bare`): (its employer, or its title where the CV names no employer,
    bullets kept, bullets in the CV, whether it is printed)."""
    printed = [(r.entry, len(r.bullets), True) for r in result.selection.roles]
    shown = {id(entry) for entry, _, _ in printed}
    printed += [(entry, 0, False) for entry in result.match.cv.experience if id(entry) not in shown]
    return [(entry.employer or entry.heading, kept, len(entry.bullets), on) for entry, kept, on in printed]


def markdown(result: Match, *, top: int | None = None) -> str:
    """The match as Markdown, for pasting into notes: every bullet and skill, or the best ``top`` of each."""
    posting = posting_json(analysed(result))
    what = " at ".join(x for x in (posting["title"], posting["company"]) if x) or posting["source"]
    cov = result.coverage
    required = cov.required
    lines = [
        f"# {result.cv.contact.name} × {what}",
        "",
        f"- Posting: `{posting['source']}`" if result.posting.source != "-" else "- Posting: standard input",
        *(f"- {label}: {_md(value)} ({source})" for label, value, source in details(analysed(result))),
        f"- Fit score: {result.ranking.score:.3f} ({result.ranking.label})",
    ]
    if cov.ratio is not None:
        done = sum(k.met for k in required)
        lines.append(f"- Required keywords met: {done} of {len(required)} ({cov.ratio:.0%})")
    lines += ["", "## Bullets, best first", "", "| # | score | kept | bullet | matched terms |"]
    lines += ["|---|---|---|---|---|"]
    kept = set(result.selection.bullet_ids)
    words = term_words(result)
    for n, b in enumerate(result.ranking.bullets[:top], start=1):
        mark = "✓" if b.id in kept else ""
        lines.append(f"| {n} | {b.score:.3f} | {mark} | {_md(b.text)} | {_md(matched(b, words))} |")
    if result.ranking.skills:
        chosen, group = set(result.selection.skills), result.cv.skill_groups
        reasons = {c.bullet_id: c.reason for c in result.selection.skill_choices}
        lines += ["", "## Skills, best first", "", "| # | score | kept | skill | group | matched terms | why |"]
        lines += ["|---|---|---|---|---|---|---|"]
        for n, s in enumerate(result.ranking.skills[:top], start=1):
            mark = "✓" if s.text in chosen else ""
            lines.append(
                f"| {n} | {s.score:.3f} | {mark} | {_md(s.text)} | {_md(group.get(s.text) or '')} "
                f"| {_md(matched(s, words))} | {_md(reasons.get(s.text, ''))} |"
            )
    lines += ["", "## Keywords", "", "| keyword | required | status | where |", "|---|---|---|---|"]
    for k in cov.keywords:
        # Met by an alternative or one of its kind; shown, but not met.
        status = "met" if k.met_by else short.status if (short := k.shortfall) is not None else k.status
        lines.append(f"| {_md(k.keyword.label)} | {needed(k)} | {status} | {_md(where(result, k))} |")
    lines += ["", f"_{COVERAGE_NOTE}_", ""]
    return "\n".join(lines)


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def top_terms(result: Build, limit: int = 10) -> list[str]:
    """The posting terms matched most often by the kept bullets, most frequent first, in the posting's words;
    not the words every posting and résumé use ("team", "able"), which ranking counts for little, nor a
    bullet's terms that only relate to one the posting names ("cold calling" for "sales"): the posting does
    not say them; nor those only its role's title says: the bullets do not; nor a word of a phrase matched as
    often ("journal" beside "journal entries"), which says again what the phrase says."""
    from tailor.keywords import posting_words
    from tailor.rank.weights import is_generic

    kept = set(result.selection.bullet_ids)
    counts = Counter(
        t
        for b in result.match.ranking.bullets
        if b.id in kept
        for t in b.terms
        if t not in b.related and t not in b.context and not is_generic(t)
    )
    phrases = [term for term in counts if " " in term]
    counts = Counter(
        {
            term: n
            for term, n in counts.items()
            if " " in term or not any(term in p.split() and counts[p] >= n for p in phrases)
        }
    )
    best = [term for term, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
    words = posting_words(result.match.ranking, best)
    return list(dict.fromkeys(words[term] for term in best))
