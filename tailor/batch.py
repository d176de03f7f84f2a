"""Tailor a résumé to each of many postings: the library behind ``tailor batch``.

:func:`plan` reads and scores every posting once (:mod:`tailor.many`), keeps the
best ``top`` if asked, and gives each a file name of its own; :func:`run` then
builds them one by one, best first, with :func:`tailor.pipeline.build`, the CV
analysed once for all of them.

A résumé is finished when its selection manifest is written: the manifest is
written last, and removed before a résumé is rebuilt, so a ``.docx`` without a
valid manifest is never taken for finished. A run that is interrupted removes
the unfinished résumé it was writing; the finished ones stay, and a second run
skips every résumé whose manifest records the same inputs (the hashes of the
CV, the posting text, the template and a skills.yaml beside the CV, and the
options: :func:`tailor.manifest.fingerprint`), so it carries on where the first
one stopped.

A résumé is never replaced once its user has edited it (its bytes differ from
the hash its manifest records: :func:`tailor.manifest.edited`), even when the
CV or the posting changed since, nor is a file of its name that tailor did not
write (no manifest beside it): it is skipped as ``edited`` unless ``force``.

Postings may be the rows of tables (:mod:`tailor.rank_rows`): each job once, its
copies with it, read again from its table to be built.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tailor import __version__, manifest
from tailor.batch_names import file_names
from tailor.errors import TailorError
from tailor.many import Progress
from tailor.options import ResumeOptions
from tailor.options import min_fit as min_fit_value
from tailor.outputs import Outputs, Sibling, folder_for
from tailor.pipeline import LoadedCV, load, made_files, remove_stale
from tailor.posting import Posting
from tailor.posting.table import parse_columns
from tailor.prose import and_listed
from tailor.rank_postings import ScoredPosting, Unreadable, best_first, fits_at_least, score_paths
from tailor.rank_rows import read_row_postings

if TYPE_CHECKING:
    from tailor.rank import FitLabel
    from tailor.results import Build

Status = Literal["built", "up to date", "edited", "failed"]
"""What became of a résumé: ``edited`` is one its user changed since tailor wrote it (or one tailor
did not write), left alone."""


@dataclass(frozen=True)
class Job:
    """One résumé to write: for which posting, and where."""

    posting: ScoredPosting
    outputs: Outputs
    read: Posting | None = None
    """The posting already read, for a row of a table (a file is read again when built)."""

    @property
    def output(self) -> Path:
        return self.outputs.resume


@dataclass(frozen=True)
class Plan:
    """What a batch will write, before anything is written."""

    cv: LoadedCV
    jobs: list[Job]
    """Best fit first (ties by path, a table's rows by number)."""
    unreadable: list[Unreadable]
    template: Path
    options: ResumeOptions
    below: list[ScoredPosting] = field(default_factory=list)
    """Postings left out for a fit below ``options.min_fit``, best first (those whose score is below it, without
    their coverage: :func:`tailor.scored.score_posting`)."""
    copies: int = 0
    """Postings that were the same job as another (rows of a table, or posting files), and went with it."""
    folder: Path = Path()
    """Where the résumés go (``out``)."""
    warnings: tuple[TailorError, ...] = ()
    """What is worth a look but stopped nothing: :attr:`tailor.scored.Scores.warnings`."""
    beyond_top: int = 0
    """Postings that fit at least ``options.min_fit`` but were left out by ``top``."""
    beyond_top_weak: int = 0
    """Of :attr:`beyond_top`, those whose fit is weak."""
    beyond_top_short: int = 0
    """Of :attr:`beyond_top`, those too short a posting to judge, whatever their score."""

    @property
    def none_read(self) -> bool:
        """Whether postings were given and none of them could be read: nothing was ranked, so nothing is planned."""
        return bool(self.unreadable) and not (self.jobs or self.below or self.beyond_top)


@dataclass(frozen=True)
class Outcome:
    job: Job
    status: Status
    message: str = ""
    """Why it failed, for ``failed``; why its files are the user's to keep, for ``edited``, and for ``up to
    date`` one whose résumé or letter its user edited (which files do not show the edit); for ``built``, what
    to look at before sending it (a last page of a few lines, a warning of its documents), or ""."""
    before_edit: tuple[Path, ...] = ()
    """For ``edited`` and ``up to date``: the files beside it that tailor made from its own version of what was edited
    (:func:`made_before_edit`), which do not show the edit."""
    edited: bool = False
    """For ``up to date``: its résumé or letter was edited by its user, and the edit kept."""
    flags: tuple[str, ...] = ()
    """What its match warns of, in a few words (:attr:`tailor.results.Match.flags`): as built, or as its manifest
    recorded when it was."""
    label: FitLabel | None = None
    """For ``built``, and ``up to date`` as its manifest recorded it: the fit's label as its match gives it, which
    answers to the posting's required keywords too (:func:`tailor.rank.bounded_label`); None: the label the posting
    was ranked with."""


def plan(
    paths: Iterable[str | Path],
    cv: str | Path | LoadedCV | None = None,
    *,
    out: str | Path = ".",
    top: int = 0,
    template: str | Path | None = None,
    max_bullets: int | None = None,
    report: bool = False,
    pdf: bool = False,
    pages: int | None = None,
    min_fit: float | str | None = None,
    columns: str | Mapping[str, str] | None = None,
    letter: bool = False,
    letter_paragraphs: int | None = None,
    export: Sequence[str] = (),
    education_first: bool | None = None,
    paper: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Plan:
    """Plan a résumé for each posting at ``paths`` (or for the ``top`` best fits among those
    that fit at least ``min_fit``) in the folder ``out``; with ``letter``, its cover letter too, and
    the tailored CV in each format ``export`` names (:data:`tailor.export.FORMATS`); ``education_first`` and
    ``paper`` as for :func:`tailor.pipeline.build`.
    ``paths`` are files, folders, patterns or tables of postings, whose columns ``columns`` names
    where tailor does not recognise them.

    File names are :func:`tailor.pipeline.default_output_name`, told apart and kept from run to run
    by :func:`tailor.batch_names.file_names`. They depend only on the postings found and the résumés already in
    ``out`` (not on ``top``), so a second run finds the files of the first.

    Raises:
        TailorError: the CV or the template cannot be used, a path names no posting, or
            ``out`` cannot be created. Postings that cannot be read are listed in
            :attr:`Plan.unreadable`, not raised.
    """
    from tailor.documents import templates

    options = ResumeOptions(
        max_bullets,
        pages,
        pdf,
        report,
        min_fit_value(min_fit),
        letter=letter,
        letter_paragraphs=letter_paragraphs,
        exports=tuple(export),  # type: ignore[arg-type]  # checked by ResumeOptions
        education_first=education_first,
        paper=paper,
    )
    template_path = templates.usable(template)  # a bad template fails before the postings are read
    roles = parse_columns(columns)
    paths = list(paths)
    ready = cv if isinstance(cv, LoadedCV) else load(cv, postings=paths, columns=roles)
    options = replace(options, paper=templates.paper_for(options.paper, template_path, ready.cv.contact.location))
    if letter and ready.cv.letter is None:
        from tailor.letter import no_letter

        raise no_letter(ready.path)  # before any posting is read
    # A fit's label answers to the posting's required keywords too (tailor.rank.bounded_label), known from its
    # coverage: --min-fit, which reads the label, needs it of every posting whose score reaches it (the keywords can
    # only lower a label: one the score leaves below stays below); without it, each is labelled as built.
    coverage = options.min_fit is not None
    found = score_paths(
        paths, ready, columns=roles, coverage=coverage, workers=workers, progress=progress, min_fit=options.min_fit
    )
    scored, unreadable = found.scored, found.unreadable
    best = best_first(scored)
    below = [p for p in best if not fits_at_least(p, options.min_fit)]
    best = [p for p in best if fits_at_least(p, options.min_fit)]
    chosen = best[:top] if top else best
    folder = Path(out)
    # Named among all the postings, not only the chosen ones, so that a posting keeps its
    # file name whatever --top picks.
    names = file_names(scored, folder)
    output = {p.source: folder / name for p, name in zip(scored, names, strict=True)}
    folder_for(folder)
    rows = read_row_postings((p.source for p in chosen), roles) if found.columns else {}
    jobs = [Job(p, Outputs(output[p.source]), rows.get(p.source)) for p in chosen]
    left = best[len(chosen) :]
    weak, short = sum(p.label == "weak" for p in left), sum(p.label == "too short" for p in left)
    return Plan(
        ready,
        jobs,
        unreadable,
        template_path,
        options,
        below,
        found.copies,
        folder,
        found.warnings,
        len(left),
        weak,
        short,
    )


def run(plan: Plan, *, force: bool = False, today: dt.date | None = None) -> Iterator[Outcome]:
    """Build each planned résumé in turn, yielding what became of it.

    A résumé whose manifest records the current inputs is left alone unless ``force``, and so
    is one its user edited since tailor wrote it (``edited``), whatever changed.
    A posting that fails (a :class:`TailorError`) is reported and the others go on.
    If the run is stopped (Ctrl-C: ``KeyboardInterrupt``), the résumé being written is
    removed and the exception goes on; every résumé reported before it is complete.
    """
    from tailor.pipeline import build

    today = today or dt.date.today()
    options = plan.options
    for job in plan.jobs:
        if not force and up_to_date(job, plan):
            stale = made_before_edit(job)  # an edit that needs no rebuild leaves them as they were too
            why = edited(job, options)
            kept = f"{why}; your edit is kept" if why else ""
            flags, label = _recorded(job)
            yield Outcome(
                job,
                "up to date",
                _before_edit(stale, kept),
                tuple(stale),
                edited=why is not None,
                flags=flags,
                label=label,
            )
            continue
        if not force and (why := edited(job, options)) is not None:
            stale = made_before_edit(job)
            if changed := changed_since(job, plan):
                why = f"{why}; {changed} changed since, which it does not show"
            yield Outcome(job, "edited", _before_edit(stale, why), tuple(stale))
            continue
        try:
            # The manifest says "finished": it goes first and comes back last.
            earlier = made_files(job.outputs)
            job.outputs.manifest.unlink(missing_ok=True)
            built = build(
                job.read if job.read is not None else job.posting.source,
                plan.cv,
                template=plan.template,
                output=job.output,
                max_bullets=options.max_bullets,
                force=True,
                report=options.report,
                pdf=options.pdf,
                pages=options.pages,
                letter=options.letter,
                letter_paragraphs=options.letter_paragraphs,
                export=options.exports,
                education_first=options.education_first,
                paper=options.paper,
                today=today,
            )
        except TailorError as e:
            _remove_unfinished(job)
            yield Outcome(job, "failed", str(e))
            continue
        except BaseException:
            _remove_unfinished(job)
            raise
        removed = remove_stale(earlier, job.outputs)
        yield Outcome(
            job,
            "built",
            _looks(replace(built, removed=built.removed + removed)),
            flags=built.match.flags,
            label=built.match.ranking.label,
        )


def _recorded(job: Job) -> tuple[tuple[str, ...], FitLabel | None]:
    """The flags and the fit's label the manifest of ``job``'s résumé recorded when it was built from the same
    inputs (none, where it cannot be read or records no label)."""
    from typing import get_args

    from tailor.rank.scores import FitLabel

    try:
        record = manifest.read(job.outputs.manifest)
    except TailorError:
        return (), None
    label = next((known for known in get_args(FitLabel) if known == record.fit), None)
    return tuple(record.flags), label


def _looks(built: Build) -> str:
    """What a user should see about a résumé just built before sending it: the files of the build it replaced
    that were removed, a last page of a few lines (kept, or saved by leaving items out), and what its documents
    and its letter warn of (no PDF, characters no font has, a letter without its greeting); "" when nothing."""
    made = built.documents
    said = [f"removed {path.name}, made with the résumé this one replaced" for path in built.removed]
    if made is None:
        return "; ".join(said)
    said += made.warnings
    if built.letter is not None:
        said += [f"letter: {warning}" for warning in built.letter.warnings]
    if made.trimmed and made.page_fit is not None:
        fit = made.page_fit
        said.append(
            f"fitted on {fit.pages} page{'s' if fit.pages > 1 else ''}, leaving out {len(fit.dropped)} "
            f"item{'s' if len(fit.dropped) > 1 else ''} that would have put a few lines on page {fit.pages + 1}"
        )
    if (spill := made.spill) is not None:
        fewer = spill.pages - 1
        said.append(
            f"{spill.pages} pages, the last about {spill.last_page:.0%} full (--pages {fewer} fits it on {fewer})"
        )
    return "; ".join(said)


def up_to_date(job: Job, plan: Plan) -> bool:
    """Whether ``job``'s résumé and manifest exist and the manifest records the current inputs."""
    outputs = job.outputs
    # Every file asked for is there; a PDF is judged from the manifest below.
    wanted = [k for k in plan.options.siblings() if k not in ("manifest", "pdf", "letter_pdf")]
    if not outputs.resume.is_file() or any(not outputs.sibling(k).is_file() for k in wanted):
        return False
    try:
        record = manifest.read(outputs.manifest)
    except TailorError:
        return False  # no manifest, or not one of ours: rebuild
    now = manifest.fingerprint(plan.cv.path, plan.template, job.posting.sha256, plan.options)
    same = (
        record.tailor_version == __version__
        and record.output == outputs.resume.name
        and record.inputs.fingerprint() == now
    )
    # A PDF that was made must still be there; one that could not be made (no LibreOffice)
    # would not be made by a rebuild either.
    letter_pdf = record.letter.pdf if record.letter is not None else None
    gone = (record.pdf and not outputs.pdf.is_file()) or (letter_pdf and not outputs.sibling("letter_pdf").is_file())
    return same and not (plan.options.pdf and gone)


_INPUTS = ("your CV", "the template", "your skills file", "the posting", "the options")
"""What each field of a :class:`tailor.manifest.Fingerprint` is, in words."""


def changed_since(job: Job, plan: Plan) -> str:
    """What has changed since tailor wrote ``job``'s résumé, in words ("your CV", "your CV and the posting"), as its
    manifest records the inputs; "" when nothing has, or no manifest says."""
    try:
        record = manifest.read(job.outputs.manifest)
    except TailorError:
        return ""
    now = manifest.fingerprint(plan.cv.path, plan.template, job.posting.sha256, plan.options)
    then = record.inputs.fingerprint()
    names = [name for name, a, b in zip(_INPUTS, astuple(then), astuple(now), strict=True) if a != b]
    if record.tailor_version != __version__:
        names.append("tailor's version")
    return and_listed(names)


# --- résumés edited by hand -----------------------------------------------------------------


RECORDED_SIBLINGS = frozenset({"letter", "letter_pdf", "pdf", "json-resume", "rendercv", "markdown"})
"""The files beside a résumé that its manifest names when tailor writes them (a report it does not)."""


def edited(job: Job, options: ResumeOptions | None = None) -> str | None:
    """Why ``job``'s files are its user's to keep, or None if tailor may write them: its résumé or the
    cover letter beside it edited since tailor wrote them (:func:`tailor.manifest.edited`), or a file
    that tailor would write (the résumé, or what ``options`` adds: a letter, a PDF, an export, a
    report) already there that tailor did not write: without a manifest beside it, or one that
    does not record it."""
    outputs = job.outputs
    kinds = [kind for kind in (options.siblings() if options is not None else []) if kind != "manifest"]
    try:
        record = manifest.read(outputs.manifest)
    except TailorError:
        # Every build writes its manifest last, and an unfinished one is removed: files without one are yours.
        there = [path for path in (outputs.resume, *map(outputs.sibling, kinds)) if path.is_file()]
        return f"{there[0].name} has no manifest beside it: tailor did not write it" if there else None
    recorded = {export.format for export in record.exports}
    recorded |= {"letter"} if record.letter is not None else set()
    recorded |= {"letter_pdf"} if record.letter is not None and record.letter.pdf else set()
    recorded |= {"pdf"} if record.pdf else set()
    for kind in kinds:
        path = outputs.sibling(kind)
        if kind in RECORDED_SIBLINGS and kind not in recorded and path.is_file():
            return f"{path.name} is not recorded in {outputs.manifest.name}: tailor did not write it"
    changed = _changed(outputs, record)
    if not changed:
        return None
    names = " and ".join(path.name for path in changed)
    return f"{names} edited since tailor wrote {'them' if len(changed) > 1 else 'it'}"


MADE_FROM: dict[str, tuple[Sibling, ...]] = {
    "resume": ("pdf", "report", "json-resume", "rendercv", "markdown"),
    "letter": ("letter_pdf",),
}
"""The files tailor makes from what it selected for a résumé (its PDF, the report on the selection, the
exports of the tailored CV) and from a letter (its PDF): an edit to either leaves them as they were."""


def made_before_edit(job: Job) -> list[Path]:
    """The files beside ``job``'s résumé that tailor made from its own version of a résumé or letter its
    user has edited since (:data:`MADE_FROM`): they do not show the edit. Empty when nothing was edited."""
    outputs = job.outputs
    try:
        record = manifest.read(outputs.manifest)
    except TailorError:
        return []  # no manifest: the files are not tailor's
    stale: list[Path] = []
    for path in _changed(outputs, record):
        kinds = MADE_FROM["resume" if path == outputs.resume else "letter"]
        stale += [outputs.sibling(kind) for kind in kinds if outputs.sibling(kind).is_file()]
    return stale


def _before_edit(stale: Sequence[Path], why: str) -> str:
    """``why`` a résumé was edited, and which files beside it do not show the edit."""
    if not stale:
        return why
    names = " and ".join(path.name for path in stale)
    return f"{why}; {names} beside it {'are' if len(stale) > 1 else 'is'} from before the edit"


def _changed(outputs: Outputs, record: manifest.Manifest) -> list[Path]:
    """The résumé and letter whose bytes are no longer those tailor wrote, as ``record`` has them."""
    changed = [outputs.resume] if manifest.edited(record.output_sha256, outputs.resume, outputs.manifest) else []
    letter = outputs.sibling("letter")
    if (
        record.letter is not None
        and letter.is_file()
        and manifest.edited(record.letter.sha256, letter, outputs.manifest)
    ):
        changed.append(letter)
    return changed


def _remove_unfinished(job: Job) -> None:
    """Remove what an unfinished build left: files without their manifest are not a résumé."""
    if not job.outputs.manifest.exists():
        for path in job.outputs.paths():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
