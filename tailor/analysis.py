"""Turn text into the terms that ranking compares: lowercase lemmas and two-word phrases.

spaCy does the work: a blank English pipeline (nothing to download) whose
tokenizer is taught to keep technical tokens whole (``C++``, ``C#``, ``.NET``,
``CI/CD``, ``Node.js``), plus the lookup lemmatizer from ``spacy-lookups-data``.
spaCy is imported on first use only, so importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

TECHNICAL_TOKENS = ("c#", "f#", "ci/cd", "tcp/ip", "i/o", "pl/sql", "a/b", "r&d", "asp.net", "vb.net")
"""Tokens that contain punctuation the tokenizer would otherwise split off (``c#`` → ``c``, ``#``).
Tokens such as ``c++``, ``.net``, ``node.js`` and ``k8s`` already survive spaCy's English rules."""

SINGLE_LETTER_TERMS = frozenset({"c", "r"})
"""Single letters worth keeping: they are programming languages. Other single letters are noise."""

ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc", "etc.", "eg", "ie", "vs", "vs.", "incl", "incl."})
"""Latin and other abbreviations that spaCy does not mark as stop words."""

LEMMA_OVERRIDES = {"data": "data", "datum": "data", "media": "media", "ai": "ai", "os": "os"}
"""Lookup-table lemmas that read wrongly in a CV (``data`` → ``datum``); ours win."""


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The shared spaCy pipeline, built once per process."""
    import spacy
    from spacy.util import compile_infix_regex

    pipeline = spacy.blank("en")
    tokenizer = pipeline.tokenizer
    for token in TECHNICAL_TOKENS:
        tokenizer.add_special_case(token, [{"ORTH": token}])
    # Split a slash that follows '+' or '#' ("c++/cuda" → "c++", "/", "cuda"); spaCy only
    # splits slashes between letters.
    infixes = [*pipeline.Defaults.infixes, r"(?<=[+#])/(?=[a-z0-9])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    table = pipeline.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    for word, lemma in LEMMA_OVERRIDES.items():
        table[word] = lemma
    return pipeline


def _keep(token) -> bool:
    if token.is_stop or token.is_punct or token.is_space or token.like_num or token.text in ABBREVIATIONS:
        return False
    text = token.text
    if not any(ch.isalpha() for ch in text):
        return False
    return len(text) > 1 or text in SINGLE_LETTER_TERMS


def doc_terms(doc: Doc) -> list[str]:
    """The terms of a lowercased spaCy doc: lemmas, then two-word phrases.

    A phrase is two kept tokens that stand next to each other in the text, so no
    phrase spans a stop word or punctuation ("design and configuration" yields none).
    """
    lemmas: list[str | None] = [tok.lemma_ or tok.text if _keep(tok) else None for tok in doc]
    unigrams = [lemma for lemma in lemmas if lemma]
    bigrams = [f"{a} {b}" for a, b in pairwise(lemmas) if a and b]
    return unigrams + bigrams


def analyse(texts: Iterable[str]) -> list[list[str]]:
    """The terms of each text, in order.

    Text is lowercased before it is tokenised, because the lemma lookup table is
    case-sensitive ("Managed" has no entry; "managed" → "manage").
    """
    return [doc_terms(doc) for doc in nlp().pipe(t.lower() for t in texts)]
