"""What is no word of a text, blanked before it is tokenised, its length kept so that offsets still map:
list marks, web and e-mail addresses, trademark signs, "- present" of a date range, "under the supervision of";
an acronym's plural read as the acronym."""

from __future__ import annotations

import re


def blank_marks_of_text(low: str) -> str:
    """``low`` (a text, lowercased) with what is no word of it blanked or made plain, its length kept."""
    return _blank_idioms(_blank_supervised(blank_trademarks(_blank_open_ends(_blank_addresses(plain_marks(low))))))


MARKS = (
    "\u2022\u00b7\u2023\u2043\u25aa\u25ab\u25e6\u25a0\u25a1\u25cf\u25cb\u25c6\u25ba\u25b6\u27a2\u27a4\u2713\u2714\u2756"
    "\u200b\ufe0f"
)
"""List marks (•, ·, ‣, ▪, ◦, ■, ●, ◆, ►, ➢, ✓, ❖ …) and the invisible zero-width space and emoji
variation selector, which copied text leaves stuck to the word after them ("•Strong communication")."""
ARROWS = "\u2192\u27f6\u21d2\u2794\u279c\u279d\u279e\u21e8"
"""Arrows (→ ⟶ ⇒ ➔ ➜ ➝ ➞ ⇨), which lead from one thing to the next: a career changer's headline from the job held to
the one sought ("Data Analyst → Analytics Engineer"), a flow's steps ("staging → marts")."""
_PLAIN_MARKS = str.maketrans("\u2010\u2011\u2012\u2019\u02bc\u00b4" + MARKS, "---'''" + " " * len(MARKS))
"""Unicode's hyphen, non-breaking hyphen and figure dash as "-", and its apostrophes (U+2019, U+02BC) and the
acute accent typed for one (U+00B4, "supplier´s") as "'", what word processors, web pages and keyboards of
other languages put where an English keyboard types them ("data‑quality", "Master’s in Social Work"): a name
with a possessive is one skill however its apostrophe is typed; and :data:`MARKS` as spaces."""
_EN_DASH_JOINING = re.compile(r"(?<=\w)\u2013(?=\w)")
"""An en dash between two words or numbers with no space ("K–12", "end–to–end"): a hyphen to a reader."""


def sentences_apart(text: str) -> str:
    """``text`` with a full stop that two sentences run together at, no space after it ("… in Excel.Reports to the
    CFO", as a page's paragraphs or a PDF's lines joined leave them), as a line break, its length kept: a word is no
    phrase with the first word of the next sentence ("excel report"), nor one word with it ("excel.reports"). Read
    before lowercasing: a small letter's word, then a capital's of three letters or more ("Node.Js", "ASP.NET", "Ph.D",
    "St.Louis" stay)."""
    return _RUN_TOGETHER.sub("\n", text) if "." in text else text


_RUN_TOGETHER = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})")
"""A full stop between a word of small letters and a capitalised word, with no space: sentences run together. The
full stop first, the letters before it looked back at from it: a pattern that opens with a character is looked for
only where that character stands (a look-behind first is tried at every character: twenty times as slow)."""


_ACRONYM_PLURAL = re.compile(r"([A-Z][A-Z]+)s\b")
"""An acronym's plural ("ICUs", "APIs", "RNs"), which the lemma table, of words, does not know. No word
boundary before it: the pattern then costs half as much, and capitals run into a word ("getIDs") are an
acronym's plural too."""


_ACRONYM_VERB = re.compile(r"\b([A-Z][A-Z]+)['\u2019](?:d|ed|ing)\b")
"""An acronym used as a verb, its ending after an apostrophe ("QC'd their coding", "QA'ing the build")."""


def singular_acronyms(text: str) -> str:
    """``text`` with each acronym's plural as the acronym, its length kept (offsets still map): "ICUs" meets
    "ICU" as "nurses" meets "nurse"; and an acronym used as a verb ("QC'd") as the acronym, as "tested" meets
    "test". Read before lowercasing, which would make "ICUs" a word of its own."""
    if "'" in text or "\u2019" in text:
        text = _ACRONYM_VERB.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), text)
    return _ACRONYM_PLURAL.sub(r"\1 ", text) if "s" in text else text


def plain_marks(text: str) -> str:
    """``text`` with every kind of joining hyphen written as "-", the typographic apostrophe as "'" and list
    marks blanked, its length kept (offsets still map)."""
    if text.isascii():
        return text
    text = text.translate(_PLAIN_MARKS)
    return _EN_DASH_JOINING.sub("-", text) if "\u2013" in text else text


