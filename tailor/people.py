"""Who a text names as other people, not as a skill of its writer's: the colleagues, clients, hires and team
members a posting or a CV speaks of by their jobs.

One rule reads a mention of a skill in both (:func:`names_people_here`): its words name people where they

* end in a job's word in the plural, or stand just before one: "partner with data engineers", "hired machine
  learning engineers" ("mentor engineers" is work done to them; "Cloudflare Workers" are software);
* stand before a word of hiring: "go-to-market hiring";
* end in a job's word after the words that make it someone the text works with: "with the engineering manager",
  "partnered with our Scrum Master", "reported coverage to product owners".

A job's letters in the plural are people too ("Supervised six RNs", "referrals from CPAs": :func:`job_letters`).
A posting is read by more, for it knows its own job from its title: the title of any other job (or the words a
job's letters stand for: "the Registered Dietitian") after "the" or "our" ("report to our Sous Chef"; in a CV, "as
the executive chef" is one's own), after "report to", in the plural ("lead 14 Chefs de Cuisine") or before a person's
name (a menu's "Executive Chef: Marco Rossi"), and a skill that names a team it works with ("with the product
management team"). Its own job's field is never someone else's ("our data
engineers" in a data engineer's posting).

There are three questions, one for each place that asks: how often a posting names each skill as people
(:func:`colleagues`; it asks for the skill each other time it names it), which skills a CV's text names only as
people (:func:`only_as_people`; said once as its own work, a skill is said), and which words for people a text
uses only in the plural (:func:`people_in_the_plural`; no pair of words beside them says work of one's own).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from functools import lru_cache
from itertools import pairwise

from tailor.analysis import Analysis, abbreviates, lemma_of, lemma_table, locate
from tailor.analysis.skills import stop_words
from tailor.degrees import education_level
from tailor.lexicon import Lexicon, everyday
from tailor.posting.plausible import JOB_WORDS

# --- the words that name people -----------------------------------------------------------------------------

_DEVICES = frozenset({"controller", "driver"})
"""Words that name a job and a thing too: "PLCs" are programmable logic controllers, never colleagues."""
_SOFTWARE_TOO = frozenset(
    {"agent", "assistant", "broker", "interpreter", "editor", "producer", "operator", "worker", "handler"}
)  # fmt: skip
"""Job words that in the plural are often software: "AI agents", "message brokers", "Kafka producers",
"Kubernetes operators", "Cloudflare Workers", "GraphQL action handlers"; a CV's "built AI agents" is its owner's
work."""
_FIELDS_TOO = frozenset({"devops"})
"""Job words that name a field too: "with a DevOps mindset" names no one."""
_SCRUM_ROLES = frozenset({"master", "owner"})
"""The last words of Scrum's roles ("Scrum Master", "product owner"), jobs as much as a lead's or a manager's."""
_PEOPLE = _SCRUM_ROLES | {"manager", "lead", "director", "engineer", "developer", "designer", "analyst", "architect"}
"""Jobs' last words that in the plural name only people ("product owners", "engineering managers"), where some
others name things too ("AI agents", "device drivers")."""
_PEOPLE_WORDS = frozenset({"staff", "team", "crew", "employee", "personnel", "worker", "volunteer"})
"""Words for people one works over that name no job ("supervised a crew of six", "managed 40 volunteers")."""
_NO_ONE_OVER = frozenset(
    {"lead", "head", "chief", "vp", "president", "executive", "phd", "doctoral", "postdoctoral", "internship",
     "apprenticeship", "fellowship", "studentship"}
)  # fmt: skip
"""Job words that are no people one works over: a title's rank ("Lead Pharmacist") or a programme."""


def names_a_job(skill: str) -> bool:
    """Whether the lexicon's ``skill`` is a job's title ("executive chef", "charge nurse"): words in lower case,
    the last of them one that names a job. Tools and credentials named for one ("Google Tag Manager", "ServSafe
    Manager") are proper names, and plurals ("service workers") name things.

    >>> names_a_job("executive chef"), names_a_job("Google Tag Manager"), names_a_job("service workers")
    (True, False, False)
    """
    words = skill.split()
    return len(words) > 1 and skill.islower() and not words[-1].endswith("s") and bool(JOB_WORDS.fullmatch(words[-1]))


@lru_cache(maxsize=4096)
def names_people(lemma: str) -> bool:
    """Whether a word's ``lemma`` names people one may work over: a job's word other than a rank or a programme,
    or a word for staff ("technician", "crew"; not "lead", "internship")."""
    return lemma in _PEOPLE_WORDS or (lemma not in _NO_ONE_OVER and JOB_WORDS.fullmatch(lemma) is not None)


@lru_cache(maxsize=4)
def job_letters(lexicon: Lexicon) -> dict[str, str]:
    """The lexicon's names in capitals that stand for a job (an alias of theirs ends in a job's word: RN
    "registered nurse", EIT "engineer in training"), by their lowercase term: written in the plural ("RNs",
    "EITs") they are the people someone worked with, no credential of one's own."""
    named: dict[str, set[str]] = defaultdict(set)
    for surface, canonical in lexicon.names.items():
        named[canonical].add(surface)
    return {
        canonical.lower(): canonical
        for canonical, surfaces in named.items()
        if canonical.isupper() and any(" " in s and _holds_it(s.split()[-1]) and not _a_body(s) for s in surfaces)
    }


_HOLDER = frozenset({"professional"})
"""A word that ends a credential's name and names who holds it ("Certified Safety Professional", "Project Management
Professional"), though alone it is no job's word ("professional experience")."""


def _holds_it(word: str) -> bool:
    """Whether the last ``word`` of a credential's name names the person who holds it: a job's word, or one of
    :data:`_HOLDER`. Its letters in the plural ("CSPs", "PMPs") are people then, or other things (a GPU posting's
    "CSPs" are cloud service providers), never a credential asked for."""
    return word in _HOLDER or _names_a_person(word)


def _a_body(name: str) -> bool:
    """Whether ``name`` (lower case) names a body after its people ("american registry of radiologic
    technologists"): a word before "of" or "for" that names no person, as "engineer in training" and "fellow of
    the society of actuaries" do."""
    body = re.search(r"([a-z]+) (?:of|for) ", name)
    return body is not None and not _names_a_person(body.group(1))


def _names_a_person(word: str) -> bool:
    return JOB_WORDS.fullmatch(word) is not None and word.removesuffix("s") not in _DEVICES


_COUNTERPARTS = frozenset({"partner", "counterpart", "teammate"})
"""Words for one colleague the job is paired with, after the field or job that says which ("your SDR partner")."""


def _one_person(word: str) -> bool:
    """Whether ``word`` (lower case) is a job's word in the singular that names a person, not a device or software
    ("designer", "engineer"; not "driver", "agent")."""
    return _names_a_person(word) and word not in _SOFTWARE_TOO and word not in _DEVICES


def _shares_a_job_in_the_plural(text: str, end: int) -> bool:
    """Whether the skill that ends at ``text[end]`` is the first of fields that share the job's word in the plural
    after them (:data:`_AND_ANOTHER_FIELDS`): "our Android and backend engineers" are Android engineers and backend
    engineers, people as "our backend engineers" are; "Android and web apps" are apps, the work itself."""
    shared = _AND_ANOTHER_FIELDS.match(text, end)
    if shared is None or not _a_job_in_the_plural(shared.group(2)):
        return False
    words = shared.group(1).split()
    if _A_VERB_IN_THE_PAST.fullmatch(words[0]) and words[0] not in _WHAT_PEOPLE_ARE:
        return False  # "Compounded to USP <797> and precepted PGY1 residents": a clause of its own, no field's people
    return not any(word in stop_words() for word in words)  # "Go" is a name, "our" no field


def _ends_in_a_job_word_in_the_plural(words: str) -> bool:
    """Whether ``words`` end in a job's word in the plural, whatever else the word names ("physical therapist
    assistants"): a title's people, where "ServSafe Manager certifications" end in a credential's word."""
    last = words.rsplit(maxsplit=1)[-1].lower() if words.strip() else ""
    return any(JOB_WORDS.fullmatch(last.removesuffix(end)) for end in ("s", "es") if last.endswith(end))


def _modifies(word: str) -> bool:
    """Whether ``word`` may open a job's title of two words after a skill ("case" of "RN case managers"): a word in
    small letters that is no function word ("documentation for engineers", "products and pilots" name none)."""
    return word.islower() and word not in stop_words()


