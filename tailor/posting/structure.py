"""Split a posting into sections and say what each one is.

Real postings wrap the part that matters (what you will do, what you need) in
company blurb, benefits, salary tables and legal text. This module splits a
posting at its headings (:mod:`tailor.posting.headings` finds them, whatever their
style, and says what each announces), and splits off paragraphs and lists that
betray their kind without a heading (an equal-opportunity paragraph at the end,
a list of "5+ years of …" right after the intro, the pay paragraph under the last
list of requirements). A saved page's navigation at the very top ("Skip to main
content") is no part of any section. Who is hiring, for what and where is
:mod:`tailor.posting.find_details`' business; the
:class:`Structure` carries its answer.

How much each kind of section counts is ranking's business
(:data:`tailor.rank.SECTION_WEIGHTS`, the default of ``RankConfig.section_weights``).
Pure text processing: no spaCy, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING

from tailor.lexicon import action_nouns
from tailor.posting import plausible
from tailor.posting.cues import cues
from tailor.posting.details import DATE_FIELDS, Candidate, Field, PostingDetails
from tailor.posting.extracted import Link
from tailor.posting.find_details import find_details
from tailor.posting.headings import (
    ELIGIBILITY,
    EMOJI_BEFORE,
    LIST_ITEM,
    OVERVIEW,
    SectionKind,
    classify_heading,
    clean_heading,
    describes_the_role,
    find_heading,
    inline_heading,
    is_field,
    is_pay_field,
    is_terms_field,
    pay_and_after,
    run_in_headings,
    titles_a_job,
)
from tailor.posting.items import (
    SENTENCE,
    clauses_apart,
    demands,
    indent,
    is_nice_to_have,
    list_lines,
    not_counted_apart,
    offered_apart,
    sentences_apart,
    states_hours,
    states_hours_worked,
    under_its_lead_in,
)
from tailor.posting.lines import HIRING, LABEL, LABELS
from tailor.posting.text_rules import chips_with_the_place, details_line, header_details_line, unfold_header

if TYPE_CHECKING:
    from tailor.posting.read import Posting

__all__ = ["Section", "SectionKind", "Structure", "classify_heading", "of", "parse"]


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    heading: str
    """The heading as written, without Markdown marks or a trailing colon; ``""`` for none."""
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Structure:
    """A posting's sections, classified, and its details."""

    sections: tuple[Section, ...]
    find: Callable[[], PostingDetails] = field(default=PostingDetails, repr=False, compare=False)
    """How to find :attr:`details`, when first asked: ranking needs the sections alone, and ``tailor rank``
    shows the details of the few best of thousands of postings."""

    @cached_property
    def details(self) -> PostingDetails:
        """Who is hiring, for what, where, and where each of these was found (:mod:`tailor.posting.find_details`)."""
        return self.find()

    @property
    def title(self) -> str | None:
        """The job title, or None when the posting does not state it clearly."""
        return self.details.value("title")

    @property
    def company(self) -> str | None:
        """The hiring organisation, or None when the posting does not state it clearly."""
        return self.details.value("company")


# --- telling a block's kind from its content -------------------------------------------

_CONTENT_RULES: tuple[tuple[SectionKind, str], ...] = (
    (
        SectionKind.LEGAL,
        r"equal[- ](employment )?opportunit(?:y|ies)|without regard to|regardless of (race|gender|age)"
        r"|protected (veteran|characteristic|class)|affirmative action|reasonable accommodation|e-verify"
        r"|do not discriminate|privacy (policy|notice)"
        # The notice in other words: "free from any form of discrimination", "our non-discrimination policy", "EEOC".
        r"|(?:free (?:from|of)|(?:any|all) (?:forms?|kinds?) of|non-?|prohibits?) ?discrimination|\beeoc?\b"
        # A warning about impostors ("the authenticity of a job offer", "recruitment scams").
        r"|recruit(?:ment|ing) (?:fraud|scams?)|fraudulent (?:job|recruit|offer)"
        r"|authenticity of (?:a|any|the) (?:job )?offer|recruit(?:ing|ment|er) impersonations?|fake job offers?"
        # Who may see controlled technology, as the notice says it ("positions requiring access to technical data
        # subject to export control regulations … may have to obtain export licensing approval").
        r"|subject to (?:u\.s\. )?export controls?|export licen[cs]\w* approval"
        # A fair-chance notice ("we consider qualified applicants with criminal histories"), a disclaimer ("should
        # not be construed as an offer or guarantee of employment") and a copyright line: the employer's, no work.
        r"|(?:applicants|candidates|individuals) with (?:criminal|arrest|conviction) (?:histor|record)|\bfair chance\b"
        r"|construed as (?:an? )?(?:offer|contract|guarantee)|guarantee of (?:continued )?employment"
        r"|all rights reserved"
        # A reservation that the duties listed only illustrate the work ("intended only as illustrations of possible
        # types of work", "not intended to be all-inclusive"), as a class specification and many postings close them.
        r"|(?:intended|meant) (?:only )?as (?:illustrations?|examples) of\b"
        r"|not (?:intended to be )?(?:an? )?(?:all[- ]inclusive|exhaustive)\b"
        # Who may be hired at all: the right to work there, and an offer that waits on a background check.
        r"|(?:legally )?authori[sz]ed to work (?:in|for)\b|work authori[sz]ation|visa sponsorship"
        r"|sponsor (?:a |an )?(?:work )?visas?"
        r"|contingent (?:up)?on (?:\w+ ){0,6}background (?:checks?|screening|investigation)",
    ),
    (
        SectionKind.BENEFITS,
        r"salary|compensation|paid time off|\bpto\b|health(care)?,? (dental|insurance)|benefits? (program|package|plan)"
        r"|(days|time) off"
        # Dental cover beside other cover ("medical, dental and vision", "dental insurance"); "dental" alone is
        # also a field of work ("a general dentistry office hiring a Dental Hygienist", "dental services").
        r"|(?:medical|health|healthcare)(?:,| and| &|/) ?(?:and )?dental"
        r"|dental(?:,| and| &|/) ?(?:and )?(?:vision|medical|health|life)"
        r"|dental (?:insurance|cover(?:age)?|plans?|benefits?)"
        r"|401\(?k|pension|parental leave|stock options?|vacation|holidays|wellness|per (year|annum|hour)"
        # Perks in the words a list of them uses ("Employee Stock Ownership Plan (ESOP)", "Flexible working hours",
        # "Educational budget for your personal growth", "Team building events", "One of the Best Places to Work").
        r"|stock ownership|\besop\b|work[- ]life balance|flexible (?:working |work )?(?:hours|model|arrangements?)"
        r"|(?:learning|education(?:al)?|training|development|conference) (?:budget|allowance|stipend)"
        r"|tuition (?:support|reimbursement|assistance)|best places? to work|team[- ]building"
        r"|company (?:events|retreats?)"
        # Perks named as such ("Benefits include competitive pay, flexible shifts …", "a total rewards package",
        # "referral bonuses"), as a home care agency's careers page lists them under no heading.
        r"|\bbenefits include\b|\brewards package\b|\bcompetitive (?:pay|wages?)\b|\breferral bonus"
        # Pay in words, as a US posting explains its range ("a market-based approach to pay", "starting pay will be
        # determined by …", "pay may vary by location"): never a duty's "process pay", nor "payroll".
        r"|\b(?:starting|base|hourly|annual) pay\b|\bpay (?:ranges?|rates?|scales?|bands?|zones?|transparency)\b"
        r"|\bpay (?:may|will|can) vary\b|\bapproach to pay\b"
        # Equity as pay ("an equity grant", "bonus and equity"), not as fairness ("diversity, equity and
        # inclusion", "equity and belonging", "health equity").
        r"|(?<!diversity, )(?<!diversity and )(?<!health )(?<!racial )(?<!social )(?<!gender )(?<!pay )"
        r"(?<!educational )\bequity(?!,? (?:and |& )?(?:inclusion|belonging|justice|access)\b)"
        r"|[$€£]\s?\d(?![\d.,]*\s?(?:m|mm|b|bn|million|billion|trillion)\b)"  # pay; not a firm's "$600M"
        # The home connection a remote job needs ("2 Mbps upload and 10 Mbps download"): a term of the job, as its
        # hours are, never a skill a CV could show.
        r"|\d\s?[mg]bps\b",
    ),
    (
        SectionKind.APPLY,
        r"to apply|send (us )?your (cv|resume|résumé)|apply (now|here|via|through|at)"
        r"|submit (your|an) application|cover letter"
        # How to go about applying ("please consider applying for a maximum of 3 roles", "before applying"), not the
        # work of applying something ("applying statistical methods", "applying for grants").
        r"|(consider|before|when) applying|applying for (this|the) (role|position|job)"
        # Whom to ask about it: "If you have further questions, feel free to contact Hanna at …".
        r"|if you have (?:any )?(?:further |more |other )?questions|feel free to (?:contact|reach out|get in touch)",
    ),
)
_PLAINLY_LEGAL = re.compile(
    r"equal[- ](?:employment )?opportunity employer|\bEOE\b"
    r"|recruit(?:ment|ing) (?:fraud|scams?)|fraudulent (?:job|recruit|offer)",
    re.IGNORECASE,
)
"""What a paragraph under a list of duties or requirements says when it is the employer's notice, however long:
that it is an equal opportunity employer, or a warning about recruitment fraud."""
_APPLY_ANYWAY = re.compile(
    r"encourage[sd]? (?:you|everyone|all|candidates|applicants|people)\b[\w\s,'’-]{0,60}? to apply"
    r"|(?:don't|don’t|do not|doesn't|doesn’t) (?:necessarily )?(?:meet|match|have|check|line up)\b[\w\s]{0,12}"
    r"(?:every|all|100|each)\b|\bapply anyway\b|\bstill (?:encourage you to )?apply\b|not all applicants will have",
    re.IGNORECASE,
)
"""What a paragraph under the requirements says when it urges the reader to apply though they miss some ("Don't meet
every single requirement? … we encourage you to apply"): how to apply, whatever words of skills and experience it
uses."""
_COMPILED_CONTENT_RULES = tuple((kind, re.compile(pattern)) for kind, pattern in _CONTENT_RULES)
_CONTENT_CUES = {kind: cues(pattern) for kind, pattern in _COMPILED_CONTENT_RULES}
"""The words one of which every match of each kind's content rule holds (:func:`~tailor.posting.cues.cues`): a block
that holds none of them is none of that kind's, and no rule scans it."""
_REQUIREMENT_CUES = re.compile(
    r"\d\+? years|years of|experience (with|in|of)|knowledge of|familiar|proficien|degree|bachelor|master|phd"
    r"|understanding of|ability to|skills? in|background in|fluency|fluent|you (have|can|understand|know)\b|strong",
    re.I,
)
_RESPONSIBILITY_CUES = re.compile(
    # Duties as verbs: "Design …", "Designs …", "Designing …" (a final e dropped: "Managing", "Writing").
    r"^(?:(?:design|develop|build|lead|own|work|implement|maintain|deliver|support|partner|mentor|research|deploy"
    r"|monitor|help|conduct|perform|establish|oversee"
    # A public employer's class specification says its duties in the third person with verbs of service: "Plans,
    # implements …", "Promotes the library …", "Serves on committees", "Supervises staff", "Assists patrons".
    r"|assist|represent|recommend|review|select|instruct|teach(?:e)?|plan(?:n)?"
    # What a job in the field does on its rounds: "Attend weekly owner meetings", "Inspect the work in place".
    r"|attend|inspect)(?:s|ed|ing)?"
    r"|(?:driv|collaborat|creat|manag|writ|improv|optimi[sz]|scal|defin|measur|prepar|coordinat|ensur|analy[sz]"
    r"|evaluat|investigat|provid|promot|participat|serv|supervis|advocat|organi[sz]|schedul|enforc)(?:e|es|ed|ing)"
    r"|trains?|trained"
    r"|ship(?:s|ped|ping)?|run(?:s|ning)?|you will|you'll)\b",
    re.I,
)


