"""Turn text into the terms that ranking compares: lowercase lemmas and two-word phrases, with the skills it
names (:func:`analyse`), and where a term stands in a text (:func:`locate`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from tailor.analysis.hyphens import write_out, written_out
from tailor.analysis.marks import (
    ARROWS,
    MARKS,
    blank_marks_of_text,
    blank_trademarks,
    plain_marks,
    sentences_apart,
    singular_acronyms,
)
from tailor.analysis.skills import (
    ACTIVITY_HEADS,
    COORDINATORS,
    initials,
    opening_skills,
    shared_heads,
    skill_index,
    skill_spans,
    skills_within,
    soft_skill,
    trade_words,
    unnamed_by_a_trade,
)
from tailor.analysis.tokens import (
    PREFIXES,
    known_lemmas,
    lemma_of,
    lemma_table,
    next_word,
    tokenised,
    verbs,
    words_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tailor.lexicon import Lexicon


@dataclass(frozen=True)
class Analysis:
    """What a text says, as ranking and keyword extraction see it."""

    terms: list[str]
    """Lemmas, then two-word phrases, then the canonical names (lowercase) of multi-word skills.
    Inside a multi-word skill only the last word, its head, counts as a lemma of its own (read as the concept it
    names alone, where that concept's name says it: the "audit" of "night audit" is auditing), and the word the
    skill's name ends with where the text says it in other words ("inventory" of "inventory counts", physical
    inventory)."""
    skills: list[str]
    """Skills of the lexicon the text mentions, by canonical name, in order of first mention."""
    said: dict[str, str] = field(default_factory=dict)
    """Each skill of :attr:`skills` → the words the text first names it with ("k8s" for
    Kubernetes, "monitoring and alerting" for observability): what a report shows."""
    near: frozenset[tuple[str, str]] = frozenset()
    """Pairs of words (lemmas, each pair sorted) that stand within :data:`NEAR` words of each
    other, when asked for: "pipelines for data" says "data pipeline" in other words. Not two
    side by side that make a compound (:attr:`compounds`)."""
    compounds: frozenset[tuple[str, str]] = frozenset()
    """Pairs of words (lemmas, in the text's order) that stand side by side, the first in no verb's
    form, when asked for with ``near``: a compound that says itself ("medication administration" inside
    "barcode medication administration") and not the other order ("leadership team" is no team leadership)."""
    cut: tuple[str, ...] = ()
    """The two-word phrases of :attr:`terms` that cut a multi-word skill or a hyphenated word in two, once per
    time they do ("scale machine" of "scale machine learning", "upper mid" of "upper mid-market"): terms for
    ranking, but no keyword."""
    within: frozenset[str] = frozenset()
    """Skills (canonical names, lowercase) named inside a longer one, when asked for with ``near``: "AutoCAD
    Civil 3D" says AutoCAD too; and those whose head another modifier shares ("unit and integration tests" says
    unit testing). Evidence that the text says them; no terms for ranking, where the longer skill is the term."""

    split: tuple[str, ...] = ()
    """The phrases of :attr:`cut` that hold half a hyphenated word, once per time they do ("functional team" of
    "cross-functional team", "abstract icd-10" of "Abstract ICD-10-CM codes")."""

    @cached_property
    def only_split(self) -> frozenset[str]:
        """The phrases of :attr:`terms` the text says only with half a hyphenated word (:attr:`split`), never
        whole: they count in ranking, but are no words of the text to show anyone."""
        if not self.split:
            return frozenset()
        whole = Counter(self.terms)
        whole.subtract(self.split)
        return frozenset(term for term in self.split if whole[term] <= 0)


NEAR = 4
"""How many words apart two words may stand and still be read as one phrase (:attr:`Analysis.near`); figures
and signs between them do not count."""


def analyse(
    texts: Iterable[str],
    lexicon: Lexicon | None = None,
    *,
    near: bool = False,
    names: bool = False,
    credentials: bool = False,
    together: bool = False,
    beside: Sequence[Iterable[str]] | None = None,
) -> list[Analysis]:
    """Analyse each text, in order.

    Text is lowercased before it is tokenised, because the lemma lookup table is
    case-sensitive ("Managed" has no entry; "managed" → "manage"); the original case
    still decides whether an ambiguous skill ("Go", "C", "R") is meant.

    A term is a lemma, or two kept lemmas that stand next to each other in the text,
    so no phrase spans a stop word or punctuation ("design and configuration" yields
    none). With a lexicon, a skill's alias becomes its canonical name ("k8s" →
    "kubernetes"), and a multi-word skill also counts as one term ("machine learning").
    With ``near``, each analysis also lists the pairs of words that stand close together.
    With ``names``, each text is the name of a skill, as a CV's skills list gives them: an
    ambiguous name ("Go", "Excel") is the skill there, without the context prose needs.
    With ``credentials``, each text is the name of a certificate a CV holds: an ambiguous name
    written in capitals as the lexicon writes it ("PALS – American Heart Association") is that
    credential, no everyday word ("pals").
    With ``together``, the texts are the parts of one document (a posting's sections): a name that means another
    skill in a trade's text ("EMR") takes the trade's sense where any part speaks of the trade, as the document does
    whichever of its parts names it.
    With ``beside`` (one collection of lemmas per text), each text is read with those words beside it for a name's trade
    sense: a CV's bullet stands under its role's title, which says the trade its words are of ("Checked in late
    arrivals" under "Night Receptionist" is a front desk's check-in).
    """
    if together and lexicon is not None and beside is None and not (near or names or credentials):
        return _REPEATED.analyse(list(texts), lexicon)
    texts = [written_out(t) for t in texts]  # "front- and back-of-house" is front-of-house and back-of-house
    lowered = [_lowered(t) for t in texts]
    parts = list(tokenised(lowered))
    # The document's words as lemmas and as written: a trade's words are met either way (:func:`skill_spans`).
    document = frozenset().union(*map(_words, parts)) if together else frozenset()
    aside = [frozenset(words) for words in beside] if beside is not None else [frozenset()] * len(texts)
    return [
        _analysed(text, low, part, lexicon, document | by, near=near, names=names, credentials=credentials)
        for text, low, part, by in zip(texts, lowered, parts, aside, strict=True)
    ]


_Part = tuple["Doc", list[str], list[str | None], frozenset[int]]
"""A text tokenised (:func:`tailor.analysis.tokens.tokenised`): its tokens, their lemmas, their terms, its joins."""


def _lowered(text: str) -> str:
    """``text`` (its hyphens written out) as it is tokenised: lowercased, its marks blanked, its sentences apart."""
    return blank_marks_of_text(singular_acronyms(sentences_apart(text)).lower())


def _words(part: _Part) -> frozenset[str]:
    """The words of a tokenised text, as lemmas and as written."""
    doc, lemmas, _, _ = part
    return words_of(doc, lemmas)


def _analysed(
    text: str,
    low: str,
    part: _Part,
    lexicon: Lexicon | None,
    around: frozenset[str],
    *,
    near: bool = False,
    names: bool = False,
    credentials: bool = False,
) -> Analysis:
    """The analysis of one text (:func:`analyse`), ``low`` its lowered form and ``part`` its tokens, the words
    ``around`` it read for a name's trade sense."""
    doc, lemmas, terms, joins = part
    # Offsets map to the original text when lowercasing kept its length (it almost always does).
    original = text if len(text) == len(low) else None
    spans = (
        skill_spans(doc, lemmas, original, lexicon, joins, named=names, credential=credentials, around=around)
        if lexicon is not None
        else []
    )
    # Skills named by a version ("Windows 11"): the span ends in a number.
    versioned = frozenset(end for _, end, _ in spans if end - 1 > 0 and doc[end - 1].text[:1].isdigit())
    # Of those, a product's whose last word is an everyday word, not its own name ("Microsoft 365" is Microsoft
    # Office; "Windows 11" is Windows): the version says no "office", as "Microsoft Office" written out says none.
    everyday_versions = frozenset(
        end
        for _, end, canonical in spans
        if end in versioned
        and lexicon is not None
        and _a_products_name(canonical)
        and lexicon.canonical(canonical.split()[-1]) != canonical
    )
    # A product's last word is no word of its own, unless it names another skill ("Coarray Fortran" is Fortran).
    products = frozenset(
        canonical
        for _, end, canonical in spans
        if lexicon is not None
        and (_a_products_name(canonical) or _a_named_makers_product(canonical, lexicon))
        and lexicon.canonical(doc[end - 1].text) in (None, canonical)
    )
    capital = _capital(doc, original)
    # A text with no capital (a lexicon's phrase, a term analysed again) says nothing of which sense it means.
    everyday = set()
    if lexicon is not None and capital is not None and not names:
        everyday = _everyday(doc, terms, spans, original, lexicon)
    heads = _heads_alone(terms, spans, lexicon) if lexicon is not None and spans else {}
    analysis = _analysis(
        terms,
        spans,
        joins,
        versioned - everyday_versions,
        capital,
        products,
        frozenset(everyday),
        heads,
        everyday_versions,
    )
    if near:
        within = skills_within(lemmas, spans, joins, lexicon) if lexicon is not None and spans else frozenset()
        if lexicon is not None:
            within |= _shared(doc, lemmas, joins, lexicon)
        named = {i: n for n, (start, end, _) in enumerate(spans) if end - start > 1 for i in range(start, end)}
        if lexicon is not None:
            # A skill that modifies the rest of a longer one is bound to itself: "managed care plan" says no
            # care plan, as two skills side by side say no phrase across them.
            named |= {i: -1 - named[i] for i in opening_skills(lemmas, spans, joins, lexicon)}
        close, compounds = _near(terms, doc, text if original is not None else low, named)
        analysis = replace(analysis, near=close, compounds=compounds, within=within)
    source = original if original is not None else low
    said = analysis.said
    for start, end, name in spans:
        if name not in said:  # the first mention's words; a Token costs a microsecond to make
            last = doc[end - 1]
            if last.lower_ in _NUMBERED_PARTS and end < len(doc) and _A_PARTS_NUMBER.fullmatch(doc[end].text):
                last = doc[end]  # "FAR Part 15": a name that ends on its part's word is said with the part's number
            # A dash that ends the words is the sentence's ("our buying persona- Controllers, VPs"), no name's.
            words = source[doc[start].idx : last.idx + len(last)].rstrip("-–—")
            said[name] = name if words.isdigit() or not words else words  # "66" of "Series 7 and 66" is Series 66
    return analysis


_NUMBERED_PARTS = frozenset({"part", "parts", "subpart", "section", "title", "chapter"})
"""The words of a rule's division that a number follows ("FAR Part 15", "Title 21"): said with it, they name which."""
_A_PARTS_NUMBER = re.compile(r"\d+(?:\.\d+)*[A-Za-z]?")


REPEATED_PARTS = 4096
"""How many parts of documents (:class:`_Repeated`) a process keeps the analyses of, the latest used: some 10 MB."""


class _Repeated:
    """The analyses of the parts of documents read together (a posting's sections, :func:`analyse` with
    ``together``), kept for the parts that come again: a table of scraped postings repeats each company's blurb,
    and many of its lists, in every posting of the company.

    A part's analysis depends on the rest of its document only through the trades' words that rest says
    (:func:`tailor.analysis.skills.trade_words`), so it is kept by its text and those words, and is the same to the
    byte as the one made anew: a company's "CI team" is continuous improvement beside one posting's lean projects and
    continuous integration beside another's Jenkins pipelines, each as it would be were nothing kept."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lexicon: Lexicon | None = None
        self._trade: OrderedDict[str, frozenset[str]] = OrderedDict()
        """A part's text → the trades' words it says."""
        self._analyses: OrderedDict[tuple[str, frozenset[str]], Analysis] = OrderedDict()
        """A part's text and the trades' words its document says → its analysis."""

    def analyse(self, texts: list[str], lexicon: Lexicon) -> list[Analysis]:
        """``texts``, the parts of one document, analysed as :func:`analyse` analyses them ``together``."""
        if lexicon is not self._lexicon:  # another lexicon reads other names
            self._lexicon = lexicon
            self._trade.clear()
            self._analyses.clear()
        known = trade_words()
        said = [self._trade.get(text) for text in texts]
        for text, words in zip(texts, said, strict=True):
            if words is not None:
                self._trade.move_to_end(text)
        new = [n for n, words in enumerate(said) if words is None]
        read = dict(zip(new, self._tokenised([texts[n] for n in new]), strict=True))
        for n, (_, _, part) in read.items():
            said[n] = known.intersection(_words(part))
            _keep(self._trade, texts[n], said[n], self._size)
        around = frozenset[str]().union(*(words for words in said if words is not None))  # every one read by now
        out = []
        for n, text in enumerate(texts):
            key = (text, around)
            analysis = self._analyses.get(key)
            if analysis is None:
                written, low, part = read[n] if n in read else self._tokenised([text])[0]
                analysis = _analysed(written, low, part, lexicon, around)
                _keep(self._analyses, key, analysis, self._size)
            else:
                self._analyses.move_to_end(key)
            out.append(analysis)
        return out

    @staticmethod
    def _tokenised(texts: list[str]) -> list[tuple[str, str, _Part]]:
        """Each text with its hyphens written out, lowered, and tokenised."""
        written = [written_out(t) for t in texts]
        lowered = [_lowered(t) for t in written]
        return list(zip(written, lowered, tokenised(lowered), strict=True))


def _keep(kept: OrderedDict, key: object, value: object, size: int) -> None:
    """Keep ``value`` under ``key`` in ``kept``, the least recently used left out beyond ``size``."""
    kept[key] = value
    if len(kept) > size:
        kept.popitem(last=False)


_REPEATED = _Repeated(REPEATED_PARTS)


def _heads_alone(lemmas: Sequence[str | None], spans: list[tuple[int, int, str]], lexicon: Lexicon) -> dict[int, str]:
    """The position of each head of a concept's multi-word name among ``spans`` ("night audit", "backend for
    frontend") → the concept its word names alone, where that concept's name says the word ("audit" → auditing,
    "frontend" → frontend development): the head is read as the same word is outside the name, so that "ran the
    night audit" meets a posting's "complete audits", which reads as auditing. Not a product's last word, which is
    its name ("Power BI" says no business intelligence, "Amazon EMR" no EHR: the lexicon writes products with their
    capitals, concepts in small letters); not a concept named in other words ("presentation" alone is public
    speaking, but a clinical presentation is no speech); not a soft skill (:func:`soft_skill`: "employee
    communications" is a field of work, no communication skills); and not an ambiguous word, which only the context
    reads as a name."""
    index = skill_index(lexicon)
    table = lemma_table()
    out = {}
    for start, end, canonical in spans:
        lemma = lemmas[end - 1]
        if end - start < 2 or not canonical.islower() or not lemma or lemma in index.ambiguous:
            continue
        alone = dict(index.by_length.get(lemma, ())).get(1, {}).get((lemma,))
        if (
            alone
            and alone != canonical
            and alone.islower()
            and lemma in {lemma_of(word, table) for word in alone.split()}
            and not soft_skill(alone)
        ):
            out[end - 1] = alone
    return out


EVERYDAY = "~"
"""What ends the term of the everyday word an ambiguous name of one word also is ("sketch~" of "concept sketches",
"outreach~" of "community outreach"), where the name itself is the word ("sketch", the tool Sketch): a term of its
own, so that the word meets the word in another text and never the name (:func:`word_of` gives the word back)."""


def word_of(term: str) -> str:
    """``term`` as the word it is, without the mark of an everyday word (:data:`EVERYDAY`): what word lists know."""
    return term.removesuffix(EVERYDAY)


def _everyday(
    doc: Doc, terms: list[str | None], spans: list[tuple[int, int, str]], original: str | None, lexicon: Lexicon
) -> set[int]:
    """The positions of ``doc``'s words, outside ``spans``, that are the everyday word an ambiguous name of one word
    also is: the word the name's term is (:func:`name_words`), written in small letters ("concept sketches",
    "community outreach") or in a form no spelling of the name has ("Sketching sessions"). A word that may still be
    either stays the name's term: capitalised where the context did not make it the name ("Sketch wireframes in
    Figma"), or in small letters beside a product's name in a list, as a list of tools written so names them
    ("terraform, airflow, Kubernetes"; not "community outreach and fundraising")."""
    words = name_words(lexicon)
    # A name that its text's trade makes no skill ("MQL-to-SQL conversion": sales qualified leads) left no span: its
    # word is the everyday word there, as an ambiguous name's is, and never meets the name in another text.
    unnamed = unnamed_by_a_trade() - words
    if words.isdisjoint(terms) and unnamed.isdisjoint(terms):
        return set()
    inside = {i for start, end, _ in spans for i in range(start, end)}
    products = [(start, end) for start, end, name in spans if not name.islower()]
    starts, ends = {start for start, _ in products}, {end for _, end in products}

    def listed(i: int) -> bool:
        before = i >= 2 and doc[i - 1].text in _LISTED_BY and i - 1 in ends
        return before or (i + 2 < len(doc) and doc[i + 1].text in _LISTED_BY and i + 2 in starts)

    def small(i: int) -> bool:
        # A title's capitals are its style, as small letters would be a sentence's: "Community Outreach Coordinator".
        return original is not None and (original[doc[i].idx].islower() or _in_a_title(original, doc[i].idx))

    return {
        i
        for i, term in enumerate(terms)
        if i not in inside
        and (term in unnamed or (term in words and (doc[i].text not in lexicon.names or (small(i) and not listed(i)))))
    }


_A_WORD = re.compile(r"[^\W\d_]{4,}")


def _in_a_title(text: str, at: int) -> bool:
    """Whether the line of ``text`` that holds the character at ``at`` is set in title case: two words or more of four
    letters or more, each capitalised ("Community Outreach Coordinator", "Senior Product Designer")."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = _A_WORD.findall(text, start, end if end >= 0 else len(text))
    return len(words) >= 2 and all(word[0].isupper() for word in words)


_LISTED_BY = frozenset({",", "/", "and", "or", "&"})
"""What stands between two items of a list of names."""


@lru_cache(maxsize=4)
def name_words(lexicon: Lexicon) -> frozenset[str]:
    """The terms of the lexicon's ambiguous names of one word ("sketch" of Sketch, "outreach" of Outreach): those an
    everyday word analyses to as well."""
    return frozenset(
        name.lower()
        for surface in lexicon.ambiguous - lexicon.spoken  # a language's name in small letters is the language still
        if (name := lexicon.canonical(surface)) and " " not in name
    )


def shared_skills(
    texts: Iterable[str], lexicon: Lexicon, coordinators: frozenset[str] = COORDINATORS
) -> list[frozenset[str]]:
    """The skills (canonical names, lowercase) each text names only with a word another skill's name shares:
    "unit and integration testing" says unit testing, "data collection and analysis" data analysis
    (:func:`~tailor.analysis.skills.shared_heads`, which ``coordinators`` join). A posting asks for these as for the
    skills it names whole."""
    return [frozenset(said) for said in shared_said(texts, lexicon, coordinators)]


def shared_said(
    texts: Iterable[str], lexicon: Lexicon, coordinators: frozenset[str] = COORDINATORS
) -> list[dict[str, str]]:
    """:func:`shared_skills` of each text, each with the words that say it as the text writes them, from its modifier
    to the head it shares: "unit and integration testing" for unit testing and integration testing alike, so that a
    keyword is shown in the posting's own words."""
    texts = [written_out(t) for t in texts]
    lowered = [blank_marks_of_text(singular_acronyms(sentences_apart(t)).lower()) for t in texts]
    out = []
    for text, low, (doc, lemmas, _, joins) in zip(texts, lowered, tokenised(lowered), strict=True):
        where: dict[str, tuple[int, int]] = {}
        kept = _shared_kept(doc, lemmas, joins, lexicon, coordinators, where)
        source = text if len(text) == len(low) else low
        said = {}
        for name, (start, end) in where.items():
            first, last = doc[kept[start]], doc[kept[end - 1]]
            said[name] = source[first.idx : last.idx + len(last)]
        out.append(said)
    return out


def _shared(
    doc: Doc, lemmas: list[str], joins: frozenset[int], lexicon: Lexicon, coordinators: frozenset[str] = COORDINATORS
) -> frozenset[str]:
    """:func:`~tailor.analysis.skills.shared_heads` of a text's ``lemmas`` (``doc``'s, which writes its words), a
    joining hyphen read as a space."""
    where: dict[str, tuple[int, int]] = {}
    _shared_kept(doc, lemmas, joins, lexicon, coordinators, where)
    return frozenset(where)


def _shared_kept(
    doc: Doc,
    lemmas: list[str],
    joins: frozenset[int],
    lexicon: Lexicon,
    coordinators: frozenset[str],
    where: dict[str, tuple[int, int]],
) -> list[int]:
    """Fill ``where`` with :func:`~tailor.analysis.skills.shared_heads`'s skills and their places among the kept
    tokens (a joining hyphen's left out), and return those tokens' positions in ``doc``."""
    if coordinators.isdisjoint(lemmas):
        return []
    kept = [i for i in range(len(lemmas)) if i not in joins]
    written = [doc[i].text for i in kept]
    shared_heads([lemmas[i] for i in kept], lexicon, coordinators, written, where)
    for name, (start, stop) in list(where.items()):
        after = next((k for k in range(start, stop) if lemmas[kept[k]] in coordinators), stop)
        last = stop - 2  # the word before the span's last: a prefix there makes one word of the head
        if after < last and lemmas[kept[last]] in _BOUND_PREFIXES and kept[last] + 1 in joins:
            del where[name]  # "email, and co-marketing": co-marketing is one word, no marketing "email" shares
    return kept


_BOUND_PREFIXES = PREFIXES | {"un"}
"""Prefixes a hyphen joins to a word (:data:`~tailor.analysis.tokens.PREFIXES`, and "un-": "co-marketing",
"re-engagement", "un-gated"), which make one word with it: after a coordinator, no head that a modifier before the
coordinator shares. A prefixed modifier before the head still shares it ("relational and non-relational databases"
says relational databases)."""


def _capital(doc: Doc, original: str | None) -> Callable[[int], bool] | None:
    """Whether ``original`` writes the token at a position of ``doc`` with a capital first, asked of a token at a
    time (a Token costs a microsecond to make); None where ``original`` has no capital at all."""
    if original is None or original == original.lower():
        return None
    return lambda i: original[doc[i].idx].isupper()


def _analysis(
    terms: list[str | None],
    spans: list[tuple[int, int, str]],
    joins: frozenset[int],
    versioned: frozenset[int],
    capital: Callable[[int], bool] | None = None,
    products: frozenset[str] = frozenset(),
    everyday: frozenset[int] = frozenset(),
    heads: Mapping[int, str] | None = None,
    everyday_versions: frozenset[int] = frozenset(),
) -> Analysis:
    lemmas = list(terms)
    span_of = [-1] * len(lemmas)
    extra: list[str] = []
    modifiers: set[int] = set()
    for n, (start, end, canonical) in enumerate(spans):
        if end - start == 1:
            lemmas[start] = canonical.lower()  # an alias meets its canonical form
        else:
            extra.append(canonical.lower())
            span_of[start:end] = [n] * (end - start)
            if lemmas[end - 1] not in ACTIVITY_HEADS:
                head = canonical.rsplit(None, 1)[-1].lower()
                modifiers.update(i for i in range(start, end - 1) if lemmas[i] != head)
            if canonical in products:
                modifiers.add(end - 1)  # "Vision" of Deltek Vision is no vision a team is set
            if end in everyday_versions:
                # Nor is the "Office" of "Office 365" an office: a product's last word, before its version.
                last = canonical.rsplit(None, 1)[-1].lower()
                modifiers.update(i for i in range(start, end) if lemmas[i] == last)
            if end in versioned and (named_head := _versioned_head(canonical)):
                extra.append(named_head)
            if joins:
                # A hyphen's part that the skill's name does not say ("end" of "front-end", frontend development)
                # names nothing alone: no word to meet "end-to-end" or a back end with.
                modifiers.update(
                    i
                    for i in range(start, end)
                    if (i - 1 in joins or i + 1 in joins) and not _names_word(canonical, lemmas[i])
                )
            if lemmas[end - 1] == initials(canonical):
                # "ICH-GCP": its last word abbreviates the skill itself, so it is no mention of a skill of the
                # same letters (GCP, Google Cloud); the skill's own term says it.
                modifiers.add(end - 1)
    # The head of a concept's name is the word the text says, read as it is read alone (:func:`_heads_alone`): the
    # "audit" of "night audit" is auditing, as a posting's "audits" is.
    for i, name in (heads or {}).items():
        if i not in modifiers:
            lemmas[i] = name
    # A multi-word skill is its own term plus its head, the last word: "object storage" is
    # storage, not an object; "recommendation system" is a system, not a recommendation. Where the
    # head names the activity, the words before it name what it works on, and count too. Said in other words, the
    # skill's head as its name gives it is a word of the text all the same: "inventory counts" (physical inventory)
    # says inventory, "public cloud" (cloud computing) cloud.
    # A prefix joined to its word ("co-organised", "re-designed") is part of it, no word of its own.
    if joins:
        modifiers.update(i - 1 for i in joins if lemmas[i - 1] in PREFIXES)
        # A participle joined after a word makes an adjective of it ("instructor-led", "data-driven", "cloud-based"):
        # no deed of its own, so the posting's "instructor-led training" meets no CV's "Led a team". The compound
        # stays a phrase ("client-centered" meets "client-centered").
        modifiers.update(
            i + 1 for i in joins if lemmas[i + 1] in COMPOUND_PARTICIPLES and lemmas[i - 1] not in PREFIXES
        )
        # A word joined before "-free" names what is not there ("union-free", "drug-free workplace", "error-free"):
        # no word of the text, so the posting's "union environment" meets no CV's "union-free plant", nor a drug
        # screen a "drug-free workplace". The compound stays a phrase ("gluten-free" meets "gluten-free").
        modifiers.update(i - 1 for i in joins if lemmas[i + 1] == "free")
        # A word joined after "non-" names its opposite ("non-profit", "non-technical", "non-clinical"): no word of
        # the text, so a posting's "profit and loss" meets no CV's "non-profit". The compound stays a term ("nonprofit",
        # "non technical"), as "-free"'s does.
        modifiers.update(i + 1 for i in joins if lemmas[i - 1] == "non")
    # An ambiguous name's everyday word is a term of its own (:data:`EVERYDAY`); the phrases it makes stay its words.
    unigrams = [
        lemma + EVERYDAY if i in everyday else lemma
        for i, lemma in enumerate(lemmas)
        if lemma and i not in modifiers and lemma not in _ROMAN_NUMERALS
    ]
    # No phrase inside a multi-word skill: the skill itself is the term.
    if joins:
        pairs = [(i, j) for i in range(len(lemmas) - 1) if (j := next_word(i, joins)) < len(lemmas)]
    else:
        pairs = [(i, i + 1) for i in range(len(lemmas) - 1)]
    pairs = [(i, j) for i, j in pairs if lemmas[i] and lemmas[j] and (span_of[i] < 0 or span_of[i] != span_of[j])]
    bigrams = [phrase(lemmas[i], lemmas[j]) for i, j in pairs]  # type: ignore[arg-type]
    if capital is not None:
        # Two words closed up into one ("health care" → healthcare) that are both written with a capital may be a
        # product's name, which keeps its words (:func:`phrase`): asked only of the few pairs that close up.
        for n, (i, j) in enumerate(pairs):
            if " " not in bigrams[n] and capital(i) and capital(j):
                bigrams[n] = phrase(lemmas[i], lemmas[j], True)  # type: ignore[arg-type]
    # Half a hyphenated word and the word beside it ("upper mid" of "Upper Mid-Market", "functional team" of
    # "cross-functional team") are no phrase of the text either.
    halves = {n for n, (i, j) in enumerate(pairs) if j + 1 in joins or i - 1 in joins} if joins else set()
    split = tuple(bigrams[n] for n in sorted(halves))
    # Once per time, though a phrase cuts a skill and a hyphenated word at once ("sale data" of "point-of-sale data
    # analysis"): counted twice, it would take away the phrase the text says whole elsewhere.
    cut = tuple(
        bigrams[n] for n, (i, j) in enumerate(pairs) if n in halves or (spans and (span_of[i] >= 0 or span_of[j] >= 0))
    )
    skills = list(dict.fromkeys(name for _, _, name in spans))
    return Analysis(unigrams + bigrams + extra, skills, cut=cut, split=split)


@lru_cache(maxsize=1 << 12)
def _a_products_name(canonical: str) -> bool:
    """Whether a skill's ``canonical`` name is a product's, a maker's name and then its own in capitals ("Deltek
    Vision", "Microsoft Project", "Google Sheets", "Zendesk Guide"): its last word names the product, not what the
    word says elsewhere, and counts for nothing alone (a bullet that "Set the vision for a team" used no Deltek
    Vision), unless it is a skill's name of its own ("Coarray Fortran" is Fortran; :func:`analyse` asks). The maker's
    name is a word English does not have: not letters ("UX Design", "PE License"), nor a word the lemma table knows
    ("Civil 3D"), nor one made an adjective ("American Sign Language", "Hazardous Materials Technician"), nor a
    method named after a person in lowercase ("Bayesian statistics", "Gantt charts"), whose last word says what it
    does."""
    words = canonical.split()
    maker = words[0]
    return (
        len(words) > 1
        and all(word[:1].isupper() for word in words)
        and maker.isalpha()
        and not maker.isupper()
        and not maker.lower().endswith(_ADJECTIVE_ENDINGS)
        and maker.lower() not in lemma_table()
        and maker.lower() not in known_lemmas()
    )


def _a_named_makers_product(canonical: str, lexicon: Lexicon) -> bool:
    """Whether a skill's ``canonical`` name, its words in capitals, opens with the name of another skill of the
    lexicon written with a capital, its maker's or its platform's ("Looker Studio", "Workday Student", "Spring Boot",
    "Azure Data Factory"): a product named after a product, whose last word counts for nothing alone, as
    :func:`_a_products_name` has it, though the maker's name is an English word too ("looker", "azure")."""
    words = canonical.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words) or words[0].isupper():
        return False
    return lexicon.canonical(words[0]) == words[0]


