"""What can be a job title, a company name, a location: the checks every found value passes.

Precision before recall: a field left empty costs the applicant a flag; a wrong
company in a cover letter costs the job. So every value any rule finds, from
structured data to a sentence, is checked here, and the rules that read loose
text are checked hardest. Navigation and calls to action ("Skip to main
content", "Apply here", "Share this job") are never a title or a company.
Pure text processing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from tailor.lexicon import word_log_probabilities
from tailor.posting.cues import may_hold
from tailor.posting.inline import clean_inline

_NAVIGATION = re.compile(
    r"skip (?:to|navigation)\b.*|jump to\b.*|(?:main |site )?(?:menu|navigation)|toggle (?:navigation|menu)"
    r"|home(?: ?page)?|back(?: to\b.*)?|go back|previous|next|close|search(?: jobs| all jobs)?"
    r"|sign (?:in|up|out)|log ?(?:in|out)|register|create (?:an )?account|(?:my )?account"
    r"|careers?|jobs?|job search|all jobs|job board|(?:view|see|browse|explore) (?:all )?(?:our )?"
    r"(?:jobs|openings|positions|roles|vacancies)\b.*|apply(?: now| here| today| online"
    r"| for (?:this|the) (?:job|position|role)| to (?:this )?(?:job|position|role)| with \w+)?|easy apply|quick apply"
    r"|i'?m interested|submit(?: your)? application|share(?: this)?(?: job| posting| position| opening)?"
    r"(?: on \w+| via \w+)?|save(?: this)?(?: job)?|saved jobs|print(?: this)?(?: job| page)?"
    r"|e-?mail(?: this)?(?: job)?(?: to a friend)?|tweet|copy link|report(?: this)? job"
    r"|(?:accept|reject|decline|manage)(?: all)? cookies|cookie (?:settings|preferences|policy)|privacy policy"
    r"|terms(?: of (?:use|service))?|loading|read more|learn more|show more|see more|click here|subscribe"
    r"|follow us|contact us",
    re.IGNORECASE,
)
"""The words of page furniture: links, buttons and menus."""

_GENERIC_HEADING = re.compile(
    r"(?:open|available|current) (?:positions|roles|jobs|openings|vacancies|opportunities)|job openings"
    r"|vacancies|opportunities|we'?re hiring|we are hiring|join us|join (?:our|the) team|job details"
    r"|(?:job |position |role |posting |vacancy )?(?:description|overview|summary|details|information)|job post(?:ing)?"
    r"|job offer",
    re.IGNORECASE,
)
"""Headings a careers page puts over any job: never the job's title, nor its employer's name ("Posting Details" and
"Position Information" head the fields of a university's posting, as PeopleAdmin sets them)."""

JOB_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|scientist|researcher|analyst|architect|designer|manager|director"
    r"|officer|chief|president|vp|head|lead|leader|supervisor|superintendent|foreman|coordinator|administrator"
    r"|specialist|consultant|advisor|adviser|counsel|counsell?or|attorney|lawyer|paralegal|associate|assistant"
    r"|intern|internship|apprentice|apprenticeship|trainee|resident|fellow|fellowship|postdoc|postdoctoral|phd|doctoral"
    r"|studentship|lecturer|professor|instructor|teacher|tutor|educator|librarian|archivist|curator"
    # A school's staff who teach or support beside its teachers: "Reading Interventionist", "Behavior
    # Interventionist", "Special Education Paraprofessional", "Paraeducator".
    r"|interventionist|paraprofessional|paraeducator"
    r"|nurse|rn|physician|doctor|surgeon|therapist|pharmacist|technologist|technician|paramedic|midwife"
    r"|caregiver|aide|dentist|hygienist|psychologist|veterinarian|clinician"
    r"|accountant|bookkeeper|controller|auditor|actuary|underwriter|economist|statistician|mathematician"
    r"|physicist|chemist|biologist|geologist|trader|broker|banker|recruiter|sourcer|planner|buyer|strategist"
    r"|representative|rep|executive|agent|advocate|evangelist|writer|copywriter|editor|reporter|journalist"
    r"|correspondent|producer|photographer|videographer|translator|interpreter|marketer|salesperson"
    r"|operator|mechanic|electrician|plumber|welder|driver|inspector|surveyor|chef|cook|receptionist|secretary"
    r"|clerk|cashier|worker|caseworker|sre|devops"
    r"|business partner|(?:talent acquisition|talent|people|hr|recruiting) partner"
    r"|coach|trainer|facilitator|organi[sz]er|assessor|examiner|investigator|registrar|dean"
    r"|headteacher|provost|dietitian|nutritionist|optometrist|radiographer|sonographer|phlebotomist|carer"
    r"|housekeeper|custodian|janitor|caretaker|porter|courier|dispatcher|scheduler|estimator|machinist"
    r"|carpenter|installer|assembler|fitter|tester|firefighter|lifeguard|ranger|warden|pilot|barista|bartender"
    r"|waiter|waitress|baker|butcher|gardener|landscaper|stylist|teller|treasurer|typist|transcriptionist"
    r"|proofreader|columnist|presenter|illustrator|animator|drafter|draftsman|historian|archaeologist"
    r"|ecologist|sociologist|anthropologist|linguist|nanny|generalist|liaison"
    r"|modell?er|hydrologist|hydrogeologist|cartographer"  # "Hydraulic Modeler", "Financial Modeller"
    # Farming's and land's professions: "Field Agronomist", "Soil Conservationist", "ISA Certified Arborist".
    r"|agronomist|agriculturist|horticulturist|viticulturist|conservationist|forester|arborist"
    # The suffixes that make a clinician's title: "Speech-Language Pathologist", "Audiologist", "Psychiatrist",
    # "Physiotherapist", "Paediatrician", however specialised the word before them.
    r"|\w+ologist|\w+iatrist|\w+therapist|\w+ician|chiropractor|orthotist|prosthetist"
    # A physician's job named by where or when it is done ("Academic Hospitalist", "Nocturnist", "Intensivist"),
    # and the specialists whose word ends in no suffix above ("Orthodontist", "Perfusionist", "Nurse Anesthetist").
    # Buying's, hospitality's and the building trades' words: "Purchaser Norway", "Buyer/Expeditor", "Visual
    # Merchandiser", "Hotel Concierge", "Wine Steward", "Industrial Millwright", "Commercial Pipefitter", "General
    # Laborer"; and an agile team's "Senior Scrum Master" and "Product Owner" ("master" alone is a degree, "owner" a
    # business's).
    r"|purchaser|expedi[tc]or|merchandiser|concierge|valet|bellhop|bellman|doorman|steward|sommelier|busser"
    r"|dishwasher|groundskeeper|handyman|millwright|boilermaker|ironworker|pipefitter|roofer|painter|bricklayer"
    r"|glazier|plasterer|laborer|labourer|lineman|lineworker|rigger|scrum ?master|product owner|webmaster"
    r"|hospitalist|nocturnist|intensivist|internist|laborist|informaticist|an(?:a)?esthetist|perfusionist"
    r"|dosimetrist|\w+odontist"
    r"|handler|picker|packer|loader|unloader|selector|stocker|sorter|spotter"  # a warehouse's trades
    # Who is hired for what they know ("Travel Planning and Expense Expert", "SAP FICO Expert"), and software's
    # development engineers as Amazon titles them ("SDE III - Backend", "SDET").
    r"|expert|sdet?"
    r"|adjuster|adjustor|appraiser"  # insurance's claims trades ("Field Claims Adjuster", "Auto Damage Appraiser")
    # Who crews an aircraft or a ship, or commands a fire or police unit: "Part 135 Charter Captain", "Flight
    # Attendant", "Chief Purser", "Deckhand".
    r"|captain|attendant|purser|navigator|deckhand"
    # The ranks of a fire department, a police force or an EMS agency: "Fire Lieutenant", "Police Sergeant",
    # "State Trooper", "Fire Marshal", "EMT - Basic".
    r"|lieutenant|sergeant|corporal|trooper|detective|constable|marshal|emt"
    # A health records office's trades: "Medical Coder", "Medical Biller", "Cancer Registry Abstractor".
    r"|coder|biller|abstractor"
    # A tax office's trade: "Seasonal Tax Preparer", "Tax Return Preparer".
    r"|preparer"
    # A lender's trades: "Mortgage Loan Originator", "Loan Closer", "Mortgage Loan Processor" ("processor" alone is a
    # chip, and a firm's name: "Midwest Grain Processors").
    r"|originator|closer|(?:loan|mortgage|claims|payroll) processor"
    # A real estate agent by the trade's own word ("Licensed Realtor®"); not the plural, which names brokerages
    # ("Smith & Sons Realtors").
    r"|realtor(?!s)"
    # A clinician by the care given ("Mental Health Provider", "Behavioral Health Provider", "Primary Care Provider",
    # "Childcare Provider"): "provider" alone names firms ("a leading provider of payroll software").
    r"|(?:health|care|healthcare) provider|practitioner"
    # A salon's trades: "Hairstylist", "Hairdresser (Hairstylist)", "Master Colorist", "Barber", "Makeup Artist"
    # ("stylist" is above; an esthetician is an -ician). An artist only of a trade, and a barber not of a name or a
    # shop: "Creative Artists Agency", "Barber-Nichols Inc." and "Main Street Barber Shop" are firms.
    r"|hairstylist|hairdresser|barber(?![-'’]|\s+shop)|colou?rist|manicurist|pedicurist|braider"
    r"|(?:make-?up|lash|brow|nail|hair|tattoo|henna|concept|storyboard|texture|character|environment|vfx|3d"
    r"|technical|graphic|production|scenic) artist"
    # A tradesperson past the apprenticeship, licensed or rated to work alone ("Journeyman Electrician", "Aircraft
    # Structural Maintenance Journeyman" in the US Air Force's skill levels).
    r"|journeyman|journeywoman|journeyperson"
    # A research lab's and software firm's rank for an engineer or scientist ("Member of Technical Staff, Frontend",
    # "Senior Member of Technical Staff"), as Bell Labs named it: "staff" alone names no job.
    r"|member of (?:the )?technical staff"
    # A technician as the trades and clinics shorten the word ("Fire Alarm Tech", "Pharmacy Tech", "HVAC Service
    # Tech"): only after the work it names, since "Tech" alone, first or last, names many a firm ("Tech Electronics",
    # "Georgia Tech"), and not before the word that makes it one ("Field Tech Solutions", "Service Tech Inc.").
    r"|(?:alarm|pharmacy|vet|veterinary|lab|laboratory|surgical|service|field|maintenance|hvac|dental|ultrasound"
    r"|x-ray|radiology|mri|ekg|eeg|sterile processing|patient care|cable|automotive|diesel|lube|nail|ophthalmic"
    r"|histology|dialysis|biomed|elevator|sprinkler|psych|behavioral health) tech"
    r"(?!s?,?\s+(?:solutions|systems|services|inc|llc|ltd|group|corp|corporation|company|co|industries|international"
    r"|enterprises|electric|electrical|electronics|labs?|partners|holdings)\b)"
    r"|mgr)s?\b",  # a manager as classified ads abbreviate one ("Kitchen Mgr", "Asst. Mgr")
    re.IGNORECASE,
)
"""Words that name a job. A title has one; a company name (from loose text) has none. (A word that also
names firms, such as "partner" of "Acme Partners", counts only in a title's phrase: "business partner",
"talent acquisition partner".)"""