_COMPANY_CUES = re.compile(
    # "us", never the country: "working with US clients" says nothing of the employer.
    r"\b(?:we|we're|we’re|we've|we’ve|our|(?-i:[Uu]s))\b|\bfounded\b|headquarter|\bemployees\b|\bmission\b|\bcustomers\b"
    r"|\bclients\b|\bcountries\b|\bworldwide\b|\bsince (?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
_WHAT_A_FIRM_IS = re.compile(
    r"(?:^|[.!?]\s+)\s*[_*]*(?P<name>(?:(?:[A-Z][\w&.'’-]*|&)"
    rf"(?:,(?=\s+{plausible.LEGAL_SUFFIX}\s))?\s+){{1,6}})(?:is|are)\s+(?:a|an|one)\b"
)
"""A sentence that says what a name is: "Northwind Freight is a …", "Halvorsen Mills are one of …", "Brandt & Okoro
is a …", "Lone Star Community Care Network is an …", in italics too ("_Konecranes is a global leader …_", as a
plain-text copy of a Markdown page keeps them), its legal suffix after a comma too ("Harmon Logistics, Inc. is a …")."""
_PRONOUN = re.compile(r"[.!?\s_*]*(?:We|You|They|It|This|That|There|Here|Our)\b")


def _firms_said(block: str) -> list[re.Match[str]]:
    """The sentences of ``block`` that say what a name is (:data:`_WHAT_A_FIRM_IS`), but for a job's: "The Care
    Coordinator Population Health is a member of our team" speaks of the job in Title Case, "Gulf Coast Physician
    Partners is a …" of a firm named for its people (:func:`tailor.posting.plausible.firm_of_people`)."""
    return [
        m
        for m in _WHAT_A_FIRM_IS.finditer(block)
        if not plausible.JOB_WORDS.search(name := m["name"].strip()) or plausible.firm_of_people(name)
    ]


def _opens_with_the_firm(block: str) -> bool:
    """Whether ``block``'s first sentence says by a name what it is ("Harmon Logistics, Inc. is a …")."""
    said = _firms_said(block)
    return bool(said) and said[0].start() == 0 and not _PRONOUN.match(said[0].group())


def _plainly_the_firms(block: str) -> bool:
    """Whether ``block`` opens by saying by a name what it is ("Thornbury Paving is a site and paving contractor …")
    and says nothing of a job or the reader: a blurb of one sentence, with no "we" or "our" for a second cue."""
    return _opens_with_the_firm(block) and not (_ROLE_CUES.search(block) or _SPEAKS_OF_A_JOB.search(block))


BLURB_WORDS = 20
"""The fewest words of a paragraph :func:`_only_the_employers` reads as the employer's by what it does not say: a
line under the title ("We run a busy lab.") may be the masthead's or open the job."""


_A_SENTENCES_END = re.compile(r"[^\W_]{2}[.!?][\"”’)]*(?:\s|$)")
"""A word or a year that ends a sentence ("… places to work in 2023."): a paragraph says something, which a line of
pay and places ("💰 180000.0 🌎 Albania,Andorra, …") does not."""
_INVITES = re.compile(r"\bjoin(?:ing)?\b", re.IGNORECASE)
"""A paragraph that asks the reader to join ("Join one of our product teams and build …") speaks of the job."""


def _only_the_employers(block: str) -> bool:
    """Whether ``block`` is a paragraph (:data:`BLURB_WORDS`) that neither speaks to the reader nor names a job, asks
    nothing, invites no one to join and is of no kind its words tell (pay, how to apply, a notice, a list of
    duties): under the title, before a heading that opens the job, what such a paragraph says is the employer ("Acme,
    part of Beta Group, powers reservations for …", "Acme is the nation's largest …"), though it names it only once
    and says no "we" or "our"."""
    return (
        len(block.split()) >= BLURB_WORDS
        and _A_SENTENCES_END.search(block) is not None
        and _INVITES.search(block) is None
        and not LIST_ITEM.match(block)
        and not _SPEAKS_OF_A_JOB.search(block)
        and not _ROLE_CUES.search(block)
        and not _ASKS.search(block)
        and _content_kind(block) is None
    )


def _names_what_a_firm_is(block: str) -> bool:
    """Whether a sentence of ``block`` says by a name what it is ("Brandt & Okoro is a …"), not by a pronoun ("We
    are a small studio …", which a paragraph of perks or of the job may say as well)."""
    return any(not _PRONOUN.match(m.group()) for m in _firms_said(block))


_ROLE_CUES = re.compile(
    # "You will …", not a blurb's "we give you tools"
    r"\byou(?:'ll|’ll|'d|’d| will| would| should| must| bring| need)\b|\bideal\b"
    # Seeking is hiring, but not what the employer's customers seek to do ("security teams seeking to simplify
    # access"); seeking to hire, fill or grow a team is.
    r"|\b(?:this|the) (?:role|position|job|opportunity)\b|looking for"
    r"|\bseek(?!ing to (?!(?:hire|fill|add|recruit|appoint|bring|expand|grow|build)\b)\w)"
    r"|\bhiring\b|\bcandidate|responsib|report(?:s|ing)? to\b|\bduties\b|join (?:our|the|a) team"
    # What the job asks, in the passive: "Tracking our frame inventory by our procedures is required."
    r"|\b(?:is|are) required\b",
    re.IGNORECASE,
)


_ONE_JOB = plausible.JOB_WORDS.pattern.removesuffix(r"s?\b")
_NAMES_THE_JOB = re.compile(
    rf"(?:^|[.!?]\s+)(?:The|This|Our|As (?:the|a|an|our))\s+(?:[\w&/'’-]+\s+){{0,5}}?{_ONE_JOB}\b",
    re.IGNORECASE | re.MULTILINE,
)
"""A sentence about one job, by its name: "The Benefits & Leave Specialist administers …", "As our HR Generalist,
you …"; not "Our associates enjoy …"."""


_A_JOB_BY_NAME = re.compile(
    rf"\s*(?:The|This|Our|As (?:the|a|an|our))\s+((?:[\w&/'’-]+\s+){{0,4}}?{_ONE_JOB})\b", re.IGNORECASE
)


_OPENS_WITH_A_NAME = re.compile(r"\s*(?:The|This|Our|As (?:the|a|an|our))\s+[A-Z]")


def _after_the_jobs_name(sentence: str) -> str | None:
    """What ``sentence`` says after the job it opens with, named as a title ("The Store Manager ensures visual
    merchandising …" → "ensures visual merchandising …"; "As the Retail Manager, …"): every word of the name
    capitalised, as a posting writes its job's title, not "The company is a leader in …" nor "The assistant
    supports …"; None for any other sentence. The name is left out: it is the title's, no skill the job asks for
    ("The Site Reliability Engineer supports …" asks for no site reliability engineering of its own)."""
    # Asked first, as most sentences open otherwise: the long match of a job's word costs three times as much.
    if _OPENS_WITH_A_NAME.match(sentence) is None:
        return None
    found = _A_JOB_BY_NAME.match(sentence)
    if found is None or not all(word[:1].isupper() for word in found.group(1).split()):
        return None
    rest = sentence[found.end() :]
    if not rest.startswith(",") and not _WHAT_IT_DOES.match(rest.lstrip()):
        return None
    return rest.lstrip(" ,")


_WHAT_IT_DOES = re.compile(r"(?!is\b|has\b|was\b)[a-z]+s\b")
"""What a sentence that opens with the job's name goes on to say it does ("ensures …", "leads …"), not what it is
("is a member of …") nor a longer name's next word ("The SRE team is …"). What it "will" do is left out: measured
on 600 postings, "will be diligent, agile …" and "will focus on enhancing the user experience" of a backend job
named skills no one asked for."""


_TOOLS_OF_THE_JOB = re.compile(
    r"(?:software|tools|tech(?:nology)? stack|technologies|systems|platforms|equipment)(?: used)?\s*:\s*\S",
    re.IGNORECASE,
)
"""A line that lists what the job works with under its label, as a careers page sets it under the title
("Software: Drake Tax, UltraTax CS", "Tech stack: Go, Postgres")."""


_QUALIFIES = re.compile(
    r"\b(?:current|valid|active)\b[^.\n]{0,80}?\b(?:licen[cs](?:e|ure)|credential|certification|registration)s?\b"
    r"|\b(?:able|eligible) to sit for\b|\bgraduat(?:e|ed) (?:of|from)\b[^.\n]{0,60}?\baccredited\b",
    re.IGNORECASE,
)
"""A line of what the candidate must hold, where a careers page sets it under the job's summary with no heading
of its own: "Current state credentials as a CVT", "Graduated from an accredited program and able to sit for the
VTNE"."""
_THE_EMPLOYERS_OWN = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
"""The employer's own licence or certification ("our clinic holds a current ISO 9001 certification")."""


ITS_UNION = re.compile(
    r"\brepresented by\b[^.\n]{0,60}?\b(?:union|local \d+|bargaining unit)"
    r"|\b(?:covered by|subject to|under)\b[^.\n]{0,80}?"
    r"\b(?:collective bargaining|union|labou?r) (?:agreement|contract)",
    re.IGNORECASE,
)
"""A sentence that puts the job in a union ("This position is represented by SEIU Local 1021 and is covered by the
collective bargaining agreement"): a term of its employment, as its pay is, no work it asks for; a labour relations
job that asks for collective bargaining says so in its duties."""


def job_sentences(text: str, title: str | None = None) -> list[str]:
    """The sentences of ``text`` that speak of the job ("You will design enclosures …", "Join our team building
    …", what one that opens with the job's name as a title says of it, "ensures …", what one whose subject is the
    job by the word its ``title`` names it with says of it, "Under collaborative practice agreements, the pharmacist
    manages …", a line of the tools it uses, "Software: Lacerte, ProSeries", a line of the credential it asks for,
    "Current state credentials as a CVT"), not those of the employer alone ("Acme Systems designs heat
    exchangers.", "We hold a valid ISO 9001 certification.") nor a masthead's title, employer and place, nor those
    that only put the job in a union (:data:`ITS_UNION`)."""
    found = []
    job = _the_jobs_words(title)
    for sentence in _SENTENCE_END.split(text):
        if (
            _ROLE_CUES.search(sentence)
            or _TOOLS_OF_THE_JOB.match(sentence)
            or (_QUALIFIES.search(sentence) and not _THE_EMPLOYERS_OWN.search(sentence))
        ):
            said = sentence
        elif (rest := _after_the_jobs_name(sentence) or _the_job_as_its_subject(sentence, job)) is not None:
            said = rest
        else:
            continue
        if not ITS_UNION.search(sentence):  # asked last: it is the costliest
            found.append(said)
    return found


_TITLE_GOES_ON = re.compile(r"\s+[-–—|]\s+|\s*\(|,\s+")
"""Where a job's title goes on from the job to what it is in ("Clinical Pharmacist - Oncology")."""


def _the_jobs_words(title: str | None) -> frozenset[str]:
    """The job's words of ``title``, before what it goes on to say it is in (:data:`_TITLE_GOES_ON`), in small letters:
    "pharmacist" and "specialist" of "Clinical Pharmacist Specialist - Oncology"."""
    if not title:
        return frozenset()
    job = _TITLE_GOES_ON.split(title, maxsplit=1)[0]
    return frozenset(word.lower() for word in plausible.JOB_WORDS.findall(job))


_THE_JOB_DOES = re.compile(
    r"(?:^|(?<=,)\s+)(?:The|the)\s+([a-z]+)\s+(?:[a-z]+ly\s+)?(?!is\b|has\b|was\b|will\b)[a-z]+s\b"
)
"""The job as a sentence's subject, in small letters, and what it does: "the pharmacist independently manages", after a
clause put first ("Under collaborative practice agreements with physicians, the pharmacist …") or at its start."""


def _the_job_as_its_subject(sentence: str, job: frozenset[str]) -> str | None:
    """``sentence`` without its subject where that subject is the job by one of its title's ``job`` words ("Under
    collaborative practice agreements, the pharmacist manages warfarin therapy" → "Under collaborative practice
    agreements, manages warfarin therapy"); None where it is not. Another job's word ("the physician prescribes")
    names someone else, whose work the hire does not do."""
    found = _THE_JOB_DOES.search(sentence.strip()) if job else None
    if found is None or found.group(1) not in job:
        return None
    sentence = sentence.strip()
    return sentence[: found.start()] + sentence[found.end(1) :]


_WE = re.compile(r"\b(?:we|us|ourselves)\b|\bwe['’](?:re|ve|d|ll)\b", re.IGNORECASE)
"""The employer speaking of itself ("Can you spare us a minute?", "Where do we stand?")."""


_DESCRIPTION = re.compile(r"^(?:full )?(?:job |position )?description$", re.IGNORECASE)
"""A heading that names the whole description under it (a board's "Description", Indeed's "Full job description"),
which may open with the employer's blurb."""


def _set_off(lines: list[str], n: int) -> tuple[str, bool] | None:
    """The bare heading at line ``n`` that an emoji sets off ("💬 Who are we looking for"), its words counted without
    the emoji, with whether it is one only for its words (as :func:`find_heading` says); None where it is no such
    heading, or where the text right above or below it opens with an emoji too: a list whose items each open with
    one ("🏝 Unlimited PTO", "📝 Student loan payback program") has no heading among them."""
    line = lines[n].strip()
    bare = EMOJI_BEFORE.sub("", line)
    if bare == line or (found := find_heading(bare)) is None:
        return None
    above = next((text for text in reversed(lines[:n]) if text.strip()), "")
    below = next((text for text in lines[n + 1 :] if text.strip()), "")
    if EMOJI_BEFORE.match(above.strip()) or EMOJI_BEFORE.match(below.strip()):
        return None
    return clean_heading(line), found[1]


_A_PARTS_NAME = re.compile(r"^(?:summary|overview|description|introduction|details)$", re.IGNORECASE)
"""A heading that names no subject of its own, only what part of one it is: under a heading with no text of its own
("Company Description" over "Summary"), it is a part of that heading's subject."""


_WHOLE_JOB = re.compile(
    r"^(?:about (?:the|this) (?:job|role|position)|(?:full )?(?:job |position )?description)$", re.IGNORECASE
)
"""A heading over the whole of a job's description ("About the job", "Job description"), whose first line, a
heading's words of another kind, opens a part of it rather than being an item."""


def _describes_company(block: str) -> bool:
    """Whether ``block``, under a heading that could head either ("Overview"), describes the employer: what it
    is, says or does ("we", "our", founded, headquartered, its employees, its mission), and nothing of the job
    (its duties, the candidate, "this role", "we are seeking", "you will")."""
    if _ROLE_CUES.search(block) or LIST_ITEM.match(block):
        return False
    return len(_COMPANY_CUES.findall(block)) + len(_firms_said(block)) >= 2


_LISTS_OF_THE_JOB = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS)
_OF_THE_JOB = (SectionKind.ROLE, *_LISTS_OF_THE_JOB)
"""The headings that open the job itself ("About the role", "What you'll do", "Requirements")."""
_SPEAKS_OF_A_JOB = re.compile(rf"\byou(?:r|rs|'ll|’ll)?\b|{plausible.JOB_WORDS.pattern}", re.IGNORECASE)
"""A paragraph that speaks to the reader or names a job: the job's, though it says "we" and "our"."""
"""What a list that opens a posting may be, under its title, rather than its masthead."""


