"""Rows of a table that are the same job: one per city, one per board, reposted weekly.

Two rows are the same job when they have the same company and the same job title
(compared without case, punctuation, a board's typography or a company's legal form:
"Acme, Inc." is "ACME", "Worker – LCSW" "Worker - LCSW"; a part naming only the row's
own place left out: "Nurse - Leeds" in Leeds is "Nurse") and the same or nearly the
same description. Descriptions are compared after normalising them (:func:`fingerprint`):

- every line that names the row's own location is left out ("join our team in
  Berlin" and "… in Lisbon" are the same sentence for two cities), and so is every
  line of boilerplate: equal-opportunity and privacy text, benefits and pay, how
  to apply (:data:`BOILERPLATE`). A row's lines are also compared with the lines
  naming its place kept (:attr:`Fingerprint.placed`): one text in an HQ's city and
  in "Remote" left out its "Headquartered in Indiana" from the one and its "remote-eligible"
  from the other, and two copies of the same words were two jobs;
- what is left is read as words (letters and digits, lower case): markup,
  punctuation, typography (:data:`TYPOGRAPHY`) and whitespace do not count, so a
  board's Markdown and another's HTML of one posting read the same.

Two descriptions whose words are then the same are the same. Otherwise they are
nearly the same (:func:`nearly_the_same`) when their sets of word 5-shingles (runs
of five words) are alike enough, as estimated from the :data:`SKETCH` smallest
shingle hashes of each (a bottom-k MinHash sketch: exact for descriptions of fewer
shingles than that, within about ±2 points near 0.9 for longer ones, so pairs
right at the threshold may fall either way):

- their Jaccard similarity is at least :data:`NEARLY_THE_SAME` (0.9): nine in ten
  of their shingles are shared, whatever changed; or
- the shingles one has and the other has not are at most :data:`FEW_CHANGES` (24),
  and at least :data:`AT_LEAST_SHARED` (0.6) of them are shared.

A changed word changes the five shingles it is in, on each side: ten. The first rule
alone lets a 1,000-word description change some ten words and still be the same
job, yet a 150-word one (some 140 shingles) not two: the second lets any
description change a word or two, or replace one line of up to eight words, as a
repost does. Three requirements added (some 30 shingles), or another team's duties,
is another job, and so is a very short description that shares less than
:data:`AT_LEAST_SHARED` of its shingles.

Rows are decided in table order: each row is compared with every row of each group
of the same company and title found before it, and joins the first group it
matches; the first row of a group is the one ranked. A job reposted week after
week, a few words changed each time, is one job: each repost is nearly the one
before, though the fifth may no longer be nearly the first. A row without a company or
a title is never merged: it cannot be told to be the same job. The words of the
first :data:`COMPARED_CHARS` characters are compared.

Posting files are compared alike, but each one's company and title are known only once its text is read
for them, which costs a third as much again as scoring it: :func:`may_be_copies` tells, from the
descriptions alone and in linear time, the few of many that may be a copy of another, to read them for.

Pure, deterministic and fast: the hashing is done with NumPy on the text's
bytes, a tenth of a millisecond a row.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

NEARLY_THE_SAME = 0.9
"""The Jaccard similarity of word 5-shingles at which two descriptions are the same job."""
FEW_CHANGES = 24
"""The shingles two descriptions may differ by (those one has and the other has not) and still be the
same job whatever their length: a word or two changed (ten shingles each), or a line of up to eight
words replaced."""
AT_LEAST_SHARED = 0.6
"""The Jaccard similarity that two descriptions differing by :data:`FEW_CHANGES` or fewer shingles
must still have: a few dozen words that share less are other jobs."""
SHINGLE = 5
SKETCH = 128
BANDS = 64
"""How many bands of each sketch :func:`may_be_copies` looks for in the others'."""
BAND_ROWS = 8
"""How many MinHash values a band is made of."""
COMPARED_CHARS = 100_000

