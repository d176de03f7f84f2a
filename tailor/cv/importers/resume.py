"""A résumé's lines (:mod:`.layout`) → a draft CV: its sections, roles, degrees, bullets and dates.

How it reads a résumé:

* **Sections** start at a line the document marks as a heading, or a short line
  whose words name one ("Work Experience", "EDUCATION", "📄 Selected Publications");
  what comes before the first is the header: name, headline, contact details.
* **Roles** (and degrees) are anchored on their dates: a line that is not a list
  item and holds a date span in a column of its own (after a tab, between ``|``,
  at either end, in parentheses) starts one, with the short lines beside it. The
  span may be written either way round ("present Sep 2019"). The line's other
  words are split into title, employer and location by the words titles and
  organisations use ("Engineer", "Ltd", "University") and by place names.
* **Bullets** are the list items under a role, copied verbatim with their
  emphasis; a paragraph where a bullet would be is taken as one, and noted.

Everything uncertain is a :class:`~tailor.cv.importers.Note` at its field; lines
with no place in the CV are kept in the draft's leftovers.

This module finds the sections and hands each to its reader: :mod:`.header` (name,
headline, contact details), :mod:`.roles` and :mod:`.credentials` (both on the entries
of :mod:`.entries`), :mod:`.publications` and :mod:`.lists`. What a line says (a date
span, a place, a job title's words) is read by :mod:`.clues` alike everywhere.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from tailor.cv.importers import day_dates, europass
from tailor.cv.importers.clues import find_span, is_degree_line
from tailor.cv.importers.credentials import AWARD_WORDS, credentials_apart, name_bar_admissions, read_credentials
from tailor.cv.importers.degrees import names_degree_and_school, read_degrees
from tailor.cv.importers.draft import PLACEHOLDER_NAME, Draft
from tailor.cv.importers.functional import accomplishments_apart, read_accomplishments
from tailor.cv.importers.header import holds_contact, read_header, read_personal_details
from tailor.cv.importers.line import Line
from tailor.cv.importers.lists import lists_tools, read_languages, read_list, spoken_listed
from tailor.cv.importers.publications import read_publications, reads_as_citation
from tailor.cv.importers.roles import read_roles
from tailor.cv.importers.sections import (
    ROLE_KINDS,
    SECTION_WORDS,
    TITLE_WORDS,
    Section,
    a_title_word_for_word,
    closed_up,
    is_role_part,
    kind_of,
    names_credentials,
    normal,
    titled_in_words,
)
from tailor.lexicon import word_log_probabilities
from tailor.places import is_city
from tailor.prose import and_listed


def _grouped_under(draft: Draft, title: str, before: list[str]) -> None:
    """The skills a section of a résumé with several added (those not in ``before``) in the group its ``title``
    names, where a label of their own gave none: a sidebar's "Software" beside its "Skills" sorts them as a labelled
    line does ("Software: Xero, Gusto"). "Skills" itself names no group."""
    group = title.strip().rstrip(":").strip()
    if not group or group.casefold() in ("skills", "skill"):
        return
    added = [item for item in draft.data.get("skills", []) if item not in before]
    for item in added:
        draft.skill_groups.setdefault(item, group)
    if added and group.isupper() and len(group) > 4:
        # "SOFTWARE", as a sidebar's heading sets it: the résumé would print the group's name so.
        draft.note(("skills",), f"the group '{group}' is in capitals as its heading was: write it as it should print")


def parse(lines: list[Line], source: Path, kind: str) -> Draft:
    """The draft CV that ``lines`` of the résumé at ``source`` make."""
    draft = Draft({"contact": {}}, source, kind)
    # A line of dots, dashes or symbols alone ("……………", "* * *") is a rule drawn between parts: no text;
    # a page's footer ("Page 1 of 2") and a time a job lasted, as LinkedIn's profile adds it, say nothing either.
    kept = [_closed_up(_without_duration(line)) for line in lines if any(c.isalnum() for c in line.text)]
    kept = day_dates.as_iso(kept)  # "01/04/2021–Present", as Europass writes a role's dates: dates a CV reads
    europassed = europass.read(kept)  # "Mother tongue(s)" over "Greek": a label over its value, and a grid of levels
    kept = europassed.lines
    if europassed.languages:
        draft.data["languages"] = europassed.languages
    draft.leftovers += europassed.asides
    header, sections = _sections([line for line in kept if not _PAGE_OR_TENURE.match(line.plain)])
    read_header(draft, header)
    ids: set[str] = set()
    for section in sections:
        title = section.title.plain if section.title else ""
        if normal(title) in _ACHIEVEMENT_TITLES:
            # "KEY ACHIEVEMENTS" over "President's Club, Northbeam Software (2023)": awards, as under "Awards";
            # over "Grew revenue 40% by …": claims that no field holds, kept for the owner to place.
            section = replace(section, kind="awards" if _awards_listed(section.lines) else "other")
        if _awards_and_memberships(title):
            # "Professional Affiliations & Awards", "Honors & Affiliations": its awards are awards, whichever the
            # title names first; a society one belongs to or serves is no award, kept for its owner to place.
            held = [line for line in section.lines if not _names_an_award(line.plain)]
            if held:
                draft.leftovers += [f"{title.rstrip(': ')}:", *(_aside(line) for line in held)]
            section = replace(section, kind="awards", lines=[line for line in section.lines if line not in held])
        if section.kind in ("education", "certificates", "awards"):
            section = _without_languages(draft, section)
        if section.kind in ROLE_KINDS:
            read_roles(draft, section, ids)
        elif section.kind == "education":
            read_degrees(draft, section)
        elif section.kind in ("publications", "presentations"):
            read_publications(draft, section, ids)
        elif section.kind in ("skills", "interests"):
            lines = section.lines
            if section.kind == "skills":
                # A functional résumé's claims grouped under skills' headings: roles of their own, not skills.
                groups, lines = accomplishments_apart(lines)
                read_accomplishments(draft, title, groups, ids)
            before = list(draft.data.get(section.kind, []))
            read_list(draft, section.kind, lines, frozenset(s.kind for s in sections))
            if section.kind == "skills" and sum(s.kind == "skills" for s in sections) > 1:
                _grouped_under(draft, title, before)
        elif section.kind == "languages":
            read_languages(draft, [line.plain for line in section.lines])
        elif section.kind == "summary":
            text = _summary_text(section.lines)
            draft.data["summary"] = f"{draft.data['summary']} {text}" if draft.data.get("summary") else text
            if text != " ".join(line.marked for line in section.lines):
                draft.note(("summary",), "the summary's list items were joined as sentences, each ended with a stop")
        elif section.kind in ("certificates", "awards"):
            # Several credentials on one line, each its own before any is read as a degree ("Certified Associate
            # (2021)" beside "… Academy (2023)" names no degree and its school).
            section = replace(section, lines=credentials_apart(section.lines))
            if section.kind == "awards" and (cited := [ln for ln in section.lines if reads_as_citation(ln.plain)]):
                # "Awards & Presentations": a poster's or a paper's citation among the awards is a publication, printed
                # under the title's part that names it; as an award, its place had been read as the giver ("CO.").
                read_publications(draft, _citations_apart(section.title, cited), ids)
                section = replace(section, lines=[line for line in section.lines if line not in cited])
            if section.kind == "certificates" and (degrees := _degree_lines(section)):
                # "TRAINING": a trade school's degree among courses and cards is a degree, with its school.
                read_degrees(draft, Section("education", section.title, degrees))
                section = Section(section.kind, section.title, [line for line in section.lines if line not in degrees])
            first = len(draft.data.get("certificates", []))
            read_credentials(draft, section.kind, section.lines)
            if section.kind == "certificates" and section.title is not None:
                name_bar_admissions(draft, first, section.title.plain)
        elif section.kind == "contact":
            read_personal_details(draft, section.lines)
        else:
            draft.leftovers += _kept_for_its_owner(title, section.lines)
    if not draft.data["contact"].get("name"):
        draft.data["contact"]["name"] = PLACEHOLDER_NAME
        draft.note(("contact", "name"), "no name found at the top of the résumé: write yours")
    elif draft.data["contact"]["name"].isupper():
        # "MARCO ROSSI", as a résumé's heading sets it: the letter's signature would shout it, and only its
        # owner knows "McDonald" from "Mcdonald".
        draft.note(("contact", "name"), "in capitals as the résumé sets it: write it as you spell it")
    if isinstance(headline := draft.data.get("headline"), str) and _in_capitals(headline, "role"):
        # "INVESTIGATIVE REPORTER | DATA JOURNALISM", as a template's banner sets it beside the name: the tailored
        # résumé would print it so under the name written as it is spelt.
        draft.note(("headline",), "in capitals as the résumé sets it: write it as you spell it")
    for n, role in enumerate(draft.data.get("experience", [])):
        # "MERIDIAN HEALTH SYSTEM, EVANSTON, IL", "SENIOR EXECUTIVE ASSISTANT TO THE CEO": a résumé's style, which the
        # tailored résumé would print as it is; initials alone ("NASA", "KPMG", "NYC", "CFO") are how a name is spelt.
        shouted = [field for field in _FIELD_WORDS if _in_capitals(role.get(field) or "", field)]
        if shouted:
            words = [_FIELD_WORDS[field] for field in shouted]
            what = and_listed(words)
            draft.note(
                ("experience", n, shouted[0]), f"{what} in capitals as the résumé sets it: write it as you spell it"
            )
    return draft


def _citations_apart(title: Line | None, cited: list[Line]) -> Section:
    """The section of the ``cited`` lines of an awards section titled ``title``: under the part of the title that names
    talks or publications ("Presentations" of "Awards & Presentations"), else as publications."""
    parts = re.split(r"\s*(?:,|&|\band\b)\s*", title.plain, flags=re.IGNORECASE) if title else []
    for part in parts:
        if (kind := kind_of(part, set_as_title=True)) in ("presentations", "publications"):
            assert title is not None
            return Section(kind, replace(title, text=part, marked=part), cited)
    return Section("publications", None, cited)


_FIELD_WORDS = {"role": "title", "employer": "employer", "location": "place"}
"""The fields of a role that a résumé may set in capitals, in the order a note names them, each by its word."""


def _in_capitals(text: str, field: str) -> bool:
    """Whether ``text`` is words set in capitals ("JOLIET FIRE DEPARTMENT", "EVANSTON, IL", "SHIFT SUPERVISOR"), not
    initials ("CFO", "KPMG"): one of an employer's or a title's words is an English word or a town; a place's, longer
    than a region's code."""
    words = re.findall(r"[^\W\d_]+", text)
    return text.isupper() and any(
        len(word) >= 4
        if field == "location"
        else len(word) >= 3 and (word.lower() in word_log_probabilities() or is_city(word.title()))
        for word in words
    )


