"""The lexicon's relations as terms: the related and supporting terms of a skill, and the term a skill's
name analyses to."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import lru_cache, partial

from tailor.analysis import Analysis, analyse, lemma_of, lemma_table, phrase
from tailor.lexicon import Lexicon
from tailor.lexicon_cache import kept


@lru_cache(maxsize=256)
def terms_of_text(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """``text`` analysed, once: a title is read for ranking, its explanations, the headline and the letter."""
    return tuple(analyse([text], lexicon)[0].terms)


@lru_cache(maxsize=4)
def skill_terms(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's skills as analysis spells them (lowercase canonical names)."""
    return frozenset(name.lower() for name in lexicon.names.values())


@lru_cache(maxsize=4)
def _related_phrases(lexicon: Lexicon) -> tuple[tuple[str, Analysis], ...]:
    """Every phrase of the lexicon's ``related`` topics (a topic, or one it is related to), sorted, with its analysis:
    read once for both :func:`related_terms` and :func:`related_names` (a tenth of a second a process)."""
    return kept(lexicon.key, "related_phrases", partial(_analysed_phrases, lexicon))


def _analysed_phrases(lexicon: Lexicon) -> tuple[tuple[str, Analysis], ...]:
    phrases = sorted({p for ps in lexicon.related.values() for p in ps} | set(lexicon.related))
    return tuple(zip(phrases, analyse(phrases, lexicon), strict=True))


@lru_cache(maxsize=4)
def related_terms(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The lexicon's ``related`` topics as terms the way analysis spells them, in both directions."""
    topics = list(lexicon.related)
    term_of = {p: skill_term(a) for p, a in _related_phrases(lexicon)}
    links: dict[str, set[str]] = {}
    for topic in topics:
        t = term_of[topic]
        for other in lexicon.related[topic]:
            r = term_of[other]
            if t and r and t != r:
                links.setdefault(t, set()).add(r)
                links.setdefault(r, set()).add(t)
    return {term: frozenset(others) for term, others in links.items()}


@lru_cache(maxsize=4)
def related_names(lexicon: Lexicon) -> dict[str, str]:
    """The lexicon's ``related`` topics by the terms analysis spells them as, each as the lexicon writes it where
    analysis drops a word of it: "time delivery" is "on-time delivery" ("bank deposit" stays as analysis spells it)."""
    out: dict[str, str] = {}
    for written, analysis in _related_phrases(lexicon):
        term = skill_term(analysis)
        if term and len(re.findall(r"[^\W\d_]+", written)) > len(term.split()):  # a word dropped, not inflected
            out.setdefault(term, written)
    return out


@lru_cache(maxsize=4)
def supporting_terms(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The lexicon's supporting activities, each with the terms (its name's and its phrases')
    that mark a bullet as that activity, or a posting as asking for it."""
    out = {}
    for activity, phrases in lexicon.supporting.items():
        analyses = analyse([activity, *phrases], lexicon)
        out[activity] = frozenset(t for a in analyses if (t := skill_term(a)))
    return out


KINDS_OF_PLACE = frozenset(
    {"hospital", "home", "facility", "center", "centre", "clinic", "school", "college", "university", "institute"}
    | {"institution", "academy", "agency"}
)
"""Lemmas of nouns that name a kind of place or organisation, which a word before them may name by what is done
there ("teaching hospital", "nursing home", "training center", "research university")."""


def activity_terms(terms: Iterable[str], among: Collection[str] | None = None) -> frozenset[str]:
    """The terms of a text, but a word that stands only before a kind of place (:data:`KINDS_OF_PLACE`): the
    "teaching" of "a 412-bed teaching hospital" names the hospital, no teaching its social worker did, and a posting
    that says where the job is ("at our teaching hospital") asks for no teaching. A text that says the word
    elsewhere too ("taught residents at a teaching hospital") keeps it. With ``among``, only those of its terms: what
    a posting of a thousand terms is asked (:func:`tailor.rank.similarity.discounted_rows`), each by its few phrases
    before a place rather than by every phrase the text says."""
    counted = Counter(terms)
    if among is not None:
        return frozenset(
            term
            for term in among
            # Most are not said at all: asked first, before the phrases of every kind of place are looked up.
            if (said := counted[term])
            and said > (0 if " " in term else sum(counted[f"{term} {kind}"] for kind in KINDS_OF_PLACE))
        )
    pairs = [term.split(" ") for term in counted.elements() if term.count(" ") == 1]
    placed = Counter(first for first, head in pairs if head in KINDS_OF_PLACE)
    return frozenset(t for t, n in counted.items() if n > placed[t])


def skill_term(analysis: Analysis) -> str | None:
    """The one term that stands for a short phrase: its skill, else its phrase, else its word."""
    if len(analysis.skills) == 1:
        return analysis.skills[0].lower()
    words = [t for t in analysis.terms if " " not in t]
    if len(words) == 1:
        return words[0]
    if (
        len(words) in (2, 3)
        and (joined := phrase(words[0], words[1])) in (" ".join(words[:2]), *words[2:])
        and joined in analysis.terms  # a phrase the text makes: not "point care" of "point-of-care ultrasound"
    ):
        return joined  # "data quality"; "health care" as healthcare, the third of its terms
    return None


def own_skill_term(name: str, analysis: Analysis) -> str | None:
    """The one term a skill of the CV's own, which the lexicon does not know, stands for (:func:`skill_term`),
    but no single word of a longer name whose other words are too common to be terms: "After Effects" and
    "Front Office" stand for no "effect" or "office", which any posting may say of something else."""
    words = [word for word in _BRACKETED.sub(" ", name).split() if any(ch.isalpha() for ch in word)]
    if "(" in name and words:
        # "Medallia (guest surveys and review replies)": the name is what stands outside its brackets
        table = lemma_table()
        outside = {lemma_of(word.lower(), table) for word in words} | {word.lower() for word in words}
        analysis = replace(analysis, terms=[t for t in analysis.terms if outside.issuperset(t.split())])
    term = skill_term(analysis)
    if term is None or " " in term:
        return term
    return term if len(words) <= 1 else None


def own_skill_terms(name: str, analysis: Analysis) -> tuple[str, ...]:
    """The terms a skill of the CV's own, which the lexicon does not know, stands for: its one term
    (:func:`own_skill_term`), or, for one-word names joined by slashes ("CRISPRi/CRISPRa"), each of their
    words, as a list of one-word skills would name them."""
    if (term := own_skill_term(name, analysis)) is not None:
        return (term,)
    parts = _BRACKETED.sub(" ", name).strip().split("/")
    words = [t for t in analysis.terms if " " not in t]
    if len(parts) > 1 and all(part and " " not in part for part in parts) and len(words) == len(parts):
        return tuple(words)
    return ()


_BRACKETED = re.compile(r"\([^()]*\)")
"""What a skill's name says in brackets ("Cinema 4D (basic)"): its level or its examples, no word of the name."""
