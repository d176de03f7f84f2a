"""A CV as ranking reads it: every bullet, publication and skill a text to score, with the texts that say
what the CV holds anywhere (titles, headline, summary, education, certificates), analysed once and turned into
TF-IDF rows (:func:`prepare_cv`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from typing import Any, Literal

from tailor.analysis import Analysis, analyse, locate
from tailor.analysis.marks import ARROWS
from tailor.analysis.skills import A_TEAMS_PEOPLE
from tailor.analysis.tokens import lemma_of, lemma_table, verbs
from tailor.cv import markup
from tailor.cv.dates import DEFAULT_STYLE, has_passed, read
from tailor.cv.model import CV, Credential
from tailor.errors import TailorError
from tailor.lexicon import Lexicon, bundled_lexicon, with_own_skills
from tailor.people import kinds_of_others, received_only
from tailor.places import is_place
from tailor.posting import Posting
from tailor.posting.plausible import JOB_WORDS
from tailor.rank.config import DEFAULT_CONFIG, RankConfig
from tailor.rank.posting import (
    NO_ANALYSIS,
    AnalysedPosting,
    analyse_posting,
    places_written,
)
from tailor.rank.scores import (
    ItemKind,
)
from tailor.rank.terms import activity_terms, related_terms, supporting_terms
from tailor.rank.weights import (
    discounts,
    identity,
    merged,
    sublinear,
)


@dataclass(frozen=True)
class _Item:
    id: str
    kind: ItemKind
    text: str
    entry: str
    match_text: str
    """What is analysed: the text, plus a bullet's tags."""
    context: str
    """The item's surroundings: a bullet's role, a publication's venue."""
    ended: str | None = None
    """A bullet's role's end as written (None for a current role, a publication or a skill)."""


PART_IN_OTHERS_WORK = frozenset({"assist", "help", "participate", "observe", "shadow"})
"""Verbs (lemmas) that open a bullet about a part the person played in someone else's work: they assisted, helped,
took part, watched. Weaker evidence of the work than doing it ("Led root cause analysis" over "Participated in
root cause analyses"), measured on 21 labelled sets of several professions (bench/README, thirtieth session).
"Supported" is left out: it is a care worker's own work ("Supported adults with learning disabilities")."""

_SERVED = frozenset(
    {"client", "customer", "patient", "student", "parent", "family", "resident", "child", "youth", "member", "guest",
     "user", "individual", "people", "participant", "veteran", "learner", "visitor", "caller", "senior", "survivor",
     "tenant", "victim", "employee", "applicant", "traveler", "traveller", "shopper", "buyer", "homeowner", "adult",
     "teen", "infant", "candidate", "borrower", "donor", "athlete", "reader", "audience", "community", "consumer"}
)  # fmt: skip
"""The people a job serves: a bullet that assisted or helped them ("Assisted clients in finding housing", "Helped
customers with returns") did the work itself, not a part in a colleague's."""

_CARE_BESIDE = frozenset(
    {"physician", "surgeon", "doctor", "dentist", "veterinarian", "vet", "anesthesiologist", "anaesthetist",
     "obstetrician", "midwife", "surgery", "surgical", "caesarean", "cesarean", "c-section", "intubation",
     "periodontist", "orthodontist", "endodontist", "prosthodontist", "pediatrician", "paediatrician", "cardiologist",
     "dermatologist", "radiologist", "oncologist", "neurologist", "ophthalmologist", "optometrist", "podiatrist"}
)  # fmt: skip
"""Clinicians and the clinical work done beside them: a nurse, an assistant, a hygienist or a technician who
"Assisted physicians with procedures", "Assisted the periodontist with implant maintenance" or "Assisted in Caesarean
sections" did the work their own job is for, as a care team does it, no part in a colleague's. A specialist is as
much a clinician as a doctor is; a scientist of another -ology ("Assisted the geologist") is none."""

SUPPORTING_PART = "a supporting part"
"""The activity a bullet that opens with a verb of :data:`PART_IN_OTHERS_WORK` records, and every bullet of a role
held in training (:func:`held_in_training`)."""

PUBLISHING = "publishing"
"""The activity every publication records (the lexicon's ``supporting``, which names the words of a posting that ask
for it: research, writing, publications), and no bullet: a bullet that says "wrote" or "researched" did that work."""

_IN_TRAINING = frozenset({"intern", "internship", "extern", "externship", "trainee"})
"""Words of a job title that say its holder was there to learn the work (a "Manufacturing Intern", an "Audit
Intern", a "Management Trainee"). An apprentice or a student nurse is left out: an apprenticeship is years of the
trade's own work, and a student nurse's clinical placements are what a new graduate's posting asks for. Measured on
21 labelled sets of several professions (bench/README, thirty-first session)."""

_TITLES = re.compile(r"[;»→|]")
"""What separates the titles of a role held in turn ("Graphic Designer; previously Graphic Design Intern")."""

_WORDS = re.compile(r"[^\W\d_]+")
_WORDS_WITH_MARKS = re.compile(r"[^\W\d_][\w'’-]*")


def held_in_training(role: str) -> bool:
    """Whether every title of a role (:data:`_TITLES`) names a post held in training (:data:`_IN_TRAINING`): its
    bullets record a part in others' work, whatever their opening verb ("Built a dashboard" as an intern)."""
    titles = [title for title in _TITLES.split(role.lower()) if title.strip()]
    return bool(titles) and all(not _IN_TRAINING.isdisjoint(_WORDS.findall(title)) for title in titles)


