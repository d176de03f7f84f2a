"""What a line of a posting's section says of itself.

A list of requirements mixes what is asked with what would be nice ("AWS experience is a plus", "Python, Go or
Rust preferred", "3+ years of sales, ideally in medical devices"), and a list of duties mixes the work with the
conditions it is done under ("Must be able to lift 50 lbs", "Nights & weekends required"). This module judges one
line at a time: whether lines are items of a list (:func:`list_lines`), which clauses of an item only say what is
nice to have (:func:`is_nice_to_have`, :func:`clauses_apart`, :func:`sentences_apart`), and which lines state a
condition of the work: a physical demand, the hours, a screening, or how the hire gets to work and where they work from
(:func:`demands`). :mod:`tailor.posting.structure` moves such lines into
the section they belong to. Pure text processing: no spaCy, no I/O.
"""

from __future__ import annotations

import re

from tailor.posting.cues import cues, may_hold
from tailor.posting.headings import LIST_ITEM

__all__ = [
    "NOT_NEEDED",
    "SENTENCE",
    "clauses_apart",
    "demands",
    "indent",
    "is_nice_to_have",
    "list_lines",
    "says_nice",
    "sentences_apart",
    "states_hours",
    "under_its_lead_in",
]

_GAIN = (
    r"(?:goal of (?:attaining|obtaining|achieving|earning)|progress(?:ing)? towards?"
    r"|(?:ability|able) to obtain(?: and maintain)?)"
    # Not one gained by comity, reciprocity or endorsement, which only a licence held elsewhere is ("PE license in
    # North Carolina, or the ability to obtain NC registration by comity"): the licence is asked for now.
    r"(?![^.;]*?\b(?:by|through|via|under)\s+(?:comity|reciprocity|endorsement)\b)"
    # What is to be gained is a credential: named in capitals ("ACAS", "the PE") or as one ("a security clearance"),
    # not "progress toward project milestones" nor "the ability to obtain information from customers".
    r"\s+(?:(?:an?|the|your) )?"
    r"(?:(?-i:[A-Z])|[^.;,]{0,40}?\b(?:clearance|licen[cs](?:e|ure)|certification|designation))"
)
"""A clause of what the job asks the candidate to gain, not to hold: "the goal of attaining ACAS", "progress toward
the PE", "ability to obtain a security clearance", "the ability to obtain a CDL within 90 days of hire"; not a
licence of another state's obtained by comity or reciprocity, which asks for the licence held now."""
_VALUED = (
    r"\b(?:is|are|will be|would be)(?: also)? (?:highly |greatly |much |very much )?(?:valued|appreciated|welcome)\b"
    r"(?! (?:by|to)\b)"
)
_NOT_NEEDED = (
    r"\bnot\s+(?:strictly\s+|necessarily\s+|absolutely\s+)?(?:required|necessary|needed|mandatory|essential|expected"
    r"|an?\s+(?:requirement|prerequisite|must))\b"
    # Said of the hire, the job or the employer; not of whom the employer turns away ("candidates who do not require
    # sponsorship": that asks something of them), nor of other things ("decisions that do not need extensive study").
    r"|\b(?:you|we|role|position|job|it|this)\s+(?:(?:do|does|will|would)\s+not|(?:don|doesn|won|wouldn)['’]?t)"
    r"\s+(?:need|require)\b"
    r"|\bno\s+need\s+(?:for|to)\b|\bneed\s+not\b|\bneedn['’]t\b"
)
"""Words that deny a need: "is not required", "not a requirement", "not strictly necessary", "you don't need", "this
role does not require", "no need for"."""
NOT_NEEDED = re.compile(_NOT_NEEDED, re.IGNORECASE)
"""Where a clause says what it names is not needed (:data:`_NOT_NEEDED`): the one reading of a denied need that a
line's level (:func:`is_nice_to_have`), a degree asked (:mod:`tailor.degrees`) and a keyword's mentions
(:mod:`tailor.keywords`) share."""
# "is a plus", "would be an important asset", "is a big advantage": one word may say how much it counts.
_NICE_TO_HAVE = re.compile(
    r"\b(?:is|are|would be|will be)(?: also)? (?:an? )?(?:[a-z]+ )?"
    r"(?:plus|bonus|advantage|asset)\b"
    r"|\ban? (?:[a-z]+ )?(?:plus|bonus|advantage|asset)\W*$"
    # "Certifications in Cisco or Fortinet desired", "Rails is strongly desired": wished for, at the item's end; not
    # a duty's "desired outcomes".
    r"|\bdesired\W*$"
    r"|\bnice[- ]to[- ]have\b|\bpreferred\b|\bpreferabl[ey]\b|\bdesirable\b|\bideally\b|\boptional\b"
    # "a plus, but not required", "not essential", "you don't need prior experience": what the posting says it does
    # not need would help, and is not asked for.
    rf"|{_NOT_NEEDED}"
    r"|\b(?:bonus|extra|brownie) points\b"
    # "Experience with Fortigate will be valued", "SQL would be appreciated", "Spanish is welcome": said of what
    # would help, as postings written in Europe say "a plus".
    rf"|{_VALUED}"
    # "Spanish is helpful", "CAD would be beneficial", "not required but helpful": said to help, not asked for.
    r"|\b(?:is|are|would be|will be|but|though|yet)(?: also)? (?:very |highly |especially )?"
    r"(?:helpful|useful|beneficial)\b"
    rf"|\b{_GAIN}",
    re.IGNORECASE,
)
_NICE_CUES = cues(_NICE_TO_HAVE)
_NICE_TO_HAVE_FIRST = re.compile(
    r"^\W*(?:(?:bonus|plus|preferred|preference|nice[- ]to[- ]have|desirable|optional)\b[^\w-]"
    # As a label only: "Desired outcomes" is a duty's, "a plus-size line" no marker.
    r"|(?:prefer|desired|advantageous|an? (?:plus|bonus|asset|advantage))(?:\s*[:–—]|\s+-)"
    # What the hire would care about, not what they must have done: "Passion for AI, innovation, and startups", "A
    # genuine interest in machine learning", "Passionate about public health". A CV that shows the work shows the
    # care, as it shows what is preferred. Not where the item asks what is known or done too ("An interest in and
    # familiarity with Unix", "Passion for AI and 3+ years of Python"); a field's "customer experience" asks nothing.
    r"|(?:(?:an?\s+)?(?:(?:genuine|deep|strong|real|keen)\s+)?(?:passion|enthusiasm|curiosity|interest)\s+(?:for|in|about)"
    r"|(?:passionate|enthusiastic|curious)\s+(?:about|for))\s(?!and\b)"
    r"(?![^\n]*\b(?:experienced?\s+(?:in|with|of|as|using)|familiar\w*|knowledge|proficien\w*|expertise"
    r"|(?:\d+\+?|one|two|three|four|five)\s*(?:-\s*\d+\s*)?\+?\s*years?)\b)"
    # "Prefer" as the employer's verb, of whom or what it would rather have; not the candidate's ("Prefer simple
    # solutions over complex ones", a trait a list of "Have …", "Listen well …" asks for).
    r"|prefer\s+(?:candidates?|applicants?|someone|individuals?|those|(?:prior |previous )?(?:experience|familiarity"
    r"|knowledge|exposure|background|proficiency|certification))\b)",
    re.IGNORECASE,
)
"""An item that opens by saying it is nice to have, as a label or the employer's verb ("Preferred: MicroStation",
"Prefer – experience with HEC-RAS", "Prefer candidates with a CDL", "Desired: PMP", "A plus: Bluebeam"), whatever
follows; or by a passion or an interest ("Passion for AI"), what the hire would care about."""
_REQUIRED_WORD = re.compile(r"\b(?:required|must|essential|mandatory|necessary|(?<!\bas )needed)\b", re.IGNORECASE)


