"""A JSON Resume file → a draft: the same conversion as ``--cv resume.json`` (:mod:`tailor.cv.jsonresume`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ValidationError

from tailor import datafile
from tailor.cv import jsonresume
from tailor.cv.importers.draft import Draft
from tailor.errors import CVError, Problem


def read(path: Path) -> Draft:
    """The resume at ``path`` as tailor's CV data; an entry the conversion leaves out (a project with
    no name, an education without its institution) is kept aside, with what it says, and so is
    every text the CV has no field for (a role's ``summary`` beside its highlights, a skill's ``level``,
    ``references``), under its JSON Resume field name. A role made from a project, and a project's
    description made its first bullet, are noted for the owner to check.

    Raises:
        CVError: it is not JSON, or not a JSON Resume (no ``basics.name``…), with lines.
    """
    repeated: list[Problem] = []
    data = datafile.parse(path, CVError, notes=repeated)
    try:
        resume = jsonresume.JSONResume.model_validate(datafile.plain(data))
    except ValidationError as e:
        raise CVError(path, datafile.problems(e, data, jsonresume.JSONResume)) from None
    converted = resume.to_data()
    draft = Draft(converted.data, path, "a JSON Resume")
    draft.source_problems = repeated + datafile.near_misses(
        data, jsonresume.JSONResume, synonyms=jsonresume.TAILOR_KEYS
    )
    for n, role in enumerate(converted.data["experience"]):
        section, index = converted.origins[("experience", n)]
        if section == "projects":
            project = resume.projects[index]
            fields = converted.fields[(section, index)]
            if role.get("employer"):
                made = f"the project's '{fields['employer']}' its employer"
                if fields["employer"] == "name" and project.entity:
                    made += f"; its 'entity' ('{project.entity}') has no field: kept as a comment"
            else:
                made = (
                    f"the project's '{fields['role']}' its title; add the organisation it was for as its employer, "
                    "if any"
                )
            draft.note(("experience", n), f"from 'projects': a role in the section Projects, {made}")
            if resume.projects[index].description:
                draft.note(
                    ("experience", n, "bullets", 0),
                    "the project's 'description', as its first bullet: check it reads as a claim",
                )
        if not role.get("start"):
            draft.note(("experience", n), "no start date in the source: add it if you know it")
    for loc, why in converted.skipped:
        draft.source_problems.append(Problem(datafile.dotted(loc), f"not imported: {why}", datafile.line_of(data, loc)))
        if len(loc) == 2 and (said := _texts(getattr(resume, str(loc[0]))[int(loc[1])])):  # a whole entry
            draft.leftovers += [f"{loc[0]}[{loc[1]}] ({why}):", *said]
    draft.leftovers += [f"{datafile.dotted(loc)}: {text}" for loc, text in converted.unplaced(resume)]
    return draft


def _texts(entry: BaseModel) -> list[str]:
    """What an entry says, field by field: its texts and the items of its lists of texts."""
    out: list[str] = []
    for value in dict(entry).values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str) and v.strip()]
    return out
