"""The company an address in a posting names: the domain of an e-mail address or of the link to apply
through, as the posting spells the name (``spotlightpa`` is "Spotlight PA", ``uwaterloo`` "University
of Waterloo"); and a short name completed as the posting writes it in full ("Arista" → "Arista Networks").

A domain alone is never a name: the posting must write the name the domain spells. Pure text processing.
"""

from __future__ import annotations

import re
from collections import Counter

from tailor.posting.details import Field
from tailor.posting.lines import Page

_FREE_MAIL = frozenset((
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "proton",
    "protonmail", "gmx", "web", "mail", "yandex", "linkedin", "twitter", "x", "facebook", "instagram", "youtube",
    "tiktok", "glassdoor", "indeed", "github", "google", "bit", "wikipedia",
))  # fmt: skip
"""Domains that are nobody's employer in a posting: free mail, social networks, link shorteners."""
_FORM_HOST = frozenset(("forms", "form"))
"""The first label of a host that serves the forms a tool's users make (``forms.clickup.com``, ``forms.office.com``):
a posting that takes applications through one names the tool's maker in the rest of the address, not the employer,
and often names the tool in its text too ("project management tools (ClickUp, Notion)"). Where the form's owner
has a host of its own (``acme.typeform.com``), that name is the employer's, as ``spotlightpa.applytojob.com`` is."""
_GENERIC_HOST = frozenset((
    "www", "www2", "m", "jobs", "job", "careers", "career", "apply", "boards", "board", "hr", "mail",
    "recruiting", "talent", "en",
))  # fmt: skip
_SECOND_LEVEL = frozenset((
    "co", "com", "org", "net", "ac", "edu", "gov", "gob", "govt", "or", "ne", "go",
))  # fmt: skip


def domain_labels(address: str) -> list[str]:
    """The names in an address's domain: ``spotlightpa.applytojob.com`` → ``spotlightpa``, ``applytojob``;
    ``jobs.ox.ac.uk`` → ``ox``; ``finch-robotics.example`` → ``finchrobotics``."""
    host = re.sub(r"^(?:mailto:|https?://)", "", address).split("/")[0].split("?")[0].split(":")[0].lower()
    labels = host.split(".")
    if len(labels) < 2 or labels[0] in _FORM_HOST:
        return []  # forms.clickup.com, forms.office.com: the form's maker, not the employer
    labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    names = (x.replace("-", "") for x in reversed(labels) if x not in _GENERIC_HOST and x not in _FREE_MAIL)
    return [x for x in names if len(x) >= 3]


def from_addresses(page: Page, kind: str) -> dict[Field, list[str]]:
    """The company name an address's domain spells, as the posting writes it: ``spotlightpa`` is
    "Spotlight PA", ``uwaterloo`` "University of Waterloo". Addresses near how to apply first."""
    addresses = [(a, near) for a, near in page.addresses if a.startswith("mailto:") == (kind == "email")]
    if kind == "link":
        addresses = [(a, near) for a, near in addresses if near]  # a link to a product names no employer
    names = []
    for address, _ in sorted(addresses, key=lambda a: not a[1]):
        for label in domain_labels(address):
            name = spelt(label, page.names)
            if name is not None:
                names.append(name)
    return {"company": names}


_ORG_WORDS = frozenset((
    "labs", "lab", "inc", "ltd", "llc", "gmbh", "ag", "corp", "corporation", "co", "technologies", "systems",
    "networks", "software", "solutions", "robotics", "analytics", "therapeutics",
))  # fmt: skip
"""Words that complete a company's short name ("Arista" → "Arista Networks"); not words that name
another body of the same name ("1Password University", "Mozilla Foundation")."""


def spelt(label: str, names: Counter[str]) -> str | None:
    """The name among ``names`` that the domain label ``label`` spells, or None."""
    exact = [n for n in names if n and spells(n, label, strict=True)]
    if not exact:
        return None
    return _longest(max(exact, key=lambda n: (names[n], -len(n))), names)


def complete(name: str, page: Page) -> str:
    """``name`` as the posting writes it in full: "Arista" → "Arista Networks" when it writes that too; and
    in its own letters where a heading set it in capitals ("LANE COUNTY" → "Lane County", as its text writes it)."""
    if name.isupper():
        # "The City of Arvada Hills is …" writes "CITY OF ARVADA HILLS" in its letters, "The" as a sentence sets it.
        written = (n.removeprefix("The ") for n in page.names if not n.isupper())
        name = next((n for n in written if n.lower() == name.lower()), name)
    return _longest(name, page.names)


def _longest(name: str, names: Counter[str]) -> str:
    longer = [n for n in names if n.startswith(name + " ") and n[len(name) :].strip(" .").lower() in _ORG_WORDS]
    return longer[0] if len(longer) == 1 else name


def spells(name: str, label: str, *, strict: bool = False) -> bool:
    """Whether ``name`` is what the domain label ``label`` stands for: its letters (``Spotlight PA``,
    ``1Password``), its initials and last word (``University of Waterloo`` for uwaterloo), its
    initials (``MIT``); not ``strict``, also its first word (``Tufa Labs`` for tufa)."""
    words = [w for w in re.findall(r"[\w&]+", name.lower()) if w not in ("of", "and", "&", "the", "de", "for")]
    if not words:
        return False
    if "".join(words) == label or (len(label) >= 3 and "".join(w[0] for w in words) == label and len(words) > 2):
        return True
    if len(words) > 1 and "".join(w[0] for w in words[:-1]) + words[-1] == label:
        return True
    return not strict and words[0] == label and len(words) > 1
