"""What scoring gives each item (:class:`ScoredItem`: its score and the terms that earned it) and the
posting (:class:`Fit`: how much of it the CV says and how closely its best items match it, with a plain-words
label, :data:`FIT_LABELS`)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

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
    ``RankConfig.supporting`` of its score (twice over for an intern's bullet that watched or took part:
    :attr:`tailor.rank.cv.PreparedCV.parts_in_training`); empty when it counts in full."""
    asked: bool = False
    """For a skill: the posting asks for it by name, or for a kind it is one of (a résumé always shows such a
    skill)."""
    related: tuple[str, ...] = ()
    """Those of ``terms`` the posting does not say itself: they count because it says a term the
    lexicon relates to them (``RankConfig.expansion`` of that term's weight), and are shown as such."""
    context: tuple[str, ...] = ()
    """Those of ``terms`` the item does not say itself: they count through its surroundings (a bullet's
    role, a publication's venue: ``RankConfig.context``), and are shown as such."""
    asked_as: str = ""
    """For a skill :attr:`asked` for only as one of a kind the posting names (ATAC-seq where it asks for
    next-generation sequencing: :attr:`tailor.lexicon.Lexicon.instances`): that kind, by the lexicon's name."""


@dataclass(frozen=True)
class Fit:
    """How well a CV as a whole fits a posting."""

    score: float
    """How much of what the posting asks for the CV says, and how closely its best items match it (0 … 1,
    :func:`tailor.rank.fitness.with_depth`), comparable across postings."""
    label: FitLabel
    """The score in words (:data:`FIT_LABELS`), or "too short" for a posting of too few words to judge."""


FIT_LABELS: tuple[tuple[float, FitLabel], ...] = ((0.18, "strong"), (0.10, "partial"), (0.0, "weak"))
"""The lowest score of each label. Measured on twenty-one labelled sets of real postings, twenty-one
professions (bench/README.md "Fit labels"): the thresholds that name the most postings as their graders did
(119 of 170 when they were set, as from 0.16 or 0.17; 128 with the bounds on the label and the lexicon's
credential ladders added since) with the fewest other professions' strong postings read strong (5 of 1,300 pairs;
20 from 0.16)."""
SHORT_POSTING = 20.0
"""A posting whose terms weigh less than this, as its sections weigh them (a title and a line; a nurse's
posting of 45 words weighs 34, one of 250 words some 180), is too short for its fit to mean anything."""


SHOWN_DIGITS = 3
"""The decimals a fit score is shown with, everywhere a person reads it ("0.200")."""


def reaches(score: float, lowest: float) -> bool:
    """Whether a fit ``score`` reaches ``lowest`` as it is shown: 0.17998, shown "0.180", reaches 0.18, so no list
    says "0.180 partial" beside a legend of "strong ≥ 0.18"."""
    return round(score, SHOWN_DIGITS) >= lowest


def fit_label(score: float) -> FitLabel:
    """The label of a fit ``score`` (a posting long enough to judge)."""
    return next(label for lowest, label in FIT_LABELS if reaches(score, lowest))


REQUIRED_SHARES: tuple[tuple[FitLabel, float], ...] = (("strong", 1 / 3), ("partial", 0.1))
"""The share of a posting's required keywords (each choice once) that a CV must say for each label, as
:func:`share_said` estimates it: a third for strong, a tenth for partial. The score counts every word of the posting,
so a CV of a neighbouring trade (a warehouse supervisor's for a transportation manager's posting) scores high on the
words they share while the job's own requirements are missing."""


def share_said(said: int, required: int) -> Fraction:
    """The share of what a job requires that a CV saying ``said`` of a posting's ``required`` keywords says, estimated
    by Laplace's rule of succession: as if one more were said and one more missed, ``(said + 1) / (required + 2)``.
    The keywords a posting names are a few of what the job asks, and a few judge a CV less than many: none of three
    said estimates a fifth, none of thirty a thirty-second; one rule for any number of them, where a count of ten had
    switched two rules (none of nine said read partial, none of ten weak). Measured on the labelled sets
    (bench/README.md "Fit labels"). Exact, so that no rounding tips a share that meets a third."""
    return Fraction(said + 1, required + 2)


