"""The letters a person writes after their name ("Jane Doe, RN, BSN", "Priya R., MS, CCC-SLP"), taken out of
``contact.name`` and kept in the headline, for every kind of source an importer reads."""

from __future__ import annotations

import re

from tailor.cv.importers.draft import Draft

_WORD = r"(?=(?:[^A-Z\s]*[A-Z]){2})[A-Z][A-Za-z]*(?:[.\-/&+][A-Za-z]*)*\.?®?"
_BOARD = r"(?: ?\([A-Z]{2,6}\)[A-Z]{0,3})?"
_LETTERS = re.compile(rf"{_WORD}(?: {_WORD})*{_BOARD}")
"""One set of post-nominal letters: words of two capitals or more each, with the dots, hyphens, slashes or plus
signs some are written with ("RN", "PhD", "M.S.", "CCC-SLP", "CPA/ABV"); a credential of two words or three
("ENV SP", "LEED AP BD+C") is one set, and so is one with its certifying board's letters in brackets after it, and
the letters its board adds for a credential kept up ("MLS(ASCP)CM", "MT (ASCP)", "MLT(AMT)")."""

_NUMBERED = re.compile(
    r"(?:[A-Z][A-Za-z&]{1,9}\s+)?(?:(?:lic(?:en[cs]e)?|reg(?:istration)?|cert(?:ificate)?)\.?\s*)?"
    r"(?:no\.?\s*|number\s*|#\s*)[\w./-]*\d[\w./-]*",
    re.IGNORECASE,
)
"""A licence's number after the letters, with its body's letters before it ("ASHA #12345678", "License #RN-44812",
"Lic. No. 4471"): the holder's licence, no letters of the name and no part of a headline."""

_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""What follows a name after a comma and is part of it ("John Smith, Jr.", "Ada Lane, III")."""


def name_and_letters(text: str) -> tuple[str, str]:
    """``text`` as a person's name and the letters written after it, as written ("Jane Doe, RN, BSN" →
    "Jane Doe", "RN, BSN"); a name followed by none is itself and "". A generational suffix ("Jr.") stays in
    the name; a name written surname first ("Doe, Jane": one word before its comma) has no letters."""
    pieces = [p.strip() for p in text.split(",")]
    keep = 1
    while keep < len(pieces) and pieces[keep].lower() in _GENERATION:
        keep += 1
    name, letters = ", ".join(pieces[:keep]), pieces[keep:]
    # A licence's number may follow the letters ("Jane Roe, CCC-SLP, ASHA #12345678"): the letters still end the name.
    while letters and _NUMBERED.fullmatch(letters[-1]):
        letters = letters[:-1]
    if not letters or len(pieces[0].split()) < 2 or not all(_LETTERS.fullmatch(p) for p in letters):
        return text.strip(), ""
    return name, ", ".join(pieces[keep:])


def licences_after(letters: str) -> tuple[str, list[str]]:
    """``letters`` (:func:`name_and_letters`' second part) as the post-nominal letters and the licence numbers after
    them ("CCC-SLP, ASHA #12345678" → "CCC-SLP", ["ASHA #12345678"])."""
    pieces = letters.split(", ")
    numbers = []
    while pieces and _NUMBERED.fullmatch(pieces[-1]):
        numbers.insert(0, pieces.pop())
    return ", ".join(pieces), numbers


def letters_only(text: str) -> bool:
    """Whether ``text`` is post-nominal letters and nothing else ("NRP, FF II", "RN, BSN"), as a résumé sets them on
    a line of their own under the name: each a few letters, so that a title in capitals ("SENIOR ACCOUNTANT") is
    none."""
    short = all(len(word) <= 5 for word in re.split(r"[\s,.\-/&+()®]+", text) if word)
    return short and all(_LETTERS.fullmatch(piece.strip()) for piece in text.split(","))


def letters_apart(draft: Draft) -> Draft:
    """``draft`` with the letters after its ``contact.name`` moved out of the name, which a résumé prints and a
    letter signs: into the headline, before the headline the source gave ("RN, BSN | Charge Nurse"), unless it
    names them all already ("Pharmacy Technician (CPhT)": it stays as it is), with a note saying so. No letter is
    lost: the schema has no field for them but the line under the name."""
    contact = draft.data.get("contact")
    if not isinstance(contact, dict) or not isinstance(contact.get("name"), str):
        return draft
    name, letters = name_and_letters(contact["name"])
    if not letters:
        return draft
    contact["name"] = name
    letters, numbers = licences_after(letters)
    if numbers:
        # The licence a number names is a credential the résumé lists, where it shows the holder's number.
        held = draft.data.setdefault("certificates", [])
        for number in numbers:
            if not any(number in str(c.get("name", "")) for c in held if isinstance(c, dict)):
                held.append({"name": number})
                draft.note(("certificates", len(held) - 1, "name"), f"'{number}' followed your name in the source")
    headline = draft.data.get("headline")
    if isinstance(headline, str) and _names_all(headline, letters):
        # "Dana Ruiz, CPhT" over "Certified Pharmacy Technician (CPhT)": the line says them already, once is enough.
        draft.note(("headline",), f"'{letters}' followed your name in the source; this line names them already")
        return draft
    if isinstance(headline, str) and headline.strip():
        draft.data["headline"] = f"{letters} | {headline.strip()}"
    elif headline:  # headline variants: the letters have no one line to join
        draft.leftovers.append(letters)
        draft.note(("contact", "name"), f"'{letters}' followed your name; kept at the end: place them in a headline")
        return draft
    else:
        draft.data["headline"] = letters
    draft.note(("headline",), f"'{letters}' followed your name in the source; moved here from it")
    return draft


def _names_all(headline: str, letters: str) -> bool:
    """Whether ``headline`` names every set of ``letters`` ("CPhT" in "Pharmacy Technician (CPhT)") as words of its
    own, written as the name wrote them: "PE" in "PEDIATRIC" is no mention."""
    return all(re.search(rf"(?<![\w.]){re.escape(one)}(?![\w])", headline) for one in letters.split(", "))