def _asks(text: str, pos: int = 0) -> bool:
    """Whether ``text`` (from ``pos``) says it is asked for (:data:`_REQUIRED_WORD`); not where the word is denied ("a
    plus, but not required", "desirable but not essential", "a plus, not a must"): that says it is nice to have."""
    denied = [(m.start(), m.end()) for m in NOT_NEEDED.finditer(text)]
    return any(
        not any(start <= found.start() < end for start, end in denied) for found in _REQUIRED_WORD.finditer(text, pos)
    )


_ASIDE = re.compile(r"\([^)]*\)")
_NONE_NEEDED = re.compile(
    r"^\W*no\s+(?:[\w/&'’-]+\s+){0,4}?(?:experience|background|degree|certification|license|licence|training)"
    r"\s+(?:is\s+)?(?:necessary|needed|required)\b",
    re.IGNORECASE,
)
"""A clause that opens by saying a kind of experience is not needed ("No prior forklift experience necessary", "No
biology background is required"): what it names would help, as what is "not required" would, and is not asked for.
"""


def _none_needed(clause: str) -> bool:
    """Whether a clause opens by saying what it names is not needed (:data:`_NONE_NEEDED`), and asks for nothing
    else after ("No degree required, but 5+ years of Python required" asks for Python)."""
    found = _NONE_NEEDED.match(clause)
    return found is not None and not _asks(clause, found.end())


def is_nice_to_have(item: str) -> bool:
    """Whether a requirement says it is not one: "(Bonus) Experience with CUDA", "AWS experience is a plus",
    "Experience in gene therapy preferred", "PCR: 1 year (Preferred)". A qualifier in brackets that names
    something ("Go (Rust preferred)") speaks of part of an item that is required, and so does an item that
    also says "required" or "must"."""
    if _NICE_TO_HAVE_FIRST.match(item) or _none_needed(item):
        return True
    said = _ASIDE.sub(" ", item) if "(" in item else item
    # Brackets that end the item and say only that it is nice to have speak of the whole item, as job boards
    # mark each line of a list of qualifications: "Cell culture: 1 year (Preferred)"; in the middle of one
    # they speak of the word before them ("Azure (preferred), AWS, GCP").
    last = _LAST_ASIDE.search(item) if ")" in item else None
    marked = last is not None and says_nice(last.group(1)) and not _names_something(last.group(1))
    return (marked or says_nice(said)) and not _asks(said)


def says_nice(text: str) -> bool:
    """Whether ``text`` says what it names would be nice to have (:data:`_NICE_TO_HAVE`), its cues asked first: every
    clause of every list of requirements is asked."""
    return (_NICE_CUES is None or _NICE_CUES.may_match(text)) and _NICE_TO_HAVE.search(text) is not None


_LAST_ASIDE = re.compile(r"\(([^)]*)\)[\s.*_]*$")
_WHOLLY_ASIDE = re.compile(r"\s*\(([^)]*)\)[\s.*_]*")
"""Brackets that end an item, and what they hold (emphasis marks and a full stop after them aside)."""