def _a_job_in_the_plural(words: str) -> bool:
    """Whether ``words`` end in a job's title in the plural ("software engineers", "data scientists"; "forklift
    drivers" and "machine operators", where drivers and operators are no software)."""
    split = words.lower().split()
    last = split[-1] if split else ""
    driven = len(split) > 1 and split[-2] in _DRIVEN
    return any(
        (_names_a_person(one) and one not in _SOFTWARE_TOO) or (driven and JOB_WORDS.fullmatch(one) is not None)
        for one in (last.removesuffix(end) for end in ("s", "es") if last.endswith(end))
    )


_DRIVEN = frozenset({"forklift", "truck", "lift", "crane", "equipment", "machine", "delivery", "bus", "van", "tractor"})
"""What a person drives or operates: before one of them, "drivers" and "operators" are people ("forklift drivers",
"crane operators"), not software ("device drivers", "Kubernetes operators")."""


_DRIVING_LICENCES = frozenset({"cdl", "cdls", "hgv", "lgv"})
"""Licences to drive a commercial vehicle, whose holders "drivers" after them name ("60 CDL drivers")."""


def _licenced_to_drive(words: str) -> bool:
    """Whether a mention's ``words`` end in a licence to drive ("CDL", "Class A CDL", "HGV")."""
    last = words.rsplit(maxsplit=1)[-1].lower() if words.strip() else ""
    return last in _DRIVING_LICENCES


def _lemma(word: str) -> str:
    return lemma_of(word, lemma_table())


# --- the words around them that make them someone else --------------------------------------------------------

_SOMEONE = re.compile(r"\w[\w,;)]*\s+(?:the|our|your|their)\s+$", re.IGNORECASE)
"""What a job's title follows where it names someone the job works with: a word, then "the" or "our" ("partner
with the Executive Chef", "report to our Sous Chef"); not a sentence's first words ("The Sous Chef will …")."""


_TEAM = re.compile(
    r"\b(?P<group>team|teams|staff|colleagues|disciplines|professionals|providers|clinicians)\s*\(([^()]{2,80})\)",
    re.IGNORECASE,
)
"""A group of people with its members' titles in brackets ("the interdisciplinary team (RN, OT, SLP, MSW)",
"nursing staff (RNs, LPNs and CNAs)", "cross-functional teams (Product, Marketing)"): who the job works with, not
what it asks for. After one team the brackets must list people (:func:`_lists_people`): "the Technical Rescue Team
(rope, confined space, trench)", "our platform team (Kubernetes, Terraform)" name the team's work, which its member's
CV and its hire's posting share; after several groups they name the groups."""
_SPECIALISTS = re.compile(
    r"\b(?:colleagues|teammates|team members|peers|experts|specialists)\b(?:[ \t]+[\w’'-]+){0,5}?"
    r"[ \t]+who[ \t]+(?:speciali[sz]e|focus|concentrate)[ \t]+(?:in|on)[ \t]+([^.;:\n]+)",
    re.IGNORECASE,
)
"""What the hire's colleagues are said to do ("your colleagues in our marketing team who specialize in paid
advertising and SEO"): their work, named to say whom the job works beside, no skill asked of the hire; a hire who
specializes in it ("a marketer who specializes in SEO") is asked for it."""
_ONE_GROUP = frozenset({"team", "staff"})
_MEMBERS = re.compile(r"\s*(?:,|;|/|\band\b|\bor\b|&)\s*", re.IGNORECASE)


def _lists_people(listed: str) -> bool:
    """Whether every item of a team's brackets names people: letters in capitals, as titles are written short ("RN",
    "LPNs", "MSW."), or words ending in a job's word ("social workers")."""
    items = [item.strip(".") for item in _MEMBERS.split(listed.strip()) if item.strip(".")]
    return bool(items) and all(
        (item.rstrip("s").isupper() and item.isalpha()) or names_people(_lemma(item.split()[-1].lower()))
        for item in items
    )


_GROUP = re.compile(r"\b(?:teams?|departments?|partners)\b", re.IGNORECASE)
_BEFORE_A_GROUP = re.compile(
    r"\b(?:with|alongside|across|between|(?:refer|connect|introduc|communicat|report|send|sent|submit|present|deliver)"
    r"\w*\s+(?:[\w-]+\s+){0,2}?to"
    r"|(?:support|enabl|serv|equip)\w*\s+(?:to\s+)?(?:the|our|its|their))\s+"
    r"(?:[\w-]+(?:[^\S\n]+[\w-]+){0,2},[^\S\n]+)*(?:[\w'’-]+,?\s+){0,4}$",
    re.IGNORECASE,
)
_A_GROUP_AFTER = re.compile(
    r"(?:(?:,\s+[\w-]+(?:\s+[\w-]+){0,2}){0,3},?\s+(?:and|&|or)\s+[\w-]+(?:\s+[\w-]+){0,2})?"
    r"(?:\s+\((?-i:[A-Z][A-Za-z&]{1,7})\))?\s+(?:teams?|departments?|partners)\b",
    re.IGNORECASE,
)
"""A skill that names a group the job works with: after "with", "alongside" or "across" and a few words (the people
before it in a list: "relationships with lab managers and procurement teams"), after where it sends its customers
("refer them to") or what it sends them ("communicate documentation gaps to the CDI team", "report findings to
the compliance team") or whom it serves ("enable our sales, customer success and marketing teams", "support the finance
department", "provide support to our internal audit team"), before "team(s)", "department(s)" or "partners", or
before another group's name and them, or a list of them ("work closely with our development and product management
teams", "with our computational biology, immunology and drug discovery teams", "partner with the marketing team", a
banker's "refer customers to Mortgage and Wealth Management partners"), whoever's the group is ("with the facility's
infection prevention team"), its short form between ("the clinical documentation improvement (CDI) team"): who the job
works with, not what it asks for."""


