"""schema.org ``JobPosting`` in a web page: the details search engines require, in JSON-LD or microdata.

Job pages carry this markup because search engines list jobs from it: ``title``,
``hiringOrganization.name``, ``jobLocation``, ``employmentType``, ``datePosted``,
``validThrough``, ``baseSalary``, ``url`` and a ``description``. It is the best
evidence a page gives of who is hiring for what, so it is read before anything
is guessed from the text. JSON-LD first (the form most pages use), then
microdata (``itemscope``/``itemprop`` attributes, as older boards write it).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tailor.posting.details import Candidate, Field, stated_date
from tailor.posting.extracted import Outline, clean_inline
from tailor.posting.formats.markup import NEVER_CONTENT, outline_html, parse_html

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@dataclass(frozen=True)
class JobPosting:
    """What a page's ``JobPosting`` says."""

    stated: tuple[Candidate, ...]
    """Title, company, location, employment type, salary, dates and address, as candidates of one source."""
    description: str
    """As light Markdown; empty when the markup has none."""

    @property
    def title(self) -> str | None:
        return next((c.value for c in self.stated if c.field == "title"), None)


def job_posting(root: HtmlElement) -> JobPosting | None:
    """The page's first ``JobPosting``: from JSON-LD if it has one, else from microdata. Read before the
    page's scripts are removed."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for node in _nodes(_load_json(script.text or "")):
            if _is_job_posting(node.get("@type")):
                return _read(node, "json-ld")
    for element in root.xpath("//*[@itemscope][@itemtype]"):
        if _is_job_posting(element.get("itemtype", "").split()):
            return _read(_microdata(element), "microdata")
    return None


def _is_job_posting(kinds: object) -> bool:
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting" for k in kinds)


def _read(node: dict[str, object], source: str) -> JobPosting:
    values: dict[Field, str | None] = {
        "title": _text(node.get("title") or node.get("name")),
        "company": _name(node.get("hiringOrganization")),
        "location": _location(node),
        "employment_type": _employment(node.get("employmentType")),
        "salary": _salary(node.get("baseSalary")) or _salary(node.get("estimatedSalary")),
        "date_posted": _date(node.get("datePosted")),
        "valid_through": _date(node.get("validThrough")),
        "url": _text(node.get("url")),
    }
    stated = tuple(Candidate(field, value, source) for field, value in values.items() if value)
    return JobPosting(stated, _description(node.get("description")))


# --- JSON-LD ----------------------------------------------------------------------------


def _load_json(raw: str) -> object:
    # Pages wrap JSON-LD in HTML comments, end it with ';' and leave raw newlines in strings.
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        return None


def _nodes(data: object) -> Iterator[dict[str, object]]:
    """Every JSON object in ``data``, depth first (JobPosting hides in lists, @graph and mainEntity)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


# --- microdata ----------------------------------------------------------------------------