def _lists_the_job(block: str) -> bool:
    """Whether ``block`` is a list of the job's duties or requirements (asked of a posting's first block only:
    reading a block's content costs a fifth of a millisecond)."""
    return bool(LIST_ITEM.match(block)) and _content_kind(block) in _LISTS_OF_THE_JOB


MASTHEAD_WORDS = 40
"""A posting's first block up to this many words is its masthead (the title, the company, the place, often
the pay): the role's, never benefits for the pay it names."""


SHORT_BLOCK_WORDS = 40
"""A block up to this many words is of a kind by one cue of it; a longer one needs two, and (below) the sentences
that hold them must be a good part of it."""
CUE_SHARE = 1 / 3
"""The least share of a long block's words that the sentences with its cues hold for the block to be of their kind."""
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[^a-z\s])|\n(?![a-z])")
"""Where a sentence ends: after its stop before what opens in capitals, or at a line's end, unless the next line
opens in small letters, the rest of a sentence a PDF or a hard-wrapped e-mail wrapped onto it."""


def _cues_fill(block: str, pattern: re.Pattern[str], words: int, *, duties_aside: bool = False) -> bool:
    """Whether the sentences of ``block`` (of ``words`` words) that hold a cue of
    ``pattern`` are a good part of it (:data:`CUE_SHARE`). A job board's description run into one long
    paragraph names its pay in its first line and its benefits in its last sentence ("We offer medical,
    dental and vision insurance … and PTO."); its duties and requirements between them are no benefits. With
    ``duties_aside``, the block is read item by item and an item that is a duty (:func:`_a_duty`) holds no cue,
    whatever it names."""
    if words <= SHORT_BLOCK_WORDS:
        return True
    pieces = _SENTENCE_END.split(block)
    if duties_aside:  # item by item, an inline bullet parting items
        pieces = [
            piece
            for sentence in pieces
            for piece in _INLINE_BULLET.split(sentence)
            if not _a_duty(piece) and not _THE_JOBS_WORK.match(piece)
        ]
    cued = sum(len(piece.split()) for piece in pieces if pattern.search(piece.lower()))
    return cued >= CUE_SHARE * words


_THE_JOBS_WORK = re.compile(
    rf"\s*(?:The|This|Our)\s+(?:[\w&/'’-]+\s+){{0,5}}?(?:{_ONE_JOB}|position|role)\s+(?:also\s+)?"
    r"(?:(?:is|are)\s+responsible\s+for\b"
    r"|(?!(?:is|has|offers|includes|provides|receives|enjoys|earns|pays|qualifies|comes|gets|gives)\b)(?-i:[a-z]+s)\b)",
    re.IGNORECASE,
)
"""A sentence that says, by the job's name, what the job does ("The Benefits Coordinator is responsible for …
health, dental, vision …", "This position ensures …", "The representative also coordinates the wellness fair"):
the work of a job whose subject is benefits, whatever it names; not what the job offers or is eligible for ("This
position is eligible for …", "The role offers …")."""
_INLINE_BULLET = re.compile(r"\s[•●▪]\s")
"""A bullet within a line: a list typed as one paragraph ("Payroll • Running payroll: Processing … • Records: …")."""
_ITEM_LABEL = re.compile(r"^[^\W\d][\w &/'’-]{0,40}:\s+")
"""What an item of such a list may open with before its duty ("Running payroll: Processing …")."""
_NO_DUTY_ING = frozenset(
    {
        "training", "learning", "housing", "parking", "clothing", "funding", "wellbeing", "working", "matching",
        "coaching", "catering", "mentoring", "onboarding", "counselling", "counseling", "dining", "lodging", "amazing",
        "exciting", "outstanding", "engaging", "rewarding", "interesting", "challenging", "inspiring", "thriving",
        "growing", "leading", "caring", "welcoming", "ongoing", "evening", "morning", "during", "including", "offering",
    }
)  # fmt: skip
"""Words in "-ing" that open a perk or a sentence of the employer's ("Training budget", "Amazing colleagues", "Offering
generous paid leave"), no duty's verb."""


def _a_duty(piece: str) -> bool:
    """Whether ``piece``, a sentence or an item of a list, opens with a duty's verb in "-ing", after its bullet and a
    label ("Explaining compensation and benefits policies to employees", "Pay review: Preparing the annual salary
    review"): a payroll or HR job's duties name pay and benefits, which the job does not offer for it."""
    words = _ITEM_LABEL.sub("", piece.strip(" \t•●▪*-")).split(maxsplit=2)
    first, then = [*words, "", ""][:2]
    # Its object follows in small letters ("Ensuring compliance"): a name in "-ing" is followed by its own capital
    # ("Hugging Face is an equal opportunity employer").
    verb = first[:1].isupper() and len(first) > 5 and first.endswith("ing") and first.lower() not in _NO_DUTY_ING
    return verb and then[:1].islower()


_TITLE_CASE_NAME = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|and|&|for|the)\s+)*[A-Z][\w'-]*)+")
"""A run of capitalised words, joined by the small words a name keeps lower-case ("Office of Health and Wellness")."""
_UNIT_NOUNS = frozenset(
    {
        "office", "center", "centre", "department", "services", "service", "team", "division", "institute",
        "clinic", "school", "college", "committee", "council", "unit", "network", "lab", "laboratory", "hub",
    }
)  # fmt: skip
"""Words that make a Title-Case name the name of a unit of an organisation ("the Wellness Center"). Not
"program": an employer names its perks so ("Employee Assistance Program", "Wellness Program")."""


def _without_unit_names(block: str) -> str:
    """``block`` with the Title-Case names of departments, offices and programmes blanked out ("joins our Office of
    Health and Wellness", "the Student Wellness Center team"): a unit's name says where the job sits, and a word of
    benefits in it ("Wellness") is no perk. Names of perks ("Paid Time Off") name no unit and stay."""

    def blank(found: re.Match[str]) -> str:
        name = found.group()
        words = {w.lower() for w in re.findall(r"[\w'-]+", name)}
        return " " * len(name) if words & _UNIT_NOUNS else name

    return _TITLE_CASE_NAME.sub(blank, block)


def _content_kind(block: str, *, one_cue: bool = True) -> SectionKind | None:
    """The kind a heading-less block plainly is, or None if it is not plain; ``one_cue=False`` where a heading
    already said the block is the employer's, so that one word of benefits in a short block ("primary care,
    dental and behavioral health" a clinic offers) does not make it the job's benefits. A notice or how to
    apply says so in words no blurb uses, and one cue of either still tells it."""
    unnamed = _without_unit_names(block)
    words = len(block.split())
    for kind, pattern in _COMPILED_CONTENT_RULES:
        # Two cues, or one in a short block: a paragraph that merely mentions "equity"
        # once in a long description of the role is not a benefits section.
        said = unnamed if kind is SectionKind.BENEFITS else block
        lowered = said.lower()
        hits = len(pattern.findall(lowered)) if _may_match(kind, lowered) else 0
        alone = one_cue or kind is not SectionKind.BENEFITS  # one cue of its kind is enough in a short block
        if hits >= 2 and _cues_fill(said, pattern, words, duties_aside=kind is SectionKind.BENEFITS):
            return kind
        if hits == 1 and kind is SectionKind.LEGAL and _cues_fill(said, pattern, words):
            # The notice says so once, at length ("Acme's policy is to provide equal employment opportunities to all
            # applicants … without regard to race, …"): its words are no blurb's nor the work's, under a heading of
            # the employer's too ("Why Acme?" over its perks, then its notice).
            return kind
        if hits == 1 and alone and words <= SHORT_BLOCK_WORDS:
            # One sum of money in a short list of duties ("Manage projects valued at $100k+") is the work's scale,
            # not the pay: a list that reads as duties or requirements is what it reads as.
            if kind is SectionKind.BENEFITS and (listed := _list_kind(block)) is not None:
                return listed
            return kind
    return _list_kind(block)


def _may_match(kind: SectionKind, lowered: str) -> bool:
    """Whether the content rule of ``kind`` may find a cue in ``lowered`` (:data:`_CONTENT_CUES`)."""
    found = _CONTENT_CUES[kind]
    return found is None or found.may_match(lowered)


def _list_kind(block: str) -> SectionKind | None:
    """The kind of a list whose items plainly read as duties (verbs: "Design …") or as requirements ("3+ years of
    …"), or None."""
    items = [LIST_ITEM.sub("", line).strip() for line in block.splitlines() if LIST_ITEM.match(line)]
    if not items:
        items = _lines_as_items(block)
    if len(items) >= 2:
        needs = sum(bool(_REQUIREMENT_CUES.search(i)) for i in items)
        does = sum(bool(_RESPONSIBILITY_CUES.search(i)) for i in items)
        if needs > does and needs * 2 >= len(items):
            return SectionKind.REQUIREMENTS
        if does > needs and does * 2 >= len(items):
            return SectionKind.RESPONSIBILITIES
        if does == needs and does * 2 >= len(items):
            # Half its items ask ("Gain an understanding of …") and half do ("Participate in Scrum rituals …"), as
            # a list of what the first months hold says both: the job's either way, read as its work.
            return SectionKind.RESPONSIBILITIES
    return None


ITEM_LINE_WORDS = 20
"""The most words of a line that is an item of a list written without marks, one item a line."""


def _lines_as_items(block: str) -> list[str]:
    """The lines of ``block`` as the items of a list written without marks ("Advanced knowledge of customs law" over
    "Competent knowledge of SAP"), where every line is one: short, no sentence run on from the line before nor one
    that ends ("We use Python."), and no labelled field ("Location: Lisbon")."""
    lines = [bare for line in block.splitlines() if (bare := line.strip().strip("*_").strip())]
    if len(lines) < 2 or any(
        len(line.split()) > ITEM_LINE_WORDS or line[:1].islower() or line[-1:] in ".!?:" or is_field(line)
        for line in lines
    ):
        return []
    return lines


# --- a list of the job read item by item ------------------------------------------------

_OTHER_DUTY_VERBS = frozenset(
    {
        "answer", "assist", "audit", "clean", "enter", "escalate", "file", "follow", "greet", "handle", "load",
        "operate", "order", "pack", "pick", "post", "process", "record", "repair", "report", "respond", "run",
        "schedule", "stock", "track", "train", "troubleshoot", "unload", "update",
    }
)  # fmt: skip
"""Verbs that open a duty in any field, besides the verbs of the work's nouns (``data/action_nouns.tsv``:
administer, reconcile, assess …) and :data:`_RESPONSIBILITY_CUES`: the front desk's, the payroll office's and the
warehouse's ("Answer employee questions about pay", "Load and unload trailers", "Enter timecards")."""
_ASKED_WHATEVER_THE_VERB = re.compile(
    r"\d\+? years|years of|\byears['’]|\b(?:bachelor|master['’]?s)\b|\bdegree\b(?!\s+of\b)", re.IGNORECASE
)
"""What makes an item a requirement though a verb opens it ("Hold a bachelor's degree", "Have 3+ years of …"); not
"a high degree of autonomy"."""
_A_NOUN_NOT_A_VERB = re.compile(r"working knowledge\b", re.IGNORECASE)
"""A duty's verb that opens a requirement as a noun's modifier ("Working knowledge of FLSA")."""
_ASKED = re.compile(
    r"\bexperience\b|\bskills?\b|certifi(?:ed|cation)|licen[cs](?:e|ed|ure)|\babilit(?:y|ies)\b|\bmust\b|\brequired\b",
    re.IGNORECASE,
)
"""What an item that opens with no duty's verb asks for, besides :data:`_REQUIREMENT_CUES`: "Excellent communication
skills", "Valid driver's license", "CPR certification"."""
_FIRST_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _duty_verbs() -> frozenset[str]:
    """Every verb that opens a duty by :data:`_OTHER_DUTY_VERBS` and the work's nouns' verbs, as lemmas."""
    return frozenset(action_nouns().values()) | _OTHER_DUTY_VERBS


def _opens_with_a_duty(item: str) -> bool:
    """Whether ``item`` opens with a verb of the work, in any of its forms ("Process", "Reconciles",
    "Administering", "Identifies")."""
    if _RESPONSIBILITY_CUES.match(item):
        return True
    found = _FIRST_WORD.match(item)
    if found is None:
        return False
    word = found.group().lower()
    forms = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("d"), word.removesuffix("ed")}
    forms |= {word.removesuffix("ing"), word.removesuffix("ing") + "e", word.removesuffix("ies") + "y"}
    return bool(forms & _duty_verbs())