_WORKING_WITH = (
    r"\b(?i:collaborat\w*|partner\w*|liais\w*|work(?:s|ing)?(?:\s+closely)?|coordinat\w*|interfac\w*)\s+with\s+"
    r"(?:the\s+|our\s+|other\s+)?"
)
_CAPITALISED_NAMES = r"((?:[A-Z][\w-]*(?:\s+(?:&|and)\s+|\s+|,\s*(?:and\s+|&\s+)?))*[A-Z][\w-]*)"
_WORKS_WITH_NAMES = re.compile(_WORKING_WITH + _CAPITALISED_NAMES)
_WORKS_WITH_NAMES_LAST = re.compile(
    _WORKING_WITH + r"(?:[\w&-]+(?:[^\S\n]+[\w&-]+)?,[^\S\n]+)+" + _CAPITALISED_NAMES + r"(?=[^\S\n]*(?:[.;:)]|$))",
    re.MULTILINE,
)
"""Groups the job works with, named in capitals as a company names its departments, without the word "teams"
("collaborate with Data Science & Analytics, Finance and Customer Success"), or at a list's end after any it names
otherwise first ("Collaborating with R&D engineering, Quality, Regulatory Affairs and Manufacturing.", not "working
with databases, ETL tools, BI tools"): a field so named is a team, no skill asked for. Only after a word of working
together, and not as what the candidate has done: "experience with Data Science" and "experience working with Data
Science" ask for it."""
_FIELD_A_COLLEAGUE_HEADS = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Yy]our|[Ii]ts)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:Director|Head|VP|Vice\s+President|Chief|Dean|Manager|Officer)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w-]*(?:\s+(?:&|and)\s+|\s+|,\s*(?:and\s+|&\s+)?))*[A-Z][\w-]*)"
)
"""Someone's title that names the field they head, after "the" or "our" ("facilitated by the Director of Strategic
Communications", "reports to our VP of Marketing", "the Head of Data Science"): a colleague's job, as a department
named in capitals is, no skill asked of the candidate. The job's own title keeps its field (``own``)."""
_HANDED_TO = re.compile(
    r"\b(?i:hand(?:s|ed|ing)?\s+(?:off|over)|escalat(?:e|es|ed|ing)|refer(?:s|red|ring)?|rout(?:e|es|ed|ing)|forward(?:s|ed|ing)?"
    r"|transfer(?:s|red|ring)?|pass(?:es|ed|ing)?|relay(?:s|ed|ing)?)\b[^.;:\n]{0,60}?\bto\s+(?:the\s+|our\s+)?"
    r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?|(?-i:[A-Z][a-z-]*(?:\s+(?:and\s+|&\s+)?[A-Z][a-z-]*){0,3}?))"
    r"(?:\s+(?:teams?|departments?|groups?))?(?=\s*(?:[.;,\n]|$|\bfor\b|\bwith\b))"
)
"""A group the job hands work over to, named by its field at the end of the clause, in small letters or in capitals
as a company names its departments ("hand off awarded projects to project management", "escalate issues to
engineering", "relay product feedback from the field to Product Management and Engineering"), what it hands over
with may follow ("hand off awarded projects to project management with a complete estimate"): a department, no skill
asked for."""
_LEADERS = re.compile(
    r"\b(?i:with|to|by|from|alongside|across|for)\s+(?:the\s+|our\s+|(?i:senior|executive)\s+)?"
    r"((?:(?:[a-z][a-z-]*|[A-Z]{2,}),?\s+(?:and\s+|&\s+)?){0,2}(?:[a-z][a-z-]*|[A-Z]{2,})"
    r"\s+(?:leadership|leaders|stakeholders|buyers|decision[- ]makers))\b(?!\s+(?:skills?|experience|roles?)\b)"
)
"""The leaders or buyers of a field the job works with, answers to or sells to ("set the roadmap with product and
engineering leadership", "present to finance leadership", "sell our suite to HR and finance leaders", "demos for HR,
payroll and finance stakeholders"): people, no skill asked of the candidate."""
_CAPITALS = r"(?:[A-Z][\w-]*(?:\s+(?:&|and)\s+|\s+|,\s*(?:and\s+|&\s+)?))*[A-Z][\w-]*"
_WITH_A_DEPARTMENT = re.compile(
    rf"\bwith\s+(?:the\s+|our\s+|your\s+)?({_CAPITALS})"
    r"(?=\s*(?:[.;:!?\n)]|$|,\s+(?:and\s+)?[a-z]|\s+(?:on|to|for|in|during|when|where|as|and|or)\s+[a-z]))"
)
"""Groups named in capitals after "with" at the end of a clause ("handle grievances with HR", "resolve disputes with
Legal and Finance"): a department the work is done with, as :data:`_WORKS_WITH_NAMES` reads, whatever the work is;
not where the clause says the candidate knows it (:data:`_KNOWS_BEFORE`)."""
_KNOWS_BEFORE = re.compile(
    r"\b(?:experience[ds]?|comfortable|familiar\w*|proficien\w*|skilled|knowledge|expertise|background|fluen\w*)\b",
    re.IGNORECASE,
)
_COMPLIES = re.compile(
    r"\b(?:compl\w*|accordance|conform\w*|consistent|line)\s+with\s+(?:the\s+|our\s+|your\s+)?$", re.I
)
"""What a text complies with ("comply with PCI, SOX, Data Privacy"): rules, no department."""
_COORDINATING = re.compile(rf"\b(?:coordinat\w*|across|among|between)\s+(?:the\s+|our\s+)?({_CAPITALS})")
"""A list of groups named in capitals (three or more, set apart by commas) that the job coordinates or works across
("coordinating Engineering, Legal, Compliance and Communications", "across Product, Sales, and Support"): departments,
no skills asked for."""
_DEPARTMENTS_NAMED = re.compile(
    rf"\b(?i:departments?|departmental[ \t]+\w+)[ \t]*,?[ \t]+(?i:include|including|such[ \t]+as|like)[ \t]+"
    rf"(?:the[ \t]+)?({_CAPITALS})"
    # "complex cycles with multiple stakeholders, including data engineering leaders, CIOs and Procurement": the
    # groups a seller's deals pass through, named in capitals at the end of the list of them.
    rf"|\b(?i:stakeholders|buying[ \t]+committees?|decision[ \t-]+makers)[ \t]*,?[ \t]+"
    rf"(?i:include|including|such[ \t]+as|like|across|from)[ \t]+"
    rf"(?:[\w&-]+(?:[ \t]+[\w&-]+){{0,3}},[ \t]+)*(?:the[ \t]+)?({_CAPITALS})"
)
"""A list of groups named in capitals that the posting says are departments ("liaise with other departments,
including Housekeeping, Engineering and Sales"; "departmental contacts include Accounting, Catering and
Maintenance"), or the stakeholders of a sale or a project ("stakeholders across IT, Legal and Procurement"):
departments, no skills asked for."""
_PARTNER = r"(?:(?!(?:on|to|for|in|with|and|or)\b)[\w&'’/-]+[ \t]+){0,3}[\w&'’/-]+"
_WORKS_WITH = r"\b(?:coordinat\w*|liais\w*|partner\w*|collaborat\w*|work\w*\s+closely)\s+with\s+"
"""A verb of working with others, and its "with", before the list of those it works with."""
_LIST_ENDS = r"(?=[ \t]+(?:on|to|for|in|during|across|regarding|about)\b|[ \t]*[.;:()\n]|[ \t]*$)"
"""Where such a list ends: its clause goes on ("… on discharges"), or ends."""
_PARTIES_SUCH_AS = re.compile(
    r"\b(?i:customers|clients|stakeholders|departments|teams|partners)[ \t]+(?i:such[ \t]+as|including|like)[ \t]+"
    rf"({_PARTNER}(?:,[ \t]+(?:(?i:and|or|&)[ \t]+)?{_PARTNER})*(?:,?[ \t]+(?i:and|or|&)[ \t]+{_PARTNER})?)"
    r"(?=[ \t]*[,.;:!?()\n]|[ \t]*$|[ \t]+(?:on|to|for|in|during|across|regarding|about|etc)\b)"
)
"""The examples of those the job serves or works with, a list of a few words an item ("internal customers such as
procurement, manufacturing, suppliers, shipping and receiving", "departments including quality assurance and
maintenance", "teams including marketing, product management, and data analytics, you will …"): parties, no work
asked for; not where a comma sets off examples of the work done for them ("customers, such as answering billing
questions"), nor where the examples open with a verb (:func:`_doing`)."""
_PARTNERS = re.compile(
    rf"{_WORKS_WITH}(?:the\s+|our\s+)?({_PARTNER}(?:,[ \t]+{_PARTNER}){{2,}}(?:,?[ \t]+(?:and|or)[ \t]+{_PARTNER})?)"
    rf"{_LIST_ENDS}",
    re.IGNORECASE,
)
_FUNCTIONS = frozenset(
    {
        "product", "engineering", "sales", "marketing", "finance", "legal", "design", "operations", "ops", "hr", "it",
        "analytics", "support", "procurement", "purchasing", "accounting", "compliance", "security", "research",
        "leadership", "recruiting", "facilities", "manufacturing", "quality", "nursing", "pharmacy", "admissions",
        "housekeeping", "maintenance",
    }
)  # fmt: skip
"""The functions a firm names its departments by, alone in small letters ("partner with product", "escalate to
engineering"; a hotel's "coordinate with housekeeping, engineering and food and beverage")."""
_ITEM = r"(?:[a-z][\w&'’/-]*(?:[ \t]+[a-z][\w&'’/-]*){0,2}|[A-Z][A-Z&]*[A-Z])"
_FUNCTIONS_LISTED = re.compile(
    r"\b(?i:coordinat\w*|liais\w*|partner\w*|collaborat\w*|work\w*(?:[ \t]+closely)?)[ \t]+with[ \t]+"
    r"(?:the[ \t]+|our[ \t]+)?"
    rf"({_ITEM}(?:(?:,[ \t]*{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})?)"
    r"(?=[ \t]+(?:on|to|for|in|during|across|regarding|about|around)\b|[ \t]*[.;:()\n]|[ \t]*$)"
)
"""A list in small letters (an item may be letters in capitals, "FP&A", "HR") of what the job works with, where its
last item, or two of its items, is a firm's function, alone or after what it serves (:data:`_FUNCTIONS`): "Partner
with analytics, data science and product to define metrics", "collaborate with finance and accounting on the
close", "work closely with operations, purchasing and FP&A", "work closely with product marketing, sales development
and marketing operations"; or one such team alone ("coordinate with content marketing to produce case studies"). Each
of its items is a department then, data science too; "work with design and analytics tools" names tools."""


