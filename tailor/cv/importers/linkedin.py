"""A LinkedIn data export ("Get a copy of your data": the ``.zip``, or its folder) → a draft.

The export is one CSV file per part of the profile; each is optional (an export without
Positions.csv, LinkedIn's first and smaller archive, gets a CHECK saying so), and each is
read by its column names (some files open with a few lines of notes before
their header row):

========================  ================================================================
``Profile.csv``           First Name, Last Name, Headline, Summary, Geo Location, Websites,
                          Twitter Handles
``Email Addresses.csv``   Email Address, Primary
``PhoneNumbers.csv``      Number
``Positions.csv``         Company Name, Title, Description, Location, Started On, Finished On
``Volunteering.csv``      Company Name, Role, Description, Started On, Finished On
``Education.csv``         School Name, Degree Name, Start Date, End Date, Notes, Activities
``Skills.csv``            Name (without the kind LinkedIn's list adds: "Python (Programming Language)")
``Languages.csv``         Name, Proficiency
``Publications.csv``      Name, Published On, Publisher
``Certifications.csv``    Name, Authority, Started On, Finished On (when it expires)
``Honors.csv``            Title, Issued On
``Projects.csv``          Title, Description, Started On, Finished On
``Courses.csv``           (none: kept aside)
========================  ================================================================

A position's description becomes its bullets: one per line, a bullet glyph
(•, -, *, or a typed arrow or check mark: ➤, ✔, ✅) taken off; a line holding two or more bullet glyphs
between its words ("• Ran the blog • Set up GA4") is one bullet per glyph, and a line that heads those under it ("Key
achievements:") is none. The middle dot (·) is not
one: LinkedIn itself parts words with it ("Full-time · Remote"). The first website
is the CV's website, the others and the Twitter handles its profiles. Volunteering
becomes roles, as a résumé's "Volunteering" section does (the CV has no section of
its own for it), each noted; so do projects, each a role of its title under "Projects", its
description its bullets. Every other cell of a file read here that the CV has no field for (an
honour's description, a certification's licence number, a project's link, a volunteering's cause,
a course) is kept aside for the user to place, as ``File.csv, row N, Column: text``; the
export's bookkeeping (an address's "Confirmed", a phone's "Type") is not. The HTML entities
LinkedIn leaves in some cells ("R&amp;D") are read as the characters they stand for. An About (the profile's
Summary) of several paragraphs is noted: a résumé's profile has room for one.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from tailor.cv import dates
from tailor.cv.ids import bullet_id, publication_id, role_id
from tailor.cv.importers.draft import PLACEHOLDER_NAME, Draft
from tailor.cv.importers.entries import carries_on, ends_a_sentence
from tailor.errors import TailorError
from tailor.select import paragraphs

Row = dict[str, str]
_MARKS = "•●▪■◦‣➢➤►▶▸▹➔❖◆◇♦✓✔✅☑🔹🔸"
"""The marks people set before a bullet in a description, which keeps no formatting: a dot, or an arrow, a check
mark or a diamond from the keyboard's symbols or an emoji picker (one may carry the emoji presentation selector)."""
_GLYPH = re.compile(rf"^\s*(?:[{_MARKS}⁃∙·*\-–—→]\ufe0f?|\d{{1,2}}[.)])\s+")
_INLINE = re.compile(rf"(?:^|\s)[{_MARKS}]\ufe0f?(?=\s)")
"""A bullet mark between words; not the middle dot, LinkedIn's own separator ("Full-time · Remote"), nor an arrow
that points from one figure to another ("54 → 78")."""
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_URL = re.compile(r"https?://[^\s,\]]+|www\.[^\s,\]]+")
_TYPED_URL = re.compile(rf"(?:\b([A-Z]+):)?({_URL.pattern})")
"""An address of Profile.csv's Websites with the kind LinkedIn gives it ("PORTFOLIO:https://…", "COMPANY:https://…")."""


NO_POSITIONS = (
    "the export holds no Positions.csv, so none of your jobs was imported: the first, smaller archive LinkedIn sends "
    "may lack it, the complete one (ready within a day) holds it; import that one, or write your roles under "
    "experience: yourself"
)
"""The note on a LinkedIn export without positions: the first, quick archive LinkedIn sends may lack them."""


