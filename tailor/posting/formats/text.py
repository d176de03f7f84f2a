"""Bytes → text: the encodings postings come in, and the plain-text reader.

The order of evidence: a byte-order mark; a charset the source declares (an
HTTP header or an HTML ``<meta charset>``); valid UTF-8; a guess by
charset-normalizer; Windows-1252. Windows-1252 is the last resort and the
tie-breaker because most non-UTF-8 postings were saved on Windows in Western
Europe or the Americas, and Latin-1 text decodes the same under it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from tailor.errors import TailorError
from tailor.posting.extracted import Extracted
from tailor.running_lines import without_print_margins

SUPPORTED_FORMATS = ".txt, .md, .html, .pdf or .docx (and .doc, .odt or .rtf, with LibreOffice)"
"""For messages: what tailor reads, besides stdin and http(s) addresses."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# The WHATWG encoding standard reads these labels as Windows-1252, because pages
# that say Latin-1 or ASCII are, in practice, written in Windows-1252.
_WINDOWS_1252_ALIASES = {"iso8859-1", "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}

_WINDOWS_CODEPAGE = re.compile(r"^(?:cp|windows-?)125\d$")


def not_text(source: str) -> TailorError:
    """The error for bytes that are no text we can read."""
    return TailorError(
        f"The posting {source} is not text: it looks like a binary file in a format tailor does not read. "
        f"tailor reads postings saved as {SUPPORTED_FORMATS}, from stdin ('-') or from an http(s) address. "
        "Save the posting in one of these formats, or copy its text into a .txt file and pass that."
    )


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
"""Control characters other than tab, newlines, form feed and vertical tab: binary data."""


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode a text file's bytes, with newlines normalised to ``\\n``.

    ``declared`` is a charset the source states (HTTP header, HTML meta); it
    loses to a byte-order mark and is ignored when the bytes contradict it.

    Raises:
        TailorError: the bytes are binary data, not text.
    """
    text = _decode(data, declared)
    if text is None:
        raise not_text(source)
    controls = len(_CONTROLS.findall(text, 0, 100_000))
    if controls > max(2, min(len(text), 100_000) // 100):
        raise not_text(source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: str | None) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if declared and (codec := _codec(declared)):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # The declaration is wrong; the bytes will tell.
    if b"\x00" in data[:4096]:
        # Text without a BOM has no NUL bytes; images, archives and PDFs do.
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 decodes every byte.
        return data.decode("latin-1")


def _codec(label: str) -> str | None:
    """The Python codec for a declared charset label, or None when Python does not know it."""
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    if label.startswith("utf-16") or label.startswith("utf-32"):
        # Without a BOM (checked first) a page that says UTF-16 is not: browsers read it as UTF-8.
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _guess(data: bytes) -> str | None:
    """Decode with charset-normalizer's best guess, preferring Windows code pages among equally clean ones.

    charset-normalizer ranks encodings that decode the bytes equally cleanly in
    no useful order (it picks cp1250 for "Genève", making it "Genčve"); among
    the cleanest, a Windows code page is far likelier in a saved posting than a
    Mac or DOS one, and Windows-1252 likeliest of all.
    """
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        return None
    least_chaos = min(r.chaos for r in results)
    cleanest = [r for r in results if r.chaos <= least_chaos]
    for result in cleanest:
        if "cp1252" in result.could_be_from_charset:
            return data.decode("cp1252", errors="replace")
    for result in cleanest:
        if _WINDOWS_CODEPAGE.match(result.encoding):
            return str(result)
    return str(cleanest[0])


_TAG_PAIR = re.compile(
    r"<(a|b|i|u|em|strong|span|font|small|sup|sub|p|div|li|h[1-6])\s[^<>\n]*>([^<>\n]*)</\1\s*>", re.IGNORECASE
)
"""An HTML element with attributes around words on one line (``<a href="…" target="_blank">Apply here</a>``): markup
that a posting copied from a web page or a Markdown file carries into plain text, its address and attributes no words
of the job."""
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _without_markup(text: str) -> str:
    """``text`` with the HTML elements whose attributes it carries reduced to their words, and its ``<br>`` tags to
    line breaks: "href" and "target=_blank" are no words of the job. Other markup stays as written ("<b>daily</b>"
    gives no term; a web developer's posting may name "semantic <section> and <nav> elements")."""
    if "<" not in text:
        return text
    while (unwrapped := _TAG_PAIR.sub(r"\2", text)) != text:  # a link inside another element
        text = unwrapped
    return _LINE_BREAK_TAG.sub("\n", text)


_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])|\\$", re.MULTILINE)
"""A backslash before ASCII punctuation, or at a line's end: Markdown's escape ("we\\'re", "\\- a day's leave",
"\\_\\_\\_") and hard line break ("Job Title: HR Manager\\"), as converters from HTML write them into text that is
then saved as .txt. Plain English puts no backslash there; a Windows path's ("C:\\Users") is before a letter."""