_NAVIGATED = re.compile(
    r"\b(?i:navigat\w*|get\w*[ \t]+(?:deals?|contracts?)[ \t]+through)[ \t]+"
    r"(?:(?i:the|complex|lengthy|enterprise|their|customers?['’]?|clients?['’]?|buyers?['’]?)[ \t]+)*"
    rf"({_ITEM}(?:(?:,[ \t]*{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})?)"
)
"""What a seller or a project gets through, a list in small letters after "navigate": "navigate procurement and legal
reviews", "navigating complex procurement processes", "get deals through procurement and security". The functions
among it (:data:`_FUNCTIONS`) are the customer's or another team's, as "work with procurement teams" names them:
their process is passed, none of their work asked of the hire, and a CV that says it worked "with procurement and
legal teams" shows what such a posting asks. The rules or systems of a function (:data:`_KNOWN`) are the hire's
to know ("navigate procurement rules")."""


_KNOWN = frozenset(
    {"rules", "regulations", "policies", "policy", "law", "laws", "codes", "standards", "systems", "software", "tools"}
)
"""What a function's word may head that the hire knows or uses, no other team's: "navigate procurement rules" (a
public buyer's own), "navigate HR systems"."""


def _functions_navigated(text: str) -> list[tuple[int, int]]:
    """The spans of the firms' functions (:data:`_FUNCTIONS`), each an item's first word, of a list a text says the
    job navigates (:data:`_NAVIGATED`)."""
    if "navigat" not in text.lower() and "through" not in text.lower():
        return []
    out = []
    for found in _NAVIGATED.finditer(text):
        for item in re.finditer(r"[^,&]+?(?=\s*(?:,|\band\b|&|$))", found.group(1)):
            words = item.group().split()
            if words and words[0] == "and":
                words = words[1:]
            if words and words[0].lower() in _FUNCTIONS and not (len(words) > 1 and words[1].lower() in _KNOWN):
                start = found.start(1) + item.start() + item.group().index(words[0])
                out.append((start, start + len(words[0])))
    return out


