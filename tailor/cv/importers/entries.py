"""A section's lines → its entries, shared by roles and degrees: a line with dates (or a table's
row) that starts one, the short lines beside it and the lines under it; and an entry's first lines → the
pieces that name a title, an organisation and a place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from tailor.cv.importers.clues import (
    CELL_SPAN,
    CELLS,
    EMPLOYMENT_TERMS,
    ORGANISATION_WORDS,
    ROLE_DETAILS,
    TOWN_AND_COUNTRY,
    Span,
    ends_sentence,
    find_span,
    is_city_and_code,
    is_clause,
    is_college_town,
    is_location,
    is_place,
    is_sentence,
    looks_like_organisation,
    looks_like_title,
    names_campus,
    normal_title,
    trim,
    words_of,
)
from tailor.cv.importers.line import Line
from tailor.cv.importers.sections import is_role_part
from tailor.places import is_region_code, stands_alone

_SEPARATORS = re.compile(r"(\s+[—–-]\s+|\s+@\s+|\s+at\s+)")
_DANGLING = re.compile(r"\s+[—–|-]$")
"""A separator a header line ends with, where the line wrapped at it ("Lincoln Elementary, Maple
Valley School District –" over "Portland, OR"): it parts the pieces of two lines, and is no piece's end."""


@dataclass
class Entry:
    header: list[Line]
    span: Span | None
    body: list[Line] = field(default_factory=list)
    paragraphs: int = 0
    """How many of the body's lines were paragraphs rather than list items."""
    qualifiers: dict[int, str] = field(default_factory=dict)
    """Body line index → the qualifier line over it ("As postdoc:"), the step of the role it belongs to."""
    fields: tuple[str, str, str] | None = None
    """(title or degree, employer or institution, location) where the layout says which is which: the
    columns of a table whose header names them."""


def is_qualifier(line: Line) -> bool:
    """A short line ending in a colon among a role's bullets ("As postdoc:"): the step of the role they belong
    to; or a line heading a part of the role ("Achievements", "Duties and responsibilities include:")."""
    if line.item or find_span(line.text):
        return False
    return (line.plain.endswith(":") and len(line.plain.split()) <= 8) or is_role_part(line.plain)


_CARRIES_ON = re.compile(r"(?:[,;]|\b(?:and|or|of|in|with|the|a|an|to|for|on|at|by|from|as|that))$")
"""How a line that a sentence wraps past ends: a comma or semicolon, or a word no sentence ends on."""


def carries_on(before: str, line: str) -> bool:
    """Whether ``line`` may carry on the sentence of the line ``before`` it: it opens in lower case, or ``before``
    ends on a comma or a word no sentence ends on (:data:`_CARRIES_ON`)."""
    return line[:1].islower() or bool(_CARRIES_ON.search(before))


def ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, with its full stop, exclamation or question mark."""
    return text.endswith((".", "!", "?"))


def _unwrapped(lines: list[Line]) -> list[Line]:
    """``lines`` with each sentence that a source wrapped over several lines (a description under a role's
    heading, hard-wrapped in a Markdown file) joined into one line. A line carries on into the next when
    the next starts in lower case or the line ends on a comma or a word no sentence ends on; the joined
    lines must end a sentence, and none may be a heading, bold, or hold dates."""
    out: list[Line] = []
    run: list[Line] = []

    def close() -> None:
        if len(run) > 1 and ends_a_sentence(run[-1].plain):
            out.append(
                replace(
                    run[0],
                    text=" ".join(line.text for line in run),
                    marked=" ".join(line.marked for line in run),
                    anchors=tuple(anchor for line in run for anchor in line.anchors),
                )
            )
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        plain = line.plain
        joinable = bool(plain) and not (line.heading or line.bold or line.item or find_span(line.text))
        if run and joinable and carries_on(run[-1].plain, plain):
            run.append(line)
            continue
        close()
        if joinable:
            run.append(line)
        else:
            out.append(line)
    close()
    return out


WRAPPED_SHARE = 0.75
"""How long a line that wrapped is, at the least, as a share of the longest line around it."""


def _rejoined(body: list[Line]) -> list[Line]:
    """A role's description written as paragraphs, each a sentence that ends with its full stop, with a line
    that does not end one joined to the sentence it began ("… in Adobe" over "Illustrator and InDesign."): the
    source wrapped it before a capital. Only where every other paragraph ends its sentence, so that a
    description written without full stops keeps its lines, and where the line is as long as the source's lines
    run (:data:`WRAPPED_SHARE` of the longest): a short one ("Led and mentored a distributed team" among
    sentences of two hundred characters) ended its claim without a full stop, and was wrapped nowhere."""
    ends = [line.plain.endswith((".", "!", "?")) for line in body]
    paragraphs = [n for n, line in enumerate(body) if not line.item]
    if len(paragraphs) < 3 or sum(not ends[n] for n in paragraphs) * 3 > len(paragraphs):
        return body
    width = max(len(line.plain) for line in body)
    out: list[Line] = []
    for n, line in enumerate(body):
        before = out[-1] if out else None
        if (
            before is not None
            and not line.item
            and not before.item
            and ends[n]
            and not before.plain.endswith((".", "!", "?", ":"))
            and len(before.plain) >= WRAPPED_SHARE * width
            and not is_qualifier(before)
            # A line of its own kind is none of a sentence's: a labelled one ("Supervisor: Dr Lee."), one set in
            # emphasis or holding dates (a title over its own lines).
            and not (_FIELD_LABEL.match(line.plain) or line.marked.startswith("*") or line.bold)
            and not (find_span(line.text) or find_span(before.text))
        ):
            out[-1] = replace(
                before,
                text=f"{before.text} {line.text}",
                marked=f"{before.marked} {line.marked}",
                anchors=before.anchors + line.anchors,
            )
            continue
        out.append(line)
    return out


def split_entries(lines: list[Line], *, labels: bool = False) -> list[Entry]:
    """Lines grouped into entries, each anchored on its date span (see the module); with ``labels`` (a role's
    bullets), a list item that labels the items nested under it is their qualifier (:func:`heads_its_items`)."""
    blocks: list[tuple[list[Line], list[Line]]] = []
    subheads: set[int] = set()  # the ids of the lines that head a group of a dated role's bullets
    for n, line in enumerate(lines):
        body = blocks[-1][1] if blocks else []
        if body and (labelled_detail(line) or ROLE_DETAILS.match(line.plain)):
            # "Tools: Figma, Notion" under a role's bullets: a detail of it, no next role's line; so is the
            # "Okay to contact this Supervisor: Yes" that closes a federal résumé's role after its duties.
            body.append(line)
            continue
        if body and _sub_heading(line, lines[n + 1] if n + 1 < len(lines) else None, blocks[-1][0]):
            body.append(line)
            subheads.add(id(line))
            continue
        # Sentences under a part of the role ("Achievements", then a paragraph each) are its bullets too; right under
        # the part's heading, so is a short one ("Duties, Accomplishments and Related Skills:" over "Administered
        # award-fee contracts."), which no next role's line ends with its full stop.
        in_part = (
            bool(body)
            and not body[-1].item
            and not find_span(line.text)
            and (is_sentence(line.plain) or (is_qualifier(body[-1]) and ends_sentence(line.plain)))
        )
        if (
            line.item
            or in_part
            or (is_qualifier(line) and blocks and (body or any(find_span(h.text) for h in blocks[-1][0])))
        ):
            if not blocks:
                blocks.append(([], []))
            blocks[-1][1].append(line)
        elif not blocks or blocks[-1][1] or _starts_entry(line, blocks[-1][0]):
            blocks.append(([line], []))
        else:
            blocks[-1][0].append(line)
    entries: list[Entry] = []
    date_first: bool | None = None
    for heads, items in blocks:
        if items and len(heads) >= 3 and not heads[-2].bold and _sub_heading(heads[-1], items[0], heads[:-1]):
            # "Project Manager  2021 – Present" / "Cascadia Builders, Portland, OR" / "**Riverside Clinic — $42M**":
            # the bold line under the role's own lines heads its first bullets.
            subheads.add(id(heads[-1]))
            heads, items = heads[:-1], [heads[-1], *items]
        heads = _unwrapped(heads)
        spans = [find_span(line.text) for line in heads]
        # Under a role's dates, a claim that ends on a year ("… zero recordable injuries since 2019") dates no role.
        spans = [
            None if span and span.end is None and any(spans[:n]) and is_clause(span.rest) else span
            for n, span in enumerate(spans)
        ]
        anchors = [n for n, s in enumerate(spans) if s]
        # Under a heading, a line after the dates that ends a sentence is the role's description.
        led = bool(heads and heads[0].heading and len(anchors) == 1)
        prose = [
            line
            for n, (line, span) in enumerate(zip(heads, spans, strict=True))
            if not span
            and (
                is_sentence(line.plain)
                or (led and n > anchors[0] and ends_sentence(line.plain))
                or (anchors and n > anchors[0] and (_listed_line(line.plain) or is_clause(line.plain)))
                # "GPA: 3.8 of a maximum 4.0", "Major: Business Administration" under the dated line of a degree whose
                # school heads it: details of the entry they follow, never the next one's title (a federal résumé's
                # form fields stay put). Where the dates open the entry, what follows them is its own already.
                or (anchors and n > anchors[0] > 0 and labelled_detail(line) and not ROLE_DETAILS.match(line.plain))
            )
        ]
        titles = [n for n, line in enumerate(heads) if line not in prose]
        if not anchors:
            # Lines that label their own title or organisation ("Project Title: …", "Client: …") head an entry of
            # their own, dated or not; other undated lines with prose go on the entry above.
            if entries and (prose or not titles) and _labelled_fields(heads) is None:
                entries[-1].body += heads + items
            else:
                entries.append(Entry([heads[n] for n in titles], None, prose + items))
            continue
        if date_first is None:
            date_first = anchors[0] == titles[0] if titles else True
        kept = [n for n in range(len(heads)) if n not in titles]  # the prose: its entry's description
        for k, anchor in enumerate(anchors):
            if date_first:  # the lines from a date on are its entry's (and any before the first date)
                upto = anchors[k + 1] if k + 1 < len(anchors) else len(heads)
                own = [n for n in range(len(heads)) if (anchor if k else -1) < n < upto or n == anchor]
            else:  # the lines up to a date are its entry's (and any after the last date)
                after = anchors[k - 1] if k else -1
                last = anchors[k + 1] if k + 1 < len(anchors) else len(heads)
                own = [
                    n for n in range(len(heads)) if after < n <= anchor or (k + 1 == len(anchors) and anchor < n < last)
                ]
                # But the description under the dates above, and what stands before it (its place), is the
                # entry above's: "Acme / Title / 2021 – Present / Austin / Sold X." then "Beta / Title / 2018 …".
                told = [n for n in own if n < anchor and n in kept]
                if k and told:
                    earlier = [n for n in own if n <= max(told)]
                    # Once its description has begun, a line of it that reads as no sentence (a bullet's
                    # line that wrapped mid-name, "… in Adobe" over "Illustrator and InDesign.") is still it.
                    entries[-1].header += [heads[n] for n in earlier if n in titles and n < min(told)]
                    entries[-1].body += [heads[n] for n in earlier if n in kept or n > min(told)]
                    own = [n for n in own if n > max(told)]
            begun = min((n for n in own if n in kept and n > anchor), default=len(heads))
            entries.append(Entry([heads[n] for n in own if n in titles and n < begun], spans[anchor]))
            entries[-1].body += [heads[n] for n in own if n in kept or n > begun]
        entries[-1].body += items
    for entry in entries:
        entry.body = _rejoined(entry.body)
        _take_qualifiers(entry, subheads, labels=labels)
        entry.paragraphs = sum(not line.item for line in entry.body)
        entry.fields = entry.fields or _labelled_fields(entry.header)
    return entries


_FIELD_LABEL = re.compile(r"^([A-Za-z][\w &/.]{1,25}?)\s*:\s*(\S.*)$")


def _labelled_fields(header: list[Line]) -> tuple[str, str, str] | None:
    """An entry's title, organisation and place where its lines label them ("Company: Infosys Limited",
    "Designation: Test Engineer", "Location: Pune"), as a table's header names its columns; None unless
    two lines or more are so labelled, one of them its title or organisation."""
    found: dict[str, str] = {}
    for line in header:
        labelled = _FIELD_LABEL.match(line.plain)
        column = _COLUMN_OF.get(normal_title(labelled.group(1))) if labelled else None
        if labelled and column and column not in found:
            found[column] = labelled.group(2).strip()
    if len(found) < 2 or not ({"title", "organisation"} & found.keys()):
        return None
    return found.get("title", ""), found.get("organisation", ""), found.get("location", "")


def labelled_detail(line: Line) -> bool:
    """Whether ``line`` is a labelled detail of an entry ("Tools: Figma, Notion", "Tech stack: Go, Postgres"): a
    label and what it holds, undated, its label none that names an entry's own title, organisation, dates or place
    ("Company: Infosys Limited", "Project Title: …" label an entry of their own, :func:`_labelled_fields`)."""
    labelled = _FIELD_LABEL.match(line.plain)
    if labelled is None or line.heading or find_span(line.text) is not None:
        return False
    label = normal_title(labelled.group(1))
    return not any(_COLUMN_OF.get(word, "details") != "details" for word in (label, *label.split()))


_LISTED = re.compile(r"\s+[|•·]\s+")


def _listed_line(text: str) -> bool:
    """A line under a role's dates listing what the work used, three short items or more between bars or dots
    ("Kotlin | Postgres | Kafka"): a line of the role's description, not its title, employer or place."""
    cells = _LISTED.split(text)
    return len(cells) >= 3 and not any(
        len(cell.split()) > 4 or is_place(cell) or looks_like_title(cell) or looks_like_organisation(cell)
        for cell in cells
    )


