"""Skills, interests and languages → the CV's lists: labelled groups, items split at commas, spoken
languages with their levels."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from tailor.cv.importers.clues import ORGANISATION_WORDS, PERSONAL, SENTENCE_END, find_span, split_items, words_of
from tailor.cv.importers.credentials import read_credentials
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.line import BULLET, Line, goes_on_after_a_comma
from tailor.cv.importers.sections import kind_of
from tailor.lexicon import bundled_lexicon, names_a_product, skill_over_its_parts

_LABEL = re.compile(r"^([A-Z][\w &/+-]{1,30}|[A-Z][\w &/+-]{1,45}\bskills(?: and competences)?):\s+(?=\S)")
"""A label before the items of its line ("Clinical: wound care"); one naming a kind of skills may run longer
("Organisational / managerial skills:", as Europass labels them)."""


def read_list(draft: Draft, kind: str, lines: list[Line], sections: frozenset[str] = frozenset()) -> None:
    """A section of skills or interests → ``draft.data[kind]``. A labelled line of skills ("Clinical: wound care,
    IV therapy"), or a label over lines of them, gives their group (``draft.skill_groups``), unless the label names
    a product, which is a skill itself ("Excel: pivot tables"), or is "Skills" again; an
    interests' label is left out. A labelled
    line of certificates or awards among skills is read as those, unless the résumé has a section of them
    (``sections``, the kinds it has), which says them again."""
    found = draft.data.setdefault(kind, [])
    years: list[str] = []  # the years a job board set beside each skill, kept aside ("CDL Class A 10+ years")
    levels: list[str] = []  # the level a résumé builder set beside each skill, kept aside ("Procare Skillful")
    labelled = False
    labels: list[str] = []  # the labels left out, to name in the note
    group = ""  # the label on a line of its own over the lines that follow ("Natural Languages:")
    pieces = [piece for each in _rejoined(lines) for piece in _groups(each)]
    # A cloud of chips has shorter rows too ("Airway Mgmt⇥CPAP" under three chips): where a line of the section is
    # chips, a line of two names set apart is as well; and so is each of a grid of two columns, rows of two names
    # (:data:`GRID_ROWS` of them at least: "Triage⇥CPAP" alone may be a label and its item).
    pairs = sum(not line.row and _chips(line.text.split("\t"), fewest=2) for line in pieces)
    chipped = pairs >= GRID_ROWS or any(not line.row and _chips(line.text.split("\t")) for line in pieces)
    # A table whose rows name a skill a cell (a template's "Core Competencies" in three columns) does so in every
    # row: a cell there that lists a few ("Reg CC, Reg E & CIP") is no label of the cells beside it.
    named_table = sum(bool(line.row) and _names_a_cell(line.text.split("\t")) for line in pieces) >= 2
    for n, line in enumerate(pieces):
        text = line.plain
        cells = line.text.split("\t")
        if not line.row and (_chips(cells) or (chipped and _chips(cells, fewest=2))):
            text = ", ".join(_cell_name(cell) for cell in cells if cell.strip())
        if PERSONAL.match(text) or _MEMBERSHIPS.match(text):  # "Driving licence: B", "Memberships: NAVTA": no skill
            draft.leftovers.append(text)
            continue
        if line.row == 1 and not any("," in cell for cell in cells):
            continue  # a table's header ("Area | Technologies"), unless the table's first row is in it
        if (
            not line.row
            and (text.endswith(":") or line.heading or _bold_over(pieces, n) or _plain_over(pieces, n))
            and len(text.split()) <= 5
        ):
            # "Natural Languages:" on a line of its own, a sub-heading ("### Network & Security"), or a few words in
            # bold over a list in the body's type ("**Languages**" over "Swift, Kotlin"): a group's label
            group, labelled = text.rstrip(": "), True
            labels.append(group)
            continue
        label = group
        bare = [_BRACKETED.sub("", cell) for cell in cells]
        named_row = _names_a_cell(bare) or (named_table and len([cell for cell in cells if cell.strip()]) >= 3)
        if line.row and named_row and not _bold_first(line):
            # A grid of names ("Relativity | Westlaw | LexisNexis"), a skill a cell: no label among them (a
            # label is set in bold: "**Coding** | Proficient | For frontend development"). What a name says in
            # brackets ("Excel (pivot tables, INDEX/MATCH)") is part of it, no list of a label's items.
            text = ", ".join(_cell_name(cell) for cell in cells if cell.strip())
        elif (line.row or _label_column(cells)) and len(cells) > 1:  # "Databases | MySQL, PDO": a label, the items
            # The first cell labels the row as a label before a colon does its line ("Languages | English, Spanish").
            # A colon typed before the tab ("Tools:<tab>Snap-on ZEUS, PicoScope") is the label's mark, not its word.
            text, labelled, label = ", ".join(cells[1:]), True, " ".join(cells[0].split()).rstrip(" :")
            labels.append(label)
        elif found_label := _LABEL.match(text) or _BOLD_LABEL.match(line.marked):
            label = _plain_label(found_label.group(1))
            text, labelled = text[len(label) :].lstrip(" -–—:"), True
            labels.append(label)
            if found_label.re is _LABEL:
                text = line.plain[found_label.end() :]
        elif (dashed := _DASHED_LABEL.match(text)) and _sorts_skills(dashed.group(1)):
            # "Tools — Zendesk, Gainsight, Salesforce": a label that a dash sets off before its list, as a colon does.
            label = dashed.group(1)
            text, labelled = text[dashed.end() :], True
            labels.append(label)
        if labelled and label and text.count(",") >= 2:
            # "C#, Kotlin, SQL - Other: Scala, Haskell": a group's items, then the next group's under its label.
            # Only on a labelled line, or under a label: an unlabelled line after a labelled one ("Lean Six Sigma –
            # Green Belt, Kaizen, 5S") names a skill with a dash of its own.
            text = ", ".join(_SUB_LABEL.sub("", piece) for piece in _GROUP_BREAK.split(text))
        if label and kind == "skills" and lists_spoken(label, split_items(text)):
            read_languages(draft, [text])  # "Languages: English, Hindi" or "Bilingual: English / Spanish"
            if labels and labels[-1] == label:
                labels.pop()  # its label is no skills' label the note should name
            continue
        if label and kind == "skills" and (credentials := _credentials_listed(label, text)):
            # "Certifications: CITI Human Subjects Research (2024), OSHA Laboratory Safety (2024)" among the skills:
            # each a credential, as a section so titled gives them.
            if credentials in sections:
                draft.leftovers.append(line.plain)  # its own section lists them
            else:
                items = [replace(line, text=item, marked=item, item=True) for item in split_items(text)]
                read_credentials(draft, credentials, items)
            if labels and labels[-1] == label:
                labels.pop()  # its label is no skills' label the note should name
            continue
        own_label = bool(label) and label != group
        if label and kind == "skills" and (_proper_names(split_items(text)) or (own_label and _prose(text))):
            # "Archival research: Herzog August Bibliothek; National Library of Wales": where, not what;
            # "Communication: Excellent written skills; proficient in drafting reports": sentences, no list.
            draft.leftovers.append(line.plain)
            if own_label:
                labels.pop()  # its label is no skills' label the note should name
            continue
        if kind == "skills" and _RATING.search(text):
            text = _RATING.sub("", text)
            draft.note((kind,), "levels drawn as dots, stars or bars (●●●○○) were left out: skills print without them")
        items = split_items(text)
        # "Skills: Python, SQL" under Skills names no group; "Technical Skills:" beside "Soft Skills:" does.
        grouped = kind == "skills" and bool(label) and label.strip().casefold() not in ("skills", "skill")
        if kind == "skills" and label and label not in found and skill_over_its_parts(label, items):
            # "Excel: pivot tables, XLOOKUP": a label that names a product or a standard is a skill the line claims
            # before its parts; "Tools:" or "Databases:" only sorts them, and so does a field its items are kinds of
            # ("SEO: Technical SEO, Local SEO, Ahrefs"), each of which says it already.
            found.append(label)
            grouped = False
            if label in labels:
                labels.remove(label)
        if kind == "skills":
            # Each group a semicolon closes is a list of its own: "Switchgear, MCCs & VFDs; Lockout/tagout & …".
            groups = _GROUPS_APART.split(text) if ";" in text else [text]
            items = [
                item
                for group in groups
                for parts in [split_items(group)]
                for item in ([group.strip()] if _shares_a_head(parts) else _joined_apart(_heads_shared(parts)))
            ]
            if spoken := [item for item in items if _spoken_with_level(item)]:
                # "…, ePCR, Spanish (conversational)": a language spoken, with how well, at the end of skills.
                read_languages(draft, spoken)
                items = [item for item in items if item not in spoken]
        if kind == "skills":
            items = [_without_level(_without_years(item, years), levels) for item in items]
            if len(items) > 1:  # "…, PCI DSS and GDPR compliance.": the stop ends the line's list, no skill's name
                items[-1] = _without_stop(items[-1])
        if grouped:
            # "Clinical: wound care, IV therapy": the label is the group its skills print under, as written.
            for item in items:
                draft.skill_groups.setdefault(item, label)
            if label in labels:
                labels.remove(label)
        found += [item for item in items if item not in found]
    if years:
        draft.leftovers.append(f"Years beside each skill: {'; '.join(years)}")
    if levels:
        draft.leftovers.append(f"Levels beside each skill: {'; '.join(levels)}")
    if labelled and found and labels:
        named = " and ".join(f"'{label}:'" for label in dict.fromkeys(labels[:2]) if label) or "their labels"
        draft.note((kind,), f"labels such as {named} were left out: tailor lists {kind} without them")


def _without_stop(item: str) -> str:
    """``item`` without the full stop that ends the line it closes, where it is a sentence's ("GDPR compliance.",
    "KPI reporting (ADR, RevPAR)."), not an abbreviation's ("etc.", "Inc.", "S.p.A.")."""
    if not item.endswith(".") or item.endswith(".."):
        return item
    last = item.split()[-1]
    word = last.rstrip(".)")
    if last.endswith(").") or (len(word) > 4 and word.isalpha() and "." not in word):
        return item[:-1]
    return item