_SENTENCE = re.compile(
    r"\b(?:is|are|was|were|we|we're|you|you'll|you're|our|your|will|join|hiring|looking for|seeking|seeks|apply)\b"
    r"|[.!?]$",
    re.IGNORECASE,
)
_ONE_JOB = JOB_WORDS.pattern.removesuffix(r"s?\b")
_HIRING_NOUN = re.compile(
    r"\b([a-z][\w'’-]*)\s+hiring\b(?=\s*(?:$|[,;)|/]|\s[-–—]\s))"
    rf"|^hiring(?=\s+(?:{_ONE_JOB})\b)",
    re.IGNORECASE,
)
"""Hiring as a noun: the kind of hiring a job is for, ending a title or a piece of it ("Sourcing Lead, Technology
Hiring", "Recruiter (Campus Hiring)"), and a title's first word before one job ("Hiring Coordinator")."""
_HIRING_VERB_BEFORE = frozenset(
    {"now", "urgently", "actively", "currently", "immediately", "still", "also", "is", "are", "was", "were", "we're"}
)
"""The words before a "hiring" that make it the verb of a call ("Line Cook - Now Hiring", "Acme is hiring")."""


def _without_hiring_nouns(text: str) -> str:
    """``text`` without the word "hiring" where it is a noun (:data:`_HIRING_NOUN`), so that a title of a
    recruiter's job is not read as a sentence for it ("we're hiring" is one)."""
    if "hiring" not in text.lower():
        return text

    def noun(found: re.Match[str]) -> str:
        kind = found.group(1)
        if kind is None:
            return ""  # "Hiring Coordinator"
        # The kind of hiring follows a job, and is no jobs ("Line Cooks Hiring" calls for cooks).
        plural_job = kind[-1:] in "sS" and JOB_WORDS.fullmatch(kind)
        if kind.lower() in _HIRING_VERB_BEFORE or plural_job or not JOB_WORDS.search(text, 0, found.start()):
            return found.group()
        return kind

    return _HIRING_NOUN.sub(noun, text)


_ABBREVIATED = re.compile(r"(?:\b(?i:Inc|Ltd|Co|Corp|Bros|Intl|Mfg|Pty|Pte|Cie|Assn)|(?:\b[A-Za-z]\.)+[A-Za-z])\.$")
"""A name's last word abbreviated with a full stop ("Acme Co.", "Brightway Media, Inc.", "Rossi S.p.A."):
no sentence's end."""


def ends_abbreviated(text: str) -> bool:
    """Whether ``text`` ends with an abbreviation's full stop, as company names often do ("Acme, Inc.")."""
    return bool(_ABBREVIATED.search(text))


_VERB_USE = re.compile(r"\s+(?:the|a|an|our|your|their|with|to|us)\b", re.IGNORECASE)
_LABELLED = re.compile(r"^[\w ]{2,30}:\s")
"""``Job title: …``: a label and its value, not a value."""

_GENERIC = frozenset(
    {
        "us", "we", "you", "i", "it", "they", "this", "that", "these", "those", "people", "company", "employer",
        "client", "our client", "team", "role", "job", "position", "opportunity", "candidate", "applicant",
        "applicants", "organisation", "organization", "department", "unit", "group", "join us", "company description",
        "job description", "description", "overview", "summary", "details", "benefits", "requirements",
        "responsibilities", "qualifications", "equal opportunity employer", "remote", "hybrid", "on-site", "onsite",
        "full-time", "part-time", "contract", "location", "salary", "mission", "culture", "values", "story",
        "corporate", "corporate office", "headquarters", "hq", "head office", "home office", "main office",
    }
)  # fmt: skip
"""Nouns and pronouns that stand where a company's name would ("About the team", "Employer provides …", "This is
an exciting opportunity to join a … company"), with a determiner or without one; and the office a job is at, as a
board of a firm's many sites sets it under the title ("CORPORATE - California", "Headquarters · Denver, CO")."""
_INDUSTRIES = frozenset(
    {
        "construction", "healthcare", "health care", "manufacturing", "retail", "hospitality", "education",
        "finance", "banking", "insurance", "technology", "logistics", "transportation", "government", "nonprofit",
        "non-profit", "engineering", "consulting", "energy", "utilities", "real estate", "telecommunications",
        "pharmaceuticals", "biotechnology", "automotive", "aerospace", "agriculture", "food service",
    }
)  # fmt: skip
"""Industries, as a job-description page names the field of a job under its title ("Site Safety Manager" over
"Construction"): read from a line or loose text, one alone is no employer's name."""
_DEPARTMENTS = frozenset(
    {
        "sales", "marketing", "product", "product management", "design", "operations", "customer success",
        "customer support", "customer experience", "support", "human resources", "hr", "people operations", "legal",
        "it", "information technology", "data", "research", "research & development", "r&d", "g&a",
        "business development", "partnerships", "revenue", "go-to-market", "go to market", "gtm", "sales & marketing",
        "sales and marketing", "finance & accounting", "accounting", "procurement", "security", "infrastructure",
    }
)  # fmt: skip
"""Departments of a company, as a careers page names the team of a job beside its place ("Sales · Salt Lake City, UT ·
Hybrid", as Greenhouse and Lever set it): read from a line or loose text, one alone is no employer's name."""
_DETERMINERS = re.compile(r"^(?:the|our|this|your|their|my|a|an)\s+", re.IGNORECASE)
_NAME_CHARS = re.compile(r"^[\w&.,'’()\[\]/+@!-]+(?:\s+(?:[\w&.,'’()\[\]/+@!-]+|#\d+))*$")
"""The characters of a name, brackets too ("Collective[i]", "Acme (UK) Ltd"), and the number after its "#" that a
school district, a union local or a store is known by ("Mukilteo School District #6", "IBEW Local #46"); a hashtag
("#hiring") is no word of a name."""


def words(text: str) -> str:
    """``text`` on one line, without the punctuation, arrows and emoji that buttons wrap words in."""
    text = clean_inline(text)
    # Every character at either end that is no letter or digit (``[\W_]+`` at the start and the end, as a regular
    # expression has it; the tests compare the two), found from the ends in: a pattern anchored at the text's end is
    # tried at every character of it, and this was a tenth of the regular expressions' time in ranking a posting.
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def is_navigation(text: str) -> bool:
    """True for a link, button or menu item: "Skip to main content", "Apply here", "Share this job", "Careers"; or
    two of them in one link ("Learn More and Apply Here")."""
    found = words(text).lower().replace("’", "'")
    if not found or _NAVIGATION.fullmatch(found):
        return True
    parts = _JOINED.split(found)
    return len(parts) > 1 and all(_NAVIGATION.fullmatch(part) for part in parts)


_JOINED = re.compile(r"\s+(?:and|&)\s+")
"""What joins two buttons' words in one link; a button's word joined to others' ("Search and rescue") is no link."""


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")


def is_slug(text: str) -> bool:
    """True for a page's address slug saved above its text ("ien-registered-nurse-postpartum-austin-tx"): three or
    more words in small letters joined by hyphens, no text of the posting's. Its words say the title again, and a
    slug's "registered-nurse" would stand for the title's words where an explanation quotes the posting."""
    return _SLUG.fullmatch(text.strip()) is not None


_BOARD_STATUS = re.compile(
    r"show (?:more|less)|see (?:more|less)|(?:re)?posted\b.*\bago\b.*"
    r"|(?:\d+|an?) (?:minute|hour|day|week|month)s? ago\b.*|(?:over |more than )?\d[\d,]* applicants?\b.*"
    r"|promoted by hirer\b.*|actively (?:reviewing|recruiting)\b.*|be an early applicant|see who you know"
    r"|sign in to\b.*|get notified about new\b.*|referrals increase your\b.*|set alert for similar jobs"
    r"|report (?:this )?(?:job|listing|posting|ad)|flag this (?:job|listing)|easy apply"
    # Indeed's page copied whole: the employer's rating, its button, and the notes over its job details.
    r"|\d(?:\.\d)? out of 5 stars|apply now|apply on company (?:site|website)"
    # Indeed's words for screen readers after the title ("- job post"), copied with the page as a line of its own.
    r"|job post"
    r"|here's how the job (?:details|qualifications) align with your profile\b.*|pulled from the full job description"
    # LinkedIn's job view copied whole: its skills chip, its Premium and AI prompts, its buttons and poster card.
    r"|skills: .*\+\s?\d+ more|see how you compare to\b.*|try premium\b.*|save|message|job poster"
    r"|responses managed off linkedin|use ai to assess how you fit|get ai-powered advice on this job\b.*"
    r"|am i a good fit for this job\??|how can i best position myself for this job\??"
    # A tracking system's footer, with the links beside it ("Powered by Paylocity · Privacy", "Powered by JazzHR"):
    # its name is no tool the job asks for.
    r"|powered by [\w&'’. -]{1,40}(?:\s*[·|•]\s*[\w&'’. -]{1,30})*",
    re.IGNORECASE,
)
"""A job board's own lines around a posting: its age, its applicants, its buttons and alerts."""
_BOARD_TAG = re.compile(r"(?<![^\s(])#(?:LI|BI)-[A-Za-z0-9]+(?![\w-])[ \t]*", re.IGNORECASE)
"""A tag an applicant tracking system sets for LinkedIn's or Built In's job search ("#LI-Remote", "#BI-Hybrid", a
recruiter's initials "#LI-KT1"): the board's routing of the posting, no word of the job's."""


def without_board_tags(line: str) -> str:
    """``line`` without the tags an applicant tracking system sets for a job board (:data:`_BOARD_TAG`): a line of
    tags alone becomes empty, and "#LI-Remote This is a remote position." keeps its sentence."""
    return _BOARD_TAG.sub("", line) if "#" in line else line


_BOARD_CRITERIA = frozenset({"seniority level", "employment type", "job function", "industries", "industry"})
"""Labels of the criteria a job board lists under a posting, each over its value on the next line."""
_BOARD_FIRST_WORDS = frozenset((
    "show", "see", "posted", "reposted", "over", "more", "a", "an", "promoted", "actively", "be", "sign", "get",
    "referrals", "set", "report", "flag", "easy", "seniority", "employment", "job", "industries", "industry",
    "apply", "here's", "here’s", "pulled", "skills:", "try", "save", "message", "job", "responses", "use", "am", "how",
    "powered",
))  # fmt: skip
"""The first words of every line the two patterns above match (or a number: "2 weeks ago")."""


