"""A posting's language: tailor ranks English postings and says so of any other."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.posting.language import detect, english_part, has_english_part, surely_english

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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ingeniero de proyectos. Responsabilidades: diseñar los planos de drenaje y preparar los informes para el "
         "ayuntamiento. Requisitos: cinco años de experiencia.", "es"),
        ("Infirmière de nuit. Vous prenez en charge les patients du service et vous travaillez avec les médecins "
         "de garde.", "fr"),
    ],
)  # fmt: skip
def test_a_short_posting_plainly_in_another_language_is_told_by_its_stop_words(text: str, code: str) -> None:
    assert detect(text).code == code and not detect(text).is_english


@pytest.mark.parametrize(
    "text",
    [
        "Night nurse. You will care for the patients of the ward and work with the doctors on call.",
        "Python, SQL, Spark, Airflow, dbt, Snowflake, AWS, Kubernetes, Docker, Terraform, Git and CI/CD",
        "Data Engineer at Société Générale de Données in Paris, working with Python and SQL every day.",
    ],
)
def test_a_short_english_posting_is_not_taken_for_another_language(text: str) -> None:
    assert detect(text).is_english


def test_a_posting_in_another_script_is_not_english() -> None:
    found = detect("データエンジニアを募集しています。Pythonとクラウドの経験が必要です。" * 4)
    assert found.code == "other script" and not found.is_english


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH_WITH_NAMES,
        FRENCH,
        GERMAN,
        SPANISH,
        "Ingénieur de données",
        "データエンジニアを募集しています。 the and of to in for with on at by " * 4,  # English words, another script
        "n't 's 'll 've 're 'd n't 's it the " * 6,  # stop words that are no words once punctuation is taken off
        "- * # | - * # | the and of " * 8,  # marks counted as words as written, and none once stripped
        "The role, the team, and the pay: all of it is ours to share with you and the ward.",
        "",
    ],
)
def test_a_text_surely_english_at_a_glance_is_english_to_the_full_detection(text: str) -> None:
    # Every posting ranked is asked first whether it is plainly English: the quick question may only ever
    # spare the full one, never answer otherwise.
    assert not surely_english(text) or detect(text).is_english


def test_most_english_postings_are_told_english_at_a_glance() -> None:
    assert surely_english(ENGLISH_WITH_NAMES)
    assert not surely_english(FRENCH) and not surely_english(GERMAN) and not surely_english(SPANISH)


ENGLISH_AFTER_A_GERMAN_INTRODUCTION = (
    GERMAN
    + """
Über uns: Wir sind ein schnell wachsendes Unternehmen mit Sitz in Berlin und entwickeln Software
für die Logistik. Unser Team besteht aus mehr als fünfzig Menschen aus über zwanzig Ländern, und wir
arbeiten jeden Tag daran, die Lieferketten in Europa effizienter zu machen. Bei uns findest du flache
Hierarchien, ein offenes Miteinander und viel Raum für eigene Ideen. Wir glauben daran, dass gute
Software nur im Team entstehen kann, und wir legen großen Wert auf eine offene Feedbackkultur, auf
Weiterbildung und auf eine gesunde Balance zwischen Arbeit und Freizeit. Unsere Büros liegen mitten
in Kreuzberg, und wir bieten flexible Arbeitszeiten sowie die Möglichkeit, bis zu drei Tage in der
Woche von zu Hause aus zu arbeiten. Die Stelle ist unbefristet und in Vollzeit zu besetzen.

Was wir bieten: ein Jobticket für den öffentlichen Nahverkehr, einen Zuschuss zur Mitgliedschaft im
Fitnessstudio, dreißig Tage Urlaub im Jahr und ein jährliches Budget für Konferenzen und Bücher. Wir
feiern unsere Erfolge gemeinsam, und einmal im Jahr fahren wir alle zusammen für ein paar Tage weg.
Wir freuen uns auf deine Bewerbung, auch wenn du nicht alle Anforderungen erfüllst, die wir nennen.

About the role: we are looking for a backend engineer to build and operate the routing services
that plan our deliveries across Europe, and to help the team choose the tools of the next platform.
You will work with the product and data teams, and you will own the services you build, from the
first design to the day they run in production. The rest of this posting is in English.

Requirements:
- Four or more years of experience with Python and PostgreSQL in production
- Experience with Kubernetes and AWS, and with the monitoring of the services you run
- You write clear code and clear documentation, and you enjoy reviewing the work of others
- Good communication skills in English; German is a plus
"""
)


def test_an_english_posting_that_opens_in_another_language_is_ranked(tmp_path: Path) -> None:
    assert not detect(ENGLISH_AFTER_A_GERMAN_INTRODUCTION).is_english  # its first words are German
    english, total = english_part(ENGLISH_AFTER_A_GERMAN_INTRODUCTION)
    assert english >= 40 and english >= total / 4 and has_english_part(ENGLISH_AFTER_A_GERMAN_INTRODUCTION)
    posting = tmp_path / "stelle.txt"
    posting.write_text(ENGLISH_AFTER_A_GERMAN_INTRODUCTION, encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), "--cv", "example", "--format", "json"])
    assert result.exit_code == 0, result.output


def test_a_bilingual_postings_part_in_the_other_language_counts_for_nothing() -> None:
    from tailor.posting import Posting
    from tailor.rank.posting import analyse_posting

    english = (
        "Data Engineer\n\nResponsibilities\n\n- Build and run our data pipelines in Python and Spark\n"
        "- Work with the product teams on the models they need for their reports and dashboards\n"
        "- Keep the warehouse tidy, tested and documented, and help the analysts who use it every day\n\n"
        "Requirements\n\n- Three years of experience with Python, SQL and Spark in a team like ours\n"
        "- You like to share what you know with the people around you and to learn from them\n\n"
    )
    analysed = analyse_posting(Posting("p", english + "FRANÇAIS\n\n" + FRENCH))
    weights = {s.section.heading: s.weight for s in analysed.sections}
    assert weights["Responsibilities"] > 0 and weights["FRANÇAIS"] == 0
    assert analysed.weight(next(s.section for s in analysed.sections if s.section.heading == "FRANÇAIS")) == 0


WITH_AN_ENGLISH_LINE = GERMAN + "\nSkills: Python, Kafka, Kubernetes, AWS and Spark\n"


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH, WITH_AN_ENGLISH_LINE])
def test_a_posting_in_another_language_with_english_words_in_it_has_no_english_part(text: str) -> None:
    assert not has_english_part(text)


def test_match_stops_at_a_posting_in_another_language_with_a_clear_message(tmp_path: Path) -> None:
    posting = tmp_path / "offre.txt"
    posting.write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), "--cv", "example"])
    assert result.exit_code == 2
    assert "looks French" in result.output and "tailor ranks English postings" in result.output
    assert "Traceback" not in result.output


def test_a_posting_in_another_language_piped_in_is_named_as_piped_in() -> None:
    result = CliRunner().invoke(app, ["build", "-", "--cv", "example"], input=GERMAN)
    assert result.exit_code == 2
    assert "The posting piped in on standard input looks German" in " ".join(result.output.split())


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
        "import sys; from tailor.posting.language import detect, english_part, has_english_part; "
        "print(detect(sys.argv[1]).code, sorted(m for m in sys.modules if m.startswith('spacy.lang.')))"
    )
    done = subprocess.run([sys.executable, "-c", code, FRENCH], capture_output=True, text=True, check=True)
    assert done.stdout.split(" ", 1) == ["fr", "[]\n"]