def _item_kind(item: str) -> SectionKind | None:
    """What one item of a list says by its own words: a duty (it opens with a verb of the work: "Process biweekly
    payroll"), a requirement (years, a degree, a skill, a licence, what it would be nice to have), or None."""
    if _opens_with_a_duty(item) and not _A_NOUN_NOT_A_VERB.match(item):
        # What a duty works with is no wish nor a demand ("Develop APIs in a preferred language", "Utilize GitHub
        # proficiently", "Deliver a great guest experience"); years or a degree it names are.
        return SectionKind.REQUIREMENTS if _ASKED_WHATEVER_THE_VERB.search(item) else SectionKind.RESPONSIBILITIES
    if _REQUIREMENT_CUES.search(item) or _ASKED.search(item) or is_nice_to_have(item):
        return SectionKind.REQUIREMENTS
    return None


READ_BY_ITEM_SHARE = 2 / 3
"""The least share of a list's items that must read as duties or requirements for the list to be read item by item."""


def _the_job_by_item(block: str) -> list[tuple[str, SectionKind]] | None:
    """A list as runs of its items each of one kind, duties or requirements, by the items' own words
    (:func:`_item_kind`); an item of neither kind, or alone amid items of the other kind, goes with the items before
    it (the first ones with those after). None where the list does not read as the job's: fewer than two items, an
    item that wraps, or too few items (:data:`READ_BY_ITEM_SHARE`) that read as duties or requirements, as a list of
    perks or of how to apply does not."""
    lines = block.split("\n")
    if len(lines) < 2 or not all(map(LIST_ITEM.match, lines)):
        return None
    kinds = [_item_kind(LIST_ITEM.sub("", line)) for line in lines]
    known = [k for k in kinds if k is not None]
    if len(known) < READ_BY_ITEM_SHARE * len(lines):
        return None
    runs: list[tuple[list[str], SectionKind]] = []
    for line, found in zip(lines, kinds, strict=True):
        found = found or (runs[-1][1] if runs else known[0])
        if runs and runs[-1][1] is found:
            runs[-1][0].append(line)
        else:
            runs.append(([line], found))
    # A list of the job mixes its kinds in runs, the duties first: one item amid the other kind's ("Managing
    # deployment of applications" among the skills asked) is read with them.
    joined: list[tuple[list[str], SectionKind]] = []
    for items, found in runs:
        if joined and len(items) == 1:
            joined[-1][0].extend(items)
        elif len(joined) == 1 and len(joined[0][0]) == 1:
            joined[0] = (joined[0][0] + items, found)
        elif joined and joined[-1][1] is found:
            joined[-1][0].extend(items)
        else:
            joined.append((items, found))
    return [("\n".join(items), found) for items, found in joined]


def _trailing_kind(block: str) -> SectionKind | None:
    """The kind of a paragraph that follows a list of duties or requirements, where it is plainly not one.

    Postings that state pay often put it right under the last list, with no heading of its
    own ("The base salary for this role is $180,000–$250,000, plus equity and our benefits
    program"); so do how-to-apply and equal-opportunity lines. Such a paragraph is read as
    what it is. A list, or a paragraph that asks for anything ("experience with payroll and
    401(k) plans" in an HR posting), stays what its heading says: an HR manager's duties
    ("Managing benefits administration, including health, dental and 401(k)") are duties.
    """
    if LIST_ITEM.match(block):
        return None
    if _PLAINLY_LEGAL.search(block):
        return SectionKind.LEGAL
    if _APPLY_ANYWAY.search(block):
        return SectionKind.APPLY
    if _REQUIREMENT_CUES.search(block):
        return None
    found = _content_kind(block)
    if found in (SectionKind.BENEFITS, SectionKind.LEGAL, SectionKind.APPLY):
        return found
    return SectionKind.COMPANY if _says_what_a_firm_does(block) else None


def _of_the_employer(block: str) -> bool:
    """Whether ``block``, a paragraph straight under a list of duties or requirements, is the employer's own: it
    speaks of the employer ("we", "our", its customers, its mission: :func:`_describes_company`), neither to the
    reader nor of a job, and asks nothing ("… are a must"). A job board's copy puts the blurb and the employer's
    statements there ("Tidewater combines our expertise in …", "We are committed to a diverse culture … read our
    Diversity & Inclusion Statement"): read as the list's, its products and its statements were required skills."""
    return _describes_company(block) and not _SPEAKS_OF_A_JOB.search(block) and not _ASKS.search(block)


_ASKS = re.compile(r"\bmust\b|\brequired\b|\bexpected\b", re.IGNORECASE)
"""What a paragraph that asks something of the candidate says: "An independent attitude is a must"."""


def _wished_for(block: str) -> bool:
    """Whether ``block``, a paragraph, says in each of its sentences that what it asks is only wished for ("It would
    be desirable for candidates to have …", "Experience of X is an advantage."), as :func:`clauses_apart` reads a
    list's item."""
    sentences = [s for s in SENTENCE.split(" ".join(block.split())) if s]
    # Clause by clause: "7+ years of social media experience, preferably with consumer brands" asks for the years.
    return not LIST_ITEM.match(block) and bool(sentences) and all(not clauses_apart(s)[0] for s in sentences)


def _says_what_a_firm_does(block: str) -> bool:
    """Whether ``block`` opens by saying, by the firm's name, what it is or does (:data:`_SAYS_WHAT_A_FIRM_DOES`),
    and says nothing of the job. A name of one word must come again ("OneNeck's team …"): a sentence's first word
    is often no name ("Telecommuting is an option")."""
    found = _SAYS_WHAT_A_FIRM_DOES.match(block)
    if found is None or _ROLE_CUES.search(block) or _NAMES_THE_JOB.search(block):
        return False
    name = found.group(1).split()
    return len(name) > 1 or re.search(rf"\b{re.escape(name[0])}\b", block[found.end() :]) is not None


_SAYS_WHAT_A_FIRM_DOES = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|Our|Your|Each|Every|All|Any|Some|Its|Their|We|You|They|It|There|Here"
    r"|He|She|I)\b)"
    r"((?:(?:[A-Z][\w&.'’-]*|&)\s+){1,4})"
    r"(?:(?:is|are) (?:a|an|one)\b|offers\b|provides\b|delivers\b|serves\b|helps\b|builds\b|operates\b"
    r"|speciali[sz]es\b|partners with\b|was founded\b|has been (?:a|an|one|helping|serving|delivering)\b)"
)
"""A paragraph that opens by saying, by its name, what a firm is or does: "Halvorsen Mills offers managed IT and
hosting …", "Brandt & Okoro is a …"; not "The Analyst provides …" nor "This role offers …"."""


