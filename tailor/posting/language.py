"""Which language a posting is written in, as far as ranking needs to know: English or not.

tailor's word lists, lemmas and skills are English, so a posting in another language
would be read as a handful of loan words and names ("SAS" from "DataPoste SAS" as its one
requirement). This module tells a posting's language from its stop words: the short
words every sentence needs ("the", "and", "of"; "le", "et", "de"), which spaCy lists for
each language it supports. A text whose words are mostly another language's stop words,
or written mostly in another script, is not English. It needs no model and no download,
and a posting gives it hundreds of words to go on.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANGUAGES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "ro": "Romanian",
    "hu": "Hungarian",
    "tr": "Turkish",
    "ca": "Catalan",
    "id": "Indonesian",
}
"""Languages in the Latin script told apart by their stop words (codes of spacy.lang)."""

MIN_WORDS = 40
"""Below this many words a text is judged only where it is plainly another language (:data:`PLAINLY_OTHER`)."""
FEW_WORDS = 12
"""Below this many words a text is not judged at all: too little to tell ("Ingénieur de données")."""
PLAINLY_OTHER = 0.3
"""The share of another language's stop words that tells a short text (:data:`FEW_WORDS` to :data:`MIN_WORDS`
words) is that language, where English stop words are under a third as many (a tenth of its words): a posting pasted
short ("Ingeniero de proyectos. Responsabilidades: diseñar planos de drenaje …") is as plainly Spanish as a long one."""
SURELY_ENGLISH = 0.2
"""English prose is a quarter to two fifths stop words (0.25–0.41 on the development
postings); at this share a text is English without looking further."""
LATIN_SHARE = 0.5
"""Below this share of Latin letters a text is in another script."""
SAMPLE = 2000
"""Characters read from the start of a text: a few hundred words tell its language."""

_PUNCTUATION = "\"'’‘“”.,;:!?()[]{}<>«»–—-/*#|_=+&%$@~`^"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Language:
    code: str
    """ISO 639-1 code; ``"und"`` when the text is too short to tell; ``"other script"`` when it is
    written mostly in letters other than Latin ones."""
    name: str
    share: float
    """The share of the text's words that are this language's stop words."""
    english: float
    """The share that are English stop words."""

    @property
    def is_english(self) -> bool:
        """English, or too short to tell (a title, a line: read as English)."""
        return self.code in ("en", "und")


def surely_english(text: str) -> bool:
    """Whether ``text`` is plainly English, asked cheaply: in the Latin script, and English stop words as
    written (:func:`_plain_english_stop_words`, before punctuation is taken off the words) a
    :data:`SURELY_ENGLISH` share of its words. Where it says so, :func:`detect` says English too: taking
    punctuation off finds more stop words among fewer words. Where it does not, ask :func:`detect`. Every
    posting ranked is asked, most are English, and counting every word stripped of its punctuation costs
    ten times as much.

    >>> surely_english("We are looking for a nurse to join our team and care for the patients of the ward.")
    True
    >>> surely_english("Nous recherchons une infirmière pour rejoindre notre équipe et soigner les patients.")
    False
    """
    sample = text[:SAMPLE]
    if not sample.isascii() and _other_script(sample):
        return False
    words = sample.lower().split()
    stop = _plain_english_stop_words()
    return len(words) > 0 and sum(map(stop.__contains__, words)) >= SURELY_ENGLISH * len(words)


@lru_cache(maxsize=1)
def _plain_english_stop_words() -> frozenset[str]:
    """English stop words that taking punctuation off leaves as they are (not "'s" or "n't"): each of them,
    written alone, is a stop word to :func:`detect` too."""
    return frozenset(word for word in _stop_words("en") if word.strip(_PUNCTUATION) == word)


def detect(text: str) -> Language:
    """The language of ``text``: English unless another language's stop words clearly dominate."""
    text = text[:SAMPLE]
    if _other_script(text):
        return Language("other script", "not in the Latin alphabet", 0.0, 0.0)
    words = Counter(word.strip(_PUNCTUATION) for word in text.lower().split())
    del words[""]
    total = words.total()
    if total < FEW_WORDS:
        return Language("und", "unknown", 0.0, 0.0)

    english = _share(words, "en")
    if total >= MIN_WORDS and english >= SURELY_ENGLISH:
        return Language("en", "English", round(english, 3), round(english, 3))
    shares = {code: _share(words, code) for code in LANGUAGES if code != "en"}
    best = max(shares, key=lambda code: (shares[code], code))
    other = Language(best, LANGUAGES[best], round(shares[best], 3), round(english, 3))
    if total < MIN_WORDS:
        plainly = english < PLAINLY_OTHER / 3 and shares[best] >= PLAINLY_OTHER
        return other if plainly else Language("und", "unknown", 0.0, 0.0)
    # English prose is a third or more stop words; a posting in another language with English
    # skill names scattered in it still has far more of its own.
    if shares[best] > 2 * english and shares[best] > 0.15:
        return other
    return Language("en", "English", round(english, 3), round(english, 3))


