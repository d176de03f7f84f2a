"""Specifications for tailor.documents.letter: the letter's .docx, on one page, in the owner's words, read back."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

import docx
import pytest
from ruamel.yaml import YAML

from tailor import resources
from tailor.cv import load_cv, markup, slots
from tailor.documents import check, letter, pagefit, pdf, templates
from tailor.errors import TailorError
from tailor.letter import choose
from tailor.pipeline import letter as write_letter
from tests.conftest import LETTER_CV, needs

DAY = dt.date(2025, 3, 14)
EXAMPLES = sorted(p for p in resources.bundled("examples").iterdir() if p.suffix in (".md", ".txt"))
SEPARATOR = re.compile(r"\s*·\s*")
"""Between the items of the contact line: the only characters a letter's header adds."""


def own_texts(path: Path) -> list[str]:
    """Every text of the CV file as a reader sees it (no emphasis markers), each slot as \\0."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif node is not None:
            found.append(_normal(markup.plain(re.sub(r"\{\{\s*\w+\s*\}\}", "\0", str(node)))))

    walk(YAML(typ="safe").load(path.read_text(encoding="utf-8")))
    return found


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def not_the_owners(document: bytes, values: dict[str, str], cv_texts: list[str]) -> list[str]:
    """Each piece of the letter's text that is neither the owner's words nor what fills a slot."""
    body = docx.Document(io.BytesIO(document)).paragraphs
    wrong = []
    for paragraph in body:
        text = _normal(paragraph.text)
        for value in sorted(values.values(), key=len, reverse=True):
            text = text.replace(_normal(value), "\0")
        for piece in SEPARATOR.split(text):
            if piece.strip("\0 ") and not any(piece in own for own in cv_texts):
                wrong.append(piece)
    return wrong


@needs("libreoffice", "poppler")
@pytest.mark.parametrize("posting", EXAMPLES, ids=lambda p: p.name)
def test_a_letter_for_each_example_posting_is_the_owners_words_on_one_page(tmp_path: Path, posting: Path) -> None:
    built = write_letter(posting, LETTER_CV, output=tmp_path / "letter.docx", pdf=True, today=DAY)
    made = built.letter
    assert made is not None and made.pdf is not None
    assert pdf.page_count(made.pdf) == 1 and made.fit.measured_by == "pdf"
    assert made.check.ok, made.check.problems  # every text, in order, in the .docx and the PDF
    assert len(made.choice.body) >= 2
    assert not_the_owners(made.docx, made.choice.values, own_texts(LETTER_CV)) == []


def test_the_word_check_catches_a_sentence_that_is_not_the_owners(estimated_pages: None, tmp_path: Path) -> None:
    built = write_letter(EXAMPLES[0], LETTER_CV, output=tmp_path / "letter.docx", today=DAY)
    assert built.letter is not None
    changed = docx.Document(io.BytesIO(built.letter.docx))
    changed.add_paragraph("I am a team player with a passion for excellence.")
    buffer = io.BytesIO()
    changed.save(buffer)
    assert not_the_owners(buffer.getvalue(), built.letter.choice.values, own_texts(LETTER_CV)) == [
        "I am a team player with a passion for excellence."
    ]


def choice_for(values: dict[str, str], **weights: float):
    cv = load_cv(LETTER_CV)
    assert cv.letter is not None

    def score(texts):
        return [sum(w for word, w in weights.items() if word in t.lower()) for t in texts]

    return cv, choose(cv.letter, {"date": "14 March 2025", **values}, {}, score, {})


def test_the_context_fills_slots_in_the_owners_runs_and_keeps_their_emphasis() -> None:
    cv, chosen = choice_for({"company": "A*Star & <Co>", "title": "ML Engineer"}, gpu=1.0, fjord=0.5)
    context = letter.build_context(cv, chosen, DAY)
    assert context["company"] == "A*Star & <Co>" and context["hiring_manager"] == ""
    assert context["greeting"] == "Dear A*Star & <Co> hiring team,"  # a value is never read as emphasis
    assert context["name"] == "Mara Lindqvist" and "mara.lindqvist@example.org" in context["contact_line"]
    scaling = next(r for r, t in zip(context["paragraphs_rich"], context["paragraphs"], strict=True) if "FSDP" in t)
    assert "<w:i/>" in str(scaling) and "*" not in str(scaling)  # *mixed precision* in italics, markers gone
    assert context["sign_off"] == "Kind regards,"
    rendered = letter.render.render_docx(templates.usable("classic", "letter"), context)
    texts = [p.text for p in docx.Document(io.BytesIO(rendered)).paragraphs]
    assert "Dear A*Star & <Co> hiring team," in texts and "A*Star & <Co>" in texts  # escaped, not markup


def test_the_bundled_letters_use_only_what_a_letter_template_is_given() -> None:
    for template in templates.bundled("letter"):
        templates.validate(template.path, "letter")
    assert set(templates.provided("letter")) >= {"name", "contact_line", "date", "company", "paragraphs_rich"}


class Pages:
    """A measurer that counts a page per five paragraphs of the letter's body style."""

    method = "estimate"
    batch = 1

    def __init__(self) -> None:
        self.calls = 0

    def measure(self, documents: list[bytes]) -> list[pagefit.Measured]:
        self.calls += 1
        out = []
        for document in documents:
            body = [p for p in docx.Document(io.BytesIO(document)).paragraphs if p.style.name == "Letter Body"]
            out.append(pagefit.Measured(len(body) / 5))
        return out


def test_the_least_relevant_body_paragraph_goes_until_the_letter_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    measurer = Pages()
    monkeypatch.setattr(pagefit, "measurer", lambda: measurer)
    cv, chosen = choice_for({"company": "Acme", "title": "Engineer"}, fjord=0.5, gpu=0.3, mentored=0.2)
    template = templates.usable("classic", "letter")
    # greeting, opening, 3 paragraphs, closing: 6 in the body style, 1.2 "pages".
    made = letter.make(cv, chosen, template, today=DAY, title="t", want_pdf=False)
    assert made.fit.dropped == ("letter-mentoring",) and made.fit.measured_pages == 1.0
    assert [p.id for p in made.choice.body] == ["letter-scaling", "letter-pipeline"]
    assert {p.id: p.reason for p in made.choice.skipped}["letter-mentoring"] == "page fit"
    assert measurer.calls == 2  # the letter as chosen, then every shorter one at once
    assert made.check.ok and made.notes  # the page count was estimated, and the letter says so


class ThreePages(Pages):
    def measure(self, documents: list[bytes]) -> list[pagefit.Measured]:
        return [pagefit.Measured(3)] * len(documents)


def test_a_letter_that_cannot_fit_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagefit, "measurer", ThreePages)
    cv, chosen = choice_for({"company": "Acme", "title": "Engineer"}, gpu=0.3)
    with pytest.raises(TailorError, match="does not fit on one page even with one body paragraph"):
        letter.make(cv, chosen, templates.usable("compact", "letter"), today=DAY, title="t", want_pdf=False)


def test_the_read_back_names_a_missing_paragraph_as_a_paragraph() -> None:
    cv, chosen = choice_for({"company": "Acme", "title": "Engineer"}, gpu=0.3)
    expected = letter.expected(cv, chosen)
    document = letter.render.render_docx(
        templates.usable("classic", "letter"), letter.build_context(cv, chosen.without("letter-pipeline"), DAY)
    )
    report = check.check(document, expected)
    assert [p.kind for p in report.problems] == ["paragraph missing"]  # and no complaint about headings
    assert slots.fill("{{ company }}", chosen.values) == "Acme"
