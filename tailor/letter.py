"""Choose and order a cover letter for one posting from the owner's own letter material.

Every word of the letter comes from the CV's ``letter:`` block, except what fills its
slots (:mod:`tailor.cv.slots`): the posting's company, job title, hiring manager and
team as the posting states them, and the date. The choice is deterministic, and made
with the scores the caller gives (the same scorer as the bullets':
:func:`tailor.rank.score_texts`). The rules:

1. A text that needs a slot the posting does not fill is not used, and its part says
   why ("needs hiring_manager, which the posting does not name").
2. The greeting is the first usable one in CV order: they are written most personal
   first ("Dear {{ hiring_manager }}," before "Dear hiring team,").
3. The opening and the closing are the usable ones most relevant to the posting (their
   words and tags), the first of equals, so the first when nothing tells them apart. A
   text with tags is meant for the postings they name: where the posting says one of
   them, it goes before any without tags, whatever words the others share with the
   posting; where the posting says none of them, it yields to one without tags ("I now
   want to teach", tagged for teaching, is not sent to a hotel because it shares
   "kitchen" with it). One whose tags the job title says goes before one whose tags only the posting's other
   words say: the title is what the job is ("Manager, Security Operations Center" wants the opening tagged for
   security operations before the one tagged for cloud security, which it also asks for).
4. A body paragraph scores as its own words and tags, or, when higher, as the mean of
   the scores of the bullets it speaks for: a paragraph about three bullets is about
   that body of work. Pinned paragraphs are kept; then the best, up to the budget, those
   whose tags the posting names first; one whose tags it does not name is not used, and one whose tags it
   names only among what would be nice competes by its score, as one without tags does. A
   paragraph that shares nothing with the posting is never chosen over one that does,
   and is used only when none does (the first, so that a letter has a body). Past two
   (:data:`FULL_BODY`), one that competes by its score and scores under a quarter of the best
   body paragraph's (:data:`tailor.select.RELEVANT_SHARE`, as a bullet is relevant) leaves
   its place empty: a letter argues the fit, and a paragraph on work the posting hardly
   names says nothing for it.
5. The kept paragraphs print in the CV's order, not by score: they are prose, written
   to follow one another ("Before that, …"); relevance decides *which*, the author
   decides *how they read*, as the year does for publications.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tailor.cv import markup, slots
from tailor.cv.dates import DEFAULT_STYLE, DateStyle
from tailor.errors import TailorError
from tailor.posting.plausible import without_legal_form
from tailor.select import RELEVANT_SHARE

if TYPE_CHECKING:
    from tailor.cv.model import Letter
    from tailor.posting.details import Field, PostingDetails

PartKind = Literal["greeting", "opening", "paragraph", "closing", "sign_off"]
DEFAULT_PARAGRAPHS = 3
"""Body paragraphs a letter keeps at most when not told: with an opening and a closing, a page."""

FULL_BODY = 2
"""Body paragraphs a letter holds before one of little evidence leaves its place empty: a body of one paragraph reads
as a note, not a letter (rule 4)."""

PAGE_FIT = "page fit"
"""The reason of a body paragraph left out to fit the letter on its page."""


@dataclass(frozen=True)
class Part:
    """One text of the letter material, whether the letter uses it, and why."""

    kind: PartKind
    id: str
    """A paragraph's id; ``opening:2``, ``closing:1``, ``greeting:1`` (from 1) for the others; ``sign_off``."""
    text: str
    """As written: emphasis markers and slots."""
    score: float
    kept: bool
    reason: str

    def plain(self, values: Mapping[str, str | None]) -> str:
        """As the letter prints it, markers taken out, slots filled: what the read-back check looks for."""
        return markup.plain(slots.fill(self.text, values))


_OPTIONS = {"company": "--company", "title": "--title", "hiring_manager": "--hiring-manager"}
"""The options that fill a slot by hand, for a posting that does not name what it holds."""


