"""Front matter: the block of fields atop a posting saved from a static site or a job board's export.

YAML between ``---`` lines (Jekyll, and Hugo's default) or TOML between ``+++`` lines
(Hugo): ``title: Data Engineer`` or ``title = "Data Engineer"``. Its fields state
details of the job (title, company, place …); a field whose value is text of its own
lines (a YAML block, ``requirements: |``, or a TOML string in triple quotes), as a
careers site keeps each part of a posting, is a section of the posting's text under its
name; the rest of the block is no part of it. A block is front matter only when it is
made of such fields, so a posting that merely opens with a title between two rules keeps
its title.
"""

from __future__ import annotations

import re
import textwrap

from tailor.posting.details import DATE_FIELDS, Candidate, Field, stated_date
from tailor.posting.extracted import clean_inline

_BLOCK = re.compile(
    r"\A(?:[ \t]*\n)*(?:---[ \t]*\n(.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(.*?)\n\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL
)
"""A front matter's block, after any blank lines a copy or an export leaves above it."""
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=](?:\s+(.*?))?\s*$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TEXT_FIELD = re.compile(r"""^([A-Za-z_][\w-]*)\s*(?::\s*[|>][-+]?\d?|=\s*(\"\"\"|\'\'\'))\s*$""")
"""A field whose value is text on the lines that follow: a YAML block (``duties: |``, ``duties: >-``) or a
TOML multi-line string (``duties = \"\"\"``)."""

KEYS: dict[str, Field] = {
    "title": "title",
    "job_title": "title",
    "position": "title",
    "role": "title",
    "company": "company",
    "company_name": "company",
    "employer": "company",
    "organization": "company",
    "organisation": "company",
    "hiring_organization": "company",
    "location": "location",
    "job_location": "location",
    "work_location": "location",
    "employment_type": "employment_type",
    "job_type": "employment_type",
    "type": "employment_type",
    "salary": "salary",
    "compensation": "salary",
    "date": "date_posted",
    "date_posted": "date_posted",
    "posted": "date_posted",
    "deadline": "valid_through",
    "closing_date": "valid_through",
    "valid_through": "valid_through",
    "url": "url",
    "apply_url": "url",
}
"""Field names (lower case, ``-`` and camelCase as ``_``: ``companyName`` is ``company_name``) → the detail
each states; other fields are ignored."""


def _inside(block: re.Match[str]) -> str:
    """The text between the rules of a front matter :data:`_BLOCK` found: YAML's or TOML's, empty in an empty one
    ("---", a blank line, "---")."""
    return block.group(1) if block.group(1) is not None else block.group(2) or ""


def split_front_matter(text: str) -> tuple[tuple[Candidate, ...], str]:
    """The details ``text``'s front matter states, and the posting's text: its text fields, each under its
    name as a heading (:func:`text_fields`), and what follows the front matter, under the title it states (a
    line of its own, as a posting opens); or ``text`` itself without any.

    The title stays in the text because it is the posting's first words, which name the job: without
    it, the role's own title would weigh nothing in ranking."""
    stated, body = read_front_matter(text)
    if body is text:  # no front matter
        return stated, body
    if parts := [f"{heading}\n\n{value}" for heading, value in text_fields(text)]:
        body = "\n\n".join([*parts, body])
    title = next((c.value for c in stated if c.field == "title"), None)
    if title and not body.lstrip("# ").startswith(title):
        body = f"{title}\n\n{body}"
    return stated, body


def read_front_matter(text: str) -> tuple[tuple[Candidate, ...], str]:
    """The details ``text``'s front matter states, and the text after it (``text`` itself without any)."""
    found = _BLOCK.match(text)
    if found is None:
        return (), text
    lines = [line for line in _inside(found).split("\n") if line.strip()]
    # Every line a field, or what continues one (an indented or listed value, a comment).
    if not lines or not _FIELD.match(lines[0]) or not all(_FIELD.match(line) or line[0] in " \t-#" for line in lines):
        return (), text
    stated: dict[Field, str] = {}
    for n, line in enumerate(lines):
        if not (field := _FIELD.match(line)):
            continue
        key = _CAMEL.sub("_", field.group(1)).lower().replace("-", "_")
        if (detail := KEYS.get(key)) is None:
            continue
        if field.group(2):
            value = clean_inline(field.group(2).strip("\"'"))
        elif detail == "company":
            value = _nested_name(lines[n + 1 :])
        else:
            continue
        if value:
            stated.setdefault(detail, stated_date(value) if detail in DATE_FIELDS else value)
    return tuple(Candidate(f, v, "front-matter") for f, v in stated.items()), text[found.end() :].lstrip("\n")


_NAME = re.compile(r"^[ \t]+name\s*:\s+(.+?)\s*$")


def _nested_name(lines: list[str]) -> str:
    """The ``name:`` among the indented lines that follow a field with no value of its own: an employer given as
    schema.org's Organization (``hiringOrganization:`` then ``  name: Acme``), as job boards built on it write their
    front matter; "" when those lines name none."""
    for line in lines:
        if line[:1] not in " \t":
            break
        if found := _NAME.match(line):
            return clean_inline(found.group(1).strip("\"'"))
    return ""


_FORMAT_AFTER = re.compile(r"\s+(?:markdown|md|html|rich text)$", re.IGNORECASE)
"""The format a site builder's content manager names after a field's part ("description_markdown", "bodyHtml"): no
word of the part's heading."""


def text_fields(text: str) -> list[tuple[str, str]]:
    """The fields of ``text``'s front matter whose value is text of its own lines (:data:`_TEXT_FIELD`), each as
    (heading, text): the field's name in words ("Responsibilities" of ``responsibilities: |``, "Nice to have" of
    ``nice_to_have: |``) and its lines, unindented. A careers site that keeps a posting's duties and
    requirements in such fields shows them under such headings; none when ``text`` has no front matter."""
    found = _BLOCK.match(text)
    if found is None:
        return []
    lines = _inside(found).split("\n")
    fields: list[tuple[str, str]] = []
    n = 0
    while n < len(lines):
        field = _TEXT_FIELD.match(lines[n])
        n += 1
        if field is None:
            continue
        quotes = field.group(2)
        start = n
        if quotes:  # TOML: up to the closing quotes
            while n < len(lines) and quotes not in lines[n]:
                n += 1
            value = "\n".join([*lines[start:n], lines[n].split(quotes)[0] if n < len(lines) else ""])
            n += 1
        else:  # YAML: the indented (and blank) lines that follow
            while n < len(lines) and (not lines[n].strip() or lines[n][:1] in " \t"):
                n += 1
            value = "\n".join(lines[start:n])
        value = textwrap.dedent(value).strip()
        if value:
            name = _CAMEL.sub("_", field.group(1)).replace("-", "_").replace("_", " ").strip()
            name = _FORMAT_AFTER.sub("", name) or name
            fields.append((name[:1].upper() + name[1:].lower(), value))
    return fields
