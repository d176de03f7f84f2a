"""A publications section → publications: each citation's authors, year, title and venue.

A citation is read in the style it is written in: author–year (APA, Harvard: the authors, the year in
brackets, the title, the venue), notes–bibliography (Chicago, MLA: "Lastname, First." then a quoted title
and the journal with its volume and pages, or "In" the book it is a chapter of, or a book's title and its
"Place: Publisher, Year"), Vancouver (medicine and the life sciences: "Surname AB, Other C. Title. Journal.
2021;17(9):2410-25."), or a title and a venue set apart by a quotation, a year or a comma. No field
holds the authors; they are kept as a comment. Lines that label a group of citations ("Book chapters"
over the chapters) are no publications, and a line that only carries on the citation above is part of it.
"""

from __future__ import annotations

import re

from tailor.cv.ids import publication_id
from tailor.cv.importers.clues import URL
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.line import Line
from tailor.cv.importers.sections import Section, section_heading

_STARTS_WITH_YEAR = re.compile(r"^(?:19|20)\d{2}\b")
_YEAR = r"(?:19|20)\d{2}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
"""A month's name or its abbreviation, before the year a talk or a poster closes with ("…, May 2021")."""
_LEADING_YEAR = re.compile(rf"^({_YEAR})\b[.:)]?\s*(?:[—–-]\s+)?")
"""A year a citation opens with, as a list by year or a margin sets it ("2021⇥…", "2019. …", "2020 – …")."""
_YEAR_HEADING = re.compile(rf"^\(?(?:{_MONTH}\.?\s+)?((?:19|20)\d{{2}})\)?:?$")
"""A line that is a year alone: a heading over the citations of that year ("2024"), as lists by year are kept; or
a date alone, as an academic CV sets each talk's in a margin before it ("Mar 2024")."""
_EMPHASIZED_TITLE = re.compile(r"^\*(?!\*)(?P<title>[^*]+?)\*[.,:;]?\s+(?=\S)")
"""A citation that opens with its title in italics ("*A title*. A Meeting, Denver, CO"), as talks are listed."""

_DATED_PIECE = re.compile(
    rf"(?:^|[;,]\s*)(?:{_MONTH}\.?\s+(?:\d{{1,2}}(?:[-–]\d{{1,2}})?,?\s+)?)?({_YEAR})(?=\s*(?:[;,.]|$))"
)
"""A date that is a piece of a venue of its own, between semicolons or commas, as a talk or poster is cited
("Poster presented at: A Meeting; December 2021; Orlando, FL"; "Presented at: A Meeting; May 3, 2019; Denver")."""

_PATENT = re.compile(
    r"^(?P<number>(?:U\.?S\.?|EP|WO|CN|JP|DE|GB|CA)?\s*(?:Patent|Pat\.)(?:\s+(?:No\.|Application))?\s+[\w,./-]+"
    r"(?:\s+[A-Z]\d)?),?\s+[“\"](?P<title>[^”\"]+?)[,.]?[”\"],?\s*(?P<rest>.*)$"
)
"""A patent as a résumé lists it: its office's number, the title in quotation marks, then when and how it was
granted ("US Patent 11,842,317 B2, “Latching door assembly,” issued 2023 (co-inventor)")."""
_SPLIT_QUOTED = "after the quoted title"
_SPLIT_AUTHORS = "after the authors and year"
_SPLIT_VENUE = "before the journal, book or publisher"
_SPLIT_COMMA = "at the first comma"
_SPLIT_SENTENCE = "after the title's sentence"
_SPLIT_ITALICS = "after the title in italics"


