"""Any text a CV can hold, as a bullet, job title, employer or headline, in YAML or a JSON Resume,
builds a résumé that shows it exactly as the read-back check expects, or is refused as a CV error."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import docx
from hypothesis import given
from hypothesis import strategies as st

from tailor.cv.load import load_cv
from tailor.cv.printable import printable
from tailor.documents.render import printed
from tailor.errors import CVError
from tailor.pipeline import build, load
from tailor.posting import Posting
from tests.conftest import examples

POSTING = Posting("job.md", "# Engineer\n\n## Requirements\n\n- Distributed simulation in C++ and MPI.\n")
AWKWARD = list("\t\n\r\v\f\x00\x07\x1b\x1f\x7f\x85\x9b\u00a0\u00ad\u2028\u2029\u200b\u200d\u202e\u2066\ufeff\ufffe")
AWKWARD += ["\ud800", "\udfff", "\U0010ffff", "*", "**", "{{", "}}", "{%", "&", "<w:t>", "]]>", "e\u0301", "👩\u200d💻"]
TEXT = st.lists(
    st.one_of(st.characters(exclude_categories=()), st.sampled_from(AWKWARD), st.sampled_from(["MPI", "C++", " "])),
    max_size=24,
).map("".join)
"""Any text: every code point (halves of characters too), with the awkward ones and words more often."""
SAYING = st.builds(lambda *parts: "".join(parts), TEXT, st.sampled_from(["Lead", "MPI", "Zürich", "東京"]), TEXT)
"""Any text around a word: one a page can always show something of."""
FIELDS = ("bullet", "title", "employer", "headline")

_NOT_IN_A_YAML_STREAM = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]"
)


def quoted(text: str) -> str:
    """``text`` as a double-quoted scalar, valid in JSON and YAML alike: what a stream may not
    hold as it is (controls, halves of characters, line separators) is escaped as ``\\uXXXX``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"' + _NOT_IN_A_YAML_STREAM.sub(lambda c: f"\\u{ord(c.group()):04x}", escaped.replace("\t", "\\t")) + '"'


def yaml_cv(bullet: str, title: str, employer: str, headline: str) -> str:
    return f"""\
contact: {{name: Ada Lovelace, email: ada@example.org}}
headline: {quoted(headline)}
experience:
  - id: acme
    employer: {quoted(employer)}
    role: {quoted(title)}
    start: "2020"
    bullets:
      - {{id: any, text: {quoted(bullet)}, pin: true}}
      - {{id: mpi, text: "Wrote distributed simulations in C++ with MPI."}}
"""


def json_resume(bullet: str, title: str, employer: str, headline: str) -> str:
    basics = f'{{"name": "Ada Lovelace", "email": "ada@example.org", "label": {quoted(headline)}}}'
    work = f'{{"name": {quoted(employer)}, "position": {quoted(title)}, "startDate": "2020", '
    work += f'"highlights": [{quoted(bullet)}]}}'
    other = '{"name": "Lab", "position": "Engineer", "startDate": "2010", "highlights": ["Wrote MPI code in C++."]}'
    return f'{{"basics": {basics}, "work": [{work}, {other}]}}'


def flat(text: str) -> str:
    return " ".join(text.split())


@examples(0.4)
@given(
    texts=st.fixed_dictionaries(dict.fromkeys(FIELDS, SAYING)),
    anything=st.one_of(st.none(), st.tuples(st.sampled_from(FIELDS), TEXT)),
    form=st.sampled_from(["cv.yaml", "resume.json"]),
)
def test_any_text_builds_a_resume_that_shows_it_as_the_check_expects_or_is_a_cv_error(
    texts: dict[str, str], anything: tuple[str, str] | None, form: str
) -> None:
    if anything is not None:  # one field of any text at all, even one a page can show nothing of
        texts[anything[0]] = anything[1]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / form
        write = yaml_cv if form == "cv.yaml" else json_resume
        path.write_text(write(**texts), encoding="utf-8")
        try:
            cv = load_cv(path)
        except CVError as refused:
            # Only a text a page can show nothing of.
            assert str(path) in str(refused) and refused.problems
            assert anything is not None and not printable(anything[1]).strip(), str(refused)
            return
        built = build(POSTING, load(path), output=Path(folder) / "cv.docx", max_bullets=2)

        assert not [p for p in built.documents.check.problems if p.kind.startswith("bullet")]
        paragraphs = [(p.style.name, flat(p.text)) for p in docx.Document(str(built.output)).paragraphs]
        body = " ".join(text for _, text in paragraphs)
        kept = [b for role in built.selection.roles for b in role.printed]
        if form == "resume.json" and not printable(texts["bullet"]).strip():
            assert cv.experience[0].bullets == []  # an editor's empty highlight: left out, with a warning
        else:
            assert cv.experience[0].bullets[0] in kept  # the bullet of any text: pinned, or its role's only one
        for item in kept:
            assert flat(printed(item.text)) in [text for style, text in paragraphs if style == "List Bullet"]
        # A JSON Resume's blank title or employer is none (a role needs only one of them).
        for text in (cv.experience[0].role, cv.experience[0].employer, cv.headline[0].text if cv.headline else ""):
            assert text is None or flat(printable(text)) in body
