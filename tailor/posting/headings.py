"""Section headings: how a posting's headings are found, whatever their style, and what each one announces.

A heading is a Markdown ``#`` line, a line that is entirely bold, a short line
ending in ``:``, an ALL-CAPS line, or a bare phrase that reads like a heading we
know ("What you'll do", "Bonus points"). :func:`classify_heading` says which kind
of section it opens. :mod:`tailor.posting.structure` splits a posting at these
headings; :mod:`tailor.posting.find_details` reads titles and company names around them.
Pure text processing.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from tailor.posting.plausible import JOB_ACRONYM, JOB_WORDS, LEGAL_SUFFIX, LEVEL_TITLE


class SectionKind(StrEnum):
    ROLE = "role"
    """The job title and the description of the role."""
    COMPANY = "company"
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    BENEFITS = "benefits"
    CONDITIONS = "conditions"
    """The conditions the work is done under: its physical demands, its environment, hours, schedule and travel; and
    what the employer says it will not count ("site coordinator experience alone does not qualify"). Asked of no
    skill, and no benefit either."""
    APPLY = "apply"
    LEGAL = "legal"
    OTHER = "other"
    """A heading we could not classify."""


# --- classifying headings --------------------------------------------------------------

ELIGIBILITY = re.compile(
    r"conditions? of employment|employment conditions|selective service"
    r"|^(?:employment (?:requirements|eligibility)|requirements of employment)$"
)
"""A heading over what a public employer asks of whoever it hires (USAJOBS's "Conditions of Employment": U.S.
citizenship, a draft registration, a background investigation, probation, a certification to gain): conditions the
hire must meet, no skill a résumé shows, and no notice of the law either; the credentials among them are asked
(:func:`tailor.posting.structure.parse` reads them as requirements)."""

# Checked in order; the first match wins, so the specific comes before the general
# ("preferred qualifications" is preferred, not requirements; "about the role" is the
# role, "about you" the requirements, and any other "about …" the company).
_HEADING_RULES: tuple[tuple[SectionKind, str], ...] = (
    # A public employer's posting (NEOGOV's, governmentjobs.com's) opens "Lane County invites applications for the
    # position of:" over the job's title: it announces the job, not how to apply, whatever "applications" says.
    (SectionKind.ROLE, r"\binvites? applications? for\b|\b(?:is|are|now) accepting applications for\b"),
    (SectionKind.CONDITIONS, ELIGIBILITY.pattern),
    (
        SectionKind.LEGAL,
        r"equal (employment )?opportunit|\beeoc?\b|divers|inclusi|accommodation|privacy|disclaimer"
        r"|affirmative action|e-verify|notice|recruitment fraud|disclos|background check|pre-employment"
        # "Legal" heads a notice ("Legal", "Legal Disclaimer"), but "Legal Department", "the Legal Team" or "Legal &
        # Compliance" is the team the job is in, whose words are the job's ("Acme Health — Legal Department").
        r"|legal(?! (?:department|dept\b|team|division|group|function|operations|ops\b|affairs|services"
        r"|(?:&|and) compliance))"
        # The employer's word on who is welcome ("Our DEI+ Commitment", "You belong here.", "Everyone is welcome at …").
        r"|\bdei(?:b|\+)?(?!\w)|\byou belong\b|\beveryone is welcome\b"
        r"|export (?:control|compliance|regulation|administration)|\bitar\b"  # who may see controlled technology
        # Who may apply at all ("This job is open to", "Who may apply"), as a public employer sets it apart.
        r"|^(?:this (?:job|position|vacancy) is )?open to$|^who (?:may|can) apply$"
        # Who the law prefers among those who qualify (a veteran's points, a DD-214 to attach): no skill asked.
        r"|^veterans?'?s?'? preference$"
        # Who may work in the country ("Visa Requirements", "Work Authorization", "Right to Work", "Sponsorship"):
        # eligibility, never a skill, though it says "requirements". Not "Visa" alone: "About Visa" is an employer.
        r"|^(?:visa|immigration) (?:requirements?|status|sponsorship|information|eligibility|policy)$"
        r"|^(?:work (?:authori[sz]ation|eligibility|permit)|right to work|(?:visa )?sponsorship)"
        r"(?: (?:requirements?|status|information|eligibility|policy))?$",
    ),
    (
        SectionKind.APPLY,
        # Who should apply ("You should apply if", "Apply if you have") is who fits: the requirements, below.
        # Not the software trade's applications ("Application Support & Maintenance"), nor how to do well in the job.
        r"\bapply\b(?! if\b)|applying"
        r"|application(?!s? (?:support|development|security|architecture|maintenance|performance|design|integration"
        r"|monitoring|programming|servers?|layer|stack|lifecycle)\b)"
        r"|how to(?! be successful| succeed| thrive| excel)|next steps|interview|hiring process|recruitment process"
        # Whom the job deals with ("Primary Contact with the Market Place", "Contact with Clients") is its duties;
        # "Get in contact with us" still says how to apply.
        r"|contact(?! with (?!us\b))|submit"
        r"|^meet the hiring team$"  # LinkedIn's card of the job's poster: whom to write to
        # A public employer's "Supplemental Questions" ask again, as yes or no, what the posting asks: a form.
        r"|selection process|\bquestions\b|questionnaire"
        # A university's careers site (PeopleAdmin): "Special Instructions to Applicants", "Quick Link for Direct
        # Access to Posting".
        r"|\binstructions\b|\bquick link\b"
        r"|(?:must|should|please) (?:also )?include"  # "You must include:" a cover letter, a résumé, references
        # How applicants are rated and what they send, as USAJOBS and other public employers set them out: the
        # process of applying, not what the job asks ("How You Will Be Evaluated", "Required Documents").
        r"|\b(?:be|are|is) (?:evaluated|assessed|rated|ranked|scored)\b"
        r"|(?:required|supporting|supplemental) documents?|documents? (?:required|needed|to submit)"
        # When applications close ("Deadline : 10 October 2021", "Closing date", "Submission deadline"): the
        # process of applying, and the lines under it say how.
        r"|^(?:application |submission )?deadline\b|^closing date\b",
    ),
    (
        SectionKind.PREFERRED,
        # "Bonus points" ("Extra brownie points if you"), "Bonus:", "… (bonus)", "it's a bonus if": nice to have; an
        # "Annual bonus" is pay, and "Bonusly" a perk.
        r"nice|^bonus\b(?! (?:and|&|plans?|programs?|schemes?|structure|potential|eligibility)\b)"
        r"|(?:bonus|extra|brownie) points|\ba bonus\b|\(bonus\)|preferred|\bplus\b|desir|extra credit"
        r"|ideally|good to have|great if|would be (great|a plus)|stand out"
        # "Optional" over what the requirements leave to the candidate ("Optional skills"); a perk one may opt into
        # ("Optional dental") is the benefits'.
        r"|^optional(?: (?:skills?|qualifications?|requirements?|experience|knowledge|extras?))?$"
        # What would make a candidate better still than the requirements before it ("Even better if you have:",
        # "It's even better if you've shipped"): nice to have, though it says "you have".
        r"|^(?:it(?:'s| is| would be) )?even better\b|\beven better if\b|\bbetter still\b"
        # The tools a team works with ("Main Tools", "Our Tech Stack", "Tools we use"): what a candidate who knows
        # them has the better of, at most; its keywords are a posting's to show, at what other text weighs.
        r"|^(?:our |the |main |core |key )*(?:tech(?:nology|nical)? )?stack\b|technologies from our stack"
        r"|^(?:our |the |main |core |key )*(?:tools|technologies)(?: (?:&|and) (?:tools|technologies))?"
        r"(?: we use)?$",
    ),
    (
        SectionKind.BENEFITS,
        r"benefit|perks?\b|we offer|what('s| is) in it|compensation|salary|\bpay\b|rewards?\b"
        # A perk named by what the employer pays toward ("Continuing Education Allowance", "Education Assistance",
        # "Employee Discount"), as an item of a list of perks copied without its marks: never the education asked.
        r"|\b(?:allowances?|reimbursements?|stipends?|discounts?)$"
        r"|\b(?:education(?:al)?|tuition|relocation|child ?care|commuter|adoption) assistance$"
        # "Why join us", and as the reader's reasons: "Why you should join Acme?", "Why you'll want to work here".
        r"|why (?:you(?:'ll|’ll|'d|’d)? )?(?:(?:should|would|might|will|must) )?(?:(?:want|love) to )?(?:join|work)\b"
        r"|why you(?:'ll|’ll)? (?:like|love|enjoy) working\b"
        # What the reader gets ("What you'll get", "Here you'll get"), not what the reader gets to do (the work, below).
        # An offer said to fit whoever has what follows ("This offer will be a perfect match for you if you have:")
        # asks it: the requirements, below. What working there is like ("Working at Acme", "Working here", "Life
        # working here") is its culture and perks, though its list says "You will …" as duties do.
        r"|(?:what|here) you('ll| will) get\b(?! to\b)|offers?\b(?!.*\bif you\b)|package|life at|working at"
        r"|working here\b"
        r"|why you(?:'ll| will) love\b(?! (?:this|the) (?:role|job|position))"
        # What the employer gives the reader to enjoy ("Some things you'll enjoy", "What you'll enjoy"): its perks.
        r"|^(?:some |the )?(?:things|what) you('ll| will) enjoy\b(?! doing)"
        # The reader's reasons and what the employer gives ("A few reasons to work with us", "How Acme will support
        # you", "What does this mean for you?", "Our value to you", "What you can expect from Acme", "Acmers enjoy").
        r"|\breasons to (?:join|work)\b|\bwill support you\b|\bwhat (?:does )?(?:this|it) means? for you\b"
        r"|\bvalue to you\b|\bwhat you can expect from\b|\bwhat we have for you\b|^\w+ enjoy$"
        # What to expect of the workplace, not of the role ("What to expect working here", "What you can expect as a
        # team member"): what the employer gives, as "Life at Acme" is. Not "What to expect from us", over the steps
        # of its interviews as often as over its perks.
        r"|^what (?:to|you can|you'll|you will) expect (?:(?:when )?work(?:ing)? (?:at|@|for|here|with us)\b"
        r"|as an? (?:employee|team member|member of (?:our|the) team)\b)"
        # The employer's care for its people as a heading over its perks ("We care about you", "How we take care of
        # you", "Taking care of our team", "We've got you covered"): not the "about you" that heads requirements.
        r"|\bwe care (?:about|for) (?:you|our)\b|\b(?:take|taking|takes) care of (?:you|our)\b"
        r"|\bhow we (?:care for|look after|support) (?:you|our)\b|\bgot you covered\b"
        r"|paid leave|holidays|vacation|\btime off\b|\bpto\b|well-?being|\bbonus(?:es)?\b"
        # Insurance as a perk ("Insurance", "Medical, Dental & Vision Insurance", "Insurance & Retirement"): the
        # cover the employer gives. Not every heading with the word: an insurer's own headings name its trade
        # ("Reinsurance Group of America", "Insurance Knowledge", "Life Insurance Valuation") and head its
        # blurb, duties or requirements.
        r"|^(?:(?:health|medical|dental|vision|life|disability|accident|pet|group|employee|supplemental"
        r"|short-term|long-term)(?:\s*(?:,|&|and|/)\s*|\s+))*insurances?(?: coverage| plans?| benefits?)?"
        r"(?:\s*(?:,|&|and|/)\s*(?:retirement|401\(?k\)?|pension|savings|benefits|wellness)(?: plans?)?)?$"
        r"|^logistics$|^job type$"  # Indeed's "Job details": pay, type, shifts
        # A US job's class under the wage and hour law ("FLSA Status: Exempt"): a term of its pay, not the law's
        # knowledge asked of a payroll clerk.
        r"|^flsa(?: status| classification| designation)?$",
    ),
    (
        SectionKind.CONDITIONS,
        # The conditions the work is done under, which say nothing of the candidate: when, where, how much it
        # travels, what it asks of the body.
        r"working (conditions|hours)|work hours|hours of work|office location|^work location$"
        # A US posting's "Physical requirements" (lifting, standing; "Physical Aspects of Position") and "Work
        # environment" (noise, a shop floor), never skills asked of the candidate, though they say "requirements".
        r"|physical (?:requirements|demands|aspects|activities|effort|conditions)|^(?:the )?work(?:ing)? environment$"
        r"|^schedule$|^shift and schedule$"
        # A driving job's nights at home ("Home time: every 2 weeks"), as a schedule says its hours.
        r"|^home time$"
        # Indeed's questions of where and when ("Ability to Commute:", "Shift availability:"): no skill.
        r"|^ability to (?:commute|relocate)$|^shift availability$|^willingness to travel$"
        # How much the job travels ("Travel Required: 25%", "Travel:"), as its hours are. Not "Travel
        # Requirements": in a plain-text posting whose next heading tailor does not find, the requirements run on
        # under it, and they would weigh nothing.
        r"|^travel(?: required)?$"
        # Its share of the time said with it ("70% overnight travel required", "Up to 25% travel").
        r"|^(?:up to )?\d{1,3} ?% (?:\w+ )?travel(?: (?:is )?required)?$"
        # What disqualifies a candidate ("Disqualifying Factors", a carrier's "Automatic DQs": no accident, no DUI in
        # so many years): a condition of being hired, as a screening is, asking no skill.
        r"|disqualif|\bdqs?$"
        # Whether the job supervises, as USAJOBS's fields say it ("Supervisory status: No"): a term of the job, which
        # asks nothing of the candidate, and no part of the field above it ("Security clearance: Secret").
        r"|^supervisory status$",
    ),
    # The employer's values, whatever voice names them ("You will aspire to our four core values", "Acme Core Values"):
    # its culture, not the work ("you will") nor what is asked, though the reader is told to share them.
    (SectionKind.COMPANY, r"\b(?:our|core|company)(?: \w+)? values\b"),
    # Why the reader should want the employer, by its name ("Why Mozilla?", "Why Red Canary?"), and what working
    # there is like ("What it's like working @ One"): its pitch, whose paragraphs of perks are its benefits (the
    # content decides). Not "Why this role …", "Why you?" nor "Why teach with us?".
    (
        SectionKind.COMPANY,
        r"^why (?!.*\b(?:you|this|the|we|us|our)\b)[\w&.'@ -]{1,30}\??$"
        r"|\blike (?:to )?work(?:ing)? (?:at\b|@|for\b|here\b)"
        # The employer's principles and ways, as it names them: "Leadership Principles", "Our Core Behaviors".
        r"|^(?:[\w-]+ )?(?:leadership|guiding|operating|core) principles$|\bcore behaviou?rs\b|^our beliefs$"
        r"|^what we value$",
    ),
    (
        SectionKind.ROLE,
        r"about (the|this|our) (?:(?:team|product|project|work) (?:and|&) )?(role|job|position|opportunity)|the project"
        r"|(job|role|position) (description|summary|overview|title)"
        r"|^summary of (?:the |this )?(?:job|role|position)$"  # a public employer's "Summary of Position"
        r"|^(?:department |unit )?overview$|^summary$|^description$|^position$|^title$"
        # A public employer's words for it: "Position Purpose", "Purpose of the Position", "Nature of Work"; and its
        # class specification's, which define the class a job is in before its examples of work ("General
        # Definition", "Distinguishing Characteristics", "Allocating Factors", "Series Nature of Work", "General
        # Description").
        r"|(?:job|role|position) purpose|purpose of (?:the |this )?(?:job|role|position)"
        # A job description's one sentence of what the job is for ("Primary Function", "Basic Purpose"); its plural
        # lists the duties.
        r"|^(?:primary|basic|main|general) (?:function|purpose)$"
        r"|^(?:series |class )?nature of (?:the )?work$|^(?:general |class |job |position |role )?definition$"
        r"|^distinguishing (?:characteristics|features)(?: of the class)?$|^class characteristics$"
        r"|^allocating factors$|^general (?:description|summary|purpose)$"
        # Why the role matters, or an overview of it ("Why this role", "An overview of this role", "Why you'll love this
        # role"): the role, told.
        r"|^why (?:this|the) (?:role|job|position)\b|\boverview of (?:the|this) (?:role|job|position)\b"
        r"|\blove this (?:role|job|position)\b"
        r"|^role$"
        r"|^job context$",  # Bangladesh's job boards (bdjobs): the role's description, before its responsibilities
    ),
    # What the reader has to do ("All you need to do is:", "What you'll have to do") is the job's work, though "you
    # need" elsewhere asks for something ("To do this, you'll need").
    (SectionKind.RESPONSIBILITIES, r"\byou(?:'ll| will)?(?: also)? (?:need|have) to do\b"),
    (
        SectionKind.REQUIREMENTS,
        r"require|qualifica|must|who you are|you (have|bring|are|need|should)|what do (you|i) need"
        # "About you", not the team or role the reader would join ("What about your team?").
        r"|about you(?!r (?:team|role|manager|colleagues)\b)"
        r"|^who are you\??$"  # the candidate asked after, as the employer is by "Who are we?"
        # What the employer wants of the reader, in a plain voice ("All we want from you is", "What I expect of you").
        r"|\b(?:we|i) (?:want|need|expect|ask) (?:from|of) (?:you|candidates|applicants)\b"
        # The employer asking itself what it needs of the candidate: "What do we need from you?", "What do we look for?"
        r"|what do we (?:need|expect|want|look for|require)"
        r"|what (you|we)('ll|'d| will| would)? (need|bring|look|expect)"
        # Not the experience of those the job serves ("Guest Experience", "Patient Experience"): a part of its work.
        r"|looking for|skills"
        r"|(?<!guest )(?<!customer )(?<!user )(?<!patient )(?<!client )(?<!member )(?<!employee )(?<!visitor )"
        r"(?<!student )(?<!candidate )experience|profile|background"
        # "Essential skills" asks for them; "Essential Functions", "Essential Duties", "Essential Work": the job's work.
        r"|competenc|essential(?! (?:job )?(?:functions?|duties|responsibilit|tasks|accountabilit|work\b))"
        r"|criteria|ideal candidate|you'?re|education|traits|qualities|attributes"
        # What the candidate knows ("Knowledge:", "Skill, Knowledge, and Abilities"), as skills are asked for; not
        # one thing known, which is a requirement's line ("Knowledge of FLSA and FMLA"), no heading over others.
        r"|knowledge\b(?!\s+(?:of|in|with)\b)|\bskill\b(?!\s+(?:of|in|with|at)\b)"
        # A class specification's stems over the lists they open ("Knowledge of:", "Skill in:", "Ability to:",
        # "Skills and abilities to:"), as civil service postings set what is asked: the stem alone is the heading.
        r"|^(?:(?:working|thorough|general|considerable) )?knowledge (?:of|in)$|^skills? (?:in|to)$"
        r"|^(?:skills? and )?abilit(?:y|ies) to$"
        # A friendly voice's requirements: what the reader has done or brings ("You've done some of these things",
        # "What you'll need", "The skills you'll bring to your new team"), or why they fit ("You might be a fit if").
        r"|\byou'?ve\b|\byou(?:'ll| will)?(?: also)? (?:need|bring)\b"
        r"|\ba (?:(?:good|great|strong|perfect|right|ideal) )?fit\b"
        r"|\b(?:perfect|right|ideal) for you\b|\bfit right in\b|\byou(?:'ll| will) thrive\b"
        r"|^how to (?:be successful|succeed|thrive|excel)\b"
        # Whom the employer wants ("You", "The person", "We want to hear from people who…").
        r"|^you$|^the person$|\bhear from (?:people|candidates|applicants|you) who\b"
        # The employer saying what it needs of the reader ("We need you to have:", "We'd love you to bring"): asked for.
        r"|\b(?:need|want|expect|love|like) (?:you|candidates|applicants) to (?:have|bring|be|know)\b"
        r"|person spec"  # the UK's "Person specification": what the candidate must have
        # What a freelancer brings to the job ("Equipment Needed", "Gear needed"), as "Required equipment" asks it.
        r"|^(?:equipment|gear|tools) needed$"
        # A public employer's names for what it requires: USAJOBS's "Selective Placement Factors" (the licences and
        # certifications a candidate must hold to be considered), a class specification's "Employment Standards".
        r"|^selective placement factors?(?: \(spf\))?$|^employment standards$"
        # The clearance a cleared job asks the hire to hold, as a government's or a contractor's fields label it
        # ("Security Clearance: Top Secret/SCI", "Clearance Level: Secret"): a credential asked, no one's right to
        # apply under the label before it ("Who may apply: United States Citizens").
        r"|^(?:(?:security|required|minimum|active)\s+)*clearance(?:\s+(?:level|type))?$"
        # A heading of nothing but licences and certifications ("License/Certification", as Indeed lists them;
        # "Licensures/Certifications", as hospitals' postings write the plural of licensure too, with a registry or
        # registration after them, "Licensure/Certification/Registry", as hospitals name what allied health staff
        # hold; "Key certifications", "Essential licenses", the words that open "Key Qualifications" before it).
        r"|^(?:(?:key|minimum|essential|necessary|mandatory)\s+)?"
        r"(?:licen[cs](?:es?|ures?)|certifications?)"
        r"(?:\s*(?:/|&|and|,)\s*(?:licen[cs](?:es?|ures?)|certifications?|registry|registrations?)){0,2}$"
        r"|successful (?:candidate|applicant)s? (?:will|should|must) (?:also )?"
        r"(?:have|be|possess|hold|bring|demonstrate)",
    ),
    (
        SectionKind.RESPONSIBILITIES,
        # "What you'd be doing": the conditional ("you would") as often as the future says the work.
        r"responsib|what you('ll|'d| will| would| get to)? (do|be doing|work on|achieve)"
        r"|what (will|would) (you|i) (do|be doing)|what (?:are|will) you (?:going to )?do\b"
        r"|how you(?:'ll| will) add value|\byou(?:'ll| will) get to\b"
        r"|duties|day[- ]to[- ]day|essential (?:job |work )?functions?|^(?:a )?day in the life"
        # A clinic's or a public employer's "Functions:" or "Job Functions" over a list of what the job does.
        r"|^(?:(?:job|primary|key|main|major|principal|position) )?functions$"
        # A class specification's "Typical Examples of Work", "Illustrative Examples of Work Performed", "Examples of
        # Essential Work": its duties.
        r"|\bexamples? of (?:the )?(?:essential )?work\b"
        # A New York civil service class specification's "Typical Work Activities" (O*NET's word for what a job
        # does, "Work Activities"): its duties, however illustrative.
        r"|^(?:typical |essential |principal )?work activities$"
        r"|how you('ll| will) (contribute|help|make)|contribut"
        r"|in this role|your (role|impact|mission|tasks|day)|you will\b|key (tasks|accountabilities)|the work"
        r"|what (the|this) (job|role) (involves|entails)|tasks|projects|impact|challenge"
        r"|successful (?:candidate|applicant)s? will$"  # "The successful candidate will:" and a list of duties
        # What the job expects to be done ("Position Expectations", "Role expectations", "What's expected of you as a
        # showing agent?"): its work.
        r"|^(?:the )?(?:position|role|job) expectations$|^what(?:'s| is) expected of you\b"
        # A plan of the first months ("Within 3 months, you'll", "In your first 90 days", "Within your first year"):
        # what the hire will have done by then, the work, each step alike. A time alone ("Within 30 days", "After 90
        # days") may be a term of a perk on a line of its own: only the hire's first months, or what "you'll" do then.
        r"|^(?:within|in|after|by) (?:the |your )?first (?:\d+ |one |two |three |six |twelve )?(?:days?|weeks?|months?"
        r"|years?)(?:,? you(?:'ll| will)\b.*)?$"
        r"|^(?:within|in|after|by) (?:\d+|one|two|three|six|twelve) (?:days?|weeks?|months?|years?),?"
        r" you(?:'ll| will)\b",
    ),
    # Only now a bare mention of the role: "The ideal candidate for the role" asks for something,
    # "What you'll do in the role" says the work; "The opportunity" alone describes the role.
    (SectionKind.ROLE, r"the (role|job|position|opportunity)\b"),
    (
        SectionKind.COMPANY,
        r"\babout\b|who we are|our (company|mission|story|team|culture|values)|company|what makes"
        # "What we do", a company box's heading for what the employer does (Built In's), as "Who we are" is.
        r"|^what we do$"
        # "Who are we?", "Who are Accurx?", "Who is Acme?": the employer, asked by name ("Who are you?" is the
        # candidate, above; "Who is this role for?" says neither).
        r"|^who (?:are|is) (?!you\b|this\b|the\b)[^?]{1,40}\??$"
        # "Our mission", not a "Submission deadline" or a sales job's "Commission".
        r"|why us|\bmission|culture|values|team|organi[sz]ation\b",
    ),
)


OVERVIEW = re.compile(r"^(?:(?:department |unit )?overview|about the job)$", re.IGNORECASE)
"""A heading that says the role (:func:`classify_heading`), but as often heads the employer's blurb, as
Workday, iCIMS and SuccessFactors pages do (a hospital's "Department Overview" either), and as LinkedIn's "About the
job" heads the whole description, the employer's paragraph first: what stands under it says which."""


@lru_cache(maxsize=4096)
def classify_heading(heading: str) -> SectionKind:
    """The kind of section a heading introduces; :attr:`SectionKind.OTHER` if it says nothing we know.

    A heading that names a job ("Litigation Paralegal", "Benefits Specialist", "Privacy Engineer",
    "Application Security Engineer") is no legal notice, benefits or how to apply, whatever words it shares
    with them; one that names people in the plural still may be ("What we offer our consultants").
    """
    cleaned = _SYMBOLS_AT_THE_EDGES.sub("", clean_heading(heading))
    if (named := _ABOUT_A_NAME.match(cleaned)) and classify_heading(named["first"]) is SectionKind.OTHER:
        # "About Lakeshore Mutual Insurance": the employer, by its name, whatever a word of it says ("insurance");
        # "About Pay & Benefits" is none.
        return SectionKind.COMPANY
    text = _WHERE_THE_WORK_IS.sub("", cleaned.lower().replace("’", "'"))
    if _WORKING_FOR.search(text):
        return SectionKind.COMPANY  # "Who you are working for": the employer, though it says "who you are"
    names_a_job = None
    for kind, pattern in _COMPILED_HEADING_RULES:
        if pattern.search(text):
            if kind in _NOT_A_JOB:
                if names_a_job is None:  # one job, as a title names it: "our consultants" names no job
                    names_a_job = any(not m.group().endswith("s") for m in JOB_WORDS.finditer(text))
                if names_a_job:
                    continue
            return kind
    return SectionKind.OTHER


_WORKING_FOR = re.compile(r"\bwho (?:you|you'll|you will|you'd|you would|you are|you're)(?: be)? work(?:ing)? for\b")
"""A heading that says whom the reader would work for ("Who you are working for", "Who you'll work for"): the
employer's blurb under it, not the requirements its "who you are" opens."""


_SYMBOLS_AT_THE_EDGES = re.compile(r"^[^\w$(\[]+(?=\w)|(?<=[\w?.!)\]+])[^\w?.!)\]%+]+$")
"""The emoji, bullets and marks that set a heading off ("💻 Role", "· Duties", "Why join us? 🛸"): no words of it."""


def titles_a_job(heading: str) -> bool:
    """Whether ``heading`` ends in one job's name, as a title does ("Customer Experience Manager",
    "Support Team Lead"), or its first piece does, before a dash that sets what the job is for after it
    ("Project Manager – Capital Projects"), a bracket after it aside ("Civil Designer (Grading & Utility) - Data
    Center"). Opening a posting, it is its title, not the requirements, the
    company or the projects that a word of it ("experience", "team", "projects") would make it anywhere else."""
    cleaned = clean_heading(heading)
    pieces = (cleaned, _SET_APART.split(cleaned, maxsplit=1)[0], _WHAT_FOR.split(cleaned, maxsplit=1)[0])
    if any(_ends_in_a_job(_ASIDE_AT_END.sub("", piece).split()) for piece in pieces):
        return True
    # A job and what it heads ("Director of Employee Experience", "Head of Customer Experience"), or a title whose
    # bracket names the job ("Licensed Loan Partner (Qualification Specialist)"): a word after it ("experience",
    # "qualification") would make it a heading of the requirements.
    headed = _HEADS_OF.match(cleaned)
    if headed is not None and _ONE_JOB_WORD.fullmatch(headed.group(1).split()[-1]) is not None:
        return True
    aside = _ASIDE_AT_END.search(cleaned)
    return aside is not None and _ends_in_a_job(aside.group().strip(" ()").split())


_HEADS_OF = re.compile(r"((?:\w+ ){0,2}\w+) of \S", re.IGNORECASE)
"""A job's name of up to three words and what it heads after "of" ("Senior Director of Nursing")."""


_ONE_JOB_WORD = re.compile(JOB_WORDS.pattern.removesuffix(r"s?\b"), re.IGNORECASE)
"""A word of :data:`JOB_WORDS` in the singular: "Directors of …" heads no one job."""


_SET_APART = re.compile(r"\s+[-–—|]\s+|(?<=\))[-–—]\s+")
"""A spaced dash or bar, between a job's name and what it is for ("Nurse Manager – Surgical Services"), or a dash
spaced only after the bracket that ends the job's name ("Database Developer (Remote)- Secret Cleared")."""


_WHAT_FOR = re.compile(r",\s+|:\s+|\s+(?:with|for|in)\s+")
"""A comma, colon or preposition between a job's name and its team or what it asks besides ("Staff Software
Engineer, Checkout Experience", "Virtual Systems Engineer: Pre-Sales", "R Developer with Life Science Background"):
words after it ("experience", "background") that would make the line a heading of the requirements."""


_ASIDE_AT_END = re.compile(r"\s*\([^()]*\)\s*$")
"""What a title says in brackets after the job's name ("Civil Designer (Grading & Utility)")."""


def _ends_in_a_job(words: list[str]) -> bool:
    return (
        len(words) > 1
        and not words[-1].endswith("s")
        and (
            JOB_WORDS.fullmatch(words[-1].lower()) is not None
            or JOB_ACRONYM.fullmatch(words[-1]) is not None
            or LEVEL_TITLE.search(" ".join(words[-2:])) is not None
        )
    )


_ABOUT_A_NAME = re.compile(
    r"^About\s+(?!(?:The|This|Our|Your|You|Us|We|Me|My|Their|A|An)\b)(?P<first>[A-Z][\w.'’&-]*)"
    r"(?:\s+(?:[A-Z0-9&][\w.'’&-]*|of|and|for))*\s*[?!.]?$"
)
"""A heading "About" and a name, its words capitalised ("About Lakeshore Mutual Insurance", "About Bank of
Marin"), not a pronoun's or an article's phrase ("About The Role", "About Us")."""

_WHERE_THE_WORK_IS = re.compile(
    r"\s+(?:within|across|throughout|inside)\s+(?:(?:the|our|your|an?|all|other|multiple|wider)\s+)*"
    r"(?:teams?|organi[sz]ations?|company|companies|business(?:es)?)\b"
)
"""Where a heading's work happens ("Network interaction within the Organization", "Collaboration across teams"):
it says how the job works, never that the employer is described under it."""

_NOT_A_JOB = frozenset(
    {SectionKind.LEGAL, SectionKind.BENEFITS, SectionKind.CONDITIONS, SectionKind.APPLY, SectionKind.PREFERRED}
)
"""Kinds of sections about the terms of a job, not its work, and what is nice to have: a heading that names a
job is none of them ("CVICU Registered Nurse - Sign-On Bonus Eligible" is a title, not bonus points)."""


_COMPILED_HEADING_RULES = tuple((kind, re.compile(pattern)) for kind, pattern in _HEADING_RULES)


# --- finding headings ------------------------------------------------------------------

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
LIST_ITEM = re.compile(r"^\s*([-*•●▪◦·–]|\d{1,2}[.)]|o(?=[ \t]+[A-Z]))\s+")


_NO_MARKUP = str.maketrans("", "", "*_`#")
"""Markdown's marks of emphasis, code and headings, deleted from a heading's words."""
LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\([^)]*\)")


