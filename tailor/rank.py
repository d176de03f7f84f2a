"""Score every CV item against a posting with TF-IDF, and say why.

Every experience bullet, publication title and skill is a document; the posting
is the query. Term weights are scikit-learn's IDF fitted on the CV's items, scaled
down for generic and everyday words; the posting's terms count by the kind of
section they stand in and lend some weight to related terms. Scores are cosine
similarities, so bullets and publications share one scale (0 … 1), and every point
of a score traces back to terms that the item and the posting share: those terms
are the explanation. A bullet that records a supporting activity (teaching, peer
review) the posting does not ask for counts at a fraction. The overall fit is the
share of the posting's weighted terms that the CV says anywhere. ``RankConfig``
holds every knob; ``bench/ablation.py`` measures what each buys.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Literal

from tailor.analysis import Analysis, analyse, phrase
from tailor.cv import markup
from tailor.cv.dates import DEFAULT_STYLE, has_passed
from tailor.cv.model import CV, Credential
from tailor.errors import TailorError
from tailor.lexicon import Lexicon, bundled_lexicon, generic_terms, word_log_probabilities
from tailor.posting import Posting, language, structure
from tailor.posting.structure import Section, SectionKind, Structure

ItemKind = Literal["bullet", "publication", "skill"]
FitLabel = Literal["strong", "partial", "weak", "too short"]

EXPLANATION_TERMS = 5
"""How many of the posting terms that contributed most to an item's score are kept."""


@dataclass(frozen=True)
class ScoredItem:
    """One CV item with its relevance to the posting."""

    id: str
    kind: ItemKind
    text: str
    """Exactly as in the CV data."""
    score: float
    terms: tuple[str, ...]
    """Posting terms that contributed most to the score, strongest first."""
    entry: str = ""
    """For a bullet, its employer."""
    supporting: str = ""
    """The supporting activity (the lexicon's ``supporting``, e.g. "teaching") this bullet
    records and the posting does not ask for, which made it count at
    ``RankConfig.supporting`` of its score; empty when it counts in full."""
    asked: bool = False
    """For a skill: the posting asks for it by name (a résumé always shows such a skill)."""
    related: tuple[str, ...] = ()
    """Those of ``terms`` the posting does not say itself: they count because it says a term the
    lexicon relates to them (``RankConfig.expansion`` of that term's weight), and are shown as such."""
    context: tuple[str, ...] = ()
    """Those of ``terms`` the item does not say itself: they count through its surroundings (a bullet's
    role, a publication's venue: ``RankConfig.context``), and are shown as such."""


@dataclass(frozen=True)
class Fit:
    """How well a CV as a whole fits a posting."""

    score: float
    """The share of what the posting asks for that the CV says (0 … 1), comparable across postings."""
    label: FitLabel
    """The score in words (:data:`FIT_LABELS`), or "too short" for a posting of too few words to judge."""


FIT_LABELS: tuple[tuple[float, FitLabel], ...] = ((0.17, "strong"), (0.10, "partial"), (0.0, "weak"))
"""The lowest score of each label. Measured on eighteen labelled sets of real postings, eighteen
professions (bench/README.md "Fit labels"): the thresholds that name the most postings as their
graders did (98 of 146, and other professions' strong postings read strong for 23 of 952 pairs; strong
fits of a nurse's, a teacher's or a journalist's CV score 0.15-0.25, lower than a software engineer's)."""
SHORT_POSTING = 20.0
"""A posting whose terms weigh less than this, as its sections weigh them (a title and a line; a nurse's
posting of 45 words weighs 34, one of 250 words some 180), is too short for its fit to mean anything."""


def fit_label(score: float) -> FitLabel:
    """The label of a fit ``score`` (a posting long enough to judge)."""
    return next(label for lowest, label in FIT_LABELS if score >= lowest)


@dataclass(frozen=True)
class Ranking:
    """Every CV item scored against one posting, each list best first (ties in CV order)."""

    score: float
    """How well the CV as a whole fits the posting; comparable across postings (:class:`Fit`)."""
    bullets: list[ScoredItem]
    publications: list[ScoredItem]
    skills: list[ScoredItem]
    cv: PreparedCV | None = field(default=None, compare=False, repr=False)
    """The analysed CV behind the scores, for explanations and coverage."""
    posting: AnalysedPosting | None = field(default=None, compare=False, repr=False)
    """The analysed posting behind the scores."""
    label: FitLabel = "weak"
    """:attr:`score` in words (:class:`Fit`)."""

    @property
    def fit(self) -> Fit:
        return Fit(self.score, self.label)


SECTION_WEIGHTS: Mapping[SectionKind, float] = {
    # What the hiring manager screens for: the work and the must-haves.
    SectionKind.REQUIREMENTS: 1.0,
    SectionKind.RESPONSIBILITIES: 1.0,
    # Nice-to-haves help, but should not outrank a must-have.
    SectionKind.PREFERRED: 0.5,
    # The title and the role's description name the field but mix in pitch.
    SectionKind.ROLE: 0.6,
    # Unclassified text: probably about the job, not sure.
    SectionKind.OTHER: 0.5,
    # Company blurb is about the employer ("cloud", "AI", "data" everywhere), not the job.
    SectionKind.COMPANY: 0.15,
    # Benefits, how to apply and equal-opportunity text say nothing about the candidate.
    SectionKind.BENEFITS: 0.0,
    SectionKind.APPLY: 0.0,
    SectionKind.LEGAL: 0.0,
}
"""How much a posting term counts, by the kind of section it appears in: the default of
:attr:`RankConfig.section_weights`. Scores, keywords, the manifest and every report read
the weights of the configuration a posting was analysed with (:attr:`AnalysedPosting.weights`)."""


