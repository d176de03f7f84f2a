"""Posting structure: headings found in every common layout, sections classified, weights applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tailor.posting import items, read_posting, structure
from tailor.posting.details import Candidate
from tailor.posting.headings import find_heading
from tailor.posting.plausible import is_board_status
from tailor.posting.structure import SectionKind, Structure, classify_heading, job_sentences, parse
from tailor.posting.text_rules import unfold_header
from tailor.rank import SECTION_WEIGHTS
from tests.conftest import DATA

LAYOUTS = DATA / "layouts"
EXPECTED = YAML(typ="safe").load((LAYOUTS / "expected.yaml").read_text(encoding="utf-8"))


def _layout(name: str, tmp_path: Path) -> Structure:
    """The structure of a layout as tailor reads it: through the reader for its format."""
    if name.endswith(".pdf"):
        from tests.posting.formats.samples import make_pdf

        lines = (LAYOUTS / name.replace(".pdf", ".txt")).read_text(encoding="utf-8").splitlines()
        (tmp_path / name).write_bytes(make_pdf(lines))
        return structure.of(read_posting(tmp_path / name))
    return structure.of(read_posting(LAYOUTS / name))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_sections_title_and_company(name: str, tmp_path: Path) -> None:
    found = _layout(name, tmp_path)
    want = EXPECTED[name]
    assert [[s.kind.value, s.heading] for s in found.sections] == want["sections"]
    assert (found.title, found.company) == (want["title"], want["company"])


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you'll do", SectionKind.RESPONSIBILITIES),
        ("What You’ll Be Doing", SectionKind.RESPONSIBILITIES),
        ("Your impact", SectionKind.RESPONSIBILITIES),
        ("What you get to do every day", SectionKind.RESPONSIBILITIES),
        ("Personal attributes", SectionKind.REQUIREMENTS),
        ("Some other traits we're interested in seeing", SectionKind.REQUIREMENTS),
        ("Requirements", SectionKind.REQUIREMENTS),
        ("Minimum qualifications", SectionKind.REQUIREMENTS),
        ("Who you are", SectionKind.REQUIREMENTS),
        ("About you", SectionKind.REQUIREMENTS),
        ("Preferred qualifications", SectionKind.PREFERRED),
        ("Bonus points", SectionKind.PREFERRED),
        ("Bonus:", SectionKind.PREFERRED),
        ("iOS development experience (bonus)", SectionKind.PREFERRED),
        # A bonus the job pays is pay, and a perk named Bonusly no nice-to-have.
        ("Annual Bonus Target", SectionKind.BENEFITS),
        ("Generous Referral Bonuses", SectionKind.BENEFITS),
        ("🏆 Peer-to-peer recognition through Bonusly", SectionKind.OTHER),
        ("Nice-to-have", SectionKind.PREFERRED),
        ("Ways to stand out from the crowd", SectionKind.PREFERRED),
        ("Benefits & perks", SectionKind.BENEFITS),
        ("Compensation", SectionKind.BENEFITS),
        ("Acme offers", SectionKind.BENEFITS),
        ("Paid leave", SectionKind.BENEFITS),
        ("Working conditions", SectionKind.CONDITIONS),  # the terms of the job, not the candidate's
        ("Work hours", SectionKind.CONDITIONS),
        ("PHYSICAL REQUIREMENTS", SectionKind.CONDITIONS),  # lifting and standing: the conditions of the job
        ("Physical Demands and Work Environment", SectionKind.CONDITIONS),
        ("Work environment", SectionKind.CONDITIONS),
        ("Logistics", SectionKind.BENEFITS),
        ("Holidays", SectionKind.BENEFITS),
        ("Shift and schedule", SectionKind.CONDITIONS),  # Indeed's "Job details": the job's type and hours
        ("Job type", SectionKind.BENEFITS),
        ("HOME TIME:", SectionKind.CONDITIONS),  # a driving job's nights at home, as a schedule: no skill asked
        ("Ability to Commute:", SectionKind.CONDITIONS),  # Indeed's questions of where and when: terms of the job
        ("70% overnight travel required", SectionKind.CONDITIONS),  # how much it travels, however it says so
        ("Up to 25% travel", SectionKind.CONDITIONS),
        ("WORK LOCATION", SectionKind.CONDITIONS),  # where the work is, as an office location is
        ("Ability to Relocate:", SectionKind.CONDITIONS),
        ("Shift availability:", SectionKind.CONDITIONS),
        ("License/Certification:", SectionKind.REQUIREMENTS),  # Indeed's licences the job asks for
        ("Licenses & Certifications", SectionKind.REQUIREMENTS),
        ("Key certifications", SectionKind.REQUIREMENTS),  # the licences asked for, opened by a heading's modifier
        ("Essential Licenses", SectionKind.REQUIREMENTS),
        ("Key certification holders", SectionKind.OTHER),  # people, not what the job asks for
        ("Selective Placement Factors", SectionKind.REQUIREMENTS),  # USAJOBS's licences required to be considered
        ("EMPLOYMENT STANDARDS", SectionKind.REQUIREMENTS),  # a class specification's minimum qualifications
        # A class specification's stems, each over the list it opens: what is asked.
        ("Knowledge of:", SectionKind.REQUIREMENTS),
        ("Thorough knowledge of", SectionKind.REQUIREMENTS),
        ("Skill in:", SectionKind.REQUIREMENTS),
        ("Ability to:", SectionKind.REQUIREMENTS),
        ("Skills and abilities to", SectionKind.REQUIREMENTS),
        ("Ability to Commute:", SectionKind.CONDITIONS),  # one thing asked of where and when, no stem
        ("Certification Specialist", SectionKind.OTHER),  # a job's title
        ("Cybersecurity Journalists (Full-time office based)", SectionKind.OTHER),  # no "time off" in it
        ("About the role", SectionKind.ROLE),
        ("Position summary", SectionKind.ROLE),
        ("Position Purpose", SectionKind.ROLE),  # a public employer's words for the role's description
        ("Purpose of the Position", SectionKind.ROLE),
        ("Primary Function", SectionKind.ROLE),  # a job description's one sentence of what the job is for
        ("PRIMARY PURPOSE", SectionKind.ROLE),
        ("Basic Function", SectionKind.ROLE),
        ("Primary Functions", SectionKind.RESPONSIBILITIES),  # the duties, one by one
        ("Nature of Work", SectionKind.ROLE),
        # A public employer's class specification: what defines the class is the role; its examples of work, the duties.
        ("GENERAL DEFINITION", SectionKind.ROLE),
        ("Class Definition", SectionKind.ROLE),
        ("Role Definition", SectionKind.ROLE),  # a job specification's opening description of the role
        ("Distinguishing Characteristics", SectionKind.ROLE),
        ("Allocating Factors", SectionKind.ROLE),
        ("Series Nature of Work", SectionKind.ROLE),
        ("GENERAL DESCRIPTION", SectionKind.ROLE),  # a public employer's description of the job, before its duties
        ("General Summary", SectionKind.ROLE),
        ("General Requirements", SectionKind.REQUIREMENTS),  # what is asked, however general
        ("TYPICAL EXAMPLES OF WORK (ILLUSTRATIVE ONLY)", SectionKind.RESPONSIBILITIES),
        ("Examples of Work Performed", SectionKind.RESPONSIBILITIES),
        ("EXAMPLES OF ESSENTIAL WORK", SectionKind.RESPONSIBILITIES),  # "essential" here is the work's, not a must
        ("Essential Work Functions", SectionKind.RESPONSIBILITIES),
        ("Essential Skills", SectionKind.REQUIREMENTS),
        ("Definitions", SectionKind.OTHER),  # a glossary, no description of the job
        ("Examples of our work", SectionKind.OTHER),  # an agency's portfolio
        ("The opportunity", SectionKind.ROLE),
        # A heading that names the role but announces what it asks for, or what it does
        ("The ideal candidate for the role", SectionKind.REQUIREMENTS),
        ("Skills for the job", SectionKind.REQUIREMENTS),
        ("What you'll do in the role", SectionKind.RESPONSIBILITIES),
        ("About Acme", SectionKind.COMPANY),
        # The employer by its name, whatever a word of the name says elsewhere; an article's phrase is no name.
        ("About Kestrel Mutual Insurance", SectionKind.COMPANY),
        ("About Harbor Pay", SectionKind.COMPANY),
        ("About Bank of Marin", SectionKind.COMPANY),
        ("About Pay & Benefits", SectionKind.BENEFITS),
        ("About Our Benefits", SectionKind.BENEFITS),
        ("About The Role", SectionKind.ROLE),
        ("About Our Job", SectionKind.ROLE),  # the employer's own job, not the employer
        ("About our team", SectionKind.COMPANY),
        ("Who we are", SectionKind.COMPANY),
        ("Who you are working for - About Larkspur", SectionKind.COMPANY),  # whom the reader works for, no asks
        ("Who You'll Work For", SectionKind.COMPANY),
        # The employer asked after by its name or "we", the candidate by "you"; a job's audience is neither.
        ("Who are we?", SectionKind.COMPANY),
        ("Who is Harbor Health?", SectionKind.COMPANY),
        ("Who are you?", SectionKind.REQUIREMENTS),
        ("Who are we looking for?", SectionKind.REQUIREMENTS),
        ("Who is this role for?", SectionKind.OTHER),
        ("How to apply", SectionKind.APPLY),
        # A public employer's screening questions and how it selects are part of applying, no requirements.
        ("Supplemental Questions", SectionKind.APPLY),
        ("Supplemental Questionnaire", SectionKind.APPLY),
        ("Special Instructions to Applicants", SectionKind.APPLY),
        ("Quick Link for Direct Access to Posting", SectionKind.APPLY),
        ("Selection Process", SectionKind.APPLY),
        ("Equal Opportunity Employer", SectionKind.LEGAL),
        ("Diversity, equity and inclusion", SectionKind.LEGAL),
        ("Export Control", SectionKind.LEGAL),  # who may see controlled technology: no skill of the candidate
        ("ITAR Requirements", SectionKind.LEGAL),
        ("ITAR Compliance Engineer", SectionKind.OTHER),  # a job's title
        ("Miscellaneous", SectionKind.OTHER),
        ("Person specification", SectionKind.REQUIREMENTS),  # the UK's name for what a candidate must have
        ("The successful candidate will:", SectionKind.RESPONSIBILITIES),  # and a list of duties
        ("The successful candidate will have:", SectionKind.REQUIREMENTS),
        ("Successful candidates will:", SectionKind.RESPONSIBILITIES),
        ("Successful candidates will also have:", SectionKind.REQUIREMENTS),
        # What an application must hold is how to apply, not what the job asks of the candidate.
        ("You must include:", SectionKind.APPLY),
        ("Applicants should also include", SectionKind.APPLY),
        # A job's title is no notice, benefit or way to apply, whatever words it shares with them.
        ("Litigation Paralegal", SectionKind.OTHER),
        ("Senior Application Security Engineer", SectionKind.OTHER),
        ("Benefits Specialist", SectionKind.OTHER),
        ("Senior Privacy Engineer", SectionKind.OTHER),
        ("CVICU Registered Nurse - Sign-On Bonus Eligible", SectionKind.OTHER),
        ("Bonus points", SectionKind.PREFERRED),
        ("Legal Assistant Responsibilities", SectionKind.RESPONSIBILITIES),
        # "Legal" heads a notice; the legal department is the team the job is in, whose words are the job's.
        ("Legal", SectionKind.LEGAL),
        ("Legal Notice", SectionKind.LEGAL),
        ("Halvorsen Health — Legal Department", SectionKind.OTHER),
        ("Legal & Compliance", SectionKind.OTHER),
        ("About the Legal Team", SectionKind.COMPANY),
        # The conditional says the work as the future does ("What you'll be doing").
        ("What you’d be doing:", SectionKind.RESPONSIBILITIES),
        ("What you would do", SectionKind.RESPONSIBILITIES),
        ("What you'd bring", SectionKind.REQUIREMENTS),
        ("What we offer our consultants", SectionKind.BENEFITS),
        # The job's essential work, as US public employers title it, is its duties; essential skills are asked for.
        ("Essential Functions", SectionKind.RESPONSIBILITIES),
        ("Essential Job Functions", SectionKind.RESPONSIBILITIES),
        ("Essential Duties and Responsibilities", SectionKind.RESPONSIBILITIES),
        ("Essential Responsibilities", SectionKind.RESPONSIBILITIES),
        ("Essential skills", SectionKind.REQUIREMENTS),
        ("Essential criteria", SectionKind.REQUIREMENTS),
        # A clinic's or a county's list of the job's functions, with no "Essential" before it, is its duties.
        ("Functions:", SectionKind.RESPONSIBILITIES),
        ("Job Functions", SectionKind.RESPONSIBILITIES),
        ("Primary Functions", SectionKind.RESPONSIBILITIES),
        # A public employer's (USAJOBS's) eligibility, rating and papers: who may be hired and how to apply.
        ("Conditions of Employment", SectionKind.CONDITIONS),  # conditions the hire meets, no notice of the law
        ("This job is open to", SectionKind.LEGAL),
        ("Who May Apply", SectionKind.LEGAL),
        ("Selective Service", SectionKind.CONDITIONS),
        ("Veterans' Preference", SectionKind.LEGAL),  # who the law prefers among those who qualify
        ("Veterans Preference:", SectionKind.LEGAL),
        ("How You Will Be Evaluated", SectionKind.APPLY),
        ("How applicants are assessed", SectionKind.APPLY),
        ("Required Documents", SectionKind.APPLY),
        ("Supporting documents", SectionKind.APPLY),
        ("Travel Required", SectionKind.CONDITIONS),  # how much the job travels: a term, as its hours are
        ("Travel requirements", SectionKind.REQUIREMENTS),  # a plain text's requirements may run on under it
        ("Open to all", SectionKind.OTHER),
        ("Travel Nurse", SectionKind.OTHER),  # a job's title
        # A US job's class under the wage and hour law: a term of its pay, no knowledge asked of the candidate.
        ("FLSA Status", SectionKind.BENEFITS),
        ("FLSA:", SectionKind.BENEFITS),
        ("Knowledge of FLSA and FMLA", SectionKind.OTHER),  # a requirement's line, no heading over others
        # What the candidate knows is asked for, as skills are.
        ("Knowledge", SectionKind.REQUIREMENTS),
        ("Skill, Knowledge, and Abilities", SectionKind.REQUIREMENTS),
        # A friendly voice names its requirements by what the reader has done, brings or fits.
        ("You've done some of these things..", SectionKind.REQUIREMENTS),
        ("You’ve got", SectionKind.REQUIREMENTS),
        ("To do this, you'll need", SectionKind.REQUIREMENTS),
        ("The know-how you’ll bring to the crew", SectionKind.REQUIREMENTS),
        ("You might be a fit if…", SectionKind.REQUIREMENTS),
        ("What would make you a great fit", SectionKind.REQUIREMENTS),
        ("How does Kettlewell fit in?", SectionKind.OTHER),  # "fit" as a verb asks for nothing
        # Nice-to-haves by another idiom, perks as what the reader will enjoy, and who should apply as who fits.
        ("Extra brownie points if you:", SectionKind.PREFERRED),
        ("Extra points for", SectionKind.PREFERRED),
        ("Some things you’ll enjoy", SectionKind.BENEFITS),
        ("What you will enjoy", SectionKind.BENEFITS),
        ("You should apply if", SectionKind.REQUIREMENTS),
        ("Apply if you have", SectionKind.REQUIREMENTS),
        ("Apply now", SectionKind.APPLY),
        # Where the work happens ("within the organisation", "across teams") says how the job works, no blurb.
        ("Network interaction within Organization", SectionKind.OTHER),
        ("Collaboration across teams", SectionKind.OTHER),
        ("Our organisation", SectionKind.COMPANY),
        # The employer's own question of what it needs, and a day of the job's work, as a career site titles them.
        ("What do we need from you?", SectionKind.REQUIREMENTS),
        ("What do we look for?", SectionKind.REQUIREMENTS),
        # What the employer needs the reader to have, however it says so, even with an "also" on the way.
        ("We need you to have:", SectionKind.REQUIREMENTS),
        ("We'd love you to bring", SectionKind.REQUIREMENTS),
        ("You will also need to:", SectionKind.REQUIREMENTS),
        ("You'll also bring", SectionKind.REQUIREMENTS),
        ("You will also work on", SectionKind.RESPONSIBILITIES),
        ("A day in the life of a Senior Data Engineer at Brightwave", SectionKind.RESPONSIBILITIES),
        ("Day in the life", SectionKind.RESPONSIBILITIES),
        # What the position expects to be done is its work.
        ("Position Expectations:", SectionKind.RESPONSIBILITIES),
        ("Role expectations", SectionKind.RESPONSIBILITIES),
        ("What’s expected of you as a showing agent?", SectionKind.RESPONSIBILITIES),
        # The employer's values are its culture, whatever voice names them, not the work nor what is asked.
        ("You will aspire to our four core values:", SectionKind.COMPANY),
        ("Brightwave Core Values", SectionKind.COMPANY),
        ("Our company values", SectionKind.COMPANY),
        # Who may work in the country is eligibility, though it says "requirements"; an employer named Visa is none.
        ("Visa Requirements", SectionKind.LEGAL),
        ("Work Authorization:", SectionKind.LEGAL),
        ("Right to work", SectionKind.LEGAL),
        ("Visa sponsorship", SectionKind.LEGAL),
        ("About Visa", SectionKind.COMPANY),
        # The body the job asks for (lifting, standing) is a condition of the job, however the heading puts it.
        ("Physical Aspects of Position", SectionKind.CONDITIONS),
        ("Physical Activities", SectionKind.CONDITIONS),
        ("Physical Therapist", SectionKind.OTHER),  # a job's title
        # Whom the job deals with is a part of its duties, not whom to contact about it; "Get in contact with us" is.
        ("Primary Contact with the Market Place", SectionKind.OTHER),
        ("Contact with Clients", SectionKind.OTHER),
        ("Get in contact with us", SectionKind.APPLY),
        ("Contact Information", SectionKind.APPLY),
        # What the employer wants of the reader is asked for; what the reader needs to do is the work.
        ("All we want from you is:", SectionKind.REQUIREMENTS),
        ("What I expect of you", SectionKind.REQUIREMENTS),
        ("All you need to do is:", SectionKind.RESPONSIBILITIES),
        ("What you'll have to do", SectionKind.RESPONSIBILITIES),
        # Why the reader should want the employer, by its name, is its pitch; why the role matters is the role.
        ("Why Northwind?", SectionKind.COMPANY),
        ("Why Red Kestrel", SectionKind.COMPANY),
        ("What it's like working @ Northwind", SectionKind.COMPANY),
        ("What is it like to work at Northwind?", SectionKind.COMPANY),
        ("Why teach with us?", SectionKind.OTHER),
        ("Why you?", SectionKind.OTHER),
        ("Why this role", SectionKind.ROLE),
        ("Why This Role Is Important to Northwind", SectionKind.ROLE),
        ("Why You'll Love This Role", SectionKind.ROLE),
        ("An overview of this role", SectionKind.ROLE),
        ("Why you'll like working here", SectionKind.BENEFITS),
        # What to expect of the workplace is what the employer gives; what to expect of the role is the work.
        ("What to expect working here", SectionKind.BENEFITS),
        ("What you can expect as a team member", SectionKind.BENEFITS),
        ("What to expect in this role", SectionKind.RESPONSIBILITIES),
        ("What to expect from us", SectionKind.OTHER),  # its perks, or the steps of its interviews
        ("Nerdy Leadership Principles", SectionKind.COMPANY),
        ("Our Core Behaviors", SectionKind.COMPANY),
        ("Become a Computer Science Principles Facilitator", SectionKind.OTHER),
        ("This role is perfect for you if", SectionKind.REQUIREMENTS),
        ("You'll fit right in if", SectionKind.REQUIREMENTS),
        ("US and Canada EEOC Statement", SectionKind.LEGAL),
        # What employment waits on (a background check, a health screening): conditions the hire meets, no skill.
        ("Employment Requirements", SectionKind.CONDITIONS),
        ("Requirements of Employment", SectionKind.CONDITIONS),
        ("Job Requirements", SectionKind.REQUIREMENTS),
        # A perk named by what the employer pays toward is no education asked for.
        ("Continuing Education Allowance", SectionKind.BENEFITS),
        ("Education Assistance", SectionKind.BENEFITS),
        ("Employee Pet Discount", SectionKind.BENEFITS),
        ("Continuing Education", SectionKind.REQUIREMENTS),
        ("This position is now closed", SectionKind.OTHER),
        # Emoji and bullets that set a heading off are no words of it.
        ("💻 Role", SectionKind.ROLE),
        ("👋 You", SectionKind.REQUIREMENTS),
        ("Benefits 🎁", SectionKind.BENEFITS),
        ("Why Northwind? 🦊", SectionKind.COMPANY),
        ("The person", SectionKind.REQUIREMENTS),
        ("We want to hear from people who…", SectionKind.REQUIREMENTS),
        ("What are you going to do?", SectionKind.RESPONSIBILITIES),
        ("How you'll add value", SectionKind.RESPONSIBILITIES),
        ("A few reasons to work with us", SectionKind.BENEFITS),
        ("How Northwind will support you", SectionKind.BENEFITS),
        ("What does this mean for you?", SectionKind.BENEFITS),
        ("Our value to you", SectionKind.BENEFITS),
        ("What you can expect from Northwind", SectionKind.BENEFITS),
        ("Northwinders enjoy", SectionKind.BENEFITS),
        ("● Bonus and incentive plans", SectionKind.BENEFITS),
        ("Bonus if you have", SectionKind.PREFERRED),
        ("Our DEI+ commitment", SectionKind.LEGAL),
        ("You belong here.", SectionKind.LEGAL),
        ("Everyone is welcome at Northwind", SectionKind.LEGAL),
        # What the reader gets is the perks; what the reader gets to do is the work.
        ("What you'll get", SectionKind.BENEFITS),
        ("Here you'll get", SectionKind.BENEFITS),
        ("What you'll get to do", SectionKind.RESPONSIBILITIES),
        ("You'll Get To…", SectionKind.RESPONSIBILITIES),
        ("Why you will love being a part of Northwind", SectionKind.BENEFITS),
        # How to do well in the job is what it asks; the trade's applications are no application for it.
        ("How to be successful in this role", SectionKind.REQUIREMENTS),
        ("How to apply", SectionKind.APPLY),
        ("Application Support & Maintenance", SectionKind.OTHER),
        ("Application process", SectionKind.APPLY),
        # The team and the role told together are the role; the team alone is the employer's.
        ("About this team and role", SectionKind.ROLE),
        ("About the team & role", SectionKind.ROLE),
        # A public employer's "Summary of Position" is its "Position Summary", the role told.
        ("SUMMARY OF POSITION", SectionKind.ROLE),
        ("Summary of the Job", SectionKind.ROLE),
        ("Summary of Benefits", SectionKind.BENEFITS),
        ("About the team", SectionKind.COMPANY),
        ("About our company and job openings", SectionKind.COMPANY),
        ("What you'll enjoy at Northwind", SectionKind.BENEFITS),
        # What the employer does is the employer's, as who it is; what the reader will do is the work.
        ("What We Do", SectionKind.COMPANY),
        ("What you will do", SectionKind.RESPONSIBILITIES),
        # The employer's care for its people heads its perks; "about you" alone asks of the reader.
        ("We care about you", SectionKind.BENEFITS),
        ("How we take care of you", SectionKind.BENEFITS),
        ("About you", SectionKind.REQUIREMENTS),
        # What disqualifies a candidate is a condition of being hired, as a screening is: no skill asked.
        ("Disqualifying Factors", SectionKind.CONDITIONS),
        ("Automatic Disqualifiers", SectionKind.CONDITIONS),
        ("Automatic DQs", SectionKind.CONDITIONS),
        ("Typical Work Activities", SectionKind.RESPONSIBILITIES),
        # "Offer" heads the perks, but an offer said to fit whoever has what follows asks for it.
        ("This offer will be a perfect match for you if you have", SectionKind.REQUIREMENTS),
        ("This job offer is for you if you have", SectionKind.REQUIREMENTS),
        ("The offer is right for you if you bring", SectionKind.REQUIREMENTS),
        ("What we offer if you join us", SectionKind.BENEFITS),
        ("Our offer", SectionKind.BENEFITS),
        # "Optional" over what the requirements leave to the candidate is nice to have; an optional perk is a perk.
        ("Optional", SectionKind.PREFERRED),
        ("Optional:", SectionKind.PREFERRED),
        ("Optional skills", SectionKind.PREFERRED),
        ("Optional Qualifications", SectionKind.PREFERRED),
        ("Optional benefits", SectionKind.BENEFITS),
        ("Optional dental and vision", SectionKind.OTHER),
        # A 30-60-90-day plan says the work, each step alike, whether or not its heading says "you will"; a time
        # alone on its line ("After 90 days" under "Medical, dental and vision") is when a perk begins.
        ("Within 1 month, you’ll", SectionKind.RESPONSIBILITIES),
        ("Within 6 months, you'll:", SectionKind.RESPONSIBILITIES),
        ("In your first 90 days, you will", SectionKind.RESPONSIBILITIES),
        ("In your first month", SectionKind.RESPONSIBILITIES),
        ("Within your first year", SectionKind.RESPONSIBILITIES),
        ("After 6 months, you’ll", SectionKind.RESPONSIBILITIES),
        ("Within 30 days", SectionKind.OTHER),
        ("After 90 days", SectionKind.OTHER),
    ],
)
def test_headings_are_classified(heading: str, kind: SectionKind) -> None:
    assert classify_heading(heading) is kind


def test_the_skills_a_boards_box_about_the_employer_lists_are_the_employers_not_requirements() -> None:
    # Built In's company box: its "Top Skills" are what the employer works with, the same for every job of its.
    text = (
        "# Account Executive\n\n## Requirements\n\n- 3+ years of SaaS sales\n\n## About Fernhollow\n\n"
        "Fernhollow builds permitting software.\n\nTop Skills: Salesforce, Gong, Outreach\n\n### What We Do\n\n"
        "Fernhollow serves 400 cities.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert [kind for kind, said in sections if "Gong" in said] == [SectionKind.COMPANY]
    assert [kind for kind, said in sections if "400 cities" in said] == [SectionKind.COMPANY]
    # Under the job's own heading, a field of skills still asks for them.
    asked = "# Account Executive\n\n## The Role\n\nSell software.\n\nTop Skills: Salesforce, Gong\n"
    assert [s.kind for s in parse(asked).sections if "Gong" in s.text] == [SectionKind.REQUIREMENTS]


def test_a_label_of_what_a_preferred_qualification_is_about_leaves_it_preferred() -> None:
    # A job board's list pasted without its bullets: "Language skills:" names the topic of a preferred line, not a
    # new list of requirements; "Required:" after it does say the rest is required.
    text = (
        "Reading Intervention Teacher\nLakemont Unified School District\n\nMinimum Qualifications\n"
        "Valid multiple subject credential\nThree years of teaching\n\nPreferred Qualifications\n"
        "Reading Specialist credential\nLanguage skills: bilingual in Spanish or Tagalog\n"
        "Experience leading adults: grade-level lead or mentor teacher\nRequired: a clear TB test on file\n\n"
        "How to Apply\nApply on the district's site.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert [kind for kind, said in sections if "Tagalog" in said] == [SectionKind.PREFERRED]
    assert [kind for kind, said in sections if "mentor teacher" in said] == [SectionKind.PREFERRED]
    assert [kind for kind, said in sections if "TB test" in said] == [SectionKind.REQUIREMENTS]
    # Among the requirements, the same label keeps them required.
    required = text.replace("Preferred Qualifications\nReading Specialist credential\n", "")
    assert [s.kind for s in parse(required).sections if "Tagalog" in s.text] == [SectionKind.REQUIREMENTS]
    # After a label of the preferred qualifications, a label is the next list of its kind: it says what it is.
    labels = "Aide\n\nRequired: a diploma\nPreferred: a year in a classroom\nSkills: patience with children\n"
    assert [s.kind for s in parse(labels).sections if "patience" in s.text] == [SectionKind.REQUIREMENTS]


def test_lines_under_a_knowledge_heading_are_requirements_a_bold_line_of_them_too() -> None:
    posting = (
        "# Freight Planner\n\n## Duties\n- Plan inbound loads\n\n"
        "Knowledge:\n\n**Sound knowledge of customs tariffs**\n"
        "Working knowledge of a routing tool\nAdvanced knowledge of incoterms\n"
    )
    kinds = [s.kind for s in parse(posting).sections]
    assert kinds[1:] == [SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.REQUIREMENTS]


def test_a_list_written_one_item_a_line_without_marks_is_read_by_its_items_as_a_marked_one_is() -> None:
    posting = (
        "# Freight Planner\n\n## Duties\n- Plan inbound loads\n\n## The toolkit\n\n"
        "Advanced knowledge of customs tariffs\nWorking knowledge of a routing tool\nProficiency in SQL\n"
    )
    assert parse(posting).sections[-1].kind is SectionKind.REQUIREMENTS


def test_a_paragraph_wrapped_over_lines_is_no_list_without_marks() -> None:
    posting = (
        "# Freight Planner\n\n## Duties\n- Plan inbound loads\n\n## The toolkit\n\n"
        "Our planners have knowledge of customs tariffs and\nworking knowledge of a routing tool, which\n"
        "they share with proficiency in SQL.\n"
    )
    assert parse(posting).sections[-1].kind is SectionKind.OTHER


def test_a_list_of_what_working_here_is_like_is_no_duty_though_its_items_open_with_verbs() -> None:
    culture = ["Work alongside a friendly team", "Collaborate in an open office", "Support from caring leaders"]
    items = "".join(f"- {item}\n" for item in culture)
    posting = f"# Marketing Lead\n\n## Duties\n- Plan the trade fair\n\n## What to expect working here\n\n{items}"
    assert parse(posting).sections[-1].kind is SectionKind.BENEFITS


def test_a_block_under_a_heading_of_where_the_work_happens_is_no_company_blurb() -> None:
    posting = (
        "# Route Analyst\n\n## Duties\n- Plan routes\n\n"
        "Stakeholder interaction within the Organisation:\n\n1/ Depot managers on load planning\n2/ Finance on costs\n"
    )
    assert parse(posting).sections[-1].kind is SectionKind.OTHER


def test_a_paragraph_that_says_what_the_job_requires_in_our_words_is_no_company_blurb() -> None:
    posting = (
        "# Dental Receptionist\n\nGreet our patients and keep the schedule full.\n\n"
        "Keeping our recall lists current according to our office procedures is required.\n\n"
        "## Duties\n- Confirm appointments\n"
    )
    kinds = [s.kind for s in parse(posting).sections]
    assert SectionKind.COMPANY not in kinds and kinds[-1] is SectionKind.RESPONSIBILITIES


def test_a_posting_titled_with_a_word_of_legal_or_application_text_keeps_its_title_and_opening() -> None:
    posting = (
        "# Litigation Paralegal\n\nCastellan & Reyes LLP seeks a paralegal for its trial team.\n\n## Duties\n- Draft"
    )
    found = parse(posting + " discovery responses\n")
    assert [s.kind for s in found.sections] == [SectionKind.ROLE, SectionKind.RESPONSIBILITIES]
    assert "Castellan & Reyes LLP seeks a paralegal" in found.sections[0].text  # weighed as the role's
    assert found.details.title is not None and found.details.title.value == "Litigation Paralegal"


def test_the_legal_department_a_job_is_in_heads_words_of_the_job_not_a_legal_notice() -> None:
    posting = (
        "# E-Discovery Analyst\n\n**Halvorsen Health — Legal Department**\n\n"
        "You will run legal holds, collect ESI and manage review in Relativity for our litigation team.\n\n"
        "## Requirements\n- Three years of e-discovery work\n\n## Legal Notice\nHalvorsen Health is an equal "
        "opportunity employer.\n"
    )
    found = parse(posting)
    kinds = {s.kind for s in found.sections if "legal holds" in s.text}
    assert kinds and SectionKind.LEGAL not in kinds
    assert [s.kind for s in found.sections if "equal opportunity" in s.text] == [SectionKind.LEGAL]


def test_a_title_that_offers_a_bonus_is_the_title_not_a_section_of_nice_to_haves() -> None:
    found = parse("# Delivery Driver - Sign-On Bonus Eligible\n\nLocation: Tulsa, OK\n\n## Duties\n- Deliver parcels\n")
    assert found.details.title is not None and found.details.title.value == "Delivery Driver"
    assert found.sections[0].kind is SectionKind.ROLE


def test_a_day_in_the_life_of_the_job_on_a_line_of_its_own_heads_the_work_in_plain_text() -> None:
    # Copied from a careers page: no marks, the heading names the job and the employer, and runs past five words.
    text = (
        "Data Engineer\n\nAbout the team\n\nWe build the data platform.\n\n"
        "A day in the life of a Data Engineer at Brightwave\n\nYou own pipelines end to end.\n\n"
        "What do we need from you?\n\n5+ years of SQL and Airflow\n"
    )
    assert [(s.kind, s.heading) for s in parse(text).sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.COMPANY, "About the team"),
        (SectionKind.RESPONSIBILITIES, "A day in the life of a Data Engineer at Brightwave"),
        (SectionKind.REQUIREMENTS, "What do we need from you?"),
    ]


def test_a_short_question_we_know_is_a_heading_emoji_and_all() -> None:
    text = "SEO Writer\n\n📖 What do I need?\n\n* Excellent writing skills\n\nWhat will I do?\n\n* Write guides\n"
    found = parse(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.REQUIREMENTS, "📖 What do I need?"),
        (SectionKind.RESPONSIBILITIES, "What will I do?"),
    ]


def test_an_emoji_before_a_bold_heading_does_not_hide_its_bold() -> None:
    # A board sets an emoji before each heading: "💬 **Who we are looking for**" is bold as "**…**" alone is, and the
    # heading keeps its emoji. An emoji that marks a list's items is no heading ("🎯 Grit and curiosity").
    text = (
        "Inside Sales Rep\n\n✨ **What you will be doing every single day**\n\n* Call leads\n\n"
        "💬 **Who we are looking for**\n\n🎯 Grit and curiosity\n🎯 Two years of phone sales\n"
    )
    assert _kinds_and_headings(text)[1:] == [
        (SectionKind.RESPONSIBILITIES, "✨ What you will be doing every single day"),
        (SectionKind.REQUIREMENTS, "💬 Who we are looking for"),
    ]


def test_an_emoji_before_a_bare_heading_is_no_word_of_it_unless_the_lines_around_open_with_one_too() -> None:
    # "💬 Who we are looking for" has five words, as a bare heading may; a benefits list whose items each open with an
    # emoji ("🏝 Unlimited PTO for every employee") has no heading among them, however short an item.
    headed = "Inside Sales Rep\n\n✨ What will you do?\n\n- Call leads\n\n💬 Who we are looking for\n\n- Grit\n"
    assert _kinds_and_headings(headed)[2] == (SectionKind.REQUIREMENTS, "💬 Who we are looking for")
    perks = (
        "Inside Sales Rep\n\nWhat we offer\n\n💻 Work from home with a remote team\n\n"
        "🏝 Unlimited PTO for every employee"
        "\n\n🍼 Generous paid parental leave for all parents\n"
    )
    assert _kinds_and_headings(perks)[1:] == [(SectionKind.BENEFITS, "What we offer")]


def test_a_heading_about_your_team_or_role_asks_nothing_of_the_reader() -> None:
    # "About you" asks for the candidate; "What about your team?" tells of the team the reader would join.
    assert classify_heading("About you") is SectionKind.REQUIREMENTS
    assert classify_heading("About your time zone") is SectionKind.REQUIREMENTS
    assert classify_heading("What about your team?") is not SectionKind.REQUIREMENTS
    assert classify_heading("🤝 About your team") is not SectionKind.REQUIREMENTS


def test_a_longer_question_we_know_is_a_heading_too() -> None:
    text = (
        "Platform Engineer\n\nWhat are some of the challenges you will be working on?\n\nScaling our queues\n\n"
        "Who are you, and what do you bring to our platform team?\n\nFive years of Go\n"
    )
    assert [(s.kind, s.heading) for s in parse(text).sections][1:] == [
        (SectionKind.RESPONSIBILITIES, "What are some of the challenges you will be working on?"),
        (SectionKind.REQUIREMENTS, "Who are you, and what do you bring to our platform team?"),
    ]


def test_a_question_we_do_not_know_is_no_heading() -> None:
    assert [s.heading for s in parse("SEO Writer\n\nAre you interested?\nWrite to us.\n").sections] == [""]


def test_short_sentences_and_fields_are_not_headings() -> None:
    found = parse("Data Engineer\n\nLocation: Lisbon\nWe use Python.\nYou have fun.\n")
    assert [s.heading for s in found.sections] == [""]


def test_a_mention_of_equity_in_a_long_paragraph_does_not_make_it_benefits() -> None:
    text = (
        "Intro\n\nYou will design the data systems behind our lending decisions, with a focus on fairness and "
        "equity for every applicant. You will work with analysts, product managers and engineers across three "
        "countries, own the pipelines end to end, and help us decide which models go into production next year."
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE]


def test_a_description_run_into_one_paragraph_is_the_role_though_it_opens_with_pay_and_ends_with_benefits() -> None:
    body = (
        "Harbor Family Medicine is hiring a Billing Specialist - $21.00 - $26.50 per hour. The Billing Specialist "
        "reviews claims for accuracy before they are sent to payers, posts payments and adjustments, follows up on "
        "denied and unpaid claims with insurers, answers patients' questions about their statements, sets up payment "
        "plans, reconciles the daily deposit with the front desk, and prepares the monthly aging report for the "
        "office manager. You will also train new front desk staff on check-in and insurance verification. Two "
        "years of medical billing experience and knowledge of CPT coding are required; experience with Epic is a "
        "plus. We offer medical, dental and vision insurance, a 401(k) with "
        "match and paid time off."
    )
    for text in (f"Billing Specialist\n\nFull job description\n\n{body}\n", f"{body}\n"):
        kinds = [s.kind for s in parse(text).sections if "claims" in s.text]
        assert kinds == [SectionKind.ROLE]


def test_a_long_paragraph_of_pay_and_benefits_is_benefits() -> None:
    text = (
        "Billing Specialist\n\nFull job description\n\nThe pay for this role is $21.00 - $26.50 per hour, set by "
        "experience. You will have medical, dental and vision insurance from your first day, with our share of the "
        "premium at 90 percent for you and your family. Our 401(k) plan matches four percent, and you earn paid time "
        "off from day one, with eleven paid holidays. We care about our people.\n"
    )
    assert [s.kind for s in parse(text).sections][-1] is SectionKind.BENEFITS


def test_format_metadata_wins_over_guesses() -> None:
    stated = (Candidate("title", "Staff Data Engineer", "json-ld"), Candidate("company", "Bar Inc", "json-ld"))
    found = parse("Data Engineer at Foo\n\nText.", stated=stated)
    assert (found.title, found.company) == ("Staff Data Engineer", "Bar Inc")


def test_words_count_each_section() -> None:
    found = parse("Title Engineer\n\nRequirements:\n- one two three\n")
    assert [(s.kind, s.words) for s in found.sections] == [(SectionKind.ROLE, 2), (SectionKind.REQUIREMENTS, 4)]


_REQUIREMENTS_THEN_PAY = """Payroll Specialist

