"""The lexicon's activities a text names as a verb and its object: "Manage the CEO's calendar" names calendar
management, "Plan events and offsites" event planning, "Onboard new employees" employee onboarding.

An activity is a skill of two words whose second is a word of work: a noun of
:func:`tailor.lexicon.action_nouns` ("management") or a verb's "-ing" form ("planning"). Its first word is what the
work is done on. A text names it where the verb, written as a verb, comes before that object, close by
(:attr:`tailor.analysis.Analysis.near`) and in the same clause: "a budget plan" is a plan, no budget planning.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from tailor.analysis.skills import stop_words
from tailor.analysis.terms import locate
from tailor.analysis.tokens import lemma_of, lemma_table, verbs
from tailor.lexicon import action_nouns
from tailor.posting.plausible import JOB_WORDS

if TYPE_CHECKING:
    from tailor.analysis.terms import Analysis
    from tailor.lexicon import Lexicon

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_ENDS = re.compile(r"[.;:!?()\[\]|•–—]|\s-\s")
_OPENS = re.compile(r"(?:^|[.;:!?•])[\s*•·–—-]*\Z")
"""What stands before a duty's first word: nothing but a list's mark, or the end of a clause."""
_JOINS = frozenset({"and", "or", "then"})
_NOUN_AFTER = frozenset(
    {"a", "an", "the", "our", "your", "their", "its", "his", "her", "this", "that", "each", "every"}
)
"""Words after which a verb's bare form is a noun: "the plan for events" plans no events."""
_VERB_AFTER = frozenset(
    {"to", "will", "shall", "must", "can", "should", "may", "also", "you", "we", "who", "and", "or", "then", "help"}
)
"""Words after which a verb's plain, third-person or past form is the verb: "you will manage", "who plans"."""
_APART = frozenset(
    {"to", "with", "for", "from", "by", "between", "on", "in", "at", "of", "into", "across", "within", "through", "via"}
    | {"about", "including", "as", "like", "than", "while", "whilst"}
)
"""Words that end a verb's object before them: "communicate key metrics to stakeholders" names no stakeholder
communication; "engineers on our data team" no data engineering."""
MOST_WORDS = 4
"""The most words that are no function words a verb's object may stand after it: "Manage the principal's personal
and professional calendar"."""


@lru_cache(maxsize=4)
def activities(lexicon: Lexicon) -> dict[tuple[str, str], str]:
    """(the object's lemma, the verb's lemma) → the canonical name of the one activity of the lexicon that is that
    work on that object, from every name of two words of each skill ("calendar management", "minute taking"). A
    pair two skills would claim names neither."""
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    nouns = action_nouns()
    table = lemma_table()
    for surface, canonical in lexicon.names.items():
        words = surface.split()
        if len(words) != 2 or not all(word.isalpha() for word in words):
            continue
        thing, work = (lemma_of(word, table) for word in words)
        if thing in nouns or (words[0].endswith(("ing", "ed")) and thing != words[0]):
            # work done on work is no object ("management reporting" is reporting to managers), a field named
            # by its gerund is no person ("engineering leadership": a lead design engineer leads no engineering), and a
            # participle says how the work is done, not what on ("planned giving" gives no plan, "mandated reporting"
            # reports no mandate)
            continue
        if work in nouns:
            claims[(thing, nouns[work])].add(canonical)
        elif words[1].endswith("ing") and work != words[1] and work in verbs():
            claims[(thing, work)].add(canonical)
    return {pair: next(iter(names)) for pair, names in claims.items() if len(names) == 1}


