"""Skill mentions in a tokenised text: the lexicon's names and aliases matched on lemmas, longest first, each
read as its canonical skill; an acronym spelled out as other words is no mention of the skill of its letters,
a versioned or numbered name is its skill, a skill inside a longer one is said too where the two are kin."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from typing import TYPE_CHECKING

from tailor.analysis.context import (
    another_acronym_at,
    another_words_form,
    in_its_capitals,
    in_small_letters_among_words,
    language_context,
    opening_word,
    opens_a_certification,
)
from tailor.analysis.tokens import (
    COUNTED_TIME,
    PREFIXES,
    counted,
    lemma_of,
    lemma_table,
    nlp,
    tokenised,
    verbs,
    words_of,
)
from tailor.lexicon import action_nouns, generic_terms, mixed_case, word_log_probabilities
from tailor.lexicon_cache import kept
from tailor.places import is_place, is_region_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tailor.lexicon import Lexicon


@lru_cache(maxsize=1 << 12)
def initials(name: str) -> str:
    """The lowercase first letters of the words of a name of three words or more ("gcp" of "Good Clinical
    Practice"); "" for a shorter one, whose two letters abbreviate too much else."""
    words = name.lower().split()
    return "".join(word[0] for word in words) if len(words) >= 3 else ""


ACTIVITY_HEADS = frozenset(
    {
        "administration",
        "analysis",
        "coordination",
        "design",
        "development",
        "management",
        "marketing",
        "monitor",
        "operation",
        "report",
        "research",
        "screen",
        "strategy",
        "support",
    }
)
"""The last words of multi-word skills that name an activity, not a thing: the words before one name what the
work is on, and count as words of their own ("budget management" is about budgets, "curriculum development"
about a curriculum, "market research" about markets), where "object storage" is storage and no object. The
activity nouns that most often end the lexicon's skills (bench/README.md, seventeenth session)."""
_ACTIVITY_WORDS = {word: word for word in ACTIVITY_HEADS} | {
    "operations": "operation",
    "monitoring": "monitor",
    "reporting": "report",
    "reports": "report",
    "screening": "screen",
}
"""An activity head as a canonical name's last word spells it → its lemma ("operations" → "operation")."""


@lru_cache(maxsize=1024)
def soft_skill(skill: str) -> bool:
    """Whether the lexicon's ``skill`` is a soft skill every posting asks of everyone: its name, less a closing
    "skills", is one generic word (:func:`tailor.lexicon.generic_terms`) or the noun of one ("communication skills":
    "communicate" is generic). The generic words are no phrase keyword; said as a skill of the lexicon's, they are no
    keyword either ("Strong leadership, communication and budgeting skills" asks for no communication a CV must
    show)."""
    words = [lemma_of(word, lemma_table()) for word in skill.lower().split()]
    if len(words) == 2 and words[1] == "skill":
        words = words[:1]
    generic = generic_terms()
    return len(words) == 1 and (words[0] in generic or action_nouns().get(words[0]) in generic)


@dataclass(frozen=True)
class _Skills:
    """The lexicon's names and aliases as lemma sequences, for matching."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First lemma → (the whole lemma sequence, canonical name) for every name and alias
    that starts with it, longest first."""
    ambiguous: frozenset[str]
    """Lemma forms of the ambiguous names, space-joined ("going" matches "go" too)."""
    by_length: dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]] = field(default_factory=dict)
    """:attr:`by_first` grouped by length, longest first: one lookup per length where a lemma starts many names."""
    by_pair: dict[tuple[str, str], tuple[tuple[int, dict[tuple[str, ...], str]], ...]] = field(default_factory=dict)
    """The first two lemmas of the names of two words or more → those of :attr:`by_length`'s lengths whose names open
    with them, longest first: a text's word that starts names ("data") is tried only at the lengths of those its next
    word goes on with (a tenth of them), not at every length."""


@lru_cache(maxsize=4)
def skill_index(lexicon: Lexicon) -> _Skills:
    """The lexicon's names and aliases as lemma sequences, for matching (kept between runs)."""
    return kept(lexicon.key, "skill_index", partial(_index, lexicon))


def _index(lexicon: Lexicon) -> _Skills:
    surfaces = sorted(lexicon.names)
    sequences = dict(lemma_sequences(surfaces))
    patterns = {sequences[s]: lexicon.names[s] for s in surfaces if sequences[s]}
    for surface, (past,) in _past_forms([s for s in surfaces if lexicon.names[s].islower()], sequences):
        patterns.setdefault((past,), lexicon.names[surface])
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for pattern, name in patterns.items():
        by_first.setdefault(pattern[0], []).append((pattern, name))
    by_length: dict[str, dict[int, dict[tuple[str, ...], str]]] = {}
    for first, found in by_first.items():
        for pattern, name in found:
            by_length.setdefault(first, {}).setdefault(len(pattern), {})[pattern] = name
    ordered = {first: tuple(sorted(lengths.items(), reverse=True)) for first, lengths in by_length.items()}
    by_pair: dict[tuple[str, str], list[tuple[int, dict[tuple[str, ...], str]]]] = {}
    for lengths in ordered.values():
        for length, of_length in lengths:
            for pair in dict.fromkeys(pattern[:2] for pattern in of_length if length > 1):
                by_pair.setdefault(pair, []).append((length, of_length))  # type: ignore[arg-type]
    return _Skills(
        {first: tuple(sorted(found, key=lambda p: -len(p[0]))) for first, found in by_first.items()},
        frozenset(" ".join(lemmas) for _, lemmas, _, _ in tokenised(sorted(lexicon.ambiguous))),
        ordered,
        {pair: tuple(lengths) for pair, lengths in by_pair.items()},
    )


def _past_forms(surfaces: list[str], sequences: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, tuple[str]]]:
    """The past form of each name of a concept (``surfaces``: names the lexicon writes in small letters) that is one
    word the lemma table does not know, as a résumé makes a verb of it ("storyboard": "storyboarded", "wireframe":
    "wireframed"): the table, which would read the form back to the word, is too old to know it. Not where the form
    is a word of its own that the table or the word list knows ("informed", "composed")."""
    from tailor.lexicon import word_log_probabilities

    table, known = lemma_table(), word_log_probabilities()
    for surface in surfaces:
        if len(surface) < 5 or not surface.isalpha() or surface in table or sequences.get(surface) != (surface,):
            continue
        if surface.endswith(_NO_VERB_MADE):
            continue
        past = surface + ("d" if surface.endswith("e") else "ed")
        if past not in table and past not in known:
            yield surface, (past,)


_NO_VERB_MADE = ("ing", "ed", "y", "ics", "ism", "tion", "sion", "ment", "ship", "ness", "ity", "ogy", "s")
"""Endings of the names of a work or a field ("storytelling", "cybersecurity", "telemetry"), or of a plural: no word a
verb is made of."""


_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")
"""Lowercase words with single spaces between: text that spaCy's tokenizer splits at the spaces only."""