_JOBS_HELD_AT_ONCE = re.compile(r"\s+(?:&|and|\+)\s+|\s*/\s*", re.IGNORECASE)
"""What joins two jobs one role held at once ("Outpatient Dietitian & Diabetes Educator", "Instructor / Program
Coordinator")."""


def named_for(role: str, terms: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether every job a role's title names (each title held in turn, :data:`_TITLES`, and each held at once,
    :data:`_JOBS_HELD_AT_ONCE`) says one of ``terms``: a "Teaching Assistant" taught in every bullet, whatever its
    words, where an "Outpatient Dietitian & Diabetes Educator" counselled patients as a dietitian too, and only the
    bullets that say they taught were teaching."""
    jobs = [job for job in _JOBS_HELD_AT_ONCE.split(_TITLES.sub("/", role)) if job.strip(" .")]
    return len(jobs) <= 1 or all(terms & activity_terms(a.terms) for a in analyse(jobs, lexicon))


_WORKED_WITH = frozenset({"with", "to", "by", "from", "alongside", "beside", "under", "among", "between"})
"""Prepositions that name, after them, a person the work was done with, for or under: "shared visits with the
clinic's diabetes educator", "reported to the course instructor", "supervised by a professor"."""
_WHOSE_WORDS = frozenset({"the", "a", "an", "our", "my", "their", "his", "her", "its", "each", "every", "this"})


def only_others(text: str, terms: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether every place ``text`` says one of ``terms`` names someone else by their job, a person the work was done
    with, for or under (:data:`_WORKED_WITH`: "with the clinic's diabetes educator", "to our instructor"), not the
    CV's owner ("Served as clinical instructor", "Guest lecturer in pharmacology"): a colleague's teaching is no
    teaching the bullet records. After "to", a verb opens no person ("trained to become an instructor")."""
    table = lemma_table()
    spans = locate(text, set(terms), lexicon)
    for start, end, _ in spans:
        said = _WORDS.findall(text[start:end].lower())
        if not said or JOB_WORDS.fullmatch(lemma_of(said[-1], table)) is None:
            return False
        clause = re.split(r"[.;:!?()\[\]|•,–—]", text[:start])[-1]
        before = _WORDS_WITH_MARKS.findall(clause.lower())[-4:]
        at = next((n for n in range(len(before) - 1, -1, -1) if before[n] in _WORKED_WITH), None)
        if at is None:
            return False
        after = before[at + 1 : at + 2]
        if before[at] == "to" and after and after[0] not in _WHOSE_WORDS and after[0] in verbs():
            return False
    return bool(spans)


def records_a_part(text: str, table: dict[str, str]) -> bool:
    """Whether a bullet opens with a verb of :data:`PART_IN_OTHERS_WORK` ("Assisting with the month-end close",
    "Participated in design reviews", "Assisted the lead engineer"), not one that served people with it
    (:data:`_SERVED`: "Assisted students and parents", "Helped our customers") or gave care beside clinicians
    (:data:`_CARE_BESIDE`: "Assisted physicians with procedures")."""
    opening = text.lstrip(" •·-–*").lower()
    words = [found.group() for found in islice(_WORDS.finditer(opening, 0, 60), 3)]
    if not words or not opening.startswith(words[0]):
        return False
    if lemma_of(words[0], table) not in PART_IN_OTHERS_WORK:
        return False
    later = {lemma_of(word, table) for word in words[1:]}
    return _SERVED.isdisjoint(later) and _CARE_BESIDE.isdisjoint(later)


_KIND_OF_PUBLICATION = re.compile(
    r"\b(?:Advances|Annals|Bulletin|Communications|Journal|Letters|Proceedings|Reports|Reviews|Transactions|Trends)\b"
)
"""The words of a journal's name that say what kind of publication it is, not what it is about: "Nature
Communications", "Physics Letters", "Scientific Reports", "IEEE Transactions on …". Read as words, they are
skills the venue never meant (communication, reporting, code review, transactions)."""


_KIND_OF_EVENT = re.compile(
    r"\b(?:Annual|Conference|Congress|Colloquium|Forum|Meeting|Meetings|Seminar|Series|Summit|Symposium|Workshop)\b",
    re.IGNORECASE,
)
"""The words of a talk's venue that say what kind of event it was, not what it was about ("AACR Annual Meeting",
"Keystone Symposium"): read as words, a posting's "program meetings" would meet every talk."""
_TOWN = re.compile(r"[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2}")
"""A town's name before its state or country: up to three capitalised words."""


def _field_of(venue: str | None) -> str:
    """What of a publication's ``venue`` counts as its context: its name without the words that say what kind of
    publication or event it is ("Nature Communications" → "Nature"; "Bioinformatics" stays whole) and without
    the place it closes with ("AACR Annual Meeting, New Orleans, LA" → "AACR"): a posting in San Diego is no
    nearer a talk given in South San Francisco."""
    pieces = [piece.strip() for piece in (venue or "").split(",")]
    while len(pieces) > 1 and is_place(pieces[-1]):
        pieces.pop()
        if len(pieces) > 1 and _TOWN.fullmatch(pieces[-1]) and not is_place(pieces[-1]):
            pieces.pop()  # the town before its state: "New Orleans"
    named = _KIND_OF_EVENT.sub(" ", _KIND_OF_PUBLICATION.sub(" ", ", ".join(pieces)))
    return " ".join(named.split())


_FACULTY_RANK = re.compile(r"\b(?:assistant|associate)\s+(?=professor\b)", re.IGNORECASE)
"""The rank before "Professor" in a title ("Assistant Professor of History", a faculty-status librarian's "(Associate
Professor)"): no assisting and no association, which a posting's "library assistants" or "sales associates" are."""


