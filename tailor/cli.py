"""The command line: parse arguments, call :mod:`tailor.pipeline`, print.

Every command body is one call into the library. User-fixable problems arrive as
:class:`~tailor.errors.TailorError` and leave through :func:`_user_errors`: one
paragraph on stderr and exit code 2, no traceback. Heavy libraries (spaCy,
scikit-learn, docxtpl) are imported inside the commands that need them, so
``tailor --help`` and ``tailor --version`` stay fast.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from tailor import __version__
from tailor.errors import USER_ERROR_EXIT_CODE, TailorError
from tailor.select import DEFAULT_MAX_BULLETS

if TYPE_CHECKING:
    from tailor.pipeline import Match

app = typer.Typer(
    name="tailor",
    help="Tailor your CV to a job posting: rank every bullet against the posting and write a Word résumé.",
    no_args_is_help=True,
    add_completion=False,
    # CV data is personal: never print local variables in a traceback.
    pretty_exceptions_show_locals=False,
)
out = Console()
err = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")


def _user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a TailorError into a clean message on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except TailorError as e:
            err.print(f"[bold red]Error:[/] {e}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(USER_ERROR_EXIT_CODE) from None

    return wrapper


class Format(StrEnum):
    table = "table"
    json = "json"


PostingArg = Annotated[
    str, typer.Argument(help="The job posting: a .txt or .md file, or - to read stdin.", show_default=False)
]
CvOption = Annotated[
    Path | None,
    typer.Option(
        "--cv",
        help="Your CV: a YAML file in tailor's format or a JSON Resume. [default: the bundled CV]",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"tailor {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Tailor your CV to a job posting, offline, without inventing a word."""


@app.command()
@_user_errors
def build(
    posting: PostingArg,
    cv: CvOption = None,
    template: Annotated[
        Path | None, typer.Option("--template", help="A .docx template. [default: the bundled one]", show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Where to write the .docx. [default: <Your_Name>_-_<posting>.docx]",
            show_default=False,
        ),
    ] = None,
    max_bullets: Annotated[
        int, typer.Option("--max-bullets", min=1, help="How many experience bullets at most.")
    ] = DEFAULT_MAX_BULLETS,
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
) -> None:
    """Write a résumé tailored to POSTING as a Word file."""
    from tailor.pipeline import build as run_build
    from tailor.report import kept_per_role, top_terms

    result = run_build(posting, cv, template=template, output=output, max_bullets=max_bullets, force=force)
    out.print(f"Wrote [bold]{result.output}[/]")
    for employer, kept, total in kept_per_role(result):
        out.print(f"  {kept:>2} of {total:>2} bullets  {employer}", highlight=False)
    terms = top_terms(result)
    if terms:
        out.print(f"Matched posting terms: {', '.join(terms)}", highlight=False)


@app.command()
@_user_errors
def match(
    posting: PostingArg,
    cv: CvOption = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table for people, json for programs.")
    ] = Format.table,
) -> None:
    """Rank every CV bullet, publication and skill against POSTING."""
    from tailor.pipeline import match as run_match
    from tailor.report import match_json

    result = run_match(posting, cv)
    if format is Format.json:
        typer.echo(json.dumps(match_json(result), ensure_ascii=False, indent=2))
        return
    _print_ranking(result)


def _print_posting(posting: dict[str, Any]) -> None:
    """The posting as tailor read it: what it is, and how much each section counted."""
    what = " at ".join(_escape(x) for x in (posting["title"], posting["company"]) if x) or "(no title found)"
    out.print(f"Posting [bold]{_escape(posting['source'])}[/]: {what}", highlight=False)
    table = Table(title="Sections, and how much their words count", title_justify="left")
    table.add_column("kind")
    table.add_column("heading", overflow="fold")
    table.add_column("weight", justify="right")
    table.add_column("words", justify="right")
    for section in posting["sections"]:
        heading = _escape(section["heading"]) or "[dim](no heading)[/]"
        style = "dim" if section["weight"] == 0 else None
        table.add_row(section["kind"], heading, f"{section['weight']:.2f}", str(section["words"]), style=style)
    out.print(table)


def _print_ranking(result: Match) -> None:
    from tailor.report import posting_json

    ranking = result.ranking
    _print_posting(posting_json(result.posting))
    out.print(
        f"Fit of {_escape(result.cv.contact.name)} to this posting: [bold]{ranking.score:.3f}[/]", highlight=False
    )
    for title, items in (("Experience bullets", ranking.bullets), ("Publications", ranking.publications)):
        table = Table(title=title, title_justify="left", expand=False, show_lines=False)
        table.add_column("#", justify="right", style="dim")
        table.add_column("score", justify="right")
        table.add_column("item", overflow="fold", ratio=3)
        table.add_column("matched terms", style="cyan", overflow="fold", ratio=1)
        for n, item in enumerate(items, start=1):
            where = f"[dim]{item.id}[/]\n" if item.kind == "bullet" else ""
            table.add_row(str(n), f"{item.score:.3f}", f"{where}{_escape(item.text)}", ", ".join(item.terms))
        out.print(table)
    skills = ", ".join(f"{s.text} ({s.score:.2f})" for s in ranking.skills)
    out.print(f"Skills by relevance: {_escape(skills)}", highlight=False)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def main() -> None:
    """Entry point of the ``tailor`` console script."""
    app()