def read_publications(draft: Draft, section: Section, ids: set[str]) -> None:
    """Add the publications (or talks) ``section`` lists to ``draft``, each with an id not yet in ``ids``."""
    publications = draft.data.setdefault("publications", [])
    # Talks and posters print under the résumé's own heading for them ("Invited Talks").
    apart = section_heading(section.title.plain, "other") if section.kind == "presentations" and section.title else None
    links = [link for link in (section.title.links if section.title else ()) if link.startswith("http")]
    if links:
        draft.data["publications_link"] = links[0]
    splits: list[str] = []  # how each title was told from its venue, for the note
    for text, heading_year, marked in _joined(draft, section.lines):
        if _MARKS_KEY.search(text) and not _YEAR_IN.search(text):
            # "* equal contribution; # corresponding author": the key to the authors' marks, no paper.
            draft.leftovers.append(text)
            continue
        if (link := URL.search(text)) and len(text.split()) <= 4:  # "Full list: https://…"
            draft.data.setdefault("publications_link", link.group(0))
            continue
        text = _ENUMERATOR.sub("", text)  # "30. Usui, T. … 2021.", "[12] …": the list's numbering
        year, authors, (title, venue, split) = _italic_title(text, marked) or _read(text)
        year = year or heading_year
        if authors:
            # "Keeling, P.J. & Lee, A. (2026). A title. A venue.": no field holds the authors; kept as a comment.
            draft.leftovers.append(f"Authors of '{title}': {authors}")
        splits.append(split)
        if not title.strip():  # nothing before the venue ("[Venue], [City], [Year]"): no entry to make of it
            draft.leftovers.append(text)
            continue
        publications.append(
            {
                "id": publication_id(year, title, ids),
                "year": year,
                "title": title,
                "venue": venue,
                "section": apart,
            }
        )
        if not year:
            draft.note(("publications", len(publications) - 1), "no year found: add it")
    _note_splits(draft, splits)


_MARKS_KEY = re.compile(
    r"\b(?:equal(?:ly)?\s+contribut\w*|contributed\s+equally|co-?first\s+authors?|(?:corresponding|senior|"
    r"presenting|mentored|trainee)\s+authors?)\b",
    re.IGNORECASE,
)
"""What a key to the authors' marks says ("* equal contribution; # corresponding author"), above or below a list."""
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")

_SPLITS = (_SPLIT_QUOTED, _SPLIT_ITALICS, _SPLIT_AUTHORS, _SPLIT_VENUE, _SPLIT_SENTENCE, _SPLIT_COMMA)


def _note_splits(draft: Draft, splits: list[str]) -> None:
    """Say how the titles were told from their venues, the ways used only; with a second section of
    publications, in the one note the first left."""
    earlier = [note for note in draft.notes if note.loc == ("publications",) and "were split" in note.message]
    said = [how for how in _SPLITS if how in splits or any(how in note.message for note in earlier)]
    if not said:
        return
    draft.notes = [note for note in draft.notes if note not in earlier]
    ways = ", ".join(said[:-1]) + (" or " if len(said) > 1 else "") + said[-1]
    several = len(draft.data["publications"]) > 1
    draft.note(("publications",), f"{'each title and venue were' if several else 'its title and venue were'} split "
               f"{ways}: check them")  # fmt: skip


def _italic_title(text: str, marked: str) -> tuple[str, str, tuple[str, str, str]] | None:
    """A citation (``text``, its first line as ``marked`` up, in italics and bold) that opens with its title in
    italics, no authors before it: its year, no authors, and the title and what follows it as the venue."""
    found = _EMPHASIZED_TITLE.match(marked)
    if found is None or not text.startswith(found["title"]) or len(found["title"].split()) < 2:
        return None
    title, venue = found["title"].strip().rstrip("."), text[len(found["title"]) :].strip(" .,;:")
    return (_dated_piece(venue) if venue else ""), "", (title, venue, _SPLIT_ITALICS)