_YEARS_OF_IT = re.compile(r"\s*\((?P<years>\d{1,2}\+?\s+years?|less than (?:1|one) year)\)$", re.IGNORECASE)
"""The years of experience a job board's résumé (Indeed's) sets after a skill: "(10+ years)", "(Less than 1 year)"."""


def _without_years(item: str, years: list[str]) -> str:
    """``item`` without the years of experience a job board set after it, which are added to ``years``: a skill
    prints by its name, as a posting names it, not with a figure beside each."""
    found = _YEARS_OF_IT.search(item)
    if found is None or not found.start():
        return item
    name = item[: found.start()]
    years.append(f"{name} {found['years']}")
    return name


_LEVEL_OF_IT = re.compile(
    r"\s+[—–-]\s*(?P<level>novice|beginner|basic|intermediate|skill(?:ful|ed)|experienced|advanced|proficient|expert)$",
    re.IGNORECASE,
)
"""The level a résumé builder (Resume.io, Zety) sets after a skill its owner rated, past a dash: "— Expert". One in
brackets, "Python (basic)", is the owner's own word on the skill, and stays with it."""


def _without_level(item: str, levels: list[str]) -> str:
    """``item`` without the level a résumé builder set after it, which is added to ``levels``: a skill prints by its
    name, as a posting names it, not with a rating beside each."""
    found = _LEVEL_OF_IT.search(item)
    if found is None or not found.start():
        return item
    name = item[: found.start()]
    levels.append(f"{name} {found['level']}")
    return name