def _starts_entry(line: Line, before: list[Line]) -> bool:
    """Whether a heading starts the next entry after the lines ``before`` it, list items or none between
    ("- ### Lead Programmer" after a dated "- ### Senior Programmer"): they are dated, and it is not
    their sub-heading ("#### William Monroe Middle School" under "### Teacher (2013–2014)"). Dates alone over it
    (Word's résumé templates set "Aug 2020 – Present" in Heading 3 over "Teacher, Lincoln High" in Heading 2) are
    no entry yet: the heading is theirs."""
    levels = [other.heading for other in before if other.heading]
    spans = [find_span(other.text) for other in before]
    dates_alone = all(span is not None and not trim(span.rest) for span in spans)
    return bool(line.heading and any(spans) and not dates_alone) and (not levels or line.heading <= levels[0])


def _sub_heading(line: Line, following: Line | None, role: list[Line]) -> bool:
    """Whether ``line`` heads a group of the bullets of the dated ``role`` above it, as a project of an
    architect's or an engineer's role is set over what was done on it ("**Riverside Clinic — $42M, 180,000 SF**"):
    a bold line of its own, undated, no title or place, with list items right under it; not a part of the role
    ("Accomplishments:", :func:`is_qualifier`'s), nor a heading over labelled lists ("Skill Areas" over
    "Languages: Python, SQL")."""
    return (
        line.bold
        and not (line.item or line.heading or line.row or is_qualifier(line))
        and following is not None
        and following.item
        and not _FIELD_LABEL.match(following.plain.replace("*", ""))
        and find_span(line.text) is None
        and any(find_span(head.text) for head in role)
        and not (looks_like_title(line.plain) or is_place(line.plain) or is_location(line.plain))
    )