def _may_be_board(text: str) -> bool:
    """False for most lines of a posting at the cost of a split: those that cannot be the board's."""
    # A dash or a dot before the words is no word of theirs ("- job post", as Indeed's header reads copied).
    found = text.lstrip(" -–—•·*").split(None, 1) if len(text) <= 160 else []
    first = found[0].lower() if found else ""
    return first in _BOARD_FIRST_WORDS or first[:1].isdigit()


_SAVE_JOB = re.compile(
    r"Save (?:[A-Z0-9(][^\s]*|of|and|for|the|in|to|[-–/&|,·])(?: (?:[A-Z0-9(][^\s]*|of|and|for|the|in|to|[-–/&|,·]))*"
    r" at [A-Z0-9].{0,100}"
)
"""LinkedIn's save button as a copy of its page reads it: "Save Data Analyst at Tidewater Outdoor Co.", the job's
title in its capitals (a sentence such as "Save money at every step" is no button)."""


_HEADING_MARKS = re.compile(r"\s{0,3}#{1,6}\s+")


def is_board_status(text: str) -> bool:
    """True for a job board's line about the posting rather than the job: "2 weeks ago · Over 100 applicants",
    "Promoted by hirer", "Show more", "Sign in to create job alert", "Save Data Analyst at Acme"."""
    if "#" in text and (marked := _HEADING_MARKS.match(text)) is not None:  # most lines: no pattern run
        # A saved page's markup sets a board's prompts as headings ("## Referrals increase your chances …"); a
        # button's words set so ("## Apply Now") head how to apply, as the heading rules read them.
        if is_navigation(text):
            return False
        text = text[marked.end() :]
    if not _may_be_board(text):
        return False
    return bool(_BOARD_STATUS.fullmatch(words(text).lower().replace("’", "'")) or _SAVE_JOB.fullmatch(words(text)))


_OTHER_JOBS = re.compile(
    r"(?:similar|related|recommended|other|more) (?:jobs|positions|openings|roles|vacancies|opportunities)\b.*"
    r"|(?:jobs|positions|roles) (?:you (?:may|might) (?:also )?(?:like|be interested in)|like this(?: one)?)"
    r"|people (?:also viewed|who viewed this job also viewed)|more jobs like this",
    re.IGNORECASE,
)
OTHER_JOBS_WORDS = 10
"""The most words of a heading over other jobs ("Similar jobs in Grand Rapids, MI", "Other jobs at Acme Health")."""


def heads_other_jobs(text: str) -> bool:
    """True for the heading a job board or careers site sets over other openings beside the posting ("Similar
    jobs", "Other jobs at Acme", "People also viewed", "Jobs you may like"): what it heads is their titles, places
    and employers, no words of this job's."""
    if text.rstrip().endswith("."):
        return False  # a sentence: asked first, as every line of a posting is asked, most of them sentences
    said = words(text)
    if not said or len(said.split()) > OTHER_JOBS_WORDS:
        return False
    return _OTHER_JOBS.fullmatch(said) is not None


_INSIGHTS = re.compile(r"profile insights|find out how your skills align with the job description", re.IGNORECASE)


def is_board_insights(text: str) -> bool:
    """True for the heading of a job board's block on how the reader's own profile fits the job (Indeed's "Profile
    insights", "Find out how your skills align with the job description"): what it lists under it ("Skills", "PLC",
    "Do you have a valid … license?") is the board's digest of the posting, asked of the reader, no words of the job's
    own; the posting says each in its text."""
    return len(text) <= 80 and may_hold(text, _INSIGHTS_CUES) and bool(_INSIGHTS.fullmatch(words(text)))


_INSIGHTS_CUES = ("insights", "align")
"""Words one of which every line :data:`_INSIGHTS` matches holds as it is written, spaces aside (:func:`words` closes
them up): asked first, as every line of every posting is asked."""


def is_board_criterion(text: str) -> bool:
    """True for the label of a criterion a job board lists under a posting ("Seniority level", "Industries"),
    whose value is the next line."""
    return _may_be_board(text) and words(text).lower() in _BOARD_CRITERIA


def is_furniture(text: str) -> bool:
    """True for navigation (:func:`is_navigation`) and for the headings a careers page puts over any job
    ("Open positions", "Job description")."""
    return is_navigation(text) or bool(_GENERIC_HEADING.fullmatch(words(text).lower().replace("’", "'")))


Trust = Literal["stated", "line", "loose"]
"""How much the way a value was found vouches for it: ``stated`` outright (structured data, front
matter, by hand); ``line``, a line that names the field (a label, a board's header line); ``loose``,
text that nothing marks as the field (a heading, a sentence), checked hardest."""


_ENUMERATOR = re.compile(r"^\(?\d{1,2}[.)]\s+")


_KIND_OF_OPENING = re.compile(
    r"\b(?:internships?|fellowships?|apprenticeships?|job opening|opening|vacancy|position|job"
    r"|(?:job|position) description)\s*:",
    re.IGNORECASE,
)
"""A label that says what kind of opening the title after it is ("Summer 2026 Internship:", "Vacancy:"), or what
kind of document names it, as a school district's or a county's job description opens ("Job Description: School
Counselor")."""


JOB_ACRONYM = re.compile(r"\b(?:DBA|CNA|C?HHA|STNA|LPN|LVN)s?(?=\s*(?:$|[/(,–—-]))")
"""A job named by its acronym alone, in capitals, where it ends the job's name ("Senior Oracle DBA", "SQL Server
DBA", "DBA/Database Developer"): a title's job word, yet not one of :data:`JOB_WORDS`, where "dba" in any case would
also be a company's "doing business as" and a database administration skill the posting asks for ("maintenance DBA
tasks"). Home and nursing care name their aides and practical nurses so ("HHA / CNA", "Memory Care CNA", "LPN -
Nights"); in lower case the letters would be no job's, and the credential a requirement names ("CNA certification")
has words after it."""


LEVEL_TITLE = re.compile(r"(?<=\w\s)(?:Senior|Junior)(?=$|\s*[,(|–—]|\s+-\s)")
"""A level that ends a job's name names the one who holds it, as audit and tax firms title their staff ("Audit
Senior", "Internal Audit IT Senior", "Tax Junior"), before the team or place a title adds after a dash, a comma or a
bracket as any title does ("Tax Senior - Business Tax Services", "Audit Senior, Financial Services")."""


def title(value: str, trust: Trust = "stated", *, heading: bool = False) -> str | None:
    """``value`` as a job title, or None when it cannot be one.

    No title is navigation, a generic page heading ("Open positions") or a label. One
    read from a line is no sentence, employment type or pay either. One read from loose
    text must also name a job ("Engineer", "Nurse", "Postdoc"), capitalised as titles are
    unless it is a ``heading``: "LastPass is looking for a Engineering Manager" is a
    sentence, not a title.
    """
    found = _ENUMERATOR.sub("", without_pictographs(clean_inline(value))).strip(" -–—|·:")  # "1. Tech Writers"
    if (
        (label := _LABELLED.match(found))
        and (trust == "stated" or _KIND_OF_OPENING.search(label.group(0)))
        and JOB_WORDS.search(found, label.end())
    ):
        # "Change Research: Project lead", as job boards' pages name a job; "Summer 2026 Internship: Watershed
        # Monitoring Intern", a posting's first line saying what kind of opening it is.
        found = found[label.end() :].strip()
    found = _BOARD_SUFFIX.sub("", found) or found  # "Executive Assistant- job post", Indeed's heading read whole
    found = _without_wanted(found)  # "Line Cook wanted - busy diner downtown"
    found = _without_reference(found)  # "Speech-Language Pathologist | JobID: 4821"
    found = _without_site(found)  # "Copywriter | Careers | Acme", a careers page's tab title
    found = _without_document_opening(found)  # "Job Description for Photographers and Editor"
    found = _without_opening_noun(found)  # "Executive Business Administrator role"
    found = _TITLE_ASIDE.sub("", found).strip() or found  # "Culinary Arts Instructor (Full-Time, Tenure Track)"
    found = _without_kind(found)  # "Staff Pharmacist - Full Time"
    found = _without_pay(found)  # "Registered Nurse - ICU - $10,000 Sign-On Bonus"
    found = _without_place(found)  # "Senior Software Engineer - VOIP - Brazil"
    if not found or len(found) > 150 or is_furniture(found) or (_LABELLED.match(found) and not _a_jobs_name(found)):
        return None
    if trust == "stated":
        return found
    sentence = _SENTENCE.search(_without_hiring_nouns(found))
    if sentence and sentence.group() == "." and ends_abbreviated(found):
        sentence = None  # "Copywriter at Puddle & Co.": the employer's abbreviated name, no sentence's end
    if sentence or sum(any(c.isalnum() for c in word) for word in found.split()) > 14:
        return None  # words, not the dashes and slashes between them ("Full Stack (Azure / Web / .NET / C#)")
    if employment_type(found) or salary(found):
        return None
    if trust == "loose":
        job = JOB_WORDS.search(found) or LEVEL_TITLE.search(found) or JOB_ACRONYM.search(found)
        if job is None or not (heading or job.group(0)[0].isupper() or found.isupper()):
            return None
        if job.start() == 0 and _VERB_USE.match(found[job.end() :]) and not JOB_WORDS.search(found, job.end()):
            return None  # "Lead the future of AI", "Head to our careers page": a verb, not a job
    return found


_A_FIELDS_LABEL = re.compile(
    r"\b(?:hiring|reports?|reporting|contact|line manager|title|position|role)\b", re.IGNORECASE
)
"""Words of a label that names a person or field of the posting ("Hiring Manager:", "Reports to:", "Job Title:"),
not the job."""


def _a_jobs_name(text: str) -> bool:
    """Whether the label ``text`` opens with is the job's own name, the words after its colon its specialism or
    region ("Virtual Systems Engineer: Pre-Sales Southern Europe"), not a field's label ("Hiring Manager: …")."""
    label = _LABELLED.match(text)
    return label is not None and bool(JOB_WORDS.search(label.group(0))) and not _A_FIELDS_LABEL.search(label.group(0))


_BOARD_SUFFIX = re.compile(r"\s*[-–—]\s*job post$", re.IGNORECASE)
"""Indeed's words for screen readers after the job's title in its heading ("<span>- job post</span>"), which a page
read as text joins to the title ("Executive Assistant to the CEO- job post"): the board's, no word of the job's."""