_SENTENCE_STOP = r"(?:(?<=[a-z)]\.)|(?<=[A-Z0-9]{2}\.))(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)\s+(?=[A-Z])"
"""Where two sentences part: a full stop after a word (an acronym too: "… a valid Class A CDL. Hazmat …"), then a
capital; not the stop of "e.g.", "i.e." or "vs.", which go on with what they name ("value-based care (e.g. ACO REACH,
MSSP) preferred"), nor of initials with full stops ("U.S.", "Ph.D.")."""
SENTENCE = re.compile(_SENTENCE_STOP)
"""Where a line's sentences part (:data:`_SENTENCE_STOP`)."""
_YEARS_STOP = r"(?<=[a-z)]\.)\s+(?=\d+\s*(?:[-–+]|to|or)?\s*\d*\+?\s*(?:years?|yrs?)\b)"
"""A full stop after a word, then a sentence that opens with how many years it asks ("… not required. 5-10 years of
experience required"), as requirements run into one paragraph write them."""
_CLAUSE_END = re.compile(rf"(?<=;)\s+|{_SENTENCE_STOP}|{_YEARS_STOP}")
"""Where an item's clauses part: after a semicolon, or a full stop ending a sentence."""
_ONE_COMMA = re.compile(r"^(?P<head>[^,]+,)\s+(?P<tail>[^,]+)$")
"""An item of one comma: what it asks, and a clause after it ("…experience, insurance defense preferred")."""
_IDEALLY = re.compile(r",\s+(?=(?:ideally|preferably)\b)", re.IGNORECASE)
"""A comma before a clause that says what would be better still ("3+ years of sales, ideally in medical devices"):
what comes before it is asked for, however long or listed the clause is."""
_BONUS_POINTS = re.compile(
    r"(?:,\s*|\s+)(?=(?:(?:and|with|but|plus)\s+)?(?:bonus|extra|brownie)\s+points\s+(?:for|if|when)\b)", re.IGNORECASE
)
"""Where an item goes on to what would earn it more, as a playful posting writes it ("Fluency in Google Docs and the
tools we use, with bonus points for Figma"): what comes before is asked for, what follows is nice to have."""
_ALTERNATIVES = re.compile(r"\b(?:or|and)\b|/", re.IGNORECASE)
QUALIFIER_WORDS = 5
"""The most words a clause after an item's one comma has to be a qualifier of its own, not the rest of a list."""
_YEARS_OF_EXPERIENCE = re.compile(
    r"^\W*\d+\s*(?:[-–+]|to|or)?\s*\d*\+?\s*(?:years?|yrs?)\b[^,]*\bexperience\s*,$", re.IGNORECASE
)
"""An item's head that asks for years of experience of its own ("3+ years of hotel management experience,"): no
list's first item, so a clause after it that names alternatives ("front office or rooms division preferred") is a
qualifier of it, as a short one is."""


_SAYS_REQUIRED_AT_END = re.compile(r"\b(?:required|a must|mandatory|essential)\s*,$", re.IGNORECASE)
"""An item's head that closes by saying it is required ("ERP experience required,"): a clause whole, no list's first
item, so the alternatives after its comma ("Oracle or NetSuite preferred") are a qualifier of it, as after years."""


_TO_GAIN = re.compile(rf"\s+(?=(?:with|and) (?:(?:the|a) )?{_GAIN})", re.IGNORECASE)
"""Where an item goes on to what the candidate is to gain ("Passage of two actuarial exams with the goal of attaining
ACAS"): a clause of its own, asked for as a goal, not as something held."""


def _clauses(item: str) -> list[str]:
    """An item's clauses: its sentences and the parts a semicolon ends, or, in an item of one sentence and one
    comma, the short clause after the comma that names one thing ("2+ years of litigation experience, insurance
    defense preferred"). A clause that names alternatives ("Python, Go or Rust preferred") ends a list, and
    stays with it."""
    clauses = _CLAUSE_END.split(item)
    if len(clauses) == 1 and (m := _TO_GAIN.search(item)):
        return [item[: m.start()], item[m.end() :]]
    # A comma in brackets parts no clause ("Board certification (CFA, FRM) preferred"): read with them blanked out.
    blanked = _ASIDE.sub(lambda aside: "_" * len(aside.group()), item)
    if len(clauses) == 1 and (m := _IDEALLY.search(blanked)) and len(item[: m.start()].split()) >= 3:
        return [item[: m.start() + 1], item[m.end() :]]
    if len(clauses) == 1 and (m := _BONUS_POINTS.search(blanked)) and len(item[: m.start()].split()) >= 3:
        return [item[: m.start()] + ("," if "," in m.group() else ""), item[m.end() :]]
    # Brackets at the end that name another thing nice to have ("OSHA 10 required (OSHA 30 a plus)", "Go (Rust
    # preferred)"): a clause of their own; what stands before them is asked.
    last = _LAST_ASIDE.search(item) if len(clauses) == 1 else None
    if last is not None and item[: last.start()].strip() and _a_nice_aside(last.group(1)):
        return [item[: last.start()].rstrip(), item[last.start() :]]
    # Inside the item, brackets that name another thing nice to have ("Experience with a CMS (Arc XP preferred), SEO
    # and social media"): the same clause of their own, taken out of what is asked around them.
    inside = [aside for aside in _BRACKETED.finditer(item) if _a_nice_aside(aside.group(1))] if last is None else []
    if len(clauses) == 1 and len(inside) == 1 and item[: inside[0].start()].strip():
        asked = item[: inside[0].start()] + item[inside[0].end() :]
        if not is_nice_to_have(asked):
            return [asked, inside[0].group().strip()]
    if len(clauses) == 1 and (m := _ONE_COMMA.match(blanked)):
        head, tail = item[: m.end("head")], item[m.start("tail") :]
        short = len(tail.split()) <= QUALIFIER_WORDS and not _ALTERNATIVES.search(tail)
        # After a head asked whole, brackets are an aside of the clause, one word long as far as its length goes:
        # "with a mix of public accounting (Big 4 or large regional firm) and industry preferred". Not after any
        # head: "Experience with Docker, Kubernetes with Dockerization (nice to have)" wishes for the whole item.
        if (
            (_YEARS_OF_EXPERIENCE.match(head) or _SAYS_REQUIRED_AT_END.search(head))
            and len(blanked[m.start("tail") :].split()) <= 2 * QUALIFIER_WORDS
            and is_nice_to_have(tail)
        ):
            short = True
        # Not "…, a plus" or "…, strongly preferred": a clause that names nothing speaks of the whole item.
        if len(head.split()) >= 3 and short and _names_something(tail):
            return [head, tail]
    return clauses