def read(path: Path) -> Draft:
    """The export at ``path`` (a .zip or a folder) as tailor's CV data.

    Raises:
        TailorError: it holds none of the export's files (not a LinkedIn export), or cannot be read.
    """
    files = _files(path)
    if not any(name in files for name in ("profile.csv", "positions.csv")):
        raise TailorError(
            f"{path} is not a LinkedIn data export: it has neither Profile.csv nor Positions.csv. On LinkedIn: "
            "Settings → Data privacy → Get a copy of your data; pass the .zip it sends you (or its folder)."
        )
    draft = Draft({}, path, "a LinkedIn export")

    read_rows: dict[str, list[Row]] = {}

    def rows(name: str, key: str) -> list[Row]:
        read_rows[name] = read_rows.get(name) or _rows(files.get(name.lower(), ""), key)
        return read_rows[name]

    profile = next(iter(rows("Profile.csv", "First Name")), {})
    emails = rows("Email Addresses.csv", "Email Address")
    primary = next((e for e in emails if e.get("Primary", "").lower() == "yes"), emails[0] if emails else {})
    phones = rows("PhoneNumbers.csv", "Number")
    typed = _TYPED_URL.findall(profile.get("Websites", ""))
    websites = [url for kind, url in typed if kind != "COMPANY"]
    # An employer's site the member listed on their profile is no address of theirs: kept aside, never printed.
    draft.leftovers += [f"Profile.csv, row 1, Websites: {url} (COMPANY)" for kind, url in typed if kind == "COMPANY"]
    handles = [h.strip() for h in profile.get("Twitter Handles", "").strip("[]").split(",") if h.strip()]
    draft.data["contact"] = {
        "name": " ".join(x for x in (profile.get("First Name"), profile.get("Last Name")) if x),
        "email": primary.get("Email Address"),
        "phone": phones[0].get("Number") if phones else None,
        "website": next(iter(websites), None),
        "location": profile.get("Geo Location"),
        # "Twitter" is the export's own word for the handles' network (its column "Twitter Handles").
        "profiles": websites[1:] + [f"Twitter: {h}" for h in handles],
    }
    if not draft.data["contact"]["name"]:
        draft.data["contact"]["name"] = PLACEHOLDER_NAME
        draft.note(("contact", "name"), "the export has no name (Profile.csv): write yours")
    draft.data["headline"] = profile.get("Headline")
    draft.data["summary"] = profile.get("Summary")
    if (count := len(paragraphs(profile.get("Summary", "")))) > 1:
        draft.note(("summary",), ABOUT_PARAGRAPHS.format(paragraphs=count))
    ids: set[str] = set()
    if "positions.csv" not in files:
        draft.note(("experience",), NO_POSITIONS)
    for row in rows("Positions.csv", "Company Name"):
        _role(draft, ids, row, row.get("Company Name", ""), row.get("Title", ""))
    for row in rows("Volunteering.csv", "Company Name"):
        _role(draft, ids, row, row.get("Company Name", ""), row.get("Role", ""), section=VOLUNTEERING)
    draft.data["education"] = [_degree(draft, n, row) for n, row in enumerate(rows("Education.csv", "School Name"))]
    draft.data["skills"] = [_without_its_kind(r["Name"]) for r in rows("Skills.csv", "Name") if r.get("Name")]
    draft.data["languages"] = [
        {"name": r["Name"], "fluency": r.get("Proficiency")} for r in rows("Languages.csv", "Name") if r.get("Name")
    ]
    draft.data["publications"] = _publications(draft, rows("Publications.csv", "Name"), ids)
    draft.data["certificates"] = [
        _certificate(draft, n, r) for n, r in enumerate(rows("Certifications.csv", "Name"), start=1) if r.get("Name")
    ]
    draft.data["awards"] = [
        {"name": r["Title"], "date": r.get("Issued On")} for r in rows("Honors.csv", "Title") if r.get("Title")
    ]
    for row in rows("Projects.csv", "Title"):
        # A project is a role of its title under the résumé's "Projects" heading, as a JSON Resume's project of a
        # name alone is: its description its bullets, its dates its own.
        if row.get("Title"):
            _role(draft, ids, row, "", row["Title"], section=PROJECTS)
    rows("Courses.csv", "Name")
    placed = {(name, n, column) for name, column in _PLACED for n in range(len(read_rows.get(name, [])))}
    placed.add(("Email Addresses.csv", next((n for n, e in enumerate(emails) if e is primary), 0), "Email Address"))
    placed.add(("PhoneNumbers.csv", 0, "Number"))
    for name, found in read_rows.items():
        for n, row in enumerate(found, start=1):
            draft.leftovers += [
                f"{name}, row {n}, {column}: {value}"
                for column, value in row.items()
                if value and column not in _BOOKKEEPING and (name, n - 1, column) not in placed
            ]
    return draft


