"""What a posting asks for, as keywords: the lexicon's skills it names and its most stressed specific phrases,
each in the posting's own words, marked required or preferred by the section it came from, with the alternatives
a requirement offers ("AWS, GCP or Azure"). What the CV says of each is :mod:`tailor.coverage`'s to judge.

A skill named only as the people or teams the job works with ("partner with data engineers", "the marketing team"),
in the hiring organisation's name, or in the job's own title is no keyword; nor is a phrase of a place or one that
runs on from a skill.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from tailor.acronyms import name_in_capitals, same_meaning, spelled_out
from tailor.analysis import (
    Analysis,
    analyse,
    initials,
    kin,
    lemma_of,
    lemma_table,
    locate,
    shared_said,
    word_of,
)
from tailor.analysis.skills import soft_skill
from tailor.analysis.tokens import known_lemmas, verbs
from tailor.analysis.work import work_named
from tailor.industries import Asked
from tailor.industries import asked as industries_asked
from tailor.lexicon import Lexicon, action_nouns, bundled_lexicon, generic_terms, held_together, word_log_probabilities
from tailor.people import (
    colleagues,
    job_letters,
    names_a_job,
    names_people,
    names_people_here,
    partners,
    people_in_the_plural,
    someones_titles,
)
from tailor.posting.items import NOT_NEEDED, says_nice, sentences_apart
from tailor.posting.plausible import without_legal_form
from tailor.posting.structure import ITS_UNION, SectionKind, job_sentences

if TYPE_CHECKING:
    from tailor.rank import AnalysedPosting, Ranking, WeightedSection

MAX_PHRASES = 12
"""At most this many non-lexicon phrases per posting: enough to show what else it stresses."""
PHRASE_MIN_WEIGHT = 1.5
"""A phrase must be stressed (said twice in the requirements, or more often in weaker sections)
to count as a keyword: a phrase said once is as often an accident of wording as a requirement."""
KEYWORD_SECTIONS = frozenset({SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED})
"""Keywords come from what the job needs. Only a posting with none of these sections
falls back to its other weighted text (the role description, unclassified sections)."""
IMPLIED = frozenset({"english"})
"""Skills every résumé tailor writes evidences, being in English: a posting asking for English is no gap."""


@dataclass(frozen=True)
class Keyword:
    term: str
    """A skill's canonical name, or a phrase as analysed (lemmas)."""
    kind: Literal["skill", "phrase", "industry"]
    """A skill (the lexicon's, or the CV's own), a phrase the posting stresses, or an industry it asks experience of
    (:mod:`tailor.industries`), which a CV meets only by saying the industry's own word."""
    required: bool
    """False when the posting names it only among preferred / nice-to-have qualifications, or only as one of the
    fields a degree may be in (:attr:`degree_field`)."""
    weight: float
    """How strongly the posting stresses it: section weights times sublinear counts."""
    said: str = ""
    """The posting's own words for it (a skill's first mention as written); the term if none."""
    alternatives: tuple[str, ...] = ()
    """Skills the posting names as alternatives to this one in the same requirement ("AWS, GCP or
    Azure"): any one of them meets it."""
    degree_field: bool = False
    """The posting names it only as one of the fields a degree it asks for may be in, where any related field will
    do ("a Bachelor's degree in HCI, Design or a related field"): not required, since the CV's degree says which field
    it holds, and no preference either."""

    @property
    def need(self) -> str:
        """How the posting asks for it, as a report says so: "required", "one of" (it names alternatives), "degree
        field" (:attr:`degree_field`) or "preferred"."""
        if self.degree_field:
            return "degree field"
        if not self.required:
            return "preferred"
        return "one of" if self.alternatives else "required"

    @property
    def match(self) -> str:
        """The term as it appears among an item's analysed terms."""
        return self.term.lower()

    @property
    def label(self) -> str:
        """As a report shows it: the posting's words, then the lexicon's name if that differs (a
        phrase has no other name than the posting's words)."""
        said = self.said or self.term
        # "Grant-writing" is grant writing, and "informed consent" the skill a CV's list names as its lemmas
        # ("inform consent"): no need to say so.
        same = _spelling(self.term) in (_spelling(said), _lemmas(said))
        if self.kind == "industry":
            # "hospitality industry" names its industry; a hotel is the hospitality industry's: "hotel (hospitality)"
            same = _spelling(self.term) in _spelling(said)
        return said if same or self.kind == "phrase" else f"{said} ({self.term})"


def _spelling(words: str) -> str:
    return " ".join(words.lower().replace("-", " ").split())


def _lemmas(words: str) -> str:
    """``words`` as analysis spells them: each word's lemma ("informed consents" → "inform consent")."""
    return " ".join(lemma_of(word, lemma_table()) for word in _spelling(words).split())


def keywords(
    posting: AnalysedPosting, lexicon: Lexicon | None = None, named: Collection[str] = frozenset()
) -> list[Keyword]:
    """The posting's keywords, most stressed first (ties alphabetically), each in the posting's own
    words (its first mention). A phrase of the hiring organisation's name ("Spotlight PA's
    journalism"), or with a word of it that is no everyday word ("internal GHX resources"), is no
    keyword: no CV is asked to say it. ``lexicon`` is the one the posting was
    analysed with (default: the bundled one).

    ``named`` are terms that are skills though the lexicon does not know them: the CV's own skills
    ("Hootsuite", "grant writing"), as :func:`tailor.rank.own_skill_term` spells them. One the posting
    says is a skill keyword, however often it says it, as a lexicon's skill is."""
    lexicon = lexicon or bundled_lexicon()
    employer = _name_words(posting.structure.company)
    # A word of the name that is no everyday word ("ghx", "versapay") makes any phrase the name's: "internal GHX".
    proper = {word for word in employer if word not in word_log_probabilities()}
    weight: dict[tuple[str, str], float] = defaultdict(float)
    required: dict[tuple[str, str], bool] = defaultdict(bool)
    said_in: dict[tuple[str, str], set[SectionKind]] = defaultdict(set)  # the kinds of section that name each
    said: dict[str, str] = {}
    mentions: Counter[str] = Counter()  # each skill's required mentions, to tell those asked on their own somewhere
    as_fields: Counter[str] = Counter()  # of those, the mentions as one of a degree's fields (:func:`_field_skills`)
    sections = [s for s in posting.sections if s.kind in KEYWORD_SECTIONS and s.weight > 0]
    described: dict[int, Analysis] = {}  # the role's description, where the job's needs are listed apart
    if not sections:
        sections = [s for s in posting.sections if s.weight > 0 and s.kind is not SectionKind.COMPANY]
    else:
        # It names skills the job uses ("You will design enclosures in SolidWorks"), and a job board's
        # "About the job" holds every duty: the skills its sentences about the job name are keywords, not
        # its other words, nor the skills of its title line ("Frontend Developer") or of a blurb.
        role = [s for s in posting.sections if s.kind is SectionKind.ROLE and s.weight > 0]
        said_of_job = ["\n".join(job_sentences(s.section.text, posting.structure.title)) for s in role]
        described = dict(zip(map(id, role), analyse(said_of_job, lexicon), strict=True))
        sections += role
    title_said = posting.structure.title
    texts = {
        id(s): "\n".join(job_sentences(s.section.text, title_said)) if id(s) in described else s.section.text
        for s in sections
    }
    # "unit and integration testing" asks for unit testing too, "data collection and analysis" for data analysis
    shared = dict(zip(texts, shared_said(texts.values(), lexicon), strict=True))
    skills = {skill.lower() for s in sections for skill in described.get(id(s), s.analysis).skills}
    skills |= {skill for s in sections for skill in shared[id(s)]}
    # "Manage the CEO's calendar", "Plan events and offsites": an activity said as the work done on its object
    doings = {id(s): work_named(texts[id(s)], described.get(id(s), s.analysis), lexicon) for s in sections}
    skills |= {skill.lower() for found in doings.values() for skill, _ in found}
    title = (posting.structure.title or "").lower()
    titles = {skill for skill in skills if names_a_job(skill) and skill not in title}
    own = {term for _, _, term in locate(title, skills, lexicon)}  # "Backend Engineer"
    # "EDC systems", "Python developer": a skill and a word more is no keyword of its own; the skill is.
    one_word = {name for name in (*skills, *named) if " " not in name}

    def named_in(term: str) -> bool:
        return not one_word.isdisjoint(term.split())

    # "the Community Development Department (CDD)": its letters, wherever else the posting writes them ("CDD's
    # boards"), are that department, no skill the lexicon spells so (customer due diligence).
    defined = spelled_out([posting.posting.text]) if "(" in posting.posting.text else {}

    # The skills a preferred section names as themselves ("Kafka a plus"), not only as what a certification it prefers
    # is in ("AWS or Databricks certifications"): a platform the duties name stays required beside such a wish.
    preferred_plainly: set[tuple[str, str]] = set()
    certified_only: set[tuple[str, str]] = set()
    asked_whole: set[tuple[str, str]] = set()  # phrases a requirement asks for and nothing else (:func:`_asked_whole`)
    for section in sections:
        analysis = described.get(id(section), section.analysis)
        counts: dict[tuple[str, str], int] = defaultdict(int)
        text = texts[id(section)]
        met = colleagues(text, titles, skills, lexicon, own)
        for said_so in _NOT_ASKED:
            met.update(said_so(text, skills, lexicon))
        # Said once as a team or the people served and once as what the job asks ("Work with the data science team
        # … Data science experience with Python"), a skill is asked: each counter reads mentions, the loop below
        # reads the section's skills once each.
        for skill in _asked_as_experience(text, {skill for skill, count in met.items() if count > 0}, lexicon):
            del met[skill]
        # Said once as the people who do the work and once as the work ("Lead the night auditors … Review the night
        # audit"), a skill is asked too.
        as_work = _asked_beside_its_workers(text, met, lexicon)
        for skill in as_work:
            del met[skill]
        employers = _only_in_the_name(text, posting.structure.company, skills, lexicon)
        # "mentor junior developers", "with product managers": people the job works with or over, no phrase it asks
        # for; a job written in the singular ("experience as a mobile developer") still may be.
        others = people_in_the_plural(text)
        whole = {skill.lower() for skill in analysis.skills}
        only_shared = [lexicon.canonical(skill) or skill for skill in sorted(shared[id(section)].keys() - whole)]
        wished = _wished_for(text, section.kind, analysis, lexicon)
        wished_counts: dict[tuple[str, str], int] = defaultdict(int)
        doing = dict(reversed(doings[id(section)]))  # each activity → the words it is first said in
        fields = _field_skills(text, lexicon)
        certified = _certified_in(text, analysis.skills, lexicon) if section.kind is SectionKind.PREFERRED else set()
        teams = [name for name, count in met.items() if count > 0]
        for skill in [*analysis.skills, *only_shared, *(skill for skill, _ in doings[id(section)])]:
            if skill.lower() in IMPLIED or skill.lower() in employers or soft_skill(skill):
                continue
            if skill in only_shared and _shares_a_teams_name(shared[id(section)].get(skill.lower(), ""), teams):
                continue  # "Work with Customer Success and Support": the team's words name a team beside it, no work
            said_as = analysis.said.get(skill, "")
            if _its_own_acronym(skill, said_as, defined, lexicon, posting.posting.text, posting.structure.company):
                continue
            if met[skill.lower()] > 0:
                met[skill.lower()] -= 1
                continue
            if wished[skill.lower()] > 0:
                wished[skill.lower()] -= 1
                wished_counts[(skill, "skill")] += 1
                preferred_plainly.add((skill, "skill"))
                words = analysis.said.get(skill) or _shown_shared(shared[id(section)], skill) or skill
                said.setdefault(skill, as_written(skill, words, lexicon.proper))
                continue
            counts[(skill, "skill")] += 1
            if section.kind is SectionKind.PREFERRED and skill.lower() not in certified:
                preferred_plainly.add((skill, "skill"))
            mentions[skill] += section.kind is not SectionKind.PREFERRED
            as_fields[skill] += skill in fields and section.kind is not SectionKind.PREFERRED
            words = (
                as_work.get(skill.lower())
                or analysis.said.get(skill)
                or _shown_shared(shared[id(section)], skill)
                or doing.get(skill, skill)
            )
            said.setdefault(skill, as_written(skill, words, lexicon.proper))
        # "scale machine" of "scale machine learning": the skill is the keyword; "mexico driver" of "New Mexico
        # driver's license": the place is no keyword, nor a phrase that runs on from it.
        cut = Counter(analysis.cut) + _beside_places(analysis.terms) + _in_the_title(text, posting.structure.title)
        cut += _someones_titles(text)
        cut += _partners_said(text)
        cut += _degree_fields(text)
        cut += _named_as_choices(text)
        cut += _before_its_number(text)
        for term in analysis.terms:
            if id(section) in described and term not in named:
                continue
            if cut[term] > 0:
                cut[term] -= 1
            elif term in skills:
                continue
            elif term in named and _named_so(term, text):
                counts[(term, "skill")] += 1
            elif (
                _is_phrase_candidate(term)
                and not employer.issuperset(term.split())
                and proper.isdisjoint(term.split())
                and not named_in(term)
                and term.rpartition(" ")[2] not in others
            ):
                counts[(term, "phrase")] += 1
        if section.kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
            asked_whole.update((term, "phrase") for term in _asked_whole(text) if counts.get((term, "phrase")))
        for key, count in counts.items():
            weight[key] += section.weight * (1 + math.log(count))
            insisted = (
                section.kind is SectionKind.PREFERRED
                and key[1] == "skill"
                and _insisted(text, said.get(key[0], key[0]))
            )
            if key[1] != "skill" or section.kind is not SectionKind.PREFERRED or key in preferred_plainly:
                said_in[key].add(SectionKind.REQUIREMENTS if insisted else section.kind)
            else:
                certified_only.add(key)
        for key, count in wished_counts.items():
            weight[key] += section.weight * (1 + math.log(count))
            said_in[key].add(SectionKind.PREFERRED)
    # Where a posting says what it requires apart from what it prefers, a tool its duties name and its preferences
    # list is only preferred; a posting whose only list of qualifications is its preferred one says nothing so plain,
    # and what its title names is what the job is ("Software Engineer (C++/Rust)").
    for key in certified_only:
        if not said_in[key]:
            said_in[key].add(SectionKind.PREFERRED)  # said nowhere else: a wish, as its certification is
    apart = any(s.kind is SectionKind.REQUIREMENTS for s in sections)
    job = {term.lower() for _, _, term in locate(posting.structure.title or "", skills, lexicon)}
    job.update(analyse([posting.structure.title], lexicon)[0].terms if posting.structure.title else ())
    for (term, kind), kinds in said_in.items():
        duties = apart and term.lower() not in job
        required[(term, kind)] = _required(kinds) if duties else not kinds <= {SectionKind.PREFERRED}
    degree_fields = set()
    for skill, times in as_fields.items():
        # "a degree in HR, Education, OD or a related field": a degree in any related field will do, so no field of
        # the choice is asked for on its own; where the posting asks for the skill elsewhere too, it is required.
        # Asked so under the requirements, it is no preference either: the degree is required, in any such field.
        if times == mentions[skill]:
            required[(skill, "skill")] = False
            if times:
                degree_fields.add(skill)
    folded = _fold_abbreviations(weight, required, said, lexicon, skills)
    found = [
        Keyword(
            term,
            kind,
            required[(term, kind)],
            round(w, 4),
            said.get(term, term),
            degree_field=kind == "skill" and term in degree_fields,
        )
        for (term, kind), w in weight.items()
    ]
    skills_found = [k for k in found if k.kind == "skill"]
    phrases = [
        k for k in found if k.kind == "phrase" and (k.weight >= PHRASE_MIN_WEIGHT or (k.term, k.kind) in asked_whole)
    ]
    phrases = sorted(phrases, key=lambda k: (-k.weight, k.term))[:MAX_PHRASES]
    unsaid = {k.term for k in skills_found if k.term not in said}  # the CV's named skills: no lexicon words
    worded = _first_words({k.term for k in phrases} | unsaid | set(folded.values()), sections, lexicon)
    section_texts = [section.section.text for section in sections]
    phrases = [k for k in phrases if not _opens_a_duty(worded.get(k.term, k.term), section_texts)]
    joined = _said_as_one([described.get(id(s), s.analysis).terms for s in sections if id(s) not in described])
    shown, involved, modifiers = {k.term for k in phrases}, set(), set()
    for first, second in joined.items():
        if {first, second} <= shown and involved.isdisjoint((first, second)) and {first, second} <= worded.keys():
            # "technical debt" of "strategic technical debt", said so every time: the phrase's head is the keyword;
            # a name in capitals ("Security Command Center") is shown whole.
            involved |= {first, second}
            modifiers.add(first)
            three = f"{worded[first]} {worded[second].partition(' ')[2]}"
            if all(word[:1].isupper() for word in three.split()):
                worded[second] = three
    phrases = [k for k in phrases if k.term not in modifiers]
    phrases = [replace(k, said=_opening_case_off(worded.get(k.term, k.term))) for k in phrases]
    skills_found = [replace(k, said=worded.get(k.term, k.term)) if k.term in unsaid else k for k in skills_found]
    # A skill the posting names by letters of the CV's skills list ("CRO"): said as the posting writes them.
    skills_found = [
        replace(k, said=worded[folded[k.term]]) if folded.get(k.term) in worded else k for k in skills_found
    ]
    groups = _alternatives(sections, lexicon, mentions, texts, own=named, job=own)
    skills_found = [replace(k, alternatives=groups.get(k.term, ())) for k in skills_found]
    skills_found = _issuers_credentials(skills_found, lexicon)
    trades = _industries_asked(sections, texts)
    phrases = [k for k in phrases if not any(_names_the_industry(k.term, trade.said) for trade in trades)]
    return sorted(skills_found + phrases + trades, key=lambda k: (-k.weight, k.kind, k.term))


_ASKS_INDUSTRIES = frozenset({SectionKind.REQUIREMENTS, SectionKind.PREFERRED})


def _industries_asked(sections: list[WeightedSection], texts: Mapping[int, str]) -> list[Keyword]:
    """The industries the posting's requirements ask experience of (:func:`tailor.industries.asked`), each a keyword
    in the posting's words: required unless only a preferred section or a wish asks it ("retail experience a plus")."""
    weight: dict[str, float] = defaultdict(float)
    required: dict[str, bool] = defaultdict(bool)
    first: dict[str, Asked] = {}
    for section in sections:
        if section.kind not in _ASKS_INDUSTRIES:
            continue
        for found in industries_asked(texts[id(section)]):
            name = found.industry.name
            weight[name] += section.weight
            required[name] |= section.kind is SectionKind.REQUIREMENTS and not found.preferred
            first.setdefault(name, found)
    return [
        Keyword(
            name,
            "industry",
            required[name],
            round(w, 4),
            _opening_case_off(first[name].said),
            alternatives=tuple(c for c in first[name].choices if c in weight),
        )
        for name, w in weight.items()
    ]


