"""The command line: parse arguments, call :mod:`tailor.pipeline`, print.

Every command body is one call into the library. User-fixable problems arrive as
:class:`~tailor.errors.TailorError` and leave through :func:`_user_errors`: one
paragraph on stderr, the options it names spelt as this command's flags, and
exit code 2 (:class:`~tailor.errors.ExitCode`), no traceback. Heavy libraries (spaCy,
scikit-learn, docxtpl) are imported inside the commands that need them, so
``tailor --help`` and ``tailor --version`` stay fast.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import sys
import typing
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import typer
import typer.models
from rich.console import Console
from rich.markup import escape

from tailor import __version__
from tailor.cli.bad_values import Commands
from tailor.errors import NOTHING_TO_CHOOSE, ExitCode, Problem, TailorError
from tailor.export import FORMATS

if typing.TYPE_CHECKING:
    from tailor.results import LoadedCV

app = typer.Typer(
    name="tailor",
    help="Tailor your CV to a job posting: rank every bullet against the posting and write a Word résumé.",
    no_args_is_help=True,
    add_completion=False,
    # A bad option value is told in one plain sentence ("--pages must be at least 1, not 0"), not in pydantic's words.
    cls=Commands,
    # CV data is personal: never print local variables in a traceback.
    pretty_exceptions_show_locals=False,
    # Plain help, as click prints it: typer's rich help imports rich's Markdown and syntax
    # highlighting first (0.15 s, half of `tailor --help`; bench/README.md).
    rich_markup_mode=None,
)
# No emoji codes: ":100:" of "cv.yaml:100:" (or of a CV's own words) would print as an emoji.
stdout = Console(emoji=False)
err = Console(stderr=True, emoji=False)

P = ParamSpec("P")
R = TypeVar("R")


@contextlib.contextmanager
def _interruptible(message: str) -> Iterator[None]:
    """Ctrl-C inside: print ``message`` and exit with :attr:`ExitCode.INTERRUPTED`, not click's "Aborted!" and 1."""
    try:
        yield
    except KeyboardInterrupt:
        err.print(message)
        raise typer.Exit(ExitCode.INTERRUPTED) from None


def _user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a TailorError into a clean message on stderr and exit code 2, naming the options
    the library's message names by this command's flags."""
    flags = _flags(command)

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except TailorError as e:
            _print_error(e.describe(flags.get))
            raise typer.Exit(ExitCode.USER_ERROR) from None

    return wrapper


def _print_error(message: str) -> None:
    """An error as every command prints it: one paragraph on stderr."""
    err.print(f"[bold red]Error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def _flags(command: Callable[..., object]) -> dict[str, str]:
    """Each option parameter of ``command`` → its longest flag (``max_bullets`` → ``--max-bullets``).

    The library's keyword arguments and the commands' parameters share their names,
    so this is how a library message that names ``max_bullets`` names the flag."""
    flags = {}
    for name, hint in typing.get_type_hints(command, include_extras=True).items():
        for info in getattr(hint, "__metadata__", ()):
            if isinstance(info, typer.models.OptionInfo):
                declared = [info.default, *info.param_decls]
                flags[name] = max((d for d in declared if isinstance(d, str) and d.startswith("-")), key=len)
    return flags


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


class Paper(StrEnum):
    """:data:`tailor.options.PAPERS`, for typer's choices."""

    a4 = "a4"
    letter = "letter"


def _export_format(value: str) -> str:
    """One of :data:`tailor.export.FORMATS`; a document format asked of ``--export`` is pointed to the option that
    writes it (``--export pdf``: the résumé's PDF is ``--pdf``).

    Raises:
        ValueError: what ``--export`` takes, the way :mod:`tailor.cli.bad_values` puts it after the option's name.
    """
    if value in FORMATS:
        return value
    known = ", ".join(FORMATS[:-1]) + f" or {FORMATS[-1]}"
    hint = _DOCUMENT_OPTIONS.get(value.strip().lstrip(".").lower())
    also = f"; --export writes the CV as data: {hint}" if hint else ""
    raise ValueError(f"takes {known}, not {value!r}{also}.")


_DOCUMENT_OPTIONS = {
    "pdf": "for the résumé as a PDF, add --pdf",
    "docx": "the résumé is a .docx already (-o names it)",
}
"""The formats of the résumé itself, each with what writes it, for one who asks ``--export`` for them."""