_ADJECTIVE_ENDINGS = ("an", "ish", "ous", "ive", "al", "ic", "ent", "ant", "ly", "ary", "ed", "ing", "wide")
"""How English ends an adjective made of a word ("American", "British", "Hazardous", "Automotive", "Statewide")."""


COMPOUND_PARTICIPLES = frozenset({"lead", "drive", "base"})
"""The lemmas of the participles English joins after a word to make an adjective of it ("instructor-led",
"data-driven", "cloud-based"), whose word alone a CV uses for deeds ("Led a team", "Drove revenue"). Left out, as
measured on the labelled sets: "-focused", "-oriented" and "-centered" ("trauma-focused", "client-centered"), whose
word alone ranked one set's strong fits below its moderate ones, and "-owned", "-backed", "-funded", "-powered" and
"-enabled", which cost another set."""


@lru_cache(maxsize=1 << 10)
def _names_word(canonical: str, lemma: str | None) -> bool:
    """Whether a skill's canonical name says ``lemma`` among its words, those a hyphen joins included: "full-stack
    development" says "stack", "frontend development" no "end"; a hyphen is no word, and names nothing."""
    if not lemma:
        return False
    table = lemma_table()
    return any(lemma in (word, lemma_of(word, table)) for word in re.split(r"[\s\-]+", canonical.lower()) if word)


