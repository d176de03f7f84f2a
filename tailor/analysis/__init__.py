"""Turn text into the terms that ranking compares: lowercase lemmas and two-word phrases.

spaCy does the work: a blank English pipeline (nothing to download) whose tokenizer is
taught to keep technical tokens whole (``C++``, ``C#``, ``.NET``, ``CI/CD``, ``Node.js``),
plus the English lemma lookup table of ``spacy-lookups-data``. spaCy is imported on first
use only, so importing this package is cheap.

The steps, each a module:

- :mod:`~tailor.analysis.marks`: what is no word of a text (list marks, addresses,
  trademark signs) blanked before it is tokenised;
- :mod:`~tailor.analysis.hyphens`: suspended hyphens written out ("front- and back-of-house" is front-of-house and
  back-of-house), and a sentence wrapped onto the next line read as one;
- :mod:`~tailor.analysis.tokens`: the text as tokens, each with its lemma and the term it yields;
- :mod:`~tailor.analysis.skills`: the lexicon's skills the tokens name, longest first;
- :mod:`~tailor.analysis.context`: whether an ambiguous name ("Go", "Excel", "German") is the skill;
- :mod:`~tailor.analysis.terms`: the terms of each text (:func:`analyse`), and where a term stands
  in a text (:func:`locate`).
"""

from tailor.analysis.context import another_acronym
from tailor.analysis.skills import abbreviates, credential_aside, initials, kin
from tailor.analysis.terms import (
    EVERYDAY,
    NEAR,
    Analysis,
    analyse,
    locate,
    name_words,
    phrase,
    shared_said,
    shared_skills,
    word_of,
)
from tailor.analysis.tokens import lemma_of, lemma_table, nlp, spelling_variants

__all__ = [
    "EVERYDAY",
    "NEAR",
    "Analysis",
    "abbreviates",
    "analyse",
    "another_acronym",
    "credential_aside",
    "initials",
    "kin",
    "lemma_of",
    "lemma_table",
    "locate",
    "name_words",
    "nlp",
    "phrase",
    "shared_said",
    "shared_skills",
    "spelling_variants",
    "word_of",
]