def _names_the_industry(phrase: str, said: str) -> bool:
    """Whether a phrase keyword (lemmas) is only an industry's words and what a posting calls an industry ("hospitality
    industry", "construction industry experience"): the industry's keyword says it."""
    return set(phrase.split()) <= {*_lemmas(said).split(), "industry", "sector", "experience", "background"}


def _wished_for(text: str, kind: SectionKind, analysis: Analysis, lexicon: Lexicon) -> Counter[str]:
    """The skills (lowercase) a section that is no list of requirements names only in a sentence that says it asks
    for nothing required (:func:`tailor.posting.items.sentences_apart`): a posting of
    prose without headings writes "Experience with QuickBooks is strongly preferred." among what it requires, and
    "ideally within a private equity firm" after it. A list of requirements has had such items set apart already
    (:mod:`tailor.posting.structure`)."""
    if kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED) or not analysis.skills:
        return Counter()
    nice = "\n".join(part for line in text.splitlines() if (part := sentences_apart(line)[1]))
    if not nice:
        return Counter()
    skills = {skill.lower() for skill in analysis.skills}
    wished = Counter(term for _, _, term in locate(nice, skills, lexicon))
    said = Counter(term for _, _, term in locate(text, set(wished), lexicon))
    # Only what the section says nowhere else: "You know QuickBooks. QuickBooks certification is a plus." asks for it.
    return Counter({term: 1 for term, count in wished.items() if count >= said[term]})


_CREDENTIAL_KINDS = frozenset({"certification", "certifications", "certificate", "card", "license", "licence"})
"""The last words of a kind of credential's name ("food manager certification", "food handler card")."""


_CERTIFIED = re.compile(
    r"^(?:\s*(?:,|/|\bor\b|\band\b)\s*[\w.+#-]+(?:\s[A-Z][\w.+#-]*)?)*\s+(?:certifications?|certificates?|certified)\b"
)
"""What follows a name that a certification is in: the certification's word, after other names of a list ("AWS or
Databricks certifications", "AWS/GCP certification")."""
_CERTIFIED_IN = re.compile(
    r"\b(?:certifications?|certificates?|certified)\s+(?:in|from|by|on)\s+(?:[\w.+#-]+\s*(?:,|/|\bor\b|\band\b)\s*)*$",
    re.IGNORECASE,
)
"""What stands before a name that a certification is in, other names of a list between: "certification in AWS",
"certified on Salesforce", "certification in AWS or GCP"."""


