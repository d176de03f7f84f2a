"""Shared fixtures: paths to the bundled data and small CVs built in code."""

from __future__ import annotations

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


def make_cv(bullets: dict[str, list[str]], **extra: object) -> CV:
    """A small CV: employer → bullet texts, ids derived from positions."""
    experience = [
        {
            "id": f"job{i}",
            "employer": employer,
            "role": "Engineer",
            "start": f"{2020 - i}",
            "end": f"{2021 - i}",
            "bullets": [{"id": f"job{i}-b{j}", "text": t} for j, t in enumerate(texts)],
        }
        for i, (employer, texts) in enumerate(bullets.items())
    ]
    return CV.model_validate(
        {"contact": {"name": "Ada Lovelace", "email": "ada@example.org"}, "experience": experience, **extra}
    )