def _read(text: str) -> tuple[str, str, tuple[str, str, str]]:
    """One citation's year, authors, and title, venue and how the two were told apart."""
    lead = _LEADING_YEAR.match(text)  # "2021⇥US Patent …": the year a margin sets before it
    if patent := _PATENT.match(text[lead.end() :] if lead else text):
        # "US Patent 11,842,317 B2, “A title,” issued 2023 (co-inventor).": the title quoted, the patent's number
        # and what follows the title its venue, as written; the year it was issued or filed.
        venue = f"{patent.group('number').rstrip(' ,.')}, {patent.group('rest')}".strip(" ,.")
        year = re.search(rf"\b({_YEAR})\b", patent.group("rest"))
        return (
            (year.group(1) if year else lead.group(1) if lead else ""),
            "",
            (patent.group("title"), venue, _SPLIT_QUOTED),
        )
    if read := _vancouver(text):
        return read
    if found := _CHICAGO_AUTHORS.match(text):
        rest = found.group("rest")
        read = _quoted(rest) or _before_venue(rest, start=True)
        if read is not None and _capitalised(found.group("authors")):
            year, title, venue, split = read
            return year, found.group("authors"), (title, venue, split)
    cited = _citation(text)
    if cited is not None:
        rest = cited.group("rest")
        if quoted := _quoted(rest):  # "(2013). “Cyclic Behavior of ….” ACI Structural Journal"
            _, title, venue, split = quoted
        else:
            title = _TITLE_END.split(rest, maxsplit=1)[0]
            venue, split = rest[len(title) :].strip(" ."), _SPLIT_AUTHORS
        title = title.rstrip(".")
        return cited.groupdict().get("year") or _dated_piece(venue), cited.group("authors"), (title, venue, split)
    year, link = "", ""
    # A portfolio's piece ends with a link to it ("Holiday emails for Ridgeline – jo.co/ridgeline"): no field holds
    # it, so it goes after the venue, as written, and the rest is read as any citation.
    if (end := _LINK_AFTER.search(text)) and end.start() and (URL.fullmatch(end.group(1)) or _links_words(text, end)):
        text, link = text[: end.start()], text[end.start() :].strip()
    if found := _LEADING_YEAR.match(text):
        year, text = found.group(1), text[found.end() :]
    # "Review of A Book, by Ana Ruiz. Some Quarterly 76, no. 1 (2023): 312–314.": no authors, a known venue.
    if read := _before_venue(text, start=False):
        return read[0] or year, "", (read[1], _linked(read[2], link), read[3])
    if not year and (found := _CLOSING_DATE.search(text)):
        year = found.group(1) or found.group(2)
        text = (text[: found.start()] + text[found.end() :]).strip(" ,")
    if quoted := _quoted(text):
        return year, "", (quoted[1], _linked(quoted[2], link), quoted[3])
    if led := _LED_QUOTED.match(text):
        # "Testimony before the Senate Finance Committee, “Paid Leave,” March 2021": where it was given, then the
        # quoted title; the venue is what leads to it and what follows, as written.
        venue = ", ".join(part.strip(" ,.") for part in led.group("lead", "rest") if part and part.strip(" ,."))
        return year, "", (led.group("title"), _linked(venue, link), _SPLIT_QUOTED)
    if not year and (meeting := _meeting_date(text)):
        # "A title. Oral presentation, A Meeting; March 2023; Whistler, BC.": the title is its sentence, the rest
        # the meeting as written.
        year = meeting.group(1)
        if (end := _TITLE_END.search(text, 0, meeting.start())) is not None:
            return (
                year,
                "",
                (text[: end.start()].rstrip("."), _linked(text[end.end() :].strip(" ."), link), _SPLIT_SENTENCE),
            )
    title, comma, venue = text.partition(", ")
    # A title alone ("A Pipeline from Scratch", as LinkedIn lists a publication) was split from nothing.
    return year, "", (title, _linked(venue, link), _SPLIT_COMMA if comma else "")


_CLOSING_DATE = re.compile(
    rf"\(({_YEAR})\)\.?|,?\s*((?:{_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?{_YEAR})\.?$"
)
"""The date a citation closes with, or its year in brackets: "…, The Courier, March 12, 2019", "…, May 2021", "(2019)".
The whole date is its ``year`` as written, no day left in its venue."""
_LINK_AFTER = re.compile(r"\s+[–—-]\s+(\S+)$")
"""A last piece after a spaced dash, which may be a link to the piece ("… – jo.co/ridgeline")."""