_MARKER_WORDS = frozenset("a an is are be also very strongly highly would will big huge definite real".split())  # noqa: SIM905


def _a_nice_aside(aside: str) -> bool:
    """Whether what brackets hold names something and says it is nice to have ("OSHA 30 a plus")."""
    return bool(_NICE_TO_HAVE.search(aside)) and _names_something(aside) and not _asks(aside)


def _names_something(clause: str) -> bool:
    """Whether a clause names something besides saying it is nice to have ("insurance defense preferred")."""
    rest = _NICE_TO_HAVE.sub(" ", clause)
    return any(word.lower() not in _MARKER_WORDS for word in re.findall(r"[^\W\d_][\w'’-]*", rest))


_PHYSICAL_DEMAND = re.compile(
    r"^\W*(?:must\s+)?(?:be\s+)?(?:(?:physically\s+)?able|ability|capable)\s+(?:of|to)\s+"
    r"(?:(?:safely|frequently|occasionally|regularly|repeatedly)\s+)?"
    r"(?:lift|carry|push|pull|stand|walk|sit|kneel|bend|squat|stoop|crouch|climb)(?:s|ing)?\b"
    r"|\b(?:lift|lifting|carry|carrying)\b(?!-on)[^.;]{0,40}?\b\d+\s*(?:lbs?|pounds|kg|kilograms)\b",
    re.IGNORECASE,
)
"""A list item that states a physical demand of the job ("Must be able to lift 50 lbs and climb stairs",
"Ability to stand for long periods", "Frequent lifting of up to 25 kg"): a condition of the work, as a
"Physical requirements" heading's items are, never a skill asked of the candidate. "Carry-on" is the bag, not
the verb: "Assist passengers with stowing carry-on bags of up to 35 pounds" is a duty."""