PostingArg = Annotated[
    str,
    typer.Argument(
        help="The job posting: a .txt, .md, .html, .pdf or .docx file, an http(s):// URL, or - to read stdin.",
        show_default=False,
    ),
]
ColumnsOption = Annotated[
    str | None,
    typer.Option(
        "--columns",
        help="Which columns of a table hold what, where tailor does not recognise their names: "
        "role=column pairs apart by commas, e.g. 'title=Job Title,description=Body' (roles: description, "
        "title, company, location, employment_type, salary, date_posted, valid_through, url, hiring_manager, "
        "team).",
        show_default=False,
    ),
]
CvOption = Annotated[
    Path | None,
    typer.Option(
        "--cv",
        help="Your CV: a YAML file in tailor's format (`tailor init` makes one) or a JSON Resume; `example` for "
        "the bundled example CV. [default: $TAILOR_CV, else the cv of `tailor config`, else ./cv.yaml]",
        show_default=False,
    ),
]


def _load_cv(cv: Path | None, postings: list[str] | None = None, columns: str | None = None) -> LoadedCV:
    """The CV as :func:`tailor.pipeline.load` finds and analyses it, its warnings printed on stderr; the tables
    among ``postings`` (and ``columns``) checked first, as ``load`` does."""
    from tailor.pipeline import load

    ready = load(cv, postings=postings or (), columns=columns)
    _warn(ready.path, ready.warnings)
    return ready


def _warn(path: Path, warnings: typing.Iterable[Problem]) -> None:
    for warning in warnings:
        err.print(f"[yellow]Warning:[/] {escape(warning.describe(path))}", highlight=False, soft_wrap=True)


