"""What a résumé can show of a CV's text: one rule for characters, wherever CV text is read, printed or checked.

A CV file can hold characters that no page shows: control characters (a vertical
tab or form feed pasted from a PDF, U+001F from a spreadsheet), half a character
(an unpaired surrogate, from a JSON ``\\ud800`` escape), non-characters, zero-width
spaces, and the bidirectional controls that reorder what a reader sees without
changing what a parser reads. Word draws some, drops others, turns a form feed
into a page break or refuses the file; an ATS reads them as it pleases. So the
CV loader, the CV model, the renderer and the read-back check all apply
:func:`printable`, and agree by construction:

* a line break (``\\r\\n``, ``\\r``, ``\\n``) is ``\\n``;
* every other character that separates words (tab, vertical tab, form feed,
  U+001C–U+001F, U+0085, U+2028, U+2029) is a space;
* other control characters (C0, DEL, C1), unpaired surrogates, non-characters
  (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their like in every plane), zero-width
  spaces, word joiners and byte-order marks (U+200B, U+2060, U+FEFF, U+180E), and
  bidirectional marks and controls (U+061C, U+200E, U+200F, U+202A–U+202E,
  U+2066–U+2069) are left out.

Zero-width joiners and non-joiners (U+200C, U+200D) stay: emoji and several
scripts are written with them. Everything else is printed as written.
"""

from __future__ import annotations

from typing import Any

_SPACES = "\t\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_LEFT_OUT = [
    *range(0x00, 0x09),
    *range(0x0E, 0x1C),
    0x7F,
    *(c for c in range(0x80, 0xA0) if c != 0x85),
    *range(0xD800, 0xE000),  # surrogates: only ever half a character in a str
    *range(0xFDD0, 0xFDF0),
    *(plane + last for plane in range(0, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF)),
    0x200B, 0x2060, 0xFEFF, 0x180E,
    0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
]  # fmt: skip
_TABLE: dict[int, str | None] = {**dict.fromkeys(_LEFT_OUT), **{ord(c): " " for c in _SPACES}, ord("\r"): "\n"}


def printable(text: str) -> str:
    """``text`` as a résumé shows it, by the rule in this module's docstring."""
    return text.replace("\r\n", "\n").translate(_TABLE)


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that :func:`printable` changes, once each in order of
    appearance, as ``U+000B``; a carriage return (a line break written the Windows way) is
    not counted."""
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in text if ord(c) in _TABLE and c != "\r"))


def printable_value(value: Any) -> Any:
    """``value`` through :func:`printable` if it is text, else as it is (a validator's shape)."""
    return printable(value) if isinstance(value, str) else value


Where = tuple[str | int, ...]
"""Where a value stands in a data file: keys and list positions from the top (``("experience", 0, "role")``)."""


def printable_data(node: Any, at: Where = ()) -> tuple[Any, list[tuple[Where, list[str]]]]:
    """Every text value in ``node`` (dicts, lists and scalars, as a data file parses) through
    :func:`printable`; and where one changed, with the characters that changed (:func:`unprintable`)."""
    changes: list[tuple[Where, list[str]]] = []
    if isinstance(node, dict | list):
        pairs = node.items() if isinstance(node, dict) else enumerate(node)
        out = {}
        for key, value in pairs:
            out[key], found = printable_data(value, (*at, key))
            changes += found
        return (out if isinstance(node, dict) else list(out.values())), changes
    if isinstance(node, str) and (found := unprintable(node)):
        changes.append((at, found))
    return printable_value(node), changes