def work_named(text: str, analysis: Analysis, lexicon: Lexicon) -> list[tuple[str, str]]:
    """The activities (:func:`activities`) ``text`` names as a verb and its object, each with the words that name
    it ("Manage the CEO's calendar"), in the order they are said; ``analysis`` is the text's.

    The verb is written as one (:func:`_a_verb`). Its object is a noun that ends its phrase ("Communicate technical
    concepts" names no technical communication), within :data:`MOST_WORDS` words after it, in its clause: no mark that
    ends one (".", ";", "("), no preposition (:data:`_APART`) and no verb that opens another after "and" or a comma
    ("Manage vendors and plan events": no event management) stands between. A word of a skill the text names by its
    own name is neither ("Managed Services": a service that is managed)."""
    known = _by_verb(lexicon)
    table = lemma_table()
    stops = stop_words()
    skills: set[str] | None = None
    found = []
    for line in text.splitlines():
        words = list(_WORD.finditer(line))
        written = [word.group().lower() for word in words]
        lemmas = [lemma_of(word, table) for word in written]
        if known.keys().isdisjoint(lemmas):
            continue
        named: list[tuple[int, int, str]] | None = None  # the skills the line names, found once an object is
        for i, verb in enumerate(lemmas):
            if verb not in known or not _a_verb(line, words, written, i, verb):
                continue
            things, content, joined, noun_before = known[verb], 0, False, False
            staff = next((things[t] for t in _OF_STAFF if t in things), None) if verb in _ON_WORKERS else None
            first = i + 1 + 2 * _shares_its_object(line, words, written, lemmas, i)
            for j in range(first, len(words)):
                gap = line[words[j - 1].end() : words[j].start()]
                if _CLAUSE_ENDS.search(gap) or written[j] in _APART:
                    break
                if j == first and (written[j] in _JOINS or "," in gap):
                    break  # "testing, automation", "track and issue": nouns listed, or verbs joined
                joined |= "," in gap or written[j - 1] in _JOINS
                if staff and _workers(written[j], lemmas[j]) and _an_objects_head(line, words, written, j, stops):
                    # the words before the workers say which they are, not another thing worked on; workers a skill
                    # names are that skill ("AI agents")
                    if skills is None:
                        skills = {skill.lower() for skill in analysis.skills}
                    if named is None:
                        named = locate(line, skills, lexicon) if skills else []
                    if not _inside(words[j].start(), named):
                        found.append((staff, line[words[i].start() : words[j].end()]))
                    break
                if lemmas[j] in things and _an_objects_head(line, words, written, j, stops):
                    general = lemmas[j] in _TOO_GENERAL or _DESCRIBING.search(written[j]) is not None
                    said = line[words[i].start() : words[j].end()]
                    # the skill's own name is no verb and its object ("-Test automation" names test automation)
                    if not noun_before and not general and said.lower() not in lexicon.names:
                        if skills is None:
                            skills = {skill.lower() for skill in analysis.skills}
                        if named is None:
                            named = locate(line, skills, lexicon) if skills else []
                        if not _inside(words[i].start(), named) and not _inside(words[j].start(), named):
                            found.append((things[lemmas[j]], said))
                    break
                if joined and lemmas[j] in verbs():
                    break  # "Manage vendors and plan events": the events are planned, not managed
                if "," in gap:
                    break  # "test new designs, formulations, materials": the last of a list is no one object
                content += written[j] not in stops
                noun_before = noun_before or not _describes(words[j].group(), written[j], stops)
                # a describing word the verb makes an activity of its own with: the work is that one ("modeling
                # financial data" is financial modeling, no data modeling)
                noun_before = noun_before or lemmas[j] in things
                if content >= MOST_WORDS:
                    break
    return found


def _shares_its_object(line: str, words: list[re.Match[str]], written: list[str], lemmas: list[str], i: int) -> bool:
    """Whether the verb at ``i`` in "-ing" is joined by "or" or "and" to another in "-ing" right after it, whose object
    is the first's too: "writing or managing grants" writes grants, "planning and running events" plans events."""
    if i + 2 >= len(words) or not written[i].endswith("ing") or written[i + 1] not in _JOINS - {"then"}:
        return False
    second, gaps = written[i + 2], line[words[i].end() : words[i + 2].start()]
    return "," not in gaps and second.endswith("ing") and second != lemmas[i + 2] and lemmas[i + 2] in verbs()


_TOO_GENERAL = frozenset(
    {"performance", "quality", "solution", "strategy", "approach", "material", "system", "impact"}
    | {"portfolio", "pipeline", "access", "account"}
)
"""Objects too general to name the lexicon's activity on their own: "optimize account performance" engineers no
performance, "improve product quality" is no clinical quality improvement, "engineering solutions" no sales
engineering, "develop strategies" no strategic planning, "manage a portfolio of influencers" no investment portfolio,
"manage a pipeline of lean projects" no sales pipeline, "manage access to the office" no identity and access
management, "manage multiple accounts" (an ad operator's, a cloud's, a ledger's) no clients' account management."""
_DESCRIBING = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|(?<!m)ent|ant|ile|ior|ern|ly|'s|’s)$")
_DESCRIBING_WORDS = frozenset(
    {"new", "all", "key", "complex", "daily", "weekly", "monthly", "annual", "large", "small", "high", "multiple",
     "several", "various", "many", "existing", "strong", "own", "senior", "junior", "major", "minor", "best", "top"}
)  # fmt: skip


_WHOSE = frozenset(
    {"company", "company-wide", "corporate", "team", "staff", "employee", "office", "department", "firm", "firm-wide",
     "organization-wide", "organisation-wide", "organizational", "organisational", "internal", "customer", "client",
     "guest"}
)  # fmt: skip
"""Nouns before an object that say whose it is or whom it is for, not what kind of thing: "Plan company events",
"Manage team calendars" and "Organize employee events" plan events and manage calendars, as "Plan client events"
does, and "resolve guest complaints" resolves complaints as "handle customer complaints" handles them."""


