"""A posting as ranking reads it: its sections, each weighted by its kind and analysed
(:func:`analyse_posting`, the only place a posting is analysed), and the posting as terms with their weights
(:func:`query_terms`); and what its words say beside their weight: which name a place (:func:`places_named`),
which only the employer's name (:func:`companys_own_words`), and what job its title names and what that job does
(:func:`title_terms`, :func:`the_jobs_name`, :func:`the_jobs_doing`, :func:`leads_people`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from tailor.acronyms import written_in_part
from tailor.analysis import Analysis, analyse, lemma_of, lemma_table
from tailor.analysis.tokens import verbs
from tailor.errors import TailorError
from tailor.lexicon import Lexicon, action_nouns, bundled_lexicon, generic_terms
from tailor.people import someones_titles
from tailor.places import is_world_part
from tailor.posting import Posting, language, structure
from tailor.posting.plausible import JOB_WORDS
from tailor.posting.structure import Section, SectionKind, Structure
from tailor.rank.config import DEFAULT_CONFIG, RankConfig
from tailor.rank.terms import related_terms, terms_of_text
from tailor.rank.weights import (
    merged,
    sublinear,
)


@dataclass(frozen=True)
class WeightedSection:
    """A posting section as ranking reads it: how much its words count, and what they say."""

    section: Section
    weight: float
    """The configured weight of its kind (:attr:`RankConfig.section_weights`)."""
    analysis: Analysis
    """Its terms; empty when the section weighs nothing, as nothing reads its words then."""

    @property
    def kind(self) -> SectionKind:
        return self.section.kind

    @property
    def heading(self) -> str:
        return self.section.heading

    @property
    def text(self) -> str:
        return self.section.text

    @property
    def words(self) -> int:
        return self.section.words


@dataclass(frozen=True)
class AnalysedPosting:
    """A posting split into sections, each weighted by its kind and analysed: what every score,
    keyword and report of the posting reads."""

    posting: Posting
    structure: Structure
    """The posting's title, company and every section, as :mod:`tailor.posting.structure` found them."""
    sections: list[WeightedSection]
    """The sections with text, in posting order."""
    weights: Mapping[SectionKind, float]
    """The section weights it was analysed with: the one source for scores and explanations alike."""

    def weight(self, section: Section) -> float:
        """How much ``section``'s words counted: its kind's weight, or none for a part in another language."""
        counted = next((w.weight for w in self.sections if w.section is section), None)
        return self.weights[section.kind] if counted is None else counted


NO_ANALYSIS = Analysis([], [])


def analyse_posting(
    posting: Posting, lexicon: Lexicon | None = None, config: RankConfig = DEFAULT_CONFIG
) -> AnalysedPosting:
    """Split ``posting`` into sections and analyse every section that counts under ``config``.

    The only place a posting is analysed. Sections that weigh nothing (benefits, legal
    text: a third of a typical posting) are kept, for reports, but not analysed.

    Raises:
        TailorError: the posting is not in English, which every word list here is, or it has
            nothing to rank: no section that counts holds a term (only punctuation, numbers or
            the commonest words; or words only in benefits, how to apply and legal text).
    """
    _require_english(posting)
    found = structure.of(posting)
    weights = config.section_weights
    sections = [s for s in found.sections if s.text]
    if all(weights[s.kind] <= 0 for s in sections) and any(not s.heading for s in sections):
        # A job is described somewhere: where every section reads as pay, notice or how to apply, those no heading
        # named are read as unclassified text ("the Office of Health and Wellness" is a department, no benefit).
        sections = [s if s.heading else replace(s, kind=SectionKind.OTHER) for s in sections]
    # A bilingual posting's part in the other language ("FRANÇAIS", under the English) would be read as English
    # words ("en" of "mise en place"): its sections count for nothing, as a notice does. Asked only of the sections
    # that count: one that weighs nothing weighs nothing in any language, and a language is costly to tell.
    other = {n for n, s in enumerate(sections) if weights[s.kind] > 0 and _foreign(s)}
    counted = [n for n, s in enumerate(sections) if weights[s.kind] > 0 and n not in other]
    lexicon = lexicon or bundled_lexicon()
    analyses = dict(
        zip(
            counted,
            analyse((_with_its_area(sections[n], lexicon) for n in counted), lexicon, together=True),
            strict=True,
        )
    )
    if not any(a.terms for a in analyses.values()):
        raise _nothing_to_rank(posting, [s for s in sections if weights[s.kind] <= 0])
    weighted = [
        WeightedSection(s, 0.0 if n in other else weights[s.kind], analyses.get(n, NO_ANALYSIS))
        for n, s in enumerate(sections)
    ]
    return AnalysedPosting(posting, found, weighted, weights)


_AREA_KINDS = frozenset({SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED})
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
"""A bracket that closes a heading: its letters ("Accounts Payable (AP)") or a note ("(Required Skill)")."""
_JOINED = re.compile(r"\s*(?:&|/|,|\band\b)\s*")
_NONE_ASKED = re.compile(r"\W*(?:none|n/?a|no|not (?:required|applicable|needed))\b\W*(?:$|\n)", re.IGNORECASE)
"""A heading's text that says nothing of its kind is asked ("Security Clearance: None", "Certifications: N/A"): the
heading names no area of the work."""