def _functions_listed(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of departments the job works with that name them by their functions
    (:data:`_FUNCTIONS_LISTED`)."""
    if "with" not in text:
        return []
    out = []
    for found in _FUNCTIONS_LISTED.finditer(text):
        if _HAS_DONE.search(text, max(0, found.start() - 40), found.start()):
            continue  # "experience working with finance and FP&A": what the candidate has done
        items = [item.strip() for item in re.split(r",|\band\b|(?<= )&", found.group(1)) if item.strip()]
        if not items:
            continue  # "work with and …": a word of the list's own, no item
        # A function's team named by what it does it for ("product marketing", "marketing operations", "sales
        # operations") is a function as much as the bare word.
        bare = [item.lower().split()[-1] in _FUNCTIONS for item in items]
        if bare[-1] or sum(bare) >= 2:
            out.append(found.span(1))
    return out


_BODIES = re.compile(
    r"\b(?:agencies|districts|hospitals|schools|departments|organi[sz]ations|providers|partners|officials"
    r"|authorities|utilities|municipalities|jurisdictions|clinics|companies|vendors|contractors"
    r"|carriers|suppliers|forwarders)\b",
    re.IGNORECASE,
)
"""The bodies a list the job works with names ("Coordinates with fire protection districts, EMS agencies, law
enforcement, hospitals, public health and schools"): where one is among them, the others are bodies too, partners,
no skills asked for, whatever their words (law enforcement, public health). A shipper's carriers, suppliers and
freight forwarders are firms it deals with as a county's agencies are ("Coordinate with carriers, freight
forwarders, customs brokers and overseas agents": no customs brokerage of the hire's own)."""
_HAS_DONE = re.compile(
    r"\b(?:experience[ds]?|comfortable|familiar\w*|proficien\w*|skilled|knowledge)\s+(?:in\s+)?$", re.IGNORECASE
)
"""What a candidate has done or knows, just before a word of working with: no department named after it."""


_HIRING = r"(?:hiring|hires|recruiting|recruitment|headcount)\b"
_HIRED = re.compile(rf"[ \t/-]*{_HIRING}", re.IGNORECASE)
"""What follows a skill that names the people someone hired, not a skill of the hirer's own: "go-to-market
hiring", "engineering recruitment"; not the next item of a list ("performance management, hiring and training"),
which is work of one's own beside it."""


_NEXT_WORD = re.compile(r"[ \t-]+([A-Za-z]+)")
_NEXT_TWO_WORDS = re.compile(r"[ \t-]+([A-Za-z]+)[ \t]+([A-Za-z]+s)\b")
_NEXT_TWO_WORDS_ONE = re.compile(r"[ \t-]+([A-Za-z]+)[ \t]+([A-Za-z]+)\b")
_A_VERB_IN_THE_PAST = re.compile(r"[a-z]{2,}ed")
"""A word in small letters in the form of a verb's past ("precepted", "supervised"), which after an "and" opens a
clause of its own ("… to USP <797> and precepted PGY1 residents"), no field that shares the people's word."""
_WHAT_PEOPLE_ARE = frozenset(
    {"certified", "licensed", "registered", "qualified", "experienced", "skilled", "dedicated", "advanced"}
    | {"specialized", "specialised", "credentialed", "seasoned", "talented", "motivated", "salaried", "unlicensed"}
)
"""Words in the form of a verb's past that say what people are ("Android and experienced backend engineers",
"BLS and certified nursing assistants"): they open no clause."""
_AND_ANOTHER_FIELDS = re.compile(r"(?:[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)((?:[\w+#.-]+[ \t]+){1,2}?)([A-Za-z]+s)\b")
"""Another field or two after a skill, and the job's word in the plural both share ("Android and backend engineers",
"iOS/Android developers")."""
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1024)
def _colleague_pattern(said: str, plural: bool = False) -> str:
    """Words before ``said`` that make it someone one works with: "with the" and a few words, or, for people in the
    plural, "with", "to" or "for" and a few words ("reported coverage to product owners", "built dashboards for
    engineering managers")."""
    if plural:
        return rf"\b(?:with|alongside|to|for)\s+(?:[\w-]+,?\s+){{0,3}}?{re.escape(said)}$"
    # The last of a list of them may stand further off ("with our engineers, lead game designer, and UX designer").
    # A word may be a possessive: "with the patient's physician and RN case manager". The last may have its own
    # "the" and a word or two of its field: "with the Clinical Trial Manager and the Clinical Team Lead".
    gap = (
        r"(?:(?:[\w'’-]+,?\s+){0,3}?"
        r"|(?:[\w'’-]+,?\s+){1,6}?(?:and|or|&)\s+(?:(?:the|our|their|its|your)\s+(?:[\w'’-]+\s+){0,2}?)?)"
    )
    # One the job answers to, reports to or serves: "under the direction of the controls engineer", "reporting to
    # the Engineering Manager", "assist the Project Manager", "dashboards for our finance director".
    whom = r"(?:the|our|their|its|your)"
    served = rf"(?:to|for|assists?|assisting|supports?|supporting|(?:direction|supervision|guidance) of)\s+{whom}"
    # One the job is over: "Supervises, trains and evaluates four administrative assistants and a front desk
    # receptionist", "oversee the facilities coordinator".
    over = r"(?:supervis(?:es?|ing)|oversees?|overseeing|evaluates?|evaluating|directs|directing)\s+"
    over += r"(?:(?:[\w'’-]+,?\s+){1,6}?(?:and|&)\s+)?(?:the|our|a|an|one)"
    return rf"\b(?:(?:with|alongside)\s+(?:the|our|their|its|your|a|an)|{served}|{over})\s+{gap}{re.escape(said)}$"


_A_BODY = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
"""A name that is a body's, its people after "of" or "for" ("American Registry of Radiologic Technologists",
"National Registry of Emergency Medical Technicians", "Association of Certified Fraud Examiners"): the registry
or society, whose credential a posting asks for, no people the job works with."""
_WORK = re.compile(r"^[a-z]+(?:ing|ship)$")
"""A skill of one word of work ("mentoring", "coaching", "mentorship"): before people, it is done to them."""
_BEFORE = 80
"""How far before a mention the words that make it someone one works with may start: "with the", three words."""


_LEARNERS = r"(?:students|learners|pupils|graduates)"
"""Words for people learning, in the plural, that no job's word covers (interns, residents and trainees are jobs')."""
_A_DEGREES_PEOPLE = re.compile(rf"([A-Za-z][\w.'’]*)[ \t-]+(?:{_LEARNERS}|interns|residents|trainees)\b", re.IGNORECASE)
"""A word before learners or a programme's people: "BSN students", "PhD students", "MBA interns"; a degree there is
the programme they are in (:func:`_a_degrees_people`)."""
_SOMEONES_WORD = re.compile(
    rf"{JOB_WORDS.pattern}|\b(?:master|owner|partner|counterpart|teammate)s?\b|\b{_HIRING}|\b{_LEARNERS}\b",
    re.IGNORECASE,
)
"""Any word :func:`names_people_here` reads a mention by: a job's word, a Scrum role's, a colleague's
(:data:`_COUNTERPARTS`), a word of hiring."""


def _a_degrees_people(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a degree (:func:`tailor.degrees.education_level`) the people after it study
    for or hold: "Trained four BSN students", "Mentored PhD students", "Supervised MBA interns". The programme they
    are in, taught or supervised, is no degree of the teacher's; a subject before them ("calculus students", "ESL
    learners") is what was taught, and stays the teacher's."""
    found = _A_DEGREES_PEOPLE.match(text, start)
    return found is not None and found.end(1) == end and bool(education_level(found[1]))


def _names_anyone(text: str) -> bool:
    """Whether ``text`` has a word for people at all (:data:`_SOMEONES_WORD`): without one, no mention of a skill in
    it names people, and nothing need be looked for."""
    return _SOMEONES_WORD.search(text) is not None


def names_people_here(text: str, start: int, end: int, term: str = "") -> bool:
    """Whether the mention of the skill ``term`` at ``text[start:end]`` names other people, not the skill: its
    words end in a job's word in the plural, or stand before one ("partner with data engineers", "hired DevOps
    engineers"; a skill of one word of work acts on them: "mentor engineers"), or before a word of hiring
    (:data:`_HIRED`: "go-to-market hiring"), or they end in a job's word and name someone the text works with
    (:func:`_colleague_pattern`: "with the engineering manager", "partnered with our Scrum Master", "reported
    coverage to product owners"). The one rule both a posting and a CV are read by.

    >>> text = "Hired DevOps engineers; worked with the engineering manager; wrote DevOps runbooks"
    >>> [names_people_here(text, m.start(), m.end()) for m in re.finditer("DevOps|engineering manager", text)]
    [True, True, False]
    >>> names_people_here("Mentor engineers", 0, 6, "mentoring")
    False
    """
    words = text[start:end]
    if _A_BODY.search(words):
        return False
    if _UNDER.search(text, max(0, start - 30), start) and _SUPERVISION_AFTER.match(text, end):
        return True  # "under OTR/L supervision", "under direct RN supervision": the one who supervised
    if _SUPERVISED_BY.search(text, max(0, start - 60), start) and (words.isupper() or _a_job_said_in_words(words)):
        # "under the supervision of a licensed physical therapist", "supervised by an RN": an assistant's posting or
        # CV names the credential of the one who supervises, no credential the job asks for or its owner holds.
        return True
    if _a_degrees_people(text, start, end):
        return True
    after = _NEXT_WORD.match(text, end)
    if _a_job_in_the_plural(words) or _HIRED.match(text, end):
        return True
    if after and _a_job_in_the_plural(after.group(1)) and not _WORK.search(term):
        return True
    if not _WORK.search(term) and _shares_a_job_in_the_plural(text, end):
        return True
    if after and after.group(1).lower() == "drivers" and _licenced_to_drive(words):
        # "Supervise 60 CDL drivers": the licence the drivers hold names them, as "forklift drivers" do.
        return True
    # Or before a job of two words in the plural: "with RN case managers", "precept PGY2 pharmacy residents".
    two = _NEXT_TWO_WORDS.match(text, end)
    if two and _a_job_in_the_plural(two.group(2)) and not _WORK.search(term) and _modifies(two.group(1)):
        return True
    if after and not _WORK.search(term) and (_one_person(after.group(1).lower()) or after.group(1) in _COUNTERPARTS):
        # A skill before one job's word names that one person where the job is someone the text works with:
        # "with our UX designer", "with the product manager and ML engineer" ask for no UX design, no ML; so does
        # one before a word for a colleague of one's own ("with your SDR partner", "with your finance counterpart").
        said = text[start : after.end()]
        before = text[max(0, start - _BEFORE) : after.end()]
        if re.search(_colleague_pattern(said), before, re.IGNORECASE):
            return True
    # So too before one job of two words: "with the patient's physician and RN case manager".
    one = _NEXT_TWO_WORDS_ONE.match(text, end)
    if one and not _WORK.search(term) and _one_person(one.group(2).lower()) and _modifies(one.group(1)):
        said = text[start : one.end()]
        before = text[max(0, start - _BEFORE) : one.end()]
        if re.search(_colleague_pattern(said), before, re.IGNORECASE):
            return True
    last = words.rsplit(maxsplit=1)[-1].lower() if words.strip() else ""
    plural = last[:-1] in _PEOPLE if last.endswith("s") else False
    if not last or last in _FIELDS_TOO:
        return False
    if not plural and JOB_WORDS.fullmatch(last) is None and last not in _SCRUM_ROLES:
        return False
    before = text[max(0, start - _BEFORE) : end]
    return re.search(_colleague_pattern(words, plural), before, re.IGNORECASE) is not None


# --- a posting ------------------------------------------------------------------------------------------------


def colleagues(
    text: str, titles: Collection[str], skills: Collection[str], lexicon: Lexicon, own: Collection[str] = ()
) -> Counter[str]:
    """How often each of ``skills`` names in a posting's ``text`` people the job works with, no skill it asks for:
    a mention that names people (:func:`names_people_here`: "partner with data engineers", "report to product
    owners") of a skill other than the job's ``own`` (those its title names: a DevOps engineer's posting asks for
    DevOps when it speaks of "our DevOps engineers"); one of ``titles``, the titles of jobs (:func:`names_a_job`)
    other than the posting's own, in the plural or after "the" or "our" ("Partner with the Executive Chef on
    menus"); a job's letters in the plural ("referrals from CPAs"); or any skill in the brackets that list a
    team's members (:data:`_TEAM`) or in what colleagues specialise in (:data:`_SPECIALISTS`), that names a team
    the job works with (:data:`_A_GROUP_AFTER`), a department named in capitals (:data:`_WORKS_WITH_NAMES`,
    :data:`_WITH_A_DEPARTMENT`, :data:`_COORDINATING`), listed beside the people the job works with
    (:func:`_beside_people`) or the field of a colleague's title (:data:`_FIELD_A_COLLEAGUE_HEADS`)."""
    found: Counter[str] = Counter()
    teams = [
        team.span(2)
        for team in _TEAM.finditer(text)
        if team["group"].lower() not in _ONE_GROUP or _lists_people(team[2])
    ]
    teams += [named.span(1) for named in _SPECIALISTS.finditer(text)]
    # A job's letters ("CPA", "RN": :func:`job_letters`) in the plural are people too, as in a CV ("Coordinate
    # with clients' CPAs"): no credential the job asks for.
    letters = set(job_letters(lexicon)) & set(skills)
    groups = _GROUP.search(text) is not None
    departments = [
        named.span(1)
        for pattern in (_WORKS_WITH_NAMES, _WORKS_WITH_NAMES_LAST)
        for named in pattern.finditer(text)
        if not _HAS_DONE.search(text, max(0, named.start() - 40), named.start())
    ]
    departments += [named.span(1) for named in _FIELD_A_COLLEAGUE_HEADS.finditer(text)]
    departments += [named.span(1) for named in _LEADERS.finditer(text)]
    departments += [named.span(1) for named in _COORDINATING.finditer(text) if "," in named.group(1)]
    departments += [named.span(named.lastindex or 1) for named in _DEPARTMENTS_NAMED.finditer(text)]
    departments += [named.span(1) for named in _partner_lists(text)]
    departments += [named.span(1) for named in _PARTIES_SUCH_AS.finditer(text) if not _doing(named.group(1))]
    departments += _functions_navigated(text)
    listed = _functions_listed(text)
    departments += listed
    departments += _beside_people(text)
    departments += [
        named.span(1)
        for named in _WITH_A_DEPARTMENT.finditer(text)
        if not _KNOWS_BEFORE.search(text, text.rfind("\n", 0, named.start()) + 1, named.start())
        and not _COMPLIES.search(text, max(0, named.start(1) - 40), named.start(1))
    ]
    # The group the work is handed to is named by the field its words open with ("to project management"), not a
    # skill further on ("to determine root cause analysis" says what for).
    handed = [named.span(1) for named in _HANDED_TO.finditer(text)]
    if not (teams or groups or departments or handed or letters or _names_anyone(text)):
        return found
    named_people: tuple[int, str] | None = None  # where the last mention that named people ended, and its term
    for start, end, term in locate(text, set(skills), lexicon):
        in_team = (
            any(first <= start and end <= last for first, last in teams)
            or (
                groups
                and _A_GROUP_AFTER.match(text, end) is not None
                and _BEFORE_A_GROUP.search(text, max(0, start - 100), start) is not None
            )
            or (
                (
                    any(first <= start and end <= last for first, last in departments)
                    or any(first == start and end <= last for first, last in handed)
                )
                and (
                    (canonical := lexicon.canonical(term) or term).islower()  # a field ("Customer Success"), no product
                    # or letters that name one, listed beside firms' functions ("operations, purchasing and FP&A")
                    or (any(first <= start and end <= last for first, last in listed) and _a_field(canonical, lexicon))
                )
                and term not in own
            )
        )
        # Written in the plural, a job's title names people ("Supervises physical therapist assistants"): what
        # the job asks the candidate to be is written in the singular ("licensed as a physical therapist assistant").
        plural = text[start:end].endswith("s")
        others = (term not in own and names_people_here(text, start, end, term)) or (
            # A title's words in the plural, not a credential's named after a job ("ServSafe Manager certifications").
            # A job's letters written as the words they stand for are a title too ("the Registered Dietitian"), not a
            # body's name ("the National Registry of Emergency Medical Technicians").
            (term in titles or (term in letters and term not in own and _a_job_said_in_words(text[start:end])))
            and _a_colleagues_title(text, start, end)
        )
        # A job's letters after a word that puts its holder outside the firm ("work with the outside CPA on the
        # audit", "the external CPA's tax filings") name someone the job works with; "obtain the CPA" asks for it.
        others = others or (term in letters and term not in own and _OUTSIDER.search(text, max(0, start - 30), start))
        # The letters in brackets after the words they stand for are the same mention ("Supervise Certified
        # Occupational Therapy Assistants (COTA)"): the people those words name, no credential asked for.
        spelled = named_people is not None and named_people[1] == term
        spelled = spelled and _OPENS_BRACKETS.fullmatch(text, named_people[0], start) is not None  # type: ignore[index]
        # A job's letters in the plural ("CPAs"), or the words they stand for ("Certified Occupational Therapy
        # Assistants": an assistant who is a person, since the lexicon says the letters name a job).
        job = term in letters and plural and (text[start:end].rstrip("s").isupper() or _ends_in_people(text[start:end]))
        job = job and _A_BODY.search(text[start:end]) is None
        if in_team or others or spelled or job:
            found[term] += 1
            named_people = (end, term)
    return found


def _a_field(skill: str, lexicon: Lexicon) -> bool:
    """Whether the lexicon's canonical ``skill`` names a field of work, as a department is named, not a product: a
    name in small letters ("customer success"), or letters the lexicon spells out in small letters ("FP&A", financial
    planning and analysis), as no product's words are ("AWS", Amazon Web Services)."""
    if skill.islower():
        return True
    if not _LETTERS.fullmatch(skill):
        return False
    letters = re.sub(r"\W", "", skill)
    return any(
        " " in surface and surface not in lexicon.inner_capitals and abbreviates(surface.split(), letters)
        for surface in lexicon.surfaces(skill)
    )


_LETTERS = re.compile(r"[A-Z][A-Z&/.]*[A-Z]")
"""A name written as letters in capitals ("FP&A", "HR", "R&D")."""


_OPENS_BRACKETS = re.compile(r"\s*\(\s*")
_OUTSIDER = re.compile(r"\b(?i:outside|external|independent|third-party|contracted)[ \t]+$")


def _a_colleagues_title(text: str, start: int, end: int) -> bool:
    """Whether the job's title at ``text[start:end]`` names someone else than the hire: written in the plural
    (:func:`_a_title_in_the_plural`: "lead 14 Chefs de Cuisine"), after "the" or "our" ("develop menus with the
    Executive Chef and the Registered Dietitian"), after "report to" ("Reports to: Executive Chef"), or before a
    person's name (:func:`_before_a_name`: "Executive Chef: Marco Rossi", a menu's credit), after a verb of working
    with or for its holder, with no article as a duty is written short (:data:`_WORKS_FOR`: "Assist head chef in
    menu planning"), or as the one whose thing the text names ("lead the line in head chef's absence"); and not
    before a word that makes it the hire's own ("the Executive Chef role", "the Registered Dietitian credential", "a
    registered nurse's license")."""
    if _a_title_in_the_plural(text[start:end]):
        return True
    if (owner := _OWNERS.match(text, end)) is not None:
        return _OWN_AFTER.match(text, owner.end()) is None
    if _OWN_AFTER.match(text, end):
        return False
    before = text[max(0, start - 80) : start]
    if _WORKS_FOR.search(before[-40:]):
        return True
    # The title may be the end of a longer one, or follow others in a list, that "the" opens: "including the
    # Executive Sous Chef, Banquet Chef, Pastry Chef and …" names three colleagues.
    before = before[: titles.start()] if (titles := _TITLES_BEFORE.search(before)) else before
    return bool(_SOMEONE.search(before[-40:]) or _ANSWERS_TO.search(before[-40:]) or _before_a_name(text, end))


_UNDER = re.compile(r"\b(?i:under)[ \t]+(?:(?i:the|direct|close|general|licensed)[ \t]+)*\Z")
_SUPERVISION_AFTER = re.compile(r"(?:/[A-Za-z]{1,3})?[ \t]+(?i:supervision|oversight|direction)\b")
"""A credential or a job between "under" and "supervision" ("under OTR/L supervision", "under direct RN
supervision"): the one who supervised the work, no credential of whoever did it."""
_SUPERVISED_BY = re.compile(
    r"\b(?i:(?:supervision|direction|oversight)[ \t]+of|(?:supervised|directed|overseen)[ \t]+by)[ \t]+"
    r"(?i:an?|the|our)?[ \t]*\Z"
)
"""What a title follows where it names the one who supervises the job's work: "under the direct supervision of a",
"supervised by the"."""


_TITLES_BEFORE = re.compile(r"(?<=\s)(?:(?-i:[A-Z])[\w&.-]*(?:,|\s+and/or|\s+and|\s+or|\s+&)?(?:[ \t]+|/))+$")
"""Words in capitals right before a title, each maybe closing an item of a list ("Executive ", "Sous Chef, Banquet
Chef, ", "Chef and/or ", "Store Manager/"): the rest of its title, or the titles listed before it."""


_OWN_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,12}\))?[ \t-]+(?i:experience|background|credentials?|certifications?|certificates?|licen[cs]es?"
    r"|licensure|registration|status|eligib\w*|exams?|examinations?|designation|role|position|level|track|training"
    r"|required|preferred)\b"
)
"""A word after a title that makes the title the hire's own, what it asks of the hire: "Executive Chef experience",
"the Registered Dietitian (RD) credential", "in the Sous Chef role"."""
_ALONGSIDE = (
    r"(?:(?:work|collaborate|partner|communicate|coordinate|liaise)(?:s|d)?"
    r"|working|collaborating|partnering|communicating|coordinating|liaising)(?:\s+\w+ly)?\s+with"
    r"|in\s+(?:close\s+)?(?:collaboration|coordination|partnership|conjunction|consultation)\s+with"
)
"""The words of working with someone that a title may follow with no article, as a duty is written short: "Works
closely with charge nurse", "in collaboration with Project Manager". Each ends in "with", which no title holds
("Assist" and "Support" may open one: "Tenant Support Program Coordinators")."""
_WORKS_FOR = re.compile(rf"\b(?i:assist(?:s|ing)?|support(?:s|ing)?|{_ALONGSIDE})\s+$")
"""A verb the title of the one the job works for or with follows, with no article, as a duty is written short:
"Assist head chef in menu planning", "Collaborate with head chef on specials", "Works closely with charge nurse"."""
_OWNERS = re.compile(r"['’]s\b")
"""The mark after a title that makes it the one whose thing the text names ("in head chef's absence")."""
_ANSWERS_TO = re.compile(r"\b(?i:report(?:s|ing)?(?:\s+directly)?\s+to|reporting\s+line)\s*:?\s*$")
"""Whom the job answers to, the title with no article: "Reports to: Executive Chef", "reporting directly to
General Manager"."""


