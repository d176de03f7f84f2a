"""Specifications for tailor.documents.templates: choosing a template, and refusing one tailor cannot fill."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from tailor import resources
from tailor.cli import app
from tailor.cv.dates import DEFAULT_STYLE
from tailor.documents import templates
from tailor.documents.render import build_context, render_docx
from tailor.errors import TailorError
from tailor.select import SelectedRole, Selection
from tests.conftest import DATA, ROOT

runner = CliRunner()
POSTING = DATA / "documents" / "ml-platform-engineer.txt"


def template_with(tmp_path: Path, *paragraphs: str) -> Path:
    """A .docx whose body is these paragraphs, typed as one run each."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "mine.docx"
    document.save(path)
    return path


# --- choosing ----------------------------------------------------------------------------


def test_two_bundled_templates_exist_classic_first_and_their_files_are_generated() -> None:
    bundled = templates.bundled()
    assert [t.name for t in bundled] == ["classic", "compact"]
    assert [t.path.name for t in bundled] == ["default.docx", "compact.docx"]
    assert all(t.path.is_file() and t.description and t.bundled for t in bundled)
    assert "compact.docx" in (ROOT / "templates" / "make_templates.py").read_text(encoding="utf-8")


def test_each_bundled_resume_has_a_letter_of_its_design() -> None:
    letters = templates.bundled("letter")
    assert [(t.name, t.path.name) for t in letters] == [
        ("classic", "letter-classic.docx"),
        ("compact", "letter-compact.docx"),
    ]
    assert all(t.path.is_file() and t.kind == "letter" for t in letters)
    assert [templates.letter_for(t.path) for t in templates.bundled()] == ["classic", "compact"]
    assert templates.resolve("letter-compact", "letter").path.name == "letter-compact.docx"
    assert templates.resolve(None, "letter").path.name == "letter-classic.docx"
    assert templates.resolve("letter-compact.docx").kind == "letter"  # by its file name, from any command


def test_a_letter_template_is_copied_under_its_file_name(tmp_path: Path) -> None:
    written = templates.copy("letter-compact", tmp_path)
    assert written == tmp_path / "letter-compact.docx" and written.read_bytes() == (
        templates.resolve("compact", "letter").path.read_bytes()
    )


@pytest.mark.parametrize(
    ("choice", "file"),
    [
        (None, "default.docx"),
        ("classic", "default.docx"),
        ("default", "default.docx"),
        ("Compact", "compact.docx"),
        ("default.docx", "default.docx"),
    ],
)
def test_a_name_picks_a_bundled_template(choice: str | None, file: str) -> None:
    assert templates.resolve(choice).path == resources.bundled("templates") / file


def test_a_path_picks_the_users_own_template(tmp_path: Path) -> None:
    path = template_with(tmp_path, "{{ name }}")
    chosen = templates.resolve(str(path))
    assert (chosen.path, chosen.bundled) == (path, False)


def test_an_unknown_name_is_an_error_listing_the_bundled_ones() -> None:
    with pytest.raises(TailorError, match=r"no bundled template called 'compakt'.*classic, compact"):
        templates.resolve("compakt")


def test_a_missing_path_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(TailorError, match=r"nope\.docx does not exist"):
        templates.resolve(tmp_path / "nope.docx")


# --- validating ----------------------------------------------------------------------------


@pytest.mark.parametrize("template", templates.bundled(), ids=lambda t: t.name)
def test_bundled_templates_use_only_variables_tailor_provides(template: templates.Template) -> None:
    templates.validate(template.path)


def test_a_misspelled_variable_is_an_error_naming_it_and_the_known_ones(tmp_path: Path) -> None:
    path = template_with(tmp_path, "{{ nmae }}", "{{ contact_line }}")
    with pytest.raises(TailorError) as raised:
        templates.validate(path)
    message = str(raised.value)
    assert "nmae (did you mean name?" in message
    assert "contact_line, education, education_first, experience" in message  # the known ones, to choose from
    assert str(path) in message


def test_misspelled_fields_inside_loops_are_found_even_where_the_loop_would_be_empty(tmp_path: Path) -> None:
    path = template_with(
        tmp_path,
        "{{ contact.emial }}",
        "{%p for role in experience %}",
        "{{ role.rolle }} {% for item in role.bullet_items %}{{ item.txt }}{% endfor %}",
        "{%p endfor %}",
        "{%p for p in publications %}",
        "{{ p.venu }}",
        "{%p endfor %}",
    )
    with pytest.raises(TailorError) as raised:
        templates.validate(path)
    message = str(raised.value)
    for wrong, meant in (("contact.emial", "email"), ("role.rolle", "role"), ("item.txt", "text"), ("p.venu", "venue")):
        assert f"{wrong} (did you mean {meant}?" in message