_TIMES = r"(?:nights?|evenings?|weekends?|holidays?|overnights?|early\s+mornings?)"
_HOURS_DEMAND = re.compile(
    rf"\b(?:open|flexible|open\s+and\s+flexible)\s+(?:availability|schedule)\b"
    rf"|\bavailab(?:le|ility)\s+(?:to\s+work\s+)?(?:on\s+)?{_TIMES}"
    rf"|^(?=.*\b(?:required|must|work|working|availability|schedule|shifts?|rotating|as\s+needed)\b)"
    rf".*\b{_TIMES}(?:\s*(?:,|&|/|\band\b|\bor\b)\s*(?:and\s+|or\s+)?{_TIMES})+"
    # Surgery's "take call" (a bare singular): being on call for the cases that come in, not a dispatcher's calls.
    r"|\b(?:take|takes|taking)\s+(?:(?:trauma|weekend|night|overnight|home|back-?up)\s+)?call\b(?![-\w])(?!\s+(?:cent(?:er|re)s?|logs?|queues?|volumes?)\b)",
    re.IGNORECASE,
)
"""A list item that states when the job's hours fall ("Open availability, including nights, weekends and
holidays", "Flexible schedule", "Nights & weekends required", "Ability to take call", not "Teach evening and weekend
classes" nor "Take calls from clients"): a condition of the work, as a physical demand is, never a skill; its words
("open", "flexible", or "take call" read as a dispatcher's call taking) would otherwise meet a bullet's ("Opened the
store")."""
_HOURS_LABEL = re.compile(
    r"^(?:shift|working|work|office|business)\s+(?:timings?|hours|schedule|pattern)\s*(?::|[-–—]|\s(?=\d))"
    r"|^shifts?\s*:",
    re.IGNORECASE,
)
"""A list item that opens with a label of the job's hours, then states them ("Shift timings 6 PM to 3 AM (Night
shifts), need to be available for extended work hours …", "Working hours: 7:00–15:30, Monday to Friday"): when
the work is done, however long, never a skill; its words ("extended", "hours", "business requirements") would
otherwise meet a bullet's."""
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven)"
_HOURS_WORKED = re.compile(
    rf"\b{_COUNT}\s+(?:\d{{1,2}}|eight|ten|twelve)\s*-?\s*(?:hours?|hrs?)\s+(?:[\w-]+\s+){{0,2}}shifts?\b"
    r"|\b\d{1,2}\s*(?:-\s*\d{1,2}\s*)?hours?\s+(?:(?:per|a|an|each|every)\s+|in\s+an?\s+(?:[\w-]+\s+)?)"
    r"(?:week|day|month|pay\s+period|schedule|rotation)\b"
    # Hours on offer, not more hours a role "may lead to" with more responsibilities: that is its growth.
    r"|\bopportunit(?:y|ies)\s+(?:for|to\s+(?:work|pick\s+up))\s+(?:more|additional|extra)\s+hours\b"
    r"|\b(?:more|additional|extra)\s+hours\s+(?:are\s+|is\s+|may\s+be\s+)?(?:often\s+|sometimes\s+|also\s+)?available\b",
    re.IGNORECASE,
)
"""A sentence that states how many hours or shifts the job works ("three 12-hour day shifts", "36 hours in a two-week
schedule", "Extra hours are often available"): when the work is done, as :data:`_HOURS_DEMAND`'s nights and weekends
are, not a duty; read only where it closes a paragraph (:func:`tailor.posting.structure._closing_kind`), where a
casual or per diem posting states its schedule. Not hours a duty measures ("Reduced month-end close by 40 hours"), one
shift it covers ("Cover the 8-hour morning shift"), nor the "more hours and responsibilities" a role may lead to."""
_WORKED_CUES = ("hour", "hrs")
"""Words one of which every match of :data:`_HOURS_WORKED` holds."""
DEMAND_WORDS = 15
"""The most words an item about the hours, or a line of prose about a demand, has: a longer one says more
than how or when the work is done ("Provide on-call support for the payments platform, including nights and
weekends, …")."""
_ENDS_SENTENCE = re.compile(r"[.!?:]\W*$")
_PHYSICAL_CUES = ("able", "ability", "lift", "carry")
"""Words one of which every match of :data:`_PHYSICAL_DEMAND` holds ("capable" holds "able", "lifting" "lift")."""
_HOURS_CUES = ("availab", "schedule", "night", "evening", "weekend", "holiday", "morning", "call")
"""Words one of which every match of :data:`_HOURS_DEMAND` holds (:data:`_TIMES`, or "availability"/"schedule")."""
_LABEL_CUES = ("shift", "hours", "timing", "schedule", "pattern")
"""Words one of which every match of :data:`_HOURS_LABEL` holds."""
_SCREENING = re.compile(
    r"\b(?:pass(?:es|ing)?|undergo(?:es|ing)?|submit(?:ting)?\s+to|participat(?:e|ing|ion)\s+in|consent(?:ing)?\s+to"
    r"|subject\s+to)\b[^.;]{0,40}?\b(?:drug|alcohol|background|criminal|pre-?employment)\b[^.;]{0,30}?"
    r"\b(?:tests?|testing|screens?|screenings?|checks?|investigations?)\b",
    re.IGNORECASE,
)
"""A list item that states a screening the hire must pass or submit to ("Willingness to participate in random drug
and alcohol testing", "Must pass a background check and drug screen"): a condition of employment, as a physical
demand is, never the skill of running a testing program ("Administer the DOT drug and alcohol testing program")
that a safety or HR posting asks for."""
_SCREENING_CUES = ("drug", "alcohol", "background", "criminal", "employment")
_WHERE_FROM = re.compile(
    # How the hire gets to the work: a car of one's own, an ordinary licence to drive it and insurance for it; not a
    # commercial licence, nor a clean driving record, which a carrier asks of a driver as the trade's credentials.
    r"\b(?:reliable|dependable|own|personal|insured)\s+(?:means\s+of\s+)?(?:transportation|transport|vehicle|car)\b"
    r"|\baccess\s+to\s+(?:an?\s+)?(?:reliable\s+|insured\s+)?(?:vehicle|car|transportation)\b"
    r"|(?<!commercial\s)\b(?:valid|current|unrestricted)\s+(?:[a-z]{2}\s+|state\s+)?driver(?:'|’)?s?\s+licen[cs]e\b"
    r"|\bproof\s+of\s+(?:auto(?:mobile)?|vehicle|car)\s+insurance\b"
    # Where the hire works from: commuting or moving there, working from home, and what a home office needs.
    r"|\b(?:able|ability|willing(?:ness)?)\s+to\s+(?:reliably\s+)?(?:commute|relocate)\b"
    r"|\b(?:able|ability|willing(?:ness)?)\s+to\s+work\s+(?:from\s+(?:home|a\s+home\s+office)|remotely|on-?site"
    r"|in-?person|in\s+(?:the|our)\s+office|a\s+hybrid)\b"
    r"|\b(?:quiet|dedicated|private|distraction-free)\s+(?:home\s+)?(?:workspace|work\s?space|work\s+area|home\s+office)\b"
    r"|\b(?:reliable|stable|high-speed|broadband)\s+(?:high-speed\s+)?(?:home\s+)?internet\b"
    # Which days a week in which place: "come into our Lakewood office at least three business days a week", "in the
    # newsroom two days each week", "from our Fresno clinic three days per week".
    r"|\b(?:in|at|into|to|from)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}(?:office|newsroom|studio|clinic|campus"
    r"|headquarters|HQ)\s+(?:[\w-]+\s+){0,4}days?\s+(?:a|per|each|every)\s+week\b"
    r"|\b(?:live|reside)\s+within\s+\d+\s*(?:miles|mi|km|minutes)\b",
    re.IGNORECASE,
)
"""A list item that states how the hire gets to the work or where they work from ("Must have reliable transportation
and a valid driver's license", "Ability to work from home with a quiet, HIPAA-compliant workspace", "Must be able to
commute to our Shadyside office three days a week"): a condition of employment, as a screening is, never a skill; its
words would otherwise meet a bullet's ("Coordinated transportation for 40 clients", "Moved the team to remote work").
Not a CDL ("valid commercial driver's license") nor a clean driving record, which a carrier asks of a driver."""
_WHERE_FROM_CUES = (
    *("transport", "vehicle", "car", "driv", "insurance"),
    *("commut", "relocat", "work", "internet", "office", "within", "week"),
)
"""Words one of which every match of :data:`_WHERE_FROM` holds."""
_ASKS_MORE = re.compile(
    r"\b(?:experience[ds]?|years?|degree|knowledge|proficien\w*|skills?|familiar\w*|certifi\w*|CDL"
    r"|driving\s+(?:record|history)|MVR|motor\s+vehicle\s+record)\b",
    re.IGNORECASE,
)
"""A word that says an item asks for something the CV can show ("Valid driver's license and two years of home care
experience", "… and clean driving record": a record a driver shows as a credential, :data:`_WHERE_FROM`): such an
item stays a requirement, whatever condition it also states."""
_RECORD = re.compile(
    r"^(?:no|never|any|(?:no\s+)?more\s+than\s+\w+)\b[^.;]*?\b(?P<window>(?:in|within|during|over)\s+(?:the\s+)?"
    r"(?:last|past|previous|prior|preceding)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"\s+(?:years?|months?|yrs?)\b)",
    re.IGNORECASE,
)
"""A list item that states what the hire's record must not hold over a stretch of time looked back on ("No
preventable accidents in the last 3 years", "No more than two moving violations within the past 36 months", "Any
license suspension in the last 12 months" under a list of what disqualifies): a condition of being hired, as a
screening is. The CV is not asked to say "moving violations", and a CV that does not say them lacks nothing. An item
that asks for more than the record (:data:`_ASKS_MORE`, the stretch of time aside: "No less than five years of
litigation experience in the last ten years") stays a requirement."""
_RECORD_CUES = ("last", "past", "previous", "prior", "preceding")
_NONE_HELD = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:(?:(?:can|must|should|will|may|to)\s+)?(?:have|has|hold|possess)\s+no"
    r"|(?:can|must|should|will|may)\s+not\s+(?:have|hold|possess)|with\s+no|(?:be\s+)?free\s+(?:of|from))(?![\w-])",
    re.IGNORECASE,
)
"""A list item that states what the hire must not have, without a stretch of time ("Driver can have no preventable
CMV accidents", "Must not have any DUI convictions", "Must be free of serious traffic violations", "Applicants with no
open disciplinary actions on their license"): as much a condition of being hired as :data:`_RECORD`'s. Its verb is one
of having, so "Ensure no HIPAA violations occur" (work to prevent them) stays a duty; an item that asks for more
(:data:`_ASKS_MORE`: "Must have no less than three years of Python experience") stays a requirement."""
_NONE_HELD_CUES = ("have", "has", "hold", "possess", "with no", "free")
_WHERE_FROM_WORDS = 20
"""The most words a list item stating where the hire works from has (:data:`_WHERE_FROM`), a few more than
:data:`DEMAND_WORDS`: where and when take them ("You can come into our Lakewood office at least three business days a
week on a flexible schedule", 18)."""
_DEMAND_CUES = (
    _PHYSICAL_CUES + _HOURS_CUES + _SCREENING_CUES + _LABEL_CUES + _WHERE_FROM_CUES + _RECORD_CUES + _NONE_HELD_CUES
)