def _a_title_in_the_plural(words: str) -> bool:
    """Whether a title's ``words`` are in the plural: its last word ("Executive Chefs"), or the job's word that heads a
    title naming its field after it ("Chefs de Cuisine", "Directors of Nursing", "Engineers in Training")."""
    if _ends_in_a_job_word_in_the_plural(words):
        return True
    split = words.lower().split()
    return any(after in _HEADED_BY and _ends_in_a_job_word_in_the_plural(word) for word, after in pairwise(split))


_HEADED_BY = frozenset({"de", "du", "des", "of", "in", "at", "for"})
"""The words after a job's word that make it the head of a title: "Chef de Cuisine", "Director of Nursing"."""


def _a_job_said_in_words(words: str) -> bool:
    """Whether ``words`` are words, not letters, and end in a job's word ("Registered Dietitian", not "RDN"), no
    body's name (:data:`_A_BODY`)."""
    last = words.rsplit(maxsplit=1)[-1].lower() if words.strip() else ""
    ends = JOB_WORDS.fullmatch(last) is not None or _ends_in_a_job_word_in_the_plural(last)
    return ends and not words.isupper() and _A_BODY.search(words) is None


_NAME_AFTER = re.compile(
    r"[ \t]*:?[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![ \t]*[A-Z])"
)
"""Two words in capitals right after a title, or after its colon, and no more: a person's name ("Executive Chef:
Marco Rossi", "led by Executive Chef Marco Rossi"), or words of a heading ("Sous Chef: Full Time")."""