def _warn_unraised(warnings: typing.Iterable[TailorError]) -> None:
    """Problems the library reports without stopping (a table without a title column), each one
    paragraph on stderr, the options they name spelt as flags (``columns`` → ``--columns``)."""
    for warning in warnings:
        message = warning.describe(lambda name: "--" + name.replace("_", "-"))
        err.print(f"[yellow]Warning:[/] {escape(message)}", highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        stdout.print(f"tailor {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Tailor your CV to a job posting, offline, without inventing a word."""


EXIT_CODES = (
    f"Exit status: {ExitCode.OK} when all is well; {ExitCode.PROBLEMS} when the files were written but something "
    f"needs a look (the read-back check found problems, or no PDF could be made); {ExitCode.USER_ERROR} when nothing "
    f"was written (a user error); {ExitCode.INTERRUPTED} when stopped by Ctrl-C, nothing written."
)
PagesOption = Annotated[
    int | None,
    typer.Option(
        "--pages",
        min=1,
        help="Fit on this many pages at most, leaving out the least relevant bullets, publications and "
        "skills (measured through a PDF with LibreOffice, else estimated).",
        show_default=False,
    ),
]
MaxBulletsOption = Annotated[
    int | None,
    typer.Option(
        "--max-bullets",
        min=1,
        help=(
            "How many experience bullets at most. [default: 14, or three quarters of your CV's bullets if fewer, and "
            "every one scoring a quarter of the best]"
        ),
        show_default=False,
    ),
]
MinFitOption = Annotated[
    str | None,
    typer.Option(
        "--min-fit",
        help="Skip postings that fit your CV less: a label (partial, strong) or a score from 0 to 1.",
        show_default=False,
    ),
]
TemplateOption = Annotated[
    Path | None,
    typer.Option(
        "--template",
        help="A bundled template's name (classic, compact; see `tailor templates`) or the path of your own .docx. "
        "[default: classic]",
        show_default=False,
    ),
]
PdfOption = Annotated[bool, typer.Option("--pdf", help="Also write <output stem>.pdf, through LibreOffice (headless).")]
LetterParagraphsOption = Annotated[
    int | None,
    typer.Option(
        "--letter-paragraphs",
        min=1,
        help="How many body paragraphs the letter keeps at most, the most relevant; it is also fitted on one "
        "page. [default: 3]",
        show_default=False,
    ),
]
ExportOption = Annotated[
    list[str] | None,
    typer.Option(
        "--export",
        parser=_export_format,
        metavar="[" + "|".join(FORMATS) + "]",
        help="Also write the tailored CV, exactly the résumé's items in its order, as a JSON Resume "
        "(<résumé stem>.resume.json), a RenderCV file (<résumé stem>.rendercv.yaml) or Markdown "
        "(<résumé stem>.md); repeat for several.",
        show_default=False,
    ),
]
EducationFirstOption = Annotated[
    bool | None,
    typer.Option(
        "--education-first/--experience-first",
        help="Print your education before your experience, or after it. [default: education first for a "
        "student or a new graduate whose work began with their studies; else experience first]",
        show_default=False,
    ),
]
PaperOption = Annotated[
    Paper | None,
    typer.Option(
        "--paper",
        case_sensitive=False,
        help="The paper to lay the résumé and letter out on: a4, or letter (US Letter), the text as wide as "
        "the template sets it. [default: the template's; on the bundled ones, letter where the CV's "
        "contact.location is in the US, Canada or another country that prints on Letter, else a4]",
        show_default=False,
    ),
]
TitleOption = Annotated[
    str | None,
    typer.Option(
        "--title",
        help="The job title, when the posting states it unclearly or not at all (it names the files and the "
        "documents; the manifest records it as given).",
        show_default=False,
    ),
]
CompanyOption = Annotated[
    str | None, typer.Option("--company", help="The hiring organisation, likewise.", show_default=False)
]
LocationOption = Annotated[
    str | None, typer.Option("--location", help="Where the job is, likewise.", show_default=False)
]


def _out_option(document: str) -> typing.Any:
    """The ``--out`` option of a command that writes ``document`` under its default name."""
    return typer.Option(
        "--out",
        help=f"A folder to write the {document} into, under its default name (created if missing).",
        file_okay=False,
        show_default=False,
    )


HiringManagerOption = Annotated[
    str | None,
    typer.Option(
        "--hiring-manager",
        help="Whom the letter greets ({{ hiring_manager }}), when the posting names nobody on a "
        "'Hiring manager:' or 'Reports to:' line.",
        show_default=False,
    ),
]
LetterFlag = Annotated[
    bool,
    typer.Option(
        "--letter",
        help="Also write the cover letter, <output stem>_-_Letter.docx (and its PDF with --pdf), from the "
        "letter: block of your CV (see `tailor letter`).",
    ),
]


@app.command(epilog=EXIT_CODES)
@_user_errors
def build(
    posting: PostingArg,
    cv: CvOption = None,
    template: TemplateOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Where to write the .docx: a file name ending in .docx, or a folder to write the default name in. "
            "[default: <Your_Name>_-_<Company>_-_<Title>.docx]",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path | None, _out_option("résumé")] = None,
    max_bullets: MaxBulletsOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
    report: Annotated[
        bool,
        typer.Option(
            "--report", help="Also write <output stem>.report.html: the posting marked up beside the choices."
        ),
    ] = False,
    pdf: PdfOption = False,
    pages: PagesOption = None,
    min_fit: MinFitOption = None,
    title: TitleOption = None,
    company: CompanyOption = None,
    location: LocationOption = None,
    hiring_manager: HiringManagerOption = None,
    letter: LetterFlag = False,
    letter_template: Annotated[
        Path | None,
        typer.Option(
            "--letter-template",
            help="With --letter: a bundled letter's name (classic, compact) or your own .docx. [default: the "
            "letter of the résumé's template]",
            show_default=False,
        ),
    ] = None,
    letter_paragraphs: LetterParagraphsOption = None,
    export: ExportOption = None,
    education_first: EducationFirstOption = None,
    paper: PaperOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Write a résumé tailored to POSTING as a Word file (and a PDF), then read it back as an ATS would."""
    from tailor.cli.terminal import print_build, print_warnings
    from tailor.cli.terminal_documents import print_build_problems, print_exports, print_letter
    from tailor.pipeline import build as run_build
    from tailor.pipeline import check_destination, read_source

    check_destination(output, force=force)  # before the posting is read: it may be downloaded
    with _interruptible("Interrupted; nothing was written."):  # all files or none: render.write_outputs
        result = run_build(
            read_source(posting, columns=columns),  # before the CV, as match
            _load_cv(cv),
            template=template,
            output=output,
            out=out,
            max_bullets=max_bullets,
            force=force,
            report=report,
            pdf=pdf,
            pages=pages,
            min_fit=min_fit,
            title=title,
            company=company,
            location=location,
            hiring_manager=hiring_manager,
            letter=letter,
            letter_template=letter_template,
            letter_paragraphs=letter_paragraphs,
            export=[str(kind) for kind in export or ()],
            education_first=education_first,
            paper=paper.value if paper else None,
        )
    print_build(stdout, result)
    print_letter(stdout, result)
    print_exports(stdout, result)
    print_warnings(err, result.match.warnings)
    if print_build_problems(err, result):
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command("letter", epilog=EXIT_CODES)
@_user_errors
def write_letter(
    posting: PostingArg,
    cv: CvOption = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="A bundled letter's name (classic, compact; see `tailor templates`) or your own .docx. "
            "[default: classic]",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Where to write the .docx. [default: <Your_Name>_-_<Company>_-_<Title>_-_Letter.docx]",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path | None, _out_option("letter")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the output files if they exist.")] = False,
    pdf: PdfOption = False,
    letter_paragraphs: LetterParagraphsOption = None,
    title: TitleOption = None,
    company: CompanyOption = None,
    location: LocationOption = None,
    hiring_manager: HiringManagerOption = None,
    paper: PaperOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Write a cover letter for POSTING from your own letter: paragraphs, chosen and ordered for it, on one page.

    Every sentence is yours, from the letter: block of your CV (`tailor init --letter` prints an example);
    only the posting's company, job title, hiring manager and team, and the date, fill the slots you wrote.
    """
    from tailor.cli.terminal import print_warnings
    from tailor.cli.terminal_documents import print_build_problems, print_exports, print_letter
    from tailor.pipeline import check_destination, read_source
    from tailor.pipeline import letter as run_letter

    check_destination(output, force=force, document="letter")  # before the posting is read: it may be downloaded
    with _interruptible("Interrupted; nothing was written."):
        result = run_letter(
            read_source(posting, columns=columns),  # before the CV, as match
            _load_cv(cv),
            template=template,
            output=output,
            out=out,
            force=force,
            pdf=pdf,
            paragraphs=letter_paragraphs,
            title=title,
            company=company,
            location=location,
            hiring_manager=hiring_manager,
            paper=paper.value if paper else None,
        )
    print_letter(stdout, result)
    print_exports(stdout, result)
    print_warnings(err, result.match.warnings)
    if print_build_problems(err, result):
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command("templates")
@_user_errors
def list_templates(
    copy: Annotated[
        str | None,
        typer.Option(
            "--copy",
            help="Write the bundled template of this name (classic, compact; letter-classic, letter-compact for a "
            "letter) where you can edit it in Word.",
            show_default=False,
        ),
    ] = None,
    path: Annotated[
        Path | None,
        typer.Argument(help="With --copy: the file or folder to write it to. [default: <name>.docx here]"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="With --copy: replace the file if it exists.")] = False,
) -> None:
    """List the bundled Word templates: name, description and file; --copy writes one where you can edit it."""
    from tailor.cli.terminal_documents import print_templates
    from tailor.documents import templates

    if copy is None:
        if path is not None:
            raise TailorError("A path is only for --copy NAME: the template to write there.")
        print_templates(stdout, templates.bundled(), templates.bundled("letter"))
        return
    written = templates.copy(copy, path, force=force)
    stdout.print(
        f"Wrote [bold]{escape(str(written))}[/]: edit it in Word (its variables: "
        f"{escape(str(templates.variables_guide()))}), then pass it as --template {escape(str(written))}",
        highlight=False,
        soft_wrap=True,
    )


@app.command(
    epilog=f"Exit status: {ExitCode.OK} when an ATS would read everything; {ExitCode.PROBLEMS} when the check found "
    f"problems (listed on stdout); {ExitCode.USER_ERROR} when the file could not be checked (a user error)."
)
@_user_errors
def check(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="A .docx résumé or cover letter, or several. Its manifest, if beside it, says which bullets (or "
            "letter texts) to expect, and its <stem>.pdf, if beside it, is checked too. A .pdf given alone is "
            "checked by its text.",
            show_default=False,
        ),
    ],
) -> None:
    """Read a résumé or letter back as an applicant tracking system would, and list what it would miss.

    Exit status: 0 when nothing is missed, 1 when a file has problems (listed), 2 when a file cannot be
    checked (the others are checked all the same)."""
    from tailor.cli.terminal_documents import print_check
    from tailor.pipeline import check as check_resume

    unreadable = problems = False
    for file in files:
        try:
            report = check_resume(file)
        except TailorError as e:
            if len(files) == 1:
                raise
            _print_error(e.describe(_flags(check).get))
            unreadable = True
            continue
        print_check(stdout, file, report)
        problems |= not report.ok
    if unreadable or problems:
        raise typer.Exit(ExitCode.USER_ERROR if unreadable else ExitCode.PROBLEMS)