def _states_physical_demand(text: str) -> bool:
    """Whether ``text`` states a physical demand (:data:`_PHYSICAL_DEMAND`).

    >>> _states_physical_demand("Must be able to lift 50 lbs"), _states_physical_demand("Build data pipelines")
    (True, False)
    """
    return may_hold(text, _PHYSICAL_CUES) and _PHYSICAL_DEMAND.search(text) is not None


def states_hours(text: str) -> bool:
    """Whether ``text`` states when the job's hours fall (:data:`_HOURS_DEMAND`).

    >>> states_hours("Nights & weekends required"), states_hours("Teach classes")
    (True, False)
    """
    return may_hold(text, _HOURS_CUES) and _HOURS_DEMAND.search(text) is not None


def states_hours_worked(text: str) -> bool:
    """Whether ``text`` states how many hours or shifts the job works (:data:`_HOURS_WORKED`).

    >>> states_hours_worked("Three 12-hour shifts a week"), states_hours_worked("Cover the 8-hour morning shift")
    (True, False)
    """
    return may_hold(text, _WORKED_CUES) and _HOURS_WORKED.search(text) is not None


def _states_screening(text: str) -> bool:
    """Whether ``text`` states a screening the hire submits to (:data:`_SCREENING`).

    >>> _states_screening("Must pass a drug screen"), _states_screening("Administer the drug testing program")
    (True, False)
    """
    return may_hold(text, _SCREENING_CUES) and _SCREENING.search(text) is not None


def _states_where_from(text: str) -> bool:
    """Whether ``text`` states how the hire gets to the work or where they work from (:data:`_WHERE_FROM`), and
    asks for nothing more.

    >>> _states_where_from("Must have reliable transportation"), _states_where_from("Coordinate client transportation")
    (True, False)
    """
    return may_hold(text, _WHERE_FROM_CUES) and _WHERE_FROM.search(text) is not None and not _ASKS_MORE.search(text)


def _states_record(text: str) -> bool:
    """Whether ``text`` states what the hire's record must not hold (:data:`_RECORD`, :data:`_NONE_HELD`), and asks
    for nothing more.

    >>> _states_record("No DUI convictions in the past 5 years"), _states_record("5 years of CDL-A driving")
    (True, False)
    """
    if may_hold(text, _RECORD_CUES) and (found := _RECORD.search(text)) is not None:
        return not _ASKS_MORE.search(text[: found.start("window")] + text[found.end() :])  # its stretch of time aside
    return may_hold(text, _NONE_HELD_CUES) and _NONE_HELD.search(text) is not None and not _ASKS_MORE.search(text)


