"""A saved job page (HTML) → the posting's main content as light Markdown.

Library choice. We compared, on the real saved page in the relevance set
(a Jekyll "Open Positions" page) and on four job-board-like pages built in
``tests/posting/formats/test_webpage.py`` (semantic board, div soup in Windows-1252,
JavaScript shell with only JSON-LD, careers page with hidden modal/template):

- trafilatura: good Markdown on clean pages, but it dropped the real page's
  ``<h1>`` and the div-soup page's job title and employer, kept a
  ``<template>``'s text, returned only "Loading…" for the JavaScript shell
  (it ignores the JSON-LD description), and brings ~15 packages (dateparser,
  babel, justext, courlan, htmldate, …, ~60 MB) for one step of ours.
- readability-lxml: returns HTML, so a converter was needed anyway; it kept
  the cookie banner and share buttons, flattened list items into one run-on
  line, and found nothing on the JavaScript shell.
- selectolax and BeautifulSoup are parsers, not extractors: with either, the
  main-content heuristics are ours, exactly as with lxml, and each would be a
  new dependency (selectolax a 7.7 MB compiled wheel; BeautifulSoup plus
  soupsieve, slower on its pure-Python parser).

So: lxml, already installed because python-docx requires it, plus the small
heuristics below and the HTML → light Markdown writer in :mod:`.markup`. On
all five pages that kept every heading and list item on its own line and
dropped all navigation, banners, sidebars and footers; on the real page the
text equals the relevance set's copy but for the ``#`` heading markers. The
heuristics, in order:

1. read schema.org ``JobPosting`` markup (:mod:`.schema_org`: JSON-LD or
   microdata) for the details of the job and a fallback description (before
   scripts are removed), and the page's own address and site name;
2. remove what is never content (scripts, styles, templates, forms' controls)
   and page chrome: ``nav``/``aside``/dialogs, page-level ``header``/``footer``,
   ARIA landmark roles for chrome, hidden elements, and elements whose class or
   id says cookie/consent/breadcrumb/similar/related/share/sidebar/footer/…
   (or ends so: "gnav", "mainmenu"), a block named a header or banner above the
   posting's first heading, a form that asks for answers (the application
   form under the posting), and the page's copyright line — unless the
   element holds the page's ``<h1>``, its ``<main>``, or half its text;
3. take ``<main>`` (or the largest ``<article>``) when it holds at least half of
   what is left; otherwise the whole body, minus blocks that are mostly links
   (menus and "people also viewed" cards without a telling class);
4. when the visible text is much shorter than the JSON-LD description (a page
   that JavaScript fills in), use the description instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tailor.errors import TailorError
from tailor.posting.details import Candidate
from tailor.posting.extracted import Extracted, Link, Outline, clean_inline
from tailor.posting.formats.markup import (
    NEVER_CONTENT,
    SAVED_FROM,
    SCREEN_READER_ONLY,
    inline_text,
    outline_html,
    parse_html,
)
from tailor.posting.formats.schema_org import job_posting
from tailor.posting.formats.text import decode
from tailor.posting.headings import SectionKind, classify_heading
from tailor.posting.lines import LABEL, LABELS
from tailor.posting.plausible import is_navigation

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
_CHROME_TAGS = frozenset({"nav", "aside", "dialog", "menu"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar"}
)
_CHROME_PREFIXES = (
    "cookie", "consent", "gdpr", "breadcrumb", "similar", "related", "recommend", "newsletter", "subscribe",
    "share", "sharing", "social", "sidebar", "navbar", "navigation", "masthead", "footer", "popup", "modal",
    "overlay", "advert", "skiplink", "copyright",
)  # fmt: skip
_CHROME_TOKENS = frozenset({"nav", "menu", "ad", "ads", "promo", "also", "toolbar"})
_CHROME_ENDINGS = ("nav", "menu", "navbar", "footer")
"""How a name run into one word ends when it names a menu or a footer: "gnav", "topnav", "mainmenu", "sitefooter"."""
_MASTHEAD_WORDS = ("header", "banner", "topbar")
"""What a page's masthead is named ("site-header", "globalHeader", "gov-banner", "top-bar"): chrome above the
posting's first heading; below it, a part of the posting set apart ("section-header")."""
_OF_THE_JOB = ("job", "posting", "position", "vacanc", "requisition", "title", "company", "employer")
"""Words of a name that say the element is the job's own header ("jobPostingHeader", "inlineHeader-companyName")."""
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)