@dataclass(frozen=True)
class LetterChoice:
    """The letter for one posting: which of the owner's texts it prints, in order, and with what in their slots."""

    values: dict[str, str]
    """Each slot the posting fills (and the date), by name."""
    sources: dict[str, str]
    """Where each value came from: a rule of :data:`tailor.posting.details.SOURCES`, or ``today``."""
    parts: list[Part]
    """Every text of the letter material, in CV order (greetings, openings, paragraphs, closings, sign-off)."""
    budget: int
    """How many body paragraphs it could keep."""

    def kept(self, kind: PartKind) -> list[Part]:
        """The kept parts of ``kind``, in CV order."""
        return [p for p in self.parts if p.kind == kind and p.kept]

    def one(self, kind: PartKind) -> Part | None:
        """The first kept part of ``kind`` (a greeting, a sign-off), or None."""
        found = self.kept(kind)
        return found[0] if found else None

    @property
    def body(self) -> list[Part]:
        """The kept body paragraphs, in the order the letter prints them (the CV's)."""
        return self.kept("paragraph")

    @property
    def printed(self) -> list[Part]:
        """Every kept part in the order the letter prints it."""
        order: list[PartKind] = ["greeting", "opening", "paragraph", "closing", "sign_off"]
        return [p for kind in order for p in self.kept(kind)]

    @property
    def skipped(self) -> list[Part]:
        """The parts left out, with why, in CV order."""
        return [p for p in self.parts if not p.kept]

    @property
    def lacking(self) -> list[str]:
        """What the letter goes without although its material has some (a greeting, an opening, a closing, the
        body), each with why: every one of them needs a slot the posting does not fill."""
        out = []
        for kind, name in (
            ("greeting", "greeting"),
            ("opening", "opening"),
            ("paragraph", "body"),
            ("closing", "closing"),
        ):
            parts = [p for p in self.parts if p.kind == kind]
            if parts and not any(p.kept for p in parts):
                needs = sorted({slot for p in parts for slot in slots.missing(p.text, self.values)})
                options = [_OPTIONS[slot] for slot in needs if slot in _OPTIONS]
                given = f"Pass {' and '.join(options)}, or add" if options else "Add"
                out.append(
                    f"The letter has no {name}: each of yours needs {' and '.join(needs)}, which the posting does "
                    f"not name. {given} one to your letter material that needs no slot."
                )
        return out

    def without(self, part_id: str, reason: str = PAGE_FIT) -> LetterChoice:
        """This letter without the body paragraph ``part_id``, left out for ``reason``."""
        parts = [replace(p, kept=False, reason=reason) if p.id == part_id else p for p in self.parts]
        return replace(self, parts=parts)


EXAMPLE = """\
letter:
  greetings: ["Dear {{ hiring_manager }},", "Dear {{ company }} hiring team,"]
  openings: ["I am writing to apply for the {{ title }} role at {{ company }}."]
  paragraphs:
    - id: letter-pipelines
      text: At Acme I built the streaming pipelines that feed every dashboard.
      bullets: [acme-pipelines]      # the ids of the bullets it speaks for
  closings: ["I would welcome the chance to talk about how I could help {{ company }}."]
  sign_off: Kind regards,"""
"""A letter block in brief, for the message that asks for one."""


def no_letter(cv_path: Path) -> TailorError:
    """The error for a letter asked of a CV without letter material: tailor does not write one instead."""
    where = (
        "A JSON Resume has no place for one: make your CV a tailor YAML file (`tailor init --from "
        f"{cv_path.name}`), then add"
        if cv_path.suffix.lower() == ".json"
        else "Add"
    )
    return TailorError(
        f"Your CV {cv_path} has no letter: block, so there is nothing of yours to make a letter from; tailor "
        f"never writes a letter's sentences for you. {where} a letter: block in your own words, such as:\n\n"
        f"{EXAMPLE}\n\n`tailor init --letter` prints a commented example; `tailor validate --help` describes it."
    )


Scorer = Callable[[Sequence[str]], list[float]]
"""The relevance of each of some texts to the posting (:func:`tailor.rank.score_texts`, bound to it)."""


def slot_values(
    details: PostingDetails, today: dt.date, dates: DateStyle = DEFAULT_STYLE
) -> tuple[dict[str, str], dict[str, str]]:
    """What fills each slot for a posting with ``details``, made on ``today`` (printed as ``dates``
    says: ``14 March 2025`` by default), and where each came from. A company found in the posting is named as a
    letter names it, without its legal form, abbreviated or in full ("Dear Hartwell Foods hiring team,", not "… Foods,
    Inc. hiring team,", nor "… Foods Corporation hiring team,"); one set by hand (``--company``) as given."""
    values: dict[str, str] = {"date": dates.day(today)}
    sources: dict[str, str] = {"date": "today"}
    for name in _FROM_POSTING:
        value = details.value(name)
        if value:
            source = details.source(name) or ""
            if name == "company" and source != "given":
                value = without_legal_form(value, spelled_out=True)
            values[name] = value
            sources[name] = source
    return values, sources


