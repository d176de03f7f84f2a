"""Read a job posting from a file, stdin or a web address.

This module knows where the bytes come from and how much of them to accept;
:mod:`tailor.posting.formats` knows what they are (text, Markdown, HTML, PDF,
DOCX) and turns them into light Markdown (:class:`~tailor.posting.extracted.Extracted`).
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

from tailor.errors import TailorError
from tailor.posting.details import STRUCTURED, Candidate, Field
from tailor.posting.extracted import Link
from tailor.posting.formats import read_document

MAX_POSTING_BYTES = 20_000_000
"""The largest posting file, stdin or download accepted (20 MB). A posting is a few
pages of text; a PDF with a logo or two stays far below this. Files are refused
by their size before being read; stdin and downloads are read up to one byte more."""

MAX_POSTING_CHARS = 100_000
"""The most text a posting may hold once read from its format (100,000 characters, some
15,000 words or 40 pages). A real posting is a few pages: tens of thousands of characters
at most. More is not a posting, and ranking it would take a long time to say nothing."""

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+/")
"""``jobs.example.com/123``: a web address given without its scheme."""


@dataclass(frozen=True)
class Posting:
    """A job posting: where it came from, its text as light Markdown, and what its format says about it."""

    source: str
    """The path or address as given, or ``-`` for standard input."""
    text: str
    """Headings as ``#`` lines, list items as ``- `` lines, paragraphs apart by a blank line (plain text as written)."""
    stated: tuple[Candidate, ...] = ()
    """What the format states about the job (structured data, front matter, title styles, the address
    it was read from) and what the user gave by hand, best evidence first. What the posting says in
    the end, text included, is :attr:`tailor.posting.structure.Structure.details`."""
    links: tuple[Link, ...] = ()
    """The addresses the posting links to that its text leaves out (a web page's or Markdown file's
    links): where to apply, whom to write to."""

    @property
    def title(self) -> str | None:
        """The job title the format states outright (structured data, front matter, a document's title
        property); None when it states none."""
        return self._stated("title")

    @property
    def company(self) -> str | None:
        """The hiring company the format states outright (structured data, front matter); None when unknown."""
        return self._stated("company")

    def _stated(self, field: Field) -> str | None:
        return next((c.value for c in self.stated if c.field == field and c.source in STRUCTURED), None)

    @property
    def sha256(self) -> str:
        """The hex SHA-256 of :attr:`text`: a manifest records it, and ``batch`` compares it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def shown(self) -> str:
        """Where the posting came from, as a message names it: its file or address, or "standard input"."""
        return "standard input" if self.source == "-" else self.source

    @property
    def called(self) -> str:
        """The posting as a message opens on it: "The posting jobs/acme.txt", "The posting piped in on standard
        input"."""
        return f"The posting {'piped in on standard input' if self.source == '-' else self.source}"

    @property
    def stem(self) -> str:
        """A short name for output files: the file name without extension (for a URL, its last path part)."""
        if self.source == "-":
            return "posting"
        if looks_like_url(self.source):
            parts = urlsplit(self.source)
            return PurePosixPath(parts.path).stem or parts.hostname or "posting"
        table, row, number = self.source.rpartition("#row=")
        if row and number.isdigit():
            return f"{Path(table).stem}-row-{number}"  # a row of a table (tailor.posting.table)
        return Path(self.source).stem


def looks_like_url(source: str) -> bool:
    """True for ``scheme://…``, whatever the scheme (so ``ftp://`` gets a clear refusal, not "no such file")."""
    return bool(_URL.match(source))