LINK_CLUSTER_MIN_LINKS = 3
LINK_CLUSTER_MIN_SHARE = 0.6
"""A block with at least 3 links whose link text is 60% of its text is a menu or a list of other jobs."""


def read_html(data: bytes, source: str, charset: str | None = None) -> Extracted:
    """Extract a posting from a web page; ``charset`` is the HTTP header's, else the page's ``<meta>``.

    Raises:
        TailorError: the page has no readable text (a page that JavaScript fills in).
    """
    text = decode(data, source, charset or meta_charset(data))
    root = parse_html(text, source)
    posting = job_posting(root) if root is not None else None
    page = _page(root) if root is not None else ()
    if not any(c.field == "url" for c in page) and (saved := SAVED_FROM.search(data, 0, 4096)):
        # A page a browser saved says where it came from in a comment at its top ("Mark of the Web").
        page = (*page, Candidate("url", saved.group(1).decode("ascii", "replace"), "page"))
    visible, links = _visible_text(root) if root is not None else ("", ())
    description = posting.description if posting else ""
    if len(description.split()) > 2 * len(visible.split()):
        # Little on the page, a full description in its metadata: a page that JavaScript fills in.
        heading = f"# {posting.title}\n\n" if posting and posting.title else ""
        visible = heading + description
    if not visible.strip():
        raise TailorError(
            f"The posting {source} is a web page with no readable text: the posting is probably filled in by "
            "JavaScript after the page loads. Open the page in a browser, copy the posting's text into a .txt file "
            "and pass that instead."
        )
    return Extracted(text=visible, stated=(*(posting.stated if posting else ()), *page), links=links)


def _page(root: HtmlElement) -> tuple[Candidate, ...]:
    """The page's own address (its canonical link or ``og:url``), its site name (``og:site_name``) and
    its tab's titles (``<title>``, then ``og:title``).

    On an employer's own page the site name is the employer; on a job board it is the board.
    :mod:`tailor.posting.find_details` takes it only when an address in the posting confirms it.
    """
    found: list[Candidate] = []
    for query, field in (
        ("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content", "url"),
        ("//meta[@property='og:site_name']/@content | //meta[@name='application-name']/@content", "company"),
    ):
        values = [clean_inline(str(v)) for v in root.xpath(query)]
        if values and values[0]:
            found.append(Candidate(field, values[0], "page"))  # type: ignore[arg-type]
    # The browser tab's title: job boards write the employer beside the job's title there ("Acme - Sales
    # Lead" on Lever, "… for Sales Lead at Acme" on Greenhouse), often nowhere else but in a logo.
    # A site's own page may title its tab by the site ("Careers | Acme") and give the job's title beside
    # the employer only in the title it gives links to share (og:title): each is a tab title, in that order.
    tabs = [clean_inline(str(v)) for v in root.xpath("//head/title/text() | //meta[@property='og:title']/@content")]
    found += [Candidate("title", tab, "tab-title") for tab in dict.fromkeys(tabs) if tab]
    found += [Candidate("team", team, "page") for team in _teams(root)[:1]]
    return tuple(found)


_TEAM_CLASSES = ("department", "sort-by-team")
"""The classes a job board gives the chip that names the hiring team (Lever: ``sort-by-team … department``)."""
_TEAM_QUERY = " | ".join(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]" for c in _TEAM_CLASSES)
_CHIP_SEPARATOR = re.compile(r"[\s/|·•]+$")
"""What a board sets after a chip to part it from the next ("Engineering – Platform /")."""
_MAX_TEAM_WORDS = 8