BOILERPLATE = (
    "opportunity", "regardless", "veteran", "veterans", "affirmative", "accommodation", "accommodations",
    "verify", "privacy", "disability", "apply", "applying", "pto", "401", "dental", "insurance", "parental",
    "wellness", "salary", "salaries", "compensation", "annum", "hourly", "usd", "eur", "gbp",
    "pay", "hour", "bonus", "benefits",  # "Pay: $38.50 – $56.75 per hour, plus a $15,000 sign-on bonus"
)  # fmt: skip
"""Words that mark a line of boilerplate: what boards and reposts add, drop or reword around the same
job (equal-opportunity and privacy text, how to apply, benefits and pay)."""


TYPOGRAPHY: dict[str, str] = {
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\uff02", '"'),
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
}  # fmt: skip
"""What one board writes for what another writes in ASCII: dashes (en, em, the minus sign) for a hyphen, curly
quotes and primes for straight ones, spaces of every width (a no-break one) for a space, and nothing for what
is never seen (a soft hyphen, a zero-width space): "Worker – LCSW" is "Worker - LCSW", "Children’s" "Children's"."""
_TYPOGRAPHIC = re.compile("[" + "".join(map(re.escape, TYPOGRAPHY)) + "]")


def plain(text: str) -> str:
    """``text`` with its typography in ASCII (:data:`TYPOGRAPHY`): what two copies of one posting share."""
    return text if text.isascii() else _TYPOGRAPHIC.sub(lambda found: TYPOGRAPHY[found.group()], text)