## What we're looking for

- 3+ years of payroll experience
- Knowledge of benefits administration

The base salary for this role is $58,000 to $72,000 a year, plus our benefits program (health, dental,
401k), generous paid time off and an equity grant.

To apply, send your CV and a cover letter to the hiring team.

We are an equal opportunity employer and do not discriminate on the basis of race, gender or age.
"""


def test_pay_apply_and_legal_paragraphs_after_a_list_of_requirements_are_what_they_say() -> None:
    kinds = [(s.kind, s.text.split()[0]) for s in parse(_REQUIREMENTS_THEN_PAY).sections]
    assert kinds == [
        (SectionKind.ROLE, "Payroll"),
        (SectionKind.REQUIREMENTS, "-"),
        (SectionKind.BENEFITS, "The"),
        (SectionKind.APPLY, "To"),
        (SectionKind.LEGAL, "We"),
    ]


def test_a_labelled_line_of_home_time_after_a_list_of_requirements_is_no_requirement() -> None:
    text = (
        "Flatbed Driver\n\nYOU HAVE:\n- Class A CDL with 2 years of experience\n- Clean driving record\n\n"
        "HOME TIME: home every weekend for 2 days\nCall Dana at 555-0100\n"
    )
    sections = parse(text).sections
    assert [s.kind for s in sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS, SectionKind.CONDITIONS]
    assert "home" not in sections[1].text.lower()


def test_what_follows_the_pay_under_a_requirements_heading_is_no_requirement() -> None:
    text = (
        "Payroll Specialist\n\n## What we're looking for\n\n- 3+ years of payroll experience\n\n"
        "Our target base salary ranges for this role are the following:\n\n"
        "- US employees: $58,000 - $72,000\n- Canadian employees: CAD 70,000 - 88,000\n\n"
        "Acme is a software company, not a bank. Banking services provided by Example Bank, Member FDIC.\n"
    )
    kinds = [(s.kind, s.text.split()[0]) for s in parse(text).sections]
    assert kinds == [(SectionKind.ROLE, "Payroll"), (SectionKind.REQUIREMENTS, "-"), (SectionKind.BENEFITS, "Our")]


def test_a_list_that_plainly_asks_for_something_after_the_pay_is_a_requirement_again() -> None:
    text = (
        "Payroll Specialist\n\n## Requirements\n\n- 3+ years of payroll experience\n\n"
        "The base salary for this role is $58,000 to $72,000 a year.\n\n"
        "- Knowledge of Sage payroll\n- Experience with benefits administration\n"
    )
    kinds = [(s.kind, s.text.split()[0]) for s in parse(text).sections]
    assert kinds == [
        (SectionKind.ROLE, "Payroll"),
        (SectionKind.REQUIREMENTS, "-"),
        (SectionKind.BENEFITS, "The"),
        (SectionKind.REQUIREMENTS, "-"),
    ]


def test_a_paragraph_that_asks_for_something_stays_a_requirement_whatever_it_mentions() -> None:
    text = (
        "Payroll Specialist\n\n## Requirements\n\n- 3+ years of payroll experience\n\n"
        "Experience with 401(k) plans, dental and health insurance and salary benchmarking.\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_a_list_under_requirements_is_a_requirement_even_when_it_names_pay() -> None:
    text = "Payroll Specialist\n\n## Requirements\n\n- Payroll\n\n- Salary benchmarking, 401(k) plans\n- PTO policy\n"
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


@pytest.mark.parametrize(
    "line",
    [
        "Must be able to lift 50 lbs",
        "MUST BE PHYSICALLY ABLE TO CLIMB LADDERS",
        "Capable of standing for long periods",
        "Frequent Lifting of up to 25 kg",
        "Carrying 40 pounds up stairs",
        "Open availability, including nights, weekends and holidays",
        "Flexible Schedule",
        "Available to work early mornings",
        "Must work OVERNIGHTS / weekends",
        "Build data pipelines in Python",
        "Teach evening and weekend classes",
        "Lead a team of five",
        "Must be able to worK weekends",  # the Kelvin sign, a "k" to a case-blind pattern
        "Ni̇ghts and weekends required",
        "",
    ],
)
def test_a_demand_is_told_by_its_pattern_alone_its_cue_words_only_spare_the_lines_without_them(line: str) -> None:
    # Every item of every posting is asked both questions: a line holding no word either pattern needs is answered
    # without scanning it, and every line gets the answer the pattern alone gives.
    assert items._states_physical_demand(line) is bool(items._PHYSICAL_DEMAND.search(line))
    assert items.states_hours(line) is bool(items._HOURS_DEMAND.search(line))


@pytest.mark.parametrize("heading", ["Physical Requirements", "Physical Demands", "Working Conditions"])
def test_the_physical_demands_of_the_job_are_its_conditions_not_its_benefits_and_weigh_nothing(heading: str) -> None:
    text = (
        f"Ambulance Dispatcher\n\n## Duties\n\n- Dispatch crews\n\n## {heading}\n\n"
        "- Lift and carry up to 50 lbs\n- Sit for long periods\n\n## Benefits\n\n- Pension\n"
    )
    kinds = {s.heading: s.kind for s in parse(text).sections}
    assert (kinds[heading], kinds["Benefits"]) == (SectionKind.CONDITIONS, SectionKind.BENEFITS)
    assert SECTION_WEIGHTS[SectionKind.CONDITIONS] == 0.0


def test_a_perk_of_working_hours_in_a_list_of_benefits_without_marks_heads_no_section_of_conditions() -> None:
    text = "Night Receptionist\n\nBenefits\nPaid holidays\nFamily-friendly working hours\nA staff canteen\n"
    sections = [(s.kind, s.heading) for s in parse(text).sections]
    assert sections == [(SectionKind.ROLE, ""), (SectionKind.BENEFITS, "Benefits")]


def test_an_item_that_states_a_physical_demand_weighs_nothing_wherever_it_is_listed() -> None:
    text = (
        "Warehouse Lead\n\n## What you need\n\n- Two years leading a picking team\n"
        "- Must be able to lift 50 lbs and climb ladders\n- Forklift certification\n"
        "- Ability to stand and walk for a full shift\n\n## What you will do\n\n- Train new pickers\n"
        "- Frequent lifting, pushing and pulling of up to 25 kg\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections == [
        (SectionKind.ROLE, "Warehouse Lead"),
        (SectionKind.REQUIREMENTS, "- Two years leading a picking team\n- Forklift certification"),
        (
            SectionKind.CONDITIONS,
            "- Must be able to lift 50 lbs and climb ladders\n- Ability to stand and walk for a full shift",
        ),
        (SectionKind.RESPONSIBILITIES, "- Train new pickers"),
        (SectionKind.CONDITIONS, "- Frequent lifting, pushing and pulling of up to 25 kg"),
    ]


def test_what_the_employer_will_not_count_weighs_nothing_but_turning_away_those_who_lack_something_is_asked() -> None:
    text = (
        "Clinical Research Associate II\n\n## Requirements\n\n"
        "- 3+ years of monitoring as a CRA (site coordinator experience alone does not qualify).\n"
        "- Expert knowledge of Python and SQL. Experience with PHP frameworks will not be considered.\n"
        "- Applicants without a bachelor's degree will not be considered.\n"
        "- Candidates who do not hold an RN license are not accepted.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections == [
        (SectionKind.ROLE, "Clinical Research Associate II"),
        (
            SectionKind.REQUIREMENTS,
            "- 3+ years of monitoring as a CRA.\n- Expert knowledge of Python and SQL.\n"
            "- Applicants without a bachelor's degree will not be considered.\n"
            "- Candidates who do not hold an RN license are not accepted.",
        ),
        (
            SectionKind.CONDITIONS,
            "site coordinator experience alone does not qualify Experience with PHP frameworks will not be considered.",
        ),
    ]
    assert SECTION_WEIGHTS[SectionKind.CONDITIONS] == 0


def test_what_the_employer_gives_the_hire_to_grow_is_a_benefit_not_an_ask_and_a_duty_to_others_stays() -> None:
    text = (
        "Litigation Associate\n\n## The Role\n\n"
        "Draft motions and take depositions. This role provides mentorship from senior attorneys. "
        "You will receive formal training in trial advocacy.\n\n"
        "## Duties\n\n- This position provides administrative support to the managing partner.\n"
        "- This role offers the opportunity to argue motions in state court.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections == [
        (SectionKind.ROLE, "Litigation Associate"),
        (SectionKind.ROLE, "Draft motions and take depositions."),
        (
            SectionKind.BENEFITS,
            "This role provides mentorship from senior attorneys. You will receive formal training in trial advocacy.",
        ),
        # Support given to someone is the job's duty, and "the opportunity to" goes on to name the work itself.
        (
            SectionKind.RESPONSIBILITIES,
            "- This position provides administrative support to the managing partner.\n"
            "- This role offers the opportunity to argue motions in state court.",
        ),
    ]
    assert SECTION_WEIGHTS[SectionKind.BENEFITS] == 0


@pytest.mark.parametrize(
    "line",
    [
        "- Internships do not count toward the five years.",
        "Academic research experience is not counted (industry only).",
    ],
)
def test_a_line_that_only_says_what_is_not_counted_leaves_nothing_asked(line: str) -> None:
    assert items.not_counted_apart(line)[0] == ""


def test_a_long_duty_that_ends_on_what_it_takes_to_lift_stays_a_duty() -> None:
    # A duty whose last clause says how heavy the work is asks for the duty; a carry-on is a bag, not a lift.
    text = (
        "Cabin Agent\n\n## Duties\n\n"
        "- Know the evacuation procedures and every kind of emergency equipment on board; open each exit and "
        "ramp, including the ability to lift up to 60 pounds\n"
        "- Help travelers stow carry-on luggage of up to 30 pounds\n"
        "- Lifting of up to 60 pounds; opening exits and ramps\n"
    )
    sections = [(s.kind, s.text.count("\n")) for s in parse(text).sections]
    assert sections == [(SectionKind.ROLE, 0), (SectionKind.RESPONSIBILITIES, 1), (SectionKind.CONDITIONS, 0)]


def test_an_item_that_states_a_screening_the_hire_submits_to_weighs_nothing() -> None:
    # A condition of being hired, as lifting is a condition of the work: no posting asks a drug screen of a CV.
    text = (
        "Seed Sales Agronomist\n\n## Requirements\n\n- Three years advising growers\n"
        "- Willingness to participate in random drug and alcohol testing\n"
        "- Must pass a background check and drug screen\n- Subject to a pre-employment drug test\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1] == (SectionKind.REQUIREMENTS, "- Three years advising growers")
    assert sections[2][0] is SectionKind.CONDITIONS and sections[2][1].count("\n") == 2


@pytest.mark.parametrize(
    "item",
    [
        "No preventable accidents in the last 3 years",
        "No more than two moving violations within the past 36 months",
        "More than three speeding tickets in the previous five years",
        "Any license suspension in the last 12 months",
        "No felony or misdemeanor convictions during the past seven years",
        # "have no", "with no", "must not have", "free of": the same, said without a stretch of time.
        "Driver can have no preventable CMV accidents",
        "Must have no more than two moving violations",
        "Candidates must not have any DUI convictions",
        "Must be free of serious traffic violations",
        "Applicants with no open disciplinary actions on their license",
    ],
)
def test_an_item_that_states_what_the_hires_record_must_not_hold_weighs_nothing(item: str) -> None:
    # A record the hire must not have, looked back over a stretch of time, is a condition of being hired as a
    # screening is: the CV is not asked to say "moving violations" or "felony", and a CV lacking them lacks nothing.
    text = f"School Bus Driver\n\n## Requirements\n\n- Two years driving a route bus\n- {item}\n"
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1] == (SectionKind.REQUIREMENTS, "- Two years driving a route bus")
    assert sections[2] == (SectionKind.CONDITIONS, f"- {item}")


@pytest.mark.parametrize(
    "item",
    [
        "Any combination of training and experience in the field",
        "No less than five years of litigation experience in the last ten years",
        "Must have no less than three years of Python experience",
        "Comfortable with no-code tools such as Airtable",
        "Ensure no HIPAA violations occur during chart reviews",
        "Must have any of the following certifications: CPR, BLS",
    ],
)
def test_an_item_opened_by_no_or_any_that_asks_for_experience_stays_a_requirement(item: str) -> None:
    text = f"Paralegal\n\n## Requirements\n\n- {item}\n"
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_an_item_that_states_how_the_hire_gets_to_work_or_where_they_work_from_weighs_nothing() -> None:
    # A condition of employment, as a screening is: "transportation" would otherwise meet a bullet that "Coordinated
    # transportation for 40 clients", and "work from home" one that "Moved the team to remote work".
    text = (
        "Community Case Manager\n\n## Requirements\n\n- Two years of case management\n"
        "- Must have reliable transportation and a valid driver's license\n"
        "- Ability to work from home with a quiet, HIPAA-compliant workspace\n"
        "- Must be able to commute to our Eastgate office three days a week\n"
        "- Reliable high-speed internet\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1] == (SectionKind.REQUIREMENTS, "- Two years of case management")
    assert sections[2][0] is SectionKind.CONDITIONS and sections[2][1].count("\n") == 3


@pytest.mark.parametrize(
    "item",
    [
        "You can come into our Lakewood office at least three business days a week on a flexible schedule",
        "Be in the newsroom at least two days each week",
        "Work from our Fresno clinic three days per week",
        "Join us at the Tacoma studio on-site four days a week",
    ],
)
def test_an_item_that_states_the_days_a_week_in_the_office_weighs_nothing(item: str) -> None:
    # Where and when the hire works, as a schedule is: "business", "flexible" and "schedule" would otherwise meet a
    # bullet's ("Built a flexible schedule for 30 staff").
    text = f"Payroll Specialist\n\n## Requirements\n\n- Two years running payroll\n- {item}\n"
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1] == (SectionKind.REQUIREMENTS, "- Two years running payroll")
    assert sections[2] == (SectionKind.CONDITIONS, f"- {item}")


@pytest.mark.parametrize(
    "item",
    [
        "- You can come into our Lakewood office at least three business days a week on a\n  flexible schedule",
        "- Ability to work a flexible schedule, including evenings, weekends\n  and holidays as needed",
        "- Must be able to lift up to 50 pounds and stand for long periods of time during\n  a twelve-hour shift",
    ],
)
def test_an_item_wrapped_onto_a_line_in_small_letters_is_judged_whole_and_goes_whole(item: str) -> None:
    # The wrapped line goes on with the item above it: where the item states where or when the hire works, or what
    # the work demands of the body, all of it is the condition, and no half of it is left among the requirements.
    text = f"Payroll Specialist\n\n## Requirements\n\n- Two years running payroll\n{item}\n"
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1] == (SectionKind.REQUIREMENTS, "- Two years running payroll")
    assert sections[2] == (SectionKind.CONDITIONS, item)


@pytest.mark.parametrize(
    "item",
    [
        "- Coordinate shift schedules for 40 nurses, 12-hour shifts, and\n  track overtime in Kronos",
        "- Train new cooks on knife skills and safe lifting of stock pots up to\n  50 pounds in a busy kitchen",
    ],
)
def test_a_duty_wrapped_onto_a_line_in_small_letters_stays_whole_among_the_duties(item: str) -> None:
    # Judged whole, a duty that names shifts or pounds is still a duty: neither its first line nor its second is a
    # condition on its own.
    text = f"Charge Nurse\n\n## Responsibilities\n\n- Lead the unit's daily huddle\n{item}\n"
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1] == (SectionKind.RESPONSIBILITIES, f"- Lead the unit's daily huddle\n{item}")


def test_an_item_that_asks_for_a_drivers_credential_or_more_than_the_condition_stays_a_requirement() -> None:
    # A CDL is a driver's credential of the trade; an item that also asks for experience asks for what a CV shows;
    # arranging transportation and supporting remote work are duties.
    text = (
        "Route Driver\n\n## Requirements\n\n- Valid commercial driver's license (Class B)\n"
        "- Valid driver's license and two years of home care experience\n"
        "- Arrange transportation for clients to medical appointments\n"
        "- Support staff who work remotely with laptops and VPN access\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


@pytest.mark.parametrize(
    "item",
    [
        "Valid driver's license and clean driving record",
        "Valid driver's license with a clean MVR",
        "Current driver's license and an acceptable motor vehicle record",
    ],
)
def test_an_item_that_asks_for_a_clean_driving_record_beside_the_licence_stays_a_requirement(item: str) -> None:
    # A service van's driver shows a clean record as a carrier's does (a CV's "clean MVR"): the licence beside it
    # does not make the item a condition that weighs nothing.
    text = f"Service Technician\n\n## Requirements\n\n- Three years of field service\n- {item}\n"
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_an_item_that_asks_for_running_a_testing_program_stays_a_requirement() -> None:
    text = (
        "Safety Coordinator\n\n## Requirements\n\n- Administer the DOT drug and alcohol testing program\n"
        "- Coordinate background checks for new drivers\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_a_long_lead_in_saying_the_list_is_required_heads_a_requirements_section() -> None:
    text = (
        "Field Technician\n\n**Job Description:**\nYou keep the county's irrigation pumps running.\n\n"
        "**The following skills, experience, education, knowledge and agreements are required for this position:**\n\n"
        "* Two years of pump repair\n* A clean driving record\n"
    )
    found = [(s.kind, s.heading) for s in parse(text).sections]
    assert found[-1] == (
        SectionKind.REQUIREMENTS,
        "The following skills, experience, education, knowledge and agreements are required for this position",
    )
    # A long line that ends in a colon without saying what follows is required is no heading for it.
    prose = "The following is a long paragraph about our mission, our growers and the valleys we serve, all of it:"
    assert find_heading(prose) is None


def test_an_item_that_asks_for_a_skill_of_lifting_or_standing_stays() -> None:
    text = (
        "Physical Therapist\n\n## Requirements\n\n- Able to teach safe lifting and transfers to caregivers\n"
        "- Experience with sit-to-stand training\n- Ability to lead a team of four\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_an_item_that_states_the_hours_of_the_job_weighs_nothing() -> None:
    # "Open availability" would otherwise meet a bullet that "Opened the branch".
    text = (
        "Branch Supervisor\n\n## Requirements\n\n- Two years supervising a front desk\n"
        "- Open availability, including nights, weekends and holidays\n- Flexible schedule\n"
        "- Able to work evenings and weekends as needed\n\n## Duties\n\n- Teach evening and weekend classes\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections == [
        (SectionKind.ROLE, "Branch Supervisor"),
        (SectionKind.REQUIREMENTS, "- Two years supervising a front desk"),
        (
            SectionKind.CONDITIONS,
            "- Open availability, including nights, weekends and holidays\n- Flexible schedule\n"
            "- Able to work evenings and weekends as needed",
        ),
        (SectionKind.RESPONSIBILITIES, "- Teach evening and weekend classes"),  # a duty, not the hours
    ]


def test_an_item_that_opens_with_a_label_of_the_hours_states_them_however_long_it_runs() -> None:
    # "Shift timings …": when the work is done; its "extended work hours" and "business requirements" ask for no skill.
    text = (
        "Night Operator\n\n## Requirements\n\n- Three years running a data centre\n"
        "- Shift timings 7 PM to 4 AM (night shifts), need to be available for extended work hours and stretch as "
        "the business requires\n- Working hours: 07:00–15:30, Monday to Friday\n- Shift work experience in a plant\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[1:] == [
        # Experience of shift work is asked for: it stays.
        (SectionKind.REQUIREMENTS, "- Three years running a data centre\n- Shift work experience in a plant"),
        (
            SectionKind.CONDITIONS,
            "- Shift timings 7 PM to 4 AM (night shifts), need to be available for extended work hours and stretch as "
            "the business requires\n- Working hours: 07:00–15:30, Monday to Friday",
        ),
    ]


def test_a_short_ads_lines_of_lifting_and_hours_weigh_nothing_under_no_heading() -> None:
    # A classified ad: one sentence or two a line, no heading, no list marks; its demands are terms, not skills.
    text = (
        "Counter Lead wanted - Bayside Bikes\n$18/hr. Part time.\nOpen and close the shop, run the till.\n"
        "Must be 18+, able to lift 40 lbs.\nSaturdays & Sundays required.\nNights & weekends required.\n"
        "Email your resume to the shop.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections[-1] == (SectionKind.CONDITIONS, "Must be 18+, able to lift 40 lbs.\nNights & weekends required.")
    assert "run the till" in sections[0][1]
    wrapped = "Counter Lead\n\nWe need someone who has moved heavy stock and can\nlift 40 lbs of boxes daily.\n"
    assert [s.kind for s in parse(wrapped).sections] == [SectionKind.ROLE]  # half a sentence is no line of its own
    more = "Picker\n\nPick and pack orders, RF scanner. Must lift 50 lbs repeatedly. Overnight shifts.\n"
    assert [s.kind for s in parse(more).sections] == [SectionKind.ROLE]  # a line that asks for more stays


def test_a_labelled_line_of_pay_heads_none_of_the_lines_after_it() -> None:
    # A short post, as classified ads are: its pay on a labelled line, then what the job asks.
    text = (
        "Line cook wanted - harbor diner\ncompensation: $19-21/hr DOE\nemployment type: part-time\n"
        "must know the grill and the fryer, 2 yrs line exp\nfood handler card required\n"
    )
    sections = [(s.kind, s.text.split()[0]) for s in parse(text).sections]
    assert sections == [(SectionKind.ROLE, "Line"), (SectionKind.BENEFITS, "$19-21/hr"), (SectionKind.ROLE, "must")]
    assert parse(text).sections[1].text.endswith("employment type: part-time")  # a field under the pay: the terms
    under_a_heading = "Prep Cook\n\n## Requirements\n\n- Knife skills\nPay: £12.50 an hour\n- Food hygiene level 2\n"
    sections = [(s.kind, s.text.split("\n")[-1]) for s in parse(under_a_heading).sections]
    assert sections[1:] == [
        (SectionKind.REQUIREMENTS, "- Knife skills"),
        (SectionKind.BENEFITS, "£12.50 an hour"),
        (SectionKind.REQUIREMENTS, "- Food hygiene level 2"),
    ]


def test_a_labelled_summary_of_the_role_after_a_labelled_line_of_pay_is_the_role_not_pay() -> None:
    # A board's job form: its fields, the pay among them, then the role described as one more field.
    text = (
        "Warehouse Associate\n\nLocation: Reno\nCompensation: $18 - $22 per hour\n\n"
        "Job Summary: Loads and unloads trucks, scans incoming pallets and keeps the dock clean every shift.\n"
    )
    sections = [(s.kind, s.text.split()[0]) for s in parse(text).sections]
    assert sections[-2:] == [(SectionKind.BENEFITS, "$18"), (SectionKind.ROLE, "Job")]
    # A short field after the pay is still a term of it, as "employment type: part-time" is.
    short = "Warehouse Associate\n\nCompensation: $18 - $22 per hour\nJob Title: Dock Associate II\n"
    assert [s.kind for s in parse(short).sections][-1] is SectionKind.BENEFITS


def test_a_field_of_pay_run_into_a_paragraph_heads_only_its_amount() -> None:
    # A board's post flattened into one paragraph: its fields, then the description, run into the pay.
    text = (
        "Welding Engineer Location : Dayton, OH | Salary : $95,000 – $105,000 (DOE) We are seeking a welding "
        "engineer to own our robotic weld cells and their fixtures. Requirements : 5+ years of robotic welding.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert (SectionKind.BENEFITS, "$95,000 – $105,000 (DOE)") in sections
    assert [kind for kind, said in sections if "robotic weld cells" in said] == [SectionKind.ROLE]
    assert sections[-1] == (SectionKind.REQUIREMENTS, "5+ years of robotic welding.")
    # Words about the pay after it stay the pay's, and so do sentences about its perks.
    plain = "Welder Location : Dayton | Salary : $22-25/hr plus overtime Requirements : AWS D1.1 certification.\n"
    assert (SectionKind.BENEFITS, "$22-25/hr plus overtime") in [(s.kind, s.text) for s in parse(plain).sections]
    perks = "Welder Location : Dayton | Salary : $60,000 We offer full medical benefits. Requirements : AWS D1.1.\n"
    assert (SectionKind.BENEFITS, "$60,000 We offer full medical benefits.") in [
        (s.kind, s.text) for s in parse(perks).sections
    ]
    # A range whose each end carries its unit is one amount.
    each = "Welder\n\nSalary: $28/hr - $34/hr We are seeking a welder for our robotic cells.\n\nRequirements\n- AWS\n"
    assert [(s.kind, s.text) for s in parse(each).sections][1:3] == [
        (SectionKind.BENEFITS, "$28/hr - $34/hr"),
        (SectionKind.ROLE, "We are seeking a welder for our robotic cells."),
    ]
    # A field of pay that opens its line heads only its amount too.
    opening = "Welder\n\nSalary: $60,000 (DOE) We are seeking a welder for our robotic cells.\n\nRequirements\n- AWS\n"
    assert [(s.kind, s.text) for s in parse(opening).sections][1:3] == [
        (SectionKind.BENEFITS, "$60,000 (DOE)"),
        (SectionKind.ROLE, "We are seeking a welder for our robotic cells."),
    ]


def test_the_notice_after_a_labelled_line_of_pay_under_requirements_is_legal_text_not_a_requirement() -> None:
    text = (
        "Payroll Clerk\n\nRequirements\n- Two years of payroll experience\n\nPay: $48,000 - $52,000 per year\n\n"
        "Acme Bakery is an equal opportunity employer and uses E-Verify to confirm employment eligibility.\n"
    )
    sections = [(s.kind, s.heading) for s in parse(text).sections]
    assert sections[1:] == [
        (SectionKind.REQUIREMENTS, "Requirements"),
        (SectionKind.BENEFITS, "Pay"),
        (SectionKind.LEGAL, ""),
    ]


def test_the_sentences_that_close_a_paragraph_on_the_jobs_hours_are_its_conditions_not_its_words() -> None:
    # A casual posting written as one paragraph under its title closes on the shifts it asks the hire to work: a
    # condition of the work, as a line "Nights and weekends required" is, which no bullet shows.
    text = (
        "Per Diem Sonographer\n\n"
        "The Per Diem Sonographer performs obstetric and vascular ultrasound exams for the patients of Lakeview "
        "Imaging and reports findings to the radiologist. It will be required to rotate day and night shifts and "
        "weekends and holidays.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    shifts = "It will be required to rotate day and night shifts and weekends and holidays."
    assert (SectionKind.CONDITIONS, shifts) in sections
    role = next(t for k, t in sections if k is SectionKind.ROLE and "ultrasound" in t)
    assert "shifts" not in role and role.endswith("reports findings to the radiologist.")
    # So does a paragraph of duties; the duty before it stays one.
    duties = (
        "Night Auditor\n\nResponsibilities\n\n"
        "Balance the day's accounts and run the night audit. Must work nights, weekends and holidays.\n"
    )
    kinds = [(s.kind, s.text) for s in parse(duties).sections]
    assert (SectionKind.CONDITIONS, "Must work nights, weekends and holidays.") in kinds
    assert (SectionKind.RESPONSIBILITIES, "Balance the day's accounts and run the night audit.") in kinds
    # A role's description that says nothing of the hours keeps its words, its last sentence too.
    plain = "Per Diem Sonographer\n\nThe sonographer performs vascular exams. The role reports to the radiologist.\n"
    assert [s.kind for s in parse(plain).sections] == [SectionKind.ROLE]


def test_the_sentences_that_close_a_paragraph_on_how_many_hours_and_shifts_the_job_works_are_its_conditions() -> None:
    # The shifts' count and length, the hours in a schedule and the hours on offer are when the work is done, as
    # "nights and weekends" is: no bullet shows them, and read as the job's words ("usually", "consist", "schedule")
    # they weighed against every CV. They go from the end of the paragraph, up to the first sentence that says more.
    text = (
        "Per Diem Respiratory Therapist\n\n"
        "The Per Diem Respiratory Therapist gives ventilator care and breathing treatments to the patients of Lakeview "
        "Hospital. This position is per diem. The role is usually three 12-hour day shifts, or 36 hours in a "
        "two-week schedule. Extra hours are often available. It will be required to rotate day and night shifts and "
        "weekends and holidays.\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    role = next(t for k, t in sections if k is SectionKind.ROLE and "ventilator" in t)
    assert role.endswith("Lakeview Hospital. This position is per diem.")
    conditions = " ".join(t for k, t in sections if k is SectionKind.CONDITIONS)
    assert "three 12-hour day shifts" in conditions and "Extra hours" in conditions and "rotate" in conditions
    # Hours that measure the work itself stay the job's: a duty to cover a shift, a sentence of what the role does.
    duty = "Hotel Night Auditor\n\nThe auditor balances the day's accounts. The auditor trains new front desk staff.\n"
    assert [s.kind for s in parse(duty).sections] == [SectionKind.ROLE]
    for sentence in (
        "Works five 8-hour shifts a week.",
        "The job is 40 hours per week.",
        "Opportunities for additional hours.",
    ):
        assert items.states_hours_worked(sentence), sentence
    for sentence in (
        "Reduced month-end close by 40 hours.",
        "Cover the 8-hour morning shift at the front desk.",
        "This contract role may lead to more hours and responsibilities, and a direct hire.",
    ):
        assert not items.states_hours_worked(sentence), sentence


def test_a_labelled_line_of_benefits_that_is_no_amount_still_heads_the_lines_after_it() -> None:
    text = "Prep Cook\n\n- Knife skills\n\nBenefits: we offer\n- Free meals on shift\n- Paid time off\n"
    assert [s.kind for s in parse(text).sections][-1] is SectionKind.BENEFITS
    assert "Paid time off" in parse(text).sections[-1].text


def test_a_masthead_that_names_the_pay_is_the_role_not_benefits() -> None:
    text = "Staff Nurse - ICU\nMercy Hospital\nLeeds · £38,000 - £42,000 a year\n\n## Duties\n\n- Care for patients.\n"
    kinds = [(s.kind, s.text.splitlines()[0]) for s in parse(text).sections]
    assert kinds[0] == (SectionKind.ROLE, "Staff Nurse - ICU")


def test_a_masthead_under_the_title_heading_that_names_the_pay_is_the_role_too() -> None:
    text = (
        "# Investigative Data Reporter\n\nMidwest Watchdog · Chicago, IL · Full-time · $95,000–$120,000\n\n"
        "## What you'll do\n\n- Report investigative stories.\n"
    )
    (title, duties) = parse(text).sections
    assert (title.kind, title.heading) == (SectionKind.ROLE, "Investigative Data Reporter")
    assert duties.kind is SectionKind.RESPONSIBILITIES


def test_a_paragraph_about_a_benefits_program_under_an_unknown_heading_is_benefits() -> None:
    text = (
        "Data Engineer\n\n## At Acme you can\n\nEnjoy our holistic benefits program, covering social, physical and "
        "emotional wellbeing, with a yearly increase in days off.\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.BENEFITS]


def test_paragraphs_of_perks_named_as_such_under_no_heading_are_benefits() -> None:
    # A careers page lists its perks in paragraphs of their own, under no heading; what it offers asks nothing.
    text = (
        "Caregiver\nMaple Home Care\n\nWe are looking for patient, caring people to help seniors at home.\n\n"
        "Join us and you will be provided with a total rewards package that encompasses compensation, "
        "recognition, and learning and development programs for every caregiver on our team.\n\n"
        "Benefits include competitive pay, flexible shifts, free training and referral bonuses.\n\n"
        "Requirements\n\n- A year of caring for seniors\n"
    )
    kinds = [s.kind for s in parse(text).sections]
    assert kinds == [SectionKind.ROLE, SectionKind.BENEFITS, SectionKind.REQUIREMENTS]


def test_a_job_summary_saying_what_a_benefits_job_does_is_the_role_not_its_benefits() -> None:
    # One benefits word in a short paragraph under the role's heading, where it names the job that does the work.
    text = (
        "Retirement Plan Administrator\n\n## Job Summary\n\nThe Retirement Plan Administrator runs the pension "
        "plans of 900 members and answers their questions.\n\n## Duties\n\n- Process distributions.\n\n"
        "## Position Summary\n\nWe offer a pension plan to every employee.\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE, SectionKind.ROLE, SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS,
    ]  # fmt: skip


def test_a_job_summary_with_a_sum_of_money_the_job_handles_is_the_role_not_its_pay() -> None:
    # One dollar amount (a gift's size, a budget) in a short summary that speaks of the job: the role's words.
    text = (
        "Major Gifts Officer\n\n## Position Summary\n\nReporting to the Director of Philanthropy, the officer "
        "stewards 120 donors capable of gifts of $25,000 or more.\n\n## Duties\n\n- Make donor visits.\n\n"
        "## Role Summary\n\nStarting pay is $52,000.\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE, SectionKind.ROLE, SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS,
    ]  # fmt: skip


def test_the_tail_of_a_sentence_wrapped_onto_its_own_line_is_no_heading() -> None:
    # Text wrapped at a fixed width leaves "duties:" alone on a line; it ends the sentence above, heads nothing.
    text = (
        "Lab Technician\n\n## About the role\n\nThe technician prepares samples and keeps the lab running, and so\n"
        "carries out each of the following daily\nduties:\n- Prepare reagents\n- Calibrate the balances\n\n"
        "## Requirements\n\n- Two years in a lab\n"
    )
    sections = parse(text).sections
    assert [(s.kind, s.heading) for s in sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.ROLE, "About the role"),
        (SectionKind.RESPONSIBILITIES, ""),  # its list, read as what it lists
        (SectionKind.REQUIREMENTS, "Requirements"),
    ]
    assert sections[1].text.endswith("the following daily\nduties:")


@pytest.mark.parametrize(
    "wrapped",
    [
        # The rest of a bracket the item left open ("… Epic a" over "plus)"), whatever its words would head.
        "- Charting in an electronic health record (Cerner required; Epic a\nplus)",
        # The rest of an item that broke mid-sentence, in lower case, whatever its words would head.
        "- Coordinate discharge planning with case managers and provide\nbenefits counseling",
        "- Experience with wound care, IV therapy and\npreferred charting systems",
        # An aside in brackets wrapped onto a line of its own, whatever its capitals ("(ANSI Z1.4)", "(ACLS)").
        "- Audits of the crash carts and statistical sampling plans\n(ANSI Z1.4)",
        # The same list copied without its marks is still a list.
        "Charting in an electronic health record (Cerner required; Epic a\nplus)",
    ],
)
def test_the_rest_of_a_list_item_wrapped_onto_its_own_line_is_no_heading(wrapped: str) -> None:
    text = (
        f"Charge Nurse\n\nRequirements:\n- Active RN license in Oregon\n{wrapped}\n- BLS and ACLS certification\n"
        "- Experience precepting new graduates\n"
    )
    sections = parse(text).sections
    assert [(s.kind, s.heading) for s in sections if s.kind is not SectionKind.PREFERRED] == [
        (SectionKind.ROLE, ""),
        (SectionKind.REQUIREMENTS, "Requirements"),
    ]
    required = next(s.text for s in sections if s.kind is SectionKind.REQUIREMENTS)
    assert "BLS and ACLS" in required and "precepting" in required


def test_a_label_set_back_from_the_items_above_it_is_still_a_heading() -> None:
    # A YAML-like file's keys: "reporting:" in lower case under an item, set back from it, heads what follows.
    text = (
        "Buyer\n\nduties: |\n    - Place purchase orders with the approved vendors\nreporting:\n"
        "requirements: |\n    - A degree\n"
    )
    assert [s.heading for s in parse(text).sections if s.heading] == ["duties", "reporting", "requirements"]


def test_acronyms_listed_one_a_line_under_a_heading_are_its_items() -> None:
    # A list of skills without marks, some set in capitals as acronyms are ("HVAC", "EPA"): items, no headings.
    text = "Service Technician\n\nWe need a technician.\n\nSkills\nHVAC\nRefrigerant recovery\nEPA\nBrazing\n"
    sections = parse(text).sections
    assert [(s.kind, s.heading) for s in sections] == [(SectionKind.ROLE, ""), (SectionKind.REQUIREMENTS, "Skills")]
    assert sections[1].text == "HVAC\nRefrigerant recovery\nEPA\nBrazing"


def test_a_word_in_capitals_after_a_sentence_or_a_blank_line_is_still_a_heading() -> None:
    text = "Service Technician\n\nWe need a technician.\nDUTIES\n- Service units\n\nHVAC\n- Clean the coils\n"
    assert [s.heading for s in parse(text).sections if s.heading] == ["DUTIES", "HVAC"]


def test_a_lower_case_heading_after_a_blank_line_or_a_full_sentence_is_still_a_heading() -> None:
    text = "Lab Technician\n\nWe run a busy lab.\nresponsibilities:\n- Prepare reagents\n\nrequirements:\n- Two years\n"
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS,
    ]  # fmt: skip


def test_a_list_of_duties_under_the_roles_heading_that_names_a_sum_of_money_is_duties_not_pay() -> None:
    # The sum is the work's scale ("contracts worth $50k+"); a short list of pay under the same heading stays pay.
    text = (
        "Site Coordinator\n\n## Role Overview\n\n- Coordinate deliveries to three sites\n"
        "- Manage contracts worth $50k+\n- Work with the crews on the schedule\n\n"
        "## Position Summary\n\n- Pay: $24 per hour\n- Free parking\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE, SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS,
    ]  # fmt: skip


@pytest.mark.parametrize(
    "heading", ["Main Tools", "Our Tech Stack", "Tools we use", "Tools & Technologies", "Tech Stack Priorities"]
)
def test_a_list_of_the_tools_a_team_works_with_is_preferred_weighed_as_other_text(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.PREFERRED
    assert SECTION_WEIGHTS[SectionKind.PREFERRED] == SECTION_WEIGHTS[SectionKind.OTHER]


@pytest.mark.parametrize("heading", ["StackAdapt", "Procore Technologies", "Our Technology"])
def test_a_name_that_begins_or_ends_with_stack_or_technologies_is_no_list_of_tools(heading: str) -> None:
    assert classify_heading(heading) is not SectionKind.PREFERRED


@pytest.mark.parametrize(
    "heading",
    [
        "Insurance",
        "Health Insurance",
        "Medical, Dental & Vision Insurance",
        "Insurance & Retirement",
        "Group Insurance Plans",
    ],
)
def test_insurance_given_as_a_perk_heads_the_benefits(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.BENEFITS


@pytest.mark.parametrize(
    "heading", ["Why you should join Acme?", "Why you'll want to work here", "Why you would love to join us"]
)
def test_the_readers_reasons_to_join_head_what_the_employer_offers_not_what_it_asks(heading: str) -> None:
    # "you should" asks for something in "What you should bring"; here it is why the reader would want the job.
    assert classify_heading(heading) is SectionKind.BENEFITS
    assert classify_heading("What you should bring") is SectionKind.REQUIREMENTS


@pytest.mark.parametrize(
    "heading",
    ["Harbor Reinsurance Group, Inc.", "Reinsurance Experience", "Insurance Knowledge", "Life Insurance Valuation"],
)
def test_a_heading_naming_the_insurance_trade_is_no_benefits(heading: str) -> None:
    # An insurer's headings name its business: the employer, the duties or what is asked, never perks weighing nothing.
    assert classify_heading(heading) is not SectionKind.BENEFITS


def test_a_line_underlined_by_a_rule_is_a_heading_and_the_rule_no_text_of_its_section() -> None:
    text = (
        "Product Manager\n\nWhat you bring\n==============\nRoadmaps: 5 years of owning one\n"
        "Languages: English mandatory. German a plus\n\nHow we work\n-----------\n"
        "We ship weekly.\n"
    )
    found = parse(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.REQUIREMENTS, "What you bring"),
        (SectionKind.PREFERRED, ""),  # "German a plus", read as a list's item, not a line of prose
        (SectionKind.OTHER, "How we work"),
    ]
    assert found.sections[2].text == "German a plus"
    assert not any("---" in s.text or "===" in s.text for s in found.sections)


def test_requirements_that_say_they_are_nice_to_have_are_preferred() -> None:
    text = (
        "Data Engineer\n\n## What we're looking for\n\n- 3+ years of data engineering\n- AWS experience is a plus\n"
        "- (Bonus) Kafka in production\n- Strong Python (Scala preferred)\n"
        "- Bachelor's degree required; a master's preferred\n- Clinical background (RN or LPN) a plus.\n"
        "- Plus-size retail experience\n- Hands-on NetSuite or SAP; BlackLine a plus.\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- 3+ years of data engineering",
                "- Strong Python",  # brackets at its end name another thing, nice to have
                "- Bachelor's degree required;",  # only the last clauses say they are nice to have
                "- Plus-size retail experience",
                "- Hands-on NetSuite or SAP;",
            ],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- AWS experience is a plus",
                "- (Bonus) Kafka in production",
                "- (Scala preferred)",
                "- a master's preferred",
                "- Clinical background (RN or LPN) a plus.",
                "- BlackLine a plus.",
            ],
        ),
    ]


@pytest.mark.parametrize(
    "item",
    ["ICU or ER experience would be an important asset", "Spanish is a significant advantage", "CAD is a great plus"],
)
def test_a_word_that_says_how_much_a_plus_counts_leaves_it_a_plus(item: str) -> None:
    found = parse(f"Nurse\n\n## Requirements\n\n- Current RN licence\n- {item}\n").sections
    assert [(s.kind, s.text) for s in found[1:]] == [
        (SectionKind.REQUIREMENTS, "- Current RN licence"),
        (SectionKind.PREFERRED, f"- {item}"),
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Kafka will be valued",
        "Knowledge of dbt would be highly appreciated.",
        "German is also welcome",
        "Familiarity with Figma is valued",
        "Certifications in Cisco or Juniper desired",
        "Familiarity with Rails is strongly desired.",
        "Experience with Jira would be beneficial",
        "Kubernetes experience not required but helpful",
        "Spanish is very useful",
    ],
)
def test_a_requirement_that_would_be_valued_appreciated_or_desired_is_preferred(item: str) -> None:
    found = parse(f"Data Engineer\n\n## Requirements\n\n- 3+ years of SQL\n- {item}\n").sections
    assert [(s.kind, s.text) for s in found[1:]] == [
        (SectionKind.REQUIREMENTS, "- 3+ years of SQL"),
        (SectionKind.PREFERRED, f"- {item}"),
    ]


def test_being_valued_by_someone_or_a_desired_outcome_says_nothing_of_a_requirement() -> None:
    text = (
        "Data Engineer\n\n## Requirements\n\n- 3+ years of SQL\n- Ideas that will be valued by the whole team\n"
        "- Deliver the desired outcomes for clients\n- Be friendly and helpful with every team\n"
    )
    assert [s.kind for s in parse(text).sections[1:]] == [SectionKind.REQUIREMENTS]


def test_a_requirement_that_says_it_is_not_required_is_preferred() -> None:
    text = (
        "Pricing Analyst\n\n## What we're looking for\n\n- 2+ years of pricing experience\n"
        "- Prior internship experience is a plus, but not required\n- SAS desirable but not essential\n"
        "- Excel required, VBA a plus\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, ["- 2+ years of pricing experience", "- Excel required, VBA a plus"]),
        (
            SectionKind.PREFERRED,
            [
                "- Prior internship experience is a plus, but not required",
                "- SAS desirable but not essential",
            ],
        ),
    ]


def test_a_requirement_that_goes_on_to_deny_a_need_of_more_is_still_required() -> None:
    text = (
        "QA Lead\n\n## Requirements\n\n- Familiarity with mobile and web test automation is necessary, but deep "
        "proficiency in both is not a requirement\n- SQL is a plus, not a must\n- Jira\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- Familiarity with mobile and web test automation is necessary, but deep proficiency in both is not "
                "a requirement",
                "- Jira",
            ],
        ),
        (SectionKind.PREFERRED, ["- SQL is a plus, not a must"]),
    ]


def test_the_items_a_nice_to_have_lead_in_opens_are_preferred_nested_or_copied_flat() -> None:
    flat = (
        "Claims Analyst\n\n## Requirements\n\n- Degree in finance or accounting\n"
        "- Preferred licences (not required):\n- Certified Widget Inspector (CWI)\n- Notary public\n"
        "- Two years of claims review in a regulated insurer.\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(flat).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            ["- Degree in finance or accounting", "- Two years of claims review in a regulated insurer."],
        ),
        (
            SectionKind.PREFERRED,
            ["- Preferred licences (not required):", "- Certified Widget Inspector (CWI)", "- Notary public"],
        ),
    ]
    # Set deeper than its lead-in, a sub-list's item is one of it however long; the list goes on after it.
    nested = (
        "Claims Analyst\n\n## Requirements\n\n- Nice to have:\n"
        "  - Three years of subrogation work in a regional carrier of any size\n- Degree in finance\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(nested).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, ["- Degree in finance"]),
        (
            SectionKind.PREFERRED,
            ["- Nice to have:", "  - Three years of subrogation work in a regional carrier of any size"],
        ),
    ]
    # A required item that leads into a list leaves its items required.
    required = "Claims Analyst\n\n## Requirements\n\n- Licences:\n- Notary public\n"
    assert [s.kind for s in parse(required).sections][1:] == [SectionKind.REQUIREMENTS]


def test_an_example_given_after_e_g_or_i_e_ends_no_sentence_of_a_requirement() -> None:
    text = (
        "Claims Analyst\n\n## Requirements\n\n- Degree in a quantitative field\n"
        "- Knowledge of managed care programs (e.g. HMO Plans, PPO Plans) preferred\n"
        "- Audit experience (i.e. SOX Testing, Internal Reviews) is a plus\n"
        "- Fluent in the ledger. Payroll experience preferred\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, ["- Degree in a quantitative field", "- Fluent in the ledger."]),
        (
            SectionKind.PREFERRED,
            [
                "- Knowledge of managed care programs (e.g. HMO Plans, PPO Plans) preferred",
                "- Audit experience (i.e. SOX Testing, Internal Reviews) is a plus",
                "- Payroll experience preferred",
            ],
        ),
    ]


def test_a_credential_a_requirement_asks_the_candidate_to_gain_is_preferred_not_required() -> None:
    text = (
        "Pricing Analyst\n\n## Requirements\n\n- Passage of two actuarial exams with the goal of attaining ACAS\n"
        "- EIT certification, with progress toward PE licensure\n"
        "- Ability to obtain and maintain a U.S. Government issued Public Trust security clearance\n"
        "- Experience working toward shared goals\n- Track progress toward project milestones\n"
        "- Ability to obtain information from customers, with the goal of achieving sales targets\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- Passage of two actuarial exams",
                "- EIT certification,",
                "- Experience working toward shared goals",
                # No credential is to be gained here: the work's own goals and what the job obtains.
                "- Track progress toward project milestones",
                "- Ability to obtain information from customers, with the goal of achieving sales targets",
            ],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- with the goal of attaining ACAS",
                "- with progress toward PE licensure",
                "- Ability to obtain and maintain a U.S. Government issued Public Trust security clearance",
            ],
        ),
    ]


def test_an_item_that_opens_by_saying_it_is_nice_to_have_is_preferred_in_a_list_of_requirements() -> None:
    text = (
        "Project Engineer\n\n## Requirements\n\n- Traffic engineering experience\n- Prefer – experience with HEC-RAS\n"
        "- Prefer: AutoCAD Civil 3D\n- Preferred: MicroStation\n- Nice to have: ArcGIS\n- A plus: Bluebeam\n"
        "- Desired: PMP\n- Prefer candidates who have worked for a DOT\n"
        # A duty's "desired outcomes", a "plus" that is a word of its own and the candidate's own preference mark
        # nothing.
        "- Desired outcomes tracked for each client\n- A plus-size apparel line launched\n"
        "- Prefer simple designs over complex ones\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- Traffic engineering experience",
                "- Desired outcomes tracked for each client",
                "- A plus-size apparel line launched",
                "- Prefer simple designs over complex ones",
            ],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- Prefer – experience with HEC-RAS",
                "- Prefer: AutoCAD Civil 3D",
                "- Preferred: MicroStation",
                "- Nice to have: ArcGIS",
                "- A plus: Bluebeam",
                "- Desired: PMP",
                "- Prefer candidates who have worked for a DOT",
            ],
        ),
    ]


def test_a_passion_or_an_interest_a_requirement_opens_with_is_preferred_not_required() -> None:
    # A passion names what the hire would care about, not what they must have done: the work, if a CV shows it, shows
    # the care, as what is preferred does. A requirement that names a rate of interest, or asks what is known or done
    # beside the interest, asks.
    text = (
        "Community Pharmacist\n\n## Requirements\n\n- PharmD and an active pharmacist license\n"
        "- Passion for public health, vaccination, and patient education\n"
        "- A genuine interest in diabetes care\n- Passionate about medication therapy management\n"
        "- Passionate about the patient experience at the counter\n"
        "- Interest rate hedging for the trust's accounts\n"
        "- An interest in and familiarity with compounding software\n"
        "- Passion for rural health and 2+ years of retail pharmacy\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- PharmD and an active pharmacist license",
                "- Interest rate hedging for the trust's accounts",
                "- An interest in and familiarity with compounding software",
                "- Passion for rural health and 2+ years of retail pharmacy",
            ],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- Passion for public health, vaccination, and patient education",
                "- A genuine interest in diabetes care",
                "- Passionate about medication therapy management",
                "- Passionate about the patient experience at the counter",
            ],
        ),
    ]


def test_a_licence_another_state_grants_by_comity_or_reciprocity_is_required_one_to_be_gained_is_not() -> None:
    # Comity, reciprocity and endorsement transfer a licence held now; a CDL obtained after hire is to be gained.
    text = (
        "Project Engineer\n\n## Required Qualifications\n\n"
        "- PE license in North Carolina, or the ability to obtain NC registration by comity within 6 months\n"
        "- Active RN license, or able to obtain Ohio licensure through reciprocity before start\n"
        "- Class A CDL, or the ability to obtain a CDL within 90 days of hire\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- PE license in North Carolina, or the ability to obtain NC registration by comity within 6 months",
                "- Active RN license, or able to obtain Ohio licensure through reciprocity before start",
            ],
        ),
        (SectionKind.PREFERRED, ["- Class A CDL, or the ability to obtain a CDL within 90 days of hire"]),
    ]


def test_a_paragraph_under_a_list_of_requirements_stays_apart_when_a_nice_to_have_item_leaves_it() -> None:
    text = (
        "Controls Technician\n\n## What you bring\n\n- 3+ years of controls experience\n"
        "- Vendor certification a plus\n- NFPA 70E training\n\nShift: Days, Monday to Friday.\n"
    )
    (_, required, preferred) = parse(text).sections
    assert required.kind is SectionKind.REQUIREMENTS
    kept = "- 3+ years of controls experience\n- NFPA 70E training"
    assert required.text == kept + "\n\nShift: Days, Monday to Friday."
    assert (preferred.kind, preferred.text) == (SectionKind.PREFERRED, "- Vendor certification a plus")


_COPIED_WITHOUT_MARKS = """Warehouse Shift Manager
Harbor Freight Partners