def _teams(root: HtmlElement) -> list[str]:
    """The hiring team the page's team chip names, its board's separator left off: a short text, never a list
    of departments to browse (a menu's chips have children of their own)."""
    out = []
    for element in root.xpath(_TEAM_QUERY):
        if len(element) or element.getparent() is None:
            continue
        text = _CHIP_SEPARATOR.sub("", clean_inline(element.text_content()))
        if text and len(text.split()) <= _MAX_TEAM_WORDS and text not in out:
            out.append(text)
    return out


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if any."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _visible_text(root: HtmlElement) -> tuple[str, tuple[Link, ...]]:
    """The page's content as light Markdown, and the links in it."""
    from lxml import etree

    body = root.find("body")
    if body is None:
        return "", ()
    forms = [form for form in body.iter("form") if _asks_of_the_applicant(form)]
    etree.strip_elements(body, *NEVER_CONTENT, with_tail=False)
    page_chars = _chars(body)
    for form in forms:
        if _is_an_application(form, page_chars) and any(above is body for above in form.iterancestors()):
            form.drop_tree()
    _strip_chrome(body, page_chars)
    _drop_copyright_lines(body, page_chars)
    content = _content_root(body)
    outline = Outline()
    if content is body:
        _prune_link_clusters(body, _chars(body))
    else:
        _prune_toolbars(content)
    if content is not body and content.find(".//h1") is None:
        # The job title often sits in a hero banner above <main>, with the employer, the place and the pay beside it.
        title = body.find(".//h1")
        if title is not None and (hero := _hero(title, content)) is not None:
            outline_html(hero, outline)
        elif title is not None:
            outline.heading(inline_text(title), 1)
    outline_html(content, outline)
    return outline.render(), tuple(outline.links)


HERO_WORDS = 40
"""The most words a banner over the posting says beside its title (employer, place, pay, kind of contract, a
button or two): more, and it is no banner of the job's but a part of the page, of which the title alone is kept."""


def _hero(title: HtmlElement, content: HtmlElement) -> HtmlElement | None:
    """The banner that holds the page's ``title`` (its ``<h1>``) above the ``content`` taken as the posting: the
    largest element around the title that does not hold the content, where it says a few words more than the title
    (:data:`HERO_WORDS` at most); None where the title stands alone."""
    hero = title
    while (parent := hero.getparent()) is not None and not any(d is content for d in parent.iterdescendants()):
        hero = parent
    if hero is title or parent is None:
        return None
    return hero if len(hero.text_content().split()) <= HERO_WORDS else None


_NO_ANSWER = frozenset({"hidden", "submit", "button", "reset", "image"})
"""The kinds of ``<input>`` that ask nothing of whoever fills the form in."""
FORM_FIELDS = 2
"""The fewest fields of a form that asks the applicant for their details (a name and an e-mail address)."""


def _asks_of_the_applicant(form: HtmlElement) -> bool:
    """Whether ``form`` asks for answers (:data:`FORM_FIELDS` fields or more: an application form, with its
    self-identification survey, as Greenhouse sets it under the posting; a job search's boxes). Read before the
    fields go with what is never content."""
    fields = 0
    for field in form.iter("input", "select", "textarea"):
        if field.tag != "input" or (field.get("type") or "text").strip().lower() not in _NO_ANSWER:
            fields += 1
    return fields >= FORM_FIELDS


def _is_an_application(form: HtmlElement, page_chars: int) -> bool:
    """Whether ``form``, which asks for answers, is no part of the posting: a form under the posting's title (its
    ``<h1>`` above it), however long its survey's paragraphs; elsewhere, one that does not hold the posting
    (:func:`_holds_content`). A form that holds the title holds the page, as one built on a form around all its
    content does."""
    if form.find(".//h1") is not None or form.xpath("boolean(.//main | .//*[@role='main'])"):
        return False
    return bool(form.xpath("boolean(preceding::h1)")) or not _holds_content(form, page_chars)


def _strip_chrome(element: HtmlElement, page_chars: int) -> None:
    for child in list(element):
        if not isinstance(child.tag, str):
            continue
        if _is_chrome(child) and not _holds_content(child, page_chars) and not _lists_job_details(child):
            child.drop_tree()  # keeps the tail text, which belongs to the parent
        else:
            _strip_chrome(child, page_chars)