def read_posting(source: str | Path, stdin: BinaryIO | None = None) -> Posting:
    """Read the posting at ``source``: a path, an http(s) address, or ``-`` for ``stdin``.

    Raises:
        TailorError: the posting is missing, unreadable, too large, empty, or in a format tailor
            cannot read; the message says which, and what to do.
    """
    name = str(source)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _check(stream.read(MAX_POSTING_BYTES + 1), name)
        extracted = read_document(data, name)
    elif looks_like_url(name):
        from tailor.posting.fetch import fetch  # urllib, http.client and ssl: only when fetching

        page = fetch(name, MAX_POSTING_BYTES)
        _check(page.data, name)
        suffix = PurePosixPath(urlsplit(page.url).path).suffix
        extracted = read_document(page.data, name, suffix=suffix, media_type=page.media_type, charset=page.charset)
        address = Candidate("url", page.url, "address")
        extracted = replace(extracted, stated=(*extracted.stated, address))
    else:
        path = Path(source)
        data = _check(_read_file(path), name)
        extracted = read_document(data, name, suffix=path.suffix, from_file=True)
    if not extracted.text.strip():
        raise _empty(name)
    if (address := _only_an_address(extracted.text)) is not None:
        raise TailorError(
            f"The posting {name} holds only a web address ({address}), not the posting's text. Pass the address "
            "itself in place of the file for tailor to fetch the page, or save the posting's text in the file."
        )
    if (said := _page_without_a_posting(extracted.text)) is not None:
        raise TailorError(
            f'The posting {name} holds no job posting: it is a page of {said[1]} words that says "{said[0]}", as a '
            "sign-in, cookie-consent or script-only page does, and has none of a posting's sections. Save the "
            "posting's own page once it shows the job (signed in, cookies answered), or copy the posting's text into "
            "a .txt file and pass that."
        )
    _check_length(extracted.text, name)
    return Posting(source=name, text=extracted.text, stated=extracted.stated, links=extracted.links)


def _check_length(text: str, name: str) -> None:
    """Refuse a posting's text longer than :data:`MAX_POSTING_CHARS`, before the slow work reads it."""
    if len(text) > MAX_POSTING_CHARS:
        raise TailorError(
            f"The posting {name} holds more text than the {MAX_POSTING_CHARS:,} characters tailor reads "
            f"({len(text):,}); a job posting is a few pages. Check that you passed the right file, "
            "or save the posting's own text in a .txt file and pass that."
        )


def read_posting_text(text: str, source: str, *, suffix: str, stated: tuple[Candidate, ...] = ()) -> Posting:
    """A posting whose text is already at hand (a row of a table: :mod:`tailor.posting.table`), read as a
    file of ``suffix`` (``.md``, ``.html``) holding it would be, within the same size limit; what
    ``stated`` says about the job comes before what its format states.

    Raises:
        TailorError: the text is empty, larger than :data:`MAX_POSTING_BYTES` or :data:`MAX_POSTING_CHARS`,
            or cannot be read.
    """
    data = _check(text.encode("utf-8"), source)
    extracted = read_document(data, source, suffix=suffix, from_file=True)
    if not extracted.text.strip():
        raise _empty(source)
    _check_length(extracted.text, source)
    return Posting(source=source, text=extracted.text, stated=(*stated, *extracted.stated), links=extracted.links)


_WEB_ADDRESS = re.compile(r"<?https?://[^\s<>]+>?")
_LABEL_WORDS = 3
"""The most words beside a web address of a file that holds nothing else ("Job posting: https://…")."""


def _only_an_address(text: str) -> str | None:
    """The web address a posting's text holds when it holds little else (a label of a few words), or None: the
    address of a posting saved in place of the posting."""
    addresses = _WEB_ADDRESS.findall(text)
    if len(addresses) != 1 or len(re.findall(r"[^\W\d_]+", _WEB_ADDRESS.sub(" ", text))) > _LABEL_WORDS:
        return None
    return addresses[0].strip("<>")


SHELL_PAGE_WORDS = 80
"""The most words of a page that only asks to sign in, to answer its cookies or to run its script: the shortest
real posting at hand has 49, and each of them says something this page's words do not (:data:`_SHELL_PAGE`)."""
_SHELL_PAGE = re.compile(
    r"\bsign(?:ing)?[ -]?in\b|\blog(?:ging)?[ -]?(?:in|on)\b|\bpassword\b|\bsession (?:has )?(?:expired|timed out)\b"
    r"|\bcreate (?:an |your )?account\b"
    r"|\b(?:enable|turn on|requires?) javascript\b|\bjavascript (?:is )?(?:required|disabled|must be enabled)\b"
    r"|\b(?:accept|reject|allow) (?:all )?cookies\b|\bcookie (?:settings|preferences|consent)\b"
    r"|\bverify (?:that )?you(?:'re| are) (?:a )?human\b|\bcaptcha\b|\baccess denied\b"
    r"|\bpage (?:not found|cannot be found|does not exist)\b",
    re.IGNORECASE,
)
"""What a page says that stands where a posting should and holds none: a sign-in form, a cookie wall, a page
that its script fills in, a robot check, a page that is gone."""


