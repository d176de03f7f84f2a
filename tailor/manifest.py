"""The selection manifest: a JSON record, beside each résumé, of what went in and why.

It names the inputs (with hashes, so a later run can tell whether they changed),
every bullet with its score, matched terms and the reason it was kept or dropped,
the keyword coverage, and the cover letter when one was made: every text of the
CV's letter material, whether it was used, and why not. Items are listed in CV order, not rank order, so that
``diff`` of two manifests shows how two applications differ item by item.

:class:`Manifest` is the record's one definition: :func:`manifest` fills it for a
build, :func:`dumps` writes it, and :func:`read` reads it back for ``batch`` (are
the inputs still the same?) and ``check`` (which bullets to expect).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from tailor import __version__
from tailor.analysis import word_of
from tailor.errors import TailorError
from tailor.lexicon import user_file
from tailor.outputs import sha256_file

if TYPE_CHECKING:
    from tailor.coverage import Coverage
    from tailor.documents import Documents
    from tailor.documents.check import Report as CheckReport
    from tailor.options import ResumeOptions
    from tailor.results import Build, Chosen

COVERAGE_NOTE = (
    "Lexical coverage: the share of the posting's required keywords that the selected items contain. "
    "It is not a prediction of any applicant tracking system."
)


class _Record(BaseModel):
    # Reading tolerates keys a newer tailor added; what is read is never changed.
    model_config = ConfigDict(extra="ignore", frozen=True)


class FileRecord(_Record):
    path: str
    sha256: str


class SectionRecord(_Record):
    kind: str
    heading: str
    weight: float


class PostingRecord(_Record):
    source: str
    sha256: str
    """Of the posting's extracted text (:attr:`tailor.posting.Posting.sha256`)."""
    sections: list[SectionRecord]
    title: str | None = None
    """The job title the résumé is named for, and where it came from: ``given`` when set by hand
    (``--title``), else the rule that found it (:data:`tailor.posting.details.SOURCES`). Manifests
    written before tailor recorded them lack these six keys."""
    title_source: str | None = None
    company: str | None = None
    company_source: str | None = None
    location: str | None = None
    location_source: str | None = None
    url: str | None = None
    """The posting's web address, as it states it (a table's ``job_url``): what tells ``batch`` which résumé is
    this posting's when a table's rows come in another order and its text changed. Older manifests lack it."""


@dataclass(frozen=True)
class Fingerprint:
    """What a résumé is made from: equal fingerprints make the same résumé."""

    cv: str
    template: str
    skills: str | None
    posting: str
    options: tuple[tuple[str, Any], ...]


class Inputs(_Record):
    cv: FileRecord
    posting: PostingRecord
    template: FileRecord
    skills: FileRecord | None
    """The user's skills.yaml beside the CV, which changes how postings are read."""
    options: dict[str, Any]
    """:meth:`tailor.options.ResumeOptions.recorded`."""

    def fingerprint(self) -> Fingerprint:
        """What these inputs were, to compare with another run's: their files' hashes and the options."""
        skills = self.skills.sha256 if self.skills is not None else None
        return Fingerprint(self.cv.sha256, self.template.sha256, skills, self.posting.sha256, _sorted(self.options))


class BulletRecord(_Record):
    id: str
    entry: str
    text: str
    rank: int
    score: float
    terms: list[str]
    kept: bool
    reason: str
    position: int | None = None
    """Its place in the résumé (1 = first); None when left out. Manifests of tailor 0.1.0's
    first builds lack it."""
    related_terms: list[str] = []
    """Those of ``terms`` the posting does not say: counted as related to a term it says. Older
    manifests lack it."""


class PublicationRecord(_Record):
    id: str
    title: str
    score: float
    kept: bool
    position: int | None = None
    """Its place in the résumé's list (1 = first): the most relevant are kept, newest first."""


class SkillRecord(_Record):
    text: str
    kept: bool
    reason: str = ""
    """Why it was kept (pinned, asked for by the posting, of a kind the posting asks for, within budget) or left
    out (budget, page fit)."""
    group: str | None = None
    """The group it prints under, as the CV names it; None for a skill of no group."""


class RelatedRecord(_Record):
    term: str
    where: list[str]


class ChoiceRecord(_Record):
    """Which of the CV's headlines (or summaries) the résumé prints."""

    text: str
    index: int
    """Its place among the CV's, 0 the first."""
    of: int
    """How many the CV holds; with more than one, the most relevant to the posting was chosen."""
    score: float


