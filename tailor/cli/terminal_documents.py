"""How the documents step looks on a terminal: the PDF, page fitting, the read-back check, templates.

Part of the CLI layer, like :mod:`tailor.cli.terminal`. What went well goes to
stdout; what needs a look (check problems, a PDF that could not be made) goes to
stderr, so that a script reading stdout still sees it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from tailor.documents.check import Report
    from tailor.documents.pagefit import Item, PageFit
    from tailor.documents.templates import Template
    from tailor.results import Build


def print_documents(console: Console, result: Build) -> None:
    """The PDF written, and what fitting the page limit left out."""
    made = result.documents
    if made is None:
        return
    if result.pdf is not None:
        console.print(f"PDF: [bold]{escape(str(result.pdf))}[/]", highlight=False, soft_wrap=True)
    fit = made.page_fit
    if fit is not None:
        cv = result.match.cv
        names = {text_id: credential.name for text_id, _, credential in cv.credentials()}
        names |= {f"education:{n}": _details_of(e.degree, e.grade, e.details) for n, e in enumerate(cv.education, 1)}
        names |= {e.id: e.heading for e in cv.experience}
        limit = f"{fit.pages} page{'s' if fit.pages > 1 else ''}"
        if fit.measured_by == "pdf":
            filled = f"{fit.measured_pages:.0f} page{'s' if fit.measured_pages > 1 else ''}, measured in its PDF"
        else:
            filled = f"about {fit.measured_pages:.1f} pages, estimated from line lengths"
        if made.trimmed:
            console.print(
                f"Fitted on {limit}: page {fit.pages + 1} would have held only a few lines. The résumé fills {filled}.",
                highlight=False,
            )
        else:
            console.print(f"Page limit {limit}: the résumé fills {filled}.", highlight=False)
        if fit.dropped:
            if result.options.pages is not None and result.options.max_bullets is None:
                # The page was the budget: bullets the résumé without --pages leaves out were candidates too.
                console.print(
                    "Every bullet was a candidate (--pages without --max-bullets): the page decided how many stay.",
                    highlight=False,
                )
            console.print(
                f"Left out to fit on {limit}, in the order they went (what shows nothing the posting asks first, then "
                "the least relevant; a certificate you hold, a bullet that alone shows a keyword the posting "
                "requires, or an award that honours the job's work, after the weaker half of the bullets; a "
                "certificate or award that shows a "
                "keyword the posting prefers after every bullet, one that shows a required one, or certifies the "
                "job, last):",
                highlight=False,
            )
            # What the fit was told, not the coverage after it: a certificate left out no longer shows its keyword.
            for item in fit.dropped:
                console.print(f"  - {_left_out(item, names, fit)}", highlight=False)
        if fit.readded:
            given = ", ".join(_named(i, names) for i in fit.readded)
            console.print(f"Left out at first, then given back as they fit: {given}", highlight=False)
        if made.trimmed:
            budget = result.match.selection.budget
            console.print(
                f"--max-bullets {budget} keeps them (on {fit.pages + 1} pages); --pages {fit.pages + 1} fills "
                f"{fit.pages + 1} pages.",
                highlight=False,
            )
    notes = list(made.notes)
    if spill := made.spill:
        fewer = spill.pages - 1
        counted = (
            f"runs to {spill.pages} pages (its PDF's count)"
            if made.pdf is not None
            else f"runs to about {spill.pages} pages by an estimate from its line lengths (--pdf counts them)"
        )
        notes.append(
            f"The résumé {counted}, its last page only about {spill.last_page:.0%} full. "
            f"--pages {fewer} leaves out its least relevant items to fit it on {fewer} page{'s' if fewer > 1 else ''}."
        )
    for note in notes:
        console.print(f"[yellow]Note:[/] {escape(note)}", highlight=False)
    if made.check.ok:
        console.print("[green]✓[/] Read back as an ATS would: nothing missing, nothing hidden.", highlight=False)


def _named(item: Item, names: Mapping[str, str]) -> str:
    """A left-out item as a person knows it: a certificate or award by its name, a degree's grade and details by
    the degree's, in quotes; else by its id."""
    if item.kind == "education":
        return escape(names[item.id])
    if item.kind == "summary":
        return f"your summary's paragraph {item.paragraph}"
    return f"“{escape(names[item.id])}”" if item.kind in ("certificate", "award", "entry") else escape(item.id)


