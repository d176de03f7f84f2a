"""Where a posting says a tag of the owner's own texts (a letter's openings and paragraphs, a headline's variants):
in its job title, among what it asks of the hire, only among what would be nice, or not at all.

A tag names what its text is about ("leadership", "board", "spanish"), so the posting says it where it asks the
hire for that, as a noun or a skill: not where it uses the same word as a verb for other work ("Partner with Sales"
says no partners; "Lead multi-threaded deals" no leadership), nor where the word names the people over the hire
("forecasts your leadership can rely on"). A word of work (:func:`tailor.lexicon.action_nouns`) is said by its verb
where that verb works on people ("leading or mentoring archivists" asks for leadership), what the noun alone names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tailor.analysis import analyse, lemma_of, lemma_table
from tailor.analysis.marks import blank_marks_of_text, singular_acronyms
from tailor.analysis.skills import stop_words
from tailor.analysis.tokens import verbs
from tailor.lexicon import action_nouns
from tailor.people import names_people
from tailor.posting import Posting
from tailor.posting.headings import SectionKind
from tailor.rank.cv import PreparedCV
from tailor.rank.posting import AnalysedPosting, title_terms

WISHED = 1
"""A tag the posting says only among what would be nice to have ("Spanish language skills are a plus")."""
SAID = 2
"""A tag the posting says among what it asks of the hire (:func:`said_by`)."""
IN_TITLE = 3
"""A tag the posting's job title says (:func:`said_by`): what the job is, before what it also asks."""


def said_by(prepared: PreparedCV, posting: Posting | AnalysedPosting, phrases: Sequence[str]) -> list[int]:
    """Where ``posting`` says each of ``phrases`` (a variant's tags), where its words count: :data:`IN_TITLE` in
    its job title, :data:`SAID` among what it asks, :data:`WISHED` only among what would be nice, 0 not at all.

    A word is said as a noun of the hire's work (this module's rules) or, a word of work, by its verb working on
    people; the words of a skill of several words count as the text's words ("board" of "board meeting
    preparation", which the CV's own skill makes one term). A phrase is said as the phrase or the skill it names,
    so by any of the lexicon's names of that skill ("culinary education" is not said by a posting of "culinary
    operations" and "education benefits"), a phrase of three words or more by every pair of its words ("medical
    social worker" is not said by a title's "Hospice Social Worker"); a phrase that makes no term of its words
    ("head of science") by every one of them (a payroll posting's "Head Office" says no head of science)."""
    if not phrases:
        return []
    analysed = prepared.analyse(posting)
    counted = [s for s in analysed.sections if s.weight > 0]
    asked = _said([s for s in counted if s.kind is not SectionKind.PREFERRED], prepared)
    wished = _said([s for s in counted if s.kind is SectionKind.PREFERRED], prepared)
    titled = set(title_terms(analysed, prepared.lexicon))
    titled |= {t for term in titled if " " in term for t in _words_of(term)}
    title_said = _Said(frozenset(titled), frozenset(titled))
    verb_of = action_nouns()
    out = []
    for analysis in analyse(phrases, prepared.lexicon):
        pairs = [t for t in analysis.terms if " " in t]
        skills = [s.lower() for s in analysis.skills]
        words = [] if pairs or skills else analysis.terms

        def says(said: _Said, pairs: list[str] = pairs, skills: list[str] = skills, words: list[str] = words) -> bool:
            # A skill it names, or every pair of its words: "social worker" says no "medical social worker".
            if skills or pairs:
                return any(s in said.terms for s in skills) or (bool(pairs) and all(p in said.terms for p in pairs))
            return bool(words) and all(w in said.nouns or verb_of.get(w) in said.worked for w in words)

        out.append(IN_TITLE if says(title_said) else SAID if says(asked) else WISHED if says(wished) else 0)
    return out


class _Said:
    """What some sections of a posting say: their terms, with the words of their skills of several words; the
    words of them it says as nouns of the hire's work; and the verbs of work it says working on people."""

    def __init__(self, terms: frozenset[str], nouns: frozenset[str], worked: frozenset[str] = frozenset()) -> None:
        self.terms = terms
        self.nouns = nouns
        self.worked = worked


def _said(sections: Sequence, prepared: PreparedCV) -> _Said:
    # Whom the hire works with is no work asked of them: a section that names them is read without their names.
    texts = [_without_colleagues(s.text) for s in sections]
    analyses = [
        s.analysis if text == s.text else analyse([text], prepared.lexicon)[0]
        for s, text in zip(sections, texts, strict=True)
    ]
    terms = {t for analysis in analyses for t in analysis.terms}
    for analysis in analyses:
        for skill in analysis.skills:
            if " " in skill or " " in analysis.said.get(skill, ""):
                terms.update(_words_of(analysis.said.get(skill, skill).lower()))
    elsewhere, worked = _senses(texts)
    return _Said(frozenset(terms), frozenset(terms - elsewhere), worked)


_WORKS_WITH = re.compile(r"\b(?:coordinat|collaborat|partner|liais|cooperat)\w*(?:\s+\w+ly)?\s+with\s+", re.IGNORECASE)
"""Words of working together ("coordinate with", "collaborate closely with", "in partnership with"), whose object
names the people the hire works with, not the hire's work: "coordinate with internal audit" asks for no audit,
"partner with the marketing team" for no marketing."""
_CLAUSE_REST = re.compile(r"[^\n.;:!?()\[\]•|]*")