def strip_link(text: str) -> str:
    """``[Apply](https://…)`` → ``Apply``: a Markdown link's words, without its address; words in brackets among
    them stay, as Markdown reads them (``[[GS] Travel Expert](https://…)`` → ``[GS] Travel Expert``)."""
    return (LINK.sub(r"\1", text) if "](" in text else text).strip()  # no scan of a text without a link's "]("


_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def strip_tags(text: str) -> str:
    """``text`` without the HTML tags left in it (a Markdown file's ``<a name="pm">Program Manager</a>``,
    saved as .txt): their words stay."""
    return _HTML_TAG.sub("", text) if "<" in text else text


def clean_heading(text: str) -> str:
    """A heading's words: without Markdown marks, HTML tags, links' addresses or a trailing colon."""
    text = strip_link(strip_tags(text)).translate(_NO_MARKUP)
    return text.strip().rstrip(":").strip()


def heading_of(line: str) -> str | None:
    """The heading text if ``line`` is a heading, else None."""
    found = find_heading(line)
    return found[0] if found is not None else None


EMOJI_BEFORE = re.compile(r"^(?:[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d]*)+\s+")
"""The emoji a posting sets before a heading ("💬 **Who are we looking for**"): a mark that does not hide its bold, nor
counts among a bare heading's words where no line around it opens with one (``structure``)."""


