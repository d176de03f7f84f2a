"""The files one build writes, named from one stem; and which files in a folder tailor wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.outputs import SIBLINGS, Outputs, default_name, owner, resume_path, sha256_file, written_by_tailor


def test_every_file_beside_a_resume_is_named_from_its_stem(tmp_path: Path) -> None:
    outputs = Outputs(tmp_path / "Ada_-_Acme.docx")
    assert [p.name for p in outputs.paths()] == [
        "Ada_-_Acme.docx",
        "Ada_-_Acme.manifest.json",
        "Ada_-_Acme.report.html",
        "Ada_-_Acme.pdf",
        "Ada_-_Acme_-_Letter.docx",
        "Ada_-_Acme_-_Letter.pdf",
        "Ada_-_Acme.resume.json",
        "Ada_-_Acme.rendercv.yaml",
        "Ada_-_Acme.md",
    ]
    assert outputs.manifest == outputs.sibling("manifest") and outputs.pdf == outputs.sibling("pdf")


@pytest.mark.parametrize(
    ("given", "pdf"), [("acme", "acme.pdf"), ("acme.v2.docx", "acme.v2.pdf"), ("résumé.DOCX", "résumé.pdf")]
)
def test_a_resume_named_by_hand_keeps_its_stem_for_every_sibling(tmp_path: Path, given: str, pdf: str) -> None:
    outputs = Outputs(tmp_path / given)
    assert outputs.pdf.name == pdf
    assert outputs.manifest.name == pdf.removesuffix(".pdf") + ".manifest.json"


def test_only_the_kinds_asked_for_are_listed_and_existing_ones_found(tmp_path: Path) -> None:
    outputs = Outputs(tmp_path / "cv.docx")
    assert outputs.paths(["pdf"]) == [outputs.resume, outputs.pdf]
    outputs.pdf.write_bytes(b"%PDF")
    assert outputs.existing() == [outputs.pdf]


def test_a_new_kind_of_output_is_one_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(SIBLINGS, "letter", ".letter.docx")  # type: ignore[index]
    outputs = Outputs(tmp_path / "cv.docx")
    assert outputs.sibling("letter").name == "cv.letter.docx"  # type: ignore[arg-type]
    outputs.manifest.write_text("{}", encoding="utf-8")
    outputs.sibling("letter").write_bytes(b"PK")  # type: ignore[arg-type]
    assert written_by_tailor(outputs.sibling("letter"))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["cv.docx", "cv.pdf", "cv.report.html", "cv.manifest.json"])
def test_files_with_their_manifest_beside_them_are_tailors(tmp_path: Path, name: str) -> None:
    (tmp_path / "cv.manifest.json").write_text("{}", encoding="utf-8")
    assert written_by_tailor(tmp_path / name)


@pytest.mark.parametrize("name", ["cv.docx", "cv.pdf", "cv.report.html", "posting.html", "notes.md"])
def test_files_without_a_manifest_are_not_tailors(tmp_path: Path, name: str) -> None:
    (tmp_path / "other.manifest.json").write_text("{}", encoding="utf-8")
    assert not written_by_tailor(tmp_path / name)


def test_default_names_are_owner_company_and_title_and_safe_everywhere() -> None:
    assert default_name("Zoë Ångström", "Acme & Co.", "Sr. Engineer / ML", "p") == (
        "Zoe_Angstrom_-_Acme_Co_-_Sr._Engineer_ML.docx"
    )
    assert default_name("Ada", None, None, "posting-42") == "Ada_-_posting-42.docx"
    assert default_name("Ada", "東京", None, "p") == "Ada_-_posting.docx"  # nothing ASCII is left
    long = default_name("Ada", "A" * 100, "T", "p")
    assert long == f"Ada_-_{'A' * 60}_-_T.docx"


def test_a_dash_or_mark_outside_ascii_in_a_default_name_parts_its_words_instead_of_running_them_together() -> None:
    # "Grades 6–8" is not grade 68: the en dash a hyphen, as "Nurse—ICU" keeps its two words.
    assert default_name("Ada", "Harbor Labs", "Science Writer, Grades 6–8", "p") == (
        "Ada_-_Harbor_Labs_-_Science_Writer_Grades_6-8.docx"
    )
    assert default_name("Ada", "Mercy·Health", "Nurse—ICU", "p") == "Ada_-_Mercy_Health_-_Nurse-ICU.docx"


def test_a_long_part_of_a_default_name_is_cut_after_a_whole_word() -> None:
    company = "Department of Immunology, Harwick Institute for Biomedical Research"
    assert default_name("Ada", company, "Lab Manager", "p") == (
        "Ada_-_Department_of_Immunology_Harwick_Institute_for_Biomedical_-_Lab_Manager.docx"
    )
    exact = "Abcdefghij_" * 5 + "Klmnopqrs"  # 64 characters, its last word ending past the limit
    assert default_name("Ada", exact, None, "p") == f"Ada_-_{'Abcdefghij_' * 4}Abcdefghij.docx"


def test_a_default_name_leaves_out_the_letters_after_the_owners_name() -> None:
    assert (
        default_name("Dana M. Whitaker, BSN, RN, CCRN", "Mercy", "ICU RN", "p")
        == "Dana_M._Whitaker_-_Mercy_-_ICU_RN.docx"
    )
    assert default_name("Omar Haddad, MSc", "Acme", None, "p") == "Omar_Haddad_-_Acme.docx"
    assert default_name("Lovelace, Ada", "Acme", None, "p") == "Lovelace_Ada_-_Acme.docx"  # a given name, no letters
    assert default_name("LI, WEI", "Acme", None, "p") == "Li_Wei_-_Acme.docx"  # surname first, no letters
    # A registry's disciplines in brackets belong to the letters before them.
    assert (
        default_name("Ana Ruiz, R.T.(R)(CT)", "Mercy", "CT Technologist", "p")
        == "Ana_Ruiz_-_Mercy_-_CT_Technologist.docx"
    )
    assert default_name("Ana Ruiz, RT (R)(MR), BLS", "Mercy", None, "p") == "Ana_Ruiz_-_Mercy.docx"


def test_an_owners_name_set_in_capitals_is_named_in_its_words_case_and_one_written_in_mixed_case_as_written() -> None:
    # A résumé sets its owner's name in capitals as it sets a heading: the file says the name as it is written.
    assert default_name("JANE DOE", "Acme", "CFO", "p") == "Jane_Doe_-_Acme_-_CFO.docx"
    assert default_name("MARY-KATE O'NEIL, MBA", "Acme", None, "p") == "Mary-Kate_O_Neil_-_Acme.docx"
    assert default_name("ÉLODIE MARTIN", "Acme", None, "p") == "Elodie_Martin_-_Acme.docx"
    assert default_name("Wei LI", "ACME", None, "p") == "Wei_LI_-_ACME.docx"  # the owner's own case, the company's


def test_a_file_is_fingerprinted_by_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_bytes(b"abc")
    assert sha256_file(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_a_resume_goes_where_output_says_or_into_the_folder_it_names(tmp_path: Path) -> None:
    default = lambda: "Ada_-_Acme.docx"  # noqa: E731
    assert resume_path(tmp_path / "cv.docx", default) == tmp_path / "cv.docx"
    assert resume_path(tmp_path / "CV.DOCX", default) == tmp_path / "CV.DOCX"
    assert resume_path(tmp_path, default) == tmp_path / "Ada_-_Acme.docx"
    assert resume_path(None, default) == Path("Ada_-_Acme.docx")


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        (
            "r2.pdf",
            "not {}/r2.pdf: the files beside the résumé are named after it (with pdf=True, r2.pdf beside r2.docx)",
        ),
        ("acme", "not {0}/acme; did you mean acme.docx, or out={0}/acme for a new folder to write it in?"),
        ("missing-folder/", "not {0}/missing-folder; did you mean missing-folder.docx, or out={0}/missing-folder"),
        ("r2.manifest.json", "the files beside the résumé are named after it"),
    ],
)
def test_an_output_that_is_neither_a_docx_nor_a_folder_is_refused_in_library_terms(
    tmp_path: Path, given: str, fragment: str
) -> None:
    with pytest.raises(TailorError) as refused:
        resume_path(tmp_path / given, lambda: "unused.docx")
    message = str(refused.value)
    assert message.startswith("output=… must name the Word résumé, ending in .docx, or an existing folder")
    assert fragment.format(tmp_path) in message
    on_the_command_line = refused.value.describe({"output": "--output", "pdf": "--pdf", "out": "--out"}.get)
    assert "--output must name" in on_the_command_line and "out=" not in on_the_command_line


def test_the_library_refuses_such_an_output_before_reading_anything(tmp_path: Path) -> None:
    from tailor.pipeline import build

    with pytest.raises(TailorError, match="output=… must name the Word résumé"):
        build(tmp_path / "missing-posting.txt", output=tmp_path / "r2.pdf", pdf=True)
    assert list(tmp_path.iterdir()) == []


def test_a_letters_output_that_is_neither_a_docx_nor_a_folder_is_refused_as_the_letter_it_names(
    tmp_path: Path,
) -> None:
    from tailor.pipeline import letter

    # `tailor letter -o letter` names no résumé: the error speaks of the letter the command writes.
    with pytest.raises(TailorError) as refused:
        letter(tmp_path / "missing-posting.txt", output=tmp_path / "letter")
    message = str(refused.value)
    assert message.startswith("output=… must name the Word letter, ending in .docx, or an existing folder")
    assert "résumé" not in message
    with pytest.raises(TailorError, match="the files beside the letter are named after it"):
        resume_path(tmp_path / "a.pdf", lambda: "unused.docx", document="letter")
    assert list(tmp_path.iterdir()) == []


def test_a_letter_is_known_as_tailors_beside_its_resume_or_made_alone(tmp_path: Path) -> None:
    beside = Outputs(tmp_path / "a.docx")
    beside.manifest.write_text("{}", encoding="utf-8")
    assert beside.sibling("letter").name == "a_-_Letter.docx" and written_by_tailor(beside.sibling("letter"))
    alone = Outputs(tmp_path / "b_-_Letter.docx")  # tailor letter: its own manifest and PDF
    alone.manifest.write_text("{}", encoding="utf-8")
    assert alone.manifest.name == "b_-_Letter.manifest.json"
    assert written_by_tailor(alone.resume) and written_by_tailor(alone.pdf)
    assert not written_by_tailor(tmp_path / "c_-_Letter.docx")


def test_the_owner_of_a_letter_is_the_resume_its_name_extends(tmp_path: Path) -> None:
    found = owner(tmp_path / "Ada_-_Acme_-_Letter.docx", "letter")
    assert found is not None and found.resume.name == "Ada_-_Acme.docx"
    assert owner(tmp_path / "Ada_-_Acme.docx", "letter") is None
    assert owner(tmp_path / "_-_Letter.docx", "letter") is None
