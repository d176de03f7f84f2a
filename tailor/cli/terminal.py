"""How results look on a terminal (rich). Part of the CLI layer: the library never prints.

Everything here fits an 80-column terminal: long texts wrap inside their column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tailor.cli.terminal_documents import print_documents
from tailor.manifest import COVERAGE_NOTE
from tailor.report import (
    DETAIL_LABELS,
    analysed,
    details,
    kept_per_role,
    matched,
    needed,
    posting_json,
    term_words,
    top_terms,
    where,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tailor.rank import ScoredItem
    from tailor.results import Build, Match

STATUS_STYLE = {"selected": "green", "available": "yellow", "absent": "red"}
FIT_STYLE = {"strong": "[green]", "partial": "[yellow]", "weak": "[red]", "too short": "[red]"}
STATUS_MARK = {"selected": "✓ selected", "available": "~ available", "absent": "✗ absent"}
"""Marks that say the status without colour too."""


def print_match(console: Console, result: Match, top: int) -> None:
    """The posting's sections, the best ``top`` bullets (0: all) and publications, and keyword coverage."""
    _print_posting(console, result)
    name = escape(result.cv.contact.name)
    label = result.ranking.label
    console.print(
        f"Fit of {name} to this posting: [bold]{result.ranking.score:.3f}[/] ({FIT_STYLE[label]}{label}[/])",
        highlight=False,
    )
    kept = set(result.selection.bullet_ids) | {p.id for p in result.selection.publications}
    ranking = result.ranking
    words = term_words(result)
    for title, items in (("Experience bullets", ranking.bullets), ("Publications", ranking.publications)):
        if not items:
            continue  # a CV without publications gets no empty table
        table, shown = _ranked_table(title, items, top, "item")
        for n, item in enumerate(shown, start=1):
            where = f"[dim]{escape(item.id)}[/]\n" if item.kind == "bullet" else ""
            mark = "[green]✓[/]" if item.id in kept else ""
            text = f"{where}{emphasised(item.text)}"
            table.add_row(str(n), f"{item.score:.3f}", mark, text, escape(matched(item, words)))
        console.print(table)
    _print_skills(console, result, top)
    console.print(
        "[green]✓[/] = in the résumé tailor build would write, before fitting its pages (a last page of a few "
        "lines, or --pages, may leave out the weakest)",
        highlight=False,
    )
    _print_coverage(console, result)


