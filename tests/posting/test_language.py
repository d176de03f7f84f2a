"""A posting's language: tailor ranks English postings and says so of any other."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.posting.language import detect

FRENCH = """Ingénieur de données (H/F) chez DataPoste SAS

Nous recherchons un ingénieur de données pour rejoindre notre équipe à Lyon. Vous serez responsable
de la conception et de la maintenance des pipelines de données, en lien avec les équipes produit.

Compétences requises
- Python, SQL et Spark
- Au moins trois ans d'expérience dans un poste similaire
- Une bonne connaissance des bases de données et de Airflow
- Vous aimez travailler en équipe et partager vos connaissances avec les autres
"""

GERMAN = """Dateningenieur (m/w/d)

Wir suchen eine erfahrene Person, die mit uns unsere Datenplattform weiterentwickelt. Sie arbeiten
mit Python, Kafka und Kubernetes und sind für die Qualität der Daten verantwortlich, die wir
unseren Kunden zur Verfügung stellen. Sie haben Erfahrung mit der Cloud, sprechen gut Deutsch und
Englisch und sind ein Teamplayer mit viel Energie und Freude an der Arbeit im Team.
"""

SPANISH = """Ingeniero de datos

Buscamos una persona con experiencia en la construcción de pipelines de datos para unirse a nuestro
equipo en Madrid. Trabajarás con Python, SQL y Spark, y serás responsable de la calidad de los datos
que usan los equipos de producto. Se valorará la experiencia con Airflow y con la nube de AWS, y que
te guste aprender y compartir lo que sabes con el resto del equipo.
"""

ENGLISH_WITH_NAMES = """Data Engineer at Société Générale de Données

You will build the data pipelines of our Paris and São Paulo offices, working with the teams of
Jean-Luc Dupont and María José García. We need Python, SQL and Spark, and a few years of experience
with Airflow in production. You will own the quality of the data that our analysts and product
teams use every day, and you will help us choose the tools of the next platform.
"""


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es")])
def test_a_posting_in_another_language_is_told_by_its_stop_words(text: str, code: str) -> None:
    found = detect(text)
    assert found.code == code and not found.is_english
    assert found.share > 2 * found.english


def test_an_english_posting_with_foreign_names_is_english() -> None:
    found = detect(ENGLISH_WITH_NAMES)
    assert found.code == "en" and found.is_english


def test_a_line_is_too_short_to_tell_and_read_as_english() -> None:
    assert detect("Ingénieur de données").code == "und"
    assert detect("Ingénieur de données").is_english


def test_a_posting_in_another_script_is_not_english() -> None:
    found = detect("データエンジニアを募集しています。Pythonとクラウドの経験が必要です。" * 4)
    assert found.code == "other script" and not found.is_english


def test_match_stops_at_a_posting_in_another_language_with_a_clear_message(tmp_path: Path) -> None:
    posting = tmp_path / "offre.txt"
    posting.write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), "--cv", "example"])
    assert result.exit_code == 2
    assert "looks French" in result.output and "tailor ranks English postings" in result.output
    assert "Traceback" not in result.output


def test_rank_lists_a_posting_in_another_language_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "offre.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "job.txt").write_text(ENGLISH_WITH_NAMES, encoding="utf-8")
    result = CliRunner().invoke(app, ["rank", str(tmp_path), "--cv", "example", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "offre.txt" in result.output and "looks French" in result.output


def test_telling_languages_apart_reads_their_stop_words_without_importing_the_languages() -> None:
    import subprocess
    import sys

    # spacy.lang.fr builds its tokenizer exceptions on import: three seconds for nothing.
    code = (
        "import sys; from tailor.posting.language import detect; "
        "print(detect(sys.argv[1]).code, sorted(m for m in sys.modules if m.startswith('spacy.lang.')))"
    )
    done = subprocess.run([sys.executable, "-c", code, FRENCH], capture_output=True, text=True, check=True)
    assert done.stdout.split(" ", 1) == ["fr", "[]\n"]