def test_correct_fields_loops_filters_and_jinja_globals_pass(tmp_path: Path) -> None:
    path = template_with(
        tmp_path,
        "{{ name|upper }} {{ contact.profiles|join(', ') }} {% for k, v in contact.items() %}{{ k }}{% endfor %}",
        "{% for role in experience %}{{ loop.index }} {{ role.bullets[0] }} {{ role.dates }}{% endfor %}",
        "{% for i in range(2) %}{{ i }}{% endfor %} {% set x = headline %}{{ x.whatever }}",
    )
    templates.validate(path)


def test_the_variables_documented_in_templates_readme_are_exactly_the_ones_provided() -> None:
    readme = (ROOT / "templates" / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", readme, flags=re.M))
    # The name the README gives an item of each list or dict, as in "{%p for role in experience %}".
    prefixes = {"contact": "contact", "experience": "role", "education": "e", "publications": "p"}
    prefixes |= {"certificates": "c", "awards": "c"}
    prefixes |= {"bullet_items": "b", "groups": "g", "bullets": "b", "skill_groups": "s"}
    provided = set()

    def document(fields: dict) -> None:
        for name, shape in fields.items():
            inner = shape if isinstance(shape, dict) else shape[0] if isinstance(shape, list) else None
            if isinstance(inner, dict) and name in prefixes:
                provided.update(f"{prefixes[name]}.{field}" for field in inner)
                document(inner)

    provided.update(templates.provided())
    document(templates.provided())
    provided.update(templates.provided("letter"))  # a letter's: the README's own table
    assert documented == provided


# --- the command line ------------------------------------------------------------------------


def test_tailor_templates_lists_name_description_and_file() -> None:
    result = runner.invoke(app, ["templates"])
    assert result.exit_code == 0, result.output
    for template in templates.bundled():
        assert template.name in result.output
        assert template.path.name in result.output.replace("\n", "")
    assert "--template" in result.output


def test_build_with_the_compact_template_by_name(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    result = runner.invoke(app, ["build", str(POSTING), "--cv", "example", "--template", "compact", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as package:
        styles = package.read("word/styles.xml")
    assert b"CV Place" in styles  # the compact template's own character style


def test_build_with_a_misspelled_template_variable_writes_nothing(tmp_path: Path) -> None:
    template = template_with(tmp_path, "{{ name }}", "{{ skils_line }}")
    out = tmp_path / "cv.docx"
    result = runner.invoke(app, ["build", str(POSTING), "--cv", "example", "--template", str(template), "-o", str(out)])
    assert result.exit_code == 2
    assert "skils_line (did you mean skills_line?" in result.output
    assert not out.exists()


# --- the words of dates ----------------------------------------------------------------------


def test_the_bundled_templates_say_the_default_date_words() -> None:
    for template in templates.bundled():
        assert templates.date_style(template.path) == DEFAULT_STYLE


def test_a_template_in_another_language_changes_how_every_date_prints(tmp_path: Path, bundled_cv) -> None:
    path = template_with(
        tmp_path,
        '{%p set present = "heute" %}',
        '{%p set months = ["Jan", "Feb", "März", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"] %}',
        "{% for role in experience %}{{ role.dates }}; {% endfor %}{{ present }}",
    )
    style = templates.date_style(path)
    assert (style.present, style.months[2], style.format) == ("heute", "März", "MMM YYYY")
    templates.validate(path)
    selection = Selection([SelectedRole(e, []) for e in bundled_cv.experience], [], [], [])
    context = build_context(bundled_cv, selection, dt.date(2025, 3, 14), dates=style)
    text = docx.Document(io.BytesIO(render_docx(path, context))).paragraphs[0].text.replace("\u00a0", " ")
    assert text.startswith("Sep 2019 – heute; März 2015 – Aug 2019;") and text.endswith("Okt 2008; heute")


def test_a_template_may_date_a_letter_in_its_own_words(tmp_path: Path) -> None:
    names = '["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", '
    names += '"noviembre", "diciembre"]'
    path = template_with(
        tmp_path, f"{{%p set month_names = {names} %}}", '{%p set day_format = "D de MMMM de YYYY" %}', "{{ name }}"
    )
    style = templates.date_style(path)
    assert style.day(dt.date(2025, 3, 14)) == "14 de marzo de 2025"
    assert style.span("2021-03", None) == "Mar 2021 – Present"  # the résumé's dates are unchanged


@pytest.mark.parametrize(
    ("tag", "fragment"),
    [
        ('{%p set months = ["Jan", "Feb"] %}', "months must be a list of the twelve month names"),
        ("{%p set present = 3 %}", "present must be text"),
        ('{%p set date_format = "YYYY" %}', "date_format must be text with YYYY and MMM or MM"),
        ('{%p set day_format = "MMMM YYYY" %}', "day_format must be text with D or DD, MMMM, MMM or MM, and YYYY"),
        ('{%p set month_names = "January" %}', "month_names must be a list of the twelve month names"),
    ],
)
def test_date_words_a_template_gets_wrong_are_an_error_naming_them(tmp_path: Path, tag: str, fragment: str) -> None:
    with pytest.raises(TailorError, match=fragment):
        templates.date_style(template_with(tmp_path, tag, "{{ name }}"))