def heads_its_items(line: Line, following: Line | None) -> bool:
    """Whether the list item ``line`` is the label of the items nested under it (``following`` the first),
    as a Notion toggle's title is ("Patient experience" over its bullets): a few words with no figure and
    no full stop, or a lead-in ending in a colon. A longer item over details of its own stays a bullet."""
    if not (line.item and line.depth and following is not None and following.depth > line.depth):
        return False
    text = line.plain
    if text.endswith(":"):
        return len(text.split()) <= 8
    return len(text.split()) <= 4 and not any(ch.isdigit() for ch in text) and not text.endswith((".", "!", "?"))


def _take_qualifiers(entry: Entry, subheads: set[int], *, labels: bool) -> None:
    """Qualifier lines (and the lines in ``subheads``, by id) out of the body, each remembered over the bullets
    that follow it; with ``labels``, a list item that labels the items nested under it is their qualifier, up
    to the end of that nested list (a degree's or a credential's items keep theirs, as they keep no qualifier)."""
    body: list[Line] = []
    current = ""
    outer: tuple[int, str] | None = None  # a label's depth, and the qualifier it interrupts
    for n, line in enumerate(entry.body):
        if outer is not None and line.depth <= outer[0]:
            current, outer = outer[1], None
        if labels and heads_its_items(line, entry.body[n + 1] if n + 1 < len(entry.body) else None):
            outer = (line.depth, current)
            current = "" if is_role_part(line.plain) else line.plain.rstrip(":").strip()
            continue
        if id(line) in subheads:
            current = line.plain.strip()
            continue
        if is_qualifier(line):
            # A part of the role ("Achievements") says what kind of bullets follow, not a step of the role.
            current = "" if is_role_part(line.plain) else line.plain.rstrip(":").strip()
            continue
        if current:
            entry.qualifiers[len(body)] = current
        body.append(_without_part_label(line))
    entry.body = body