def _links_words(text: str, end: re.Match[str]) -> bool:
    """Whether the last piece ``end`` of ``text`` is the words of a link a web page set after a piece's date, one
    word in small letters ("…, October 2023 — slides", "— video"): what a site links to, kept after the venue as an
    address is, so that the date before it is read as the piece's."""
    word = end.group(1)
    return word.isalpha() and word.islower() and re.search(rf"\b{_YEAR}$", text[: end.start()]) is not None


def _linked(venue: str, link: str) -> str:
    """The venue with the link to the piece after it ("Acme blog – acme.co/post"), or the link alone."""
    return f"{venue} {link}" if venue and link else venue or link.lstrip("–—- ")


_AUTHOR_YEAR = re.compile(
    r"^(?P<authors>[^()]{2,300}?[\w.])\s*\((?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)]{1,20})?\)[.:,]?\s+"
    r"(?P<rest>(?=.*[^\W\d_]{2}).+)$"
)
"""A citation in author–year style (APA, Harvard): the authors, the year in brackets, then the title and
the venue ("Bonacolta, A.M. & Keeling, P.J. (2026) Modern microbialites …. Environmental Microbiome."). What
follows the year holds words: after a journal's "76, no. 1 (2023):" come only its pages."""
_AUTHOR_BARE_YEAR = re.compile(r"^(?P<authors>.{2,600}?\b[A-Z]\.)\s+(?P<year>(?:19|20)\d{2})[a-z]?\.\s+(?P<rest>\S.+)$")
"""The same with the year after the authors and no brackets, as the life sciences write it ("Senior, A.M. &
Nakagawa, S. 2020. A title. A journal."): the last author's initial right before the year."""
_AUTHORS_NO_YEAR = re.compile(r"^(?P<authors>.{2,600}\b[A-Z]\.)\s+(?P<rest>(?:[A-Z][\w-]|[“\"]).+)$")
"""A citation of work in press or submitted: the authors, their last initial, then the title ("Tan, J. &
Macia, L. Dietary protein increases …. Nature Communications.")."""
_ENUMERATOR = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
"""The number a numbered list of publications gives each ("30. ", "[12] ", "3) ")."""
_AUTHORS = re.compile(r"\b[A-Z]\.|\bet al\b|&|\band\b|,")
"""What a list of authors has and a title seldom does: initials, "et al.", "&", "and", commas."""
_QUOTED_TITLE = re.compile(
    r"^(?:[\"“](?P<title>[^\"”]+?)[,.]?[\"”]|「(?P<corner>[^」]+)」|『(?P<white>[^』]+)』|《(?P<book>[^》]+)》)"
    r"(?P<note>\s+\([^()]+\))?[,.、。]?"
    r"(?:(?:\s+(?:[–—-]\s+)?|(?<=[」』》、。])\s*)(?P<venue>[^\W\d_a-z].*)|\s*)$"
)
"""A title in quotation marks, as citation styles write it ("“A Title,” Venue"; a portfolio's "“A Title” – Venue"),
or in the brackets Japanese and Chinese set titles in (「…」, 『…』, 《…》), a note in brackets on what the work is
perhaps (a clip's "“A Title” (podcast series, 6 episodes), Venue"), and the venue after it; not a quoted word
that opens a title (“Heresy” in the margins: …), which lower-case words go on from."""