def without_pictographs(title: str) -> str:
    """``title`` without the emoji and other pictographs a board sets at either end of it ("Video Editor 🎬", "🚀
    Backend Engineer"): no word of the job's, and a letter's "the {{ title }} role" would print them."""
    start, end = 0, len(title)
    while start < end and _pictograph_or_space(title[start]):
        start += 1
    while end > start and _pictograph_or_space(title[end - 1]):
        end -= 1
    return title[start:end]


def _pictograph_or_space(char: str) -> bool:
    """A space, a pictograph (a symbol of Unicode's category So: "🎬", "★"), or what joins or styles one (the zero
    width joiner, variation selectors)."""
    return char.isspace() or unicodedata.category(char) in ("So", "Cf") or "\ufe00" <= char <= "\ufe0f"


_ASIDE_PIECE = (
    r"(?:full|part)[- ]?time|(?:contract|temp)[- ]to[- ](?:hire|perm(?:anent)?)|direct[- ]hire"
    r"|contract(?:or)?|temporary|temp|permanent|seasonal|fixed[- ]term|internship"
    # Whom the job stands in for, and what it may become: "(Maternity Cover, with view to permanent)".
    r"|(?:maternity|paternity|parental|sickness)(?: leave)?(?: cover)?"
    r"|(?:with )?(?:a )?view to (?:a )?perman(?:ent|ency)"
    r"|(?:non[- ])?tenure[- ]track|tenured|remote|hybrid|on[- ]?site|in[- ]office|per diem|prn"
    # How it is paid: a retailer's "(Hourly)", a hospital's "(Salaried)", "(Non-Exempt)".
    r"|hourly|salaried|(?:non[- ])?exempt"
    r"|(?:day|night|evening|weekend|rotating) shifts?|days|nights|evenings|weekends|overnights?"
    # A plant's or a warehouse's shifts by their number or name: "(2nd Shift)", "(Third Shift)", "(Swing Shift)".
    r"|(?:1st|2nd|3rd|4th|first|second|third|fourth|swing|graveyard) shifts?"
    r"|[mfwdx]/[mfwdx](?:/[mfwdx])?|all genders"
    r"|(?:\d{4}\s?[-–/]\s?\d{2,4}\s+)?(?:school|academic) year|\d{4}\s?[-–/]\s?\d{2,4}"
    # How much experience it asks: "(2-5 Years)", "(5+ yrs experience)", a law firm's "(Class of 2022-2024)".
    r"|\d{1,2}\s?(?:[-–]\s?\d{1,2}|\+)?\s?(?:years?|yrs?)(?:\s+(?:of\s+)?(?:experience|exp\.?))?"
    r"|(?:class(?:es)? of )\d{4}(?:\s?[-–/]\s?\d{2,4})?"
    # How long a contract runs: "(13 weeks)", "(6-month contract)", "(12 Week Assignment)".
    r"|\d{1,2}[- ]?(?:weeks?|wks?|months?|mos?)(?:\s+(?:contract|assignment))?"
    # What it asks of the hire, which the posting asks again below: "(OCS Preferred)", "(CDL-A Required)".
    r"|(?:[\w.+/'’-]+\s+){1,3}(?:preferred|required|a plus|desired|needed)"
)
_TITLE_ASIDE = re.compile(rf"\s*[(\[](?:{_ASIDE_PIECE})(?:\s*[,/;&]\s*(?:{_ASIDE_PIECE}))*[)\]]\s*$", re.IGNORECASE)
"""A bracket closing a title that says how or when the job is held, how long one has done it, or what the posting asks
of the hire, not what the job is ("(Full-Time, Tenure Track)", "(2025-26 School Year)", "(m/w/d)", "(Contract)",
"(Direct Hire)", "(2-5 Years)", "(OCS Preferred)"): the posting says it elsewhere, and a file name or a letter ("I am
applying for the … position") reads better without it."""

_WANTED = re.compile(r"\s+(?:wanted|needed)\b.*$", re.IGNORECASE)


def _without_wanted(title: str) -> str:
    """``title`` up to "wanted" or "needed" after the job it names, as classified ads title a post ("KITCHEN MGR
    wanted - busy taqueria downtown", "Experienced Line Cook Needed ASAP"): the job, not the ad's call for it.
    What names no job before it ("Help wanted - Line Cook") stays."""
    found = _WANTED.search(title)
    return title[: found.start()] if found and JOB_WORDS.search(title, 0, found.start()) else title


_REFERENCE = re.compile(
    r"(?:\s+[-–—|·:]\s+|\s*[(\[]|\s+)(?:job|req(?:uisition)?|posting|position|vacancy|ref(?:erence)?)\.?"
    r"\s*(?:id|no\.?|number|#)?\s*[:#]?\s*#?\s*[A-Z]{0,4}[-_]?\d[\w-]*[)\]]?$",
    re.IGNORECASE,
)


_BARE_CODE = re.compile(
    r"\s+(?=[\w-]*\d[\w-]*\d[\w-]*\d[\w-]*\d)(?=[\w-]*(?:[A-Za-z]|-))[A-Za-z]{0,3}\d[\w]*(?:-\w+)*$"
)
"""A last word of four digits or more that letters or a hyphen run into ("2025P-0043", "24-0173", "JR104522"): a
filing number, as a staffing firm's or a county's board sets one after the title without a word for it."""


def _without_reference(title: str) -> str:
    """``title`` without a last piece that is the employer's number for the opening ("| JobID: 4821", "- Req #
    R-0031877", "(Job ID 12345)"), as applicant tracking systems set it beside the title: a filing number, not the
    job's name; and without a bare code after a job's word ("Registered Nurse 24-0173"), where an aircraft's or a
    model's number ("Boeing 737-800") follows a maker's."""
    piece = _REFERENCE.search(title)
    if piece and piece.start():
        return title[: piece.start()].strip()
    code = _BARE_CODE.search(title)
    if code and (last := title[: code.start()].split()[-1:]) and JOB_WORDS.fullmatch(last[0].lower()):
        return title[: code.start()].strip()
    return title


_DOCUMENT_NAME = r"(?:job|position) description"
_OPENING_NOUN = re.compile(rf"\s+(?:role|position|opening|vacancy|job|{_DOCUMENT_NAME})$", re.IGNORECASE)


def without_document_name(line: str) -> str:
    """``line`` without a last "Job Description" that names the document it heads, as a school district's or a
    county's does ("SALEM-KEIZER PUBLIC SCHOOLS JOB DESCRIPTION"): what it describes is the rest."""
    return re.sub(rf"\s+{_DOCUMENT_NAME}$", "", line, flags=re.IGNORECASE) or line


_DOCUMENT_OPENING = re.compile(rf"^{_DOCUMENT_NAME}\s+(?:for|of)\s+(?:(?:an?|the)\s+)?", re.IGNORECASE)


def _without_document_opening(title: str) -> str:
    """``title`` without a first "Job Description for" that names the document it heads, as a careers page's
    heading does ("Job Description for Photographers and Editor", "Position Description of the Payroll Clerk"): the
    job is what comes after, where that names a job."""
    piece = _DOCUMENT_OPENING.match(title)
    return title[piece.end() :] if piece and JOB_WORDS.search(title, piece.end()) else title


def _without_opening_noun(title: str) -> str:
    """``title`` without a last word that calls it an opening ("Executive Business Administrator role", "Office
    Manager Position", "HIGH SCHOOL COUNSELOR JOB DESCRIPTION"), as a handbook's page, a board's heading or a
    district's job description names one: the job is what comes before, and a
    file name or a letter ("I am applying for the … position") reads better without it. A title whose job word is
    that word ("Odd Job") stays."""
    piece = _OPENING_NOUN.search(title)
    return title[: piece.start()] if piece and JOB_WORDS.search(title, 0, piece.start()) else title


KIND_PIECE = (
    r"(?:full|part)[- ]?time|contract(?:[- ]to[- ](?:hire|perm(?:anent)?))?|temp[- ]to[- ](?:hire|perm(?:anent)?)"
    r"|direct[- ]hire"
    r"|temporary|permanent|seasonal|fixed[- ]term|per diem|prn"
)
"""The kinds of employment a title line or a board's header sets apart ("Full-time", "Contract-to-hire", "PRN")."""
_KIND = re.compile(KIND_PIECE, re.IGNORECASE)
_SHIFT_PIECE = r"(?:day|night|evening|weekend|rotating) shifts?|days|nights|evenings|weekends|rotating"
_LAST_KIND = re.compile(
    rf"\s+[-–—|·]\s+(?:{KIND_PIECE})(?:\s*[,/&]?\s*(?:{KIND_PIECE}|{_SHIFT_PIECE}))*$", re.IGNORECASE
)


def _without_kind(title: str) -> str:
    """``title`` without a last piece, after a dash or a bar, that says only how the job is held ("- Full Time",
    "| Part-Time", "- Contract", and its shift after that: "- Full Time Nights", "- PRN, Days"), as a bracket that
    says so goes: the posting says it elsewhere. What the job is paid or its shift alone after a dash stays ("Line
    Cook - Weekends": a kitchen's own name of a job)."""
    piece = _LAST_KIND.search(title)
    return title[: piece.start()].strip() if piece and piece.start() else title


_PIECE_SEPARATOR = re.compile(r"\s+[-–—|·]\s+")
_SITE_PIECE = re.compile(
    r"(?:careers?|jobs?)(?: (?:site|page|portal|board|search))?|all jobs|job openings|open positions|vacancies",
    re.IGNORECASE,
)
"""What a careers site calls itself in its pages' titles ("Careers", "Jobs", "Job Board"); not a team's name that
a page's menu also has ("Search", "Home")."""


def _without_site(title: str) -> str:
    """``title`` up to a piece, after a bar or a dash, that names the careers site it is on ("Copywriter | Careers |
    Acme", "Nurse - Jobs at Acme"), as a careers page titles its tab and a page saved with its title labels it
    ("Title: …"): the job, not the site's name nor what the site calls its employer after it."""
    cuts = [0, *(m.start() for m in _PIECE_SEPARATOR.finditer(title))]
    pieces = _PIECE_SEPARATOR.split(title)
    for cut, piece in list(zip(cuts, pieces, strict=True))[1:]:
        if _SITE_PIECE.fullmatch(words(piece)) or CAREERS_AT.match(piece):
            return title[:cut]
    return title


_PAY_PIECE = re.compile(r"(?:\s+[-–—|]\s+(?:(?!\s[-–—|]\s).)*|\s*[(\[][^()\[\]]*[)\]])$")
_SUM = re.compile(r"[$€£]\s?\d|\b\d+[kK]\s+(?i:sign|bonus|salary|base|pay)|\b(?i:bonus|sign[- ]on|signing)\b")
"""A sum of money, with its currency's sign or in thousands before what it is ("15K Sign On Bonus", not "4K Video"),
or a bonus the job pays ("Sign-On Bonus Eligible")."""