def _blocks(lines: list[str]) -> list[str]:
    """Paragraphs and lists: runs of lines separated by blank lines, a list kept whole (a blank line
    between two of its items, as Markdown's loose lists have, does not end it)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    blank = False  # a blank line since the last line of ``current``
    for line in lines:
        if not line.strip():
            blank = bool(current)
            continue
        if blank:
            if LIST_ITEM.match(line) and _loose_list(current):
                current.append("")  # the next item of a loose list: the block goes on, spaced as written
            else:
                blocks.append(current)
                current = []
        blank = False
        if current and LIST_ITEM.match(line) and not LIST_ITEM.match(current[-1]) and not LIST_ITEM.match(current[0]):
            # A list that starts right under a sentence is a block of its own.
            blocks.append(current)
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return ["\n".join(b) for b in blocks]


def _loose_list(lines: list[str]) -> bool:
    """Whether ``lines`` are a list whose items stand apart (a blank line between each), so that an item
    after a blank line is one more of them; two items on adjacent lines make a list of its own, and an
    item after a blank line then starts another ("- Build …" items, then "- 4+ years …" items)."""
    items = [bool(LIST_ITEM.match(line)) for line in lines]
    return items[0] and not any(a and b for a, b in pairwise(items))


# --- the whole posting -----------------------------------------------------------------


def parse(text: str, *, stated: Sequence[Candidate] = (), links: Sequence[Link] = ()) -> Structure:
    """Split ``text`` into classified sections; the posting's details are found when first asked for
    (:attr:`Structure.details`).

    ``stated`` is what the posting's format states (a web page's structured data,
    front matter) and what the user gave by hand, ``links`` the addresses its text leaves
    out; :func:`~tailor.posting.find_details.find_details` weighs them with what the text says.
    """
    all_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while all_lines and (
        not all_lines[0].strip() or plausible.is_navigation(all_lines[0]) or plausible.is_slug(all_lines[0])
    ):
        all_lines.pop(0)  # "Skip to main content", "Menu", "Back to jobs", its slug: a saved page's furniture
    all_lines = unfold_header(all_lines)  # "Title - Company - City, ST - $38 an hour - Full-time. We …"
    raw: list[tuple[str, list[str]]] = [("", [])]
    kept = _without_board_lines(all_lines)
    rules = [_RULE.match(line) is not None for line in kept]  # each line asked once
    underlined = {n for n in range(len(kept) - 1) if rules[n + 1] and _underlined(kept[n])}
    kept = ["" if rule else line for line, rule in zip(kept, rules, strict=True)]
    under_heading = False  # the line before, blank lines aside, was read as a heading
    seen: set[str] = set()  # the lines of text said so far, as :func:`_said_again` compares them
    pay: set[int] = set()  # the sections that are a labelled line of pay (:func:`_add_line`), by their lines' id
    labelled: set[int] = set()  # the sections a label run into its line opens ("Preferred: …"), by their lines' id
    company_at = 0  # the line under the title read as the company's, if any
    for n, line in enumerate(kept):
        found = (clean_heading(line), False) if n in underlined else find_heading(line) or _set_off(kept, n)
        if found is not None and (found[1] or not _text_yet(raw)) and plausible.is_navigation(line):
            # A button copied with its page ("Apply for this job" over the job's opening), no heading; set as one
            # ("## Learn More and Apply Here", a careers page's link saved as its heading) where the posting has no
            # text yet but its title's: what stands under it is the job, not how to apply.
            continue
        heads = found is not None and not (
            found[1] and (_in_a_run(kept, n, raw[-1][0], under_heading) or _a_labels_value(raw[-1]))
        )
        if heads and n and kept[0].strip() and not any(map(str.strip, kept[1:n])) and _company_line(kept, n, all_lines):
            heads = False  # "Kestrel Insurance" over "Columbus, OH" under the title: the company, no benefits
            company_at = n
        elif heads and company_at and not any(map(str.strip, kept[company_at + 1 : n])) and chips_with_the_place(line):
            heads = False  # the chips under that company ("#### `💰 $90,000/yr` `🌎 Remote`"), as the title block's
        if heads and n not in underlined and _wrapped_tail(kept, n):
            heads = False  # "… perform the following tasks to the highest" over "standards:": one sentence
        if heads and _a_date_label(kept, n, found[0] if found else ""):
            heads = False  # "Closing Date" over "12/18/2026 11:59 PM Central": a field of the job bulletin's header
        if heads and n not in underlined and _an_acronym_in_a_list(kept, n):
            heads = False  # "Skills" over "PLC" and "NEC": the list's items, set in capitals as acronyms are
        if found is not None and heads:
            raw.append((found[0], []))
        elif not _said_again(line, seen):
            _add_line(raw, line, pay, labelled)
        under_heading = heads or (under_heading and not line.strip())

    raw = _title_block_first(raw)
    sections: list[Section] = []
    parent: SectionKind | None = None  # the kind of a heading with no text of its own, over its sub-headings
    headed: set[str] = set()  # the headings with text of their own so far
    titles = [c.value for c in stated if c.field == "title"]
    for index, (heading, lines) in enumerate(raw):
        kind = SectionKind.ROLE if index == 0 or not heading else classify_heading(heading)
        # The posting's opening: its first text, or the first heading's when no text comes before it; or the
        # job's title as the page states it, whatever page furniture came before ("Education Manager - Head
        # Start" is no section on education).
        titled = index > 0 and _states_the_title(heading, titles)
        opening = index == 0 or (index == 1 and not any(line.strip() for line in raw[0][1])) or titled
        if titled or (
            index == 1 and opening and (kind is SectionKind.OTHER or HIRING.match(heading) or titles_a_job(heading))
        ):
            kind = (
                SectionKind.ROLE
            )  # the posting opens with a heading we don't know, or "Acme is hiring a …": its title
        elif kind is SectionKind.OTHER and parent is not None:
            kind = parent  # "What you'll do", then "External documentation": a part of what it announced
        elif kind is SectionKind.OTHER and sections and _GOES_ON.match(clean_heading(heading)):
            kind = sections[-1].kind  # "What to expect working here", then "And…": more of the same
        elif parent is not None and _A_PARTS_NAME.match(clean_heading(heading)):
            kind = parent  # "Company Description", then "Summary": the summary of the company, no role's
        elif index > 0:
            parent = None
        blocks = _blocks(lines)
        if not blocks and heading in headed:
            continue  # a heading pasted again over text said before (read once, :func:`_said_again`)
        if not blocks and heading:
            # A heading whose text a labelled line of pay cut off ("Compensation & Benefits" over "Pay range: $36 -
            # $52" and the perks) stands once, over the text that comes back to it.
            if not any(h == heading and any(map(str.strip, ls)) for h, ls in raw[index + 1 :]):
                sections.append(Section(kind, heading, ""))
            if kind is not SectionKind.OTHER:
                parent = kind
            continue
        headed.add(heading)
        first = opening and kind is SectionKind.ROLE
        # A heading that may head the role or the employer ("Overview"), or one in the employer's own voice that
        # says nothing we know, as a playful one does ("Can you spare us another 30 seconds?"): what stands under
        # it says whether it is the employer's blurb.
        either = index > 0 and (
            (kind is SectionKind.ROLE and OVERVIEW.match(clean_heading(heading)) is not None)
            or (kind is SectionKind.OTHER and _WE.search(heading) is not None)
        )
        # The text after a labelled line of pay goes on from a list above it: its paragraph may be the notice. A line
        # of tools is no pay: what follows it keeps its heading.
        after_list = (
            index > 1 and id(raw[index - 1][1]) in pay and not _TOOLS_FIELD.match(clean_heading(raw[index - 1][0]))
        )
        job_later = first and any(classify_heading(h) in _OF_THE_JOB for h, _ in raw[index + 1 :] if h)
        described = index > 0 and kind is SectionKind.ROLE and _DESCRIPTION.match(clean_heading(heading)) is not None
        kinds = _kinds_of(
            blocks, kind, first, either, after_list=after_list, job_later=job_later, named_blurb=described
        )
        if index > 0 and _WHOLE_JOB.match(clean_heading(heading)):
            blocks, kinds = _lists_by_item(blocks, kinds)
        for n, (block, block_kind) in enumerate(zip(blocks, kinds, strict=True)):
            label = heading if (n == 0 and not after_list) or block_kind is kind else ""
            if sections and sections[-1].kind is block_kind and sections[-1].heading == label and n > 0:
                last = sections.pop()
                sections.append(Section(block_kind, last.heading, f"{last.text}\n\n{block}"))
            else:
                sections.append(Section(block_kind, label, block))
    sections = _credentials_asked_apart(_terms_apart(_header_details_apart(sections)))
    sections = _merge_adjacent(_demands_apart(_preferred_apart(_offered_apart(_not_counted_apart(sections)))))
    return Structure(
        sections=tuple(s for s in sections if s.text or s.heading),
        find=partial(find_details, "\n".join(all_lines), tuple(stated), tuple(links)),
    )


_GOES_ON = re.compile(r"^(?:and|plus|also|and (?:also|more)|what(?:'|’)?s more|more|but wait)\W*$", re.IGNORECASE)
"""A heading that only says the text before it goes on ("And…", "Also…", "And more!"): its list is more of the same,
of the kind of the section before it (a list of perks goes on as perks, of requirements as requirements)."""


_RULE = re.compile(r"^\s*(?:\\?[-=_—–]\s*){3,}\\?$")
"""A line drawn across the text ("-----", "=====", a heading's underline as Markdown and plain text set it, or as
a converter escapes it, "\\_\\_\\_\\_", with a line break's backslash at its end): no
words, and no part of the lines around it; a list under an underlined heading is still a list."""
UNDERLINED_WORDS = 8
"""The most words of a line a rule under it makes a heading ("Your Impact" over "-----------")."""


def _text_yet(raw: list[tuple[str, list[str]]]) -> bool:
    """Whether a line of text (no heading) has been read into ``raw`` so far."""
    return any(line.strip() for _, lines in raw for line in lines)


def _underlined(line: str) -> bool:
    """Whether ``line``, over a rule, is a heading as Markdown's and plain text's underline sets one: a short line of
    words, no list item, no table row and no sentence."""
    text = line.strip()
    return (
        bool(text)
        and len(text.split()) <= UNDERLINED_WORDS
        and not LIST_ITEM.match(text)
        and "|" not in text
        and text[-1] not in ".!,;"
        and bool(clean_heading(text))
    )


_APART = re.compile(r"\s+(?:at|@|[-–—|·:])\s+", re.IGNORECASE)
"""What sets a job's title apart from what follows it in a tab title: "Accountant II - Job Details | County of …"."""


def _states_the_title(heading: str, titles: Sequence[str]) -> bool:
    """Whether ``heading`` is the job's title as the page states it: its structured data's, or the start of a tab
    title, set apart from the rest ("Education Manager - Head Start - Gresham, OR - Indeed.com"). Another piece
    of a tab title may be the employer's name ("Major Gifts Officer | Acme Land Trust")."""
    if not titles:
        return False
    said = " ".join(clean_heading(heading).split()).casefold()
    if not said:
        return False
    for title in titles:
        stated = " ".join(title.split()).casefold()
        if stated.startswith(said) and (len(stated) == len(said) or _APART.match(stated, len(said))):
            return True
    return False


def _a_labels_value(section: tuple[str, list[str]]) -> bool:
    """Whether a bare phrase under ``section`` (its heading and lines so far) is the value of the field the heading
    labels, as a careers site sets its fields out ("## Department" over "Customer Education"): no heading of its
    own, whatever its words say ("education")."""
    heading, lines = section
    return clean_heading(heading).lower().rstrip(" :") in LABELS and not any(line.strip() for line in lines)


def _a_date_label(lines: list[str], n: int, heading: str) -> bool:
    """Whether ``heading``, at line ``n``, labels the day a posting opened or closes and the line under it is that
    day alone ("Closing Date" over "12/18/2026 11:59 PM Central", as a public employer's job bulletin sets it): a
    field, as "Closing Date: 12/18/2026" is, not a section on how to apply."""
    if LABELS.get(" ".join(clean_heading(heading).lower().rstrip(" :").split())) not in DATE_FIELDS:
        return False
    below = next((line for line in lines[n + 1 : n + 3] if line.strip()), "")
    return plausible.date_line(below)


def _company_line(lines: list[str], n: int, source: list[str]) -> bool:
    """Whether line ``n``, the first under the title, names the company (with its place, or over it: as
    :func:`~tailor.posting.text_rules.company_line` reads it). The place may be a labelled line ("Location:
    Lima, OH") that ``lines`` no longer holds, so the line under it in ``source``, the text as it came, counts too."""
    from tailor.posting.text_rules import company_line

    at = source.index(lines[n])
    return any(
        company_line(lines[n], next((line for line in following[:2] if line.strip()), ""))
        for following in (lines[n + 1 :], source[at + 1 :])
    )


def _add_line(raw: list[tuple[str, list[str]]], line: str, pay: set[int], labelled: set[int]) -> None:
    """Add ``line``, which is no heading, to the sections read so far: to the last one, or, where headings are
    run into it ("Qualifications: PhD in …", "… Build X. Requirements: 5+ years …"), to new ones from there.

    A labelled line of pay ("compensation: $22-25/hr DOE") is a section of its own, whose lines' id joins
    ``pay``: labelled fields under it ("Contract: Permanent") are its, as the job's terms, and the text it
    stands in goes on after them (the duties and requirements of a short post under it are no benefits). So is a
    labelled field of another term among the fields that open a posting ("FLSA Status: Exempt", before any
    heading): the role's description follows the header; and so is a field of the tools the job uses, wherever it is
    ("Technologies: Toast POS · 7shifts", :data:`_TOOLS_FIELD`). Further on, a line after it ("HOME TIME: every weekend"
    over "Call Dana") may be its own, but not a labelled description of the role ("Job Summary: Completes …").
    Each section a label opens joins ``labelled``: a label after it is its sibling, where one under a heading of its
    own line may be a topic of that heading's list (:func:`_a_topic_of_what_is_preferred`)."""
    inline = inline_heading(line)
    if inline and _SKILLS_FIELD.match(clean_heading(inline[0])) and classify_heading(raw[-1][0]) is SectionKind.COMPANY:
        inline = None  # "Top Skills: Salesforce, Gong" in a board's box about the employer: what it uses, not asks
    if inline and id(raw[-1][1]) not in labelled and _a_topic_of_what_is_preferred(inline[0], raw[-1][0]):
        # "Language skills: Spanish or Hmong" under the heading of the preferred qualifications: still preferred. After
        # a label ("Preferred: … Skills: …"), a label is the next of its kind, which says what it is itself.
        inline = None
    if (
        pay
        and not inline
        and len(raw) > 1
        and id(raw[-1][1]) in pay
        and line.strip()
        and (not is_field(line) or describes_the_role(line))
        and not _goes_on(raw[-1][1], line)
    ):
        raw.append((next(name for name, texts in reversed(raw) if id(texts) not in pay), []))
    heading = inline[0] if inline else raw[-1][0]
    within = classify_heading(heading) if heading or len(raw) > 1 else SectionKind.ROLE
    before, runs = run_in_headings(inline[1] if inline else line, within)
    if len(runs) + bool(inline) < 2:
        before, runs = inline[1] if inline else line, []  # one colon in a paragraph is the paragraph's
    if inline and is_pay_field(inline[0], before) and (amount := _pay_and_the_job(before))[1]:
        before, runs = amount[0], [(raw[-1][0], amount[1]), *runs]  # "Salary: $95,000 We are seeking …"
    runs = _pay_heads_its_amount(runs, heading)
    if inline:
        raw.append((inline[0], [before] if before else []))
        labelled.add(id(raw[-1][1]))
    elif before or not runs:
        raw[-1][1].append(before)
    raw.extend((heading, [text]) for heading, text in runs)
    labelled.update(id(lines) for _, lines in raw[len(raw) - len(runs) :])
    if (
        inline
        and not runs
        and (
            is_pay_field(*inline)
            or _TOOLS_FIELD.match(clean_heading(inline[0]))
            or (is_terms_field(*inline) and _a_header_field(raw, pay))
        )
    ):
        pay.add(id(raw[-1][1]))


def _a_topic_of_what_is_preferred(label: str, heading: str) -> bool:
    """Whether ``label``, run into its line under ``heading``, names what a preferred qualification is about
    ("Language skills:", "Education:", "Experience leading adults:") under preferred qualifications: a topic of the
    list it stands in, no word that the rest is required ("Required:", "Minimum qualifications:" are)."""
    return (
        classify_heading(heading) is SectionKind.PREFERRED
        and classify_heading(label) is SectionKind.REQUIREMENTS
        and not _STATES_REQUIRED.search(label)
    )


_STATES_REQUIRED = re.compile(r"requir|must|minimum|mandator|essential|basic|qualifica|need", re.IGNORECASE)
"""The words of a label that says what follows is required, not what it is about."""


_TOOLS_FIELD = re.compile(r"^(?:(?:our|main|core|key) )?(?:tech(?:nology)? stack|technologies|tools)$", re.IGNORECASE)
"""The label of a field that lists the tools a job uses, run into its line ("Technologies: Toast POS · 7shifts", as a
careers page sets them among the facts under the title): that line is the field, and the text after it goes on with
the section before it, not a list of tools. Not "Skills:", which may head the lines of a list under it."""
_SKILLS_FIELD = re.compile(
    r"^(?:(?:top|key|core|main|our) )?(?:skills|tech(?:nology)? stack|technologies|tools)$", re.IGNORECASE
)
"""The label of a field that lists skills or tools ("Top Skills:", "Tech stack:"). Under the employer's heading, as a
job board's box about the company sets it (Built In's "Top Skills"), it says what the employer works with, the same
for each of its jobs: no requirement of this one."""


def _a_header_field(raw: list[tuple[str, list[str]]], pay: set[int]) -> bool:
    """Whether the labelled field that ``raw`` ends with is among the fields that open a posting
    (:func:`_among_opening_fields`), or one more after a field of pay among them (``pay``, as :func:`_add_line` keeps
    it). Asked last, of a field of the job's terms alone: it reads every line before it (asked of every line, it took
    a sixteenth of the parse)."""
    return _among_opening_fields(raw) or (len(raw) > 2 and id(raw[-2][1]) in pay)


def _among_opening_fields(raw: list[tuple[str, list[str]]]) -> bool:
    """Whether the labelled field that ``raw`` ends with is among the fields that open a posting: before any
    heading, or under the title's heading ("# Video Editor") with nothing but fields before it ("**Location:**
    Remote")."""
    return len(raw) == 2 or all(not line.strip() or is_field(line) for _, lines in raw[:-1] for line in lines)


def _pay_and_the_job(text: str) -> tuple[str, str]:
    """The amount of a field of pay's ``text`` and the sentences after it (:func:`pay_and_after`) where they speak
    of the job ("We are seeking an engineer …", "You will own …"); ``(text, "")`` where they go on about the pay or
    its perks ("We are proud to pay well", "We offer full benefits"), which stay the pay's."""
    amount, after = pay_and_after(text)
    first = _SENTENCE_END.split(after, maxsplit=1)[0]
    return (amount, after) if after and _ROLE_CUES.search(first) else (text, "")


def _pay_heads_its_amount(runs: list[tuple[str, str]], heading: str) -> list[tuple[str, str]]:
    """``runs``, the headings run into a paragraph under ``heading`` with their texts, where a labelled field of
    pay ("Location : Fairfield, NJ | Salary : $130,000 (DOE) We are seeking …") heads only its amount: the
    sentence after the amount goes back to the section the field stood in, as a line after a field of pay does
    (the duties and requirements of a board's one-paragraph post are no benefits)."""
    out: list[tuple[str, str]] = []
    for name, text in runs:
        amount, after = _pay_and_the_job(text) if is_pay_field(name, text) else (text, "")
        out.append((name, amount))
        if after:
            out.append((out[-2][0] if len(out) > 1 else heading, after))
    return out


def _goes_on(lines: list[str], line: str) -> bool:
    """Whether ``line`` goes on with the sentence the last of ``lines`` left open, as text wrapped at a fixed width
    does ("… Benefits include 401(k) match and paid" over "field gear."): no new text after a labelled line. A
    short last line ("employment type: part-time") is a field of its own, whatever case the line after it opens in."""
    last = next((text.strip() for text in reversed(lines) if text.strip()), "")
    return len(last) >= WRAPPED_WIDTH and last[-1] not in ".!?:;" and line.lstrip()[:1].islower()


WRAPPED_WIDTH = 60
"""The fewest characters of a line that text wrapped at a fixed width breaks after (most wrap at 70–80)."""


_QUALIFIED = re.compile(
    r"[\s,(]+(?:(?:is|are|would be|strongly)\s+)*(?:preferred|required|desired|a plus|a must)\)?$", re.IGNORECASE
)
"""How much an item of a list counts, said at its end ("… preferred", "… required", "… a plus")."""


RUN_LINE_WORDS = 20
"""The most words of a line in a run of short lines (a list without marks); a longer line is prose."""


_OPENS_IN_LOWER_CASE = re.compile(r"^[a-z]")
_ENDS_A_LINE_OF_PROSE = re.compile(r"[\w,]$")
_WRAPPED_WORDS = 6
"""The most words of the line above that let the line below be its sentence's next line, not its own heading."""


def _wrapped_tail(lines: list[str], n: int) -> bool:
    """Whether line ``n``, which reads as a heading, is the rest of the sentence or list item on the line above, as
    text wrapped at a fixed width breaks one ("… must perform the following tasks to the highest" over "standards:",
    "• Strong PLC skills (Allen-Bradley required; Siemens a" over "plus)"): it closes a bracket the line above left
    open, or it opens in lower case, unmarked (no ``#``, no bold), and the line above is prose or an item of more
    than a few words that ends in a word or a comma, no heading or sentence end."""
    if n == 0:
        return False
    line, above = lines[n].strip(), lines[n - 1].strip()
    if _closes_a_bracket(above, line):
        return True
    item = LIST_ITEM.match(above) is not None
    if not _OPENS_IN_LOWER_CASE.match(line):
        return False
    if item and (line.endswith(":") or indent(lines[n]) < indent(lines[n - 1])):
        return False  # "reporting:" set back from the items above it: a field's label, as a YAML file sets one
    return (
        len(above.split()) > _WRAPPED_WORDS
        and _ENDS_A_LINE_OF_PROSE.search(above) is not None
        and (item or find_heading(above) is None)
    )


def _closes_a_bracket(above: str, line: str) -> bool:
    """Whether ``line`` closes a bracket that ``above`` opened and left open ("… (Allen-Bradley required; Siemens a"
    over "plus)"): the rest of what the bracket says, no heading of its own."""
    opened = above.count("(") - above.count(")")
    closes = line.find(")")
    return opened > 0 and closes >= 0 and "(" not in line[:closes]


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&/+-]{1,7}")
"""One word in capitals, as a skill's or a licence's acronym is set ("PLC", "NEC", "ACLS", "HVAC")."""
_ENDS_NO_SENTENCE = re.compile(r"[^.!?:;]$")