_FROM_POSTING: tuple[Field, ...] = ("company", "title", "hiring_manager", "team")
"""The slots the posting's details fill (:data:`tailor.cv.slots.SLOTS`; the date is the day's)."""


def choose(
    letter: Letter,
    values: Mapping[str, str],
    sources: Mapping[str, str],
    score: Scorer,
    bullet_scores: Mapping[str, float],
    *,
    paragraphs: int | None = None,
    said: Callable[[Sequence[str]], list[int]] | None = None,
) -> LetterChoice:
    """The letter of ``letter`` for a posting whose details fill ``values``, by the rules of this module.

    ``score`` scores texts against the posting; ``bullet_scores`` are the ranking's scores of the
    CV's bullets; ``paragraphs`` is the most body paragraphs to keep (default :data:`DEFAULT_PARAGRAPHS`);
    ``said`` tells where the posting says each tag (:func:`tailor.rank.said_by`: 3 in its job title, 2 among what
    it asks, 1 only among what would be nice, 0 not at all; by default, 2 for a tag it shares any word with).
    """
    budget = paragraphs if paragraphs is not None else DEFAULT_PARAGRAPHS
    if budget < 1:
        raise ValueError(f"paragraphs must be at least 1, not {budget}")
    openings = [(v.text, v.tags) for v in letter.openings]
    closings = [(v.text, v.tags) for v in letter.closings]
    body = [(p.text, p.tags) for p in letter.paragraphs]
    # One call for every text: the posting's analysis is shared.
    every = [*openings, *body, *closings]
    scores = score([_scored(text, tags) for text, tags in every]) if every else []
    opening_scores = scores[: len(openings)]
    body_scores = scores[len(openings) : len(openings) + len(body)]
    closing_scores = scores[len(openings) + len(body) :]
    for n, paragraph in enumerate(letter.paragraphs):
        tied = [bullet_scores.get(ref, 0.0) for ref in paragraph.bullets]
        if tied:
            body_scores[n] = max(body_scores[n], round(sum(tied) / len(tied), 6))

    tagged = [*openings, *closings, *body]
    every_tag = sorted({tag for _, tags in tagged for tag in tags})
    if every_tag:
        named = dict(zip(every_tag, said(every_tag) if said else [2 * (s > 0) for s in score(every_tag)], strict=True))
    # 3: written for postings that name one of its tags, and this one's job title does; 2: what it asks of the hire
    # does; 1: written for any posting, or for postings that name its tags and this one only wishes for one (a
    # nice-to-have's "Spanish is a plus" does not put the Spanish paragraph before a better one); 0: written for
    # others. The levels are :func:`tailor.rank.said_by`'s.
    meant = [max(named[tag] for tag in tags) if tags else 1 for _, tags in tagged]
    ends = len(openings) + len(closings)

    parts = _greetings(letter.greetings, values)
    parts += _best("opening", [t for t, _ in openings], opening_scores, values, meant[: len(openings)])
    parts += _body(letter, body_scores, values, budget, meant[ends:])
    parts += _best("closing", [t for t, _ in closings], closing_scores, values, meant[len(openings) : ends])
    if letter.sign_off is not None:
        parts += _greetings([letter.sign_off], values, kind="sign_off")
    return LetterChoice(dict(values), dict(sources), parts, budget)


def _scored(text: str, tags: Sequence[str]) -> str:
    """What ranking reads of a text: its own words (no slots, no markers) and its tags."""
    return " ".join([markup.plain(slots.without(text)), *tags])


def _needs(text: str, values: Mapping[str, str]) -> str:
    """Why ``text`` cannot be used for this posting; "" when it can."""
    missing = slots.missing(text, values)
    if not missing:
        return ""
    named = " and ".join(missing)
    return f"needs {named}, which the posting does not {'name' if len(missing) == 1 else 'state'}"


def _greetings(texts: Sequence[str], values: Mapping[str, str], kind: PartKind = "greeting") -> list[Part]:
    """The first usable text is kept; the others are not."""
    parts: list[Part] = []
    taken = False
    for n, text in enumerate(texts, start=1):
        why = _needs(text, values)
        part_id = "sign_off" if kind == "sign_off" else f"{kind}:{n}"
        if why:
            parts.append(Part(kind, part_id, text, 0.0, False, why))
        elif taken:
            parts.append(Part(kind, part_id, text, 0.0, False, "an earlier one is usable"))
        else:
            parts.append(Part(kind, part_id, text, 0.0, True, "as written" if kind == "sign_off" else "first usable"))
            taken = True
    return parts