def _versioned_head(canonical: str) -> str | None:
    """The head of a skill named by one of its versions ("Windows 11" of Microsoft Windows): its canonical name's
    last word, as the name written out gives it ("Microsoft Windows" is windows), where that is a word. A version
    is no head of its own, so "Windows 11" met no posting's "Windows"; a standard whose name ends in its number
    (ISO 9001, USP <797>) has none, so one of them never meets a posting asking for another."""
    last = canonical.split()[-1].lower()
    return lemma_of(last, lemma_table()) if last.isalpha() and len(canonical.split()) > 1 else None


@lru_cache(maxsize=1 << 16)
def phrase(first: str, second: str, named: bool = False) -> str:
    """The term two kept words standing together make: their closed compound where English writes
    them as one word too ("health care" → healthcare, "data sets" → dataset, "web site" → website),
    so that a text meets another whichever way it writes them; else the two words ("data quality").

    A word is one the English lemma table or word-frequency list knows; both parts must be words of
    three letters or more ("de base" is no "debase"), or a prefix such as "co" ("co founder"). Two
    words both written with a capital (``named``) may be words of a product's name, which keeps its own
    words: they close up only to a word of the frequency list, one English often writes ("Health Care",
    "Java Script", "Time Zone"), not one only the lemma table knows ("Play Billing" is no playbill); a prefix is
    no word of a name ("Co-Founder")."""
    from tailor.lexicon import word_log_probabilities

    closes = not named or first in PREFIXES or first + second in word_log_probabilities()
    # The first half a word of its own, as the docstring says: "Medi-Cal", California's Medicaid, is no "medical".
    first_a_word = first in PREFIXES or (len(first) >= 3 and _is_word(first))
    if closes and len(second) >= 3 and first_a_word and _is_word(first + second):
        return first + second
    return f"{first} {second}"


