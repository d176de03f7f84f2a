"""Score every CV item against a posting with TF-IDF, say why, and say how well the CV fits the posting.

The steps, each a module: :mod:`~tailor.rank.posting` reads the posting's sections and weighs its terms;
:mod:`~tailor.rank.cv` turns the CV into the texts to score, once per run; :mod:`~tailor.rank.similarity` scores
each item; :mod:`~tailor.rank.fitness` gives the overall fit; :mod:`~tailor.rank.scoring` explains every score
(:func:`rank`); :mod:`~tailor.rank.tags` says where a posting says the tags of the owner's own texts. What they share:
:mod:`~tailor.rank.config` (every knob), :mod:`~tailor.rank.weights` (how much a word says),
:mod:`~tailor.rank.terms` (the lexicon's relations as terms) and :mod:`~tailor.rank.scores` (what a score is).
"""

from tailor.rank.config import DEFAULT_CONFIG, SECTION_WEIGHTS, RankConfig
from tailor.rank.cv import CVText, PreparedCV, expired_certificates, prepare_cv, variant_id
from tailor.rank.fitness import fit
from tailor.rank.posting import AnalysedPosting, WeightedSection, analyse_posting, query_terms
from tailor.rank.scores import (
    EXPLANATION_TERMS,
    FIT_LABELS,
    LICENCE_SHARE,
    REQUIRED_SHARES,
    Fit,
    FitLabel,
    ItemKind,
    ScoredItem,
    at_least,
    bounded_label,
    fit_label,
    label_rules,
    reaches,
    share_missed,
    share_said,
)
from tailor.rank.scoring import Ranking, rank, score_texts
from tailor.rank.similarity import item_scores
from tailor.rank.tags import IN_TITLE, SAID, WISHED, said_by
from tailor.rank.terms import own_skill_term, own_skill_terms, related_terms, skill_term

__all__ = [
    "DEFAULT_CONFIG",
    "EXPLANATION_TERMS",
    "FIT_LABELS",
    "IN_TITLE",
    "LICENCE_SHARE",
    "REQUIRED_SHARES",
    "SAID",
    "SECTION_WEIGHTS",
    "WISHED",
    "AnalysedPosting",
    "CVText",
    "Fit",
    "FitLabel",
    "ItemKind",
    "PreparedCV",
    "RankConfig",
    "Ranking",
    "ScoredItem",
    "WeightedSection",
    "analyse_posting",
    "at_least",
    "bounded_label",
    "expired_certificates",
    "fit",
    "fit_label",
    "item_scores",
    "label_rules",
    "own_skill_term",
    "own_skill_terms",
    "prepare_cv",
    "query_terms",
    "rank",
    "reaches",
    "related_terms",
    "said_by",
    "score_texts",
    "share_missed",
    "share_said",
    "skill_term",
    "variant_id",
]