_DETAILS_OF_A_JOB = frozenset({"salary", "employment_type", "valid_through", "date_posted"})
"""The fields a job board's box of details labels ("Salary:", "Contract type:", "Closing date:")."""
_OTHER_JOBS = re.compile(r"similar|related|recommend|other|more|also|latest|featured", re.IGNORECASE)


def _lists_job_details(element: HtmlElement) -> bool:
    """Whether ``element``, chrome by its tag or name (an ``<aside>``, a "sidebar"), is the job's box of details, as
    a job board sets its salary, contract type and closing date beside the posting: two or more of these labelled,
    each once. A list of other jobs labels the salary of each (and is named so: "similar-jobs")."""
    names = " ".join(element.get(a) or "" for a in ("class", "id", "data-automation-id", "data-testid"))
    if _OTHER_JOBS.search(names) or element.xpath("boolean(.//h1 | .//h2 | .//h3)"):
        return False
    outline = Outline()
    outline_html(element, outline)
    labels = [found.group(1) for line in outline.render().splitlines() if (found := LABEL.match(line.strip(" *_#")))]
    fields = [field for label in labels if (field := LABELS.get(" ".join(label.lower().split()))) in _DETAILS_OF_A_JOB]
    return len(set(fields)) >= 2 and len(fields) == len(set(fields))


def _is_chrome(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in _CHROME_TAGS:
        return True
    if tag in ("header", "footer") and not any(a.tag in _SECTIONING for a in element.iterancestors()):
        return True  # the page's banner or footer; an article's own header holds its title
    if (element.get("role") or "").strip().lower() in _CHROME_ROLES:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if _HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    # Its class and id, and the names test hooks give it ("similarJobs", as Workday's data-automation-id).
    names = " ".join(element.get(a) or "" for a in ("class", "id", "data-automation-id", "data-testid")).strip()
    if not names:
        return False
    if SCREEN_READER_ONLY.search(names.lower()):
        return True
    words = re.findall(r"[a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", names).lower())
    if any(w in _CHROME_TOKENS or w.startswith(_CHROME_PREFIXES) or w.endswith(_CHROME_ENDINGS) for w in words):
        return True
    return _is_masthead(element, words)


def _is_masthead(element: HtmlElement, words: list[str]) -> bool:
    """Whether ``element``, whose class and id are ``words``, is the site's masthead as a ``<div>``: named a
    header or a banner, above the page's first heading and holding none (its logo, tagline, phone number, "An
    official website of …"), and not named for the job ("jobPostingHeader" holds its title and place)."""
    joined = "".join(words)
    if not any(w.endswith(_MASTHEAD_WORDS) for w in (*words, joined)) or any(w.startswith(_OF_THE_JOB) for w in words):
        return False
    return bool(element.xpath(_ABOVE_THE_FIRST_HEADING))


_ABOVE_THE_FIRST_HEADING = (
    "not(descendant-or-self::h1 | descendant-or-self::h2 | descendant-or-self::h3"
    " | preceding::h1 | preceding::h2 | preceding::h3)"
    " and boolean(following::h1 | following::h2 | following::h3)"
)


_COPYRIGHT = re.compile(r"©\s*(?:(?:19|20)\d\d\b|[A-Z])")
"""A copyright notice: the sign before a year or a name ("© 2026 Acme", "©Acme Inc.")."""
COPYRIGHT_LINE_WORDS = 40
"""The most words a page's copyright line says with it (its address, "Powered by WordPress", a few links)."""


def _drop_copyright_lines(body: HtmlElement, page_chars: int) -> None:
    """Drop the page's copyright line ("© 2026 Acme · 12 Main St · Powered by WordPress"), whatever element
    holds it: the largest block around a "©" and its year or name that says little else and holds no heading."""
    for sign in body.xpath(".//text()[contains(., '©')]"):
        if not _COPYRIGHT.search(sign):
            continue  # "registrations with © and ™": the sign as a word of the posting
        notice = sign.getparent()
        if notice is not None and sign.is_tail:
            notice = notice.getparent()  # "<b>Acme</b> © 2026": the text after an element is its parent's
        if notice is None or notice is body or not _says_little(notice):
            continue
        if not any(above is body for above in notice.iterancestors()):
            continue  # dropped already, with the notice before it
        while (parent := notice.getparent()) is not None and parent is not body and _says_little(parent):
            notice = parent
        if _says_little(notice) and not _holds_content(notice, page_chars):
            notice.drop_tree()