def demands(lines: list[str]) -> list[bool]:
    """Which of a section's ``lines`` state a physical demand or the hours of the job: list items
    (:data:`_PHYSICAL_DEMAND`, or :data:`_HOURS_DEMAND` in a short one), or a short line of prose that is
    whole sentences, each stating one, as a classified ad's lines are ("Must be 18+, reliable, able to lift 40
    lbs."), never part of a sentence wrapped by hand, nor a line that asks for more ("Pick and pack orders. Must
    lift 50 lbs.")."""
    out: list[bool] = []
    listed = list_lines(lines)
    goes_on = _wrapped_onto(lines, listed)
    for n, (line, item) in enumerate(zip(lines, listed, strict=True)):
        if goes_on[n]:
            out.append(out[-1])  # the rest of the item above, wrapped: judged with it
            continue
        # An item wrapped onto lines in small letters is one item: judged whole, its halves go together.
        end = n + 1
        while end < len(lines) and goes_on[end]:
            end += 1
        line = " ".join([line, *(rest.strip() for rest in lines[n + 1 : end])])
        if not may_hold(line, _DEMAND_CUES):
            out.append(False)  # most lines: no word either pattern needs
            continue
        text = LIST_ITEM.sub("", line).strip()
        short = len(text.split()) <= DEMAND_WORDS
        if item:
            # A long item is a duty that may end on what it takes ("Know the emergency procedures …; open every
            # exit, including the ability to lift 70 pounds"): only its first clause can make it a demand. An item
            # opened by a label of the job's hours ("Shift timings: …") states them, however long it is.
            said = text if short else text.split(";", 1)[0]
            out.append(
                _states_physical_demand(said)
                or (short and (states_hours(text) or _states_screening(text)))
                or _states_record(text)
                or (len(text.split()) <= _WHERE_FROM_WORDS and _states_where_from(text))
                or _HOURS_LABEL.match(text) is not None
            )
            continue
        before = lines[n - 1].strip() if n else ""
        whole = short and text[:1].isupper() and (not before or bool(_ENDS_SENTENCE.search(before)))
        whole = whole and (n + 1 == len(lines) or not lines[n + 1].strip() or bool(_ENDS_SENTENCE.search(text)))
        out.append(
            whole
            and all(
                _states_physical_demand(s) or states_hours(s) or _states_screening(s) or _states_where_from(s)
                for s in SENTENCE.split(text)
            )
        )
    return out


def _wrapped_onto(lines: list[str], listed: list[bool]) -> list[bool]:
    """Which of ``lines`` go on with the list item above them, wrapped: lines in small letters, no items themselves,
    under an item or under another such line ("- Must lift 50 pounds and stand during" over "  a twelve-hour shift")."""
    out = [False] * len(lines)
    for n in range(1, len(lines)):
        opens = lines[n].lstrip()[:1]
        out[n] = bool(opens.islower() and not listed[n] and (listed[n - 1] or out[n - 1]) and lines[n - 1].strip())
    return out


def list_lines(lines: list[str]) -> list[bool]:
    """Which of ``lines`` are items of a list: list items, and the lines of a run of two or more that
    each open with a capital or a digit, as a list copied from a job board's page without its marks
    is. The lines of a paragraph wrapped by hand go on from one another ("is a plus."), and are none."""
    out = [bool(LIST_ITEM.match(line)) for line in lines]
    start = 0
    for end in [*(n for n, line in enumerate(lines) if not line.strip()), len(lines)]:
        run = lines[start:end]
        if len(run) >= 2 and all(line.lstrip()[:1].isupper() or line.lstrip()[:1].isdigit() for line in run):
            out[start:end] = [True] * len(run)
        start = end + 1
    return out


def clauses_apart(line: str) -> tuple[str, str]:
    """A list item as its required part and its nice-to-have part (each "" when it has none): the whole
    item one or the other, or, where only its last clauses say they are nice to have, those apart."""
    item = LIST_ITEM.sub("", line)
    clauses = _clauses(item)
    nice = [
        _a_nice_aside(aside.group(1)) if (aside := _WHOLLY_ASIDE.fullmatch(clause)) else is_nice_to_have(clause)
        for clause in clauses
    ]
    if len(clauses) > 1 and not nice[0] and nice[-1]:
        cut = len(clauses)
        while nice[cut - 1]:
            cut -= 1
        marker = line[: len(line) - len(item)]
        return marker + " ".join(clauses[:cut]), marker + " ".join(clauses[cut:])
    return ("", line) if is_nice_to_have(item) else (line, "")


_NICE_TO_HAVE_END = re.compile(
    r"(?:\bpreferred|\bdesirable|\bdesired|\b(?:is|are|would be)(?: also)? (?:an? )?(?:[a-z]+ )?"
    rf"(?:plus|bonus|advantage|asset)|{_VALUED}|\bnice[- ]to[- ]have|\bnot (?:required|mandatory|essential)"
    # "Hazmat endorsement a plus.": a sentence of no verb says it as surely.
    r"|\ban? (?:big |huge |definite |real |strong )?(?:plus|bonus|advantage)"
    # "A notary commission is helpful.": it would help, and is not asked for.
    r"|\b(?:is|are|would be|will be)(?: also)? (?:very |especially |extremely |really )?helpful"
    r"|\boptional)\W*$",
    re.IGNORECASE,
)
"""How a sentence of prose ends that says it asks for nothing required ("Experience with Toast POS is preferred.")."""


_CONCESSION = re.compile(r"(?<=,)\s+(?=(?:and|but) while\b)")
"""Where a sentence goes on to grant that something would help without being asked for ("You need a Journeyman
License, and while a Master Electrician certification would be great, it's not mandatory")."""


def sentences_apart(line: str) -> tuple[str, str]:
    """A line of prose among requirements as its required sentences and those that end by saying they are nice to
    have, as a posting run into one paragraph writes its requirements, and the part of a sentence that grants
    something would help but is not asked for (", and while … would be great, it's not mandatory"). A sentence that
    opens in lower case goes on from a line above it (text wrapped by hand), and stays."""
    sentences = [
        part
        for sentence in _CLAUSE_END.split(line)
        for whole in (_CONCESSION.split(sentence) if " while " in sentence else (sentence,))
        for part in _better_still_apart(whole)
    ]
    nice = [
        (
            (
                ((s[:1].isupper() or s.startswith(("and while", "but while"))) and bool(_NICE_TO_HAVE_END.search(s)))
                or bool(_BETTER_STILL.match(s))
            )
            and not _asks(s)
        )
        or (s[:1].isupper() and _none_needed(s))
        for s in sentences
    ]
    if not any(nice):
        return line, ""
    kept = " ".join(s for s, n in zip(sentences, nice, strict=True) if not n)
    return kept, " ".join(s for s, n in zip(sentences, nice, strict=True) if n)


