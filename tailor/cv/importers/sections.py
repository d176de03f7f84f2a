"""The words a résumé's lines are read by, one vocabulary for every importer: what a section's title says
it holds (:func:`kind_of`), the words that make a line a job title (:data:`TITLE_WORDS`), and the titles of
a part of one role (:func:`is_role_part`); and a :class:`Section` as the parser finds it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tailor.cv.importers.line import Line

TITLE_WORDS = frozenset(
    """engineer developer manager analyst scientist researcher consultant architect programmer intern lead
    director head officer specialist administrator designer assistant associate fellow resident candidate postdoc
    postdoctoral professor lecturer teacher tutor founder co-founder cofounder cto ceo cfo coo vp president
    coordinator technician owner advisor adviser contractor freelancer student trainee apprentice supervisor
    editor writer nurse accountant partner principal staff senior junior sr jr chief member volunteer mentor
    maintainer contributor instructor physician doctor pharmacist therapist clerk operator representative
    strategist economist statistician mathematician physicist chemist biologist guide agent driver cook chef
    barista cashier server attendant aide worker planner buyer inspector auditor librarian pilot paralegal lawyer
    attorney counsel surgeon dentist midwife paramedic carer caregiver coach trainer recruiter producer reporter
    journalist photographer artist musician translator interpreter electrician plumber mechanic machinist welder
    carpenter technologist secretary receptionist housekeeper nanny bartender waiter waitress salesperson
    estimator surveyor investigator educator delegate ambassador negotiator organizer organiser facilitator
    moderator curator archivist archaeologist historian geologist ecologist psychologist sociologist pathologist
    audiologist physiotherapist anthropologist linguist veterinarian optometrist radiographer sonographer phlebotomist
    dietitian nutritionist counselor counsellor clinician hygienist assessor underwriter actuary banker broker trader
    teller stylist baker butcher farmer gardener landscaper janitor custodian caretaker porter courier
    dispatcher scheduler controller treasurer bookkeeper registrar steward conductor captain sergeant
    lieutenant commander soldier firefighter ranger warden lifeguard dean provost superintendent headteacher
    expert advocate campaigner diplomat typist transcriptionist copywriter proofreader columnist
    correspondent presenter animator illustrator draftsman drafter modeller modeler tester examiner fitter
    installer assembler leader executive generalist caseworker responder keyholder merchandiser stocker
    originator processor closer preparer journeyman journeywoman journeyperson
    coder biller abstractor emt emt-basic emt-b emt-intermediate emt-i emt-paramedic emt-p aemt medic
    foreman forewoman foreperson lineman lineworker pipefitter millwright roofer glazier ironworker boilermaker
    deckhand concierge valet bellhop doula optician docent chair chairperson chairman chairwoman co-chair cochair
    trustee handler picker packer loader unloader selector
    rn lpn lvn cvt rvt lvt rdh crna rrt aprn np cnp cnm cns fnp tech rep""".split()  # noqa: SIM905
)
"""Words that make a line a job title ("Senior Nurse", "Account Executive"): what a role's line holds and a
section's title does not ("Education Manager" is a role, though it opens with "Education"). A licensed clinician's
credential is the title they are hired as ("Travel RN", "PRN LVT", "Relief CVT", an advanced practice nurse's
roles as the APRN consensus model names them, "Locum FNP"), as EMT is; a tech is a
technician, as the trades and the clinics shorten it ("HVAC Tech II", "Pharmacy Tech"), and a rep a representative,
as sales and service shorten it ("Sales Rep", "Customer Service Rep")."""

KINDS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career",
        "career history",
        "professional background",
        "positions",
        "relevant experience",
        "work",
        "current work",
        "past work",
        "previous work",
        "professional history",
        "previous positions",
        "internships",
        "internship experience",
    ),
    # A mobile developer's apps in the stores are the projects of the field: "Published Apps", "Selected Apps"; an
    # event planner's events are theirs ("Selected Events", "Event Portfolio"), though not "Events" alone, which
    # may list those attended.
    "projects": (
        *("projects", "selected projects", "personal projects", "side projects", "open source"),
        *("apps", "published apps", "mobile apps"),
        *("selected events", "signature events", "notable events", "key events", "events managed"),
        *("event portfolio", "events portfolio"),
    ),
    # Leadership beside volunteering ("Leadership & Volunteer"): the offices held in the groups one volunteers in.
    "volunteer": (
        *("volunteering", "volunteer", "volunteer experience", "volunteer work"),
        *("leadership and volunteer", "leadership and volunteering", "leadership and volunteer experience"),
    ),
    # Roles held beside one's work, each a title at an organisation with its years, as a résumé sets them apart.
    "service": (
        "additional roles",
        "additional positions",
        "board service",
        "board memberships",
        "board positions",
        "board experience",
        "community involvement",
        "community service",
        "community engagement",
        "leadership experience",
        "leadership and activities",
        "leadership and service",
        "extracurricular activities",
        "campus involvement",
        # An academic CV's committees: a member or chair of one, with its years. Not "University Service", which
        # lists committees and task forces as often without a title and an organisation as with them.
        "committees",
        "committee service",
        "committee memberships",
        "committee work",
        "hospital committees",
        # An academic CV's service to its field: peer review, a society's offices, editorial boards. An office with
        # its organisation and years is a role; items that name none are kept as the bullets of one role the
        # heading names, which the owner is asked to check, not left out as lines with no place.
        "professional service",
        # An academic CV's teaching and what goes with it: each a title held at a school (a lecturer, a teaching
        # assistant) with its years and a line on the course. "Teaching" alone is left to its entries, as a title's
        # first word it opens others ("Teaching Experience" is experience, "Teaching Tools" skills).
        "teaching and mentoring",
        "teaching and mentorship",
        "teaching and supervision",
        "teaching and outreach",
    ),
    # A physician's or a scientist's training after the degree (residency, fellowship, postdoc): roles held at
    # an institution with their years, which an academic CV sets apart from its appointments, and often first.
    "training": (
        "postgraduate training",
        "postgraduate medical training",
        "postdoctoral training",
        "graduate medical education",
        "residency",
        "residency training",
        "residency and fellowship",
        "residency and fellowship training",
        "fellowship training",
        "clinical training",
    ),
    "education": (
        "education",
        "academic background",
        "educational background",
        "qualifications",
        "academic qualifications",
        "education and training",
        "studies",
        "professional qualifications",
        "education and qualifications",
        "qualifications and certifications",
    ),
    "publications": (
        "publications",
        "selected publications",
        "papers",
        "research papers",
        "publications and talks",
        "preprints",
        "working papers",
    ),
    "skills": (
        "skills",
        "technical skills",
        "key skills",
        "core skills",
        "competencies",
        "core competencies",
        "technologies",
        "tools",
        "systems",
        "systems and software",
        "software and systems",
        # The programs a scientist, an engineer or a designer works in, as a sidebar lists them apart from skills.
        "software",
        "software proficiency",
        "software proficiencies",
        "computer software",
        "technical proficiencies",
        "tech stack",
        "expertise",
        "skills and tools",
        "key strengths",
        "core strengths",
        "strengths",
        "areas of expertise",
        "key competencies",
        "skills summary",
        "top skills",
        # A researcher's or a scientist's skills are the methods and techniques they use.
        "methods",
        "research methods",
        "techniques",
        "laboratory techniques",
        "lab techniques",
        # A mechanic's or a pilot's aircraft, and an operator's machines: the types worked on, a list of names
        # ("Boeing 737-700/800, Embraer E175, King Air 350"), no role, though the title ends in "experience".
        "aircraft experience",
        "aircraft type experience",
        "aircraft types",
        "aircraft flown",
        "aircraft worked on",
        "equipment operated",
        # A service technician's equipment, by kind or by make ("Rooftop units; chillers; boilers", "Carrier, Trane").
        "equipment serviced",
        "equipment experience",
        "equipment",
        "systems serviced",
        "tools and equipment",
        "equipment and tools",
        # A field or laboratory scientist's instruments ("PID, XRF, Geoprobe direct-push", "HPLC, GC-MS").
        "field equipment",
        "field instrumentation",
        "laboratory equipment",
        "lab equipment",
        "laboratory instrumentation",
        "instrumentation",
        # A welder's processes (SMAW, GMAW, FCAW, GTAW): what they weld with, as another trade lists its skills.
        "welding processes",
        "processes",
    ),
    # Talks and posters, and clips: a title, where and when, read as publications are and printed under their own
    # heading.
    "presentations": (
        "presentations",
        "talks",
        "invited talks",
        "selected talks",
        "conference presentations",
        "selected presentations",
        "presentations and posters",
        "posters",
        "conference talks",
        "talks and presentations",
        "invited presentations",
        # A marketer's, a consultant's or a developer advocate's talks, and the articles kept beside them.
        "speaking",
        "speaking engagements",
        "public speaking",
        "speaking and writing",
        "writing and speaking",
        "talks and writing",
        "conference speaking",
        # A journalist's or a writer's clips: each a headline, its outlet and date, cited as an article is.
        "clips",
        "selected clips",
        "published work",
        "selected published work",
        "bylines",
        "selected bylines",
        "selected articles",
        "published articles",
        "writing samples",
        # A copywriter's or a content writer's portfolio: each piece, where it ran, when, and a link to it.
        "portfolio",
        "writing portfolio",
        "selected portfolio",
        "portfolio highlights",
        "selected work",
        "selected writing",
        # An engineer's or an inventor's patents, each its number, its title quoted and the year it issued, as
        # publications are cited (:data:`~tailor.cv.importers.publications._PATENT`).
        "patents",
        "issued patents",
    ),
    "languages": ("languages", "language skills", "spoken languages", "natural languages", "foreign languages"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "summary": (
        "summary",
        "profile",
        "professional summary",
        "about",
        "about me",
        "objective",
        "career objective",
        "career summary",
        "career profile",
        "personal statement",
        "personal profile",
        "professional profile",
        "executive summary",
        "summary of qualifications",
        # The same summary, its words turned round as many North American résumés head it; "Qualifications" alone
        # heads degrees and credentials, so without these the summary was read as a degree with no name.
        "qualifications summary",
        "qualification summary",
        "professional qualifications summary",
        "highlights of qualifications",
        "qualifications profile",
    ),
    "certificates": (
        "certifications",
        "certificates",
        "licenses and certifications",
        "licences",
        "certification",
        "licences and certifications",
        "certifications and licenses",
        "training and certifications",
        "certifications and training",
        "courses and certifications",
        "courses",
        "training",
        "trainings",
        "professional development",
        "continuing education",
        # A lawyer's licence to practise is an admission to a bar, or to a court's; what keeps it is CLE.
        "bar admissions",
        "bar admission",
        "admissions",
        "bar and court admissions",
        "court admissions",
        "continuing legal education",
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "awards and honors",
        "awards and honours",
        "achievements",
        "grants",
        "scholarships",
        "fellowships",
        "prizes",
        "distinctions",
    ),
    "contact": (
        "contact",
        "contacts",
        "contact details",
        "contact information",
        "contact info",
        "get in touch",
        "personal details",
        "personal information",
        "personal info",
        "personal data",
    ),
    "other": (
        "career highlights",
        "highlights",
        "key achievements",
        "selected achievements",
        "references",
        # The societies one belongs to (Europass's "Memberships" among its additional information): no field holds
        # them, and under a list of awards, untitled as a section, each had been an award.
        "memberships",
        "professional memberships",
        "affiliations",
        "professional affiliations",
        "memberships and affiliations",
        "professional associations",
        # A job board's résumé (Indeed's) ends with these: its own skill tests, which it says are no credential, and
        # what its owner adds in a box of free text. No field holds either, and in a text copy, titled in no
        # capitals, each ran on into the certifications above it, every line a certificate.
        "assessments",
        "additional information",
        # USAJOBS's résumé opens with the work it is open to (job type, schedule, desired locations), which no field
        # holds: under the name, its title is no headline.
        "availability",
        "desired locations",
        # A pilot's hours by kind (total, PIC, SIC, multi-engine, turbine, night): no field of a CV holds them, and
        # under the name they are no headline.
        "flight time",
        "flight times",
        "flight hours",
        "total flight time",
        "flight time summary",
        "pilot flight time",
        "flight time and ratings",
    ),
}
"""A kind of section → the titles that name it, in lower case, without punctuation."""

ROLE_PARTS = frozenset((
    "achievements", "key achievements", "main achievements", "selected achievements", "accomplishments",
    "key accomplishments", "responsibilities", "key responsibilities", "main responsibilities", "duties",
    "main duties", "key duties", "duties and responsibilities", "responsibilities and duties",
    "responsibilities and achievements", "key contributions", "tasks", "main tasks", "highlights",
    "previous roles", "earlier roles", "other roles", "earlier experience", "earlier career", "prior experience",
    "previous experience", "duties accomplishments and related skills", "duties and accomplishments",
))  # fmt: skip
"""Titles that head a part of the experience inside it, in lower case, without punctuation: a part of one
role ("Achievements" under a role's bullets of its duties; USAJOBS's "Duties, Accomplishments and Related Skills:"
over every role's text), or the roles before those told in full
("Previous Roles" over a line naming them)."""
_LEAD_IN = re.compile(r"\s+(?:include|included|includes|including)$")

_TITLES = {title: kind for kind, titles in KINDS.items() for title in titles}
ROLE_KINDS = ("experience", "projects", "volunteer", "service", "training")
"""The kinds of section that hold roles; each but experience prints under its own title (``Experience.section``)."""
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"})
_CREDENTIAL_WORDS = frozenset(
    """licensure license licenses licence licences certification certifications certificate certificates
    cert certs credentials designations registrations endorsements and professional board specialty""".split()  # noqa: SIM905
)
"""The words a section of licences and certificates is titled with, in whichever order a field writes them
(nurses and teachers write "Licensure" first; "certs" as a résumé typed in haste shortens them, "Licenses &
Certs"; finance names its CFP and CFA "designations" and its FINRA exams "registrations"; not the singular, which
an Indian résumé's "Designation" labels a job title with); a physician's "Board Certification" names a
specialty board's certificates; a driver's "Licenses & Endorsements" the CDL and its endorsements (a teacher's
licence has them too)."""
_FIELD_CREDENTIALS = frozenset(
    "certifications certificates licenses licences licensure certs credentials".split()  # noqa: SIM905
)
"""The last word of a title that names a field's credentials ("Welding Certifications", "Nursing Licenses")."""
_CREDENTIAL_QUALIFIERS = frozenset({"and", "professional", "board", "specialty", "endorsements"})
"""Words of such a title that name no credential by themselves ("Board" alone heads no list of them, and
"Endorsements" alone may be a profile's endorsements of skills or people's words of praise)."""
_ROLE_LINE = re.compile(r",|\s[—–|@]\s|\s-\s|\sat\s")
"""What sets a role's title apart from its employer on one line; a section's title has none of them."""
_NOT_WORD = re.compile(r"[^\w&]+")


_CHOSEN_FROM = frozenset({"experience", "projects", "publications", "awards"})
"""The kinds of section a résumé may head as a choice of its entries ("Selected Grants", "Selected Projects")."""


def normal(title: str) -> str:
    """A title as :data:`KINDS` writes it: lower case, words only (emoji, colons and links gone), "&" as "and"."""
    title = re.sub(r"\[([^\]]*)\]\([^)]*\)", "", title)  # a Markdown link beside the title: its text is not the title
    words = _NOT_WORD.sub(" ", title.lower().replace("_", " ")).split()
    return " ".join("and" if w == "&" else w for w in words)


_ALONE_ONLY = frozenset(
    {"systems", "tools", "technologies", "software", "expertise", "methods", "techniques", "instrumentation"}
)
"""Titles that are everyday words, which a sentence's line may start with: the start of a longer line only where
it is set as a title (a heading, capitals), ends as a label does ("Technologies used:") or goes on with other
titles' words ("Tools and Technologies"); never "systems with multivalued variables", a wrapped sentence's line."""


_TOOL_WORDS = frozenset({"tools", "software", "technologies"})
"""The last word of a title that names a field's tools ("HRIS & Tools", "Platforms and Software")."""


_YEAR_AFTER_WORDS = re.compile(r"[^\W\d_]\W*\s+\(?(?:19|20)\d{2}\)?\W*$")
"""A year that closes a line of words ("Honors thesis on soil 2013"): a dated detail's or entry's, never a title's."""


_JOINING = frozenset("as in at for with of a an the".split())  # noqa: SIM905
"""Words that open what follows a section's title in a heading ("Experience as a Nurse", "Projects for the City"),
never the words of a job's title after its first. Not "and": a job names the fields it joins before its word
("Grants & Development Associate", "Training and Development Specialist"), and a heading that joins two sections'
titles ends in one ("Community Service and Volunteer", "Honors and Awards"), which no job ends in."""


def _a_job_after(rest: list[str]) -> bool:
    """Whether the words after a section's title word name a job with it: they end in a job's word that is no
    section's title ("Volunteer Instructional Designer", "Training and Development Specialist"), and open with no
    word that joins a heading's parts ("Experience as a Nurse")."""
    return bool(rest) and rest[0] not in _JOINING and rest[-1] in TITLE_WORDS and rest[-1] not in _TITLES


def _titled(title: str, split: list[str]) -> bool:
    return title.rstrip().endswith(":") or set(split[1:]) <= SECTION_WORDS


def section_heading(title: str, kind: str | None) -> str | None:
    """The heading roles of a section titled ``title`` print under (``Experience.section``): None for experience,
    else the title as written, without what sets it off ("📁 ", a closing colon), and in capitals or snake case
    ("VOLUNTEER EXPERIENCE", "volunteer_work") with its words capitalised as a heading writes them."""
    if kind in (None, "experience"):
        return None
    text = re.sub(r"^[^\w(]+|[^\w)]+$", "", title.replace("_", " ") if " " not in title.strip() else title)
    text = re.sub(_LEAD_IN.pattern, "", text, flags=re.IGNORECASE)  # "Projects include:"
    if text.isupper() or text.islower():
        words = text.lower().split()
        text = " ".join(w if n and w in _SMALL_WORDS else w[:1].upper() + w[1:] for n, w in enumerate(words))
    return text or None


def a_title_word_for_word(title: str) -> bool:
    """Whether ``title`` is a section's title as résumés write it ("📖 Education", "Work Experience"), not one
    only its words suggest ("Professional Certificate", of the words that title credentials)."""
    return normal(title) in _TITLES


def names_credentials(title: str) -> bool:
    """Whether a section's ``title`` names licences or certificates among what it lists ("Education &
    Credentials", "Education and Licensure")."""
    # not "Skills & Endorsements", a profile's skills endorsed by others
    return bool(set(normal(title).split()) & (_CREDENTIAL_WORDS - {"and", "professional", "endorsements"}))


def kind_of(title: str, *, set_as_title: bool = False) -> str | None:
    """The kind of section ``title`` names (``"📁 Work Experience"`` → ``experience``), or None; some titles
    name one only ``set_as_title`` (in capitals, or as a heading)."""
    words = normal(title)
    if words in _TITLES:
        return _TITLES[words]
    if words == "publication":  # one paper's section; alone only, as "Publication Record" heads no list of them
        return "publications"
    # "Grants, Scholarships and Awards": a list of titles, each a known one; the first says the kind.
    listed = [normal(part) for part in re.split(r",|&|\band\b", title, flags=re.IGNORECASE) if normal(part)]
    if "," in title and all(part in _TITLES for part in listed):
        return _TITLES[listed[0]]
    # "Selected Publications (full list on …)", "Skills & Tools we used": the title starts with a known one,
    # unless what follows makes it a job ("Education Manager, Wineries Association", "Training Coordinator").
    split = words.split()
    if split and set(split) <= _CREDENTIAL_WORDS and set(split) - _CREDENTIAL_QUALIFIERS:
        # "Licensure & Certifications", "Licenses, Certifications and Credentials": however a field orders them.
        return "certificates"
    # "Selected Grants", "Select Honors": a known title, a choice of its entries; not "Selected Courses", a
    # degree's coursework (with its grades), which a "Courses" section of certificates is not.
    chosen = _TITLES.get(" ".join(split[1:])) if split[:1] in (["selected"], ["select"]) else None
    if chosen in _CHOSEN_FROM:
        return chosen
    for size in range(min(len(split), 4), 0, -1):
        found = _TITLES.get(" ".join(split[:size]))
        if found and size == 1 and split[0] in _ALONE_ONLY and not (set_as_title or _titled(title, split)):
            break  # "systems with multivalued variables", a wrapped sentence's line; "Tools and Technologies" is one
        if found and size < len(split) and not set_as_title and _YEAR_AFTER_WORDS.search(title):
            break  # "Honors thesis on soil 2013" under a degree: a detail that opens with a title's word, and its year
        if found and not TITLE_WORDS & set(split[size : size + 1]) and not _ROLE_LINE.search(title):
            if _a_job_after(split[size:]):
                break  # "Volunteer Instructional Designer", "Portfolio Risk Manager": a job named by what it does
            return found
    # "Clinical Experience", "Teaching Experience", "Academic Appointments": a field's own word for its work.
    last = words.split()[-1:]
    if _ROLE_LINE.search(title):
        return None  # "Freelance Writer, Multiple Publications": a role's line
    experience = (["experience"], ["experiences"], ["employment"], ["appointments"], ["appointment"], ["position"])
    if last in experience and len(words.split()) <= 4:
        return "experience"
    # "RESEARCH SKILLS", "## Laboratory skills": a field's skills, where set as a title is (in capitals, or
    # a heading: "# Computer Skills" in bold under "Skills" heads a group of them, and "Top Skills:" may
    # open a paragraph).
    if last == ["skills"] and len(split) <= 3 and not TITLE_WORDS & set(split) and set_as_title:
        return "skills"
    # "WELDING CERTIFICATIONS", "## Nursing Licenses": a field's credentials, where set as a title, as its skills are.
    if last and last[0] in _FIELD_CREDENTIALS and len(split) <= 3 and not TITLE_WORDS & set(split) and set_as_title:
        return "certificates"
    # "HRIS & TOOLS", "## Software and Tools": a field's tools beside another kind of them, where set as a title
    # (a sidebar's group under "Core Skills"); not one name ending in a tools word, as employers' may ("MATCO
    # TOOLS", "NORTHWIND TECHNOLOGIES").
    tools = last and last[0] in _TOOL_WORDS and split[-2:-1] == ["and"] and len(split) == 3
    if tools and not TITLE_WORDS & set(split) and set_as_title:
        return "skills"
    # "Professional Projects", "Academic Projects", "Key Projects": a kind of projects, as a field qualifies
    # them; not "Projects Manager" (the word last, and no job's), nor a sentence's end.
    if last == ["projects"] and len(split) <= 3 and not TITLE_WORDS & set(split):
        return "projects"
    # "Collaborative Publications", "Submitted Articles", "Peer-reviewed Papers"; not "Editor Publications".
    published = (["publications"], ["articles"], ["papers"])
    if last in published and len(words.split()) <= 4 and not TITLE_WORDS & set(split):
        return "publications"
    return None


_OTHER_TITLE_WORDS = frozenset(
    """talks talk presentations presentation conference conferences invited lectures seminars workshops posters
    teaching courses taught service services references referees memberships membership affiliations activities
    leadership outreach research grants fellowships funding honors honours academic professional university
    community departmental institutional editorial peer review reviewing supervision mentoring students media
    press exhibitions performances patents software selected other additional extracurricular and of in""".split()  # noqa: SIM905
)
SECTION_WORDS = frozenset(word for title in _TITLES for word in title.split()) | _OTHER_TITLE_WORDS
"""The words sections' titles are made of, whether tailor has a field for what they hold or not ("Conference
Presentations and Invited Talks", "Teaching", "Service"): a longer line of capitals made of them only is a
title, not a sentence."""


_LETTER_SPACED = re.compile(r"[^\W\d_](?:[ \t]+[^\W\d_&]|[ \t]+&){3,}")
"""Four or more letters each standing alone, as a title set with its letters spaced out is read ("S U M M A R
Y", "E X P E R I E N C E"): no word of prose is one letter so many times in a row."""


def closed_up(text: str) -> str | None:
    """A title set with its letters spaced out, as its words ("S K I L L S" → "SKILLS", "W O R K   H I S T O R Y"
    → "WORK HISTORY"); None for any other text. Where the gaps between words are no wider than those between
    letters, the words are found among the words titles are made of ("A W A R D S A N D H O N O R S" → "AWARDS
    AND HONORS"), or the letters make one word.

    >>> closed_up("E X P E R I E N C E"), closed_up("O P E N S O U R C E"), closed_up("I am a nurse")
    ('EXPERIENCE', 'OPEN SOURCE', None)
    """
    text = text.strip()
    if not _LETTER_SPACED.fullmatch(text):
        return _kerned_closed_up(text)
    words = ["".join(group.split()) for group in re.split(r"[ \t]{2,}", text)]
    if len(words) == 1:
        words = _section_words(words[0]) or words
    return " ".join(words)


_KERNED = re.compile(r"[A-Z]{1,3}(?:[ \t]+(?:[A-Z]{1,3}|&))+")
"""Capitals in groups of one to three, as a PDF's extractor reads tracked capitals whose font kerns some pairs
closer ("C O N TA C T", "C E RT I F I C AT I O N S", "AWA R D S")."""


def _kerned_closed_up(text: str) -> str | None:
    """``text`` as the words of a title, where it is tracked capitals some of whose letters the extractor read
    together (:data:`_KERNED`): most groups a letter alone, at least four groups, and the letters make words
    titles are made of (:data:`SECTION_WORDS`), since a line of short words in capitals ("A TO Z OF IT") can
    look the same. None otherwise."""
    if not _KERNED.fullmatch(text):
        return None
    groups = text.split()
    if len(groups) < 4 or 2 * sum(len(group) == 1 for group in groups) <= len(groups):
        return None
    words: list[str] = []
    for apart in re.split(r"[ \t]{2,}", text):
        found = _section_words("".join(apart.split()))
        if found is None:
            return None
        words += found
    return " ".join(words)


def _section_words(joined: str) -> list[str] | None:
    """``joined`` cut into words titles are made of (:data:`SECTION_WORDS`), the fewest of them; None where
    it cannot be."""
    best: list[list[str] | None] = [[]] + [None] * len(joined)
    for end in range(1, len(joined) + 1):
        for start in range(end):
            word = joined[start:end]
            if best[start] is not None and word.lower() in SECTION_WORDS | {"&"}:
                found = [*best[start], word]  # type: ignore[misc]
                if best[end] is None or len(found) < len(best[end]):  # type: ignore[arg-type]
                    best[end] = found
    return best[-1]


def titled_in_words(title: str) -> bool:
    """Whether every word of ``title`` is a word sections' titles are made of (:data:`SECTION_WORDS`)."""
    words = normal(title).split()
    return bool(words) and all(word in SECTION_WORDS for word in words)


def is_role_part(title: str) -> bool:
    """Whether ``title`` heads a part of a role: "Achievements", "Key responsibilities:", and lead-ins
    such as "Duties and responsibilities included:"."""
    return _LEAD_IN.sub("", normal(title)) in ROLE_PARTS


@dataclass
class Section:
    """A part of a résumé: the kind its title names (None where it names none), its title line, its lines."""

    kind: str | None
    title: Line | None
    lines: list[Line] = field(default_factory=list)