_WORD = r"(?:[^\W\d_]\.|[^\W\d_][\w'’-]*)"
"""A word of a name: an initial ("J.") or a word without full stops ("Varga-Lindqvist")."""
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,3}}"
_CHICAGO_AUTHORS = re.compile(
    rf"^(?P<authors>{_WORD}(?:\s{_WORD}){{0,2}},\s{_NAME}(?:,\s(?!and\s){_NAME})*(?:,?\s(?:and|&)\s{_NAME})?)"
    r"\.\s+(?P<rest>\S.*)$"
)
"""The authors as notes–bibliography styles write them: the first inverted, the others not ("Lastname,
First, and Other Name."), then a full stop."""
_PARTICLES = frozenset("and van von der den de del della di da dos das du le la al bin ibn y".split())  # noqa: SIM905
_SURNAME = rf"(?:(?:{'|'.join(sorted(_PARTICLES - {'and', 'y'}))})\s)*[^\W\d_][\w'’]*(?:[\s-][^\W\d_][\w'’]*)?"
_AUTHOR_MARKS = "*†‡#§¶"
"""What marks an author after the initials: a co-first ("*", "†"), corresponding or senior author ("#")."""
_VANCOUVER_NAME = rf"{_SURNAME}\s[A-Z]{{1,3}}(?:-[A-Z])?[{re.escape(_AUTHOR_MARKS)}]{{0,2}}"
_VANCOUVER_NAMES = re.compile(rf"{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})*(?:,?\set\sal)?")
_VANCOUVER = re.compile(rf"^(?P<authors>{_VANCOUVER_NAMES.pattern})\.\s+(?P<rest>\S.*)$")
"""The authors as Vancouver style (NLM, ICMJE) writes them: surname, then initials without full stops, a
comma between authors, "et al" perhaps, then a full stop ("Osei K, van der Berg JP, Dellinger AB.")."""
_VANCOUVER_NO_YEAR = re.compile(rf"^(?P<authors>{_VANCOUVER_NAMES.pattern})\.\s+(?P<rest>(?:[A-Z][\w-]|[“\"]).+)$")
"""A citation with no year after its authors in Vancouver style, as a talk or poster is cited ("Osei KA. A title.
Poster presented at: A Meeting; May 2021; Denver, CO.")."""
_BRACKETED_YEAR = re.compile(rf"^\({_YEAR}[a-z]?\)")
_NLM_VENUE = re.compile(
    rf"^(?P<journal>[^\W\d_a-z][^;]*?)\.?\s+(?P<year>{_YEAR})[a-z]?(?:\s[A-Z][a-z]{{2}}(?:\s\d{{1,2}})?)?(?=[;:.]|$)"
)
"""A journal as Vancouver style cites it: its name (abbreviated, perhaps with full stops), then the year, a
month and day perhaps, and after ";" or ":" its volume and pages ("Autophagy. 2021;17(9):2410-2425",
"J. Biol. Chem. 2019 Dec 3;12(3):45-9")."""

_JOURNAL = re.compile(
    rf"^(?P<venue>[^\W\d_][^()]*?\s\d+(?:\.\d+)?(?:,\s*no\.\s*\d+\S*)?\s*\((?:[^()]*\s)?(?P<year>{_YEAR})\)"
    r"(?::\s*[\w–-]+)?)\.?$"
)
"""A journal with its volume, issue, year and pages ("Speculum 98, no. 2 (2023): 411–446.")."""
_IN_BOOK = re.compile(rf"^(?P<venue>In\s+\S.*?\b(?:edited|ed\.|eds\.)\s.*?),\s*(?P<year>{_YEAR})\.?$")
"""The book a chapter is in, with its editors, pages and publisher ("In A Book, edited by A. Ruiz, 3–9.
Leiden: Brill, 2022.")."""
_PUBLISHER = re.compile(rf"^(?P<venue>[^\W\d_][^:.]{{1,40}}:\s*[^:]{{2,100}}?),\s*(?P<year>{_YEAR})\.?$")
"""A book's place and publisher ("Philadelphia: University of Pennsylvania Press, 2023.")."""
_VENUES = (_JOURNAL, _IN_BOOK, _PUBLISHER)
_TITLE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(]|[a-z]{1,4}[A-Z][a-z])")
"""Where a title's sentence ends and its venue begins: before a capital, or a name set in lower case up to a
capital, as preprint servers and some journals are named ("bioRxiv", "medRxiv", "arXiv", "eLife", "mBio")."""
_BREAK = re.compile(r"(?<=[.?!])[\"”’]?\s+")
"""Where a sentence of a citation ends, and the next (perhaps its venue) begins."""