LICENCE_SHARE = 0.25
"""Where a posting requires a licence or certification the CV does not show, the share of its required keywords (the
licence among them, however few they are) at or below which the CV's fit reads weak. A licence lacking is a requirement
missed that no other words make up for; with three quarters of the rest missing too, what the CV shares with the
posting is the job's surroundings (a teacher's students and families in a school counselor's posting), not its work.
On the labelled sets it lowers none of the 170 postings (the graders' strong ones that lack a licence say half their
required keywords or more, their moderate controller's posting without a CPA 4 of 13) and 14 of the 196 other
professions' strong postings that read partial (bench/README.md "Fit labels")."""


def bounded_label(
    fit: Fit,
    required: int,
    said: int,
    licence_lacking: bool = False,
    *,
    clearance_only: bool = False,
    degree_lacking: bool = False,
    specialty_lacking: bool = False,
) -> FitLabel:
    """The label of ``fit`` where the posting's requirements are known: one step lower (strong to partial, partial to
    weak) for each share of :data:`REQUIRED_SHARES` that a CV saying ``said`` of the posting's ``required`` keywords
    falls short of (:func:`share_missed`, :func:`share_said`); and where it requires a licence or
    certification the CV does not show (``licence_lacking``), which the job cannot be done without however many of
    its words the CV shares, partial at most, and weak where the CV says no more than :data:`LICENCE_SHARE` of the
    required keywords, unless all it lacks is a security clearance (``clearance_only``), which the employer applies
    for. A degree it requires above the CV's (``degree_lacking``, :func:`tailor.degrees.degree_lacking`) is a
    condition of the job as a licence is: partial at most, and no lower for it (one requirement, however its words
    weigh). So is the specialty the job's title names that the CV does not say (``specialty_lacking``,
    :attr:`tailor.results.Match.specialty_lacking`: an oncology pharmacist's posting for a CV of no oncology).
    "too short" and "weak" stay as they are."""
    label = fit.label
    if label in ("too short", "weak"):
        return label
    order: tuple[FitLabel, ...] = tuple(name for _, name in FIT_LABELS)
    for name, _ in REQUIRED_SHARES:
        if order.index(label) <= order.index(name) and share_missed(name, required, said) is not None:
            label = order[order.index(name) + 1]
    if licence_lacking and label != "weak":
        label = "weak" if said <= LICENCE_SHARE * required and not clearance_only else "partial"
    if (degree_lacking or specialty_lacking) and label == "strong":
        label = "partial"
    return label


def label_rules() -> str:
    """How a fit's label is decided, in plain words: the thresholds of :data:`FIT_LABELS` and the bounds
    :func:`bounded_label` sets. The one home of the explanation that every list and page of fits gives beside them
    (``tailor rank``, ``batch``'s overview, the report), so none of them says less than the rule does."""
    scale = ", ".join(f"{label} from {lowest:.2f}" if lowest else f"{label} below" for lowest, label in FIT_LABELS)
    shares = dict(REQUIRED_SHARES)
    return (
        f"{scale}; strong needs {_share_in_words(shares['strong'])} of the posting's required keywords said, partial "
        f"{_share_in_words(shares['partial'])} (counted as if one more were said and one more missed); a licence "
        f"required that your CV lacks keeps it from strong, and weak with {LICENCE_SHARE:.0%} or fewer said; a degree "
        "required above yours keeps it from strong too, and so does a specialty the title names that your CV never says"
    )


def _share_in_words(share: float) -> str:
    """A share as a reader says it ("a third", "a tenth")."""
    return {1 / 3: "a third", 1 / 4: "a quarter", 0.1: "a tenth"}.get(share, f"{share:.0%}")


def share_missed(label: FitLabel, required: int, said: int) -> float | None:
    """The share of a posting's ``required`` keywords that a ``label`` fit needs said (:data:`REQUIRED_SHARES`) where
    the share a CV saying ``said`` of them says, as :func:`share_said` estimates it, falls short of it; None where it
    does not, or where ``label`` needs no share. The one home of the rule that :func:`bounded_label` applies and a
    warning explains."""
    share = dict(REQUIRED_SHARES).get(label)
    if share is None or share_said(said, required) >= Fraction(share).limit_denominator(100):
        return None
    return share


def at_least(fit: Fit, lowest: float) -> bool:
    """Whether ``fit`` is at least ``lowest`` (``--min-fit``): its score reaches it (:func:`reaches`), and its label
    is no lower than the label of ``lowest`` (:func:`bounded_label` may have lowered it). A posting too short to judge
    is not."""
    if fit.label == "too short" or not reaches(fit.score, lowest):
        return False
    order = [name for _, name in FIT_LABELS]
    return order.index(fit.label) <= order.index(fit_label(lowest))