def _describes(word: str, lowered: str, stops: frozenset[str]) -> bool:
    """Whether ``word``, between a verb and its object, only describes the object (a function word, an adjective by
    its ending or among the commonest, a possessive, a noun of whose it is: "Manage the CEO's complex calendar",
    "arrange domestic and international travel", "Plan company events") rather than being a noun that makes it
    another thing ("improve software quality", "managing CI/CD pipelines", "optimize fermentation process": the work
    is on what the two words name)."""
    if lowered in stops or lowered in _DESCRIBING_WORDS or lowered in _WHOSE:
        return True
    return _DESCRIBING.search(lowered) is not None and not word.isupper()


def _a_verb(line: str, words: list[re.Match[str]], written: list[str], i: int, verb: str) -> bool:
    """Whether the word ``i`` of ``line`` is written as the verb ``verb``: a form in "-ing" after no article ("managing
    calendars"), or any other form that opens a duty or follows a word a verb follows (:data:`_VERB_AFTER`: "you will
    plan events"). "analyses of business" and "the plan for events" are nouns."""
    word = written[i]
    before = written[i - 1] if i else ""
    if before in _NOUN_AFTER or before.endswith(("'s", "’s")):
        return False
    if word.endswith("ing") and word != verb:
        # "experience managing calendars", "skilled in tracking defects"; after another verb's form, the field's name
        # is a noun: "providing engineering solutions", and after an adjective too: "complex engineering software"
        if before in _DESCRIBING_WORDS:
            return False
        prior = lemma_of(before, lemma_table())
        return not (before != prior and prior in verbs()) or before in _VERB_AFTER or before in _APART
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", verb[:-1] + "ies" if verb.endswith("y") else verb + "s"}
    if word not in forms:
        return False
    if _OPENS.search(line, 0, words[i].start()):
        return True
    gap = line[words[i - 1].end() : words[i].start()]
    # "…for the board, take minutes and follow up": a duty after another's comma
    return (before in _VERB_AFTER and not _CLAUSE_ENDS.search(gap)) or gap.strip() == ","


def _an_objects_head(line: str, words: list[re.Match[str]], written: list[str], j: int, stops: frozenset[str]) -> bool:
    """Whether the word ``j`` of ``line`` is a noun that ends its phrase, a verb's object: no verb's "-ing"
    or "-ed" form, no name's capital ("Engineering, Product, QA, Data" are teams; "Streaming API, Salesforce Platform
    Events" products), and no word after it but a function word, an adverb or a mark that ends a phrase ("Manage
    complex calendars for the CEO"; not "lead technical/architectural reviews")."""
    word = written[j]
    if word.endswith(("ing", "ed")) and lemma_of(word, lemma_table()) != word:
        return False
    if words[j].group()[0].isupper():
        return False
    if j + 1 == len(words):
        return True
    gap = line[words[j].end() : words[j + 1].start()].strip(" \t'’")
    if gap:
        return not gap.startswith(("/", "-", "&", "+"))
    after = written[j + 1]
    return after in stops or after.endswith("ly")


_OF_STAFF = ("staff", "employee")
"""The objects of the lexicon's activities done to a workplace's people ("staff scheduling", "employee onboarding")."""
_ON_WORKERS = frozenset({"schedule", "supervise", "onboard", "train", "hire", "recruit", "coach", "mentor"})
"""Verbs of the work done to the staff: done to workers named by their job ("Schedule front desk agents", "Supervise
the night auditors", "Onboard new nurses"), it is that activity, as done to "staff" or "employees"."""


def _workers(written: str, lemma: str) -> bool:
    """Whether a word, ``written`` (lower case) with its ``lemma``, names workers by their job, in the plural
    ("agents", "nurses", "line cooks'" head "cooks")."""
    return written != lemma and JOB_WORDS.fullmatch(lemma) is not None


@lru_cache(maxsize=4)
def _by_verb(lexicon: Lexicon) -> dict[str, dict[str, str]]:
    """:func:`activities` as the verb's lemma → the object's lemma → the activity."""
    by_verb: dict[str, dict[str, str]] = defaultdict(dict)
    for (thing, verb), name in activities(lexicon).items():
        by_verb[verb][thing] = name
    return dict(by_verb)


def _inside(at: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether ``at`` falls within a skill's name of more than one word."""
    return any(start <= at < end and " " in term for start, end, term in spans)