@dataclass(frozen=True)
class RankConfig:
    """The knobs of ranking. The defaults are what bench/README.md measured as best; every
    knob set to its neutral value gives plain TF-IDF cosine over the whole posting.

    Their ranges: every section weight, ``expansion``, ``generic``, ``commonness``,
    ``context``, ``supporting`` and ``fit_listed`` from 0 to 1; ``fit_skills`` 1 or more; ``fit_prior`` 0 or
    more. Within them every score and the fit stay in 0 … 1 and the ranking is the same on
    every run (a property test tries configurations across them)."""

    section_weights: Mapping[SectionKind, float] = field(default_factory=lambda: dict(SECTION_WEIGHTS))
    """How much a posting term counts by the kind of section it is in (1.0 everywhere: whole text)."""
    expansion: float = 0.3
    """Weight of a related term (the lexicon's ``related``) relative to the term that suggests it (0: off)."""
    generic: float = 0.25
    """Weight of generic words ("build", "team", "experience") relative to other words (1: off)."""
    commonness: float = 0.7
    """How far everyday English words ("object", "work") are weighed down by their frequency (0: off)."""
    context: float = 0.25
    """Share of a bullet's role (a publication's venue) it carries as its own text (0: off); an employer's
    name is not carried: the words of a company's name say nothing about the work."""
    supporting: float = 0.5
    """Share of its score a bullet keeps when it records a supporting activity (teaching, peer
    review: the lexicon's ``supporting``) that the posting does not ask for (1: off)."""
    title: float = 0.3
    """Weight of the words of the posting's job title in ranking, counted as a section of their own on
    top of wherever else the posting says them (0: off). A title names the job in a few words ("Principal
    Engineer, R2 Storage"), which its text may say only in passing. The fit leaves the title out: with it,
    the fit told strong from moderate postings less well (bench/README.md)."""
    fit_skills: float = 2.0
    """In the fit score, how much more a skill of the lexicon counts than another word of the
    same weight: the tools and techniques a posting names are what it most asks for (1: off)."""
    fit_prior: float = 10.0
    """Weight added to what a posting asks for when the fit is computed, as if it asked for that
    much more that the CV does not say: a posting of a few words cannot look like a perfect
    fit (a real posting weighs 90 to 450; 0: off)."""
    fit_listed: float = 0.5
    """How much a term the posting asks for counts as said when the CV says it only in its skills list, not in a
    bullet, title, headline, summary or degree (1: as any). A list of 100 skills says many words without showing
    any work; counted in full, it made a sales CV's fit to a mechanical engineer's posting "strong"
    (bench/README.md)."""


DEFAULT_CONFIG = RankConfig()


@dataclass(frozen=True)
class _Item:
    id: str
    kind: ItemKind
    text: str
    entry: str
    match_text: str
    """What is analysed: the text, plus a bullet's tags."""
    context: str
    """The item's surroundings: a bullet's role, a publication's venue."""


def _items(cv: CV) -> list[_Item]:
    items = [
        # A bullet's context is its role, not its employer: "Health", "Software" or "Networks"
        # in a company's name say nothing about the work.
        _Item(b.id, "bullet", b.text, e.employer or "", " ".join([b.plain, *b.tags]), f"{e.role}." if e.role else "")
        for e, b in cv.bullets()
    ]
    items += [_Item(p.id, "publication", p.title, p.venue or "", p.title, p.venue or "") for p in cv.publications]
    items += [_Item(s, "skill", s, "", s, "") for s in dict.fromkeys(cv.skill_names)]
    return items


TextKind = Literal[
    "bullet", "publication", "skill", "title", "headline", "summary", "education", "certificate", "award", "language"
]


@dataclass(frozen=True)
class CVText:
    """A text of the CV as evidence of what the CV says: a ranked item, or a part that is not
    ranked but says something too (a job title, the headline, the summary, a degree)."""

    id: str
    """The item's id (a skill's id is its name); ``title:<role id>``, ``headline`` (``headline:<n>``
    where the CV has several), ``summary`` (likewise), ``education:<n>``, ``certificate:<n>``,
    ``award:<n>`` and ``language:<n>`` (each from 1) for the rest."""
    kind: TextKind
    text: str
    label: str
    """How a report names it: a bullet's or publication's id, a skill's name, "title (Data
    Engineer)", "headline", "summary", "degree (MSc Statistics)", "certificate (Basic Life Support)"."""
    analysis: Analysis


def variant_id(kind: str, n: int, of: int) -> str:
    """The id of the ``n``-th (from 1) of ``of`` headlines or summaries: ``headline``, or ``headline:2``."""
    return kind if of == 1 else f"{kind}:{n}"


_SOUGHT = re.compile(
    r"\b(?:seeking|looking for|in search of|pursuing|hoping for|aspiring to|eager to join|hoping to join)\s+"
    r"(?:[^.;,!?]{0,60}?\b(?:role|position|job|opportunity|opportunities|career|post)s?\b)"
    r"(?:\s+(?:in|as|on|within|at|with)\s+[^.;,!?]{0,60})?",
    re.IGNORECASE,
)
"""The job a headline or summary says its owner is after ("seeking a legal operations role", "looking for a
position in product management"): what they want to do, which says nothing of what they have done."""