def find_heading(line: str) -> tuple[str, bool] | None:
    """The heading text if ``line`` is a heading, and whether it is one only for its words ("Paid time
    off", "Bilingual preferred"): a bare phrase, which no ``#``, bold, colon or capitals mark. An emoji before it
    does not hide its bold (:data:`EMOJI_BEFORE`), though the heading keeps it; a bare phrase after one still
    counts it among its words, as an emoji that marks a list's items ("🏝 Unlimited PTO") is no heading's."""
    stripped = line.strip()
    bare = EMOJI_BEFORE.sub("", stripped)
    if len(stripped) > 80 and (lead_in := _REQUIRED_LEAD_IN.match(stripped)):
        # "The following responsibilities, skills, experience and education are required for this position:": a
        # long line, but one that says the list under it is what is asked, as "Requirements:" would.
        return (
            (text, False)
            if len(lead_in["head"].split()) <= _LEAD_IN_WORDS and (text := clean_heading(lead_in["head"]))
            else None
        )
    if not stripped or len(stripped) > 80:
        return None
    if "#" in stripped and (m := _MARKDOWN_HEADING.match(stripped)):  # most lines: no pattern run
        return (text, False) if (text := clean_heading(m.group(1))) else None
    if m := _BOLD_LINE.match(stripped):
        return (text, False) if (text := clean_heading(m.group(2))) else None
    if bare != stripped and _BOLD_LINE.match(bare):
        return (text, False) if (text := clean_heading(stripped)) else None  # "💬 **Who are we looking for**"
    if (numbered := _NUMBERED.match(stripped)) and (heading := _numbered_heading(stripped[numbered.end() :])):
        return heading, False
    if LIST_ITEM.match(stripped) or " | " in stripped:
        return None  # nor a table's row as a posting's reader writes one: "Requirement | Detail" names columns
    if _WHOLLY_BRACKETED.match(stripped):
        return None  # "(ANSI Z1.4)": an aside to the line above, wrapped onto one of its own, in capitals or not
    if (aside := _ASIDE_BEFORE_COLON.match(stripped)) and len(aside["head"].split()) <= 8:
        # "Physical Aspects of Position (include but are not limited to):", "Requirements (must have):": a heading
        # with a remark in brackets, however long the remark.
        return (text, False) if (text := clean_heading(aside["head"])) else None
    words = stripped.rstrip(":").split()
    longest = QUESTION_WORDS if stripped.endswith("?") or _LONG_HEADING.match(stripped) else 8
    if not words or ":" in stripped.rstrip(":"):
        return None  # "Location: Lisbon" is a field, not a heading
    if len(words) > longest:
        # A longer line that leads into what is nice to have heads it ("Even better if you have experience in any
        # of the following:"): asked only of a line ending in a colon, as a lead-in does.
        if stripped.endswith(":") and len(words) <= QUESTION_WORDS and _leads_into_preferred(stripped):
            return clean_heading(stripped), False
        # "Welders perform some or all of the following duties:", as Canada's Job Bank opens every list of an
        # occupation's work, or "In this role you will carry out the following tasks:": it heads the duties.
        if stripped.endswith(":") and len(words) <= QUESTION_WORDS and _DUTIES_LEAD_IN.search(stripped):
            return clean_heading(stripped), False
        return None
    if stripped.endswith(":"):
        return clean_heading(stripped), False
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        if "," in stripped and _names_in_capitals(stripped):
            return None
        return clean_heading(stripped), False
    if _a_place_with_its_note(stripped):
        return None  # "Houston, TX (travel required)": where the job is, whatever its note's words say
    # A bare short phrase is a heading only if it reads like one we know, without final
    # punctuation but a question mark ("What you'll do", "Bonus points", "📖 What do I need?"),
    # so short sentences stay sentences, and an amount is pay ("£11.90 per hour plus tips").
    if (
        (len(words) <= 5 or (_LONG_HEADING.match(stripped) is not None and len(words) <= QUESTION_WORDS))
        and stripped[-1] not in ".!,"
        and not _AMOUNT_FIRST.match(stripped)
        and not _ORGANISATION.match(stripped)
        and classify_heading(stripped) is not SectionKind.OTHER
    ):
        return clean_heading(stripped), True
    if (
        stripped.endswith(")")
        and len(bare := _ASIDE_AT_END.sub("", stripped).split()) <= 5
        and bare
        and bare[-1][-1] not in ".!,"
        and classify_heading(" ".join(bare)) is not SectionKind.OTHER
    ):
        # A known heading with a remark in brackets after it, as a public employer's or a museum's template
        # writes one ("Major Duties and Responsibilities (Essential Functions)"): the brackets make it no longer.
        return clean_heading(stripped), True
    return None


