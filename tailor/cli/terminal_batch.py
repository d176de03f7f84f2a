"""How ``tailor rank`` and ``tailor batch`` look on a terminal: progress, the ranking, the summary.

Part of the CLI layer (rich), like :mod:`tailor.cli.terminal`. On a terminal, work on
many postings shows a progress bar with the time left; when the output is a file
or a pipe, plain lines instead, one per résumé, that a log can keep.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tailor.scored import places

if TYPE_CHECKING:
    from pathlib import Path

    from tailor.batch import Outcome, Plan
    from tailor.rank_postings import Shortlist, Unreadable

STATUS_STYLE = {"built": "green", "up to date": "dim", "edited": "yellow", "failed": "red"}


@contextlib.contextmanager
def reading_progress(console: Console, what: str = "Reading postings") -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback: a transient bar on a terminal, silence elsewhere."""
    if not console.is_terminal:
        yield lambda done, total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # No refresh thread (auto_refresh): the postings are read in forked processes, and a
    # process should not fork while another of its threads may hold a lock.
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(what, total=None)
        last = 0.0

        def advance(done: int, total: int) -> None:
            nonlocal last
            bar.update(task, completed=done, total=total or None)  # 0: not known yet (a table's rows)
            if (now := time.monotonic()) - last > 0.1 or done == total:
                last = now
                bar.refresh()

        yield advance