_RUN_IN = re.compile(r"^[*_]{0,2}([A-Za-z][A-Za-z &/]{1,40}?)\s*:[*_]{0,2}\s+(?=\S)")
"""A label and its colon run into the text it heads ("Duties: Performed …", "**Key Accomplishments:** Led …")."""


def _without_part_label(line: Line) -> Line:
    """``line`` without the part of the role it names run in before its text ("Duties: Performed line
    maintenance …" → "Performed line maintenance …"), as a federal résumé opens each role's paragraphs: the
    label heads the claims, as "Duties:" on a line of its own does, and is none of them."""
    text, marked = _RUN_IN.match(line.text), _RUN_IN.match(line.marked)
    if not (text and marked and is_role_part(text.group(1))):
        return line
    return replace(line, text=line.text[text.end() :], marked=line.marked[marked.end() :])


def entry_parts(entry: Entry) -> list[str]:
    """The entry's header words in pieces: its columns, and what dashes, ``@``, " at " and full stops set
    apart ("Senior Research Fellow. School of Mathematics, University of Sydney.")."""
    parts: list[str] = []
    span = entry.span
    texts = [
        _emphasis_apart(line, span.rest) if span and find_span(line.text) == span else _emphasis_apart(line)
        for line in entry.header
    ]
    texts = _carried_on([trimmed for text in texts if (trimmed := _DANGLING.sub("", text.strip()))])
    for n, text in enumerate(texts):
        cells = CELLS.split(text)
        for at, cell in enumerate(cells):
            # Full stops part the pieces of a line written as sentences, which ends with one too.
            sentences = cell.rstrip().endswith(".")
            pieces = [q for p in _separated(cell) for q in (_SENTENCE_BREAK.split(p) if sentences else [p])]
            # The employer may stand on a line of its own or in a cell of this one, past a bar or a tab.
            others = texts[:n] + texts[n + 1 :] + cells[:at] + cells[at + 1 :]
            if others and len(pieces) == 2 and _specialised(pieces, others):
                # "Office Assistant – Market Research" beside its employer's line, or "Medical Technologist –
                # Microbiology | Mercy Hospital, Joplin, MO": one title
                pieces = [cell]
            if CELL_SPAN.match(cell.strip(" ,;")):
                pieces = [cell]  # more dates ("October 2002 – November 2017, July 2022 – present"): one piece
            if sentences and pieces:
                pieces[-1] = _place_unstopped(pieces[-1])
            parts += [piece for p in pieces if (piece := trim(p))]
    return parts


