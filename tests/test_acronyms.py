"""Acronyms a text spells out, and whether two spellings mean the same."""

from __future__ import annotations

from tailor.acronyms import named_by_initials, same_meaning, spelled_out, written_in_part


def test_letters_in_brackets_after_the_words_of_their_initials_are_spelled_out() -> None:
    assert spelled_out(
        [
            "Worked to a guaranteed maximum price (GMP) with the owner.",
            "Wrote the Hazard Analysis and Critical Control Points (HACCP) plan.",
        ]
    ) == {"gmp": "guaranteed maximum price", "haccp": "hazard analysis and critical control points"}


def test_letters_in_brackets_after_a_name_in_capitals_that_skip_a_word_of_it_are_spelled_out() -> None:
    assert spelled_out(
        [
            "Preferred: Cardiovascular and Pulmonary Certified Specialist (CCS).",
            "Hold a Gulf Coast Pipeline Safety (GPS) card.",
        ]
    ) == {"ccs": "cardiovascular and pulmonary certified specialist", "gps": "gulf coast pipeline safety"}


def test_an_office_and_its_parts_letters_in_one_bracket_are_each_spelled_out() -> None:
    assert spelled_out(["In support of the Program Executive Office Ground Combat Systems (PEO GCS)."]) == {
        "peogcs": "program executive office ground combat systems",
        "gcs": "ground combat systems",
        "peo": "program executive office",
    }


def test_a_word_made_of_two_words_gives_the_initial_of_each_to_its_letters() -> None:
    # "rooftop" is roof and top (RTU), "database" data and base (DB): a trade's letters take both.
    assert spelled_out(
        ["Service packaged rooftop units (RTUs) and split systems.", "Tuned the database (DB) nightly."]
    ) == {"rtu": "rooftop units", "db": "database"}
    # Not letters that no part of a word's own words begins with ("carpet" is car and pet, no "CT").
    assert spelled_out(["Cleaned the carpet (CT) weekly."]) == {}


def test_letters_in_brackets_that_are_no_initials_of_the_words_before_are_not() -> None:
    assert spelled_out(["Delivered as CM at risk (CMAR) on time.", "Led the design team (TX)."]) == {}


def test_the_same_words_mean_the_same_whatever_their_hyphens_and_plurals() -> None:
    assert same_meaning("good manufacturing practices", {"good manufacturing practice"})
    assert same_meaning("design-build", {"design build"})
    assert not same_meaning("guaranteed maximum price", {"good manufacturing practice"})


def test_letters_spelled_out_as_the_work_or_as_who_does_it_mean_the_same_credential() -> None:
    assert same_meaning("licensed independent clinical social work", {"licensed independent clinical social worker"})
    assert same_meaning("certified nursing assistant", {"certified nurse assistant"})
    assert same_meaning("registered respiratory therapy", {"registered respiratory therapist"})
    assert not same_meaning("certified nursing assistant", {"certified nurse anesthetist"})
    assert not same_meaning("data engineering", {"data center"})


def test_letters_spelled_out_as_whom_a_credential_certifies_mean_the_credential_named_with_its_word() -> None:
    assert same_meaning("critical care registered nurse", {"critical care registered nurse certification"})
    assert same_meaning("animal technician certificate", {"animal technician"})
    assert not same_meaning("critical care registered nurse", {"critical care"})


def test_a_cv_means_its_letters_by_a_skills_name_with_those_initials_it_writes_and_by_no_other_name() -> None:
    names = {"national registry paramedic", "structured query language"}
    assert named_by_initials(["NREMT-P (National Registry Paramedic)"], "nrp", names) == "national registry paramedic"
    assert named_by_initials(["Senior Quality Lead, Harbor Labs"], "sql", names) is None  # a title, no skill


def test_letters_with_the_words_of_their_initials_in_brackets_after_them_are_spelled_out() -> None:
    # As a requirement names a card: its letters, then what they stand for; a bracket of other words is no spelling.
    texts = [
        "ACLS, PALS and NRP (Neonatal Resuscitation Program)",
        "Python (data pipelines)",
        "NREMT-P (National Registry)",
    ]
    assert spelled_out(texts) == {"nrp": "neonatal resuscitation program"}


def test_an_acronym_a_text_names_in_capitals_too_may_be_written_with_its_first_words_as_their_letters() -> None:
    # A course, a record and a plan a posting writes both ways; a CV may write "CS Principles" or "EH Records".
    text = (
        "Teach our Computer Science Principles course. CSP facilitators lead workshops.\n"
        "Chart in the Electronic Health Records system (EHR) daily. Write an Individual Education Plan."
    )
    assert written_in_part(text, ["csp", "ehr", "daily"]) == {"csp": ("cs principles",), "ehr": ("eh records",)}


def test_letters_that_no_name_in_capitals_of_the_text_spells_are_written_in_part_no_way() -> None:
    assert written_in_part("Apply by FRIDAY. Python and SQL required; Great Quality Lab.", ["friday", "sql"]) == {}


def test_the_words_before_letters_in_brackets_are_found_bracket_by_bracket_as_the_whole_pattern_finds_them() -> None:
    from tailor.acronyms import _DEFINED, _defined

    texts = [
        "Worked to a guaranteed maximum price (GMP) and a (ICRA) plan.",
        "one two three four five six seven eight nine ten eleven Twelve (OTT) rest",  # ten words at most
        "an 1abc form (AF), a bracket (with words) and none (",  # a start inside a word; no letters
        "Economic Foundation Model (“EFM”) and Program Executive Office (PEO GCS)s again (A.B.C.)",
        "word, list - of (LO) ((NO)) under_score (US)\n\nsafety  -  card (SC)",
    ]
    for text in texts:
        assert list(_defined(text)) == [(m.group(1), m.group(2)) for m in _DEFINED.finditer(text)]
    assert list(_defined(texts[1])) == [("three four five six seven eight nine ten eleven Twelve ", "OTT")]
    assert list(_defined(texts[2])) == [("abc form ", "AF")]