def _with_its_area(section: Section, lexicon: Lexicon) -> str:
    """The text of ``section`` as analysed: after its heading where that names only skills the lexicon knows, as a
    subheading of the duties or the requirements names the area of the work its items leave unsaid ("Accounts
    Payable (AP)" over "Upload vendor bills into QuickBooks Online", "Preventive Maintenance" over "Inspect rooftop
    units"). The same words as a line of the text count already; a heading set apart by a page's markup no less."""
    if section.kind not in _AREA_KINDS or not section.heading or _NONE_ASKED.match(section.text):
        return section.text
    area = _ASIDE.sub("", section.heading).strip()
    parts = _JOINED.split(area)
    if not all(part and lexicon.canonical(part) for part in parts):
        return section.text
    return f"{area}\n{section.text}"


def _foreign(section: Section) -> bool:
    """Whether ``section`` is written in a language other than English (:func:`tailor.posting.language.detect`),
    with words enough to tell; asked cheaply first (:func:`~tailor.posting.language.surely_english`), as most are
    English."""
    text = f"{section.heading}\n{section.text}"
    return not language.surely_english(text) and not language.detect(text).is_english


def _nothing_to_rank(posting: Posting, uncounted: list[Section]) -> TailorError:
    """Every score would be 0 and every résumé the CV's first bullets: say so instead of writing one."""
    if any(s.words for s in uncounted):
        kinds = ", ".join(dict.fromkeys(s.kind.value for s in uncounted))
        what = f"its only words are in sections that say nothing about the job ({kinds})"
    else:
        what = "it holds no words to match (only punctuation, numbers or the commonest words)"
    return TailorError(
        f"{posting.called} has nothing to rank: {what}. Check that it holds the whole posting, "
        "with what the job asks for (its requirements and responsibilities)."
    )


def _require_english(posting: Posting) -> None:
    if language.surely_english(posting.text):
        return
    found = language.detect(posting.text)
    if found.is_english or (found.code != "other script" and language.has_english_part(posting.text)):
        return
    if found.code == "other script":
        what = "is not written in the Latin alphabet"
    else:
        what = (
            f"looks {found.name} ({found.share:.0%} of its words are {found.name} stop words, "
            f"{found.english:.0%} English ones)"
        )
    raise TailorError(
        f"{posting.called} {what}. tailor ranks English postings: its word lists, lemmas and "
        "skills are English, and it would misread another language rather than rank it. Use the posting's "
        "English version if there is one."
    )


def query_terms(
    analysed: AnalysedPosting,
    lexicon: Lexicon,
    config: RankConfig = DEFAULT_CONFIG,
    *,
    title: bool = False,
    held: Collection[str] | None = None,
    unread: Collection[SectionKind] = (),
) -> dict[str, float]:
    """The posting as term → weight, before IDF: what the fit measures the CV against, and with
    ``title`` (the job title's words at ``config.title``) what ranking compares the CV's items with; there a
    generic word the title names the job's work with ("Product Marketing Manager") counts in full
    (:func:`_fields_named`), a title that names a job leading people asks for team leadership as a requirement
    saying it once would (:func:`leads_people`), and a word of how often a duty recurs (:data:`HOW_OFTEN`) or a verb
    of any duty (:data:`ANY_DUTYS_VERBS`) counts as a generic word.

    Term frequency is sublinear within each section (1 + ln count), as for the items,
    and only then weighted by the section's weight and summed over sections: a company
    blurb that says "cloud" nine times adds 0.15 × (1 + ln 9) ≈ 0.5 for it, less than
    one mention in the requirements. Summing before the logarithm would let repetition
    in low-weight text outweigh a requirement stated once.

    Then each term lends ``config.expansion`` of its weight to the terms the lexicon
    relates to it, both ways ("distributed training" ↔ "DeepSpeed"), one hop only, so
    a posting that asks for large-scale training finds the bullet that says ZeRO; and a kind of system lends to the
    systems of that kind (the lexicon's ``instances``) it does not name, so an ERP finds the bullet that says SAP.
    A spoken language is lent weight only where ``held`` (a CV's terms) holds it: "bilingual" asks for one language
    beside English, any of forty (:data:`tailor.lexicon.SPEAKS_ANOTHER`), and a fit measured against all forty would
    fall for a word the CV could never say. So is a word derived from a worker's or a field's name, or the verb of a
    noun of work: a posting's "validation" or "litigation" lends to the bullet that validated or litigated
    (:func:`_kin_of_work`). Where the job's title says the word, it names the job's own work, and its derived word
    (not a generic one) counts as much as the word in ranking: an Editor's posting asks for editing, a Process
    Validation Engineer's for validating, as much as it asks for "editor" and "validation". The fit reads no title
    (finding it costs more than the fit of a posting among thousands, whose details ``tailor rank`` finds only for
    the best); in it, a posting's word lends its derived word at ``expansion`` wherever it stands. Sections of the
    kinds ``unread`` are left out (the fit leaves out the company's blurb: :func:`tailor.rank.fitness.fit_terms`).
    """
    weights: dict[str, float] = {}
    for section in analysed.sections:
        if section.weight > 0 and section.kind not in unread:
            terms = _not_someones_titles(section, lexicon) if title else section.analysis.terms
            merged(weights, sublinear(terms), section.weight)
    named = title_terms(analysed, lexicon) if title else ()
    if places := places_named(analysed, weights.keys() | set(named), where=title):
        weights = {term: weight for term, weight in weights.items() if term not in places}
        named = tuple(term for term in named if term not in places)
    if title and (employer := companys_own_words(analysed)):
        # The title's words stay: a staffing agency named for the nurses it places still hires a nurse.
        weights = {term: weight for term, weight in weights.items() if not employer.intersection(term.split())}
    if title and config.title > 0:
        merged(weights, sublinear(named), config.title)
        if 0 < config.generic < 1:
            for term in _fields_named(named):
                weights[term] /= config.generic
        if leads_people(analysed):
            merged(weights, {TEAM_LEADERSHIP: 1.0}, config.section_weights.get(SectionKind.REQUIREMENTS, 1.0))
        if 0 < config.generic < 1:
            for term in weights.keys() & (HOW_OFTEN | ANY_DUTYS_VERBS):  # keys & a frozenset: a set, as typed
                weights[term] *= config.generic
            if "write" in weights and writes_only_code(analysed, lexicon):
                weights["write"] *= config.generic
        _with_letters_in_part(weights, analysed.posting.text)
    if config.expansion > 0:
        lent: dict[str, float] = {}
        related = related_terms(lexicon)
        for term, weight in weights.items():
            kin = _kin_of_work(term)
            if not kin and term not in related and term not in lexicon.instances:
                continue  # most of a posting's terms lend nothing
            # A kind lends to the skills that are each one of it (the lexicon's instances), as a topic to what is
            # evidence of it: a posting that asks for an ERP finds the bullet that implemented NetSuite, which meets
            # it. Not to one the posting names itself ("an ERP, ideally SAP"), which counts as named; and only to
            # those the CV says, as a derived word: a fit measured against every EHR there is would count the nine a
            # nurse never used.
            members = [m for m in lexicon.instances.get(term, ()) if m not in weights and (held is None or m in held)]
            others = (*related.get(term, ()), *members)
            if kin:
                # A derived word is lent only where the CV says it: "dentist" lends "dentistry", and "journalist"
                # the "journalistry" no text holds, which a fit would count among what the CV lacks.
                others = (*others, *(word for word in kin if held is None or word in held))
            for other in others:
                if held is None or other in held or other not in lexicon.spoken:
                    share = 1.0 if term in named and other in kin and other not in generic_terms() else config.expansion
                    lent[other] = max(lent.get(other, 0.0), share * weight)
        for term, weight in lent.items():
            weights[term] = weights.get(term, 0.0) + weight
    return weights