_NEXT_GROUP = re.compile(r"\s+[|•·]\s+(?=[A-Z][\w &/+-]{1,30}:\s+\S)|[ ]*\t\s*(?=[A-Z][\w &/+-]{1,30}:\s+\S)")
"""Where the next labelled group starts on a line of several ("WMS: Manhattan, SAP EWM | Tools: Excel"), or at a
tab, as a Word résumé sets two columns of them ("Languages: Python, Bash<tab>Cloud: AWS")."""


def _rejoined(lines: list[Line]) -> list[Line]:
    """``lines`` with each line that ends in a comma joined to the next, where the next opens no label, list item,
    heading, table row or column of its own: an e-mail or a narrow column wrapped the list there ("Software: P6,
    Procore," over "Navisworks, Excel"), and the items below are the label's still."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and not (line.item or line.column) and goes_on_after_a_comma(last, line):
            out[-1] = replace(
                last, text=f"{last.text} {line.text}", marked=f"{last.marked or last.text} {line.marked or line.text}"
            )
        else:
            out.append(line)
    return out


def _groups(line: Line) -> list[Line]:
    """A line of several labelled groups set apart by bars or dots ("Tools: Excel, Power BI | Methods: Lean,
    5S | Languages: English, Spanish") as a line for each, so each label is left out and each group read as
    what it lists, and so is a labelled group after a line's unlabelled items ("Inventory control • Loss
    prevention • Bilingual: English and Spanish": the languages are no skill); any other line as it is."""
    if line.row or ":" not in line.plain:
        return [line]
    texts = _NEXT_GROUP.split(line.text if "\t" in line.text else line.plain)  # a tab is lost in the plain text
    texts = [part for text in texts for part in _label_ends(text)]
    return [line] if len(texts) < 2 else [replace(line, text=text, marked=text) for text in texts]


_BAR = re.compile(r"\s+[|•·]\s+")


def _label_ends(text: str) -> list[str]:
    """A labelled group whose items commas part, then a bar ("WMS: Manhattan, SAP EWM | RF scanning | Excel"), as
    the group and the line's unlabelled rest: a list that commas part ends where a bar, a stronger mark, starts
    the next item. A label over items only bars part ("WMS: Manhattan | SAP EWM") labels them all."""
    label = _LABEL.match(text)
    bar = _BAR.search(text, label.end()) if label else None
    if not label or not bar or "," not in _BRACKETED.sub("", text[label.end() : bar.start()]):
        return [text]
    return [text[: bar.start()], text[bar.end() :]]


def _bold_over(lines: list[Line], n: int) -> bool:
    """Whether ``lines[n]`` is a label set in bold over the list it labels, as a sidebar sets its groups of skills
    ("**Languages**" over "Swift, Kotlin, Java"): a few words in bold, no list of their own, and under them a list
    (a line of several items, or list items) not in bold."""
    line = lines[n]
    if not line.bold or line.item or "," in line.plain or len(line.plain.split()) > 4 or n + 1 >= len(lines):
        return False
    below = lines[n + 1]
    if below.bold:
        return False
    if below.row:
        return _chips(below.text.split("\t"))  # a grid of skills under its group's name, a table's row in Word
    if "\t" in below.text:
        # Chips a PDF sets apart, wrapped over as many lines as the sidebar needs ("**SIEM**" over "Splunk ES⇥
        # Sentinel" and "QRadar⇥Sigma"): every cell down to the next label a name, three at least in all.
        chips = itertools.takewhile(lambda each: not each.bold and not each.row and not each.item, lines[n + 1 :])
        return _chips([cell for each in chips for cell in each.text.split("\t")])
    if below.item or "," in below.plain or _BAR.search(below.plain):
        return True  # a list, its items parted by commas or by bars and dots ("Opera PMS • Excel")
    # A one-row grid read a cell a line: two names or more, each a few words, none in bold, down to the next label.
    names = list(itertools.takewhile(lambda each: not each.bold and not each.row, lines[n + 1 :]))
    return len(names) >= 2 and all(_a_name(each.plain) for each in names)


_TITLE_CASE_WORD = re.compile(r"^(?:[A-Z][\w'’/-]*|&|and|of|for)$")


def _plain_over(lines: list[Line], n: int) -> bool:
    """Whether ``lines[n]`` is a label over the list it labels in a text with no bold, as a plain-text résumé sets
    its groups of skills ("Field Operations" over "Scheduling, site logistics, crane lift planning"): a few words
    capitalised as a heading is, no list of its own and no skill the lexicon knows, and under it a line of three
    items or more, or list items, where it is none."""
    line = lines[n]
    text = line.plain.strip()
    words = text.split()
    if line.bold or line.item or line.row or n + 1 >= len(lines) or not 1 <= len(words) <= 4:
        return False
    if "," in text or not all(map(_TITLE_CASE_WORD.match, words)) or bundled_lexicon().canonical(text) is not None:
        return False
    below = lines[n + 1]
    return not below.row and ((below.item and not line.item) or below.plain.count(",") >= 2)


def _label_column(cells: list[str]) -> bool:
    """Whether a line's columns are a label and the items it labels, as a PDF's table sets them apart by a gap
    ("Litigation⇥Motion practice, legal research, depositions"): a name of a few words, then a list. A number
    ("19/20", a grade from a column beside the list) names nothing."""
    label = cells[0] if len(cells) == 2 else ""
    return bool(re.search(r"[^\W\d_]", label)) and "," not in label and len(label.split()) <= 3 and "," in cells[1]


def _bold_first(line: Line) -> bool:
    """Whether a row's first cell is set in bold, as a label is."""
    first = next((cell.strip() for cell in line.marked.split("\t") if cell.strip()), "")
    return first.startswith("**") and first.endswith("**")


GRID_ROWS = 3
"""How many lines of two names set apart make a grid of two columns, each cell a skill."""


def _chips(cells: list[str], fewest: int = 3) -> bool:
    """Whether a line's columns are skills set apart by the page's style alone ("<span>Figma</span><span>Miro
    </span>"): ``fewest`` or more, each a name of a few words (a list mark before it, and the "&" or "/" that joins
    two of its words, are none: "• Benefits Administration & Open Enrollment"), none a label, a level's sentence or
    a date."""
    names = [cell for cell in cells if cell.strip()]
    return len(names) >= fewest and all(_a_name(name) for name in names)


def _names_a_cell(cells: list[str]) -> bool:
    """Whether a table's row is a grid of names, a skill a cell ("Relativity | Westlaw | LexisNexis"), none a list."""
    return _chips(cells) and not any("," in cell for cell in cells)


def _cell_name(cell: str) -> str:
    """A grid's cell as the skill it names: without the list mark that opens it ("▪ Performance Management", "✓
    Payroll"), which a grid of competencies sets in each cell as a list sets one before each item, no part of the
    name; its spaces as one."""
    return " ".join(BULLET.sub("", cell.strip(), count=1).split())


def _a_name(cell: str) -> bool:
    """Whether a cell or a line is a name of a few words (:func:`_chips`), not a level ("Advanced")."""
    name = _CELL_MARK.sub("", _cell_name(cell))
    if _A_LEVEL.fullmatch(name):
        return False
    return len(_JOINERS.sub(" ", name).split()) <= 4 and not name.endswith((":", ",")) and not _counted(name)


_A_LEVEL = re.compile(
    r"(?:native|fluent|conversational|basic|beginner|novice|elementary|intermediate|advanced|proficient|expert"
    r"|working proficiency|[abc][12])",
    re.IGNORECASE,
)
"""A cell that says how well a skill or a language is known, as a grid sets a level beside each name."""


_CELL_MARK = re.compile(r"^[•●▪■◦‣∙·*–-]\s*")
"""A list mark that opens a table's cell, as a grid of competencies bullets each."""
_JOINERS = re.compile(r"\s+(?:&|/|\+)\s+|/")
"""What joins two words of one name ("Employee Relations & Investigations", "FMLA / ADA"): no word of it."""


def _counted(name: str) -> bool:
    """Whether a cell is a date or a count ("2019 – 2022", "5+ years", "90%"), not a name: a number after a name's
    first word is part of it ("Microsoft 365", "ISO 9001", "SQL Server 2019"), and so is one a letter follows with no
    space ("8D Problem Solving", "5S", "3D Printing"), as a method's or a technique's name opens."""
    dated = find_span(name)
    return (
        (name[:1].isdigit() and not _NUMBERED_NAME.match(name))
        or (dated is not None and not re.search(r"[^\W\d_]{2}", dated.rest))
        or bool(_COUNT.search(name))
    )


_COUNT = re.compile(r"\d\s*(?:%|\+|yrs?\b|years?\b|months?\b)", re.IGNORECASE)
_NUMBERED_NAME = re.compile(
    r"\d{1,2}[^\W\d_]{1,2}\b(?<!\d(?:st|nd|rd|th))(?<!\d[hmsd])(?<!\dyr)"
    r"|\d{1,3}-(?!(?:years?|yrs?|months?|weeks?|days?|hours?)\b)[^\W\d_]{2,}"
)
"""A name that opens with a number and a letter or two, with no space between ("8D", "5S", "3D", "6S"), not an
ordinal ("2nd") or a span of time ("6h", "3yr"); or with a number hyphened to a word ("12-Lead ECG", "5-Axis
Machining"), not to a unit of time ("5-year plan")."""


_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A name's bracketed aside ("Excel (pivot tables, macros)"), left out where a cell's shape is judged."""

_MEMBERSHIPS = re.compile(
    r"^(?:professional\s+|current\s+)?(?:memberships?|affiliations?|associations|organi[sz]ations|societies|member\s+of)"
    r"\s*:",
    re.IGNORECASE,
)
"""The label of a line of the bodies one belongs to ("Memberships: NAVTA, PAVT", "Professional Affiliations: …"), as
a résumé sets one under its skills: no skills, and no field of tailor's CV holds them; kept for the owner to place."""
_BOLD_LABEL = re.compile(r"^\*\*([^*]{2,40})\*\*\s*[-–—:]\s+(?=\S)")
"""A label set in bold before a list of skills, with a dash or a colon ("**Tools & CI/CD** - Github Actions, …")."""
_DASHED_LABEL = re.compile(r"^([A-Z][\w&/+]*(?: [\w&/+]+){0,3})\s+[-–—]\s+(?=[^,()]+,)")
"""A label of a few words that a spaced dash sets off before the list it labels, items at commas ("Tools — Zendesk,
Gainsight", "Data – SQL, Looker")."""
_GROUP_BREAK = re.compile(r"\s+[-–—]\s+")
_SUB_LABEL = re.compile(r"^\**[A-Z][\w &/+-]{1,30}\**:\s+")


_RATING = re.compile(r"\s*[●○◉◯⬤⚫⚪•◦★☆✩✪■□▪▫▰▱]{3,}\s*(?=,|$)")
"""A level drawn after a skill as a row of dots, stars or bars ("User Research ●●●●○", "Figma ★★★☆☆"), as
designed résumés show one: three glyphs or more, each only ever an ornament, never a word's letter."""


_JOINED = re.compile(r"\s+(?:and|&)\s+")
_ACRONYMS = re.compile(r"(?<=[A-Z]{2})s$")
_GROUPS_APART = re.compile(r"\s*;\s*(?![^()]*\))")
"""A semicolon outside brackets, which closes one list of a line's and opens the next."""


def _joined_apart(items: list[str]) -> list[str]:
    """A line's ``items`` with the last split where "and" (or "&") joins it to the list as the list's last item
    ("Python, SQL and R"), or joins a pair of names on a line of its own ("SQL & VBA"), each part a skill tailor
    knows and the whole none. Only there: where an item before the last holds an "and" too, the word is each item's
    own ("Catering and banquets, Staff training and scheduling"), as it is in "research and development", "Health
    and Safety" and "bilingual English and Spanish" anywhere; and a line of its own that pairs common words is one
    skill ("Catering and banquets"), where one that pairs products' names is two."""
    from tailor.lexicon import bundled_lexicon

    if not items or any(_JOINED.search(item) for item in items[:-1]):
        return items
    last = items[-1]
    parts = _JOINED.split(last)
    known = bundled_lexicon().names
    # an acronym's plural is the acronym: "MCCs & VFDs"
    named = [part.lower() in known or _ACRONYMS.sub("", part).lower() in known for part in parts]
    if len(parts) < 2 or last.lower() in known or not all(named):
        return items
    if len(items) == 1 and not all(names_a_product(part) for part in parts):
        return items
    return [*items[:-1], *parts]


def _shares_a_head(items: list[str]) -> bool:
    """Whether a line's ``items`` are the modifiers of one head that its last item ends with, one skill as written
    ("Soil, groundwater & soil-gas sampling" is soil, groundwater and soil-gas sampling; no "Soil" alone): each item
    but the last one word, the last a word, "and" (or "&") and the head after its own modifier, and the first word
    with that head a skill tailor knows ("soil sampling"). A list of skills ("Budgeting, forecasting & variance
    analysis") names no such skill, and stays apart."""
    from tailor.lexicon import bundled_lexicon

    if len(items) < 2 or any(len(item.split()) != 1 for item in items[:-1]):
        return False
    parts = _JOINED.split(items[-1])
    if len(parts) != 2 or len(parts[0].split()) != 1 or len(parts[1].split()) < 2:
        return False
    return f"{items[0]} {parts[1].split()[-1]}".lower() in bundled_lexicon().names


def _heads_shared(items: list[str]) -> list[str]:
    """``items`` with each run that shares one head (:func:`_shares_a_head`) joined back into the one item it was
    written as, wherever in a longer list it stands ("MIG, TIG and stick welding, Fleetio" → "MIG, TIG and stick
    welding", "Fleetio"): the run's one-word items before the item that ends it with "and" and the head."""
    out: list[str] = []
    for item in items:
        run = 0  # how many one-word items just before this one could be the run's modifiers
        while run < len(out) and len(out[-run - 1].split()) == 1:
            run += 1
        for start in range(len(out) - run, len(out)):
            if _shares_a_head([*out[start:], item]):
                out[start:] = [", ".join([*out[start:], item])]
                break
        else:
            out.append(item)
    return out


def _sorts_skills(label: str) -> bool:
    """Whether words a dash sets off before a list are a group's label: no product, standard or method's name, whose
    line names its parts or its level ("Microsoft Office — Word, Excel", "Lean Six Sigma – Green Belt, Kaizen"), and
    no language, whose line says how well it is spoken ("Spanish – fluent, French – basic")."""
    from tailor.lexicon import bundled_lexicon

    return not names_a_product(label) and label.lower() not in bundled_lexicon().spoken


def _plain_label(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def lists_spoken(label: str, items: list[str]) -> bool:
    """Whether a labelled line of skills lists the languages someone speaks: its label names languages, not
    programming ones, and none of its items is a skill tailor knows ("Languages: PHP, Go" are skills)."""
    from tailor.lexicon import bundled_lexicon

    if (kind_of(label) != "languages" and label.lower() not in _SPEAKS_SEVERAL) or "programming" in label.lower():
        return False
    lexicon = bundled_lexicon()
    known = lexicon.names.keys() - lexicon.spoken
    return not any(_LEVEL.split(item)[0].lower() in known for item in items)  # "Python (Advanced)"


def spoken_listed(line: Line) -> str | None:
    """The languages a labelled line lists, without its label, where the line is one of spoken languages
    ("Languages: English (native), Spanish (fluent)"), as a résumé may set one under its last section, whatever
    that section holds; None for any other line."""
    found = _LABEL.match(line.plain) or _BOLD_LABEL.match(line.marked)
    if found is None:
        return None
    rest = line.plain[found.end() :] if found.re is _LABEL else line.plain[len(_plain_label(found.group(1))) :]
    rest = rest.lstrip(" -–—:")
    return rest if rest and lists_spoken(_plain_label(found.group(1)), split_items(rest)) else None


_SPEAKS_SEVERAL = frozenset({"bilingual", "trilingual", "multilingual"})
"""Labels that say their line names the languages someone speaks ("Bilingual: English / Spanish")."""

_CONNECTORS = frozenset("of the and & for de der des die du la le van von di da del für".split())  # noqa: SIM905


_INSTITUTION_WORDS = ORGANISATION_WORDS | {"archive", "archives", "archiv", "bibliothek", "bibliothèque", "biblioteca"}
_JOINING_NAMES = _CONNECTORS - {"for", "and", "&"}
"""The small words that join an institution's name ("Museum of Tallinn", "Archiv der Stadt"); "for" and "and"
join products' names as often ("Microsoft Defender for Endpoint", "Search & Display Ads"), and an
institution named with them names itself with a word of :data:`_INSTITUTION_WORDS` too ("Institute for …")."""


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _credentials_listed(label: str, text: str) -> str | None:
    """The kind of credential a labelled line among the skills lists ("Certifications: CITI Human Subjects
    Research (2024)" certificates, "Honors: Dean's List" awards), or None for a group of skills. A label that names
    awards may name a field of work too ("Grants:", "Scholarships:"): an award is a name or dated, so a line of
    items more than half of which open in lower case, none dated, is that work's skills ("Grants: grant writing,
    prospect research")."""
    kind = kind_of(label)
    if kind == "awards" and not _YEAR.search(text):
        items = [re.sub(r"\([^)]*\)", "", item).strip() for item in split_items(text)]
        if 2 * sum(item[:1].islower() for item in items) > len(items):
            return None
    return kind if kind in ("certificates", "awards") else None


def _proper_names(items: list[str]) -> bool:
    """Whether a labelled line under skills lists names (of institutions, places, collections) rather than
    skills: two or more, each of two words or more, capitalised but for the small words joining them, none a
    skill tailor knows or qualified in brackets ("Python (basic)"); and half of them or more named as
    institutions are, with a word such as "Library" or "Archiv", or words joined by "of" or "der" (not "for", which
    joins a product's name as often)."""
    from tailor.lexicon import bundled_lexicon

    known = bundled_lexicon().names
    names = len(items) >= 2 and all(
        len(item.split()) >= 2
        and "(" not in item
        and item.lower() not in known
        and all(word[:1].isupper() or word.lower() in _CONNECTORS for word in item.split())
        for item in items
    )
    institutions = [item for item in items if words_of(item) & (_INSTITUTION_WORDS | _JOINING_NAMES)]
    return names and 2 * len(institutions) >= len(items)


def _prose(text: str) -> bool:
    """Whether a labelled line under skills is written in sentences, not as a list: a sentence ends inside
    it, or half its items or more run to more than five words, not counting what they hold in brackets."""
    items = [re.sub(r"\([^)]*\)", "", item) for item in split_items(text)]
    return bool(SENTENCE_END.search(text)) or 2 * sum(len(item.split()) > 5 for item in items) >= len(items) > 0


_LEVEL = re.compile(r"\s*[(:–—]\s*|\s+-\s+")
"""What sets a name apart from the level that follows it: "Spanish (fluent)", "Python: advanced"."""


_NAMED_IN_BRACKETS = re.compile(r"^(?P<name>[^()]+\((?P<aside>[^()]+)\))\s*(?:[:–—]|\s-)\s*(?P<level>\S.*)$")
"""A language's name, something in brackets after it and a level set apart after that ("Welsh (Cymraeg) – Native")."""


_NAME_IN_BRACKETS = re.compile(r"\s*[^\W\d_][^()]*\((?P<aside>(?![a-z])[^\W\d_][^()]*)\)\s*")
"""A language's name and something in brackets after it, which opens on a capital or a letter of another script:
"Polish (Polski)", "Chinese (Mandarin)", "Ukrainian (Українська)"."""
_OWN_NAME_AND_LEVEL = re.compile(
    r"(?P<name>[^\W\d_][^()]*?)\s*\((?P<own>(?![a-z])[^\W\d_][^(),]*),\s*(?P<level>[^()]+)\)"
)
"""A language's name, then in one bracket its own name, a comma and how well it is known: "Japanese (日本語, basic)"."""
_SAYS_A_LEVEL = re.compile(
    r"\d|\b(?:native|mother tongue|bilingual|fluent|fluency|conversational|basic|beginner|novice|elementary"
    r"|intermediate|advanced|proficient|proficiency|professional|working|limited|full|expert|good|excellent|fair"
    r"|business|reading|writing|written|spoken|speaker|heritage|[abc][12])\b",
    re.IGNORECASE,
)
"""What says, in a bracket after a language's name, how well it is known: a level's word, or an exam's grade
("DELF B2", "JLPT N2"). A bracket that says none is the name's ("Polski", "Mandarin")."""
_FLUENCY_WORDS = (
    r"(?:native|native speaker|mother tongue|bilingual|fluent|conversational|basic|beginner|elementary"
    r"|intermediate|upper[- ]intermediate|advanced|proficient|professional(?: working)?(?: proficiency)?"
    r"|working(?: proficiency)?|limited working(?: proficiency)?|full professional(?: proficiency)?"
    r"|[abc][12])"
)
_FLUENCY = re.compile(rf"\({_FLUENCY_WORDS}\)$|(?:\)|\w)\s*(?:[:–—]|\s-)\s*{_FLUENCY_WORDS}$", re.IGNORECASE)
"""How well a language is spoken, in brackets after its name ("(conversational)", "(native)", "(B2)") or set apart
after it, or after its own name in brackets ("Vietnamese (Tiếng Việt) — native", "German: B2")."""


def _spoken_with_level(item: str) -> bool:
    """Whether an item of a list of skills is a language someone speaks, with how well ("Spanish (conversational)",
    "German (B2)", "Vietnamese (Tiếng Việt) — native"): a language tailor knows and a level of fluency, never a
    skill's level ("Python (Advanced)")."""
    from tailor.lexicon import bundled_lexicon

    name = _LEVEL.split(item, maxsplit=1)[0]
    return name.strip().lower() in bundled_lexicon().spoken and bool(_FLUENCY.search(item))


def read_languages(draft: Draft, texts: list[str]) -> None:
    """Add the languages ``texts`` name to ``draft``, each with the fluency written beside or under it."""
    languages = draft.data.setdefault("languages", [])
    for text in texts:
        level = re.fullmatch(r"\(\s*([^()]+?)\s*\)", text.strip())
        if level and languages and not languages[-1].get("fluency"):  # "Polish" over "(conversational)"
            languages[-1]["fluency"] = level.group(1)
            continue
        if found := re.match(r"^(\w+)\s+in\s+(.+)$", text):  # "fluent in English, French"
            languages += [{"name": name, "fluency": found.group(1)} for name in split_items(found.group(2))]
            continue
        if found := _NATIVE.match(text):  # Europass's "Mother tongue(s): Greek"
            languages += [{"name": name, "fluency": found.group(1)} for name in split_items(text[found.end() :])]
            continue
        for item in [tongue for listed in split_items(_OTHER_LANGUAGES.sub("", text)) for tongue in _tongues(listed)]:
            if drawn := _RATING.search(item):  # "Spanish ●●●●○": the level as drawn is its fluency
                languages.append({"name": item[: drawn.start()].strip(), "fluency": drawn.group().strip()})
                continue
            if (named := _NAMED_IN_BRACKETS.match(item)) and not _A_LEVEL.fullmatch(named["aside"].strip()):
                # "Kazakh (Қазақ тілі) – Native": the language's own name in brackets is its name's, the level after.
                languages.append({"name": named["name"], "fluency": named["level"]})
                continue
            if (both := _OWN_NAME_AND_LEVEL.fullmatch(item.strip())) and not _SAYS_A_LEVEL.search(both["own"]):
                languages.append({"name": f"{both['name']} ({both['own'].strip()})", "fluency": both["level"].strip()})
                continue
            if (bracket := _NAME_IN_BRACKETS.fullmatch(item)) and not _SAYS_A_LEVEL.search(bracket["aside"]):
                languages.append({"name": item.strip(), "fluency": None})  # "Polish (Polski)": its name, no level
                continue
            pieces = _LEVEL.split(item, maxsplit=1)
            fluency = pieces[1] if len(pieces) > 1 else None
            if fluency and fluency.count(")") > fluency.count("("):
                fluency = fluency[: fluency.rindex(")")]  # "Spanish (fluent)": the bracket that held it
            languages.append({"name": pieces[0], "fluency": fluency})


def _tongues(item: str) -> list[str]:
    """``item`` as the languages it names: "English / Spanish" and "Italian and Greek" are two where each is a
    language tailor knows; a level after the last ("Italian and Greek (basic)") is each one's."""
    from tailor.lexicon import bundled_lexicon

    pieces = [piece.strip() for piece in _BETWEEN_TONGUES.split(item)]
    names = [_LEVEL.split(piece, maxsplit=1)[0] for piece in pieces]
    spoken = bundled_lexicon().spoken
    if len(pieces) < 2 or not all(name.lower() in spoken for name in names):
        return [item]
    level = pieces[-1][len(names[-1]) :]
    if level and pieces[:-1] == names[:-1]:
        return [piece + level for piece in pieces[:-1]] + pieces[-1:]
    return pieces


_BETWEEN_TONGUES = re.compile(r"\s*/\s*|\s+(?:and|&)\s+(?![^()]*\))")
"""What joins two languages in one item of a list: a slash, "and" or "&", outside brackets."""


_NATIVE = re.compile(r"^(mother tongue|native languages?|first language)(?:\(s\))?\s*:\s*", re.IGNORECASE)
_OTHER_LANGUAGES = re.compile(r"^(?:other|foreign|additional) languages?(?:\(s\))?\s*:\s*", re.IGNORECASE)


_KINDS_OF_TOOL = frozenset(
    {"tools", "software", "technology", "technologies", "platforms", "applications", "systems", "equipment"}
    | {"instruments", "programs"}
)
"""The last word of a title that names a kind of tool ("Authoring Tools", "Learning Technology", "EHR Systems")."""


def lists_tools(title: str, lines: list[Line]) -> bool:
    """Whether a section whose title names no kind tailor knows is a group of skills: its title, of two or three
    words, ends naming a kind of tool ("AUTHORING TOOLS", "Lab Equipment"), and it lists them, three or more
    short items with no sentence or span of dates among them (a year alone may be a version: "SCORM 2004"),
    half of them or more holding a skill tailor knows. An employer's name ending so ("MATCO TOOLS") heads a
    role's lines, which list no skills."""
    from tailor.lexicon import bundled_lexicon

    words = title.lower().rstrip(": ").split()
    if not 2 <= len(words) <= 3 or words[-1] not in _KINDS_OF_TOOL or len(lines) < 3:
        return False
    if any(len(line.plain.split()) > 6 or SENTENCE_END.search(line.plain) or _dated(line.text) for line in lines):
        return False
    lexicon = bundled_lexicon()
    known = lexicon.names.keys() - lexicon.spoken
    return 2 * sum(_holds_known(line.plain, known) for line in lines) >= len(lines)


def _dated(text: str) -> bool:
    span = find_span(text)
    return span is not None and span.end is not None


def _holds_known(text: str, known: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` holds, as whole words, the name of a skill in ``known`` (lowercase names)."""
    words = re.findall(r"[\w+#.-]+", text.lower())
    return any(" ".join(words[i:j]) in known for i in range(len(words)) for j in range(i + 1, len(words) + 1))