def _an_acronym_in_a_list(lines: list[str], n: int) -> bool:
    """Whether line ``n``, one word in capitals that heads nothing we know ("PLC", "NEC"), is an item of the list it
    stands in, as a board's list of skills sets them one a line ("Skills" over "PLC" and "Troubleshooting"): a line
    of a few words that ends no sentence runs right above it. A heading in capitals says what it heads
    ("BENEFITS"), or stands after a blank line or a paragraph."""
    line = lines[n].strip()
    if n == 0 or not _ACRONYM.fullmatch(line) or classify_heading(line) is not SectionKind.OTHER:
        return False
    above = lines[n - 1].strip()
    return bool(above) and len(above.split()) <= _WRAPPED_WORDS and _ENDS_NO_SENTENCE.search(above) is not None


def _text_after_the_blank(lines: list[str], n: int) -> bool:
    """Whether text follows the blank lines after line ``n``."""
    return any(line.strip() for line in lines[n + 1 :])


def _in_a_run(lines: list[str], n: int, heading: str, under_heading: bool) -> bool:
    """Whether the bare phrase at line ``n`` (:func:`~tailor.posting.headings.find_heading`), under the
    heading ``heading`` (right under it: ``under_heading``), is a line of the run of text it stands in
    rather than a heading. Postings copied from a job board's page lose their list marks, and then an
    item that says "experience" or "team" reads like a heading, and its words would count for nothing.
    It is an item where text runs right above it and

    - it would open a section of the kind it stands in already ("Health insurance" under "Benefits",
      "WebRTC experience" among requirements);
    - it says more than a heading does (four words or more: "Mentor and coach team members",
      "Experience working in DevOps" under "Bonus points") under a heading or under a short line that
      ends no sentence, as an item above it would be;
    - or, under a line of text, nothing runs right under it: it heads nothing ("Bilingual
      (English/Spanish) preferred", the last item before a blank line).

    A list's first item a blank line under its heading (as a PDF's list and a loose Markdown list set it)
    is one only by the first rule; a requirement's phrase counts as of a heading of what is preferred
    ("Chinese into English translation experience" under "Nice to have"), a condition of the work's as of a
    heading of benefits ("Flexible working hours" under "Benefits")."""
    above = lines[n - 1].strip() if n > 0 else ""
    phrase = lines[n].strip()
    within = classify_heading(heading) if heading else SectionKind.ROLE
    kind = classify_heading(phrase)
    of_its_kind = (
        kind is within
        or (within is SectionKind.PREFERRED and kind is SectionKind.REQUIREMENTS)
        or (within is SectionKind.BENEFITS and kind is SectionKind.CONDITIONS)
    )
    if not above:
        return under_heading and of_its_kind
    if of_its_kind:
        return True
    if (qualified := _QUALIFIED.search(phrase)) and classify_heading(phrase[: qualified.start()]) is SectionKind.OTHER:
        return True  # "Bachelor's degree preferred" under "Minimum of high school education": an item that says how
        # much it counts, whose own words ("Bachelor's degree") head nothing; "Skills preferred" may head a list
    if not under_heading and (n + 1 == len(lines) or not lines[n + 1].strip()):
        # The last item before a blank line, unless it names a kind of section, ends no sentence where the line
        # above ends one and text runs after the blank: the heading of what follows, set right under a list of
        # sentences copied from a page. An indented line there is the wrapped rest of the list's last item ("… for
        # Clara Foods Co." over "    DBA The EVERY Company"), a figure says what an item asks ("5+ years of
        # experience"), and other words head nothing.
        return not (
            kind is not SectionKind.OTHER
            and not lines[n][:1].isspace()
            and not any(c.isdigit() for c in phrase)
            and above[-1] in ".!?"
            and phrase[-1] not in ".!?"
            and _text_after_the_blank(lines, n)
        )
    if under_heading and _WHOLE_JOB.match(heading) and kind is not SectionKind.OTHER:
        return False  # LinkedIn's "About the job" right over "What you will do": the description's first part
    # An item says more than a heading does; a heading over it, or a short line that ends no sentence.
    short = under_heading or (len(above.split()) <= RUN_LINE_WORDS and above[-1] not in ".!?:")
    return short and len(phrase.split()) >= 4