def _carried_on(texts: list[str]) -> list[str]:
    """``texts`` with a line that is only the letters in brackets of the name above joined to it ("PhD candidate,
    École Polytechnique Fédérale de Lausanne" over "(EPFL)", the dates at its right), as a heading too long for its
    line wraps before the dates a right tab sets at the margin: the letters are no piece of their own."""
    out: list[str] = []
    for text in texts:
        if out and _LETTERS_ALONE.fullmatch(text) and not out[-1].endswith((":", "|")):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


_LETTERS_ALONE = re.compile(r"\((?-i:[A-Z][A-Za-z&.-]*[A-Z])\)")
"""A name's letters in brackets, alone ("(EPFL)", "(UCLA)", "(IBM)")."""


def _place_unstopped(piece: str) -> str:
    """``piece`` without the full stop that ends its line, when a place is what it ends with ("Acme, Austin,
    TX." → "Acme, Austin, TX"): the stop ends the line, it is no part of the place's name ("Acme Co." keeps it)."""
    last = piece.rpartition(",")[2].strip()
    name = last[:-1]
    if last.endswith(".") and piece.endswith(".") and is_place(name) and name.lower() not in ORGANISATION_WORDS:
        return piece[:-1]
    return piece


_FIELD_WORDS = """research technology technologies systems solutions services software networks health capital
    ventures consulting project partners"""
_NAMING_ORGANISATION = ORGANISATION_WORDS - frozenset(_FIELD_WORDS.split())
"""The organisation words that are no field of work too ("Centre", "Ltd"; not "Research", "Systems")."""


_DASHES = "—–-"
"""The dashes a line sets between a title and what follows it."""

_EMPHASIS_THEN_PLACE = re.compile(r"^(\*{1,2})(?P<emphasis>[^*]+)\1\s+(?P<rest>[^*]+)$")