def _role_of(role: str | None) -> str:
    """A bullet's context: its role's title, without a faculty rank's words (:data:`_FACULTY_RANK`)."""
    return f"{_FACULTY_RANK.sub('', role)}." if role else ""


def _items(cv: CV) -> list[_Item]:
    items = [
        # A bullet's context is its role, not its employer: "Health", "Software" or "Networks"
        # in a company's name say nothing about the work.
        _Item(b.id, "bullet", b.text, e.employer or "", " ".join([b.plain, *b.tags]), _role_of(e.role), e.end)
        for e, b in cv.bullets()
    ]
    items += [_Item(p.id, "publication", p.title, p.venue or "", p.title, _field_of(p.venue)) for p in cv.publications]
    items += [_Item(s, "skill", s, "", s, "") for s in dict.fromkeys(cv.skill_names)]
    return items


TextKind = Literal[
    "bullet",
    "publication",
    "skill",
    "title",
    "employer",
    "headline",
    "summary",
    "education",
    "certificate",
    "award",
    "language",
]


@dataclass(frozen=True)
class CVText:
    """A text of the CV as evidence of what the CV says: a ranked item, or a part that is not
    ranked but says something too (a job title, the headline, the summary, a degree)."""

    id: str
    """The item's id (a skill's id is its name); ``title:<role id>``, ``headline`` (``headline:<n>``
    where the CV has several), ``summary`` (likewise), ``education:<n>``, ``certificate:<n>``,
    ``award:<n>`` and ``language:<n>`` (each from 1) for the rest; ``employer:<role id>`` for what an employer is, in
    brackets after its name."""
    kind: TextKind
    text: str
    label: str
    """How a report names it: a bullet's or publication's id, a skill's name, "title (Data
    Engineer)", "headline", "summary", "degree (MSc Statistics)", "certificate (Basic Life Support)"."""
    analysis: Analysis

    @property
    def claim(self) -> str:
        """What the text says its owner has done or has (:func:`_claimed`), as ``analysis`` reads it: a
        certificate not gained yet ("CEDS, in progress") claims nothing, a summary's wish for a job is no claim."""
        return _claimed(self.kind, self.text)


def variant_id(kind: str, n: int, of: int) -> str:
    """The id of the ``n``-th (from 1) of ``of`` headlines or summaries: ``headline``, or ``headline:2``."""
    return kind if of == 1 else f"{kind}:{n}"


_SOUGHT = re.compile(
    r"\b(?:seeking|looking for|in search of|pursuing|hoping for|aspiring to|eager to join|hoping to join)\s+"
    r"(?:[^.;,!?]{0,60}?\b(?:role|position|job|opportunity|opportunities|career|post)s?\b)"
    r"(?:\s+(?:in|as|on|within|at|with)\s+[^.;,!?]{0,60})?"
    # What the job sought would let its owner do ("a role where I can build workflows in the EHR") is sought too.
    r"(?:,?\s+(?:where|in which|that (?:lets|allows|enables) me|to)\b[^.;!?]{0,200})?"
    # A career changer's way there ("moving into instructional design", "transitioning to UX research", "looking to
    # move into a financial analyst role", "Aspiring data analyst"): the field named is where they are going; what
    # they have done is said elsewhere.
    r"|\b(?:(?:looking|hoping|aiming|seeking|ready|eager|keen)\s+to\s+(?:move|transition|pivot|shift|step|grow)"
    r"(?:\s+up)?|moving|transitioning|pivoting|shifting|changing careers?)\s+(?:in)?to(?:wards?)?\s+[^.;,!?|·•()]{1,60}"
    r"|\baspiring\s+[^.;,!?|·•()]{1,60}"
    # "Analytics engineer in the making": the job named before it is the one its owner is becoming.
    r"|[^.;,!?|·•()]{1,60}\bin\s+the\s+making\b",
    re.IGNORECASE,
)
"""The job a headline or summary says its owner is after ("seeking a legal operations role", "looking for a
position in product management", "moving into instructional design"), and what it would let them do ("… role where I
can build workflows in the EHR"): what they want to do, which says nothing of what they have done."""


_HEADED_FOR = re.compile(rf"\s*[{ARROWS}][^|·•;]*")
"""In a headline, an arrow and the words after it up to the next of its parts ("|", "·", "•", ";"): the job a career
changer is heading for, where the words before the arrow name the one held ("Data Analyst → Analytics Engineer |
SQL · dbt"): what they want to do, as :data:`_SOUGHT` says it in words."""