def _best(
    kind: PartKind, texts: Sequence[str], scores: Sequence[float], values: Mapping[str, str], meant: Sequence[int]
) -> list[Part]:
    """The usable text of highest score is kept (the first of equals), one most ``meant`` for the posting
    before any other: one whose tags it names (its author wrote it for such a posting) before one without
    tags, and that before one whose tags it does not name."""
    usable = [n for n, text in enumerate(texts) if not _needs(text, values)]
    best = max(usable, key=lambda n: (meant[n], scores[n], -n)) if usable else None

    def why(n: int) -> str:
        if n == best:
            return "most relevant" if meant[n] < 2 else "its tags are the posting's"
        if needs := _needs(texts[n], values):
            return needs
        if meant[n] == meant[best or 0]:
            return "another is more relevant"
        if meant[n] == 0:
            return "its tags are not the posting's"
        # Name the one chosen: "another's tags" left the reader to guess which, and why tags won over words.
        chosen = f"{kind}:{(best or 0) + 1}"
        if meant[best or 0] == 3:
            return f"{chosen} goes first: its tags name the job title's work"
        return f"{chosen} goes first: its tags name what the posting asks"

    return [Part(kind, f"{kind}:{n + 1}", text, scores[n], n == best, why(n)) for n, text in enumerate(texts)]


def _body(
    letter: Letter, scores: Sequence[float], values: Mapping[str, str], budget: int, meant: Sequence[int]
) -> list[Part]:
    """The body paragraphs, kept or not (rule 4); one whose tags the posting names goes before one without tags,
    and one whose tags it does not name is left out ("I speak Spanish", tagged for postings that ask for it), as
    an opening's is."""
    paragraphs = letter.paragraphs
    why = [
        _needs(p.text, values) or ("its tags are not the posting's" if meant[n] == 0 else "")
        for n, p in enumerate(paragraphs)
    ]
    usable = [n for n in range(len(paragraphs)) if not why[n]]
    reasons: dict[int, str] = {}
    for n, paragraph in enumerate(paragraphs):
        if paragraph.pin and not _needs(paragraph.text, values):
            reasons[n] = "pinned"
    # Best first, CV order among equals; pins count within the budget.
    best = max((scores[n] for n in usable), default=0.0)
    little: dict[int, str] = {}
    for n in sorted(usable, key=lambda n: (-meant[n], -scores[n], n)):
        if n in reasons or len(reasons) >= budget:
            continue
        if len(reasons) >= FULL_BODY and meant[n] < 2 and 0 < scores[n] < RELEVANT_SHARE * best:
            little[n] = (
                f"little evidence: it scored {scores[n]:.3f}, under a quarter of the best paragraph's {best:.3f}"
            )
        elif scores[n] > 0:
            reasons[n] = "within budget" if meant[n] < 2 else "its tags are the posting's"
    if not reasons and usable:
        reasons[usable[0]] = "first of the letter"  # nothing shares a word with the posting: a body still
    parts = []
    for n, paragraph in enumerate(paragraphs):
        if n in reasons:
            parts.append(Part("paragraph", paragraph.id, paragraph.text, scores[n], True, reasons[n]))
        else:
            reason = why[n] or (
                "no evidence" if scores[n] <= 0 else little.get(n) or _no_room(n, scores, reasons, budget)
            )
            parts.append(Part("paragraph", paragraph.id, paragraph.text, scores[n], False, reason))
    return parts


NO_ROOM = "no room"
"""How the reason of a body paragraph left out for the number of paragraphs the letter holds begins."""


def _no_room(n: int, scores: Sequence[float], kept: Mapping[int, str], budget: int) -> str:
    """Why paragraph ``n``, usable and relevant, is left out: the letter holds ``budget`` paragraphs and those
    ``kept`` came first, by a higher score or by being pinned or tagged for the posting."""
    holds = f"{NO_ROOM}: the letter holds {budget} paragraph{'s' if budget != 1 else ''}"
    if all(scores[k] >= scores[n] for k in kept):
        return f"{holds}; this one scored {scores[n]:.3f}, below the {len(kept)} kept"
    return f"{holds}, pinned ones and those whose tags the posting asks for first; this one scored {scores[n]:.3f}"
