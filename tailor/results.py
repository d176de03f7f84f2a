"""What the pipeline's steps produce, as plain frozen values: a loaded CV, a match, a build.

These types sit below every module that reads them (the manifest, the reports, the
CLI) and above the steps that make their parts, so that no module needs to import
the orchestrator (:mod:`tailor.pipeline`) to name its results.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tailor.prose import and_listed

if TYPE_CHECKING:  # type names only: tailor --help imports neither pydantic nor python-docx
    from tailor.coverage import Coverage
    from tailor.credential_kinds import CredentialKind, CredentialLacking
    from tailor.cv.model import CV
    from tailor.degrees import Lacking
    from tailor.documents import Documents
    from tailor.documents.letter import LetterDocuments
    from tailor.errors import Problem
    from tailor.keywords import Keyword
    from tailor.lexicon import Lexicon
    from tailor.options import ResumeOptions
    from tailor.outputs import Outputs
    from tailor.posting import Posting
    from tailor.posting.details import Field, PostingDetails
    from tailor.rank import PreparedCV, Ranking
    from tailor.select import Selection


@dataclass(frozen=True)
class LoadedCV:
    """A CV file loaded, validated and analysed once, ready for any number of postings."""

    cv: CV
    path: Path
    prepared: PreparedCV
    """The CV as the scorer reads it (:func:`tailor.rank.prepare_cv`), with its lexicon and configuration."""
    warnings: tuple[Problem, ...] = ()
    """What looks wrong in the CV file without being an error (:func:`tailor.cv.load.read_cv`)."""


_A_TEAM = re.compile(r"\b(?:team|teams|squad|release train)\W*$", re.IGNORECASE)
"""What a job's title names after the job that is the team it joins ("Senior Firmware Engineer | Tucson Agile Release
Team"): where the job sits, whose name may hold a way of working, not what the job is."""
_JOINED = re.compile(r"/|&|\band\b")
"""What joins the specialties of one field in a job's title ("Oncology/Hematology", "Cardiology & Telemetry")."""
_PHONE_RUN = re.compile(r"\+?\d[\d\s().-]{5,}\d")
"""Digits written as a phone number is, with spaces, brackets, dots or dashes between them."""
_NOT_DIGITS = re.compile(r"\D+")


def gives_own_contact(cv: CV, text: str) -> bool:
    """Whether ``text``, read as a posting, gives the CV owner's e-mail address or phone number: a résumé,
    most likely the owner's own, passed where a posting goes. No posting names its applicant."""
    contact = cv.contact
    if contact.email and contact.email.lower() in text.lower():
        return True
    own = _NOT_DIGITS.sub("", contact.phone or "")[-9:]  # the number without its country code, most often
    if len(own) < 7 or own not in _NOT_DIGITS.sub("", text):
        # A phone number's digits stand together in the text's digits: where they do not, no run of them needs
        # looking for (a scan for runs costs five times as much as taking the digits out, on every posting).
        return False
    return any(_NOT_DIGITS.sub("", run.group()).endswith(own) for run in _PHONE_RUN.finditer(text))


def specialty_lacking_of(ranking: Ranking, coverage: Coverage) -> tuple[str, ...]:
    """The required keywords the job's title names after the job itself, its specialty ("Clinical Pharmacist
    Specialist - Oncology", "Registered Nurse (ICU)", "Scientist II, Next Generation Sequencing"), that the CV
    neither says, meets nor shows related work for (``coverage``), each as the posting says it: what the job is,
    which keeps its fit from strong (:func:`tailor.rank.bounded_label`) however many of the trade's words the CV
    shares. The words before the job's dash, bracket or comma name the job ("Quality Engineer"), which a CV may do
    under another name. A team the title names after the job (:data:`_A_TEAM`) is no specialty."""
    from tailor.analysis import analyse
    from tailor.coverage import AFTER_THE_JOB

    analysed = ranking.posting
    title = analysed.structure.title if analysed is not None else None
    pieces = AFTER_THE_JOB.split(title, maxsplit=1) if title else []
    if len(pieces) < 2 or ranking.cv is None or _A_TEAM.search(pieces[1]):
        return ()
    in_title = analyse([pieces[1]], ranking.cv.lexicon)[0]
    # Each as the title writes it ("Robotics"), which the warning quotes, not as the text first did ("robotic systems").
    named = {skill.lower(): in_title.said.get(skill) for skill in in_title.skills}
    # Work the CV says in other words ("DeepSpeed", "sharding" for distributed training) is no specialty lacked.
    said = [not (k.status == "absent" and not k.met and not k.related) for k in coverage.required]
    lacking = tuple(
        named[k.keyword.term.lower()] or k.keyword.said
        for k, shown in zip(coverage.required, said, strict=True)
        if not shown and k.keyword.term.lower() in named
    )
    if _JOINED.search(pieces[1]) and any(
        shown and k.keyword.term.lower() in named for k, shown in zip(coverage.required, said, strict=True)
    ):
        return ()  # "Oncology/Hematology": one field of two, which a CV that says one of the posting's asks is in
    return lacking


def degree_lacking_of(cv: CV, ranking: Ranking) -> Lacking | None:
    """The degree a posting (as ``ranking`` read it) requires that ``cv``'s education clearly does not reach
    (:func:`tailor.degrees.degree_lacking`), read from the lines of its requirements and of its text under no heading
    that say they are required; None where none, or where the CV lists no education."""
    from tailor.degrees import degree_lacking
    from tailor.posting.structure import SectionKind

    analysed = ranking.posting
    if analysed is None or not cv.education:
        return None
    lines: dict[SectionKind, list[str]] = {kind: [] for kind in SectionKind}
    for s in analysed.sections:
        if s.weight > 0:
            lines[s.kind] += s.section.text.splitlines()
    elsewhere = lines[SectionKind.ROLE] + lines[SectionKind.OTHER]
    return degree_lacking(lines[SectionKind.REQUIREMENTS], elsewhere, [e.degree for e in cv.education])


