"""A JSON Resume file → a draft: the same conversion as ``--cv resume.json`` (:mod:`tailor.cv.jsonresume`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from tailor import datafile
from tailor.cv import jsonresume
from tailor.cv.importers.draft import Draft
from tailor.errors import CVError, Problem


def read(path: Path) -> Draft:
    """The resume at ``path`` as tailor's CV data; a project with no role line is kept aside.

    Raises:
        CVError: it is not JSON, or not a JSON Resume (no ``basics.name``…), with lines.
    """
    data = datafile.parse(path, CVError)
    try:
        resume = jsonresume.JSONResume.model_validate(datafile.plain(data))
    except ValidationError as e:
        raise CVError(path, datafile.problems(e, data, jsonresume.JSONResume)) from None
    converted = resume.to_data()
    draft = Draft(converted.data, path, "a JSON Resume")
    draft.source_problems = datafile.near_misses(data, jsonresume.JSONResume)
    for loc, why in converted.skipped:
        project = resume.projects[int(loc[1])]
        draft.leftovers += [f"projects[{loc[1]}] ({why}):", *(t for t in (project.name, project.description) if t)]
        draft.leftovers += project.highlights
        draft.source_problems.append(Problem(datafile.dotted(loc), f"not imported: {why}", datafile.line_of(data, loc)))
    return draft