_PLACE_AND_NOTE = re.compile(r"(?P<town>[^\W\d_][^,()]*),\s*(?P<region>[^\W\d_][^,()]*?)\s*\([^()]*\)")
"""A town, its state or country after a comma, and a note in brackets: "Houston, TX (travel required)"."""


def _a_place_with_its_note(line: str) -> bool:
    """Whether ``line`` is a place as a job board's header sets it, a note in brackets after it ("Houston, TX
    (travel required)", "Boise, ID (Required)"): its state's code or a place tailor knows after the comma. The
    note's words ("required") make it no heading of requirements."""
    found = _PLACE_AND_NOTE.fullmatch(line)
    if found is None:
        return False
    from tailor.places import is_place, is_region_code

    return is_region_code(found["region"]) or is_place(found["region"])


_WHOLLY_BRACKETED = re.compile(r"^\([^()]*\)$")
"""A line that is one aside in brackets and nothing else: no heading, which names what follows and sets no
brackets around it."""


_SHORT_NAME = re.compile(r"^(?:[A-Z]{2,4}|(?=.*[0-9+&/-])[A-Z][A-Z0-9+&/-]{1,7})$")
"""A credential's or a tool's short name in capitals: "LARE", "AP", "CPR", "AWS"; or one with a digit or a sign
in it: "BD+C", "CDL-A", "S3". A word of five letters or more ("HOURS", "SKILLS") is no such name."""