def _ranked_table(title: str, items: Sequence[ScoredItem], top: int, what: str) -> tuple[Table, Sequence[ScoredItem]]:
    """A table of ranked ``items`` titled ``title`` (with how many it shows where ``top`` leaves some out), and the
    items it shows: #, score, a ✓ column, the item (headed ``what``) and the terms it matched."""
    shown = items[:top] if top else items
    more = f" (best {len(shown)} of {len(items)}; --top 0 shows all)" if len(shown) < len(items) else ""
    table = Table(title=f"{title}{more}", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("score", justify="right")
    table.add_column("", width=1)
    table.add_column(what, overflow="fold", ratio=3 if what == "item" else 2)
    table.add_column("matched terms", style="cyan", overflow="fold", ratio=1)
    return table, shown


def _print_skills(console: Console, result: Match, top: int) -> None:
    """The CV's skills, best first (the best ``top``; 0: all), each with its group, the terms it matched and why the
    résumé keeps or leaves it: the Skills line is chosen too, and a user asks why a skill is not on it."""
    skills = result.ranking.skills
    if not skills:
        return
    kept = set(result.selection.skills)
    reasons = {c.bullet_id: c.reason for c in result.selection.skill_choices}
    group = result.cv.skill_groups
    words = term_words(result)
    table, shown = _ranked_table(f"Skills, {len(kept)} of {len(skills)} kept", skills, top, "skill")
    table.add_column("why", style="dim", overflow="fold", ratio=1)
    for n, item in enumerate(shown, start=1):
        named = f"[dim]{escape(heading)}:[/] " if (heading := group.get(item.text)) else ""
        mark = "[green]✓[/]" if item.text in kept else ""
        table.add_row(
            str(n), f"{item.score:.3f}", mark, f"{named}{escape(item.text)}", escape(matched(item, words)),
            escape(reasons.get(item.text, "")),
        )  # fmt: skip
    console.print(table)


def emphasised(text: str) -> str:
    """A CV text in rich markup as the résumé shows it: its emphasis bold and italic, not asterisks."""
    from tailor.cv import markup

    out = []
    for span in markup.spans(text):
        style = " ".join(name for name, on in (("bold", span.bold), ("italic", span.italic)) if on)
        out.append(f"[{style}]{escape(span.text)}[/]" if style else escape(span.text))
    return "".join(out)


def _print_posting(console: Console, result: Match) -> None:
    posting = posting_json(analysed(result))
    console.print(f"Posting [bold]{escape(result.posting.shown)}[/]", highlight=False, soft_wrap=True)
    _print_details(console, result)
    table = Table(title="Sections, and how much their words count", title_justify="left")
    table.add_column("kind")
    table.add_column("heading", overflow="fold")
    table.add_column("weight", justify="right")
    table.add_column("words", justify="right")
    for section in posting["sections"]:
        # A section under no heading is told by its opening words: which text it is says why it counts as it does.
        heading = escape(section["heading"]) or f"[dim](no heading) {escape(section['opens'])}[/]"
        style = "dim" if section["weight"] == 0 else None
        table.add_row(section["kind"], heading, f"{section['weight']:.2f}", str(section["words"]), style=style)
    console.print(table)


def _print_details(console: Console, result: Match) -> None:
    """What the posting states about the job, each with the rule that found it; a flag where it states
    no title or company clearly, since they name the résumé."""
    found = {label: (value, source) for label, value, source in details(analysed(result))}
    table = Table(box=None, show_header=False, padding=(0, 1, 0, 2))
    table.add_column("detail", style="dim", no_wrap=True)
    table.add_column("value", overflow="fold")
    table.add_column("found by", style="dim", no_wrap=True)
    for field, label in DETAIL_LABELS.items():
        if label in found:
            value, source = found[label]
            table.add_row(label, escape(value), escape(source))
        elif field in ("title", "company"):
            table.add_row(label, f"[yellow]not stated clearly[/] (build --{field} sets it)", "")
    console.print(table)


def _print_coverage(console: Console, result: Match) -> None:
    coverage = result.coverage
    if not coverage.keywords:
        console.print("No keywords found in the posting's requirements.")
        return
    table = Table(title="Posting keywords", title_justify="left")
    table.add_column("keyword", overflow="fold", ratio=2)
    table.add_column("needed", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("where in the CV", overflow="fold", ratio=2)
    for k in coverage.keywords:
        # Met by one of its kind or an alternative ("CRM: met by Salesforce"): met, though not said as such.
        status = "[green]✓ met[/]" if k.met_by else f"[{STATUS_STYLE[k.status]}]{STATUS_MARK[k.status]}[/]"
        if (short := k.shortfall) is not None:
            status = f"[yellow]! {short.mark}[/]"  # shown, not met: expired, at a lower level, of another state
        table.add_row(escape(k.keyword.label), needed(k), status, escape(where(result, k)))
    console.print(table)
    required = coverage.required
    if coverage.ratio is not None:
        done = sum(k.met for k in required)
        console.print(f"Required keywords met: [bold]{done} of {len(required)}[/] ({coverage.ratio:.0%})")
    absent = [k.asked for k in required if k.status == "absent" and not k.met]
    if absent:
        console.print(f"[red]Not in your CV[/] (required): {escape(', '.join(absent))}", highlight=False)
    if expired := [f"{k.asked} (expired {k.expired})" for k in required if k.expired and not k.met]:
        console.print(f"[yellow]Expired in your CV[/] (required): {escape(', '.join(expired))}", highlight=False)
    if levels := [f"{k.asked} ({k.fluency})" for k in required if k.fluency and not k.met]:
        console.print(
            f"[yellow]Below the level asked[/] (required: the posting asks fluency): {escape(', '.join(levels))}",
            highlight=False,
        )
    if elsewhere := [f"{k.asked} (held for {k.held_for})" for k in required if k.held_for and not k.met]:
        console.print(
            f"[yellow]Held for another[/] (required: for the one the posting names): {escape(', '.join(elsewhere))}",
            highlight=False,
        )
    console.print(f"[dim]{COVERAGE_NOTE}[/]", highlight=False)


def print_warnings(console: Console, warnings: list[str]) -> None:
    """Each warning as its own paragraph (for stderr)."""
    for warning in warnings:
        console.print(f"[yellow]Warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)


def _print_named_for(console: Console, result: Build) -> None:
    """The job and employer the résumé is named for, and where each came from; a flag for one not found."""
    found = analysed(result.match).structure.details
    parts = []
    for field in ("title", "company"):
        detail = found.title if field == "title" else found.company
        if detail is None:
            parts.append(f"[yellow]no {field} found[/] (pass --{field})")
        else:
            parts.append(f"{escape(detail.value)} [dim]({escape(detail.source)})[/]")
    console.print(f"For: {' at '.join(parts)}", highlight=False)


def print_build(console: Console, result: Build) -> None:
    """What build wrote, what it kept per role, and what it matched."""
    console.print(
        f"Wrote [bold]{escape(str(result.output))}[/] and its manifest {escape(result.manifest.name)}", soft_wrap=True
    )
    if result.report is not None:
        console.print(f"Report (open in a browser): {escape(str(result.report))}", highlight=False, soft_wrap=True)
    print_documents(console, result)
    _print_named_for(console, result)
    for employer, kept, total, printed in kept_per_role(result):
        # An entry the CV gives no bullets (a membership) prints but where page fitting left it out.
        why = "to fit the page" if not total else "none of its bullets was chosen; pin one to print it"
        left_out = "" if printed else f" [dim](left out: {why})[/]"
        console.print(f"  {kept:>2} of {total:>2} bullets  {escape(employer)}{left_out}", highlight=False)
    terms = top_terms(result)
    if terms:
        console.print(f"Matched posting terms: {escape(', '.join(terms))}", highlight=False)
    coverage = result.match.coverage
    if coverage.ratio is not None:
        console.print(f"Required keywords met: {coverage.ratio:.0%} (lexical coverage; see the manifest)")