def _details_of(degree: str, grade: str | None, details: list[str]) -> str:
    """What page fitting leaves out of a degree, for people: 'the grade and details of “MSc Biology”'."""
    what = " and ".join(w for w, shown in (("grade", grade), ("details", details)) if shown)
    return f"the {what} of “{degree}”"


def _left_out(item: Item, names: Mapping[str, str], fit: PageFit) -> str:
    """One line of what page fitting left out: what it was, and why it went when it did (by what the fit was told,
    not the coverage after it: a certificate left out no longer shows its keyword)."""
    evidence, required, preferred = fit.evidence, fit.required, fit.preferred
    if item.kind == "interests":
        return "your interests (before any bullet)"
    if item.kind == "summary":
        when = "alone says a required keyword: as a bullet that does" if item.id in evidence else "before any bullet"
        return f"{_named(item, names)} ({when})"
    if item.kind == "education":
        return f"{_named(item, names)} (before any job's last bullet)"
    if item.kind in ("certificate", "award"):
        why = (
            "shows a keyword the posting requires, or certifies its job: last"
            if item.id in required
            else "shows a keyword the posting prefers: after every bullet"
            if item.id in preferred
            else "shows only keywords the posting prefers or the résumé shows elsewhere, or honours the job's work"
            if item.id in evidence and item.kind == "award"
            else "shows only keywords the posting prefers or the résumé shows elsewhere"
            if item.id in evidence
            else "shows none of the posting's keywords"
        )
        return f"{item.kind} {_named(item, names)} ({why})"
    if item.kind == "entry":
        return f"entry {_named(item, names)} (a line without bullets; before any bullet that scores)"
    return f"{item.kind} {escape(item.id)} (score {item.score:.3f})"


def print_letter(console: Console, result: Build) -> None:
    """The letter written: which of the owner's texts it prints, which it left out and why."""
    made, path = result.letter, result.letter_file
    if made is None or path is None:
        return
    choice = made.choice
    if result.main == "letter":
        written = f"Wrote [bold]{escape(str(path))}[/] and its manifest {escape(result.manifest.name)}"
        console.print(written, highlight=False, soft_wrap=True)
    else:
        console.print(f"Letter: [bold]{escape(str(path))}[/]", highlight=False, soft_wrap=True)
    if result.letter_pdf is not None:
        console.print(f"Letter PDF: [bold]{escape(str(result.letter_pdf))}[/]", highlight=False, soft_wrap=True)
    filled = [f"{k} “{escape(v)}” [dim]({escape(choice.sources.get(k, ''))})[/]" for k, v in choice.values.items()]
    filled += [f"[yellow]no {k} found[/] (pass --{k})" for k in ("title", "company") if k not in choice.values]
    console.print(f"  From the posting: {', '.join(filled)}", highlight=False, soft_wrap=True)
    for part in choice.printed:
        score = f"{part.score:.3f}" if part.kind in ("opening", "paragraph", "closing") else "     "
        console.print(f"  [green]✓[/] {score}  {part.kind:<9} {escape(part.id)}", highlight=False)
    from tailor.letter import NO_ROOM

    for part in choice.skipped:
        reason = part.reason
        if part.kind == "paragraph" and reason.startswith(NO_ROOM):
            reason += "; --letter-paragraphs keeps more"  # the option, which the library does not know of
        console.print(f"  [dim]- {part.kind:<9} {escape(part.id)}: {escape(reason)}[/]", highlight=False)
    for note in made.notes:
        console.print(f"[yellow]Note:[/] {escape(note)}", highlight=False)
    if made.check.ok:
        console.print("[green]✓[/] The letter reads back whole: every text, in order.", highlight=False)