def _before_a_name(text: str, end: int) -> bool:
    """Whether a person's name follows the title ending at ``end`` (:data:`_NAME_AFTER`): each of its words one
    English rarely uses otherwise, no everyday word (:func:`tailor.lexicon.everyday`): "Rossi", "Jane" and "Smith" are
    names' words, "Full", "Time" and "Operations" are not."""
    found = _NAME_AFTER.match(text, end)
    return found is not None and not any(everyday(word) for word in re.findall(r"[A-Z][a-z]+", found[1]))


def _ends_in_people(words: str) -> bool:
    """Whether ``words`` end in a job's word in the plural, software's too ("Occupational Therapy Assistants")."""
    last = words.rsplit(maxsplit=1)[-1].lower()
    return any(_names_a_person(last.removesuffix(end)) for end in ("s", "es") if last.endswith(end))


# --- a CV's text ----------------------------------------------------------------------------------------------


def only_as_people(
    text: str, analysis: Analysis, lexicon: Lexicon | None = None, letters: Mapping[str, str] | None = None
) -> frozenset[str]:
    """The terms (lower case) a CV's ``text`` (analysed as ``analysis``) names only as other people, no skill or
    credential of its owner's: a job's ``letters`` (:func:`job_letters`) written only in the plural ("Supervised
    six RNs"), and, with ``lexicon``, a skill each of whose mentions names people (:func:`names_people_here`):
    "Led hiring of software engineers" says no software engineering of one's own, "Built tools for data
    engineers" no data engineering, "with the engineering manager and tech lead" no technical leadership. A
    recruiter or a manager names the people they hired, led and worked with; the skill is theirs. Said once as
    one's own work ("Wrote the software engineering guide for new software engineers"), it is said. So too a job's
    word the text says only in the plural (:func:`people_in_the_plural`): "interpreted for triage nurses" says no
    nursing of its owner's, whom the nurses worked beside. Nor does the care a text says its owner received
    (:func:`received_only`: "Was mentored by the head of data" says no mentoring of its owner's)."""
    found = {term for term, said in (letters or {}).items() if said in text and _others_only(text, said)}
    skills = {skill.lower() for skill in analysis.said}
    found |= people_in_the_plural(text) | received_only(text, lexicon, skills)
    if lexicon is not None and skills:
        # "Partnered with Product Management on launches", "Handed escalations to Account Management and Finance": a
        # department named in capitals, as a posting names the groups its job works with (:func:`colleagues`), is
        # others' work; said also as the owner's own ("Led account management for …"), the skill stays theirs.
        teams = colleagues(text, (), skills, lexicon)
        if teams:
            said = Counter(term for _, _, term in locate(text, skills, lexicon))
            found |= {skill for skill, count in teams.items() if count and count >= said[skill]}
    # "under OTR/L supervision" names the one who supervised with no word for people (names_people_here).
    if lexicon is None or not skills or not (_names_anyone(text) or _SUPERVISION_AFTER.search(text)):
        return frozenset(found)
    own: set[str] = set()
    others: set[str] = set()
    # A name read in its trade's sense by the whole document ("OTR" in an OT's CV, NBCOT's registered therapist) is
    # located in this text alone, which may read it in its other sense (a trucker's over-the-road): it is the
    # skill the analysis says the text wrote.
    written = {said.lower(): skill.lower() for skill, said in analysis.said.items()}
    also = {other.lower() for said in written if (other := lexicon.canonical(said)) is not None} - skills
    for start, end, term in locate(text, skills | also, lexicon):
        term = term if term in skills else written.get(text[start:end].lower(), term)
        (others if names_people_here(text, start, end, term) else own).add(term)
    return frozenset(found | (others - own))


def kinds_of_others(text: str, analysis: Analysis, lexicon: Lexicon) -> frozenset[str]:
    """The words (lower case) a CV's ``text`` says only as the kind of the people it names, each before the word for
    them: "Supervise two MSW interns" (students of the degree), "Hired MBA interns". Ranked on such a word,
    the bullet would stand for the degree or licence a posting asks of its hire, which its owner does not show by
    it (:func:`only_as_people` reads it so for the keywords); the pair ("msw intern") still says whom the work was
    for, as a posting that asks its hire to supervise MSW interns says it. A job's own letters ("Supervised six
    RNs") are the people themselves, no kind of them, and stay."""
    # A degree said only before learners ("BSN students", "PhD students") is their programme, whether or not the
    # lexicon names the degree (only a named one is a skill :func:`only_as_people` reads).
    degrees = Counter(
        found[1].lower()
        for found in _A_DEGREES_PEOPLE.finditer(text)
        if _a_degrees_people(text, found.start(1), found.end(1))
    )
    kinds = {
        degree
        for degree, count in degrees.items()
        if degree in analysis.terms and len(re.findall(rf"(?<![\w.]){re.escape(degree)}(?!\w)", text, re.I)) == count
    }
    others = only_as_people(text, analysis, lexicon, job_letters(lexicon))
    if len(others) < 2:
        return frozenset(kinds)
    pairs = (term.split() for term in analysis.terms if term.count(" ") == 1)
    return frozenset(kinds | {first for first, then in pairs if first in others and then in others})


_CARE = r"(?:mentor\w*|coach(?:ed|es|ing)?|tutor\w*|train(?:ed|ing|s)?|supervis\w*|precept\w*)"
"""The words of the care one person gives another's work: mentoring, coaching, tutoring, training, supervision,
a nurse's precepting."""
_CARE_DONE = r"(?:mentored|coached|tutored|trained|supervised|precepted)"
"""Those words as a passive's participle ("was mentored"; "am training three technicians" gives the care)."""
_RECEIVED = re.compile(
    # "was mentored", "got coached", "is being trained"
    rf"\b(?:was|were|been|being|is|are|am|get|gets|got|getting)\s+(?:\w+ly\s+)?(?P<done>{_CARE_DONE})\b"
    # "Mentored by the head of data"
    rf"|\b(?P<by>{_CARE})\s+by\b"
    # "Received mentoring from", "underwent training in", "benefited from coaching"
    rf"|\b(?:receiv\w*|obtain\w*|undergo\w*|underwent|benefit\w*\s+from)\s+(?:[\w-]+\s+){{0,2}}?(?P<got>{_CARE})\b"
    # "under the supervision of"
    rf"|\bunder\s+(?:the\s+)?(?P<under>{_CARE})\s+of\b"
    # "Supervision received from", "training received by": not "Training received 4.8/5 ratings", whose training
    # was the owner's own
    rf"|\b(?P<before>{_CARE})\s+(?:was\s+|were\s+)?received\s+(?:from|by)\b",
    re.IGNORECASE,
)