def lemma_sequences(surfaces: list[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each lowercase name with its tokens' lemmas, as :func:`tokenised` gives them.

    Most names are plain words ("machine learning"), which the tokenizer only splits at
    the spaces (unless a word is one of its special cases, such as "cannot"); those are
    looked up directly, without making the tokenizer meet 3,000 new words at every start.
    """
    rules = nlp().tokenizer.rules
    table = lemma_table()
    other = []
    for surface in surfaces:
        words = surface.split(" ")
        if _PLAIN.fullmatch(surface) and not any(word in rules for word in words):
            yield surface, tuple(lemma_of(word, table) for word in words)
        else:
            other.append(surface)
    for surface, (_, lemmas, _, joins) in zip(other, tokenised(other), strict=True):
        # "high-performance computing" is the pattern of "high performance computing" too.
        yield surface, tuple(lemma for i, lemma in enumerate(lemmas) if i not in joins)


def skill_spans(
    doc: Doc,
    lemmas: list[str],
    original: str | None,
    lexicon: Lexicon,
    joins: frozenset[int] = frozenset(),
    *,
    named: bool = False,
    credential: bool = False,
    around: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """Skill mentions as (start token, end token, canonical name), non-overlapping, longest first.

    Every name and alias is matched on lemmas wherever it occurs, a joining hyphen read as
    a space ("data-quality" is "data quality"); where two mentions overlap the longer one
    wins, then the earlier (as spaCy's ``filter_spans``). ``original`` is the text before
    lowercasing, when its offsets are the doc's. An ambiguous name counts where its context
    says it is the skill, or anywhere in a text that is ``named`` a skill, or written in capitals as the
    lexicon writes it in a text that names a ``credential``. A name's trade sense (:data:`_TRADE_SENSES`) is read
    from the text's lemmas and those ``around`` it (the rest of the document it is part of).
    """
    skills = skill_index(lexicon)
    view: Sequence[int] = [i for i in range(len(lemmas)) if i not in joins] if joins else range(len(lemmas))
    names: dict[tuple[int, int], str] = {}
    _match(doc, lemmas, view, lexicon, names)
    if "(" in lemmas and (inside := _bracketed_initials(doc, original)):
        # "Property and Casualty (P&C) license": the name read past its initials in brackets, where it goes on.
        _match(doc, lemmas, [i for i in view if i not in inside], lexicon, names, across=inside)
    if joins and _CERTIFIED in lemmas:
        for span in _certified_as_another(names, lemmas, joins, lexicon):
            del names[span]
    taken: set[int] = set()
    kept = []
    for start, end in sorted(names, key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    kept.sort()
    if any(
        lemmas[end - 1].isdigit()
        or lemmas[end - 1] == ">"
        or (end < len(lemmas) and lemmas[end] in _BETWEEN_NUMBERS and _HYPHENED_NUMBER.fullmatch(doc[end - 1].text))
        # a code is listed with others ("Exams P and FM"): asked only where a list goes on after it
        or (end < len(lemmas) and lemmas[end] in _BETWEEN_NUMBERS and _code(doc, end - 1, original))
        for _, end in kept
    ):
        for span, name in _numbered_siblings(doc, kept, lexicon, original, lemmas):
            kept.append(span)
            names[span] = name
        kept.sort()
    found = set(kept)
    if any(names[span] in _TRADE_SENSES for span in kept):
        # A name that its trade's sense makes no skill here (a doctor's "Dr.", no disaster recovery's DR) lists none
        # beside an ambiguous one: "reported to Dr. Haas" names no Haas machine.
        read = _in_its_trade([(s, e, names[(s, e)]) for s, e in kept], doc, lemmas, lexicon, around)
        found = {(s, e) for s, e, _ in read}
    # A product's name in the plural ("Sketches", "Epics") is the everyday noun, unless other products list it
    # ("Windows and Macs"): skills of small letters beside it are the work's ("Sketches, wireframes and prototypes").
    products = {span for span in kept if not names[span].islower()}
    spans = [
        (start, end, names[(start, end)])
        for start, end in kept
        if " ".join(lemmas[start:end]) not in skills.ambiguous
        or (
            not another_acronym_at(doc[start:end], original, named, lexicon.capitals)
            and not another_words_form(
                doc[start:end], original, lexicon.surfaces(names[(start, end)]), lexicon.capitals
            )
            and not in_small_letters_among_words(doc[start:end], original, lexicon.inner_capitals)
            # A skill named alone ("React hooks" in a CV's skills) opens with no imperative.
            and not opening_word(doc[start:end], original, lexicon.inner_capitals, frozenset() if named else verbs())
            and (
                named
                or (
                    credential
                    and (
                        in_its_capitals(doc[start:end], original, lexicon.capitals)
                        or opens_a_certification(doc[start:end], original, names[(start, end)])
                    )
                )
                or language_context(
                    doc,
                    doc[start:end],
                    original,
                    products if _a_plural(doc, lemmas, start, end, lexicon) else found,
                    lexicon.spoken,
                )
            )
            and not (
                end - start == 1
                and lemmas[start] in lexicon.spoken  # "React and React Native", "Bash or other scripting": skills
                and end < len(lemmas)
                and (lemmas[end] == "," or lemmas[end] in COORDINATORS)
                and _modifies_a_listed_head(lemmas, start, lexicon)
            )
        )
    ]
    if len(spans) < len(kept):
        judged = {(start, end) for start, end, _ in spans}
        rejected = [span for span in kept if span not in judged]
        if original is not None:
            spans = _trade_acronyms(doc, spans, rejected, lemmas, original, lexicon, around)
        spans = _in_words_left(spans, rejected, names, skills.ambiguous, lemmas)
    if joins:  # "Bi-annual", "Co-op": a prefix joined to its word is no skill of the same letters (BI, CO)
        spans = [(s, e, name) for s, e, name in spans if not (e - s == 1 and e in joins and lemmas[s] in PREFIXES)]
        # "Non-sterile compounding" is no sterile compounding, nor "non-relational databases" relational ones:
        # "non" joined to a skill's first word names its opposite; "cross" another thing ("cross-functional program
        # meetings" hold no functional programming); "self" the thing's own work ("a self-managing team").
        spans = [(s, e, name) for s, e, name in spans if not (s - 1 in joins and lemmas[s - 2] in _OTHER_THAN)]
    spans = [
        (s, e, name) for s, e, name in spans if not (e - s == 1 and len(lemmas[s]) == 1 and _letter_of_a_word(doc, s))
    ]
    if original is not None and lexicon.capitals:
        spans = [(s, e, name) for s, e, name in spans if not (e - s == 1 and _another_case(doc[s], original, lexicon))]
    if original is not None:
        spans = [(s, e, name) for s, e, name in spans if not (e - s == 1 and _a_places_region(doc, s, original))]
    spans = _of_its_maker(doc, spans, original, lexicon)
    # "audit logs", "an audit trail": the records a system keeps of the work, named by it, are no work done.
    spans = [
        (s, e, name)
        for s, e, name in spans
        if not (e - s == 1 and e < len(lemmas) and lemmas[e] in _RECORDS_OF and name.islower())
    ]
    # "UI strings", "UI copy": the words an interface shows, which a writer writes and a translator localizes, are no
    # design of it.
    spans = [
        (s, e, name)
        for s, e, name in spans
        if not (name == _INTERFACE_DESIGN and e < len(lemmas) and lemmas[e] in _AN_INTERFACES_WORDS)
    ]
    # "Twenty years in service": an in-service is one only where its hyphen joins it ("in-servicing", "inservices").
    spans = [(s, e, n) for s, e, n in spans if not (n == _IN_SERVICE and lemmas[s] == "in" and s + 1 not in joins)]
    # "Point-of-sale (POS) materials", "point of sale displays": a campaign's in-store signs and stands, no till.
    spans = [(s, e, name) for s, e, name in spans if not (name == _POINT_OF_SALE and _of_collateral(lemmas, e))]
    # "Manage team calendars", "Lead team meetings": the team is a word of the thing worked on, no team led; "the
    # lead team member", "a growing team": a word that describes the team, no verb.
    spans = [
        (s, e, name)
        for s, e, name in spans
        if not _a_teams_thing(doc, lemmas, s, e) and not _a_described_team(doc, lemmas, s, e)
    ]
    # A span of time a figure counts is no skill that opens with its unit: "within 48 hours of service" is a
    # deadline, no driver's hours of service.
    spans = [(s, e, name) for s, e, name in spans if not (lemmas[s] in COUNTED_TIME and counted(doc, s))]
    # "7 AM – 3:30 PM", "at 5pm": a clock's time is no name its letters spell (PM, preventive maintenance).
    spans = [(s, e, name) for s, e, name in spans if not (e - s == 1 and _a_time(doc, lemmas, s))]
    if any(name in _TRADE_SENSES for _, _, name in spans):
        spans = _in_its_trade(spans, doc, lemmas, lexicon, around)
    if original is not None and any(letters.upper() in original for letters in _WORDS_AS_LETTERS):
        spans = _words_as_letters(doc, lemmas, original, spans, lexicon, around)
    if "(" in lemmas and spans:
        spans = _products_in_its_bracket(doc, spans, lexicon)
    # An acronym's words stand beside it in brackets, before it or after it: no bracket, nothing to read.
    return (
        _spelled_out(doc, spans, lexicon)
        if "(" in lemmas and any(end - start == 1 for start, end, _ in spans)
        else spans
    )


@dataclass(frozen=True)
class _Letters:
    """A trade's letters that spell a word of every text ("OR"): the skill they name, the words (lemmas) a text of
    the trade says, and the nouns after them and the words before them that make them a name, not the word."""

    skill: str
    trade: frozenset[str]
    heads: frozenset[str]
    before: frozenset[str]


_WORDS_AS_LETTERS: dict[str, _Letters] = {
    # Surgery writes the operating room as "OR": "OR staff", "OR nurses", "OR case coverage", "in the OR", "an OR
    # nurse". The conjunction written in capitals for emphasis ("BSN OR ADN") stands between two alternatives, Oregon
    # after its town ("Portland, OR"), and operations research's "OR" in a text that speaks of no surgery: none names
    # a noun of the room's work after it, nor follows an article.
    "or": _Letters(
        "operating room",
        frozenset({"surgeon", "surgery", "surgical", "perioperative", "periop", "intraoperative", "anesthesia"})
        | frozenset({"anaesthesia", "anesthesiologist", "scrub", "sterile", "implant", "orthopedic", "spine"}),
        frozenset({"staff", "nurse", "nursing", "team", "case", "coverage", "time", "setting", "environment"})
        | frozenset({"suite", "tech", "technician", "schedule", "scheduling", "efficiency", "turnover", "table"})
        | frozenset({"personnel", "director", "manager", "protocol", "etiquette", "attire", "circulator"}),
        frozenset({"the", "an"}),
    ),
}
"""Letters in capitals that spell a word every text uses, read as their trade's name where a text of the trade writes
them as a name (:func:`_words_as_letters`). Keyed by the word's lemma."""


def _words_as_letters(
    doc: Doc,
    lemmas: list[str],
    original: str,
    spans: list[tuple[int, int, str]],
    lexicon: Lexicon,
    around: frozenset[str],
) -> list[tuple[int, int, str]]:
    """``spans`` with each of :data:`_WORDS_AS_LETTERS` that ``original`` writes in capitals, in a text whose words (or
    those ``around`` it) speak of the trade, read as the trade's name where a noun of its work follows it ("OR staff")
    or an article comes before it ("in the OR"), and the line is not all in capitals."""
    said = frozenset(lemmas) | around
    taken = {i for start, end, _ in spans for i in range(start, end)}
    added = []
    for i, lemma in enumerate(lemmas):
        letters = _WORDS_AS_LETTERS.get(lemma)
        if letters is None or i in taken or said.isdisjoint(letters.trade):
            continue
        if original[doc[i].idx : doc[i].idx + len(doc[i])] != lemma.upper() or lexicon.canonical(letters.skill) is None:
            continue

        def written(j: int) -> str:
            return original[doc[j].idx : doc[j].idx + len(doc[j])]

        after = i + 1 < len(lemmas) and lemmas[i + 1] in letters.heads and not written(i + 1).isupper()
        before = i > 0 and lemmas[i - 1] in letters.before and not written(i - 1).isupper()
        if after or before:
            added.append((i, i + 1, letters.skill))
    return sorted([*spans, *added]) if added else spans


_OF_THE_CLOCK = frozenset({"am", "pm", "a.m.", "p.m."})


def _a_time(doc: Doc, lemmas: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a clock's "AM" or "PM" after its figure ("3:30 PM", "5pm", "11 a.m.")."""
    return lemmas[i] in _OF_THE_CLOCK and i > 0 and any(ch.isdigit() for ch in doc[i - 1].text)


def _in_words_left(
    spans: list[tuple[int, int, str]],
    rejected: list[tuple[int, int]],
    names: dict[tuple[int, int], str],
    ambiguous: frozenset[str],
    lemmas: list[str],
) -> list[tuple[int, int, str]]:
    """``spans`` with the names of ``names`` that an ambiguous name not taken as the skill (``rejected``) had
    overlapped, longest first, where no kept span overlaps them: "common application security" names application
    security, though the longer "common application" (the college application's name, ambiguous) came first and is
    no skill here. Not a name inside the rejected one, whose words are read as everyday ones ("an open API to
    partners" names no OpenAPI, nor an API skill), and only names that need no context: an ambiguous one was judged
    with its rival in place."""
    taken = {i for start, end, _ in spans for i in range(start, end)}
    found = list(spans)
    for start, end in sorted(names, key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
        inside = any(a <= start and end <= b for a, b in rejected)
        if not inside and taken.isdisjoint(range(start, end)) and " ".join(lemmas[start:end]) not in ambiguous:
            found.append((start, end, names[(start, end)]))
            taken.update(range(start, end))
    return sorted(found)


def _a_teams_thing(doc: Doc, lemmas: list[str], start: int, end: int) -> bool:
    """Whether the words ``start:end`` of ``doc`` are a verb and its object "team" that only says whose the next word
    is: a noun after it, no function word, adverb or verb's form, and none of the team's people ("Manage team
    calendars", "Lead team meetings"; not "Manage team members", "Lead a team of five", "Manage teams across sites")."""
    if end - start < 2 or end >= len(doc) or doc[end - 1].lower_ != "team" or lemmas[start] not in _LEADING:
        return False
    after = doc[end]
    return (
        after.is_alpha
        and bool(doc[end - 1].whitespace_)
        and after.lower_ not in stop_words()
        and not after.lower_.endswith(("ly", "ing", "ed"))
        and lemmas[end] not in A_TEAMS_PEOPLE
    )


def _a_described_team(doc: Doc, lemmas: list[str], start: int, end: int) -> bool:
    """Whether the words ``start:end`` of ``doc``, a verb of :data:`_LEADING` then "team", follow a determiner, so
    that the verb's word describes the team ("the lead team member", "a growing team", "our managing team"): after
    "the" or "a" no verb is said, and no team is led."""
    return (
        start > 0
        and end - start >= 2
        and lemmas[start] in _LEADING
        and lemmas[end - 1] == "team"
        and doc[start - 1].lower_ in _DETERMINERS
    )


_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "their", "its"})
"""Words a noun phrase opens with, never a verb's subject ("that" is: "someone that leads teams")."""
_LEADING = frozenset({"manage", "lead", "supervise", "oversee", "direct", "run", "head", "coach", "build", "grow"})
"""The verbs a team is led by ("manage a team", "lead teams"): a "blue team" opens with no work on one."""
A_TEAMS_PEOPLE = frozenset({"member", "lead", "leader", "staff", "people", "personnel", "employee", "worker", "mate"})
"""The words after "team" that name its people, not a thing of its: "manage team members" leads the team."""


def opening_skills(
    lemmas: list[str], spans: list[tuple[int, int, str]], joins: frozenset[int], lexicon: Lexicon
) -> frozenset[int]:
    """The tokens of a skill of two words or more that opens a longer one of ``spans`` and stops short of its end, a
    modifier of what the longer one names ("managed care" of "managed care plan", a payer's plan): its words and
    the rest's make no phrase of their own ("care plan"). A skill at the end is the longer one's head, and says
    itself ("medication administration" of "barcode medication administration")."""
    skills = skill_index(lexicon)
    found: set[int] = set()
    for start, end, _ in spans:
        tokens = [i for i in range(start, end) if i not in joins]
        for length, patterns in skills.by_length.get(lemmas[tokens[0]], ()) if tokens else ():
            if 1 < length < len(tokens) and tuple(lemmas[i] for i in tokens[:length]) in patterns:
                found.update(range(tokens[0], tokens[length - 1] + 1))
                break
    return frozenset(found)


_CERTIFIED = "certify"
"""The lemma of "certified", which opens many a credential's name ("Certified Clinical Research Coordinator")."""


def _certified_as_another(
    names: Mapping[tuple[int, int], str], lemmas: list[str], joins: frozenset[int], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """The spans of ``names`` that open with "certified" joined by a hyphen to the letters of another "Certified …"
    credential the text names, no kin of theirs: "CCRP-certified clinical research coordinator" is a coordinator
    certified as a Certified Clinical Research Professional, no Certified Clinical Research Coordinator (CCRC). A
    body that awards the credential ("ACRP-certified", "AAMA-certified medical assistant"), another of its names
    ("PTCB-certified pharmacy technician") or a programme ("ServSafe-certified food protection manager") is no other
    credential."""
    related = kin(lexicon)
    ends = {end: name for (_, end), name in names.items()}
    out = []
    for (start, end), name in names.items():
        if lemmas[start] != _CERTIFIED or start - 1 not in joins or (before := ends.get(start - 1)) is None:
            continue
        own, other = name.lower(), before.lower()
        if (
            other != own
            and any(surface.startswith("certified ") for surface in lexicon.surfaces(before))
            and other not in related.get(own, ())
            and other not in lexicon.instances.get(own, ())
        ):
            out.append((start, end))
    return out


_OTHER_THAN = frozenset({"non", "cross", "self"})
"""Words that, joined by a hyphen to a skill's first word, make it another thing: "non-sterile", "cross-functional", a
"self-managing team" (one that manages itself: no one's team leadership)."""


@dataclass(frozen=True)
class _Sense:
    """Another skill a name means in a trade's text."""

    words: frozenset[str]
    """Lemmas of which any one, in the same text, says the trade is spoken of; none for every text (the name is the
    trade's skill only where ``unless`` says so)."""
    skill: str
    """The trade's skill, canonical in the lexicon; "" where the trade's sense is no skill of the lexicon's (the name
    is then no skill there)."""
    written: str | None = None
    """Only the name written so (its lemmas, space-joined), not its other spellings; None for any."""
    unless: frozenset[str] = frozenset()
    """Lemmas of which any one says the name means itself after all."""


_THERAPY = frozenset({"ptsd", "trauma", "cbt", "emdr", "psychotherapy", "therapist", "clinician", "counseling"})
"""Lemmas of a text that speaks of treating trauma or distress by talking therapies."""
_DATA_WORK = frozenset(
    {"sql", "warehouse", "pipeline", "snowflake", "bigquery", "etl", "airflow", "model", "analytics"}
)
"""Lemmas of a text about the data build tool's work."""

_GRID = frozenset({"scada", "substation", "dnp3", "rtu", "iec", "61850", "relay", "tso", "grid"})
"""Lemmas of a text about a power grid's control and protection: its SCADA, substations, relays and protocols."""

_A_STORE = frozenset({"grocery", "grocer", "supermarket", "cashier", "checkout", "deli", "bakery", "bagger"}) | {
    *("shopper", "store", "retail", "retailer", "merchandise", "merchandising")
}
"""Lemmas of a text about a store's floor: its departments, its checkout and the people who shop there."""
_SOFTWARE_WORK = frozenset({"software", "web", "app", "application", "code", "developer", "engineer", "coding"}) | {
    "programming",
    *("javascript", "typescript", "react", "angular", "vue", "css", "html", "ui", "ux", "api", "browser", "backend"),
    *("framework", "stack", "mobile", "engineering", "development"),
}
"""Lemmas of a text about building software, its web pages and its apps."""
_REHAB = frozenset({"therapist", "physiotherapist", "physiotherapy", "rehabilitation", "rehab", "dpt", "apta", "abpts"})
"""Lemmas of a text about physical therapy and rehabilitation."""

_CHIP_DESIGN = frozenset(
    {"firmware", "fpga", "asic", "rtl", "verilog", "vhdl", "silicon", "semiconductor", "microcontroller", "embed"}
)
"""Lemmas of a text about chips and the software that runs on them."""
_SECURITY_OPERATIONS = frozenset({"siem", "incident", "threat", "soar", "edr", "analyst", "alert"})
"""Lemmas of a text about a security team's alerts: its "SOC" is a security operations center, whatever else it says."""

_SECURITY_INCIDENTS = frozenset({"incident", "breach", "ransomware", "malware", "intrusion", "phishing", "threat"})
_SECURITY_INCIDENTS |= frozenset({"soc", "siem", "edr", "soar", "forensic", "forensics", "containment", "dfir", "ioc"})
"""Lemmas of a text about a security team's incidents and threats, the only text whose "IR" and "CTI" are its incident
response and its cyber threat intelligence (no word of investors, "securities", or of a contact centre's calls)."""

_TALKING_THERAPY = frozenset({"therapy", "therapist", "psychotherapy", "psychotherapist", "counsel", "counseling"})
_TALKING_THERAPY |= frozenset({"counselor", "counsellor", "mental", "psychiatric", "psychologist", "psychology"})
_TALKING_THERAPY |= frozenset({"anxiety", "depression", "trauma", "ptsd", "dbt", "emdr", "insomnia", "clinician"})
"""Lemmas of a text about treating distress by talking therapies, the only text whose "CBT" is cognitive behavioral
therapy (no word of a course taken on a computer or of a broadcast technologist's certificate)."""

_MODEL_TRAINING = frozenset({"llm", "transformer", "bert", "gpt", "lora", "qlora", "peft", "rlhf", "sft", "dpo", "nlp"})
_MODEL_TRAINING |= frozenset({"neural", "pretrained", "pretrain", "checkpoint", "embedding", "hugging", "pytorch"})
_MODEL_TRAINING |= frozenset({"tensorflow", "keras", "ml", "ai", "diffusion", "classifier", "llama", "mistral"})
_MODEL_TRAINING |= frozenset({"resnet", "yolo"})
"""Lemmas of a text about training machine-learning models, the only text whose "fine-tune" is fine-tuning a model (no
query, process or campaign adjusted)."""

_RECOVERY = frozenset({"backup", "restore", "failover", "failback", "replication", "replica", "rto", "rpo", "snapshot"})
_RECOVERY |= frozenset({"recovery", "continuity", "bcp", "veeam", "zerto", "commvault", "rubrik", "datacenter", "hot"})
"""Lemmas of a text about recovering systems from an outage: backups and replicas, failover, the recovery objectives,
whose "DR" is disaster recovery."""

_DIRECTORY = frozenset({"active", "directory", "gpo", "gpos", "ldap", "kerberos", "dns", "dhcp", "entra", "intune"})
_DIRECTORY |= frozenset({"sccm", "mecm", "wsus", "powershell", "o365", "m365", "exchange", "windows", "sysadmin", "ad"})
"""Lemmas (and words) of a text about a Windows network's directory and what runs beside it, whose "AD" is Active
Directory and "GPO" a Group Policy object."""

_TEACHERS = frozenset({"teacher", "educator", "school", "classroom", "k-12", "faculty", "instructional", "pedagogy"})
"""Lemmas of a text about teachers and their schools, whose "PD" is the professional development they are given."""

_CHEMICAL_PROCESSES = frozenset(
    {"chemical", "chemistry", "petrochemical", "refinery", "refining", "reactor", "hysys"}
) | {
    *("distillation", "separation", "crystallization", "evaporation", "filtration", "fermentation", "bioprocess"),
    *("aspen", "chemcad", "debottlenecking", "hazop"),
}
"""Lemmas of a text about a chemical or biological process plant, whose "unit operations" are its distillation and
separation steps."""

_ELECTRICAL = frozenset(
    {"generator", "switchgear", "electrician", "nec", "voltage", "panelboard", "breaker", "conduit", "ups", "genset"}
)
"""Lemmas of a text about a building's or a data centre's electrical power: its generators, gear and circuits."""

_DESIGN_BUILD = frozenset({"proposal", "pursuit", "procurement", "rfp", "rfq", "concept", "owner", "bid"})
"""Lemmas of a text about a design-build contract's pursuit, whose "ATC" is an alternative technical concept."""

_WELDING = frozenset({"weld", "welder", "smaw", "gmaw", "fcaw", "gtaw", "braze", "pipefitter", "boilermaker", "d1.1"})
"""Lemmas of a text about welding: its processes by their AWS names, its trades and its structural code."""
_CLOUD = frozenset({"cloud", "ec2", "s3", "lambda", "azure", "gcp", "devops", "kubernetes", "terraform", "vpc", "iam"})
_CLOUD |= frozenset({"etl", "sql", "software", "api", "serverless"})
"""Lemmas of a text about Amazon's cloud or the software run on it, whose "AWS" is Amazon Web Services whatever
else it says ("Built ETL on AWS; welded three pipelines together")."""

_INSURANCE_CLAIMS = frozenset({"claim", "adjuster", "adjusting", "insurance", "insurer", "insured", "policyholder"})
_INSURANCE_CLAIMS |= frozenset({"casualty", "cpcu", "scla", "ains", "institute", "subrogation", "underwriting"})
"""Lemmas of a text about insurance claims, and of the designations named beside the Associate in Claims (The
Institutes' CPCU and AINS, the AEI's SCLA) and of The Institutes that awards it."""

_TRANSLATION = frozenset(
    {"translation", "translate", "translator", "termbase", "terminology", "glossary", "trados", "memoq", "wordfast"}
    | {"memsource", "xbench", "localization", "localize", "linguist", "mtpe", "post-editing", "cat", "xliff"}
)
"""Lemmas of a text about translating text, whose "TM" is its translation memory."""

_FLIGHT_DECK = frozenset({"pilot", "cockpit", "flightdeck", "aircraft", "aviation", "airline", "airmanship", "crew"})
_FLIGHT_DECK |= frozenset({"crewmember", "captain", "faa", "easa", "atp", "flight"})
"""Lemmas of a text about flying an aircraft or crewing it, whose "CRM" is crew resource management."""

_PILOTS = frozenset({"cockpit", "flightdeck", "aircraft", "aviation", "airline", "airmanship", "captain", "faa"})
_PILOTS |= frozenset({"easa", "amel", "asel", "ames", "ases", "cfi", "cfii", "mei", "turbine", "pic", "sic"})
"""Lemmas of a text about a pilot's flying and credentials (not "pilot" alone, which a study or a program is, nor
"flight", which a mass spectrometer's time of flight is), whose "ATP" is the airline transport pilot certificate."""

_GAME_ENGINES = frozenset({"unity", "unreal", "godot", "gameplay", "dots", "prefab", "shader", "bevy"})
"""Lemmas of a text about making games in an engine, whose "ECS" is the engine's entity component system."""

_DENTISTRY = frozenset({"dental", "dentist", "dentistry", "hygienist", "caries", "fluoride", "tooth", "teeth"})
_DENTISTRY |= frozenset({"periodontal", "perio", "rdh", "prophy", "orthodontic", "molar", "enamel"})
"""Lemmas of a text about teeth and their care, whose "sealants", "SDF" and "ITR" are a dentist's or a hygienist's."""

_OCCUPATIONAL_THERAPY = frozenset({"occupational", "therapy", "therapist", "nbcot", "aota", "cota", "ota"}) | {
    *("patient", "rehab", "rehabilitation", "adl", "adls", "clinical", "clinician", "pediatric", "caseload")
}
"""Lemmas of a text about occupational therapy, whose "OTR" is the registered therapist NBCOT certifies."""

_WORK_REHABILITATION = _OCCUPATIONAL_THERAPY | {
    *("injury", "injured", "worker", "ergonomic", "ergonomics", "physical", "pt", "orthopedic", "employer"),
    *("conditioning", "hardening", "compensation"),
}
"""Lemmas of a text about rehabilitating injured workers, whose "FCE" is a functional capacity evaluation."""

_HEATING_AND_COOLING = frozenset({"hvac", "hvac/r", "hvacr", "furnace", "refrigerant", "refrigeration", "ductwork"})
_HEATING_AND_COOLING |= frozenset({"evaporator", "economizer", "seer", "tonnage", "nate", "trane", "lennox", "rheem"})
"""Lemmas of a text about heating and cooling equipment: the trade's words, its certifying body and the makers of its
rooftop units, whose "RTU" is a rooftop unit."""

_MACHINING = frozenset({"machining", "machinist", "cnc", "lathe", "mill", "milling", "grinder", "grinding", "toolroom"})
_MACHINING |= frozenset({"toolmaker", "mold", "mould", "electrode", "sinker"})
"""Lemmas of a text about cutting metal on machine tools, whose "EDM" is electrical discharge machining."""

_FRONT_DESK = frozenset({"guest", "hotel", "motel", "hostel", "resort", "lodging", "hospitality", "reception"}) | {
    *("receptionist", "concierge", "desk", "room", "reservation", "arrival", "departure", "patient", "passenger"),
    "visitor",
}
"""Lemmas of a text about a desk where guests, patients or passengers arrive and leave, whose "check-in" and
"check-out" are registering them and settling their stay."""

_MAINTAINING = frozenset({"maintenance", "technician", "mechanic", "millwright", "cmms", "hvac", "boiler", "chiller"})
_MAINTAINING |= frozenset({"compressor", "conveyor", "pump", "machinery", "lubrication", "hydraulic", "pneumatic"})
"""Lemmas of a text about keeping equipment running: its technicians, its machines and the system of its work orders,
whose "PM" is preventive maintenance."""
_PRODUCT_WORK = frozenset({"roadmap", "sprint", "backlog", "agile", "scrum", "pmp", "pmo", "saas", "jira", "prd"})
"""Lemmas of a text about building a product or running its projects, whose "PM" is a product or project manager."""

_PURCHASING = frozenset({"purchasing", "procurement", "buyer", "vendor", "supplier", "requisition", "invoice"})
_PURCHASING |= frozenset({"sourcing", "receiving", "payable", "p2p", "erp", "rfq", "quote"})
"""Lemmas (or words as written) of a text about buying for an organisation: its buyers, vendors, requisitions and
invoices, whose "PO" is a purchase order."""

_TRADE_SENSES: dict[str, tuple[_Sense, ...]] = {
    # A machinist's "EDM" cuts metal by sparks; a dance club's is its music, an Oracle shop's enterprise data
    # management ("EDM/EPBCS"): the letters are the machining only where the text speaks of machine tools.
    "EDM": (_Sense(frozenset(), "", unless=_MACHINING),),
    # A game programmer's "ECS" is the engine's entity component system ("Unity DOTS, including ECS"); a cloud
    # engineer's, Amazon's container service.
    "Amazon ECS": (_Sense(_GAME_ENGINES, "entity component system", written="ecs"),),
    # "Check in" and "check out" are a front desk's work (registering an arrival, settling a departure: O*NET's hotel
    # desk clerks and receptionists) where the text speaks of guests, patients or passengers at a desk; elsewhere a
    # blog post to read ("check out our blog"), a meeting ("weekly check-ins") or code committed, and no skill.
    "check-in": (_Sense(frozenset(), "", unless=_FRONT_DESK),),
    "check-out": (_Sense(frozenset(), "", unless=_FRONT_DESK),),
    # A maintenance technician's "PM" and "PMs" are preventive maintenance; a software team's a product or project
    # manager, and no skill, wherever its sprints or roadmap are spoken of.
    "preventive maintenance": (
        _Sense(_PRODUCT_WORK, "", written="pm"),
        _Sense(_PRODUCT_WORK, "", written="pms"),
        _Sense(frozenset(), "", written="pm", unless=_MAINTAINING),
        _Sense(frozenset(), "", written="pms", unless=_MAINTAINING),
    ),
    # A buyer's "PO" and "POs" are purchase orders; a software team's a product owner, and no skill, wherever its
    # sprints or backlog are spoken of; and elsewhere a post office or anything else, where no purchasing is.
    "purchase orders": (
        _Sense(_PRODUCT_WORK, "", written="po"),
        _Sense(_PRODUCT_WORK, "", written="pos"),
        _Sense(frozenset(), "", written="po", unless=_PURCHASING),
        _Sense(frozenset(), "", written="pos", unless=_PURCHASING),
    ),
    # An HVAC technician's "RTU" is a packaged rooftop unit; a SCADA engineer's a remote terminal unit, and no skill.
    "rooftop units": (_Sense(frozenset(), "", written="rtu", unless=_HEATING_AND_COOLING),),
    # "Sealants" alone is a builder's caulk as much as a dental sealant, "SDF" a chemist's structure-data file and
    # "ITR" an income tax return: each is the dental work only where the text speaks of teeth.
    "dental sealants": (_Sense(frozenset(), "", written="sealant", unless=_DENTISTRY),),
    "silver diamine fluoride": (_Sense(frozenset(), "", written="sdf", unless=_DENTISTRY),),
    "interim therapeutic restoration": (_Sense(frozenset(), "", written="itr", unless=_DENTISTRY),),
    # A driver's "OTR" is over-the-road ("1 year OTR experience", "Ran OTR 48 states"); an occupational therapist's
    # is the registered therapist NBCOT certifies (OTR/L, the registered and licensed one).
    "over-the-road": (_Sense(_OCCUPATIONAL_THERAPY, "Registered Occupational Therapist", written="otr"),),
    # A therapist's "FCE" measures what an injured worker can do; an English teacher's is Cambridge's First
    # Certificate in English ("prepared students for FCE and CAE"), and no skill.
    "functional capacity evaluation": (_Sense(frozenset(), "", written="fce", unless=_WORK_REHABILITATION),),
    # A translator's "TM" is the translation memory kept beside the termbase; elsewhere the letters are a trademark, a
    # territory manager or a store's team member, and no skill.
    "translation memory": (_Sense(frozenset(), "", written="tm", unless=_TRANSLATION),),
    # "ATP" is the airline transport pilot's certificate where the text speaks of aircraft, airlines, captains or a
    # pilot's class ratings ("ATP – AMEL", "ATP with a CE-560XL type rating and a first-class medical"); elsewhere
    # a biologist's adenosine triphosphate or a planner's available-to-promise, and no skill.
    "ATP certificate": (_Sense(frozenset(), "", written="atp", unless=_PILOTS),),
    # "IR" is an investor relations team, infrared light and industrial relations as much as incident response, and
    # "CTI" a contact centre's computer telephony integration: the letters are the security work only where the text
    # speaks of security incidents ("Led IR for a ransomware intrusion"), and no skill elsewhere.
    "incident response": (_Sense(frozenset(), "", written="ir", unless=_SECURITY_INCIDENTS),),
    # "CBT" is computer-based training (a hospital's or a plant's "complete CBT modules") and the Society of Broadcast
    # Engineers' Certified Broadcast Technologist ("SBE certification (CBT or CBRE)") as much as the therapy: the
    # letters are the therapy only where the text speaks of treating distress.
    "cognitive behavioral therapy": (_Sense(frozenset(), "", written="cbt", unless=_TALKING_THERAPY),),
    "threat intelligence": (_Sense(frozenset(), "", written="cti", unless=_SECURITY_INCIDENTS),),
    # To "fine-tune" queries, a process or a campaign is to adjust it: the machine-learning skill only where the text
    # speaks of models to train ("fine-tuned BERT", "LLM fine-tuning with LoRA").
    "fine-tuning": (_Sense(frozenset(), "", unless=_MODEL_TRAINING),),
    # "DR" is a doctor's title, the DR Congo or a dining room as much as disaster recovery: the letters are the recovery
    # work only where the text speaks of backups, failover or recovery objectives ("RTO 4 hrs met in the DR test").
    "disaster recovery": (_Sense(frozenset(), "", written="dr", unless=_RECOVERY),),
    # "AD" is an advertisement, Alzheimer's disease or an airworthiness directive, and "GPO" a group purchasing
    # organisation or the Government Publishing Office, as much as Active Directory and its Group Policy objects.
    "Active Directory": (_Sense(frozenset(), "", written="ad", unless=_DIRECTORY - {"ad"}),),
    "Group Policy": (_Sense(frozenset(), "", written="gpo", unless=_DIRECTORY - {"gpo", "gpos"}),),
    # "PD" is a police department or a PD controller as much as it is professional development, and "professional
    # development experience" a developer's years of paid work: either is the training teachers are given only
    # where the text speaks of them.
    "professional development": (_Sense(frozenset(), "", unless=_TEACHERS),),
    # A school's "PLC" is the professional learning community its teachers meet in ("department PLC meetings",
    # "facilitate PLCs and data teams"); a plant's programs the machines, wherever ladder logic or controls are
    # spoken of.
    "PLC": (
        _Sense(
            _TEACHERS | frozenset({"student", "curriculum", "lesson", "principal", "district", "grade"}),
            "professional learning community",
            written="plc",
            unless=frozenset({"ladder", "scada", "hmi", "allen-bradley", "rslogix", "automation", "controls", "vfd"})
            | frozenset({"plant", "machine", "maintenance", "electrical", "instrumentation", "siemens", "robot"}),
        ),
    ),
    # A hospital unit's or a store's "unit operations" are the running of it ("coordinates patient care and unit
    # operations"): a chemical engineer's distillation and separation steps only where a process plant is spoken of.
    "unit operations": (_Sense(frozenset(), "", unless=_CHEMICAL_PROCESSES),),
    # "AIC" is The Institutes' Associate in Claims where insurance claims or the Institutes' other designations are
    # spoken of ("AIC, CPCU or SCLA a plus"), and no skill elsewhere: a statistician's Akaike information criterion
    # ("models chosen by AIC and BIC"), the conservators' American Institute for Conservation.
    "Associate in Claims": (_Sense(frozenset(), "", written="aic", unless=_INSURANCE_CLAIMS),),
    # An electrician's "ATS" moves the load to the generator; a recruiter's tracks applicants.
    "applicant tracking systems": (
        _Sense(
            _ELECTRICAL,
            "automatic transfer switch",
            written="ats",
            unless=frozenset({"recruit", "recruiter", "candidate", "applicant", "hire", "hiring", "sourcing"}),
        ),
    ),
    # A chip designer's or an embedded engineer's "SOC" is a system on a chip (mostly written "SoC", which is no SOC
    # already), where no text about a security team's alerts would leave out its incidents, threats or SIEM.
    "security operations center": (
        _Sense(
            _CHIP_DESIGN,
            "system on a chip",
            written="soc",
            unless=_SECURITY_OPERATIONS,
        ),
        # A home health agency's "SOC, ROC and recert visits" open, resume and renew a patient's episode of care.
        _Sense(
            frozenset({"oasis", "recertification", "recert", "roc"}),
            "start of care",
            written="soc",
            unless=_SECURITY_OPERATIONS,
        ),
    ),
    # A utility's control centre runs an energy management system; a school's "SEL" is social-emotional learning,
    # a substation's the relays of Schweitzer Engineering Laboratories.
    "emergency medical services": (
        _Sense(
            _GRID,
            "energy management systems",
            written="ems",
            unless=frozenset({"patient", "ambulance", "paramedic", "emt", "medic", "firefighter", "trauma"}),
        ),
    ),
    "social-emotional learning": (
        _Sense(
            _GRID,
            "protective relaying",
            written="sel",
            unless=frozenset({"student", "classroom", "school", "teacher", "curriculum", "counselor"}),
        ),
    ),
    "EMT": (
        _Sense(frozenset({"conduit", "raceway", "electrician", "imc", "kcmil", "mcm", "wireman"}), "EMT conduit"),
        # Bending is the conduit's, unless patients are spoken of: an EMT bends over one.
        _Sense(
            frozenset({"bend"}),
            "EMT conduit",
            unless=frozenset({"patient", "ambulance", "paramedic", "medic", "cpr", "trauma", "nremt"}),
        ),
    ),
    # A cockpit's "CRM" is crew resource management, the teamwork every airline trains its pilots and cabin crew in
    # ("applying CRM and TEM on every leg"); a seller's, a marketer's, a fundraiser's or a support desk's is customer
    # relationship management, whatever flights its company sells or its agents once crewed ("experience in a
    # contact center or airline setting … log each contact in the CRM").
    "CRM": (
        _Sense(
            _FLIGHT_DECK,
            "crew resource management",
            written="crm",
            unless=frozenset({"salesforce", "hubspot", "zoho", "pipedrive", "marketing", "campaign", "donor"})
            | frozenset({"fundraising", "prospect", "prospecting", "quota", "segmentation", "loyalty"})
            | frozenset({"zendesk", "freshdesk", "helpdesk", "csat", "e-commerce", "ecommerce", "pipeline"}),
        ),
    ),
    # A dental or medical office's "PPO" is the preferred provider organization whose fee schedule it bills by ("a
    # fee-for-service and PPO practice", "PPO and HMO plans"); a reinforcement learner's is proximal policy
    # optimization, wherever rewards or agents are spoken of, whatever insurance the benefits offer.
    "policy gradient methods": (
        _Sense(
            frozenset({"insurance", "insurer", "insured", "hmo", "epo", "medicaid", "medicare", "copay", "deductible"})
            | frozenset({"payer", "dental", "dentist", "medical", "patient", "claim", "billing", "fee", "network"}),
            "preferred provider organization",
            written="ppo",
            unless=frozenset({"reinforcement", "rl", "rlhf", "reward", "agent", "gradient", "dpo", "grpo", "trpo"})
            | frozenset({"pytorch", "llm", "actor-critic", "q-learning"}),
        ),
    ),
    # A contractor's "EMR" is its workers' compensation experience modification rate, the safety record owners
    # prequalify it by ("Maintained a 0.71 EMR, zero lost-time incidents"), no medical record.
    "EHR": (
        _Sense(
            frozenset({"safety", "osha", "incident", "recordable", "trir", "jobsite", "subcontractor", "contractor"})
            | frozenset({"superintendent", "prequalification", "dart", "ltir"}),
            "experience modification rate",
            written="emr",
            unless=frozenset({"patient", "clinical", "chart", "charting", "physician", "nurse", "nursing", "epic"})
            | frozenset({"cerner", "medical", "clinic", "medication", "hipaa", "ehr"}),
        ),
        # A data platform's "EMR" is Amazon's cluster service, where Spark, Hadoop and Hive run ("Spark jobs on EMR or
        # Databricks"), unless the text speaks of patients and their charts: a health data team extracts from the EMR.
        _Sense(
            frozenset({"spark", "pyspark", "hadoop", "hive", "hdfs", "mapreduce", "yarn", "presto", "trino", "emrfs"})
            | frozenset({"databricks", "ec2", "athena", "redshift", "kinesis", "glue"}),
            "Amazon EMR",
            written="emr",
            unless=frozenset({"patient", "clinical", "chart", "charting", "physician", "nurse", "nursing", "epic"})
            | frozenset({"cerner", "clinic", "medication", "meditech", "ehr", "hospital"}),
        ),
    ),
    # A project manager's "RAID" is the log of its risks, assumptions, issues and dependencies; a storage
    # engineer's an array of disks.
    "RAID": (
        _Sense(
            frozenset({"assumption", "dependency", "stakeholder", "pmo", "milestone", "raci"}),
            "RAID log",
            unless=frozenset({"disk", "storage", "server", "drive", "array", "ssd", "hdd", "firmware", "nas", "san"})
            | frozenset({"zfs", "volume", "filesystem", "hardware", "backup"}),
        ),
    ),
    # A motion designer's "Redshift" renders 3D scenes (Maxon's, beside Cinema 4D and Octane); a data team's is
    # Amazon's warehouse.
    "Amazon Redshift": (
        _Sense(
            frozenset({"cinema", "c4d", "octane", "houdini", "maya", "blender", "arnold", "v-ray", "vray"})
            | frozenset({"render", "rendering", "3d", "animation", "motion", "vfx", "compositing"}),
            "Maxon Redshift",
            written="redshift",
            unless=frozenset({"sql", "warehouse", "etl", "aws", "snowflake", "bigquery", "database", "dbt", "query"}),
        ),
    ),
    # A data team's "Monte Carlo" watches its pipelines' data; a statistician's samples at random.
    "Monte Carlo methods": (
        _Sense(
            frozenset({"observability", "lineage", "dbt", "expectations", "freshness", "snowflake", "pipeline"}),
            "Monte Carlo Data",
            written="monte carlo",
            unless=frozenset({"simulation", "stochastic", "probability", "markov", "sampling", "bayesian", "mcmc"}),
        ),
    ),
    # A carrier's or a broker's "TMS" manages loads; a museum's is its collections system.
    "TMS": (
        _Sense(
            frozenset({"freight", "carrier", "shipment", "dispatch", "dispatcher", "truck", "trucking", "logistics"})
            | frozenset({"ltl", "ftl", "brokerage", "3pl", "load", "lane", "shipper", "transportation"}),
            "transportation management system",
            written="tms",
            unless=frozenset({"museum", "collection", "exhibition", "curator", "registrar", "artwork", "archive"}),
        ),
    ),
    "LPC": (
        _Sense(
            frozenset({"lpq", "shrink", "shoplifting", "theft", "retail", "store", "apprehension", "cctv", "asset"}),
            "LPCertified",
            unless=frozenset({"counselor", "counseling", "therapy", "therapist", "client", "clinical", "mental"})
            | {"licensure", "psychotherapy", "behavioral", "lcsw", "lmft", "lpcc"},
        ),
    ),
    # A public school builder's "DSA" is California's Division of the State Architect, which approves and inspects
    # its work ("under DSA oversight", "DSA inspector of record"); a programmer's, data structures and algorithms.
    "algorithms and data structures": (
        _Sense(
            frozenset({"construction", "contractor", "subcontractor", "superintendent", "architect", "inspector"})
            | frozenset({"ior", "k-12", "school", "modernization", "submittal", "rfi", "jobsite", "caltrans"}),
            "Division of the State Architect",
            written="dsa",
            unless=frozenset({"algorithm", "leetcode", "coding", "code", "programming", "python", "java", "c++"})
            | frozenset({"software", "developer", "computer", "computing", "interview", "complexity", "graph"}),
        ),
    ),
    "CCM": (
        _Sense(
            frozenset({"subcontractor", "superintendent", "jobsite", "preconstruction"})
            # the construction trade's credentials and tools that a line of qualifications names beside it
            | frozenset({"dbia", "leed", "procore", "primavera", "p6", "gmp", "cmar", "rfi", "submittal", "bluebeam"}),
            "Certified Construction Manager",
        ),
    ),
    "CI/CD": (
        _Sense(
            frozenset({"lean", "kaizen", "sigma", "manufacturing", "plant", "scrap", "oee", "5s", "gemba", "tpm"}),
            "process improvement",
            written="ci",
            # Lean deploys too ("deploy standard work", hoshin kanri's "policy deployment"): only software's
            # own words say the letters are continuous integration.
            unless=frozenset(
                {"cd", "pipeline", "jenkins", "devops", "github", "gitlab", "git", "code", "software", "docker"}
            ),
        ),
    ),
    # A remediation consultant's "SVE" pulls contaminated vapour out of the soil ("ISCO, ISB, SVE"), where soil,
    # groundwater or a cleanup is spoken of; a chip's or a compiler's is Arm's Scalable Vector Extension (SIMD).
    "SIMD": (
        _Sense(
            frozenset({"soil", "groundwater", "remediation", "remedial", "contaminant", "contamination", "sparging"})
            | frozenset({"bioremediation", "isco", "vadose", "brownfield", "brownfields", "cleanup", "ust"}),
            "soil vapor extraction",
            written="sve",
            unless=_CHIP_DESIGN | {"simd", "avx", "neon", "vector", "vectorization", "compiler", "intrinsic", "arm"},
        ),
    ),
    "CPT": (
        _Sense(
            frozenset({"boring", "bore", "borehole", "soil", "geotechnical", "subsurface", "spt", "sounding"}),
            "cone penetration testing",
            unless=frozenset({"coding", "icd", "hcpcs", "billing", "claim", "coder", "medical"}),
        ),
        _Sense(
            _THERAPY | {"dbt"},
            "cognitive processing therapy",
            unless=frozenset({"coding", "code", "icd", "hcpcs", "coder"}),
        ),
    ),
    "electronic funds transfer": (
        _Sense(
            _THERAPY | {"couple", "couples", "marriage", "relationship", "attachment"},
            "emotionally focused therapy",
            written="eft",
            unless=frozenset({"payment", "ach", "wire", "bank", "banking", "vendor", "payroll", "remittance", "check"}),
        ),
    ),
    "dbt": (
        _Sense(
            _THERAPY | {"suicidal"},
            "dialectical behavior therapy",
            written="dbt",
            unless=_DATA_WORK,
        ),
    ),
    # A therapist's "NDT" is neuro-developmental treatment, and the ABPTS's "CCS" its cardiovascular and pulmonary
    # specialist, where no inspection or coding is spoken of.
    "nondestructive testing": (
        _Sense(
            _REHAB | {"pediatric", "paediatric", "palsy"},
            "neuro-developmental treatment",
            written="ndt",
            unless=frozenset({"weld", "welding", "inspection", "inspector", "ultrasonic", "asnt", "penetrant", "eddy"}),
        ),
    ),
    "Certified Coding Specialist": (
        _Sense(
            _REHAB | {"cardiopulmonary", "pulmonary"},
            "Cardiovascular and Pulmonary Clinical Specialist",
            written="ccs",
            unless=frozenset({"coding", "coder", "icd", "hcpcs", "cpt", "billing", "claim", "ahima"}),
        ),
    ),
    # An estimator's or an architect's "schematic" estimate or set is of the schematic design phase ("conceptual,
    # schematic (SD), DD and CD estimates"), no electrician's wiring schematics.
    "schematics": (
        _Sense(
            frozenset({"preconstruction", "estimate", "estimator", "architect", "architectural", "takeoff", "bid"})
            | frozenset({"subcontractor", "superintendent", "rfi", "submittal", "gmp", "entitlement"}),
            "schematic design",
            written="schematic",
            unless=frozenset({"wiring", "wire", "circuit", "electrical", "electronic", "pcb", "plc", "ladder"})
            | frozenset({"troubleshoot", "hydraulic", "pneumatic", "relay", "voltage", "motor", "diagram"}),
        ),
    ),
    # Where clouds, buckets or warehouses are spoken of, "GCS" is Google Cloud Storage, no geriatric specialist.
    "GCS": (
        _Sense(
            frozenset({"cloud", "bucket", "s3", "gcp", "bigquery", "aws", "azure", "blob", "dataproc", "warehouse"}),
            "Google Cloud Storage",
            written="gcs",
            unless=_REHAB | {"patient", "geriatric"},
        ),
    ),
    # Where a school's exams, subjects or pupils are spoken of, "OCR" is the exam board (Oxford Cambridge and RSA),
    # no optical character recognition: a teacher's "OCR A Level Chemistry A" is no evidence of reading scans.
    "OCR": (
        _Sense(
            frozenset({"gcse", "igcse", "a-level", "aqa", "edexcel", "pearson edexcel", "wjec", "ccea", "btec", "gce"})
            | {"exam", "examination", "specification", "syllabus", "pupil", "ks3", "ks4", "ks5", "sixth"}
            | {"chemistry", "biology", "physics", "maths", "mathematics", "curriculum"},
            "Oxford Cambridge and RSA",
            written="ocr",
            unless=frozenset({"scan", "image", "recognition", "tesseract", "textract", "invoice", "pdf", "handwriting"})
            | {"extract", "extraction", "digitization", "digitisation", "vision", "pytorch", "tensorflow", "opencv"},
        ),
    ),
    # Design-build's "ATCs" are alternative technical concepts; a pilot's or a controller's "ATC" is air traffic
    # control, and a signal shop's "ATC cabinets" hold the Advanced Transportation Controller.
    "alternative technical concepts": (
        _Sense(
            frozenset({"aviation", "aircraft", "airspace", "pilot", "faa", "flight", "runway", "airport", "tower"}),
            "air traffic control",
            written="atc",
            unless=_DESIGN_BUILD,
        ),
        _Sense(
            frozenset({"cabinet", "controller", "firmware", "nema", "2070", "detection", "detector"}),
            "Advanced Transportation Controller",
            written="atc",
            unless=_DESIGN_BUILD,
        ),
    ),
    # A welder's "AWS" is the American Welding Society, which certifies welders: "AWS certified in SMAW and FCAW",
    # "Certified Welder (AWS)" are no Amazon cloud.
    "AWS certifications": (_Sense(_WELDING, "AWS welding certification", unless=_CLOUD),),
    "AWS": (_Sense(_WELDING, "AWS welding certification", written="aws", unless=_CLOUD),),
    # A school's "EOC" is the end-of-course exam ("Algebra I EOC scores"), where its tests or pupils are spoken of and
    # no disaster, incident or activation is.
    "emergency operations center": (
        _Sense(
            frozenset({"exam", "test", "testing", "assessment", "student", "teacher", "algebra", "geometry", "biology"})
            | {"score", "staar", "curriculum", "classroom", "grade", "proficiency"},
            "end-of-course exams",
            written="eoc",
            unless=frozenset({"emergency", "disaster", "incident", "activation", "webeoc", "fema", "nims", "ics"}),
        ),
    ),
    # A seller's "multi-threaded deal" reaches many of the buyer's people, no program's threads: where deals,
    # stakeholders or buyers are spoken of and nothing of a program running in parallel, it is no skill.
    "multithreading": (
        _Sense(
            frozenset({"deal", "stakeholder", "buyer", "quota", "prospect", "champion"}),
            "",
            unless=frozenset({"concurrency", "concurrent", "parallel", "parallelism", "mutex", "lock", "cpu", "core"})
            | {"kernel", "c++", "java", "rust", "programming", "compiler", "latency", "async", "asynchronous"}
            | {"synchronization", "synchronisation", "openmp", "pthreads", "race", "performance", "code"},
        ),
    ),
    # A store's front end is its checkout lanes, the cashiers and baggers a grocer's or a retailer's posting lists
    # beside its deli and bakery: where a store, its checkout or its shoppers are spoken of and nothing of software
    # or the web, "front end" (or "front-end") is no skill; "frontend" in one word stays the developer's.
    "frontend development": tuple(
        _Sense(_A_STORE, "", written=written, unless=_SOFTWARE_WORK) for written in ("front end", "front - end")
    ),
    # A pharmacist's or a physician's de-escalation narrows a patient's antibiotics once cultures come back: where
    # antimicrobials are spoken of and nothing of a person in crisis, it is no calming of anyone.
    "de-escalation": (
        _Sense(
            frozenset({"antimicrobial", "antimicrobials", "antibiotic", "antibiotics", "antifungal", "antifungals"}),
            "",
            unless=frozenset({"crisis", "aggression", "aggressive", "agitation", "agitated", "violence", "violent"})
            | {"behavioral", "behavioural", "conflict", "restraint", "verbal", "hostile"},
        ),
    ),
    # A regulatory affairs professional's "RAC" is RAPS's Regulatory Affairs Certification, no Oracle database cluster:
    # where submissions to the FDA or the EMA, or a drug's or a device's regulation, are spoken of and nothing of a
    # database.
    "Oracle RAC": (
        _Sense(
            frozenset({"regulatory", "fda", "ema", "raps", "submission", "pharmaceutical", "biotech", "510(k)"})
            | {"labeling", "labelling", "ectd", "ind", "nda", "bla", "maa", "gmp", "gxp"},
            "Regulatory Affairs Certification",
            written="rac",
            unless=frozenset({"oracle", "database", "dba", "cluster", "asm", "rman", "sql", "dataguard", "exadata"}),
        ),
    ),
    # A hematologist's, an oncology pharmacist's or a cancer researcher's "AML" is acute myeloid leukemia ("hematologic
    # malignancies (AML, MDS, multiple myeloma)"), where blood cancers or their treatment are spoken of and nothing of
    # a bank's financial-crime compliance: no anti-money laundering.
    "anti-money laundering": (
        _Sense(
            frozenset({"leukemia", "leukaemia", "lymphoma", "myeloma", "hematology", "haematology", "hematologic"})
            | {"haematological", "hematological", "oncology", "oncologist", "malignancy", "chemotherapy", "marrow"}
            | {"transplant", "cancer", "tumor", "tumour", "blast", "myeloid", "mds", "cll", "cml"},
            "acute myeloid leukemia",
            written="aml",
            unless=frozenset({"laundering", "bsa", "kyc", "ofac", "sanction", "fincen", "sar", "bank", "banking"})
            | {"transaction", "cdd", "edd", "cams", "compliance"},
        ),
    ),
    # Braze, the customer engagement platform, shares its lemma with brazing, and a word written as a name is that
    # name: where metal is joined and nothing of a marketer's messaging is spoken of, "braze" is brazing ("Braze and
    # solder copper lines"), and beside email, SMS or other platforms the platform ("an ESP such as Klaviyo or Braze").
    "Braze": (
        _Sense(
            (_WELDING - {"braze"})
            | {"solder", "soldering", "torch", "copper", "refrigerant", "refrigeration", "hvac", "pipe", "piping"}
            | {"fitting", "alloy", "joint", "metal", "brazer", "plumber", "plumbing", "tubing", "flux", "acetylene"},
            "brazing",
            unless=frozenset({"email", "sms", "esp", "klaviyo", "iterable", "hubspot", "marketo", "mailchimp"})
            | {"lifecycle", "crm", "marketing", "marketer", "subscriber", "deliverability", "push", "segmentation"},
        ),
    ),
    # A marketer's "SQLs" beside "MQLs" are sales qualified leads, the funnel's next stage ("9,400 MQLs and 2,150
    # SQLs", "MQL-to-SQL conversion"), no query language, where nothing of querying data is spoken of; so are a
    # seller's beside a quota or the development reps who set them ("Exceeded monthly SQL target", in a CV of quotas
    # and SDRs). (Leads as a skill of their own, "marketing qualified leads", ranked a marketing set's bullets worse:
    # no skill at all.)
    "SQL": (
        _Sense(
            frozenset({"mql", "sal", "quota", "sdr", "bdr"}),
            "",
            written="sql",
            unless=frozenset({"query", "database", "table", "schema", "join", "warehouse", "etl", "python", "dbt"})
            | {"postgresql", "mysql", "snowflake", "bigquery", "redshift", "tableau", "excel", "script", "stored"}
            | {"dashboard", "report", "data"},
        ),
    ),
    "Professional Scrum Master": (
        _Sense(
            frozenset({"hazop", "pha", "moc", "refinery", "petrochemical", "osha", "hazard", "chemical", "plant"}),
            "process safety management",
            written="psm",
            unless=frozenset({"scrum", "agile", "sprint", "kanban"}),
        ),
    ),  # A hotel's "MPI" beside STR's other indexes, its rates or its occupancy is its market penetration index ("STR
    # benchmarking (RGI, MPI, ARI)"), no message passing, where no parallel computing is spoken of.
    "MPI": (
        _Sense(
            frozenset({"str", "rgi", "ari", "revpar", "adr", "occupancy", "hotel", "hotels", "goppar", "trevpar"}),
            "market penetration index",
            written="mpi",
            unless=frozenset({"parallel", "hpc", "openmp", "cuda", "slurm", "fortran", "supercomputer", "gpu"}),
        ),
    ),
}
"""A name that means another skill in a trade's text: an electrician's "EMT" (electrical metallic tubing, the conduit
bent on every job) is no emergency medical technician where conduit, raceways or electricians are spoken of ("Bend
conduit (EMT, rigid)", "EMT, IMC and rigid conduit"), or the other metal conduit (IMC), wire sized as an electrician
sizes it (kcmil, MCM) or bending it where no patients are ("Bent EMT, rigid & PVC"), and its "EMR" the experience
modification rate of its safety record, no medical record, where safety, OSHA, incidents or the jobsite are and no
patients, charts or clinicians ("Kept a 0.68 EMR with zero lost-time incidents"); a contractor's "CCM" is the CMAA's
Certified Construction Manager, no case manager's, where subcontractors, superintendents or the jobsite are, or the
trade's other credentials and tools ("PMP, CCM or DBIA", "LEED AP or CCM"; "construction" alone is not enough: a
hospital's case managers work in a building under construction); a public school builder's "DSA" is California's
Division of the State Architect, no data structures and algorithms, where construction, architects, inspectors or
schools are spoken of and no code, programming or algorithms. A plant's "CI" is continuous improvement, no
continuous integration, where Lean, kaizen, Six Sigma or
manufacturing are spoken of and no pipeline, software or code ("Lead CI projects with Lean tools"; Lean deploys
standard work too); "CI/CD"
and "continuous integration" stay the software practice wherever they are written. A chemical plant's "PSM" is
OSHA's process safety management, no Professional Scrum Master, where hazards, HAZOPs or MOCs are and no Scrum; a
project manager's "RAID" is the log of risks, assumptions, issues and dependencies, no array of disks, where
assumptions, dependencies, stakeholders or milestones are spoken of and no disks, servers or storage;
a geotechnical text's "CPT" is a cone penetration test, no coder's code set, where borings or soil are and no
coding or claims, and a trauma therapist's (beside CBT, DBT or EMDR, or PTSD) cognitive processing therapy, where
no codes are; and its "DBT" dialectical behavior therapy, not the data build tool, where no SQL, warehouse or
pipeline is. An estimator's or an architect's "schematic" (estimate, set) is the schematic design phase, no wiring
schematics, where estimates, takeoffs, bids or architects are spoken of and no wiring, circuits or troubleshooting.
A grid operator's "EMS" is its energy management system, and its "SEL" controllers Schweitzer's
relays, where SCADA, substations, relays or their protocols are spoken of and no patients or students. A
therapist's "NDT" is neuro-developmental treatment where no welds or inspection are spoken of, and "CCS" the ABPTS's
cardiovascular and pulmonary specialist where no coding is; a cloud text's "GCS" is Google Cloud Storage, no
geriatric specialist, where no patients or therapists are. A welder's "AWS" and "AWS certified" are the American
Welding Society's certification, no Amazon cloud, where welding is spoken of and no cloud. A seller's "multi-threaded
deals" are no multithreading at all, nor an antimicrobial steward's de-escalation of antibiotics any calming of a
person in crisis. A store's "front end" is its checkout lanes, no web development, where the store is spoken of
and no software; and loss prevention's "LPC" is the Loss Prevention Foundation's LPCertified, no counselor's licence,
where stores, shrink or theft are spoken of and no therapy or clients. A name with several trades' senses takes the
first whose trade the text speaks of. A motion designer's "Redshift" is Maxon's 3D renderer, no data warehouse,
where 3D, rendering or animation are spoken of and no SQL, warehouse or AWS. A hotel's "MPI" is STR's market
penetration index, no message passing, where its other indexes, RevPAR, occupancy or hotels are and no parallel
computing; a hematologist's "AML" is acute myeloid leukemia, no anti-money laundering, where blood cancers or their
treatment are spoken of and nothing of a bank's compliance."""


_TRADE_ACRONYMS: dict[str, _Sense] = {
    # An HR text's "ADA", beside the other laws of employment ("FMLA, ADA, Title VII, FLSA") or the accommodations it
    # requires, and a designer's beside the building code or the web's accessibility guidelines, is the Americans with
    # Disabilities Act; a dental office's is the American Dental Association (its code set), a diabetes educator's
    # the American Diabetes Association, and an embedded programmer's the language.
    "ada": _Sense(
        frozenset({"fmla", "flsa", "eeoc", "cobra", "erisa", "usera", "userra", "nlra", "vii", "accommodation"})
        | frozenset({"ibc", "wcag", "accessibility", "accessible", "egress"}),
        "ADA compliance",
        unless=frozenset({"dental", "dentist", "dentistry", "hygienist", "cdt", "orthodontic", "periodontal"})
        | frozenset({"diabetes", "diabetic", "cdces", "insulin", "glycemic", "a1c"})
        | frozenset({"c++", "fortran", "compiler", "rtos", "vhdl", "programming", "spark"}),
    ),
    # A payroll text's "CPP" is PayrollOrg's Certified Payroll Professional ("CPP or FPC preferred"); a Canadian
    # payroll's is the Canada Pension Plan it deducts ("CPP/EI remittances"), a programmer's C++.
    "cpp": _Sense(
        frozenset({"payroll", "garnishment", "paycheck", "fpc", "payrollorg"}),
        "Certified Payroll Professional",
        unless=frozenset({"ei", "t4", "cra", "canada", "canadian", "qpp", "rrsp", "quebec", "c++", "compiler"}),
    ),
}
"""Letters a trade writes in capitals for one of its skills, which the lexicon spells as another name's (Ada, the
language): in capitals no spelling of that name uses, they are read as another acronym (:func:`another_acronym_at`),
and where the text (or ``around`` it) speaks of the trade, as the trade's skill. Keyed by the letters' lemma."""


@lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """Every word :func:`skill_spans` asks the words ``around`` a text about: those of the trades' senses
    (:data:`_TRADE_SENSES`, :data:`_TRADE_ACRONYMS`) and of the words a trade writes as letters
    (:data:`_WORDS_AS_LETTERS`), which are only asked whether they are among them. So a text's
    spans are the same with ``around`` as with ``around & trade_words()``: what another part of the document says
    matters to a part only through these words (:func:`tailor.analysis.terms.analyse` keeps the analyses of the parts
    that repeat across documents by them)."""
    senses = [*(sense for senses in _TRADE_SENSES.values() for sense in senses), *_TRADE_ACRONYMS.values()]
    letters = [letters.trade for letters in _WORDS_AS_LETTERS.values()]
    return frozenset().union(*(sense.words | sense.unless for sense in senses), *letters)


def _trade_acronyms(
    doc: Doc,
    spans: list[tuple[int, int, str]],
    rejected: list[tuple[int, int]],
    lemmas: list[str],
    original: str,
    lexicon: Lexicon,
    around: frozenset[str],
) -> list[tuple[int, int, str]]:
    """``spans`` with each ambiguous name not taken as the skill (``rejected``) that is one of
    :data:`_TRADE_ACRONYMS`, written in capitals as ``original`` writes it, read as its trade's skill where the text's
    ``lemmas`` or those ``around`` it speak of the trade, as :func:`_in_the_trades_sense` decides for every trade's
    sense: "compliance with FMLA, ADA and Title VII" names ADA compliance."""
    own = words_of(doc, lemmas)
    taken = {i for start, end, _ in spans for i in range(start, end)}
    added = []
    for start, end in rejected:
        sense = _TRADE_ACRONYMS.get(lemmas[start]) if end - start == 1 and start not in taken else None
        if (
            sense is not None
            and original[doc[start].idx : doc[start].idx + len(doc[start])].isupper()
            and _in_the_trades_sense(sense, own, own | around)
            and lexicon.canonical(sense.skill) == sense.skill
        ):
            added.append((start, end, sense.skill))
    return sorted([*spans, *added]) if added else spans


def _in_its_trade(
    spans: list[tuple[int, int, str]],
    doc: Doc,
    lemmas: list[str],
    lexicon: Lexicon,
    around: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """``spans`` with each name of :data:`_TRADE_SENSES` read as the trade's skill where the text, or the document
    ``around`` it, speaks of the trade (and the lexicon has that skill): :func:`_in_the_trades_sense`."""
    # A sense's words are written as the trade writes them ("manufacturing", "devops", "logistics"): they are met as
    # written or as lemmas, as the text's words are either ("manufacturing" lemmatises to "manufacture").
    own = words_of(doc, lemmas)
    said = own | around
    out = []
    for start, end, name in spans:
        for sense in _TRADE_SENSES.get(name, ()):
            if (
                (sense.written is None or " ".join(lemmas[start:end]) == sense.written)
                and _in_the_trades_sense(sense, own, said)
                and (not sense.skill or lexicon.canonical(sense.skill) == sense.skill)
            ):
                name = sense.skill
                break
        if name:
            out.append((start, end, name))
    return out


@lru_cache(maxsize=1)
def unnamed_by_a_trade() -> frozenset[str]:
    """The terms of the names of one word that a trade's text means as no skill at all, written as the name itself is
    ("SQL" beside MQLs, a marketer's sales qualified leads; "EDM" away from machine tools): where the text reads them
    so, the word is no term of the name's (:func:`tailor.analysis.terms._everyday`)."""
    return frozenset(
        name.lower()
        for name, senses in _TRADE_SENSES.items()
        if " " not in name
        and any(not sense.skill and (sense.written is None or sense.written == name.lower()) for sense in senses)
    )


def _in_the_trades_sense(sense: _Sense, own: frozenset[str], said: frozenset[str]) -> bool:
    """Whether a name is read in ``sense``, its text's words being ``own`` and its whole document's ``said``: the
    text's own words decide where they speak of either sense ("Manufacturing/CI Engineer" is continuous improvement
    though the posting's duties keep "a pipeline of lean projects"; "CI pipelines" is continuous integration in a
    plant's posting), else the document's do."""
    if not sense.unless.isdisjoint(own):
        return False
    if sense.words and not sense.words.isdisjoint(own):
        return True
    return (not sense.words or not sense.words.isdisjoint(said)) and sense.unless.isdisjoint(said)


def _match(
    doc: Doc,
    lemmas: list[str],
    view: Sequence[int],
    lexicon: Lexicon,
    names: dict[tuple[int, int], str],
    across: dict[int, int] | None = None,
) -> None:
    """Add to ``names`` every name and alias of the lexicon that the tokens ``view`` of ``doc`` say, by their
    ``lemmas``, as (start token, end token) → canonical name; with ``across``, only those that read past initials
    in brackets (:func:`_reads_past`)."""
    words = lemmas if view == range(len(lemmas)) else [lemmas[i] for i in view]
    count = len(words)
    skills = skill_index(lexicon)
    by_length, by_pair = skills.by_length, skills.by_pair
    # The words a name opens with, found by one pass in C: most words of a text open none.
    for start in compress(range(count), map(by_length.__contains__, words)):
        # The longer names that open with this word and the next, then the word alone, longest first as by_length.
        longer = by_pair.get((words[start], words[start + 1]), ()) if start + 1 < count else ()
        shortest = by_length[words[start]][-1]
        for length, patterns in (*longer, shortest) if shortest[0] == 1 else longer:
            end = start + length
            if end <= count:
                if length > 1:
                    name = patterns.get(tuple(words[start:end]))
                    if name is not None and (
                        _a_participle_with_its_object(doc, lemmas, view, end, lexicon, name)
                        or _compared(doc, lemmas, view[start:end], lexicon, name)
                        or _a_worker_before_other_work(doc, lemmas, view, end, lexicon, name)
                        or _opens_without_its_ing(doc, lemmas, view[start], lexicon, name)
                    ):
                        name = None
                else:
                    # A word that is a name as written is that name, though its lemma is another's: "SUD"
                    # (substance use disorder) is no "SuDS" (sustainable drainage), which lemmatises to it.
                    written = doc[view[start]].text
                    name = lexicon.names.get(written) or patterns[(words[start],)]
                    if (
                        _verb_form(written, words[start])
                        and written not in lexicon.names
                        and (not name.islower() or words[start] in lexicon.capitals)
                    ):
                        # A verb's inflection ("sparked", "sketching", "excelled", "bootstrapped") is the
                        # everyday word, not the product named by it (Spark, Sketch, Excel, Bootstrap), nor the
                        # acronym a concept is written by ("Sent" is no SEND, special education); a plural may be
                        # either ("leading scrums", "sketches").
                        name = None
                span = (view[start], view[end - 1] + 1)
                if name is not None and (not across or _reads_past(span, across)):
                    names[span] = name


_INTERFACE_DESIGN = "UI design"
_AN_INTERFACES_WORDS = frozenset({"string", "text", "copy", "label", "translation", "localization", "microcopy"})
"""Lemmas of the words an interface shows, after its name ("UI strings", "UI copy", "user interface text"): text
written or translated for it, no design of it."""
_IN_SERVICE = "in-service training"
_POINT_OF_SALE = "point of sale"
_COLLATERAL = frozenset({"material", "display", "signage", "collateral", "promotion", "promotional", "advertising"})
"""Lemmas of what a campaign puts where a shop sells, after "point of sale" ("point-of-sale (POS) materials", "point
of sale displays and signage"): point-of-purchase marketing, no till a sale is rung up on."""


def _of_collateral(lemmas: Sequence[str], end: int) -> bool:
    """Whether the words after a span ending at ``end``, past its letters in brackets ("(POS)"), name collateral."""
    if end + 2 < len(lemmas) and lemmas[end] == "(" and lemmas[end + 2] == ")":
        end += 3
    return end < len(lemmas) and lemmas[end] in _COLLATERAL


_RECORDS_OF = frozenset({"log", "trail"})
"""Lemmas of the records a system keeps of some work, which a word of that work names ("audit logs", "an audit
trail", "access logs"): the records, no skill of the work."""
_WHAT_A_SKILL_IS = frozenset({"skill", "experience", "ability", "role", "position", "background", "responsibility"})
"""Lemmas of the nouns a skill's name modifies ("team leading skills", "data cleaning experience")."""


def _a_participle_with_its_object(
    doc: Doc, lemmas: list[str], view: Sequence[int], end: int, lexicon: Lexicon, name: str
) -> bool:
    """Whether a many-word name ends, as written, in a verb's "-ing" form that none of its spellings uses, and a
    word follows that is no noun of what a skill is: "our team leading field staff" is a team that leads, not
    the team lead; "team leading skills" and a name the lexicon writes so ("data cleaning") stay the skill, and so
    does one it writes as one word of two joined by a hyphen ("e-learning modules", "e-learning in Storyline")."""
    last = doc[view[end - 1]].text
    if not last.endswith("ing") or not _verb_form(last, lemmas[view[end - 1]]) or end >= len(view):
        return False
    if any(
        len(words := re.split(r"[\s-]", surface.lower())) > 1 and words[-1] == last.lower()
        for surface in lexicon.surfaces(name)
    ):
        return False
    following = lemmas[view[end]]
    return following.isalpha() and following not in _WHAT_A_SKILL_IS


def _opens_without_its_ing(doc: Doc, lemmas: list[str], at: int, lexicon: Lexicon, name: str) -> bool:
    """Whether a many-word name that opens with a noun in "-ing" ("building automation", "nursing home"), as every
    spelling of it that opens with that word's lemma writes it, is met by the lemma at a word written otherwise:
    "build automation" and "we build automation tools" say building software, no building's controls. A name
    whose spellings put a verb's "-ing" before its object ("reviewing contracts" of contract review) is met by the
    verb in any form ("review contracts"): it opens with another word."""
    first = name.split()[0].lower()
    written = doc[at].text.lower()
    if not first.endswith("ing") or written.endswith("ing"):
        return False
    table = lemma_table()
    if lemma_of(first, table) != lemmas[at]:
        return False
    firsts = {
        words[0]
        for surface in lexicon.surfaces(name)
        if len(words := re.split(r"[\s-]", surface.lower())) > 1 and lemma_of(words[0], table) == lemmas[at]
    }
    return written not in firsts and all(word.endswith("ing") for word in firsts)


def _a_worker_before_other_work(
    doc: Doc, lemmas: list[str], view: Sequence[int], end: int, lexicon: Lexicon, name: str
) -> bool:
    """Whether a many-word name met where a spelling of it ends in a word of work in "-ing" ("evidence-based nursing")
    ends, as written, in the worker that word's lemma names ("nurse"), and a noun and a word of another work in "-ing"
    follow: the worker's word modifies that work ("evidence-based nurse home visiting" names the visits, no nursing
    practice). The worker before a verb ("Software Engineer working on", "developing"), before one noun ("software
    engineer management experience") or before none ("Software Engineer III") keeps the name, as one spelt with the
    worker's word does."""
    written = doc[view[end - 1]].text.lower()
    if end + 1 >= len(view) or written.endswith("ing") or not written.isalpha():
        return False
    noun, work = doc[view[end]].text.lower(), doc[view[end + 1]].text.lower()
    if not (noun.isalpha() and work.isalpha() and work.endswith("ing")) or noun.endswith(("ing", "ed")):
        return False
    from tailor.posting.plausible import JOB_WORDS  # the posting's package reads analysis: not at import

    lemma = lemmas[view[end - 1]]
    if not JOB_WORDS.fullmatch(lemma) or lemmas[view[end]] in stop_words():
        return False
    lasts = {words[-1] for surface in lexicon.surfaces(name) if len(words := re.split(r"[\s-]", surface.lower())) > 1}
    table = lemma_table()
    return written not in lasts and any(last.endswith("ing") and lemma_of(last, table) == lemma for last in lasts)


def _compared(doc: Doc, lemmas: list[str], tokens: Sequence[int], lexicon: Lexicon, name: str) -> bool:
    """Whether a many-word name has a word written as a comparison ("-er", "-est") of its lemma that none of its
    spellings uses: "deeper learning" (a school's) is no deep learning, nor "smarter contracts" smart contracts;
    a name whose spelling has the form stays. A past form is no such sign: "led teams" is team leadership and
    "code reviewed" code review, said by a verb (measured on 600 postings)."""
    written_forms = None
    for i in tokens:
        written, lemma = doc[i].text.lower(), lemmas[i]
        if written == lemma or not written.endswith(_OTHER_FORMS) or not _verb_form(written, lemma):
            continue
        if written_forms is None:
            written_forms = {w for surface in lexicon.surfaces(name) for w in re.split(r"[\s/-]+", surface.lower())}
        if written not in written_forms:
            return True
    return False


_OTHER_FORMS = ("er", "est")
"""The endings of an adjective's comparisons, which a name's adjective does not take as written."""


def _another_case(token: Token, original: str, lexicon: Lexicon) -> bool:
    """Whether a one-word name is written with a capital after a small letter where the lexicon writes it only in
    capitals: "MnT" (a network access server's monitoring role) is no MNT (medical nutrition therapy), though
    "iOS" and "SaaS" are their names as the lexicon writes them."""
    written = original[token.idx : token.idx + len(token)]
    if len(written) == 3 and written.isupper() and written.endswith("S"):
        # Two capitals and a plural's "s" ("PMs", "RNs") written all in capitals are an acronym of three letters of
        # their own ("PMS", a hotel's property management system; "RNS", a neurostimulation system).
        low = written.lower()
        return low in lexicon.inner_capitals and low not in lexicon.capitals
    if written.islower() or written.isupper() or not mixed_case(written):
        return False
    low = written.lower()
    return low in lexicon.capitals and low not in lexicon.mixed_case


def _reads_past(span: tuple[int, int], initials: dict[int, int]) -> bool:
    """Whether ``span`` holds initials in brackets (:func:`_bracketed_initials`) and every word they abbreviate:
    "Property and Casualty (P&C) license", not the "Services (AWS) cloud" of "Amazon Web Services (AWS) cloud"."""
    return any(span[0] <= first and i < span[1] for i, first in initials.items())


def _bracketed_initials(doc: Doc, original: str | None) -> dict[int, int]:
    """The tokens of the initials in brackets that follow the words they abbreviate, brackets included, each
    with the first of those words: the "(P&C)" of "Property and Casualty (P&C) license", its initials written in
    capitals as ``original`` writes them."""
    out: dict[int, int] = {}
    for i, token in enumerate(doc):
        if token.text != "(" or original is None:
            continue
        close = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text == ")"), None)
        if close is None or close == i + 1:
            continue
        written = original[doc[i + 1].idx : doc[close - 1].idx + len(doc[close - 1])]
        letters = "".join(c for c in written if c.isalpha())
        words = [t.text for t in doc[max(0, i - 3 * len(letters)) : i]]
        if len(letters) < 2 or not letters.isupper():
            continue
        first = next(
            (
                i - count
                for count in range(len(letters), len(words) + 1)
                if words[-count][:1].lower() == letters[0].lower() and abbreviates(words[-count:], letters)
            ),
            None,
        )
        if first is not None:
            out.update(dict.fromkeys(range(i, close + 1), first))
    return out


def _of_its_maker(
    doc: Doc, spans: list[tuple[int, int, str]], original: str | None, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """``spans`` with an acronym that is also the last word of a maker's product ("EMR": electronic medical
    records, and Amazon EMR) read as that product where the text lists it with another of the maker's ("AWS or
    similar (S3, Redshift, RDS, EMR)": Amazon S3, Amazon Redshift, Amazon RDS), in the same line and within
    :data:`MAKERS_LIST_TOKENS` tokens: "SQL programming" a few lines under "Azure DevOps pipelines" is the language,
    no Azure SQL Database. Only a maker's proper name counts, and only a product that is not the maker itself: "a CRM
    such as Salesforce NPSP" asks for a CRM, though "Salesforce CRM" is a name of Salesforce."""
    named = [(start, name) for start, _, name in spans if " " in name and name[:1].isupper()]
    if not named or original is None:
        return spans
    out = []
    for start, end, name in spans:
        token = doc[start] if end - start == 1 else None
        written = original[token.idx : token.idx + len(token)] if token is not None else ""
        if len(written) > 1 and written.isupper():
            near = {other for at, other in named if _listed_together(doc, at, start)}
            makers = (lexicon.names.get(f"{_maker(other)} {written.lower()}") for other in near)
            products = {product for product in makers if product is not None and product != name}
            # Another of the maker's products, not this one ("BI" beside "Power BI" is business intelligence); and a
            # product, not the maker itself: "Salesforce CRM" is Salesforce, so "a CRM such as Salesforce NPSP" names
            # the kind of system, with an example of it.
            products = {product for product in products if product.lower() != _maker(product)}
            if len(products) == 1 and any(_maker(other) == _maker(next(iter(products))) for other in near - products):
                name = products.pop()
        out.append((start, end, name))
    return out


def _products_in_its_bracket(
    doc: Doc, spans: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """``spans`` with each item of a bracket right after a maker's name that is no skill alone but, after the maker's
    name, is one of its products: "AWS (S3, Glue, EMR, Kinesis, Redshift, Lambda)" names AWS Glue and AWS Lambda, as
    a skills line shortens them, though "Glue" and "Lambda" alone are everyday words."""
    taken = {i for start, end, _ in spans for i in range(start, end)}
    added = []
    for start, end, _ in spans:
        if end >= len(doc) or doc[end].text != "(":
            continue
        maker = doc[start:end].text.lower()
        item: list[int] = []
        for k in range(end + 1, len(doc)):
            token = doc[k]
            if token.text in {",", ")", ";", "/"} or token.lower_ in {"and", "&"}:
                words = " ".join(doc[i].text for i in item).lower()
                product = lexicon.names.get(f"{maker} {words}") if item and taken.isdisjoint(item) else None
                if product is not None:
                    added.append((item[0], item[-1] + 1, product))
                item = []
                if token.text == ")":
                    break
            elif "\n" in token.text:
                break
            else:
                item.append(k)
    return sorted([*spans, *added]) if added else spans


MAKERS_LIST_TOKENS = 16
"""How near (in tokens) an acronym stands to another of a maker's products for :func:`_of_its_maker` to read it as
the maker's: a list of them, as a line of requirements gives it."""


def _listed_together(doc: Doc, first: int, second: int) -> bool:
    """Whether tokens ``first`` and ``second`` of ``doc`` are within :data:`MAKERS_LIST_TOKENS` of each other, with
    no line break between them."""
    low, high = sorted((first, second))
    return high - low <= MAKERS_LIST_TOKENS and not any("\n" in doc[i].text for i in range(low, high))


def _maker(name: str) -> str:
    return name.partition(" ")[0].lower()


_A_PLACE_BEFORE = re.compile(r"((?-i:[A-Z])[^\W\d_][\w.'-]*(?:[ \t](?-i:[A-Z])[^\W\d_][\w.'-]*)?),[ \t]*\Z")
_AN_ADDRESS_GOES_ON = re.compile(
    r"[ \t]*(?:\n|\Z|[.;|)]|\d|(?-i:[A-Z]\d[A-Z])|,[ \t]*(?:Canada|USA|U\.S\.A?\.?|US|United States)\b)"
)
"""What follows a state's or province's code in an address: the line's end, its ZIP or postal code, its country."""


def _a_places_region(doc: Doc, i: int, original: str) -> bool:
    """Whether token ``i`` is the code of a US state or a Canadian province after its place's name, as an address
    writes it ("Montréal, QC H3B 2Y5", "Philadelphia, PA"): no skill that an alias spells so (QC, quality control).
    The name is a known place, or the code ends the address; in a list ("Testing, QC and release") it is the skill."""
    token = doc[i]
    end = token.idx + len(token.text)
    written = original[token.idx : end]
    if len(written) != 2 or not written.isupper() or not is_region_code(written):
        return False
    before = _A_PLACE_BEFORE.search(original, max(0, token.idx - 60), token.idx)
    return before is not None and (is_place(before[1]) or _AN_ADDRESS_GOES_ON.match(original, end) is not None)


def _letter_of_a_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a lone letter joined by a hyphen to a word before or after it: the "C" of
    "C-suite" or of the credentials "FP-C" and "CCP-C" (the "R" of "R-value") is a letter of that word, no
    skill named by the letter alone (the caller asks only of a one-letter span)."""
    after = i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
    return (after and doc[i + 2].is_alpha) or (before and doc[i - 2].is_alpha)


_BETWEEN_NUMBERS = frozenset({",", "and", "or", "&", "/"})
_HYPHENED_NUMBER = re.compile(r"([^\W\d_][\w.]*-)(\d+)")
"""A name's last word and its number hyphened into one token ("ics-100")."""
_ANGLE_BRACKETS = frozenset({"<", ">"})


def _code(doc: Doc, i: int, original: str | None) -> bool:
    """Whether token ``i`` is a code in capital letters, as ``original`` writes it: the "P" of "Exam P", "FM"."""
    if original is None:
        return False
    token = doc[i]
    written = original[token.idx : token.idx + len(token)]
    return len(written) <= 4 and written.isalpha() and written.isupper()


def _numbered_siblings(
    doc: Doc, kept: list[tuple[int, int]], lexicon: Lexicon, original: str | None = None, lemmas: Sequence[str] = ()
) -> list[tuple[tuple[int, int], str]]:
    """The numbers listed after a name that ends in one, each with the name's words before it, where that is a
    name of the lexicon too: "Series 7, 63 and 66" says Series 63 and Series 66, "ISO 9001 and 13485" ISO 13485, and
    "USP <797> and <800>" (or "<797>/<800>") USP <800>, a number in angle brackets only after one in them.
    A number that makes no name ("Windows 10 and 11") stays a number. So too the codes in capitals listed after a
    name that ends in one (:func:`_code`), its words maybe in the plural: "Exams P and FM" says Exam P and
    Exam FM."""
    taken = {i for start, end in kept for i in range(start, end)}
    out = []
    for start, end in kept:
        # A number in angle brackets, as the USP numbers its chapters ("USP <797> and <800>"), is listed so too.
        bracketed = end - start >= 4 and doc[end - 1].text == ">" and doc[end - 3].text == "<"
        last = end - 2 if bracketed else end - 1
        first = last - 1 if bracketed else last  # where the name's words end
        coded = not bracketed and _code(doc, last, original)
        # A number hyphened to the name's last word is one token with it ("ICS-100, 200, 700 and 800"): the words and
        # the hyphen open each number listed after it.
        glued = None if bracketed else _HYPHENED_NUMBER.fullmatch(doc[last].text)
        if glued:
            heads = [" ".join([*(token.text for token in doc[start:last]), glued[1]])]
        elif first - start < 1 or not (doc[last].text.isdigit() or coded):
            continue
        else:
            heads = [" ".join(token.text for token in doc[start:first]) + " "]
        if coded:
            heads.append(" ".join(lemmas[start:first]) + " ")  # "Exams P and FM": Exam FM
        i = end
        while i < len(doc) and i not in taken:
            text = doc[i].text
            if doc[i].is_space or text in _BETWEEN_NUMBERS or (bracketed and text in _ANGLE_BRACKETS):
                i += 1
                continue
            enclosed = 0 < i < len(doc) - 1 and doc[i - 1].text == "<" and doc[i + 1].text == ">"
            listed = _code(doc, i, original) if coded else text.isdigit() and enclosed == bracketed
            name = next(
                (
                    found
                    for words in heads
                    if listed and (found := lexicon.names.get(f"{words}<{text}>" if bracketed else f"{words}{text}"))
                ),
                None,
            )
            if name is None:
                break
            out.append(((i, i + 1), name))
            i += 1
    return out


def _a_plural(doc: Doc, lemmas: list[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the one word ``doc[start:end]`` is written in the plural of its lemma, a spelling no name of the
    lexicon has ("sketches" of Sketch; not "jenkins", not "windows")."""
    written = doc[start].text
    return end - start == 1 and written not in lexicon.names and _plural(written, lemmas[start])


def _verb_form(written: str, lemma: str) -> bool:
    """Whether ``written`` (lowercase) is another form of ``lemma`` than its plural: "sparked", "sparking", "went"."""
    return written != lemma and written not in (lemma + "s", lemma + "es")


COORDINATORS = frozenset({"and", "or", "&"})
"""The words that join two modifiers of one head ("applicant tracking and candidate management systems")."""
_BETWEEN = 3
"""At most this many words stand between the coordinator and the head the two modifiers share."""


def shared_heads(
    words: Sequence[str],
    lexicon: Lexicon,
    coordinators: frozenset[str] = COORDINATORS,
    written: Sequence[str] | None = None,
    where: dict[str, tuple[int, int]] | None = None,
) -> frozenset[str]:
    """Skills (canonical names, lowercase) a text names with their head shared by another modifier: "unit and
    integration tests" says unit testing, "applicant tracking and candidate management systems" an applicant
    tracking system, and each one-word modifier of a list before them shares it too ("unit, integration and
    regression tests" says unit testing) (:attr:`Analysis.within`: evidence, no terms for ranking; measured as
    ranking terms, they moved six postings of seventeen sets both ways). So do skills whose first word another
    head shares: "data collection and analysis" says data analysis, "accounts payable and receivable" accounts
    receivable. Only a name of the lexicon is read so, over plain words. ``coordinators``: the words read as joining
    two modifiers ("or" alone finds the skills offered as a choice: "journeyman or master electrician license").
    ``written``: the words as the text writes them (in small letters), beside their lemmas ``words``: a word before
    the coordinator in the plural, where the name writes it in the singular, is a head of its own, no modifier
    ("design controls and quality systems" say no control systems). ``where``, if given, gets each skill's first
    words (start, end): from its modifier to its head, the coordinator between ("unit and integration tests")."""
    by_length = skill_index(lexicon).by_length
    where = {} if where is None else where
    found: set[str] = set()
    for at, word in enumerate(words):
        if word not in coordinators or at + 1 >= len(words):
            continue
        # "design and build systems", "designing and implementing systems": verbs joined, sharing no word, unless
        # the words after the coordinator are a name of their own ("experience and schedule rating")
        before = words[at - 2] if at > 1 and words[at - 1] == "," else words[at - 1] if at else ""
        verbal = before in verbs() and words[at + 1] in verbs()
        # "join the Management department and report to its director": whom the job reports to, no report shared
        # ("management accounting and reporting to the board" may be either: a noun it can be, shared)
        verbal = verbal or (
            words[at + 1 : at + 3] == ["report", "to"] and not (written is not None and written[at + 1].endswith("ing"))
        )
        head = partial(_share_head, words, at, by_length=by_length, found=found, verbal=verbal, written=written,
                       lexicon=lexicon, where=where)  # fmt: skip
        own = _heads_its_own(words, at - 1)

        def share(start: int, end: int, at: int = at, own: bool = own, head: partial[None] = head) -> None:
            if own and (start, end) == (at - 1, at):  # "ATC development and QC reviews": no development review
                return
            if any(_a_name(tuple(words[before:end]), by_length) for before in range(max(0, start - 3), start)):
                return  # "code blue and rapid response teams": "blue" ends a name of its own, no blue team
            head(start, end)

        for start in range(max(0, at - 3), at):
            share(start, at)
            if not verbal:
                _share_modifier(words, at, start, by_length, found, where)
        _share_a_products_head_forward(words, at, by_length, found, where)
        # "unit, integration and", "Swedish, deep tissue, and": each modifier of one or two words before a comma
        # (and before a serial comma), back to the list's start
        listed = at - 1 if at < 1 or words[at - 1] != "," else at - 2
        while listed >= 0 and _a_word(words[listed]):
            comma = listed
            while comma >= 0 and _a_word(words[comma]) and words[comma] not in stop_words():
                comma -= 1
            if listed - comma == 2 and _a_deed(words, written, comma + 1):
                # "engineer, enforcing grading, sediment and erosion controls": the list opens after the verb that
                # governs it, so its first item is "grading", and nothing before the verb is one
                share(listed, listed + 1)
                break
            if listed - comma == 1 or (listed - comma == 2 and (words[comma] == "," or words[comma] in stop_words())):
                # the item's words are known ("with version control, build, and …" shares nothing with "control")
                share(comma + 1, listed + 1)
            else:  # a first item run on from the words before it ("Wrote unit, integration and …")
                share(listed, listed + 1)
                share(listed - 1, listed + 1)
            if comma < 1 or words[comma] != "," or listed - comma > 2:
                break  # the list's first item, or an item of three words or more: a phrase, no modifier
            listed = comma - 1
    return frozenset(found)


def _a_deed(words: Sequence[str], written: Sequence[str] | None, at: int) -> bool:
    """Whether the word at ``at`` is a verb's present participle as ``written`` ("enforcing", "managing"): a clause's
    verb, no modifier of a list's item."""
    return written is not None and written[at].endswith("ing") and words[at] in verbs()


def _share_a_products_head_forward(
    words: Sequence[str],
    at: int,
    by_length: Mapping[str, Sequence[tuple[int, Mapping[tuple[str, ...], str]]]],
    found: set[str],
    where: dict[str, tuple[int, int]],
) -> None:
    """Add to ``found`` the products a list names by their makers after a first item that writes the head they share
    in full: "across Google Ads, Meta and LinkedIn" says Meta Ads and LinkedIn Ads, "Adobe Analytics, Mixpanel or
    Amplitude" nothing more (no Mixpanel Analytics is named). Only between named things (the lexicon's names that
    keep their own capitals): a field's name in small letters shares no head forward ("project management, marketing
    and sales" asks no sales management). Each item after the first is one word, the coordinator at ``at`` before
    the last."""
    items = [at + 1] if at + 1 < len(words) and words[at + 1].isalpha() else []
    last = at - 2 if at > 1 and words[at - 1] == "," else at - 1  # the serial comma
    while items and last >= 2 and words[last].isalpha() and words[last - 1] == ",":
        items.append(last)
        last -= 2
    if not items or last < 1:
        return
    for start in range(max(0, last - 2), last):
        name = _name_of(tuple(words[start : last + 1]), by_length)
        if name is None or name.islower():
            continue
        head = tuple(words[start + 1 : last + 1])
        for item in items:
            shared = _name_of((words[item], *head), by_length)
            if shared is not None and not shared.islower():
                found.add(shared.lower())
                where.setdefault(shared.lower(), (start, item + 1))
        return


def _a_word(word: str) -> bool:
    """Whether ``word`` is letters, or letters a slash joins ("A/B" of "A/B, and multivariate testing"), as an item
    of a list is."""
    return word.isalpha() or (word.count("/") == 1 and word.replace("/", "").isalpha() and word[0] != "/" != word[-1])


_QUALITIES = frozenset({"quality", "safety", "security", "performance", "reliability", "compliance", "availability"})
"""Qualities a thing has, heads of a phrase of their own after it, as words of work are: "code quality and continuous
improvement" asks for no quality improvement, "patient safety and quality improvement" for no safety improvement."""


def _heads_its_own(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at``, before a coordinator, is a word of work after the thing it works on ("ATC
    development and QC reviews", "vendor management and audit reports"), or a quality after what has it
    (:data:`_QUALITIES`: "code quality and continuous improvement"): the head of a phrase of its own, no
    modifier of the head after the coordinator (no development review). A word of work after a verb or at the
    text's start modifies as any other ("led development and code reviews" may be read so by a longer name)."""
    if at < 1 or (words[at] not in action_nouns() and words[at] not in _QUALITIES):
        return False
    before = words[at - 1]
    if not before.isalpha() or before in COORDINATORS or before in stop_words():
        return False
    # A quality after a verb is its object, a head all the same ("ensure quality and continuous improvement").
    return words[at] in _QUALITIES or before not in verbs()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words: function words, which join no modifier to its head."""
    return frozenset(nlp().Defaults.stop_words)


def _modifies_a_listed_head(lemmas: Sequence[str], start: int, lexicon: Lexicon) -> bool:
    """Whether the one word at ``start`` opens a list whose last item ends in a head it names a skill with: in
    "Swedish, deep tissue, and sports massage" and "Swedish and Thai massage", Swedish is a massage, no
    language. The head follows the list's coordinator within :data:`_BETWEEN` words, as :func:`shared_heads`
    reads it."""
    word = lemmas[start]
    by_length = skill_index(lexicon).by_length
    heads = [
        pattern[1:]
        for length, patterns in by_length.get(word, ())
        if length > 1
        for pattern in patterns
        if pattern[0] == word and not _a_name(pattern[1:], by_length)
    ]
    if not heads:
        return False
    coordinator = None
    for i in range(start + 1, min(len(lemmas), start + 12)):
        lemma = lemmas[i]
        if lemma in COORDINATORS:
            coordinator = i
        elif lemma != "," and not lemma.isalpha():
            return False
        elif coordinator is not None:
            if i > coordinator + _BETWEEN:
                return False
            if any(tuple(lemmas[i : i + len(head)]) == head for head in heads):
                return True
    return False


def _a_name(
    words: tuple[str, ...], by_length: Mapping[str, Sequence[tuple[int, Mapping[tuple[str, ...], str]]]]
) -> bool:
    """Whether ``words`` are a name of the lexicon of their own: "Lean and Six Sigma" names two methods, each its
    own, though Lean Six Sigma is a name too."""
    return _name_of(words, by_length) is not None


def _name_of(
    words: tuple[str, ...], by_length: Mapping[str, Sequence[tuple[int, Mapping[tuple[str, ...], str]]]]
) -> str | None:
    """The skill (its canonical name) whose name of the lexicon ``words`` (lemmas) are, or None."""
    found = (patterns.get(words) for length, patterns in by_length.get(words[0], ()) if length == len(words))
    return next((name for name in found if name is not None), None)


def _share_head(
    words: Sequence[str],
    at: int,
    start: int,
    end: int,
    by_length: Mapping[str, Sequence[tuple[int, Mapping[tuple[str, ...], str]]]],
    found: set[str],
    *,
    verbal: bool = False,
    written: Sequence[str] | None = None,
    lexicon: Lexicon | None = None,
    where: dict[str, tuple[int, int]] | None = None,
) -> None:
    """Add to ``found`` the skill whose first words are ``words[start:end]`` and whose remaining words (its head)
    follow the coordinator at ``at`` within :data:`_BETWEEN` words; where the words around the coordinator may be
    verbs (``verbal``), only if those after it up to the head's end are a name of their own. Of two such skills, the
    one whose head takes in more of the words after the coordinator is meant: "journeyman or master electrician
    license" says journeyman electrician license, not a journeyman license. A last word before the coordinator
    that ``written`` shows in the plural, which no name of the skill in ``lexicon`` writes so, heads a phrase of its
    own ("design controls and quality systems"); one a name writes so modifies ("systems and network
    administration"). So does one written as a verb's "-ing" or "-ed" form no name of the skill writes: "sourcing and
    story selection" is no source selection ("automated and manual testing" is automated testing, written so)."""
    split = end - start  # the name's words before the coordinator (or the comma of a list)
    shared: list[tuple[int, str, int]] = []  # each skill found, after how many words between, and where it ends
    last = (written[end - 1], words[end - 1]) if written is not None else None
    verbs = last is not None and _verb_form(*last) and last[0].endswith(("ing", "ed"))  # "sourcing", not "went"
    inflected = last[0] if last is not None and (_plural(*last) or verbs) else ""
    for length, patterns in by_length.get(words[start], ()):
        if length <= split:
            continue
        for pattern, name in patterns.items():
            if pattern[:split] != tuple(words[start:end]) or (inflected and not _writes(name, inflected, lexicon)):
                continue
            head = pattern[split:]
            for begin in range(at + 2, at + 2 + _BETWEEN):
                between = words[at + 1 : begin]
                if tuple(words[begin : begin + len(head)]) == head:
                    # The words between may be function words where they make a name with the head: "front and back
                    # of house" ("back" is one of spaCy's stop words) says front of house, as back of house is one.
                    named = _a_name(tuple(words[at + 1 : begin + len(head)]), by_length)
                    plain = all(w.isalpha() and w not in COORDINATORS and w not in stop_words() for w in between)
                    if (plain or (named and all(w.isalpha() for w in between))) and (not verbal or named):
                        shared.append((len(between), name.lower(), begin + len(head)))
                    break
    for apart, name, stop in shared:
        if apart == min(b for b, _, _ in shared):
            found.add(name)
            if where is not None:
                where.setdefault(name, (start, stop))


def _writes(name: str, word: str, lexicon: Lexicon | None) -> bool:
    """Whether the skill ``name`` (canonical), or one of its aliases in ``lexicon``, writes ``word`` as it is."""
    names = lexicon.surfaces(name) if lexicon is not None else frozenset()
    return any(word in surface.split() for surface in (name.lower(), *names))


def _plural(written: str, lemma: str) -> bool:
    """Whether a noun is ``written`` in the plural of its ``lemma`` ("controls" of "control")."""
    return written != lemma and written.endswith("s") and not lemma.endswith("s")


def _share_modifier(
    words: Sequence[str],
    at: int,
    start: int,
    by_length: Mapping[str, Sequence[tuple[int, Mapping[tuple[str, ...], str]]]],
    found: set[str],
    where: dict[str, tuple[int, int]] | None = None,
) -> None:
    """Add to ``found`` the skill whose first words open the phrase ``words[start:at]`` before the coordinator at
    ``at`` and whose other words, as many as the phrase has after them, follow the coordinator and end the phrase
    there, starting no longer name: "data collection and analysis" says data analysis; "business processes and
    analytics needs" no business analytics."""
    before = words[start:at]
    if len(before) < 2 or not all(w.isalpha() and w not in COORDINATORS for w in before):
        return
    # The name is as long as the phrase: its shared first words, then as many words after "and" as the phrase has.
    patterns = next((p for length, p in by_length.get(words[start], ()) if length == len(before)), {})
    for shared in range(1, len(before)):
        rest = len(before) - shared
        after = tuple(words[at + 1 : at + 1 + rest])
        if len(after) < rest or not all(w.isalpha() and w not in COORDINATORS for w in after):
            continue
        name = patterns.get((*before[:shared], *after))
        if name is None or _names_more(words, at + 1, rest, by_length):
            continue  # "product demos and discovery calls": discovery calls is a name of its own
        if rest > 1 and _a_name(after, by_length):
            continue  # "Google Earth Engine and cloud platforms": a skill said whole, and no Google Cloud Platform
        following = words[at + 1 + rest] if at + 1 + rest < len(words) else ""
        if not following.isalpha() or following in stop_words():  # "business processes and analytics needs"
            found.add(name.lower())
            if where is not None:
                where.setdefault(name.lower(), (start, at + 1 + rest))


def _names_more(
    words: Sequence[str],
    start: int,
    length: int,
    by_length: Mapping[str, Sequence[tuple[int, Mapping[tuple[str, ...], str]]]],
) -> bool:
    """Whether a name of the lexicon longer than ``length`` words starts at ``start``: in "product demos and
    discovery calls", discovery calls is a name of its own, and no product discovery is said."""
    return any(
        longer > length and tuple(words[start : start + longer]) in patterns
        for longer, patterns in by_length.get(words[start], ())
    )


_INITIAL_SKIPS = frozenset({"of", "and", "&", "the", "for", "in", "to", "-", "/"})
"""Words an acronym leaves out of its letters ("Hazard Analysis and Critical Control Points", HACCP)."""


def _spelled_out(doc: Doc, spans: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``spans`` with an acronym in brackets after the words it abbreviates read as those words: "Good
    Clinical Practice (GCP)" is no Google Cloud, "Relativity Certified Administrator (RCA)" no root cause
    analysis, and "reservation-of-rights (ROR) letters" no Ruby on Rails. Where the words are a skill, the
    acronym is that skill; where they are one of the acronym's own names hyphenated another way
    ("first-in-first-out (FIFO)"), or the holder's name of its credential ("Critical Care Registered Nurse (CCRN)"
    for the lexicon's "critical care registered nurse certification"), it is its skill; where they are none, it is
    no skill. A skill named by the last of the words only is not what the letters spell out: "Registered Nurse" ends
    "Critical Care Registered Nurse (CCRN)", which is no RN. The text means the letters so wherever else it writes
    them: "the assigned Project Manager (PM) … support the PM" names no preventive maintenance."""
    before = {end: (start, name) for start, end, name in spans}
    after = {(start, end): name for start, end, name in spans}
    out: list[tuple[int, int, str]] = []
    meant: dict[str, str] = {}  # letters spelled out → the skill they are read as there, "" for none
    for start, end, name in spans:
        kept = len(out)
        out += _as_spelled_out(doc, start, end, name, before, after, lexicon)
        if (defined := _defined_letters(doc, start, end)) is not None:
            meant.setdefault(defined, out[-1][2] if len(out) > kept else "")
    if not meant:
        return out
    return [
        (start, end, meant.get(letters, name) if _defined_letters(doc, start, end) is None else name)
        for start, end, name in out
        if (letters := doc[start].text.replace(".", "")) not in meant or meant[letters] or end - start > 1
    ]


def _defined_letters(doc: Doc, start: int, end: int) -> str | None:
    """The letters at ``start:end`` where the text spells them out there, in brackets after their words or before
    them ("Project Manager (PM)", "CI (continuous improvement)"), as written; None elsewhere."""
    if end - start != 1:
        return None
    letters = doc[start].text.replace(".", "")
    if _gloss_after(doc, start) is not None:
        return letters
    quoted = start > 1 and end < len(doc) - 1 and doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES
    opens, closes = (start - 2, end + 1) if quoted else (start - 1, end)
    if opens >= 1 and closes < len(doc) and doc[opens].text == "(" and doc[closes].text == ")" and len(letters) > 1:
        words = [t.text for t in doc[max(0, opens - 3 * len(letters)) : opens]]
        return letters if abbreviates(words, letters) else None
    return None


def _as_spelled_out(
    doc: Doc,
    start: int,
    end: int,
    name: str,
    before: Mapping[int, tuple[int, str]],
    after: Mapping[tuple[int, int], str],
    lexicon: Lexicon,
) -> list[tuple[int, int, str]]:
    """The span at ``start:end`` of the skill ``name`` as :func:`_spelled_out` reads it where it stands: itself, the
    skill its spelled-out words name, or nothing."""
    if end - start == 1 and (gloss := _gloss_after(doc, start)) is not None:
        # Letters with their words in brackets after them, "CI (continuous improvement)", as a posting
        # writes an acronym another field reads otherwise: the words say which is meant.
        if (phrase := after.get(gloss)) is not None:
            return [(start, end, phrase)]
        if _one_of_its_names([t.text for t in doc[gloss[0] : gloss[1]]], doc[start].text, name, lexicon):
            return [(start, end, name)]
        return []
    # The letters in brackets, maybe in quotes as a company defines its own ("Economic Foundation Model (“EFM”)").
    quoted = start > 1 and end < len(doc) - 1 and doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES
    opens, closes = (start - 2, end + 1) if quoted else (start - 1, end)
    if end - start == 1 and opens >= 1 and closes < len(doc) and doc[opens].text == "(" and doc[closes].text == ")":
        letters = doc[start].text.replace(".", "")
        words = [t.text for t in doc[max(0, opens - 3 * len(letters)) : opens]]
        if len(letters) > 1 and abbreviates(words, letters):
            first = opens - _fewest_abbreviating(words, letters)
            if (opening := before.get(opens)) is not None and opening[0] <= first:
                return [(start, end, opening[1])]  # the skill the words name, said again
            if _one_of_its_names(words, letters, name, lexicon):
                return [(start, end, name)]
            return []  # the acronym of words that are no skill: none either
    return [(start, end, name)]


_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
"""Quotation marks, straight and curly, as a text may set an acronym it defines in them."""


def _gloss_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """Where the words in brackets right after the acronym at ``i`` are (start, end of their tokens), where
    every one of them gives it a letter in turn ("CI (continuous improvement)"); None where no brackets follow
    or their words spell other letters ("CI (Jenkins)")."""
    letters = doc[i].text.replace(".", "")
    if len(letters) < 2 or i + 2 >= len(doc) or doc[i + 1].text != "(":
        return None
    close = next((j for j in range(i + 2, min(len(doc), i + 4 + 3 * len(letters))) if doc[j].text == ")"), None)
    if close is None or close == i + 2:
        return None
    words = [t.text for t in doc[i + 2 : close]]
    # Every word counts: the first gives the first letter, so that no words before it are left over.
    if not abbreviates(words, letters) or words[0][:1].lower() != letters[0].lower():
        return None
    return i + 2, close


def _fewest_abbreviating(words: Sequence[str], letters: str) -> int:
    """How many of the last of ``words`` abbreviate to ``letters``, at fewest (all of them where none fewer do)."""
    return next((count for count in range(1, len(words)) if abbreviates(words[-count:], letters)), len(words))


def _one_of_its_names(words: Sequence[str], letters: str, name: str, lexicon: Lexicon) -> bool:
    """Whether the last of ``words`` that abbreviate to ``letters`` are a name the lexicon gives the skill
    ``name``, hyphens and spaces alike ("first-in-first-out" is "first-in first-out"), and a credential's word
    aside (:func:`credential_aside`)."""

    def plain(text: str) -> str:
        return credential_aside(" ".join(re.split(r"[\s-]+", text.lower())).strip())

    names = {plain(surface) for surface in lexicon.surfaces(name)}
    return any(
        abbreviates(words[-count:], letters) and plain(" ".join(words[-count:])) in names
        for count in range(1, len(words) + 1)
    )


_CREDENTIAL_WORD = re.compile(r"\s+(?:certification|certificate)$")


def credential_aside(name: str) -> str:
    """``name`` (lowercase words) without a last word that says it is a credential: a credential named after whom
    it certifies is written with its letters, "Critical Care Registered Nurse (CCRN)", where the lexicon adds the
    word ("critical care registered nurse certification") that tells it from the job of that name."""
    return _CREDENTIAL_WORD.sub("", name)


def abbreviates(words: Sequence[str], letters: str) -> bool:
    """Whether the last of ``words`` abbreviate to ``letters``: each gives its first letter, in either case (a
    duty's words are written in lower case: "first notice of loss (FNOL)"), and one an acronym may leave out
    (:data:`_INITIAL_SKIPS`) gives its letter or none ("Hazard Analysis and Critical Control Points", HACCP;
    "reservation-of-rights", ROR)."""
    if not letters:
        return True
    if not words:
        return False
    word = words[-1]
    if word.lower() in _INITIAL_SKIPS and abbreviates(words[:-1], letters):
        return True
    if len(letters) >= 2 and letters[-2:].lower() in _compound_initials(word) and abbreviates(words[:-1], letters[:-2]):
        return True  # "rooftop units" (RTU), "database" (DB): a word made of two gives the initial of each
    return word[:1].isalpha() and word[0].lower() == letters[-1].lower() and abbreviates(words[:-1], letters[:-1])


@lru_cache(maxsize=1024)
def _compound_initials(word: str) -> frozenset[str]:
    """The initials of the two words ``word`` may be written of, closed up ("rooftop" → "rt", "database" → "db"),
    each of three letters or more and an English word (:func:`tailor.lexicon.word_log_probabilities`); none for a
    word of no two such words."""
    word = word.lower()
    if not word.isalpha() or len(word) < 6:
        return frozenset()
    known = word_log_probabilities()
    return frozenset(
        word[0] + word[cut] for cut in range(3, len(word) - 2) if word[:cut] in known and word[cut:] in known
    )


def skills_within(
    lemmas: list[str], spans: list[tuple[int, int, str]], joins: frozenset[int], lexicon: Lexicon
) -> frozenset[str]:
    """The skills named inside the multi-word skills of ``spans`` (:attr:`Analysis.within`) that are kin of the
    longer one in the lexicon (related, or related to one same skill: AutoCAD and Civil 3D are both CAD), so
    that a name shared by two fields says nothing of the other ("DBT skills groups" are therapy, not the data
    tool dbt); ambiguous names left out, since inside a longer name no context says which is meant. Nor is one
    activity inside another on the same thing ("UX research" says no UX design, "data analysis" no data
    management): the words before an activity name what it works on, not another activity. A credential named for
    the product it certifies in ("Relativity Certified User", "AWS Certified Developer") says that product, kin or
    not, ambiguous or not: its "Certified" says which is meant. So does one that opens with "Certified" and names its
    holder after the product ("Certified Kubernetes Administrator", "Certified Payroll Professional"), where the
    product's name has one meaning: nothing there says which of two is meant."""
    skills, related = skill_index(lexicon), kin(lexicon)
    found: set[str] = set()
    for start, end, name in spans:
        outer = name.lower()
        head = lemmas[end - 1]
        words = [lemmas[i] for i in range(start, end) if i not in joins]
        for i, first in enumerate(words):
            for length, patterns in skills.by_length.get(first, ()):
                part = tuple(words[i : i + length])
                inner = patterns.get(part) if length < len(words) and i + length <= len(words) else None
                if inner is None or inner == name:
                    continue
                if i == 0 and words[length] == _CERTIFIED:
                    found.add(inner.lower())
                    continue
                if " ".join(part) in skills.ambiguous:
                    continue
                if i == 1 and words[0] == _CERTIFIED and i + length < len(words):
                    found.add(inner.lower())
                    continue
                near = related.get(outer, frozenset())
                if head in ACTIVITY_HEADS and _is_activity(inner, head):
                    continue
                if inner.lower() in near or near & related.get(inner.lower(), frozenset()):
                    found.add(inner.lower())
    return frozenset(found)


_CERTIFIED = "certify"
"""The lemma of the "Certified" that follows the product a credential certifies in ("Salesforce Certified
Administrator")."""


def _is_activity(name: str, other: str) -> bool:
    """Whether the skill ``name`` (canonical) names an activity other than ``other`` (a lemma of
    :data:`ACTIVITY_HEADS`): its last word is one, as "UX design"'s is."""
    last = name.lower().split()[-1] if name.strip() else ""
    return last in _ACTIVITY_WORDS and _ACTIVITY_WORDS[last] != other


@lru_cache(maxsize=4)
def kin(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each skill (lowercase canonical name) → those the lexicon relates it to, either way."""
    kin: dict[str, set[str]] = {}
    for skill, related in lexicon.related.items():
        for other in related:
            kin.setdefault(skill, set()).add(other)
            kin.setdefault(other, set()).add(skill)
    return {skill: frozenset(found) for skill, found in kin.items()}
