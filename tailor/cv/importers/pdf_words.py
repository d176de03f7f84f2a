"""Words a PDF's text extractor split apart: "E xp erience" read back as "Experience".

pypdf adds a space where the pen moves further than it judges a space to be, and for fonts whose widths it
cannot read (the Type 3 fonts of design tools' PDFs, letter-spaced text) it judges wrong: every kerned pair
becomes a gap, and a résumé made in Figma reads "Senior Pro du ct D esign L ea d" (pypdf's open issues
#3358 and #4113 show the same). Such a space always ends a piece of text that the next piece on its line
continues, so only those spaces are in question, never one inside a piece.

A page is read as split apart when at least :data:`MIN_REJOINED` of those spaces fall inside a word: the
pieces on either side joined make an English word (``data/word_frequency.tsv``) that the pieces alone do
not ("xp" + "erience"), as the most probable reading of the run of pieces. A page with fewer is left as
pypdf read it: two words that also make one ("some" "thing") are never joined, and a page written
normally has no such space. A name the word list lacks stays split ("Tan z u").

pypdf also opens a piece with a space of its own where the text goes on in another font, as a résumé sets a term in
Japanese or Chinese script inside an English line ("patents (" then " 特許" then " ) for IP firms"). Such a space is
dropped where the text around it says no space stands there (:func:`spaces_added`): after an opening bracket or
quotation mark, before closing punctuation, and between two runs of a script written without spaces between words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_REJOINED = 5
"""How many of a page's spaces between pieces must fall inside a word for the page to be read as split apart."""
WORD_OF_ITS_OWN = -11.5
"""How common (ln(probability)) a piece must be to be a word of its own, which is never joined to another:
"some" and "thing" are, the web's "bs" and "du" (of "La bs", "Pro du ct") are not."""
UNKNOWN = -20.0
"""The ln(probability) of a word the word list lacks: below any word in it."""
DATE = -9.0
"""The ln(probability) a date of a résumé counts as, as a word: that of a common one."""
_DATE = re.compile(
    r"[-–]?(?:19|20)\d{2}(?:\s?[-–]\s?(?:(?:19|20)\d{2})?)?"
    r"|(?i:jan|feb|mar|apr|may|jun|june|jul|july|aug|sept?|oct|nov|dec)"
)
ACRONYM = -15.0
"""The ln(probability) of capitals joined into an acronym ("U X", "ER P"): likelier than the letters apart."""
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PUNCTUATION = re.compile(r"^[.,;:!?)\]]")
"""What opens a piece that follows the word before it with no space in any case ("too l" + ". Led")."""
_OPENING = re.compile(r"(?:^|\s)[(\[“‘]\s$")
"""A piece that ends with an opening bracket or quotation mark alone, which the next piece goes on from ("( " +
"contract)")."""


_UNSPACED_SCRIPT = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
"""A character of a script written without spaces between its words: Chinese characters, Japanese kana, their
punctuation and full-width forms (not Korean, which spaces its words)."""
_OPENS_ON = re.compile(r"[(\[{“‘「『（［【〈《]$")
"""How a piece ends where the next goes on with no space: an opening bracket or quotation mark."""
_CURRENCY = re.compile(r"[$€£¥₹]$")
"""A currency sign, which an amount follows with no space ("$4.1M"): LaTeX sets "\\$" in another font than the
figures after it, and the extractor adds a space where the font changes."""
_CLOSES = re.compile(r"[)\]}”’,.;:!?」』）］】〉》、。]")
"""What opens a piece that closes what the piece before it says, with no space before it."""


def spaces_added(rows: Sequence[float], texts: Sequence[str]) -> set[int]:
    """The pieces of one page (as :func:`rejoined` takes them) whose opening space the extractor added where the
    font changed, and that the text around it says is none: the piece before, on the same line and ending with no
    space, ends with an opening bracket or quotation mark ("patents (" + " 特許") or a currency sign before this piece's
    figures ("unblocked $" + " 4.1M"), or this piece goes on with closing
    punctuation (" ) for IP firms"), or both sides of the space are a script written without spaces ("明細" + "
    書"). A space between two words of spaced scripts ("patents" + " 特許") stays: it may be the author's."""
    out = set()
    for n in range(1, len(texts)):
        before, text = texts[n - 1], texts[n]
        if abs(rows[n - 1] - rows[n]) >= 0.5 or not before.strip() or before[-1].isspace():
            continue
        if not text.startswith(" ") or len(text) < 2 or text[1].isspace():
            continue
        unspaced = bool(_UNSPACED_SCRIPT.match(before[-1]) and _UNSPACED_SCRIPT.match(text[1]))
        priced = bool(_CURRENCY.search(before) and text[1].isdigit())
        if unspaced or priced or _OPENS_ON.search(before) or _CLOSES.match(text[1]):
            out.add(n)
    return out


def rejoined(rows: Sequence[float], texts: Sequence[str]) -> set[int]:
    """The pieces of one page (``texts``, in the order they were drawn, each on the line at height ``rows[n]``)
    whose closing space splits a word, where the page reads as split apart: each is one word with the piece
    after it, that space dropped. None elsewhere."""
    joins = {n for n in range(len(texts) - 1) if abs(rows[n] - rows[n + 1]) < 0.5 and _open_end(texts[n], texts[n + 1])}
    if len(joins) < MIN_REJOINED:
        return set()
    inside = _inside_words(texts, joins)
    if len(inside) < MIN_REJOINED:
        return set()
    return inside | {n for n in joins if _PUNCTUATION.match(texts[n + 1]) or _OPENING.search(texts[n])}