_LIST_WORDS = frozenset({"AND", "OR", "OF", "THE", "FOR", "TO", "IN", "ON", "AT", "OUR", "WE", "YOU", "ARE", "ALL"})


def _names_in_capitals(line: str) -> bool:
    """Whether a line in capitals with commas lists names ("LARE, LEED AP BD+C, SITES AP", "CPR, BLS, ACLS") rather
    than heading a section ("KNOWLEDGE, SKILLS, AND ABILITIES", "HOURS, LOCATION"): it names no kind of section, and
    each of its parts holds a short name, so it is the credentials or tools a section asks for, its words counted."""
    parts = [part.split() for part in line.rstrip(":").split(",")]
    return classify_heading(line) is SectionKind.OTHER and all(
        any(_SHORT_NAME.match(word) and word not in _LIST_WORDS for word in part) for part in parts if part
    )


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
"""A number opening a line ("1. ", "2) "): a numbered list's item, or a numbered section's heading."""


def _numbered_heading(rest: str) -> str | None:
    """The heading a numbered line in capitals is ("1. FEDERAL SAFETY EXPERIENCE — NON-NEGOTIABLE", "2.
    CERTIFICATIONS"), when its words name a section of a kind we know; an item in capitals ("1. OSHA 30 CARD")
    names none and stays an item."""
    words = rest.rstrip(":").split()
    letters = [c for c in rest if c.isalpha()]
    if not 0 < len(words) <= 8 or len(letters) < 3 or ":" in rest.rstrip(":") or not all(c.isupper() for c in letters):
        return None
    text = clean_heading(rest)
    return text if classify_heading(text) is not SectionKind.OTHER else None