_LED_QUOTED = re.compile(
    r"^(?P<lead>[^\"“”]{3,300}?),\s+[\"“](?P<title>[^\"”\s]+\s[^\"”]+?)[,.]?[\"”][,.]?(?:\s+(?P<rest>\S.*))?$"
)
"""A quoted title of two words or more after a lead that a comma closes ("Invited talk, A Forum, “A Title,” …"):
testimony and talks as their givers list them, where before what."""


def _meeting_date(text: str) -> re.Match[str] | None:
    """The date of a meeting a talk or poster was given at, set between semicolons (:data:`_DATED_PIECE`), or None."""
    return next((found for found in _DATED_PIECE.finditer(text) if found.group(0).startswith(";")), None)


def _dated_piece(venue: str) -> str:
    """The year of the date a venue gives as a piece of its own (:data:`_DATED_PIECE`), or ""."""
    found = _DATED_PIECE.search(venue)
    return found.group(1) if found else ""


def _venue(text: str) -> re.Match[str] | None:
    """``text`` read as a journal's, a book's or a publisher's part of a citation, or None."""
    return next((found for pattern in _VENUES if (found := pattern.match(text))), None)


def _quoted(text: str) -> tuple[str, str, str, str] | None:
    """A quoted title and what follows it: the year, the title without its quotation marks, the venue (a
    year closing it left out), and how they were split; None when ``text`` opens with no quoted title."""
    found = _QUOTED_TITLE.match(text)
    if found is None:
        return None
    # A note in brackets says what the work is ("(podcast series, 6 episodes)"): the title's, not the venue's.
    title = next(t for t in found.group("title", "corner", "white", "book") if t) + (found.group("note") or "")
    rest = (found.group("venue") or "").strip()
    if venue := _venue(rest):
        return venue.group("year"), title, venue.group("venue"), _SPLIT_QUOTED
    year = re.search(rf"\((?:[^()]*\s)?({_YEAR})\)|,\s*({_YEAR})\.?$", rest)
    return (year.group(1) or year.group(2)) if year else "", title, rest.strip(" ,."), _SPLIT_QUOTED


def _before_venue(text: str, *, start: bool) -> tuple[str, str, str, str] | None:
    """A title up to the sentence its venue starts with (a journal with its volume, "In" a book, a place and
    publisher): the year, title, venue and how they were split; None where no sentence reads as a venue.
    With ``start``, the whole of ``text`` after its authors: a quoted title goes first."""
    for found in _BREAK.finditer(text):
        if venue := _venue(text[found.end() :]):
            title = text[: found.start()].rstrip(".")
            if start and (quoted := _quoted(text[: found.start()])):
                title = quoted[1]
            return venue.group("year"), title, venue.group("venue"), _SPLIT_VENUE
    return None


def _vancouver(text: str) -> tuple[str, str, tuple[str, str, str]] | None:
    """``text`` read as a citation in Vancouver style, the authors' initials after their surnames and no
    full stops ("Osei K, Dellinger AB. A title. J Biomol Tech. 2022;33(2):e004."), or None. The title ends
    at the first sentence after which a journal and its year follow, a journal whose full stops only end
    abbreviations preferred (so a two-sentence title stays whole); the venue is the rest, as written."""
    found = _VANCOUVER.match(text)
    if found is None:
        return None
    rest = found.group("rest")
    if _BRACKETED_YEAR.match(rest):  # "Osei K, Dellinger AB. (2022). A title. …": author–year style, names as NLM's
        return None
    splits = [(brk, venue) for brk in _BREAK.finditer(rest) if (venue := _NLM_VENUE.match(rest[brk.end() :]))]
    if not splits:
        return None
    # A journal's full stops end its abbreviated words ("J. Biol. Chem."), not sentences of a title.
    abbreviated = [(b, v) for b, v in splits if all(" " not in part for part in v.group("journal").split(". ")[:-1])]
    brk, venue = (abbreviated or splits)[0]
    title, where = rest[: brk.start()].rstrip("."), rest[brk.end() :].strip().rstrip(".")
    return venue.group("year"), found.group("authors"), (title, where, _SPLIT_VENUE)