_ROMAN_NUMERALS = frozenset({"ii", "iii", "vii", "viii"})
"""A level's or a class's numeral, no word of its own: "SOC 2 Type II" shares nothing with "Class II medical devices"
but the numeral; its phrases stay terms ("class ii", "phase iii", "title vii"). "IV" is intravenous, "VI" and "X"
names, "I" the pronoun: left as they are."""


def _is_word(text: str) -> bool:
    from tailor.lexicon import word_log_probabilities

    return text.isalpha() and (text in lemma_table() or text in known_lemmas() or text in word_log_probabilities())


def _near(
    terms: list[str | None], doc: Doc, text: str, named: Mapping[int, int] | None = None
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The pairs of words that stand close (:attr:`Analysis.near`), and the compounds (:attr:`Analysis.compounds`),
    in ``doc``, made of ``text`` (of the same length). Two words of two multi-word skills (``named``: a token's
    index → its skill's) are no pair: each is bound to its own skill, so "acceptance testing for the warehouse
    management" says no test management; nor are two verbs in the past, two deeds of which neither is the other's
    object."""
    named = named or {}
    listed = _modifiers_listed(doc)
    # Figures and signs do not hold words apart, nor numbers in words, nor a figure's unit, nor a possessive's "'s":
    # "managed the faculty's $14M operating budget" is managing a budget, "supervised and scheduled four library
    # assistants" supervising them. A mark that sets items apart does: "Data Scientist | Machine Learning Engineer"
    # names no data engineer. A skill of several words stands between two others as one word: "analysed ChIP-seq
    # and ATAC-seq data" is data analysis; so do words joined by a hyphen ("smart-pump"), and a quantity's unit
    # stands apart from nothing: "Analyzed 14 months of smart-pump (Alaris) override data" is data analysis.
    at: list[int] = list(
        accumulate(
            any(c.isalpha() for c in token.text)
            and not token.like_num
            and not token.text[0].isdigit()  # "15k", "2nd": a figure with its unit
            and token.lower_ not in _POSSESSIVE
            and not (k and doc[k - 1].like_num and not doc[k - 1].whitespace_)  # "$2.4M": a figure's unit apart
            and not (k in named and named.get(k - 1) == named[k])
            and not _joined_to_the_word_before(doc, k)
            and not _a_quantitys_unit(doc, k)
            and not _a_quantitys_unit(doc, k - 1)  # its "of"
            and k not in listed
            for k, token in enumerate(doc)
        )
    )
    marks = [i for i, c in enumerate(text) if c in _APART]  # list marks are blanked in ``doc``: read ``text``
    marks = sorted(marks + _clauses_joined(doc))
    part = [bisect_left(marks, token.idx) for token in doc]
    kept = [(k, at[k], t) for k, t in enumerate(terms) if t]
    if "non-" in text or "Non-" in text or "NON-" in text:
        # A word "non" is joined to names its opposite: "compounded non-sterile preparations" says no sterile
        # compounding, so it stands close to no word of the text; nor does a skills list's "Non-sterile compounding",
        # its first word in a capital.
        kept = [(k, i, t) for k, i, t in kept if not (k > 1 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "non")]
    if "-" in text:
        # A verb joined to the word before it is an adjective that names who does it ("a pharmacist-managed clinic",
        # "a physician-led team"): the text's owner did none of it, so it stands close to no word. A prefix keeps it
        # the owner's deed ("co-managed a budget").
        kept = [(k, i, t) for k, i, t in kept if not _done_by_the_word_before(doc, k)]
    if "to" in text.lower():
        # "Lead" right before "to" says a cause, not people led: "leading to the director's resignation", "led to a 30%
        # drop in falls" led no one, so it stands close to no word (no team leadership, no staff led).
        kept = [(k, i, t) for k, i, t in kept if not _leads_to(doc, k)]
    past = [bool(t) and _in_the_past(token.lower_) for token, t in zip(doc, terms, strict=True)]
    # A word that ends an item of a list ("products, services, customers") is no phrase with a word of a later item:
    # "services, customers" says no customer service; nor is one before an "and the" or "or a", which opens a noun
    # phrase of its own: "the Rules of Court and the interpreter code" says no court interpreter. A verb so set
    # shares its object ("managed, coached and hired engineers"), and stays; so does one in -ing ("planning,
    # organizing and running events"), but not where a word that is no verb names what it is ("Relativity coding,
    # review protocols": a thing of its own, which says no code review).
    ends_item = [
        (
            (k + 1 < len(doc) and doc[k + 1].text == ",")
            or (k + 2 < len(doc) and doc[k + 1].lower_ in _JOINS and doc[k + 2].lower_ in _ARTICLES)
        )
        and not past[k]
        and not (token.lower_.endswith("ing") and not _a_compounds_head(doc, terms, k))
        for k, token in enumerate(doc)
    ]
    pairs = set()
    compounds = set()
    for n, (k, i, a) in enumerate(kept):
        # A word of a skill of several words before its last, or a noun right before its first, modifies it, and
        # the skill's last word ends the phrase: "customer journey maps with the service team" says no customer
        # service.
        bound = _modified_skills_end(doc, named, k, a)
        for m, j, b in kept[n + 1 :]:
            if j - i > NEAR or part[m] != part[k] or m >= bound:
                break
            if ends_item[k]:
                break
            if a == b or (k in named and m in named and named[k] != named[m]):
                continue
            if m in named and m - 1 > k and named.get(m - 1) == named[m] and named.get(k) != named[m]:
                continue  # a word inside a name, its first words between: "Executive Sous Chef" says no executive chef
            if past[k] and past[m]:
                continue  # two deeds ("designed an Arduino-controlled pump"), no work and its object: no design control
            if m == k + 1 and _compound(doc[k].lower_, a):
                compounds.add((a, b))
            else:
                pairs.add((a, b) if a < b else (b, a))
    return frozenset(pairs), frozenset(compounds)


_LEAD = frozenset({"lead", "leads", "leading", "led"})


def _leads_to(doc: Doc, k: int) -> bool:
    """Whether token ``k`` of ``doc`` is a form of "lead" right before "to", where it says what a thing caused
    ("leading to", "led to") and not whom one led."""
    return doc[k].lower_ in _LEAD and k + 1 < len(doc) and doc[k + 1].lower_ == "to"


def _modified_skills_end(doc: Doc, named: Mapping[int, int], k: int, lemma: str) -> int:
    """Where the skill of several words (``named``) that token ``k`` (its ``lemma``) opens or modifies ends: a word
    of the skill before its last ("customer" of "customer journey maps"), or a noun right before its first, joined
    to it as a compound is (:func:`_compound`: "patient" before "journey maps"). Past that end the token stands
    close to no word; any other token's bound is the text's end."""
    span = named.get(k + 1)
    if span is None:
        return len(doc)
    inside = named.get(k) == span
    if not inside and not (doc[k].is_alpha and doc[k].whitespace_ and _compound(doc[k].lower_, lemma)):
        return len(doc)
    end = k + 1
    while named.get(end) == span:
        end += 1
    return end


def _modifiers_listed(doc: Doc) -> set[int]:
    """The tokens of ``doc`` after the first word of a list of single words that share the noun right after the last
    ("foundation, corporate(,) and government grants"): the list stands before its noun as one word, so that "Wrote
    35 foundation, corporate and government grants" writes grants as "Wrote 35 foundation grants" does."""
    out: set[int] = set()
    k, size = 0, len(doc)
    while k < size - 5:
        end = k
        while end + 3 < size and doc[end + 1].text == "," and doc[end + 2].is_alpha and not _joins(doc[end + 2]):
            end += 2  # ", corporate"
        join = end + 1 if _joins(doc[end + 1]) else end + 2
        last = join + 1  # the list's last word, right before the noun the list shares
        if (
            doc[k].is_alpha
            and end > k
            and last + 1 < size
            and _joins(doc[join])
            and doc[join - 1].text in (",", doc[end].text)
            and doc[last].is_alpha
            and doc[last].whitespace_
            and doc[last + 1].is_alpha
        ):
            out |= set(range(k + 1, last + 1))
            k = last + 1
        else:
            k += 1
    return out


def _joins(token: Token) -> bool:
    """Whether ``token`` is an "and" or an "or"."""
    return token.lower_ in _JOINS


def _a_compounds_head(doc: Doc, terms: Sequence[str | None], k: int) -> bool:
    """Whether token ``k`` of ``doc`` (a word in -ing) ends a compound noun, after a kept word that is no verb and
    no adverb ("medical coding", "Relativity coding", "payroll processing"): a thing, with no object to share."""
    if k == 0 or not terms[k - 1] or not doc[k - 1].is_alpha or doc[k - 1].lower_.endswith("ly"):
        return False
    return lemma_of(doc[k - 1].lower_, lemma_table()) not in verbs()


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
"""The possessive's mark, a token of its own after its noun ("faculty", "'s"): no word between two others."""
_JOINS = frozenset({"and", "or"})
_ARTICLES = frozenset({"the", "a", "an"})


def _clauses_joined(doc: Doc) -> list[int]:
    """Where an "and" or "or" joins a clause of its own, a verb in the past after a word that is no verb ("reported
    events to the program and managed recalls"), or a verb of work as a duty opens one ("facing tax foreclosure and
    prepare petitions": no tax preparation): the words before it are no object of that verb. Two verbs that share
    their object ("planned and managed budgets", "plan and manage budgets", "wrote and edited") join no clause."""
    starts = []
    for k in range(1, len(doc) - 1):
        after = doc[k + 1].lower_
        past = _in_the_past(after)
        if doc[k].lower_ not in ("and", "or") or not (past or after in _work_verbs()):
            continue
        before = doc[k - 2] if doc[k - 1].lower_ == "," and k > 1 else doc[k - 1]
        if before.is_alpha and not _in_the_past(before.lower_) and (past or before.lower_ not in verbs()):
            starts.append(doc[k].idx)
    return starts


@lru_cache(maxsize=1)
def _work_verbs() -> frozenset[str]:
    """The verbs of work (:func:`tailor.lexicon.action_nouns`), as a duty names them ("prepare", "manage")."""
    from tailor.lexicon import action_nouns

    return frozenset(action_nouns().values())


def _joined_to_the_word_before(doc: Doc, k: int) -> bool:
    """Whether token ``k`` of ``doc`` is a word's second part, joined to the first by a hyphen ("smart-pump")."""
    return (
        k > 1
        and doc[k - 1].text == "-"
        and not doc[k - 2].whitespace_
        and not doc[k - 1].whitespace_
        and doc[k - 2].is_alpha
    )


def _dropped_opening(doc: Doc, lemmas: Sequence[str | None], k: int) -> int | None:
    """Where the hyphened word whose part token ``k`` of ``doc`` is starts, where it opens with words analysis drops
    right before ``k`` ("on" of "on-time", "up", "to" of "up-to-date"); None where one of its words before ``k`` is
    one analysis keeps ("point" of "point-of-care")."""
    k -= 2
    while not lemmas[k] and _joined_to_the_word_before(doc, k):
        k -= 2
    return None if lemmas[k] else k


def _a_quantitys_unit(doc: Doc, k: int) -> bool:
    """Whether token ``k`` of ``doc`` is the unit of a quantity of what follows ("14 months of data", "3 years of
    sales records")."""
    return 0 < k < len(doc) - 1 and doc[k - 1].like_num and doc[k].is_alpha and doc[k + 1].lower_ == "of"


def _done_by_the_word_before(doc: Doc, k: int) -> bool:
    """Whether token ``k`` of ``doc`` is a verb in the past joined by a hyphen to a word before it that is no prefix
    ("pharmacist-managed", not "co-managed")."""
    return _joined_to_the_word_before(doc, k) and doc[k - 2].lower_ not in PREFIXES and _in_the_past(doc[k].lower_)


def _in_the_past(word: str) -> bool:
    """Whether ``word`` is a form of a verb that is no plural and no "-ing" ("managed", "led", "wrote"): a verb in
    the past, as a résumé's clauses open."""
    lemma = lemma_of(word, lemma_table())
    return lemma != word and lemma in verbs() and not word.endswith(("s", "ing"))


_APART = frozenset("|;" + MARKS[:-2] + ARROWS)
"""Marks that end one item or clause and start another, so that no word before one stands close to a word after
it (:func:`_near`): a headline's "|", a list's bullet or middle dot, a semicolon, an arrow (:data:`ARROWS`)."""


def _compound(word: str, lemma: str) -> bool:
    """Whether ``word`` (lowercase, with its ``lemma``), standing right before another kept word, makes a compound
    noun with it: a word that is no form of a verb. Such two words are a phrase term in their own order; in the
    other they name another thing ("leadership team" is no team leadership, "management team" no team
    management), where a verb before its object says the work either way ("edited videos", "manage budgets")."""
    return word == lemma and lemma not in verbs()


def locate(
    text: str, terms: set[str], lexicon: Lexicon | None = None, *, words: bool = False
) -> list[tuple[int, int, str]]:
    """Where in ``text`` each of ``terms`` (as :class:`Analysis` spells them) occurs.

    Returns non-overlapping ``(start, end, term)`` character spans in text order,
    the longest occurrence winning where two overlap ("machine learning" over
    "learning"). Used to highlight a posting's keywords in reports. A name that is also a
    word (the lexicon's ambiguous ones: "Outreach", "Spanish") is found only where the context
    shows the name, unless ``words``: then the word is the term asked for. A suspended hyphen is written out, as
    :func:`analyse` reads it: front-of-house of "front- and back-of-house" stands at "front".
    """
    written = write_out(text)
    if written is None:
        return _locate(text, terms, lexicon, words)
    found = ((written.span(start, end), term) for start, end, term in _locate(written.text, terms, lexicon, words))
    return [(*span, term) for span, term in found if span is not None]


def _locate(text: str, terms: set[str], lexicon: Lexicon | None, words: bool) -> list[tuple[int, int, str]]:
    spots = _spots(text, lexicon)
    if spots is None:
        return []  # lowercasing changed the length: offsets would not line up
    found = [span for span in spots.spans if span[2] in terms]
    for begin, end, lemma, everyday, plain, pair, pair_end in spots.words:
        if everyday and lemma + EVERYDAY in terms:
            found.append((begin, end, lemma + EVERYDAY))  # the word, which the name is not
        elif lemma in terms and (words or plain):
            found.append((begin, end, lemma))
        if pair is not None and pair in terms:
            found.append((begin, pair_end, pair))
    out: list[tuple[int, int, str]] = []
    for start, end, term in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not out or start >= out[-1][1]:
            # An acronym's plural ("VFDs") is the term whole, its "s" read as a space: marked whole too.
            plural = end < len(text) and text[end] == "s" and spots.singular[end] == " "
            out.append((start, end + plural, term))
    return out


@dataclass(frozen=True)
class _Spots:
    """Every place in a text where some term may stand (:func:`_spots`), whatever terms are looked for."""

    spans: tuple[tuple[int, int, str], ...]
    """The lexicon's names of several words: their start, end and term."""
    words: tuple[tuple[int, int, str, bool, bool, str | None, int], ...]
    """Each word with a lemma: its start and end, its lemma, whether it is the everyday word an ambiguous name also
    is, whether it counts where ambiguous names count only in context (it is no such name, or was read as one), the
    phrase it makes with the next word (or None) and that phrase's end."""
    singular: str
    """The text with an acronym's plural "s" read as a space (:func:`singular_acronyms`)."""


@lru_cache(maxsize=256)
def _spots(text: str, lexicon: Lexicon | None) -> _Spots | None:
    """Where in ``text`` terms may stand, read once: a posting's requirements are searched for a different few
    terms by each of a dozen rules of :mod:`tailor.keywords` (tokenising the text and finding the lexicon's names
    each time had been a third of ``tailor rank``'s time a row with coverage). None where lowercasing changes
    the text's length."""
    singular = singular_acronyms(sentences_apart(text))
    doc, token_lemmas, lemmas, joins = next(tokenised([blank_trademarks(plain_marks(singular.lower()))]))
    if len(doc.text) != len(text):
        return None
    spans = skill_spans(doc, token_lemmas, text, lexicon, joins) if lexicon is not None else []
    # A word that names a tool only where its context says so ("cold outreach", not the tool Outreach) is
    # marked as that term only where the context did.
    ambiguous = skill_index(lexicon).ambiguous if lexicon is not None else frozenset()
    named: set[int] = set()
    found: list[tuple[int, int, str]] = []
    capital = lexicon is not None and text != text.lower()
    everyday = _everyday(doc, lemmas, spans, text, lexicon) if lexicon is not None and capital else set()
    for start, end, canonical in spans:
        if end - start == 1:
            lemmas[start] = canonical.lower()
            named.add(start)
        else:
            found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), canonical.lower()))
    spots: list[tuple[int, int, str, bool, bool, str | None, int]] = []
    for i, lemma in enumerate(lemmas):
        if lemma is None:
            continue
        # A term with its letter joined ("e-verify") starts at the letter, two tokens back: where the letter
        # and the hyphen are those tokens, not where one word is its alias ("eDiscovery" for "e-discovery").
        joined = lemma and i >= 2 and lemma[1:2] == "-" and token_lemmas[i][1:2] != "-" and doc[i - 1].text == "-"
        # A word joined to one analysis drops ("on-time delivery") is marked whole, not from its half; but a word
        # that a kept one stands before ("point-of-care", "day-to-day") is the compound's end, marked alone ("care"),
        # not from a half that reads as a word ("of-care").
        opening = _dropped_opening(doc, lemmas, i) if lemma and _joined_to_the_word_before(doc, i) else None
        begin = doc[i - 2].idx if joined else doc[i].idx if opening is None else doc[opening].idx
        j = next_word(i, joins)
        named_pair = j < len(doc) and text[doc[i].idx].isupper() and text[doc[j].idx].isupper()
        paired = lemma and j < len(doc) and lemmas[j]
        pair = phrase(lemma, lemmas[j], named_pair) if paired else None
        pair_end = doc[j].idx + len(doc[j]) if paired else 0
        plain = i in named or lemma not in ambiguous
        spots.append((begin, doc[i].idx + len(doc[i]), lemma, i in everyday, plain, pair, pair_end))
    return _Spots(tuple(found), tuple(spots), singular)