def _microdata(scope: HtmlElement) -> dict[str, object]:
    """An ``itemscope`` element's properties as JSON-LD would state them: nested items as objects,
    a property given twice as a list."""
    found: dict[str, object] = {}
    if scope.get("itemtype"):
        found["@type"] = scope.get("itemtype", "").split()[0]
    for element in _properties(scope):
        value: object = _microdata(element) if element.get("itemscope") is not None else _value(element)
        for name in element.get("itemprop", "").split():
            if name in found:
                previous = found[name]
                found[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                found[name] = value
    return found


def _properties(scope: HtmlElement) -> Iterator[HtmlElement]:
    """The elements with an ``itemprop`` that belong to ``scope``: not those inside a nested item."""
    for child in scope:
        if not isinstance(child.tag, str):
            continue
        if child.get("itemprop") is not None:
            yield child
        if child.get("itemscope") is None:
            yield from _properties(child)


def _value(element: HtmlElement) -> str:
    for attribute in ("content", "datetime", "href", "src", "value"):
        if element.get(attribute) is not None and (attribute != "value" or element.tag in ("data", "meter")):
            return element.get(attribute, "")
    return element.text_content()


# --- values -----------------------------------------------------------------------------


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return clean_inline(html.unescape(value)) or None


def _name(value: object) -> str | None:
    """An Organization's or a Place's name, or a plain string."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("legalName")
    return _text(value)


def _location(node: dict[str, object]) -> str | None:
    """``Berlin, Germany``; several places joined by ``; ``; a remote job ``Remote`` (``Remote (United States)``)."""
    places = node.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    found = [p for p in (_place(place) for place in places) if p]
    # A remote job whose place says so already ("Remote, US", as Greenhouse sets it) is not said twice.
    remote_said = any(re.search(r"\bremote\b", place, re.IGNORECASE) for place in found)
    if str(_text(node.get("jobLocationType")) or "").upper() == "TELECOMMUTE" and not remote_said:
        where = node.get("applicantLocationRequirements")
        where = where if isinstance(where, list) else [where] if where else []
        regions = ", ".join(r for r in (_name(w) for w in where) if r)
        found.append(f"Remote ({regions})" if regions else "Remote")
    return "; ".join(dict.fromkeys(found)) or None


def _place(place: object) -> str | None:
    """A ``Place`` as people write it: its address's locality, region and country (``Denver, CO, US``), and the way
    the work is done where its name or locality says it and the address cannot (``Denver, CO, US (Hybrid)``,
    ``Austin, TX, US or Remote (US)``); else its address or its name as written."""
    if not isinstance(place, dict):
        return _text(place)
    address = place.get("address")
    if isinstance(address, dict):
        parts = [_name(address.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")]
        split = [_work_mode(part) for part in parts if part]
        joined = ", ".join(dict.fromkeys(piece for place, _ in split for piece in place.split(", ") if piece))
        if joined and _WORK_MODE.search(joined):
            return joined  # "Remote, US": the address says it already
        name = _name(place)
        mode = next((m for _, m in split if m), "") or (_work_mode(name, alone=True)[1] if name else "")
        if joined:
            return f"{joined} {mode}" if mode else joined
    return _text(address) or _name(place)


_WORK_MODE = re.compile(
    r"(?P<sign>\s*(?:\bor\b|[-–—|/,])?\s*)(?P<mode>\(?\b(?:fully\s+)?(?:remote|hybrid|on-?site|in[- ]office)\b.*)$",
    re.IGNORECASE,
)
"""The way the work is done, said after a place in its name ("Denver, CO (Hybrid)", "Austin, TX or Remote (US)",
"Chicago - Hybrid"), or as the name alone ("Hybrid")."""


def _work_mode(text: str, *, alone: bool = False) -> tuple[str, str]:
    """``text`` without the way the work is done it says after its place, and that way as a place is followed by it
    ("(Hybrid)", "or Remote (US)"); ``(text, "")`` where it says none, or says it with no place before it ("Remote"),
    unless it may say it ``alone`` (a place's name: "Hybrid")."""
    found = _WORK_MODE.search(text)
    if found is None or (found.start() == 0 and not alone):
        return text, ""
    mode = found["mode"].strip()
    if found["sign"].strip().lower() == "or":
        mode = f"or {mode}"
    elif not mode.startswith("("):
        mode = f"({mode})"
    return text[: found.start()].strip(), mode


def _employment(value: object) -> str | None:
    """``FULL_TIME`` or ``["FULL_TIME", "CONTRACTOR"]`` → ``FULL_TIME, CONTRACTOR``, made readable by the finder."""
    values = value if isinstance(value, list) else [value]
    texts = [t for t in (_text(v) for v in values) if t]
    return ", ".join(texts) or None


_PERIODS = {"YEAR": "a year", "MONTH": "a month", "WEEK": "a week", "DAY": "a day", "HOUR": "an hour"}


def _unit(text: str) -> str:
    """A ``unitText`` as people write it after pay: "a year" for ``YEAR``; a unit of no period a word of its own
    ("MILE", a driver's pay by the mile) as "per mile"; anything else as written."""
    text = text.strip()
    period = re.sub(r"LY$", "", text.upper()).replace("DAI", "DAY")  # "YEARLY", "DAILY"
    if period in _PERIODS:
        return _PERIODS[period]
    return f"per {text.lower()}" if re.fullmatch(r"[A-Za-z]+", text) else text


def _salary(value: object) -> str | None:
    """A ``MonetaryAmount`` as people write pay: ``USD 120,000–140,000 a year``."""
    if not isinstance(value, dict):
        return _text(value)
    currency = _text(value.get("currency")) or ""
    amount = value.get("value")
    unit = ""
    bound = ""  # "from" a lowest pay with no highest, "up to" a highest with no lowest
    if isinstance(amount, dict):
        unit = _unit(_text(amount.get("unitText")) or "")
        low, high, exact = _amount(amount.get("minValue")), _amount(amount.get("maxValue")), amount.get("value")
        figures = [f for f in (low, high) if f] or [f for f in [_amount(exact)] if f]
        if (low is None) != (high is None) and _amount(exact) is None:
            bound = "from" if low else "up to"
    else:
        figures = [f for f in [_amount(amount)] if f]
    if not figures:
        return None
    return " ".join(x for x in (bound, currency, "–".join(dict.fromkeys(figures)), unit) if x)


def monetary_amount(currency: str, low: object, high: object, period: str) -> str | None:
    """Pay given as its parts (a table's columns: ``USD``, ``120000``, ``140000``, ``YEAR``) as structured
    data would state it: ``USD 120,000–140,000 a year``; one end of the range alone ``from USD 120,000 a year``
    or ``up to USD 140,000 a year``."""
    return _salary({"currency": currency, "value": {"minValue": low, "maxValue": high, "unitText": period}})


def _amount(value: object) -> str | None:
    if isinstance(value, str):
        try:
            value = float(value.replace(",", ""))
        except ValueError:
            return clean_inline(value) or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return None


def _date(value: object) -> str | None:
    """An ISO date (a date-time keeps its date), else the text as stated."""
    text = _text(value)
    return stated_date(text) if text else text


def _description(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    if "<" not in value and "&lt;" in value:
        value = html.unescape(value)  # HTML escaped once more, as many boards do
    outline = Outline()
    if "<" in value:
        root = parse_html(value, "structured data")
        body = root.find("body") if root is not None else None
        if body is not None:
            from lxml import etree

            etree.strip_elements(body, *NEVER_CONTENT, with_tail=False)
            outline_html(body, outline)
    else:
        for paragraph in re.split(r"\n\s*\n", html.unescape(value)):
            outline.paragraph(paragraph.splitlines())
    return outline.render()