def _capitalised(authors: str) -> bool:
    """Whether ``authors`` are written as names are: every word capitalised, but for particles and "and"."""
    return all(word.lower() in _PARTICLES or word[:1].isupper() for word in authors.replace(",", " ").split())


def _citation(text: str) -> re.Match[str] | None:
    """``text`` read as a citation that opens with its authors (author–year style, or the authors alone),
    or None: the authors must read as a list of names ("Usui, T., Macleod, M.R. & Senior, A.M.")."""
    for pattern in (_AUTHOR_YEAR, _AUTHOR_BARE_YEAR, _VANCOUVER_NO_YEAR, _AUTHORS_NO_YEAR):
        found = pattern.match(text)
        if found is None:
            continue
        if _AUTHORS.search(found.group("authors")) and (pattern is _AUTHOR_YEAR or _names(found)):
            return found
        # One author as Vancouver writes names ("Osei KA."), no initial with its full stop nor a comma: read so
        # where a title and a venue follow, not when a short title stands before its venue ("Scaling ML. PyCon").
        if _VANCOUVER_NAMES.fullmatch(found.group("authors").rstrip(".")) and _TITLE_END.search(found.group("rest")):
            return found
    return None


_A_MEETING = re.compile(
    r"\b(?:conference|symposium|convention|congress|summit|colloquium|workshop|annual meeting|forum)\b", re.IGNORECASE
)
"""What names a meeting that talks are given at, in a venue after a quoted title."""


def reads_as_citation(text: str) -> bool:
    """Whether ``text``, a line of a section of another kind (an award's), is a citation: its authors before a title's
    sentence and what follows it ("Vasquez K, Whitaker J. A title. Poster, IVECCS; …"), or a talk's or poster's
    meeting date between semicolons ("…; September 2023; Denver, CO"). An award's giver after its name ("Dean's List,
    J. Smith College, 2019") is no title's sentence."""
    cited = _citation(text)
    if (cited and _TITLE_END.search(cited.group("rest"))) or _meeting_date(text) is not None:
        return True
    # "“Whiteboarding Toward Understanding,” State Science Teachers Association Annual Conference, October 2022": a
    # talk's quoted title before the meeting it was given at; a quoted award's name is given by no meeting.
    quoted = _quoted(text)
    return quoted is not None and _A_MEETING.search(quoted[2]) is not None


def _names(found: re.Match[str]) -> bool:
    """Whether a citation's authors are only names: each between commas, "&" or "and" a few words at most, every
    word capitalised but for particles and "et al." ("Testimony before the U.S." ends in an initial, but is none)."""
    names = re.split(r",|&|\band\b", re.sub(r"\bet al\b\.?", "", found.group("authors")))
    return all(len(name.split()) <= 4 and _capitalised(name) for name in names)