def _page_without_a_posting(text: str) -> tuple[str, int] | None:
    """What a page says that stands where a posting should, and how many words it has, when it has few
    (:data:`SHELL_PAGE_WORDS`), says so (:data:`_SHELL_PAGE`), and names no job title nor employer and heads none
    of a posting's sections (its duties, requirements or benefits); None for any other text."""
    said = len(re.findall(r"[^\W\d_]+", text))
    if said > SHELL_PAGE_WORDS or (found := _SHELL_PAGE.search(text)) is None:
        return None
    # Only for the rare page that gets this far.
    from tailor.posting.find_details import find_details
    from tailor.posting.headings import SectionKind, classify_heading, heading_of

    details = find_details(text)
    if details.value("title") or details.value("company"):
        return None
    # Not legal text nor how to apply: a cookie wall's "We value your privacy" heads no section of a job.
    of_a_job = (
        SectionKind.RESPONSIBILITIES,
        SectionKind.REQUIREMENTS,
        SectionKind.PREFERRED,
        SectionKind.BENEFITS,
        SectionKind.CONDITIONS,
    )
    if any((heading := heading_of(line)) and classify_heading(heading) in of_a_job for line in text.splitlines()):
        return None
    return found.group(), said


def _check(data: bytes, name: str) -> bytes:
    if len(data) > MAX_POSTING_BYTES:
        raise _too_large(name)
    if not data.strip():
        raise _empty(name)
    return data


def _empty(name: str) -> TailorError:
    if name == "-":
        return TailorError(
            "The posting piped in on standard input is empty. Pipe the text of the job posting in (copy it, then "
            "put `pbpaste |` on macOS or `wl-paste |` on Linux before the command), or pass its file."
        )
    return TailorError(f"The posting {name} is empty. Save the text of the job posting in it and try again.")


def _too_large(name: str) -> TailorError:
    what = "piped in on standard input" if name == "-" else name
    return TailorError(
        f"The posting {what} is larger than {MAX_POSTING_BYTES / 1_000_000:g} MB; "
        "a job posting is a few pages of text. Check that you passed the right file."
    )


_ROW_LIKE = re.compile(r"^(?P<table>.+\.(?:csv|tsv|jsonl|json))#(?:row)?\s*[:=]?\s*(?P<row>\d+)$", re.IGNORECASE)
"""A row named almost as tailor names rows ("jobs.csv#3", "jobs.csv#row:3"): the spelling to suggest."""


def _read_file(path: Path) -> bytes:
    if not path.exists():
        hint = " If it is a web address, start it with https://." if _HOST_LIKE.match(str(path)) else ""
        if (row := _ROW_LIKE.match(str(path))) and Path(row["table"]).is_file():
            hint = f" To name a row of the table {row['table']}, write {row['table']}#row={row['row']}."
        raise TailorError(
            f"The posting {path} does not exist. Check the path, or use '-' to read the posting from stdin.{hint}"
        )
    if path.is_dir():
        raise TailorError(f"The posting {path} is a directory. Pass the posting's file, e.g. {path}/posting.txt.")
    try:
        if path.stat().st_size > MAX_POSTING_BYTES:
            # Refuse before reading: a huge file should not be pulled into memory to be rejected.
            raise _too_large(str(path))
        with path.open("rb") as f:
            return f.read(MAX_POSTING_BYTES + 1)  # the file may have grown since stat()
    except OSError as e:
        raise TailorError(f"The posting {path} cannot be read: {e.strerror}. Check its permissions.") from None