_ACHIEVEMENT_TITLES = frozenset(
    {
        "achievements",
        "key achievements",
        "selected achievements",
        "accomplishments",
        "key accomplishments",
        "career highlights",
        "highlights",
        "recognition",
    }
)
"""Titles of a section that may list awards or claims of what was done, which its lines' shape tells apart."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


_AWARD_TITLE_WORDS = frozenset({"awards", "award", "honors", "honours", "recognition", "distinctions"})
_MEMBERSHIP_TITLE_WORDS = frozenset(
    {"affiliations", "memberships", "membership", "associations", "organizations", "organisations", "societies"}
)
_SERVICE_WORDS = re.compile(
    r"\b(?:member|members|membership|chair|co-chair|chairperson|committee|board|president|vice president|"
    r"treasurer|secretary|director|delegate|liaison|volunteer)\b",
    re.IGNORECASE,
)
"""Words that say one belongs to a society or serves it ("ACEDS Chicago Chapter – Member", "Board Member")."""


def _kept_for_its_owner(title: str, lines: list[Line]) -> list[str]:
    """The leftovers a section of no place in the CV leaves: its title, then its lines. Under a title of the societies
    one belongs to ("Professional Memberships", "Affiliations"), the title says where they go: no field holds a
    membership, and a role does, printed under a heading of its own, as board service is. (One that names awards too
    gives its awards, and keeps the memberships under its title as it is: that title is no heading for them.)"""
    named = title.rstrip(": ")
    where = ""
    if set(normal(title).split()) & _MEMBERSHIP_TITLE_WORDS:
        where = (
            f" (to print these, write each as a role of experience: the body as its employer, 'Member' or your office"
            f" as its role, and section: {named}, the heading it prints under)"
        )
    return [f"{named}:{where}", *(_aside(line) for line in lines)]


def _awards_and_memberships(title: str) -> bool:
    """Whether a section's ``title`` names awards beside the societies one belongs to ("Professional Affiliations &
    Awards", "Honors and Affiliations")."""
    words = set(normal(title).split())
    return bool(words & _AWARD_TITLE_WORDS) and bool(words & _MEMBERSHIP_TITLE_WORDS)


