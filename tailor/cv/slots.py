"""The slots of a letter's texts: ``{{ company }}``, ``{{ title }}``, … filled from the posting, as it states them.

A cover letter is the owner's own text. The only words tailor puts into it are the
posting's own details and the date, each in a slot the owner wrote where it goes:
``I am applying for the {{ title }} role at {{ company }}.`` Filling is plain
substitution, never a template language: a slot is ``{{`` a name of :data:`SLOTS`
``}}`` (spaces inside optional), and everything else, braces included, is text
printed as written. A slot whose name is not in :data:`SLOTS` is a mistake in the
CV (:func:`unknown`), reported with its line when the CV is read.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

SLOTS: dict[str, str] = {
    "company": "the hiring organisation, as the posting names it",
    "title": "the job title, as the posting states it",
    "hiring_manager": "whom the application goes to, when the posting names them ('Hiring manager: …')",
    "team": "the team or department hiring, when the posting names it ('Team: …')",
    "date": "the day the letter is made, e.g. 14 March 2025",
}
"""Every slot a letter's text may use, and what fills it."""

_SLOT = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def used(text: str) -> list[str]:
    """The slots ``text`` uses, in order of first use (unknown names included)."""
    return list(dict.fromkeys(m.group(1) for m in _SLOT.finditer(text)))


def unknown(text: str) -> list[str]:
    """The names in ``{{ … }}`` that are no slot of :data:`SLOTS`."""
    return [name for name in used(text) if name not in SLOTS]


def describe_unknown(name: str) -> str:
    """What is wrong with ``{{ name }}``, with the slot meant when it is a near miss."""
    close = difflib.get_close_matches(name, list(SLOTS), n=1)
    meant = f"did you mean {{{{ {close[0]} }}}}? " if close else ""
    return f"unknown slot {{{{ {name} }}}}; {meant}the slots are {', '.join(SLOTS)}"


def missing(text: str, values: Mapping[str, str | None]) -> list[str]:
    """The slots ``text`` uses that ``values`` leaves empty."""
    return [name for name in used(text) if not values.get(name)]


_SLOT_THEN_STOP = re.compile(
    r"(?:(?<![^\W\d_])((?i:the|dear|an?)\s+))?" + _SLOT.pattern + r"(\.(?!\.)|['’]s(?![^\W\d_]))?"
)
_ARTICLE = re.compile(r"The\s+(?=\S)")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n])[\s\"'“‘(\[]*\Z")
_SAID_WITH_AN = re.compile(
    # A vowel's sound: a word that opens with a vowel but for one said with a "y" or "w" ("a Unit Manager", "a
    # one-day", "a European"), or letters said one by one that open with a vowel's sound ("an RN", "an SEO Lead").
    r"(?!(?i:uni|use|usa|usu|uti|ura|eu|one\b|once\b)|U(?=[A-Z]))[AEIOUaeiou]|(?:[AEFHILMNORSX](?=[A-Z0-9&/-]*(?:\b|s\b)))"
)
"""A value said with "an" before it rather than "a"."""


def fill(text: str, values: Mapping[str, str | None]) -> str:
    """``text`` with each slot replaced by its value, verbatim; every other character as written, but for
    a full stop after a value that ends with one ("help {{ company }}." for "Acme, Inc." is "help Acme,
    Inc."): a name's abbreviation that ends a sentence ends it with its own point, as style guides have it;
    and a name's own "The": dropped after "the" or "Dear" ("Dear {{ company }} hiring team" for "The Gilded
    Lantern" is "Dear Gilded Lantern hiring team", "the {{ company }} team" is not "the The …"), lowercase
    within a sentence ("work with the Office of Financial Management", as running text prints a name's
    article), kept where a sentence starts.

    Raises:
        KeyError: a slot of ``text`` has no value (check :func:`missing` first).
    """

    def value(found: re.Match[str]) -> str:
        before, name, after = found.groups()
        got = values.get(name)
        if not got:
            raise KeyError(name)
        if before and before.rstrip().lower() in ("a", "an"):
            # The owner's article agrees with the value it stands before: "a {{ title }}" for "Operations Analyst"
            # is "an Operations Analyst", "an {{ title }}" for "Unit Clerk" "a Unit Clerk", its capital kept.
            said = "an" if _SAID_WITH_AN.match(got) else "a"
            before = (said.capitalize() if before[0].isupper() else said) + before[len(before.rstrip()) :]
        elif _ARTICLE.match(got):
            if before:
                got = _ARTICLE.sub("", got, count=1)
            elif not _SENTENCE_START.search(found.string, 0, found.start()):
                got = "t" + got[1:]
        if after and after[0] != ".":
            # A name that ends in a plural's "s" takes the apostrophe alone: "Meridian Devices' clinics", not
            # "Devices's"; any other keeps the owner's "'s" ("Acme's").
            return (before or "") + got + (after[0] if got.endswith("s") and not got.endswith("ss") else after)
        return (before or "") + (got if got.endswith(".") else got + (after or ""))

    return _SLOT_THEN_STOP.sub(value, text)


def without(text: str) -> str:
    """``text`` without its slots: the owner's own words, as ranking reads them."""
    return " ".join(_SLOT.sub(" ", text).split())