def _certificate(draft: Draft, n: int, row: dict[str, str]) -> dict[str, str | None]:
    """A certificate of row ``n``: LinkedIn's "Finished On" is when it expires, kept aside where it would be no
    expiry (before it was gained, or a date tailor would not read)."""
    certificate = {"name": row["Name"], "issuer": row.get("Authority"), "date": row.get("Started On")}
    if expires := row.get("Finished On"):
        if dates.readable_after(certificate["date"], expires):
            certificate["expires"] = expires
        else:
            draft.leftovers.append(f"Certifications.csv, row {n}, Finished On: {expires}")
    return certificate


_PLACED = {
    (name, column)
    for name, columns in {
        "Profile.csv": "First Name|Last Name|Headline|Summary|Geo Location|Websites|Twitter Handles",
        "Positions.csv": "Company Name|Title|Description|Location|Started On|Finished On",
        "Volunteering.csv": "Company Name|Role|Description|Location|Started On|Finished On",
        "Education.csv": "School Name|Degree Name|Start Date|End Date|Started On|Finished On|Notes|Activities",
        "Skills.csv": "Name",
        "Languages.csv": "Name|Proficiency",
        "Publications.csv": "Name|Published On|Publisher",
        "Certifications.csv": "Name|Authority|Started On|Finished On",
        "Honors.csv": "Title|Issued On",
        "Projects.csv": "Title|Description|Started On|Finished On",
    }.items()
    for column in columns.split("|")
}
"""(File, column) whose cells the draft holds (the primary address and the first phone number are added by row)."""
_BOOKKEEPING = frozenset({"Confirmed", "Primary", "Updated On", "Type"})
"""The export's own records about a cell (when an address was confirmed), not the owner's."""


def _files(path: Path) -> dict[str, str]:
    """Each CSV of the export by its lower-case file name, as text."""
    found: dict[str, str] = {}
    try:
        if path.is_dir():
            for file in path.rglob("*.csv"):
                found.setdefault(file.name.lower(), file.read_bytes().decode("utf-8-sig", errors="replace"))
        else:
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if name.lower().endswith(".csv"):
                        text = archive.read(name).decode("utf-8-sig", errors="replace")
                        found.setdefault(Path(name).name.lower(), text)
    except (OSError, zipfile.BadZipFile) as e:
        raise TailorError(f"{path} cannot be read as a LinkedIn export: {e}.") from None
    return found


def _rows(text: str, key: str) -> list[Row]:
    """The rows of a CSV whose header row names ``key``, after any lines of notes above it."""
    lines = text.splitlines(keepends=True)
    for start, line in enumerate(lines[:10]):
        if key.lower() in line.lower():
            reader = csv.DictReader(io.StringIO("".join(lines[start:])))
            # A row longer than the header puts its extra cells in a list under None: not a column. LinkedIn leaves
            # some characters as the HTML entities its pages wrote them with ("R&amp;D", "team&#39;s"): the text
            # the user typed has the characters.
            return [
                {k.strip(): html.unescape(v or "").strip() for k, v in row.items() if isinstance(k, str)}
                for row in reader
            ]
    return []


_SUBHEADING_WORDS = 5


def _is_subheading(line: str) -> bool:
    """Whether a description's line heads the lines under it ("Key achievements:", "Responsibilities:"): a few
    words ending in a colon, with no bullet glyph before them. It is no claim of its own, so no bullet."""
    text = line.strip()
    return text.endswith((":", "：")) and len(text.split()) <= _SUBHEADING_WORDS and not _GLYPH.match(line)