def _without_pay(title: str) -> str:
    """``title`` without a last piece, after a dash or in brackets, that names a sum or a bonus ("- $10,000 Sign-On
    Bonus", "($21/hr)", "| Sign-On Bonus Eligible"): what the job pays, which the posting says elsewhere, not what
    it is."""
    piece = _PAY_PIECE.search(title)
    return title[: piece.start()].strip() if piece and piece.start() and _SUM.search(piece.group()) else title


_LAST_PIECE = re.compile(r"\s+[-–—|·]\s+((?:[^-–—|·()\[\]]|(?<=\w)-(?=\w))+)$")
"""A title's last piece after a dash or a bar with spaces round it; a hyphen inside a word ("Home-based") is its own."""
_AFTER_A_COLON = re.compile(r"(?<=\w):\s+([^:()\[\]]+)$")
"""A title's only piece after a colon, as some boards title a job and its place ("Registered Nurse: Sydney"): the
place where it is one (:func:`is_place_piece`) after a job's name, as after a dash."""
_LAST_BRACKET = re.compile(r"\s*\(([^()]+)\)$")
_WORK_MODE = re.compile(
    r"(?:fully |100% )?(?:remote|hybrid|on-?site|home-?based|work from home|wfh|field-?based|in-?office)", re.IGNORECASE
)
"""How the job is held where a place would stand ("Remote", "Home-based", "On-site"): a title's last piece."""
_COMPASS = re.compile(
    r"^(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|midwest)\s+(?:coast\s+)?"
    r"|\s+(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|midwest)(?:\s+coast)?$",
    re.IGNORECASE,
)
"""A part of a country named by its compass point ("US East", "Eastern Canada", "US West Coast"), as remote
postings name a time zone's region: the country, with its part."""


def _without_place(title: str) -> str:
    """``title`` without a last piece, after a dash or a bar or in brackets, that is where the job is ("- Brazil",
    "| Remote", "- Austin, TX", "(Remote, Spain)"): the posting's place, which it states apart, not the job's name."""
    return _place_piece(title)[0]


def title_place(line: str) -> str | None:
    """Where the job is, as a title line names it in its last piece ("Line Cook - $18/hr (Oakland, CA)", "Nurse
    Manager | Remote"): the place :func:`title` leaves out, or None. The last bracket is read first, then the last
    piece after a dash or a bar, as job boards and classified ads title a post."""
    found = clean_inline(line).strip(" -–—|·:")
    return _place_piece(found)[1] or _place_piece(_without_pay(found))[1]


def _place_piece(title: str) -> tuple[str, str | None]:
    """``title`` without the place its last bracket or piece names, and that place (None where it names none)."""
    bracket = _LAST_BRACKET.search(title)
    if (
        bracket
        and bracket.start()
        and (
            all(_is_place(part) for part in re.split(r"\s*[,|/–—-]\s*", bracket.group(1)))
            or is_place_piece(bracket.group(1))  # "(Oakland, CA)": a city before its state
        )
    ):
        return title[: bracket.start()].strip(), bracket.group(1).strip()
    piece = _LAST_PIECE.search(title) or _AFTER_A_COLON.search(title)
    if piece is None or not piece.start() or not is_place_piece(piece.group(1)):
        return title, None
    if piece.re is _AFTER_A_COLON and not JOB_WORDS.search(title, 0, piece.start()):
        return title, None  # "Location: Sydney" is a label and its value, read as such
    return title[: piece.start()].strip(), piece.group(1).strip()


def is_place_piece(text: str) -> bool:
    """Whether a piece of a title line is where the job is ("Brazil", "Remote", "Austin, TX"), as
    :func:`title` drops it."""
    from tailor.places import is_world_part

    words = [part.strip() for part in text.split(",")]
    # A postal code beside the place is part of it: after its region ("New York, NY 10001"), or a piece of its
    # own before the country ("New York, New York, 10001, United States"); alone at the end it may be a year
    # ("London, 2025").
    if len(words) > 2:
        words = [words[0], *(word for word in words[1:-1] if not _POSTCODE.fullmatch(word)), words[-1]]
    words = [words[0], *(_POSTCODE_AFTER.sub("", word) or word for word in words[1:])]
    if len(words) == 1:
        return _is_place(words[0])
    if is_world_part(words[-1]):  # no city stands before "EMEA": "Blockchain Infrastructure, EMEA" is a team's
        return all(_is_place(w) for w in words)
    named = all(w[:1].isupper() and not _KIND.fullmatch(w) for w in words)
    if _WORK_MODE.fullmatch(words[0]) and len(words) == 2 and len(words[1].split()) <= 3:
        return named  # "Hybrid, Shadyside": how the job is held, then where, a neighbourhood tailor need not know
    # "Austin, TX", "Remote, US"; not "Contract, Remote", which says how the job is held before where.
    return _is_place(words[-1]) and named


_POSTCODE = re.compile(r"\d{4,6}(?:-\d{4})?")
"""A postal code: a US ZIP code (ZIP+4 too), and the codes of four to six digits most countries use."""
_POSTCODE_AFTER = re.compile(rf"(?<=\w)\s+{_POSTCODE.pattern}$")
"""A postal code after a place's words on one piece ("NY 10001")."""


def _is_place(text: str) -> bool:
    from tailor.places import is_large_city, is_place

    if not text:
        return False
    if is_place(text) or _WORK_MODE.fullmatch(text):
        return True
    if is_large_city(text) and _no_everyday_word(text):
        return True  # "Registered Nurse – Brisbane"; not "Software Engineer – Mobile", a team's as often
    country = _COMPASS.sub("", text)
    return country != text and is_place(country)


def _no_everyday_word(name: str) -> bool:
    """Whether no word of ``name`` is an everyday word (:func:`tailor.lexicon.everyday`): a city named so ("Mobile",
    "Reading", "Orange", "Surprise") names a team, a kind of work or a thing after a title's dash as often."""
    from tailor.lexicon import everyday

    return not any(everyday(word) for word in re.findall(r"[a-z]+", name.lower()))


_NO_NAME = re.compile(
    r"(?:none|null|n/?a|nil|undefined|unknown|-+|tbd|confidential|undisclosed)$|(?:job|req(?:uisition)?|posting|ref(?:erence)?)"
    r"\.?\s*(?:id|no|number|#)\b|(?:(?:pay|salary|job)\s+)?(?:grade|band)\s*[-–—:#]?\s*(?:[A-Z]{1,3}[-\s]?)?\d+[A-Z]?$",
    re.IGNORECASE,
)
"""What a job board writes where it has no company ("None", "N/A"), a posting's reference ("Job ID
152801BR", "Req #4411"), and a civil service's pay grade under the title ("GRADE - 111", "Pay Grade: GS-12",
"Band 5"): never a company's name."""


_PLACEHOLDER = re.compile(
    r"[\[{<][ \t{]*(?:insert|enter|add)\b|\b(?:insert|enter)[ \t]+[^\[\]{}<>\n]*[\]}>]|^[\[{<]+[^\[\]{}<>\n]+[\]}>]+$",
    re.IGNORECASE,
)
"""A template's blank, left unfilled: "[Insert Location]", "{{ location }}", "<Company Name>", or such a blank with its
outer brackets cut off ("Insert Company Name] - [Insert Location")."""


def placeholder(value: str) -> bool:
    """Whether ``value`` is, or holds, a template's blank that no one filled in ("[Insert Location]"): no detail."""
    return _PLACEHOLDER.search(value.strip()) is not None


def no_value(value: str) -> bool:
    """True for what a table or job board writes where it has no name ("None", "N/A", "Confidential")
    and for a posting's reference ("Job ID 152801BR"): never a title or a company, however stated."""
    return bool(_NO_NAME.match(clean_inline(value)))


_AT = re.compile(r"^(?:at|@)\s+(?=[A-Z0-9])")
"""What a job board sets before the company's name under the title ("at Acme Robotics", "@ Acme"), in lower
case: no part of the name ("At Home Group" keeps its capital "At")."""
CAREERS_AT = re.compile(r"^(?:careers|jobs|vacancies|job opportunities)\s+(?:at|with)\s+(?=[A-Z0-9])", re.IGNORECASE)
"""What a careers site's banner sets before the employer's name ("Careers at Northfield State University", "Jobs
with the City of Lakewood"): no part of it."""


_ANONYMOUS = re.compile(
    r"^an?\s+(?:[\w&'’-]+\s+){0,6}(?:company|firm|organi[sz]ation|client|business|employer|institution|group)$",
    re.IGNORECASE,
)
"""How a recruiter names an employer it does not name ("A reputable pharmaceutical company", "A leading financial
services firm"): no company's name, and no letter's greeting."""


_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
"""A capital inside a word ("HeadQuarters", "eHealth"): a brand's spelling, never the everyday word it spells."""


_EXCHANGE = r"(?:NYSE(?: American| Arca)?|NASDAQ|AMEX|LSE|AIM|TSXV?|TSX-V|ASX|OTC\w*|HKEX|SGX|NSE|BSE|Euronext)"
_KIND_OF_EMPLOYER = r"(?:start-?ups?|scale-?ups?|company|firm|agency|non-?profit|charity|organi[sz]ation)"
"""The nouns that end a note saying what kind of employer a name is, with or without an article ("(Series B digital
health startup)", "(boutique consulting firm)", "(Nonprofit)"); a name's own acronym or country ends in none."""
_LOGO = re.compile(r"\s+logo$", re.IGNORECASE)
"""The word that ends a logo's alt text ("Acme Health logo"), which a page printed without its images, or copied,
shows where the logo stood, by the employer's name: the name is the employer's, the word no part of it."""
_BOARDS_LABEL = re.compile(r"\s+(?:[-–—|·]\s+)?(?:external|internal|\((?:external|internal)\))$", re.IGNORECASE)
"""The label an applicant-tracking system gives each of an employer's two boards, one its staff apply on and one the
public do, after the employer's name ("Acme External", "Acme - Internal", "Acme (External)"), which a board's feed
copies under a posting's title: which board, no part of the name."""
_NOTE_AFTER_NAME = re.compile(
    rf"\s*[(\[](?:(?:client|a client|part|a (?:part|division|subsidiary|member)) of\s|via\s|through\s|on behalf of\s"
    rf"|formerly\s|(?:a|an)\s(?=[^()\[\]]*\s)|{_EXCHANGE}\s*:\s*(?=[A-Z0-9.]+[)\]]$)"
    rf"|(?=[^()\[\]]*\b{_KIND_OF_EMPLOYER}[)\]]$))[^()\[\]]*[)\]]$",
    re.IGNORECASE,
)
"""A note in brackets after an employer's name: whose client it is, through whom it hires, what it is part of or was
called, what kind of company it is, or its stock ticker ("Meridian Surgical (client of Apex Talent Partners)", "Acme
(via Northwind Staffing)", "Acme (a Berkshire Hathaway company)", "Acme (fintech startup)", "Acme (NYSE: ACM)"): a
recruiter's or a board's words beside the name, which a letter's greeting and a file name would print. An acronym of
the name ("American Civil Liberties Union (ACLU)") or a country ("Arch Global Services (Philippines) Inc.") is no
note."""