@app.command()
@_user_errors
def match(
    posting: PostingArg,
    cv: CvOption = None,
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="table for people; json for programs; markdown for notes; html for a page to read or print.",
        ),
    ] = Format.table,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            min=0,
            help="Bullets and publications to list, best first (0: all). [default: 10 in the table, all in json "
            "and markdown]",
            show_default=False,
        ),
    ] = None,
    max_bullets: MaxBulletsOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Rank every CV bullet, publication and skill against POSTING, and show which of its keywords your CV covers."""
    from tailor.cli.terminal import print_warnings
    from tailor.pipeline import match as run_match
    from tailor.pipeline import read_source

    # The posting before the CV: one that cannot be read stops before seconds of analysis.
    result = run_match(read_source(posting, columns=columns), _load_cv(cv), max_bullets=max_bullets)
    print_warnings(err, result.warnings)
    if format is Format.json:
        from tailor.report import match_json

        typer.echo(json.dumps(match_json(result, top=top or None), ensure_ascii=False, indent=2))
    elif format is Format.markdown:
        from tailor.report import markdown

        typer.echo(markdown(result, top=top or None))
    elif format is Format.html:
        import datetime as dt

        from tailor.report_html import html_report

        # Printed like the other formats: `> report.html` saves it.
        typer.echo(html_report(result, dt.date.today()), nl=False)
    else:
        from tailor.cli.terminal import print_match

        print_match(stdout, result, MATCH_TABLE_TOP if top is None else top)


MATCH_TABLE_TOP = 10
"""How many bullets and publications ``match``'s table lists when not told."""
RANK_TABLE_TOP = 20
"""How many postings ``rank``'s table shows when not told."""


class RankFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


PostingsArg = Annotated[
    list[str],
    typer.Argument(
        help="Postings: files, folders (searched recursively for .txt, .md, .html, .pdf, .docx), patterns "
        "such as 'jobs/**/*.md', or tables of postings (.csv, .tsv, .jsonl, .json: one posting a row).",
        show_default=False,
        metavar="PATHS",
    ),
]


@app.command(
    "rank",
    epilog=f"Exit status: {ExitCode.OK} when a posting was ranked (those that could not be read are listed); "
    f"{ExitCode.PROBLEMS} when none could be read; {ExitCode.USER_ERROR} when nothing was done (no CV, no posting).",
)
@_user_errors
def rank_postings(
    paths: PostingsArg,
    cv: CvOption = None,
    format: Annotated[
        RankFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="table for people; csv or json for programs."),
    ] = RankFormat.table,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            min=0,
            help="How many of the best fits to show (0: all, slower: coverage for each). "
            f"[default: {RANK_TABLE_TOP} in the table; all in csv and json, which programs read whole]",
            show_default=False,
        ),
    ] = None,
    max_bullets: MaxBulletsOption = None,
    min_fit: MinFitOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Rank many postings by how well your CV fits each, best first; unreadable ones are listed and skipped.

    Rows of a table, or posting files, that are the same job (the same company and title, and the same or
    nearly the same description) are ranked once, with their copies."""
    from tailor.cli.terminal_batch import print_left_out, print_shortlist, print_unreadable, reading_progress
    from tailor.rank_postings import columns_of, rank_postings, rows

    ready = _load_cv(cv, paths, columns)
    if top is None:
        top = RANK_TABLE_TOP if format is RankFormat.table else 0
    with _interruptible("Interrupted."), reading_progress(err) as progress:
        result = rank_postings(
            paths, ready, top=top, max_bullets=max_bullets, min_fit=min_fit, columns=columns, progress=progress
        )
    _warn_unraised(result.warnings)
    fields = columns_of(result)
    if format is RankFormat.json:
        typer.echo(json.dumps(rows(result.fits, fields), ensure_ascii=False, indent=2))
    elif format is RankFormat.csv:
        from tailor.rank_postings import csv_lines

        table = ([_cell(row[field]) for field in fields] for row in rows(result.fits, fields))
        typer.echo(csv_lines([fields, *table]), nl=False)
    else:
        print_shortlist(stdout, result)
    if format is not RankFormat.table:
        print_left_out(err, result)  # the rows a program reads are whole; the people reading stderr are told
    print_unreadable(err, result.unreadable)
    if not result.ranked and result.unreadable:
        raise typer.Exit(ExitCode.PROBLEMS)  # nothing ranked: a script must not take the empty list for an answer


def _cell(value: object) -> object:
    """A value as a CSV cell: a list's items apart by ``; ``, a JSON Lines row's ``true`` and objects as the
    table reader spells them (never Python's ``True``)."""
    from tailor.posting.table import cell_text

    return cell_text(value) if isinstance(value, bool | list | dict) else value


@app.command(
    epilog=f"Exit status: {ExitCode.OK} when every résumé is built or up to date; {ExitCode.PROBLEMS} when some "
    f"were written and others failed (listed), or none of the postings could be read (listed); "
    f"{ExitCode.USER_ERROR} when nothing was written (a user error, or "
    f"every résumé failed); {ExitCode.INTERRUPTED} when stopped by Ctrl-C, leaving only complete résumés."
)
@_user_errors
def batch(
    paths: PostingsArg,
    cv: CvOption = None,
    top: Annotated[
        int, typer.Option("--top", min=0, help="Write résumés only for the K best-fitting postings (0: all).")
    ] = 0,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The folder to write into (created if missing).", file_okay=False)
    ] = Path("."),
    template: TemplateOption = None,
    max_bullets: MaxBulletsOption = None,
    report: Annotated[bool, typer.Option("--report", help="Also write each résumé's <stem>.report.html.")] = False,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also write each résumé's <stem>.pdf, through LibreOffice.")
    ] = False,
    pages: PagesOption = None,
    min_fit: MinFitOption = None,
    columns: ColumnsOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Rebuild résumés that are up to date with their inputs too, and replace those you edited and "
            "files of their names (or index.html, index.csv) that tailor did not write.",
        ),
    ] = False,
    letter: Annotated[
        bool,
        typer.Option(
            "--letter", help="Also write each posting's cover letter, <stem>_-_Letter.docx (see `tailor letter`)."
        ),
    ] = False,
    letter_paragraphs: LetterParagraphsOption = None,
    export: ExportOption = None,
    education_first: EducationFirstOption = None,
    paper: PaperOption = None,
) -> None:
    """Write a tailored résumé for each posting (or the --top best), skipping those already up to date.

    A résumé you edited after tailor wrote it is never replaced without --force. The output folder
    gets index.html and index.csv: every posting with its fit, coverage and links, to sort and open."""
    from tailor import overview
    from tailor.batch import plan, run
    from tailor.cli.terminal_batch import batch_progress, print_batch_summary, print_unreadable, reading_progress

    ready = _load_cv(cv, paths, columns)
    reading = _interruptible("Interrupted while reading the postings; nothing was written.")
    with reading, reading_progress(err) as progress:
        planned = plan(
            paths,
            ready,
            out=out,
            top=top,
            template=template,
            max_bullets=max_bullets,
            report=report,
            pdf=pdf,
            pages=pages,
            min_fit=min_fit,
            letter=letter,
            letter_paragraphs=letter_paragraphs,
            columns=columns,
            export=[str(kind) for kind in export or ()],
            education_first=education_first,
            paper=paper.value if paper else None,
            progress=progress,
        )
    _warn_unraised(planned.warnings)  # the CV's own warnings were printed as it was loaded
    outcomes = []
    try:
        with batch_progress(stdout, len(planned.jobs)) as tell:
            for outcome in run(planned, force=force):
                outcomes.append(outcome)
                tell(outcome)
    except KeyboardInterrupt:
        # Ctrl-C: run() has removed the résumé it was writing; every one reported is complete.
        print_batch_summary(err, planned, outcomes, interrupted=True)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    try:
        written, unwritten = overview.write(planned, outcomes, force=force), None
    except TailorError as e:
        written, unwritten = [], e
    print_batch_summary(stdout, planned, outcomes, interrupted=False, overview=written[0] if written else None)
    print_unreadable(err, planned.unreadable)
    if unwritten is not None:
        _print_error(unwritten.describe(_flags(batch).get))
    failed = any(o.status == "failed" for o in outcomes)
    if planned.none_read:
        raise typer.Exit(ExitCode.PROBLEMS)  # as rank: a script must not take the empty run for a done one
    if unwritten is not None or failed:
        # A failed résumé leaves no file (batch.run): 2 only when résumés failed and this run wrote none. An overview
        # it could not write (the user's own index.html, a full disk) is a problem to look at beside résumés that are
        # there, built now or up to date: 1.
        built = any(o.status == "built" for o in outcomes)
        raise typer.Exit(ExitCode.USER_ERROR if failed and not built else ExitCode.PROBLEMS)


