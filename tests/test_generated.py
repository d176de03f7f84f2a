"""Files made by a generator in the repository are what their generator makes now.

Regenerate with the command each generator's docstring gives, and commit both.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_word_frequency_table_is_what_its_generator_makes() -> None:
    generator = load(ROOT / "tailor" / "data" / "make_word_frequency.py")
    assert generator.OUTPUT.read_text(encoding="utf-8") == generator.generate(), (
        "tailor/data/word_frequency.tsv is stale: run python tailor/data/make_word_frequency.py"
    )


def test_the_spelling_variants_are_what_their_generator_makes_of_its_source(tmp_path: Path) -> None:
    generator = load(ROOT / "tailor" / "data" / "make_spelling_variants.py")
    committed = generator.OUTPUT.read_text(encoding="utf-8")
    assert committed.startswith(generator.NOTICE)  # the source's licence notice travels with its data
    pairs = dict(line.split("\t") for line in committed.splitlines() if not line.startswith("#"))
    # The source is not downloaded in tests: a sample of it gives the same rows as the committed file.
    sample = {"Optimisation": "Optimization", "tyre": "tire", "fibre glass": "fiberglass", "colour": "color"}
    source = tmp_path / "british_spellings.json"
    source.write_text(json.dumps(sample), encoding="utf-8")
    made = dict(line.split("\t") for line in generator.generate(source).splitlines() if not line.startswith("#"))
    assert made == {"optimisation": "optimization", "colour": "color"}
    assert all(pairs[british] == american for british, american in made.items())
    assert not generator.LEFT_OUT & pairs.keys()


def parts(docx: Path) -> dict[str, bytes]:
    """Every part of a .docx by name: what Word reads, without the zip's timestamps."""
    with zipfile.ZipFile(docx) as archive:
        return {name: archive.read(name) for name in sorted(archive.namelist())}


@pytest.mark.parametrize("name", ["default.docx", "compact.docx", "letter-classic.docx", "letter-compact.docx"])
def test_the_bundled_templates_are_what_their_generator_makes(tmp_path: Path, name: str) -> None:
    generator = load(ROOT / "templates" / "make_templates.py")
    assert generator.main([str(tmp_path)]) == 0
    committed, made = parts(ROOT / "templates" / name), parts(tmp_path / name)
    assert committed.keys() == made.keys()
    stale = [part for part in committed if committed[part] != made[part]]
    assert not stale, f"templates/{name} is stale in {stale}: run python templates/make_templates.py"