_NOT_COUNTED = re.compile(
    r"\b(?:do|does|will|shall|would|can|may)\s+not\s+(?:qualify|count|be\s+(?:considered|counted|accepted|credited))\b"
    r"|\b(?:is|are)\s+not\s+(?:accepted|counted|credited|qualifying)\b",
    re.IGNORECASE,
)
"""A clause that says what the employer will not count ("site coordinator experience alone does not qualify",
"Experience with PHP frameworks will not be considered")."""
_LACKING = re.compile(r"\b(?:without|unless|not|no|never|fails?|lack(?:s|ing)?|except|other than)\b|n['’]t\b", re.I)
"""What makes such a clause a requirement instead: it turns away those who lack something ("Applicants without an RN
license will not be considered", "Candidates who do not meet the minimum qualifications will not be considered")."""
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
_ANY_SENTENCE_STOP = re.compile(r"(?<=[\w)]\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)\s+(?=[A-Z])")
"""Where two sentences part, after a word in capitals too ("Python and SQL. Experience with …"): what a clause that
turns something away is parted from, lest the words before it go with it."""


_GROWTH = r"(?:mentorship|mentoring|training|coaching|growth|professional\s+development)\b"
"""What an employer gives its hire to grow: not "an opportunity to" or "exposure to", which go on to name the work."""
_OFFERED = re.compile(
    rf"^(?:(?:this|the)\s+(?:role|position|job|opportunity|program|programme)|we)\s+(?:also\s+)?"
    rf"(?:provides?|offers?)\s+(?:you\s+)?(?:[\w-]+\s+){{0,3}}?{_GROWTH}"
    rf"|^you(?:['’]ll|\s+will)\s+(?:also\s+)?(?:receive|get|enjoy)\s+(?:[\w-]+\s+){{0,3}}?{_GROWTH}",
    re.IGNORECASE,
)
"""A sentence in which the employer says what the hire will be given to grow ("This role provides mentorship from
senior attorneys", "You will receive formal training in deposition practice", "We offer paid CE and coaching"): an
offer, as a benefit is, and nothing the CV is asked to show; not a duty the job provides to others ("This position
provides administrative support to the Dean")."""


def offered_apart(line: str) -> tuple[str, str]:
    """A line as what it says of the job and the sentences in it that offer the hire a way to grow
    (:data:`_OFFERED`): "This role provides mentorship from senior attorneys." asks for no mentoring."""
    sentences = _ANY_SENTENCE_STOP.split(line)
    offered = [bool(_OFFERED.match(s.strip(" -*•"))) for s in sentences]
    if not any(offered):
        return line, ""
    kept = " ".join(s for s, o in zip(sentences, offered, strict=True) if not o)
    return kept, " ".join(s for s, o in zip(sentences, offered, strict=True) if o)


def not_counted_apart(line: str) -> tuple[str, str]:
    """A line as what it asks and what it says the employer will not count (:data:`_NOT_COUNTED`), in a bracket or a
    sentence of its own: "3+ years as a CRA (site coordinator experience alone does not qualify)" asks for a CRA's
    years, and names site coordinators only to turn their years away; no word of that aside is asked for. A clause
    that turns away those who lack something (:data:`_LACKING`) asks for it, and stays."""
    if not _NOT_COUNTED.search(line):
        return line, ""

    def excluded(clause: str) -> bool:
        found = _NOT_COUNTED.search(clause)
        return found is not None and not _LACKING.search(clause, 0, found.start())

    apart: list[str] = []

    def aside(found: re.Match[str]) -> str:
        if not excluded(found.group(1)):
            return found.group()
        apart.append(found.group(1))
        return ""

    kept = _BRACKETED.sub(aside, line)
    sentences = _ANY_SENTENCE_STOP.split(kept)
    gone = [excluded(s) for s in sentences]
    apart += [s for s, g in zip(sentences, gone, strict=True) if g]
    kept = " ".join(s for s, g in zip(sentences, gone, strict=True) if not g)
    return (kept if kept.strip(" -*•") else ""), " ".join(apart)


_BETTER_STILL = re.compile(r"(?:ideally|preferably)\b", re.IGNORECASE)


def _better_still_apart(sentence: str) -> list[str]:
    """A sentence as what it asks and the clause after its comma that says what would be better still ("eight years
    as an executive assistant, ideally within a family office or private equity firm"), as :func:`_clauses` parts
    an item."""
    blanked = _ASIDE.sub(lambda aside: "_" * len(aside.group()), sentence) if "(" in sentence else sentence
    found = _IDEALLY.search(blanked)
    if found is None or len(sentence[: found.start()].split()) < 3:
        return [sentence]
    return [sentence[: found.start() + 1], sentence[found.end() :]]


def indent(line: str) -> int:
    """How far ``line`` is set in: the width of its leading whitespace."""
    return len(line) - len(line.lstrip())


def under_its_lead_in(line: str, lead_in: int, nested: bool) -> bool:
    """Whether a list item goes on a sub-list that an item saying it is nice to have leads into ("Preferred
    certifications (not required):"), the lead-in set in by ``lead_in``: set deeper than it, or, where the list was
    copied flat, a name of a few words (a credential, a tool) rather than a sentence of a requirement of its own.
    Once the sub-list was set deeper (``nested``), an item back at its lead-in's level ends it."""
    if indent(line) > lead_in or nested:
        return indent(line) > lead_in
    item = _ASIDE.sub(" ", LIST_ITEM.sub("", line)).strip()
    return len(item.split()) <= _NAME_WORDS and not item.endswith(".")


_NAME_WORDS = 6
"""How many words a flattened sub-list's item may run to and still be a name, not a sentence ("Certified Fraud
Examiner (CFE)"; not "Typically requires 1-3 years of relevant experience")."""