def _with_letters_in_part(weights: dict[str, float], text: str) -> None:
    """Each acronym the posting asks for as a term that it also names in capitals (:func:`written_in_part`: "CSP",
    "Computer Science Principles") asked for as much where an item writes its first words as their letters ("CS
    Principles"), which the item's terms spell otherwise ("cs principle"). Not where those letters are a title's rank:
    "Sr Engineer" is a senior engineer, no Site Reliability Engineer (SRE)."""
    table = lemma_table()
    for letters, forms in written_in_part(text, weights).items():
        weight = weights[letters]
        for form in forms:
            if form.split()[0] not in _RANKS:
                term = " ".join(lemma_of(word, table) for word in form.split())
                weights[term] = max(weights.get(term, 0.0), weight)


def _not_someones_titles(section: WeightedSection, lexicon: Lexicon) -> list[str]:
    """The terms of ``section`` but for those of the titles of the people the job works with or for
    (:func:`tailor.people.someones_titles`), once per time it names one: "Reporting to the General Manager" asks no
    bullet about a general manager. Ranking's only: the fit, measured so, ordered the labelled sets' strong and
    moderate fits worse (bench/README.md)."""
    titles = someones_titles(section.text)
    if not titles:
        return section.analysis.terms
    cut = Counter(term for a in analyse((" ".join(words) for words in titles), lexicon) for term in a.terms)
    kept = []
    for term in section.analysis.terms:
        if cut[term] > 0:
            cut[term] -= 1
        else:
            kept.append(term)
    return kept


def places_named(analysed: AnalysedPosting, terms: Collection[str], *, where: bool = False) -> set[str]:
    """Those of ``terms`` that name a place where the posting writes it as one: a country, a US state, a part of the
    world or a large city (:mod:`tailor.places`) written with its capitals ("Current Ohio RN license", "our Mexico
    City office"), and with ``where``, any word of where the job is (its location detail: "Charlotte, NC"). A place
    is evidence of nothing a posting asks for: a bullet about castings sourced in "Mexico + Ohio" did no nursing for
    an Ohio licence. A place's name that English writes in lowercase for something else ("turkey", "china") is that
    thing there. ``where`` reads the posting's details, which ranking finds for its title and the fit does not."""
    names = _place_names()
    found = {term for term in terms if term in names}
    texts = [s.section.text for s in analysed.sections if s.weight > 0]
    counties = {m[0] for text in texts if "County" in text or "Parish" in text for m in _A_COUNTY.finditer(text)}
    if found or counties:
        title = analysed.structure.title if where else None
        if title:
            texts.append(title)
        written = {name for term in found for name in names[term] if _written_as_a_place(name, texts)}
        found = {term for term in found if written.intersection(names[term])}
        found |= set(terms) & {term for county in counties for term in _terms_of_a_place(county)}
        if words := _only_a_places_words(written | counties, texts, sides=True):
            words |= _lemmas_of(words)  # "great" of "Greater Boston"
            found |= {term for term in terms if words.intersection(term.split())}
    if where and (location := analysed.structure.details.value("location")):
        pieces = [piece for piece in re.split(r"[,;|/()·•–—]|\s-\s", _NOT_A_PLACE.sub(" ", location)) if piece.strip()]
        found |= set(terms) & {term for piece in pieces for term in _terms_of_a_place(piece.strip(), 4)}
        codes = {code for piece in pieces if (code := piece.strip()).isalpha() and code.isupper() and len(code) < 4}
        found |= set(terms) & {code.lower() for code in codes if _only_after_a_place(code, texts)}
    return found