def _kinds_of(
    blocks: list[str],
    kind: SectionKind,
    first: bool,
    either: bool = False,
    *,
    after_list: bool = False,
    job_later: bool = False,
    named_blurb: bool = False,
) -> list[SectionKind]:
    """The kind of each block (:func:`_blocks`) under a heading of ``kind``; ``first`` for the posting's
    opening section, whose first block is its masthead; ``either`` under a heading that may head the role or
    the company ("Overview", as applicant-tracking systems head the employer's blurb), where a block that
    describes the company (:func:`_describes_company`) is the company's, as one under the title is when it
    also says what the employer is ("Acme is a …") or, when a heading further on opens the job ("About the
    role"), when it neither speaks to the reader nor names a job ("We need a supervisor for our …" does), asks
    nothing and is of no other kind (:func:`_only_the_employers`); and the opening's first block, longer than a
    masthead, when it describes the company and says nothing of a job.

    Under a heading that told us nothing definite, the content speaks, block by block; under one
    that did (duties, requirements), only a paragraph after its list may turn out to be pay, how to
    apply or legal text, and once it has, what follows under the same heading (the pay by country,
    a disclaimer) is no requirement unless it plainly is one. ``after_list``: the first block too
    comes after the heading's list (a labelled line of pay stood between them). ``named_blurb``: under a heading
    that names the whole description ("Description", Indeed's "Full job description"), a first block that says by
    its name what the employer is ("Rosewood Plastics is an injection molding company …") is its blurb.
    """
    kinds: list[SectionKind] = []
    left: SectionKind | None = None  # what a list of duties or requirements gave way to
    if (
        either
        and kind is SectionKind.OTHER
        and not (blocks and _describes_company(blocks[0]) and _content_kind(blocks[0]) is None)
    ):
        # A heading of no kind we know heads the employer's blurb only where its first block is one: a blurb
        # further down ("What we have for you", the perks, then the company) is no sign of the heading's kind.
        either = False
    for n, block in enumerate(blocks):
        found = kind
        if either and _describes_company(block) and (kind is not SectionKind.OTHER or _content_kind(block) is None):
            # Under a heading of no kind we know, a block that plainly says how to apply or what is offered
            # ("We strongly encourage you to apply!") is that, however much it says "we".
            found = SectionKind.COMPANY
        elif named_blurb and n == 0 and _names_what_a_firm_is(block) and _describes_company(block):
            found = SectionKind.COMPANY
        elif (
            first
            and n > 0
            and (_firms_said(block) or (job_later and not _SPEAKS_OF_A_JOB.search(block)))
            and (
                _describes_company(block)
                or (job_later and _plainly_the_firms(block))
                or (job_later and _only_the_employers(block))
            )
        ):
            found = SectionKind.COMPANY  # under the title, after its masthead: "Harmon Logistics is a 3PL with …"
        elif first and n == 0 and _opens_with_the_firm(block) and _describes_company(block):
            # The posting opens by saying what its employer is, before any title ("Harmon Logistics, Inc. is a
            # family-owned carrier …"): its blurb, not a masthead.
            found = SectionKind.COMPANY
        elif (
            first
            and n == 0
            and len(block.split()) > MASTHEAD_WORDS
            and _describes_company(block)
            and not _SPEAKS_OF_A_JOB.search(block)
        ):
            # Longer than a masthead, it says what the employer is in a sentence the name does not open ("Acme,
            # based in Denver, is a …", "… founded in 2014 …"), and nothing of a job or the reader: its blurb, which
            # read as the role's had its products and its mission count as the job's work.
            found = SectionKind.COMPANY
        elif first and n == 0 and len(block.split()) <= MASTHEAD_WORDS and not _lists_the_job(block):
            pass  # the masthead: title, company, place and pay, however much it says of pay
        elif (
            kind is SectionKind.OTHER
            and _names_what_a_firm_is(block)
            and _describes_company(block)
            and _content_kind(block) is None
        ):
            # Under a heading of no kind we know ("Additional Information"), a paragraph that says by its name what
            # the employer is ("Acme Group is a full-service engineering firm … we provide …") is its blurb.
            found = SectionKind.COMPANY
        elif kind in (SectionKind.ROLE, SectionKind.OTHER, SectionKind.COMPANY):
            # Under "About us", the employer's services ("medical, dental and behavioral health under one
            # roof") name a benefit's word once: its blurb, unless it plainly lists benefits; so does, under
            # "Job Summary", what the job does ("The Benefits Specialist administers benefit programs …"), or a
            # sentence of it speaks of the job ("Reporting to the CFO, you will manage a $40,000 budget …").
            one_cue = kind is not SectionKind.COMPANY and not (
                kind is SectionKind.ROLE and (_NAMES_THE_JOB.search(block) or _ROLE_CUES.search(block))
            )
            found = _content_kind(block, one_cue=one_cue) or kind
        elif (
            kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
            and not LIST_ITEM.match(block)
            and _APPLY_ANYWAY.search(block)
            and not _PLAINLY_LEGAL.search(block)  # "… an equal opportunity employer, and we encourage you to apply"
        ):
            # "Not all applicants will have skills that match a job description exactly … we encourage everyone
            # to apply", over the list of requirements or under it: how to apply, whatever it says of skills.
            found = SectionKind.APPLY
            if left is None and (n > 0 or after_list):
                left = found  # what follows it under the list is no requirement either, unless it plainly is one
        elif kind is SectionKind.REQUIREMENTS and (n > 0 or after_list) and left is None and _wished_for(block):
            # "It would be desirable for candidates to have an NPQ …" under the list of what is asked: what would
            # help, as a list's item that says so is; what follows it is read as before.
            found = SectionKind.PREFERRED
        elif kind in (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED) and (
            n > 0 or after_list
        ):
            if left is None:
                left = _trailing_kind(block)
                if left is None and (LIST_ITEM.match(blocks[n - 1]) if n else after_list) and _of_the_employer(block):
                    left = SectionKind.COMPANY
                found = left or kind
            else:
                # The employer's notice after its blurb ("As an equal opportunity employer, Acme …") is legal text,
                # as it is straight under the list.
                found = _content_kind(block) or (SectionKind.LEGAL if _PLAINLY_LEGAL.search(block) else left)
        kinds.append(found)
    return kinds


_READ_BY_ITEM = (SectionKind.ROLE, SectionKind.OTHER, SectionKind.BENEFITS, *_LISTS_OF_THE_JOB)
"""What a list under a heading over the whole description may have been read as, whole, that its items may tell
apart."""


def _lists_by_item(blocks: list[str], kinds: list[SectionKind]) -> tuple[list[str], list[SectionKind]]:
    """``blocks`` and their ``kinds`` under a heading over the whole description ("Job Description", "Description":
    SmartRecruiters and Workable set a posting so), each list read item by item (:func:`_the_job_by_item`) where its
    items mix duties and requirements, or where it was read, whole, as benefits though its items are the job's (a
    payroll clerk's duties name benefits and paid time off). Read whole, a mixed list's duties were the role's prose
    and the requirements' wishes ("CPP certification a plus") were required. A list all of one kind keeps its
    reading, the role's where it was: read as duties, the one such list among the labelled sets ranks its CV worse."""
    out: list[tuple[str, SectionKind]] = []
    for block, kind in zip(blocks, kinds, strict=True):
        runs = _the_job_by_item(block) if kind in _READ_BY_ITEM and LIST_ITEM.match(block) else None
        out += runs if runs and (len(runs) > 1 or kind is SectionKind.BENEFITS) else [(block, kind)]
    return [b for b, _ in out], [k for _, k in out]


def _without_board_lines(lines: list[str]) -> list[str]:
    """``lines`` without a job board's own lines, wherever a copy of its page puts them: the posting's
    age and applicants, its buttons ("Show more"), the criteria it lists under the posting
    ("Industries" over "Software Development") and the tags a tracking system sets for it ("#LI-Remote":
    :func:`plausible.without_board_tags`), which are not the job's words; nor are other jobs listed under a
    heading that says so ("Similar jobs", :func:`plausible.heads_other_jobs`), nor a labelled place or date
    (:func:`_detail_only`)."""
    out: list[str] = []
    skip = False
    insights = False  # within a board's block on how the reader's profile fits (:func:`plausible.is_board_insights`)
    others = False  # under a heading over other jobs (:func:`plausible.heads_other_jobs`)
    for n, line in enumerate(lines):
        if line.strip() and not (line := plausible.without_board_tags(line)).strip():
            continue  # "#LI-Remote" under the posting: the board's routing (a line left blank would end a list)
        if others:
            # Their titles, employers and places, until a part of the posting, where a page sets the list above it.
            others = not _opens_a_part_of_the_job(line)
            if others:
                continue
        if plausible.heads_other_jobs(line):
            others = True
            continue
        if insights:
            insights = bool(line.strip()) and not plausible.is_board_status(line) and not _AFTER_INSIGHTS.match(line)
            if insights:
                continue
        if skip and line.strip():
            skip = False  # a criterion's value
        elif plausible.is_board_criterion(line) or _criterion_heading(lines, n):
            skip = True
        elif plausible.is_board_insights(line):
            insights = True
        elif not plausible.is_board_status(line) and not _detail_only(line):
            out.append(line)
    return out


_PARTS_OF_THE_JOB = frozenset(
    {SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.BENEFITS}
)


def _opens_a_part_of_the_job(line: str) -> bool:
    """Whether ``line`` is a heading over a part of the job ("Responsibilities", "Benefits", "Job description")."""
    found = find_heading(line)
    if found is None:
        return False
    return classify_heading(found[0]) in _PARTS_OF_THE_JOB or _WHOLE_JOB.match(clean_heading(found[0])) is not None


_MARKED_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
CRITERION_VALUE_WORDS = 8
"""The most words of the value a job board sets under a criterion ("Hospitals and Health Care", "Mid-Senior level")."""


def _criterion_heading(lines: list[str], n: int) -> bool:
    """Whether line ``n`` is a job board's criterion set as a heading, as a saved page's markup sets LinkedIn's
    ("### Industries" over "- Hospitals and Health Care"): its label, over one short value that a blank line or the
    end closes. A heading of the posting's own that says the same words heads more than one short line ("###
    Industries" over the list of the markets a firm serves) and stays."""
    found = _MARKED_HEADING.match(lines[n]) if "#" in lines[n] else None  # most lines: no pattern run
    if found is None or not plausible.is_board_criterion(lines[n][found.end() :]):
        return False
    below = [m for m in range(n + 1, min(n + 4, len(lines))) if lines[m].strip()]
    if not below:
        return False
    value = below[0]
    if len(lines[value].split()) > CRITERION_VALUE_WORDS or lines[value].rstrip().endswith((".", ":")):
        return False
    return value + 1 >= len(lines) or not lines[value + 1].strip()


_AFTER_INSIGHTS = re.compile(r"\s*(?:job details|full job description)\s*$", re.IGNORECASE)
"""The blocks of Indeed's page that follow its profile insights, where a copy sets no blank line between."""


_DETAILS_ONLY: frozenset[Field] = frozenset({"location", "date_posted", "valid_through", "url", "hiring_manager"})
"""The details whose labelled line says nothing of the work ("Location: District Wide", "Closing Date: Until
Filled"): where and when, and whom the job reports to ("Reports To: Corporate Quality Control", a colleague's job and
not a skill asked), which :mod:`~tailor.posting.find_details` reads from the text as it was."""


def _detail_only(line: str) -> bool:
    """Whether ``line`` is a labelled detail of :data:`_DETAILS_ONLY` and nothing else."""
    if ":" not in line and "|" not in line and "：" not in line:
        return False  # most lines: no label at all
    found = LABEL.match(line.strip())
    return found is not None and LABELS.get(" ".join(found.group(1).lower().split())) in _DETAILS_ONLY