def _joined(draft: Draft, lines: list[Line]) -> list[tuple[str, str, str]]:
    """The section's citations, each with the year heading it stands under ("" where none) and its first line as
    marked up (:attr:`Line.marked`, its italics): the lines of each joined, group labels ("Book chapters") set
    aside, a year alone on its line taken as the heading it is."""
    out: list[tuple[str, str]] = []
    first: list[str] = []  # each citation's first line, marked up
    labels = [line for n, line in enumerate(lines) if _group_label(line, lines[n + 1 : n + 2])]
    headings = [line for line in lines if _YEAR_HEADING.match(line.plain)]
    entries = [line for line in lines if line not in labels and line not in headings]
    by_year = bool(entries) and bool(_STARTS_WITH_YEAR.match(entries[0].plain))
    # "[1] …", "2. …": a numbered list, whose lines that open with no number go on the citation above, wherever
    # it stopped ("… in human cardiomyocytes." over "Nature Communications. 2023;14:5521.").
    numbered = sum(bool(_ENUMERATOR.match(line.plain)) for line in entries) >= 2
    heading = ""
    for line in lines:
        if line in labels:
            draft.leftovers.append(line.plain)
            continue
        if line in headings:
            heading = _YEAR_HEADING.match(line.plain).group(1)  # type: ignore[union-attr]
            out.append(("", heading))  # no citation runs on across its heading
            first.append("")
            continue
        if (
            out
            and out[-1][0]
            and (
                (by_year and not _STARTS_WITH_YEAR.match(line.plain) and not URL.match(line.plain.split(": ")[-1]))
                or (not by_year and _carries_on(out[-1][0], line))
                or (numbered and _ENUMERATOR.match(out[-1][0]) and _goes_on_numbered(line))
            )
        ):
            glue = "" if out[-1][0].endswith("-") else " "
            out[-1] = (out[-1][0] + glue + line.plain, out[-1][1])
        else:
            out.append((line.plain, heading))
            first.append(line.marked)
    return [
        (piece, year, marked if len(pieces) == 1 else "")
        for (text, year), marked in zip(out, first, strict=True)
        if text
        for pieces in [_citations_in(text)]
        for piece in pieces
    ]


_NEXT_SENTENCE = re.compile(r"(?<=[.”\"])(?<!\b[A-Z]\.)\s+(?=[A-Z])")
"""Where a sentence of a paragraph ends and the next opens; not after an author's initial ("Okafor, T. J., & …")."""


def _citations_in(text: str) -> list[str]:
    """``text`` as the citations it holds, where one paragraph lists several, one after another ("US Patent …,
    issued 2023. Okafor, R., & Osei, K. (2021). A title. A venue."): a sentence that opens an author–year
    citation starts another, and the one before keeps what is before it, word for word."""
    pieces: list[str] = []
    start = 0
    for found in _NEXT_SENTENCE.finditer(text):
        rest = text[found.end() :]
        cited = _AUTHOR_YEAR.match(rest)
        if cited is not None and _AUTHORS.search(cited.group("authors")) and _names(cited):
            pieces.append(text[start : found.start()])
            start = found.end()
    return [*pieces, text[start:]]


def _group_label(line: Line, below: list[Line]) -> bool:
    """Whether ``line`` labels the citations under it ("Peer-reviewed journal articles", "Book reviews"): a
    few words, no digits or sentence, and a dated or long line under it."""
    text = line.plain
    return (
        not line.item
        and bool(below)
        and len(text.split()) <= 5
        and not re.search(r"\d|[.,;\"“”]", text.rstrip(":"))
        and (bool(re.search(_YEAR, below[0].plain)) or len(below[0].plain.split()) > 6)
    )


def _goes_on_numbered(line: Line) -> bool:
    """Whether ``line``, in a numbered list of citations, is the rest of the one above: it opens with no number
    and is no list item, link or year of its own."""
    text = line.plain
    return not (line.item or _ENUMERATOR.match(text) or URL.match(text) or _YEAR_HEADING.match(text))


def _carries_on(above: str, line: Line) -> bool:
    """Whether ``line`` is the rest of the citation ``above``, wrapped: no list item, and ``above`` stops
    where no citation ends (at a colon, a comma, an open bracket), or ``line`` holds only pages or opens in
    lower case (not a name's particle: "del Campo, J." starts the next)."""
    text = line.plain
    if line.item or URL.match(text):
        return False  # a link on a line of its own may be the list's
    words = text.split()
    lower = text[:1].islower() and not (words[0] in _PARTICLES and words[1:2] and words[1][:1].isupper())
    return (
        above.rstrip().endswith((":", ",", ";", "(", "–", "-", "&"))
        or bool(re.fullmatch(r"[\d\s–—\-.,:()ep]+", text) and not _STARTS_WITH_YEAR.match(text))
        or (lower and not URL.fullmatch(above.split()[-1]))  # "del Campo, J." opens the next authors
    )
