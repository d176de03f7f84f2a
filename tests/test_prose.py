from tailor.prose import and_listed


def test_names_are_listed_as_a_sentence_lists_them() -> None:
    assert [and_listed(n) for n in ([], ["A-320"], ["A-320", "CL-65"], ["title", "company", "location"])] == [
        "",
        "A-320",
        "A-320 and CL-65",
        "title, company and location",
    ]