def _unwrapped(description: str) -> list[str]:
    """A description's lines that are not blank nor headings of the lines under them, each sentence that it
    wrapped over several lines (a description pasted from a résumé keeps its line breaks) joined into one: a line
    with no bullet glyph carries on the line before it where :func:`carries_on` says it may, and where the
    joined lines end a sentence or each but the last ends on a word no sentence ends on ("… roofs and" over
    "interiors"). Lines that each open in lower case and end no sentence are bullets written so, each its own."""
    runs: list[list[str]] = []
    for line in description.splitlines():
        if not line.strip() or _is_subheading(line):
            continue
        if runs and not _GLYPH.match(line) and carries_on(runs[-1][-1].strip(), line.strip()):
            runs[-1].append(line.strip())
        else:
            runs.append([line.rstrip()])
    out: list[str] = []
    for run in runs:
        if ends_a_sentence(run[-1]) or all(carries_on(before, "") for before in run[:-1]):
            out.append(" ".join(run))
        else:
            out += run
    return out


def _lines(description: str) -> list[str]:
    """A description's lines (:func:`_unwrapped`), each without the bullet glyph it may start with; a line with
    two or more bullet glyphs between its words is one line per glyph. A line that heads the lines under it ("Key
    achievements:") is none of them: the bullets stay in the role, as a résumé's "Achievements" part does."""
    out = []
    for line in _unwrapped(description):
        parts = _INLINE.split(line) if len(_INLINE.findall(line)) >= 2 else [line]
        # "Key achievements: • Covered … • Filed …": the heading may run into its bullets on one line.
        out += [_GLYPH.sub("", part).strip() for part in parts if part.strip() and not _is_subheading(part)]
    return out


VOLUNTEERING = "Volunteer Experience"
"""The résumé section of a role from Volunteering.csv (LinkedIn's own heading for it)."""
PROJECTS = "Projects"
"""The résumé section of a project from Projects.csv (LinkedIn's own heading for it)."""


def _role(draft: Draft, ids: set[str], row: Row, employer: str, title: str, *, section: str | None = None) -> None:
    experience: list[dict[str, Any]] = draft.data.setdefault("experience", [])
    exp_id = role_id(employer, title, len(experience) + 1, ids)  # a project by its title
    texts = _lines(row.get("Description", ""))
    experience.append(
        {
            "id": exp_id,
            "employer": employer or None,
            "role": title,
            "location": row.get("Location"),
            "start": row.get("Started On"),
            "end": row.get("Finished On"),
            "section": section,
            "bullets": [{"id": bullet_id(exp_id, n, ids), "text": t} for n, t in enumerate(texts, start=1)],
        }
    )
    where = ("experience", len(experience) - 1)
    if (not employer and section != PROJECTS) or not title:
        draft.note(where, "the export has no company name or title here: add it")
    if not row.get("Started On"):
        draft.note(where, "the export has no start date here: add it")
    lines = _unwrapped(row.get("Description", ""))
    glyphs = [bool(_GLYPH.match(line)) for line in lines]
    if any(len(_INLINE.findall(line)) >= 2 for line in lines):
        draft.note((*where, "bullets"), "the description ran its bullets together on a line: split at each •")
    elif len(texts) == 1 and texts[0].count(". ") >= 2:
        draft.note((*where, "bullets", 0), "the description is one paragraph: split it into one bullet per claim")
    elif any(glyphs) and not all(glyphs):
        draft.note(
            (*where, "bullets"), "some lines of the description had no bullet: check each is a bullet of its own"
        )


ABOUT_PARAGRAPHS = (
    "LinkedIn's About runs {paragraphs} paragraphs, where a résumé's profile holds two or three lines: keep the "
    "paragraph you want printed, or make each a summary of its own (a list: the résumé prints the one that fits the "
    "posting best); build --pages leaves the later ones out where the page needs their room"
)
"""The note on a LinkedIn About of several paragraphs, which a résumé's profile has no room for."""

