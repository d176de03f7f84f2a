"""Which of a posting's keywords the tailored résumé evidences, and which it cannot.

A posting's keywords (:mod:`tailor.keywords`: the lexicon's skills it names plus its most stressed
specific phrases, each marked required or preferred by the section it came from,
and each shown in the posting's own words, "monitoring and alerting", with the
lexicon's name for it, observability, beside them) each get one of
three honest statuses, judged against every part of the CV: its bullets,
publications and skills, and its job titles, headline, summary, education, certificates,
awards and languages:

* ``selected``: the résumé says it, wherever on the page (a kept bullet, a job
  title, the headline…);
* ``available``: the CV says it, but only in items the résumé left out;
* ``absent``: nothing in the CV says it. tailor will not put it there.

A phrase counts as said where its words stand close together ("pipelines for data" says "data pipelines") or are
joined by a hyphen ("data-quality"), and a thing's "systems" by the thing where its word is rare ("conduit"); a skill,
where a longer skill of its kind names it ("AutoCAD Civil 3D" says AutoCAD: :attr:`tailor.analysis.Analysis.within`).
A keyword the CV does not say, but says something related to (the lexicon's ``related`` terms), keeps its status and
lists that related evidence apart, as such.

The coverage figure is lexical: the share of required keywords that the résumé
evidences. It is not a prediction of what any applicant tracking system does.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from tailor.acronyms import named_by_initials, same_meaning, spelled_out
from tailor.analysis import Analysis, analyse, another_acronym, lemma_of, lemma_table, locate
from tailor.analysis.skills import initials
from tailor.analysis.tokens import verbs as verb_lemmas
from tailor.lexicon import Lexicon, action_nouns, word_log_probabilities
from tailor.people import job_letters, names_people, only_as_people, people_in_the_plural
from tailor.rank.weights import RARE_LOG_PROB

if TYPE_CHECKING:
    from tailor.cv.model import CV
    from tailor.posting.structure import Structure
    from tailor.rank import CVText, PreparedCV, Ranking
    from tailor.select import Selection

from tailor.industries import claims
from tailor.keywords import Keyword, keywords

Status = Literal["selected", "available", "absent"]

ALWAYS_PRINTED = frozenset({"title", "employer", "education", "certificate", "award", "language"})
"""Parts of the CV that every résumé prints, whatever is selected (but a certificate or award that page fitting
left out: :attr:`tailor.select.Selection.credentials_left_out`); of its headlines and summaries, the one chosen
for the posting (the first, unless told)."""


@dataclass(frozen=True)
class Related:
    """Evidence of a related term, shown beside a keyword the CV does not say itself."""

    term: str
    where: tuple[str, ...]


@dataclass(frozen=True)
class Shortfall:
    """How a keyword the CV shows falls short of what the posting asks (:attr:`KeywordCoverage.shortfall`)."""

    mark: str
    """A word or two for a narrow column ("expired", "level", "other one")."""
    status: str
    """The status in a few words ("expired", "below the level asked", "held for another")."""
    why: str
    """What is short, for people ("expired Aug 2023, not met until renewed")."""


@dataclass(frozen=True)
class KeywordCoverage:
    keyword: Keyword
    status: Status
    where: tuple[str, ...]
    """Ids of the CV's texts that say it (:attr:`tailor.rank.CVText.id`): the résumé's ones
    if any, else the CV's."""
    related: tuple[Related, ...] = ()
    """For a keyword the résumé does not evidence: related terms the CV does say, and where."""
    met_by: str = ""
    """For a keyword the résumé does not evidence: the alternative named with it that the résumé
    does (its label), which meets the requirement for both; or a skill the résumé shows that is one
    of the kind the keyword names (Epic for an EHR), which meets it."""

    met_by_alternative: bool = False
    """Whether :attr:`met_by` is an alternative named with the keyword ("RD/RDN or RN"), not one of its kind."""
    met_where: tuple[str, ...] = ()
    """For a keyword met by one of its kind (:attr:`met_by`, not an alternative, which is a keyword of its own): the
    ids of the résumé's texts that show it (the Class A CDL certificate that meets a Class B CDL asked for). For a
    keyword the résumé shows: the certificates and awards it prints that are each one of its kind (an OSHA 30-hour
    card for the OSHA a bullet names too), which show it as well as :attr:`where` does."""
    expired: str = ""
    """For a keyword the résumé shows only by certificates that have expired: when the last of them did ("Aug
    2023"). A posting asks for a credential one holds: it is shown, and not met until renewed."""

    under_way: bool = False
    """Whether :attr:`met_by` is the credential itself, which the CV names only as still to come ("CPA candidate"),
    where the posting's line accepts one in progress ("CPA or CPA candidate", "CPA or actively pursuing")."""

    fluency: str = ""
    """For a language the posting asks fluency in ("Bilingual English/Spanish", "fluent German") that the résumé
    shows only at a lower level: that level, as the CV gives it ("Limited working proficiency"). Shown, not met."""

    held_for: str = ""
    """For a licence or a type rating the posting requires for one state or aircraft, that the CV shows held only for
    others (:meth:`tailor.results.Match.held_elsewhere`): those, as the CV names them ("Ohio", "A-320 and CL-65").
    Shown, not met: a state's licence lets one practise in that state alone, a type rating fly that type alone."""

    @property
    def met(self) -> bool:
        """Whether the résumé meets the requirement: it evidences the keyword (by no expired certificate alone, nor
        by a language at a lower level than asked, nor by a licence of another state), or what meets it
        (:attr:`met_by`)."""
        return (self.status == "selected" and self.shortfall is None) or bool(self.met_by)

    @property
    def shortfall(self) -> Shortfall | None:
        """Why the CV shows the keyword and does not meet it: a certificate that has expired, a language below the
        level asked, a licence or rating held for another state or aircraft; None where it does not show it, meets
        it, or falls short of nothing."""
        if self.met_by:
            return None
        if self.expired:
            return Shortfall("expired", "expired", f"expired {self.expired}, not met until renewed")
        if self.fluency:
            return Shortfall("level", "below the level asked", f"your level: {self.fluency}; the posting asks fluency")
        if self.held_for:
            why = f"held for {self.held_for} only, not the one the posting requires"
            return Shortfall("other one", "held for another", why)
        return None

    @property
    def met_how(self) -> str:
        """How the requirement is met without the keyword, for people: "either will do; you show Registered
        Dietitian (RDN)" for an alternative (no claim that one is the other), "any one will do" where it is one of
        three or more, "met by Salesforce" for one of the kind the keyword names (a CRM); "" when it is not."""
        if not self.met_by:
            return ""
        if self.under_way:
            return "the posting accepts it under way"
        if not self.met_by_alternative:
            return f"met by {self.met_by}"
        return f"{'either' if len(self.keyword.alternatives) < 2 else 'any one'} will do; you show {self.met_by}"

    def met_places(self, named: Mapping[str, str]) -> tuple[str, ...]:
        """Where the résumé shows the one of its kind that meets the keyword (:attr:`met_where`), by the names
        ``named`` gives its texts (:func:`tailor.report.labels`): "met by stream processing (headline)" tells a
        reader where to look for words the CV may not write as the lexicon names them. A place whose name names it
        already is left out: "met by Salesforce", not "met by Salesforce (Salesforce)"; "met by ICS-400", not "…
        (certificate (ICS-400))"."""
        if not self.met_by or self.met_by_alternative:
            return ()
        places = (named.get(at, at) for at in self.met_where)
        return tuple(dict.fromkeys(p for p in places if self.met_by.casefold() not in p.casefold()))

    @property
    def related_beside(self) -> tuple[Related, ...]:
        """The related terms to show beside the keyword: all of :attr:`related` but the one that meets it, which
        :attr:`met_how` names ("either will do; you show Adobe Photoshop", not "…; related: Adobe Photoshop")."""
        again = self.met_by.casefold()
        return tuple(r for r in self.related if not again or r.term.casefold() != again)

    @property
    def asked(self) -> str:
        """The requirement in words: the keyword's label, and its alternatives ("Go (or Rust)")."""
        label = self.keyword.label
        return f"{label} (or {', '.join(self.keyword.alternatives)})" if self.keyword.alternatives else label


def _closeness(found: KeywordCoverage) -> int:
    """How near the résumé comes to evidencing ``found``: shown, met by one of its kind shown, met by an alternative
    (which may itself be met by one of its kind), in the CV only, absent."""
    if found.status == "selected":
        return 0
    if found.met:
        return 2 if found.met_by_alternative else 1
    return 3 if found.status == "available" else 4


