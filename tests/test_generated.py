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


def test_the_city_countries_are_what_their_generator_makes_of_its_source(tmp_path: Path) -> None:
    generator = load(ROOT / "tailor" / "data" / "make_city_countries.py")
    committed = generator.OUTPUT.read_text(encoding="utf-8")
    assert committed.startswith(generator.NOTICE)  # GeoNames' licence travels with its data
    countries = dict(line.split("\t") for line in committed.splitlines() if not line.startswith("#"))
    # The source is not downloaded in tests: a sample of it, with GeoNames' own fields, gives the committed rows.
    sample = [
        ("Kraków", 766683, "PL"), ("Cambridge", 145674, "GB"), ("Cambridge", 129920, "CA"),
        ("Saint Paul", 303176, "US"), ("Rotterdam", 868135, "NL"), ("Rotterdam", 20652, "US"),
        ("Frankfurt am Main", 650000, "DE"), ("Ludlow", 10000, "GB"),
    ]  # fmt: skip
    cities = {str(n): {"name": name, "population": people, "countrycode": code} for n, (name, people, code) in
              enumerate(sample)}  # fmt: skip
    names = {"PL": "Poland", "GB": "United Kingdom", "CA": "Canada", "US": "United States", "NL": "The Netherlands"}
    names |= {"DE": "Germany"}
    (tmp_path / "cities15000.json").write_text(json.dumps(cities), encoding="utf-8")
    (tmp_path / "countries.json").write_text(json.dumps({c: {"iso": c, "name": n} for c, n in names.items()}), "utf-8")
    made = dict(line.split("\t") for line in generator.generate(tmp_path).splitlines() if not line.startswith("#"))
    assert made == {
        "kraków": "Poland", "krakow": "Poland", "saint paul": "United States", "st. paul": "United States",
        "rotterdam": "The Netherlands", "frankfurt am main": "Germany", "frankfurt": "Germany",
    }  # fmt: skip
    assert all(countries[name] == country for name, country in made.items())
    assert "cambridge" not in countries  # two countries' cities of like size: none


def test_the_country_names_are_what_their_generator_makes_of_its_source() -> None:
    generator = load(ROOT / "tailor" / "data" / "make_country_names.py")
    committed = generator.OUTPUT.read_text(encoding="utf-8")
    assert committed.startswith(generator.NOTICE)  # the CLDR's licence travels with its data
    names = dict(line.split("\t") for line in committed.splitlines() if not line.startswith("#"))
    # The source is not installed in tests: a sample of it, as generator.cldr() gives it, makes the committed rows.
    sample = {
        "PL": ("Poland", ["Polska"]), "MX": ("Mexico", ["México"]), "IS": ("Iceland", ["Ísland"]),
        "CH": ("Switzerland", ["Schweiz", "Suisse", "Svizzera"]), "GB": ("United Kingdom", ["United Kingdom"]),
        "QO": ("Outlying Oceania", ["Oceania"]), "419": ("Latin America", ["Latinoamérica"]),
    }  # fmt: skip
    made = dict(line.split("\t") for line in generator.generate(sample).splitlines() if not line.startswith("#"))
    # México is Mexico without its accents; Ísland, written without its accent, is an English word; Oceania is no
    # country of places.txt's, and 419 no country at all.
    assert made == {"Polska": "Poland", "Schweiz": "Switzerland", "Suisse": "Switzerland", "Svizzera": "Switzerland"}
    assert all(names[own] == english for own, english in made.items())


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