_LEGAL_FORM = re.compile(
    r"\b(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company|srl|oy|ab|as)\b"
)
_NOT_WORD = re.compile(r"[\W_]+")
"""Between a name's words: what is no letter or digit, of any script (a dash, a quote, a symbol, a space)."""
_TAG = re.compile(rb"<(/?)([a-z][a-z0-9]*)\b[^>]*>")
_BLOCK_TAGS = frozenset({b"p", b"div", b"li", b"ul", b"ol", b"br", b"tr", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6"})


def job_key(company: str | None, title: str | None, places: Sequence[str] = ()) -> str | None:
    """``acme|senior engineer``: what two rows of the same job share; None without a company or a title. Case,
    punctuation, spacing and typography do not count ("Worker – LCSW" is "worker lcsw", as "Worker - LCSW" is; a
    letter is the same letter whether composed or accented apart, or full-width), nor does a legal form. The full
    stops of an abbreviation and an apostrophe join what they stand in ("R.N." is "RN", "Children's"
    "Childrens"). A company's name is its letters, with no space between its words: boards write one name closed
    up or apart ("ExxonMobil" is "Exxon Mobil Corporation", "PricewaterhouseCoopers" "Pricewaterhouse Coopers").
    A part of the title that names only the row's own place (``places``: its location column) does not count
    either: a job posted once per city is titled "Nurse - Leeds" in one row and "Nurse (York)" in the next."""
    company = _NOT_WORD.sub(" ", _LEGAL_FORM.sub(" ", _closed_up(company or ""))).split()
    title = _NOT_WORD.sub(" ", _without_own_place(_closed_up(title or ""), places)).split()
    if not company or not title:
        return None
    return f"{''.join(company)}|{' '.join(title)}"


_TITLE_PART = re.compile(r"\s+[-|:/]\s+|[,()\[\]|]")
"""What parts a title: a spaced dash, bar, colon or slash, a comma, brackets ("Nurse - Leeds", "Nurse (Leeds, UK)")."""


def _without_own_place(title: str, places: Sequence[str]) -> str:
    """``title`` (as :func:`_closed_up` gives it) without its parts whose every word is a word of ``places`` or of
    their other spellings ("NY", "New York"), unless nothing else is left: the place a board adds to a title
    ("Nurse - Leeds, UK"). A place's word within a part stays ("Leeds Depot Supervisor")."""
    parts = [part for part in _TITLE_PART.split(title) if part.strip()] if places else []
    if len(parts) < 2:
        return title
    named = _place_words(tuple(places))
    kept = [part for part in parts if not set(_NOT_WORD.sub(" ", part).split()) <= named]
    return " ".join(kept) if kept else title


@lru_cache(maxsize=4096)
def _place_words(places: tuple[str, ...]) -> frozenset[str]:
    """The words of ``places`` and of their other spellings, as :func:`_closed_up` writes them: a table names a
    few hundred places over its many rows, each looked up once."""
    from tailor.places import other_spellings

    return frozenset(
        word
        for place in (*places, *(other for given in places for other in other_spellings(given)))
        for word in _NOT_WORD.sub(" ", _closed_up(place)).split()
    )


_CLOSED_UP = re.compile(r"(?<=\w)[.'’](?=\w)|(?<=\b\w)\.")


def _closed_up(name: str) -> str:
    """``name`` in lower case and plain (:func:`plain`; compatibility characters as their letters: NFKC), the
    marks inside a word or after one letter taken out ("r.n." → "rn")."""
    if not name.isascii():
        name = unicodedata.normalize("NFKC", plain(name))
    return _CLOSED_UP.sub("", name.lower())


@dataclass(frozen=True)
class Fingerprint:
    """A description as :func:`fingerprint` normalises it: the hash of its words, and its shingles' sketch."""

    exact: bytes
    sketch: Any = field(compare=False)
    """The :data:`SKETCH` smallest (32-bit) hashes of its word 5-shingles, in order (all of them when it
    has fewer), padded with :data:`_NONE`."""
    size: int = field(default=0, compare=False)
    """How many different shingles it has."""
    placed: Fingerprint | None = field(default=None, compare=False)
    """The description's fingerprint with the lines that name the row's place kept (boilerplate still left out);
    None when it names none, the fingerprint then being that already (:attr:`whole`)."""

    @property
    def whole(self) -> Fingerprint:
        """The description's fingerprint with the lines naming the row's place kept."""
        return self.placed or self


def fingerprint(description: str, places: Sequence[str] = ()) -> Fingerprint:
    """What :class:`Jobs` compares of ``description``, a row whose location is given by ``places``
    (its location column: "Berlin, Germany" names Berlin and Germany)."""
    # Bytes and NumPy throughout: several times faster than str methods on the text's UCS-2. A board's
    # typography first: an en dash would be a word of its own, and a curly apostrophe would join two.
    data = plain(description[:COMPARED_CHARS]).encode("utf-8", "replace").lower()
    if b"<" in data:
        data = _TAG.sub(lambda m: b"\n" if m.group(2) in _BLOCK_TAGS else b" ", data)
    words, lines = _words(data)
    placed = None
    if words.size:
        singles, pairs = _place_hashes(tuple(places))
        boilerplate = _among(words, _BOILERPLATE_HASHES)
        named = _among(words, singles) if singles.size else np.zeros(words.size, dtype=bool)
        if pairs.size and words.size > 1:
            named[:-1] |= _among(words[:-1] * _MIX[0] + words[1:] * _MIX[1], pairs)
        if boilerplate.any():
            kept = ~_among(lines, np.unique(lines[boilerplate]))
            words, lines, named = words[kept], lines[kept], named[kept]
        if named.any():
            # The text with the lines naming its place kept too: what another copy, in another place, is compared
            # with as well (its own place's lines left out of this one but kept in it would make two jobs of one).
            placed = _sketched(words)
            words = words[~_among(lines, np.unique(lines[named]))]
    return _sketched(words, placed)


def _sketched(words: Any, placed: Fingerprint | None = None) -> Fingerprint:
    """The fingerprint of a description's ``words`` (their hashes, in order)."""
    exact = hashlib.blake2b(words.tobytes(), digest_size=16).digest()
    n = words.size - SHINGLE + 1
    sketch = np.full(SKETCH, _NONE, dtype=np.uint32)
    size = 0
    if n > 0:
        shingles = words[:n] * _MIX[0]
        for k in range(1, SHINGLE):
            shingles += words[k : k + n] * _MIX[k]
        ordered = np.sort((shingles >> np.uint64(32)).astype(np.uint32))
        distinct = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1])) & (ordered != _NONE)]
        size = int(distinct.size)
        sketch[: min(size, SKETCH)] = distinct[:SKETCH]
    return Fingerprint(exact, sketch, size, placed)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """The Jaccard similarity of two descriptions' word 5-shingles, estimated from their sketches
    (1.0 for the same words; exact when they have fewer than :data:`SKETCH` shingles between them)."""
    return 1.0 if a.exact == b.exact else _estimate(a.sketch, b.sketch)