def _emphasis_apart(line: Line, text: str | None = None) -> str:
    """A line's ``text`` (its whole text, or what its dates leave), with an italic or bold title set apart from
    what follows it in plain type, which a PDF reader runs into it where a tab or the right margin parted them: a
    place ("*Council Representative* Warsaw, Poland"), or an employer with its place ("**CT Technologist**
    MultiCare General Hospital, Tacoma, WA"), whose own commas would otherwise part the employer from its title."""
    text = line.text if text is None else text
    found = _EMPHASIS_THEN_PLACE.match(line.marked)
    if not found or not text.startswith(emphasis := found.group("emphasis").strip()):
        return text
    rest = text[len(emphasis) :].strip()
    if not rest or CELLS.search(text) or rest[0] in _DASHES:
        # "**Lead Technician** — Riverside Hospital, Columbus, OH": the dash already parts them (it would have
        # been left opening the employer, "— Riverside Hospital").
        return text
    if is_location(rest) or is_place(rest) or (looks_like_title(emphasis) and _employer_then_place(rest)):
        return f"{emphasis}\t{rest}"
    return text


def _employer_then_place(text: str) -> bool:
    """Whether ``text`` reads "Employer, City, ST": an organisation's name, then a place after its comma."""
    employer, comma, place = text.partition(",")
    return (
        bool(comma)
        and looks_like_organisation(employer)
        and not looks_like_title(employer)
        and (is_location(place.strip()) or is_place(place.strip()))
    )


def _specialised(pieces: list[str], others: list[str]) -> bool:
    """Whether a title line's two dashed pieces are a title and what it specialised in ("Office Assistant –
    Market Research"), the employer standing on a line of its own: the first piece reads as a title, the
    second as neither a title, an organisation nor a place, and another line of the role names an
    organisation."""
    title, more = pieces
    return (
        looks_like_title(title)
        and not (looks_like_title(more) or words_of(more) & _NAMING_ORGANISATION or is_place(more) or is_location(more))
        and not EMPLOYMENT_TERMS.match(more)  # "UX Designer — Fixed-Term Contract": how it was held, no specialism
        and any(looks_like_organisation(text) and not is_location(text) for text in others)
    )


def _separated(cell: str) -> list[str]:
    """``cell`` split at its dashes, "@" and " at ", except an " at " inside an organisation's name ("University
    of Texas at Tyler", "The Arbors at Natomas"): one that follows words naming an organisation and no job title,
    or a name opened by "The", which no job title is, or a name after a title's comma before an organisation (an
    employer's site at its host: "Toddler Teacher, Bright Horizons at Sutter Health")."""
    found = _SEPARATORS.split(cell)
    pieces = [found[0]]
    for separator, piece in zip(found[1::2], found[2::2], strict=True):
        title, comma, before = pieces[-1].rpartition(",")  # "Research Assistant, University of Texas" at …
        named = looks_like_organisation(before) or before.split()[:1] == ["The"]
        # "Toddler Teacher, Bright Horizons at Sutter Health": after a title and its comma, a name at an organisation
        # is the employer's site at its host, one name ("Software Engineer, Payments at Stripe" keeps its team).
        sited = (
            bool(comma)
            and looks_like_title(title.rsplit(",", 1)[-1])
            and all(word[:1].isupper() for word in before.split())
            and looks_like_organisation(piece.split(",", 1)[0])
        )
        if separator.strip() == "at" and (named or sited) and not looks_like_title(before):
            pieces[-1] += separator + piece
        else:
            pieces.append(piece)
    return pieces


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{4})\.\s+(?=[A-Z])")
"""A full stop after a word (not an abbreviation such as "Sr." or "Inc.") and before a capital."""


_OUTSIDE_BRACKETS_COMMA = re.compile(r"(?:(?<!\d),|,(?!\d{3}(?!\d)))(?![^()]*\))")
"""A comma that is not inside brackets ("Synple Chem (Zurich, Switzerland)" is one piece), nor a number's
("200,000 cycles")."""


def commas(text: str) -> list[str]:
    """``text`` split at its commas, except those inside brackets and the one before a university's campus
    ("University of California, San Diego" is one piece: :func:`names_campus`), unless a state follows the town
    ("University of Michigan, Ann Arbor, MI": the town and state are where it is)."""
    split = _OUTSIDE_BRACKETS_COMMA.split(text)
    pieces: list[str] = []
    for n, piece in enumerate(split):
        # A town before its state ("University of Michigan, Ann Arbor, MI") is where the university is.
        before_a_state = n + 1 < len(split) and is_place(split[n + 1].strip())
        if pieces and names_campus(pieces[-1], piece) and not before_a_state:
            pieces[-1] += "," + piece
        else:
            pieces.append(piece)
    return pieces


