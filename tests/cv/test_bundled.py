"""The bundled CV (cv_data/cv.yaml) is the CV of record's own words, so tailor's promise holds for it too.

The rule, for every text of the YAML:

* a bullet or an education detail is one or more whole sentences of one item of
  the CV of record, word for word and mark for mark; it may drop a qualifier
  that opens the item's sentence ("as Sr Researcher, 2022-: porting …", which
  the YAML keeps in the bullet's ``role``) and capitalise its first letter;
* every other text (a title, role, employer, date, qualifier…) occurs in the CV
  of record as written, between word boundaries, its first letter's case aside;
* the comparison reads the CV of record's HTML as text (entities decoded, tags
  and emphasis taken out, whitespace collapsed) and the YAML's texts plain
  (emphasis markers taken out); a second test holds the emphasis to the CV of
  record's italics too.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata

import pytest
from ruamel.yaml import YAML

from tailor.cv.markup import plain
from tests.conftest import ROOT, SEED

SENTENCES = ("text", "details")
"""The keys whose texts are whole sentences; every other key holds a phrase."""
NOT_PRINTED = ("id", "pin", "tags")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
QUALIFIER = re.compile(r"^[^.:]{1,40}:\s+")
"""A label that opens a sentence: "as Sr Researcher, 2022-: ", "As postdoc: "."""


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the CV of record {SEED} must be beside the checkout in CI")
        pytest.skip("the CV of record (../shared/seed) is not beside this checkout")
    return SEED.read_text(encoding="utf-8")


def items(seed: str, *, emphasis: bool = False) -> list[str]:
    """The CV of record's lines and list items as text; with ``emphasis``, its italics as ``*…*``."""
    text = re.sub(r"</?(?:ul|li)\b[^>]*>", "\n", seed)
    text = re.sub(r"</?i>", "*" if emphasis else "", text)
    text = re.sub(r"</?b>", "", text)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)  # a Markdown autolink
    text = unicodedata.normalize("NFC", html.unescape(text))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def sentence_runs(item: str) -> set[str]:
    """Every run of whole sentences of ``item``, each also without the qualifier that opens it."""
    sentences = SENTENCE_END.split(item)
    runs = set()
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences) + 1):
            run = " ".join(sentences[i:j])
            runs |= {run, QUALIFIER.sub("", run)}
    return runs


def _first_letter_either_case(text: str) -> list[str]:
    return [text, text[:1].swapcase() + text[1:]]


def problems(strings: list[tuple[str, str, str]], seed_items: list[str]) -> list[str]:
    """Each (where, key, text) that breaks the rule above against ``seed_items``, described."""
    runs = set().union(*map(sentence_runs, seed_items))
    whole = "\n".join(seed_items)
    found = []
    for where, key, text in strings:
        text = " ".join(unicodedata.normalize("NFC", text).split())
        if key in SENTENCES:
            ok = any(t in runs for t in _first_letter_either_case(text))
        else:
            ok = any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", whole) for t in _first_letter_either_case(text))
        if not ok:
            found.append(f"{where}: {text!r}")
    return found


def yaml_strings(node: object, where: str = "", key: str = "") -> list[tuple[str, str, str]]:
    """Every printed string of the YAML ``node`` as (where, key, text), the key it stands under."""
    if isinstance(node, dict):
        return [s for k, v in node.items() if k not in NOT_PRINTED for s in yaml_strings(v, f"{where}.{k}", k)]
    if isinstance(node, list):
        return [s for n, v in enumerate(node) for s in yaml_strings(v, f"{where}[{n}]", key)]
    return [(where.lstrip("."), key, str(node))]


def bundled_strings() -> list[tuple[str, str, str]]:
    raw = YAML(typ="safe").load((ROOT / "cv_data" / "cv.yaml").read_text(encoding="utf-8"))
    return yaml_strings(raw)


def test_every_text_of_the_bundled_cv_is_the_cv_of_records_own_words(seed: str) -> None:
    strings = [(where, key, plain(text)) for where, key, text in bundled_strings()]
    assert len(strings) > 100  # every field, not only the bullets
    assert problems(strings, items(seed)) == []


def test_the_bundled_cv_holds_no_letter_material() -> None:
    # Its owner never wrote a cover letter's sentences: none may be written for them, here or anywhere.
    raw = YAML(typ="safe").load((ROOT / "cv_data" / "cv.yaml").read_text(encoding="utf-8"))
    assert "letter" not in raw


def test_the_bundled_cv_emphasises_what_the_cv_of_record_sets_in_italics(seed: str) -> None:
    emphasised = [s for s in bundled_strings() if s[1] in SENTENCES]
    assert any("*" in text for _, _, text in emphasised)
    assert problems(emphasised, items(seed, emphasis=True)) == []


# --- the check itself, on two items of the CV of record --------------------------------------

SEED_SAMPLE = (
    "<ul><li>as Researcher, 2021: computer vision models for thousand-object classification on 3D glass at "
    "Project Silica. Distributed data parallelism. Presenter of talks on the topics of <i>CPU/GPU "
    "optimization</i>.</li><li>Scientific reviewer for <i>ISC</i> conferences. As postdoc: supervision of "
    "PhD students and engineers.</li></ul>\nLondon, New York, &amp; São Paulo"
)


@pytest.mark.parametrize(
    "text",
    [
        "Computer vision models for thousand-object classification on 3D glass at Project Silica.",
        "Computer vision models for thousand-object classification on 3D glass at Project Silica. "
        "Distributed data parallelism.",
        "Presenter of talks on the topics of CPU/GPU optimization.",
        "Supervision of PhD students and engineers.",
        "Scientific reviewer for ISC conferences. As postdoc: supervision of PhD students and engineers.",
    ],
)
def test_the_check_accepts_whole_sentences_capitalised_after_their_qualifier(text: str) -> None:
    assert problems([("b", "text", text)], items(SEED_SAMPLE)) == []


@pytest.mark.parametrize(
    "text",
    [
        # An added word, stating a relation the CV of record does not.
        "Computer vision models for thousand-object classification on 3D glass at Project Silica, "
        "with distributed data parallelism.",
        "Computer vision models for thousand-object classification on 3D glass at Project Silica",  # no full stop
        "Supervision of PhD students.",  # a sentence cut short
        "Supervision of PhD students and engineers. Presenter of talks on the topics of CPU/GPU optimization.",
        'Presenter of talks on the topics of "CPU/GPU optimization".',  # marks for italics
        "Distributed data parallelism. Presenter of talks on the topics of CPU/GPU optimisation.",  # spelling
    ],
)
def test_the_check_rejects_added_changed_or_dropped_words(text: str) -> None:
    assert problems([("b", "text", text)], items(SEED_SAMPLE)) == [f"b: {text!r}"]


def test_the_check_holds_phrases_to_whole_words_and_decodes_entities() -> None:
    strings = [("a", "location", "London, New York, & São Paulo"), ("b", "role", "As Researcher, 2021")]
    strings += [("c", "role", "Researcher, 202"), ("d", "employer", "Silica Inc")]
    assert problems(strings, items(SEED_SAMPLE)) == ["c: 'Researcher, 202'", "d: 'Silica Inc'"]


def test_the_emphasis_check_wants_the_italics_where_the_cv_of_record_has_them() -> None:
    seed_items = items(SEED_SAMPLE, emphasis=True)
    assert problems([("b", "text", "Scientific reviewer for *ISC* conferences.")], seed_items) == []
    assert problems([("b", "text", "Scientific reviewer for ISC conferences.")], seed_items) != []