_A_COUNTY = re.compile(
    r"(?<![\w-])(?:(?:St\.|[A-Z][a-z'-]+)[ \t]){1,3}(?:County|Parish)\b"
    r"|\b(?:County|Parish)[ \t]+of(?:[ \t]+[A-Z][a-z'-]+){1,3}"
)
"""A US county (or Louisiana parish) by name, as a public posting writes where its work is: "Cook County", "St. Tammany
Parish", "the County of Kern". No list holds the 3,000 of them; the word "County" after capitals says it."""


def places_written(text: str, terms: Collection[str]) -> set[str]:
    """Those of ``terms`` that name a country, a US state or a large city (or a state's people) where ``text`` writes
    it as one, with its capitals ("Canada's opioid crisis", "an offshore unit in Jamaica"), and the phrases holding
    such a one-word name. A part of the world ("EMEA", "Europe") is not one: it says how far the work reached, which a
    posting asks for in other words ("global", "international"); left out as well, it cost the labelled sets
    (bench/README.md)."""
    names, codes = _place_names(), _place_codes()
    found = {
        term
        for term in terms
        if term in names and any(not is_world_part(n) and _written_as_a_place(n, [text]) for n in names[term])
    }
    # A state's, province's or country's letters after a town and a comma ("Austin, TX", "Leeds, UK"), as a location
    # detail is read; written otherwise they may say something else ("PA providers", "UK GAAP"), which a posting asks.
    coded = [codes[term] for term in terms if term in codes and _only_after_a_place(codes[term], [text])]
    if coded:
        towns = {term for code in coded for town in _towns_before(code, text) for term in _a_towns_terms(town)}
        found |= {code.lower() for code in coded} | (towns & set(terms))
    if not found:
        return found
    return {term for term in terms if term in found or not found.isdisjoint(term.split())}


def companys_own_words(analysed: AnalysedPosting) -> set[str]:
    """The words of the hiring company's name, as its lemmas, where the name has several words and the posting
    writes a word nowhere but in it ("health" and "partner" of "Harbor Valley Health Partners is hiring …", not of a
    posting that also asks for behavioral health): the employer's name says who hires, not what the work is, as a
    place's name says where it is (:func:`places_named`). The name's head written with its capital after "the" is
    the employer too ("the Board" of "Riverside County Board of Education", "the Authority" of "Northgate Housing
    Authority": :func:`_names_head`). Read from the posting's details, which ranking finds."""
    company = analysed.structure.company
    if company and _JOINED_NAME.fullmatch(company):
        return _joined_names_words(company, [s.section.text for s in analysed.sections if s.weight > 0])
    if not company or len(company.split()) < 2:
        return set()
    texts = [s.section.text for s in analysed.sections if s.weight > 0]
    if head := _names_head(company):
        called = re.compile(rf"(?<=\b[Tt]he ){re.escape(head)}(?![\w-])")
        texts = [called.sub(lambda _: company, text) for text in texts]
    words = _only_a_places_words([company], texts)
    return words | _lemmas_of(words)


_JOINED_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
"""A one-word name whose pieces a hyphen joins ("A-LIGN", "Bright-Path"): written so, no everyday word."""


def _joined_names_words(company: str, texts: list[str]) -> set[str]:
    """The terms of a hyphen-joined name (:data:`_JOINED_NAME`) that ``texts`` write nowhere as words of their own,
    in any form ("align" of "A-LIGN" where no duty aligns anything): the tokenizer makes them of the name alone. A
    one-word name written as a word ("Figma") may be the tool the posting asks for, and is left alone."""
    words = {term for term in analyse([company])[0].terms if " " not in term}
    return {
        word
        for word in words
        if not any(re.search(rf"(?<![\w-]){re.escape(word)}\w*(?![\w-])", text, re.IGNORECASE) for text in texts)
    }


def _names_head(company: str) -> str:
    """The word of an employer's name that says what it is, by which a posting calls it after "the": the last
    word, or the one before "of" or "for" ("Board" of "Riverside County Board of Education", "Center" of "Center for
    Coastal Justice"); "" where that word is no capitalised word.

    >>> _names_head("Northgate Housing Authority"), _names_head("Riverside County Board of Education")
    ('Authority', 'Board')
    """
    words = company.split()
    ends = next((i for i, word in enumerate(words) if i and word in {"of", "for"}), len(words))
    head = words[ends - 1].strip(",.")
    return head if head[:1].isupper() and head[1:].islower() and head.isalpha() else ""


def _lemmas_of(words: set[str]) -> set[str]:
    """The lookup lemmas of ``words`` in small letters, as terms hold them."""
    from tailor.analysis import lemma_table

    table = lemma_table()
    return {table.get(word, word) for word in words}


def _only_a_places_words(names: Collection[str], texts: list[str], *, sides: bool = False) -> set[str]:
    """The words of the longer of ``names`` (places ``texts`` write as places: "San Francisco") that ``texts`` use
    nowhere but in a place's name, in lower case: "san" and "francisco" of a posting that says San Francisco alone,
    not "new" of one that also hires new staff. Every term holding one says the place, as the name's own phrase
    does: "francisco office", and "south san" of "South San Francisco", a city of its own no list of large cities
    holds. With ``sides``, a side of the compass written before any of ``names`` is the place's word on the same
    terms (:data:`_SIDE_OF_A_PLACE`: "South" of South San Francisco, "Central" of Central Pennsylvania)."""
    longer = [name for name in names if " " in name]
    if not longer and not sides:
        return set()
    candidates = {word.lower() for name in longer for word in name.split()}
    spans: list[tuple[str, list[tuple[int, int]]]] = []
    for text in texts:
        within = []
        for name in names if sides else longer:
            for m in _place_pattern(name).finditer(text):
                start = m.start()
                # Looked for in the 20 characters before the name: the longest side, "Southwestern", and its space.
                if sides and (side := _SIDE_OF_A_PLACE.search(text, max(0, start - 20), start)):
                    candidates.add(side[1].lower())
                    start = side.start()
                within.append((start, m.end()))
        spans.append((text, within))
    found = set()
    for word in candidates:
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
        if all(any(a <= m.start() < b for a, b in within) for text, within in spans for m in pattern.finditer(text)):
            found.add(word)
    return found