What You Need:
3+ years supervising in a warehouse
Forklift certification within 30 days
Experience with Blue Yonder WMS
Lean or Six Sigma experience a plus
Bilingual (English/Spanish) preferred

Bonus points
Experience working with grocery clients
Yard management systems

Benefits:
Health insurance
Paid time off
"""


def test_sentences_of_prose_requirements_that_end_saying_they_are_nice_to_have_are_preferred() -> None:
    text = (
        "Restaurant General Manager\n\nRequirements: 3+ years of restaurant management. Experience with Toast POS "
        "is preferred. ServSafe Manager certification required. Spanish is a plus.\n\nBenefits: Health insurance.\n"
    )
    found = {s.kind: s.text for s in parse(text).sections}
    required = "3+ years of restaurant management. ServSafe Manager certification required."
    assert found[SectionKind.REQUIREMENTS] == required
    assert found[SectionKind.PREFERRED] == "Experience with Toast POS is preferred. Spanish is a plus."
    # "Preferred" inside a sentence, or a sentence that goes on from a line above, is no nice-to-have.
    kept = "Requirements:\nOur preferred candidate has 5 years of payroll. Knowledge of ADP.\nwhich is preferred.\n"
    assert [s.kind for s in parse("Payroll Lead\n\n" + kept).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_the_part_of_a_sentence_that_grants_something_would_help_but_is_not_mandatory_is_preferred() -> None:
    text = (
        "Plumber\n\nRequired Qualifications\nYou need a state plumbing license, and while a backflow tester card "
        "would be fantastic, it's not mandatory. Welding experience is not essential.\n\nBenefits\nDental.\n"
    )
    found = {s.kind: s.text for s in parse(text).sections}
    assert found[SectionKind.REQUIREMENTS] == "You need a state plumbing license,"
    preferred = (
        "and while a backflow tester card would be fantastic, it's not mandatory. Welding experience is not essential."
    )
    assert found[SectionKind.PREFERRED] == preferred
    # A sentence that says only that it is required keeps its whole.
    kept = "Requirements\nA CDL is mandatory, and while we train, you drive daily.\n"
    assert [s.kind for s in parse("Driver\n\n" + kept).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_a_prose_sentence_that_says_it_would_help_or_goes_on_to_what_would_be_better_still_is_preferred() -> None:
    text = (
        "Office Manager\n\nRequirements: Five years of office administration, ideally in a dental practice or a "
        "law firm. Experience with Dentrix is helpful. A valid driver's license.\n\nBenefits: Dental.\n"
    )
    found = {s.kind: s.text for s in parse(text).sections}
    assert found[SectionKind.REQUIREMENTS] == "Five years of office administration, A valid driver's license."
    preferred = "ideally in a dental practice or a law firm. Experience with Dentrix is helpful."
    assert found[SectionKind.PREFERRED] == preferred
    # Help the job gives is no wish: "helpful" that does not end the sentence says nothing of it.
    assert items.sentences_apart("Helpful colleagues train you. Five years of payroll.")[1] == ""


def test_a_prose_sentence_of_no_verb_that_ends_a_plus_is_preferred() -> None:
    prose = "Must have a valid Class A CDL. Hazmat endorsement a plus. Tanker experience a big advantage."
    assert items.sentences_apart(prose) == (
        "Must have a valid Class A CDL.",
        "Hazmat endorsement a plus. Tanker experience a big advantage.",
    )
    assert items.sentences_apart("We add a bonus to every route. Two years of OTR driving.")[1] == ""


def test_experience_a_posting_says_is_not_needed_is_preferred_as_what_is_not_required_is() -> None:
    text = (
        "Warehouse Associate\n\n## Requirements\n\n- High school diploma or GED\n"
        "- No prior forklift experience necessary; we train on the job.\n- Safety training; no RF scanner experience "
        "needed\n- No degree required, but 2+ years of shipping experience required\n- No on-call rotation is "
        "required\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- High school diploma or GED",
                "- Safety training;",
                # What follows the word that nothing is needed asks for something: the item is asked.
                "- No degree required, but 2+ years of shipping experience required",
                # A condition of the work, no experience at all.
                "- No on-call rotation is required",
            ],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- No prior forklift experience necessary; we train on the job.",
                "- no RF scanner experience needed",
            ],
        ),
    ]
    # In prose too, a sentence that opens so; not one that goes on from a line above.
    prose = "A valid driver's license. No logistics background is required, we train you."
    assert items.sentences_apart(prose) == (
        "A valid driver's license.",
        "No logistics background is required, we train you.",
    )
    assert items.sentences_apart("no logistics background is required.")[1] == ""


def test_a_nice_to_have_sentence_before_one_that_opens_with_its_years_is_preferred_alone() -> None:
    text = (
        "Leasing Manager\n\nRequirements: Leasing experience in multifamily housing. Spanish preferred but not "
        "required. 3-5 years of experience required. A valid license.\n\nBenefits: Health insurance.\n"
    )
    found = {s.kind: s.text for s in parse(text).sections}
    required = "Leasing experience in multifamily housing. 3-5 years of experience required. A valid license."
    assert found[SectionKind.REQUIREMENTS] == required
    assert found[SectionKind.PREFERRED] == "Spanish preferred but not required."


def test_a_list_copied_without_its_marks_keeps_its_items_words_and_its_nice_to_haves_apart() -> None:
    sections = [(s.kind, s.heading, s.text.splitlines()) for s in parse(_COPIED_WITHOUT_MARKS).sections]
    assert sections[1:] == [
        (
            SectionKind.REQUIREMENTS,
            "What You Need",
            [
                "3+ years supervising in a warehouse",
                "Forklift certification within 30 days",
                "Experience with Blue Yonder WMS",  # says "experience", as a heading might: an item all the same
            ],
        ),
        # the last item heads nothing: it is no heading of an empty section, and its words count
        (SectionKind.PREFERRED, "", ["Lean or Six Sigma experience a plus", "Bilingual (English/Spanish) preferred"]),
        # right under a heading, an item of four words or more is no sub-heading ("experience" is a requirement's word)
        (SectionKind.PREFERRED, "Bonus points", ["Experience working with grocery clients", "Yard management systems"]),
        (SectionKind.BENEFITS, "Benefits", ["Health insurance", "Paid time off"]),  # items of the kind they stand in
    ]


def test_the_internet_speed_a_remote_job_needs_under_a_list_is_a_term_of_the_job_not_a_requirement() -> None:
    text = (
        "Claims Processor\n\n## What you need\n\n- Two years of claims processing\n- Typing at 45 words per minute\n\n"
        "Working from home: you will need at least 5 Mbps upload and 25 Mbps download over a wired line.\n"
    )
    (_, required, terms) = parse(text).sections
    assert required.kind is SectionKind.REQUIREMENTS
    assert required.text == "- Two years of claims processing\n- Typing at 45 words per minute"
    assert terms.kind is SectionKind.BENEFITS and "Mbps" in terms.text


def test_a_short_item_that_ends_saying_how_much_it_counts_is_an_item_not_a_heading() -> None:
    # A list copied without its marks: a three-word item ending "preferred" or "required" between two others
    # is one of them, since its own words head nothing; what it says of itself decides where it counts.
    text = (
        "Billing Clerk\n\nQualifications:\nHigh school diploma or GED\nAssociate degree preferred\n"
        "Three years of claims follow-up\nNotary commission required\nTyping at 50 words per minute\n"
    )
    sections = [(s.kind, s.heading, s.text.splitlines()) for s in parse(text).sections]
    assert sections[1:] == [
        (
            SectionKind.REQUIREMENTS,
            "Qualifications",
            [
                "High school diploma or GED",
                "Three years of claims follow-up",
                "Notary commission required",
                "Typing at 50 words per minute",
            ],
        ),
        (SectionKind.PREFERRED, "", ["Associate degree preferred"]),
    ]
    # A phrase whose own words head a list ("Skills preferred") still heads the lines under it.
    headed = "Line Cook\n\nRequirements:\nTwo years on a line\nSkills preferred\nKnife work\nPastry\n"
    assert (SectionKind.PREFERRED, "Skills preferred") in [(s.kind, s.heading) for s in parse(headed).sections]


def test_a_requirement_set_a_blank_line_under_a_preferred_heading_is_its_first_item_not_a_heading() -> None:
    # A PDF's list, its bullets drawn rather than written, a blank line under its heading.
    text = (
        "Court Interpreter\n\n## Requirements\n\nFive years interpreting in court\nA state licence\n\n"
        "## Nice to have\n\nPortuguese into English interpreting experience\nExperience with legal glossaries\n"
    )
    sections = [(s.kind, s.heading, s.text.splitlines()) for s in parse(text).sections]
    assert sections[-1] == (
        SectionKind.PREFERRED,
        "Nice to have",
        ["Portuguese into English interpreting experience", "Experience with legal glossaries"],
    )


def test_a_bare_heading_after_a_paragraph_or_a_blank_line_is_still_a_heading() -> None:
    text = (
        "Line Cook\n\nWe are a busy bistro in Leeds.\nResponsibilities\nPrep the line\nKeep the walk-in tidy\n\n"
        "Requirements\n\nTwo years on a line\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(text).sections]
    assert (SectionKind.RESPONSIBILITIES, "Responsibilities") in kinds
    assert (SectionKind.REQUIREMENTS, "Requirements") in kinds


_LINKEDIN_COPY = """Data Engineer
Acme Analytics · London (Hybrid)
2 weeks ago · Over 100 applicants
Promoted by hirer · Actively reviewing applicants