def _names_an_award(text: str) -> bool:
    """Whether a line under such a title names an award: in an award's words ("Paralegal of the Year, …"), or with
    its year and no word of belonging or serving ("40 Under 40, Chicago Law Bulletin (2021)"); not "ACEDS Chicago
    Chapter – Member", nor "Board Member, Illinois Paralegal Association (2021 – Present)"."""
    return bool(AWARD_WORDS.search(text)) or (bool(_YEAR.search(text)) and not _SERVICE_WORDS.search(text))


def _awards_listed(lines: list[Line]) -> bool:
    """Whether every line is an award with its year, as an awards section lists them ("Closer of the Year, Summit
    Payroll Services (2015)", "President's Club – Acme, 2022"): a few words capitalised as names are, no claim of
    what was done ("Grew revenue 40% in 2019 …")."""
    texts = [line.plain.strip() for line in lines if line.plain.strip()]
    return bool(texts) and all(_award_shaped(text) for text in texts)


def _award_shaped(text: str) -> bool:
    if not _YEAR.search(text) or "%" in text or text.endswith("."):
        return False
    words = _NAME_WORDS.findall(_YEAR.sub("", text))
    lower = [w for w in words if w[:1].islower() and len(w) > 3]  # no name's small word ("of", "the", "and")
    return 0 < len(words) <= 14 and len(lower) <= 1


