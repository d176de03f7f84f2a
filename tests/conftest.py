"""Shared fixtures: paths to the bundled data and small CVs built in code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tailor import resources
from tailor.cv import CV, load_cv

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT.parent / "shared" / "seed" / "000_9c79682630519ed0.txt"


@pytest.fixture(scope="session")
def bundled_cv() -> CV:
    return load_cv(resources.default_cv())


def make_cv(bullets: dict[str, list[str | dict[str, object]]], **extra: object) -> CV:
    """A small CV: employer → bullet texts (or bullets' fields but their id), ids derived from positions."""
    experience = [
        {
            "id": f"job{i}",
            "employer": employer,
            "role": "Engineer",
            "start": f"{2020 - i}",
            "end": f"{2021 - i}",
            "bullets": [
                {"id": f"job{i}-b{j}", **(t if isinstance(t, dict) else {"text": t})} for j, t in enumerate(texts)
            ],
        }
        for i, (employer, texts) in enumerate(bullets.items())
    ]
    return CV.model_validate(
        {"contact": {"name": "Ada Lovelace", "email": "ada@example.org"}, "experience": experience, **extra}
    )


# --- documents: résumés built through LibreOffice, shared by the document tests -----------

DOCUMENTS = DATA / "documents"
DOCUMENT_DAY = dt.date(2025, 3, 14)
DOCUMENT_BUILDS: dict[str, tuple[Path, dict[str, object]]] = {
    "classic, 1 page": (DOCUMENTS / "hpc-simulation-lead.md", {"template": "classic", "pages": 1}),
    "classic, 2 pages": (DOCUMENTS / "ml-platform-engineer.txt", {"template": "classic", "pages": 2}),
    "compact, 1 page": (DOCUMENTS / "ml-platform-engineer.txt", {"template": "compact", "pages": 1, "max_bullets": 22}),
}
"""The bundled CV built with --pdf for postings written for these tests, by name."""


def libreoffice_missing() -> bool:
    from tailor.documents.pdf import find_libreoffice

    return find_libreoffice() is None


needs_libreoffice = pytest.mark.skipif(
    libreoffice_missing(), reason="LibreOffice (soffice) is not installed; .ci/run installs it for these tests"
)


@pytest.fixture(scope="session")
def built_documents(tmp_path_factory: pytest.TempPathFactory):
    """``get(name)``: the Build of ``DOCUMENT_BUILDS[name]`` with a PDF, made once per session,
    because each build starts LibreOffice several times."""
    from tailor.pipeline import build

    cache: dict[str, object] = {}

    def get(name: str):
        if libreoffice_missing():
            pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it for these tests")
        if name not in cache:
            posting, options = DOCUMENT_BUILDS[name]
            out = tmp_path_factory.mktemp("documents") / "resume.docx"
            cache[name] = build(posting, output=out, pdf=True, today=DOCUMENT_DAY, **options)  # type: ignore[arg-type]
        return cache[name]

    return get