class KeywordRecord(_Record):
    term: str
    """The lexicon's name for a skill, or a phrase's lemmas: what is matched."""
    said: str = ""
    """The posting's own words for it."""
    kind: Literal["skill", "phrase", "industry"]
    required: bool
    degree_field: bool = False
    """Named only as one of the fields a degree the posting asks for may be in, any related one doing: not required,
    and no preference either."""
    weight: float
    status: Literal["selected", "available", "absent"]
    where: list[str]
    """Ids of the CV's texts that say it: bullet and publication ids, skill names, ``title:<role
    id>``, ``headline``, ``summary``, ``education:<n>``."""
    related: list[RelatedRecord] = []
    """Related terms the CV says, for a keyword the résumé does not evidence: shown apart, as such."""
    alternatives: list[str] = []
    """Skills the posting names as alternatives to this one in the same requirement ("AWS or GCP")."""
    met_by: str = ""
    """For a keyword the résumé does not evidence: the alternative it does, which meets the requirement
    (such a keyword does not count again in ``required_selected_ratio``), or a skill it shows that is one of
    the kind the keyword names ("Epic" for an EHR), which meets it."""
    expired: str = ""
    """For a keyword the résumé shows only by certificates that have expired, when ("Aug 2023"): not met (nor
    counted in ``required_selected_ratio``) until renewed."""
    fluency: str = ""
    """For a language the posting asks fluency in that the résumé shows at a lower level: that level, as the CV
    gives it ("Limited working proficiency"): not met (nor counted in ``required_selected_ratio``)."""
    held_for: str = ""
    """For a licence or type rating the posting requires for one state or aircraft that the CV holds for others
    only: those ("Ohio", "A-320 and CL-65"): not met (nor counted in ``required_selected_ratio``)."""
    met: bool = False
    """Whether the résumé meets the requirement: it shows the keyword (not by an expired certificate alone), or
    what meets it (``met_by``), though ``status`` may then say the keyword itself is absent."""


class CoverageRecord(_Record):
    required_selected_ratio: float | None
    """The share of the posting's requirements the résumé meets: it evidences them, or what meets them
    (``met_by``). The name is older than ``met_by``; kept so that manifests keep their shape."""
    note: str
    keywords: list[KeywordRecord]


class PageFitRecord(_Record):
    pages: int
    measured_by: Literal["pdf", "estimate"]
    measured_pages: float
    dropped: list[str]
    """Ids of the bullets left out to fit the pages (their ``reason`` is "page fit")."""
    dropped_publications: list[str]
    dropped_skills: list[str]
    given_back: list[str]
    dropped_sections: list[str] = []
    """Whole sections left out to fit the pages: ``interests``, which go before any bullet."""
    dropped_credentials: list[str] = []
    """The certificates and awards left out to fit the pages, by the ids the coverage's ``where`` names them by
    (``certificate:2``, ``award:1``): one that evidences none of the posting's keywords goes before any bullet,
    one that evidences one last."""
    dropped_education: list[str] = []
    """The degrees whose grade and detail lines were left out to fit the pages, by id (``education:1``): they go
    before any job's last bullet; the degree's line stays."""
    dropped_summary_paragraphs: list[int] = []
    """The paragraphs of the summary left out to fit the pages, by number (from 1; the first stays): they go before
    any bullet, but for one that alone says a required keyword."""
    dropped_entries: list[str] = []
    """The entries the CV gives no bullets, of a section of their own (a membership, a board seat), left out to fit
    the pages, by their ids: one that shares no word of the job goes before any bullet, one that does before any
    bullet that scores."""
    trimmed: bool = False
    """Whether no page limit was asked for: the résumé was fitted on one page fewer because its last page
    would have held only a few lines (see :data:`tailor.documents.SPILL`)."""


class ProblemRecord(_Record):
    kind: str
    where: str
    message: str


class CheckRecord(_Record):
    ok: bool
    problems: list[ProblemRecord]
    warnings: list[str]


class LetterPartRecord(_Record):
    """One text of the CV's letter material, and what became of it."""

    kind: Literal["greeting", "opening", "paragraph", "closing", "sign_off"]
    id: str
    """A paragraph's id; ``opening:2`` (from 1) for an opening, and likewise; ``sign_off``."""
    text: str
    """As written in the CV, slots and all."""
    score: float
    kept: bool
    reason: str
    """Why it was used (most relevant, within budget, pinned, first usable) or not: a slot the posting
    does not fill ("needs hiring_manager, which the posting does not name"), no room (the number of
    paragraphs the letter holds, with the score), no evidence, page fit."""
    position: int | None = None
    """Its place in the letter (1 = first); None when left out."""
    printed: str | None = None
    """As the letter prints it: emphasis markers out, slots filled; None when left out."""