def _degree_lines(section: Section) -> list[Line]:
    """The lines of a section of certificates that each name a degree and its school, no list's item under one."""
    return [line for line in section.lines if not line.item and names_degree_and_school(line.plain)]


def _without_languages(draft: Draft, section: Section) -> Section:
    """``section`` without its lines that list the languages someone speaks ("Languages: English (native), Spanish
    (fluent)"), which go to the draft's languages: a résumé sets one such line under its last section, degrees or
    certificates, as one short line needs no title of its own."""
    spoken = [(line, listed) for line in section.lines if (listed := spoken_listed(line)) is not None]
    if not spoken:
        return section
    read_languages(draft, [listed for _, listed in spoken])
    return replace(section, lines=[line for line in section.lines if all(line is not s for s, _ in spoken)])


def _summary_text(lines: list[Line]) -> str:
    """A summary section's text, one paragraph: a list's items ("Summary of Qualifications") each end as a
    sentence, so that no item runs into the next ("… teams of up to 25 Forklift certified: …")."""
    items = sum(line.item for line in lines) > 1
    texts = [
        f"{line.linked}." if items and line.item and not line.plain.endswith(_SENTENCE_ENDS) else line.linked
        for line in lines
    ]
    return " ".join(texts)


_SENTENCE_ENDS = (".", "!", "?", ":", ";")
"""What ends a summary's item as it is."""


_DURATION = r"(?:\d+ (?:years?|yrs?)(?: \d+ (?:months?|mos?))?|\d+ (?:months?|mos?)|less than a year)"
_NAMED = r"[^\W\d_](?:[^\W\d_]|[.'-])*(?: [^\W\d_](?:[^\W\d_]|[.'-])*){0,4}"
"""A person's name as a page's footer gives it: up to five words of letters, without digits."""
_PAGE_OR_TENURE = re.compile(
    rf"^(?:(?:{_NAMED}\s[-–—|·•]\s*)?page \d+(?:\s*(?:of|/)\s*\d+)?|{_DURATION})$", re.IGNORECASE
)
"""A page's footer ("Page 1 of 2", "Ana Lopez - page 1", its owner's name before its number), or a line that is
only how long a job lasted ("4 years 2 months", LinkedIn's profile under an employer of several titles)."""
_TIME_TAKEN = re.compile(rf"(\d{{4}}|present|current|now|today)\s*\({_DURATION}\)", re.IGNORECASE)
"""How long a job lasted, in brackets right after its dates ("March 2021 - Present (3 years 4 months)"); not
what a credential says of itself ("Member of the Robotics Team (3 years)")."""


def _without_duration(line: Line) -> Line:
    """``line`` without the time a job lasted in brackets after its dates: the dates say it."""
    if "(" not in line.text or not _TIME_TAKEN.search(line.text):
        return line
    return replace(line, text=_TIME_TAKEN.sub(r"\1", line.text), marked=_TIME_TAKEN.sub(r"\1", line.marked))


def _closed_up(line: Line) -> Line:
    """``line`` as its words, where it is a title set with its letters spaced out ("S U M M A R Y", as a
    PDF's tracked capitals are read): the title it is, which names its section as any other title does."""
    words = None if line.item else closed_up(line.plain)
    return replace(line, text=words, marked=words) if words else line