def _without_colleagues(text: str) -> str:
    """``text`` with the objects of its words of working together (:data:`_WORKS_WITH`) blanked out, each up to a
    preposition that ends it, the clause's end or :data:`_OBJECT_SPAN` words; the text itself where it has none."""
    stops = stop_words()
    out = text
    for m in _WORKS_WITH.finditer(text):
        rest = _CLAUSE_REST.match(text, m.end())
        end = m.end()
        for n, word in enumerate(re.finditer(r"\S+", rest.group() if rest else "")):
            bare = word.group().lower().strip(",")
            if n >= _OBJECT_SPAN or (bare in stops and bare not in _OBJECT_WORDS):
                break
            end = m.end() + word.end()
        out = out[: m.end()] + " " * (end - m.end()) + out[end:]
    return out


@lru_cache(maxsize=4096)
def _words_of(words: str) -> tuple[str, ...]:
    """The terms of a skill's words read as plain words ("board meeting preparation": board, meet, preparation,
    board meet, meet preparation), which the skill's own term hides."""
    return tuple(analyse([words])[0].terms)


_CLAUSES = re.compile(r"[\n.;:!?()\[\]•|]+")
"""What ends a clause: a line (a list's item), a sentence's mark, a bracket."""
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'’]*|[,&/]")
_MODALS = frozenset({"will", "can", "must", "should", "shall", "may", "would", "could"})
"""Words after which a word is a verb ("you will partner with")."""
_POSSESSIVES = frozenset({"our", "your", "their", "senior", "executive", "to"})
"""Words before a word of work that, with no noun after it, make it the people who do that work: "your
leadership can rely on", "report to our management", "present to senior leadership"."""
_GROUPS = frozenset({"team", "group", "committee", "council"})
"""Words after a word of work that make it a group of people who do it ("leadership team", "management team")."""
_ARTICLES = frozenset({"a", "an", "the"})
_OBJECT_WORDS = frozenset({"a", "an", "the", "our", "your", "their", "its", "and", "or", "&", ",", "/"})
"""Words that stand within a verb's object, or join another verb to it ("lead, coach and develop a team"),
where another stop word (a preposition: "lead deals with stakeholders") ends it."""
_OBJECT_SPAN = 8
"""How many words after a verb of work its object may stand ("lead our Mid-Market Account Executive team")."""


def _senses(texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas ``texts`` use only as a verb or as the people in charge, never as a noun of the hire's work;
    and the verbs of work (:func:`tailor.lexicon.action_nouns`) they use on people."""
    table, may_be_verbs, stops = lemma_table(), verbs(), stop_words()
    work_verbs = frozenset(action_nouns().values())
    work_nouns = frozenset(action_nouns())
    as_nouns: set[str] = set()
    otherwise: set[str] = set()
    worked: set[str] = set()
    for text in texts:
        for clause in _CLAUSES.split(blank_marks_of_text(singular_acronyms(text).lower())):
            tokens = _TOKEN.findall(clause)
            lemmas = [lemma_of(t.removesuffix("'s").removesuffix("’s"), table) for t in tokens]
            for i, (token, lemma) in enumerate(zip(tokens, lemmas, strict=True)):
                if not token[0].isalpha():
                    continue
                before = tokens[i - 1] if i else ""
                after = tokens[i + 1] if i + 1 < len(tokens) else ""
                verb = lemma in may_be_verbs and before not in _ARTICLES
                if verb and lemma in work_verbs and _on_people(lemmas[i + 1 : i + 1 + _OBJECT_SPAN], tokens[i + 1 :]):
                    worked.add(lemma)
                ends = not after or after in stops or not after[0].isalpha()
                if verb and (
                    _in_the_past(token, lemma)
                    or before in _MODALS
                    or before.endswith(("'ll", "’ll"))
                    or ((not before or before == "to") and ends)
                ):
                    otherwise.add(lemma)  # "Partner with", "you will lead", "led by"
                elif lemma in work_nouns and ((before in _POSSESSIVES and ends) or after in _GROUPS):
                    otherwise.add(lemma)  # "your leadership can rely on", "the leadership team"
                else:
                    as_nouns.add(lemma)
    return frozenset(otherwise - as_nouns), frozenset(worked)


def _in_the_past(word: str, lemma: str) -> bool:
    """Whether ``word`` is a verb's past form ("led", "partnered"), no plural and no "-ing" (a gerund names work
    as a noun does: "training", "coaching")."""
    return word != lemma and not word.endswith(("s", "ing"))


def _on_people(lemmas: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether the object that ``lemmas`` (of ``tokens``) open names people one works over ("a team of 7",
    "archivists", "our account executive team"), before a preposition ends it ("deals with 6+ stakeholders")."""
    stops = stop_words()
    for lemma, token in zip(lemmas, tokens, strict=False):
        if token.endswith(("'s", "’s")):
            continue  # whose: "the CEO's calendar" is a calendar
        if names_people(lemma) or lemma == "people":
            return True
        if token in stops and token not in _OBJECT_WORDS:
            return False
    return False