def _open_end(text: str, following: str) -> bool:
    """Whether ``text`` ends with the one space an extractor may have added, before ``following`` on its line."""
    opens = following[:1].isalnum() or bool(_PUNCTUATION.match(following))
    return text.endswith(" ") and not text.endswith("  ") and bool(text.strip()) and opens


def _inside_words(texts: Sequence[str], joins: set[int]) -> set[int]:
    """The pieces (by index) whose closing space falls inside a word, by the most probable reading of each run
    of pieces joined by such spaces."""
    from tailor.lexicon import word_log_probabilities

    known = word_log_probabilities()
    inside: set[int] = set()
    words: list[str] = []  # the run's words across pieces that end open
    ends: list[int | None] = []  # for each word, the piece whose open end follows it (None: a space of its own)
    for n, text in enumerate(texts):
        pieces = text.split()
        goes_on = n in joins and not (_PUNCTUATION.match(texts[n + 1]) or _OPENING.search(text))
        for k, word in enumerate(pieces):
            words.append(word)
            ends.append(n if k == len(pieces) - 1 and goes_on else None)
        if not goes_on or not pieces:
            inside |= _split_within(words, ends, known)
            words, ends = [], []
    return inside | _split_within(words, ends, known)


def _split_within(words: list[str], ends: list[int | None], known: dict[str, float]) -> set[int]:
    """The open ends among ``words`` that the best reading joins: each stretch of words that open ends link
    is read as the words it most probably is, a join allowed only where it makes a listed word of which
    some part is no word of its own (a single letter counts as none)."""
    found: set[int] = set()
    start = 0
    for n in range(len(words)):
        if ends[n] is None:
            if n > start:
                found |= _best_joins(words[start : n + 1], ends[start:n], known)
            start = n + 1
    return found


def _best_joins(words: list[str], ends: list[int | None], known: dict[str, float]) -> set[int]:
    """The open ends (pieces) joined by the most probable reading of ``words``, each but the last followed by
    the open end of ``ends``."""
    best: list[tuple[float, tuple[int, ...]] | None] = [(0.0, ())] + [None] * len(words)
    for j in range(1, len(words) + 1):
        for i in range(max(0, j - 8), j):
            before = best[i]
            if before is None:
                continue
            score = _score(words[i:j], known)
            if score is None:
                continue
            joined = tuple(e for e in ends[i : j - 1] if e is not None)
            if best[j] is None or before[0] + score > best[j][0]:  # type: ignore[index]
                best[j] = (before[0] + score, before[1] + joined)
    last = best[len(words)]
    return set(last[1]) if last else set()


def _score(parts: list[str], known: dict[str, float]) -> float | None:
    """The ln(probability) of ``parts`` read as one word (None where they cannot be one). A year, a span of
    years and a month's name count as words ("2 0 2 5" is 2025, "O CT" Oct); a digit or two alone as a word
    the list lacks."""
    word = "".join(parts).strip("/.,;:!?()[]\"'“”’")
    if _DATE.fullmatch(word):
        return DATE
    if len(parts) == 1:
        if word.isalpha():
            return known.get(word.lower(), UNKNOWN)
        return UNKNOWN if word.isdigit() and len(word) < 3 else 0.0
    if not all(any(c.isalnum() for c in part) for part in parts):
        return None  # ". Led": a sentence's full stop, then the next
    if _ACRONYM.fullmatch(word) and any(len(part) == 1 for part in parts):
        return ACRONYM  # "U X", "ER P"
    if word.isalpha() and word.lower() not in known and len(parts) == 2 and _letter_then_rest(*parts, known):
        return UNKNOWN  # "F igma", "B roadcom": a name the list lacks, its capital split off
    if not word.isalpha() or word.lower() not in known:
        return None
    if all(part.isalpha() and len(part) > 1 and known.get(part.lower(), UNKNOWN) >= WORD_OF_ITS_OWN for part in parts):
        return None  # "some" "thing": two words already
    return known[word.lower()]


def _letter_then_rest(first: str, rest: str, known: dict[str, float]) -> bool:
    """Whether a capital alone (no word of its own: not "A" or "I") and the lower-case rest of a name that no
    word is read as one word ("F" "igma")."""
    return len(first) == 1 and first not in "AI" and first.isupper() and rest.islower() and rest not in known


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word, hyphenated or not ("perturbation", "high-titer"), as a document's words are gathered."""


def words_of(texts: Sequence[str]) -> frozenset[str]:
    """The words (lower case) that ``texts`` write, hyphenated ones whole: what :func:`hyphen_breaks` looks up."""
    return frozenset(word.lower() for text in texts for word in _WORD.findall(text))


def hyphen_breaks(left: str, right: str, written: frozenset[str]) -> bool:
    """Whether ``left``, which ends a line with a hyphen, and ``right``, the next line's first word, are one word a
    layout hyphenated at the margin ("identi-" / "fied", as LaTeX sets justified text), not a compound that keeps its
    hyphen ("high-" / "titer"). One word where the document writes it whole elsewhere (``written``, from
    :func:`words_of`) and never with that hyphen, or where the word list knows it whole and its parts are not both
    words of their own ("e-" / "mail" stays as written). Without such evidence the hyphen stays: it is the page's."""
    from tailor.lexicon import word_log_probabilities

    whole, hyphened = f"{left}{right}".lower(), f"{left}-{right}".lower()
    if not (left.isalpha() and right.isalpha()) or hyphened in written:
        return False
    if whole in written:
        return True
    known = word_log_probabilities()
    own = [known.get(part.lower(), UNKNOWN) >= WORD_OF_ITS_OWN for part in (left, right)]
    return whole in known and not all(own)