@dataclass(frozen=True)
class Chosen:
    """Which of the CV's headlines (or summaries) a résumé prints: the one most relevant to the posting."""

    text: str
    """As written in the CV."""
    index: int
    """Its place among the CV's (0: the first)."""
    of: int
    """How many the CV has."""
    score: float
    """Its relevance to the posting (:func:`tailor.rank.score_texts`; 0 when there was no choice)."""


@dataclass(frozen=True)
class Match:
    """A CV ranked against a posting, the selection a résumé would make, and its coverage."""

    cv: CV
    cv_path: Path
    posting: Posting
    ranking: Ranking
    selection: Selection
    coverage: Coverage
    headline: Chosen | None = None
    """The CV's headline chosen for this posting; None when it has none."""
    summary: Chosen | None = None
    """The CV's summary chosen for this posting; None when it has none."""
    today: dt.date | None = None
    """The day it was made, against which a posting's closing date is read (None: not read)."""
    degree: Lacking | None = None
    """The degree the posting requires that the CV's education clearly does not reach (:func:`degree_lacking_of`),
    read once where the match is made: the fit's label, the warnings and the flags all answer to it."""
    specialty: tuple[str, ...] = ()
    """The specialty the job's title names that the CV does not show (:func:`specialty_lacking_of`), read once where
    the match is made, as :attr:`degree` is: the fit's label and the warnings answer to it."""

    @property
    def warnings(self) -> list[str]:
        """What a user should know before sending the résumé: characters in the CV a résumé cannot
        show, a weak fit, a posting too short to judge, required keywords, a required licence or degree the CV
        lacks, a posting that is no posting or that has closed, a recruiter's posting that does not name the
        employer, or more pinned bullets than the budget."""
        out = list(self.selection.warnings)
        fit = self.ranking.fit
        if fit.label == "too short":
            out.append(
                f"The posting {self.posting.shown} has too few words for its fit to mean anything "
                f"({fit.score:.3f}); check that it holds the whole posting."
            )
        elif fit.label == "weak":
            why = ""
            required, said = len(self.coverage.required), self.coverage.said
            if self._weak_for_a_licence():
                why = f" (your CV says {said} of its {required} required keywords, and not the licence it requires)"
            elif lowered := self._lowered():
                why = (
                    f" (your CV says {said} of its {required} required keywords, and a {lowered[0]} fit needs "
                    f"{lowered[1]} of them, whatever its score)"
                )
            out.append(
                f"The fit is weak ({fit.score:.3f}): the posting asks mostly for things your CV does not say{why}. "
                "The keywords show what it lacks."
            )
        else:
            out += self._requirements_missing()
        out += self._credentials_missing() + self._licences_of_another_state() + self._kinds_missing()
        out += self._degree_missing() + self._specialty_missing()
        details = self.ranking.posting.structure.details if self.ranking.posting is not None else None
        title = details.value("title") if details is not None else None
        if details is not None and not title and not details.value("company") and not self._has_sections():
            out.append(
                f"{self.posting.source} names no job title and no employer, and has none of a posting's sections "
                "(responsibilities, requirements, benefits…): check that it is the job posting you meant."
            )
        if details is not None and details.for_a_client and not details.value("company"):
            out.append(
                f"{self.posting.source} is a recruiter's posting for a client it does not name: "
                "the name on it is the agency's, so tailor names no employer, and a letter's texts that need "
                "{{ company }} are left out. Pass --company with the employer's name once you know it."
            )
        if gives_own_contact(self.cv, self.posting.text):
            out.append(
                f"{self.posting.source} gives your own e-mail address or phone number, as your CV does: it looks "
                "like a résumé, not a job posting. To start your CV from a résumé, use `tailor init --from`."
            )
        if details is not None:
            out += _shouting(details) + self._closed()
        return out

    @property
    def flags(self) -> tuple[str, ...]:
        """The warnings a list of many postings marks each with, in a few words: a closing date past ("closed
        2026-03-31"), a licence or certification required that the CV does not show ("requires RN") or shows of another
        state only ("requires Pennsylvania's RDH"), a degree
        required above the CV's ("requires a doctoral degree"). The fit's label says a weak fit. Cheap: they read the
        match's details, coverage and requirements' lines, no more."""
        out = []
        if (day := self._closed_on()) is not None:
            out.append(f"closed {day.isoformat()}")
        if lacking := self._credentials_lacking:
            out.append(f"requires {', '.join(lacking)}")
        for (state, _), asked in self._state_licences_lacking().items():
            out.append(f"requires {state}'s {', '.join(name for name, _ in asked)}")
        out += [lacking.kind.flag.format(asked=" or ".join(lacking.asked)) for lacking in self._kinds_lacking()]
        if (degree := self.degree) is not None:
            out.append(f"requires {degree.required}")
        return tuple(out)

    def _closed_on(self) -> dt.date | None:
        """The closing date the posting states (a day :func:`tailor.posting.details.iso_date` reads without doubt),
        where it is past: a saved page outlives its job."""
        from tailor.posting.details import iso_date

        details = self.ranking.posting.structure.details if self.ranking.posting is not None else None
        closes = details.value("valid_through") if details is not None else None
        iso = iso_date(closes) if closes else None
        if iso is None or self.today is None or (day := dt.date.fromisoformat(iso)) >= self.today:
            return None
        return day

    def _closed(self) -> list[str]:
        """A warning when the posting's closing date is past (:meth:`_closed_on`): a tailored résumé for a job
        that has closed is wasted work."""
        if self.today is None or (day := self._closed_on()) is None:
            return []
        ago = (self.today - day).days
        return [
            f"The posting {self.posting.shown} says applications closed on {day.isoformat()} ({ago} day"
            f"{'s' if ago > 1 else ''} ago): check that the job is still open before you apply."
        ]

    @property
    def licence_lacking(self) -> bool:
        """Whether the posting requires a licence or certification the CV does not show, or shows of another state
        only (:attr:`_credentials_lacking`, :meth:`_state_licences_lacking`): what keeps its fit from reading strong,
        and makes it weak where the CV says few of the required keywords (:func:`tailor.rank.bounded_label`)."""
        return bool(self._credentials_lacking) or self._licence_for_the_work_lacking()

    def _licence_for_the_work_lacking(self) -> bool:
        """Whether the CV's licences are not for the work the posting requires one for: another state's
        (:meth:`_state_licences_lacking`), another aircraft type's or another subject's (:meth:`_kinds_lacking`)."""
        return bool(self._state_licences_lacking() or self._kinds_lacking())

    @property
    def degree_lacking(self) -> bool:
        """Whether the posting requires a degree the CV's education clearly does not reach (:attr:`degree`): a
        condition of the job, which keeps its fit from strong (:func:`tailor.rank.bounded_label`)."""
        return self.degree is not None

    @property
    def specialty_lacking(self) -> list[str]:
        """The specialty the job's title names that the CV does not show (:attr:`specialty`), as a list."""
        return list(self.specialty)

    @property
    def only_a_clearance_lacking(self) -> bool:
        """Whether all the posting requires that the CV does not show (:attr:`licence_lacking`) is a security
        clearance: the employer, not the hire, applies for one, and many sponsor it, so it keeps the fit from strong
        and makes it no weaker (:func:`tailor.rank.bounded_label`). On the labelled sets, a defence contractor's
        posting requiring a Secret clearance is one the graders call a moderate fit for an engineer without one."""
        lacking = self._credentials_lacking
        return (
            bool(lacking)
            and all(_A_CLEARANCE.search(name) for name in lacking)
            and not self._licence_for_the_work_lacking()
        )

    def _weak_for_a_licence(self) -> bool:
        """Whether the fit reads weak for a licence the CV does not show, with no more than
        :data:`tailor.rank.LICENCE_SHARE` of the required keywords said, where the shares of required keywords alone
        would leave it higher (:func:`tailor.rank.bounded_label`, asked both ways)."""
        from tailor.rank import Fit, bounded_label, fit_label

        fit = self.ranking.fit
        if fit.label != "weak" or not self.licence_lacking:
            return False
        own = Fit(fit.score, fit_label(fit.score))
        return bounded_label(own, len(self.coverage.required), self.coverage.said) != "weak"

    def _lowered(self) -> tuple[str, str] | None:
        """Where too few of the posting's required keywords lowered the fit's label below its score's
        (:func:`tailor.rank.bounded_label`): the score's label and the share it needs ("a third"); None where not."""
        from tailor.rank import fit_label, share_missed

        fit = self.ranking.fit
        if fit.label == "too short" or (own := fit_label(fit.score)) == fit.label:
            return None
        share = share_missed(own, len(self.coverage.required), self.coverage.said)
        if share is None:
            return None  # lowered by a licence the CV does not show: its own warning says so
        return own, _share_in_words(share)

    def _requirements_missing(self) -> list[str]:
        """A warning when half the posting's required keywords, three or more, are nowhere in the CV: a fit
        counts the posting's words the CV says, and a strong one can still lack what the job requires. Where they
        lowered the fit's label (:meth:`_lowered`), it says so."""
        required = self.coverage.required
        absent = [k for k in required if k.status == "absent" and not k.met]
        if len(absent) < 3 or 2 * len(absent) < len(required):
            return []
        named = ", ".join(k.asked for k in absent[:5]) + (", …" if len(absent) > 5 else "")
        related = [k.asked for k in absent if k.related]
        # Related evidence (HACCP for food safety) is no keyword said, but is somewhere: not "nowhere".
        where, also = (
            ("are not in your CV", f"; it says something related to {_each_or_listed(related, len(absent))}")
            if related
            else ("are nowhere in your CV", "")
        )
        if lowered := self._lowered():
            own, need = lowered
            return [
                f"{len(absent)} of the posting's {len(required)} required keywords {where} ({named}{also}): a {own} "
                f"fit needs {need} of them said, so the fit reads {self.ranking.fit.label}, though its score "
                f"({self.ranking.fit.score:.3f}) is a {own} one."
            ]
        return [
            f"{len(absent)} of the posting's {len(required)} required keywords {where} ({named}{also}): "
            f"the fit ({self.ranking.fit.label}) counts the posting's words your CV says, not whether it meets each "
            "requirement."
        ]

    def _credentials_missing(self) -> list[str]:
        """A warning naming the licences and certifications the posting requires that the CV does not show, however
        many other keywords it meets: a registered nurse's job is not open to a social worker whose bullets share
        its words, and the fit, which counts words, cannot say so. A keyword is such a credential where its own
        words name one (:func:`_names_a_credential`): "Registered Nurse", "CPA license", "PPS Credential"; or where
        a line of what the job requires asks for it as one (:func:`asked_as_credential`): "Current Wisconsin RN
        license", "Active RN licensure"; or where the lexicon spells it out as one and a line requires it held
        (:func:`_spelled_out_as_credential`): "Class A CDL required", a commercial driver's licence. A choice is
        named as one ("TNCC (or PHTLS)"), and one the CV meets is met."""
        lacking = self._credentials_lacking
        if not lacking:
            return []
        named = ", ".join(lacking)
        it = "them" if len(lacking) > 1 else "it"
        so = self._so_capped()
        if self._weak_for_a_licence():
            from tailor.rank import LICENCE_SHARE

            share = _share_in_words(LICENCE_SHARE)
            so = self._so_capped(
                f"partial at most (weak, as your CV says no more than {share} of its required keywords)"
            )
        return [
            f"The posting requires {named}, which your CV does not show: a licence or certification is a condition "
            f"of the job{so}. If you hold {it}, add {it} to your CV's certificates."
        ]

    def _so_capped(self, reads: str | None = None, *, however: bool = True) -> str:
        """The clause of a warning that says how a condition of the job the CV does not show bounds the fit's label
        (``reads``, "partial at most" unless given): ", so the fit reads partial at most, however many words your CV
        shares with the posting" (that last part unless not ``however``); nothing where the fit reads weak already
        and ``reads`` is not given, since a cap above the label it has would only puzzle."""
        if reads is None:
            if self.ranking.fit.label == "weak":
                return ""
            reads = "partial at most"
        tail = ", however many words your CV shares with the posting" if however else ""
        return f", so the fit reads {reads}{tail}"

    @cached_property
    def _credentials_lacking(self) -> tuple[str, ...]:
        """The licences and certifications of :meth:`_credentials_missing`, each as asked ("TNCC (or PHTLS)").

        Read once a match: the fit's label (:attr:`licence_lacking`), the flags and the warnings each ask it, and
        it searches every required line for every keyword absent from the CV. A match that is a copy with other
        parts (``dataclasses.replace``) reads it anew."""
        absent = [k for k in self.coverage.required if k.status == "absent" and not k.met]
        if not absent:
            return ()
        every = self._required_lines(also_not_yet_held=True)
        lines = [line for line in every if not _NOT_YET_HELD.search(line)]  # as _required_lines() gives them
        lexicon = self.ranking.cv.lexicon if self.ranking.cv is not None else None
        lacking: list[str] = []
        for k in absent:
            if (_names_a_credential(k.keyword.said, k.keyword.term) and not _time_to_get(k.keyword.said, every)) or (
                _spelled_out_as_credential(k.keyword.term, lexicon) and _asked_as_held(k.keyword.said, lines)
            ):
                lacking.append(k.asked)
            elif asked := next((n for n in _names_asked(k.keyword, lexicon) if asked_as_credential(n, lines)), None):
                # Named as the line that requires it names it ("FCE"), where the posting first wrote the work.
                lacking.append(k.asked if asked == k.keyword.said else _as_written(asked, lines))
        return tuple(lacking)

    def _licences_of_another_state(self) -> list[str]:
        """A warning for the licences the posting requires of one US state that the CV shows only by certificates of
        other states (:meth:`_state_licences_lacking`)."""
        out = []
        for (state, others), asked in self._state_licences_lacking().items():
            names = " and ".join(name for name, _ in asked)
            said = "; ".join(dict.fromkeys(f"'{line.strip(' -*•')}'" for _, line in asked))
            of = "" if all(state in name for name, _ in asked) else f" of {state}"  # "the Florida Bar" names its state
            out.append(
                f"The posting requires {names}{of} ({said}); your CV shows {'them' if len(asked) > 1 else 'it'} "
                f"from {others} only. A state's licence lets you practise in that state alone: if you hold {state}'s, "
                "add it to your CV's certificates."
            )
        return out

    def _state_licences_lacking(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """The licences the posting requires of one US state that the CV shows only by certificates of other states,
        by (the state, the CV's states), each as asked and the line that asks it: "Active Pennsylvania dental hygiene
        license (RDH) required" is not met by "Registered Dental Hygienist (RDH), Ohio State Dental Board", though
        their letters are the same, for a state's licence lets one practise in that state alone. Found only where it
        is plain: the line that requires it names one state and no way round (a compact's multistate licence,
        endorsement, eligibility, a choice of states), and the certificates that show it name states, none of them
        that one, besides national certifications that name no state (MLS(ASCP)); a licence of no named state may be
        the one asked, and says nothing."""
        from tailor.places import us_states_in

        # Read clause by clause: "active Kentucky Master Electrician license required; valid driver's license" asks
        # Kentucky's licence whatever the driver's licence beside it is good for.
        clauses = [c for line in self._required_lines() for c in _CLAUSE_APART.split(line) if c.strip()]
        lines = [line for line in clauses if _A_LICENCE.search(line) and not _ANY_STATE.search(line)]
        found: dict[tuple[str, str], list[tuple[str, str]]] = {}
        if not lines or not self.cv.certificates:
            return found
        from tailor.analysis import locate

        lexicon = self.ranking.cv.lexicon if self.ranking.cv is not None else None
        licences = [k.keyword.said for k in self.coverage.required if _A_LICENCE.search(k.keyword.said)]
        for k in self.coverage.required:
            name = re.compile(rf"(?<![\w-]){re.escape(k.keyword.said)}(?![\w-])", re.IGNORECASE)
            if any(name.search(licence) and licence != k.keyword.said for licence in licences):
                # "physical therapy" of "Physical Therapy License": the field the licence is named after, which the
                # CV's titles and degrees show in any state; the licence itself speaks for the state.
                continue
            # the line that asks it, in its words or as the analysis reads them ("Journeyman Electrician (GJ) license")
            asking = [line for line in lines if name.search(line) or locate(line, {k.keyword.match}, lexicon)]
            wanted = us_states_in(" ".join(asking))
            shown = k.where if k.status != "absent" else k.met_where  # met by one of its kind: a master's licence
            texts = [_certificate_text(self.cv, where) for where in shown if where.startswith("certificate:")]
            # A licence of no state named ("RN license") may be the one asked; a national certification that names
            # no state (MLS(ASCP)) is no licence of a state either way.
            if any(not us_states_in(text) and (not text or _A_LICENCE.search(text)) for text in texts):
                continue
            held = [states for text in texts if (states := us_states_in(text))]
            if not texts or len(wanted) != 1 or not held or any(wanted & h for h in held):
                continue
            (state,) = wanted
            found.setdefault((state, " and ".join(sorted(set().union(*held)))), []).append((k.asked, asking[0]))
        return found

    def held_elsewhere(self) -> dict[str, str]:
        """The required keywords the CV shows only as licences of other states or type ratings of other aircraft
        than the posting requires (:meth:`_state_licences_lacking`, :meth:`_kinds_lacking`), by term, each
        with those it holds ("Ohio", "A-320 and CL-65"): what the keyword table marks as held elsewhere, not met."""
        from tailor.type_ratings import TYPE_RATINGS, names_a_type_rating

        term = {k.asked: k.keyword.term for k in self.coverage.required}
        lacking = self._state_licences_lacking().items()
        held = {term[name]: others for (_, others), asked in lacking for name, _ in asked}
        for rating in self._kinds_lacking():
            if rating.kind is not TYPE_RATINGS:
                continue
            for k in self.coverage.required:
                if k.status != "absent" and names_a_type_rating(k.keyword.said or k.keyword.term):
                    held[k.keyword.term] = and_listed(rating.held)
        return held

    def _kinds_missing(self) -> list[str]:
        """A warning for each credential of a kind for named things that the posting requires for things of which the
        CV's name none (:meth:`_kinds_lacking`): a type rating for another aircraft, a licence in another subject."""
        so = self._so_capped(however=False)
        return [
            lacking.kind.warning.format(
                asked=" or ".join(lacking.asked), held=and_listed(lacking.held), line=lacking.line, so=so
            )
            for lacking in self._kinds_lacking()
        ]

    def _kinds_lacking(self) -> list[CredentialLacking]:
        """The credentials of each kind for named things (:func:`_credential_kinds`) that the posting requires for
        things the CV's credentials of that kind name none of (:func:`tailor.credential_kinds.lacking`): "G650 type
        rating required" of a CV rated in the A320, "license in Moderate Disabilities (PreK–8) required" of a CV
        licensed in Biology (8–12)."""
        from tailor.credential_kinds import lacking

        cv = self.cv
        certificates = [f"{c.name} {c.issuer or ''}" for c in cv.certificates]
        prose = [v.text for v in (*cv.headline, *cv.summary)] + [b.text for r in cv.experience for b in r.bullets]
        required = self._required_lines()
        found = (
            lacking(kind, required, certificates + prose if kind.held_in_prose else certificates)
            for kind in _credential_kinds()
        )
        return [one for one in found if one is not None]

    def teaching_licences_asked(self) -> frozenset[str]:
        """The CV's teaching licences, by id, in a subject the posting requires a licence in
        (:func:`tailor.teaching_licences.licences_asked`): the line a principal reads first, which page fitting
        leaves out last, as a credential that certifies the job. One that has expired is none of these."""
        from tailor.teaching_licences import licences_asked

        held = [
            (text_id, f"{credential.name} {credential.issuer or ''}")
            for text_id, kind, credential in self.cv.credentials()
            if kind == "certificate" and text_id not in self.coverage.expired
        ]
        return licences_asked(self._required_lines(also_not_yet_held=True), held)

    def _degree_missing(self) -> list[str]:
        """A warning naming the degree the posting requires where the CV's education clearly does not reach it
        (:func:`tailor.degrees.degree_lacking`): a doctoral degree of a CV whose highest is a master's, a BSN of a
        CV whose degree is in biology. Like a licence, a degree is a condition of the job that the fit cannot weigh."""
        lacking = self.degree
        if lacking is None:
            return []
        highest = f"its highest degree: {lacking.held}" if lacking.held_level else f"it lists {lacking.held}, no degree"
        so = self._so_capped()
        return [
            f"The posting requires {lacking.required} ('{lacking.said}'), which your CV's education does not show "
            f"({highest}): a degree is a condition of the job{so}. If you hold it, add it to your CV's education."
        ]

    def _specialty_missing(self) -> list[str]:
        """A warning naming what the job's title says it is in where the CV does not say it (:attr:`specialty_lacking`):
        the job itself, which no other words of the trade make up for."""
        lacking = self.specialty_lacking
        if not lacking:
            return []
        named = and_listed(lacking)
        return [
            f"The job's title names {named}, which your CV does not say: it is the job's specialty{self._so_capped()}. "
            "If you have done that work, say so in a bullet."
        ]

    def _required_lines(self, *, also_not_yet_held: bool = False) -> list[str]:
        """The lines of the posting's sections that say what the job requires (none of what it prefers, its duties,
        its benefits), less those that offer time to get what they name ("within 90 days of hire"), unless
        ``also_not_yet_held``."""
        from tailor.posting.structure import SectionKind

        analysed = self.ranking.posting
        if analysed is None:
            return []
        asks = (SectionKind.REQUIREMENTS, SectionKind.ROLE, SectionKind.OTHER)
        return [
            line
            for s in analysed.sections
            if s.kind in asks and s.weight > 0
            for line in s.section.text.splitlines()
            if also_not_yet_held or not _NOT_YET_HELD.search(line)
        ]

    def _has_sections(self) -> bool:
        """Whether the posting has a section a job posting has, beyond the text under its title."""
        from tailor.posting.structure import SectionKind

        analysed = self.ranking.posting
        return analysed is not None and any(
            s.kind not in (SectionKind.ROLE, SectionKind.OTHER) for s in analysed.structure.sections
        )


@dataclass(frozen=True)
class Build:
    """A tailored résumé (and cover letter) written to disk, with the choices behind it."""

    match: Match
    """The match as the résumé shows it: after page fitting, if any."""
    outputs: Outputs
    template: Path
    """The main document's template."""
    options: ResumeOptions
    documents: Documents | None = None
    """How the files were made: page fit, read-back check, warnings (see :mod:`tailor.documents`)."""
    letter: LetterDocuments | None = None
    """The cover letter, when one was asked for: its texts, page fit, check (:mod:`tailor.documents.letter`)."""
    letter_template: Path | None = None
    main: Literal["resume", "letter"] = "resume"
    """What :attr:`output` is: the résumé, or a letter made on its own (``tailor letter``)."""
    exports: dict[str, list[str]] = field(default_factory=dict)
    """The tailored CV's exports written (:mod:`tailor.export`, by format), each with what its format
    could not carry; the files are :meth:`tailor.outputs.Outputs.sibling` of the format's name."""
    removed: tuple[Path, ...] = ()
    """Files of the build this one replaced that it does not write again (a PDF, an export), removed:
    they showed the document before this one."""

    @property
    def letter_file(self) -> Path | None:
        """The cover letter's .docx, when one was made."""
        if self.letter is None:
            return None
        return self.outputs.resume if self.main == "letter" else self.outputs.sibling("letter")

    @property
    def letter_pdf(self) -> Path | None:
        """The cover letter's PDF, when one was asked for and LibreOffice could make it."""
        if self.letter is None or self.letter.pdf is None:
            return None
        return self.outputs.pdf if self.main == "letter" else self.outputs.sibling("letter_pdf")

    @property
    def selection(self) -> Selection:
        return self.match.selection

    @property
    def output(self) -> Path:
        """The main document (.docx): the résumé, or the letter of ``tailor letter``."""
        return self.outputs.resume

    @property
    def manifest(self) -> Path:
        return self.outputs.manifest

    @property
    def report(self) -> Path | None:
        """The HTML report beside the résumé, when one was asked for."""
        return self.outputs.report if self.options.report else None

    @property
    def pdf(self) -> Path | None:
        """The PDF beside the résumé, when one was asked for and LibreOffice could make it."""
        made = self.documents
        return self.outputs.pdf if made is not None and made.pdf is not None else None


_SET_AS_WRITTEN: tuple[tuple[Field, str, str], ...] = (
    ("title", "title", "the file name and a cover letter use it"),
    ("company", "employer", "the file name and a cover letter use it"),
    ("hiring_manager", "hiring manager", "a cover letter greets them"),
)
"""The details of a posting that files and letters print, what a user calls each, and where it is printed."""


def _credential_kinds() -> tuple[CredentialKind, ...]:
    """The kinds of credential for named things that a posting may require the CV holds for others only, in the
    order their warnings come: aircraft type ratings, teaching licences. Imported when asked, as the warnings are."""
    from tailor.teaching_licences import TEACHING_LICENCES
    from tailor.type_ratings import TYPE_RATINGS

    return (TYPE_RATINGS, TEACHING_LICENCES)


def _shouting(details: PostingDetails) -> list[str]:
    """A warning for each detail that files and letters print and that the posting wrote in capitals
    ("Dear ENGINEERING MANAGER,"), with the option that sets it as the user would write it."""
    out = []
    for name, called, printed in _SET_AS_WRITTEN:
        value = details.value(name)
        if value and details.source(name) != "given" and _shouted(value):
            option = "--" + name.replace("_", "-")
            out.append(
                f"The posting's {called} is in capitals ('{value}'); {printed} as written: build {option} sets it "
                "as you would write it."
            )
    return out


def _shouted(text: str) -> bool:
    """Whether ``text`` is written in capitals, as some boards print titles ("TEACHER OF HISTORY"), rather
    than holding an acronym or two ("Senior ML Engineer", "SRE")."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w == w.upper() for w in words) and sum(len(w) > 3 for w in words) >= 2


_CLEARANCE = r"\b(?:security|secret|top[ \t]+secret)[ \t]+clearance\b|(?<![\w/])TS/SCI\b"
"""A government's security clearance ("Secret clearance", "TS/SCI"): not a therapist's airway clearance."""
_CREDENTIAL = re.compile(
    r"\b(?:registered|licen[cs]ed?|licensure|certified|certification|certificate|chartered|board[- ]certified)\b"
    rf"|{_CLEARANCE}",
    re.IGNORECASE,
)
_A_CLEARANCE = re.compile(_CLEARANCE, re.IGNORECASE)
"""Words that name a licence or certification in a keyword's own words ("Registered Nurse", "Licensed Clinical
Social Worker", "Certified Public Accountant", "CDL license", "Chartered Accountant"), or a government's security
clearance ("Secret clearance", "TS/SCI"), which a cleared job requires as surely: not a therapist's airway clearance."""
_CREDENTIAL_HEAD = re.compile(r"\bcredentials?\s*$", re.IGNORECASE)
"""A keyword whose name ends in "credential", as US states name their educators' licences ("Single Subject Teaching
Credential", "Pupil Personnel Services Credential"); a credential named before what is done with it ("credential
management") is none."""


def _names_a_credential(*names: str) -> bool:
    """Whether one of ``names`` names a licence or certification in its own words (:data:`_CREDENTIAL`,
    :data:`_CREDENTIAL_HEAD`)."""
    return any(_CREDENTIAL.search(name) or _CREDENTIAL_HEAD.search(name) for name in names)


_WHAT_IT_IS_OF = r"(?:experience|firms?|industry|environments?|background|settings?|practices?|knowledge|drivers)\b"
"""Words after a credential's letters that make them say what something else is of ("CPA firm experience")."""


def _asked_as_held(said: str, lines: Iterable[str]) -> bool:
    """Whether one of ``lines`` asks that ``said`` be held: "Class A CDL required", "Must hold a CDL", "Valid CDL";
    not letters that say what the experience asked is of ("RN experience in skilled nursing", "have CPA firm
    experience")."""
    if not said.strip():
        return False
    name = rf"(?<![\w-]){re.escape(said)}(?![\w-])"
    asked = re.compile(
        rf"{name}(?:[ \t]*\([^)\n]*\))?[ \t]*(?:is[ \t]+)?(?:required|mandatory|a must)\b"
        rf"|\b(?:valid|current|active|unrestricted|hold|holds|holding|possess\w*|have|has)[ \t]+"
        rf"(?:(?:an?|the|valid|current|active)[ \t]+){{0,2}}{name}(?![ \t]+{_WHAT_IT_IS_OF})",
        re.IGNORECASE,
    )
    return any(asked.search(line) for line in lines)


def _names_asked(keyword: Keyword, lexicon: Lexicon | None) -> list[str]:
    """The names a posting may ask for ``keyword`` by: its own first words for it, then the lexicon's other names of
    the skill, since a posting may describe the work in words ("perform functional capacity evaluations") and require
    the credential by letters ("FCE certification required"). An ambiguous name (an everyday word) is left out."""
    names = [keyword.said]
    if lexicon is not None and keyword.kind == "skill":
        names += sorted(n for n in lexicon.surfaces(keyword.term) if n not in lexicon.ambiguous and n != keyword.said)
    return names


def _as_written(name: str, lines: Iterable[str]) -> str:
    """``name`` as the first of ``lines`` that says it writes it (its case), else as given."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return next((found[0] for line in lines if (found := pattern.search(line))), name)


def _spelled_out_as_credential(term: str, lexicon: Lexicon | None) -> bool:
    """Whether the lexicon spells ``term`` out as a licence or certification (:data:`_CREDENTIAL`) under another of its
    names: "Class A CDL", a Class A commercial driver's licence; "CPA", a certified public accountant. A posting that
    requires it by its letters alone ("Class A CDL required") asks for a credential all the same."""
    if lexicon is None:
        return False
    return _names_a_credential(*lexicon.surfaces(lexicon.canonical(term) or term))


_CREDENTIAL_AFTER = (
    r"[ \t-]*(?:licen[cs]e[sd]?|licensure|certifications?|certificates?|certified(?![ \t]+(?-i:[A-Z]))|registration"
    r"|credentials?)\b"
)
"""The kind of credential after a name that asks for it as one ("RN license", "CPR certified"); "certified" before a
capitalised word goes on with a certification's name ("Offensive Security Certified Professional"), whose first
words are its issuer's, not a credential asked for."""
_CREDENTIAL_BEFORE = (
    r"\b(?:licen[cs]ed|licensure|licen[cs]e|certified|certification|registered|registration)[ \t]+(?:as[ \t]+)?"
    r"(?:an?[ \t]+)?"
)
_NOT_YET_HELD = re.compile(
    r"\b(?:obtain\w*|eligib\w*|willing\w*|within[ \t]+(?:\w+[ \t]+)?(?:days?|weeks?|months?|years?|\(\d+\)))\b|"
    r"\b(?:preferred|a plus|desired|desirable|nice to have|ideally)\b",
    re.IGNORECASE,
)
"""What says a line's credential need not be held yet ("or eligible for licensure", "obtain within 90 days of hire") or
at all ("CPA certification preferred")."""


def _time_to_get(said: str, lines: Iterable[str]) -> bool:
    """Whether every one of ``lines`` (what the job requires) that names ``said``, a credential as the posting writes
    it, offers time to get it or takes eligibility for it ("AALAS certification at the ALAT level, or the ability to
    obtain it within 12 months of hire"): the job does not wait on it. False where no line names it."""
    named = [line for line in lines if said.casefold() in line.casefold()]
    return bool(named) and all(_NOT_YET_HELD.search(line) for line in named)


_A_LICENCE = re.compile(
    r"\blicen[cs]\w*|\bpermit\b|\bregistration\b|(?-i:\bBar\b)|\badmitted (?:to practice )?in\b", re.IGNORECASE
)
"""What a line that requires a state's licence says: "license", "licensure", "permit", "registration", or a state's
"Bar", which admits its lawyers ("Active member of the Florida Bar"), or their admission in it ("Must be admitted in
Florida")."""
_ANY_STATE = re.compile(
    r"\bcompact\b|\bmulti-?state\b|\b(?:by|via|through|or|for) endorsement\b|\bendorsement (?:from|of)\b"
    r"|\breciprocity\b|\beligib\w*|\bobtain\w*|\bany (?:US )?state\b"
    r"|\bor (?:an?|the) (?:equivalent|other)\b|\bor\b[^.;]*\bstates?\b|\bor(?: an?)?\s*$"
    r"|\bdriv(?:er|ing)\b|\bCDL\b",
    re.IGNORECASE,
)
"""What lets a licence of another state do: a compact's multistate licence, licensure by endorsement ("by", "via",
"through", "or endorsement", "endorsement from another state") or reciprocity, eligibility for it, leave to obtain it,
a choice of states ("Ohio or Kentucky license"), or one the line goes on to on the next ("… in the State of Wisconsin
or a"). A driver's licence, a commercial one too, is good in every state. A permit endorsed on the licence ("license
with local anesthesia endorsement") is no way round: it is of the same state."""


_CLAUSE_APART = re.compile(r";\s*|(?<=[a-z)])\.\s+(?=[A-Z])|\((?i:required|preferred)\)\s*")
"""Where a line's requirements part: a semicolon, a full stop between sentences, Indeed's "(Required)"."""


_MULTISTATE = re.compile(r"\bcompact\b|\bmulti-?state\b|\bNLC\b", re.IGNORECASE)


def _certificate_text(cv: CV, where: str) -> str:
    """The name and issuer of the CV's certificate ``where`` ("certificate:2", counted from one), or "" (nor of a
    compact's multistate licence)."""
    number = where.removeprefix("certificate:")
    if not number.isdigit() or not 0 < int(number) <= len(cv.certificates):
        return ""
    certificate = cv.certificates[int(number) - 1]
    text = f"{certificate.name} {certificate.issuer or ''}"
    # A compact's multistate licence ("RN, multistate license (NLC), Texas") is good in the compact's other states.
    return "" if _MULTISTATE.search(text) else text


def asked_as_credential(said: str, lines: Iterable[str]) -> bool:
    """Whether one of ``lines`` asks for ``said`` (a keyword as the posting writes it) as a licence or certification,
    in so many words: "Current Wisconsin RN license", "Active RN licensure", "CDL-A license", "licensed as a PE",
    "LCSW licensure". A skill that only shares a line with the words ("RN experience; BLS certification") is none."""
    if not said.strip():
        return False
    return any(_named_with_its_kind(said, line) or _listed_as_credential(said, line) for line in lines)


_A_CREDENTIALS_KIND = re.compile(r"licen[cs]|certifi|registr|credential", re.IGNORECASE)
"""What every kind of credential :func:`_credential_pattern` reads has in it (:data:`_CREDENTIAL_AFTER`'s and
:data:`_CREDENTIAL_BEFORE`'s words: "license", "licensure", "certified", "registration", "credentials", …)."""


def _named_with_its_kind(said: str, line: str) -> bool:
    """Whether ``line`` names ``said`` with a kind of credential before or after it (:func:`_credential_pattern`).
    A line without any such kind is none, and is not searched: most lines have none, and the pattern of a keyword not
    asked before is compiled anew (some 1.3 ms), two or so a row of ``rank --format csv``."""
    return _A_CREDENTIALS_KIND.search(line) is not None and _credential_pattern(said).search(line) is not None


@lru_cache(maxsize=4096)
def _credential_pattern(said: str) -> re.Pattern[str]:
    """``said`` asked for as a licence or certification (:func:`asked_as_credential`), compiled once: every absent
    keyword of every posting is asked, a row of ``tailor rank`` a dozen, and the ``re`` module's own cache of 512
    patterns, which every other pattern compiled at run time shares, kept few of them (1.3 ms a compile)."""
    name = rf"(?<![\w-]){re.escape(said)}(?![\w-])"
    return re.compile(rf"{name}{_CREDENTIAL_AFTER}|{_CREDENTIAL_BEFORE}{name}", re.IGNORECASE)


_LISTED_NAME = r"[A-Z][\w+&./-]*(?:[ \t]+[A-Z][\w+&./-]*){0,3}(?:[ \t]*\([A-Z][\w&.+-]{1,11}\))?"
_LISTED_BEFORE_THEIR_KIND = re.compile(
    rf"(?<![\w-])(?P<names>{_LISTED_NAME}(?:[ \t]*,[ \t]*{_LISTED_NAME}){{0,5}}"
    rf"(?:,?[ \t]+(?:and|or|&)[ \t]+{_LISTED_NAME}))"
    r"[ \t-]*(?P<kind>(?i:licen[cs]es|certifications|certificates|credentials|cards|licen[cs]e|licensure"
    r"|certification|certificate|credential|card))\b"
)
"""Names listed, then the kind of credential they all are: "ACLS, PALS and PHTLS certifications", "BLS and ACLS
certification"."""
_LISTED_APART = re.compile(r"[ \t]*(?:,|\band\b|\bor\b|&)[ \t]*")


def _listed_as_credential(said: str, line: str) -> bool:
    """Whether ``line`` lists ``said`` among credentials before their kind (:data:`_LISTED_BEFORE_THEIR_KIND`): a
    plural kind says so of every name ("ACLS, PALS and PHTLS certifications"); a singular one only of a list of
    initials ("BLS and ACLS certification"), as "Python and AWS certification" asks for one certification, AWS's."""
    if said not in line:
        return False
    for found in _LISTED_BEFORE_THEIR_KIND.finditer(line):
        names = [n.strip() for n in _LISTED_APART.split(found["names"]) if n.strip()]
        if not any(n == said or n.endswith(f" {said}") for n in names):
            continue
        kind = found["kind"].lower()
        if kind.endswith("s") and kind != "licensure":
            return True
        return all(re.fullmatch(r"[A-Z0-9&.+-]{2,}(?:[ \t]*\([A-Z][\w&.+-]{1,11}\))?", n) for n in names)
    return False


def _each_or_listed(names: list[str], of: int) -> str:
    """Which of the ``of`` keywords just named the CV says something related to, without naming them twice:
    "each" where it is all of them, ``names`` themselves where one or two ("A", "A and B"), else how many
    ("4 of them")."""
    if len(names) == of and of > 1:
        return "each"
    if len(names) > 2:
        return f"{len(names)} of them"
    return " and ".join(names)


def _share_in_words(share: float) -> str:
    """A share as a person says it: "a third", "a tenth"; else a percentage ("25%")."""
    named = {2: "a half", 3: "a third", 4: "a quarter", 5: "a fifth", 10: "a tenth"}
    return next((words for n, words in named.items() if abs(share * n - 1) < 1e-9), f"{share:.0%}")