def threshold(a_size: Any, b_size: Any) -> Any:
    """The similarity two descriptions of ``a_size`` and ``b_size`` shingles must have to be nearly the
    same (either may be an array): :data:`NEARLY_THE_SAME`, or less for short ones, as much as differing by
    :data:`FEW_CHANGES` shingles allows, never less than :data:`AT_LEAST_SHARED`.

    Two sets of sizes summing to ``s`` with Jaccard similarity ``j`` differ by ``s (1 - j) / (1 + j)``
    elements, at most ``FEW_CHANGES`` when ``j >= (s - FEW_CHANGES) / (s + FEW_CHANGES)``."""
    total = np.asarray(a_size, dtype=np.float64) + b_size
    few = (total - FEW_CHANGES) / np.maximum(total + FEW_CHANGES, 1)
    return np.clip(few, AT_LEAST_SHARED, NEARLY_THE_SAME)


def nearly_the_same(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two descriptions are the same job: the same words, or :func:`similarity` at least the
    :func:`threshold` of their sizes; with the lines naming their places left out or kept
    (:attr:`Fingerprint.placed`)."""
    return _near(a, b) or ((a.placed is not None or b.placed is not None) and _near(a.whole, b.whole))


def _near(a: Fingerprint, b: Fingerprint) -> bool:
    return a.exact == b.exact or bool(_estimate(a.sketch, b.sketch) >= threshold(a.size, b.size))


def _estimate(a: Any, b: Any) -> float:
    x, y = a[a != _NONE], b[b != _NONE]
    union = np.union1d(x, y)[:SKETCH]
    if not union.size:
        return 0.0
    shared = np.intersect1d(x, y, assume_unique=True)
    return float(np.count_nonzero(shared <= union[-1])) / union.size


class Jobs:
    """Rows grouped into jobs, in the order they are added (:meth:`add`)."""

    def __init__(self) -> None:
        self._exact: dict[tuple[str, bytes], int] = {}
        self._whole: dict[tuple[str, bytes], int] = {}  # by their words with the lines naming their places kept
        self._sketches: dict[str, _Stack] = {}

    def add(self, row: int, key: str | None, found: Fingerprint) -> int | None:
        """The row (number) of the job that row ``row`` is a copy of, or None when it is a job of its own
        (it is then the job's first row). Later rows are compared with it and with each of its copies."""
        if key is None:
            return None
        first = self._exact.get((key, found.exact))
        if first is None:
            first = self._whole.get((key, found.whole.exact))
        if first is not None:
            return first
        stack = self._sketches.get(key)
        if stack is None:
            stack, first = self._sketches.setdefault(key, _Stack()), None  # the first of its company and title
        else:
            first = stack.match(found)
        self._exact[(key, found.exact)] = row if first is None else first
        self._whole.setdefault((key, found.whole.exact), row if first is None else first)
        stack.push(row if first is None else first, found)
        return first


class _Stack:
    """The sketches of one company and title's rows, each with the job (its first row) it is of, grown by
    doubling."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.left_out = _Sketches()  # with the lines naming each row's place left out
        # With them kept, from the first row that names its place on (till then the same as ``left_out``).
        self.kept: _Sketches | None = None

    def push(self, row: int, found: Fingerprint) -> None:
        self.left_out.push(found)
        if self.kept is None and found.placed is not None:
            self.kept = self.left_out.copy()
            self.kept.count -= 1
        if self.kept is not None:
            self.kept.push(found.whole)
        self.rows.append(row)

    def match(self, found: Fingerprint) -> int | None:
        """The first job nearly the same (:func:`nearly_the_same`), or None."""
        at = self.left_out.match(found)
        if at is None and (self.kept is not None or found.placed is not None):
            at = (self.kept or self.left_out).match(found.whole)
        return None if at is None else self.rows[at]


class _Sketches:
    """Sketches and sizes of fingerprints, grown by doubling."""

    def __init__(self) -> None:
        self.count = 0
        self.sketches = np.empty((1, SKETCH), dtype=np.uint32)
        self.sizes = np.empty(1, dtype=np.int64)

    def copy(self) -> _Sketches:
        out = _Sketches()
        out.count, out.sketches, out.sizes = self.count, self.sketches.copy(), self.sizes.copy()
        return out

    def push(self, found: Fingerprint) -> None:
        if self.count == len(self.sketches):
            grown = np.empty((2 * len(self.sketches), SKETCH), dtype=np.uint32)
            grown[: self.count] = self.sketches
            self.sketches = grown
            self.sizes = np.concatenate((self.sizes, np.empty_like(self.sizes)))
        self.sketches[self.count] = found.sketch
        self.sizes[self.count] = found.size
        self.count += 1

    def match(self, found: Fingerprint) -> int | None:
        """The index of the first fingerprint nearly the same as ``found`` (:func:`_near`), or None."""
        sketch, count = found.sketch, self.count
        # Shingles the two sketches share bound the estimate from above: only rows that share enough
        # are compared in full, and most rows of a company and title are other jobs.
        at = np.minimum(np.searchsorted(sketch, self.sketches[:count]), SKETCH - 1)
        shared = np.count_nonzero((sketch[at] == self.sketches[:count]) & (sketch[at] != _NONE), axis=1)
        needed = threshold(self.sizes[:count], found.size)
        wanted = needed * min(SKETCH, np.count_nonzero(sketch != _NONE))
        for n in np.flatnonzero(shared >= np.floor(wanted)):
            if _estimate(self.sketches[n], sketch) >= needed[n]:
                return int(n)
        return None


def may_be_copies(found: Sequence[Fingerprint]) -> Any:
    """Which of the descriptions ``found`` may be nearly the same (:func:`nearly_the_same`) as another of
    them, as a boolean array, in time linear in their number (never comparing them in pairs): those of the
    same words as another, and those that share a band with another. Each sketch is hashed :data:`BANDS`
    times :data:`BAND_ROWS` ways, the least value kept each way (MinHash: two sketches of Jaccard similarity
    ``j`` keep the same least value with probability ``j``), and each run of :data:`BAND_ROWS` of these is a
    band, shared by two sketches only when all of them are the same.

    Two sketches share a band with a probability of ``1 - (1 - j**8)**64``: 99.9 % for a ``j`` of 0.8 (the
    sketches of two long descriptions that share nine in ten shingles, or of short ones that share eight),
    66 % for 0.6 (short descriptions right at :data:`AT_LEAST_SHARED`), a few in a million for 0.15 (two
    postings of one field). A description told here to be alone is one that no other will be merged with."""
    if not found:
        return np.zeros(0, dtype=bool)
    exact = np.unique([f.exact for f in found], return_inverse=True, return_counts=True)
    shared = (exact[2] > 1)[exact[1].ravel()]
    sketches = np.stack([f.sketch for f in found])  # 32-bit hashes, hashed again in 32 bits: half the memory traffic
    padding = sketches == _NONE
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            key = np.zeros(len(found), dtype=np.uint64)
            for row in range(BAND_ROWS):
                odd, add = _BAND_MIX[band * BAND_ROWS + row]
                hashed = sketches * odd + add  # a bijection of 32-bit values: their least is a MinHash
                hashed[padding] = _NONE
                key = key * _P + hashed.min(axis=1).astype(np.uint64)
            _, where, counts = np.unique(key, return_inverse=True, return_counts=True)
            shared |= (counts > 1)[where.ravel()]
    return shared


# --- normalising ------------------------------------------------------------------------


def _among(values: Any, sorted_set: Any) -> Any:
    """Whether each of ``values`` is in ``sorted_set`` (a sorted array)."""
    if not sorted_set.size:
        return np.zeros(values.size, dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, values), sorted_set.size - 1)
    return sorted_set[at] == values


@lru_cache(maxsize=4096)
def _place_hashes(places: tuple[str, ...]) -> tuple[Any, Any]:
    """The words a location names (sorted hashes): "Berlin, Germany (Remote)" names berlin, germany and remote;
    "New York, NY" the pair new york (two words: a line names a place of several words by its first two); a state
    by its code and its name, and its country (:func:`tailor.places.other_spellings`), so that two boards' copies
    of a job, one in "Philadelphia, PA" and one in "Philadelphia, Pennsylvania, United States", leave out the same
    lines."""
    from tailor.places import other_spellings

    single, pairs = set(), set()
    for place in (*places, *(other for given in places for other in other_spellings(given))):
        for part in re.split(r"[,;/()|·•]+|\s+-\s+", plain(place)):
            words, _ = _words(part.strip().encode("utf-8").lower())
            if words.size == 1 and len(part.strip()) >= 3:
                single.add(int(words[0]))
            elif words.size > 1:
                pairs.add(int((words[:1] * _MIX[0] + words[1:2] * _MIX[1])[0]))
    return np.array(sorted(single), dtype=np.uint64), np.array(sorted(pairs), dtype=np.uint64)


def _words(data: bytes) -> tuple[Any, Any]:
    """One 64-bit hash per word of ``data`` (letters and digits, any non-ASCII character counting as a
    letter: what :func:`plain` leaves of one is in a word of some script), and the line each word is on."""
    if not data:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    values = np.frombuffer(data, dtype=np.uint8)
    inside = np.zeros(values.size + 2, dtype=bool)
    inside[1:-1] = _WORD_BYTE[values]
    edges = np.flatnonzero(inside[1:] != inside[:-1])
    starts, ends = edges[::2], edges[1::2]
    powers, inverses = _powers(values.size)
    # A polynomial hash of each word from one running sum: (S[end] - S[start]) / P**start, mod 2**64.
    running = np.zeros(values.size + 1, dtype=np.uint64)
    np.cumsum(values * powers[: values.size], out=running[1:])
    hashes = (running[ends] - running[starts]) * inverses[starts]
    hashes ^= hashes >> np.uint64(31)
    lines = np.searchsorted(np.flatnonzero(values == 10), starts)
    return hashes * np.uint64(0x9E3779B97F4A7C15), lines


_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[np.frombuffer(b"0123456789abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)] = True
_WORD_BYTE[0x80:] = True  # the bytes of any non-ASCII character: accented letters stay in their words

_P = 0x100000001B3  # odd, so that it has an inverse modulo 2**64
_P_INVERSE = pow(_P, -1, 1 << 64)
_POWERS: list[Any] = []


def _powers(size: int) -> tuple[Any, Any]:
    """P**i and P**-i mod 2**64 for i < size (at least): computed once per process, grown when needed."""
    if not _POWERS or len(_POWERS[0]) < size:
        length = max(size, 1 << 16)
        with np.errstate(over="ignore"):
            powers = np.cumprod(np.full(length, _P, dtype=np.uint64)) * np.uint64(_P_INVERSE)
            inverses = np.cumprod(np.full(length, _P_INVERSE, dtype=np.uint64)) * np.uint64(_P)
        _POWERS[:] = [powers, inverses]
    return _POWERS[0], _POWERS[1]


_MIX = np.random.default_rng(20240517).integers(1, 1 << 63, size=SHINGLE, dtype=np.uint64) | np.uint64(1)
_BAND_MIX = np.random.default_rng(20261201).integers(1, 1 << 32, size=(BANDS * BAND_ROWS, 2), dtype=np.uint64).astype(
    np.uint32
) | np.array([1, 0], dtype=np.uint32)
"""For each of the bands' rows, an odd multiplier and an addend: ``x * odd + add`` modulo 2**32 permutes the
32-bit values."""
_NONE = np.uint32((1 << 32) - 1)
"""Pads a sketch of fewer than :data:`SKETCH` shingles (no shingle's hash is taken to be this)."""
_BOILERPLATE_HASHES = np.unique(_words(" ".join(BOILERPLATE).encode())[0])

__all__ = [
    "AT_LEAST_SHARED",
    "BANDS",
    "BAND_ROWS",
    "FEW_CHANGES",
    "NEARLY_THE_SAME",
    "SKETCH",
    "TYPOGRAPHY",
    "Fingerprint",
    "Jobs",
    "fingerprint",
    "job_key",
    "may_be_copies",
    "nearly_the_same",
    "plain",
    "similarity",
    "threshold",
]
