"""Words a PDF's text extractor split apart (:mod:`tailor.cv.importers.pdf_words`): a page whose pieces end
inside words is read back whole; a page written normally is read as it was."""

from __future__ import annotations

from pathlib import Path

from tailor.cv.importers.pdf_words import MIN_REJOINED, rejoined, spaces_added
from tests.cv.importers.resumes import Text, raw_pdf
from tests.cv.importers.test_resume import imported


def pieces(line: str) -> list[str]:
    """The pieces an extractor gives for ``line``, "|" marking where it ended one with a space of its own."""
    parts = line.split("|")
    return [part + " " for part in parts[:-1]] + [parts[-1]]


def joined(lines: list[str]) -> list[str]:
    """Each of ``lines`` as its pieces read back (:func:`pieces`), one line a row."""
    rows = [float(n) for n, line in enumerate(lines) for _ in pieces(line)]
    texts = [text for line in lines for text in pieces(line)]
    inside = rejoined(rows, texts)
    out: list[str] = []
    for n, line in enumerate(lines):
        start = sum(len(pieces(earlier)) for earlier in lines[:n])
        parts = pieces(line)
        out.append("".join(t[:-1] if start + k in inside else t for k, t in enumerate(parts)))
    return out


def test_a_page_split_inside_its_words_reads_them_whole() -> None:
    lines = [
        "E|xp|erience",
        "Senior Pro|du|ct D|esign L|ea|d",
        "O|CT 2|0|2|4 – Current",
        "Designed a widget library e|x|perience for App|l|e.",
        "F|igma prototypes for U|X research",
    ]
    assert joined(lines) == [
        "Experience",
        "Senior Product Design Lead",
        "OCT 2024 – Current",
        "Designed a widget library experience for Apple.",
        "Figma prototypes for UX research",
    ]


def test_two_words_that_also_make_one_stay_two_and_a_name_the_words_do_not_know_stays_split() -> None:
    lines = ["E|xp|erience", "Pro|du|ct D|esign L|ea|d", "some|thing new with|in the Tan|zu team"]
    assert joined(lines)[2] == "some thing new with in the Tan zu team"


def test_a_page_with_a_few_such_spaces_is_read_as_it_was_written() -> None:
    lines = ["Led a|n audit", "Built o|n time", "Wrote docs for the A|PI", "Ran the e|mail desk"]
    assert len(lines) < MIN_REJOINED
    assert joined(lines) == ["Led a n audit", "Built o n time", "Wrote docs for the A PI", "Ran the e mail desk"]


def test_a_designer_pdf_whose_extractor_splits_its_words_imports_as_the_same_pdf_unsplit(tmp_path: Path) -> None:
    def page(split: bool) -> list[Text]:
        def line(x: float, y: float, text: str, size: float = 10.0, bold: bool = False) -> list[Text]:
            out, at = [], x
            for part in pieces(text if split else text.replace("|", "")):
                out.append(Text(at, y, part, size, bold))
                at += len(part) * size * 0.5
            return out

        return [
            *line(50, 800, "Mara Quill", 16, bold=True),
            *line(50, 760, "E|xp|erience", 13, bold=True),
            *line(50, 740, "Senior Pro|du|ct D|esigner, Lumen La|bs", 11, bold=True),
            *line(420, 740, "O|CT 2|0|2|2 – Present"),
            *line(50, 724, "• Led the d|esign system for four pro|du|cts."),
            *line(50, 710, "• Ran u|sability tests with 40 nurses."),
            *line(50, 680, "E|d|ucation", 13, bold=True),
            *line(50, 660, "BFA, Graphic D|esign, Ohio State University"),
            *line(420, 660, "2|0|1|8"),
        ]

    cv, _ = imported(raw_pdf(tmp_path / "split.pdf", page(split=True)))
    whole, _ = imported(raw_pdf(tmp_path / "whole.pdf", page(split=False)))
    assert cv.model_dump() == whole.model_dump()
    assert [(r.role, r.employer) for r in cv.experience] == [("Senior Product Designer", "Lumen Labs")]
    assert [b.text for b in cv.experience[0].bullets] == [
        "Led the design system for four products.",
        "Ran usability tests with 40 nurses.",
    ]


def test_a_space_the_extractor_opens_a_piece_with_where_the_font_changes_is_dropped_where_the_text_has_none() -> None:
    rows = [0.0] * 9 + [1.0, 2.0]
    texts = [
        "Translated patents (",  # an opening bracket, then a term in another font
        " 特許明細",
        " 書",  # the same script, written without spaces, goes on
        " ) for IP firms, with",
        " Trados",  # a word after a word: the author's space, or the extractor's, cannot be told
        " , memoQ and",
        " 한국어",
        " 문서",  # Korean spaces its words
        " [beta]",
        "next line",
        " ) on a line of its own",
    ]
    added = spaces_added(rows, texts)
    assert [texts[n] for n in sorted(added)] == [" 特許明細", " 書", " ) for IP firms, with", " , memoQ and"]


def test_a_term_set_in_another_font_inside_brackets_imports_as_written(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Rosa Vidal", 16, bold=True),
        Text(50, 760, "Experience", 13, bold=True),
        Text(50, 740, "Translator, Lumen Legal", 11, bold=True),
        Text(420, 740, "2019 – Present"),
        Text(50, 724, "• Translated patents ("),
        Text(152, 724, "tokkyo", bold=True),
        Text(186, 724, ") and office actions for IP firms."),
        Text(50, 710, "• Interpreted at depositions."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert cv.experience[0].bullets[0].text == "Translated patents (**tokkyo**) and office actions for IP firms."


def test_an_amount_set_in_another_font_than_its_currency_sign_follows_it_with_no_space() -> None:
    # LaTeX sets "\$" in another font than the figures after it ("unblocked \$4.1M"); the extractor adds a space where
    # the font changes, which would put "$ 4.1M" in a bullet that is copied word for word. A sign before a word is
    # left as written ("US$" + " rates").
    rows = [700.0] * 6
    texts = ["Closed deals worth", " $", " 4.1M in ARR and", " €", " 900K of", " £ GBP"]
    added = spaces_added(rows, texts)
    assert [texts[n] for n in sorted(added)] == [" 4.1M in ARR and", " 900K of"]