def print_shortlist(console: Console, shortlist: Shortlist) -> None:
    """The ranking as a table, best first."""
    if not shortlist.fits:
        left_out = "were left out by" if shortlist.too_short else "fit less than"
        why = (
            f"all {shortlist.below:,} {left_out} --min-fit{_too_short(shortlist)}"
            if shortlist.below
            else "none could be read"
        )
        console.print(f"No posting to show: {why}.", highlight=False)
        return
    shown, total = len(shortlist.fits), shortlist.qualifying
    more = f" (best {shown:,} of {total:,}; --top 0 shows all)" if shortlist.beyond_top else ""
    from tailor.many import short_sources

    folder, sources = short_sources([fit.source for fit in shortlist.fits])
    where = f", files in {escape(folder)}" if folder else ""
    table = Table(title=f"Postings by fit{more}{where}", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("fit", justify="right", no_wrap=True)
    table.add_column("cover-\nage", justify="right")
    table.add_column("title", overflow="fold", ratio=2)
    table.add_column("company\nlocation", overflow="fold", ratio=1)
    table.add_column("file", overflow="fold", ratio=2, style="dim")
    for fit, source in zip(shortlist.fits, sources, strict=True):
        coverage = f"{fit.coverage:.0%}" if fit.coverage is not None else "–"
        location = fit.details.value("location")
        where = f"\n[dim]{escape(location)}[/]" if location else ""
        if fit.copies:
            # "+2 copies: also Dublin, OH; Westerville, OH" (a copy in the same place names no other place).
            elsewhere = "; ".join(places(fit.copies, besides=location))
            count = f"+{len(fit.copies)} cop{'ies' if len(fit.copies) > 1 else 'y'}"
            where += f"\n[dim]{count}{f': also {escape(elsewhere)}' if elsewhere else ''}[/]"
        table.add_row(
            str(fit.rank),
            f"{fit.score:.3f}\n[dim]{fit.fit}[/]",
            coverage,
            escape(fit.title or "") + "".join(f"\n[yellow]⚠ {escape(flag)}[/]" for flag in fit.flags),
            escape(fit.company or "") + where,
            escape(source),
        )
    console.print(table)
    from tailor.rank import label_rules

    console.print(
        "[dim]fit: how much of what the posting asks for your CV says, and how closely your best bullets match it "
        f"({escape(label_rules())}); coverage: required keywords the default résumé evidences; ⚠: what tailor match "
        "warns of[/]",
        highlight=False,
    )
    if shortlist.copies:
        rows = "1 posting was" if shortlist.copies == 1 else f"{shortlist.copies:,} postings were"
        verb = "is" if shortlist.copies == 1 else "are"
        console.print(f"{rows} the same job as another posting and {verb} ranked with it.", highlight=False)
    print_left_out(console, shortlist)


def print_left_out(console: Console, shortlist: Shortlist) -> None:
    """How many postings ranked are not shown, and why: beyond --top, below --min-fit."""
    if shortlist.beyond_top:
        console.print(f"{shortlist.beyond_top:,} more not shown (--top; --top 0 shows all).", highlight=False)
    if shortlist.below:
        # A posting too short to judge is left out whatever its fit says: not "below" a fit it may well exceed.
        left_out = "left out by" if shortlist.too_short else "below"
        said = f"{shortlist.below:,} more {left_out} --min-fit{_too_short(shortlist)}, not shown."
        console.print(said, highlight=False)


def _too_short(shortlist: Shortlist) -> str:
    """Why postings that may fit well are left out by --min-fit: they are too short for a fit, whatever it says."""
    if not shortlist.too_short:
        return ""
    them = "all of them" if shortlist.too_short == shortlist.below else f"{shortlist.too_short:,} of them"
    return f" ({them} too short a posting to judge, whatever the fit: check that each holds the whole posting)"


_FIRST_SENTENCE = re.compile(r"(?<=[.)])\s+(?=[a-zA-Z])")
"""Where a message's first sentence (what is wrong with which posting) ends and its advice begins."""


def print_unreadable(console: Console, unreadable: Sequence[Unreadable]) -> None:
    """The postings that were skipped, and why: what a message goes on to say after its first sentence (how
    to fix it) is said once, for the first posting it is said of, not for each of fifty postings in French."""
    if not unreadable:
        return
    count = len(unreadable)
    console.print(
        f"{count} posting{'s' if count != 1 else ''} could not be ranked and {'were' if count != 1 else 'was'} skipped:"
    )
    said: set[str] = set()
    for bad in unreadable:
        first, *rest = _FIRST_SENTENCE.split(bad.message, maxsplit=1)
        then = rest[0] if rest else ""
        message = f"{first.rstrip('.')}; as above." if then and then in said else bad.message
        said.add(then)
        job = " at ".join(filter(None, (bad.title, bad.company)))  # a table's row names the job missed
        console.print(
            f"  [red]✗[/] {escape(f'{job}: ' if job else '')}{escape(message)}", highlight=False, soft_wrap=True
        )


@contextlib.contextmanager
def batch_progress(console: Console, total: int) -> Iterator[Callable[[Outcome], None]]:
    """A callback to tell each outcome to: a bar with the time left on a terminal, one line each elsewhere."""
    if not console.is_terminal:
        done = 0

        def line(outcome: Outcome) -> None:
            nonlocal done
            done += 1
            console.print(f"[{done}/{total}] {_describe(outcome)}", highlight=False, soft_wrap=True)

        yield line
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("Writing résumés"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console) as bar:
        task = bar.add_task("batch", total=total)

        def advance(outcome: Outcome) -> None:
            if outcome.status != "up to date":
                bar.console.print(_describe(outcome), highlight=False, soft_wrap=True)
            bar.advance(task)

        yield advance


def _describe(outcome: Outcome) -> str:
    style = STATUS_STYLE[outcome.status]
    posting = outcome.job.posting
    label = outcome.label or posting.label
    what = f"[{style}]{outcome.status}[/] {escape(outcome.job.output.name)} (fit {posting.score:.3f}, {label})"
    if outcome.flags:
        what += f" [yellow]⚠ {escape('; '.join(outcome.flags))}[/]"
    if outcome.status == "edited":
        what += f": {escape(outcome.message)}; --force to replace"
    elif outcome.message:
        what += f": {escape(outcome.message)}"
    return what


def print_batch_summary(
    console: Console, plan: Plan, outcomes: Sequence[Outcome], *, interrupted: bool, overview: Path | None = None
) -> None:
    """How many résumés were written, up to date, skipped as edited, and failed; which were edited; where
    the overview is; and, if stopped, how to carry on."""
    counts = {status: sum(o.status == status for o in outcomes) for status in STATUS_STYLE}
    folder = plan.jobs[0].output.parent if plan.jobs else None
    where = f" in {escape(str(folder))}" if folder is not None else ""
    # A posting too short to judge may score high: it is no weak fit, and is not called one.
    kinds = [
        f"{n} {what}"
        for n, what in (
            (plan.beyond_top_weak, "a weak fit" if plan.beyond_top_weak == 1 else "weak fits"),
            (plan.beyond_top_short, "too short to judge"),
        )
        if n
    ]
    weak = f" ({', '.join(kinds).replace(' ', ' of them ', 1)})" if kinds else ""
    below = f"; {plan.beyond_top} more left out by --top{weak}" if plan.beyond_top else ""
    below += f"; {len(plan.below)} below --min-fit, skipped" if plan.below else ""
    rows = "1 posting was a copy" if plan.copies == 1 else f"{plan.copies:,} postings were copies"
    copies = f"; {rows} of another posting's job" if plan.copies else ""
    yours = sum(o.status == "up to date" and o.edited for o in outcomes)
    kept = f" ({yours} of them edited by you, kept)" if yours else ""
    console.print(
        f"{counts['built']} built, {counts['up to date']} up to date{kept}, {counts['edited']} skipped as edited, "
        f"{counts['failed']} failed{where}{below}{copies}.",
        highlight=False,
        soft_wrap=True,
    )
    edited = [o.message for o in outcomes if o.status == "edited"]
    if edited:
        console.print(
            "Left alone, yours (--force to replace): " + "; ".join(escape(why) for why in edited),
            highlight=False,
            soft_wrap=True,
        )
    if overview is not None:
        console.print(f"Overview: {escape(str(overview))} (and index.csv beside it)", highlight=False, soft_wrap=True)
    if interrupted:
        left = len(plan.jobs) - len(outcomes)
        console.print(
            f"[yellow]Interrupted[/]: {left} of {len(plan.jobs)} résumés not written; the others are complete. "
            "Run the same command again to carry on.",
            highlight=False,
        )
