"""A Markdown posting → light Markdown: the same structure without the syntax.

cmark-gfm, GitHub's C implementation of CommonMark (through ``cmarkgfm``), with
its table and strikethrough extensions, renders the file to HTML, and the HTML
writer shared with web pages turns that into light Markdown. It renders a
posting in 0.1 ms where the pure-Python markdown-it-py took 2.7 ms, the largest
cost of ranking thousands of postings; both give the same outline on every
posting in the tests and benchmarks. A parser rather than regexes because Markdown's edge cases are many:
``*`` that is a bullet or emphasis, ``_`` inside identifiers, links with
brackets in their text, code spans containing markup, setext headings. Links
keep their text, images go, code keeps its text, and a paragraph that is only
bold becomes a heading, exactly as in an HTML page.
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from tailor.posting.extracted import Extracted, Outline
from tailor.posting.formats.front_matter import split_front_matter
from tailor.posting.formats.markup import outline_html, parse_html
from tailor.posting.formats.text import decode
from tailor.posting.headings import LIST_ITEM, find_heading


def read_markdown(data: bytes, source: str, charset: str | None = None) -> Extracted:
    """A Markdown posting; ``title:``, ``company:``, ``location:`` … in its front matter are details it states."""
    from cmarkgfm.cmark import Options

    stated, text = split_front_matter(decode(data, source, charset))
    # A line break in the source is kept (HARDBREAKS): a bold line with text right under it
    # ("**About us**" then a sentence) is a heading to the reader, not the start of a
    # paragraph. Raw HTML passes through (UNSAFE) to the same HTML writer as a web page's.
    options = Options.CMARK_OPT_HARDBREAKS | Options.CMARK_OPT_UNSAFE
    root = parse_html(to_html(headings_apart(text), options), source)
    outline = Outline()
    body = root.find("body") if root is not None else None
    if body is not None:
        outline_html(body, outline)
    return Extracted(text=outline.render(), stated=stated, links=tuple(outline.links))


def headings_apart(text: str) -> str:
    """``text`` with a blank line above each line that reads as a heading (:func:`find_heading`) and has a
    list right under it, where text ran right above it.

    A description kept in a table's cell, or a posting typed without blank lines, runs its headings into
    the text around them: "… 2,000 merchants.", "Responsibilities", "- Troubleshoot …". Markdown reads such
    a line as the last line of the paragraph above it, or, under a list item, as more of that item ("…
    using Postman Requirements"), and the section it heads is lost. Read as plain text, it is a heading;
    so it is here. Lines in a fenced code block, indented lines and list items stay as they are.
    """
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    for n, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        heads = bool(
            not fenced
            and n + 1 < len(lines)
            and out
            and out[-1].strip()
            and line[:1].strip()
            and not LIST_ITEM.match(line)
            and LIST_ITEM.match(lines[n + 1])
            and find_heading(line) is not None
        )
        if heads:
            out.append("")
        out.append(line)
    return "\n".join(out)


EXTENSIONS = ("table", "strikethrough")


def to_html(text: str, options: int) -> str:
    """cmark-gfm's HTML for the Markdown ``text``, with GitHub's table and strikethrough extensions.

    cmarkgfm's own ``markdown_to_html_with_extensions`` frees neither the syntax tree nor the
    HTML it makes (about 27 KB a posting, which a worker reading 50,000 postings of a table
    would keep: 1.3 GB). The same calls are made here, and both freed, through the library's
    own ``cmark_node_free`` and the C library's ``free``; where those cannot be reached, the
    leaking wrapper gives the same HTML.
    """
    from cmarkgfm import cmark

    native = _native()
    if native is None:
        return cmark.markdown_to_html_with_extensions(text, options, extensions=list(EXTENSIONS))
    lib, ffi = cmark._cmark.lib, cmark._cmark.ffi
    cmark.core_extensions_ensure_registered()
    parser = lib.cmark_parser_new(options)
    root = ffi.NULL
    try:
        for name in EXTENSIONS:
            lib.cmark_parser_attach_syntax_extension(parser, cmark.find_syntax_extension(name))
        encoded = text.encode("utf-8")
        lib.cmark_parser_feed(parser, encoded, len(encoded))
        root = lib.cmark_parser_finish(parser)
        if lib.cmark_node_get_type(root) == lib.CMARK_NODE_NONE:
            raise ValueError("Error parsing markdown!")  # as cmarkgfm does: not known to happen
        raw = lib.cmark_render_html(root, options, lib.cmark_parser_get_syntax_extensions(parser))
        try:
            return ffi.string(raw).decode("utf-8")
        finally:
            native.free(int(ffi.cast("uintptr_t", raw)))
    finally:
        if root != ffi.NULL:
            native.cmark_node_free(int(ffi.cast("uintptr_t", root)))
        lib.cmark_parser_free(parser)


@lru_cache(maxsize=1)
def _native() -> SimpleNamespace | None:
    """``cmark_node_free`` from cmarkgfm's compiled module and the C library's ``free``, or None."""
    import ctypes

    from cmarkgfm import _cmark

    try:
        module = ctypes.CDLL(_cmark.__file__)
        libc = ctypes.CDLL(None)
        node_free, free = module.cmark_node_free, libc.free
    except (OSError, AttributeError, TypeError):  # not Linux or macOS, or the symbols are not exported
        return None
    for function in (node_free, free):
        function.argtypes, function.restype = [ctypes.c_void_p], None
    return SimpleNamespace(cmark_node_free=node_free, free=free)