class SlotRecord(_Record):
    value: str
    source: str
    """The rule that found it in the posting (:data:`tailor.posting.details.SOURCES`), or ``today``."""


class LetterPageRecord(_Record):
    measured_by: Literal["pdf", "estimate"]
    measured_pages: float
    dropped: list[str]
    """Ids of the body paragraphs left out to fit the letter on one page."""


class LetterRecord(_Record):
    """The cover letter: which of the owner's texts it prints, in what order, with what in their slots."""

    output: str
    """The letter's file name."""
    sha256: str | None = None
    """The hex SHA-256 of the letter as tailor wrote it (see :attr:`Manifest.output_sha256`)."""
    pdf: str | None = None
    template: FileRecord
    slots: dict[str, SlotRecord]
    """What the posting (and the day) gave each slot; a slot missing here was not filled."""
    budget: int
    """How many body paragraphs it could keep (``--letter-paragraphs``)."""
    parts: list[LetterPartRecord]
    """Every text of the letter material, in CV order."""
    page_fit: LetterPageRecord
    check: CheckRecord

    def printed(self) -> list[str]:
        """The letter's texts in the order it prints them, as printed."""
        kept = sorted((p for p in self.parts if p.kept), key=lambda p: p.position or 0)
        return [p.printed or "" for p in kept]


class ExportRecord(_Record):
    format: str
    """``json-resume``, ``rendercv`` or ``markdown`` (:data:`tailor.export.FORMATS`)."""
    output: str
    notes: list[str] = []
    """What the format has no place for, left out."""


class Manifest(_Record):
    """The manifest beside a résumé. ``tailor_version`` says which tailor wrote it."""

    tailor_version: str
    date: str
    inputs: Inputs
    output: str
    """The résumé's file name (``tailor letter``: the letter's)."""
    output_sha256: str | None = None
    """The hex SHA-256 of the résumé as tailor wrote it: a résumé whose bytes differ was edited since,
    and ``batch`` never replaces it unasked. Manifests written before tailor recorded it lack it."""
    document: Literal["resume", "letter"] = "resume"
    """What :attr:`output` is: a résumé, or a letter made on its own (``tailor letter``), whose record
    is :attr:`letter` (its bullets, skills and coverage are the match behind it)."""
    score: float
    fit: str = ""
    """The score in words: strong, partial, weak, or too short (to judge)."""
    budget: int | None = None
    """How many bullets the résumé could keep (``--max-bullets``, or the default for this CV)."""
    education_first: bool = False
    """Whether the résumé prints education before experience (``--education-first``, or a student's CV)."""
    warnings: list[str] = []
    """What needed a look when it was made: a weak fit, more pinned bullets than the budget."""
    flags: list[str] = []
    """Of those, what a list of many postings marks it with, in a few words (:attr:`tailor.results.Match.flags`):
    "closed 2026-03-31", "requires RN"."""
    bullets: list[BulletRecord]
    """Every bullet of the CV, in CV order."""
    publications: list[PublicationRecord]
    skills: list[SkillRecord]
    coverage: CoverageRecord
    pdf: str | None = None
    """The PDF's file name, when one was made."""
    page_fit: PageFitRecord | None = None
    check: CheckRecord | None = None
    headline: ChoiceRecord | None = None
    """The headline printed, when the CV has any (manifests written before there was a choice lack it)."""
    summary: ChoiceRecord | None = None
    """The summary printed, when the CV has any."""
    letter: LetterRecord | None = None
    """The cover letter, when one was made."""
    exports: list[ExportRecord] = []
    """The tailored CV in other formats (``--export``), each holding exactly the résumé's items."""
    report: str | None = None
    """The HTML report's file name, when one was written (manifests written before lack it)."""

    def kept_bullets(self) -> list[BulletRecord]:
        """The résumé's bullets, in the order it prints them."""
        return sorted((b for b in self.bullets if b.kept), key=lambda b: b.position or 0)


