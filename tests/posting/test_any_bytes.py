"""Any bytes as a posting, in each format tailor reads, give a posting (and a fit) or a clean error."""

from __future__ import annotations

import functools
import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tailor.errors import TailorError
from tailor.posting import read_posting
from tailor.rank import PreparedCV, fit, prepare_cv
from tests.conftest import make_cv
from tests.posting.formats.samples import make_docx, make_pdf, make_zip

WORDS = ["Python", "MPI", "C++", "requirements", "benefits", "we", "the", "and", "experience", "Kubernetes"]
TEXT = st.lists(
    st.one_of(st.characters(exclude_categories=()), st.sampled_from([*WORDS, " ", "\n", "\t"])), max_size=80
)
"""Any text (halves of characters too), with words and spaces more often."""


def encoded(parts: list[str]) -> bytes:
    return "".join(parts).encode("utf-8", "surrogatepass")


def markup(*tokens: str, size: int = 40) -> st.SearchStrategy[bytes]:
    """Any text with these pieces of syntax in it, as UTF-8 (halves of characters kept as bytes)."""
    return st.lists(st.one_of(st.sampled_from(tokens), TEXT.map("".join)), max_size=size).map(encoded)


ENCODED = st.one_of(
    st.binary(max_size=600),
    TEXT.map(encoded),
    st.tuples(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]), TEXT).map(
        lambda found: "".join(found[1]).encode(found[0], "ignore")
    ),
)
"""Bytes: anything, or text in an encoding."""
MARKDOWN = markup("# ", "## ", "- ", "* ", "**", "_", "`", "> ", "|", "---\n", "[", "](", "<div>", "\n")
TAGS = ["html", "body", "div", "p", "ul", "li", "h1", "h2", "table", "tr", "td", "b", "script", "main", "nav", "br"]
HTML = markup(
    *(f"<{tag}>" for tag in TAGS),
    *(f"</{tag}>" for tag in TAGS),
    '<script type="application/ld+json">{"@type": "JobPosting", "title": "x", "description": "',
    '<meta charset="',
    '">',
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<!--",
    "-->",
    "<?xml version='1.0' encoding='utf-16'?>",
)
PDF_TOKENS = [b"obj", b"endobj", b"stream\n", b"endstream", b"xref", b"trailer", b"<<", b">>", b"/Type /Page"]
PDF_TOKENS += [b"/Root 1 0 R", b"startxref", b"%%EOF", b"BT (Hello) Tj ET", b" 0 ", b"\n"]
PDF = st.one_of(
    st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(PDF_TOKENS)), max_size=40).map(
        lambda parts: b"%PDF-1.4\n" + b"".join(parts)
    ),
    st.tuples(st.integers(0, 2000), st.binary(min_size=1, max_size=20)).map(
        lambda found: overwritten(make_pdf(["Requirements", "- Python and MPI"]), *found)
    ),
)
"""A PDF header and garbage, or a real PDF with a few bytes overwritten."""


def overwritten(data: bytes, at: int, new: bytes) -> bytes:
    return data[:at] + new + data[at + len(new) :]


DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
DOCX_PARTS += ["word/styles.xml", "docProps/core.xml", "word/numbering.xml"]
XML = markup(
    "<w:p>",
    "</w:p>",
    "<w:t>",
    "</w:t>",
    "<w:tbl>",
    "<w:r>",
    "<?xml version='1.0'?>",
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    "</w:body></w:document>",
    size=20,
)
PART = st.one_of(XML, st.binary(max_size=200))


def replaced(base: bytes, name: str, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(base)) as package:
        members: dict[str, str | bytes] = {info.filename: package.read(info) for info in package.infolist()}
    return make_zip({**members, name: data})


DOCX = st.one_of(
    st.dictionaries(
        st.one_of(st.sampled_from(DOCX_PARTS), st.from_regex(r"[a-z_]{1,8}(/[a-z_]{1,8})?\.(xml|bin)", fullmatch=True)),
        PART,
        max_size=6,
    ).map(make_zip),
    st.tuples(st.sampled_from(DOCX_PARTS), PART).map(lambda found: replaced(make_docx(), *found)),
)
"""A zip named .docx: of any parts, or a real Word document with one part replaced."""

FORMATS = {".txt": ENCODED, ".md": st.one_of(MARKDOWN, ENCODED), ".html": st.one_of(HTML, ENCODED), ".pdf": PDF}
FORMATS[".docx"] = DOCX


@functools.cache
def cv() -> PreparedCV:
    return prepare_cv(make_cv({"Acme": ["Wrote MPI solvers in C++.", "Built Python data pipelines on Kubernetes."]}))


@given(st.sampled_from(sorted(FORMATS)).flatmap(lambda suffix: st.tuples(st.just(suffix), FORMATS[suffix])))
def test_any_bytes_in_any_format_give_a_posting_and_a_fit_or_a_clean_error(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"posting{suffix}"
        path.write_bytes(data)
        try:
            posting = read_posting(path)
            score = fit(cv(), posting).score
        except TailorError as refused:
            assert str(refused).strip()
            return
    assert posting.text.strip() and 0 <= score <= 1