def company(value: str, trust: Trust = "stated") -> str | None:
    """``value`` as a company name, or None when it cannot be one.

    No name is navigation ("Apply here"), a generic noun ("the team", "Employer"), a label,
    a sentence or a number ("company: 10437" in a page's front matter is the site's id of it).
    One read from a line names no job (it would be a subtitle); one read from loose text must
    also look like a name: a few words, starting with a capital or a digit, not with "The".
    """
    found = _AT.sub("", CAREERS_AT.sub("", clean_inline(value).strip(" -–—|·:,;")))
    found = _NOTE_AFTER_NAME.sub("", found).strip() or found
    found = _LOGO.sub("", found) or found
    found = _BOARDS_LABEL.sub("", found) or found
    bare = _DETERMINERS.sub("", found.lower()).replace("’", "'")
    if not found or len(found) > 100 or is_furniture(found) or _LABELLED.match(found) or _NO_NAME.match(found):
        return None
    if _ANONYMOUS.match(found):
        return None
    if not any(ch.isalpha() for ch in found):
        return None  # "company: 10437", a site's id for the employer: 3M and 7-Eleven have letters
    if _DATE.search(found):
        return None  # "Networking Full time Posted September 13, 2023": a board's line of facts run together; no name
    sentence = _SENTENCE.search(found)
    if sentence and sentence.group() == "." and ends_abbreviated(found):
        sentence = None
    generic = (found.lower() in _GENERIC or bare in _GENERIC) and not _CAMEL_CASE.search(found)
    if generic or sentence or len(found.split()) > 12:
        return None
    if trust != "stated" and (
        (names_a_job(found) and not (trust == "line" and firm_of_people(found)))
        or not _NAME_CHARS.match(found)
        or found.lower() in _INDUSTRIES
        or found.lower() in _DEPARTMENTS
    ):
        return None
    capitalised = found[0].isupper() or found[0].isdigit()
    # A public body's name runs long on small words ("The Placer Hills County Office of Education"): the words that
    # join a name's parts, and its opening "The", make it no longer a name, only the words that name something.
    named = [word for word in found.split() if word.lower() not in _JOINING and word != "&"]
    if trust == "loose" and (
        not capitalised or len(named) > 6 or (_DETERMINERS.match(found) and not _named_the(found))
    ):
        return None
    return found


_OFFICE_OF = re.compile(r"['’]s?\s+[A-Z]")
"""What follows a job word that names whose office a name is ("Prosecuting Attorney's Office", "Sheriff's
Department"), not a job."""


def names_a_job(name: str) -> bool:
    """Whether ``name`` names a job: a job word in it, other than one an office is named for ("The Franklin County
    Prosecuting Attorney's Office", "Public Defenders' Office" employ people; "Senior Attorney" is a title), and
    other than the one that ends a paper's name after its town (:func:`_a_towns_paper`)."""
    return not _a_towns_paper(name) and any(not _OFFICE_OF.match(name, m.end()) for m in JOB_WORDS.finditer(name))


def _a_towns_paper(name: str) -> bool:
    """Whether ``name`` is "The", a proper name or a place, and one job word that ends it: "The Cincinnati Courier",
    "The Baton Rouge Advocate", "The Dallas Examiner" name a newspaper, as a town's paper is named; a job's title
    never opens with "The" and a town ("The Senior Reporter", "The Hiring Manager" name no one)."""
    words = name.split()
    jobs = list(JOB_WORDS.finditer(name))
    return (
        len(words) >= 3
        and _named_the(name)
        and len(jobs) == 1
        and jobs[0].end() == len(name)
        and jobs[0].start() == len(name) - len(words[-1])
        and all(_a_proper_name(word) or _is_place(word) for word in words[1:-1])
    )


def _named_the(name: str) -> bool:
    """A name that opens with "The" ("The Marlowe Grand Hotel", "The Home Depot", "The City of Lakewood"): two or
    more capitalised words after it, joined by "of" or "and" or not, the last no common noun ("The Hiring Team",
    "The Ideal Candidate" name no one), unless a proper name comes before it (:func:`_a_proper_name`): "The EVERY
    Company", "The Walt Disney Company" ("The Hiring Company", "The Parent Company" name no one)."""
    first, *rest = name.split()
    capitalised = [word for word in rest if word not in _JOINING]
    last = rest[-1].lower() if rest else ""
    return (
        first == "The"
        and len(capitalised) >= 2
        and all(word[:1].isupper() or word == "&" for word in capitalised)
        and rest[-1] not in _JOINING
        and (last not in _GENERIC or (last in _NAMED_FIRMS and any(map(_a_proper_name, capitalised[:-1]))))
        and last not in _NO_NAME_NOUNS
    )


_NAMED_FIRMS = frozenset({"company"})
"""The generic nouns that end an employer's name after a proper one ("The Boeing Company"); "The ServiceNow Security
Organization" and "The Acme Team" are parts of one."""


def _a_proper_name(word: str) -> bool:
    """Whether a capitalised ``word`` is a proper name: set in capitals ("EVERY", "AES"), or no everyday English word
    ("Boeing", "Hershey"; :func:`tailor.lexicon.word_log_probabilities`), where "Hiring" or "Parent" is one."""
    letters = word.replace("-", "").replace("&", "")
    return (len(letters) > 1 and letters.isupper()) or word.lower() not in word_log_probabilities()


_JOINING = frozenset({"of", "and", "for", "the"})
"""Small words a name joins its capitalised words with ("The University of the Arts", "The Bank of Nova Scotia")."""

_NO_NAME_NOUNS = frozenset({"candidate", "candidates", "teams", "roles", "positions", "opportunities", "people"})
"""Nouns that end a capitalised phrase naming no company ("The Ideal Candidate"), besides :data:`_GENERIC`."""


LEGAL_SUFFIX = (
    r"(?:Inc|Ltd|LLC|L\.L\.C|LLP|L\.L\.P|PLLC|P\.L\.L\.C|PC|P\.C|P\.A|N\.A"
    r"|GmbH|AG|SA|S\.A|plc|PLC|Corp|Co|BV|B\.V|N\.V|S\.p\.A|S\.r\.l|K\.K|SE|SAS|Pty)\.?"
)
"""The legal form that ends a company's name ("Acme Inc.", "Harborline Distribution Co.", "Wexford Advisors LLP",
"Mirai Design K.K.", "Rossi S.p.A."), a US national bank's ("Pathway Bank, N.A.": "NA" without its stops is North
America), a US professional firm's too ("Dennison Kreider & Hale, P.C.", "… PLLC", "… P.A.": "PA" without its stops
is Pennsylvania)."""
_LEGAL_FORM = re.compile(rf",?\s+{LEGAL_SUFFIX}$")


_LEGAL_FORM_SPELLED_OUT = re.compile(r",?\s+(?:Corporation|Incorporated|Limited)$")
"""A legal form written in full ("Halvorsen Petroleum Corporation", "Brightway Media Limited"). Not "Company": "The
Hershey Company" is called so whole."""


def without_legal_form(name: str, *, spelled_out: bool = False) -> str:
    """``name`` without the legal form that ends it ("Medtronic plc" → "Medtronic", "Acme, Inc." → "Acme"), and with
    ``spelled_out`` one written in full too ("Acme Corporation" → "Acme"); the name whole where it has none, or is
    nothing else."""
    short = _LEGAL_FORM.sub("", name) or name
    return (_LEGAL_FORM_SPELLED_OUT.sub("", short) or short) if spelled_out else short


def firm_of_people(name: str) -> bool:
    """A firm named for the people it employs: a capitalised name, then a plural job word ("Acme Engineers",
    "Harbor Dental Associates", "Smith & Architects") or a job word and a noun for a firm ("Gulf Coast Physician
    Partners", "Sunbelt Nurse Staffing"), the name naming no job or rank itself ("Senior Engineers", "Staff
    Nurses" are a subtitle), with its legal form or not ("Wexford Advisors LLP"). A title ends in its job word, or
    names a field after it, never a firm ("Physician Assistant", "Nurse Practitioner – Cardiology")."""
    *name_words, last = _DESIGNATION.sub("", without_legal_form(name)).split() or [""]
    if len(name_words) > 1 and last.lower() in _FIRM_NOUNS and JOB_WORDS.fullmatch(name_words[-1]):
        *name_words, last = name_words
    elif not name_words or not last.endswith("s") or not JOB_WORDS.fullmatch(last):
        return False
    rest = " ".join(name_words)
    return (
        all(word[:1].isupper() or word in ("&", "and") for word in name_words)
        and not JOB_WORDS.search(rest)
        and not RANK.search(rest)
    )


_DESIGNATION = re.compile(
    r",?\s+(?:CPAs|Certified Public Accountants|Chartered Accountants|Attorneys at Law|Counselors at Law)$"
)
"""The profession a professional firm's name adds after it, with or without a comma, as a legal form is added ("Marlow
& Associates, CPAs", "Doyle and Associates, Attorneys at Law"): the name before it says whom the firm employs."""


_FIRM_NOUNS = frozenset(
    {"partners", "staffing", "group", "associates", "services", "solutions", "network", "alliance", "agency"}
    | {"collective", "cooperative", "practice", "company", "corporation", "consulting"}
)
"""The nouns that end a firm's name after the people it employs ("… Physician Partners", "… Nurse Staffing", "… Engineer
Group")."""

FIRMS_LAST_WORDS = _FIRM_NOUNS | {"technologies", "labs", "systems", "health", "healthcare", "holdings", "industries"}
"""The words a firm's name may end in, whoever it employs ("Harborline Employer Solutions", "Quillon Labs")."""

RANK = re.compile(r"\b(?:senior|junior|staff|principal|chief|lead|head|entry|graduate|registered|licensed)\b", re.I)
"""Words of a job's rank or standing, which a firm's name does not open with."""

_PLACE = re.compile(r"\d|[A-Za-z]")