def manifest(build: Build, *, today: dt.date) -> Manifest:
    """The manifest of ``build``."""
    m = build.match
    ranked = {item.id: (n, item) for n, item in enumerate(m.ranking.bullets, start=1)}
    choices = {c.bullet_id: c for c in m.selection.choices}
    groups = m.cv.skill_groups
    chosen_pubs = {p.id for p in m.selection.publications}
    printed = {p.id: n for n, p in enumerate(m.selection.publications, start=1)}
    position = {bullet_id: n for n, bullet_id in enumerate(m.selection.printed_ids, start=1)}
    scores = {p.id: p.score for p in m.ranking.publications}
    sections = m.ranking.posting.sections if m.ranking.posting else []
    details = m.ranking.posting.structure.details.as_json() if m.ranking.posting else {}
    made = build.documents
    return Manifest(
        tailor_version=__version__,
        date=today.isoformat(),
        inputs=Inputs(
            cv=_file(m.cv_path),
            posting=PostingRecord(
                source=m.posting.source,
                sha256=m.posting.sha256,
                sections=[SectionRecord(kind=s.kind.value, heading=s.heading, weight=s.weight) for s in sections],
                **{k: details.get(k) for k in _RECORDED_DETAILS},
            ),
            template=_file(build.template),
            skills=_skills_file(m.cv_path),
            options=build.options.recorded(),
        ),
        output=build.output.name,
        output_sha256=hashlib.sha256(made.docx).hexdigest() if made is not None else None,
        score=m.ranking.score,
        fit=m.ranking.label,
        budget=m.selection.budget,
        education_first=m.selection.education_first,
        warnings=m.warnings,
        flags=list(m.flags),
        bullets=[
            BulletRecord(
                id=bullet.id,
                entry=entry.employer or entry.heading,
                text=bullet.plain,
                rank=ranked[bullet.id][0],
                score=ranked[bullet.id][1].score,
                terms=list(dict.fromkeys(map(word_of, ranked[bullet.id][1].terms))),
                related_terms=list(dict.fromkeys(map(word_of, ranked[bullet.id][1].related))),
                kept=choices[bullet.id].kept,
                reason=choices[bullet.id].reason,
                position=position.get(bullet.id),
            )
            for entry, bullet in m.cv.bullets()
        ],
        publications=[
            PublicationRecord(
                id=p.id, title=p.title, score=scores[p.id], kept=p.id in chosen_pubs, position=printed.get(p.id)
            )
            for p in m.cv.publications
        ],
        skills=[
            SkillRecord(text=c.bullet_id, kept=c.kept, reason=c.reason, group=groups.get(c.bullet_id))
            for c in m.selection.skill_choices
        ],
        coverage=_coverage(m.coverage),
        **(_documents(made, build.pdf) if made is not None else {}),
        headline=_choice(m.headline),
        summary=_choice(m.summary),
        document=build.main,
        letter=_letter(build),
        exports=[
            ExportRecord(format=kind, output=build.outputs.sibling(kind).name, notes=notes)  # type: ignore[arg-type]
            for kind, notes in build.exports.items()
        ],
        report=build.outputs.report.name if build.options.report else None,
    )


def _letter(build: Build) -> LetterRecord | None:
    made, path = build.letter, build.letter_file
    if made is None or path is None or build.letter_template is None:
        return None
    choice = made.choice
    position = {part.id: n for n, part in enumerate(choice.printed, start=1)}
    pdf = build.letter_pdf
    return LetterRecord(
        output=path.name,
        sha256=hashlib.sha256(made.docx).hexdigest(),
        pdf=pdf.name if pdf is not None else None,
        template=_file(build.letter_template),
        slots={k: SlotRecord(value=v, source=choice.sources.get(k, "")) for k, v in choice.values.items()},
        budget=choice.budget,
        parts=[
            LetterPartRecord(
                kind=part.kind,
                id=part.id,
                text=part.text,
                score=part.score,
                kept=part.kept,
                reason=part.reason,
                position=position.get(part.id),
                printed=part.plain(choice.values) if part.kept else None,
            )
            for part in choice.parts
        ],
        page_fit=LetterPageRecord(
            measured_by=made.fit.measured_by,
            measured_pages=round(made.fit.measured_pages, 2),
            dropped=list(made.fit.dropped),
        ),
        check=_check(made.check, made.warnings),
    )


def _check(report: CheckReport, warnings: list[str]) -> CheckRecord:
    return CheckRecord(
        ok=report.ok,
        problems=[ProblemRecord(kind=p.kind, where=p.where, message=p.message) for p in report.problems],
        warnings=list(warnings),
    )


def _choice(chosen: Chosen | None) -> ChoiceRecord | None:
    if chosen is None:
        return None
    return ChoiceRecord(text=chosen.text, index=chosen.index, of=chosen.of, score=chosen.score)


_RECORDED_DETAILS = ("title", "title_source", "company", "company_source", "location", "location_source", "url")