def _sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines before the first section (name, contact details), and the sections.

    A heading starts a section, unless it stands below the current section's own heading level
    and names no kind of section: "### Acme Corp" under "## Experience" is an entry's first line.
    A section whose title names no kind but whose entries read like roles (a header line with
    dates, list items under it) holds experience: "Teaching & Instructional Leadership", "Clinical
    Rotations", whatever a field calls its work.
    """
    header: list[Line] = []
    sections: list[Section] = []
    # The first lines of a column set beside the one read before it, up to the column's first title (a headline at
    # the top of the main column, beside a sidebar that holds the name): the header's, where a title follows them.
    opening: list[Line] = []
    titles_look = _titles_look(lines)
    for n, line in enumerate(lines):
        if (run_in := _run_in_title(line, sections[-1] if sections else None)) is not None:
            kind, title_line, first = run_in
            header, opening = header + opening, []
            sections.append(Section(kind, title_line, [first]))
            continue
        labelled = bool(re.search(r":\s*\S", line.plain)) and not line.heading  # "Languages: Python, SQL"
        # A table's row is never a section's title ("Languages | PHP, JavaScript" in a table of skills), nor
        # is a list item unless it is set in bold capitals, as a title in a list-styled document is ("**EDUCATION**").
        plain_item = line.item and not (line.bold and line.plain.isupper())
        # Set as a title: in capitals, as a heading, or in the look the PDF's known titles share ("Laboratory
        # Skills" in the bold 14-point of "Education" and "Publications").
        set_as_title = (
            line.plain.isupper() or bool(line.heading) or (titles_look is not None and _look(line) == titles_look)
        )
        # A line in the text's look that ends in a full stop ends a sentence, no title: "projects." or "last nine
        # projects." where an e-mail wrapped a summary's last line.
        sentence_end = line.plain.endswith(".") and not set_as_title
        titled = len(line.plain.split()) <= 8 and not (plain_item or labelled or line.row or sentence_end)
        kind = kind_of(line.plain, set_as_title=set_as_title) if titled else None
        if (
            kind
            and not set_as_title
            and titles_look is not None
            and line.size
            and line.size < titles_look[0] - 0.5
            and not a_title_word_for_word(line.plain)
        ):
            # Where the titles have a look of their own, larger than the text, a line in the text's size that only
            # its words make a title is an entry's ("Google UX Design" / "Professional Certificate" in a sidebar's
            # education); a title word for word ("📖 Education") is one in any look.
            kind = None
        if kind and sections and _part_of_role(line, sections[-1]):
            kind = None  # "Achievements" over some of a role's bullets: the role goes on
        grouping = bool(kind and sections and _group_of(line, kind, sections[-1]))
        if grouping:
            kind = None  # "Peer-reviewed journal articles" under "PUBLICATIONS": a group of its entries
        short_caps = (
            not plain_item  # "HTML" in a list of skills
            and line.plain.isupper()
            # "CONFERENCE PRESENTATIONS AND INVITED TALKS": longer, but of a section title's words only
            and (len(line.plain.split()) <= 4 or (len(line.plain.split()) <= 8 and titled_in_words(line.plain)))
            and not line.plain.endswith((".", ","))  # "MAAGTICSI." ends a sentence; no title ends so
            and not find_span(line.text)
            and not _YEAR.search(line.plain)  # "ASCM (APICS), 2023" under a certificate: who gave it and when
            and not _VALUE.search(line.plain)  # "GPA 3.9", "GPA: 3.7/4.0" under a degree: its grade, no title
            # Where the titles have a look of their own (bold 11-point "SKILLS"), one without it is no title:
            # "MATLAB" and "GD&T" one to a line in the body's type, under "SKILLS".
            and (titles_look is None or _look(line) in (None, titles_look))
            and not is_degree_line(line.plain)  # "MBA" under an institution's line: its degree
            and not _one_of_the_list(line, sections[-1] if sections else None)
            and not _one_credential(line, sections[-1] if sections else None)
            and not _names_listed(line.plain)
            and not _role_title_in_capitals(lines, n, sections[-1] if sections else None)
            and not _employer_in_capitals(lines, n, sections[-1] if sections else None)
            and not _lead_in_of_a_part(line, sections[-1] if sections else None)
        )
        title = sections[-1].title if sections else None
        # A heading that names no kind of section, right under a section's title, is its first entry
        # ("#### Education" then "### B.A. Asian Studies, University at Buffalo").
        first_entry = bool(sections and sections[-1].kind and not sections[-1].lines and line.heading)
        # Below the current title's heading level, or below the level other sections' titles were set at
        # (a title the document set as bold text instead, "**EDUCATION**", has no level of its own).
        levels = [s.title.heading for s in sections if s.title is not None and s.title.heading]
        top = title.heading if title is not None and title.heading else min(levels, default=0)
        # A group's label set as a heading of the title's own level ("Software" under "SKILLS", both Heading 1) stays
        # in the section: as a section of no kind, its skills were lost to the leftovers.
        nested = bool(line.heading and top and line.heading > top) or first_entry or grouping
        # Before any section, a heading below the name's ("## Teaching" under "# Ana Lopez") may start
        # one; it stays one if its entries read like roles (below), else it is the header's (a subtitle).
        below_name = bool(line.heading and any(0 < h.heading < line.heading for h in header))
        # Set as the known titles are, where the document sets only titles so ("Leadership & Academic Engagement"
        # in the bold 12-point of "Education" and "Skills"): a title of a kind of its own.
        looks_titled = bool(
            titles_look and titled and not line.item and _look(line) == titles_look and len(line.plain.split()) <= 6
        )
        if kind or (
            (sections or below_name)
            and (line.heading or short_caps or looks_titled)
            and not (nested or line.row)
            and not find_span(line.text)
        ):
            header, opening = header + opening, []
            sections.append(Section(kind, line))
        elif sections and (line.column or opening) and _opens_column(opening, line):
            opening.append(line)
        elif sections:
            # A column's first lines that run on into no title, or hold what no header does, are its section's.
            sections[-1].lines += [*opening, line]
            opening = []
        else:
            header.append(line)
    if opening:
        sections[-1].lines += opening
    for section in sections:
        if section.kind is None and section.title is not None and lists_tools(section.title.plain, section.lines):
            section.kind = "skills"  # "AUTHORING TOOLS" over "Camtasia", "Adobe Captivate": a sidebar's group
        if section.kind is None and _reads_like_roles(section.lines):
            section.kind = "experience"
            if (
                section.title is not None
                and section.lines
                and find_span(section.lines[0].text)
                # "LEADERSHIP", "Activities": words sections' titles are made of name no role or employer.
                and not titled_in_words(section.title.plain)
                # Set as the PDF's known titles are ("OPEN SOURCE IMPACT" in the bold capitals of "EXPERIENCE"
                # and "SKILLS"): a section's title, though its words are none of theirs.
                and not (titles_look is not None and _look(section.title) == titles_look)
            ):
                # Its dates come first: the heading was the role's own ("### Wine Buyer, In Fine Spirits"
                # under a "#### Work Experience" set smaller), not a section's title.
                section.lines.insert(0, replace(section.title, heading=0))
    # Sections of no kind before the first known one are the header's, as a subtitle and the contact
    # lines under it are ("Machine Learning and HPC" under the name); a table under a heading of its own
    # ("## Key numbers" over "| Metric | Result |") is kept aside as any section of no kind is: its title
    # is no headline.
    while sections and sections[0].kind is None and not _table_of_its_own(sections[0]):
        first = sections.pop(0)
        header += [first.title, *first.lines] if first.title else first.lines
    return header, sections


def _opens_column(opening: list[Line], line: Line) -> bool:
    """Whether ``line`` may be one of the few lines that open a column before its first title (``opening`` those
    before it): a headline or a line of contact details, no list's item and no entry's dates."""
    return len(opening) < _COLUMN_HEAD and not line.item and not line.row and not find_span(line.text)


_COLUMN_HEAD = 3
"""The most lines a column opens with before its first title that are the header's (a headline, a tagline)."""