_LEGAL_FORM = re.compile(r"(?i:inc|llc|l\.l\.c|ltd|llp|l\.l\.p|plc|pllc|corp|co|gmbh|lp|pc|p\.c)\.?")
"""A company's legal form written alone after its name's comma ("Inc.", "LLC", "Co.")."""


def split_commas(text: str, first_words: frozenset[str], org: Any) -> tuple[str, str, str]:
    """``Title, Employer, City, Country`` → (title, employer, location)."""
    pieces = []
    for piece in (p.strip() for p in commas(text) if p.strip()):
        if pieces and _LEGAL_FORM.fullmatch(piece) and not is_region_code(piece):  # "CO" is Colorado
            pieces[-1] += f", {piece}"  # "Arctic Air Refrigeration, Inc.": the form is the name's, after its comma
        else:
            pieces.append(piece)
    place_from = len(pieces)
    while place_from > 2 and is_place(pieces[place_from - 1]):
        place_from -= 1
    if place_from == len(pieces) > 2 and is_city_and_code(pieces[-1]):
        place_from -= 1  # "Electrical Foreman, Harlan Electric Inc, Bolingbrook IL": a town and its state's code
    if place_from == len(pieces) == 2 and stands_alone(pieces[1]):
        place_from = 1  # "Senior Engineer, Remote": how it was worked, no employer
    # A city just before a country or state: "Cambridge, UK", when an employer is still left.
    city = pieces[place_from - 1] if place_from > 2 else ""
    town = is_college_town(city) or not org(city)  # "College Park, MD": a town named for its college
    if place_from < len(pieces) and city and town and len(city.split()) <= 3 and not city.isupper():
        place_from -= 1
    first = 1
    while first < place_from - 1 and not (words_of(pieces[first]) & ORGANISATION_WORDS or org(pieces[first])):
        if words_of(pieces[first]) & first_words or (first == place_from - 2 and org(pieces[first + 1])):
            # Or it is the last piece before one that names the organisation ("Physical Therapist II, Acute Care
            # & Trauma, Hennepin Healthcare"): the unit or speciality the title is of, as after the title's comma.
            first += 1
        else:
            break
    return ", ".join(pieces[:first]), ", ".join(pieces[first:place_from]), ", ".join(pieces[place_from:])


_BRACKETED_PLACE = re.compile(r"(?P<name>\S.*?)\s*\((?P<place>[^()]+)\)")


def peel_places(part: str) -> tuple[str, str]:
    """``Fleet Data Co, Manchester, UK`` → (``Fleet Data Co``, ``Manchester, UK``): the places a piece ends with,
    after a comma or in brackets (``Heartland Express Lines (Chicago IL)``, ``Acme (Remote)``)."""
    pieces = [p.strip() for p in commas(part)]
    town = TOWN_AND_COUNTRY.fullmatch(pieces[-1]) if len(pieces) > 1 else None
    if town and is_place(town["country"]) and not stands_alone(town["country"]) and is_location(pieces[-1]):
        # "Alpenrose Resort & Spa, Innsbruck (Austria)": Europass writes each place as its town, the country in
        # brackets; the town is the place's, though tailor knows no town of that name.
        return ", ".join(pieces[:-1]), pieces[-1]
    if part.endswith(")") and (bracketed := _BRACKETED_PLACE.fullmatch(part.strip())):
        name, place = bracketed["name"], bracketed["place"].strip()
        own, where = peel_places(name) if "," in name else ("", "")
        # "Amsterdam, Netherlands (Hybrid)" is a place alone; "Amazon, Seattle, WA (Remote)" a name before its town
        # and state, though no word of the name says it is no town.
        alone = (is_location(name) or is_city_and_code(name)) and not _before_town_and_state(own, where)
        if own and where and not alone:
            # A bracket after a name and its place: how the work was done there ("Acme, Austin, TX (Hybrid)"), or
            # what the name is ("Ridgeline Logistics, Joliet, IL (3PL, 410,000 sq ft DC)"), each beside its own.
            if is_place(place) or is_location(place) or is_location(f"{where} ({place})"):
                return own, f"{where} ({place})"
            return f"{own} ({place})", where
        # Not a place's own qualifier ("Amsterdam, Netherlands (Hybrid)", "Remote (Florida)"): a name's place.
        if (is_location(place) or is_city_and_code(place)) and not (is_location(name) or is_city_and_code(name)):
            return name, place
    pieces = [p.strip() for p in commas(part)]
    cut = len(pieces)
    while cut > 1 and (is_place(pieces[cut - 1]) or is_city_and_code(pieces[cut - 1])):
        cut -= 1
    if cut < len(pieces) and cut > 1 and is_location(", ".join(pieces[cut - 1 :])):
        cut -= 1  # the city before the country
    return ", ".join(pieces[:cut]), ", ".join(pieces[cut:])


