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
from typing import Annotated, ParamSpec, TypeVar

import typer
from rich.console import Console

from tailor import __version__
from tailor.errors import USER_ERROR_EXIT_CODE, TailorError
from tailor.select import DEFAULT_MAX_BULLETS

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
    markdown = "markdown"


PostingArg = Annotated[
    str,
    typer.Argument(
        help="The job posting: a .txt, .md, .html, .pdf or .docx file, an http(s):// URL, or - to read stdin.",
        show_default=False,
    ),
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
    from tailor.terminal import print_build

    result = run_build(posting, cv, template=template, output=output, max_bullets=max_bullets, force=force)
    print_build(out, result)


@app.command()
@_user_errors
def match(
    posting: PostingArg,
    cv: CvOption = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table for people; json for programs; markdown for notes.")
    ] = Format.table,
    top: Annotated[int, typer.Option("--top", min=0, help="Bullets to show in the table (0: all).")] = 10,
    max_bullets: Annotated[
        int, typer.Option("--max-bullets", min=1, help="The résumé size that coverage is judged against.")
    ] = DEFAULT_MAX_BULLETS,
) -> None:
    """Rank every CV bullet, publication and skill against POSTING, and show which of its keywords your CV covers."""
    from tailor.pipeline import match as run_match

    result = run_match(posting, cv, max_bullets=max_bullets)
    if format is Format.json:
        from tailor.report import match_json

        typer.echo(json.dumps(match_json(result), ensure_ascii=False, indent=2))
    elif format is Format.markdown:
        from tailor.report import markdown

        typer.echo(markdown(result))
    else:
        from tailor.terminal import print_match

        print_match(out, result, top)


def main() -> None:
    """Entry point of the ``tailor`` console script."""
    app()