@dataclass(frozen=True)
class Coverage:
    keywords: list[KeywordCoverage]
    expired: Mapping[str, str] = field(default_factory=dict)
    """The CV's texts of certificates that have expired, by id, with when ("Sep 2026"): what a reader of the
    evidence is told of them (:func:`tailor.report.labels`)."""

    @property
    def required(self) -> list[KeywordCoverage]:
        """The required keywords, each requirement once: of skills named as alternatives ("AWS, GCP
        or Azure"), the one the résumé comes closest to evidencing (selected, then met by one of its kind,
        then available, then the first named) stands for all of them: "CRM or an ATS" is met by a résumé
        showing Bullhorn, an ATS."""
        best: dict[frozenset[str], KeywordCoverage] = {}
        for k in self.keywords:
            if k.keyword.required:
                options = frozenset((k.keyword.term, *k.keyword.alternatives))
                if options not in best or _closeness(k) < _closeness(best[options]):
                    best[options] = k
        return list(best.values())

    @property
    def said(self) -> int:
        """How many of :attr:`required` the CV says anywhere, on the résumé or not, or meets (by an alternative, or
        by one of its kind): what bounds the fit's label (:func:`tailor.rank.bounded_label`). A credential that has
        expired, a language below the level asked, or a licence of another state, is not said: the CV shows it, and
        it is not met."""
        return sum(k.met or (k.status != "absent" and k.shortfall is None) for k in self.required)

    def held_elsewhere(self, held: Mapping[str, str]) -> Coverage:
        """This coverage with the keywords of ``held`` (by term) shown as held for others only
        (:attr:`KeywordCoverage.held_for`: what they are held for)."""
        if not held:
            return self
        keywords = [replace(k, held_for=held[k.keyword.term]) if k.keyword.term in held else k for k in self.keywords]
        return replace(self, keywords=keywords)

    @property
    def ratio(self) -> float | None:
        """Required keywords the résumé evidences or meets (:attr:`KeywordCoverage.met_by`) / required keywords;
        None when the posting has none."""
        required = self.required
        if not required:
            return None
        return round(sum(k.met for k in required) / len(required), 4)


def sole_evidence(covered: Coverage, ranking: Ranking) -> frozenset[str]:
    """The bullets and publications each of which is the best the résumé has of a required keyword that only
    such items say (no job title, summary, education or skill the posting names beside them), by id: what page
    fitting should leave out last, lest a line of space cost the résumé a keyword the posting requires. A skill the
    posting does not name (:attr:`tailor.rank.ScoredItem.asked`: its "plan labor" names no skill "Labor planning")
    may be left out to fit, so it leaves the keyword to the bullets beside it."""
    score = {item.id: item.score for item in (*ranking.bullets, *ranking.publications)}
    unasked = {skill.text for skill in ranking.skills if not skill.asked}
    keep = set()
    for found in covered.required:
        items = [w for w in found.where if w not in unasked]
        if found.status != "selected" or not items or not all(w in score for w in items):
            continue
        keep.add(max(items, key=lambda w: score[w]))
    return frozenset(keep)


_CREDENTIAL = ("certificate:", "award:")


def credentials_evidencing(covered: Coverage) -> frozenset[str]:
    """The certificates and awards the résumé shows as evidence of any keyword of the posting (a nurse's "Basic
    Life Support (BLS)" for a posting asking for BLS), or as related evidence of one it does not meet (an HR
    partner's SHRM-CP for a posting that prefers the SHRM-SCP), by id (``certificate:<n>``, ``award:<n>``): what
    page fitting leaves out last, where one that evidences nothing goes before any bullet."""
    shown = [w for k in covered.keywords for w in _showing(k)]
    related = [w for k in covered.keywords if not k.met for r in k.related for w in r.where]
    return frozenset(w for w in (*shown, *related) if w.startswith(_CREDENTIAL))


def _showing(found: KeywordCoverage) -> tuple[str, ...]:
    """The ids of the résumé's texts that show a keyword, or what meets it as one of its kind (:attr:`met_where`)."""
    return (*found.where, *found.met_where) if found.status == "selected" else found.met_where