CV_FORMAT = """\b
The CV file (YAML; `tailor init` writes a commented example with every field):
  contact:       name (required), email, phone, website, profiles [list], location, nationality
  headline:      a line under your name; or a list of {text, tags}: the best fit to the posting is printed
  summary:       a paragraph under "Profile"; or a list of {text, tags}, like headline
  experience:    roles, most recent first: id, employer, role, location, start, end, section
                 (a heading of its own after Experience: "Volunteer Experience", "Projects"), bullets
    bullets:     each a text, or id, text (printed as written; *italic*, **bold**), role (a step of
                 the role, printed over its bullets), pin (always keep), tags (words to match, never printed)
  education:     degree, institution, location, start, end, grade, details [list]
  publications:  id, year, title, venue, section ("Invited Talks"), pin; publications_link: the full list
  skills:        a list (Python, or {name, pin, group}); or groups, printed a line each:
                 {Clinical: [wound care, IV therapy], Systems: [Epic]}, or [Python, {Data: [SQL]}]
  interests:     a list;  languages: name, fluency
  certificates:  name, issuer, date, expires (when it runs out);  awards: name, issuer, date
  letter:        your cover-letter material (`tailor init --letter` prints an example):
    greetings, openings, closings: texts (openings and closings may be {text, tags});
    paragraphs:  id, text, tags, bullets (ids of the bullets it speaks for), pin;  sign_off
                 Texts may hold {{ company }}, {{ title }}, {{ hiring_manager }}, {{ team }}, {{ date }}:
                 filled from the posting; a text needing one the posting does not give is not used.

\b
Ids are optional: one left out is derived as `init` writes it, a role's from its employer
(oak-grove), a bullet's from its role and place (oak-grove-2), a publication's pub-<year>-<title>,
a letter paragraph's letter-<n>. Write one for a name that stays when items move.

\b
Dates: 2021, 2021-03, 2021-03-01, Mar 2021 or March 2021 print as "Mar 2021" (a year as "2021");
an end left out, or present / now / current, prints "Present"; other text prints as written.
A date that cannot exist, or an end before its start, is an error with its line.

\b
Editors: the first line `init` writes,
  # yaml-language-server: $schema=<the schema: tailor validate --schema>
gives VS Code (YAML extension) and other editors with the YAML language server completion, help
on hover and inline errors. A JSON Resume (resume.json) works as a CV too.

Exit status: 0 when the CV is valid (warnings are listed); 1 when it has problems (listed);
2 when there is no CV to check.
"""


