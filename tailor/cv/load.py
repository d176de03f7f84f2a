"""Read a CV file (our YAML schema or a JSON Resume) into a validated :class:`CV`.

Both formats are parsed with ruamel.yaml in round-trip mode (JSON is YAML), so every
value keeps its line number and a validation error can point at the line to fix
(:mod:`tailor.datafile`). All problems are collected and raised together in one
:class:`CVError`; what is not wrong but probably not meant (a JSON Resume key that
is a near miss of a defined one) comes back as warnings beside the CV.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NoReturn

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap

from tailor import datafile
from tailor.cv import dates
from tailor.cv.ids import with_ids
from tailor.cv.model import (
    CV,
    Bullet,
    LetterParagraph,
    LetterVariant,
    LocatedError,
    Skill,
    SkillGroupError,
    Variant,
    readable_skills,
    reference_problems,
    skill_source,
)
from tailor.cv.printable import printable_data
from tailor.errors import CVError, Problem

SCHEMA_HINT = "`tailor validate --help` describes the CV format, and `tailor init` writes a commented example."
_DOCUMENTS = {
    ".docx": "a Word résumé",
    ".doc": "a Word résumé",
    ".odt": "a word-processor résumé",
    ".rtf": "a word-processor résumé",
    ".pdf": "a PDF résumé",
    ".zip": "a LinkedIn data export",  # as `tailor init --from` reads a zip that is no .docx
}
_TEXTS = {
    ".txt": "a résumé as text",
    ".md": "a résumé in Markdown",
    ".markdown": "a résumé in Markdown",
    ".html": "a résumé as a web page",
    ".htm": "a résumé as a web page",
}


@dataclass(frozen=True)
class ReadCV:
    """A CV file, validated, and what looked wrong in it without being an error."""

    cv: CV
    warnings: list[Problem] = field(default_factory=list)


def load_cv(path: Path | str) -> CV:
    """Load and validate the CV at ``path`` (:func:`read_cv`, without its warnings)."""
    return read_cv(path).cv


def read_cv(path: Path | str) -> ReadCV:
    """Load and validate the CV at ``path``.

    A ``.json`` file, or any file whose top level has JSON Resume's ``basics`` or
    ``work`` keys, is read as a JSON Resume; anything else as our YAML schema.

    Raises:
        CVError: the file is missing, unreadable, a résumé document rather than CV data,
            not valid YAML/JSON, or does not match the schema; the error lists every
            problem with its line.
    """
    path = Path(path)
    _refuse_documents(path)
    repeated: list[Problem] = []
    what = _TEXTS.get(path.suffix.lower())
    hint = f"If it is {what}, run `tailor init --from {path}` to make a CV file from it. " if what else ""
    try:
        data = datafile.parse(path, CVError, option="cv", notes=repeated)
    except CVError as e:
        if not hint:
            raise
        # A Markdown résumé's "* " or "**Acme**" is a YAML syntax error: say first what the file more likely is.
        raise CVError(path, e.problems, hint + e.hint, warnings=e.warnings) from None
    if not isinstance(data, CommentedMap):
        raise CVError(
            path,
            [Problem("", "the file must hold a mapping of keys (contact:, experience:, …)", 1)],
            hint + SCHEMA_HINT,
        )
    # Before validation, so that half a character (a JSON "\ud800") is left out, not refused.
    values, changed = printable_data(datafile.plain(data))
    unprintable = [_unprintable(at, found, data) for at, found in changed]
    if path.suffix.lower() == ".json" or "basics" in data or "work" in data:
        read = _json_resume(path, data, values)
        return ReadCV(read.cv, [*repeated, *unprintable, *read.warnings, *_contact_warnings(read.cv, data, "basics")])
    named = _group_names(data)
    try:
        cv = CV.model_validate(values)
        if named:
            raise CVError(path, named, SCHEMA_HINT)
    except ValidationError as e:
        problems = _texts_cut_at_a_colon([*named, *_problems(e, data, CV)], values, data)
        causes = [err.get("ctx", {}).get("error") for err in e.errors()]
        if not any(_checked_ids(cause) for cause in causes):
            # Other mistakes stopped the model before it checked the ids: checked here, to say all at once.
            problems += _located(reference_problems(with_ids(values)), data)
        for cause in causes:
            if isinstance(cause, SkillGroupError):
                # The groups that are wrong stopped the model before it read the skills of the others.
                problems += _skills_behind(cause, values, data)
        # What would be warned of once they are fixed is told now too: all at once.
        told = {(p.path, p.line) for p in problems}
        later = [w for w in [*repeated, *unprintable, *_date_warnings(values, data)] if (w.path, w.line) not in told]
        later.sort(key=lambda w: w.line or 0)
        raise CVError(path, problems, SCHEMA_HINT, warnings=later) from None
    warnings = [*repeated, *unprintable, *_contact_warnings(cv, data, "contact"), *_date_warnings(values, data)]
    return ReadCV(cv, [*warnings, *_skills_twice(cv, data), *_checks_left(path)])


def _texts_cut_at_a_colon(problems: list[Problem], values: Any, root: Any) -> list[Problem]:
    """``problems`` with those of a text written alone in a list that holds a colon and a space ("- Routed 40
    trucks a day: cut empty miles by 12%.", a headline or a letter's paragraph alike), which YAML reads as a key and
    its value, told as one: quote it."""
    cut: dict[str, Problem] = {}
    for at, fields in _texts_alone(values):
        item = _at(values, at)
        if not (isinstance(item, dict) and len(item) == 1):
            continue
        key, value = next(iter(item.items()))
        if key in fields or isinstance(value, dict | list):
            continue
        text = f"{key}:" if value is None else f"{key}: {value}"
        quoted = f"'{text.replace(chr(39), chr(39) * 2)}'" if '"' in text else f'"{text}"'
        cut[datafile.dotted(at)] = Problem(
            datafile.dotted(at),
            f"is read as the key '{key}', not as a text: a colon and a space inside a text start a key, so put "
            f"the whole text in quotes: - {quoted}",
            datafile.line_of(root, at),
        )
    if not cut:
        return problems
    kept = [p for p in problems if not any(p.path == at or p.path.startswith(f"{at}.") for at in cut)]
    return sorted([*kept, *cut.values()], key=lambda p: p.line or 0)


def _texts_alone(values: Any) -> list[tuple[tuple[str | int, ...], frozenset[str]]]:
    """Where the CV's lists take a text written alone for an item, and the keys such an item may have instead:
    bullets, headlines and summaries to choose from, a letter's greetings, openings, paragraphs and closings."""
    if not isinstance(values, dict):
        return []
    found: list[tuple[tuple[str | int, ...], frozenset[str]]] = []

    def items(at: tuple[str | int, ...], fields: Any) -> None:
        listed = _at(values, at)
        found.extend(((*at, n), frozenset(fields)) for n in range(len(listed) if isinstance(listed, list) else 0))

    roles = values.get("experience")
    for i in range(len(roles) if isinstance(roles, list) else 0):
        items(("experience", i, "bullets"), Bullet.model_fields)
    for key in ("headline", "summary"):
        items((key,), Variant.model_fields)
    for key in ("openings", "closings"):
        items(("letter", key), LetterVariant.model_fields)
    items(("letter", "paragraphs"), LetterParagraph.model_fields)
    items(("letter", "greetings"), ())
    return found


def _at(values: Any, at: tuple[str | int, ...]) -> Any:
    """What ``values`` holds at the path ``at``; None where the path leads nowhere."""
    for step in at:
        if isinstance(step, int) and isinstance(values, list) and step < len(values):
            values = values[step]
        elif isinstance(step, str) and isinstance(values, dict):
            values = values.get(step)
        else:
            return None
    return values


def _skills_twice(cv: CV, root: Any) -> list[Problem]:
    """A warning at a skill written again in another group: it is one skill, ranked and printed once, in the group
    it is first written in."""
    first = cv.skill_groups
    found = []
    seen: set[str] = set()
    for n, skill in enumerate(cv.skills):
        again = skill.name in seen
        seen.add(skill.name)
        if again and skill.group != first[skill.name]:
            at = skill_source(root.get("skills"), ("skills", n))
            found.append(
                Problem(
                    datafile.dotted(at),
                    f"'{skill.name}' is in the group '{first[skill.name] or '(none)'}' already: it prints there, once; "
                    "delete it here, or there to print it here.",
                    datafile.line_of(root, at),
                )
            )
    return found


def _contact_warnings(cv: CV, root: Any, key: str) -> list[Problem]:
    """Warnings when the CV does not yet say whose it is or how to reach them: every résumé it makes would go
    out so."""
    from tailor.cv.importers.draft import PLACEHOLDER_NAME

    found = []
    if cv.contact.name == PLACEHOLDER_NAME:
        found.append(
            Problem(
                f"{key}.name",
                f"is still '{PLACEHOLDER_NAME}', which `tailor init` writes where it found no name; write yours.",
                datafile.line_of(root, (key, "name")),
            )
        )
    if not (cv.contact.email or cv.contact.phone):
        found.append(
            Problem(
                key,
                "has neither an email nor a phone, so the résumés made from it give no way to reach you; add one "
                "of them (or both) to silence this warning.",
                datafile.line_of(root, (key,)),
            )
        )
    return found


_CHECK_COMMENT = re.compile(r"#\s*CHECK:")


def _checks_left(path: Path) -> list[Problem]:
    """A warning while the notes ``tailor init`` wrote as ``# CHECK:`` comments are still in the file: each
    marks a field the importer was unsure of, and a résumé made before they are checked may print it wrong."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    marked = [n for n, line in enumerate(lines, 1) if _CHECK_COMMENT.search(line)]
    if not marked:
        return []
    many = (
        f"{len(marked)} notes that `tailor init` marked CHECK remain"
        if len(marked) > 1
        else "a note that `tailor init` marked CHECK remains"
    )
    return [
        Problem(
            "",
            f"{many} (the first here): check each field it marks, then delete its comment to silence this warning.",
            marked[0],
        )
    ]


_OTHER_END = {"certificates": "its `expires`, if that is when it runs out"}
"""Where a span's second date goes, written whole in a certificate's one date: a certificate has no end, but a date
it runs out ("March 2011 to March 2027", as a job board's résumé gives a licence's validity)."""


def _date_warnings(values: Any, root: Any) -> list[Problem]:
    """Warnings at dates written to be read as dates that tailor cannot read (:func:`tailor.cv.dates.misread`):
    they would print as written, unlike the others, and escape the check that a span ends after it starts (but an
    award's span, a fellowship held "2022–2025", is its date: an award has no other end to write it in);
    and at dates too far ahead to be meant, or a role's start after today (:func:`tailor.cv.dates.unlikely`);
    and at a role's end without its start.
    Read from the CV's plain ``values``, valid or not, so that a CV with errors is warned of at once too."""
    fields: list[tuple[tuple[str | int, ...], str | None]] = []

    def entries(key: str) -> list[tuple[int, dict]]:
        found = values.get(key) if isinstance(values, dict) else None
        return [(n, e) for n, e in enumerate(found) if isinstance(e, dict)] if isinstance(found, list) else []

    for key in ("experience", "education"):
        for n, entry in entries(key):
            fields += [((key, n, part), _text(entry.get(part))) for part in ("start", "end")]
    for key in ("certificates", "awards"):
        fields += [((key, n, "date"), _text(entry.get("date"))) for n, entry in entries(key)]
    expiries = [(("certificates", n, "expires"), _text(entry.get("expires"))) for n, entry in entries("certificates")]
    fields += expiries
    misread = [
        Problem(
            datafile.dotted(at),
            f"'{value}' {hint} Until then it prints as written"
            + (", and whether its span ends after it starts is not checked." if at[2] in ("start", "end") else "."),
            datafile.line_of(root, at),
        )
        for at, value in fields
        if (hint := dates.misread(value, spans=at[0] != "awards", other_end=_OTHER_END.get(at[0]))) is not None
    ]
    today = dt.date.today()
    unlikely = [
        Problem(datafile.dotted(at), f"'{value}' {odd}", datafile.line_of(root, at))
        for at, value in fields
        if (odd := dates.unlikely(value, today, started=at[0] == "experience" and at[2] == "start")) is not None
    ]
    expired = [
        Problem(
            datafile.dotted(at),
            f"'{value}': this certificate has expired. The résumé prints it as expired; renew it and write the new "
            "date here, or remove the certificate.",
            datafile.line_of(root, at),
        )
        for at, value in expiries
        if dates.has_passed(value, today)
    ]
    # A role's end without its start prints alone ("Feb 2017"), as if the role were held that month only.
    unstarted = [
        Problem(
            datafile.dotted((key, n, "end")),
            f"'{end}' ends this role, which has no start: the résumé prints '{end}' alone, as if the role were held "
            "then only; add its start (or delete the end too, to print no dates).",
            datafile.line_of(root, (key, n, "end")),
        )
        for key in ("experience",)
        for n, entry in entries(key)
        if (end := _text(entry.get("end"))) and not dates.is_open(end) and not _text(entry.get("start"))
    ]
    return misread + unlikely + expired + unstarted


def _text(value: object) -> str | None:
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None


def _unprintable(at: tuple[str | int, ...], found: list[str], root: Any) -> Problem:
    return Problem(
        datafile.dotted(at),
        f"holds characters a résumé cannot show ({', '.join(found)}: control, invisible or half characters); "
        "tailor prints the text with a space for each that separates words and without the others; "
        "remove them from your CV to silence this warning.",
        datafile.line_of(root, at),
    )


def _json_resume(path: Path, data: CommentedMap, values: Any) -> ReadCV:
    from tailor.cv import jsonresume  # its models take 80 ms to build, for JSON Resume CVs only

    try:
        resume = jsonresume.JSONResume.model_validate(values)
    except ValidationError as e:
        raise CVError(path, _problems(e, data, jsonresume.JSONResume), SCHEMA_HINT) from None
    converted = resume.to_data()
    warnings = datafile.near_misses(data, jsonresume.JSONResume, synonyms=jsonresume.TAILOR_KEYS)
    warnings += [
        Problem(datafile.dotted(loc), f"left out: {why}", datafile.line_of(data, loc)) for loc, why in converted.skipped
    ]
    try:
        return ReadCV(CV.model_validate(converted.data), warnings)
    except ValidationError as e:
        # The conversion produced something our model refuses (no name, an impossible date):
        # report it under JSON Resume's own field names, at their lines.
        raise CVError(path, _problems(e, data, CV, converted.source), SCHEMA_HINT) from None


_LINKEDIN_FILES = frozenset({"profile.csv", "positions.csv"})
"""The files by which a folder is a LinkedIn data export, as ``tailor init --from`` reads one."""


def _refuse_documents(path: Path) -> None:
    """A résumé document, or a LinkedIn data export (its .zip or its folder), given where CV data belongs: say how to
    make CV data from it."""
    if path.is_dir():
        # The unzipped export holds its CSVs at its top, or one folder down where the zip was unpacked into one.
        if any(csv.name.lower() in _LINKEDIN_FILES for csv in (*path.glob("*.csv"), *path.glob("*/*.csv"))):
            _refuse(path, "a LinkedIn data export")
        return
    what = _DOCUMENTS.get(path.suffix.lower())
    if what is None and path.is_file():
        with path.open("rb") as handle:
            head = handle.read(8)
        what = (
            "a PDF résumé" if head.startswith(b"%PDF") else "a Word résumé" if head.startswith(b"PK\x03\x04") else None
        )
    if what is not None and path.is_file():
        _refuse(path, what)


def _refuse(path: Path, what: str) -> NoReturn:
    raise CVError(
        path,
        [Problem("", f"this looks like {what}, not CV data")],
        f"Run `tailor init --from {path}` to make a CV file from it (then check it), and pass that instead.",
    )


def _group_names(root: Any) -> list[Problem]:
    """A group of skills whose name is a list or a mapping (``? [Clinical, Systems]``), which a plain reading would
    print as Python writes a tuple."""
    groups = root.get("skills")
    if not isinstance(groups, CommentedMap):
        return []
    return [
        Problem(
            datafile.dotted(("skills", str(name))),
            "a group's name is one text, the heading its skills print under; write one group for each name",
            datafile.line_of(root, ("skills", name)),
        )
        for name in groups
        if not isinstance(name, str | int | float)
    ]


def _skills_behind(cause: SkillGroupError, values: dict[str, Any], root: Any) -> list[Problem]:
    """The problems of the skills in the groups that are not wrong, which ``cause`` kept the model from reading."""
    try:
        CV.model_validate({**values, "skills": readable_skills(values["skills"], cause.located)})
    except ValidationError as e:
        told = {datafile.dotted(loc) for loc, _ in cause.located}
        return [p for p in _problems(e, root, CV) if p.path.startswith("skills") and p.path not in told]
    return []


def _checked_ids(cause: object) -> bool:
    """Whether an error's cause is the model's own check of the ids (which a group of skills' is not)."""
    return isinstance(cause, LocatedError) and not isinstance(cause, SkillGroupError)


def _located(error: LocatedError | None, root: Any) -> list[Problem]:
    return (
        []
        if error is None
        else [Problem(datafile.dotted(loc), m, datafile.line_of(root, loc)) for loc, m in error.located]
    )


def _problems(error: ValidationError, root: Any, model: type[BaseModel], source: Any = None) -> list[Problem]:
    """Each error with its line; ``source`` maps a location in ``model`` to one in ``root``'s format."""
    problems = []
    for err in error.errors():
        cause = err.get("ctx", {}).get("error")
        if isinstance(cause, LocatedError):
            problems += _located(cause, root)
        elif source is not None:
            loc = source(tuple(err["loc"]))
            found = datafile.problem(err, root, model)
            # A missing field is named as the source names it ("position"), not as tailor's CV does ("role").
            message = datafile.missing(loc[-1]) if err["type"] == "missing" else found.message
            problems.append(Problem(datafile.dotted(loc), message, datafile.line_of(root, loc)))
        else:
            found = datafile.problem(err, root, model)
            loc = tuple(err["loc"])
            if model is CV and (written := skill_source(root.get("skills"), loc)) != loc:
                # A skill of a group: the model holds the groups' skills as one list; said where it is written.
                found = replace(found, path=datafile.dotted(written), line=datafile.line_of(root, written))
                if err["type"] == "extra_forbidden" and any(isinstance(part, str) for part in written[1:-1]):
                    found = replace(found, message=_unknown_in_a_group(str(loc[-1]), err.get("input") is not None))
            elif model is CV and err["type"] == "extra_forbidden" and (hint := _group_as_a_skill(root, loc, err)):
                found = replace(found, message=f"{found.message}. {hint}")
            if err["type"] == "extra_forbidden" and len(loc) == 1 and model is CV and str(loc[0]) in _ROLES_KEYS:
                found = replace(found, message=f"{found.message}. {_ROLES_KEYS[str(loc[0])]}")
            problems.append(found)
    return datafile.one_per_typo(problems)


def _group_as_a_skill(root: Any, loc: tuple, err: dict[str, Any]) -> str | None:
    """How to write a group, for a skill written as JSON Resume writes one (``{name: Clinical, keywords: [triage]}``):
    a skill whose unknown key holds a list of skills means a group, which tailor's CV writes as a heading over its
    skills. ``None`` for any other unknown key."""
    if len(loc) != 3 or loc[0] != "skills" or not isinstance(items := err.get("input"), list) or not items:
        return None
    skills = root.get("skills") if isinstance(root, dict) else None
    entry = skills[loc[1]] if isinstance(skills, list) and isinstance(loc[1], int) and loc[1] < len(skills) else None
    if not isinstance(entry, dict) or not isinstance(name := entry.get("name"), str) or not name.strip():
        return None
    shown = ", ".join(str(item) for item in items[:2]) + (", …" if len(items) > 2 else "")
    return (
        f"A skill holds no list: to print '{name}' as a heading over these skills, write the group as "
        f"'- {name}: [{shown}]' in place of this entry (cv_data/README.md, \"Skills in groups\")"
    )


def _unknown_in_a_group(key: str, valued: bool) -> str:
    """The message for an unknown ``key`` of a skill written in a group: a skill is in its group by where it stands,
    so ``group`` is no key it may have, nor one to suggest ("grup" is told the heading above it says so)."""
    if difflib.get_close_matches(key, ["group"], n=1, cutoff=0.7):
        return f"unknown key '{key}'; this skill is in the group of the heading above it already: leave the key out"
    return datafile.unknown_key(key, [name for name in Skill.model_fields if name != "group"], valued=valued)


_ROLES_KEYS = dict.fromkeys(
    ("projects", "volunteer", "volunteering", "internships", "work", "jobs", "positions", "employment"),
    "Write each as an entry of 'experience' (a project: its employer the client or the project, its role your "
    "part in it, its bullets what you did); tailor prints them together, most recent first",
)
"""Keys other résumé formats have for what tailor's CV holds under ``experience``."""