_TOWARD = r"working towards?|studying for|(?:hours|credits|coursework) towards?"
_UNDER_WAY = re.compile(
    rf"\b(?:{_TOWARD}|working on|preparing for|pursuing|candidate for)\s+[^.;,!?()]{{0,60}}", re.IGNORECASE
)
"""A credential its owner is still working for ("working toward the CISSP", "preparing for the CPA exam",
"completing supervised hours toward the CDCES", "credits toward the CPA"): not theirs yet."""
_UNDER_WAY_IN_A_BULLET = re.compile(rf"\b(?:{_TOWARD})\s+[^.;,!?()]{{0,60}}", re.IGNORECASE)
"""The same in a bullet, where only the words that name a credential to come say it: "working on the Kafka
pipeline" or "preparing for SOC 2 audits" is work done."""
_SITTING = re.compile(r"[^,;|·•()\n.!?]*\bcandidate\b", re.IGNORECASE)
"""A credential a headline or summary says its owner is sitting the exams for ("CPA | CFA Level II Candidate"):
the words before "candidate", back to where the piece starts, which name what is not theirs yet."""
_NOT_YET = re.compile(
    r"\b(?:in[ -]progress|expected|anticipated|pending|planned|scheduled|enrolled|not yet"
    r"|candidate(?!\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
"""What a certificate's line says of one not gained yet: "CISSP (in progress)", "PMP, expected 2026", "CFA Level II
Candidate" (one sitting the exams holds no charter); a "Candidate" that a name goes on from is a word of that name
("CPAT – Candidate Physical Ability Test")."""


def _claimed(kind: TextKind, text: str) -> str:
    """What a text of the CV says its owner has done or has: a headline's or summary's wish for a job, and a
    credential it or a bullet says is still to come, left out; a certificate not gained yet says nothing."""
    if kind == "certificate" and (_NOT_YET.search(text) or _UNDER_WAY.search(text)):
        return ""
    if kind == "headline":
        text = _HEADED_FOR.sub(" ", text)
    if kind in ("headline", "summary"):
        return _SITTING.sub(" ", _UNDER_WAY.sub(" ", _SOUGHT.sub(" ", text)))
    if kind == "bullet":
        return _UNDER_WAY_IN_A_BULLET.sub(" ", text)
    return text


def _pending(kind: TextKind, text: str) -> str:
    """The words of a text of the CV that name a credential its owner is still working for, which
    :func:`_claimed` leaves out ("CPA candidate", "working toward the CISSP", a certificate "in progress"); "" for
    none. A headline's or summary's wish for a job is none."""
    if kind == "certificate":
        return text if _NOT_YET.search(text) or _UNDER_WAY.search(text) else ""
    if kind in ("headline", "summary"):
        wished = _SOUGHT.sub(" ", _HEADED_FOR.sub(" ", text) if kind == "headline" else text)
        return " ".join(found.group() for pattern in (_UNDER_WAY, _SITTING) for found in pattern.finditer(wished))
    if kind == "bullet":
        return " ".join(found.group() for found in _UNDER_WAY_IN_A_BULLET.finditer(text))
    return ""


def _credential(credential: Credential, *, granted_by: bool = False) -> str:
    """A certificate's or award's name, with what its issuer or date says of one not gained yet, where they say
    so ("CISSP", issuer "ISC2, in progress" → "CISSP (ISC2, in progress)"), for :func:`_claimed` to see.
    ``granted_by``: a certificate's issuer too ("CPC (AAPC)"), since a posting may ask for a body's credential
    ("an AAPC or AHIMA credential"), and the body that grants one is what the CV says of it."""
    pending = [text for text in (credential.issuer, credential.date) if text and _NOT_YET.search(text)]
    if pending:
        return f"{credential.name} ({', '.join(pending)})"
    return f"{credential.name} ({credential.issuer})" if granted_by and credential.issuer else credential.name


_NAME_ENDS = re.compile(r",|#|\(|:|\s[-–—|]\s")
"""What ends a certificate's name and opens what is said of it: its issuer, number, state or date."""
_WHAT_IT_IS = frozenset({"license", "licence", "lic", "card", "cert", "certificate", "certification"})
"""Words after a licence's title that say what it is ("Master Electrician Lic # ME-4821"), no part of the title."""
_JURISDICTION = re.compile(r"^(?:city|state|county|commonwealth|village|town) of ", re.IGNORECASE)


def _with_licence(text: str, lexicon: Lexicon) -> str:
    """A certificate's ``text`` with the licence the lexicon knows that its name is the title of, where the name is
    that title whole, the place it is held in perhaps before it and the word for a licence perhaps after it
    ("Journeyman Electrician, Card #J-55-10233", "Ohio Master Plumber #MP-4410", "City of Chicago Master Electrician
    Lic # ME-4821" → "… (master plumber license)"): a certificates list holds credentials, so a title there is the
    licence that grants it, as the same title held as a job ("Journeyman Electrician" at an employer) or a course
    for it ("… Exam Prep Course") is not."""
    words = _NAME_ENDS.split(text, maxsplit=1)[0].split()
    while words and words[-1].lower().rstrip(".") in _WHAT_IT_IS:
        words.pop()
    for start in range(len(words)):
        held_in = _JURISDICTION.sub("", " ".join(words[:start]))
        if start and not is_place(held_in):
            continue  # "Apprentice Electrician" holds no electrician's licence
        if JOB_WORDS.fullmatch(words[-1].lower()) is None:
            return text
        if licence := lexicon.canonical(f"{' '.join(words[start:])} license".lower()):
            return f"{text} ({licence})"
    return text


def _valid_through(credential: Credential) -> str:
    """ ", valid through Aug 2026" for a certificate that runs out, where a keyword's evidence names it: a posting
    asking for a current licence is met by one only while it lasts."""
    return f", valid through {DEFAULT_STYLE.date(credential.runs_out)}" if credential.runs_out else ""


def expired_certificates(cv: CV, today: dt.date) -> dict[str, str]:
    """The ids of the CV's texts (``certificate:<n>``) of certificates that have expired by ``today``, each
    with when, as a résumé prints the date ("Aug 2023"): evidence of a credential held once, no longer. They come
    in the order they ran out, the last to run out last, so that of several showing one keyword the latest is its."""
    lapsed = [
        (_expiry_key(c.expires), f"certificate:{n}", DEFAULT_STYLE.date(c.expires))
        for n, c in enumerate(cv.certificates, start=1)
        if c.expires and has_passed(c.expires, today)
    ]
    return {key: when for _, key, when in sorted(lapsed, key=lambda found: found[0])}


def _expiry_key(text: str) -> tuple[int, int, int]:
    """When a date ran out, to order by: a date's year, then its month and day (a year alone ends in December)."""
    found = read(text)
    return (found.year, found.month or 12, found.day or 31) if found else (0, 0, 0)


_WHAT_THE_EMPLOYER_IS = re.compile(r"\(([^()]*[^\W\d_][^()]*)\)\s*$")
"""The words in brackets that close an employer's name: what the employer is."""
_ANOTHER_EMPLOYER = re.compile(
    r"\b(?:acquired|formerly|now|part of|subsidiary|division of|owned by|client|clients|via|through|on behalf|"
    r"contract|contracted|contractor|placed|NYSE|NASDAQ|LSE)\b",
    re.IGNORECASE,
)
"""Words in such brackets that name another organisation than the employer, or how the work came through one
("Tableau (acquired by Salesforce)", "(client of Apex Talent)"): no trade of the employer's; the other's name would
read as a skill ("Salesforce")."""


def _other_texts(cv: CV) -> list[tuple[str, TextKind, str, str]]:
    out: list[tuple[str, TextKind, str, str]] = [
        (f"title:{e.id}", "title", e.role, f"title ({e.role})") for e in cv.experience if e.role
    ]
    # What an employer is, in brackets after its name ("Ledgerline (Series C AP automation SaaS)", "Summit 3PL (cold
    # chain DC)"), says the trade the work was done in, as a résumé states it: the name itself says nothing.
    out += [
        (f"employer:{e.id}", "employer", found[1], f"employer ({e.employer})")
        for e in cv.experience
        if e.employer and (found := _WHAT_THE_EMPLOYER_IS.search(e.employer)) and not _ANOTHER_EMPLOYER.search(found[1])
    ]
    for kind, variants in (("headline", cv.headline), ("summary", cv.summary)):
        for n, variant in enumerate(variants, start=1):
            one = len(variants) == 1
            out.append(
                (variant_id(kind, n, len(variants)), kind, markup.plain(variant.text), kind if one else f"{kind} {n}")
            )
    # A degree and each of its details are lines of their own, read apart as a semicolon sets them: "Computer Science"
    # over "Data Mining" says no data science.
    out += [
        (f"education:{n}", "education", "; ".join([e.degree, *map(markup.plain, e.details)]), f"degree ({e.degree})")
        for n, e in enumerate(cv.education, start=1)
    ]
    # A certificate, an award or a language says what the CV owner has ("Basic Life Support (BLS)",
    # "Spanish"), and every résumé prints them all.
    for text_id, kind, c in cv.credentials():
        out.append(
            (text_id, kind, _credential(c, granted_by=kind == "certificate"), f"{kind} ({c.name}{_valid_through(c)})")
        )
    out += [(f"language:{n}", "language", g.name, f"language ({g.name})") for n, g in enumerate(cv.languages, start=1)]
    return out


@dataclass(frozen=True, eq=False)
class PreparedCV:
    """A CV analysed and vectorised once, ready to be ranked against any number of postings."""

    items: list[_Item]
    analyses: list[Analysis]
    vocabulary: dict[str, int]
    """Term → column."""
    weights: Any
    """Per column: scikit-learn's IDF fitted on the CV's items, times the generic-word factor."""
    matrix: Any
    """One L2-normalised weighted row per item (scipy sparse CSR)."""
    lexicon: Lexicon
    config: RankConfig
    texts: list[CVText] = field(default_factory=list)
    """Every text of the CV as evidence (the items, then its titles, headline, summary and
    education), analysed with the pairs of words that stand close together."""
    contexts: list[Analysis] = field(default_factory=list)
    """Per item, its context analysed (a bullet's role, a publication's venue), as ``analyses`` is its own text."""

    def terms_of(self, item_id: str) -> frozenset[str]:
        """The terms the item ``item_id`` is ranked on (its own text's, as analysis spells them)."""
        return frozenset(self.analyses[self._row[item_id]].terms)

    def skills_of(self, item_id: str) -> frozenset[str]:
        """The lexicon's skills (canonical names) the item ``item_id``'s own text names: "WordPress" of a bullet that
        optimised stories "in WordPress" and of the skill "WordPress"."""
        return frozenset(self.analyses[self._row[item_id]].skills)

    @cached_property
    def under_way(self) -> dict[str, tuple[str, ...]]:
        """Each skill (as analysis spells terms: "cpa") that texts of the CV name only as a credential their owner
        is still working for ("CPA candidate", "CISSP (in progress)") → the ids of those texts: no evidence of it
        held, but what a reader of a keyword it lacks wants to see beside it."""
        pending = [(text, words) for text in self.texts if (words := _pending(text.kind, text.text))]
        if not pending:
            return {}
        found: dict[str, list[str]] = {}
        for (text, _), analysis in zip(pending, analyse([w for _, w in pending], self.lexicon), strict=True):
            for skill in dict.fromkeys(name.lower() for name in analysis.skills):
                if skill not in text.analysis.terms:  # held all the same where the text's claim says it
                    found.setdefault(skill, []).append(text.id)
        return {skill: tuple(ids) for skill, ids in found.items()}

    @cached_property
    def labels(self) -> dict[str, str]:
        """Each text's id → how a report names it (:attr:`CVText.label`)."""
        return {t.id: t.label for t in self.texts}

    @cached_property
    def shown(self) -> frozenset[str]:
        """The terms the CV says outside its skills list: in its bullets and publications, its roles' titles, its
        headline, summary and education (what the fit counts in full: ``RankConfig.fit_listed``)."""
        return frozenset(t for text in self.texts if text.kind != "skill" for t in text.analysis.terms)

    @cached_property
    def held(self) -> frozenset[str]:
        """The terms of the CV's certificates: the licences and certifications its owner holds ("Licensed Professional
        Engineer (PE)"), which the fit counts as said wherever a posting asks for them (:attr:`RankConfig.fit_listed`):
        a bullet seldom names the licence its work was done under. Expired or not: the fit reads no date."""
        return frozenset(t for text in self.texts if text.kind == "certificate" for t in text.analysis.terms)

    @cached_property
    def _row(self) -> dict[str, int]:
        return {item.id: n for n, item in enumerate(self.items)}

    @cached_property
    def activities(self) -> list[str]:
        """Per item: the supporting activity a bullet or publication records ("teaching"), or "".

        A bullet records it when it says so, or when its role is named for it: every bullet of a
        "Teaching Assistant" role is teaching, whatever its own words ("Graded assignments"). A bullet that opens
        with a verb of a part in others' work (:func:`records_a_part`: "Assisted in audits", "Participated in design
        reviews", "Observed line audits") records :data:`SUPPORTING_PART`, as every bullet of a role held in training
        does (:func:`held_in_training`: an intern's). Every publication records :data:`PUBLISHING`."""
        known = supporting_terms(self.lexicon)
        contexts = self.contexts or [NO_ANALYSIS] * len(self.items)
        table = lemma_table()

        named: dict[tuple[str, str], bool] = {}  # a role's title and an activity → named_for, asked once a role

        def named_so(role: str, name: str, terms: frozenset[str]) -> bool:
            if (role, name) not in named:
                named[role, name] = named_for(role, terms, self.lexicon)
            return named[role, name]

        def recorded(item: _Item, own: Analysis, around: Analysis) -> str:
            for name, terms in known.items():
                if name == PUBLISHING:
                    continue
                if terms & activity_terms(around.terms) and named_so(item.context, name, terms):
                    return name
                # "shared visits with the clinic's diabetes educator": the educator is a colleague, who taught
                if (said := terms & activity_terms(own.terms)) and not only_others(item.match_text, said, self.lexicon):
                    return name
            return SUPPORTING_PART if records_a_part(item.text, table) or held_in_training(item.context) else ""

        published = PUBLISHING if PUBLISHING in known else ""
        return [
            recorded(item, a, c) if item.kind == "bullet" else published if item.kind == "publication" else ""
            for item, a, c in zip(self.items, self.analyses, contexts, strict=True)
        ]

    @cached_property
    def parts_in_training(self) -> frozenset[int]:
        """Rows of the bullets that record a part in others' work twice over: a role held in training
        (:func:`held_in_training`) and a verb of such a part opening the bullet (:func:`records_a_part`: "Observed
        line audits", "Participated in design reviews" as an intern). Either alone makes a bullet weaker evidence of
        the work (:data:`SUPPORTING_PART`); together they are two reasons, and the bullet counts
        ``RankConfig.supporting`` once for each: an intern who built a dashboard did the work, one who watched others
        do it did none. Counted once, an intern's watching outranked the bullets of a later role that did the work
        (bench/README.md)."""
        table = lemma_table()
        return frozenset(
            row
            for row, item in enumerate(self.items)
            if item.kind == "bullet" and held_in_training(item.context) and records_a_part(item.text, table)
        )

    def supporting_share(self, row: int) -> float:
        """The share of its score the item at ``row`` keeps where it is discounted as a supporting activity
        (:func:`tailor.rank.similarity.discounted_rows`): ``RankConfig.supporting``, squared for a part recorded
        twice over (:attr:`parts_in_training`)."""
        share = self.config.supporting
        return share * share if row in self.parts_in_training else share

    @cached_property
    def terms(self) -> list[str]:
        """Column → term."""
        out = [""] * len(self.vocabulary)
        for term, column in self.vocabulary.items():
            out[column] = term
        return out

    def analyse(self, posting: Posting | AnalysedPosting) -> AnalysedPosting:
        """``posting`` analysed with this CV's lexicon and configuration (as it is, if it already is)."""
        if isinstance(posting, AnalysedPosting):
            return posting
        return analyse_posting(posting, self.lexicon, self.config)

    def row(self, term_weights: Mapping[str, float]) -> Any:
        """Term frequencies (already sublinear) as one L2-normalised row of this CV's space."""
        return self.rows([term_weights])

    def rows(self, many: Sequence[Mapping[str, float]]) -> Any:
        """Several term-frequency mappings as L2-normalised rows (scipy sparse CSR), one per mapping."""
        return weighted_rows(self.vocabulary, self.weights, many)


def weighted_rows(vocabulary: Mapping[str, int], weights: Any, many: Sequence[Mapping[str, float]]) -> Any:
    """One L2-normalised row (scipy sparse CSR) per mapping of ``many``: each term's weight times its column's
    IDF in ``weights``; terms outside ``vocabulary``, and weights of 0, left out."""
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for term_weights in many:
        for term, weight in term_weights.items():
            if weight > 0 and (column := vocabulary.get(term)) is not None:
                indices.append(column)
                data.append(weight * weights[column])
        indptr.append(len(indices))
    matrix = csr_matrix((data, indices, indptr), shape=(len(many), len(vocabulary)))
    matrix.sum_duplicates()
    return normalize(matrix)


def prepare_cv(cv: CV, lexicon: Lexicon | None = None, config: RankConfig = DEFAULT_CONFIG) -> PreparedCV:
    """Analyse every bullet, publication title and skill of ``cv`` and fit the TF-IDF weights.

    Raises:
        TailorError: no item of the CV (with its job title) holds a term: nothing to rank.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    lexicon = with_own_skills(lexicon or bundled_lexicon(), cv.skill_names)
    items = _items(cv)
    others = _other_texts(cv)
    claims = [_claimed(k, t) for _, k, t, _ in others]
    claims = [
        _with_licence(t, lexicon) if k == "certificate" and t else t
        for (_, k, _, _), t in zip(others, claims, strict=True)
    ]
    texts = [*(i.match_text for i in items), *(i.context for i in items), *claims]
    # A skill of the CV's list is a skill whatever else its name means ("Go", "Excel"), and so is a
    # language of its languages ("German").
    named = [n for n, item in enumerate(items) if item.kind == "skill"]
    named += [2 * len(items) + n for n, (_, kind, _, _) in enumerate(others) if kind == "language"]
    # A certificate's name names a credential: "PALS – American Heart Association" is the course, no pals.
    credentials = [2 * len(items) + n for n, (_, kind, _, _) in enumerate(others) if kind == "certificate"]
    apart = frozenset(named) | frozenset(credentials)
    # A bullet's trade is read with its role's title beside it: "Checked in late arrivals" under "Night Receptionist"
    # is a front desk's check-in, though the bullet names no guest.
    roles = {c: _lemmas_of(c) for c in {i.context for i in items if i.kind == "bullet" and i.context}}
    beside = [roles.get(i.context, frozenset()) if i.kind == "bullet" else frozenset() for i in items]
    beside += [frozenset()] * (len(texts) - len(items))
    analyses = analyse(
        [t for n, t in enumerate(texts) if n not in apart],
        lexicon,
        near=True,
        beside=[b for n, b in enumerate(beside) if n not in apart],
    )
    # The skills list is one text, read whole for the trade a name of two trades means: "Monte Carlo" beside dbt and
    # Snowflake is the data observability tool, beside Bayesian statistics the method.
    skills = analyse([texts[n] for n in named], lexicon, near=True, names=True, together=True)
    held = analyse([texts[n] for n in credentials], lexicon, near=True, credentials=True)
    # In order: each lands where its text was.
    for n, analysis in sorted([*zip(named, skills, strict=True), *zip(credentials, held, strict=True)]):
        analyses.insert(n, analysis)
    own, context, rest = analyses[: len(items)], analyses[len(items) : 2 * len(items)], analyses[2 * len(items) :]
    # A bullet is ranked on all its words, but is evidence only of what it claims: "completing hours toward the
    # CDCES" is about diabetes education, and no CDCES held (the few bullets that say so are analysed again).
    claimed = [_claimed(i.kind, i.match_text) for i in items]
    evidence = [
        CVText(i.id, i.kind, i.text, i.id, a if c == i.match_text else analyse([c], lexicon, near=True)[0])
        for i, a, c in zip(items, own, claimed, strict=True)
    ]
    evidence += [CVText(*other, a) for other, a in zip(others, rest, strict=True)]
    # The IDF is fitted on the CV's own items, not on the posting. What we rank is CV
    # items, so a term should weigh more when it singles out few of them ("MPI") and less
    # when half the CV says it ("distributed"); the posting's own repetitions already
    # count through its term frequencies. Fitting on the CV alone also keeps the weights
    # the same for every posting, so scores are comparable across postings, and lets one
    # fitted CV serve many postings. The analyzer is the identity: spaCy made the terms.
    pairs = list(zip(own, context, strict=True))
    if not any(a.terms or c.terms for a, c in pairs):
        raise TailorError(
            "The CV has nothing to rank: none of its bullets, publication titles, skills or job titles holds a "
            "word tailor can match. Add the bullets of your experience (cv_data/README.md shows how)."
        )
    given = [_given(item, a, lexicon) for item, a in zip(items, own, strict=True)]
    # The skills a bullet says with words between (:func:`said_apart`) are terms of its own, in the vocabulary too.
    apart = [[t for t in g if t not in known] for g, known in zip(given, map(set, (a.terms for a in own)), strict=True)]
    vectorizer = TfidfVectorizer(analyzer=identity).fit(
        [a.terms + x + c.terms for (a, c), x in zip(pairs, apart, strict=True)]
    )
    vocabulary = {str(t): int(i) for t, i in vectorizer.vocabulary_.items()}
    by_column = sorted(vocabulary, key=vocabulary.__getitem__)
    weights = vectorizer.idf_ * discounts(by_column, config, lexicon)
    rows = [merged(sublinear(t), sublinear(c.terms), config.context) for t, c in zip(given, context, strict=True)]
    matrix = _as_labels_weigh(weighted_rows(vocabulary, weights, rows), items, own)
    prepared = PreparedCV(items, own, vocabulary, weights, matrix, lexicon, config, evidence, context)
    # Whatever every posting will need, made now: worker processes forked after this inherit it.
    if config.expansion > 0:
        related_terms(lexicon)
    bundled_lexicon()  # where a user's skills.yaml extends it, what a posting's details are told apart by
    _ = prepared.activities
    _ = prepared.parts_in_training
    _ = prepared.shown
    _ = prepared.held
    return prepared


def _lemmas_of(title: str) -> frozenset[str]:
    """The lemmas of a role's ``title``, each word's ("Night Receptionist": night, receptionist)."""
    table = lemma_table()
    return frozenset(lemma_of(word, table) for word in re.findall(r"[\w'-]+", title.lower()))


def _given(item: _Item, analysis: Analysis, lexicon: Lexicon) -> list[str]:
    """The terms a bullet is ranked on: its own, without the care it says its owner only received
    (:func:`tailor.people.received_only`: "Supervision received from specialist consultants", "Was mentored by the
    head of data"), and without the places it names (:func:`tailor.rank.posting.places_written`). Ranked on the
    care received, the bullet would stand for the supervising or mentoring a posting asks of its hire, which its owner
    did not do; the keywords already read it so. A place a posting names is no term ranking asks for
    (:func:`tailor.rank.posting.places_named`), so a place a bullet names can meet nothing and only lengthens its
    vector: "Reported on Canada's opioid crisis" would weigh less for a health reporter's posting than "Reported on
    the opioid crisis". Nor is it ranked on the kind of the people it names (:func:`tailor.people.kinds_of_others`:
    "Supervise two MSW interns" shows no MSW of its owner's). The keywords and the fit's evidence still read the
    bullet whole."""
    if item.kind != "bullet":
        return analysis.terms
    got = received_only(item.text, lexicon, {skill.lower() for skill in analysis.said})
    terms = [term for term in analysis.terms if got.isdisjoint(term.split())] if got else analysis.terms
    if kinds := kinds_of_others(item.text, analysis, lexicon):
        terms = [term for term in terms if term not in kinds]
    places = places_written(item.text, terms)
    terms = [term for term in terms if term not in places] if places else terms
    return [*terms, *said_apart(analysis, lexicon, terms)]


_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=4)
def _with_an_article(lexicon: Lexicon) -> Mapping[tuple[str, str], str]:
    """The lexicon's names of a verb, an article and its object ("lead a team", "manage a crew"), as the pair of
    their two words' lemmas in order → the skill's term ("team leadership")."""
    table = lemma_table()
    found: dict[tuple[str, str], str] = {}
    for surface, name in lexicon.names.items():
        words = surface.split(" ")
        if len(words) == 3 and words[1] in _ARTICLES and words[0].isalpha() and words[2].isalpha():
            found.setdefault((lemma_of(words[0], table), lemma_of(words[2], table)), name.lower())
    return found


def said_apart(analysis: Analysis, lexicon: Lexicon, terms: Sequence[str]) -> list[str]:
    """The skills of the lexicon named by a verb, an article and its object ("lead a team": team leadership) that a
    bullet's ``analysis`` says with words between them ("Led a development team of five", "Managed a results-driven
    sales team"): the verb before its object, the two standing close (:attr:`tailor.analysis.Analysis.near`), and
    the skill not among ``terms`` already. The keyword view reads such a bullet as saying the skill; ranking read
    only the name's own words, so "Led a team of three engineers" met a posting's team leadership and "Led a
    development team of five" did not (bench/README.md, seventieth session)."""
    names = _with_an_article(lexicon)
    if not names or not analysis.near:
        return []
    first = {term: n for n, term in reversed(list(enumerate(analysis.terms)))}
    found: list[str] = []
    for pair in analysis.near:
        for verb, thing in (pair, pair[::-1]):
            name = names.get((verb, thing))
            if (
                name
                and name not in terms
                and name not in found
                and first.get(verb, len(first)) < first.get(thing, -1)
                # side by side, the name's own reading decides ("Lead team meetings" leads no team)
                and f"{verb} {thing}" not in first
                and not _modifies(thing, first)
            ):
                found.append(name)
    return found


def _modifies(word: str, terms: Mapping[str, int]) -> bool:
    """Whether ``word`` opens a phrase of ``terms`` whose second word is a thing of the group's: a team's calendar or
    meetings ("Managed a team calendar") are no team led; its members are (:data:`A_TEAMS_PEOPLE`), and so is a team
    an adjective after it describes ("Led a marketing team responsible for five brands", "accountable for")."""
    return any(
        head == word and space and second not in A_TEAMS_PEOPLE and not second.endswith(_ADJECTIVES_AFTER)
        for head, space, second in (term.partition(" ") for term in terms)
    )


_ADJECTIVES_AFTER = ("ible", "able")
"""Endings of the adjectives that follow the noun they describe ("responsible for", "accountable to", "capable of")."""


LABEL_WORDS = 2
"""The most words of a bullet that is a label ("Scheduling", "Returns and exchanges") or the barest claim
("Sold bicycles"): it says too little to outrank a bullet that says what was done, yet would, by a cosine's
weakness for the short. Such a bullet of ``m`` words weighs ``m / (m + 1)`` of its cosine (as if it held one more
word the posting does not say): a half for one word, two thirds for two. Measured on the labelled sets (three of
their bullets are labels): hotel NDCG@5 +0.035, social work +0.010, no set lower; normalising every bullet's length
by a pivot cures the labels too, but costs the sets whose best evidence is short (bench/README.md)."""


def _as_labels_weigh(matrix: Any, items: Sequence[_Item], analyses: Sequence[Analysis]) -> Any:
    """The item ``matrix`` with each bullet that is a label (:data:`LABEL_WORDS`) weighed down: its words are
    its terms of one word, a repeated word once ("Opening and closing procedures": open, close, procedure)."""
    from scipy.sparse import diags

    words = [len({t for t in a.terms if " " not in t}) for a in analyses]
    scale = [
        n / (n + 1) if item.kind == "bullet" and 0 < n <= LABEL_WORDS else 1.0
        for item, n in zip(items, words, strict=True)
    ]
    return (diags(scale) @ matrix).tocsr() if any(x < 1.0 for x in scale) else matrix