_TOWARD = r"working towards?|studying for|(?:hours|credits|coursework) towards?"
_UNDER_WAY = re.compile(
    rf"\b(?:{_TOWARD}|working on|preparing for|pursuing|candidate for)\s+[^.;,!?()]{{0,60}}", re.IGNORECASE
)
"""A credential its owner is still working for ("working toward the CISSP", "preparing for the CPA exam",
"completing supervised hours toward the CDCES", "credits toward the CPA"): not theirs yet."""
_UNDER_WAY_IN_A_BULLET = re.compile(rf"\b(?:{_TOWARD})\s+[^.;,!?()]{{0,60}}", re.IGNORECASE)
"""The same in a bullet, where only the words that name a credential to come say it: "working on the Kafka
pipeline" or "preparing for SOC 2 audits" is work done."""
_SITTING = re.compile(r"[^,;|·•()\n.!?]*\bcandidate\b", re.IGNORECASE)
"""A credential a headline or summary says its owner is sitting the exams for ("CPA | CFA Level II Candidate"):
the words before "candidate", back to where the piece starts, which name what is not theirs yet."""
_NOT_YET = re.compile(
    r"\b(?:in[ -]progress|expected|anticipated|pending|planned|scheduled|enrolled|not yet"
    r"|candidate(?!\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)
"""What a certificate's line says of one not gained yet: "CISSP (in progress)", "PMP, expected 2026", "CFA Level II
Candidate" (one sitting the exams holds no charter); a "Candidate" that a name goes on from is a word of that name
("CPAT – Candidate Physical Ability Test")."""


def _claimed(kind: TextKind, text: str) -> str:
    """What a text of the CV says its owner has done or has: a headline's or summary's wish for a job, and a
    credential it or a bullet says is still to come, left out; a certificate not gained yet says nothing."""
    if kind == "certificate" and (_NOT_YET.search(text) or _UNDER_WAY.search(text)):
        return ""
    if kind in ("headline", "summary"):
        return _SITTING.sub(" ", _UNDER_WAY.sub(" ", _SOUGHT.sub(" ", text)))
    if kind == "bullet":
        return _UNDER_WAY_IN_A_BULLET.sub(" ", text)
    return text


def _credential(credential: Credential) -> str:
    """A certificate's or award's name, with what its issuer or date says of one not gained yet, where they say
    so ("CISSP", issuer "ISC2, in progress" → "CISSP (ISC2, in progress)"), for :func:`_claimed` to see."""
    pending = [text for text in (credential.issuer, credential.date) if text and _NOT_YET.search(text)]
    return f"{credential.name} ({', '.join(pending)})" if pending else credential.name


def _valid_through(credential: Credential) -> str:
    """ ", valid through Aug 2026" for a certificate that runs out, where a keyword's evidence names it: a posting
    asking for a current licence is met by one only while it lasts."""
    return f", valid through {DEFAULT_STYLE.date(credential.runs_out)}" if credential.runs_out else ""


def expired_certificates(cv: CV, today: dt.date) -> dict[str, str]:
    """The ids of the CV's texts (``certificate:<n>``) of certificates that have expired by ``today``, each
    with when, as a résumé prints the date ("Aug 2023"): evidence of a credential held once, no longer."""
    return {
        f"certificate:{n}": DEFAULT_STYLE.date(c.expires)
        for n, c in enumerate(cv.certificates, start=1)
        if c.expires and has_passed(c.expires, today)
    }


def _other_texts(cv: CV) -> list[tuple[str, TextKind, str, str]]:
    out: list[tuple[str, TextKind, str, str]] = [
        (f"title:{e.id}", "title", e.role, f"title ({e.role})") for e in cv.experience if e.role
    ]
    for kind, variants in (("headline", cv.headline), ("summary", cv.summary)):
        for n, variant in enumerate(variants, start=1):
            one = len(variants) == 1
            out.append(
                (variant_id(kind, n, len(variants)), kind, markup.plain(variant.text), kind if one else f"{kind} {n}")
            )
    out += [
        (f"education:{n}", "education", " ".join([e.degree, *map(markup.plain, e.details)]), f"degree ({e.degree})")
        for n, e in enumerate(cv.education, start=1)
    ]
    # A certificate, an award or a language says what the CV owner has ("Basic Life Support (BLS)",
    # "Spanish"), and every résumé prints them all.
    for kind, entries in (("certificate", cv.certificates), ("award", cv.awards)):
        out += [
            (f"{kind}:{n}", kind, _credential(c), f"{kind} ({c.name}{_valid_through(c)})")
            for n, c in enumerate(entries, start=1)
        ]
    out += [(f"language:{n}", "language", g.name, f"language ({g.name})") for n, g in enumerate(cv.languages, start=1)]
    return out


@dataclass(frozen=True, eq=False)
class PreparedCV:
    """A CV analysed and vectorised once, ready to be ranked against any number of postings."""

    items: list[_Item]
    analyses: list[Analysis]
    vocabulary: dict[str, int]
    """Term → column."""
    weights: Any
    """Per column: scikit-learn's IDF fitted on the CV's items, times the generic-word factor."""
    matrix: Any
    """One L2-normalised weighted row per item (scipy sparse CSR)."""
    lexicon: Lexicon
    config: RankConfig
    texts: list[CVText] = field(default_factory=list)
    """Every text of the CV as evidence (the items, then its titles, headline, summary and
    education), analysed with the pairs of words that stand close together."""
    contexts: list[Analysis] = field(default_factory=list)
    """Per item, its context analysed (a bullet's role, a publication's venue), as ``analyses`` is its own text."""

    def terms_of(self, item_id: str) -> frozenset[str]:
        return frozenset(self.analyses[self._row[item_id]].terms)

    @cached_property
    def labels(self) -> dict[str, str]:
        """Each text's id → how a report names it (:attr:`CVText.label`)."""
        return {t.id: t.label for t in self.texts}

    @cached_property
    def shown(self) -> frozenset[str]:
        """The terms the CV says outside its skills list: in its bullets and publications, its roles' titles, its
        headline, summary and education (what the fit counts in full: ``RankConfig.fit_listed``)."""
        return frozenset(t for text in self.texts if text.kind != "skill" for t in text.analysis.terms)

    @cached_property
    def _row(self) -> dict[str, int]:
        return {item.id: n for n, item in enumerate(self.items)}

    @cached_property
    def activities(self) -> list[str]:
        """Per item: the supporting activity a bullet records ("teaching"), or "".

        A bullet records it when it says so, or when its role is named for it: every bullet of a
        "Teaching Assistant" role is teaching, whatever its own words ("Graded assignments")."""
        known = supporting_terms(self.lexicon)
        contexts = self.contexts or [_EMPTY] * len(self.items)
        return [
            next((name for name, terms in known.items() if terms & {*a.terms, *c.terms}), "")
            if item.kind == "bullet"
            else ""
            for item, a, c in zip(self.items, self.analyses, contexts, strict=True)
        ]

    @cached_property
    def terms(self) -> list[str]:
        """Column → term."""
        out = [""] * len(self.vocabulary)
        for term, column in self.vocabulary.items():
            out[column] = term
        return out

    def analyse(self, posting: Posting | AnalysedPosting) -> AnalysedPosting:
        """``posting`` analysed with this CV's lexicon and configuration (as it is, if it already is)."""
        if isinstance(posting, AnalysedPosting):
            return posting
        return analyse_posting(posting, self.lexicon, self.config)

    def row(self, term_weights: Mapping[str, float]) -> Any:
        """Term frequencies (already sublinear) as one L2-normalised row of this CV's space."""
        return self.rows([term_weights])

    def rows(self, many: Sequence[Mapping[str, float]]) -> Any:
        """Several term-frequency mappings as L2-normalised rows (scipy sparse CSR), one per mapping."""
        return _weighted_rows(self.vocabulary, self.weights, many)


def _weighted_rows(vocabulary: Mapping[str, int], weights: Any, many: Sequence[Mapping[str, float]]) -> Any:
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for term_weights in many:
        for term, weight in term_weights.items():
            if weight > 0 and (column := vocabulary.get(term)) is not None:
                indices.append(column)
                data.append(weight * weights[column])
        indptr.append(len(indices))
    matrix = csr_matrix((data, indices, indptr), shape=(len(many), len(vocabulary)))
    matrix.sum_duplicates()
    return normalize(matrix)


def prepare_cv(cv: CV, lexicon: Lexicon | None = None, config: RankConfig = DEFAULT_CONFIG) -> PreparedCV:
    """Analyse every bullet, publication title and skill of ``cv`` and fit the TF-IDF weights.

    Raises:
        TailorError: no item of the CV (with its job title) holds a term: nothing to rank.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    lexicon = lexicon or bundled_lexicon()
    items = _items(cv)
    others = _other_texts(cv)
    texts = [*(i.match_text for i in items), *(i.context for i in items), *(_claimed(k, t) for _, k, t, _ in others)]
    # A skill of the CV's list is a skill whatever else its name means ("Go", "Excel"), and so is a
    # language of its languages ("German").
    named = [n for n, item in enumerate(items) if item.kind == "skill"]
    named += [2 * len(items) + n for n, (_, kind, _, _) in enumerate(others) if kind == "language"]
    # A certificate's name names a credential: "PALS – American Heart Association" is the course, no pals.
    credentials = [2 * len(items) + n for n, (_, kind, _, _) in enumerate(others) if kind == "certificate"]
    apart = frozenset(named) | frozenset(credentials)
    analyses = analyse([t for n, t in enumerate(texts) if n not in apart], lexicon, near=True)
    skills = analyse([texts[n] for n in named], lexicon, near=True, names=True)
    held = analyse([texts[n] for n in credentials], lexicon, near=True, credentials=True)
    # In order: each lands where its text was.
    for n, analysis in sorted([*zip(named, skills, strict=True), *zip(credentials, held, strict=True)]):
        analyses.insert(n, analysis)
    own, context, rest = analyses[: len(items)], analyses[len(items) : 2 * len(items)], analyses[2 * len(items) :]
    # A bullet is ranked on all its words, but is evidence only of what it claims: "completing hours toward the
    # CDCES" is about diabetes education, and no CDCES held (the few bullets that say so are analysed again).
    claimed = [_claimed(i.kind, i.match_text) for i in items]
    evidence = [
        CVText(i.id, i.kind, i.text, i.id, a if c == i.match_text else analyse([c], lexicon, near=True)[0])
        for i, a, c in zip(items, own, claimed, strict=True)
    ]
    evidence += [CVText(*other, a) for other, a in zip(others, rest, strict=True)]
    # The IDF is fitted on the CV's own items, not on the posting. What we rank is CV
    # items, so a term should weigh more when it singles out few of them ("MPI") and less
    # when half the CV says it ("distributed"); the posting's own repetitions already
    # count through its term frequencies. Fitting on the CV alone also keeps the weights
    # the same for every posting, so scores are comparable across postings, and lets one
    # fitted CV serve many postings. The analyzer is the identity: spaCy made the terms.
    pairs = list(zip(own, context, strict=True))
    if not any(a.terms or c.terms for a, c in pairs):
        raise TailorError(
            "The CV has nothing to rank: none of its bullets, publication titles, skills or job titles holds a "
            "word tailor can match. Add the bullets of your experience (cv_data/README.md shows how)."
        )
    vectorizer = TfidfVectorizer(analyzer=_identity).fit([a.terms + c.terms for a, c in pairs])
    vocabulary = {str(t): int(i) for t, i in vectorizer.vocabulary_.items()}
    by_column = sorted(vocabulary, key=vocabulary.__getitem__)
    weights = vectorizer.idf_ * _discounts(by_column, config)
    rows = [_merge(_sublinear(a.terms), _sublinear(c.terms), config.context) for a, c in pairs]
    matrix = _as_labels_weigh(_weighted_rows(vocabulary, weights, rows), items, own)
    prepared = PreparedCV(items, own, vocabulary, weights, matrix, lexicon, config, evidence, context)
    # Whatever every posting will need, made now: worker processes forked after this inherit it.
    if config.expansion > 0:
        related_terms(lexicon)
    _ = prepared.activities
    _ = prepared.shown
    return prepared


LABEL_WORDS = 2
"""The most words of a bullet that is a label ("Documentation", "Reservations and payments") or the barest claim
("Sold bicycles"): it says too little to outrank a bullet that says what was done, yet would, by a cosine's
weakness for the short. Such a bullet of ``m`` words weighs ``m / (m + 1)`` of its cosine (as if it held one more
word the posting does not say): a half for one word, two thirds for two. Measured on the labelled sets (three of
their bullets are labels): hotel NDCG@5 +0.035, social work +0.010, no set lower; normalising every bullet's length
by a pivot cures the labels too, but costs the sets whose best evidence is short (bench/README.md)."""


def _as_labels_weigh(matrix: Any, items: Sequence[_Item], analyses: Sequence[Analysis]) -> Any:
    """The item ``matrix`` with each bullet that is a label (:data:`LABEL_WORDS`) weighed down: its words are
    its terms of one word, a repeated word once ("Check In and Check Out procedures": check, procedure)."""
    from scipy.sparse import diags

    words = [len({t for t in a.terms if " " not in t}) for a in analyses]
    scale = [
        n / (n + 1) if item.kind == "bullet" and 0 < n <= LABEL_WORDS else 1.0
        for item, n in zip(items, words, strict=True)
    ]
    return (diags(scale) @ matrix).tocsr() if any(x < 1.0 for x in scale) else matrix


COMMON_LOG_PROB = -7.0
"""Words at least this frequent in English (ln probability; "use", "work") get the full
``commonness`` discount; ``RARE_LOG_PROB`` and rarer ("sharding", "mpi") none."""
RARE_LOG_PROB = -14.0


@lru_cache(maxsize=1 << 16)
def _specificity(term: str, strength: float) -> float:
    """1 for rare words, down to ``1 - strength`` for the commonest; a phrase takes its rarer word.

    Over so few documents (a CV's items), IDF cannot tell that "object" is an everyday
    word and "sharding" a technical one; English word frequencies can.
    """
    log_probs = word_log_probabilities()
    rarity = 0.0
    for word in term.split():
        lp = log_probs.get(word)
        span = (-lp + COMMON_LOG_PROB) / (COMMON_LOG_PROB - RARE_LOG_PROB) if lp is not None else 1.0
        rarity = max(rarity, min(1.0, max(0.0, span)))
    return 1 - strength * (1 - rarity)


@lru_cache(maxsize=1 << 16)
def _is_generic(term: str) -> bool:
    """A word in the generic list, or a phrase made only of such words."""
    generic = generic_terms()
    return all(word in generic for word in term.split())


def _sublinear(terms: Sequence[str]) -> dict[str, float]:
    """1 + ln(count) for each term: the tenth "data" adds far less than the first."""
    return {term: 1 + math.log(count) for term, count in Counter(terms).items()}


def _merge(into: dict[str, float], other: Mapping[str, float], weight: float) -> dict[str, float]:
    for term, value in other.items():
        if weight > 0:
            into[term] = into.get(term, 0.0) + weight * value
    return into


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
        return self.weights[section.kind]


_EMPTY = Analysis([], [])


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
    counted = [n for n, s in enumerate(sections) if weights[s.kind] > 0]
    analyses = dict(
        zip(counted, analyse((sections[n].text for n in counted), lexicon or bundled_lexicon()), strict=True)
    )
    if not any(a.terms for a in analyses.values()):
        raise _nothing_to_rank(posting, [s for s in sections if weights[s.kind] <= 0])
    weighted = [WeightedSection(s, weights[s.kind], analyses.get(n, _EMPTY)) for n, s in enumerate(sections)]
    return AnalysedPosting(posting, found, weighted, weights)


def _nothing_to_rank(posting: Posting, uncounted: list[Section]) -> TailorError:
    """Every score would be 0 and every résumé the CV's first bullets: say so instead of writing one."""
    if any(s.words for s in uncounted):
        kinds = ", ".join(dict.fromkeys(s.kind.value for s in uncounted))
        what = f"its only words are in sections that say nothing about the job ({kinds})"
    else:
        what = "it holds no words to match (only punctuation, numbers or the commonest words)"
    return TailorError(
        f"The posting {posting.source} has nothing to rank: {what}. Check that it holds the whole posting, "
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
        f"The posting {posting.source} {what}. tailor ranks English postings: its word lists, lemmas and "
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
) -> dict[str, float]:
    """The posting as term → weight, before IDF: what the fit measures the CV against, and with
    ``title`` (the job title's words at ``config.title``) what ranking compares the CV's items with.

    Term frequency is sublinear within each section (1 + ln count), as for the items,
    and only then weighted by the section's weight and summed over sections: a company
    blurb that says "cloud" nine times adds 0.15 × (1 + ln 9) ≈ 0.5 for it, less than
    one mention in the requirements. Summing before the logarithm would let repetition
    in low-weight text outweigh a requirement stated once.

    Then each term lends ``config.expansion`` of its weight to the terms the lexicon
    relates to it, both ways ("distributed training" ↔ "DeepSpeed"), one hop only, so
    a posting that asks for large-scale training finds the bullet that says ZeRO. A spoken language is lent
    weight only where ``held`` (a CV's terms) holds it: "bilingual" asks for one language beside English, any
    of forty (:data:`tailor.lexicon.SPEAKS_ANOTHER`), and a fit measured against all forty would fall for a
    word the CV could never say.
    """
    weights: dict[str, float] = {}
    for section in analysed.sections:
        if section.weight > 0:
            _merge(weights, _sublinear(section.analysis.terms), section.weight)
    if title and config.title > 0:
        _merge(weights, _sublinear(title_terms(analysed, lexicon)), config.title)
    if config.expansion > 0:
        lent: dict[str, float] = {}
        related = related_terms(lexicon)
        for term, weight in weights.items():
            others = related.get(term, ())
            if len(term) >= _KIN_LENGTH:
                others = (*others, *_kin_of_work(term))
            for other in others:
                if held is None or other in held or other not in lexicon.spoken:
                    lent[other] = max(lent.get(other, 0.0), config.expansion * weight)
        for term, weight in lent.items():
            weights[term] = weights.get(term, 0.0) + weight
    return weights


_WORKER_AND_WORK = (("ologist", "ology"), ("ician", "ics"), ("ist", "istry"), ("ist", "y"), ("ist", "ism"))
"""How English names a worker and the field they work in, as pairs of endings: psychologist and psychology,
pediatrician and pediatrics, dentist and dentistry, therapist and therapy, pharmacist and pharmacy, journalist and
journalism. (A physician's field is medicine, not physics.)"""
_NO_KIN = frozenset({"physician", "physics"})
_KIN_LENGTH = 7
"""The shortest word :func:`_kin_of_work` derives from: an ending and a stem of four letters or more."""


@lru_cache(maxsize=8192)
def _kin_of_work(term: str) -> tuple[str, ...]:
    """The field a one-word ``term`` naming a worker works in, or the worker of a field (:data:`_WORKER_AND_WORK`):
    a posting for a therapist asks for therapy. A derived word no text holds weighs nothing."""
    if " " in term or len(term) < _KIN_LENGTH or term in _NO_KIN:
        return ()
    found = []
    for worker, work in _WORKER_AND_WORK:
        for one, other in ((worker, work), (work, worker)):
            if term.endswith(one) and len(term) - len(one) >= 4:
                found.append(term[: -len(one)] + other)
    return tuple(dict.fromkeys(t for t in found if t != term))


def title_terms(analysed: AnalysedPosting, lexicon: Lexicon) -> tuple[str, ...]:
    """The terms of the posting's job title; none when it states no title clearly."""
    title = analysed.structure.title
    return _terms_of(title, lexicon) if title else ()


@lru_cache(maxsize=256)
def _terms_of(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """``text`` analysed, once: a title is read for ranking, its explanations, the headline and the letter."""
    return tuple(analyse([text], lexicon)[0].terms)


@lru_cache(maxsize=4)
def related_terms(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The lexicon's ``related`` topics as terms the way analysis spells them, in both directions."""
    topics = list(lexicon.related)
    phrases = sorted({p for ps in lexicon.related.values() for p in ps} | set(topics))
    term_of = {p: skill_term(a) for p, a in zip(phrases, analyse(phrases, lexicon), strict=True)}
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
def supporting_terms(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The lexicon's supporting activities, each with the terms (its name's and its phrases')
    that mark a bullet as that activity, or a posting as asking for it."""
    out = {}
    for activity, phrases in lexicon.supporting.items():
        analyses = analyse([activity, *phrases], lexicon)
        out[activity] = frozenset(t for a in analyses if (t := skill_term(a)))
    return out


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
    term = skill_term(analysis)
    if term is None or " " in term:
        return term
    words = [word for word in _BRACKETED.sub(" ", name).split() if any(ch.isalpha() for ch in word)]
    return term if len(words) <= 1 else None


_BRACKETED = re.compile(r"\([^()]*\)")
"""What a skill's name says in brackets ("Cinema 4D (basic)"): its level or its examples, no word of the name."""


def rank(
    cv: CV | PreparedCV,
    posting: Posting | AnalysedPosting,
    *,
    lexicon: Lexicon | None = None,
    config: RankConfig | None = None,
) -> Ranking:
    """Score every bullet, publication and skill of ``cv`` against ``posting``.

    Either may come already analysed (:func:`prepare_cv`, :meth:`PreparedCV.analyse`), so
    that a CV is analysed once for many postings. ``config`` applies when ``cv`` is not
    prepared yet (a prepared CV carries its own).
    """
    prepared = cv if isinstance(cv, PreparedCV) else prepare_cv(cv, lexicon, config or DEFAULT_CONFIG)
    analysed = prepared.analyse(posting)
    wanted = query_terms(analysed, prepared.lexicon, prepared.config, held=prepared.vocabulary)
    query = prepared.row(query_terms(analysed, prepared.lexicon, prepared.config, title=True))
    discounted = discounted_rows(prepared, analysed)
    scores = _scores(prepared, query, [discounted])[:, 0]
    # Each term's share of a score is the product of its weights in item and query.
    contributions = prepared.matrix.multiply(query).tocsr()
    vocabulary = prepared.terms

    asked = _asked_rows(prepared, analysed)
    said = _said(analysed) | set(title_terms(analysed, prepared.lexicon) if prepared.config.title > 0 else ())
    scored = []
    for row, item in enumerate(prepared.items):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        pairs = sorted(
            zip(contributions.data[start:end], contributions.indices[start:end], strict=True),
            key=lambda p: (-p[0], vocabulary[p[1]]),
        )
        terms = _without_inner_words(tuple(vocabulary[i] for value, i in pairs if value > 0), prepared.lexicon)
        activity = prepared.activities[row] if row in discounted else ""
        lent = tuple(term for term in terms if term not in said)
        own = prepared.analyses[row].terms  # by row: a skill's id is its name, which a bullet's id may be too
        around = tuple(term for term in terms if term not in own)
        scored.append(
            ScoredItem(
                item.id,
                item.kind,
                item.text,
                round(float(scores[row]), 6),
                terms,
                item.entry,
                activity,
                row in asked,
                lent,
                around,
            )
        )

    def best_first(kind: ItemKind) -> list[ScoredItem]:
        # sorted() is stable, so equal scores keep the CV's order.
        return sorted((s for s in scored if s.kind == kind), key=lambda s: -s.score)

    bullets, publications = best_first("bullet"), best_first("publication")
    overall = _fit(wanted, prepared)
    skills = best_first("skill")
    return Ranking(overall.score, bullets, publications, skills, prepared, analysed, overall.label)


def _without_inner_words(terms: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The first :data:`EXPLANATION_TERMS` of ``terms`` (most contributing first), without a word that a skill of
    several words among those first holds: "After Effects" explains a score, "Effects" beside it says nothing more
    (a skill's last word counts as a term of its own), and the next term takes its place. A phrase keeps its
    words: "billing" says more than "based billing" of "usage-based billing"."""
    skills = _skill_terms(lexicon)
    longer = [term for term in terms[:EXPLANATION_TERMS] if " " in term and term in skills]
    inner = frozenset().union(*(_words_of(term) for term in longer)) if longer else frozenset()
    return tuple(term for term in terms if " " in term or term not in inner)[:EXPLANATION_TERMS]


@lru_cache(maxsize=8192)
def _words_of(term: str) -> frozenset[str]:
    """The one-word terms a term of several words holds, as analysis spells them ("adobe after effects": effect)."""
    return frozenset(t for t in analyse([term])[0].terms if " " not in t)


def _said(analysed: AnalysedPosting) -> frozenset[str]:
    """The terms the posting says in the sections that count (a related term it does not say is lent weight)."""
    return frozenset(t for section in analysed.sections if section.weight > 0 for t in section.analysis.terms)


def item_scores(prepared: PreparedCV, postings: Sequence[AnalysedPosting]) -> Any:
    """Every CV item's score against every posting (a dense array, items × postings, in
    ``prepared.items`` order): one sparse product for all of them. Each column holds the
    scores :func:`rank` gives that posting."""
    wanted = [query_terms(p, prepared.lexicon, prepared.config, title=True) for p in postings]
    return _scores(prepared, prepared.rows(wanted), [discounted_rows(prepared, p) for p in postings])


def _scores(prepared: PreparedCV, queries: Any, discounted: Sequence[set[int]]) -> Any:
    """Cosine of every item with every query row, a bullet of a supporting activity discounted."""
    # The item matrix on the left: each score sums its terms in one fixed order, so one
    # posting scored alone and among many gives the same number to the last bit.
    scores = (prepared.matrix @ queries.T).toarray()
    for column, rows in enumerate(discounted):
        for row in rows:
            scores[row, column] *= prepared.config.supporting
    return scores


def score_texts(prepared: PreparedCV, posting: Posting | AnalysedPosting, texts: Sequence[str]) -> list[float]:
    """The relevance of each of ``texts`` to ``posting``, on the items' scale (0 … 1).

    For the user's own texts that are not items of the CV (candidate headlines, letter
    paragraphs, with their tags): each is analysed like an item and compared with the
    posting in the CV's term space, widened by the texts' own terms. A word no item uses
    ("educator" in a headline's tags, when no bullet says it) weighs as a term that singles
    out no item, the most an item's term can: it is what such a text is for. The posting's
    job title counts as a requirement does: a headline that names the job is the one to
    open with (bullets weigh the title's words less, at ``RankConfig.title``).
    """
    if not texts:
        return []
    analysed = prepared.analyse(posting)
    own = [_sublinear(a.terms) for a in analyse(texts, prepared.lexicon)]
    vocabulary, weights = _widened(prepared, {t for terms in own for t in terms})
    wanted = dict(query_terms(analysed, prepared.lexicon, prepared.config, held=vocabulary))
    for term in title_terms(analysed, prepared.lexicon):
        wanted[term] = max(wanted.get(term, 0.0), 1.0)
    query = _weighted_rows(vocabulary, weights, [wanted])
    rows = _weighted_rows(vocabulary, weights, own)
    return [round(float(x), 6) for x in (rows @ query.T).toarray().ravel()]


def said_by(prepared: PreparedCV, posting: Posting | AnalysedPosting, phrases: Sequence[str]) -> list[bool]:
    """Whether ``posting`` says each of ``phrases`` (a variant's tags) where its words count: a word as
    itself, a phrase as the phrase or the skill it names ("culinary education" is not said by a posting
    of "culinary operations" and "education benefits")."""
    if not phrases:
        return []
    analysed = prepared.analyse(posting)
    said = {t for s in analysed.sections if s.weight > 0 for t in s.analysis.terms}
    said.update(title_terms(analysed, prepared.lexicon))
    out = []
    for analysis in analyse(phrases, prepared.lexicon):
        whole = [t for t in analysis.terms if " " in t] + [s.lower() for s in analysis.skills]
        out.append(any(t in said for t in whole) if whole else any(t in said for t in analysis.terms))
    return out


def _widened(prepared: PreparedCV, terms: set[str]) -> tuple[Mapping[str, int], Any]:
    """The CV's vocabulary and term weights, with each of ``terms`` it lacks added at the IDF of a term
    no item has (scikit-learn's smoothed ``ln((1 + n) / 1) + 1``), discounted as any term is."""
    import numpy as np

    new = sorted(terms - prepared.vocabulary.keys())
    if not new:
        return prepared.vocabulary, prepared.weights
    added = (math.log(1 + len(prepared.items)) + 1) * _discounts(new, prepared.config)
    vocabulary = {**prepared.vocabulary, **{t: len(prepared.vocabulary) + n for n, t in enumerate(new)}}
    return vocabulary, np.concatenate([prepared.weights, added])


def _discounts(terms: Sequence[str], config: RankConfig) -> Any:
    """Each term's factor on its IDF: ``config.generic`` for a generic word, less for an everyday one
    (:func:`_specificity`), 1 for the rest."""
    import numpy as np

    factors = np.array([config.generic if _is_generic(t) else 1.0 for t in terms])
    if config.commonness > 0:
        factors = factors * np.array([_specificity(t, config.commonness) for t in terms])
    return factors


def _asked_rows(prepared: PreparedCV, analysed: AnalysedPosting) -> set[int]:
    """Rows of the CV's skills that the posting names: the same skill of the lexicon, or one of the kind it asks
    for (:attr:`tailor.lexicon.Lexicon.instances`: REST APIs for a posting's APIs, Epic for its EHR), or for a
    skill the lexicon does not know, its words as one term ("Photoshop", "grant writing")."""
    counted = [s.analysis for s in analysed.sections if s.weight > 0]
    skills = {name.lower() for a in counted for name in a.skills}
    instances = prepared.lexicon.instances
    skills |= {member for kind in skills & instances.keys() for member in instances[kind]}
    terms = {t for a in counted for t in a.terms}
    rows = set()
    for row, (item, analysis) in enumerate(zip(prepared.items, prepared.analyses, strict=True)):
        if item.kind != "skill":
            continue
        if analysis.skills:
            if any(name.lower() in skills for name in analysis.skills):
                rows.add(row)
        elif (whole := own_skill_term(item.text, analysis)) is not None and whole in terms:
            rows.add(row)
    return rows


def discounted_rows(prepared: PreparedCV, analysed: AnalysedPosting) -> set[int]:
    """Rows of the bullets that record a supporting activity the posting does not ask for.

    Teaching a course on reinforcement learning, or reviewing for a conference, is weaker
    evidence of the field than working in it; a posting asks for the activity when a
    section that counts names it or one of its phrases ("teaching assistant").
    """
    if prepared.config.supporting >= 1 or not any(prepared.activities):
        return set()
    said = _said(analysed)
    known = supporting_terms(prepared.lexicon)
    return {row for row, activity in enumerate(prepared.activities) if activity and not known[activity] & said}


def fit(prepared: PreparedCV, posting: Posting | AnalysedPosting) -> Fit:
    """The CV's overall fit to ``posting``: the share of what the posting asks for that the CV says.

    The fit of :func:`rank`'s :class:`Ranking`, without scoring every item: what ranking
    many postings needs. Each term counts as ranking weighs it (generic and everyday words
    less), the lexicon's skills more (``RankConfig.fit_skills``), a term only the CV's skills
    list says less (``RankConfig.fit_listed``), and ``fit_prior`` keeps a posting of a few
    words from looking like a perfect fit. A recall, not a similarity: a posting is well met
    when most of its weighted terms appear somewhere in the CV, however many other things the
    CV says. On the development sets this separates strong from
    moderate fits far better than the mean score of the best items (bench/README.md).
    """
    analysed = prepared.analyse(posting)
    return _fit(query_terms(analysed, prepared.lexicon, prepared.config, held=prepared.vocabulary), prepared)


def _fit(wanted: Mapping[str, float], prepared: PreparedCV) -> Fit:
    config = prepared.config
    factors = _fit_factors(prepared)
    vocabulary, shown, listed = prepared.vocabulary, prepared.shown, config.fit_listed
    total = covered = said = 0.0
    for term, weight in wanted.items():
        said += weight
        factor = factors.get(term)
        if factor is None:
            if len(factors) >= FIT_FACTORS_KEPT:  # a worker reading 100,000 real postings meets millions of phrases
                factors.clear()
            factor = factors[term] = _fit_factor(term, prepared.lexicon, config)
        weight *= factor
        total += weight
        if term in vocabulary:
            covered += weight if term in shown else weight * listed
    score = round(covered / (total + config.fit_prior), 6) if total else 0.0
    # How much a posting says is judged by its terms as its sections weigh them, not as rare or skill-like they
    # are: a software posting's line of tool names is no longer than an HR posting's line of everyday words.
    return Fit(score, "too short" if said < SHORT_POSTING else fit_label(score))


def _fit_factor(term: str, lexicon: Lexicon, config: RankConfig) -> float:
    """How much a term counts in the fit: as ranking weighs it (generic and everyday words less), named
    skills more."""
    factor = config.generic if _is_generic(term) else 1.0
    if config.commonness > 0:
        factor *= _specificity(term, config.commonness)
    return factor * (config.fit_skills if term in _skill_terms(lexicon) else 1.0)


FIT_FACTORS_KEPT = 1 << 17
"""How many terms' fit factors a process keeps (some 15 MB) before it starts again."""


@lru_cache(maxsize=4)
def _fit_factors(prepared: PreparedCV) -> dict[str, float]:
    """:func:`_fit_factor` of every term met so far, filled as postings are scored (a posting repeats
    most terms of the one before)."""
    return {}


@lru_cache(maxsize=4)
def _skill_terms(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's skills as analysis spells them (lowercase canonical names)."""
    return frozenset(name.lower() for name in lexicon.names.values())


def _identity(terms: list[str]) -> list[str]:
    return terms