def print_exports(console: Console, result: Build) -> None:
    """The exports written, and what each format could not carry; the files of the build replaced that
    were removed, since they showed the document before this one."""
    for kind, notes in result.exports.items():
        path = result.outputs.sibling(kind)  # type: ignore[arg-type]
        console.print(f"Export ({escape(kind)}): [bold]{escape(str(path))}[/]", highlight=False, soft_wrap=True)
        for note in notes:
            console.print(f"  [yellow]Note:[/] {escape(note)}", highlight=False, soft_wrap=True)
    replaced = "letter" if result.main == "letter" else "résumé"
    for path in result.removed:
        console.print(
            f"Removed {escape(str(path))}: tailor made it with the {replaced} this build replaced.",
            highlight=False,
            soft_wrap=True,
        )


def print_build_problems(console: Console, result: Build) -> bool:
    """Warnings and read-back problems of ``result`` (to stderr), its letter's too; True if there were any."""
    found = False
    for made, path in ((result.documents, result.output), (result.letter, result.letter_file)):
        if made is None or path is None:
            continue
        for warning in made.warnings:
            console.print(f"[bold yellow]Warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)
        if made.check.problems:
            console.print(f"The read-back check of {escape(path.name)} found problems:", highlight=False)
            _print_problems(console, made.check)
        found = found or bool(made.warnings or made.check.problems)
    return found


def print_check(console: Console, file: Path, report: Report) -> None:
    """The result of ``tailor check``: each problem with how to fix it, and what was checked."""
    for note in report.notes:
        console.print(f"[dim]{escape(note)}[/]", highlight=False, soft_wrap=True)  # a file name is never cut
    if report.ok:
        pdf = file.suffix.lower() == ".pdf"  # a PDF alone: its text, not its layout or hidden text
        said = "an ATS reads its text as expected." if pdf else "an ATS reads everything; nothing is hidden."
        console.print(f"[green]✓[/] {escape(str(file))}: {said}", soft_wrap=True)
        return
    count = len(report.problems)
    console.print(
        f"[red]✗[/] {escape(str(file))}: {count} problem{'s' if count > 1 else ''}", highlight=False, soft_wrap=True
    )
    _print_problems(console, report)


def _print_problems(console: Console, report: Report) -> None:
    table = Table(show_header=True, header_style="bold")
    table.add_column("file", no_wrap=True)
    table.add_column("problem", no_wrap=True)
    table.add_column("what and how to fix it", overflow="fold")
    for problem in report.problems:
        table.add_row(problem.where, problem.kind, escape(problem.message))
    console.print(table)


def print_templates(console: Console, templates: Sequence[Template], letters: Sequence[Template] = ()) -> None:
    """The bundled templates, résumés then letters: name, what they are for, and where the file is."""
    for heading, listed in (
        ("Bundled résumé templates (pass the name to --template):", templates),
        (
            "\nBundled letter templates (pass the name to `tailor letter --template` or `build --letter-template`):",
            letters,
        ),
    ):
        if not listed:
            continue
        console.print(heading, highlight=False)
        for template in listed:
            console.print(f"\n[bold]{escape(template.name)}[/]  {escape(template.description)}", highlight=False)
            console.print(f"  {escape(str(template.path))}", highlight=False, soft_wrap=True)
    guide = templates[0].path.parent / "README.md" if templates else "templates/README.md"
    console.print(
        "\nTo make your own, copy one of these files, edit it in Word or LibreOffice and pass "
        f"--template PATH; {escape(str(guide))} lists the variables a template can use.",
        highlight=False,
        soft_wrap=True,
    )