def _towns_before(code: str, text: str) -> list[str]:
    """The towns ``text`` writes before a place's ``code`` and a comma ("Red Deer" of "in Red Deer, AB"): the run of
    capitalised words there, without the text's first word, which is capitalised whatever it is ("Managed Austin, TX
    payroll")."""
    towns = []
    for found in re.finditer(rf"((?:[A-Z][\w.'-]*[ \t]+){{0,2}}[A-Z][\w.'-]*),[ \t]*{re.escape(code)}(?![\w-])", text):
        words = found[1].split()
        towns.append(" ".join(words[1:] if found.start() == 0 else words))
    return [town for town in towns if town]


@lru_cache(maxsize=1024)
def _a_towns_terms(town: str) -> tuple[str, ...]:
    """Every term of a ``town``'s name, everyday words too ("red", "deer" of "Red Deer"): before a code, the words
    are the town's."""
    return tuple(analyse([town])[0].terms)


_SIDE_OF_A_PLACE = re.compile(
    r"(?<![\w-])((?:North|South|East|West)(?:ern)?|(?:North|South)(?:east|west)(?:ern)?|Central|Greater)[ \t]+$"
)
"""A side of the compass written, with its capital, right before a place's name: "South San Francisco", "Central
Pennsylvania", "Greater Boston", "Western New York" (a place of its own, or a part of one, that no list holds)."""