def education_evidencing(covered: Coverage, cv: CV | None = None, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The degrees whose text (the degree and its detail lines) the résumé shows as evidence of a keyword of the
    posting, by id (``education:<n>``): page fitting keeps their details, which may be what says it. Given the
    ``cv``, a degree whose own line says every keyword it shows ("Doctor of Physical Therapy" for "DPT required") is
    left out: its details (honours, clubs) say none of them, and its line prints whatever page fitting leaves out."""
    shows: dict[str, set[str]] = defaultdict(set)
    for k in covered.keywords:
        if k.status == "selected":
            for w in k.where:
                if w.startswith("education:"):
                    shows[w].add(k.keyword.match)
    if cv is None or not shows:
        return frozenset(shows)
    ids = list(shows)
    lines = analyse([cv.education[int(w.partition(":")[2]) - 1].degree for w in ids], lexicon)
    return frozenset(w for w, line in zip(ids, lines, strict=True) if not shows[w] <= set(line.terms))


def credentials_required(covered: Coverage, titled: Collection[str] = ()) -> frozenset[str]:
    """The certificates and awards of :func:`credentials_evidencing` that show a keyword the posting requires (a
    state licence under "Required"), or one its title names (``titled``, :func:`titled_keywords`: "Physical Therapist
    (OCS Preferred)" says what the employer looks for first), by id: of the credentials page fitting leaves out last,
    these go after those that show only what it prefers, whatever their dates. A certificate that has expired
    (:attr:`Coverage.expired`) meets no requirement (:attr:`KeywordCoverage.met`) and is none of these: it goes with
    those that show only what the posting prefers, before a valid one. Nor is one that shows only a word of the field
    the headline, the summary or a degree shows too ("fundraising" in "Principles and Techniques of Fundraising",
    under "Fundraising Leader"): page fitting never leaves those out, so the keyword stays shown without it; a
    keyword that names a credential of its own ("CFRE", "RN license") keeps its certificate last all the same."""
    return frozenset(
        w
        for k in covered.keywords
        if (k.keyword.required or k.keyword.term in titled) and not _shown_where_it_stays(k)
        for w in _showing(k)
        if w.startswith(_CREDENTIAL) and w not in covered.expired
    )


def credentials_preferred(covered: Coverage) -> frozenset[str]:
    """The certificates and awards of :func:`credentials_evidencing` that show a keyword the posting prefers (one it
    lists under "Preferred"), by id: page fitting leaves them out after every bullet, just before those that show a
    required one (:func:`credentials_required`), as a reader screens for what the posting names before reading the
    work. Not one that has expired, nor one whose keyword the headline, the summary or a degree shows too
    (:func:`_shown_where_it_stays`): the page keeps the keyword without it."""
    return frozenset(
        w
        for k in covered.keywords
        if not k.keyword.required and not _shown_where_it_stays(k)
        for w in _showing(k)
        if w.startswith(_CREDENTIAL) and w not in covered.expired
    )


def credentials_of_the_job(covered: Coverage, cv: CV, ranking: Ranking) -> frozenset[str]:
    """The certificates that certify someone in the job the posting's title names (:func:`tailor.rank.posting.
    the_jobs_name`), by id: one whose name (before what a bracket, a dash or a comma adds) ends in the job's name
    ("Certified Pharmacy Technician (CPhT)" for a "Pharmacy Technician"), or in its last word after words that only
    certify ("Certified Paralegal (CP)", "Advanced Certified Paralegal (ACP) – E-Discovery" for a "Trial
    Paralegal"; not a "Paralegal Studies Certificate", nor a "Certified Nurse Educator" for a "Registered Nurse"). A
    posting rarely lists its trade's own credential among what it asks, yet it is the line a reader of that trade
    looks for: page fitting leaves it out last, with those that show a required keyword
    (:func:`credentials_required`), rather than first, as showing none. One that has expired is none of these."""
    from tailor.rank.posting import the_jobs_name

    name = the_jobs_name(ranking.posting) if ranking.posting is not None else None
    if not name:
        return frozenset()
    job = _WORDS.findall(name)  # "front-end engineer" as a credential's words read it
    found = set()
    for text_id, kind, credential in cv.credentials():
        words = _WORDS.findall(_ASIDE.split(credential.name.lower(), maxsplit=1)[0])
        if kind != "certificate" or text_id in covered.expired or words[-1:] != job[-1:]:
            continue
        if words[-len(job) :] == job or set(words[:-1]) <= _CERTIFYING:
            found.add(text_id)
    return frozenset(found)


AFTER_THE_JOB = re.compile(r"\s+[-–—|]\s+|\s*\(|,\s+")
"""Where a job's title goes on from the job to what it is in: "Clinical Pharmacist - Oncology", "Registered Nurse
(ICU)", "Scientist II, Next Generation Sequencing"."""


def credentials_of_the_specialty(covered: Coverage, cv: CV, ranking: Ranking) -> frozenset[str]:
    """The certificates that certify someone in the specialty the posting's title names after the job, by id: one
    whose name (before its bracket, dash or comma) says a word of that specialty, its spelling aside, that is none of
    the job's own words nor a word any credential's name may hold ("Orthopaedic Clinical Specialist (OCS)" for a
    "Physical Therapist, Outpatient Orthopedic"; "Critical Care Registered Nurse" for a "Registered Nurse - Critical
    Care"). Like a credential of the job (:func:`credentials_of_the_job`), the posting rarely lists it among what it
    asks, yet it is the line its reader looks for: page fitting leaves it out last, not first, as showing nothing. One
    that has expired is none of these."""
    title = ranking.posting.structure.title if ranking.posting is not None else None
    pieces = AFTER_THE_JOB.split(title.lower(), maxsplit=1) if title else []
    if len(pieces) < 2:
        return frozenset()
    table = lemma_table()
    job = {lemma_of(word, table) for word in _WORDS.findall(pieces[0])}
    specialty = {lemma_of(word, table) for word in _WORDS.findall(pieces[1])} - job - _OF_ANY_CREDENTIAL
    found = set()
    for text_id, kind, credential in cv.credentials():
        if kind != "certificate" or text_id in covered.expired:
            continue
        words = _WORDS.findall(_ASIDE.split(credential.name.lower(), maxsplit=1)[0])
        if specialty & {lemma_of(word, table) for word in words}:
            found.add(text_id)
    return frozenset(found)


def awards_for_the_jobs_work(cv: CV, ranking: Ranking) -> frozenset[str]:
    """The awards that honour the work of the job the posting's title names (:func:`tailor.rank.posting.
    the_jobs_name`), by id: one whose name says the job's name ("Investigative Reporter of the Year"), or its words
    with the work the job does in place of its last ("Best Investigative Reporting" for an "Investigative Reporter":
    :func:`tailor.rank.posting.the_jobs_doing`), or the job's word alone where the words before it only certify
    ("Nurse of the Year" for a "Registered Nurse"). A posting rarely names its trade's prizes, yet a reader of the
    trade looks for them: page fitting keeps one as it keeps a credential that shows what the posting prefers, past
    the weaker half of the bullets, rather than first, as showing nothing."""
    from tailor.rank.posting import the_jobs_doing, the_jobs_name

    posting, lexicon = ranking.posting, ranking.cv.lexicon if ranking.cv is not None else None
    name = the_jobs_name(posting) if posting is not None else None
    if posting is None or not name:
        return frozenset()
    table = lemma_table()
    job = [lemma_of(word, table) for word in _WORDS.findall(name)]
    before = [] if set(_WORDS.findall(name)[:-1]) <= _CERTIFYING else job[:-1]
    ends = {job[-1], *(the_jobs_doing(posting, lexicon) if lexicon is not None else ())}
    found = set()
    for text_id, kind, credential in cv.credentials():
        words = [lemma_of(word, table) for word in _WORDS.findall(credential.name.lower())]
        if kind == "award" and any(
            words[n] in ends and words[n - len(before) : n] == before for n in range(len(before), len(words))
        ):
            found.add(text_id)
    return frozenset(found)


_WORDS = re.compile(r"[a-z0-9]+")
_ASIDE = re.compile(r"\(|,|\s[-–—|]\s")
"""What sets a credential's name apart from what it adds: a bracket, a comma, a spaced dash."""
_CERTIFYING = frozenset({"certified", "registered", "licensed", "advanced", "professional", "national", "nationally"})
"""Words that only say a credential certifies someone in a job ("Advanced Certified Paralegal", "Registered
Paralegal"), not which job or what in it."""

_OF_ANY_CREDENTIAL = _CERTIFYING | frozenset(
    {"clinical", "specialist", "specialty", "certificate", "certification", "board", "level", "i", "ii", "iii"}
)
"""Words a credential's name may hold whatever it certifies: no specialty of its own."""


_STAYS = ("headline", "summary", "education:")
"""The résumé's texts page fitting never leaves out that speak of their owner's field: the headline, the summary, a
degree (a job's title says it too, but a nurse's "Registered Nurse" is no licence shown)."""
_NAMES_A_CREDENTIAL = re.compile(
    r"\b(?:licen[cs]e[ds]?|licensure|certifi\w*|certificate|registered|chartered|credentials?)\b", re.IGNORECASE
)


def _shown_where_it_stays(found: KeywordCoverage) -> bool:
    """Whether the résumé shows ``found``, a keyword that is no credential of its own (not letters in capitals such
    as "CFRE", no "license" or "certified" in its words), in a text that page fitting never leaves out
    (:data:`_STAYS`)."""
    said = (found.keyword.said, found.keyword.term)
    if any(word.isupper() for name in said for word in name.split()) or any(
        _NAMES_A_CREDENTIAL.search(n) for n in said
    ):
        return False
    return found.status == "selected" and any(w.startswith(_STAYS) for w in found.where)


def titled_keywords(covered: Coverage, ranking: Ranking) -> frozenset[str]:
    """The terms of the posting's keywords that its job title names as the posting writes it, with what it asks in
    brackets after it ("OCS" of "Outpatient Physical Therapist (OCS Preferred)", a title read without it), as the
    analysis reads the title."""
    posting = ranking.posting
    title = _title_as_written(posting.structure) if posting is not None else None
    if not title:
        return frozenset()
    by_match = {k.keyword.match: k.keyword.term for k in covered.keywords}
    lexicon = ranking.cv.lexicon if ranking.cv is not None else None
    return frozenset(by_match[term] for _, _, term in locate(title, set(by_match), lexicon) if term in by_match)


def _title_as_written(structure: Structure) -> str | None:
    """The posting's title as the line it was read from writes it: a heading or a section's first line that opens
    with it ("Outpatient Physical Therapist (OCS Preferred)"), else the title."""
    title = structure.title
    if not title:
        return None
    for section in structure.sections:
        for line in (section.heading, next(iter(section.text.splitlines()), "")):
            if line.strip().startswith(title):
                return line.strip()
    return title


def says(
    text: CVText,
    term: str,
    ambiguous: Collection[str] = (),
    spoken: Collection[str] = (),
    capitals: frozenset[str] = frozenset(),
    people: Mapping[str, str] | None = None,
    lexicon: Lexicon | None = None,
) -> bool:
    """Whether ``text`` says ``term``: as one of its terms or a skill named inside a longer one ("AutoCAD" in
    "AutoCAD Civil 3D"), or, for a two-word phrase, its two words standing close together in either order.
    A name of two meanings (``ambiguous``) is said where its context made it the skill, or, but for a spoken
    language (``spoken``), where it is capitalised as a name is ("cron jobs moved to Airflow"; not "excel
    at"); a spoken language's name is capitalised whatever it means ("a Spanish tapas menu" says no
    language). What the text names only as other people says nothing of its owner's
    (:func:`tailor.people.only_as_people`): a job's letters (``people``: :func:`tailor.people.job_letters`) written
    only in the plural ("Supervised six RNs" says no RN licence of one's own), a colleague's job ("with the
    engineering manager"), and, with ``lexicon``, a skill said only as people hired or led ("hired data
    engineers")."""
    if term in only_as_people(text.text, text.analysis, lexicon, people):
        return False
    if term in ambiguous and term in text.analysis.terms:
        return _ambiguous_said(text, term, spoken, capitals)
    if term in text.analysis.terms or term in text.analysis.within or _verb_of(term) in text.analysis.terms:
        return True
    if _its_things(term) in text.analysis.terms:
        return True
    if text.kind in _NAMING_ONESELF and any(doer in text.analysis.terms for doer in _doers(term)):
        return True
    others = people_in_the_plural(text.text)
    near = frozenset(pair for pair in text.analysis.near if others.isdisjoint(pair))
    compounds = {pair for pair in text.analysis.compounds if others.isdisjoint(pair)}
    if _names_staff(term):  # "school staff" is said in its own words: a "School Counselor" is no such term
        close = any(pair in text.analysis.near for pair in _close_pairs(term))
    else:
        close = any(
            _stands_close(pair, text.analysis, text.analysis.near if _STAFF in pair else near, text.kind)
            for pair in _close_pairs(term)
        )
    return (close or _ordered_pair(term) in compounds) and all(w in text.analysis.terms for w in _hyphened(term))


def _its_things(term: str) -> str | None:
    """The thing a phrase "X system" names, where X is a word rare in English (:data:`tailor.rank.weights.
    RARE_LOG_PROB`): "conduit" of "conduit system", "sprinkler" of "sprinkler system", which say the same. An everyday
    word's systems are a whole of their own ("critical system", "information system", "alarm system")."""
    thing, _, head = term.partition(" ")
    if head != "system" or not thing.isalpha():
        return None
    return thing if word_log_probabilities().get(thing, RARE_LOG_PROB) <= RARE_LOG_PROB else None


_DOERS = {
    "management": "manager",
    "coordination": "coordinator",
    "administration": "administrator",
    "design": "designer",
    "editing": "editor",
    "writing": "writer",
    "science": "scientist",
    "analysis": "analyst",
    "development": "developer",
    "communication": "communicator",
    "supervision": "supervisor",
    "investigation": "investigator",
    "inspection": "inspector",
}
"""A word of work or of a field → the word a title of the one who does it ends in: "Senior Project Manager" does
project management, "Systems Administrator" systems administration, "Motion Designer" motion design, "Technical
Writer" technical writing, "Technical Communicator" technical communication, "Data Scientist" data science,
"Financial Analyst" financial analysis, "Mobile Developer" mobile development, "Criminal Investigator" criminal
investigations, "Quality Inspector" quality inspection ("Software Engineer" says software
engineering already: the lemma of "engineering" is "engineer"). A work in "-ing" the list does not name ends its
doer's title as one word of work does (:data:`_FIELD_DOERS`): a "Medical Interpreter" does medical interpreting, a
"Medical Coder" medical coding."""
_NAMING_ONESELF = frozenset({"title", "headline", "certificate"})
"""The texts that name their owner's own job: a summary or a bullet may name a colleague's ("worked with the
project manager"); a credential names its holder ("Certified Workplace Investigator")."""


_FIELD_DOERS = (
    ("ics", "ician"),
    ("ics", "icist"),
    ("ology", "ologist"),
    ("istry", "ist"),
    ("ism", "ist"),
    ("y", "ist"),
    ("ing", "er"),
    ("ing", "or"),
)
"""A field's ending → the ending of the word for the one who practises it: a "Bioinformatician" or
"Statistician" practises bioinformatics or statistics, a "Physicist" physics, an "Epidemiologist" epidemiology,
a "Chemist" chemistry, a "Data Journalist" data journalism, a "Physical Therapist" physical therapy; and one word of
work, the one who does it: a "Firefighter" does firefighting, a "Welder" welding, an "Auditor" auditing. A word made
so that names no job ("safetist") is in no title, and says nothing."""


@lru_cache(maxsize=4096)  # asked for every keyword of every posting, and of each CV text: the same few hundred terms
def _doers(term: str) -> tuple[str, ...]:
    """The titles that say a ``term`` of work, as lemmas: of two words, its last word's doer ("project
    management": "project manager"); of one word, a field, the one who practises it ("bioinformatics":
    "bioinformatician")."""
    first, _, work = term.partition(" ")
    if not work:
        return _field_doers(term)
    if " " in work:
        return ()
    doer = _DOERS.get(work) or _DOERS.get(_lemma(work))  # the name as written may be plural: "investigations"
    if not doer:
        return tuple(f"{first} {end}" for end in _field_doers(work) if len(end) > 4)
    if doer in _OVER_PEOPLE and _staff_or(_lemma(first)) == _STAFF:
        return (f"{first} {doer}", doer)  # "Warehouse Shift Supervisor" supervises staff
    return (f"{first} {doer}",)


def _field_doers(work: str) -> tuple[str, ...]:
    """The words for the one who practises a field or does a work of one word (:data:`_FIELD_DOERS`), and the job's
    names made of a verb a work's lemma is ("reporting", read as "report": reporter, as
    :func:`tailor.rank.posting.what_the_worker_does` reads a reporter back)."""
    from tailor.rank.posting import what_the_worker_does

    ends = [
        work.removesuffix(field) + doer
        for field, doer in _FIELD_DOERS
        if work.endswith(field) and len(work) > len(field) + 2
    ]
    workers = (f"{work}er", f"{work}r", f"{work}or", f"{work}{work[-1:]}er")
    return tuple(dict.fromkeys([*ends, *(w for w in workers if work in what_the_worker_does(w))]))


_OVER_PEOPLE = frozenset({"supervisor"})
"""The doers whose title alone says work on people, whatever else it names: a "Shift Supervisor" or "Nursing
Supervisor" supervises staff, where a "Product Manager" may manage no one."""


def _verb_of(term: str) -> str | None:
    """The verb a résumé names the work of ``term`` with, if it is one word of work ("negotiation": negotiate)."""
    return action_nouns().get(term)


@lru_cache(maxsize=4096)
def _close_pairs(term: str) -> tuple[tuple[str, str], ...]:
    """The pairs of lemmas (:func:`_close_pair`) that say a two-word ``term``: its own, and those with the verb of
    a word of work in it (:func:`tailor.lexicon.action_nouns`): "managed a budget" says budget management."""
    pair = _close_pair(term)
    if pair is None:
        return ()
    verbs = action_nouns()
    first, second = pair
    pairs = [(a, b) for a in _said_by(first) for b in _said_by(second)]
    if (ordered := _ordered_pair(term)) is not None and _work(term):
        # How the work is done, said by its verb and the adverb of the word that says it: "Interpret consecutively"
        # says consecutive interpreting, "monitored patients remotely" remote monitoring.
        pairs += [(manner, verbs.get(ordered[1], ordered[1])) for manner in _adverbs(ordered[0])]
    return tuple(dict.fromkeys((a, b) if a < b else (b, a) for a, b in pairs))


def _said_by(lemma: str) -> tuple[str, ...]:
    """A word of a two-word term, and the verbs a résumé says its work with: a noun of work's
    (:func:`tailor.lexicon.action_nouns`: "managed a budget" says budget management), and a worker's name's, as the
    posting's ranking reads it (:func:`tailor.rank.posting.what_the_worker_does`): "Trained 60 nurses on the EHR"
    says EHR trainer, "instructed students in clinical rotations" clinical instructor."""
    from tailor.rank.posting import what_the_worker_does

    return tuple(dict.fromkeys((lemma, action_nouns().get(lemma, lemma), *what_the_worker_does(lemma))))


def _adverbs(adjective: str) -> tuple[str, ...]:
    """The adverbs English makes of ``adjective`` by its rules ("consecutive": consecutively, "remote": remotely,
    "simple": simply, "basic": basically, "public": publicly). A word that is no adjective makes a word no text
    says ("budgetly"), which says nothing."""
    if adjective.endswith("ic"):
        return (f"{adjective}ally", f"{adjective}ly")
    if adjective.endswith("le") and len(adjective) > 3:
        return (f"{adjective[:-1]}y",)
    if adjective.endswith("y") and len(adjective) > 3:
        return (f"{adjective[:-1]}ily",)
    return (f"{adjective}ly",) if adjective.isalpha() and len(adjective) > 3 else ()


def _close_pair(term: str) -> tuple[str, str] | None:
    """A two-word term as the pair of lemmas :attr:`tailor.analysis.Analysis.near` holds when the two words
    stand close: the skill "video editing" is said by "edited photos and short videos". A word of two parts
    joined by a hyphen stands there by its last, as analysis splits it ("co-occurring" by "occur"); one of
    more parts, by none. A word for the people one works over is :data:`_STAFF`, which any word for people in a
    text says ("people management" by "managed 12 engineers"); so is a team that work is done on ("team
    leadership" by "led 11 analysts")."""
    pair = _ordered_pair(term)
    if pair is None:
        return None
    first, second = pair
    return (first, second) if first < second else (second, first)


def _ordered_pair(term: str) -> tuple[str, str] | None:
    """A two-word term as its pair of lemmas in its own order, as :attr:`tailor.analysis.Analysis.compounds` holds
    them (:func:`_close_pair`)."""
    words = term.split()
    if len(words) != 2 or any(word.count("-") > 1 for word in words):
        return None
    first, second = (_staff_or(_lemma(word.rpartition("-")[2])) for word in words)
    if first == "team" and second in action_nouns():
        # A team led or managed is people led or managed: "Led a SOC of 11 analysts" says team leadership.
        first = _STAFF
    return first, second


@lru_cache(maxsize=1024)
def _names_staff(term: str) -> bool:
    """Whether a two-word ``term`` names a group of people by where or what they are ("school staff", "support
    staff", "medical staff"), not work on people ("staff supervision", "managing staff", "people management"):
    its last word is a word for people (:data:`_STAFF_WORDS`), its first no word of work
    (:func:`tailor.lexicon.action_nouns`, :data:`_WORK_ON_PEOPLE`). Only its own words say such a term: anyone's
    job names a member of some staff, so "School Counselor" or "Kitchen Manager" would otherwise say every group
    of staff."""
    pair = _ordered_pair(term)
    if pair is None or pair[1] != _STAFF:
        return False
    verbs = action_nouns()
    return pair[0] not in verbs and pair[0] not in verbs.values() and pair[0] not in _WORK_ON_PEOPLE


_WORK_ON_PEOPLE = frozenset({"train", "hire", "mentor", "coach", "onboard", "schedule", "motivate"})
"""Verbs of work done on people whose nouns analysis reads as the verb ("training staff" is "train staff"), so
:func:`tailor.lexicon.action_nouns` has no entry for them."""


def _staff_or(lemma: str) -> str:
    """:data:`_STAFF` for a word of a term that says the people one works over ("people management"), else
    ``lemma``."""
    return _STAFF if lemma in _STAFF_WORDS else lemma


def _hyphened(term: str) -> tuple[str, ...]:
    """The words of ``term`` joined by a hyphen, as the terms analysis makes of them ("co occur", "nonprofit"): a
    text must say each whole for their last parts to say the term ("disorders occurring" says no
    "co-occurring disorders"; "co-occurring substance use disorders" does)."""
    return tuple(_whole(word) for word in term.split() if "-" in word)


@lru_cache(maxsize=1024)
def _whole(word: str) -> str:
    """The term analysis makes of a hyphened ``word`` as a whole: "co occur", "nonprofit", "k-mean"."""
    return analyse([word])[0].terms[-1]


def _lemma(word: str) -> str:
    return lemma_of(word, lemma_table())


def _ambiguous_said(text: CVText, term: str, spoken: Collection[str], capitals: frozenset[str]) -> bool:
    """Whether ``text`` says the ambiguous ``term``: a capitalised mention that is no acronym of something else
    ("ADA" for Ada; :func:`tailor.analysis.another_acronym`, with the lexicon's ``capitals``)."""
    if term in {skill.lower() for skill in text.analysis.skills}:
        return True
    if term in spoken:
        return False
    # An acronym's plural adds a small "s" to its capitals ("SCARs", "PLCs"); "Scars" is the everyday word's.
    return any(
        found["name"][0].isupper()
        and (not found["plural"] or (len(found["name"]) > 1 and found["name"].isupper()))
        and not another_acronym(found["name"], _line_at(text.text, found.start()), capitals)
        for found in re.finditer(rf"(?<!\w)(?P<name>{re.escape(term)})(?P<plural>s?)(?!\w)", text.text, re.I)
    )


def _line_at(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def saying(prepared: PreparedCV, term: str) -> list[str]:
    """The ids of the CV's texts that say ``term`` (:func:`says`, names of two meanings as the lexicon has
    them), in CV order."""
    terms, near, compounds, hired = _index(prepared)
    found = set(terms.get(term, ()))
    if (verb := _verb_of(term)) is not None:
        found.update(terms.get(verb, ()))
    if (thing := _its_things(term)) is not None:
        found.update(terms.get(thing, ()))
    for doer in _doers(term):
        found.update(n for n in terms.get(doer, ()) if prepared.texts[n].kind in _NAMING_ONESELF)
    close = [near[pair] for pair in _close_pairs(term) if pair in near]
    if _names_staff(term):
        close = [
            tuple(n for n in texts if pair in prepared.texts[n].analysis.near)
            for pair, texts in zip([p for p in _close_pairs(term) if p in near], close, strict=True)
        ]
    if (ordered := _ordered_pair(term)) in compounds:
        close.append(compounds[ordered])
    for texts in close:
        found.update(set(texts).intersection(*(terms.get(whole, ()) for whole in _hyphened(term))))
    found.difference_update(hired.get(term, ()))
    return [prepared.texts[n].id for n in sorted(found)]


def _by_another_name(prepared: PreparedCV, keyword: Keyword) -> list[str]:
    """The CV's texts that say a skill keyword by the words of another of its two-word names, close together
    as :func:`saying` reads a phrase: "Planned corporate meetings" says meeting planning, and so event planning,
    whose name it is too. A name's own words, as the lexicon writes it, are analysed into the canonical
    name, so only the words standing apart are new evidence. A name of one word of work says it by its verb
    (:func:`tailor.lexicon.action_nouns`) written as a verb (:func:`_doing`): "Presented findings at 14 public
    meetings" says presentations, and so public speaking; "net present value" does not."""
    surfaces = prepared.lexicon.surfaces(keyword.term)
    names = sorted(n for n in surfaces if n != keyword.match and n.count(" ") == 1 and _work(n))
    nouns = sorted({_lemma(n) for n in surfaces if " " not in n} & action_nouns().keys() - {keyword.match})
    # named only as people ("with the Scrum Master")
    people = {prepared.texts[n].id for n in _index(prepared)[3].get(keyword.match, ())}
    texts = {text.id: text for text in prepared.texts}
    found = [
        i
        for name in names
        for i in _meant(prepared, keyword, saying(prepared, name))
        if not _inside_another(prepared, texts[i], name, keyword.term)
    ]
    for noun in nouns:
        doing = _doing(action_nouns()[noun])
        said = saying(prepared, noun)
        found += [i for i in said if noun in texts[i].analysis.terms or doing.search(texts[i].text)]
    return [i for i in dict.fromkeys(found) if i not in people]


def _inside_another(prepared: PreparedCV, text: CVText, name: str, skill: str) -> bool:
    """Whether ``text`` says the words of ``name`` (another name of ``skill``) only as part of the name of another
    skill it names, word for word as their lemmas: "Ran metabolic flux analysis" is a biologist's, and says no
    accountant's flux analysis; "Atomic Red Team", a defender's library of tests, says no red teaming. A skill of
    the kind (:attr:`tailor.lexicon.Lexicon.instances`: "AWS Certified Security – Specialty" is an AWS certification)
    or one the lexicon relates to it still says it."""
    lexicon = prepared.lexicon
    kind = skill.lower()
    near = {*lexicon.instances.get(kind, ()), *lexicon.related.get(kind, ())}
    others = {  # canonical names, as surfaces are kept
        s
        for s in text.analysis.skills
        if s.lower() != kind and s.lower() not in near and kind not in lexicon.related.get(s.lower(), ())
    }
    words = _lemmas_of(name)
    return any(
        len(whole) > len(words) and any(whole[i : i + len(words)] == words for i in range(len(whole) - len(words) + 1))
        for other in others
        for whole in map(_lemmas_of, prepared.lexicon.surfaces(other))
    )


def _lemmas_of(name: str) -> tuple[str, ...]:
    """The lemmas of a name's words, as a text that says it is read ("red teaming" → red, team)."""
    return tuple(_lemma(word) for word in name.split())


@lru_cache(maxsize=64)
def _doing(verb: str) -> re.Pattern[str]:
    """A ``verb`` (a lemma) written as one does it: in the past, as a gerund or in the third person ("presented",
    "presenting", "presents"), not followed by "with". Its plain form is as often an adjective or a noun ("net present
    value", "present at 40 births", a date's "to Present"), and "presenting with chest pain" is a patient's, as
    "presented with the Daisy Award" a prize's: no work of one's own."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return re.compile(rf"\b{re.escape(stem)}(?:ed|ing|es|s)\b(?!\s+with\b)", re.IGNORECASE)


def _work(name: str) -> bool:
    """Whether a two-word name ends in a word of work that a CV says with its verb: a gerund ("meeting planning")
    or a noun of :func:`tailor.lexicon.action_nouns` ("budget management"); not a person or a thing ("product
    owner", "scrum master")."""
    head = name.rpartition(" ")[2]
    return head in action_nouns() or (_lemma(head) != head and _lemma(head) in verb_lemmas())


def _spoken(lexicon: Lexicon) -> frozenset[str]:
    """The spoken languages' names and aliases, lower case: :attr:`tailor.lexicon.Lexicon.spoken` holds their
    canonical names, the names the lexicon maps to them are theirs too ("castilian" is Spanish)."""
    names = {name.lower() for name in lexicon.spoken}
    return frozenset(name for name, canonical in lexicon.names.items() if canonical.lower() in names) | names


_Pairs = dict[tuple[str, str], tuple[int, ...]]
_Texts = dict[str, tuple[int, ...]]


@lru_cache(maxsize=4)
def _index(prepared: PreparedCV) -> tuple[_Texts, _Pairs, _Pairs, _Texts]:
    """Which texts (by position) say each term, each pair of close words and each compound, and which name each
    term only as people (:func:`tailor.people.only_as_people`): :func:`says` for every text at once, a dictionary
    look-up for each of a posting's keywords."""
    terms: dict[str, list[int]] = defaultdict(list)
    people_only: dict[str, list[int]] = defaultdict(list)
    near: dict[tuple[str, str], list[int]] = defaultdict(list)
    compounds: dict[tuple[str, str], list[int]] = defaultdict(list)
    ambiguous, spoken, capitals = prepared.lexicon.ambiguous, _spoken(prepared.lexicon), prepared.lexicon.capitals
    who = job_letters(prepared.lexicon)
    for n, text in enumerate(prepared.texts):
        # "Supervised six RNs", "Hired software engineers", "with the engineering manager": others' jobs.
        others_only = only_as_people(text.text, text.analysis, prepared.lexicon, who)
        for term in others_only:
            people_only[term].append(n)
        for term in dict.fromkeys([*text.analysis.terms, *sorted(text.analysis.within)]):
            if term in others_only:
                continue
            if term not in ambiguous or _ambiguous_said(text, term, spoken, capitals):
                terms[term].append(n)
        others = people_in_the_plural(text.text)  # "hired data scientists and engineers": no data engineering
        modifiers = _modifiers(text.analysis, text.kind)
        for pair in dict.fromkeys(pair for close in text.analysis.near for pair in _with_staff(close, modifiers)):
            if _STAFF in pair or others.isdisjoint(pair):
                near[pair].append(n)
        for pair in text.analysis.compounds:
            if others.isdisjoint(pair):
                compounds[pair].append(n)
    return (
        {k: tuple(v) for k, v in terms.items()},
        {k: tuple(v) for k, v in near.items()},
        {k: tuple(v) for k, v in compounds.items()},
        {k: tuple(v) for k, v in people_only.items()},
    )


_STAFF = "staff"
"""The word a term of work on people says them by ("staff supervision"): "people", "personnel" and "employees"
in a term say it too (:data:`_STAFF_WORDS`), and any word for people in a text does (:func:`_with_staff`)."""
_STAFF_WORDS = frozenset({"staff", "people", "personnel", "employee", "workforce"})


def _stands_close(
    pair: tuple[str, str], analysis: Analysis, near: frozenset[tuple[str, str]] | None = None, kind: str = ""
) -> bool:
    """Whether a text's close pairs (``near``, by default all of ``analysis``'s) hold ``pair``, :data:`_STAFF`
    said by any word for people (:func:`_with_staff`); ``kind`` is the text's (:func:`_modifiers`)."""
    near = analysis.near if near is None else near
    if pair in near:
        return True
    if _STAFF not in pair:
        return False
    other = pair[1] if pair[0] == _STAFF else pair[0]
    modifiers = _modifiers(analysis, kind)
    return any(
        other in close and names_people(person := close[close[0] == other]) and person not in modifiers
        for close in near
    )


def _with_staff(pair: tuple[str, str], modifiers: frozenset[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """``pair`` of close words, and, where one names people ("technicians", "a team", "RNs") and no thing
    (``modifiers``: :func:`_modifiers`), the pair with :data:`_STAFF` in its place: "Supervised 5 pharmacy
    technicians" says staff supervision, "managed a crew" managing staff."""
    yield pair
    for person, other in (pair, pair[::-1]):
        if other != _STAFF and names_people(person) and person not in modifiers:
            yield (other, _STAFF) if other < _STAFF else (_STAFF, other)


def _modifiers(analysis: Analysis, kind: str = "") -> frozenset[str]:
    """The words for people that a text uses only to name a thing, the first word of a compound whose second
    names no people: "managed the clinician scheduling app" manages an app, no clinicians ("nurse
    practitioners" are still people); and, in a degree's text (``kind`` "education"), its level
    (:data:`_DEGREE_LEVELS`). A word the text says more often than in such compounds names people where it
    stands alone: "Supervised 8 tellers; ran teller reviews" supervises tellers."""
    said = Counter(analysis.terms)
    as_things: Counter[str] = Counter()
    for first, second in analysis.compounds:
        if not names_people(second):
            # A compound said more than once is a term as often (a compound inside a skill's name, no term, once).
            as_things[first] += max(1, said[f"{first} {second}"])
    named = frozenset(word for word, times in as_things.items() if said[word] <= times)
    return named | _DEGREE_LEVELS if kind == "education" else named


_DEGREE_LEVELS = frozenset({"associate"})
"""Words for people that name a degree's level: an "Associate of Applied Science, Construction Management" is a
degree in managing construction, and manages no associates (people management)."""


def coverage(
    ranking: Ranking,
    selection: Selection,
    shown: Collection[str] | None = None,
    expired: Mapping[str, str] | None = None,
    fluencies: Mapping[str, str] | None = None,
) -> Coverage:
    """Each keyword of the ranked posting with its status against ``selection``; ``shown`` are the
    ids of the headline and summary the résumé prints (default: the CV's first of each); ``expired`` the
    certificates that have expired, with when (:func:`tailor.rank.expired_certificates`); ``fluencies`` the CV's
    languages' levels by their texts' ids (:func:`fluencies`)."""
    expired = expired or {}
    assert ranking.cv is not None and ranking.posting is not None, "a Ranking made by tailor.rank.rank"
    prepared: PreparedCV = ranking.cv
    printed = _printed(prepared, selection, shown)
    texts = {t.id: t.text for t in prepared.texts}
    cut = _summary_as_printed(prepared, selection, printed)
    out = []
    for keyword in keywords(ranking.posting, prepared.lexicon, named_skills(prepared)):
        having = _saying(prepared, keyword)
        having = _meant_as_spelled_out(prepared, ranking.posting.posting.text, keyword, having)
        if keyword.kind == "skill" and not any(i in printed for i in having):
            # Said by another of its names ("Reduced district shrink" for shrink reduction) where the CV's own
            # words for it are not on the résumé (a skill "Shrink reduction" page fitting left out), or nowhere.
            others = (
                _by_another_name(prepared, keyword)
                or _by_the_postings_letters(prepared, ranking.posting.posting.text, keyword)
                or _by_the_initials_it_is_read_by(prepared, keyword)
                or _by_the_postings_name(prepared, keyword)
            )
            either = {*having, *others}
            having = [t.id for t in prepared.texts if t.id in either] if having and others else having or others
        # The summary shows a keyword only by the paragraphs the résumé prints.
        selected = tuple(
            i for i in having if i in printed and (cut is None or i != cut.texts[0].id or bool(_saying(cut, keyword)))
        )
        if selected:
            # Shown only by certificates that have expired ("BLS", expired Aug 2023): held once, not now.
            # Of several, the one that ran out last says when ("Ohio license, expired Sep 2026", not Kentucky's June).
            lapsed = [when for i, when in expired.items() if i in selected]
            lapsed = lapsed if all(i in expired for i in selected) else []
            short = _fluency_short(keyword, selected, fluencies or {}, ranking.posting.posting.text, texts)
            # A credential of the keyword's kind shows it too where a bullet names the keyword itself (the OSHA 30-hour
            # card beside "trained operators to OSHA standards"): page fitting must know to keep it.
            kin = tuple(i for i in _instances_said(prepared, keyword) if i in printed and i.startswith(_CREDENTIAL))
            out.append(
                KeywordCoverage(
                    keyword,
                    "selected",
                    selected,
                    met_where=tuple(i for i in kin if i not in selected),
                    expired=lapsed[-1] if lapsed else "",
                    fluency=short,
                )
            )
        elif having:
            out.append(KeywordCoverage(keyword, "available", tuple(having), _related(prepared, keyword)))
        elif (kin := _instances_said(prepared, keyword)) and not any(i in printed for i in kin):
            # "Treated stuttering" left off a résumé for a posting asking for fluency disorders: the CV has one of
            # its kind to show, as it would meet the keyword (`_met`) were it shown.
            out.append(KeywordCoverage(keyword, "available", kin, _related(prepared, keyword)))
        else:
            out.append(KeywordCoverage(keyword, "absent", (), _related(prepared, keyword)))
    # An alternative meets a choice only where it meets a requirement of its own: a certificate that has expired
    # (PHTLS, expired Nov 2025) meets no "Current PHTLS or TNCC", as it meets no "Current PHTLS".
    shown = {k.keyword.term: k.keyword.label for k in out if k.met}
    # An alternative met by one of its kind meets the choice as one shown does: "automated testing tools such as Jest
    # or Playwright" is met by the Cypress suite that meets automated testing, and it is Cypress the résumé shows. A
    # keyword's own kind shown comes first ("scripting or programming languages": Python, before C++).
    by_kind = [k if k.status == "selected" else _met(k, "", prepared, printed) for k in out]
    kin = {k.keyword.term: k.met_by for k in by_kind if k.met_by and k.keyword.term not in shown}

    def met(k: KeywordCoverage, own: KeywordCoverage) -> KeywordCoverage:
        if k.status == "selected":
            return k
        if alternative := next((shown[a] for a in k.keyword.alternatives if a in shown), ""):
            return _met(k, alternative, prepared, printed)
        if own.met_by:
            return own
        if alternative := next((kin[a] for a in k.keyword.alternatives if a in kin), ""):
            return replace(own, met_by=alternative, met_by_alternative=True)
        return own

    found = [met(k, own) for k, own in zip(out, by_kind, strict=True)]
    found = [_met_under_way(k, prepared, ranking.posting.posting.text) for k in found]
    return Coverage(found, dict(expired))


_ACCEPTS_UNDER_WAY = re.compile(
    r"\bor\b[^.;:\n]{0,40}?\b(?:candidates?|pursuing|working (?:toward|towards|on)|progress(?:ing)? (?:toward|towards)"
    r"|in progress|enrolled|(?:ability|able|willing(?:ness)?) to (?:obtain|earn|complete)|obtain(?:ed)? within)\b",
    re.IGNORECASE,
)
"""Words of a posting's line that accept, beside a credential held, one still to come: "CPA or CPA candidate",
"CPA license or actively pursuing CPA", "PMP (or working toward it)", "CISSP or ability to obtain within a year"."""


def _met_under_way(found: KeywordCoverage, prepared: PreparedCV, posting: str) -> KeywordCoverage:
    """``found`` met by the credential itself, where the résumé shows it only as still to come ("CPA candidate")
    and a line of the posting that names it accepts one in progress (:data:`_ACCEPTS_UNDER_WAY`): a requirement
    that a candidate meets as written. Not where the line asks it held alone ("Active CPA license required")."""
    if found.met or found.keyword.kind != "skill":
        return found
    pending = prepared.under_way.get(found.keyword.match, ())
    if not pending:
        return found
    name = re.compile(rf"\b{re.escape(found.keyword.said or found.keyword.term)}\b", re.IGNORECASE)
    if not any(name.search(line) and _ACCEPTS_UNDER_WAY.search(line) for line in posting.splitlines()):
        return found
    return replace(found, met_by=f"{found.keyword.label}, not yet held", met_where=pending, under_way=True)


def fluencies(cv: CV) -> dict[str, str]:
    """The levels the CV gives its languages ("Native", "Limited working proficiency"), by their texts' ids
    (``language:<n>``, :meth:`tailor.rank.PreparedCV.texts`)."""
    return {f"language:{n}": g.fluency for n, g in enumerate(cv.languages, start=1) if g.fluency}


_ASKS_FLUENCY = re.compile(
    r"\b(?:bilingual|fluen(?:t|tly|cy)|native|proficien(?:t|cy)|business[- ]level|professional[- ]level|C[12])\b",
    re.IGNORECASE,
)
"""Words of a posting's line that ask a language at a working level ("Bilingual English/Spanish", "fluent in
German", "professional proficiency in French", CEFR C1)."""
_BELOW_FLUENT = re.compile(
    r"\b(?:elementary|limited|basic|beginner|beginning|conversational|intermediate|some|working knowledge|A[12]|B1)\b",
    re.IGNORECASE,
)
"""Words of a CV's level of a language below fluency: LinkedIn's "Elementary" and "Limited working proficiency",
"basic", "conversational", "intermediate", CEFR A1–B1."""


def _fluency_short(
    keyword: Keyword, selected: Sequence[str], levels: Mapping[str, str], posting: str, texts: Mapping[str, str]
) -> str:
    """The CV's level of a language the posting asks fluency in, where the résumé shows the language in its
    languages at a level below fluency and no text of ``texts`` (by id) says work done in it: one that names the
    people who speak it ("Vietnamese-speaking elders") or the CV's own small command of it ("in basic Vietnamese")
    does not; "" otherwise."""
    listed = [i for i in selected if i.startswith("language:")]
    if not listed:
        return ""
    said = keyword.said or keyword.term
    name = rf"\b{re.escape(said)}\b"
    others = [texts.get(i, "") for i in selected if not i.startswith("language:")]
    if any(not re.search(rf"{name}[- ]speaking|{_BELOW_FLUENT.pattern}\W+{name}", text, re.I) for text in others):
        return ""  # "Interpreted in Spanish for 30 patients a week": work in it, whatever level the list gives
    asks = any(_ASKS_FLUENCY.search(line) for line in posting.splitlines() if re.search(name, line, re.I))
    low = [levels[i] for i in listed if i in levels and _BELOW_FLUENT.search(levels[i])]
    return low[0] if asks and len(low) == len(listed) else ""


def _met(found: KeywordCoverage, alternative: str, prepared: PreparedCV, printed: Collection[str]) -> KeywordCoverage:
    """``found`` (a keyword the résumé does not show) met by the ``alternative`` shown, if any, else by a skill
    shown that is one of its kind."""
    if alternative:
        return replace(found, met_by=alternative, met_by_alternative=True)
    name, where = _instance_shown(prepared, found.keyword, printed)
    if not name:
        name, where = _parts_shown(prepared, found.keyword, printed)
    return replace(found, met_by=name, met_where=where)


def _meant(prepared: PreparedCV, keyword: Keyword, having: list[str]) -> list[str]:
    """``having`` without the texts that name the skill ``keyword`` only by letters that the CV spells out as other
    words than the posting names it by: "a guaranteed maximum price (GMP)" says no Good Manufacturing Practice,
    there or where the CV writes "the GMP" alone. A posting that writes the letters alone says not which it means."""
    if keyword.kind != "skill" or not having:
        return having
    lexicon = prepared.lexicon
    surfaces = lexicon.surfaces(keyword.term)
    letters = surfaces & lexicon.capitals
    said = (keyword.said or keyword.term).lower()
    if not letters or said in letters:
        return having
    meanings = {s for s in surfaces if " " in s} | {said}
    if all((mine := _cv_means(prepared, a)) is None or same_meaning(mine, meanings) for a in letters):
        return having
    texts = {text.id: text for text in prepared.texts}
    return [i for i in having if texts[i].analysis.said.get(keyword.term, "").lower() not in {"", *letters}]


def _meant_as_spelled_out(prepared: PreparedCV, posting: str, keyword: Keyword, having: list[str]) -> list[str]:
    """``having`` without the texts that name the skill ``keyword`` only by the letters the posting spells out ("NRP
    (Neonatal Resuscitation Program)"), where the CV means other words by them: it spells them out so ("Nationally
    Registered Paramedic (NRP)"), or writes a name in capitals with those initials ("National Registry Paramedic",
    :func:`tailor.acronyms.named_by_initials`) that is not the posting's. The posting's own spelling-out says which
    it means, as :func:`_meant` asks of a posting that writes the skill's name."""
    if keyword.kind != "skill" or not having:
        return having
    defined = _posting_spelled_out(posting)
    letters = {a for a in prepared.lexicon.surfaces(keyword.term) & prepared.lexicon.capitals if a in defined}
    texts = {text.id: text for text in prepared.texts}
    other: set[str] = set()
    for a in letters:
        mine = _cv_means(prepared, a)
        if mine and not same_meaning(mine, {defined[a]}):
            other.add(a)
    if not other:
        return having
    return [i for i in having if texts[i].analysis.said.get(keyword.term, "").lower() not in {"", *other}]


def _by_the_postings_letters(prepared: PreparedCV, posting: str, keyword: Keyword) -> list[str]:
    """The ids of the CV's texts that name the skill ``keyword`` by the letters the posting spells it out with
    ("Airworthiness Directives (ADs)"), written in capitals: letters the lexicon leaves out of a skill's names, being
    another field's too ("AD" is Active Directory), mean in this posting what it says they do, and a CV's "AD and SB
    compliance" says them. Not where the CV spells the letters out as other words."""
    defined = _posting_spelled_out(posting)
    if not defined:
        return []
    term = keyword.term
    names = prepared.lexicon.surfaces(term) | {term.lower()}
    letters = [a for a, meaning in defined.items() if same_meaning(meaning, names)]
    letters = [a for a in letters if (mine := _cv_means(prepared, a)) is None or same_meaning(mine, names)]
    if not letters:
        return []
    said = re.compile(r"\b(?:" + "|".join(re.escape(a.upper()) for a in letters) + r")s?\b")
    # What a text claims, as every other evidence reads it: "CEDS (in progress)" holds no CEDS yet.
    return [text.id for text in prepared.texts if said.search(text.claim)]


def _by_the_initials_it_is_read_by(prepared: PreparedCV, keyword: Keyword) -> list[str]:
    """The ids of the CV's texts that write, in capitals, the initials the posting names the skill ``keyword`` by
    ("CRO", read as conversion rate optimization where the posting is of its field: :mod:`tailor.keywords`): letters
    the lexicon leaves out of the skill's names, being another field's too, mean in this posting the skill, and a
    CV's "Ran a CRO program" says them. Not where the CV spells the letters out as other words ("a contract research
    organization (CRO)")."""
    letters = keyword.said.strip()
    if keyword.kind != "skill" or not letters.isupper() or not letters.isalpha():
        return []
    if initials(keyword.term) != letters.lower():
        return []
    names = prepared.lexicon.surfaces(keyword.term) | {keyword.term.lower()}
    if (mine := _cv_means(prepared, letters.lower())) is not None and not same_meaning(mine, names):
        return []
    said = re.compile(rf"\b{re.escape(letters)}s?\b")
    return [text.id for text in prepared.texts if said.search(text.claim)]


def _by_the_postings_name(prepared: PreparedCV, keyword: Keyword) -> list[str]:
    """The ids of the CV's texts that name the skill ``keyword`` by the one word the posting names it by, where
    that word has another meaning the lexicon knows ("SCAR", a scar): the CV's analysis counts such a word as the
    skill only where its context shows it ("SCARs and 8D reports"), but a posting that asks for the skill by it has
    said which it means, and a CV that writes it as a name (:func:`_ambiguous_said`: "Issued 40 SCARs", not
    "treated burn scars") says the same. Not where the CV spells its letters out as other words (:func:`_meant`)."""
    if keyword.kind != "skill" or " " in keyword.said.strip():
        return []
    name = _lemma(keyword.said.lower())
    if name == keyword.match or name not in prepared.lexicon.ambiguous:
        return []
    return _meant(prepared, keyword, saying(prepared, name))


@lru_cache(maxsize=4)
def _posting_spelled_out(posting: str) -> dict[str, str]:
    """The acronyms a posting's text spells out (:func:`tailor.acronyms.spelled_out`), read once per posting."""
    return spelled_out([posting])


@lru_cache(maxsize=64)
def _cv_means(prepared: PreparedCV, letters: str) -> str | None:
    """The words the CV means by ``letters`` (lowercase): those it spells them out with in brackets, else a skill's
    name in capitals it writes with those initials (:func:`tailor.acronyms.named_by_initials`); None where it says
    neither."""
    texts = (text.text for text in prepared.texts)
    return _spelled_out(prepared).get(letters) or named_by_initials(texts, letters, prepared.lexicon.names)


@lru_cache(maxsize=4)
def _spelled_out(prepared: PreparedCV) -> dict[str, str]:
    """The acronyms the CV spells out (:func:`tailor.acronyms.spelled_out`), read once per CV."""
    return spelled_out(text.text for text in prepared.texts)


def _instance_shown(prepared: PreparedCV, keyword: Keyword, printed: Collection[str]) -> tuple[str, tuple[str, ...]]:
    """The skill the résumé shows in the most places that is one of the kind ``keyword`` names ("Epic" for a
    posting asking for an EHR: :attr:`tailor.lexicon.Lexicon.instances`), the lexicon's first of those shown
    as often, by its name, and the ids of the texts that show it; "" and none for none. (A tax package the
    résumé's bullets use, not one its skills list alone names, stands for the tax software a posting asks for.)"""
    best, where = "", ()
    for member in prepared.lexicon.instances.get(keyword.match, ()):
        shown = tuple(i for i in saying(prepared, member) if i in printed)
        if len(shown) > len(where):
            best, where = member, shown
    return (_spelled(prepared.lexicon).get(best, best), where) if best else ("", ())


def _parts_shown(prepared: PreparedCV, keyword: Keyword, printed: Collection[str]) -> tuple[str, tuple[str, ...]]:
    """The credentials held together that are the one ``keyword`` names, where the résumé shows every one of them
    (:attr:`tailor.lexicon.Lexicon.combined`: the hazmat and tanker endorsements for the X endorsement), by their
    names joined, and the ids of the texts that show them, in CV order; "" and none where any one is not shown."""
    parts = prepared.lexicon.combined.get(keyword.match, ())
    shown = [tuple(i for i in saying(prepared, part) if i in printed) for part in parts]
    if not parts or not all(shown):
        return "", ()
    spelled = _spelled(prepared.lexicon)
    said = {i for ids in shown for i in ids}
    return " and ".join(spelled.get(part, part) for part in parts), tuple(t.id for t in prepared.texts if t.id in said)


def _instances_said(prepared: PreparedCV, keyword: Keyword) -> tuple[str, ...]:
    """The ids of the CV's texts, in CV order and once each, that say a skill of the kind ``keyword`` names
    (:attr:`tailor.lexicon.Lexicon.instances`): "Treated stuttering in children" for fluency disorders."""
    said = {i for member in prepared.lexicon.instances.get(keyword.match, ()) for i in saying(prepared, member)}
    return tuple(text.id for text in prepared.texts if text.id in said)


def named_skills(prepared: PreparedCV) -> frozenset[str]:
    """The CV's skills that the lexicon does not know, each as one term ("hootsuite", "grant writing"), or as
    each name it joins by slashes ("crispri" and "crispra" of "CRISPRi/CRISPRa"); not one that is a word every
    posting says (:func:`tailor.lexicon.generic_terms`): a skills list's "Teams" (Microsoft's) is no skill of a
    posting that works "with the development teams", and no posting's word tells which it means."""
    from tailor.lexicon import generic_terms
    from tailor.rank import own_skill_terms

    commonplace = generic_terms()
    return frozenset(
        term
        for item, analysis in zip(prepared.items, prepared.analyses, strict=True)
        if item.kind == "skill" and not analysis.skills
        for term in own_skill_terms(item.text, analysis)
        if term not in commonplace
    )


def _summary_as_printed(prepared: PreparedCV, selection: Selection, printed: Collection[str]) -> PreparedCV | None:
    """The CV as evidence of what the résumé's summary says where page fitting left some of its paragraphs out
    (:attr:`tailor.select.Selection.summary_paragraphs_left_out`): its one text, the summary as printed; None where
    the résumé prints the summary whole, or none."""
    shown = [t for t in prepared.texts if t.kind == "summary" and t.id in printed]
    if not selection.summary_paragraphs_left_out or not shown:
        return None
    return _read_as(prepared, shown[0], {shown[0].id: selection.summary_printed(shown[0].text)})


def summary_paragraphs_evidencing(covered: Coverage, ranking: Ranking, selection: Selection) -> frozenset[str]:
    """The paragraphs of the résumé's summary after its first, by the names page fitting gives them (``summary ¶3``:
    :data:`tailor.select.PARAGRAPH`), each the first that says a required keyword the résumé shows by its summary
    alone: what page fitting leaves out as late as a bullet that alone shows one."""
    from tailor.select import PARAGRAPH, paragraphs

    assert ranking.cv is not None, "a Ranking made by tailor.rank.rank"
    prepared = ranking.cv
    summaries = {t.id: t for t in prepared.texts if t.kind == "summary"}
    alone = [k for k in covered.required if k.status == "selected" and len(k.where) == 1 and k.where[0] in summaries]
    if not alone:
        return frozenset()
    summary = summaries[alone[0].where[0]]
    pieces = paragraphs(selection.summary_printed(summary.text))
    if len(pieces) < 2:
        return frozenset()
    each = _read_as(prepared, summary, {f"{PARAGRAPH}{n}": p for n, p in enumerate(pieces, start=1)})
    firsts = (_saying(each, k.keyword)[:1] for k in alone)
    return frozenset(first[0] for first in firsts if first and first[0] != f"{PARAGRAPH}1")


def _read_as(prepared: PreparedCV, summary: CVText, pieces: Mapping[str, str]) -> PreparedCV:
    """The CV as evidence of ``pieces`` of its ``summary`` alone, each a text of its own by its id, analysed as the
    summary is: what :func:`_saying` reads the part of a summary a résumé prints by."""
    texts = [replace(summary, id=i, text=text) for i, text in pieces.items()]
    analyses = analyse([t.claim for t in texts], prepared.lexicon, near=True)
    return replace(prepared, texts=[replace(t, analysis=a) for t, a in zip(texts, analyses, strict=True)])


def _saying(pieces: PreparedCV, keyword: Keyword) -> list[str]:
    """The ids of the texts of ``pieces`` (:func:`_read_as`) that say ``keyword``, as :func:`coverage` reads the CV's
    texts."""
    if keyword.kind == "industry":
        return _claiming(pieces, keyword.term)
    return _meant(pieces, keyword, saying(pieces, keyword.match))


_CLAIMS_AN_INDUSTRY = frozenset({"bullet", "title", "employer", "headline", "summary"})
"""The texts of a CV that say which industry its owner worked in: what they did, were, and worked for (an employer's
description, "a regional hotel group"); not an employer's name, nor a skill, a degree or a certificate."""


def _claiming(prepared: PreparedCV, industry: str) -> list[str]:
    """The ids of the CV's texts that claim ``industry`` by one of its own words (:func:`tailor.industries.claims`)."""
    return [t.id for t in prepared.texts if t.kind in _CLAIMS_AN_INDUSTRY and claims(t.claim, industry)]


def _printed(prepared: PreparedCV, selection: Selection, shown: Collection[str] | None) -> set[str]:
    """Ids of the CV's texts that the résumé of ``selection`` shows: of the certificates and awards, those page
    fitting did not leave out."""
    chosen = set(selection.bullet_ids) | {p.id for p in selection.publications} | set(selection.skills)
    if shown is None:
        shown = {"headline", "headline:1", "summary", "summary:1"}
    always = {t.id for t in prepared.texts if t.kind in ALWAYS_PRINTED} - selection.credentials_left_out
    return chosen | always | {t.id for t in prepared.texts if t.id in shown}


def _related(prepared: PreparedCV, keyword: Keyword) -> tuple[Related, ...]:
    """The related terms the CV says, those it says in the most places first (ties by name): what a
    short view of them shows first; before them, the keyword itself where the CV names it only as a credential
    still to come ("CPA candidate": "CPA, not yet held"), no evidence of it but no absence either."""
    from tailor.rank import related_terms
    from tailor.rank.terms import related_names

    names, written = _spelled(prepared.lexicon), related_names(prepared.lexicon)
    learners = _learners_of(prepared.lexicon, keyword.match)
    kinds = {text.id: text.kind for text in prepared.texts} if learners else {}
    found = []
    for term in sorted(related_terms(prepared.lexicon).get(keyword.match, ())):
        where = tuple(saying(prepared, term))
        if term in learners:
            # "interns" of mentoring are the people mentored: a title of one's own that names one ("Audit Intern")
            # names the CV's owner, who learnt, not one who mentors
            where = tuple(i for i in where if kinds.get(i) not in _NAMING_ONESELF)
        if where:
            found.append(
                Related(names.get(term) or _plural_said(prepared, term, where[0]) or written.get(term, term), where)
            )
    # Another of its kind (a CV's Epic where Cerner is asked), the best two, where the posting offers it as no
    # alternative (which meets the keyword, and is said so) and the lexicon relates nothing else.
    offered = {a.lower() for a in keyword.alternatives}
    if not found:
        kin = [
            Related(names.get(sibling, sibling), where)
            for sibling in _siblings(prepared.lexicon, keyword.match)
            if sibling not in offered and (where := tuple(saying(prepared, sibling)))
        ]
        found += sorted(kin, key=lambda r: -len(r.where))[:2]
    pending = prepared.under_way.get(keyword.match, ())
    first = (Related(f"{keyword.label}, not yet held", pending),) if pending else ()
    return first + tuple(sorted(found, key=lambda r: -len(r.where)))


def _plural_said(prepared: PreparedCV, term: str, where: str) -> str:
    """``term`` as the CV's text ``where`` says it where that is its plural each time ("sales", "customs",
    "workshops"): the lemma analysis spells it as may name another thing (a sale is no field of work); "" where the
    text says it otherwise once (in the singular: "Precepted new graduate nurses as a triage nurse" is a nurse; or
    as a verb: "coached" is shown as "coaching")."""
    text = next((t for t in prepared.texts if t.id == where), None)
    if text is None:
        return ""
    said = {
        " ".join(text.claim[start:end].split()).lower()
        for start, end, _ in locate(text.claim, {term}, prepared.lexicon, words=True)
    }
    return said.pop() if len(said) == 1 and said <= {f"{term}s", f"{term}es"} else ""


@lru_cache(maxsize=4096)
def _siblings(lexicon: Lexicon, skill: str) -> tuple[str, ...]:
    """The skills of the kinds ``skill`` is one of (:attr:`tailor.lexicon.Lexicon.instances`), but itself: a CV's
    Epic, where a posting asks for Cerner, is another EHR, related evidence shown apart, which meets no Cerner."""
    return tuple(
        sorted({other for members in lexicon.instances.values() if skill in members for other in members} - {skill})
    )


_LEARNERS = frozenset({"intern", "student", "trainee", "apprentice", "mentee", "extern"})
"""People a job is there to learn in: the ones a mentor or a teacher works with."""


@lru_cache(maxsize=256)
def _learners_of(lexicon: Lexicon, topic: str) -> frozenset[str]:
    """The related terms of ``topic`` (as analysis spells them) that name learners (:data:`_LEARNERS`): "interns" and
    "PhD students" of mentoring are the people mentored."""
    table = lemma_table()
    return frozenset(
        " ".join(lemma_of(word, table) for word in phrase.split())
        for phrase in lexicon.related.get(topic, ())
        if lemma_of(phrase.split()[-1], table) in _LEARNERS
    )


@lru_cache(maxsize=4)
def _spelled(lexicon: Lexicon) -> dict[str, str]:
    """The lexicon's skill names by their lowercase form (as analysis spells terms), built once per lexicon."""
    return {name.lower(): name for name in lexicon.names.values()}