About the job
You will build our pipelines.

What we're looking for:
- Strong Python and SQL
Show more
Show less
Seniority level
Mid-Senior level
Industries
Software Development
Referrals increase your chances of interviewing at Acme Analytics by 2x
See who you know
Sign in to create job alert
"""


def test_a_job_boards_own_lines_are_in_no_section() -> None:
    found = parse(_LINKEDIN_COPY)
    assert [s.text for s in found.sections if s.kind is SectionKind.REQUIREMENTS] == ["- Strong Python and SQL"]
    assert found.sections[0].text == "Data Engineer\nAcme Analytics · London (Hybrid)"
    # what the board says about the job is still read for its details
    assert found.title == "Data Engineer"


def test_a_job_boards_criteria_set_as_headings_are_in_no_section() -> None:
    # A saved LinkedIn page's markup sets each criterion as a heading over its value: they are the board's
    # digest of the job, which weighed as unclassified text.
    text = (
        "# Payroll Specialist\n\n## Responsibilities\n\n- Run the biweekly payroll\n\n"
        "### Seniority level\n\n- Associate\n\n### Employment type\n\n- Full-time\n\n"
        "### Industries\n\n- Retail Apparel and Fashion\n"
    )
    found = parse(text)
    said = "\n".join(f"{s.heading}\n{s.text}" for s in found.sections)
    assert "Associate" not in said and "Retail Apparel" not in said and "Seniority" not in said
    assert [s.kind for s in found.sections] == [SectionKind.ROLE, SectionKind.RESPONSIBILITIES]
    assert found.details.value("employment_type") == "Full-time"  # still read for the details


def test_a_job_boards_prompts_set_as_headings_are_in_no_section() -> None:
    # A saved job board page's markup sets its prompts under the posting as headings: they ask the reader to sign
    # in, no words of the job's, and none of them may go on the last list of requirements.
    text = (
        "# Night Auditor\n\n## Requirements\n\n- Two years at a hotel front desk\n\n"
        "## Referrals increase your chances of interviewing at Larkspur Inn by 2x\n\nSee who you know\n\n"
        "## Get notified about new Night Auditor jobs in Boise, ID.\n\nSign in to create job alert\n"
    )
    found = parse(text)
    said = "\n".join(f"{s.heading}\n{s.text}" for s in found.sections)
    assert "Referrals" not in said and "Get notified" not in said
    assert [s.text for s in found.sections if s.kind is SectionKind.REQUIREMENTS] == [
        "- Two years at a hotel front desk"
    ]


def test_a_buttons_words_set_as_a_heading_still_head_how_to_apply() -> None:
    text = "# Night Auditor\n\n## Benefits\n\n- Free parking\n\n## Apply Now\n\nSend your resume to the front desk.\n"
    found = parse(text)
    assert [(s.kind, s.heading) for s in found.sections if "front desk" in s.text] == [(SectionKind.APPLY, "Apply Now")]


@pytest.mark.parametrize(
    "heading",
    ["## Similar jobs in Tulsa, OK", "Other jobs at Prairie Mutual", "People also viewed", "Jobs you may like"],
)
def test_other_jobs_a_page_lists_under_a_heading_that_says_so_are_in_no_section(heading: str) -> None:
    # A saved or printed job page lists other openings beside the posting: their titles, employers and places
    # are no part of this job, wherever the page sets the list, and a part of the job after it still counts.
    text = (
        f"# Claims Adjuster\n\nPrairie Mutual · Tulsa, OK\n\n{heading}\n\n"
        "- Pharmacy Technician\n  Walgreens · Tulsa, OK\n- Welder Fabricator\n\n### Registered Nurse - ICU\n\n"
        "## Responsibilities\n\n- Investigate auto claims and set reserves.\n"
    )
    found = parse(text)
    said = "\n".join(f"{s.heading}\n{s.text}" for s in found.sections)
    assert "Pharmacy" not in said and "Welder" not in said and "Registered Nurse" not in said
    assert [s.text for s in found.sections if s.kind is SectionKind.RESPONSIBILITIES] == [
        "- Investigate auto claims and set reserves."
    ]


def test_a_heading_that_speaks_of_other_roles_in_a_sentence_still_heads_its_text() -> None:
    text = "# Claims Adjuster\n\n## Responsibilities\n\n- Train adjusters in other roles.\n\nMore roles may open.\n"
    said = "\n".join(s.text for s in parse(text).sections)
    assert "Train adjusters in other roles." in said and "More roles may open." in said


def test_a_postings_own_heading_that_names_a_criterion_keeps_what_it_heads() -> None:
    text = (
        "# Account Director\n\n## Industries\n\n- Consumer packaged goods\n- Retail banking\n- Hospitality\n\n"
        "## Requirements\n\n- Ten years in client service\n"
    )
    said = "\n".join(s.text for s in parse(text).sections)
    assert "Consumer packaged goods" in said and "Retail banking" in said


def test_a_labelled_place_or_date_is_in_no_section_but_is_still_the_postings_detail() -> None:
    text = (
        "Speech-Language Pathologist\n\n- Location: District Wide\n- Closing Date: Until Filled\n"
        "- Position Type: Student Support Services\n\nRequirements:\n- Location: Sacramento office\n- CCC-SLP\n"
    )
    found = parse(text)
    said = "\n".join(s.text for s in found.sections)
    assert "District Wide" not in said and "Until Filled" not in said and "Sacramento" not in said
    assert "Position Type: Student Support Services" in said  # what the job is stays the job's words
    assert found.details.value("location") == "District Wide"


def test_a_closing_date_label_over_the_date_alone_is_a_field_and_heads_no_section() -> None:
    # A public employer's job bulletin sets "Closing Date" over its value; over a sentence it heads how to apply.
    text = "Parks Planner\n\nJob Type\n\nFull-Time\n\nClosing Date\n\n03/30/2027 5:00 PM Pacific\n\nDuties:\n- Plan.\n"
    assert "Closing Date" not in [s.heading for s in parse(text).sections]
    text = "Parks Planner\n\nDuties:\n- Plan.\n\nClosing Date\n\nWe read applications as they arrive.\n"
    assert {s.heading: s.kind for s in parse(text).sections}["Closing Date"] is SectionKind.APPLY


def test_whom_the_job_reports_to_is_in_no_section_but_is_still_the_postings_detail() -> None:
    # "Reports To : Plant Quality Control" names a colleague's job: its words are no skill the posting asks.
    text = (
        "Safety Officer\n\nJob Title : Safety Officer\nReports To : Plant Quality Control / Safety\n\n"
        "Duties:\n- Inspect scaffolds daily\n- Reporting to the plant manager, run the safety committee\n"
    )
    found = parse(text)
    said = "\n".join(s.text for s in found.sections)
    assert "Quality Control" not in said
    assert "Reporting to the plant manager, run the safety committee" in said  # a duty's sentence stays
    named = parse("Safety Officer\n\nReports to: Maria Lopez\n\nDuties:\n- Inspect scaffolds daily\n")
    assert "Maria Lopez" not in "\n".join(s.text for s in named.sections)
    assert named.details.value("hiring_manager") == "Maria Lopez"  # whom a cover letter greets


def test_a_block_pasted_again_under_its_heading_leaves_the_sections_after_it_as_they_were() -> None:
    # The second "Team" heading has no text left once its repeated paragraph is read once; it must not then
    # head "Role" as part of the employer's blurb, as an empty heading over its sub-headings would.
    team = "We are the ten engineers who build the payments platform for the whole company."
    role = "You will design the payments ledger and its reconciliation jobs in Go and Postgres."
    found = parse(f"Backend Engineer\n\n## Team\n\n{team}\n\n## Team\n\n{team}\n\n## Role\n\n{role}\n")
    assert [(s.kind, s.heading) for s in found.sections if s.text][-2:] == [
        (SectionKind.COMPANY, "Team"),
        (SectionKind.ROLE, "Role"),
    ]


def test_an_employers_notice_under_the_last_list_is_legal_text_however_it_is_worded() -> None:
    text = (
        "Internal Auditor\n\nBonus Points\n\n- CISA or CIA certification\n\n"
        "This is an authentic Acme job opportunity. Learn how to safeguard yourself from recruitment fraud.\n\n"
        "We know strong qualifications come from lived experience too. Acme is proud to be an equal opportunity "
        "employer and values diversity at our company, and we encourage you to apply whatever your background.\n"
    )
    kinds = [(s.kind, s.text.split()[0]) for s in parse(text).sections if s.text]
    assert (SectionKind.PREFERRED, "-") in kinds
    legal = " ".join(s.text for s in parse(text).sections if s.kind is SectionKind.LEGAL)
    assert "recruitment fraud" in legal and "equal opportunity" in legal


def test_a_line_the_posting_repeats_word_for_word_is_read_once() -> None:
    # Job boards paste the qualifications twice; an item said twice is stressed no more than once.
    item = "- Create and maintain content journey maps and style guides for the brand"
    found = parse(f"Content Manager\n\nRequirements\n{item}\n- SEO\n\nQualifications\n{item}\n- SEO\n")
    requirements = "\n".join(s.text for s in found.sections if s.kind is SectionKind.REQUIREMENTS)
    assert requirements.count("journey maps") == 1
    assert requirements.count("SEO") == 2  # a short line ("- SEO", "Apply now") may well be said twice


@pytest.mark.parametrize(
    ("line", "board"),
    [
        ("2 weeks ago · Over 100 applicants", True),
        ("Reposted 3 days ago", True),
        ("Show less", True),
        ("Get notified about new Data Engineer jobs in London.", True),
        ("Over 10 years of experience with SQL", False),
        ("Apply", False),  # a heading of its own, over how to apply
        ("Promoted our data platform to 40 teams", False),
        ("Report job", True),  # Indeed's button under the last list
        ("Flag this listing", True),
        ("Report job status to the site lead daily", False),
        ("- job post", True),  # Indeed's words for screen readers after the title, copied as a line
        ("-\t", False),  # a mark and no words
        ("Job posting closes on Friday", False),
    ],
)
def test_a_job_boards_status_lines_are_told_from_the_postings(line: str, board: bool) -> None:
    assert is_board_status(line) is board


def test_duties_that_name_benefits_are_duties() -> None:
    text = (
        "Operations Manager\n\n## Responsibilities\n\n* Payroll processing\n"
        "* Managing benefits administration, including health, dental, paid time off, and 401(k)\n"
        "* Oversee organizational insurance policies\n\n"
        "The salary for this role is $60,000 a year, plus our benefits program.\n"
    )
    kinds = [(s.kind, s.text.split()[0]) for s in parse(text).sections]
    assert kinds == [
        (SectionKind.ROLE, "Operations"),
        (SectionKind.RESPONSIBILITIES, "*"),
        (SectionKind.BENEFITS, "The"),
    ]


def test_a_job_description_of_pay_and_benefits_duties_set_inline_is_the_role_not_its_benefits() -> None:
    # A payroll assistant's duties, typed as one paragraph with inline bullets, name salaries, compensation and
    # benefits on almost every line: each is a duty ("Reconciling …", "Explaining …"), no perk the job offers.
    duties = (
        "Payroll • Payroll runs: Processing salary payments for 300 staff every two weeks and correcting errors. • "
        "Record-keeping: Keeping records of each employee's salary, deductions and 401(k) contributions. Compensation "
        "• Compliance: Ensuring that compensation and overtime follow state and federal law. • Communication: "
        "Explaining compensation and benefits policies to employees and answering their questions about paid time "
        "off. • Reconciliation: Reconciling payroll to the general ledger each month. Onboarding • Setting up new "
        "hires in the payroll system and enrolling them in the pension plan."
    )
    text = (
        f"Payroll Assistant\n\n## Job Description\n\n{duties}\n\n## Qualifications\n\n"
        "- 2+ years of payroll experience\n\n## What we offer\n\nA competitive salary, paid time off and a pension.\n"
    )
    assert [kind for kind, _ in _kinds_and_headings(text)] == [
        SectionKind.ROLE,
        SectionKind.ROLE,
        SectionKind.REQUIREMENTS,
        SectionKind.BENEFITS,
    ]
    # An employer's perks in a sentence that opens with its verb in "-ing" are its perks still.
    perks = (
        "Offering generous paid time off, a pension with a 6% match, dental cover and a yearly learning budget, we "
        "look after the people who keep our payroll running. Our office is near the station, and most of the team "
        "works from home two days a week; we meet every quarter for a day of planning and a dinner together."
    )
    assert _kinds_and_headings(f"Payroll Assistant\n\n## Why Kestrel?\n\n{perks}\n")[1][0] is SectionKind.BENEFITS


def test_a_list_spaced_out_by_blank_lines_is_one_list() -> None:
    text = (
        "Backend Developer\n\n## What you can count on\n\n* Competitive salary and stock options\n\n"
        "* Excellent benefits such as private health insurance\n\n* Career advancement opportunities\n\n"
        "* A motivated team with alumni from Google and Amazon\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.BENEFITS]


def test_headings_we_do_not_know_under_an_empty_heading_are_its_parts() -> None:
    text = (
        "Technical Writer\n\n## What you'll do\n\n### External documentation\n\n- Modernize our API reference\n\n"
        "### Internal documentation\n\n- Assist product teams\n\n## Basic qualifications\n\n- English\n\n"
        "### Tooling\n\nWe use Git.\n"
    )
    found = parse(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.RESPONSIBILITIES, "What you'll do"),
        (SectionKind.RESPONSIBILITIES, "External documentation"),
        (SectionKind.RESPONSIBILITIES, "Internal documentation"),
        (SectionKind.REQUIREMENTS, "Basic qualifications"),
        (SectionKind.OTHER, "Tooling"),  # under a heading with text of its own: not known to be a part
    ]


def test_a_summary_under_an_empty_company_heading_is_the_companys() -> None:
    # A job board sets the employer's own headings under its "Company Description": its "Summary" summarises the
    # company, no role, and its words weigh as a blurb's. Under the job's heading, a "Summary" is still the job's.
    text = (
        "Data Engineer\n\n### Company Description\n\n**Summary**\n\nFernhill makes freight software for 900 "
        "carriers.\n\n### Job Description\n\n**Summary**\n\nYou will build our data pipelines.\n\n"
        "### Qualifications\n\n- SQL\n"
    )
    found = parse(text)
    assert [(s.kind, s.heading) for s in found.sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.COMPANY, "Company Description"),
        (SectionKind.COMPANY, "Summary"),
        (SectionKind.ROLE, "Job Description"),
        (SectionKind.ROLE, "Summary"),
        (SectionKind.REQUIREMENTS, "Qualifications"),
    ]


def test_a_list_that_says_what_you_can_do_and_understand_asks_for_it() -> None:
    text = (
        "Account Manager\n\n## Description\n\n- You understand the process of web development.\n"
        "- You can present status reports to large audiences.\n- You know your way around budgets.\n"
        "- Monitor timelines.\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.REQUIREMENTS]


def test_duties_written_with_ing_are_duties_under_a_heading_that_does_not_say() -> None:
    text = (
        "Clinical Lead\n\n## Contract length: 6 months\n\n* Designing clinical algorithms\n\n"
        "* Partnering with engineering teams\n\n* Managing quality checks\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.RESPONSIBILITIES]


def test_duties_grouped_under_a_topic_of_their_own_are_duties() -> None:
    # A field job's duties come in groups headed by their topic ("Safety", "Quality"), no heading of a kind.
    text = (
        "Site Lead\n\n## Duties\n\n- Coordinate the trades' schedules.\n\n## Safety\n\n"
        "- Attend the weekly safety meeting.\n- Inspect scaffolds before each shift.\n"
        "- Enforce the fall protection plan.\n- Walk the site daily.\n- Stop work when it is unsafe.\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, *[SectionKind.RESPONSIBILITIES] * 2]


def test_a_field_of_the_jobs_terms_stays_in_its_section() -> None:
    text = "Technical Writer\n\n**Employment type:** Contract\n\nCrunch.io is seeking a technical writer.\n"
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE]


def test_a_firms_size_or_funding_in_dollars_is_no_pay() -> None:
    text = (
        "# Financial Controller\n\n## About Meridian\n\nMeridian designs camping gear. We are a $600M company, "
        "backed by $1.2B in funding.\n\n## What you will do\n\n- Own the monthly close.\n\n## Pay\n\n"
        "$120,000 - $140,000 per year.\n"
    )
    kinds = [s.kind for s in parse(text).sections]
    assert kinds == [SectionKind.ROLE, SectionKind.COMPANY, SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS]
    # A notice says so in words no blurb uses: one is enough, under the employer's heading too.
    notice = "# Patient Navigator\n\n## About us\n\nA rural clinic.\n\nWe are an equal opportunity employer.\n"
    assert [s.kind for s in parse(notice).sections] == [SectionKind.ROLE, SectionKind.COMPANY, SectionKind.LEGAL]


def test_an_employers_blurb_that_names_its_services_once_with_a_benefits_word_stays_the_companys() -> None:
    text = (
        "# Patient Navigator\n\n## About us\n\nHollow Creek Health is a community clinic serving rural families "
        "since 1992. We bring dental, vision and pharmacy services to one campus.\n\n## What you will do\n\n"
        "- Guide patients through referrals.\n\n## About Hollow Creek\n\nWe offer medical, dental and vision "
        "insurance, a 403(b) and paid time off.\n"
    )
    kinds = [s.kind for s in parse(text).sections]
    assert kinds == [SectionKind.ROLE, SectionKind.COMPANY, SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS]


def test_a_dental_employers_blurb_and_role_are_no_benefits_and_its_dental_cover_is() -> None:
    # "Dental" is the field of a dental practice's posting, not a benefit, unless it is cover beside other cover.
    text = (
        "# Orthodontic Assistant\n\n## About the practice\n\nLarkfield Orthodontics is a family dental practice "
        "with two dental surgeons in Hull.\n\n## The job\n\nThe Orthodontic Assistant supports dental surgeons "
        "chairside at a busy dental practice.\n\n## What you will do\n\n- Prepare each surgery.\n- Sterilise the "
        "instruments.\n\n## Perks\n\nWe offer dental cover and 25 days of holiday.\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE,
        SectionKind.COMPANY,
        SectionKind.ROLE,
        SectionKind.RESPONSIBILITIES,
        SectionKind.BENEFITS,
    ]


def _kinds_and_headings(text: str) -> list[tuple[SectionKind, str]]:
    return [(s.kind, s.heading) for s in parse(text).sections]


def test_headings_run_into_one_paragraph_split_it() -> None:
    text = (
        "Staff Accountant\n\nWe are Fernhollow Foods, a family grocer. Responsibilities: Reconcile the bank accounts. "
        "Prepare the month-end close. Requirements: Bachelor's degree in accounting; 3+ years of general ledger "
        "experience. Benefits: 401(k) match, dental cover and 25 days of PTO.\n"
    )
    assert _kinds_and_headings(text) == [
        (SectionKind.ROLE, ""),
        (SectionKind.RESPONSIBILITIES, "Responsibilities"),
        (SectionKind.REQUIREMENTS, "Requirements"),
        (SectionKind.BENEFITS, "Benefits"),
    ]
    assert parse(text).sections[2].text == "Bachelor's degree in accounting; 3+ years of general ledger experience."


def test_a_run_in_heading_that_opens_its_sentence_heads_a_list_in_lower_case() -> None:
    text = (
        "Records Clerk\n\nFernhollow County seeks a records clerk. Duties: scan and index case files, answer "
        "requests at the counter. Qualifications: high school diploma, two years of office experience.\n"
    )
    assert _kinds_and_headings(text) == [
        (SectionKind.ROLE, ""),
        (SectionKind.RESPONSIBILITIES, "Duties"),
        (SectionKind.REQUIREMENTS, "Qualifications"),
    ]
    assert parse(text).sections[1].text == "scan and index case files, answer requests at the counter."


def test_a_run_in_heading_that_says_what_it_includes_heads_a_list_in_lower_case() -> None:
    text = (
        "Staff Accountant\n\nWe are Fernhollow Foods, a family grocer. Responsibilities include: reconciling the "
        "bank accounts; preparing the month-end close. Qualifications: Bachelor's degree in accounting; 3+ years of "
        "general ledger experience.\n"
    )
    assert _kinds_and_headings(text) == [
        (SectionKind.ROLE, ""),
        (SectionKind.RESPONSIBILITIES, "Responsibilities include"),
        (SectionKind.REQUIREMENTS, "Qualifications"),
    ]
    assert parse(text).sections[1].text == "reconciling the bank accounts; preparing the month-end close."


def test_perks_and_legal_sentences_that_end_a_run_in_paragraph_of_requirements_are_apart_from_it() -> None:
    text = (
        "Billing Specialist\n\nHarbor Family Medicine is a clinic. Responsibilities: Post payments. Follow up on "
        "denied claims. Requirements: Two years of medical billing experience. Knowledge of CPT coding. We offer "
        "medical, dental and vision insurance and paid time off. Harbor Family Medicine is an equal opportunity "
        "employer.\n"
    )
    assert _kinds_and_headings(text) == [
        (SectionKind.ROLE, ""),
        (SectionKind.COMPANY, ""),  # "Harbor Family Medicine is a clinic.": what the employer is
        (SectionKind.RESPONSIBILITIES, "Responsibilities"),
        (SectionKind.REQUIREMENTS, "Requirements"),
        (SectionKind.BENEFITS, ""),
        (SectionKind.LEGAL, ""),
    ]
    assert parse(text).sections[3].text == "Two years of medical billing experience. Knowledge of CPT coding."


def test_a_run_in_heading_after_an_item_without_a_full_stop_is_found_with_its_whole_name() -> None:
    text = (
        "About Quillmere: We publish maps. What you'll do: Draw coastlines Check proofs "
        "Minimum Qualifications: A degree in geography Preferred Qualifications: GIS experience\n"
    )
    assert _kinds_and_headings(text) == [
        (SectionKind.COMPANY, "About Quillmere"),
        (SectionKind.RESPONSIBILITIES, "What you'll do"),
        (SectionKind.REQUIREMENTS, "Minimum Qualifications"),
        (SectionKind.PREFERRED, "Preferred Qualifications"),
    ]
    assert parse(text).sections[1].text == "Draw coastlines Check proofs"


@pytest.mark.parametrize(
    "paragraph",
    [
        # A phrase we know, but mid-sentence, or followed by a sentence in lower case.
        "We work in small teams. Our responsibilities: we care for each other. Nice to have: a smile.",
        "You will own the close and the responsibilities: payroll, VAT. Requirements are light.",
        # One colon in a paragraph is the paragraph's.
        "Reports go out weekly. Key tasks: Invoices, filing and the post.",
        # A sentence that ends in a colon says something, however it starts.
        "Tell us more. We need experience with these Cloud Services: EC2 and S3. Skills: Excel.",
    ],
)
def test_a_colon_in_a_sentence_is_no_heading(paragraph: str) -> None:
    assert [s.heading for s in parse(f"Clerk\n\n{paragraph}\n").sections] == [""]


def test_a_phrase_after_a_word_that_goes_on_a_sentence_is_no_run_in_heading() -> None:
    text = "Duties: Draw maps. Every new hire learns to use the Skills: Python and R. Benefits: Dental cover.\n"
    found = parse(text).sections
    assert [s.heading for s in found] == ["Duties", "Benefits"]
    assert found[0].text == "Draw maps. Every new hire learns to use the Skills: Python and R."


def test_a_run_in_heading_of_the_kind_it_stands_in_stays_in_the_text() -> None:
    text = "Requirements: A degree in law Experience with case files: Clio, Filevine. Benefits: Dental cover.\n"
    found = parse(text).sections
    assert [(s.kind, s.heading) for s in found] == [
        (SectionKind.REQUIREMENTS, "Requirements"),
        (SectionKind.BENEFITS, "Benefits"),
    ]
    assert "Experience with case files: Clio" in found[0].text


def test_an_overview_that_describes_the_company_is_the_company_and_one_of_the_role_stays_the_role() -> None:
    text = (
        "Payroll Specialist\n\nOverview\n\nHalvorsen Mills is a family-owned paper maker founded in 1952 and "
        "headquartered in Duluth. Our 2,400 employees serve customers in 30 countries.\n\n"
        "We are seeking a Payroll Specialist to run our bi-weekly payroll. In this role you will report to the "
        "Controller.\n\nResponsibilities\n\n- Run payroll for 2,400 employees.\n- Reconcile tax filings.\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(text).sections]
    assert kinds == [
        (SectionKind.ROLE, ""),
        (SectionKind.COMPANY, "Overview"),
        (SectionKind.ROLE, "Overview"),
        (SectionKind.RESPONSIBILITIES, "Responsibilities"),
    ]


@pytest.mark.parametrize(
    "employer",
    ["Lone Star Community Care Network", "Riverbend Home Health & Hospice", "St. Agnes Regional Medical Center"],
)
def test_an_overview_that_says_what_an_employer_of_a_long_name_is_is_the_company(employer: str) -> None:
    # A name of five or six words ("Lone Star Community Care Network is an accountable care organization …") was no
    # name saying what it is, and one "our" no blurb: the employer's paragraph weighed as the role.
    text = (
        "Care Coordinator\n\nOverview\n\n"
        f"{employer} is a nonprofit that partners with 60 clinics in Southeast Texas. Our population health "
        "team closes care gaps for Medicaid patients.\n\nResponsibilities\n\n- Call patients after discharge.\n"
    )
    assert [(s.kind, s.heading) for s in parse(text).sections][1:] == [
        (SectionKind.COMPANY, "Overview"),
        (SectionKind.RESPONSIBILITIES, "Responsibilities"),
    ]


@pytest.mark.parametrize(
    "overview",
    [
        "The Senior Care Coordinator Population Health is a member of our care team.",
        "Reporting to the Finance Director, the Payroll Specialist runs our payroll for 2,400 employees.",
        "Northwind Freight is hiring a dispatcher. You will plan our routes and our drivers' shifts.",
        "We are seeking a dispatcher to plan routes for our fleet across 12 countries.",
    ],
)
def test_an_overview_of_the_role_stays_the_role_whatever_it_says_of_the_company(overview: str) -> None:
    text = f"Dispatcher\n\nOverview\n\n{overview}\n\nRequirements\n\n- 2+ years of dispatch experience.\n"
    assert [s.kind for s in parse(text).sections][:2] == [SectionKind.ROLE, SectionKind.ROLE]


@pytest.mark.parametrize(
    ("overview", "kind"),
    [
        (
            "The purpose of this position is to run the core lab's chemistry analyzers on evening shifts. You will "
            "report to the lab supervisor.",
            SectionKind.ROLE,
        ),
        (
            "The Department of Laboratory Medicine is the region's reference lab, founded in 1961. Our 140 staff run "
            "two million tests a year for 30 hospitals.",
            SectionKind.COMPANY,
        ),
    ],
)
def test_a_department_overview_is_an_overview_what_stands_under_it_says_whose(overview: str, kind: SectionKind) -> None:
    # An applicant-tracking system's "Department Overview" (as iCIMS pages of hospitals have it), after a label of the
    # job's type, was no heading: the job's purpose stayed under "Job Type", weighing nothing.
    text = (
        f"Medical Laboratory Scientist\n\nJob Type\nPart-time\n\nDepartment Overview\n\n{overview}\n\n"
        "Requirements\n\n- ASCP certification.\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(text).sections]
    assert (kind, "Department Overview") in kinds and kinds[-1] == (SectionKind.REQUIREMENTS, "Requirements")


def test_linkedins_about_the_job_over_the_employers_paragraph_is_its_blurb_and_over_the_roles_the_role() -> None:
    text = (
        "Operations Director\nHalvorsen Mills · Duluth, MN (On-site)\n\nAbout the job\n"
        "Halvorsen Mills is a family-owned paper maker founded in 1952 and headquartered in Duluth. Our 2,400 "
        "employees serve customers in 30 countries.\n\n"
        "We are seeking an Operations Director to run our two mills. In this role you will report to the CEO.\n\n"
        "Responsibilities\n- Run both mills.\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(text).sections]
    assert kinds[1:] == [
        (SectionKind.COMPANY, "About the job"),
        (SectionKind.ROLE, "About the job"),
        (SectionKind.RESPONSIBILITIES, "Responsibilities"),
    ]


def test_a_paragraph_under_the_title_that_says_what_the_employer_is_is_its_blurb() -> None:
    text = (
        "Warehouse Supervisor\n\nDayton, OH · Full-time\n\n"
        "Harmon Freight is a 3PL with 1.2 million square feet near the airport. Our second shift picks and packs "
        "for consumer products clients.\n\n"
        "We need a supervisor for our second shift. Tell us about the crews you have led.\n\n"
        "Requirements\n\n- 3+ years in a warehouse.\n"
    )
    kinds = [(s.kind, s.words) for s in parse(text).sections]
    assert [kind for kind, _ in kinds] == [
        SectionKind.ROLE,  # the masthead
        SectionKind.COMPANY,  # what the employer is and does
        SectionKind.ROLE,  # "we" and "us" of the job are no blurb
        SectionKind.REQUIREMENTS,
    ]


def test_one_sentence_under_the_masthead_that_says_by_its_name_what_the_employer_is_is_its_blurb() -> None:
    # "Thornbury Paving is a … contractor …": one sentence of what the firm is, with no "we" or "our" beside it, over
    # the job's own headings; its trade's words are the employer's, not the job's title's.
    text = (
        "Paving Foreman\nThornbury Paving LLC\nAkron, OH\n\n"
        "Thornbury Paving is a site and paving contractor self-performing asphalt, curbs and sidewalks for municipal "
        "work across northeast Ohio.\n\n"
        "What you'll do:\n* Lead a paving crew of six.\n\nWhat you need:\n* 5+ years of asphalt paving.\n"
    )

    def kind_of(opening: str, text: str) -> SectionKind:
        return next(s.kind for s in parse(text).sections if opening in s.text)

    assert kind_of("Paving Foreman\nThornbury Paving LLC", text) is SectionKind.ROLE  # the masthead
    assert kind_of("Thornbury Paving is a", text) is SectionKind.COMPANY
    # A sentence that says what the job is, under the same masthead, stays the job's.
    text = text.replace("Thornbury Paving is a site", "The Paving Foreman is a working lead on a site")
    assert kind_of("The Paving Foreman is a", text) is SectionKind.ROLE


@pytest.mark.parametrize("name", ["Harmon Freight", "Harmon Freight, Inc."])
def test_a_posting_that_opens_by_saying_what_the_employer_is_opens_with_its_blurb(name: str) -> None:
    text = (
        f"{name} is a family-owned freight company serving the Midwest since 1982.\n\n"
        "Dispatch Coordinator\n\nResponsibilities\n\n- Schedule drivers and loads.\n"
    )
    kinds = [(s.kind, s.text) for s in parse(text).sections]
    assert kinds[:2] == [
        (SectionKind.COMPANY, f"{name} is a family-owned freight company serving the Midwest since 1982."),
        (SectionKind.ROLE, "Dispatch Coordinator"),
    ]


def test_a_posting_that_opens_with_its_title_and_firm_in_one_line_keeps_it_as_its_masthead() -> None:
    text = "Harmon Freight is hiring a Dispatch Coordinator in Dayton.\n\nResponsibilities\n\n- Schedule drivers.\n"
    assert parse(text).sections[0].kind is SectionKind.ROLE


def test_an_organisations_overview_is_the_company() -> None:
    assert classify_heading("Organization Overview") is SectionKind.COMPANY
    assert classify_heading("Organisation") is SectionKind.COMPANY
    assert classify_heading("Organizational skills") is SectionKind.REQUIREMENTS


@pytest.mark.parametrize(
    "heading",
    [
        "License/Certification",
        "Licenses & Certifications",
        "Certifications",
        "Licensure",
        "Licensures/Certifications",
        "Certifications/Licensures",
        "Licensure/Certification/Registry",
        "License, Certification, Registration",
        "Licensure/Registration",
    ],
)
def test_a_heading_of_licences_and_certifications_asks_for_them(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.REQUIREMENTS
    text = f"Lab Technician\n\nDuties\n\n- Run assays\n\n{heading}:\n- MLS (ASCP)\n"
    assert [s.kind for s in parse(text).sections][-1] is SectionKind.REQUIREMENTS


def test_a_licence_named_on_a_line_of_its_own_is_no_heading() -> None:
    assert classify_heading("Valid driver's license") is SectionKind.OTHER


def test_a_list_of_duties_under_the_job_s_own_title_is_its_responsibilities_in_any_field() -> None:
    # Duties begin with the verbs of every trade ("Prepare", "Conduct", "Coordinate"), not only a developer's.
    text = (
        "**Quality Engineer - Pressure Valves**\n\n"
        "- Prepare inspection plans and control plans\n- Conduct supplier audits\n"
        "- Coordinate corrective actions with suppliers\n- Statistical process control for machined parts\n\n"
        "**Requirements:** a degree in engineering.\n"
    )
    kinds = [s.kind for s in parse(text).sections]
    assert SectionKind.RESPONSIBILITIES in kinds


def test_a_short_clause_after_an_items_one_comma_that_says_it_is_preferred_leaves_the_rest_required() -> None:
    text = (
        "Paralegal\n\nQualifications:\n- 2+ years of litigation experience, insurance defense preferred\n"
        "- Bachelor's degree in any field, JD a plus\n- Experience with Python, Go or Rust preferred\n"
        "- Experience in healthcare, a plus\n- Spanish fluency, strongly preferred\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, ["- 2+ years of litigation experience,", "- Bachelor's degree in any field,"]),
        (
            SectionKind.PREFERRED,
            [
                "- insurance defense preferred",
                "- JD a plus",
                "- Experience with Python, Go or Rust preferred",  # a list's last items: the list stays whole
                "- Experience in healthcare, a plus",  # a clause that names nothing speaks of the whole item
                "- Spanish fluency, strongly preferred",
            ],
        ),
    ]


def test_brackets_that_wish_for_a_whole_item_of_one_comma_leave_it_whole_and_preferred() -> None:
    text = (
        "Backend Developer\n\nQualifications:\n- Experience with Terraform, Ansible with Packer images (nice to have)\n"
        "- Strong SQL\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert (SectionKind.PREFERRED, ["- Experience with Terraform, Ansible with Packer images (nice to have)"]) in found


@pytest.mark.parametrize(
    ("item", "asked", "nice"),
    [
        (
            "3+ years of hotel management experience, front office or rooms division preferred",
            "3+ years of hotel management experience,",
            "front office or rooms division preferred",
        ),
        ("5 years of nursing experience, ICU or ER a plus", "5 years of nursing experience,", "ICU or ER a plus"),
        (
            "2-4 years of accounting experience, public accounting and Big 4 preferred",
            "2-4 years of accounting experience,",
            "public accounting and Big 4 preferred",
        ),
        # A head that says it is required is a clause whole, as years of experience are.
        (
            "ERP experience required, Oracle or NetSuite preferred",
            "ERP experience required,",
            "Oracle or NetSuite preferred",
        ),
        (
            "Strong SQL skills are a must, Snowflake or BigQuery a plus",
            "Strong SQL skills are a must,",
            "Snowflake or BigQuery a plus",
        ),
        # Brackets in the clause are an aside: they make it no longer a list's rest.
        (
            "5+ years of accounting experience, with a mix of public accounting (Big 4 or large regional firm) and "
            "industry preferred",
            "5+ years of accounting experience,",
            "with a mix of public accounting (Big 4 or large regional firm) and industry preferred",
        ),
        (
            "3+ years of litigation experience, with plaintiff work (personal injury, mass torts or class actions) "
            "strongly preferred",
            "3+ years of litigation experience,",
            "with plaintiff work (personal injury, mass torts or class actions) strongly preferred",
        ),
    ],
)
def test_alternatives_preferred_after_years_of_experience_leave_the_years_required(
    item: str, asked: str, nice: str
) -> None:
    # "N years of X experience" is asked for whole; the alternatives after its comma are what would be better still,
    # not the last items of a list that began with it.
    text = f"Manager\n\nQualifications:\n- {item}\n- Strong knowledge of budgeting\n"
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, [f"- {asked}", "- Strong knowledge of budgeting"]),
        (SectionKind.PREFERRED, [f"- {nice}"]),
    ]


def test_a_list_after_years_of_experience_with_a_tool_stays_whole() -> None:
    # "… experience with Python, Go or Rust preferred" names alternatives the years are of: one item, nice to have.
    text = "Developer\n\nQualifications:\n- 3+ years of experience with Python, Go or Rust preferred\n- Git\n"
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert (SectionKind.PREFERRED, ["- 3+ years of experience with Python, Go or Rust preferred"]) in found


def test_a_clause_that_opens_with_ideally_after_a_comma_leaves_what_comes_before_it_required() -> None:
    text = (
        "Field Service Engineer\n\nRequirements:\n- 3+ years of field service experience, ideally on packaging, "
        "bottling or labelling lines\n- A driving licence, preferably with a clean record\n"
        "- Ideally, some PLC programming\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, ["- 3+ years of field service experience,", "- A driving licence,"]),
        (
            SectionKind.PREFERRED,
            [
                "- ideally on packaging, bottling or labelling lines",
                "- preferably with a clean record",
                "- Ideally, some PLC programming",
            ],
        ),
    ]


def test_bonus_points_in_the_middle_of_an_item_leave_what_comes_before_them_required() -> None:
    # A playful posting's "with bonus points for …": what earns them is nice to have, the rest is asked for.
    text = (
        "Content Designer\n\nRequirements:\n- Fluency in spreadsheets and the tools we use with bonus points for "
        "familiarity with Figma and Webflow\n- Two years of writing for the web, extra points if you have used Jira\n"
        "- Bonus points for Hindi\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            ["- Fluency in spreadsheets and the tools we use", "- Two years of writing for the web,"],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- with bonus points for familiarity with Figma and Webflow",
                "- extra points if you have used Jira",
                "- Bonus points for Hindi",
            ],
        ),
    ]


def test_brackets_that_say_only_preferred_make_the_whole_item_preferred_as_job_boards_mark_them() -> None:
    text = (
        "Lab Technician\n\nExperience:\n- PCR: 1 year (Required)\n- Cell culture: 1 year (Preferred)\n"
        "- Go (Rust preferred)\n- Flow cytometry: 2 years (strongly preferred)\n- ELISA (a plus)\n"
        "- Cloud administration: _Azure (preferred), AWS, GCP_\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            # In the middle of an item, brackets speak of the word before them; at its end, brackets that name
            # another thing offer it as nice to have beside what is asked.
            [
                "- PCR: 1 year (Required)",
                "- Go",
                "- Cloud administration: _Azure (preferred), AWS, GCP_",
            ],
        ),
        (
            SectionKind.PREFERRED,
            [
                "- Cell culture: 1 year (Preferred)",
                "- (Rust preferred)",
                "- Flow cytometry: 2 years (strongly preferred)",
                "- ELISA (a plus)",
            ],
        ),
    ]


def test_brackets_inside_an_item_that_name_another_thing_preferred_set_it_apart_as_nice_to_have() -> None:
    # "(Rhino preferred)" offers a tool of the kind the item asks for as nice to have, as it does at the item's end;
    # what stands around it is asked. Brackets that only say "preferred" still speak of the word before them.
    text = (
        "Landscape Designer\n\nRequirements:\n- Experience with a 3D modeling tool (Rhino preferred), AutoCAD and "
        "hand sketching\n- Irrigation design (preferred), planting plans, grading\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (
            SectionKind.REQUIREMENTS,
            [
                "- Experience with a 3D modeling tool, AutoCAD and hand sketching",
                "- Irrigation design (preferred), planting plans, grading",
            ],
        ),
        (SectionKind.PREFERRED, ["- (Rhino preferred)"]),
    ]


def test_a_comma_inside_brackets_parts_no_clause_so_the_whole_item_is_preferred() -> None:
    text = (
        "Analyst\n\nQualifications:\n- Board certification (CFA, FRM) preferred\n"
        "- Experience with ledgers (Xero, Sage), payroll preferred\n"
    )
    found = [(s.kind, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.REQUIREMENTS, ["- Experience with ledgers (Xero, Sage),"]),
        (SectionKind.PREFERRED, ["- Board certification (CFA, FRM) preferred", "- payroll preferred"]),
    ]


def test_the_sentences_of_the_job_are_those_that_speak_of_it_not_the_masthead_or_the_employer() -> None:
    text = "Line Cook\nHarbor Bistro, Portland\nHarbor Bistro serves seafood. You will run the grill station."
    assert job_sentences(text) == ["You will run the grill station."]


def test_a_sentence_that_opens_with_the_job_named_as_a_title_speaks_of_the_job_after_its_name() -> None:
    text = (
        "Shop Supervisor\nThe Shop Supervisor ensures planograms and cash handling standards are kept. "
        "As the Shop Supervisor, keep the stockroom in order. The company is a leader in garden tools. "
        "The supervisor greets every guest. Our Shop Supervisors enjoy a staff discount. "
        "The Shop Supervisor will be cheerful, agile and tidy. The Shop Supervisor team is new."
    )
    # The job's name is its title, no skill it asks for: what the sentence says of it is.
    assert job_sentences(text) == [
        "ensures planograms and cash handling standards are kept.",
        "keep the stockroom in order.",
    ]


def test_a_sentence_whose_subject_is_the_job_by_its_titles_word_speaks_of_the_job() -> None:
    # A summary that names the job in small letters after a clause put first says what it does: the clause too.
    text = (
        "Our clinics serve 40,000 patients. Under collaborative practice agreements with physicians, the pharmacist "
        "independently manages warfarin therapy. The physician prescribes chemotherapy. The pharmacist is a member "
        "of the care team."
    )
    assert job_sentences(text, "Clinical Pharmacist - Ambulatory Care") == [
        "Under collaborative practice agreements with physicians, independently manages warfarin therapy."
    ]
    assert job_sentences(text) == []  # without the title, whose job "the pharmacist" is cannot be told
    # Another job's word, or one the title names only as what the job is in, is someone else.
    assert job_sentences(text, "Oncology Nurse - Pharmacist Liaison") == []


def test_a_sentence_about_the_job_wrapped_over_lines_is_one_sentence() -> None:
    # A PDF's or a hard-wrapped e-mail's paragraph: the lines a sentence runs on to, opening in small letters, are
    # its own, so what it says of the job past its first line is said of the job too.
    text = (
        "The Volunteer Coordinator works as the first contact for new volunteers, recruiting, scheduling and\n"
        "training them for weekend events and the annual gala.\nOur museum welcomes 90,000 visitors a year."
    )
    assert job_sentences(text, "Volunteer Coordinator") == [
        "works as the first contact for new volunteers, recruiting, scheduling and\n"
        "training them for weekend events and the annual gala."
    ]


def test_a_line_of_the_tools_the_job_uses_under_its_label_speaks_of_the_job() -> None:
    text = (
        "Tax Associate\nLedgerline Tax Service\nLedgerline Tax Service serves 900 families.\n"
        "Software: Lacerte, ProSeries\nTech stack: Go, Postgres"
    )
    assert job_sentences(text) == ["Software: Lacerte, ProSeries", "Tech stack: Go, Postgres"]
    # A sentence that only mentions software, or the employer's systems, is no list of the job's tools.
    assert job_sentences("Ledgerline builds software: apps for families.\nOur systems serve 900 clients.") == []


def test_a_line_of_the_credential_the_job_asks_for_under_its_summary_speaks_of_the_job() -> None:
    text = (
        "Dental Assistant\nThe assistant supports the hygienists at every visit.\n"
        "Current state registration as an RDA or\n"
        "Graduated from a CODA accredited program and eligible to sit for the DANB exam"
    )
    assert job_sentences(text) == [
        "Current state registration as an RDA or",
        "Graduated from a CODA accredited program and eligible to sit for the DANB exam",
    ]
    # The employer's own certification, and a sentence that only mentions a licence, are no requirement of the job.
    assert job_sentences("Our lab holds a current ISO 15189 certification.\nThe licence fee is paid by Acme.") == []


def test_a_sentence_that_puts_the_job_in_a_union_is_a_term_of_employment_not_the_work_it_asks_for() -> None:
    text = (
        "Records Clerk\nThis position is represented by AFSCME Local 88 and is covered by the collective "
        "bargaining agreement. You will index court files and answer public records requests."
    )
    assert job_sentences(text) == ["You will index court files and answer public records requests."]
    assert job_sentences("The role sits in the Teamsters bargaining unit under the union contract.") == []
    # A labour relations job that asks for collective bargaining in its duties still does.
    duty = "You will lead collective bargaining with three unions and advise managers on the labor agreement."
    assert job_sentences(duty) == [duty]
    # Clients represented by the firm are no union.
    clients = "You will support clients represented by our attorneys in housing court."
    assert job_sentences(clients) == [clients]


def test_a_tables_header_row_names_its_columns_and_heads_no_section_of_its_own(tmp_path: Path) -> None:
    posting = tmp_path / "molder.md"
    posting.write_text(
        "# Process Technician\n\n## What you bring\n\n| Skills | Years |\n|---|---|\n"
        "| Scientific molding | Three years |\n| Blueprint reading | Fluent |\n",
        encoding="utf-8",
    )
    found = structure.of(read_posting(posting))
    assert [(s.kind, s.heading) for s in found.sections][1:] == [(SectionKind.REQUIREMENTS, "What you bring")]
    assert found.sections[1].text.splitlines() == [
        "Skills | Years",
        "Scientific molding | Three years",
        "Blueprint reading | Fluent",
    ]


def test_an_opening_heading_naming_a_job_heads_the_role_not_the_requirements_a_word_of_it_names() -> None:
    found = parse("Customer Experience Manager\n\nLead a team of twelve agents.\n\nRequirements:\n- Retail\n")
    assert found.sections[0].kind is SectionKind.ROLE
    assert "Customer Experience Manager" in found.sections[0].heading + found.sections[0].text
    # Further down, a heading of the body still says what its words say; the experience of those the job serves
    # ("Guest Experience" among a hotel's duties) is a part of its work, no experience asked of the reader.
    assert classify_heading("Relevant Experience") is SectionKind.REQUIREMENTS
    assert classify_heading("Guest Experience") is SectionKind.OTHER


def test_a_federal_postings_eligibility_rating_and_papers_weigh_nothing() -> None:
    found = parse(
        "Soil Scientist\nDepartment of Agriculture\n\nDuties\nMaps soils and writes soil survey reports.\n\n"
        "Requirements\nConditions of Employment\nMust be a U.S. Citizen.\nMales must be registered for Selective "
        "Service.\nMust obtain a Secret security clearance.\n\nQualifications\nOne year of soil mapping "
        "experience.\n\nHow You Will Be Evaluated\nYou will be rated on how well you meet the qualifications "
        "above, using a questionnaire.\n\nRequired Documents\nResume, transcripts and an SF-50.\n"
    )
    kinds = {s.heading: s.kind for s in found.sections}
    assert kinds["Duties"] is SectionKind.RESPONSIBILITIES
    assert kinds["Qualifications"] is SectionKind.REQUIREMENTS
    assert kinds["Conditions of Employment"] is SectionKind.CONDITIONS
    assert kinds["How You Will Be Evaluated"] is SectionKind.APPLY
    assert kinds["Required Documents"] is SectionKind.APPLY
    asked = " ".join(s.text for s in found.sections if s.kind is SectionKind.REQUIREMENTS)
    assert "clearance" not in asked and "Selective" not in asked and "transcripts" not in asked


def test_a_public_postings_veterans_preference_weighs_nothing() -> None:
    found = parse(
        "Budget Analyst\n\nQualifications\n- Four years of budget analysis\n\nVeterans' Preference\n"
        "Eligible veterans may receive preference points. Attach your DD-214.\n"
    )
    assert {s.heading: s.kind for s in found.sections}["Veterans' Preference"] is SectionKind.LEGAL
    assert all("veterans" not in s.text for s in found.sections if SECTION_WEIGHTS[s.kind] > 0)


def test_a_jobs_flsa_status_among_its_fields_is_a_term_of_its_pay_not_a_requirement() -> None:
    found = parse(
        "Budget Analyst\n\nQualifications\n- Four years of budget analysis\n\nFLSA Status: Exempt\n"
        "Pay Grade: 14\n\nHow to apply\nApply online.\n"
    )
    asked = " ".join(s.text for s in found.sections if s.kind is SectionKind.REQUIREMENTS)
    assert "budget analysis" in asked and "FLSA" not in asked
    # Set in a row of fields with the job's class and pay, as a city's careers page writes them.
    found = parse("Budget Analyst\n\nPay grade: I-812. Salary range: $88,000 - $132,000 / year. FLSA: Exempt.\n")
    assert all("FLSA" not in s.text for s in found.sections if s.kind is not SectionKind.BENEFITS)


@pytest.mark.parametrize(
    "masthead",
    [
        "Kestrel Insurance\nColumbus, OH",  # the company over its place
        "Kestrel Insurance · Columbus, OH",  # the company and its place on one line
        "Kestrel Insurance\n\nColumbus, OH",
    ],
)
def test_a_company_named_under_the_title_opens_no_section_whatever_a_word_of_its_name_says(masthead: str) -> None:
    found = parse(f"Claims Adjuster\n{masthead}\n\nYou will inspect storm damage and write estimates.\n")

    # The place alone on its line is the header's detail, which weighs nothing.
    assert [s.kind for s in found.sections if s.kind is not SectionKind.BENEFITS] == [SectionKind.ROLE]
    assert "inspect storm damage" in found.sections[0].text
    assert (found.details.value("company"), found.details.value("location")) == ("Kestrel Insurance", "Columbus, OH")


@pytest.mark.parametrize("company", ["KESTREL", "Kestrel", "KESTREL BUILDERS"])
def test_a_company_over_a_line_of_chips_that_holds_the_place_opens_no_section_even_in_capitals(company: str) -> None:
    # A board sets the employer over its department, place and kind of employment; a name in capitals or of one
    # word reads as a heading elsewhere, not there.
    found = parse(f"Estimator\n{company}\nPreconstruction · Columbus, OH · Full-time\n\nYou will price bids.\n")

    assert [s.kind for s in found.sections] == [SectionKind.ROLE]
    assert "price bids" in found.sections[0].text


def test_a_markdown_company_over_a_heading_of_chips_keeps_the_roles_opening_in_the_role(tmp_path: Path) -> None:
    # A job board's Markdown: the title, the company and its chips as headings, then the role's opening paragraph.
    (tmp_path / "job.md").write_text(
        "# [Staff Engineer](https://jobs.example/1)  \n### Kestrel  \n#### `💰 $150,000/yr` `🌎 Chennai or Remote`\n\n"
        "_At Kestrel we move freight._\n\nAs a Staff Engineer you will build our Redis caching layer.\n\n"
        "**Who you are:**\n\n  * Ten years of Go.\n",
        encoding="utf-8",
    )
    found = structure.of(read_posting(tmp_path / "job.md"))

    opening = next(s for s in found.sections if "Redis" in s.text)
    assert opening.kind is SectionKind.ROLE
    assert SectionKind.OTHER not in [s.kind for s in found.sections]


@pytest.mark.parametrize(("heading", "kind"), [("BENEFITS", SectionKind.BENEFITS), ("About Us", SectionKind.COMPANY)])
def test_a_heading_over_a_line_of_chips_under_the_title_still_heads_it(heading: str, kind: SectionKind) -> None:
    found = parse(f"Estimator\n{heading}\nPreconstruction · Columbus, OH · Full-time\n\nWe build hospitals.\n")

    assert kind in [s.kind for s in found.sections]


@pytest.mark.parametrize("company", ["Crestview Packaging Company", "The Marlowe Paper Company"])
def test_a_company_whose_name_ends_in_company_over_a_labelled_place_is_the_company_not_a_heading(company: str) -> None:
    found = parse(f"Plant Manager\n{company}\nLocation: Lima, OH\n\nYou will run a three-shift carton plant.\n")

    assert [s.kind for s in found.sections] == [SectionKind.ROLE]
    assert (found.details.value("company"), found.details.value("location")) == (company, "Lima, OH")


@pytest.mark.parametrize("heading", ["The Company", "About the Company", "Our Company"])
def test_a_company_heading_under_the_title_still_heads_the_blurb(heading: str) -> None:
    found = parse(f"Plant Manager\n{heading}\nLima, OH\n\nA family-owned maker of cartons since 1952.\n")

    assert SectionKind.COMPANY in [s.kind for s in found.sections]


def test_a_heading_under_the_title_over_no_place_still_heads_its_section() -> None:
    found = parse("Claims Adjuster\nHealth Insurance\n\nMedical and dental cover from day one.\n")
    assert [s.kind for s in found.sections][-1] is SectionKind.BENEFITS


def test_a_section_heading_under_the_title_over_a_place_is_no_company() -> None:
    found = parse("Staff Nurse\nJob Summary\nRemote\n\nYou will care for patients after surgery.\n")
    assert found.details.value("company") is None


def test_a_line_of_pay_wrapped_onto_the_next_line_goes_on_there() -> None:
    text = (
        "Field Technician\n\nPreferred\n- GIS skills.\n\n"
        "Salary range: $78,000 - $98,000 DOE. Benefits include 401(k) match and paid\nfield gear.\n"
    )
    sections = [(s.kind, s.heading) for s in parse(text).sections]
    assert sections[1:] == [(SectionKind.PREFERRED, "Preferred"), (SectionKind.BENEFITS, "Salary range")]
    assert parse(text).sections[-1].text.endswith("paid\nfield gear.")


def test_the_value_under_a_heading_that_labels_a_field_heads_nothing_whatever_its_words_say() -> None:
    text = (
        "# Instructional Designer\n\n## Department\n\nCustomer Education\n\n## The role\n\n"
        "You will design self-paced courses.\n\n## Requirements\n\nCustomer education experience\n"
    )
    sections = [(s.kind, s.heading, s.text) for s in parse(text).sections]
    assert (SectionKind.OTHER, "Department", "Customer Education") in sections
    assert sections[-1] == (SectionKind.REQUIREMENTS, "Requirements", "Customer education experience")


def test_the_title_the_page_states_heads_the_role_after_leftover_page_chrome() -> None:
    text = (
        "Find jobs Company reviews Sign in\n\n# Education Manager - Head Start\n\nRiverbend Family Services\n\n"
        "Gresham, OR\n\n## Duties\n\n- Coach classroom teachers\n\n## Qualifications\n\n- 3 years teaching preschool\n"
    )
    for source in ("json-ld", "tab-title"):
        title = "Education Manager - Head Start" + (" - Gresham, OR - Jobs Board" if source == "tab-title" else "")
        sections = parse(text, stated=(Candidate("title", title, source),)).sections
        titled = next(s for s in sections if s.heading == "Education Manager - Head Start")
        assert titled.kind is SectionKind.ROLE  # not requirements for its word "Education"
        assert "Riverbend Family Services" in titled.text
    # A tab title that does not start with the heading does not make it the title: its later pieces may name
    # anything (the employer, the board, the site's section).
    stated = (Candidate("title", "Careers - Education Manager - Head Start", "tab-title"),)
    headed = {s.heading: s.kind for s in parse(text, stated=stated).sections}
    assert headed["Education Manager - Head Start"] is SectionKind.REQUIREMENTS


def test_the_employers_paragraph_over_a_heading_that_opens_the_job_is_its_blurb_however_it_is_phrased() -> None:
    text = (
        "# Senior Accountant\n\nBrightwater Foods · Denver, CO\n\n"
        "Brightwater Foods has grown from one farmers' market stall into regional brands sold in 4,000 stores. "
        "Our mission is wholesome snacks, and our 600 employees share a passion for sustainable sourcing.\n\n"
        "## About the role\n\nYou will own month-end close and prepare account reconciliations.\n\n"
        "## What you bring\n\n- 3+ years of general ledger accounting\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE,  # the masthead
        SectionKind.COMPANY,  # no "X is a …", but the job opens further on
        SectionKind.ROLE,
        SectionKind.REQUIREMENTS,
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Our 600 employees need a payroll specialist who keeps our records straight.",  # names the job
        "Our mission is wholesome snacks, and our customers will count on your month-end close.",  # to the reader
    ],
)
def test_an_opening_paragraph_that_speaks_of_the_job_stays_the_role_though_the_job_opens_further_on(
    paragraph: str,
) -> None:
    text = f"# Payroll Specialist\n\nBrightwater Foods\n\n{paragraph}\n\n## About the role\n\nRun payroll.\n"
    assert [s.kind for s in parse(text).sections][:2] == [SectionKind.ROLE, SectionKind.ROLE]


@pytest.mark.parametrize(
    "details",
    ["### 🌎 Remote", "#### `💰 USD $74,000~$80,000` `🌎 Remote (US Only)`", "### 💰 $60,000 - $70,000 · Full-time"],
)
def test_a_boards_line_of_details_set_as_a_heading_opens_no_section_and_the_text_under_it_is_the_role(
    details: str,
) -> None:
    text = (
        f"# Audio Producer\n\n### Quillfeather Media\n\n{details}\n\n"
        "We are seeking an audio producer to edit our two weekly podcasts and mix their interviews.\n\n"
        "## Responsibilities\n\n- Edit and mix episodes.\n"
    )
    sections = parse(text).sections
    assert [s.kind for s in sections] == [SectionKind.ROLE, SectionKind.BENEFITS, SectionKind.RESPONSIBILITIES]
    assert "edit our two weekly podcasts" in sections[0].text
    assert "Remote" in sections[1].text or "Full-time" in sections[1].text  # the details weigh nothing


@pytest.mark.parametrize("heading", ["### 💰 Compensation", "### 🌎 Where you'll work"])
def test_a_heading_with_a_details_mark_before_words_is_still_a_heading(heading: str) -> None:
    text = f"# Audio Producer\n\n### Quillfeather Media\n\n{heading}\n\nSome words here about it all.\n"
    assert len(parse(text).sections) == 2


def test_a_playful_heading_in_the_employer_s_voice_over_its_blurb_heads_the_company_not_an_unknown_section() -> None:
    posting = (
        "# Gameplay Programmer\n\n## Requirements\n- C++ and Lua\n\n"
        "**Can you spare us a minute?**\n\nWe are a small studio of puzzle lovers. Our games are made by rested "
        "people, and we ship when they are fun.\n\n"
        "**One more thing**\n\nYou will prototype the combat with the designers.\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(posting).sections]
    assert kinds[2:] == [
        (SectionKind.COMPANY, "Can you spare us a minute?"),
        (SectionKind.OTHER, "One more thing"),  # what it says of the job keeps its weight
    ]


def test_a_blurb_below_what_a_heading_in_the_employer_s_voice_first_says_does_not_make_it_the_company() -> None:
    posting = (
        "# Gameplay Programmer\n\n## Requirements\n- C++ and Lua\n\n**What we have for you**\n\n"
        "A desk by the window and a quiet room to think.\n\n"
        "We are a small studio of puzzle lovers. Our games are made by rested people, and we ship when they are fun.\n"
    )
    assert SectionKind.COMPANY not in [s.kind for s in parse(posting).sections]


def test_a_labelled_field_of_the_jobs_terms_heads_none_of_the_text_after_it() -> None:
    # A header of fields, then a rule a converter escaped, then the role's description: no part of the job's terms.
    text = (
        "Lab Technician\n\nReports to: Lab Director\n\nFLSA Status: Exempt, Full Time\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\\n\n"
        "You will run assays on patient samples and keep the instruments calibrated.\n\n"
        "Requirements\n- Two years of assay work\n"
    )
    sections = [(s.kind, s.heading, s.text) for s in parse(text).sections]
    assert (SectionKind.BENEFITS, "FLSA Status", "Exempt, Full Time") in sections
    described = next(s for s in sections if s[2].startswith("You will run assays"))
    assert described[0] is SectionKind.ROLE
    assert not any("\\_" in s[2] for s in sections)  # the rule is no text


def test_a_bracketed_aside_in_a_fields_value_does_not_make_it_a_heading_over_the_posting() -> None:
    # Pasted from a board: the hours then the weekly total in brackets, then the duties and requirements unheaded.
    # The aside adds no words to the field: the duties after it are the role's, not the conditions of the work.
    text = (
        "Physical Therapist\nLocation: Albany, NY\nSchedule: Monday to Friday, 8 hours/day (40 hours/week)\n"
        "Perform initial evaluations and implement physical therapy interventions.\n"
        "Write progress notes and discharge summaries.\n"
        "Current Physical Therapy License issued by the State of New York\n"
    )
    sections = [(s.kind, s.heading, s.text) for s in parse(text).sections]
    assert (SectionKind.CONDITIONS, "Schedule", "Monday to Friday, 8 hours/day (40 hours/week)") in sections
    duties = next(s for s in sections if "initial evaluations" in s[2])
    assert SECTION_WEIGHTS[duties[0]] > 0 and "progress notes" in duties[2]


def test_a_labelled_field_of_the_jobs_terms_under_the_titles_heading_heads_none_of_the_text_after_it() -> None:
    # A Markdown posting: its title a heading, then its fields, then the role's description.
    text = (
        "# Sound Editor\n**Location:** Remote\n**Job Type:** Contract\n\n"
        "You will cut dialogue and build ambiences for feature documentaries.\n\n## Requirements\n- Pro Tools\n"
    )
    sections = [(s.kind, s.heading, s.text) for s in parse(text).sections]
    assert (SectionKind.BENEFITS, "Job Type", "Contract") in sections
    described = next(s for s in sections if s[2].startswith("You will cut dialogue"))
    assert SECTION_WEIGHTS[described[0]] > 0
    # Below a heading's text, a field's lines after it may still be its own.
    text = "# Sound Editor\n\nWe cut films.\n\nJob Type: Contract\n\nPaid weekly, with overtime.\n"
    assert [s.kind for s in parse(text).sections][-1] is SectionKind.BENEFITS


def test_a_field_of_the_jobs_terms_after_a_field_of_pay_heads_none_of_the_description_either() -> None:
    # A public employer's header: the pay, then the job's type and more fields, then the role's description. The
    # description stands in the text the fields opened, not under the pay nor under the type.
    text = (
        "Orchard Technician\nSalary: $41,000 – $52,000 Annually\nJob Type: Full Time – Seasonal\n"
        "Opening Date: 03/01/2024\n\n"
        "The technician samples leaves and soil in the county's orchards and reports what the samples show.\n"
    )
    sections = [(s.kind, s.heading, s.text) for s in parse(text).sections]
    described = next(s for s in sections if "samples leaves" in s[2])
    assert described[0] is SectionKind.ROLE
    assert (SectionKind.BENEFITS, "Salary", "$41,000 – $52,000 Annually") in sections


def test_a_line_of_the_tools_a_job_uses_under_its_label_is_a_field_and_the_text_after_it_the_roles() -> None:
    # As a careers page sets the tools among the facts under the title: "Technologies: Toast POS · 7shifts" names
    # them (preferred, as "Tools we use" heads them); the paragraph after it describes the job, as before the line.
    text = (
        "Line Cook\n\nTechnologies: Toast POS · 7shifts\n\nYou will run the grill station on weekends and prep the "
        "line.\n\nRequirements:\n- Two years on a line\n"
    )
    assert [(s.kind, s.heading, s.text) for s in parse(text).sections][1:] == [
        (SectionKind.PREFERRED, "Technologies", "Toast POS · 7shifts"),
        (SectionKind.ROLE, "", "You will run the grill station on weekends and prep the line."),
        (SectionKind.REQUIREMENTS, "Requirements", "- Two years on a line"),
    ]


def test_a_labelled_field_of_the_jobs_terms_that_runs_long_still_heads_the_lines_after_it() -> None:
    text = "Prep Cook\n\n- Knife skills\n\nSchedule: we set it together each week with the whole kitchen team\n"
    text += "- Two days off in a row\n"
    assert [s.kind for s in parse(text).sections][-1] is SectionKind.CONDITIONS


def test_a_nurses_requirements_under_an_offer_that_fits_whoever_has_them_are_asked() -> None:
    text = (
        "Charge Nurse, Oncology\n\n**This offer will be a perfect match for you if you have:**\n\n"
        "- An active RN licence\n- Three years of oncology nursing\n\nWe offer:\n\n- Dental\n"
    )
    assert [(s.kind, s.heading, s.text) for s in parse(text).sections][1:] == [
        (
            SectionKind.REQUIREMENTS,
            "This offer will be a perfect match for you if you have",
            "- An active RN licence\n- Three years of oncology nursing",
        ),
        (SectionKind.BENEFITS, "We offer", "- Dental"),
    ]


@pytest.mark.parametrize("heading", ["Even better if you have", "It's even better if you've shipped", "Better still"])
def test_what_would_make_a_candidate_even_better_is_preferred_though_it_says_you_have(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.PREFERRED


def test_a_long_lead_in_to_what_is_nice_to_have_heads_a_preferred_section() -> None:
    text = (
        "Pump Technician\n\nYou have:\n\n- Three years of pump repair\n- A forklift licence\n\n"
        "Even better if you have experience in any of the following:\n\n- Hydraulic presses\n- Welding\n\n"
        "Benefits:\n\n- Dental\n"
    )
    found = [(s.kind, s.heading, s.text.splitlines()) for s in parse(text).sections]
    assert found[1:3] == [
        (SectionKind.REQUIREMENTS, "You have", ["- Three years of pump repair", "- A forklift licence"]),
        (
            SectionKind.PREFERRED,
            "Even better if you have experience in any of the following",
            ["- Hydraulic presses", "- Welding"],
        ),
    ]
    # A line as long that leads into anything else is no heading: it stays with the text before it.
    other = "You have:\n\n- A forklift licence\n\nWe will ask you about all of the following in a call:\n\n- Hours\n"
    assert [s.heading for s in parse(other).sections] == ["You have"]


def test_a_long_lead_in_to_the_following_duties_heads_the_jobs_duties() -> None:
    text = (
        "Pump Technician\n\nNorthwind repairs pumps across the county.\n\n"
        "Pump technicians perform some or all of the following duties:\n\n- Repair pumps\n- Rebuild seals\n\n"
        "Requirements:\n\n- A forklift licence\n"
    )
    found = [(s.kind, s.heading, s.text.splitlines()) for s in parse(text).sections]
    assert (
        SectionKind.RESPONSIBILITIES,
        "Pump technicians perform some or all of the following duties",
        ["- Repair pumps", "- Rebuild seals"],
    ) in found
    # As long a line that ends in a colon but names no duties stays a sentence; and a paragraph is none.
    assert find_heading("Please send us a short note that covers all of the following points:") is None
    assert find_heading("Our technicians will always perform the following duties: repair pumps.") is None


def test_a_long_lead_in_that_opens_by_naming_the_duties_heads_them() -> None:
    text = (
        "Shift Lead\n\nNorthwind runs three diners downtown.\n\n"
        "The main responsibilities that we are looking for in our shift lead:\n\n- Open the diner\n- Count the till\n"
    )
    found = [(s.heading, s.text.splitlines()) for s in parse(text).sections]
    assert (
        "The main responsibilities that we are looking for in our shift lead",
        ["- Open the diner", "- Count the till"],
    ) in found
    assert find_heading("The duties of the Pump Technician include the following:")
    assert find_heading("Your responsibilities in this role will include the following:")
    # A sentence about the duties, with no colon to lead into a list, stays a sentence.
    assert find_heading("The duties listed here are not all of the duties of the role.") is None


def test_a_paragraph_that_explains_pay_in_words_is_benefits_under_a_heading_of_no_kind() -> None:
    text = (
        "Pump Technician\n\n## Duties\n\n- Repair pumps\n- Process pay for the crew's overtime\n\n"
        "## Additional Information\n\n"
        "Northwind takes a market-based approach to pay, and pay may vary depending on your location. A new "
        "technician's starting pay will be determined by skills, experience and qualifications, and by the "
        "conditions of the market where the work is done, which we review each year.\n"
    )
    found = [(s.kind, s.heading) for s in parse(text).sections]
    assert found[1:] == [
        (SectionKind.RESPONSIBILITIES, "Duties"),  # a duty that processes pay is a duty
        (SectionKind.BENEFITS, "Additional Information"),
    ]


def test_a_paragraph_that_says_what_the_employer_is_under_a_heading_of_no_known_kind_is_its_blurb() -> None:
    text = (
        "# Survey Technician\n\n## Requirements\n\n- 2+ years of field survey experience\n"
        "- A valid driver's license\n\n"
        "## Additional Information\n\n"
        "We value crews who take pride in clean field notes and a tidy truck.\n\n"
        "Brandt & Okoro is a full-service engineering firm with nine offices across the Carolinas. Since 1988 we "
        "have provided surveying, civil design and planning services to our municipal clients.\n"
    )
    kinds = _kinds_and_headings(text)
    assert kinds[-2] == (SectionKind.OTHER, "Additional Information")  # the employer's word of its crews is no blurb
    assert kinds[-1] == (SectionKind.COMPANY, "")


def test_a_slug_saved_above_a_posting_is_no_part_of_it_and_explanations_quote_the_title() -> None:
    text = (
        "registered-nurse-postpartum-austin-tx\nRegistered Nurse Postpartum\n\n"
        "We are looking for a Registered Nurse (RN) to care for our patients.\n\n"
        "## Requirements\n\n- Current RN license\n- BLS certification\n"
    )
    found = parse(text)
    assert not any("registered-nurse" in s.text for s in found.sections)
    assert found.title == "Registered Nurse Postpartum"


def test_a_note_on_how_to_go_about_applying_is_how_to_apply_and_applying_a_method_is_work() -> None:
    text = (
        "Sales Strategy Director\n\nDescription\n\n_To get the best candidate experience, please consider applying for"
        " a maximum of 3 roles within 12 months._\n\n## Requirements\n\n- Experience applying statistical methods\n"
        "- Applying for grants and reporting to funders\n"
    )
    kinds = {s.text.splitlines()[0]: s.kind for s in parse(text).sections if s.text}
    assert kinds[next(k for k in kinds if "candidate experience" in k)] is SectionKind.APPLY
    assert kinds["- Experience applying statistical methods"] is SectionKind.REQUIREMENTS


def test_a_numbered_line_in_capitals_that_names_a_section_heads_it_and_an_item_in_capitals_stays_an_item() -> None:
    text = (
        "Site Safety Officer\n\nWe build schools.\n\n1. FIELD SAFETY EXPERIENCE — REQUIRED\n"
        "- Five years as a site safety officer\n\n2. CERTIFICATIONS — MUST BE CURRENT\n- CPR and first aid\n\n"
        "Duties:\n1. OSHA 30 CARD\n2. Walk the site each morning\n"
    )
    found = parse(text)
    kinds = [(s.kind, s.heading) for s in found.sections if s.text]
    assert (SectionKind.REQUIREMENTS, "FIELD SAFETY EXPERIENCE — REQUIRED") in kinds
    assert (SectionKind.REQUIREMENTS, "CERTIFICATIONS — MUST BE CURRENT") in kinds
    (duties,) = [s for s in found.sections if s.heading == "Duties"]
    assert "1. OSHA 30 CARD" in duties.text  # names no section: a list's item


@pytest.mark.parametrize(
    "heading", ["Deadline", "Deadline : 10 October 2021", "Application deadline", "Closing Date", "Submission deadline"]
)
def test_when_applications_close_heads_how_to_apply(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.APPLY


@pytest.mark.parametrize("heading", ["Our Mission", "Mission"])
def test_a_mission_is_the_employers_though_a_submission_or_a_commission_is_none(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.COMPANY
    assert classify_heading("Commission") is not SectionKind.COMPANY


def test_a_job_context_describes_the_role() -> None:
    text = (
        "Sound Editor\n\nJob Context\nWe are hiring an editor to cut our podcast's episodes.\n\n"
        "Deadline : 1 May 2025\nSend your resume to jobs@example.com\n"
    )
    sections = parse(text).sections
    assert {s.heading: s.kind for s in sections}["Job Context"] is SectionKind.ROLE
    assert next(s.kind for s in sections if "Send your resume" in s.text) is SectionKind.APPLY


def test_a_paragraph_after_the_requirements_that_says_by_its_name_what_the_firm_does_is_its_blurb() -> None:
    text = (
        "Systems Engineer\n\nRequirements:\n\n- 5+ years of Linux administration\n- Experience with Ansible\n\n"
        "Halvorsen Data Group offers colocation, managed hosting and hybrid cloud services from six data centers. "
        "Halvorsen's engineers keep banks and hospitals online.\n"
    )
    found = [(s.kind, s.text[:20]) for s in parse(text).sections[1:]]
    assert found == [(SectionKind.REQUIREMENTS, "- 5+ years of Linux "), (SectionKind.COMPANY, "Halvorsen Data Group")]


def test_the_employers_paragraphs_a_board_puts_under_the_requirements_ask_nothing() -> None:
    # A job board's copy repeats the employer's blurb and its statement on diversity under the last list: they speak
    # of the employer ("we", "our", its customers) and of nothing the job asks, so they give no required keyword.
    text = (
        "Backend Engineer\n\nRequirements:\n\n- 5+ years of Python\n- Experience with PostgreSQL and Kafka\n\n"
        "Tidewater Freight (NYSE: TWF) moves cargo for 4,000 retailers, and our routing software plans our "
        "customers' deliveries. Follow us on LinkedIn and YouTube.\n\n"
        "We are committed to a diverse workplace where everyone belongs. Read our Diversity & Inclusion Statement.\n"
    )
    sections = parse(text).sections[1:]
    assert [s.kind for s in sections] == [SectionKind.REQUIREMENTS, SectionKind.COMPANY]
    assert "Inclusion" not in sections[0].text and "YouTube" not in sections[0].text


def test_the_employers_notice_after_its_blurb_under_the_requirements_is_legal_text() -> None:
    text = (
        "Backend Engineer\n\nRequirements:\n\n- 5+ years of Python\n- Experience with PostgreSQL\n\n"
        "Tidewater's headquarters is in Norfolk, with our offices in more than 12 countries.\n\n"
        "As an equal opportunity employer, Tidewater is committed to fostering a culture of inclusion and growing a "
        "diverse workforce. Diversity makes us stronger, and it comes in many forms: gender, race, ethnicity, "
        "religion, sexual orientation, age, disability and life experience shape who we are and what we build.\n"
    )
    kinds = [s.kind for s in parse(text).sections[1:]]
    assert kinds == [SectionKind.REQUIREMENTS, SectionKind.COMPANY, SectionKind.LEGAL]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The country, no "us" of the employer's; a paragraph that asks something of the candidate.
        "Advanced English (C1) for work with US clients and teams.",
        "We are a remote-first firm and our people meet over video calls. An independent attitude is a must.",
    ],
)
def test_a_paragraph_under_the_requirements_that_asks_or_names_the_country_is_no_blurb(paragraph: str) -> None:
    text = f"Backend Engineer\n\nRequirements:\n\n- 5+ years of Python\n- PostgreSQL\n\n{paragraph}\n"
    assert [s.kind for s in parse(text).sections[1:]] == [SectionKind.REQUIREMENTS]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Remote work is an option.",  # a sentence's first word, said once, is no firm's name
        "You are a clear writer who enjoys mentoring others.",
        "The Systems Engineer provides on-call cover for the data centers.",  # the job, by its name
    ],
)
def test_a_paragraph_after_the_requirements_that_names_no_firm_stays_with_them(paragraph: str) -> None:
    text = f"Systems Engineer\n\nRequirements:\n\n- 5+ years of Linux administration\n- Ansible\n\n{paragraph}\n"
    assert [s.kind for s in parse(text).sections[1:]] == [SectionKind.REQUIREMENTS]


@pytest.mark.parametrize("heading", ["Equipment Needed", "Equipment needed:", "Gear needed"])
def test_the_equipment_a_freelancer_must_bring_is_asked_for(heading: str) -> None:
    text = f"Event Photographer\n\n{heading}\n- A DSLR camera that shoots RAW\n- Lightroom or Capture One\n"
    assert [s.kind for s in parse(text).sections[1:]] == [SectionKind.REQUIREMENTS]


def test_a_part_of_the_duties_headed_by_whom_the_job_deals_with_stays_among_the_duties() -> None:
    posting = (
        "Branch Coordinator\n\nResponsibilities\n\nPRIMARY CONTACT WITH THE WAREHOUSE\n"
        "- Schedule inbound deliveries\n\nPRIMARY CONTACT WITH THE VENDORS\n- Order spare parts and track invoices\n"
    )
    kinds = [s.kind for s in parse(posting).sections if s.heading]
    assert kinds[-1] is SectionKind.RESPONSIBILITIES, kinds


@pytest.mark.parametrize("names", ["CPR, BLS, ACLS", "ABC, XYZ PRO, QRS AP", "CDL-A, TWIC, OSHA 10"])
def test_a_line_of_short_names_in_capitals_under_a_heading_is_what_it_asks_for_not_a_heading(names: str) -> None:
    # A posting lists the credentials or tools it wants in capitals, as their names are written: the line is the
    # section's text, counted as a requirement, not a heading whose words count for nothing.
    found = parse(f"Field Technician\n\nWe fix things.\n\nCertifications\n{names}\n\nRequirements\n- Five years\n")

    (certs,) = [s for s in found.sections if s.heading == "Certifications"]
    assert certs.kind is SectionKind.REQUIREMENTS
    assert names in certs.text
    assert names not in [s.heading for s in found.sections]


@pytest.mark.parametrize("heading", ["KNOWLEDGE, SKILLS, AND ABILITIES", "HOURS, LOCATION", "PAY, BENEFITS"])
def test_a_heading_in_capitals_with_commas_still_heads_its_section(heading: str) -> None:
    found = parse(f"Field Technician\n\nWe fix things.\n\n{heading}\nThe text under it.\n")

    assert heading in [s.heading for s in found.sections]


def test_a_title_in_title_case_that_ends_in_a_cry_is_the_title_not_a_sentence() -> None:
    found = parse("Creative Hair Stylist - $1,000 Signing Bonus!\n\nJoin our team!\n\nWhat you'll do:\n- Cut hair\n")
    assert found.details.title is not None and found.details.title.value == "Creative Hair Stylist"
    # A sentence that ends so is still one: it titles nothing.
    found = parse("Join our award-winning team!\n\nWhat you'll do:\n- Cut hair\n")
    assert found.details.title is None


def test_a_known_heading_with_a_remark_in_brackets_after_it_is_still_a_heading() -> None:
    # A public employer's or a museum's template says what its duties are in brackets after the heading: the
    # remark makes the line longer, not a sentence.
    assert find_heading("Principal Duties and Responsibilities (Essential Functions)") is not None
    text = (
        "Archives Technician\n\nPosition Summary\nThe technician keeps the records of the county.\n\n"
        "Principal Duties and Responsibilities (Essential Functions)\n- Scans deeds.\n- Files the scans.\n\n"
        "Minimum Qualifications\n- A high school diploma.\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE,
        SectionKind.ROLE,
        SectionKind.RESPONSIBILITIES,
        SectionKind.REQUIREMENTS,
    ]
    # A sentence with a remark in brackets stays a sentence.
    assert find_heading("Scans the deeds of the county into the archive (weekly)") is None


def test_a_list_of_duties_in_the_third_person_under_the_job_description_is_duties() -> None:
    # A county's class specification: every item opens with a verb of service in the third person.
    text = (
        "Parks Program Coordinator\n\nJob Description\nCoordinates the county's recreation programs.\n\n"
        "- Plans and schedules seasonal programs for seniors.\n- Promotes programs to civic groups.\n"
        "- Supervises seasonal staff and volunteers.\n- Serves on county committees.\n"
        "- Assists residents with registrations.\n\nQualifications\n- A bachelor's degree in recreation.\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE,
        SectionKind.ROLE,
        SectionKind.RESPONSIBILITIES,
        SectionKind.REQUIREMENTS,
    ]


def test_a_list_half_of_whose_items_ask_and_half_do_is_the_jobs_work() -> None:
    text = (
        "Support Engineer\n\nIn your first three months\n\n- Gain an understanding of our products.\n"
        "- Participate in the team's planning.\n- Build an understanding of our customers.\n"
        "- Establish a rota for the queue.\n"
    )
    assert [s.kind for s in parse(text).sections][-1] is SectionKind.RESPONSIBILITIES


@pytest.mark.parametrize(
    "unit",
    ["our Office of Health and Wellness", "the Student Wellness Center team", "the Employee Pension Services office"],
)
def test_a_units_name_holding_a_benefits_word_leaves_a_paragraph_the_roles(unit: str) -> None:
    paragraph = f"The Coordinator joins {unit} and plans outreach events, tracks attendance and writes reports."
    text = (
        "Program Coordinator\n\nResponsibilities\n\n- Plan outreach events\n- Track attendance\n\n"
        f"{paragraph}\n\nQualifications\n\n- 2+ years of event planning experience\n"
    )
    kinds = [s.kind for s in parse(text).sections if "outreach events, tracks" in s.text]
    assert kinds and SectionKind.BENEFITS not in kinds


def test_perks_named_in_title_case_are_still_benefits() -> None:
    text = (
        "Nurse Aide\n\nDuties\n\n- Help residents dress\n- Record vital signs\n\n"
        "We offer Paid Time Off and a Wellness Stipend.\n"
    )
    assert parse(text).sections[-1].kind is SectionKind.BENEFITS


def test_a_perk_that_names_education_in_a_list_without_marks_is_still_a_perk() -> None:
    text = (
        "Veterinary Technician\nHappy Paws Clinic\n\nRequirements:\nCVT credential\nAnesthesia monitoring\n\n"
        "Benefits:\nHealth insurance\nPaid time off\nContinuing education allowance\nEmployee pet discount\n"
    )
    assert _kinds_and_headings(text)[-1] == (SectionKind.BENEFITS, "Benefits")


def test_an_indeed_page_copied_whole_keeps_its_furniture_out_and_its_blurb_apart() -> None:
    text = (
        "Maintenance Electrician\nRosewood Plastics LLC\n4.1 out of 5 stars\nDefiance, OH 43512\nApply now\n\n"
        "Job details\nHere's how the job details align with your profile.\n\nBenefits\n"
        "Pulled from the full job description\n401(k) matching\nDental insurance\n\nFull job description\n"
        "Rosewood Plastics is an injection molding company serving the automotive industry. We run 45 presses, "
        "24 hours a day.\n\nWe are looking for an experienced Maintenance Electrician to join our night shift.\n\n"
        "Duties:\n- Troubleshoot PLCs\n"
    )
    sections = parse(text).sections
    said = "\n".join(s.text for s in sections)
    assert "stars" not in said and "Apply now" not in said and "align with your profile" not in said
    assert "Pulled from" not in said
    described = [(s.kind, s.text.split()[0]) for s in sections if s.heading == "Full job description"]
    assert described == [(SectionKind.COMPANY, "Rosewood"), (SectionKind.ROLE, "We")]


def test_the_details_a_boards_header_sets_under_the_title_weigh_nothing() -> None:
    # Indeed's header copied whole: the place and the pay line are the job's terms, as each is once labelled ("Pay:"),
    # so the pay's unit ("an hour") is no word of the work; the title and the company open the role.
    text = (
        "Night Auditor\nSaltmarsh Hotel Group\n4.1 out of 5 stars\nTacoma, WA 98422\n$22 - $25 an hour - Full-time\n\n"
        "We are looking for a Night Auditor.\n\nRequirements:\n- Two years of front desk experience\n"
    )
    sections = parse(text).sections
    assert (sections[0].kind, sections[0].text) == (
        SectionKind.ROLE,
        "Night Auditor\nSaltmarsh Hotel Group\n\nWe are looking for a Night Auditor.",
    )
    assert (sections[1].kind, sections[1].text) == (
        SectionKind.BENEFITS,
        "Tacoma, WA 98422\n$22 - $25 an hour - Full-time",
    )
    assert [s.kind for s in sections[2:]] == [SectionKind.REQUIREMENTS]


@pytest.mark.parametrize(
    "opening",
    [
        "Night Auditor - Saltmarsh Hotel Group - Tacoma, WA 98422 - $22 - $25 an hour - Full-time\n\n",
        "Night Auditor - Saltmarsh Hotel Group - Tacoma, WA 98422 - $22 - $25 an hour - Full-time. ",
    ],
    ids=["its-own-line", "run-into-one-paragraph"],
)
def test_a_boards_header_run_into_the_title_line_or_the_first_sentence_gives_its_details(opening: str) -> None:
    # A job list's export, or a posting pasted as one paragraph, runs Indeed's header into one line: the title, the
    # company, then the place, pay and kind, each after a dash (the pay's range holds one too).
    body = (
        "We are looking for a Night Auditor to balance the day's accounts and welcome late arrivals. You will "
        "reconcile the front desk's cash, run the night audit in Opera and answer guests' calls. Benefits include "
        "health insurance, a 401(k) match and paid time off."
    )
    found = parse(opening + body)
    values = {f: found.details.value(f) for f in ("title", "company", "location", "salary", "employment_type")}
    assert values == {
        "title": "Night Auditor",
        "company": "Saltmarsh Hotel Group",
        "location": "Tacoma, WA 98422",
        "salary": "$22 - $25 an hour",
        "employment_type": "Full-time",
    }
    # The duties are the role's, counted; the pay's unit ("an hour") is no word of the work.
    role = next(s for s in found.sections if s.kind is SectionKind.ROLE)
    assert "reconcile the front desk's cash" in role.text and "an hour" not in role.text


def test_a_title_line_with_one_detail_after_it_is_left_to_the_title_rules() -> None:
    # One piece after the title is no board's header ("Platform Engineer - Payments - Remote" names a team too).
    lines = ["Platform Engineer - Payments - Remote", "", "We build the payment rails."]
    assert unfold_header(lines) == lines


def test_a_team_between_the_title_and_a_boards_details_stays_the_titles() -> None:
    # "Payments" is an everyday word, no employer's own name: the title keeps it, the details are read apart.
    found = parse("Platform Engineer - Payments - Remote - Full-time\n\nWe build the payment rails for shops.")
    values = {f: found.details.value(f) for f in ("title", "company", "location", "employment_type")}
    assert values == {
        "title": "Platform Engineer - Payments",
        "company": None,
        "location": "Remote",
        "employment_type": "Full-time",
    }


def test_a_place_named_in_the_openings_text_stays_the_roles() -> None:
    text = "Night Auditor\nRemote\nWe are looking for a Night Auditor in Tacoma, WA.\n\nRequirements:\n- Two years\n"
    assert "Tacoma" in parse(text).sections[0].text


def test_indeeds_profile_insights_are_the_boards_not_the_postings() -> None:
    # Indeed's digest of the posting, asked of the reader ("Do you have a valid … license?"), with its own "Skills"
    # over single words: none of it is a requirement or a heading of the posting's, which says each in its text.
    text = (
        "Pipefitter\nHarrow Mechanical\nDayton, OH 45402\n\nApply now\n\nProfile insights\n"
        "Find out how your skills align with the job description\nLicenses\nOSHA 10\n(Required)\n"
        "Do you have a valid OSHA 10 certification?\nSkills\nTIG welding\nBlueprint reading\nShow more\n\n"
        "Full job description\nWe are looking for a Pipefitter.\n\nRequirements:\n- OSHA 10\n- TIG welding\n"
    )
    sections = parse(text).sections
    said = "\n".join(s.text for s in sections)
    assert "Profile insights" not in said and "Do you have" not in said and "Blueprint" not in said
    assert "TIG welding" in said  # the posting's own requirement
    assert [s.heading for s in sections if s.heading] == ["Full job description", "Requirements"]


def test_a_linkedin_job_view_copied_whole_keeps_its_furniture_out() -> None:
    text = (
        "Data Analyst\nTidewater Outdoor Co. · Portland, OR · Reposted 3 days ago\n\n"
        "Skills: SQL, Microsoft Excel, +8 more\n\nSee how you compare to over 100 other applicants. Try Premium for $0"
        "\n\nEasy Apply\n\nSave\n\nUse AI to assess how you fit\nGet AI-powered advice on this job and more.\n\n"
        "Am I a good fit for this job?\nHow can I best position myself for this job?\n\nMeet the hiring team\n"
        "Dana Whitfield\nSenior Talent Acquisition Partner at Tidewater Outdoor Co.\nJob poster\nMessage\n\n"
        "About the job\nWe're looking for a Data Analyst.\n\nWhat You'll Do\n- Write SQL\n"
    )
    sections = parse(text).sections
    said = "\n".join(s.text for s in sections if s.kind not in (SectionKind.APPLY,))
    for furniture in ("+8 more", "Premium", "Use AI", "good fit", "position myself", "Job poster", "Message"):
        assert furniture not in said
    assert [s.kind for s in sections if s.heading == "Meet the hiring team"] == [SectionKind.APPLY]


def test_a_part_of_the_description_right_under_about_the_job_heads_its_part() -> None:
    # LinkedIn's copied job view: "About the job", then at once the description's own first heading.
    text = (
        "HVAC Service Technician\n\nAbout the job\nWhat you will do\nService and repair screw chillers.\n"
        "Perform preventive maintenance.\n\nWhat we look for\n5+ years of chiller service experience\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(text).sections if s.text]
    assert (SectionKind.RESPONSIBILITIES, "What you will do") in kinds


def test_a_button_copied_with_its_page_heads_no_section_of_the_text_under_it() -> None:
    # Lever's "Apply for this job" button over the job's opening: the opening is the role's, not how to apply.
    text = (
        "## Site Reliability Engineer\n\nRemote\n\nApply for this job\n\n"
        "We are looking for a Site Reliability Engineer to make our services observable and resilient.\n\n"
        "### What you'll do\n\n- Run Kubernetes\n"
    )
    sections = parse(text).sections
    assert [s.kind for s in sections if "observable" in s.text] == [SectionKind.ROLE]
    assert not any("Apply for this job" in s.heading or "Apply for this job" in s.text for s in sections)


def test_an_apply_button_set_as_a_heading_over_the_jobs_opening_heads_none_of_it() -> None:
    # A careers page's link over the posting, saved as a heading ("## Learn More and Apply Here"): the text under it
    # is the job, not how to apply; read as how to apply, all of it weighed nothing and the fit read "too short".
    text = (
        "## Courts Reporter, Lakeview Ledger\n\n## Learn More and Apply Here\n\n"
        "The Lakeview Ledger, a nonprofit newsroom, is looking for a reporter to cover the county courts.\n\n"
        "You will attend hearings, read filings and write clear, accurate stories about the justice system. "
        "Because trials run all year, we treat this coverage as a year-round beat.\n"
    )
    sections = parse(text).sections
    assert [s.kind for s in sections if "hearings" in s.text] == [SectionKind.ROLE]
    assert not any("Apply" in s.heading for s in sections)


def test_a_how_to_apply_heading_still_heads_how_to_apply() -> None:
    text = (
        "## Courts Reporter\n\nYou will attend hearings and write stories.\n\n"
        "## How to Apply\n\nSend a cover letter and three clips to jobs@example.org.\n"
    )
    assert [s.kind for s in parse(text).sections if "clips" in s.text] == [SectionKind.APPLY]


def test_linkedins_save_button_naming_the_job_is_furniture_but_a_sentence_about_saving_is_not() -> None:
    text = (
        "Data Analyst\nTidewater Outdoor Co. · Portland, OR\n\nEasy Apply\n\n"
        "Save Data Analyst - Supply Chain at Tidewater Outdoor Co.\n\n"
        "About the job\nWe're looking for a Data Analyst.\n\nWhat You'll Do\nSave money at every step of the chain\n"
    )
    said = "\n".join(s.text for s in parse(text).sections)
    assert "Save Data Analyst" not in said
    assert "Save money at every step of the chain" in said


def test_a_heading_whose_text_a_labelled_line_of_pay_cuts_off_stands_once() -> None:
    text = (
        "Registered Nurse\n\nQualifications\n- Current RN license\n\nCompensation & Benefits\n"
        "Pay range: $36.80 - $52.40 per hour\n- Sign-on bonus\n- Medical, dental and vision insurance\n"
    )
    headings = [s.heading for s in parse(text).sections]
    assert headings.count("Compensation & Benefits") == 1


def test_perks_named_as_programs_are_still_benefits() -> None:
    text = (
        "Warehouse Associate\n\nDuties\n\n- Pick and pack orders\n- Load trucks\n\n"
        "We offer a Wellness Program, an Employee Assistance Program and a Tuition Reimbursement Program.\n"
    )
    assert parse(text).sections[-1].kind is SectionKind.BENEFITS


def test_an_equal_opportunity_notice_said_once_at_length_is_legal_under_a_heading_of_no_kind() -> None:
    text = (
        "# Survey Technician\n\n## Requirements\n\n- 2+ years of field survey experience\n\n"
        "## Additional Information\n\n"
        "Brandt & Okoro's policy is to provide equal employment opportunities to all applicants and employees, and "
        "to base every decision on merit, qualifications and the needs of the business, in all of our offices and "
        "on every site where our crews work, now and in the years to come.\n"
    )
    assert _kinds_and_headings(text)[-1] == (SectionKind.LEGAL, "Additional Information")


def test_a_paragraph_under_the_requirements_that_says_what_it_asks_is_desirable_is_preferred() -> None:
    text = (
        "# Head of Geography\n\n## The successful candidate will have\n\n- Qualified Teacher Status\n"
        "- Experience of leading a department\n\nIt would be desirable for candidates to have completed an NPQ in "
        "leadership and to have experience as a GCSE examiner.\n"
    )
    assert [kind for kind, _ in _kinds_and_headings(text)][-2:] == [SectionKind.REQUIREMENTS, SectionKind.PREFERRED]


def test_a_paragraph_under_the_requirements_that_asks_as_well_as_wishes_stays_a_requirement() -> None:
    text = (
        "# Head of Geography\n\n## The successful candidate will have\n\n- Qualified Teacher Status\n"
        "- Experience of leading a department\n\nAn enhanced DBS check is essential; fieldwork experience is "
        "desirable.\n"
    )
    assert [kind for kind, _ in _kinds_and_headings(text)][-1] is SectionKind.REQUIREMENTS


def test_an_equal_opportunity_notice_said_once_at_length_under_the_employers_heading_is_legal_not_its_blurb() -> None:
    # "Why Acme?" heads the perks, then the employer's notice: the notice weighs nothing, as it does anywhere else.
    text = (
        "# Speech-Language Pathologist\n\n## What you'll do\n\n- Assess and treat children with speech delays\n\n"
        "## Why Larkspur?\n\n- Health, dental and vision insurance\n- 401(k) with a 4% match\n\n"
        "Larkspur Pediatric Therapy is an equal opportunity employer and does not discriminate on the basis of race, "
        "color, creed, religion, national origin, sex, sexual orientation, gender identity, disability, age, marital "
        "status, familial status, public assistance status or veteran status in any of its clinics.\n"
    )
    assert [kind for kind, _ in _kinds_and_headings(text)][-2:] == [SectionKind.BENEFITS, SectionKind.LEGAL]


def test_a_class_specifications_labels_in_capitals_run_into_their_text_head_their_sections() -> None:
    # A civil service class specification sets each heading in capitals before its text, commas and all; what the
    # job does and what it takes are then the duties and the requirements, not the role's description.
    text = (
        "Park Maintenance Worker\n\nDISTINGUISHING FEATURES OF THE CLASS: This is manual work in the care of a "
        "town's parks, under the general supervision of the Parks Foreman.\n\n"
        "TYPICAL WORK ACTIVITIES: (Illustrative only)\n\n- Mows and trims lawns and athletic fields;\n"
        "- Repairs benches, fences and playground equipment;\n\n"
        "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS: Good knowledge of turf care; "
        "ability to operate a riding mower; dependability.\n"
    )
    assert [(s.kind, s.heading) for s in parse(text).sections] == [
        (SectionKind.ROLE, ""),
        (SectionKind.RESPONSIBILITIES, "TYPICAL WORK ACTIVITIES"),
        (SectionKind.REQUIREMENTS, "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS"),
    ]


def test_a_reservation_that_the_duties_above_only_illustrate_the_work_weighs_nothing() -> None:
    # A civil service class specification's paragraph under its duties: "illustrations" is no skill asked.
    text = (
        "Highway Laborer\n\nTYPICAL WORK ACTIVITIES: (Illustrative only)\n\n- Patches potholes;\n- Clears culverts;\n\n"
        "Typical Work Activities are intended only as illustrations of possible types of work that might be "
        "assigned to an incumbent of this title.\n"
    )
    assert [kind for kind, _ in _kinds_and_headings(text)][1:] == [SectionKind.RESPONSIBILITIES, SectionKind.LEGAL]


@pytest.mark.parametrize(
    "notice",
    [
        "Northwind is committed to ensuring that all employees and applicants are treated fairly in an environment "
        "which is free from any form of discrimination.",
        "Northwind follows a non-discrimination policy in hiring and promotion.",
        "Northwind is proud to be an equal-opportunity employer.",
        "If you have concerns about the authenticity of a job offer claiming to be from Northwind, call us.",
        "We have seen recruiting impersonations: fake job offer emails from addresses that are not ours.",
        "For positions requiring access to technical data subject to export control regulations, Northwind may "
        "have to obtain export licensing approval for certain individuals.",
        "We consider qualified applicants with criminal histories, in line with local fair chance ordinances.",
        "Nothing in this job posting should be construed as an offer or guarantee of employment.",
        # That the duties listed only illustrate the work: the employer's reservation, no duty.
        "The work activities above are intended only as illustrations of the work that may be assigned.",
        "This list of duties is not intended to be all-inclusive; other duties may be assigned.",
        "The statements above are not an exhaustive list of the job's tasks.",
        "© 2024 Fortune Media IP Limited. All rights reserved. Used under license.",
        "You must be legally authorized to work in the US. Northwind does not provide visa sponsorship.",
        "If you are extended an offer, it may be contingent upon the successful completion of a background check.",
    ],
)
def test_a_notice_in_other_words_is_legal(notice: str) -> None:
    text = f"# Buyer\n\n## Requirements\n\n- SAP purchasing\n\n## Good to know\n\n{notice}\n"
    assert _kinds_and_headings(text)[-1] == (SectionKind.LEGAL, "Good to know")


@pytest.mark.parametrize(
    "duty",
    [
        "Classify products under the Export Administration Regulations and file export license applications.",
        "Run background checks and verify work eligibility for new hires.",
        "Greet guests of our all-inclusive resort and explain what is not included in the meal plans.",
    ],
)
def test_a_duty_that_deals_with_what_notices_say_stays_the_jobs(duty: str) -> None:
    text = f"# Compliance Coordinator\n\n## Additional Information\n\n{duty}\n"
    assert _kinds_and_headings(text)[-1][0] is not SectionKind.LEGAL


def test_a_duty_that_deals_with_discrimination_complaints_stays_a_duty() -> None:
    text = (
        "# HR Generalist\n\n## Responsibilities\n\n- Investigate complaints of discrimination and harassment\n"
        "- Run the annual EEO-1 report\n"
    )
    assert _kinds_and_headings(text)[-1] == (SectionKind.RESPONSIBILITIES, "Responsibilities")


def test_the_employers_blurb_and_whom_to_ask_in_italics_after_how_to_apply_are_no_text_of_the_job() -> None:
    text = (
        "# Purchaser\n\n## Your key responsibilities\n\n- Create purchase orders in SAP\n\n"
        "### Interested?\n\nPlease submit your application with CV in English.\n\n"
        "If you have further questions, feel free to contact our recruiter Ana Lind.\n\n"
        "_Northwind Cranes is a global leader in material handling, serving customers across many industries with "
        "12 000 professionals in over 40 countries._\n"
    )
    kinds = [s.kind for s in parse(text).sections if s.text]
    assert kinds[-2:] == [SectionKind.APPLY, SectionKind.COMPANY]


def test_a_list_of_perks_in_their_own_words_under_a_heading_of_no_kind_is_benefits() -> None:
    text = (
        "# Survey Technician\n\n## Requirements\n\n- 2+ years of field survey experience\n\n"
        "## Additional Information\n\n"
        "- Become an owner in the company through our Employee Stock Ownership Plan (ESOP)\n"
        "- Engage in work that has a positive impact in communities\n"
        "- Flexible working hours and a hybrid model\n"
        "- A learning budget for courses and conferences\n"
        "- Team building events twice a year\n"
    )
    assert _kinds_and_headings(text)[-1] == (SectionKind.BENEFITS, "Additional Information")


@pytest.mark.parametrize(
    "urging",
    [
        "Don't meet every single requirement? Studies show many people apply only when they meet every "
        "qualification. If you have the skills and experience to do this job, we encourage you to apply.",
        "Not all applicants will have skills that match a job description exactly. We encourage everyone who "
        "meets the required qualifications to apply.",
    ],
)
def test_a_paragraph_that_urges_the_reader_to_apply_anyway_is_how_to_apply_over_or_under_the_requirements(
    urging: str,
) -> None:
    items = "- 3+ years of experience with SQL\n- Knowledge of dbt\n"
    for text in (f"## Qualifications\n\n{urging}\n\n{items}", f"## Qualifications\n\n{items}\n{urging}\n"):
        kinds = {s.kind: s.text for s in parse(f"# Analytics Engineer\n\n{text}").sections if s.text}
        assert urging in kinds[SectionKind.APPLY]
        assert "Knowledge of dbt" in kinds[SectionKind.REQUIREMENTS]


def test_a_requirement_that_says_the_word_apply_stays_a_requirement() -> None:
    text = "# Buyer\n\n## Qualifications\n\n- 3+ years of purchasing\n\nYou know how to apply Incoterms to contracts.\n"
    assert _kinds_and_headings(text)[-1][0] is SectionKind.REQUIREMENTS


def test_words_sub_bullets_pasted_as_o_are_items_of_the_list_not_headings() -> None:
    text = (
        "# Front Office Supervisor\n\n## Duties\n\n- Monitor front desk staff\no Interact with outside contacts:\n"
        "o Guests – to ensure their satisfaction\no Regulatory agencies – on safety matters\n"
    )
    assert _kinds_and_headings(text)[1:] == [(SectionKind.RESPONSIBILITIES, "Duties")]


def test_a_heading_under_a_list_of_sentences_copied_without_marks_still_heads_the_list_after_its_blank_line() -> None:
    # A page copied from a browser: each list item a sentence on its line, the next heading right under the last item
    # (the blank line comes after it, before the next list). "Qualifications" ends no sentence where every item above
    # does, and a list runs after it: it heads that list, no item of the one above.
    text = (
        "Process Engineer\n\nEssential Duties\n\nLead kaizen events on the extrusion lines.\n"
        "Maintain PFMEAs and control plans.\nQualifications\n\nBachelor's degree in engineering.\n"
        "3+ years in manufacturing.\nPreferred\n\nSix Sigma Green Belt.\nBenefits\n\nMedical and dental from day one\n"
        "401(k) with match\n"
    )
    sections = [(s.kind, s.heading) for s in parse(text).sections]
    assert sections[1:] == [
        (SectionKind.RESPONSIBILITIES, "Essential Duties"),
        (SectionKind.REQUIREMENTS, "Qualifications"),
        (SectionKind.PREFERRED, "Preferred"),
        (SectionKind.BENEFITS, "Benefits"),
    ]


def test_the_indented_rest_of_a_lists_last_item_before_a_blank_line_heads_nothing() -> None:
    # A Markdown list's last item wraps onto an indented line whose words could head a section ("… Company"); the
    # blank line after it and the heading past it make it no heading of its own.
    text = (
        "Lab Technician\n\n**Requirements**\n\n-   BSc in chemistry with 1+ year in a laboratory.\n"
        "-   Must be authorized to work in the United States for Harrow Foods Co.\n    DBA The Harrow Company\n\n"
        "**Benefits**\n\n-   Medical and dental from day one\n"
    )
    sections = [(s.kind, s.heading) for s in parse(text).sections]
    assert sections[1:] == [(SectionKind.REQUIREMENTS, "Requirements"), (SectionKind.BENEFITS, "Benefits")]


def test_a_line_with_a_figure_under_a_sentence_before_a_blank_line_is_an_item_not_a_heading() -> None:
    # "5+ years of experience" under the posting's opening sentence says what the job asks, as an item does: the
    # paragraph after the blank is the job's description, no list of requirements.
    text = (
        "Software Engineer\n\nThis position is on-site in Austin.\n5+ years of experience\n\n"
        "You will build full-stack features in React and Go.\n\nRequirements\n\n- Go/React is a plus.\n"
    )
    kinds = [(s.kind, s.heading) for s in parse(text).sections]
    assert (SectionKind.REQUIREMENTS, "5+ years of experience") not in kinds


def test_a_recruiters_linkedin_tags_are_no_words_of_the_job() -> None:
    # An applicant tracking system appends LinkedIn's and Built In's tags ("#LI-Remote", a recruiter's initials
    # "#LI-KT1") under a posting: a board's routing, no heading and nothing the job asks for. The words after a tag on
    # its line stay.
    text = (
        "Payroll Specialist\n\n## Requirements\n\n- 3 years of multi-state payroll in ADP\n\n"
        "Brightwell Dental is an equal opportunity employer.\n\n#LI-KT1\n\n"
        "#BI-Remote #LI-Remote This is a remote position.\n"
    )
    sections = parse(text).sections
    assert not any("I-" in s.heading or "#" in s.text for s in sections)
    assert any("This is a remote position." in s.text for s in sections)


def test_an_item_that_asks_the_hire_to_take_call_states_the_hours_and_weighs_nothing() -> None:
    # Surgery's "take call" is being on call for the cases that come in nights and weekends, as a device rep, an OR
    # nurse or a surgical tech is: when the work is done, no 911 call taking. Taking calls, a call centre's or a
    # dispatcher's work, stays a duty.
    text = (
        "Orthopedic Trauma Sales Associate\n\n## Requirements\n\n- Two years of medical device sales\n"
        "- Ability to take call and respond to emergent trauma cases\n- Must take weekend call\n\n"
        "## Duties\n\n- Take calls from surgeons' offices and schedule case coverage\n"
    )
    sections = [(s.kind, s.text) for s in parse(text).sections]
    assert sections == [
        (SectionKind.ROLE, "Orthopedic Trauma Sales Associate"),
        (SectionKind.REQUIREMENTS, "- Two years of medical device sales"),
        (
            SectionKind.CONDITIONS,
            "- Ability to take call and respond to emergent trauma cases\n- Must take weekend call",
        ),
        (SectionKind.RESPONSIBILITIES, "- Take calls from surgeons' offices and schedule case coverage"),
    ]
    for line in ("Ability to take call", "Take calls from surgeons", "Runs the call-taking floor", "On call"):
        assert items.states_hours(line) is bool(items._HOURS_DEMAND.search(line))


_ONE_LIST = "# {title}\n\n## Job Description\n\n{company} is hiring a {title} for its central office.\n\n{items}\n"


@pytest.mark.parametrize(
    ("title", "duties", "asked", "wished"),
    [
        (
            "HR Generalist",
            "- Conduct new hire orientation and onboarding.\n- Investigate employee relations concerns.\n"
            "- Maintain personnel files and HRIS records.",
            "- 3+ years of experience as an HR generalist.\n- Working knowledge of FLSA, FMLA and ADA.\n"
            "- Excellent communication skills.",
            "- SHRM-CP or PHR certification preferred.",
        ),
        (
            "Warehouse Lead",
            "- Load and unload trailers with a reach truck.\n- Pick and stage orders with an RF scanner.\n"
            "- Train new associates on dock safety.",
            "- 2 years of warehouse experience.\n- Valid forklift certification.",
            "- Experience with SAP EWM a plus.",
        ),
    ],
    ids=["hr", "warehouse"],
)
def test_one_list_under_job_description_is_read_item_by_item(title: str, duties: str, asked: str, wished: str) -> None:
    # SmartRecruiters and Workable set a posting as one "Job Description" over one list of what the job does and
    # asks, mixed: each item is read by its own words, and what the list wishes for is no requirement.
    text = _ONE_LIST.format(title=title, company="Marlow Outdoor Supply", items=f"{duties}\n{asked}\n{wished}")
    found = {kind: [s.text for s in parse(text).sections if s.kind is kind] for kind in SectionKind}
    assert found[SectionKind.RESPONSIBILITIES] == [duties]
    assert found[SectionKind.REQUIREMENTS] == [asked]
    assert found[SectionKind.PREFERRED] == [wished]


def test_a_payroll_clerks_duties_under_job_description_are_no_benefits() -> None:
    # Its duties name health insurance, paid time off and 401(k): the items open with the work's verbs.
    duties = (
        "- Process biweekly payroll for 280 employees.\n- Administer health, dental and vision insurance enrollment.\n"
        "- Reconcile 401(k) contributions and PTO accruals each pay period.\n"
        "- Answer employee questions about paid time off and deductions."
    )
    text = _ONE_LIST.format(title="Payroll Specialist", company="Tidemark Credit Union", items=duties)
    assert [(s.kind, s.text) for s in parse(text).sections][-1] == (SectionKind.RESPONSIBILITIES, duties)


def test_a_list_of_perks_under_job_description_stays_benefits() -> None:
    perks = "- Medical, dental and vision insurance.\n- 401(k) with a 4% match.\n- Three weeks of paid time off."
    text = _ONE_LIST.format(title="Line Cook", company="Harbor Grill", items=perks)
    assert [(s.kind, s.text) for s in parse(text).sections][-1] == (SectionKind.BENEFITS, perks)


def test_a_federal_postings_conditions_of_employment_ask_for_the_credentials_they_name() -> None:
    # USAJOBS's "Conditions of Employment": conditions the hire meets, weighing nothing, and the credentials among
    # them, which a résumé shows: one to hold is required, one to gain once hired would help.
    found = parse(
        "Auditor\nDepartment of the Treasury\n\nDuties\n- Audits grant recipients' financial statements.\n\n"
        "Conditions of Employment\n- U.S. Citizenship required.\n- Subject to a background investigation.\n"
        "- Must possess a current CPA license.\n- Must obtain the CGFM certification within 18 months.\n"
        "- Selective Service registration is required for males born after 12/31/1959.\n"
    )
    kinds = [(s.kind, s.text) for s in found.sections][-3:]
    assert kinds == [
        (
            SectionKind.CONDITIONS,
            "- U.S. Citizenship required.\n- Subject to a background investigation.\n"
            "- Selective Service registration is required for males born after 12/31/1959.",
        ),
        (SectionKind.REQUIREMENTS, "- Must possess a current CPA license."),
        (SectionKind.PREFERRED, "- Must obtain the CGFM certification within 18 months."),
    ]


def test_a_summary_naming_the_plans_a_benefits_job_runs_is_the_role_not_its_benefits() -> None:
    # A long summary whose sentences say, by the job's name, what it is responsible for ("health, dental, vision,
    # pension plans"): the work of a job whose subject is benefits, no perks; one that says what the job is eligible
    # for is its benefits still.
    text = (
        "Member Benefits Representative\n\n## Summary\n\nThe Member Benefits Representative is responsible for the "
        "administration of the union fund's health, dental, vision and pension plans, life insurance, wellness "
        "events and disability claims for members and retirees. This position ensures each claim follows the plan "
        "documents and answers member questions by phone. The representative also coordinates the annual wellness "
        "fair and serves as a backup to the fund's claims examiner.\n\n## Duties\n\n- Process disability claims.\n\n"
        "## Summary\n\nThis position is eligible for health, dental and vision insurance, a pension plan, life "
        "insurance and paid time off from the first day of employment with the fund.\n"
    )
    assert [s.kind for s in parse(text).sections] == [
        SectionKind.ROLE, SectionKind.ROLE, SectionKind.RESPONSIBILITIES, SectionKind.BENEFITS,
    ]  # fmt: skip


def test_a_paragraph_under_the_title_that_only_tells_of_the_employer_is_its_blurb_with_no_we_or_our() -> None:
    text = (
        "# Site Reliability Engineer\n\nLarkspur Tables\n\n"
        "Larkspur Tables, part of Meridian Hospitality Group, powers reservations for 9,000 restaurants and "
        "seats twelve million diners a year across four continents.\n\n"
        "## About the role\n\nYou will run the container platform and its on-call rotation.\n"
    )
    assert [s.kind for s in parse(text).sections] == [SectionKind.ROLE, SectionKind.COMPANY, SectionKind.ROLE]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Larkspur Tables seats twelve million diners a year. Kubernetes experience is required.",  # asks
        "Larkspur Tables seats twelve million diners a year, and your platform keeps it running.",  # to the reader
    ],
)
def test_a_paragraph_under_the_title_that_asks_or_speaks_to_the_reader_stays_the_role(paragraph: str) -> None:
    text = f"# SRE\n\nLarkspur Tables\n\n{paragraph}\n\n## About the role\n\nRun the platform.\n"
    assert [s.kind for s in parse(text).sections][:2] == [SectionKind.ROLE, SectionKind.ROLE]


def test_an_opening_longer_than_a_masthead_that_describes_the_employer_is_its_blurb() -> None:
    blurb = (
        "The Brightwater Company, based in Denver, is a leading maker of oat-based snacks sold in 4,000 grocery "
        "stores. Originally founded as Brightwater Mills in 2009, it rebranded in 2020 to better convey its "
        "mission to bring wholesome food to every household, with sustainable sourcing from family farms across "
        "the plains and a kitchen that tests every recipe by hand."
    )
    text = f"{blurb}\n\n## Controller\n\nThe Brightwater Company is looking for a Controller to direct accounting.\n"
    sections = parse(text).sections
    assert sections[0].kind is SectionKind.COMPANY
    assert "looking for a Controller" in sections[-1].text and sections[-1].kind is not SectionKind.COMPANY


def test_a_paragraph_under_the_title_that_invites_the_reader_to_join_is_no_blurb() -> None:
    paragraph = (
        "Join one of our product teams and build features for a planning tool that 4,500 companies use every day "
        "across their offices."
    )
    text = f"# Frontend Engineer\n\nLarkspur Tables\n\n{paragraph}\n\n## About the role\n\nBuild the booking page.\n"
    assert SectionKind.COMPANY not in [s.kind for s in parse(text).sections]


def test_a_line_of_pay_and_places_says_no_sentence_and_is_no_employers_paragraph() -> None:
    places = "Albania,Andorra,Austria,Belgium,Bulgaria,Croatia,Czechia,Denmark,Estonia,Faroe Islands,Finland,France"
    assert not structure._only_the_employers(f"`💰 90000.0` `🌎 {places},Germany,Greece,Hungary,Iceland,Ireland,Italy`")
    said = "Larkspur Tables seats diners in twelve countries, from its first restaurant in Tirana to the newest one"
    assert structure._only_the_employers(f"{said} in Helsinki, and answers every booking in under a minute.")
    assert structure._only_the_employers(f"{said} in Helsinki, and served its ten millionth guest in 2023.")


def test_what_working_here_is_like_and_a_heading_that_only_goes_on_from_it_are_the_employers_offer_not_duties() -> None:
    # A list of the culture under "What to expect working here" reads like duties ("You will be held accountable …");
    # "And…" over more of it says nothing of its own kind: both are what the employer offers, not the job's work.
    text = (
        "Revenue Analyst\n\n## What you'll be doing\n\n- Build the weekly pipeline report\n- Maintain the CRM\n\n"
        "## What to expect working here\n\n- You will be held to a high bar\n- You will work in a fast environment\n\n"
        "## And…\n\n- You get to learn and grow quickly\n- You get to work with bright minds\n"
    )
    kinds = {s.heading: s.kind for s in parse(text).sections}
    assert kinds["What you'll be doing"] is SectionKind.RESPONSIBILITIES
    assert kinds["What to expect working here"] is SectionKind.BENEFITS
    assert kinds["And…"] is SectionKind.BENEFITS
    assert classify_heading("Working here") is SectionKind.BENEFITS
    assert classify_heading("What to expect in this role") is SectionKind.RESPONSIBILITIES
    # Any such heading takes the kind of the section before it: more requirements, more perks.
    more = (
        "Line Cook\n\n## Requirements\n\n- Two years on a line\n- Food handler card\n\n"
        "## Also…\n\n- A wood-fired oven\n- Knife work\n\n"
        "## What we offer\n\n- A pension\n- Dental cover\n\n## And more!\n\n- Lunch on the house\n- Team trips\n"
    )
    kinds = {s.heading: s.kind for s in parse(more).sections}
    assert (kinds["Also…"], kinds["And more!"]) == (SectionKind.REQUIREMENTS, SectionKind.BENEFITS)


def test_whether_the_job_supervises_is_a_term_of_the_job_not_part_of_the_clearance_asked_above_it() -> None:
    # "Supervisory status: No" says the job supervises no one: nothing asked of the candidate, so no requirement of
    # the labelled field above it.
    found = parse(
        "**JOB TITLE:** Benefits Specialist\n\n**WHO MAY APPLY:** United States Citizens\n\n"
        "**SECURITY CLEARANCE:** Secret\n\n**SUPERVISORY STATUS:** No\n\n**Major Duties**\n- Administers benefits\n"
    )
    asked = " ".join(s.text for s in found.sections if s.kind is SectionKind.REQUIREMENTS)
    assert "Secret" in asked and "No" not in asked.split()


def test_a_blurb_whose_customers_seek_something_is_still_the_employers_blurb() -> None:
    # "professionals seeking to simplify access" say what the employer's customers want, no hiring: the paragraph
    # under the title that says what Corvid Labs is stays its blurb, its products no work of the job.
    blurb = (
        "Corvid Labs is a pioneer in secure computing. Our open source products serve developers and security teams "
        "seeking to simplify access to servers. Corvid Labs is a fast-growing company. We value our craft."
    )
    text = (
        f"# Lifecycle Marketing Manager\n\nCorvid Labs · Remote\n\n{blurb}\n\n"
        "## What you'll be doing\n\n- Build nurture campaigns\n\n## What you'll bring\n\n- Marketo\n"
    )
    kinds = {s.text.strip(): s.kind for s in parse(text).sections}
    assert kinds.get(blurb) is SectionKind.COMPANY, kinds
    # A paragraph that is seeking to hire speaks of the job.
    hiring = blurb.replace("We value our craft.", "We are seeking to hire a marketer.")
    kinds = {s.text.strip(): s.kind for s in parse(text.replace(blurb, hiring)).sections}
    assert kinds.get(hiring) is not SectionKind.COMPANY