_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""A web or e-mail address: where a posting links its apply page, not words of the job."""


def _blank_addresses(text: str) -> str:
    """``text`` with every web and e-mail address blanked out, its length kept (spans still map
    to the original). An address's words ("…/apply/staff-release-engineer-122893") are no
    terms: they would count against every CV's fit and match nothing a reader sees."""
    if "@" not in text and "http" not in text and "www." not in text and "ftp:" not in text:
        return text
    return _ADDRESS.sub(lambda found: " " * len(found.group()), text)


_TRADEMARK = re.compile(r"(?<=[\w+#.])\((?:r|tm)\)|(?:(?<=\barrt)|(?<=\brt)|(?<=\br\.t\.))\s+\(r\)")
"""A registered or trade mark typed as letters against the name it marks ("Microsoft Office(R)", "Epic(TM)"),
as postings pasted from older systems write "®" and "™"; and the ARRT's code for radiography after its letters,
spaced or not ("ARRT (R)", "RT (R)(CT)"): a credential's discipline, never the language."""


def blank_trademarks(text: str) -> str:
    """``text`` (lowercase) with each mark typed as letters blanked out, its length kept: the "R" of "SAP(R)" is
    no R, the language, which a list of products would otherwise make it."""
    if "(r)" not in text and "(tm)" not in text:  # most texts: no scan at all
        return text
    return _TRADEMARK.sub(lambda found: " " * len(found.group()), text)


_OPEN_END = re.compile(
    r"(?=[\s\-–—])"  # the white space or dash each way opens with, asked before the look-behinds: half the time
    r"(?:(?<=\d)(\s*[-–—]\s*)|(?<=\d\d\d\d)(\s+(?:to|through|until|till)\s+(?:the\s+)?))(present|current|now|today)\b"
)
"""The open end of a span of dates ("2019–present", "2021 - current", "Jan 2017 to Present", "2019 through the
present"): a date, not the word "present". In words, only after a year: "3 to present" is work to be presented."""


def _blank_open_ends(text: str) -> str:
    """``text`` (lowercase) with the word that ends an open span of dates blanked out, its length kept: a
    bullet's "(2019–present)" is not a posting's "present findings"."""
    if "present" not in text and "current" not in text and "now" not in text and "today" not in text:
        return text
    return _OPEN_END.sub(lambda found: _blank_group(found, 3), text)


_SUPERVISED = re.compile(r"\bunder\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(supervision)\b|\b(supervised)\s+by\b")
"""Work done under someone's supervision ("under the supervision of a licensed psychologist", "under
ASHA-certified supervision", "under the lead tech's supervision", "supervised by the charge nurse"): the supervision
is another's."""


def _blank_supervised(text: str) -> str:
    """``text`` (lowercase) with the word that says its work was supervised blanked out, its length kept: a
    clinical fellow's "under ASHA-certified supervision" is no evidence of supervising, and a posting's "works
    under the supervision of the director" asks for none."""
    if "supervis" not in text:
        return text
    return _SUPERVISED.sub(lambda found: _blank_group(found, found.lastindex or 0), text)


def _blank_group(found: re.Match[str], group: int) -> str:
    """The text of ``found`` with its ``group`` blanked out."""
    start, end = found.start(group) - found.start(), found.end(group) - found.start()
    whole = found.group()
    return whole[:start] + " " * (end - start) + whole[end:]


_IDIOM = re.compile(
    r"\b(?:(?:cutting|bleeding)[- ]edge|state[- ]of[- ]the[- ]art|world[- ]class|best[- ]in[- ]class"
    r"|top[- ]notch)\b"
)
"""Figures of speech that praise a thing ("cutting-edge technology", "a state-of-the-art facility", "world-class
service", "a top-notch team"): none of their words is meant, and each is a word of some trade ("cut", "edge",
"art", "class")."""

_IDIOM_CUES = (
    *("g-edge", "g edge", "the-art", "the art"),
    *("d-class", "d class", "n-class", "n class", "p-notch", "p notch"),
)
"""The joints of :data:`_IDIOM`'s figures, which few other texts have ("knowledge" and "classes" have none)."""


def _blank_idioms(text: str) -> str:
    """``text`` (lowercase) with each figure of speech that only praises blanked out, its length kept: a posting's
    "cutting-edge manufacturing" asks for no cutting, and its "world-class team" for no class."""
    if not any(cue in text for cue in _IDIOM_CUES):  # most texts: no scan at all
        return text
    return _IDIOM.sub(lambda found: " " * len(found.group()), text)