_PICKED_SKILL = re.compile(r"(?P<name>.+?)\s+\((?:programming language|scripting language|software)\)", re.IGNORECASE)
"""A skill as LinkedIn's list names one whose name is also another thing, its kind in brackets ("Python (Programming
Language)", "Figma (Software)"): a résumé names it alone. Letters in brackets are the skill's own ("Kusto Query
Language (KQL)")."""


def _without_its_kind(skill: str) -> str:
    """``skill`` without the kind LinkedIn's list adds to its name (:data:`_PICKED_SKILL`)."""
    found = _PICKED_SKILL.fullmatch(skill.strip())
    return found.group("name") if found else skill


_PICKED_DEGREE = re.compile(
    r"^(?P<name>(?:Bachelor|Master|Doctor|Associate|Juris|Licentiate)\b[^,;()]*?)\s+[-–]\s+(?P<letters>[A-Z][A-Za-z.]{1,7})"
    r"(?=,|$)"
)
"""A degree as LinkedIn's list of degrees names it, its letters after a dash ("Bachelor of Science - BS", "Doctor of
Philosophy - PhD"): the name alone is what a résumé prints ("Bachelor of Science"), the letters saying it again. The
field of study picked beside it is in no column of the export."""


_LEVEL_ALONE = re.compile(r"(?:Bachelor|Master|Associate|Doctor)['’]s degree|Doctorate", re.IGNORECASE)
"""A level of degree without its name, as LinkedIn's list offers one beside the named degrees ("Bachelor's degree",
"Master's degree"): the field picked beside it is left out of the export too."""


_NAMES_ITS_FIELD = re.compile(
    r"^Juris\b|\bof\s+(?!(?:Applied\s+|Fine\s+|Liberal\s+)?(?:Arts?|Sciences?|Philosophy|Engineering|Technology"
    r"|Letters|Studies|Research)$)\w",
    re.IGNORECASE,
)
"""A degree whose name says its field, as a professional degree's does ("Doctor of Pharmacy", "Master of Social
Work", "Juris Doctor"): not one of arts, sciences, philosophy, engineering or technology, whose field is picked
beside it."""


def _without_its_letters(degree: str) -> str:
    """``degree`` without the letters LinkedIn writes after its name (:data:`_PICKED_DEGREE`), where they are the
    capitals of its words in any order (BS, MBA, PhD); a field after a dash stays ("Bachelor of Arts - History")."""
    found = _PICKED_DEGREE.match(degree)
    if found is None:
        return degree
    initials = sorted(word[0] for word in found.group("name").split() if word[0].isupper())
    if sorted(re.findall(r"[A-Z]", found.group("letters"))) != initials:
        return degree
    return found.group("name") + degree[found.end() :]


def _degree(draft: Draft, n: int, row: Row) -> dict[str, Any]:
    school = row.get("School Name", "")
    if not row.get("Degree Name"):
        draft.note(("education", n, "degree"), "the export names no degree here: write it")
    picked = row.get("Degree Name", "")
    degree = _without_its_letters(picked)
    picked_bare = degree != picked and _PICKED_DEGREE.fullmatch(picked) and not _NAMES_ITS_FIELD.search(degree)
    if picked_bare or _LEVEL_ALONE.fullmatch(picked.strip()):
        # The field of study picked beside it has no column in the export: a bare "Bachelor of Science" meets no
        # posting asking for a degree in a field.
        draft.note(
            ("education", n, "degree"),
            f"LinkedIn's export leaves out the field of study: write it after the degree, as in '{degree} in …'",
        )
    return {
        "degree": degree or school,
        "institution": school,
        "start": row.get("Start Date") or row.get("Started On"),
        "end": row.get("End Date") or row.get("Finished On"),
        "details": _lines(row.get("Notes", "")) + _lines(row.get("Activities", "")),
    }


def _publications(draft: Draft, rows: list[Row], ids: set[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        if not row.get("Name"):
            continue
        year = next(iter(_YEAR.findall(row.get("Published On", ""))), "")
        out.append(
            {
                "id": publication_id(year, row["Name"], ids),
                "year": year,
                "title": row["Name"],
                "venue": row.get("Publisher"),
            }
        )
        if not year:
            draft.note(("publications", len(out) - 1), "the export has no date here: add the year")
    return out