def _aside(line: Line) -> str:
    """``line`` as the draft keeps it aside: a table's row with its cells apart ("Food cost | 34%"), as read."""
    cells = [" ".join(cell.split()) for cell in line.text.split("\t") if cell.strip()]
    return " | ".join(cells) if line.row else line.plain


def _table_of_its_own(section: Section) -> bool:
    """Whether ``section`` is a heading over a table that holds no contact detail: a part of the résumé
    in its own right (figures, a timeline), never the owner's subtitle and contact lines."""
    return (
        section.title is not None
        and bool(section.title.heading)
        and bool(section.lines)
        and all(line.row for line in section.lines)
        and not any(holds_contact(line) for line in section.lines)
    )


def _run_in_title(line: Line, section: Section | None) -> tuple[str, Line, Line] | None:
    """(kind, title, first line) of a section whose title in capitals opens the line of what it holds, as a
    résumé typed by hand sets it: "SKILLS: Dispatching, Samsara" after the last role's bullets. None for any
    other line, and in a list of skills, whose labelled lines are its groups ("LANGUAGES: Spanish")."""
    label, colon, _ = line.plain.partition(":")
    if not colon or line.item or line.heading or line.row or len(label.split()) > 4:
        return None
    kind = kind_of(label, set_as_title=True)
    # A credential's label opens a line of them in any case, as one under the degrees is typed ("Certifications:
    # HubSpot Content Marketing (2022); Google Analytics (2021)"); another label in capitals only ("Tools: …" may
    # be a role's own line).
    if not label.isupper() and not (kind == "certificates" and names_credentials(label)):
        return None
    if kind is None or kind == "experience" or (section is not None and section.kind in (kind, "skills")):
        return None
    text, marked = line.text.partition(":")[2].strip(), line.marked.partition(":")[2].strip()
    if not text:
        return None
    if marked.startswith("**") and line.marked.startswith("**"):
        marked = marked.removeprefix("**").strip()  # "**SKILLS:** Dispatching": the bold was the title's
    return kind, replace(line, text=label.strip(), marked=label.strip()), replace(line, text=text, marked=marked)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