def _only_after_a_place(code: str, texts: list[str]) -> bool:
    """Whether ``texts`` write a location's short code ("NC" of "Raleigh, NC") only as a place's, after a name and a
    comma ("Carrow & Whitfield · Raleigh, NC"), as a posting's header repeats where the job is: then it is where the
    job is, and a bullet on the "NC 540" highway shares nothing with it. Where a text uses the letters otherwise
    ("OR experience" in a posting in Portland, OR; "MA" in a Medical Assistant's in Boston, MA), they stay."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])")
    after = re.compile(rf"(?-i:[A-Z])[\w.'-]*,\s*{re.escape(code)}$")
    spots = [(text, m.end()) for text in texts for m in pattern.finditer(text)]
    return bool(spots) and all(after.search(text[max(0, end - 60) : end]) for text, end in spots)


_NOT_A_PLACE = re.compile(r"\b(?:remote|hybrid|on-?site|in-?office|worldwide|anywhere|multiple|locations?)\b", re.I)
"""What a location detail says of how the work is done, no place ("Charlotte, NC (Hybrid)", "Remote - US")."""


def _written_as_a_place(name: str, texts: list[str]) -> bool:
    pattern = _place_pattern(name)
    return any(pattern.search(text) for text in texts)


@lru_cache(maxsize=1024)
def _place_pattern(name: str) -> re.Pattern[str]:
    """``name`` as a posting writes the place: with its capitals, or all in capitals ("OHIO"), and as the first word of
    a compound in small letters ("a San Francisco-based team", "our Ohio-wide network"); not as a part of another
    name ("New York-Presbyterian")."""
    words = r"[\s-]+".join(re.escape(word) for word in name.split())
    upper = r"[\s-]+".join(re.escape(word) for word in name.upper().split())
    return re.compile(rf"(?<![\w-])(?:{words}|{upper})(?![\w]|-(?![a-z]))")


@lru_cache(maxsize=1)
def _place_codes() -> dict[str, str]:
    """Each place's short code as a term ("tx", "uk") → the code as written ("TX", "UK"); one with stops ("U.K.")
    is no single term."""
    from tailor.places import places

    return {code.lower(): code for code in places()[1] if code.isalpha()}


@lru_cache(maxsize=1)
def _place_names() -> dict[str, tuple[str, ...]]:
    """Each term of a place's name (:func:`tailor.places.place_names`, :func:`_terms_of_a_place`) → the names that
    make it."""
    from tailor.places import place_names

    out: dict[str, list[str]] = {}
    for name in place_names():
        for term in _terms_of_a_place(name):
            out.setdefault(term, []).append(name)
    return {term: tuple(found) for term, found in out.items()}


@lru_cache(maxsize=1024)
def _terms_of_a_place(name: str, shortest: int = 1) -> tuple[str, ...]:
    """The terms that say a place's ``name``: a one-word name's term ("ohio"), a longer name's phrases ("new york",
    "bay area") and those of its words the lemma table does not know as English words ("francisco", "aviv"; not
    "new", "city" or "bay", nor the "state" of "United States"); a word of ``shortest`` letters or more, where a
    piece of a location detail may be a code ("NC", "IL 62701": letters that say other things too)."""
    from tailor.analysis import lemma_table
    from tailor.analysis.tokens import known_lemmas

    table, lemmas = lemma_table(), known_lemmas()
    terms = analyse([name])[0].terms
    return tuple(
        term
        for term in terms
        if (len(terms) == 1 and len(term) >= shortest)
        or " " in term
        or (len(term) > 3 and term not in table and term not in lemmas)
    )


_WORKER_AND_WORK = (("ologist", "ology"), ("ician", "ics"), ("ist", "istry"), ("ist", "y"), ("ist", "ism"))
"""How English names a worker and the field they work in, as pairs of endings: psychologist and psychology,
pediatrician and pediatrics, dentist and dentistry, therapist and therapy, pharmacist and pharmacy, journalist and
journalism. (A physician's field is medicine, not physics.)"""
_TO_THE_WORK = (("ator", "ation"), ("ative", "ation"), ("atory", "ation"))
"""How English names the work from its worker or from what is of it, one way: a posting for a litigator, educator or
investigator asks for litigation, education or investigation, and a legislative, regulatory or administrative role
for legislation, regulation or administration; lemmas keep each apart, as they keep a noun from its verb. Not back: a
posting's "operations", "education" (its degree) or "communication" asks for no operator, educator, communicator or
post-operative care."""
_TO_ITS_DOING = (("ation", "ate"),)
"""How English names the doing of the work an "-ation" noun names, where :func:`tailor.lexicon.action_nouns` has no
entry: validation and validate, litigation and litigate, automation and automate. One way: a posting's verb asks for
the work, and a CV's noun for it is read as it is. The posting's noun lends at ``RankConfig.expansion``, as a related
term does; lent both ways, or through every ending ("-ment", "-ion"), the seed and DevOps sets fell by 0.02
(bench/README.md)."""
_TO_ITS_FIELD = (("ic", "y"), ("ial", "e"), ("ial", "y"))
"""How English names what a word of a field is of, one way: strategic and strategy, financial and finance, industrial
and industry. A posting that asks for strategic advice asks for strategy; a CV's "strategic" is read as it is."""
_TO_ITS_QUALITY = (("ible", "ibility"),)
"""How English names the quality an "-ible" adjective says, one way: accessible and accessibility, compatible and
compatibility, eligible and eligibility. A posting that asks for accessible components asks for the accessibility a
bullet says it checked. Not for a generic word ("responsible"), which every posting says; and not "-able" to
"-ability": a posting's "scalable" and "reliable" lent to every bullet of scalability and reliability, and the
devops set's NDCG@5 fell 0.002."""
_NO_KIN = frozenset({"physician", "physics"})
_KIN_LENGTH = 7
"""The shortest word :func:`_kin_of_work` derives from by its endings (:data:`_WORKER_AND_WORK` and the pairs after
it): an ending and a stem of four letters or more. A table's noun or a job's name may be shorter ("editor")."""


@lru_cache(maxsize=8192)
def _kin_of_work(term: str) -> tuple[str, ...]:
    """The field a one-word ``term`` naming a worker works in, or the worker of a field (:data:`_WORKER_AND_WORK`),
    or the work a worker or a quality names (:data:`_TO_THE_WORK`): a posting for a therapist asks for therapy. Or
    the verb of a noun of work (:func:`tailor.lexicon.action_nouns`, else :data:`_TO_ITS_DOING`): a posting that
    asks for documentation or maintenance asks for what a bullet says it documented or maintained. Or what a worker
    does (:func:`what_the_worker_does`): a posting for an editor asks for what a bullet says it edited. Or the field
    an adjective is of (:data:`_TO_ITS_FIELD`): "strategic" asks for strategy; or the quality it names
    (:data:`_TO_ITS_QUALITY`): "accessible" asks for accessibility. A derived word no text holds weighs nothing."""
    if " " in term or term in _NO_KIN:
        return ()
    found = list(what_the_worker_does(term))
    if verb := action_nouns().get(term):
        found.append(verb)
    if len(term) >= _KIN_LENGTH:
        both_ways = [pair for worker, work in _WORKER_AND_WORK for pair in ((worker, work), (work, worker))]
        qualities = _TO_ITS_QUALITY if term not in generic_terms() else ()
        for one, other in (*both_ways, *_TO_THE_WORK, *_TO_ITS_DOING, *_TO_ITS_FIELD, *qualities):
            if term.endswith(one) and len(term) - len(one) >= 4:
                found.append(term[: -len(one)] + other)
    return tuple(dict.fromkeys(t for t in found if t != term))


def what_the_worker_does(term: str) -> tuple[str, ...]:
    """The verb a job's name is made of ("-er", "-or", a consonant doubled before it undone; "-ent" after a verb of six
    letters or more): a teacher teaches, a planner plans, an editor edits, an auditor audits, a recruiter recruits, a
    superintendent superintends. Only for the names of jobs (:data:`tailor.posting.plausible.JOB_WORDS`) and only a
    word the lemma table knows as a verb: a customer is no one who customs, an engineer no one who engines, an agent
    no one who ages; nor a generic verb ("manage", "develop"), which every bullet says."""
    if len(term) < 6 or not JOB_WORDS.fullmatch(term):
        return ()
    if term.endswith(("er", "or")):
        stems = [term[:-2]]
        if len(stems[0]) > 3 and stems[0][-1] == stems[0][-2] and stems[0][-1] not in "aeiouls":
            stems.append(stems[0][:-1])  # a consonant doubled before "-er": a planner plans, a shipper ships
    elif term.endswith("ent") and len(term) - 3 >= _ENT_STEM:
        stems = [term[:-3]]
    else:
        return ()
    return tuple(
        verb for stem in stems for verb in (stem, stem + "e") if verb in verbs() and verb not in generic_terms()
    )


_ENT_STEM = 6
"""The shortest verb an "-ent" job's name is read as made of: "superintend", "correspond" ("correspondent"),
"preside"; not an agent's "ag" or a resident's "reside"."""


def _fields_named(title: Collection[str]) -> set[str]:
    """The generic words a job's title names its field with: "Product Marketing Manager", "Customer Support
    Lead", "Head of People", "Solutions Engineer", "Growth Strategist". Every posting says "product", "support" or
    "people", so ranking weighs them down (``RankConfig.generic``); the posting whose title names its work with one
    asks for it as for any other word, and ranking weighs it in full there. Not a job's name ("engineer", "lead") nor
    its rank or terms (:data:`_HOW_THE_JOB_IS_HELD`)."""
    generic = generic_terms()
    return {
        term for term in title if term in generic and not JOB_WORDS.fullmatch(term) and term not in _HOW_THE_JOB_IS_HELD
    }


HOW_OFTEN = frozenset({"weekly", "biweekly", "monthly", "quarterly"})
"""Words of how often a duty recurs ("weekly status reports", "monthly site visits", "quarterly planning"), weighed in
ranking as a generic word (``RankConfig.generic``), as "daily" is everywhere: a posting says how often its work
comes round, and a bullet that says the same cadence of other work ("Sent a weekly newsletter") did none of it.
Ranking's only: weighed so in the fit as well, the fit ordered two labelled sets' postings worse (bench/README.md).
Not "annual" or "yearly", which size a measure ("$2M annual revenue") more often than they time a duty: weighed
down, one labelled set's strongest sales bullets fell (bench/README.md)."""

ANY_DUTYS_VERBS = frozenset({"maintain", "conduct", "involve", "coordinate", "serve", "execute", "plan", "change"})
"""Verbs a posting says of a duty of any trade ("maintain accurate records", "conduct site visits", "involve the
families", "coordinate schedules", "serve as the point of contact", "execute campaigns", "plan events", "implement
changes"), weighed in ranking as a generic word, as "ensure", "perform" and "provide" are everywhere: a bullet that
maintained, coordinated or planned something else ("Maintained the team's shared drive", "Planned the office picnic")
did none of the work asked for. The work's own phrases keep their weight ("project plans", "change management"). A
coordinator's or a planner's posting still asks for coordinating or planning in full: the job's name lends its verb
after this (:func:`_kin_of_work`). Ranking's only: weighed so in
the fit as well, the fit ordered two labelled sets' strong and moderate postings worse (bench/README.md). Not
"oversee", which says a job led the work, nor "identify", "prepare", "review" or "monitor", which name work of their
own (a tax return prepared, a patient monitored): weighed down, each lowered a labelled set (bench/README.md)."""

_WRITES = re.compile(r"\bwrit(?:e|es|ing)\b", re.IGNORECASE)
_CODE_WRITTEN = re.compile(
    r"[ \t]+(?:(?:[\w+#.-]+,?[ \t]+){0,3}?(?:code|queries|query|scripts?|tests?|programs?|functions?|macros?"
    r"|stored[ \t]+procedures?)\b|(?P<name>[A-Z][\w+#.-]*))",
)
"""What follows a "write" that writes code: a noun of code a few words on ("Write clean, tested code", "write unit
tests", "writing stored procedures"), or a name written with a capital (checked against the lexicon: "Write SQL
queries", "write Python")."""


def writes_only_code(analysed: AnalysedPosting, lexicon: Lexicon) -> bool:
    """Whether every "write" of the posting's counted sections writes code (:data:`_CODE_WRITTEN`): "Write SQL queries
    to reconcile counts" asks for SQL, and its verb is how a language is used, no writing a bullet that "wrote the
    shift training guides" did. Ranking then weighs "write" as a generic word, as :data:`ANY_DUTYS_VERBS`; a posting
    that says writing of anything else once ("write release notes") asks for writing in full."""
    said = False
    for section in analysed.sections:
        if section.weight <= 0:
            continue
        text = section.section.text
        for mention in _WRITES.finditer(text):
            said = True
            code = _CODE_WRITTEN.match(text, mention.end())
            if code is None:
                return False
            name = code.group("name")
            canonical = lexicon.canonical(name) if name else None
            if name and (canonical is None or canonical == canonical.lower()):
                return False
    return said


TEAM_LEADERSHIP = "team leadership"
"""The lexicon's skill of leading a team, whose related terms are the ways a résumé shows it (people management,
mentoring, coaching, hiring, one-on-one meetings: ``data/skills.yaml``)."""
_LEADS_PEOPLE = frozenset({"manager", "director", "head", "chief", "supervisor"})
"""Words of a job's title that say its holder leads people: a "Software Engineering Manager", a "Director of Sales", a
"Head of Support". Not "lead" ("Lead Generation Specialist" leads no one) nor a rank ("Senior", "Staff", "Principal"),
which says how much of the work, not whose."""


def leads_people(analysed: AnalysedPosting) -> bool:
    """Whether the posting's job title names a job that leads people (:data:`_LEADS_PEOPLE`). Such a posting asks for
    leading a team as its requirements would if they said so once, whether or not its text does: it often only says
    "grow the team" or "build a world-class org", and its hire's best evidence is the bullet that led one
    (:func:`query_terms`, in ranking; the fit reads no title)."""
    words = _TITLE_WORDS.findall((analysed.structure.title or "").lower())
    leading = [n for n, word in enumerate(words) if word in _LEADS_PEOPLE]
    return any(not (words[n] == "manager" and n > 0 and words[n - 1] in _MANAGES_NO_ONE) for n in leading)


_MANAGES_NO_ONE = frozenset(
    {"account", "accounts", "case", "property", "product", "portfolio", "relationship", "territory", "brand"}
    | {"content", "community", "category", "campaign"}
)
"""What a "manager" of the title may manage that is no team: an Account Manager sells to accounts, a Case Manager
coordinates a client's care, a Product Manager owns a product: each is named for what the work is about, not for
people it leads."""


def the_jobs_doing(analysed: AnalysedPosting, lexicon: Lexicon) -> frozenset[str]:
    """What the job the posting's title names does, as verbs (:func:`what_the_worker_does`): an Editor edits, a
    Recruiter recruits, a Teacher teaches."""
    return frozenset(verb for term in title_terms(analysed, lexicon) for verb in what_the_worker_does(term))


_RANKS = frozenset(
    {"senior", "sr", "junior", "jr", "principal", "staff", "lead", "chief", "head", "deputy", "vice", "interim"}
    | {"acting", "entry", "level", "mid", "of", "and", "i", "ii", "iii", "iv"}
)
"""Words of a title that say a job's rank or standing ("Senior", "Sr.", "Staff", "Lead", "II"), or join its parts,
not which job it is."""
_HOW_THE_JOB_IS_HELD = (_RANKS - {"lead"}) | frozenset(
    {"vice", "level", "graduate", "new", "experience", "experienced"}
    | {"part", "time", "position", "role", "job", "base", "team"}
)
"""Generic words a job's title says of its rank ("Senior", "Staff", "Principal", "Vice President", "Entry Level", "New
Grad", "Experienced") or its terms ("Part-Time Position", "Remote-Based"), or of the team it sits in, not of its work:
the "staff" of a Staff Accountant is no staff the job works with. Not "lead", which names the work of a "Lead
Generation Specialist"."""
_TITLE_WORDS = re.compile(r"[a-z0-9+#]+(?:[-&][a-z0-9+#]+)*")
"""A title's words, in lower case, a hyphen or an ampersand joining one ("Front-End", "FP&A", "Part-Time")."""
_TITLE_PARTS = re.compile(r"\([^)]*\)?|\s[-–—/|]\s|[,;:–—|]")
"""What parts a title into the job and what it says beside: a bracket ("Registered Nurse (RN)"), a spaced dash or
slash between two titles ("Medical Assistant / Receptionist", "Teacher - Grade 3"), a comma. Not a hyphen or a slash
inside a name ("Mid-Market", "UI/UX Designer")."""


def the_jobs_name(analysed: AnalysedPosting) -> str | None:
    """The name of the job the posting's title names, in lower case: the last job's word
    (:data:`tailor.posting.plausible.JOB_WORDS`) of the title's last part that has one (:data:`_TITLE_PARTS`), with
    the word before it there ("research associate" of "Research Associate - Strain Engineering", "marketing
    manager" of "Senior Marketing Manager, Content Marketing", "registered nurse" of "Registered Nurse (RN) -
    ICU"), or the job's word alone where the title says nothing else but its rank ("Receptionist", "Senior
    Accountant"). None where a rank stands before a job's word in a longer title ("Senior Manager, Social Media": a
    manager of what, the word does not say), or where no part names a job."""
    title = (analysed.structure.title or "").lower()
    parts = [
        [each for word in _TITLE_WORDS.findall(part) for each in _word_or_jobs(word)]
        for part in _TITLE_PARTS.split(title)
    ]
    named = [(words, n) for words in parts for n, word in enumerate(words) if _one_job(word)]
    if not named:
        return None
    words, last = named[-1]
    if last > 0 and not _a_rank(words[last - 1]):
        return f"{words[last - 1]} {words[last]}"
    others = [word for part in parts for word in part]
    others.remove(words[last])
    return words[last] if all(_a_rank(word) for word in others) else None


def _word_or_jobs(word: str) -> list[str]:
    """A title's ``word``, or its parts where a hyphen joins a job's word to another ("Attorney-Advisor",
    "Nurse-Midwife": two words of one job's name, as a space would join them)."""
    parts = word.split("-")
    return parts if len(parts) > 1 and _one_job(parts[-1]) else [word]


def _one_job(word: str) -> bool:
    """Whether a title's ``word`` is a job's word in the singular: one in the plural names the people a posting is
    open to ("Remote, Portugal residents", "Open to Travel Nurses"), not the job it hires for."""
    return bool(JOB_WORDS.fullmatch(word)) and not (word.endswith("s") and JOB_WORDS.fullmatch(word[:-1]))


def _a_rank(word: str) -> bool:
    """Whether a title's ``word`` says a rank (:data:`_RANKS`), or is a hyphenated word of how a job is held
    ("Mid-Level", "Entry-Level", "Part-Time", "Full-Time": :data:`_HOW_THE_JOB_IS_HELD`)."""
    parts = word.split("-")
    return word in _RANKS or (len(parts) > 1 and all(part in _HOW_THE_JOB_IS_HELD | {"full"} for part in parts))


def names_the_job(role: str, name: str) -> bool:
    """Whether the title of a ``role`` says the job's ``name`` (:func:`the_jobs_name`) in its words, in the plural
    too: "DevOps Engineer, Senior Network Engineer" says "network engineer", "UI/UX Designer" says "ux designer"; a
    hyphen as a space ("Front End Developer" says "front-end developer")."""
    said = " ".join(_TITLE_WORDS.findall(role.lower())).replace("-", " ")
    return re.search(rf"\b{re.escape(name.replace('-', ' '))}s?\b", said) is not None


def title_terms(analysed: AnalysedPosting, lexicon: Lexicon) -> tuple[str, ...]:
    """The terms of the posting's job title; none when it states no title clearly."""
    title = analysed.structure.title
    return terms_of_text(title, lexicon) if title else ()