_CARE_AS_NOUN = r"(?:mentoring|mentorship|coaching|tutoring|training|supervision|precepting)"
"""The care words as a noun of the care: after "and", what was received beside ("and training on …"), not a verb of
the owner's own ("and trained five new hires")."""
_ALSO_RECEIVED = re.compile(rf"\band\s+(?P<also>{_CARE_AS_NOUN})\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.]\s|[;.]$|,\s+(?:then|and|while|but)\b", re.IGNORECASE)


def received_only(text: str, lexicon: Lexicon | None = None, skills: Collection[str] = ()) -> frozenset[str]:
    """The terms of the care a ``text`` says its owner only received, never gave: "Received mentoring from senior
    analysts", "Was coached by the head of sales", "under the supervision of a BCBA", "Supervision received from
    specialist consultants", and the care joined to such a one in its clause ("… and training on case planning").
    Another person mentored, coached
    or supervised; the text shows none of it as its owner's work. Said once as given ("Was mentored by the lead;
    now mentor two juniors"), the care is the owner's too. The terms are the care words' lemmas ("mentor") and,
    with ``lexicon``, those of the text's ``skills`` (lower case) that the care words say ("mentoring")."""
    spans = [m.span(g) for m in _RECEIVED.finditer(text) for g in _RECEIVED.groupindex if m.group(g)]
    if not spans:
        return frozenset()
    # The care joined to a received one in its clause was received with it: "Supervision received from consultants
    # and training on case planning", "Received mentoring and coaching from the director".
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(text)] + [len(text)]
    for _, end in list(spans):
        stop = next(at for at in clause_ends if at >= end)
        spans += [m.span("also") for m in _ALSO_RECEIVED.finditer(text, end, stop)]
    received = Counter(_lemma(text[a:b].lower()) for a, b in spans)
    said = Counter(_lemma(w.lower()) for w in re.findall(rf"\b{_CARE}\b", text, re.IGNORECASE))
    found = {lemma for lemma, count in received.items() if count >= said[lemma]}
    if lexicon is not None and skills:
        given: set[str] = set()
        got: set[str] = set()
        for start, end, term in locate(text, skills, lexicon):
            (got if any(a < end and start < b for a, b in spans) else given).add(term)
        found |= got - given
    return frozenset(found)


def _others_only(text: str, letters: str) -> bool:
    """Whether ``text`` writes ``letters`` ("RN") and only in the plural ("RNs"; "the RN's notes" is one RN)."""
    found = re.findall(rf"\b{re.escape(letters)}(s)?\b", text)
    return bool(found) and all(found)


def people_in_the_plural(text: str) -> frozenset[str]:
    """The lemmas of the people ``text`` names by their job, always in the plural ("engineer" in "hired
    software engineers and data scientists"): two words beside them say no work of one's own ("data
    engineering" of "data scientists and engineers"), though one for people still says work on staff
    ("managed 12 engineers"). A job's word also said otherwise ("data engineering", "an engineer") is no one
    else's.

    >>> sorted(people_in_the_plural("Hired software engineers and data scientists"))
    ['engineer', 'scientist']
    """
    plural: set[str] = set()
    other: set[str] = set()
    for word in _WORD.findall(text.lower()):
        lemma = _lemma(word)
        if (
            word != lemma
            and word.endswith("s")
            and _names_a_person(lemma)
            and names_people(lemma)
            and lemma not in _SOFTWARE_TOO
        ):
            plural.add(lemma)
        else:
            other.add(lemma)
    return frozenset(plural - other)


_SOMEONES_TITLE = re.compile(
    rf"\b(?:the|our|your|their|to:?|by|{_ALONGSIDE})\s+((?:(?-i:[A-Z])[\w/&.-]*,?\s+){{1,4}}(?-i:[A-Z])[a-z]+)\b",
    re.IGNORECASE,
)
"""A title in capitals after "the", "our", "to" or "by", as a posting names whom the job reports to or works with
("under the direction of the Chief Financial Officer", "escalate to the SVP, Bank Compliance Officer", a label's
"Reports to: Store Manager", "as assigned by Store Manager"), or after the words of working with its holder, with
no article as a duty is written short (:data:`_ALONGSIDE`: "Directs production of drawings in collaboration with
Project Manager", "Coordinates with Project Manager on fees")."""


def _partner_lists(text: str) -> list[re.Match[str]]:
    """The lists of bodies the job works with (:data:`_PARTNERS`, :data:`_BODIES`), each as its match."""
    if "with" not in text.lower():
        return []
    return [named for named in _PARTNERS.finditer(text) if _BODIES.search(named.group(1))]


_WITH_PEOPLE = re.compile(
    rf"{_WORKS_WITH}({_PARTNER}(?:,[ \t]+{_PARTNER})*,?[ \t]+(?:and|&)[ \t]+{_PARTNER}){_LIST_ENDS}", re.IGNORECASE
)
"""A list of two or more the job works with ("Partner with physicians, case management and the Director of Nursing
on …"), up to where its clause goes on: the people and groups :func:`_beside_people` reads."""
_LIST_ITEM = re.compile(
    r"(?:(?:the|our|your)[ \t]+)?([^,]+?)[ \t]*(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+|$)", re.IGNORECASE
)
"""One item of such a list, without its article."""


def _doing(item: str) -> bool:
    """Whether a list's ``item`` opens a clause with a verb in -ing ("providing code reviews", "ensuring …")."""
    first = item.split(maxsplit=1)
    return len(first) > 1 and first[0].endswith("ing") and _lemma(first[0].lower()) != first[0].lower()


def _beside_people(text: str) -> list[tuple[int, int]]:
    """The spans of the items of a list the job works with that name no people, where another item does
    (:data:`_WITH_PEOPLE`, :func:`_names_someone`): "Partner with physicians, case management and the Director of
    Nursing" names a department beside the people, no case management the job asks for; "collaborate with
    engineers and data science to …" a team."""
    if "with" not in text:
        return []
    out: list[tuple[int, int]] = []
    for found in _WITH_PEOPLE.finditer(text):
        items = [item.span(1) for item in _LIST_ITEM.finditer(text, *found.span(1)) if item.group(1)]
        # "Collaborate with a distributed team, providing code reviews and …": a clause goes on, no list.
        if any(_doing(text[start:end]) for start, end in items[1:]):
            continue
        people = [_names_someone(text[start:end]) for start, end in items]
        if any(people):
            out += [span for span, someone in zip(items, people, strict=True) if not someone]
    return out


def _names_someone(item: str) -> bool:
    """Whether a list's ``item`` names people: a job's word ("physicians", "social workers", "the Director of
    Nursing") or a word for staff ("nursing staff")."""
    return any(
        _names_a_person(_lemma(word)) or _lemma(word) in _PEOPLE_WORDS
        for word in re.findall(r"[^\W\d_][\w'’-]*", item.lower())
    )


def partners(text: str) -> list[list[str]]:
    """The words of each body of a list the job works with (:data:`_BODIES`): "Coordinates with fire protection
    districts, EMS agencies, law enforcement, hospitals, public health and schools" names ["fire", "protection",
    "districts"], ["EMS", "agencies"], ["law", "enforcement"], ["hospitals"], ["public", "health"], ["schools"].
    Partners, no skill or phrase the job asks a CV to say (:mod:`tailor.keywords`)."""
    return [
        words
        for named in _partner_lists(text)
        for body in re.split(r",|\b(?:and|or)\b", named.group(1))
        if (words := re.findall(r"[^\W\d_][\w&'’-]*", body))
    ]


def someones_titles(text: str) -> list[list[str]]:
    """The words of each title of a person the job works with or for (:data:`_SOMEONES_TITLE`) up to its last job's
    word: "Reporting to the General Manager, the Executive Chef …" names ["General", "Manager"] (a run of capitals
    may go on into the next sentence: "… Officer. The"). Only texts that name a job's word are read for them. What
    such a title says is someone else's job: no keyword (:mod:`tailor.keywords`), and no word a bullet is ranked by
    (:func:`tailor.rank.posting.query_terms`)."""
    # The titles are looked for first: a text without one (most) needs no search for a job's word, which looks for
    # some three hundred words at every word's start (a few ms in a long paragraph without one).
    titles = list(_SOMEONES_TITLE.finditer(text))
    if not titles or not JOB_WORDS.search(text):
        return []
    out = []
    for found in titles:
        words = re.findall(r"[^\W\d_]+", found.group(1))
        last = max((n for n, word in enumerate(words) if JOB_WORDS.fullmatch(word.lower())), default=-1)
        if last > 0:
            out.append(words[: last + 1])
    return out