"""A year, which an entry's line holds and no section's title does."""
_VALUE = re.compile(r"\d[.,/]\d")
"""A number with a decimal point or a fraction's slash ("3.9", "3.7/4.0"): a value, which no section's title holds."""


_CREDENTIAL_NAME = re.compile(
    r"^(?:[A-Z][A-Z&/-]{1,3}|[A-Z][A-Z&/-]{1,5}[ -]?\d[\dA-Z-]*|[A-Z][A-Z&]{1,5}(?:\s+CLASS)?[ -][A-Z])$"
)
"""A credential's name in capitals: an acronym, its number after it ("CPR", "OSHA 30", "NFPA 70E", "EPA 608"), or
the letter of its class ("CDL A", "CDL-B", "CDL CLASS A")."""


def _names_listed(text: str) -> bool:
    """Whether a line in capitals lists names between commas, one word each and none a section title's word
    ("SMAW, GMAW, FCAW, GTAW" under "WELDING PROCESSES"; "CPR, BLS, ACLS"): what a section lists, not its title
    ("HONORS, AWARDS" is one)."""
    parts = [part.strip() for part in text.split(",")] if "," in text else []
    return len(parts) > 1 and all(
        len(words := part.split()) == 1 and normal(words[0]) not in SECTION_WORDS for part in parts
    )


def _one_credential(line: Line, section: Section | None) -> bool:
    """Whether ``line`` is a credential one to a line under a title of certificates ("OSHA 30" or "CPR" under
    "CERTIFICATIONS"): an acronym, with its number or not, and no section's title."""
    return section is not None and section.kind == "certificates" and bool(_CREDENTIAL_NAME.match(line.plain))


def _role_title_in_capitals(lines: list[Line], n: int, section: Section | None) -> bool:
    """Whether ``lines[n]``, in capitals under a section of roles, is a role's title set as plain-text résumés
    set it ("GENERAL MANAGER" over "Olla Roja, Austin, TX" and its dates), not a section's: a job title's word
    is among its words, it is no list item, and a date span follows on one of the next two lines, or stands on the
    line right over it ("Bluewater Animal Hospital – Tampa, FL   2019 – Present" over "PRN LVT", "RN")."""
    if section is None or section.kind not in ROLE_KINDS:
        return False
    line = lines[n]
    if line.item or line.heading or not TITLE_WORDS & set(normal(line.plain).split()):
        return False
    under_dates = n > 0 and not lines[n - 1].item and find_span(lines[n - 1].text) is not None
    return under_dates or any(not later.item and find_span(later.text) for later in lines[n + 1 : n + 3])


def _employer_in_capitals(lines: list[Line], n: int, section: Section | None) -> bool:
    """Whether ``lines[n]``, in capitals under a section of roles, is an employer's name set as an executive's
    résumé sets it ("HARBOR & PINE LOGISTICS" over "Director of Finance" and its dates), not a section's title:
    no list item, no word of sections' titles only, and the next line a role's title (a job title's word in it,
    not in capitals) with a date span on it or the line after."""
    if section is None or section.kind not in ROLE_KINDS or n + 1 >= len(lines):
        return False
    line, title = lines[n], lines[n + 1]
    if line.item or line.heading or titled_in_words(line.plain) or title.item or title.plain.isupper():
        return False
    if not TITLE_WORDS & set(normal(title.plain).split()):
        return False
    return any(not later.item and find_span(later.text) for later in lines[n + 1 : n + 3])


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9/&.+#-]{0,4}(?:\s*[/&,]\s*[A-Z][A-Z0-9/&.+#-]{0,4})*$")
"""One word of at most five capitals, as a skill or a group of skills is named ("UI", "AWS", "CI/CD", "HTML"), or
a few such joined by slashes, ampersands or commas, as skills listed one pair to a line are ("QGIS / GRASS",
"HTML & CSS")."""