def location(value: str) -> str | None:
    """``value`` as a place (``Berlin, Germany``, ``Remote - US``), or None."""
    found = clean_inline(value).strip(" -–—|·:,;")
    found = _VACANCIES_IN.sub("", found)
    if (held := _HELD_ON_SITE.search(found)) and held.start() > 0:
        found = found[: held.start()]  # "Milwaukee, WI (on-site)": that it is not remote, no part of where
    while (kind := _KIND_AFTER.search(found)) and kind.start() > 0:
        found = found[: kind.start()]  # "Bellevue, WA · Full-time": the kind of employment set beside the place
    if found.endswith(")."):
        found = found[:-1]  # "Remote - Americas (Open to applicants located anywhere in the Americas)."
    place = _NOTE_AFTER.sub("", found) or found  # a note after the place is read with it, and judged apart
    # A list of places is as long as its longest ("Columbus, Ohio, USA; …; Ohio, USA, Remote", a job open in several
    # offices and remote in their states), and no longer than a few lines all told (below).
    longest = max(place.split(";"), key=len)
    if not found or len(longest) > 120 or len(longest.split()) > 14 or is_navigation(place) or not _PLACE.search(found):
        return None
    if len(found) > 240:
        return None
    sentence = _SENTENCE.search(place)
    if sentence and sentence.group() == "." and ends_abbreviated(found):
        sentence = None  # "Remote, U.S.", "Washington, D.C.": a country's or a district's initials, no sentence's end
    if sentence or _LABELLED.match(found) or _ON_SITE.fullmatch(found) or _names_no_place(found):
        return None
    found = _OFFICE_FIRST.sub("", found) or found
    found = _town_of_site(found)
    if coded := CODED_PLACE.fullmatch(found):
        return f"{coded['city']}, {coded['region']}, {coded['country']}"
    return found


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)$")
"""A note in brackets after a place ("Toronto (hybrid)", "Remote - Americas (Open to applicants located anywhere in
the Americas)"): part of the value, no part of how long the place is or whether it is a sentence."""


_OFFICE_FIRST = re.compile(
    r"^(?:(?:head|main|corporate|central|registered|regional)\s+office|headquarters|HQ)\s*(?:,|[-–—|·]\s)\s*(?=[A-Z])",
    re.IGNORECASE,
)
"""Which of the employer's offices, before the town it is in ("Head Office, Leeds", "Corporate Office – Austin,
TX"): the town is where the job is."""


_SITE_WORDS = frozenset(
    {"school", "academy", "hospital", "clinic", "center", "centre", "college", "university", "library", "museum"}
    | {"office", "building", "plant", "warehouse", "store", "branch", "facility"}
)
"""The last words of the name of a site an employer works at, as a location may name it before its town. Not a
campus: "North Campus, Flagstaff, AZ" says where in the town, as a place does."""


_NAME_SMALL_WORDS = frozenset({"of", "the", "at", "and", "&", "for", "on", "in"})
"""The small words a site's name may hold ("Academy of the Holy Names", "Center for Health")."""


def _town_of_site(found: str) -> str:
    """``found`` without the site it names before its town ("Jackson Street Elementary School, Northampton, MA" →
    "Northampton, MA"): the town is where the job is, the site's name no part of a place."""
    from tailor.places import is_place, is_region_code

    site, comma, rest = found.partition(", ")
    words = site.split()
    if not comma or len(words) < 2 or words[-1].lower() not in _SITE_WORDS or re.search(r"[;|/()]", site):
        return found
    if not all(word[:1].isupper() or word.lower() in _NAME_SMALL_WORDS for word in words):
        return found  # "Remote; New York City; or State College, PA": places offered, no site's name
    if any(is_place(piece) or is_region_code(piece) for piece in rest.split(", ")):
        return rest
    return found


_VACANCIES_IN = re.compile(
    r"^(?:\d+|one|few|many|several)\s+vacanc(?:y|ies)\s+in\s+the\s+following\s+locations?\s*:\s*", re.IGNORECASE
)
"""How USAJOBS leads into the places of an announcement ("1 vacancy in the following location: Chicago, IL"): the
places follow."""
_HELD_ON_SITE = re.compile(
    r"\s*\((?:(?:100%|fully|full-time)\s+)?(?:in[- ]person|on[- ]?site|in[- ]office|office[- ]based)\)$", re.I
)
"""A note in brackets after the place that the job is held there ("Milwaukee, WI (on-site)"): no part of the place,
as "In person" alone names none (:data:`_ON_SITE`). "(Hybrid)" and "(Remote)" say where else it may be held."""


_KIND_AFTER = re.compile(
    r"\s+[|·•]\s+(?:(?:full|part)[ _-]?time|contract|temporary|internship|permanent|seasonal|per diem)\s*"
    r"(?:[|·•]\s.*)?$",
    re.IGNORECASE,
)
"""A kind of employment a line sets after the place, past a separator ("Bellevue, WA · Full-time"), and whatever
the line sets after it past another ("Charlotte, NC | Full-Time | AEC - Architecture & Design Sector", a recruiter's
sector): no part of it."""


CODED_PLACE = re.compile(r"(?P<country>[A-Z]{2})-(?P<region>[A-Z0-9]{1,3})-(?P<city>[A-Z][^\W\d_][\w .'’-]*)")
"""A place as applicant tracking systems such as iCIMS code it, country and region codes first ("US-OH-Columbus",
"CA-ON-Toronto"): read in the order a reader writes it, "Columbus, OH, US"."""


_ON_SITE = re.compile(r"(?:in[- ]person|on[- ]?site|in[- ]office|office[- ]based|at (?:the )?office)", re.IGNORECASE)
"""What a job board writes under "Work location" for a job held at its place ("In person"): that it is not
remote, not where; the place is stated elsewhere. "Remote" alone does say where the job can be held."""


_HOW_NOT_WHERE = re.compile(r"remote|hybrid|anywhere|worldwide|telecommute|wfh", re.IGNORECASE)


def _names_no_place(value: str) -> bool:
    """Whether ``value`` is words of how or where in general the work is done ("On the road", "Multiple
    locations", "Field based"), as Indeed's "Work location" states it beside the place its header gives: a
    phrase of plain words after its first, no name among them, none a place tailor knows or remote work. A name
    of one word ("Obetz") or with a state after its comma is a place tailor may not know."""
    words = re.sub(r"\([^()]*\)", " ", value).split()
    if len(words) < 2 or "," in value or any(ch.isdigit() for ch in value):
        return False
    if any(word[:1].isupper() or not word[:1].isalpha() for word in words[1:]):
        return False
    from tailor.places import is_place

    return not any(is_place(word.strip(".,;:")) or _HOW_NOT_WHERE.search(word) for word in words)


_EMPLOYMENT = {
    "full time": "Full-time", "fulltime": "Full-time", "part time": "Part-time", "parttime": "Part-time",
    "contractor": "Contract", "contract": "Contract", "temporary": "Temporary", "temp": "Temporary",
    "intern": "Internship", "internship": "Internship", "volunteer": "Volunteer", "per diem": "Per diem",
    "permanent": "Permanent", "fixed term": "Fixed-term", "freelance": "Freelance", "seasonal": "Seasonal",
    "direct hire": "Direct hire", "contract to hire": "Contract-to-hire", "temp to hire": "Temp-to-hire",
    "temp to perm": "Temp-to-perm",
}  # fmt: skip
"""Each way of writing a kind of employment (lower case, ``-`` and ``_`` as spaces) → how reports write it."""
EMPLOYMENT_TYPE = re.compile(
    r"(?:full[ _-]?time|part[ _-]?time|contract(?:or)?|temporary|temp|internship|intern|volunteer|per[ _]diem"
    r"|permanent|fixed[ -]term|freelance|seasonal|direct[ _-]hire|(?:contract|temp)[ _-]to[ _-](?:hire|perm))",
    re.IGNORECASE,
)


_REGULAR = re.compile(r"^(?:regular|benefits[ -]eligible|benefited)\s+(?=\S)", re.IGNORECASE)
"""What HR systems write before the kind of a standing job ("Regular Full-Time", "Benefits-eligible part
time"): a kind of employment still, and no kind of its own."""
_FTE = re.compile(r"\s*\((?:\d(?:\.\d+)?\s*FTE|FTE\s*\d(?:\.\d+)?)\)", re.IGNORECASE)
"""A hospital's full-time equivalent beside the kind of employment: "Full-time (1.0 FTE)"."""
_WHEN_WORD = r"(?:day|night|evening|weekend|rotating|variable|mixed)"
_WEEKDAY_NAME = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?"
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|noon)", re.IGNORECASE)
"""An hour of the clock ("9:00 AM", "2 p.m."), as a posting sets the hours of a shift after the kind of employment."""
_WHEN = re.compile(
    # The days of the week it is worked ("Monday–Friday", "Mon-Fri"); a line a PDF wraps may cut it at its dash.
    rf"(?:{_WEEKDAY_NAME}(?:\s*(?:[-–—]|to|through)\s*(?:{_WEEKDAY_NAME})?)?|weekdays"
    rf"|{_WHEN_WORD}s?(?:\s*/\s*(?:day|night|evening|weekend)s?)?(?:\s+shifts?)?"
    rf"|(?:{_WHEN_WORD}\s+)?\d+[- ]?(?:hour|hr)s?(?:\s+{_WHEN_WORD})?(?:\s+shifts?|\s*(?:/|per|a)\s*week)?"
    # How many days of the week it is worked ("4 days/week", "three days a week", "4-day work week").
    r"|(?:\d|three|four|five|six)[- ]?days?(?:\s*(?:/|per|a)\s*(?:wk|week)|\s+(?:work\s*)?weeks?))",
    re.IGNORECASE,
)
"""When the hours fall ("Day shift", "nights", "36 hours/week", "12-hour shifts", "Rotating 12-hour shifts", "12-hour
night shifts", "Monday–Friday", "4 days/week"), which may follow the kind of employment on its line: no kind of
employment, and no reason to lose the one beside it."""


_HELD_FOR = re.compile(
    r"(?:(?:\d{1,2}|one|two|three|four|five|ten|eleven|twelve)[- ](?:years?|months?)\+?"
    r"|school[- ]year|academic[- ]year)"
    r"(?:\s+(?:assignment|appointment|term|position|contract|work\s+year))?|(?:non[- ]?)?renewable|limited[- ]term",
    re.IGNORECASE,
)
"""How long the job is held, which a school or public employer sets beside its kind ("Full-time, 2-year assignment,
renewable", "Part-time, 10-month position", "Full-time, school year", a contract's "6 Months+"): its term, no kind
of employment, and no reason to lose the kind beside it."""


_PAID = re.compile(
    r"(?:non[- ]?)?exempt|salaried|hourly|(?:non[- ]?)?union|(?:un)?classified|civil service|merit|bargaining unit",
    re.IGNORECASE,
)
"""How the job is paid or held, which an employer sets beside its kind ("Full-time, exempt", "Part-time, hourly",
"Full-Time, Civil Service, Union (AFSCME Local 2171)"): the FLSA status of its pay, a public employer's service and
bargaining unit, no kind of employment, and no reason to lose the kind beside it."""
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_WHERE_HELD = re.compile(rf"{_WORK_MODE.pattern}|on site|in[- ]person", re.IGNORECASE)
"""Where the job is worked, which an employer sets beside its kind ("Full-time, on-site", "Full-time / Remote",
"Part-time, in person"): the place's to say (:data:`_WORK_MODE`), no kind of employment, and no reason to lose the
kind beside it."""


