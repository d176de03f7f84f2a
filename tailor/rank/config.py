"""Every knob of ranking in one place (:class:`RankConfig`), and how much each kind of posting section
counts (:data:`SECTION_WEIGHTS`); ``bench/ablation.py`` measures what each buys."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tailor.posting.structure import SectionKind

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
    # Nor do the conditions of the work: "lift 50 lbs" or "nights and weekends" is no skill a bullet shows.
    SectionKind.CONDITIONS: 0.0,
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
    ``context``, ``supporting``, ``fit_depth``, ``fit_listed`` and ``fit_recency`` from 0 to 1; ``held_job`` from 1
    to 2; ``fit_items`` and ``fit_skills`` 1 or more; ``fit_prior`` 0 or more. Within them every score and the fit
    stay in 0 … 1 and the ranking is the same on every run (a property test tries configurations across them)."""

    section_weights: Mapping[SectionKind, float] = field(default_factory=lambda: dict(SECTION_WEIGHTS))
    """How much a posting term counts by the kind of section it is in (1.0 everywhere: whole text)."""
    expansion: float = 0.3
    """Weight of a related term (the lexicon's ``related``) relative to the term that suggests it, and of a word
    derived from a posting's word ("validation" → validate, "editor" → edit: :func:`tailor.rank.posting.query_terms`)
    where the CV says it (0: off)."""
    generic: float = 0.25
    """Weight of generic words ("build", "team", "experience") relative to other words (1: off). In ranking, a
    generic word the posting's title names its work with ("Product Marketing Manager") is weighed in full there
    (:func:`tailor.rank.posting.query_terms`)."""
    commonness: float = 0.7
    """How far everyday English words ("object", "work") are weighed down by their frequency (0: off)."""
    context: float = 0.25
    """Share of a bullet's role (a publication's venue) it carries as its own text (0: off); an employer's
    name is not carried: the words of a company's name say nothing about the work."""
    supporting: float = 0.5
    """Share of its score a bullet keeps when it records a supporting activity (teaching, peer
    review: the lexicon's ``supporting``) that the posting does not ask for, or a supporting part in others' work
    ("Assisted …", "Participated in …": :func:`tailor.rank.cv.records_a_part`; any bullet of an intern's role:
    :func:`tailor.rank.cv.held_in_training`) where the job is no assistant's; both, an intern's bullet that opens
    with such a verb, keeps it once for each (:attr:`tailor.rank.cv.PreparedCV.parts_in_training`) (1: off)."""
    title: float = 0.3
    """Weight of the words of the posting's job title in ranking, counted as a section of their own on
    top of wherever else the posting says them (0: off). A title names the job in a few words ("Principal
    Engineer, R2 Storage"), which its text may say only in passing. The fit leaves the title out: with it,
    the fit told strong from moderate postings less well (bench/README.md)."""
    held_job: float = 1.1
    """How much more a bullet counts when it was done at an employer where its person held the job the posting's title
    names: a role there is titled with the job's name ("Research Associate" for a "Research Associate - Strain
    Engineering", "Front Office Receptionist" for a "Receptionist": :func:`tailor.rank.posting.the_jobs_name`),
    whatever the bullet's own role there (1: off). The role's words already count in its bullets (``context``), as
    a share of each; the job named is the best evidence a résumé gives that the work was this job's. The employer's
    other roles count as well: a promotion rarely keeps the old title's words ("Program & PMO Lead" after "Project
    Manager"), and the work goes on. A job's word after a rank in a longer title ("Senior Manager, Social Media")
    names no job: a shared "Manager" or "Engineer" says too little (bench/README.md)."""
    fit_skills: float = 2.0
    """In the fit score, how much more a skill of the lexicon counts than another word of the
    same weight: the tools and techniques a posting names are what it most asks for (1: off)."""
    fit_prior: float = 10.0
    """Weight added to what a posting asks for when the fit is computed, as if it asked for that
    much more that the CV does not say: a posting of a few words cannot look like a perfect
    fit (a real posting weighs 90 to 450; 0: off)."""
    fit_depth: float = 1 / 3
    """The share of the fit's depth (the mean score of the CV's best items) in its weighted geometric mean with
    its breadth (the share of the posting's terms the CV says): 0, breadth alone (:func:`tailor.rank.fitness.
    with_depth`)."""
    fit_items: int = 3
    """How many of the CV's best bullets and publications the fit's depth averages."""
    fit_recency: float = 0.9
    """In the fit's depth, the share of its score a bullet keeps for each later end among the CV's roles (1: off):
    a bullet of the current role counts in full, one of the role before at 0.9, of the one before that at 0.81.
    What a person does now says more of the job they fit than what they did years ago; on the labelled sets the
    fit so ordered strong and moderate postings better (bench/README.md). Roles that end together count as one;
    a role whose end is no date tailor reads, and a publication, count in full."""
    fit_listed: float = 0.0
    """How much a term the posting asks for counts as said when the CV says it only in its skills list, not in a
    bullet, publication, role's title or certificate (1: as any). A list of 100 skills says many words without
    showing any work; counted in full, it made a sales CV's fit to a mechanical engineer's posting "strong"; counted
    at half, it still ordered two of the labelled sets' strong and moderate postings worse than counting it not at
    all (bench/README.md). The keywords still show what the list says: the fit weighs what the CV shows. A term only
    the headline, the summary or a degree says counts nothing either: counted, their broad words ordered the
    labelled sets' strong and moderate postings worse (bench/README.md "Fit labels")."""


DEFAULT_CONFIG = RankConfig()