def _one_of_the_list(line: Line, section: Section | None) -> bool:
    """Whether ``line``, in capitals, is one more of the skills listed one to a line above it in a PDF's type
    ("HRIS" under "Full-cycle Recruiting" in a sidebar's "Top Skills"), not a section's title: set as they are;
    or, in any document, an acronym under skills ("UI" over "SwiftUI, UIKit"), which names no kind of section."""
    if section is None or section.kind != "skills" or not section.lines:
        return False
    if _ACRONYM.match(line.plain):
        # "UI" or "AWS" over its tools, or one (or a pair, "QGIS / GRASS") to a line, in a list of skills: no
        # section's title
        return True
    if not line.size:
        return False
    above = section.lines[-1]
    return abs(above.size - line.size) < 0.1 and above.bold == line.bold and not above.item


def _look(line: Line) -> tuple[float, bool, bool] | None:
    """How a PDF line is set: its size, bold or not, capitals or not; None where the size is unknown."""
    return (round(line.size, 1), line.bold, line.plain.isupper()) if line.size else None


def _titles_look(lines: list[Line]) -> tuple[float, bool, bool] | None:
    """How the section titles of a PDF that names them by its fonts alone are set: the one look that at least
    two lines naming a kind of section share, set larger than most of its lines and used by few other lines
    (a look that role titles share would start a section at every role)."""
    named = [_look(line) for line in lines if not line.item and len(line.plain.split()) <= 8 and kind_of(line.plain)]
    looks = {look for look in named if look is not None and named.count(look) >= 2}
    if len(looks) != 1:
        return None
    (look,) = looks
    sizes = [round(line.size, 1) for line in lines if line.size]
    body = max(set(sizes), key=sizes.count) if sizes else 0.0
    others = sum(1 for line in lines if _look(line) == look) - named.count(look)
    return look if look[0] > body and others <= named.count(look) else None


def _part_of_role(line: Line, section: Section) -> bool:
    """Whether ``line`` heads a part of the role above it ("Achievements", "Key responsibilities") rather
    than a section: it names a part of a role, a dated role stands above it in a section of roles, and it
    is set below the section's title (a deeper heading, smaller, or not in capitals where the title is)."""
    title = section.title
    if section.kind not in ROLE_KINDS or not is_role_part(line.plain):
        return False
    if not any(find_span(other.text) for other in section.lines):
        return False
    return title is None or (
        bool(title.heading and (not line.heading or line.heading > title.heading))
        or (title.plain.isupper() and not line.plain.isupper())
        or title.size > line.size + 0.5
    )


def _lead_in_of_a_part(line: Line, section: Section | None) -> bool:
    """Whether ``line``, in capitals, leads into a part of the dated role above it with its colon ("KEY
    ACCOMPLISHMENTS:" over bullets, as a text copy of a federal résumé sets it): the role goes on, where a title in
    capitals alone ("ACCOMPLISHMENTS") may start a section."""
    return (
        section is not None
        and section.kind in ROLE_KINDS
        and line.plain.endswith(":")
        and is_role_part(line.plain)
        and any(find_span(other.text) for other in section.lines)
    )


def _group_of(line: Line, kind: str, section: Section) -> bool:
    """Whether ``line`` labels a group of the entries of the section it stands in rather than starting a
    section: it names the same kind (publications or skills, whose readers set such labels aside: "### Systems
    & Infrastructure" under "## Technical Skills"), and is set below the section's title (a deeper heading,
    smaller, not bold or not in capitals where the title is); a group of languages under skills does too."""
    title = section.title
    # "Languages" over "Swift, Kotlin" under "SKILLS" is a group of the skills (programming languages, or spoken
    # ones, which the skills' reader sends to the languages), no section of languages.
    grouped = section.kind == kind or (section.kind == "skills" and kind == "languages")
    if kind not in ("publications", "skills", "languages") or not grouped or title is None:
        return False
    return (
        bool(title.heading and (not line.heading or line.heading > title.heading))
        or (title.plain.isupper() and not line.plain.isupper())
        or (title.bold and not line.bold)
        or title.size > line.size + 0.5
    )


def _reads_like_roles(lines: list[Line]) -> bool:
    """Whether a section's lines are entries of work: a line that is not a list item holds dates, and
    list items without dates follow it (talks or awards listed one per dated item are not)."""
    for n, line in enumerate(lines):
        if (
            not line.item
            and find_span(line.text)
            and any(later.item and not find_span(later.text) for later in lines[n + 1 :])
        ):
            return True
    return False