def _leads_into_preferred(line: str) -> bool:
    """Whether a lead-in line says that what follows is nice to have (:func:`find_heading`)."""
    return classify_heading(line) is SectionKind.PREFERRED


_DUTIES_LEAD_IN = re.compile(
    r"\bthe following (?:\w+ )?(?:duties|tasks|responsibilities|functions)\s*:$"
    r"|^(?:the|your|our) (?:\w+ ){0,2}(?:duties|tasks|responsibilities|functions)\b[^:]*:$",
    re.IGNORECASE,
)
"""A lead-in that says the list under it is the work: "… perform some or all of the following duties:", or one that
opens by naming the duties ("The duties of the Pump Technician include the following:", "The basic responsibilities
we are looking for in our shift lead:")."""

_REQUIRED_LEAD_IN = re.compile(
    r"^(?:\*\*|__)?(?P<head>the following\b[^:*_]*\b(?:are|is) (?:required|needed|necessary|essential)\b[^:*_]*)"
    r"(?::(?:\*\*|__)|(?:\*\*|__)?:)$",
    re.IGNORECASE,
)
"""A line that leads into a list by saying it is required ("The following skills, experience and education are
required for this position:"), bold or not, ending in a colon: a requirements heading however long its list of
what follows."""
_LEAD_IN_WORDS = 25
"""The most words of such a lead-in: more is a paragraph that happens to end in a colon."""