def _other_script(text: str) -> bool:
    """Whether fewer than :data:`LATIN_SHARE` of the letters of ``text`` are Latin ones."""
    # Scanned by regular expressions, not character by character: ASCII letters are Latin,
    # and only the few other characters of an English text need a closer look.
    if non_ascii := [ch for ch in _NON_ASCII.findall(text) if ch.isalpha()]:
        others = sum(not _latin(ch) for ch in non_ascii)
        letters = len(_ASCII_LETTER.findall(text)) + len(non_ascii)
        return bool(others) and (letters - others) / letters < LATIN_SHARE
    return False


ENGLISH_PART = 0.25
"""A posting whose paragraphs in English hold at least this share of its words (and
:data:`MIN_WORDS` of them) is ranked even if it opens in another language: an English posting
with a local-language introduction, or a bilingual one."""
_PARAGRAPHS = re.compile(r"\n\s*\n")


def english_part(text: str) -> tuple[int, int]:
    """How many words of ``text`` stand in paragraphs whose stop words are English more than any
    other language's, and how many words it has in all. Unlike :func:`detect`, the whole text is read."""
    english = total = 0
    for paragraph in _PARAGRAPHS.split(text):
        words = Counter(word.strip(_PUNCTUATION) for word in paragraph.lower().split())
        del words[""]
        count = words.total()
        total += count
        if count and _share(words, "en") >= max(_share(words, code) for code in LANGUAGES if code != "en"):
            english += count
    return english, total


def has_english_part(text: str) -> bool:
    """Whether ``text``, whatever language it opens in, has an English part worth ranking: at least
    :data:`MIN_WORDS` words, and :data:`ENGLISH_PART` of all its words, in English paragraphs."""
    english, total = english_part(text)
    return english >= MIN_WORDS and english >= ENGLISH_PART * total


def _share(words: Counter[str], code: str) -> float:
    stop = _stop_words(code)
    return sum(n for word, n in words.items() if word in stop) / (words.total() or 1)


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


@lru_cache(maxsize=len(LANGUAGES))
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of the language ``code``, read from its ``spacy/lang/<code>/stop_words.py``
    alone: importing it as ``spacy.lang.<code>.stop_words`` would import the language's package
    first, and French's tokenizer exceptions take 3 s to build."""
    spec = importlib.util.find_spec("spacy")  # finds spaCy without importing it
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("spaCy is not installed")
    path = Path(spec.origin).parent / "lang" / code / "stop_words.py"
    found = importlib.util.spec_from_file_location(f"tailor._stop_words_{code}", path)
    if found is None or found.loader is None:
        raise ModuleNotFoundError(f"spaCy has no stop words for {code!r} at {path}")
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS)