def _before_town_and_state(name: str, place: str) -> bool:
    """Whether ``name``, no place tailor knows, stands before a town and its state's code ("Amazon" before "Seattle,
    WA"): a place of three pieces ends in a country's name or a region's, not in a code after a town."""
    return bool(_STATE_CODE.search(place)) and "," in place and not (is_place(name) or is_location(name))


_STATE_CODE = re.compile(r",\s*[A-Z]{2}$")


_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": (
        "role", "title", "job title", "position", "job", "designation", "degree", "qualification", "course", "project",
        "project name",
    ),
    "organisation": (
        "company", "employer", "organisation", "organization", "client", "institution", "school", "university",
        "company name", "institute", "college",
    ),
    "dates": ("period", "dates", "date", "years", "year", "when", "duration", "time", "from to"),
    "location": ("location", "place", "city", "country", "where"),
    "details": (
        "description", "responsibilities", "details", "summary", "achievements", "highlights", "notes",
        "percentage", "grade", "cgpa", "gpa", "marks", "score", "result",
        "stack", "tech stack", "tools", "technologies", "tech", "built with",
    ),
}  # fmt: skip
"""What the columns of a table of roles or degrees hold, by the names their header gives them."""
_COLUMN_OF = {name: column for column, names in _COLUMNS.items() for name in names}
_GRADE_COLUMNS = frozenset({"percentage", "grade", "cgpa", "gpa", "marks", "score", "result"})
_LABELLED_COLUMNS = _GRADE_COLUMNS | {"stack", "tech stack", "tools", "technologies", "tech", "built with"}
"""The detail columns whose name says what their cell is ("Percentage: 78.4%", a project's "Stack: dbt, DuckDB"): a
cell alone would say it no more."""


def table_entries(lines: list[Line]) -> tuple[list[Entry], list[Line]]:
    """The rows of each table whose header row names its columns ("Period | Company | Role"), as entries that
    know their fields; and the section's other lines. A row whose cells do not line up with the header's
    (an empty cell, a cell split in two) is left with the other lines, to be read as any line is."""
    entries: list[Entry] = []
    rest: list[Line] = []
    columns: list[str | None] | None = None
    heads: list[str] = []
    above: Line | None = None
    for line in lines:
        cells = line.text.split("\t")
        # A Word table's first row naming its columns ("Degree | Institute | Year | Percentage"), though not
        # marked as a header: every cell a column's name.
        first_row = line.row == 2 and (above is None or not above.row)
        above = line
        if line.row == 1 or (first_row and len(cells) >= 2 and all(_COLUMN_OF.get(normal_title(c)) for c in cells)):
            names = [_COLUMN_OF.get(normal_title(cell)) for cell in cells]
            columns = names if len({n for n in names if n}) >= 2 else None
            heads = [cell.strip() for cell in cells]
            if columns is None:
                rest.append(line)
            continue
        if not (line.row == 2 and columns is not None and len(cells) == len(columns)):
            columns = None if not line.row else columns
            rest.append(line)
            continue
        value = {column: cell for column, cell in zip(columns, cells, strict=True) if column}
        span = find_span(value.get("dates", ""))
        details = [
            # A grade's column says what the value is ("Percentage: 78.4%"), as a degree's grade line does; a
            # project's tools column what they are ("Stack: dbt, DuckDB").
            f"{head}: {cell}" if normal_title(head) in _LABELLED_COLUMNS else cell
            for column, head, cell in zip(columns, heads, line.marked.split("\t"), strict=False)
            if column == "details"
        ]
        entry = Entry([replace(line, row=0)], span, [Line(d, d, item=True) for d in details if d.strip()])
        entry.fields = (value.get("title", ""), value.get("organisation", ""), value.get("location", ""))
        entries.append(entry)
    return entries, rest