def _without_escapes(text: str) -> str:
    """``text`` with Markdown's backslash escapes read (:data:`_ESCAPE`): the punctuation they escape stays, the
    backslash goes, so a title is "HR Manager", not "HR Manager\\", and "world\\'s" is the word "world's"."""
    return _ESCAPE.sub(lambda m: m.group(1) or "", text) if "\\" in text else text


def read_text(
    data: bytes,
    source: str,
    charset: str | None = None,
    *,
    as_html: Callable[[bytes, str, str | None], Extracted] | None = None,
) -> Extracted:
    """A plain-text posting, kept as written (its headings are found later, by heuristics) but for the HTML
    elements whose addresses and attributes it carries (:func:`_without_markup`) and Markdown's backslash escapes
    (:func:`_without_escapes`); front matter atop it (a Markdown file saved as .txt) states details and is no part
    of its text. A text that is an HTML fragment (:func:`is_html_fragment`: a description copied out of a page or
    a job list's HTML column, saved as .txt) is read by ``as_html``, the web page reader, as the page it came
    from. The text of a page printed to PDF and copied out of it is read without the browser's print header and
    footer (:func:`tailor.running_lines.print_margins`)."""
    from tailor.posting.formats.front_matter import split_front_matter

    stated, text = split_front_matter(decode(data, source, charset))
    if as_html is not None and not stated and is_html_fragment(text):
        return as_html(text.encode("utf-8"), source, "utf-8")
    return Extracted(
        text=without_print_margins(_without_entities(_without_escapes(_without_markup(text)))), stated=stated
    )


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML character reference, ended by its semicolon ("&amp;", "&#x2022;"), as a page's text copied with its
markup escaped, or Markdown (which reads them too) saved as .txt, carries: "Spine &amp; Leaf". "AT&T" and "R&D"
are no references."""


def _without_entities(text: str) -> str:
    """``text`` with its character references (:data:`_ENTITY`) read as the characters they stand for, a
    non-breaking space as a space; an unknown name ("&widget;") stays as written."""
    if "&" not in text:
        return text
    import html

    return _ENTITY.sub(lambda found: html.unescape(found.group()).replace("\xa0", " "), text)  # &nbsp;: a space


HTML_TAG = re.compile(r"</(?:p|div|li|ul|ol|h[1-6]|span|strong|b|em|table|tr|td|section)\s*>|<br\s*/?>", re.IGNORECASE)
"""A closing tag or a line-break tag: what HTML writes and prose that merely names an element ("<section>") does not.
A job list's description column holding one is HTML (:func:`tailor.posting.table.description_suffix`)."""
FRAGMENT_TAGS = 3
"""How many tags of :data:`HTML_TAG` make a text an HTML fragment (:func:`is_html_fragment`)."""
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]", re.MULTILINE)


def is_html_fragment(text: str) -> bool:
    """Whether ``text`` is HTML without its page: :data:`FRAGMENT_TAGS` or more closing tags or ``<br>``
    tags ("<p>…</p>", "<li>…</li>", "… achieved.<br><br>"), and no Markdown heading (a Markdown file may hold a
    little HTML, and reads as text). A web developer's prose that names "<section> and <nav> elements" closes
    none of them."""
    return len(HTML_TAG.findall(text, 0, 1 << 16)) >= FRAGMENT_TAGS and not _MARKDOWN_HEADING.search(text)