@app.command(epilog=CV_FORMAT)
@_user_errors
def validate(
    cv: Annotated[
        Path | None,
        typer.Argument(
            help="The CV file to check, or `example`. [default: as the other commands find it: $TAILOR_CV, "
            "the cv of `tailor config`, ./cv.yaml]",
            show_default=False,
        ),
    ] = None,
    cv_option: Annotated[
        Path | None, typer.Option("--cv", help="The same, as the other commands take it.", show_default=False)
    ] = None,
    schema: Annotated[
        bool, typer.Option("--schema", help="Print where the CV format's JSON Schema is, for an editor, and exit.")
    ] = False,
) -> None:
    """Check a CV file: every problem with its file and line, or what it holds."""
    from tailor.cv.default import find_cv
    from tailor.cv.load import read_cv
    from tailor.cv.schema import SCHEMA_FILE
    from tailor.cv.summary import summarize
    from tailor.errors import CVError

    if schema:
        typer.echo(SCHEMA_FILE)
        return
    if cv and cv_option and cv != cv_option:
        raise TailorError(f"Two CVs were given, {cv} and --cv {cv_option}: check one at a time.")
    found = find_cv(cv or cv_option)
    try:
        read = read_cv(found.path)
        if not read.cv.has_items():  # valid, and of no use: every command that tailors refuses it
            hint = "Add the bullets of your roles, your publications or your skills (cv_data/README.md shows how)."
            raise CVError(found.path, [Problem("", NOTHING_TO_CHOOSE), *read.warnings], hint)
    except CVError as e:
        message = e.describe(lambda name: "--cv" if name == "cv" else None)
        _print_error(message)
        # A CV with problems is what validate reports (1); no CV file to read at all is a usage error, as for
        # every other command (2).
        raise typer.Exit(ExitCode.PROBLEMS if found.path.is_file() else ExitCode.USER_ERROR) from None
    _warn(found.path, read.warnings)
    where = "" if found.source == "given" else f" ({found.source})"
    stdout.print(
        f"{escape(str(found.path))}{escape(where)}: a valid CV of {escape(read.cv.contact.name)}: "
        f"{escape(summarize(read.cv).describe())}.",
        highlight=False,
        soft_wrap=True,
    )