QUESTION_WORDS = 12
"""The most words of a question that heads a section ("What are some of the challenges you will work on?");
other bare headings have five at most."""
_LONG_HEADING = re.compile(
    r"^\W*(?:(?:what|who|how|why|where|when|which)\b.*\?|(?:a\s+)?day in the life of\b.*)$", re.IGNORECASE
)
"""A question that asks what, who or how: a heading's. "Do you want to shape travel?" opens a pitch instead. Or
a career site's "A day in the life of a Senior Android Engineer at Calendly", which names the job and employer."""

_ORGANISATION = re.compile(
    r"^(?!(?:The|Our|About|Why|Join|Life|Working)\b)(?:[A-Z0-9][\w&'’.-]*\s+|&\s+)+"
    rf"(?:(?:Group|Holdings|Limited|Corporation)\.?|{LEGAL_SUFFIX})$"
)
"""A firm's name by its legal form or "Group" ("Halcyon Insurance Group", "Northwind Benefits Ltd"): what stands
under a posting's title, not a heading, whatever words of one it holds."""


_ASIDE_BEFORE_COLON = re.compile(r"^(?P<head>[^():]*[^\W\d_][^():]*?)\s*\([^()]*\)\s*:$")
"""A heading followed by a remark in brackets and a colon: "Benefits (full-time staff only):"."""
_AMOUNT_FIRST = re.compile(r"^[$€£¥₹]\s?\d|^\d[\d,.]*\s?(?:[$€£]|USD|EUR|GBP)")
"""A line that opens with an amount of money: pay, whatever words follow it."""


YEARS_FIRST = re.compile(
    r"^(?:(?:at least|minimum(?: of)?|min\.?)\s+)?\d{1,2}\s*(?:\+|(?:-|–|to)\s*\d{1,2}\s*\+?)?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
"""A line that opens with a number of years ("5+ years of experience", "3-5 years experience"): what a posting
asks, as a careers page sets it among the chips under the title beside the type and place. The posting's sections
still read a bare one as a requirements heading (its words, and those under it, are asked either way); its details
read it as no heading of the body and no company (tailor.posting.lines, tailor.posting.text_rules)."""


_INLINE_HEADING = re.compile(r"^\s*(?:\*\*|__)?([A-Za-z][\w '’/&-]{2,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$")
_INLINE_KINDS = frozenset(
    {
        SectionKind.RESPONSIBILITIES,
        SectionKind.REQUIREMENTS,
        SectionKind.PREFERRED,
        SectionKind.BENEFITS,
        SectionKind.CONDITIONS,
        SectionKind.APPLY,
        SectionKind.LEGAL,
    }
)


def inline_heading(line: str) -> tuple[str, str] | None:
    """``Qualifications: PhD in …`` → (``Qualifications``, ``PhD in …``): a heading run into its text.

    Only headings of the kinds that change a term's weight count; "Location: Lisbon" or
    "Company: Acme" stay fields of the section they are in.
    """
    m = _field(line)
    if m is None:
        return None
    return (m.group(1).strip(), m.group(2)) if classify_heading(m.group(1)) in _INLINE_KINDS else None


_CAPITALS_LABEL = re.compile(r"^\s*(?:\*\*|__)?([A-Z][A-Z ,'’/&-]{2,90}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$")
"""A label in capitals run into its text, commas between its words ("FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES
AND PERSONAL CHARACTERISTICS: Good knowledge of …", as a civil service class specification sets its headings)."""
_CAPITALS_LABEL_WORDS = 12


def _field(line: str) -> re.Match[str] | None:
    """``line`` as a label (group 1, five words at most, or twelve in capitals) and its value (group 2), or None: no
    list item is one."""
    if ":" not in line or LIST_ITEM.match(line):  # most lines have no colon: no pattern run
        return None
    m = _INLINE_HEADING.match(line)
    if m is not None and len(m.group(1).split()) <= 5:
        return m
    m = _CAPITALS_LABEL.match(line)
    return m if m is not None and len(m.group(1).split()) <= _CAPITALS_LABEL_WORDS else None


def is_field(line: str) -> bool:
    """Whether ``line`` is a label and its value ("Contract: Permanent", "**Salary:** £36,500"), as a posting's
    fields are written."""
    return _field(line) is not None


def describes_the_role(line: str) -> bool:
    """Whether ``line`` is a field whose label heads a description of the role and whose value is one
    ("Job Summary: Completes dental examinations on new patients and …"): the text of the role, set out as a
    field, no term of the field before it."""
    m = _field(line)
    return (
        m is not None
        and len(m.group(2).split()) >= ROLE_TEXT_WORDS
        and classify_heading(m.group(1)) is SectionKind.ROLE
    )


ROLE_TEXT_WORDS = 8
"""The fewest words of a labelled field's value that describe the role rather than name a term of it
("Job Title: Dental Hygienist II" names one)."""


def is_pay_field(heading: str, text: str) -> bool:
    """Whether ``heading: text``, a heading run into its text (:func:`inline_heading`), is a labelled field of pay
    ("compensation: $22-25/hr DOE", "Salary: £32,000"): the pay for the job, which heads no text after it."""
    return classify_heading(heading) is SectionKind.BENEFITS and _AMOUNT_FIRST.match(text.strip()) is not None


_AMOUNT = r"(?:[$€£¥₹]\s?\d[\d,.]*[kK]?|\d[\d,.]*[kK]?\s?(?:[$€£]|USD|EUR|GBP))"
_PER = r"(?:\s*(?:/|per|an?)\s*(?:year|yr|annum|hour|hr|month)\b)"
_PAY_THEN_PROSE = re.compile(
    rf"^\s*{_AMOUNT}(?:{_PER}?\s*(?:-|–|—|to)\s*{_AMOUNT})?{_PER}?"
    r"(?:\s*\([^()]{1,30}\))?(?:\s*[.,;|])?(?=\s+([A-Z][a-z]*)\b\s+\S+\s+\S+)"
)


def pay_and_after(text: str) -> tuple[str, str]:
    """The pay that a labelled field of pay run into a paragraph gives (:func:`is_pay_field`) and the text after it,
    where a sentence goes on past the amount ("Salary : $130,000 – $140,000 (DOE) We are seeking an engineer …"):
    the pay heads only its amount; the sentence after it is the text the field stood in. ``(text, "")`` where no
    sentence follows the amount ("$22-25/hr plus overtime")."""
    m = _PAY_THEN_PROSE.match(text)
    if m is None or m.group(1).lower() not in _CLAUSE_OPENERS:
        return text, ""
    return text[: m.end()].strip(), text[m.end() :].strip()


def is_terms_field(heading: str, text: str) -> bool:
    """Whether ``heading: text`` is a labelled field of one of the job's terms, its value a few words ("FLSA Status:
    Exempt, Full Time", "Job Type: Full-time", "Schedule: Monday to Friday"): among a posting's header fields, it
    heads no text after it (the role's description under "FLSA Status: Exempt" is no benefit). A bracketed aside
    adds no words to the value ("Schedule: Monday to Friday, 7.5 hours/day (37.5 hours/week)" is a field)."""
    return (
        _TERMS_LABEL.match(clean_heading(heading)) is not None
        and len(_ASIDE.sub(" ", text).split()) <= _TERMS_WORDS
        and classify_heading(heading) in (SectionKind.BENEFITS, SectionKind.CONDITIONS)
    )


_TERMS_LABEL = re.compile(
    r"^(?:flsa(?: status| classification| designation)?|job type|employment type|schedule|shift(?: availability)?"
    r"|travel(?: required)?|home time)$",
    re.IGNORECASE,
)
"""The labels of the job's terms as a posting's header fields set them, one value each."""
_TERMS_WORDS = 6
"""The most words of such a field's value: more is a paragraph under a heading, not a field."""
_ASIDE = re.compile(r"\([^()]*\)")
"""A bracketed aside in a field's value: "(37.5 hours/week)", "(some weekends)"."""


_WORD = re.compile(r"\S+")
_COLON = re.compile(r"(?<=[^\s:])[ \t]*:[ \t]+(?=\S)")
_INCLUDES = re.compile(r"\bincludes?$")
"""How a heading run into prose ends that a list in lower case follows: "Responsibilities include: completing …"."""
_PHRASE_END = frozenset('.!?;,:()[]"“”')
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "with",
        "and",
        "or",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "as",
        "from",
        "about",
        "into",
        "our",
        "your",
        "their",
        "its",
        "his",
        "her",
        "my",
        "this",
        "these",
        "that",
        "those",
        "including",
        "such",
    }
)
"""Words after which no heading starts: "experience with Cloud Services:" goes on a sentence."""
RUN_IN_CHARS = 200
"""How far before a colon a heading run into a paragraph is looked for: its words and the one before them."""
_QUESTION_WORD = re.compile(r"(?:what|who|how|why|where|when|which)\b", re.IGNORECASE)
RUN_IN_WORDS = 8
"""The most words of a heading run into a paragraph ("What your day-to-day will look like")."""
_RUN_IN_KINDS = _INLINE_KINDS | {SectionKind.ROLE, SectionKind.COMPANY}