def _says_little(element: HtmlElement) -> bool:
    return len(element.text_content().split()) <= COPYRIGHT_LINE_WORDS and not element.xpath(
        "boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6)"
    )


def _holds_content(element: HtmlElement, page_chars: int) -> bool:
    """True for an element too important to drop, whatever its class says."""
    # Not <article>: sidebars list other jobs as article cards.
    if element.tag == "main" or element.find(".//h1") is not None:
        return True
    if element.xpath("boolean(.//main | .//*[@role='main'])"):
        return True
    return page_chars > 0 and 2 * _chars(element) >= page_chars


def _content_root(body: HtmlElement) -> HtmlElement:
    total = _chars(body)
    for query in (".//main | .//*[@role='main']", ".//article"):
        candidates = [c for c in body.xpath(query) if 2 * _chars(c) >= total]
        if candidates:
            return max(candidates, key=_chars)
    return body


def _prune_link_clusters(element: HtmlElement, page_chars: int) -> None:
    for child in list(element):
        if not isinstance(child.tag, str):
            continue
        if _is_link_cluster(child) and not _holds_content(child, page_chars) and not _of_the_posting(child):
            child.drop_tree()
        else:
            _prune_link_clusters(child, page_chars)


_POSTING_PARTS = frozenset(
    {
        SectionKind.RESPONSIBILITIES,
        SectionKind.REQUIREMENTS,
        SectionKind.PREFERRED,
        SectionKind.BENEFITS,
        SectionKind.CONDITIONS,
    }
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
HEADING_WORDS = 6
"""The most words of a short line that heads a list of links as a heading would ("Required certifications:")."""


def _of_the_posting(links: HtmlElement) -> bool:
    """Whether a block of links is a part of the posting, as the heading right before it or at its top says
    ("Requirements" over certificates that each link to their issuer); a menu or a list of other jobs has none
    ("Similar jobs", "Quick links")."""
    for heading in (links.getprevious(), links[0] if len(links) else None):
        if heading is None or not isinstance(heading.tag, str) or heading.xpath("boolean(descendant-or-self::a)"):
            continue  # a menu's first link ("Benefits") is no heading
        text = inline_text(heading).rstrip(" :")
        short = heading.tag in _HEADING_TAGS or len(text.split()) <= HEADING_WORDS
        if text and short and classify_heading(text) in _POSTING_PARTS:
            return True
    return False


def _is_link_cluster(element: HtmlElement) -> bool:
    links = element.findall(".//a")
    if len(links) < LINK_CLUSTER_MIN_LINKS:
        return False
    link_chars = sum(len(clean_inline(a.text_content())) for a in links)
    return link_chars >= LINK_CLUSTER_MIN_SHARE * max(1, _chars(element))


def _prune_toolbars(content: HtmlElement) -> None:
    """Drop the rows of buttons a job board sets inside the posting's ``<main>`` ("Apply · Save this job ·
    Print · Back to Job Listings"): the element around a few links with no words besides, each link's words
    navigation. Links to content (a list of the employer's sites) say more than a button's words and stay."""
    rows: dict[int, HtmlElement] = {}
    for a in content.iter("a"):
        parent = a.getparent()
        for row in (parent, parent.getparent() if parent is not None else None):  # a bar of links, or a list's
            if row is not None:
                rows.setdefault(id(row), row)
    for row in rows.values():
        if row is content or row.getparent() is None:
            continue
        links = [clean_inline(a.text_content()) for a in row.iter("a")]
        if len(links) < LINK_CLUSTER_MIN_LINKS or not all(is_navigation(link) for link in links):
            continue
        rest = clean_inline(row.text_content())
        for link in links:
            rest = rest.replace(link, "", 1)
        if not any(ch.isalnum() for ch in rest):
            row.drop_tree()


def _chars(element: HtmlElement) -> int:
    return len(clean_inline(element.text_content()))