def _documents(made: Documents, pdf: Path | None) -> dict[str, Any]:
    """The PDF, the page fit and the read-back check. ``page_fit.measured_by`` is ``pdf`` (a
    real page count) or ``estimate``."""
    fit = made.page_fit
    return {
        "pdf": pdf.name if pdf is not None else None,
        "page_fit": None
        if fit is None
        else PageFitRecord(
            pages=fit.pages,
            measured_by=fit.measured_by,
            measured_pages=round(fit.measured_pages, 2),
            dropped=fit.dropped_ids("bullet"),
            dropped_publications=fit.dropped_ids("publication"),
            dropped_skills=fit.dropped_ids("skill"),
            dropped_sections=fit.dropped_ids("interests"),
            dropped_credentials=fit.dropped_ids("certificate", "award"),
            dropped_education=fit.dropped_ids("education"),
            dropped_summary_paragraphs=[i.paragraph for i in fit.dropped if i.kind == "summary"],
            dropped_entries=fit.dropped_ids("entry"),
            given_back=[item.id for item in fit.readded],
            trimmed=made.trimmed,
        ),
        "check": _check(made.check, made.warnings),
    }


def _coverage(coverage: Coverage) -> CoverageRecord:
    return CoverageRecord(
        required_selected_ratio=coverage.ratio,
        note=COVERAGE_NOTE,
        keywords=[
            KeywordRecord(
                term=k.keyword.term,
                said=k.keyword.said or k.keyword.term,
                kind=k.keyword.kind,
                required=k.keyword.required,
                degree_field=k.keyword.degree_field,
                weight=k.keyword.weight,
                status=k.status,
                where=list(k.where),
                related=[RelatedRecord(term=r.term, where=list(r.where)) for r in k.related],
                alternatives=list(k.keyword.alternatives),
                met_by=k.met_by,
                expired=k.expired,
                fluency=k.fluency,
                held_for=k.held_for,
                met=k.met,
            )
            for k in coverage.keywords
        ],
    )


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    """The coverage table as plain data (also used by ``tailor match --format json``)."""
    return _coverage(coverage).model_dump(mode="json")


def dumps(record: Manifest) -> bytes:
    """The manifest as the UTF-8 JSON file tailor writes (keys in definition order, indented)."""
    import json

    # A build without a page limit has no page_fit key; one made without the documents step
    # (no such build today) would have none of pdf, page_fit and check.
    absent = {"page_fit"} if record.page_fit is None else set()
    absent |= {name for name in ("headline", "summary", "letter", "output_sha256") if getattr(record, name) is None}
    absent |= {"exports"} if not record.exports else set()
    absent |= {"report"} if record.report is None else set()
    if record.check is None:
        absent |= {"pdf", "page_fit", "check"}
    document = record.model_dump(mode="json", exclude=absent)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read(path: Path) -> Manifest:
    """The manifest at ``path``.

    Raises:
        TailorError: the file cannot be read, or is not a tailor manifest.
    """
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except OSError as e:
        raise TailorError(f"The manifest {path} cannot be read: {e.strerror}.") from None
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        raise TailorError(
            f"{path} is not a tailor manifest ({where}: {first['msg']}); move it away to go on without it."
        ) from None


def edited(sha256: str | None, path: Path, written: Path) -> bool:
    """Whether the file at ``path`` (a résumé or its letter), which tailor wrote with the hash ``sha256``
    recorded in the manifest at ``written``, was changed since: its bytes no longer have that hash. A
    manifest written before tailor recorded hashes cannot say; then a file saved after its manifest
    (which tailor writes last) counts as edited.
    """
    try:
        if sha256 is not None:
            return sha256_file(path) != sha256
        return path.stat().st_mtime_ns > written.stat().st_mtime_ns
    except OSError:
        return False  # gone, or unreadable: nothing of the user's to keep


def fingerprint(cv_path: Path, template: Path, posting_sha256: str, options: ResumeOptions) -> Fingerprint:
    """The fingerprint a manifest would record for these inputs as they are now."""
    skills = _skills_file(cv_path)
    return Fingerprint(
        sha256_file(cv_path),
        sha256_file(template),
        skills.sha256 if skills is not None else None,
        posting_sha256,
        _sorted(options.recorded()),
    )


def _sorted(options: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(options.items()))


def _file(path: Path) -> FileRecord:
    return FileRecord(path=str(path), sha256=sha256_file(path))


def _skills_file(cv_path: Path) -> FileRecord | None:
    """The user's own skills.yaml beside the CV, or None."""
    path = user_file(cv_path)
    return _file(path) if path is not None else None