def _run_in_heading(line: str, end: int) -> int | None:
    """Where the heading that ends at ``end`` of ``line`` (a colon's place) starts, or None if none does.

    The heading is the shortest phrase of the last words of ``before``, within its sentence, that opens with a
    capital, not after a word that goes on a sentence ("with", "the"), and says a kind of section: the item
    before it may have no full stop ("… Run payroll Requirements:"). Past five words, only a question heads
    ("What your day-to-day will look like"); "We need experience with AWS services" says something. A longer
    phrase in capitals that says another kind is the heading instead: "Preferred Qualifications", not
    "Qualifications".
    """
    # The last words only: a paragraph of a thousand words may hold fifty colons.
    start = max(0, end - RUN_IN_CHARS)
    spans = [(m.start(), m.group()) for m in _WORD.finditer(line, start, end)]
    words = [w for _, w in spans]
    n = len(words)
    found: tuple[int, SectionKind] | None = None
    # A word cut by the window is only the word before a heading.
    for first in range(n - 1, max(n - RUN_IN_WORDS, int(start > 0)) - 1, -1):
        if _PHRASE_END.intersection(words[first][-1:]) and first < n - 1:
            break  # the sentence, or the clause, starts after this word
        if not words[first][:1].isupper() or (first > 0 and words[first - 1].lower() in _FUNCTION_WORDS):
            continue
        phrase = words[first:]
        if len(phrase) > 5 and not _QUESTION_WORD.match(phrase[0]):
            continue  # a heading of six words or more asks ("What your day-to-day will look like"); this says
        kind = classify_heading(" ".join(phrase))
        if not (kind in _INLINE_KINDS or (kind in _RUN_IN_KINDS and len(phrase) >= 2)):
            continue
        if found is None or (kind is not found[1] and all(w[:1].isupper() for w in words[first : found[0]])):
            found = (first, kind)
    if found is None:
        return None
    at = found[0]
    while at > 0 and words[at - 1][:1].isupper() and words[at - 1].lower() in _HEADING_MODIFIERS:
        at -= 1  # "Minimum Qualifications", "Key Responsibilities": the heading's own first word
    return spans[at][0]


_HEADING_MODIFIERS = frozenset(
    {"minimum", "basic", "key", "core", "main", "primary", "essential", "required", "desired", "additional"}
    | {"total", "general", "technical", "professional", "your", "our", "job", "position"}
)
"""Words that open a heading before the word that says its kind ("Minimum Qualifications", "Total Rewards"),
and rarely end the item before it."""


_CLAUSE_OPENERS = frozenset(
    """we you i he she it they our your my his her its their this that these those there the a an all each every
    no some any one here""".split()  # noqa: SIM905
)
"""Words that open a clause after a colon ("Nice to have: a smile", "Our responsibilities: we care …"), where an
item of a list opens with its verb or its noun ("Duties: handle a caseload …")."""


def _heads_a_list(line: str, at: int | None, colon: re.Match[str]) -> bool:
    """Whether the heading starting at ``at`` (if any) heads a list in lower case after ``colon``, as job datasets
    write one ("… seeks an associate. Duties: handle a caseload, draft pleadings …"): it opens its sentence, and
    the word after the colon opens no clause."""
    if at is None or line[:at].rstrip()[-1:] not in ("", ".", "!", "?"):
        return False
    after = re.match(r"[a-z]+", line[colon.end() :])
    return after is not None and after.group() not in _CLAUSE_OPENERS


def run_in_headings(line: str, within: SectionKind) -> tuple[str, list[tuple[str, str]]]:
    """``line`` split where a heading is run into it: the text before the first such heading (``line`` itself
    when there is none) and each heading with the text it heads.

    Job datasets and some boards give a posting as one paragraph, its headings inline: "We are Acme. Responsibilities:
    Build X. Requirements: 5+ years of …". A heading there is a phrase we know (:func:`classify_heading`) that
    opens with a capital and ends in a colon with text after it that does not open in lower case ("Our
    responsibilities: we care …" is a sentence). It starts the line or a sentence, or, where the item before it
    has no full stop ("… Kubernetes What you'll need: …"), follows a word that can end one. A phrase that says
    only the role or the company heads a section from two words on ("About us:", "Job description:");
    "Company: Acme" is a field. Nor does a phrase that would open a section of the kind it stands in
    (``within``, then each heading's): "Experience with cloud platforms: AWS, GCP" among requirements is one.
    """
    if ":" not in line:
        return line, []
    cuts: list[tuple[int, int, str]] = []  # where each heading starts, where its text starts, the heading
    for m in _COLON.finditer(line):
        at = _run_in_heading(line, m.start())
        if "a" <= line[m.end()] <= "z" and not _INCLUDES.search(line, 0, m.start()) and not _heads_a_list(line, at, m):
            continue  # "Our responsibilities: we care …" is a sentence
        if at is not None and (kind := classify_heading(heading := line[at : m.start()].strip())) is not within:
            within = kind
            cuts.append((at, m.end(), heading))
    if not cuts:
        return line, []
    ends = [c[0] for c in cuts[1:]] + [len(line)]
    return line[: cuts[0][0]].rstrip(), [
        (h, line[body:end].strip()) for (_, body, h), end in zip(cuts, ends, strict=True)
    ]