REPEATED_LINE_WORDS = 6
"""A line of at least this many words that a posting repeats word for word is read once (:func:`_said_again`)."""


def _said_again(line: str, seen: set[str]) -> bool:
    """Whether ``line`` repeats, word for word, a line of :data:`REPEATED_LINE_WORDS` words or more that the
    posting said before (recorded in ``seen``): an item pasted twice into a list stresses nothing twice."""
    words = line.lstrip(" \t*-+•·>#0123456789.)").lower().split()
    if len(words) < REPEATED_LINE_WORDS:
        return False
    key = " ".join(words)
    if key in seen:
        return True
    seen.add(key)
    return False


@lru_cache(maxsize=32)
def of(posting: Posting) -> Structure:
    """The structure of ``posting``, computed once per posting (ranking and reports share it)."""
    return parse(posting.text, stated=posting.stated, links=posting.links)


def _title_block_first(raw: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Fold a posting's masthead into its opening section.

    Job boards often open with the title, the company and the location as headings
    with nothing under them ("# Senior Engineer", "### Acme", "#### Remote"). They are
    the role's first lines, not sections of their own; so is a line of the board's details
    set as a heading (:func:`~tailor.posting.text_rules.details_line`: "#### `🌎 Remote`") or right
    under the company's, and the text under it opens the role.
    """
    opening, rest = raw[0], list(raw[1:])
    lines = list(opening[1])
    while rest and len([x for x in lines if x.strip()]) < 4:
        heading, under = rest[0]
        first = next((line for line in under if line.strip()), "")
        if details_line(heading) or (details_line(first) and classify_heading(heading) is SectionKind.OTHER):
            lines += [heading, "", *under]
            rest.pop(0)
            break
        if any(line.strip() for line in under) or classify_heading(heading) is not SectionKind.OTHER:
            break
        lines.append(heading)
        rest.pop(0)
    return [(opening[0], lines), *rest]


_THE_JOB = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED)


def _header_details_apart(sections: list[Section]) -> list[Section]:
    """The lines under the title in the posting's opening that state only its details (a job board's header:
    "Napoleon, OH 43545", "$36.50 - $44.25 an hour - Full-time"; :func:`header_details_line`), as a section of the
    job's terms after it, which weighs nothing, as each weighs once read under its label ("Pay: …"): the unit of the
    pay ("an hour") is no word of the work the CV's bullets are ranked for."""
    if not sections or sections[0].kind is not SectionKind.ROLE or sections[0].heading:
        return sections
    lines = sections[0].text.split("\n")
    top = next((n for n in range(1, len(lines)) if not lines[n].strip()), len(lines))  # the header: the first lines
    stated = [0 < n < top and header_details_line(line) for n, line in enumerate(lines)]
    if not any(stated):
        return sections
    kept = "\n".join(line for line, detail in zip(lines, stated, strict=True) if not detail).strip()
    said = "\n".join(line for line, detail in zip(lines, stated, strict=True) if detail)
    return [Section(SectionKind.ROLE, "", kept), Section(SectionKind.BENEFITS, "", said), *sections[1:]]


_A_CREDENTIAL = re.compile(
    r"\b(?:licen[cs](?:e|ed|ure)|certifi(?:cation|ed)|credential|(?:security|secret|top secret) clearance)s?\b",
    re.IGNORECASE,
)
"""What names a credential the hire must hold or gain: a licence, a certification, a clearance."""
_GAINED = re.compile(r"\b(?:obtain|acquire|attain|earn|gain)(?:s|ed|ing)?\b", re.IGNORECASE)
"""What says the hire gains the credential once hired ("Must obtain FAC-C Level II certification within 12 months",
"Must be able to obtain a Secret clearance"): a résumé that shows it already is one the employer would rather have,
as :func:`tailor.posting.items.is_nice_to_have` reads "the ability to obtain"."""


def _credentials_asked_apart(sections: list[Section]) -> list[Section]:
    """The lines of a public employer's conditions of employment (:data:`tailor.posting.headings.ELIGIBILITY`) that
    ask for a credential, as a section after them: a résumé shows a credential, as it shows none of the conditions
    around it (U.S. citizenship, a drug test, a background investigation, probation). One to hold ("Must possess a
    valid CPA license") is required; one to gain once hired ("Must obtain FAC-C Level II certification within 12
    months", :data:`_GAINED`) preferred."""
    out: list[Section] = []
    for s in sections:
        if s.kind is not SectionKind.CONDITIONS or not ELIGIBILITY.search(clean_heading(s.heading).lower()):
            out.append(s)
            continue
        lines = s.text.split("\n")
        asked = [line for line in lines if _A_CREDENTIAL.search(line)]
        if not asked:
            out.append(s)
            continue
        rest = "\n".join(line for line in lines if line not in asked).strip()
        if rest:
            out.append(Section(s.kind, s.heading, rest))
        for kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
            said = [line for line in asked if (_GAINED.search(line) is not None) is (kind is SectionKind.PREFERRED)]
            if said:
                out.append(Section(kind, "" if rest or out[-1].heading == s.heading else s.heading, "\n".join(said)))
    return out


def _terms_apart(sections: list[Section]) -> list[Section]:
    """The sentences that end a paragraph of duties or requirements and are plainly pay, perks, how to apply or
    legal text, as sections of their kind after it. A posting run into one paragraph ends its last run-in
    heading's text with them ("… BLS certification within 30 days of hire. We offer medical, dental and vision
    insurance and PTO. Acme is an equal opportunity employer."): they ask nothing of the candidate. So do those that
    end such a paragraph, or the role's description, stating when the job's hours fall, the conditions of the work
    (:func:`_closing_kind`)."""
    out: list[Section] = []
    for s in sections:
        lines = s.text.split("\n")
        last = lines[-1]
        if s.kind not in (*_THE_JOB, SectionKind.ROLE) or LIST_ITEM.match(last):
            out.append(s)
            continue
        sentences = SENTENCE.split(last)
        tail: list[tuple[SectionKind, str]] = []
        while len(sentences) > 1 and (kind := _closing_kind(sentences[-1], s.kind)) is not None:
            tail.insert(0, (kind, sentences.pop()))
        if not tail:
            out.append(s)
            continue
        out.append(Section(s.kind, s.heading, "\n".join([*lines[:-1], " ".join(sentences)])))
        for kind, sentence in tail:
            if out[-1].kind is kind and not out[-1].heading:
                out[-1] = Section(kind, "", f"{out[-1].text} {sentence}")
            else:
                out.append(Section(kind, "", sentence))
    return out


def _closing_kind(sentence: str, within: SectionKind) -> SectionKind | None:
    """The kind of a ``sentence`` that closes a paragraph of a section of the kind ``within``, where it is plainly
    not that section's: one stating when the job's hours fall (:func:`tailor.posting.items.states_hours`: "It will be
    required to rotate day and night shifts and weekends and holidays.") is a condition of the work, as the same line
    in a list is (:func:`_demands_apart`), wherever it closes the job's text: a casual nurse's posting written as one
    paragraph under its title ends on the shifts it asks for, which no bullet shows, and read as the job's words they
    were a fifth of its weight; so is one stating how many hours or shifts it works (:func:`states_hours_worked`:
    "three 12-hour shifts", "Extra hours are often available"). Pay, how to apply and legal text
    (:func:`_trailing_kind`) close only a list's section: read at the end of a role's description too, they took
    sentences of the job's mission for perks (three of the eight postings of ``bench/readings.py`` it moved)."""
    if states_hours(sentence) or states_hours_worked(sentence):
        return SectionKind.CONDITIONS
    return _trailing_kind(sentence) if within in _THE_JOB else None


def _preferred_apart(sections: list[Section]) -> list[Section]:
    """The items of a list of requirements that say they are nice to have, as a preferred section after it.
    An item whose last clauses alone say so ("NetSuite or SAP; BlackLine a plus.") keeps the others."""
    out: list[Section] = []
    for s in sections:
        if s.kind is not SectionKind.REQUIREMENTS:
            out.append(s)
            continue
        kept: list[str] = []
        nice: list[str] = []
        lines = s.text.split("\n")
        lead_in: int | None = None  # the indent of an item that leads into a list of nice-to-haves, while it runs
        nested = False  # whether that list is set deeper than its lead-in, so an item back at its level ends it
        for line, item in zip(lines, list_lines(lines), strict=True):
            if not line.strip():
                kept.append("")  # a paragraph under the list stays one, not more of its last item
                continue
            if item and lead_in is not None and under_its_lead_in(line, lead_in, nested):
                nice.append(line)
                nested |= indent(line) > lead_in
                continue
            required, preferred = clauses_apart(line) if item else sentences_apart(line)
            kept += [required] if required else []
            nice += [preferred] if preferred else []
            lead_in = indent(line) if item and not required and line.rstrip().endswith(":") else None
            nested = False
        if not nice:
            out.append(s)
            continue
        rest = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
        if rest:
            out.append(Section(s.kind, s.heading, rest))
        out.append(Section(SectionKind.PREFERRED, "" if rest else s.heading, "\n".join(nice)))
    return out


def _not_counted_apart(sections: list[Section]) -> list[Section]:
    """What a section of the job says the employer will not count (:func:`tailor.posting.items.not_counted_apart`:
    "(site coordinator experience alone does not qualify)"), as a section of the job's terms after it, which weighs
    nothing: the experience it turns away is no evidence a CV's bullet should be ranked by."""
    return _said_apart(sections, not_counted_apart, SectionKind.CONDITIONS, needs="not")


def _offered_apart(sections: list[Section]) -> list[Section]:
    """The sentences of a section of the job that offer the hire a way to grow (:func:`tailor.posting.items.
    offered_apart`: "This role provides mentorship from senior attorneys."), as a section of benefits after it, which
    weighs nothing: what the employer gives is no evidence a CV's bullet should be ranked by, nor a keyword it lacks."""
    return _said_apart(sections, offered_apart, SectionKind.BENEFITS)


def _said_apart(
    sections: list[Section], apart_of: Callable[[str], tuple[str, str]], kind: SectionKind, needs: str = ""
) -> list[Section]:
    """``sections`` with what ``apart_of`` parts from each line of a section of the job (a line → what it keeps, what
    it parts) as a section of ``kind`` after it, the heading going with it where nothing is kept; a section whose
    text holds no ``needs`` is left as it is unread."""
    out: list[Section] = []
    for s in sections:
        if s.kind not in (*_THE_JOB, SectionKind.ROLE) or needs not in s.text:
            out.append(s)
            continue
        parts = [apart_of(line) for line in s.text.split("\n")]
        said = " ".join(apart for _, apart in parts if apart)
        if not said:
            out.append(s)
            continue
        rest = "\n".join(kept for kept, apart in parts if kept or not apart).strip()
        if rest:
            out.append(Section(s.kind, s.heading, rest))
        out.append(Section(kind, "" if rest else s.heading, said))
    return out


def _demands_apart(sections: list[Section]) -> list[Section]:
    """The items of a list of duties or requirements, or of a posting's text under no such heading (a short ad's
    lines), that state a physical demand or the hours (:func:`tailor.posting.items.demands`), as a section of the
    job's terms after it, which weighs nothing: "climb stairs in patients' homes" is no evidence of a bullet on stair
    training, nor "able to lift 40 lbs" of one that "Lifted customer scores"."""
    out: list[Section] = []
    for s in sections:
        if s.kind not in (*_THE_JOB, SectionKind.ROLE):
            out.append(s)
            continue
        lines = s.text.split("\n")
        stated = demands(lines)
        if not any(stated):
            out.append(s)
            continue
        rest = "\n".join(line for line, demand in zip(lines, stated, strict=True) if not demand).strip()
        if rest:
            out.append(Section(s.kind, s.heading, rest))
        said = "\n".join(line for line, demand in zip(lines, stated, strict=True) if demand)
        out.append(Section(SectionKind.CONDITIONS, "" if rest else s.heading, said))
    return out


def _merge_adjacent(sections: list[Section]) -> list[Section]:
    """Join a heading-less section onto the one before it when both are of the same kind."""
    out: list[Section] = []
    for s in sections:
        if out and not s.heading and out[-1].kind is s.kind:
            prev = out.pop()
            out.append(Section(s.kind, prev.heading, f"{prev.text}\n\n{s.text}".strip()))
        else:
            out.append(s)
    return out