def _certified_in(text: str, skills: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The skills (lowercase) that ``text`` names each time only as what a certification is in ("AWS or Databricks
    certifications", "certification in Salesforce"): the certification is wished for, and the skill no more than
    it."""
    wanted = {skill.lower() for skill in skills}
    if not wanted or "certif" not in text.lower():
        return set()
    plain: set[str] = set()
    subject: set[str] = set()
    for start, end, term in locate(text, wanted, lexicon):
        line_end = text.find("\n", end)
        before, after = text[text.rfind("\n", 0, start) + 1 : start], text[end : line_end if line_end >= 0 else None]
        (subject if _CERTIFIED.match(after) or _CERTIFIED_IN.search(before) else plain).add(term)
    return subject - plain


def _issuers_credentials(found: list[Keyword], lexicon: Lexicon) -> list[Keyword]:
    """``found`` with a skill named as the alternative to a kind of credential that is no credential of that kind
    itself (an issuer, a programme: "Certified Food Protection Manager (ServSafe or equivalent)") read as the one
    credential of that kind the lexicon has of it (:attr:`tailor.lexicon.Lexicon.instances`: ServSafe Manager): the
    posting asks for that credential, which ServSafe's food handler course is not. Where the lexicon has several
    of the kind by that name, or none, the skill is read as written."""
    terms = {k.term for k in found}
    renamed: dict[str, str] = {}
    for k in found:
        for kind in k.alternatives:
            members = lexicon.instances.get(kind.lower(), ())
            if kind.lower().rpartition(" ")[2] not in _CREDENTIAL_KINDS or k.match in members:
                continue
            own = [m for m in members if m.startswith(k.match + " ")]
            if len(own) == 1 and (name := lexicon.canonical(own[0])) is not None and name not in terms:
                renamed[k.term] = name
    if not renamed:
        return found
    return [
        replace(k, term=renamed.get(k.term, k.term), alternatives=tuple(renamed.get(a, a) for a in k.alternatives))
        for k in found
    ]


_CLAUSES = re.compile(r"[\n(;]|\.\s")
_INSISTS = re.compile(r"\b(?:required|must|mandatory)\b", re.IGNORECASE)


def _insisted(text: str, said: str) -> bool:
    """Whether a clause of ``text`` (a preferred section's) that names ``said`` says it is required: "Strong
    understanding of GAAP required (additional familiarity with IFRS preferred)" under a "Preferred Skills"
    heading requires GAAP, not IFRS."""
    wanted = said.lower()
    return any(wanted in clause.lower() and _INSISTS.search(clause) for clause in _CLAUSES.split(text))


DUTIES = frozenset({SectionKind.RESPONSIBILITIES, SectionKind.ROLE})
"""The sections that say what the job does: a tool they name is one the job uses, which says nothing of whether the
applicant must know it already."""


def _required(kinds: Collection[SectionKind]) -> bool:
    """Whether a keyword said in sections of these ``kinds``, in a posting that lists what it requires apart from
    what it prefers, is required: said among what the job requires, or only in its duties. A posting that lists a
    tool as nice to have and names it in a duty too ("Document encounters in Epic", "Proficiency with Epic
    preferred") says in so many words that the applicant need not know it yet."""
    return SectionKind.PREFERRED not in kinds or not set(kinds) <= DUTIES | {SectionKind.PREFERRED}


def _said_as_one(analyses: Iterable[list[str]]) -> dict[str, str]:
    """Two-word phrases that the posting only ever says as one three-word phrase, the first's last word the second's
    first ("standard operating" and "operating procedures" of "standard operating procedures", said twice): the first
    → the second. A report shows them as one keyword, in the three words, not as two halves of it."""
    total: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for terms in analyses:
        pairs = [term for term in terms if term.count(" ") == 1]
        total.update(pairs)
        together.update((a, b) for a, b in pairwise(pairs) if a.partition(" ")[2] == b.partition(" ")[0])
    return {a: b for (a, b), n in together.items() if n == total[a] == total[b] and a != b}


_CLAUSE_OPENING = re.compile(r"(?:\n|[;:?!•]|\.\s)[ \t]*(?:[-*][ \t]+)?\Z")
"""What opens a duty just before its first word: a new line or list item, a semicolon, a colon or a full stop."""


def _opens_a_duty(words: str, texts: list[str]) -> bool:
    """Whether a phrase's ``words`` open with a verb in the third person ("presents", "reviews") at a duty's opening
    wherever ``texts`` write them, alone or after another such verb ("…; presents reports to City boards", "Develops
    and presents reports"), as a class specification lists duties: the duty's verb and a word of its object, no
    skill, as "prepare levee" is (:func:`_is_phrase_candidate`)."""
    if not words.strip() or not _third_person(words.split()[0]):
        return False
    found = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE)
    places = [(text, m.start()) for text in texts for m in found.finditer(text)]
    return bool(places) and all(_at_a_duty_opening(text, start) for text, start in places)


def _third_person(word: str) -> bool:
    """Whether ``word`` is a verb's form in the third person singular ("presents", "reviews", "processes")."""
    lower = word.lower()
    lemma = lemma_of(lower, lemma_table())
    return lemma != lower and lower in (lemma + "s", lemma + "es") and lemma in verbs()


_PAIRED_VERB = re.compile(r"([^\W\d_]+)[ \t]+(?:and|or)[ \t]+\Z")


def _at_a_duty_opening(text: str, start: int) -> bool:
    """Whether ``start`` in ``text`` opens a duty (:data:`_CLAUSE_OPENING`), or follows a verb in the third person
    that does and "and" or "or" ("Develops and presents")."""
    if not text[:start].strip(" \t-*") or _CLAUSE_OPENING.search(text, max(0, start - 8), start):
        return True
    paired = _PAIRED_VERB.search(text, max(0, start - 30), start)
    return bool(paired and _third_person(paired.group(1)) and _at_a_duty_opening(text, paired.start(1)))


def _named_so(term: str, text: str) -> bool:
    """Whether ``text`` says a CV's own skill ``term`` (one the lexicon does not know) as its name: anywhere, unless the
    name is also one of the words postings say of anyone (:func:`tailor.lexicon.generic_terms`: "Attentive", an SMS
    platform; "Impact", an affiliate network), which is the name only where the text writes it with its capital
    inside a sentence ("with Klaviyo and Attentive"), not as the word ("attentive to detail"): that asks for no tool."""
    if " " in term or term not in generic_terms():
        return True
    for found in re.finditer(rf"(?<![\w-]){re.escape(term)}\w*", text, re.IGNORECASE):
        before = text[: found.start()].rstrip(" \t*•-–—")
        if found.group(0)[0].isupper() and before and before[-1] not in ".!?:\n":
            return True
    return False


def _its_own_acronym(
    skill: str, said: str, defined: Mapping[str, str], lexicon: Lexicon, text: str, company: str | None = None
) -> bool:
    """Whether the posting (``text``) says ``skill`` only as letters (``said``) that it spells out (``defined``,
    :func:`tailor.acronyms.spelled_out`), or that are the initials of the hiring ``company``'s name
    (:func:`tailor.acronyms.name_in_capitals`), as words that are no name of the skill: a posting that spells SAST out
    as static application security testing and asks for "static analysis tools" too asks for static analysis."""
    letters = said.replace(".", "").lower()
    # A company's initials ("WFM stores" where Whole Foods Market hires): its name, no workforce management. Only the
    # hiring company's: any name in capitals would make "Senior Quality Lead" of SQL.
    meaning = defined.get(letters) or (name_in_capitals(company, said) if company else None)
    if meaning is None:
        return False
    names = lexicon.surfaces(skill) | {skill.lower()}
    if same_meaning(meaning, names):
        return False
    words = [name for name in names if name != letters]
    return not any(re.search(rf"(?<!\w){re.escape(name)}", text, re.IGNORECASE) for name in words)


def _fold_abbreviations(
    weight: dict[tuple[str, str], float],
    required: dict[tuple[str, str], bool],
    said: dict[str, str],
    lexicon: Lexicon,
    skills: set[str],
) -> dict[str, str]:
    """A skill keyword written as the initials of another skill is that skill where the posting names it too,
    or names what the lexicon relates to it and nothing it relates to the skill the letters name: a posting
    that asks for "ICH GCP" or for IRB submissions, and then for "GCP training", means Good Clinical Practice,
    not Google Cloud, whatever the lexicon reads the bare letters as. Its weight joins that skill's, in place.
    ``skills`` are the lowercase skills the posting names; ``said`` keeps the posting's words ("GCP") where
    it names the skill no other way. Returns the skills folded from letters whose words ``said`` does not keep (a
    name of the CV's skills list, "cro", which the lexicon does not know) → those letters, for the caller to find
    the posting's words of."""
    spelled = {initials(term): term for term, kind in weight if kind == "skill" and initials(term)}
    unsaid: dict[str, str] = {}
    for term, kind in list(weight):
        full = spelled.get(term.lower()) if kind == "skill" else None
        if full is None and kind == "skill" and " " not in term:
            full = _spelled_in_its_field(term, lexicon, skills)
        if full is not None and full != term:
            weight[(full, kind)] += weight.pop((term, kind))
            if term in said or full in said:
                said.setdefault(full, said.get(term, term))
            else:
                unsaid[full] = term
            required[(full, kind)] |= required.pop((term, kind))
    return unsaid


def _spelled_in_its_field(letters: str, lexicon: Lexicon, skills: set[str]) -> str | None:
    """The one skill of the lexicon whose initials ``letters`` are, if the posting's ``skills`` are of its field
    (one is kin to it, or kin to what it is kin to) and none of the field of the skill the letters name."""
    found = _initialisms(lexicon).get(letters.lower(), ())
    if len(found) != 1:
        return None
    related = kin(lexicon)

    def field(skill: str) -> frozenset[str]:
        near = related.get(skill, frozenset())
        return near.union(*(related.get(other, frozenset()) for other in near)) - {skill}

    spelled = found[0]
    if skills.isdisjoint(field(spelled.lower())) or not skills.isdisjoint(field(letters.lower())):
        return None
    return spelled


@lru_cache(maxsize=4)
def _initialisms(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Lowercase initials → the canonical names of the lexicon (of three words or more) that they spell."""
    out: dict[str, list[str]] = defaultdict(list)
    for canonical in dict.fromkeys(lexicon.names.values()):
        if letters := initials(canonical):
            out[letters].append(canonical)
    return {letters: tuple(names) for letters, names in out.items()}


def _only_in_the_name(text: str, company: str | None, skills: Collection[str], lexicon: Lexicon) -> frozenset[str]:
    """Those of ``skills`` that ``text`` says only as words of the hiring organisation's name, written out
    ("Cypress Gate Insurance Group seeks an underwriter") or without its legal form ("As a Gusto engineer" of
    Gusto, Inc.): the employer, no skill it asks for."""
    name = without_legal_form(company) if company else ""
    names = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}", text, re.IGNORECASE)] if name else []
    if not names:
        return frozenset()
    inside: dict[str, bool] = {}
    for start, end, term in locate(text, set(skills), lexicon):
        inside[term] = inside.get(term, True) and any(first <= start and end <= last for first, last in names)
    return frozenset(term for term, only in inside.items() if only)


_AS_A_FIRM_BEFORE = re.compile(
    r"(?:\b[Aa]s|\b[Ww]e(?:'re|’re|\s+are)|\b(?:is|are))\s+(?:an?\s+)?(?:[\w-]+,?\s+){0,3}?$"
)
_A_FIRM_AFTER = re.compile(
    r"[\s-]+(?:[\w-]+\s+)?(?:company|companies|start-?ups?|organi[sz]ations?|firms?|business|newsroom|non-?profit"
    r"|agency|employer)\b",
    re.IGNORECASE,
)
"""A skill said as the kind of firm the employer is ("As an agile startup, our editors …", "We are a SaaS company",
"Acme is a fintech startup"): what it is, no skill it asks of the candidate. Asked as experience, it stays one
("3+ years at a SaaS company")."""


def _the_employers_kind(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` names in ``text`` the kind of firm the employer is (:data:`_A_FIRM_AFTER`)."""
    found: Counter[str] = Counter()
    if not _A_FIRM_AFTER.search(text):
        return found
    for start, end, term in locate(text, set(skills), lexicon):
        if _A_FIRM_AFTER.match(text, end) and _AS_A_FIRM_BEFORE.search(text, max(0, start - 60), start):
            found[term] += 1
    return found


_PREMISES_OF = re.compile(
    r"(?:\b(?:[Oo]ur|[Tt]he[ \t]+company['’]s)[ \t]+(?:[\w,.'’]+[ \t]+){0,4}?"
    r"|\b(?:construct\w*|build|builds|building|built|renovat\w*|expansion|addition|retrofit\w*)\b[^.;:!?\n]*)\Z",
    re.IGNORECASE,
)
"""What makes premises named next the employer's own or the work's object: "our" or "the company's" and a few words
("our 500,000 sq ft "), or a verb or noun of building earlier in the clause ("Lead the construction of a five-story
")."""
_A_SITE_AFTER = re.compile(
    r"[ \t-]+(?:(?!data\b)[\w-]+[ \t]+){0,2}?"
    r"(?:cent(?:er|re)s?|facilit(?:y|ies)|warehouses?|plants?|hospitals?|campus(?:es)?|towers?|DCs?)\b",
)
"""A building's word after a skill, a word or two between: "e-commerce fulfillment center", "acute-care hospital".
Premises only: "our e-commerce site" or "store" may be the work itself, and a "data center" or "data warehouse" is
a system."""


def _premises_named(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` names in ``text`` the kind of premises (:data:`_A_SITE_AFTER`) that are the
    employer's own or that the work builds (:data:`_PREMISES_OF`): "Lead shifts in our e-commerce fulfillment
    center", "the construction of a five-story acute-care hospital". Where the job is done or what it builds, no skill
    asked of the candidate; said once more ("2+ years in e-commerce", "experience in an acute care hospital"), it is
    asked."""
    found: Counter[str] = Counter()
    for start, end, term in locate(text, set(skills), lexicon):
        # A kind of work or setting, written in small letters as the lexicon writes it: a product's name ("our Five9
        # contact center", "AWS data center") is the system the job runs.
        kind = text[start:end].islower() and (lexicon.canonical(term) or term).islower()
        if kind and _A_SITE_AFTER.match(text, end) and _PREMISES_OF.search(text, max(0, start - 120), start):
            found[term] += 1
    return found


_A_FIRMS_FIGURE = re.compile(
    r"[$€£]\s?\d[\d.,]*\s*(?:[KMB]|bn|mm|thousand|million|billion)?\+?\s+(?:in\s+)?(?:annual\s+)?\Z", re.IGNORECASE
)
"""A sum of money just before a skill's name: "$90M ARR", "€1.2B in AUM", "$40 million in annual GMV"."""
_THE_FIRM_SAYS_WHAT_IT_IS = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:we(?:'re|’re|\s+are)|(?:[A-Z][\w&.'’-]*,?\s+){1,6}(?:is|are))\s+(?:an?|one)\b[^.!?\n]*\Z",
    re.IGNORECASE,
)
"""The sentence so far opens by saying what the employer is: "We're a B2B SaaS company with …", "Brandt & Okoro
is a …"."""


def _the_employers_figures(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text`` as a figure of the employer's own size, a sum of money
    before it (:data:`_A_FIRMS_FIGURE`) in a sentence that says what the employer is
    (:data:`_THE_FIRM_SAYS_WHAT_IT_IS`): "We're a B2B SaaS company with $90M ARR" asks no annual recurring revenue
    of the candidate, as "Own our $90M ARR forecast" may."""
    found: Counter[str] = Counter()
    if not re.search(r"[$€£]\s?\d", text):
        return found
    for start, _, term in locate(text, set(skills), lexicon):
        before = text[max(0, start - 200) : start]
        if _A_FIRMS_FIGURE.search(before) and _THE_FIRM_SAYS_WHAT_IT_IS.search(before):
            found[term] += 1
    return found


_A_BODY_WORD = r"(?:Team|Teams|Committee|Committees|Board|Office|Council|Commission|Task[ \t]+Force|System)"
_A_BODYS_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|and|for|&)[ \t]+)?)*[A-Z][\w'’&-]*[ \t]+" + _A_BODY_WORD + r"\b"
)
"""A name of capitalised words that ends in a body's or a system's word ("the Incident Management Assistance Team",
"the Board's Audit Committee", "the Project Management Office", "the Records Management System")."""


_ANY_ONE = re.compile(r"\b(?:a|an)\s+\Z", re.IGNORECASE)


def _in_a_bodys_name(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text`` only as words inside the name of a team, a committee, a board,
    an office or a system (:data:`_A_BODYS_NAME`): a body the job serves on or reports to, or a system it uses, no
    skill asked of the candidate ("report to the Board's Audit Committee" asks for no auditing). A skill that is the
    whole name ("Incident Command System") is itself; one in small letters is not the name's ("audit committee
    reporting")."""
    found: Counter[str] = Counter()
    # "the Audit Committee", "the Board's Audit Committee": one body; "leading a SaaS Sales Team" is any such team.
    names = [
        m.span() for m in _A_BODYS_NAME.finditer(text) if not _ANY_ONE.search(text, max(0, m.start() - 4), m.start())
    ]
    if not names:
        return found
    spots = locate(text, set(skills), lexicon)
    # "Bluebeam and Microsoft Office", "P6 and the Last Planner System": where a skill ends where the name does, the
    # body's word is a product's, and the name is that product's alone, not the list of tools before it.
    ends: dict[int, int] = {}
    for start, end, _ in spots:
        ends[end] = min(start, ends.get(end, start))
    names = [(max(first, ends.get(last, first)), last) for first, last in names]
    for start, end, term in spots:
        inside = any(first <= start and end < last for first, last in names)
        if inside and text[start:end][:1].isupper():
            found[term] += 1
    return found


_A_BUDGET_AFTER = re.compile(r"[ \t]+budgets?\b", re.IGNORECASE)


def _what_a_budget_is_for(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as what a budget is for ("own the district P&L and payroll budget",
    "manage a $2M training budget"): the money the job answers for, no work it asks the candidate to have done (a
    district manager who owns the payroll budget runs no payroll). Said on its own too, it is still asked."""
    if "budget" not in text.lower():
        return Counter()
    return _said_only_so(text, skills, lexicon, lambda start, end: bool(_A_BUDGET_AFTER.match(text, end)))


_MADE_READY_FOR = re.compile(r"-ready\b", re.IGNORECASE)


def _made_ready_for(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as what the work is made ready for ("keep client books CPA-ready",
    "audit-ready files", "AI-ready datasets"): whoever takes the work over next, or what it goes through, no work or
    credential asked of the candidate. Said on its own too ("CPA or CPA candidate"), it is still asked."""
    if "-ready" not in text.lower():
        return Counter()
    return _said_only_so(text, skills, lexicon, lambda start, end: bool(_MADE_READY_FOR.match(text, end)))


_A_BILLS_NUMBER = re.compile(r"[ \t]+\d{1,5}\b(?![.,]\d|\+|[ \t]*(?:%|percent|employees|staff|people|hours|years))")
_A_BILLS_LETTERS = frozenset({"HR", "HB", "SB", "AB", "SR", "HJR", "SJR", "HCR", "SCR"})
"""How a US legislature numbers its bills and resolutions ("HB 198", "HR 31", California's "AB 5"), in capitals."""


def _a_bills_number(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as a bill's or resolution's letters before its number ("mandates
    including HB 198, HR 31"): legislation the work follows, no human resources asked of the candidate."""
    if not re.search(r"\b[A-Z]{2,3}[ \t]+\d", text):
        return Counter()

    def numbered(start: int, end: int) -> bool:
        return text[start:end] in _A_BILLS_LETTERS and bool(_A_BILLS_NUMBER.match(text, end))

    return _said_only_so(text, skills, lexicon, numbered)


_BENCHMARK = re.compile(r"benchmarks?", re.IGNORECASE)
_A_SCHOOLS_TESTS = re.compile(
    r"\b(?:assessments?|tests?|testing|exams?|screen(?:er|ing)s?|formative|summative|interim|diagnostic)\b",
    re.IGNORECASE,
)
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:!?(\n•*-]|\bto)\s*$")


def _benchmark_tests(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Benchmarking, where ``text`` says "benchmark" only as a kind of test a school gives, in a clause of tests
    ("Administer benchmark assessments", "formative, benchmark, and summative data", "benchmark, interim, and state
    testing"): an assessment given to students, no performance benchmarking asked of the candidate. "Benchmark our
    tools against peers", the verb opening its clause, is the work."""
    if "benchmarking" not in skills or not _A_SCHOOLS_TESTS.search(text):
        return Counter()

    def a_test(start: int, end: int) -> bool:
        if not _BENCHMARK.fullmatch(text, start, end) or _OPENS_CLAUSE.search(text[max(0, start - 40) : start]):
            return False
        clause = (
            re.split(r"[.;:!?()\n]", text[max(0, start - 80) : start])[-1] + re.split(r"[.;:!?()\n]", text[end:])[0]
        )
        return bool(_A_SCHOOLS_TESTS.search(clause))

    return _said_only_so(text, {"benchmarking"}, lexicon, a_test)


_STATEMENT_SKILLS = frozenset({"p&l management"})
"""The lexicon's skills whose words also name a financial statement ("P&L", "profit and loss")."""
_ANOTHER_STATEMENT = re.compile(r"balance[ \t]+sheets?|cash[ \t-]+flow[ \t]+statements?", re.IGNORECASE)


def _a_statement_beside_others(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of :data:`_STATEMENT_SKILLS` that ``text`` says only beside another financial statement in its clause
    ("prepare the monthly P&L and balance sheet", "how the Profit & Loss, Balance Sheet, and Retained Earnings work
    together"): the statement a bookkeeper or an accountant draws up, no P&L a manager answers for ("Own the
    restaurant P&L" asks that)."""
    if not _ANOTHER_STATEMENT.search(text):
        return Counter()
    statements = {skill for skill in skills if skill.lower() in _STATEMENT_SKILLS}
    if not statements:
        return Counter()

    def beside(start: int, end: int) -> bool:
        clause = re.split(r"[.;:!?\n]", text[max(0, start - 80) : start])[-1] + re.split(r"[.;:!?\n]", text[end:])[0]
        return bool(_ANOTHER_STATEMENT.search(clause[:200]))

    return _said_only_so(text, statements, lexicon, beside)


_CARE_SETTINGS = frozenset({"home health", "skilled nursing facility", "inpatient rehabilitation"})
"""The lexicon's settings of care a patient goes on to from a hospital (as its names are analysed)."""
_WHERE_THEY_GO = re.compile(
    r"\b(?:discharg\w*|refer(?:s|red|ring|rals?)?)\b[^.;:!?\n()]*?(?:\(|\bto\b)[^.;:!?\n()]*\Z", re.IGNORECASE
)
"""A discharge or a referral, then a bracket or "to" that opens the list of where it sends a patient, up to a setting:
"discharge recommendations (DME, home health, SNF)", "discharge to home health or SNF", "Refers patients to"."""


def _where_patients_go(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each setting of care (:data:`_CARE_SETTINGS`) that ``text`` says only as where a patient is discharged or
    referred to ("Makes discharge recommendations (DME, home health, SNF)"): a hospital therapist recommends the next
    setting, and is asked no experience of working there. Said as where the work is done ("discharge planning in our
    SNF", "home health experience"), it is asked."""
    lowered = text.lower()
    if "discharg" not in lowered and "refer" not in lowered:
        return Counter()
    settings = {skill for skill in skills if skill.lower() in _CARE_SETTINGS}
    if not settings:
        return Counter()
    return _said_only_so(
        text, settings, lexicon, lambda start, end: bool(_WHERE_THEY_GO.search(text, max(0, start - 120), start))
    )


_A_FORECAST = re.compile(r"forecasts?", re.IGNORECASE)
_MEASURED_AGAINST = re.compile(
    r"\b(?:meet|meets|meeting|hit|hits|hitting|beat|beats|beating|exceed|exceeds|exceeding|against|versus|vs\.?)"
    r"[ \t]+(?:the[ \t]+|our[ \t]+|its[ \t]+|their[ \t]+|your[ \t]+)?(?:[\w-]+[ \t]+)?\Z",
    re.IGNORECASE,
)
"""What sets a forecast as the number work is measured against: "staff the desk to meet forecast", "sales against
forecast", "beat the sales forecast"."""
_FORECASTED_THING = re.compile(r"[ \t]+(?!(?:and|or|by|for|to|with|in|on|at)\b)[A-Za-z]", re.IGNORECASE)
"""A noun after "forecasted", which makes it the forecast's number: "to forecasted covers", "forecasted call volume"."""


def _a_forecast_to_meet(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as a forecast the work is to meet or is measured against ("Prepare
    the weekly schedule to meet forecast", "Hit the sales forecast", "staff each shift to forecasted volume"): a
    number someone else made, no forecasting asked of the candidate. "Build the annual forecast" and "Forecast
    demand" ask for it."""
    if "forecast" not in text.lower():
        return Counter()

    def measured(start: int, end: int) -> bool:
        words = text[start:end].split()
        if not words:
            return False
        if words[-1].lower() == "forecasted":
            return bool(_FORECASTED_THING.match(text, end))
        return bool(_A_FORECAST.fullmatch(words[-1]) and _MEASURED_AGAINST.search(text, max(0, start - 40), start))

    return _said_only_so(text, skills, lexicon, measured)


def _said_only_so(text: str, skills: Collection[str], lexicon: Lexicon, so: Callable[[int, int], bool]) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only in mentions that ``so`` (of a mention's start and end) holds of,
    once: the counters of :func:`keywords` read a section's skills once each."""
    said: Counter[str] = Counter()
    such: Counter[str] = Counter()
    for start, end, term in locate(text, set(skills), lexicon):
        said[term] += 1
        such[term] += so(start, end)
    return Counter({term: 1 for term, count in such.items() if count and count == said[term]})


_A_DECK = re.compile(r"presentations?", re.IGNORECASE)
_MADE = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing|ation)|creat(?:e|es|ed|ing|ion)|draft(?:s|ed|ing)?|edit(?:s|ed|ing)?|build(?:s|ing)?"
    r"|built|design(?:s|ed|ing)?|develop(?:s|ed|ing)?|development\s+of|produc(?:e|es|ed|ing|tion)|updat(?:e|es|ed|ing)"
    r"|format(?:s|ted|ting)?|assembl(?:e|es|ed|ing)|put(?:ting)?\s+together)\b(?:[ \t]+(?:and|&)[ \t]+\w+)?"
    r"(?:[^,;:.!?\n]*,)*[^,;:.!?\n]*\Z",
    re.IGNORECASE,
)
"""A verb of making, then the words up to a presentation in its clause, a list's commas between: "prepare reports
and presentations", "preparation of executive level presentations", "Prepare agendas, presentations and minutes"
(a verb of giving among them still gives it: :data:`_GIVEN`). The verb's forms, not a word grown from it: a
"developer" or a "product" makes none ("via developer documentation, team presentations, and demos")."""
_GIVEN = re.compile(
    r"\b(?:deliver\w*|giv\w*|gave|talks?|communicat\w*|present(?:s|ed|ing)?|conduct\w*|lead\w*|led|host\w*"
    r"|facilitat\w*|speak\w*|spoke)\b[^.;:!?\n]*\Z",
    re.IGNORECASE,
)
"""A verb of giving a talk before a presentation in its clause: "Prepare and deliver customer presentations",
"Conducts formal presentations"."""


def _decks_made(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as presentations made, not given ("Prepare and edit
    presentations", "reports and presentations summarizing research results"): slides a job drafts, no talk it gives,
    so no public speaking asked. A verb of giving in the clause ("Prepare and deliver customer presentations") or
    the skill in other words ("presentation skills") still asks it."""
    if "presentation" not in text.lower():
        return Counter()

    def made(start: int, end: int) -> bool:
        before = text[max(0, start - 120) : start]
        return bool(_A_DECK.fullmatch(text, start, end)) and not _GIVEN.search(before) and bool(_MADE.search(before))

    return _said_only_so(text, skills, lexicon, made)


_GATHERINGS = (
    r"(?:events?|meetings?|conferences?|offsites?|off-sites?|retreats?|workshops?|trainings?|sessions?|onboarding"
    r"|orientations?|interviews?|visits?|travel|trips?|celebrations?|parties|party|galas?|ceremon(?:y|ies)|webinars?"
    r"|all-hands|town\s+halls?|summits?|kickoffs?|day-of|move|relocations?|new\s+hires?)"
)
_FOR_A_GATHERING_BEFORE = re.compile(rf"\b{_GATHERINGS}(?:\s+and\s+{_GATHERINGS})?[ \t]+\Z", re.IGNORECASE)
_FOR_A_GATHERING_AFTER = re.compile(
    rf"[ \t]+(?:for|of)[ \t]+(?:(?:the|our|all|any|each|every|company|team|staff|client|internal|external|board|"
    rf"leadership|executive|new|on-site|onsite|off-site|virtual|in-person|large|small|annual|quarterly|monthly|weekly|"
    rf"[a-z]+-wide)[ \t]+)*{_GATHERINGS}\b",
    re.IGNORECASE,
)
"""What the logistics an office arranges are for: its meetings, events, travel and new hires ("onboarding logistics",
"coordinate logistics for company events and offsites")."""


def _arrangements_made(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as the logistics of a gathering or of travel ("Run onboarding
    logistics for new employees", "handle logistics for board meetings"): the arrangements an assistant or a planner
    makes, no moving of goods (the supply chain's logistics). Said of freight or on its own, it is still asked."""
    if "logistic" not in text.lower():
        return Counter()

    def arranged(start: int, end: int) -> bool:
        if text[start:end].lower() != "logistics":
            return False
        return bool(_FOR_A_GATHERING_BEFORE.search(text, 0, start) or _FOR_A_GATHERING_AFTER.match(text, end))

    return _said_only_so(text, skills, lexicon, arranged)


_ASKED_AFTER = re.compile(
    r"(?:[ \t]+(?:and|or|&)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?[ \t]+(?:experience|expertise|knowledge|skills?|background"
    r"|proficiency|certification)\b",
    re.IGNORECASE,
)
_ASKED_BEFORE = re.compile(
    r"\b(?:(?:experience|expertise|knowledge|proficien(?:cy|t)|background|skilled|versed|fluen(?:cy|t)|understanding)"
    r"[ \t]+(?:in|with|of)|(?:possession|certificate|licen[cs]e|licensure|registration)[ \t]+(?:of|as))"
    r"[ \t]+(?:(?:the|a|an|modern|strong|solid|deep|hands-on|valid|current|active)[ \t]+)?\Z",
    re.IGNORECASE,
)
"""What says a mention of a skill asks for it: "Data science experience", "knowledge of payroll", "experience in QA
and testing"; a credential held ("possession of a valid CDL", "certificate of registration as a civil engineer")."""


_ONE_PHRASE_ASKED = re.compile(
    r"^[ \t]*(?:[-*•·▪‣◦][ \t]*)?(?:\d+\+?[ \t]+years?[ \t]+(?:of[ \t]+)?)?"
    r"(?:(?P<before>[A-Za-z][\w-]*[ \t]+[A-Za-z][\w-]*)[ \t]+experience"
    r"(?:[ \t]+(?:is[ \t]+)?(?:(?:strongly[ \t]+)?(?:required|preferred|desired)|a[ \t]+(?:plus|must)))?"
    r"|experience[ \t]+(?:in|with)[ \t]+(?P<after>[A-Za-z][\w-]*[ \t]+[A-Za-z][\w-]*))"
    r"[ \t]*[.;]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A line that asks for two words' experience and nothing else: "Healthcare construction experience required",
"5+ years of tenant improvement experience", "Experience in wildlife rehabilitation"."""


def _asked_whole(text: str) -> set[str]:
    """The two-word phrases (as analysis spells them) that a line of ``text`` asks for as experience and nothing
    else (:data:`_ONE_PHRASE_ASKED`): what the job needs, said once but in so many words, where a phrase said once
    in a longer line may be an accident of wording (:data:`PHRASE_MIN_WEIGHT`)."""
    said = [m["before"] or m["after"] for m in _ONE_PHRASE_ASKED.finditer(text)]
    found: set[str] = set()
    for words, analysis in zip(said, analyse(said) if said else [], strict=True):
        # "3+ years of post-licensed experience", "Experience in closing-sales roles": the halves of one hyphenated
        # word are no two words' experience.
        hyphenated = [word for word in words.split() if "-" in word]
        within = {term for a in analyse(hyphenated) for term in a.terms} if hyphenated else set()
        found |= {term for term in analysis.terms if " " in term and term not in within}
    return found


def _asked_as_experience(text: str, skills: Collection[str], lexicon: Lexicon) -> set[str]:
    """Those of ``skills`` (as analysis spells them) that ``text`` asks for as experience, knowledge or skill in so many
    words at one mention at least ("Data science experience", "knowledge of payroll"), whatever its other mentions
    are (a team: "with the data science team")."""
    if not skills:
        return set()
    return {
        term.lower()
        for start, end, term in locate(text, {skill.lower() for skill in skills}, lexicon)
        if (_ASKED_AFTER.match(text, end) or _ASKED_BEFORE.search(text, max(0, start - 60), start))
        # "No prior Salesforce experience required" asks for no experience of it
        and not _denied(text, start, end, lexicon)
    }


_A_GROUP = re.compile(r"[ \t]+(?:teams?|departments?|groups?|partners)\b", re.IGNORECASE)


def _asked_beside_its_workers(text: str, met: Counter[str], lexicon: Lexicon) -> dict[str, str]:
    """Those skills of ``met`` whose mentions that name people ("Supervise the night auditors") are all ``met``
    counts, where ``text`` says the skill as the work too ("Review the night audit"): the work is asked for. Each
    with the words of its first mention as the work, which name it better than the people do."""
    people: Counter[str] = Counter()
    work: dict[str, str] = {}
    for start, end, term in locate(text, {skill for skill, count in met.items() if count > 0}, lexicon):
        words = text[start:end].split()
        if words and _a_worker(words[-1]):
            people[term.lower()] += 1
        elif not _A_GROUP.match(text, end):  # "the Site Reliability Engineering team" is people too
            work.setdefault(term.lower(), text[start:end])
    return {skill: work[skill] for skill, count in met.items() if 0 < count <= people[skill] and skill in work}


_JOINED_WORKER = re.compile(r"(?<![\w-])[A-Za-z][a-z]+-([A-Za-z][a-z]+)\b")
"""Two words joined by a hyphen, the second in small letters ("player-coach"): no acronym ("DevOps/SRE")."""


def _a_kind_of_worker(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text`` only as the worker's word that ends a compound of two
    joined words ("This is a player-coach role", "a working-manager position"): the kind of job it is, no skill
    asked for. The skill in its own words ("coaching", "peer-coaching") is still asked for."""
    found: Counter[str] = Counter()
    spots = {m.start(1) for m in _JOINED_WORKER.finditer(text) if _a_worker(m.group(1))}
    if not spots:
        return found
    for start, end, term in locate(text, set(skills), lexicon):
        if start in spots and _a_worker(text[start:end]):
            found[term] += 1
    return found


def _a_worker(word: str) -> bool:
    """Whether ``word`` as written is a worker's noun ("coach", "coaches"), no word of work ("coaching")."""
    word = word.lower()
    return names_people(word) or (word.endswith("s") and names_people(word[:-1]))


_CHOICE_BRACKET = re.compile(r"\(([^()\n]*(?:/|\bor\b)[^()\n]*)\)", re.IGNORECASE)
"""A bracket that offers names to choose from: "(SAP IBP, Kinaxis, o9, or Oracle Demantra)", "(Manhattan SCALE / Blue
Yonder)"; not one that lists what is asked ("(Pipeline Coverage, Bookings, Retention, etc)")."""


def _in_choice_brackets(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _CHOICE_BRACKET.finditer(text)] if "(" in text else []


def _makers_before_products(text: str, spans: Iterable[tuple[int, int, str]], lexicon: Lexicon) -> set[int]:
    """Where, in a bracket of choices (:data:`_CHOICE_BRACKET`), a skill that names a maker of others of the
    lexicon's names ("SAP": SAP Ariba, SAP Concur) stands right before another skill's name, by its start: "SAP IBP"
    is SAP's integrated business planning, one choice, no SAP of its own (SAP MM is no SAP IBP)."""
    brackets = _in_choice_brackets(text)
    if not brackets:
        return set()
    out = set()
    for (start, end, name), (after, _, other) in pairwise(sorted(spans)):
        maker = lexicon.canonical(name) or name
        if (
            maker in _makers(lexicon)
            and text[end:after] in (" ", "\t")
            and text[after : after + 1].isupper()
            and not (lexicon.canonical(other) or other).startswith(f"{maker} ")
            and any(first <= start and after < last for first, last in brackets)
        ):
            out.add(start)
    return out


@lru_cache(maxsize=4)
def _makers(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's names in capitals that open two or more of its other names ("SAP": SAP Ariba, SAP Concur)."""
    opening = Counter(name.split()[0] for name in set(lexicon.names.values()) if " " in name and name[:1].isupper())
    return frozenset(name for name, count in opening.items() if count > 1 and lexicon.canonical(name) == name)


_NUMBERED_NAME = re.compile(r"(?<![\w-])((?-i:[A-Z][\w&]*)[ \t]+(?-i:[A-Z][\w&]*))[ \t]+\d[\d.:/-]*\d\b")
"""Two words in capitals before the number that names what they begin ("NIST SP 800-171", "IEC TR 62443")."""


def _before_its_number(text: str) -> Counter[str]:
    """The two-word phrases of names in capitals that a number ends (:data:`_NUMBERED_NAME`): "nist sp" of "NIST SP
    800-171" is no keyword, as every one of NIST's publications would say it; once per time ``text`` names one."""
    return Counter(_lemmas(m.group(1)) for m in _NUMBERED_NAME.finditer(text))


def _named_as_choices(text: str) -> Counter[str]:
    """The two-word phrases of names in capitals in a bracket of choices (:data:`_CHOICE_BRACKET`): "blue yonder" of
    "a WMS (Manhattan, Blue Yonder, or HighJump)" is an example of what is asked, no keyword of its own; once per
    time ``text`` names it so."""
    out: Counter[str] = Counter()
    for first, last in _in_choice_brackets(text):
        for name in re.findall(r"(?<![\w-])[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)+", text[first:last]):
            out.update(_lemmas(f"{one} {two}") for one, two in pairwise(name.split()))
    return out


def _makers_said(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text`` only as a choice's maker (:func:`_makers_before_products`)."""
    if not _in_choice_brackets(text):
        return Counter()
    spans = locate(text, set(skills), lexicon)
    starts = _makers_before_products(text, spans, lexicon)
    return Counter(term for start, _, term in spans if start in starts)


_A_CREDENTIAL = re.compile(r"\b(?:certif\w*|credential\w*|licen[cs]\w*|designations?|registered)\b", re.IGNORECASE)
_FROM_ITS_ISSUER = re.compile(
    r"(?:[ \t]*\((?-i:[A-Z])[A-Za-z0-9&.+-]{1,11}\))?[ \t]+from[ \t]+(?:the[ \t]+)?", re.IGNORECASE
)
"""What stands between a credential and the body that awards it: "Certified Professional Coder (CPC) from AAPC"."""
_OR_ONE_FROM_ITS_ISSUER = re.compile(
    r"[\s,]*(?:and/)?or[ \t]+(?:an?[ \t]+)?(?-i:[A-Z][\w.+&-]*)(?:[ \t]+(?-i:[A-Z][\w.+&-]*)){0,4}"
    + _FROM_ITS_ISSUER.pattern,
    re.IGNORECASE,
)
"""What offers, after a credential, another that the lexicon does not know, named with the body that awards it:
"… or Certified Medical Interpreter (CMI) from NBCMI", where the body stands for its credential."""
_OR_ITS_ISSUER_BEFORE = re.compile(r"[\s,]*(?:and/)?or[ \t]+(?-i:[A-Z][A-Z0-9&.+-]+)[ \t]+", re.IGNORECASE)
"""What offers, after a credential, another by its letters after the body that awards it: "SOCRA CCRP or ACRP
CCRC certification"; only before letters in capitals on a line that names a credential ("B2B or B2C SaaS" offers
no SaaS instead of B2B, "Docker or RKT containerization" no containerization)."""


def _issued_by(line: str, before: tuple[int, int, str], body: tuple[int, int, str]) -> bool:
    """Whether ``body``, a skill's name in capitals, is said in ``line`` (which names a credential) as the body that
    awards the skill said ``before`` it ("CPC from AAPC")."""
    return (
        line[body[0] : body[0] + 1].isupper()
        and bool(_FROM_ITS_ISSUER.fullmatch(line, before[1], body[0]))
        and bool(_A_CREDENTIAL.search(line))
    )


def _with_their_issuers(line: str, spots: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spots`` (a line's skills: start, end, name, in order), each credential reaching past the body that awards it
    (:func:`_issued_by`): "CHI from CCHI or CMI from NBCMI" offers the CHI or what NBCMI awards, one requirement of two
    choices, no choice of the CCHI."""
    out: list[tuple[int, int, str]] = []
    for spot in spots:
        if out and _issued_by(line, out[-1], spot):
            out[-1] = (out[-1][0], spot[1], out[-1][2])
        else:
            out.append(spot)
    return out


def _issuers_said(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text`` only as the body that awards the credential before it
    (:func:`_issued_by`): "Certified Professional Coder (CPC) from AAPC" asks for the CPC, not for AAPC besides; one who
    holds it names its body anyway, and one who holds another credential the posting offers instead need not."""
    found: Counter[str] = Counter()
    if not _A_CREDENTIAL.search(text) or " from " not in text.lower():
        return found
    for line in text.split("\n"):
        for before, body in pairwise(sorted(locate(line, set(skills), lexicon))):
            if _issued_by(line, before, body):
                found[body[2]] += 1
    return found


_NO_BEFORE = re.compile(r"(?<![\w-])no[ \t]+(?:(?!no\b)[\w'’-]+[ \t]+){0,2}\Z", re.IGNORECASE)
_OPENS_A_CLAUSE = re.compile(
    r"(?:^|[-–—,]|\b(?:and|but|so|ha(?:ve|s|d|ving)|holds?|possess(?:es)?|with))[ \t]*\Z", re.IGNORECASE
)
"""What stands before a "no" that rules out what follows it: nothing in its clause, a dash or comma, "and", "but", or a
verb of having ("must have no hazmat violations", "applicants with no HIPAA complaints": what they must lack)."""
_DENIED_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]+(?!(?:is|are|but)\b)[\w'’/-]+){0,5}?[ \t]*,?[ \t]+(?:(?:is|are)[ \t]+)?(?=not\b)", re.IGNORECASE
)
"""The few words between a mention and a denied need after it in its clause ("Kubernetes experience is not
required", "Kubernetes, Docker or Terraform experience is not a requirement"), no other verb among them."""
_IS_NOT = re.compile(r"\b(?:(?:is|are)[ \t]+not|(?:isn|aren)['’]t)[ \t]+an?[ \t]+", re.IGNORECASE)
_A_JOB = re.compile(r"(?:[ \t]+[\w'’/-]+){0,2}?[ \t]+(?:role|position|job|function)\b", re.IGNORECASE)
"""What says the job is not what it names: "This is not a sales role", "it isn't a people management position"."""
_DOES_NOT = re.compile(
    r"\b(?:you|role|position|job)[ \t]+(?:(?:will|do|does|would)[ \t]+not|(?:won|don|doesn|wouldn)['’]t)[ \t]+"
    r"(?!(?:only|just|merely|simply|need|require)\b)",
    re.IGNORECASE,
)
"""What says the hire or the job will not do what follows: "you will not carry a quota", "This role does not manage
people"; not "you will not only …", which adds to it."""
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause that holds ``text[start:end]`` opens and closes: a line, a sentence, a semicolon's or a colon's
    part, a bracket's."""
    opening = max(text.rfind("\n", 0, start), *(text.rfind(mark, 0, start) for mark in ".;:(")) + 1
    closing = min((at for mark in "\n.;:)" if (at := text.find(mark, end)) != -1), default=len(text))
    return opening, closing


def _denied(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether ``text`` says the skill it names at ``start:end`` only as what the job does not do or need: after "no"
    ("no controlled substances are prescribed on our platform", "No prior Salesforce experience required"), before a
    denied need (:data:`tailor.posting.items.NOT_NEEDED`: "Epic experience is not required", "Prior Kubernetes
    experience is not a requirement"), after one ("You don't need Kubernetes experience", "This role does not require
    hardware design"), or as what the job is not or does not do ("This is not a sales role", "you will not carry a
    quota"). A clause that also says it would help ("not required, but a plus") asks for it as a wish. "No." before a
    number is no "no", nor is the "no" of a name written apart ("no SQL"), nor one after a verb other than one of
    having ("Ensure no HIPAA violations occur": the work is to prevent them)."""
    opening, closing = _clause_around(text, start, end)
    no = _NO_BEFORE.search(text, opening, start)
    # "no SQL" is NoSQL written apart: a name the "no" makes with the word, no skill ruled out; and a "no" after
    # a verb not of having says what the work is to prevent ("Ensure no HIPAA violations occur"), which it asks
    if no is not None and (
        lexicon.canonical("no" + text[start:end]) is not None or not _OPENS_A_CLAUSE.search(text[opening : no.start()])
    ):
        no = None
    before, after = text[opening:start], text[end:closing]
    words = _DENIED_AFTER.match(after)

    def denies(pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` is said before the mention in its clause, no "but" after it turning to what is asked."""
        return any(not _BUT.search(before, found.end()) for found in pattern.finditer(before))

    denied = (
        no is not None
        or (words is not None and NOT_NEEDED.match(after, words.end()) is not None)
        or denies(NOT_NEEDED)
        or denies(_DOES_NOT)
        or (denies(_IS_NOT) and _A_JOB.match(text, end) is not None)
    )
    return denied and not says_nice(NOT_NEEDED.sub(" ", text[opening:closing]))


def _ruled_out(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as what the job does not do or need (:func:`_denied`)."""
    return _said_only_so(text, skills, lexicon, lambda start, end: _denied(text, start, end, lexicon))


_OUR_PARTNERS = re.compile(
    r"\bour[ \t]+(?:[\w&-]+[ \t]+){0,3}?(?:partners|alliances|resellers|integrators|customers|clients)"
    r"(?:[ \t]*\(|[ \t]+(?:such[ \t]+as|including|like)[ \t]+)(?P<named>[^()\n.;:]{1,200})",
    re.IGNORECASE,
)
"""The organisations an employer names as its own partners or customers, in brackets or after "such as": "our channel
partners (Snowflake, Databricks and regional systems integrators)", "our customers such as Stripe and Shopify"; not
after a comma, where "including" may go on to what is done for them ("training for our customers, including SQL
workshops")."""


def _partners_named(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as an organisation the employer names as its own partner or customer
    (:data:`_OUR_PARTNERS`): whom the company sells with or to, no skill asked of the candidate. Experience with one
    ("experience co-selling with Snowflake") is asked where the posting says so, without "our"."""
    spans = [(found.start("named"), found.end("named")) for found in _OUR_PARTNERS.finditer(text)]
    if not spans:
        return Counter()
    return _said_only_so(text, skills, lexicon, lambda start, end: any(a <= start and end <= b for a, b in spans))


_SERVED_WITH = re.compile(
    r"\b(?:patients|clients|members|residents|individuals|persons|people|adults|children|adolescents|youths?|families"
    r"|consumers|participants|veterans|seniors|populations?)"
    r"(?:\s+(?:and|&)\s+(?:their\s+)?(?:families|caregivers|loved\s+ones))?"
    r"\s+(?:who\s+(?:have|live\s+with|are\s+living\s+with|are\s+diagnosed\s+with)|living\s+with|diagnosed\s+with"
    r"|with|suffering\s+from|affected\s+by|experiencing)\s+"
    r"|\bpopulations?\s+(?:such\s+as|including|like)\s+",
    re.IGNORECASE,
)
"""The people a job serves and what they live with: "patients with diabetes, heart failure and COPD", "members living
with HIV", "populations such as veterans"."""
_OF_CONDITIONS = re.compile(
    r"(?:[\s,;/()&:-]|\b(?:and|or|a|an|the|such\s+as|including|like|e\.g\.|especially|particularly|other|various"
    r"|multiple|chronic|complex|serious|severe|persistent|acute|co-occurring|comorbid|medical|mental|behavio(?:u)?ral"
    r"|physical|health|conditions?|diseases?|illness(?:es)?|disorders?|diagnos[ie]s|needs|history\s+of)\b)*",
    re.IGNORECASE,
)
"""What stands between the people and what they live with, or between two of those: "with chronic conditions such as",
a comma, "and"."""
_TASK_OVER_PEOPLE = frozenset(
    {"assist", "help", "support", "aid", "guide", "provide", "supply", "equip", "connect", "link", "match", "engage",
     "educate", "counsel", "coach", "train", "teach", "treat", "familiarize", "acquaint", "furnish", "reach"}
)  # fmt: skip
"""Verbs whose people are helped with a task ("assist patients with scheduling", "engage members with motivational
interviewing"): what comes after "with" is the work, no condition they live with."""
_PEOPLE_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\w\n]*\Z")


def _the_people_served(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text``, of those it says only as what the people the job serves live
    with (:data:`_SERVED_WITH`): "a panel of high-risk patients with chronic conditions such as diabetes, heart failure
    and COPD" names the patients, no skill the applicant must have; "experience managing diabetes" and "diabetes
    education" ask for one. People helped with a task (:data:`_TASK_OVER_PEOPLE`: "assist patients with scheduling")
    are helped with work the job does."""
    found: Counter[str] = Counter()
    if not _SERVED_WITH.search(text):
        return found
    spans = sorted(locate(text, set(skills), lexicon))
    for served in _SERVED_WITH.finditer(text):
        if _helped_with_a_task(text, served.start()):
            continue
        at = served.end()
        for start, end, term in spans:
            if start < at:
                continue
            if not _OF_CONDITIONS.fullmatch(text, at, start):
                break
            found[term] += 1
            at = end
    # Said elsewhere too ("diabetes education for patients with diabetes"), it is asked for there.
    said = Counter(term for _, _, term in spans)
    return Counter({term: n for term, n in found.items() if n >= said[term]})


_STAFF_AFTER = re.compile(
    r"(?:[ \t]*(?:,|and|or|&|/)[ \t]*(?!\w+ing\b)[A-Za-z][\w'’-]*)?[ \t]+"
    r"(?:teams?|staff|employees|associates|agents|representatives|reps|personnel|workers|colleagues|professionals"
    r"|clients|customers)\b"
    r"(?![ \t]+members?\b)",
    re.IGNORECASE,
)
"""A group of staff named by the work they do, after a skill that names that work ("customer service teams",
"customer service and claims teams", "front-desk staff"), or of clients by the work a firm does for them ("audit
clients"); not a team one works in ("mentoring and developing a team", "team members")."""
_FOR_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<owner>responsible|accountable|responsibility|responsibilities|oversight|advocate|voice)[ \t]+)?"
    r"for[ \t]+"
    r"(?:(?:our|the|all|new|its|your|their|every|both)[ \t]+)?(?:(?!the\b|a\b|an\b)[A-Za-z][\w'’-]*[ \t]+){0,3}\Z",
    re.IGNORECASE,
)
"""What a job is done for, before the group of staff it serves ("training for our claims and ", "courses for clinic
administrators and "); not what one is responsible for or speaks for ("responsible for the ... team", "advocate for
the UX Design team")."""


def _the_staff_served(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as the work of a group of staff the job is done for ("build training
    for our claims and customer service teams", "courses for clinic administrators and front-desk staff"), or of the
    clients it is done for ("prepare tax provisions for audit clients"): the people a trainer, a recruiter, an IT desk
    or a firm's tax staff serves, no skill asked of the candidate. A team one is responsible
    for ("responsible for the customer service team") is the job's own work."""

    def served(start: int, end: int) -> bool:
        if not _STAFF_AFTER.match(text, end):
            return False
        found = _FOR_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)
        return found is not None and found.group("owner") is None

    return _said_only_so(text, skills, lexicon, served)


def _staff_by_their_letters(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """Each of ``skills`` that ``text`` says only as a job's letters before a word for a group of people ("supervise
    LPN staff", "licensure supervision to LSW staff", "precept new RN hires"): the people the job works with or over,
    no licence asked of the candidate, as their letters in the plural are none ("supervise LPNs"). A title that goes
    on after them ("RN Staff Nurse") still asks for it."""
    letters = job_letters(lexicon)
    if not any(skill.lower() in letters for skill in skills):
        return Counter()
    return _said_only_so(
        text, skills, lexicon, lambda start, end: bool(_GROUP_AFTER.match(text, end)) and _letters_at(text, start, end)
    )


def _letters_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written in capitals, as a job's letters are ("RN", "LSW")."""
    return text[start:end].isupper()


_GROUP_AFTER = re.compile(
    r"[ \t]+(?:staff|interns|students|hires|personnel|colleagues|trainees)\b(?![ \t]+(?:(?-i:[A-Z])|nurses?\b))",
    re.IGNORECASE,
)
"""A word for a group of people after a job's letters ("LPN staff", "RN hires"), not one that opens a title
("RN Staff Nurse")."""


def _helped_with_a_task(text: str, at: int) -> bool:
    """Whether the people named at ``at`` in ``text`` are the object of a verb of :data:`_TASK_OVER_PEOPLE`, a few
    words before them in their clause ("Support patients and families with …", "assist our members with …")."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    for _ in range(4):
        word = _PEOPLE_BEFORE.search(before)
        if word is None:
            return False
        lemma = lemma_of(word.group(1).lower(), lemma_table())
        if lemma in _TASK_OVER_PEOPLE:
            return True
        if lemma in {"of", "with", "for", "to", "among", "serve", "in", "on"}:
            return False
        before = before[: word.start()]
    return False


def _in_its_union(text: str, skills: Collection[str], lexicon: Lexicon) -> Counter[str]:
    """How often each of ``skills`` is said in ``text`` only where it puts the job in a union ("covered by the
    collective bargaining agreement", :data:`tailor.posting.structure.ITS_UNION`): a term of employment, no skill
    asked of the candidate."""
    found: Counter[str] = Counter()
    spans = [m.span() for m in ITS_UNION.finditer(text)]
    if not spans:
        return found
    for start, end, term in locate(text, set(skills), lexicon):
        if any(first <= start and end <= last for first, last in spans):
            found[term] += 1
    return found


_UNKNOWN_NAMES = (
    r"(?:(?-i:(?:[A-Z][\w.+&-]*|[a-z]+\d[\w.+&-]*)(?:[ \t][A-Z][\w.+&-]*)?)"
    r"(?:\s*[,/()][\s,/()]*|\s+(?=(?:and/)?or\b))"
    # A field of one or two words in small letters, after a comma and before another or an "or": "emergency
    # management, fire service, EMS or public health" and "FP&A, accounting or financial analysis" offer a choice of
    # fields ("CPA with audit experience, or CMA" offers no auditing).
    r"|(?<=,[ \t])(?-i:(?!(?:and|or|with|in|of|for|the|a|an)\b)[a-z]{3,}(?:[ \t][a-z]{3,})?)"
    r"(?:,[ \t]*|[ \t]+(?=or\b)))*"
)
"""Names of one or two capitalised words the lexicon does not know, each before a comma, a slash, a bracket or
"or", within a run of alternatives: "DSpace, Fedora or Islandora" and "(DSpace, Islandora, Fedora, or similar)"
offer a choice all the same; a name in small letters with a digit in it is one too ("o9", "n8n"). (A name ends only
there, so a long run of capitalised words is read one way.)"""
_BETWEEN_ALTERNATIVES = re.compile(
    # A skill written out may carry its acronym in brackets: "Licensed Clinical Social Worker (LCSW) or LMSW"; a
    # product, the versions or modes it is asked in: "HEC-RAS (1D/2D), HEC-HMS or SWMM".
    # A semicolon ends a run, as "and" does: "MSW; LMSW or LCSW" asks for the degree and one of the licences.
    r"(?-i:\s*\([A-Z0-9][A-Za-z0-9&.+/-]{1,11}\))?[\s,/()]*"
    + _UNKNOWN_NAMES
    # "Tableau or another data visualization tool": the kind after "or another" is a choice too, and so is one after
    # "or a" ("Excel or a BI tool").
    + r"(?:\b(?:and/)?or(?:\s+(?:an?other|any\s+other|some\s+other|other|a\s+similar|similar|an?))?\b|\beither\b)?"
    + r"[\s,/()]*"
    # A name the lexicon does not know may follow the "or" as it may precede it, written beside the next skill's:
    # "RN or RD/RDN" offers the nurse's licence or the dietitian's, whichever of its spellings the lexicon knows.
    + _UNKNOWN_NAMES,
    re.IGNORECASE,
)
_QUALIFIED_OR = re.compile(
    r"(?:[ \t]+[A-Za-z]{4,})?[ \t]+(?:in|with|for|of|on)[ \t]+[^,;:()/\n]{1,60}?"
    r",[ \t]*or[ \t]+(?:an?[ \t]+|the[ \t]+)?",
    re.IGNORECASE,
)
"""Between two skills, what says what the first is ("in infectious diseases") before offering the second: "a PGY2
residency in infectious diseases, or PGY1 residency with …"."""
_NAMED_THEN_ITS_KIND_OR = re.compile(
    r"[ \t]+(?:[A-Za-z][\w&-]*[ \t]+){1,2}?([A-Za-z]{4,}),?[ \t]+or[ \t]+(?:an?[ \t]+|the[ \t]+)?", re.IGNORECASE
)
"""Between two skills, a word or two that say what the first is in, then the word of its kind, before offering the
second: "PGY2 Oncology residency OR PGY1 residency", "PGY2 ambulatory care residency, or a PGY1 residency"."""


def _bracketed_languages(line: str, spots: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The spots of ``spots`` that are languages (:func:`_is_language`) inside a bracket that opens after a skill
    which is not one, with nothing but languages between it and them ("CCHI (CHI-Spanish)", "sight translation
    (Spanish or Vietnamese)"): they say what that skill is in."""
    out: list[tuple[int, int, str]] = []
    skill_end: int | None = None  # where the last skill that is no language ends
    for spot in spots:
        if not _is_language(spot, lexicon):
            skill_end = spot[1]
        elif skill_end is not None and "(" in (between := line[skill_end : spot[0]]) and ")" not in between:
            out.append(spot)
    return out


def _is_language(spot: tuple[int, int, str], lexicon: Lexicon) -> bool:
    """Whether the skill said at ``spot`` is a spoken or signed language. A language is offered instead of another
    language, never instead of a skill of another kind: "simultaneous interpretation (Spanish/English)" names the
    languages the work is done in, "sight translation (Spanish or Vietnamese)" a choice of language, not of the work."""
    return spot[2].lower() in lexicon.spoken


def _join_its_like(line: str, runs: list[list[tuple[int, int, str]]], spot: tuple[int, int, str]) -> bool:
    """Whether ``spot`` is offered in ``line`` instead of a skill of ``runs`` (:func:`_one_or_its_like`), the latest
    run first, and if so add it to that skill's run. A run's last skill is offered so with a qualifier of any kind
    between; one before it only where the words between are what it is in and the kind its name ends in ("PGY2
    Oncology residency OR PGY1 residency", where the oncology ran on from the letters): the skills after it then leave
    for a run of their own, since what the first is in is no choice."""
    for n in range(len(runs) - 1, -1, -1):
        run = runs[n]
        for k in range(len(run) - 1, -1, -1):
            if _one_or_its_like(line, run[k], spot, qualified=k == len(run) - 1):
                if k < len(run) - 1:
                    runs.insert(n + 1, run[k + 1 :])
                    del run[k + 1 :]
                run.append(spot)
                return True
    return False


def _one_or_its_like(
    line: str, before: tuple[int, int, str], spot: tuple[int, int, str], *, qualified: bool = True
) -> bool:
    """Whether ``spot`` is offered in ``line`` instead of the skill said ``before`` it, a qualifier between them
    (:data:`_QUALIFIED_OR`): only where the two are things of one kind, said with the same word as their last or
    just after them ("PGY2 residency …, or PGY1 residency", "Series 7 license with …, or Series 66 license").
    "A bachelor's degree in nursing, or …" is one requirement's subject, and what a field names after "in" is no
    choice of degree ("Bachelor's degree in Accounting, or CPA"). Or with what the first is in and the word of its kind
    between (:data:`_NAMED_THEN_ITS_KIND_OR`), the only gap read where not ``qualified``."""
    gap = line[before[1] : spot[0]]
    named = _NAMED_THEN_ITS_KIND_OR.fullmatch(gap)
    kind = named[1].lower() if named is not None else ""
    if kind and before[2].lower().split()[-1] == kind and kind in _kinds(line, spot):
        # "PGY2 Oncology residency OR PGY1 residency": the first's letters, what it is in, then the kind its name ends
        # in ("PGY2 residency"), the word the second ends in too; "oncology residency or PGY1 residency" offers no
        # oncology, whose name is no residency.
        return True
    if not qualified or _QUALIFIED_OR.fullmatch(gap) is None:
        return False
    return not _kinds(line, before).isdisjoint(_kinds(line, spot))


def _kinds(line: str, spot: tuple[int, int, str]) -> set[str]:
    """The words that may say what kind of thing the skill said at ``spot`` is: its name's last, of a name of
    several words ("PGY2 residency"), and the word after it ("ACLS certification")."""
    words = line[spot[0] : spot[1]].lower().split()
    after = _KIND_WORD.match(line, spot[1])
    kinds = {words[-1]} if len(words) > 1 else set()
    return kinds | {after[1].lower()} if after else kinds


_KIND_WORD = re.compile(r"[ \t]+(?!(?:with|from|that|this|and|or)\b)([a-z]{4,})\b", re.IGNORECASE)
"""The word after a skill's name that may say what kind of thing it is ("license", "certification")."""


_OFFERS_A_CHOICE = re.compile(r"\bor\b|/", re.IGNORECASE)
_BOTH = re.compile(r"(?:\s*\([^()\n]{1,12}\))?\s+(?:and|&)\s+", re.IGNORECASE)
_OR_THE_OTHER = re.compile(r"(?:\s*\([^()\n]{1,12}\))?(?:\s+[a-z]+)?,\s+or\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
"""Between two skills asked together and a third offered instead of both: "Hazmat (H) and Tanker (N) endorsements, or
X endorsement"."""
_MAY_OFFER_A_CHOICE = re.compile(
    r"\bor\b|/|\bone of\b|\bsuch as\b|\be\.g\.|\bfor (?:example|instance)\b|\([^()]*,|\bincluding\b"
    r"|(?:\band|&)\s+other\s+(?:applicable|similar|comparable)\b",
    re.IGNORECASE,
)
"""A line that may name skills as alternatives: the only lines :func:`_alternatives` analyses."""
_OR_LIKE = re.compile(
    r"^[\s,;)]*"
    + _UNKNOWN_NAMES
    + r"(?:(?:and/)?or\s+(?:an?\s+|any\s+|other\s+)?(?:equivalent|similar|comparable|related|other|another)\b"
    + r"|(?:and|&)\s+other\s+(?:applicable|similar|comparable)\b)",
    re.IGNORECASE,
)
"""What closes a list of skills that are examples of one requirement: "CySA+, GCIH or equivalent", "Splunk,
QRadar or similar", and "and other applicable", "and other similar" ("Relativity, Nuix, and other applicable
eDiscovery platforms": a tool of the kind is asked, any one of them); "and other" alone ("Python, SQL, and other
programming languages") and "and similar" ("C#, Angular, SQL, Git, and similar frameworks", a stack) may mean these
and more, and ask each."""
_ONE_OF_THESE = (
    r"\bone (?:or more )?of(?: the following)?"
    r"(?:[ \t]+(?:[\w-]+[ \t]+)?(?:certifications?|certificates?|credentials?|licen[cs]es?|licensures?|designations?))?"
)
"""What offers any one of a list after it: "one of", "one or more of the following", and the credentials it names
("One of the following certifications:", "one of the following nursing certifications:")."""
_ONE_OF = re.compile(
    rf"(?:{_ONE_OF_THESE}|\bsuch as|\be\.g\.|\bfor example|\bfor instance)[\s,:(]*" + _UNKNOWN_NAMES + "$",
    re.IGNORECASE,
)
"""What opens a list of skills any one of which will do: "one of CISSP, CISM, CISA" ("one or more of": one is
enough), or examples of what is asked
("an EDR such as CrowdStrike, SentinelOne", "a SIEM (e.g., Splunk, QRadar)"), though the first example be a name
the lexicon does not know ("a certification (e.g., ACE, NASM, ACSM)")."""
_ETC = re.compile(r"^[\s,]*" + _UNKNOWN_NAMES + r"etc\.?\s*\)", re.IGNORECASE)
"""What closes a bracket of examples of the requirement before it: "a trainer certification (NASM, ACE, ACSM,
etc.)" asks for one such certification, any of them."""
_A_CREDENTIAL_OF = re.compile(
    r"\b(?:licensure|licen[cs]es?|certifications?|certificates?|credentials?|designations?)\s*\(\s*$", re.IGNORECASE
)
"""What opens a bracket that lists the credentials that will do ("Independent licensure (LCSW, LPC, LMFT)"): one
licence is asked for, any of them, as no one holds three where one is required."""
_CLOSES = re.compile(r"^[\s,]*\)")
_OR_ANOTHER = re.compile(r"^\s*,?\s*" + _UNKNOWN_NAMES + r"(?:and/)?or\b", re.IGNORECASE)
"""What goes on with a list after its run of skills to offer one more thing instead ("LCSW, LMFT, LPC, or licensed
psychologist"), perhaps after names the lexicon does not know ("Kinaxis, o9, or Oracle Demantra"): the run's skills
are alternatives too, though only commas stand between them."""
_AND_MORE = re.compile(r"^[\s,;]*(?:and|&)\b", re.IGNORECASE)
"""What goes on with a list after its run of skills ("such as Python, SQL, and Tableau"): every one is asked."""
_BILINGUAL_BEFORE = re.compile(r"\bbilingual\W*(?:in\W*)?$", re.IGNORECASE)
_BILINGUAL_AFTER = re.compile(r"^\W*bilingual\b", re.IGNORECASE)
"""What says a run of languages names those a bilingual person speaks, both of them ("Bilingual English/Spanish",
"spanish/english bilingual"), no choice between them, unless an "or" offers one ("Bilingual in Spanish, Somali or
Hmong": English and any one of them)."""
_LIFE_SUPPORT = "life support"
"""The group of :func:`tailor.lexicon.held_together` that is the resuscitation and trauma courses, each its own card."""


def _cards_carried_together(line: str, run: list[tuple[int, int, str]]) -> bool:
    """Whether ``run`` is life-support courses, or parts of one compliance program (:func:`held_together`), with
    slashes or commas alone between them ("Current BLS/ACLS", "BSA/AML", "certifications such as BLS, ACLS, PALS"):
    each is asked, as they are held side by side, though "such as" or "e.g." give them as examples. An "or" between
    or after them ("BLS or ACLS", "BLS, ACLS or equivalent") or "one of" before them still offers the choice."""
    return (
        len(run) > 1
        and any(all(name.casefold() in held for _, _, name in run) for held in held_together().values())
        and all(re.search(r"[/,]", line[a[1] : b[0]]) and not _OR.search(line[a[1] : b[0]]) for a, b in pairwise(run))
        and not _ANY_ONE_OF.search(line[: run[0][0]])
        and not _OR_LIKE.match(line[run[-1][1] :])
        and not _OR_ANOTHER.match(line[run[-1][1] :])
    )


_ANY_ONE_OF = re.compile(_ONE_OF_THESE + r"[\s,:(]*" + _UNKNOWN_NAMES + "$", re.IGNORECASE)
"""What opens a list any one of whose names will do: "one of BLS, ACLS, PALS", "one of the following: …"."""
_AND_LAST = re.compile(r"[\s,]*(?:and|&)\s+", re.IGNORECASE)
"""What joins the last name to a list that "one of" opens ("one of Go, Rust, and Kotlin"): one more choice, not one
more thing asked beside them."""


_OR = re.compile(r"\bor\b", re.IGNORECASE)
_ONE_OR_THE_OTHER = re.compile(r"\bor\b(?!\s+(?:an?\s+)?(?:other|another|similar|equivalent|related)\b)", re.IGNORECASE)
"""An "or" between two skills that offers the one instead of the other ("Resy (or OpenTable)"), not one that opens a
kind of them ("AWS and/or other cloud platforms")."""
_OR_ONE_LIKE_IT = re.compile(
    r"[\s,]*or\s+(?:an?\s+|any\s+)?(?:other|another|similar|comparable|equivalent)\s+", re.IGNORECASE
)


def _or_one_of_its_kind(gap: str, name: str, kind: str, lexicon: Lexicon) -> bool:
    """Whether ``gap``, between the skill ``name`` and the kind of thing ``kind`` it is, offers any other of that kind
    instead ("Workday or a similar HRIS", "Salesforce or another CRM"): the requirement takes either, though the duties
    name the tool the job uses. "And/or other cloud platforms" asks for the one named as well as any other."""
    return bool(_OR_ONE_LIKE_IT.fullmatch(gap)) and name.lower() in lexicon.instances.get(kind.lower(), ())


_ITEM_OPENS = re.compile(r"[\W_]*")
"""What stands before the skill that opens an item or its clause: list marks."""
_OR_INSTEAD = re.compile(r".*,\s*or\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
"""What an item says between the skill it opens with and the other it ends with, offered instead ("CPA with 3
years of audit experience, or CMA"): its qualifier, then ", or"."""
_ITEM_ENDS = re.compile(r"[\s.)*_]*")


def _alternatives(
    sections: list[WeightedSection],
    lexicon: Lexicon,
    mentions: Mapping[str, int] | None = None,
    read: Mapping[int, str] | None = None,
    own: Collection[str] = (),
    job: Collection[str] = (),
) -> dict[str, tuple[str, ...]]:
    """Each skill that a line names in a run of alternatives ("AWS, GCP or Azure", "Go/Rust") → the
    others of its run. A run is skills with only commas, slashes, brackets and "or" between them,
    and at least one "or" or slash, or a list that "one of" or "such as" opens or "or equivalent" closes
    ("CySA+, GCIH or equivalent"); "and" or a semicolon ends it ("Python, and AWS or GCP": AWS and GCP only).

    A skill that the sections of what is required name more often (``mentions``) than on lines that offer it in
    runs is asked on its own there, and a run elsewhere gives it no alternatives: a GIS posting that asks for
    "GIS software" and supports "GIS/LRS programs" asks for GIS, not for GIS or LRS; unless what is required names it
    only where it offers it and the skill beside it with an "or" ("oversee reservations (Resy)", then the requirement
    "Resy (or OpenTable)"), one instead of the other in so many words.

    ``read`` is the text of each section (by ``id``) that says what the job needs, where that is less than the
    section's: a role's description without its title line, since a title names one job, no choice ("IT Support
    Specialist/Help Desk" offers no IT support instead of a help desk). ``own`` are the CV's skills that the lexicon
    does not know (:func:`keywords`' ``named``), offered in a run as any skill is (:func:`_own_said`).

    A skill said as the people the job works with or over (:func:`tailor.people.names_people_here`: "Precept PGY1/PGY2
    pharmacy residents", "mentor iOS/Android developers") is offered as no choice: the slash joins the groups of
    people, both of them, and no credential of either is offered the hire instead of another. The skills of the job's
    own title (``job``) are the hire's whatever the words after them."""
    groups: dict[str, set[str]] = defaultdict(set)
    chosen: Counter[str] = Counter()  # each skill's mentions on the lines that offer it in a run's choice
    kept: set[str] = set()  # skills whose group is their own other names, or an item's offer: whatever else is said
    instead: dict[str, set[str]] = defaultdict(set)  # the lines that offer a skill instead of another ("Resy or …")
    kinds_named: list[tuple[str, set[str]]] = []  # a kind and its examples named after "such as": one requirement
    as_kinds: Counter[str] = Counter()  # each skill's mentions on lines that name it as a kind or one of its examples
    instead_of_both: dict[str, set[str]] = {}  # a skill offered instead of two asked together → those two
    wholes: dict[str, set[str]] = defaultdict(set)  # a named thing → the parts the posting lists of it
    for section in sections:
        for line in (read or {}).get(id(section), section.section.text).split("\n"):
            offers = _MAY_OFFER_A_CHOICE.search(line)
            if not offers and not _NAMES_PARTS.search(line):
                continue
            found = analyse([line], lexicon)[0]
            said = {name: found.said.get(name, name) for name in found.skills}
            spots = sorted(
                _past_its_spelling(line, (where[0], where[1], name), lexicon)
                for name, words in said.items()
                if (where := _where_said(line, words, said.values())) is not None
            )
            if own and (mine := _own_said(line, spots, own)):
                spots = sorted(spots + mine)
            if makers := _makers_before_products(line, spots, lexicon):
                spots = [spot for spot in spots if spot[0] not in makers]
            spots = _with_their_issuers(line, spots)
            spots = [spot for spot in spots if spot[2] in job or not names_people_here(line, spot[0], spot[1], spot[2])]
            for whole, parts in _parts_listed(line, spots):
                wholes[whole] |= parts
            if not offers:
                continue  # a line that names a thing's parts and offers no choice
            runs: list[list[tuple[int, int, str]]] = []
            offered: set[str] = set()
            noun_end = 0  # where a kind said as the noun of the skills before it ends (:func:`_their_kind`)
            # The languages a bracket names after a skill ("CCHI (CHI-Spanish) or NBCMI (CMI-Spanish)") make runs of
            # their own, after the line's other skills have made theirs: the bracket qualifies the skill before it, and
            # what comes after it may still be offered instead of that skill.
            qualifying = _bracketed_languages(line, spots, lexicon)
            for n, spot in enumerate([s for s in spots if s not in qualifying] + qualifying):
                if n == len(spots) - len(qualifying):
                    noun_end = 0
                    runs.append([])  # a bracket's languages never join a run of the skills before them
                gap = line[max(runs[-1][-1][1], noun_end) : spot[0]] if runs and runs[-1] else ""
                if runs and runs[-1] and not gap.strip() and _their_kind(runs[-1], spot, lexicon):
                    # "JavaScript/TypeScript programming languages": the kind is their noun, no choice of its own; the
                    # run goes on after it ("the Java programming language or TypeScript").
                    noun_end = spot[1]
                    continue
                between = _BETWEEN_ALTERNATIVES.fullmatch(gap) or (
                    (
                        _OR_ONE_FROM_ITS_ISSUER.fullmatch(gap)
                        or (_OR_ITS_ISSUER_BEFORE.fullmatch(gap) and line[spot[0] : spot[1]].isupper())
                    )
                    and _A_CREDENTIAL.search(line)
                )
                # "PGY2 residency in oncology, or PGY1 residency": one of its like is offered instead of the first,
                # whatever the qualifier between them names.
                if _join_its_like(line, runs, spot):
                    pass
                elif runs and runs[-1] and gap and not gap.strip():
                    # "banquet or catering supervisory experience": the skill right after the run's last, a space
                    # apart, is what the run's skills qualify, asked whichever of them the CV says; no choice.
                    runs.append([spot])
                elif not (runs and runs[-1]):
                    runs[-1:] = [[spot]]
                elif (
                    (between or (_AND_LAST.fullmatch(gap) and _ANY_ONE_OF.search(line[: runs[-1][0][0]])))
                    and not _closes_its_bracket(line, runs[-1][0][0], gap)
                    and _is_language(runs[-1][-1], lexicon) == _is_language(spot, lexicon)
                ):
                    runs[-1].append(spot)
                else:
                    runs.append([spot])
            pieces = [
                piece
                for n, run in enumerate(runs)
                # "SIEM tools (Splunk, QRadar, LogRhythm)": the kind's word for what it is parts it from its examples.
                for piece in (
                    [(run, True)]
                    if n and len(runs[n - 1]) == 1 and _examples_of_its_kind(line, runs[n - 1] + run, lexicon)
                    else _examples_apart(line, run, lexicon)
                )
            ]
            for run, of_its_kind in pieces:
                after = line[run[-1][1] :]
                bilingual = _BILINGUAL_BEFORE.search(line[: run[0][0]]) or _BILINGUAL_AFTER.match(after)
                if bilingual and not any(_OR.search(line[a[1] : b[0]]) for a, b in pairwise(run)):
                    continue  # "Bilingual English/Spanish": both; "Bilingual in Spanish, Somali or Hmong": any one
                if _cards_carried_together(line, run):
                    continue
                examples = (
                    of_its_kind
                    or _OR_LIKE.match(after)
                    or _OR_ANOTHER.match(after)
                    or (_ETC.match(after) and line[: run[0][0]].count("(") > line[: run[0][0]].count(")"))
                    or (_A_CREDENTIAL_OF.search(line[: run[0][0]]) and _CLOSES.match(after))
                    or _ANY_ONE_OF.search(line[: run[0][0]])  # "one or more of: A, B, C, and experience in …": any
                    or (_ONE_OF.search(line[: run[0][0]]) and not _AND_MORE.match(after))  # "such as A, B and C": all
                )
                if any(_OFFERS_A_CHOICE.search(_choice_gap(line[a[1] : b[0]])) for a, b in pairwise(run)) or (
                    len(run) > 1 and examples
                ):
                    for choice in _choices(line, run, listed=not examples):
                        names = {name for _, _, name in choice}
                        offered.update(names)
                        for name in names:
                            groups[name] |= names - {name}
                    # Each skill of the list an "or" closes is offered instead of the others ("Paylocity, ADP or a
                    # similar HRIS"), the first as much as the one beside the "or"; what follows the "or"'s skill
                    # is none of that list ("Java, Python, or TypeScript (Angular or other frameworks)").
                    closes = [
                        n
                        for n, (a, b) in enumerate(pairwise(run), start=1)
                        if _ONE_OR_THE_OTHER.search(line[a[1] : b[0]])
                        or _or_one_of_its_kind(line[a[1] : b[0]], a[2], b[2], lexicon)
                    ]
                    if section.kind is not SectionKind.PREFERRED and closes:
                        for spot in run[: closes[-1] + 1]:
                            instead[spot[2]].add(line)
                elif names := _its_names(line, run):
                    kept.update(names)
                    for name in names:
                        groups[name] |= names - {name}
            for names in _examples_of_a_choice(line, spots):
                offered.update(names)
                for name in names:
                    groups[name] |= names - {name}
            # A kind with examples of it ("a CRM such as Salesforce", "a SIEM (e.g., Splunk or QRadar)"): the kind is
            # asked, the examples say what would do; each one meets the requirement, none is asked beside it.
            if section.kind is not SectionKind.PREFERRED:
                for kind, names in _kind_and_its_examples(line, runs, lexicon):
                    kinds_named.append((kind, names))
                    as_kinds.update(names)
            # Two modifiers of one head offered as a choice ("Journeyman or master electrician license"): the skill
            # the first names through the head it shares and the skill said whole are alternatives; and so are two
            # heads of one maker's name ("Articulate Storyline or Rise": Articulate Rise).
            shared_choice = {
                lexicon.canonical(name) or name: said.lower()
                for name, said in _offered_with_a_shared_head(line, lexicon).items()
            }
            for name, shared_said_as in shared_choice.items():
                words = name.lower().split()
                partners = {
                    other
                    for other in found.skills
                    if other != name
                    and (
                        other.lower().split()[-1] == words[-1]
                        or _same_maker(other.lower(), words)
                        # "Registered or certified veterinary technician": what follows the "or", the second
                        # modifier and the head, says the other whole, whatever letters the two are known by (RVT, CVT)
                        or shared_said_as.rpartition(" or ")[2] == found.said.get(other, other).lower()
                    )
                }
                if partners:
                    groups[name] |= partners
                    for other in partners:
                        groups[other].add(name)
                    offered.add(name)
                    offered.update(partners)
            # Every mention on a line that offers a skill as a choice counts as offered ("AWS (Amazon Web Services)").
            if section.kind is not SectionKind.PREFERRED:
                chosen.update({name: found.skills.count(name) or int(name in shared_choice) for name in offered})
            for a, b in pairwise(spots):
                if _one_credential_or_the_other(line, a, b) or _YEARS_INSTEAD.fullmatch(line, a[1], b[0]):
                    kept.update((a[2], b[2]))
                    groups[a[2]].add(b[2])
                    groups[b[2]].add(a[2])
            # "Hazmat (H) and Tanker (N) endorsements, or X endorsement": the last is one choice, the two before it
            # together the other; either of the two shown meets the last (the two stay asked each on its own).
            for first, second, last in zip(runs, runs[1:], runs[2:], strict=False):
                if (
                    len(first) == len(second) == len(last) == 1
                    and _BOTH.fullmatch(line, first[0][1], second[0][0])
                    and _OR_THE_OTHER.fullmatch(line, second[0][1], last[0][0])
                ):
                    instead_of_both[last[0][2]] = {first[0][2], second[0][2]}
            for clause in _clause_spans(line):
                inside = [spot for spot in spots if clause[0] <= spot[0] and spot[1] <= clause[1]]
                if len(inside) > 1 and _offered_instead(line[clause[0] : clause[1]], clause[0], inside[0], inside[-1]):
                    first, last = inside[0][2], inside[-1][2]
                    kept.update((first, last))
                    groups[first].add(last)
                    groups[last].add(first)
    alone = {name for name in groups if name not in kept and (mentions or {}).get(name, 0) > chosen[name]}
    for names in _kinds_listed_below(sections, lexicon):
        for name in names:
            groups[name] |= names - {name}
    found = {name: others for name, others in groups.items() if name not in alone}
    # Asked on its own only where the job's work is described ("oversee reservations (Resy)"), and offered by a
    # requirement with an "or" ("Resy (or OpenTable)"): the choice takes it in, one requirement that either meets, not
    # the skill and a choice of it twice. A requirement that names it otherwise ("Strong experience in C++", beside
    # "C++ or Java") asks for it on its own, and so does a posting that offers it only by a slash ("GIS/LRS").
    for name in sorted(alone):
        if not instead.get(name) or _required_otherwise(name, sections, instead[name], read, lexicon):
            continue
        choice = {other for other, others in found.items() if name in others}
        choice |= set().union(*(found[other] for other in choice)) - {name}
        if choice:
            found[name] = choice
    for kind, names in kinds_named:
        # A kind or an example the posting asks for elsewhere, on its own ("… on AWS"), stays asked on its own.
        said_here = {name for name in names if (mentions or {}).get(name, 0) <= max(chosen[name], as_kinds[name])}
        if len(said_here) > 1 and (kind in said_here or any(name.lower() in lexicon.instances for name in said_here)):
            for name in said_here:
                found[name] = found.get(name, set()) | (said_here - {name})
    # The skill offered instead of two asked together is their alternative alone: the clause's first skill ("Class A
    # CDL with Hazmat and Tanker endorsements, or X endorsement") is asked beside the choice, no part of it.
    for name, pair in instead_of_both.items():
        found[name] = pair
        for other in set(found) - pair - {name}:
            found[other] = found[other] - {name}
    # "Unity DOTS (including ECS, Job System and Burst Compiler)": the posting says what the whole is made of, so a
    # résumé that shows a part has worked in it; the parts stay asked each, no choice among themselves.
    for name, parts in wholes.items():
        found[name] = found.get(name, set()) | parts
    return {name: tuple(sorted(others)) for name, others in found.items()}


_NAMES_PARTS = re.compile(r"\bincl(?:uding\b|\.)", re.IGNORECASE)
_ITS_PARTS = re.compile(r"[ \t]*(?P<bracket>\()?[ \t]*,?[ \t]*incl(?:uding|\.)[ \t:]+", re.IGNORECASE)
"""What opens the list of a named thing's parts right after its name: "(including …", ", incl. …"."""
_CLAUSE_ENDS = re.compile(r";|\.(?:\s|$)")
"""Where a list of parts that no bracket holds ends: a semicolon, or a full stop that ends a sentence."""


def _parts_listed(line: str, spots: list[tuple[int, int, str]]) -> Iterator[tuple[str, set[str]]]:
    """Each named thing of ``line`` that "including" follows, with the named things it lists as its parts: those up to
    the bracket it opens closing, or to the clause's end ("Microsoft Office, including Excel and Outlook"). A name is
    written with capitals; where the whole or one of the list is not ("Kafka, including troubleshooting", "software
    engineering, including code review"), the list says what the work takes, no parts of a thing."""

    def named(spot: tuple[int, int, str]) -> bool:
        return any(c.isupper() for c in line[spot[0] : spot[1]])

    for n, spot in enumerate(spots):
        opened = _ITS_PARTS.match(line, spot[1])
        if opened is None or not named(spot):
            continue
        stop = line.find(")", opened.end()) if opened["bracket"] else -1
        if stop < 0:
            clause = _CLAUSE_ENDS.search(line, opened.end())
            stop = clause.start() if clause else len(line)
        parts = [part for part in spots[n + 1 :] if part[1] <= stop and part[2] != spot[2]]
        if parts and all(map(named, parts)):
            yield spot[2], {name for _, _, name in parts}


_A_CHOICE_THEN_EXAMPLES = re.compile(
    r"((?:[^\W\d_][\w-]*[ \t]+){1,3})or[ \t]+[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?[ \t]*"
    r"\((?!\s*(?:e\.g\.|i\.e\.|such as|for example|for instance|including))([^()]*)\)",
    re.IGNORECASE,
)
"""A choice that an "or" offers between a few words and a few more, then examples of it in brackets: "Cardiovascular
or metabolic (diabetes, obesity, heart failure) trial experience", "a JavaScript framework or library (React,
Angular or Vue)", "one or more (endpoint security, network security, …)". A bracket that says its examples are such
("e.g.") is read so elsewhere."""
_NOT_OF_THE_CHOICE = re.compile(r"^.*\b(?:and|with|in|of|for)\s+", re.IGNORECASE | re.DOTALL)
"""The words before a choice's own: "Typescript and" of "Typescript and a JavaScript framework or library (…)"."""


def _examples_of_a_choice(line: str, spots: list[tuple[int, int, str]]) -> Iterator[set[str]]:
    """The skills of each choice ``line`` offers with an "or" and examples of it in brackets after
    (:data:`_A_CHOICE_THEN_EXAMPLES`), the examples with the skills the choice itself names in the few words before its
    "or" (no further back than a comma, nor than an "and" that asks for something besides): one requirement, any one
    of them meets it, though the examples stand apart by commas alone, and though the lexicon knows only one of a
    bracket's several examples."""
    for found in _A_CHOICE_THEN_EXAMPLES.finditer(line):
        before = found.group(1)
        opens = found.start(1) + (cut.end() if (cut := _NOT_OF_THE_CHOICE.match(before)) else 0)
        opens = max(opens, *(line.rfind(mark, 0, found.start(1) + len(before)) + 1 for mark in ",;:("))
        names = {name for start, end, name in spots if opens <= start and end <= found.end()}
        examples = {name for start, end, name in spots if found.start(2) <= start and end <= found.end(2)}
        # "medical device sales or clinical experience (surgical tech, RN, athletic trainer)": a bracket that lists
        # several examples is one, though the lexicon knows only one of them; one word alone in brackets may only
        # qualify the word before it ("Java (Spring)").
        if len(examples) > 1 or (examples and "," in found.group(2)):
            yield names


def _required_otherwise(
    name: str,
    sections: list[WeightedSection],
    offering: set[str],
    read: Mapping[int, str] | None,
    lexicon: Lexicon,
) -> bool:
    """Whether a line of what is required names the skill ``name`` other than the lines ``offering`` it as a choice."""
    lines = [
        line
        for section in sections
        if section.kind is SectionKind.REQUIREMENTS
        for line in (read or {}).get(id(section), section.section.text).split("\n")
        if line not in offering and line.strip()
    ]
    return any(name in found.skills for found in analyse(lines, lexicon))


_A_KIND_WORD = (
    r"(?:[ \t]+(?:tools?|software|systems?|platforms?|solutions?|applications?|packages?|programs?|programmes?))?"
)
"""A word for what a kind of tool is, between its name and its examples: "SIEM tools such as", "an EHR system
(Epic, …)"."""
_SUCH_AS = re.compile(
    _A_KIND_WORD + r"[\s,(]*(?:such as|e\.g\.|for example|for instance|like|including)[\s,:]*", re.IGNORECASE
)
"""What stands between a kind of tool and its first example: "a CRM such as Salesforce", "SIEM tools such as
Splunk", "an EHR (e.g., Epic)"."""


_BRACKET_OF_EXAMPLES = re.compile(_A_KIND_WORD + r"\s*\(\s*", re.IGNORECASE)
"""What stands between a kind of tool and a bracket that gives one example of it the lexicon knows, which "or
similar" or "etc." closes: "structured literacy programs (Orton-Gillingham, SPIRE or similar)"."""


def _kind_and_its_examples(
    line: str, runs: list[list[tuple[int, int, str]]], lexicon: Lexicon
) -> Iterator[tuple[str, set[str]]]:
    """Each kind of tool ``line`` names with examples of it after "such as" or "e.g." (every one of the run after it
    an instance of the kind in the lexicon), or with one in a bracket after it that "or similar" or "etc." closes,
    with those examples: "a CRM such as Salesforce" asks for a CRM, and Salesforce is one that will do, no
    requirement beside it. Each comes as the kind, then it and its examples."""
    for n, (before, after) in enumerate(pairwise(runs)):
        kind = before[-1][2]
        gap = line[before[-1][1] : after[0][0]]
        members = lexicon.instances.get(kind.lower()) or _its_tools_instances(kind, gap, lexicon)
        bracket = _BRACKET_OF_EXAMPLES.fullmatch(gap) is not None
        if not members or not (_SUCH_AS.fullmatch(gap) or bracket):
            continue
        examples = [name for _, _, name in after]
        end = after[-1][1]
        for last, more in pairwise(runs[n + 1 :]):  # "such as Splunk, QRadar, and Sentinel": one list of them
            if not _AND_ANOTHER.fullmatch(line[last[-1][1] : more[0][0]]):
                break
            examples += [name for _, _, name in more]
            end = more[-1][1]
        if bracket and (len(examples) > 1 or not (_OR_LIKE.match(line[end:]) or _ETC.match(line[end:]))):
            # "EHR (Epic)": the name the posting gives its system, asked as such; "a SIEM (Splunk, QRadar, etc.)":
            # the examples are each other's alternatives, the kind asked beside them. One known example that "or
            # similar" closes has no other the lexicon knows: its kind is what else will do.
            continue
        if _INCLUDING.search(gap) and all(_of_its_maker(kind, name) for name in examples):
            # "Microsoft Office (including Word, Excel, PowerPoint)": a suite's programs, its maker's, are the parts
            # it is made of (:func:`_parts_listed`), each asked, not examples of it any one of which would do.
            continue
        if all(name.lower() in members for name in examples):
            yield kind, {kind, *examples}


_INCLUDING = re.compile(r"\bincluding\b", re.IGNORECASE)

_KIND_WORD_FIRST = re.compile(r"[ \t]+(?:tools?|software|systems?|platforms?|solutions?|applications?)\b", re.I)
_TOOL_KINDS = ("software", "system", "systems", "platform", "platforms", "tools")
"""How the lexicon names a kind of tool after the work it is for: "help desk software", "graphic design software",
"warehouse management system"."""


def _its_tools_instances(kind: str, gap: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The instances of the kind of tool that ``kind``, a skill with none of its own, names with the word for a tool
    ``gap`` opens with: "helpdesk platforms such as Zendesk" names help desk software, the kind Zendesk is one of,
    though the lexicon's "help desk" is the work, which no product is an instance of."""
    if not _KIND_WORD_FIRST.match(gap):
        return ()
    return next((found for word in _TOOL_KINDS if (found := lexicon.instances.get(f"{kind.lower()} {word}"))), ())


def _of_its_maker(kind: str, name: str) -> bool:
    """Whether the skill ``name`` is a program of the maker whose name opens the suite ``kind``: "Microsoft Word" of
    "Microsoft Office", "Adobe Photoshop" of "Adobe Creative Suite"; not "Epic" of "EHR"."""
    return name.split()[0].lower() == kind.split()[0].lower()


_AND_ANOTHER = re.compile(r"[\s,]*(?:and|&|or)?[\s,]*", re.IGNORECASE)
"""What stands between two examples of one list: a comma, "and", "or"."""


_OR_ONLY = frozenset({"or"})


def _same_maker(other: str, words: list[str]) -> bool:
    """Whether ``other`` (lowercase) is another product of the maker whose name opens the skill of ``words``: two
    names of two words or more that share their first and no other ("articulate storyline", "articulate rise"); not
    the maker's name alone beside one of its products ("aws", "aws certifications")."""
    others = other.split()
    return (
        len(words) > 1
        and len(others) > 1
        and others[0] == words[0]
        and others[1:] != words[1:]
        and others[1] != words[1]
    )


def _offered_with_a_shared_head(line: str, lexicon: Lexicon) -> dict[str, str]:
    """The skills ``line`` names only through a head it shares across an "or" (:func:`shared_said`), as lowercase
    canonical names, each with the words that say it, from its modifier to the head: "journeyman or master electrician
    license" offers a journeyman electrician license, said "journeyman or master electrician license"."""
    return shared_said([line], lexicon, _OR_ONLY)[0] if _OR.search(line) else {}


def _their_kind(run: list[tuple[int, int, str]], spot: tuple[int, int, str], lexicon: Lexicon) -> bool:
    """Whether the skill at ``spot``, said right after ``run`` with nothing but a space between, is the kind every
    skill of the run is one of (:attr:`tailor.lexicon.Lexicon.instances`): the noun they qualify ("Ruby and/or Golang
    programming languages", "JavaScript/TypeScript programming languages"), which offers no other of the kind instead
    of them, as "or another programming language" would."""
    members = lexicon.instances.get(spot[2].lower(), ())
    return bool(members) and all(name.lower() in members for _, _, name in run)


def _examples_apart(
    line: str, run: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[list[tuple[int, int, str]], bool]]:
    """``run`` split where a bracket of examples that "etc." closes opens in it: "loan origination software
    (Encompass, Calyx, etc.)" asks for the software, and for any one of the examples, not for the software or an
    example; each piece with whether it is a kind's examples (:func:`_examples_of_its_kind`)."""
    if len(run) > 2 and _ETC.match(line[run[-1][1] :]):
        for k in range(len(run) - 1, 0, -1):
            if "(" in line[run[k - 1][1] : run[k][0]]:
                return [(run[:k], False), (run[k:], False)]
    if _examples_of_its_kind(line, run, lexicon):
        return [(run[:1], False), (run[1:], True)]
    return [(run, False)]


_OPENS_ITS_BRACKET = re.compile(_A_KIND_WORD + r"[ \t]*\([ \t]*", re.IGNORECASE)
_CLOSES_ITS_BRACKET = re.compile(r"[\s,/]*(?:(?-i:[A-Z])[\w.+&-]*[\s,/]*)*\)")


def _examples_of_its_kind(line: str, run: list[tuple[int, int, str]], lexicon: Lexicon) -> bool:
    """Whether ``run`` is a kind of tool and, in a bracket that opens right after it (or after a word for what it is,
    :data:`_A_KIND_WORD`: "SIEM tools (…)", "an EHR system (…)") and closes after the run, two or more of that kind,
    each one of the lexicon's instances of it: "an EHR (Epic, Cerner, MEDITECH)", "CAT tools (SDL Trados, memoQ,
    Wordfast)" ask for the kind and for any one of them, as "e.g." would say. A suite's parts
    share its maker's name ("Microsoft Office (Microsoft Word, Microsoft Excel)"), and a system's courses its letters
    ("Incident Command System (ICS-100, ICS-200)"): each is asked."""
    if len(run) < 3 or not _OPENS_ITS_BRACKET.fullmatch(line[run[0][1] : run[1][0]]):
        return False
    kind = run[0][2].lower()
    members = lexicon.instances.get(kind)
    if not members or not _CLOSES_ITS_BRACKET.match(line, run[-1][1]):
        return False
    letters = initials(kind)
    names = [name.lower() for _, _, name in run[1:]]
    return all(
        name in members and not _of_its_maker(kind, name) and not (letters and re.match(rf"{letters}(?![a-z])", name))
        for name in names
    )


_FOLLOWING = re.compile(r"\bone of the following\b[^:]*:\s*$", re.IGNORECASE)
"""A line that opens a list of choices on the lines under it: "… from one of the following (within a year):"."""


def _kinds_listed_below(sections: list[WeightedSection], lexicon: Lexicon) -> Iterator[set[str]]:
    """The skills of each kind that the lines under a line naming the kind and ending "one of the following …:" name
    ("Medical assisting certification from one of the following:" over lines naming the CMA, the RMA and the
    CCMA, each a medical assistant certification): any one of them will do. A skill of no such kind on those
    lines ("BLS" after the certifications) is asked on its own."""
    for section in sections:
        lines = section.section.text.split("\n")
        for n, line in enumerate(lines):
            if not _FOLLOWING.search(line):
                continue
            kinds = [kind.lower() for kind in analyse([line], lexicon)[0].skills if kind.lower() in lexicon.instances]
            below: list[str] = []
            for text in lines[n + 1 :]:
                if not text.strip():
                    break
                below += analyse([text], lexicon)[0].skills
            for kind in kinds:
                members = {name for name in below if name.lower() in lexicon.instances[kind]}
                if len(members) > 1:
                    yield members


_GRADE = r"[A-Z][\w+&-]*(?:[ \t][A-Z][\w+&-]*)?"
_QUALIFIER_SLASH = re.compile(rf"^[ \t]+(?-i:{_GRADE}/{_GRADE})(?=[\s,;]*$|\s*,)")
"""Capitalised words joined by a slash right after a skill, before the comma that ends its item: the skill's own
grades or parts ("Six Sigma Green/Black Belt", "SAP MM/PP"), no choice between it and the next skill."""


def _choice_gap(gap: str) -> str:
    """``gap``, the text between two skills of a run, without the slash that grades the first of them
    (:data:`_QUALIFIER_SLASH`): "Six Sigma Green/Black Belt, CQE" asks for both, as a comma does."""
    return _QUALIFIER_SLASH.sub(" ", gap, count=1) if "/" in gap else gap


def _choices(line: str, run: list[tuple[int, int, str]], *, listed: bool) -> list[list[tuple[int, int, str]]]:
    """The choices ``run`` offers: all of it, or, where its only choice is a slash in a list of things asked
    (``listed``: no "such as", "one of" or "or similar" makes the list examples), each piece its commas set apart:
    "BSA/AML, OFAC and Reg CC" and "Git, AsciiDoc/Antora, front-end development" ask for each item, one of them
    written two ways (BSA or AML, AsciiDoc or Antora), not a choice among all (OFAC is asked whatever one knows
    of BSA), whether or not an "and" closes the list. So too an "or" between two items of a list that an "and"
    closes, a comma after them: "Go or Java, PostgreSQL and Kafka" offers Go or Java, and asks for PostgreSQL; and in a
    list of life-support cards, each a course of its own, an "or" offers only the two beside it ("ACLS, PALS, PHTLS or
    ITLS")."""
    gaps = [_choice_gap(line[a[1] : b[0]]) for a, b in pairwise(run)]
    ors = [n for n, gap in enumerate(gaps) if re.search(r"\bor\b", gap, re.IGNORECASE)]
    if listed and ors and all(name.casefold() in held_together()[_LIFE_SUPPORT] for _, _, name in run):
        # Life-support cards are each a course of its own (:data:`_LIFE_SUPPORT`): "ACLS, PALS, PHTLS or ITLS" asks for
        # ACLS and PALS, and offers a choice only between the two cards an "or" stands between.
        pieces = [[run[0]]]
        for gap, spot in zip(gaps, run[1:], strict=True):
            if re.search(r"\bor\b", gap, re.IGNORECASE):
                pieces[-1].append(spot)
            else:
                pieces.append([spot])
        return pieces
    if listed and ors and _AND_MORE.match(line[run[-1][1] :]) and any("," in gap for gap in gaps[ors[0] + 1 :]):
        pieces = [[run[0]]]
        for n, (gap, spot) in enumerate(zip(gaps, run[1:], strict=True)):
            if n > ors[0] and "," in gap and not re.search(r"\bor\b", gap, re.IGNORECASE):
                pieces.append([spot])
            else:
                pieces[-1].append(spot)
        return pieces
    if not listed or ors:
        return [run]
    pieces = [[run[0]]]
    for gap, spot in zip(gaps, run[1:], strict=True):
        if "," in gap and "/" not in gap:
            pieces.append([spot])
        else:
            pieces[-1].append(spot)
    return pieces


def _own_said(line: str, spots: list[tuple[int, int, str]], own: Collection[str]) -> list[tuple[int, int, str]]:
    """Where ``line`` first says each of the CV's own skills that the lexicon does not know (``own``, as analysis
    spells them: "mode"), as words of their own outside the skills found there (``spots``): "BI tools such as Looker,
    Tableau or Mode" offers the CV's Mode beside the two, one choice of three."""
    taken = [(start, end) for start, end, _ in spots]
    found: list[tuple[int, int, str]] = []
    for name in sorted(own):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line, re.IGNORECASE):
            if not any(start < m.end() and m.start() < end for start, end in taken):
                found.append((m.start(), m.end(), name))
                taken.append((m.start(), m.end()))
                break
    return found


def _where_said(line: str, words: str, others: Iterable[str]) -> tuple[int, int] | None:
    """Where ``line`` first says ``words`` as words of their own (start and end): not inside a longer name the line
    says, so "Azure" of "(e.g., Jenkins, Azure DevOps), clouds (e.g., AWS, Azure)" is the second, the cloud among
    clouds (the first is Azure DevOps'), nor inside a longer word; an acronym's plural says it ("REST APIs" of the
    words "REST API", as analysis reads the plural). None where it says them nowhere so."""
    inside = [
        (m.start(), m.end())
        for other in others
        if len(other) > len(words) and words in other
        for m in re.finditer(re.escape(other), line)
    ]
    plural = "s?" if words[-1:].isupper() else ""
    for m in re.finditer(rf"(?<!\w){re.escape(words)}{plural}(?!\w)", line):
        if not any(start <= m.start() and m.end() <= end for start, end in inside):
            return m.start(), m.end()
    return None


def _closes_its_bracket(line: str, start: int, gap: str) -> bool:
    """Whether ``gap``, between two skills of a run that starts at ``start`` inside a bracket, closes that
    bracket: "(e.g., AWS, GCP), IAM solutions" ends the examples at the bracket, IAM is asked beside them."""
    return line[:start].count("(") > line[:start].count(")") and ")" in gap


_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def _past_its_spelling(line: str, spot: tuple[int, int, str], lexicon: Lexicon) -> tuple[int, int, str]:
    """``spot`` (a skill's start, end and name in ``line``) reaching past a bracket after it that names the same
    skill another way ("CESCL (Certified Erosion and Sediment Control Lead) or CPESC", "PMP (Project Management
    Professional) or PRINCE2"): the bracket stands for the skill, no words between it and the next."""
    bracket = _BRACKETED.match(line, spot[1])
    if bracket is None or analyse([bracket[1]], lexicon)[0].skills != [spot[2]]:
        return spot
    return (spot[0], bracket.end(), spot[2])


def _its_names(line: str, run: list[tuple[int, int, str]]) -> set[str]:
    """The names a skill written out goes by, where a bracket after it lists them with its own letters among
    them: "credentialed veterinary technician (LVT, RVT, CVT)", "clinical social worker (LCSW, LICSW)" ask for
    the one credential under any of its names, so each meets the others. Empty for any other run."""
    first_end, first = run[0][1], run[0][2]
    bracket = _BRACKETED.match(line, first_end)
    inside = [name for at, end, name in run[1:] if end <= (bracket.end() if bracket else 0)]
    if bracket is None or len(inside) < 2:
        return set()
    own = re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", bracket[1], re.IGNORECASE)
    return {first, *inside} if own else set()


def _clause_spans(line: str) -> list[tuple[int, int]]:
    """Where each of a line's clauses starts and ends: a semicolon parts two requirements."""
    spans, start = [], 0
    for part in line.split(";"):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


_QUALIFIED_CHOICE = re.compile(r"[^,;:/&()]{0,80}")
"""What may stand between two credentials offered one for the other: words that say where or how each is held ("in
the State of Illinois", "current Illinois"), no list's comma, no bracket, no slash."""


_YEARS_INSTEAD = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t,]*(?:and/)?or[ \t]+(?:at[ \t]+least[ \t]+|a[ \t]+minimum[ \t]+of[ \t]+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?(?:[ \t]*(?:-|–|to)[ \t]*\d+)?\+?"
    r"[ \t]*(?:years?|yrs)[’']?[ \t]+(?:of[ \t]+)?"
    r"(?:(?:relevant|related|progressive|professional|direct|hands-on|practical|qualifying|paid)[ \t]+)?",
    re.IGNORECASE,
)
"""Years of one skill's work offered instead of another skill between them: "PGY1 residency or 3+ years of clinical
pharmacy experience", "CPA or 5 years of public accounting experience": either meets the requirement, as "CPA or public
accounting experience" says without the years."""


def _one_credential_or_the_other(line: str, first: tuple[int, int, str], then: tuple[int, int, str]) -> bool:
    """Whether ``line``, which names a credential, offers the skill ``then`` instead of ``first`` with an "or" between
    them and the words that say where or how each is held: "Current licensure as a Registered Nurse in the State of
    Illinois or current Illinois EMT-Paramedic license", "Paramedic license or Illinois RN license": either one meets
    it, as "RN or paramedic" would say. An "and" between them asks for both ("RN license and BLS or ACLS")."""
    gap = line[first[1] : then[0]]
    return (
        bool(_A_CREDENTIAL.search(line))
        and len(_ONE_OR_THE_OTHER.findall(gap)) == 1
        and not re.search(r"\b(?:and|with|plus|including)\b", gap, re.IGNORECASE)
        and bool(_QUALIFIED_CHOICE.fullmatch(gap))
        and len(gap.split()) <= 10
    )


def _offered_instead(clause: str, at: int, first: tuple[int, int, str], last: tuple[int, int, str]) -> bool:
    """Whether a ``clause`` (starting at ``at`` in its line) that opens with the skill ``first`` and a qualifier
    of it ends offering ``last`` instead ("CPA with 3 years of audit experience, or CMA."): either meets it."""
    return (
        bool(_ITEM_OPENS.fullmatch(clause[: first[0] - at]))
        and bool(_OR_INSTEAD.fullmatch(clause[first[1] - at : last[0] - at]))
        and bool(_ITEM_ENDS.fullmatch(clause[last[1] - at :]))
    )


def posting_words(ranking: Ranking, terms: Collection[str]) -> dict[str, str]:
    """Each of ``terms`` (as analysis spells them: "base bill", "okrs") → the words the posting says it with
    ("based billing", "OKRs"), or the term itself where the posting does not say it in so many words (a term
    lent by a related one): what a reader of "matched terms" recognises. The first mention in a section that
    counts (in any, where none says it), but a word capitalised only because it opens a sentence or stands in a
    title ("Partner with sales", "Web Developer") is shown as the posting writes it elsewhere, where it does."""
    wanted = set(terms)
    if ranking.posting is None or not wanted:
        return {t: word_of(t) for t in wanted}
    lexicon = ranking.cv.lexicon if ranking.cv is not None else bundled_lexicon()
    first: dict[str, str] = {}
    plain: dict[str, str] = {}
    sections = ranking.posting.sections
    # The sections whose words count first: "monthly pay apps" of the duties shows "pay", not the benefits' "Paid
    # time off", which matched nothing. Where two terms overlap ("usage base", "base bill" of "usage-based
    # billing") one span is found at a time.
    for where in ([s for s in sections if s.weight > 0], sections):
        while (missing := wanted - first.keys()) and (said := list(_mentions(missing, where, lexicon))):
            for term, words in said:
                first.setdefault(term, words)
                if not words[:1].isupper():
                    plain.setdefault(term, words)
    if missing := wanted - first.keys():
        # A word that is also a name ("Spanish preferred", the language where the context does not say so): the
        # posting's word, not the term in small letters.
        for term, words in _mentions(missing, ranking.posting.sections, lexicon, words=True):
            first.setdefault(term, words)
    # A term the posting does not say in so many words is shown as its word ("sketch" of an everyday "sketch~").
    said = {t: first.get(t, word_of(t)) for t in wanted}
    shown = {t: plain.get(t, said[t]) if _capitalised(said[t]) else said[t] for t in wanted}
    # Said only as a sentence or list item opens ("Monitor vital signs"), an English word no name spells is shown
    # in small letters, as a term of the posting: "monitor", not "Monitor"; "Austin" and "Python" keep theirs.
    return {t: _opening_word(t, words, lexicon) for t, words in shown.items()}


_LETTERS_AND_DIGITS = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w+")


def _opening_word(term: str, words: str, lexicon: Lexicon) -> str:
    """``words`` in small letters where a sentence's opening is all that capitalises them and they are English
    words (the lemma table's) of no name the lexicon writes with capitals. A word of letters and digits ("A1c",
    "H1B") is a name as written, whatever letters its pieces are."""
    name = lexicon.canonical(term) or ""
    if not (words[:1].isupper() and words[1:] == words[1:].lower()) or name != name.lower():
        return words
    lower = words.lower()
    if any(_LETTERS_AND_DIGITS.fullmatch(word) for word in re.findall(r"\w+", lower)):
        return words
    english = all(w in lemma_table() or w in known_lemmas() for w in re.findall(r"[^\W\d_]+", lower))
    return lower if english else words


_A_LEVEL = re.compile(r"[IVX]+|\d+")
"""A level or a number alone, as a name's sibling is listed after it: "II" of "Fire Officer I/II", "63" of "Series 7
and 63"."""


SHOWN_WORDS = 6
"""The most words a keyword is shown in: a skill said through a head it shares with a longer list ("product, design,
infrastructure, marketing, and project management") is shown by its own name instead, as a clause is no label."""


def _shares_a_teams_name(words: str, teams: Collection[str]) -> bool:
    """Whether the ``words`` that say a skill through a head they share with another (:func:`~tailor.analysis.
    shared_said`) hold the name of one of ``teams``, skills the text names as a group the job works with
    (:func:`~tailor.people.colleagues`): "Customer Success and Support" after "work with" names two teams, the second
    no more customer service asked of the job than the first is customer success."""
    return any(re.search(rf"(?<!\w){re.escape(team)}(?!\w)", words, re.IGNORECASE) for team in teams)


def _shown_shared(said: Mapping[str, str], skill: str) -> str:
    """The words that say ``skill`` through a head they share (:func:`~tailor.analysis.shared_said`: "unit and
    integration testing"), or "" where none do, or they run past :data:`SHOWN_WORDS`."""
    words = said.get(skill.lower(), "")
    return words if len(words.split()) <= SHOWN_WORDS else ""


def as_written(skill: str, words: str, proper: Collection[str] = frozenset()) -> str:
    """The ``words`` a posting names ``skill`` with, in small letters where they name a concept (the lexicon
    writes those in small letters: "mentoring") and are capitalised only because they open a sentence or a
    heading ("Mentor junior engineers"); a name keeps its capitals ("Scrum"), and so does a name the lexicon writes
    with its capital for a concept (``proper``, :attr:`tailor.lexicon.Lexicon.proper`: "Cpk" for process capability).
    Words that are only the number or code that ends the name, listed after a sibling's ("Fire Officer I/II",
    "Series 7 and 63"), are the name whole: "II" alone says nothing."""
    if _A_LEVEL.fullmatch(words) and skill.endswith(" " + words):
        return skill
    if words.lower() in proper:
        return words
    return words.lower() if skill == skill.lower() and _capitalised(words) else words


def _opening_case_off(words: str) -> str:
    """A phrase's words in small letters where only their first is capitalised, as a sentence or list item opens
    ("Write grant recommendations": "write grant"); a name's capitals stay ("Great Hill", "OKR planning")."""
    return words.lower() if words[:1].isupper() and words[1:] == words[1:].lower() else words


def _capitalised(words: str) -> bool:
    """Capitalised as a sentence's first word ("Budget management", "Partner") or a title ("Web Developer")
    writes words, not as a name of capitals does ("OKRs", "PyTorch")."""
    if not words[:1].isupper():
        return False
    return words[1:] == words[1:].lower() or all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words.split())


def _first_words(terms: set[str], sections: list[WeightedSection], lexicon: Lexicon | None) -> dict[str, str]:
    """Each of ``terms`` (phrases as analysed: "financial operation") → the words of its first mention in
    ``sections`` ("financial operations"). Of two phrases that share a word ("automate dispense" and "dispense
    cabinet" of "automated dispensing cabinets") a text shows one at a time: each is looked for again until it
    is found, so neither is shown as analysis spells it. A mention in a list item's lead-in, which capitalises
    every word as a heading does ("- Ensure Compliance with Lease Agreements: review …"), gives way to a later
    one that is written as prose ("review lease agreements", "Monitor expenses" as a sentence opens)."""
    found: dict[str, str] = {}
    prose: dict[str, str] = {}
    while (missing := terms - found.keys()) and (
        said := list(_mentions(missing, sections, lexicon or bundled_lexicon(), lead_ins=True))
    ):
        for term, words in said:
            found.setdefault(term, words)
            if words[:1] != _LEAD_IN_MARK:
                prose.setdefault(term, words)
    return {term: prose.get(term, words.lstrip(_LEAD_IN_MARK)) for term, words in found.items()}


_LEAD_IN_WORD = r"(?:[A-Z][\w'’/&-]*|and|or|of|with|in|for|the|to|a|an|on|&)"
_LEAD_IN = re.compile(
    rf"[ \t]*(?:[-*•·][ \t]+)?(?:\*\*)?{_LEAD_IN_WORD}(?:[ \t]+{_LEAD_IN_WORD})*(?::\*\*|\*\*:|:)(?=[ \t]|$)", re.M
)
"""A list item's lead-in: words capitalised as a heading's, then a colon ("- Track Rent Payments and Follow Up on
Delinquencies: …"), in bold as Markdown writes it or not."""
_LEAD_IN_MARK = "\x00"


def _mentions(
    terms: set[str], sections: list[WeightedSection], lexicon: Lexicon, *, words: bool = False, lead_ins: bool = False
) -> Iterator[tuple[str, str]]:
    """Each mention of one of ``terms`` in ``sections``, in the posting's order: the term, and its words there
    (without a dash at either end); with ``lead_ins``, those of a list item's lead-in (:data:`_LEAD_IN`) marked
    by :data:`_LEAD_IN_MARK` before them."""
    for section in sections:
        text = section.section.text
        for start, end, term in locate(text, terms, lexicon, words=words):
            # A dash that a careless title runs into a word ("Software Sales- Upper Mid-Market") is not its word.
            said = " ".join(text[start:end].split()).strip("-–—")
            if lead_ins and (label := _LEAD_IN.match(text, text.rfind("\n", 0, start) + 1)) and label.end() >= end:
                said = _LEAD_IN_MARK + said
            yield term, said


def _name_words(name: str | None) -> frozenset[str]:
    """The words of a name as analysis spells them (lowercase lemmas)."""
    return frozenset(analyse([name])[0].terms) if name else frozenset()


def _is_phrase_candidate(term: str) -> bool:
    """A two-word phrase of specific words that names no place and opens with no verb of work and no "non": single
    words are too vague to report as gaps, "San Francisco" or "York City" is where a job is, not what it asks,
    "prepare levee" of "Prepares levee rehabilitation plans" is a duty's verb and a word of its object, and "non
    regulate" of "non-regulated entities" or "non technical" of "non-technical audiences" names what is not
    asked. A sector ("private sector", "public sector") is where a CV's work was done, which its employers show: no
    words it could lack."""
    words = term.split()
    return (
        len(words) == 2
        and not any(w in generic_terms() or w in _FILLER or not w.isalpha() or _MANNER.search(w) for w in words)
        and words[0] not in _work_verbs()
        and words[0] != "non"
        and term not in _ACROSS_TEAMS
        and words[1] != "sector"
        and term not in _place_phrases()
    )


_MANNER = re.compile(
    r"..(?:ally|ently|antly|ively|ously|fully|lessly|ably|ibly|edly|ingly|ately)$"
    r"|^(?:highly|very|really|truly|extremely|deeply|strongly|fully|widely|newly|heavily|largely|mostly|mainly)$"
)
"""An adverb of manner by its ending ("efficiently", "effectively", "strategically", "successfully"), or of degree
("highly scalable"): how a duty is done or how much, so "data efficiently" of "move data efficiently" is no phrase
a CV could lack."""

_ACROSS_TEAMS = frozenset({"cross functional", "cross functionally"})
"""How a posting of any field says its teams work together ("cross-functional partners", "work cross-functionally"):
no skill a CV could show it lacks. (As a ranking term it stays: a lexicon entry for it moved four sets both ways.)"""


_FILLER = frozenset(
    {
        "applicable",
        "comprise",
        "consist",
        "enjoy",
        "entail",
        "idea",
        "immediate",
        "initial",
        "mindset",
        "multiple",
        "numerous",
        "perspective",
        "potential",
        "regular",
        "similar",
        "standpoint",
        "timely",
        "unencumbered",
        "unrestricted",
        "unwavering",
        "valid",
        "viewpoint",
    }
)
"""Words of how a duty is done, how often, when or whom it answers to, which make no phrase a skill: "in a timely
manner", "conduct applicable investigation", "conducting regular audits", "review potential matches", "AWS or a similar
language", "you'll enjoy greenfield work", "an unwavering commitment", "escalate to the immediate supervisor", "from
initial programming through closeout" (the stage of the work, which the CV need not name to show it); what a term of
the job is made of ("a work schedule consisting of 10-hour days", "shifts comprising nights"), which names no work; how
much of a skill a posting asks for ("a basic idea of lighting", "a good idea in color grading"), which names none; and
that a credential asked for is in force ("a valid Oregon driver's license and a valid Oregon teaching license", "an
unrestricted RN license"), which a CV shows by naming it, never by that word; the point of view a duty is done from
("from a risk perspective", "a compliance standpoint", "a growth mindset"), which names no work; how many of a thing
("across multiple security controls", "numerous vendors"), whose phrase the count cuts before its noun ("multiple
security"); a name that opens with the word is the lexicon's ("multiple myeloma"). Not generic words
(:func:`tailor.lexicon.generic_terms`), which ranking weighs down: there they tell one posting's duties from another's
as other words do (a labelled set fell when they were)."""


@lru_cache(maxsize=1)
def _work_verbs() -> frozenset[str]:
    """The verbs of :func:`tailor.lexicon.action_nouns` that are no nouns too ("document", "lead", "produce" are)."""
    return frozenset(action_nouns().values()) - {"document", "lead", "produce"}


def _beside_places(terms: list[str]) -> Counter[str]:
    """The two-word phrases of ``terms`` (an :class:`~tailor.analysis.Analysis`'s, whose phrases stand in the
    text's order) that share a word with a place's name beside them, once per time they do: "mexico driver"
    of "New Mexico driver's license", "york office" of "our New York office"."""
    phrases = [term.split() for term in terms if term.count(" ") == 1]
    places = _place_phrases()
    out: Counter[str] = Counter()
    for n, (first, second) in enumerate(phrases):
        before = phrases[n - 1] if n else None
        after = phrases[n + 1] if n + 1 < len(phrases) else None
        if (before and before[1] == first and " ".join(before) in places) or (
            after and after[0] == second and " ".join(after) in places
        ):
            out[f"{first} {second}"] += 1
    return out


def _in_the_title(text: str, title: str | None) -> Counter[str]:
    """The phrases of the posting's own title that end in a job's word, once per time ``text`` writes the title out:
    "surveying assistant" of "Land Surveying Assistant positions provide …" is the job on offer, no phrase it
    asks a CV to say. Said apart from the title ("party-chief experience preferred") it still counts."""
    if not title or " " not in title.strip():
        return Counter()
    times = len(re.findall(r"\s+".join(map(re.escape, title.split())), text, re.IGNORECASE))
    return Counter({phrase: times for phrase in _title_jobs(title)}) if times else Counter()


def _someones_titles(text: str) -> Counter[str]:
    """The two-word phrases of the titles of people the job works with or for (:func:`tailor.people.someones_titles`),
    once per time ``text`` names one: "chief financial" and "financial officer" of "report to the Chief Financial
    Officer" are someone else's job, no phrase the posting asks a CV to say."""
    out: Counter[str] = Counter()
    for words in someones_titles(text):
        out.update(_lemmas(f"{first} {second}") for first, second in pairwise(words))
    return out


def _partners_said(text: str) -> Counter[str]:
    """The two-word phrases of the bodies the job works with (:func:`tailor.people.partners`), once per time ``text``
    names one: "public health" of "Coordinates with EMS agencies, law enforcement, hospitals, public health and
    schools" is a partner the job coordinates with, no phrase a CV must say."""
    out: Counter[str] = Counter()
    for words in partners(text):
        out.update(_lemmas(f"{first} {second}") for first, second in pairwise(words))
    return out


_DEGREE_FIELDS = re.compile(
    r"\bdegree(?:,?\s+or\s+(?:its\s+|an?\s+)?(?:foreign\s+)?equivalent,?)?\s+in\s+"
    r"(?P<fields>(?:[^.;:\n()]|\([^()\n]*\)){3,200}?),?\s+(?:and/)?or\s+(?:an?\s+|any\s+|other\s+)?"
    r"(?:(?:closely|directly|highly)\s+)?(?:related|relevant|similar|equivalent|comparable)\b"
    r"(?P<kind>\s+[^\W\d_]+\s+(?:fields?|disciplines?|areas?|majors?|subjects?|sciences?)\b)?",
    re.IGNORECASE,
)
"""A degree's fields offered as a choice: "degree in Computer Information Systems, Management Information Systems, or
a directly related field", "Master's degree, or foreign equivalent, in Computer Science, Information Technology, or
closely related quantitative discipline", "degree in Biology, Biochemistry or a related life science" (whose kind of
field is no phrase a CV must say either). A bracket the fields open and do not close is no field's: "degree in library
and information science (MLIS or equivalent)" offers an equivalent of the degree, no related field."""
_FIELD_WORD = r"(?!(?:from|with|preferred|required|and|or)\b)[^\W\d_][\w&-]*"
_FIELD = rf"{_FIELD_WORD}(?:[ \t]+{_FIELD_WORD}){{0,3}}"
_DEGREE_CHOICE = re.compile(
    r"\bdegree(?:,?\s+or\s+(?:its\s+|an?\s+)?(?:foreign\s+)?equivalent,?)?\s+in\s+"
    rf"(?P<fields>(?:{_FIELD}[ \t]*,[ \t]*)*{_FIELD},?[ \t]+(?:and/)?or[ \t]+(?!(?:an?|any|other)\b){_FIELD})"
    r"(?=[ \t]*(?:[.;:\n(]|$|\b(?:from|with|preferred|required|and)\b))(?P<kind>)",
    re.IGNORECASE,
)
"""A degree's fields offered as a choice with no "related field" after them: "Bachelor's degree in Supply Chain,
Business, Engineering or Statistics", where a degree in any one of them will do. A choice of a degree or experience
("degree in Computer Science or equivalent experience") offers no second field (:func:`_degree_choices`)."""
_NO_FIELD = re.compile(r"\b(?:equivalent|experience|related|relevant|similar|comparable)\b", re.IGNORECASE)
_HOURS_IN_FIELDS = re.compile(
    r"\b\d+\s+(?:semester|quarter|credit)\s+hours?\s+(?:of\s+(?:course\s*work|courses?)\s+)?in\s+"
    r"(?:any\s+combination\s+of\s+)?(?:the\s+following\s+(?:fields|disciplines|areas|subjects)\s*:?\s*)?"
    r"(?P<fields>[^.;:\n()]{3,300}?(?:,?\s+(?:and/)?or\s+)[^.;:\n()]{3,60}?)(?=[.;\n]|$)(?P<kind>)",
    re.IGNORECASE,
)
"""Course hours in any of several fields, as a US public employer's qualification standard offers them in place of a
degree's field ("at least 24 semester hours in any combination of the following fields: accounting, business,
finance, law, …, quantitative methods, or organization and management"): the fields of one's studies, which the CV's
degree says, no skill asked."""


def _degree_choices(text: str) -> list[re.Match[str]]:
    """Where ``text`` offers a degree in any of several fields, in order: with any related one
    (:data:`_DEGREE_FIELDS`), of a closed list (:data:`_DEGREE_CHOICE`), or as course hours in any of them
    (:data:`_HOURS_IN_FIELDS`)."""
    found = list(_DEGREE_FIELDS.finditer(text))
    found += [
        m for m in _HOURS_IN_FIELDS.finditer(text) if all(m.end() <= f.start() or f.end() <= m.start() for f in found)
    ]
    found += [
        m
        for m in _DEGREE_CHOICE.finditer(text)
        if not _NO_FIELD.search(m.group("fields")) and all(m.end() <= f.start() or f.end() <= m.start() for f in found)
    ]
    return sorted(found, key=lambda m: m.start())


def _degree_fields(text: str) -> Counter[str]:
    """The two-word phrases of the fields a degree may be in, where the posting offers a choice of them and any related
    one, or among a closed list of them (:func:`_degree_choices`), once per time ``text`` names one: "information
    system" of "a degree in Computer Science, Information Systems or a related field" is no phrase a CV must say, since
    a degree in any of them will do and the CV's degree is what says which; so too the kind of field of a degree in
    any of its kind (:data:`_DEGREE_OF_A_KIND`). A lexicon's skill among them ("computer science") stays a keyword."""
    if "degree" not in text.lower():
        return Counter()
    out: Counter[str] = Counter()
    for found in _degree_choices(text):
        for field in [*re.split(r",|\bor\b|\band\b|/", found.group("fields")), found.group("kind") or ""]:
            words = re.findall(r"[^\W\d_]+", field)
            out.update(_lemmas(f"{first} {second}") for first, second in pairwise(words))
    for found in _DEGREE_OF_A_KIND.finditer(text):
        words = re.findall(r"[^\W\d_]+", found.group("kind"))
        out.update(_lemmas(f"{first} {second}") for first, second in pairwise(words))
    return out


_DEGREE_OF_A_KIND = re.compile(
    r"\bdegree\b(?:\s*\([^()\n]{1,40}\))?\s+in\s+an?\s+"
    r"(?P<kind>(?:[^\W\d_]+\s+){1,2}(?:fields?|disciplines?|areas?|majors?|subjects?|sciences?))\b",
    re.IGNORECASE,
)
"""A degree in any field of a kind: "Advanced degree (MS or PhD) in a life science", "a degree in a scientific
discipline". The kind is no phrase a CV must say: its degree says which field it is (:func:`_degree_fields`)."""


def _field_skills(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The skills ``text`` names only as fields a degree may be in, where it offers a choice of them and any related
    one, or among a closed list of them (:func:`_degree_choices`): "human resources" and "organizational development"
    of "a degree in HR, Education, OD or a related field", "statistics" of "a degree in Business, Engineering or
    Statistics", unless the text asks for them elsewhere too ("2+ years in human resources")."""
    if "degree" not in text.lower() or not (choices := _degree_choices(text)):
        return frozenset()
    ends, starts = [0, *(m.end() for m in choices)], [*(m.start() for m in choices), len(text)]
    rest = "\n".join(text[end:start] for end, start in zip(ends, starts, strict=True))
    fields, elsewhere = analyse(["\n".join(m.group("fields") for m in choices), rest], lexicon)
    return frozenset(fields.skills) - frozenset(elsewhere.skills)


def _title_jobs(title: str) -> tuple[str, ...]:
    """The two-word phrases of ``title`` as analysis spells them (lowercase lemmas) whose last word names a job: two
    words side by side, lemmatised one by one, which costs no analysis of its own."""
    words = re.findall(r"[^\W\d_]+", title)
    pairs = (_lemmas(f"{first} {second}") for first, second in pairwise(words))
    return tuple(pair for pair in pairs if names_people(pair.rpartition(" ")[2]))


@lru_cache(maxsize=1)
def _place_phrases() -> frozenset[str]:
    """The two-word terms of the places of :func:`tailor.places.places` ("san francisco", "york city",
    "bay area")."""
    from tailor.places import places

    names, _ = places()
    return frozenset(
        term for said in analyse(sorted(n for n in names if " " in n)) for term in said.terms if " " in term
    )


_NOT_ASKED: tuple[Callable[[str, Collection[str], Lexicon], Counter[str]], ...] = (
    _the_employers_kind,
    _premises_named,
    _the_employers_figures,
    _in_its_union,
    _a_kind_of_worker,
    _in_a_bodys_name,
    _what_a_budget_is_for,
    _made_ready_for,
    _a_bills_number,
    _benchmark_tests,
    _a_statement_beside_others,
    _a_forecast_to_meet,
    _where_patients_go,
    _decks_made,
    _arrangements_made,
    _makers_said,
    _issuers_said,
    _the_people_served,
    _the_staff_served,
    _partners_named,
    _staff_by_their_letters,
    _ruled_out,
)
"""The readings of a section's text, beside :func:`tailor.people.colleagues`, that count the mentions of a skill
which ask nothing of the candidate: the employer's kind, its premises or those the work builds, its size in money,
its union, a kind of worker, a body's name, what a budget is for, a bill's number, a school's benchmark tests, a
forecast the work is to meet, where a patient goes next, presentations made, arrangements made, a product's maker, a
credential's issuer, the people and the staff a job serves, the employer's own partners and customers, staff named
by their job's letters, what the job does not do or need. :func:`keywords` subtracts them from the skill's mentions;
a skill said once more is asked."""