def employment_type(value: str) -> str | None:
    """``FULL_TIME``, ``full time``, ``Full-time, Contract`` → ``Full-time``, ``Full-time, Contract``; None for
    anything else (a label "Type:" whose value is not a kind of employment). An aside in brackets after it says more
    of it ("Part-Time (Internship applications are Welcome)", "Contract (6 months)"), no kind of its own."""
    text = _REGULAR.sub("", _FTE.sub("", clean_inline(value)))
    text = _TRAILING_ASIDE.sub("", text) or text
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|\bor\b|\band\b|\|)\s*|\s+[-–—]\s+", text) if p.strip()]
    if any(EMPLOYMENT_TYPE.fullmatch(p) for p in parts):
        parts = [p for p in parts if not _WHEN.fullmatch(p)]  # "Full-time, 36 hours/week, days"
        parts = [p for p in parts if not _CLOCK.fullmatch(p)]  # "Part-time – 9:00 AM – 2:00 PM": its hours
    parts = [q.strip() for p in parts for q in p.split("/") if q.strip()]
    if any(EMPLOYMENT_TYPE.fullmatch(p) for p in parts):
        parts = [p for p in parts if not _PAID.fullmatch(p)]  # "Full-time, exempt", "Part-time/Hourly"
        parts = [p for p in parts if not _HELD_FOR.fullmatch(p)]  # "Full-time, 2-year assignment, renewable"
        parts = [p for p in parts if not _WHERE_HELD.fullmatch(p)]  # "Full-time, on-site"
    if not parts or len(parts) > 4 or not all(EMPLOYMENT_TYPE.fullmatch(p) for p in parts):
        return None
    readable = (_EMPLOYMENT.get(re.sub(r"[ _-]+", " ", p.lower()), p) for p in parts)
    return ", ".join(dict.fromkeys(readable))


SALARY = re.compile(
    r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|INR|JPY)\b)\s?~?\d|\d[\d,.]*\s?[kK]?\s?"
    r"(?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b)|\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*\d[\d,.]*\s?[kK]?\s*"
    r"(?:per|a|an|/)\s*(?:year|yr|annum|hour|hr|month|week|day)\b",
)


_NEXT_SENTENCE = re.compile(r"(?<=[\w)]{3})\.\s+(?=[A-Z][a-z])")
"""A full stop that ends a sentence before the next one opens (not an abbreviation's, as "p.a. ")."""


_AFTER_THE_PAY = re.compile(
    r",\s*(?:(?:and\s+)?(?:based|depending|dependent|contingent)\s+(?:up)?on|commensurate\s+with|according\s+to"
    r"|(?:doe|doq)\b|plus\b).*$",
    re.IGNORECASE,
)
"""A clause after the pay and a comma that says what it hangs on (", based on experience", ", commensurate with
experience", ", DOE") or what comes on top of it (", plus a target bonus of 15% and stock options"): no part of
the pay. "£11.90 per hour plus tips", set with no comma, is the pay as the posting states it."""


_LAST_FULL_STOP = re.compile(r"(?<=[A-Za-z]{3})\.$|(?<=\d)\.$")
"""The full stop of a sentence that ends with the pay ("$85,000 - $110,000 annually."), not an abbreviation's
("p.a.")."""


_MILLIONS = re.compile(
    r"(?:[$€£¥₹]\s?|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\s?)\d[\d,.]*\s?(?:mm?|bn?)\b|\d\s?(?:million|billion)\b",
    re.IGNORECASE,
)
"""An amount in millions or billions ("$140M", "$1.2B", "USD 3 million"): a firm's funding or revenue, no pay. A
letter after a number with no currency is no amount: "TLR 1b", the band of an English teacher's allowance."""


def salary(value: str) -> str | None:
    """``value`` as pay (an amount with a currency, or a range per year/hour), or None."""
    found = clean_inline(value).strip(" -–—|·:,;")
    # "$58,000 - $68,000. Acme is an equal opportunity employer.": the pay is the first sentence of its line.
    found = _NEXT_SENTENCE.split(found, maxsplit=1)[0]
    found = _LAST_FULL_STOP.sub("", found)  # "… annually." ends a sentence, as the pay does not
    # "…; depending on education, qualifications and experience": a clause of no amount says what the pay hangs on.
    first, *more = found.split(";")
    found = "; ".join([first.rstrip(), *(part.strip() for part in more if re.search(r"\d", part))])
    if (after := _AFTER_THE_PAY.search(found)) and SALARY.search(found[: after.start()]):
        found = found[: after.start()]
    lead_in = found[: amount.start()] if (amount := _FIRST_AMOUNT.search(found)) else ""
    if amount and len(lead_in.split()) >= _LEAD_IN_WORDS and not re.search(r"\d", lead_in):
        # "Aya reasonably anticipates the pay scale for this position to an annual salary of $170,000 to $175,000":
        # a labelled sentence, whose pay is the amounts it ends with
        found = found[amount.start() :]
        if found.endswith(")") and found.count(")") > found.count("("):
            # "Per the salary schedule ($78,000 - $94,000)": the bracket the lead-in opened closes with the pay
            found = found[:-1].rstrip()
    if not found or len(found) > 120 or not re.search(r"[1-9]", found):
        return None  # no pay is 0: a board's header shows "💰 0" where the posting names none
    if _MILLIONS.search(found):
        return None  # "💰 $140M" in a board's header is the firm's funding: no one is paid millions a year
    return found if SALARY.search(found) or re.fullmatch(r"~?\d[\d,.]*\s?[kK]?(?:\.0)?", found) else None


_FIRST_AMOUNT = re.compile(r"[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\s?\d")
"""A pay's first amount, by its currency: a bare number in a sentence ("Engineer R12396") is none."""
_LEAD_IN_WORDS = 5
"""The fewest words before a pay's first amount that make them a sentence's lead-in, no part of the pay ("Up to
$90,000", "Starting at $22/hr" and "US: $90,000" keep theirs)."""


_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
    r"|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b",
    re.IGNORECASE,
)


def date(value: str) -> str | None:
    """A date as stated (``2024-05-01``, ``1 May 2024``, ``May 1, 2024``); an ISO date-time keeps its date only."""
    found = clean_inline(value)
    m = _DATE.search(found)
    if m is None:
        return None
    return m.group(0)


_WEEKDAY = re.compile(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+", re.IGNORECASE)
DATE_LINE_WORDS = 8
"""The most words a line that states a day may hold: the day, its hour and time zone ("12/18/2026 11:59 PM
Central"), "or until filled"; more is a sentence that names a day."""


def date_line(value: str) -> bool:
    """Whether ``value`` opens with a date and says little more (its hour, its time zone): the value of a label set
    over it ("Closing Date" over "12/18/2026 11:59 PM Central"), not a sentence that names a day."""
    found = clean_inline(value)
    found = found[m.end() :] if (m := _WEEKDAY.match(found)) else found
    return _DATE.match(found) is not None and len(found.split()) <= DATE_LINE_WORDS


_NAME_WORD = re.compile(r"^[\w.'’-]+$")
_SMALL_NAME_WORDS = frozenset(
    {"of", "and", "&", "for", "de", "van", "von", "der", "den", "la", "le", "du", "da", "al", "bin"}
)
"""The small words names and titles keep: "Head of Data", "Ludwig van Beethoven"."""
_UNNAMED = re.compile(r"^(?:tbd|tba|n/?a|none|various|multiple|see below|to be (?:confirmed|decided|announced))$", re.I)


def addressee(value: str) -> str | None:
    """``value`` as whom a letter may address (a person, a role such as "Head of Data", a team), or None.

    A letter that names someone names them as the posting wrote it, so only a few capitalised
    words pass: no sentence, no address, no placeholder ("TBD"), no generic noun ("the team").
    """
    found = clean_inline(value).strip(" -–—|·:,;")
    if not found or len(found) > 80 or len(found.split()) > 8 or is_furniture(found):
        return None
    bare = _DETERMINERS.sub("", found.lower())
    if bare in _GENERIC or _UNNAMED.match(found) or _SENTENCE.search(found):
        return None
    if _named(found):
        return found
    # A person and their title ("Tom Reyes, Service Operations Manager", "Dr Ana Ruiz (Head of Ecology)"): the letter
    # greets the person.
    person, _, title = found.partition(" (" if " (" in found and "," not in found else ",")
    return person.strip() if title and _named(person.strip()) and JOB_WORDS.search(title.lower()) else None


_TEAM_PARTS = re.compile(r"\s+[-–—/]\s+")
"""What parts a team from the group it belongs to ("Engineering – Platform", "Data / Analytics")."""


_SERIES = re.compile(r"^(?P<first>[^,]+(?:,\s+[^,]+)+?),?\s+(?:&|and)\s+(?P<last>[^,]+)$")
"""A series of names, the last after "&" or "and" ("Planning, Development & Inspections")."""


def team(value: str) -> str | None:
    """``value`` as a team a letter may name (:func:`addressee`), a group and its team apart by a dash, each
    named ("Engineering – Platform", as Lever sets it), or a department named for the work it does, a series of
    names ("Planning, Development & Inspections", "Parks, Recreation and Cultural Resources", as a county names its
    departments)."""
    if (found := addressee(value)) is not None:
        return found
    found = clean_inline(value).strip(" -–—|·:,;/")
    if (series := _SERIES.match(found)) is not None:
        parts = [*re.split(r",\s+", series["first"]), series["last"]]
    else:
        parts = _TEAM_PARTS.split(found)
    if len(parts) < 2 or len(found.split()) > 8 or not all(addressee(part) == part for part in parts):
        return None
    return found


def _named(found: str) -> bool:
    """Whether ``found`` is capitalised words ("Dr Jane Okafor", "Head of Data Engineering", "Élodie Durand"), with
    the small words names keep."""
    words = found.split()
    named = all(w in _SMALL_NAME_WORDS or (w[0].isupper() and _NAME_WORD.match(w)) for w in words)
    return bool(words) and named and found[0].isupper()


def url(value: str, *, local: bool = False) -> str | None:
    """An http(s) address, or None; a page's own address on ``localhost`` (a site built on a laptop) only
    with ``local``."""
    found = clean_inline(value)
    if not re.match(r"^https?://[^\s/]+", found) or " " in found:
        return None
    if not local and re.match(r"^https?://(?:localhost|127\.|\[::1\])", found):
        return None
    return found