@app.command(
    epilog="Sources: a LinkedIn data export (the .zip of Settings → Data privacy → Get a copy of your data, or its "
    "folder); a JSON Resume (.json); a RenderCV file (.yaml); a résumé as .docx, .pdf, .html, .txt or .md (.doc, .odt "
    "or .rtf with LibreOffice). Every text "
    "is copied word for word; what tailor is unsure of is marked CHECK in the file and listed. "
    f"Exit status: {ExitCode.OK} when the file is ready to use; {ExitCode.PROBLEMS} when it was written but "
    f"needs a fix first (listed); {ExitCode.USER_ERROR} when nothing was written."
)
@_user_errors
def init(
    # No dir_okay=False: tailor init says what to do with a folder ("give the CV file's name, such as …/cv.yaml").
    path: Annotated[Path, typer.Argument(help="The CV file to write.")] = Path("cv.yaml"),
    source: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Make the CV from the résumé or export you already have (-: a résumé as text, piped in).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    letter: Annotated[
        bool,
        typer.Option(
            "--letter", help="Print an example letter: block to add to your CV (for `tailor letter`); write nothing."
        ),
    ] = False,
) -> None:
    """Start your CV file: a commented example to fill in, or a draft of the CV you have (--from)."""
    from tailor.cli.terminal_cv import print_written
    from tailor.cv.init import init as run_init
    from tailor.cv.init import starter_letter

    if letter:
        typer.echo(starter_letter(), nl=False)
        return
    written = run_init(path, source, force=force)
    if not print_written(stdout, err, written):
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command()
@_user_errors
def config(
    key: Annotated[
        str | None, typer.Argument(help="The setting: cv (the CV commands use without --cv).", show_default=False)
    ] = None,
    value: Annotated[
        str | None, typer.Argument(help="Its new value: a CV file, or `example`.", show_default=False)
    ] = None,
    unset: Annotated[bool, typer.Option("--unset", help="Remove the setting.")] = False,
) -> None:
    """Show tailor's settings, or set one: `tailor config cv ~/cv.yaml`."""
    from tailor import config as settings
    from tailor.cli.terminal_cv import print_config
    from tailor.cv.default import EXAMPLE, find_cv

    if key is None:
        try:
            found = find_cv()
        except TailorError as e:
            found = e
        print_config(stdout, settings.path(), settings.read(), found)
        return
    if key not in settings.KEYS:
        raise TailorError(f"There is no setting '{key}'; the settings are: {', '.join(settings.KEYS)}.")
    if value is None and not unset:
        typer.echo(getattr(settings.read(), key) or "")
        return
    if value is not None and value != EXAMPLE:
        chosen = Path(value).expanduser()
        if not chosen.is_file():
            raise TailorError(f"{chosen} does not exist; make it with `tailor init {value}`, or give another file.")
        value = str(chosen.resolve())
    current = settings.read()
    try:
        written = settings.write(current.model_copy(update={key: None if unset else value}))
    except OSError as e:
        raise TailorError(f"Cannot write the config file {settings.path()}: {e.strerror or e}.") from None
    stdout.print(f"{key}: {escape(value or '(unset)')}  ({escape(str(written))})", highlight=False, soft_wrap=True)


def main() -> None:
    """Entry point of the ``tailor`` console script."""
    try:
        app()
    except SystemExit as done:
        _leave(done.code)
    _leave(0)


def _leave(code: int | str | None) -> NoReturn:
    """Exit with ``code`` without tearing the interpreter down.

    When a command returns, every file it wrote is complete, closed and in place
    (written atomically) and its worker processes have been joined; what is left is
    the exit handlers (``atexit``: LibreOffice's temporary profile is removed by one),
    then freeing spaCy's and scikit-learn's objects one by one, which takes 0.4 s,
    longer than a small command's own work. So run the handlers, flush the output
    and go.
    """
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()  # what a normal exit runs first; the teardown after it is what we skip
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
