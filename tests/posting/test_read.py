"""Reading a posting: files and stdin, encodings, size limits, and input that is not a posting.

Formats other than plain text (Markdown, HTML, PDF, DOCX): tests/posting/formats/; URLs: test_fetch.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.posting import MAX_POSTING_BYTES, read_posting
from tailor.posting.read import MAX_POSTING_CHARS

TEXT = "Senior Engineer – Zürich\nWe need C++ and MPI. “Quotes” too.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "windows-1252"],
)
def test_text_files_decode_in_common_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(encoded)
    assert read_posting(path).text.replace("\r\n", "\n") == TEXT


def test_latin1_file_decodes(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes("Ingénieur à Genève".encode("latin-1"))
    assert read_posting(path).text == "Ingénieur à Genève"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Ищем инженера-программиста с опытом работы на Python и C++ в Москве.", "cp1251"),
        ("Hledáme vývojáře v Praze se zkušenostmi s Pythonem. Nabízíme práci na částečný úvazek.", "cp1250"),
        ("ソフトウェアエンジニア募集。東京オフィス勤務、Python経験者歓迎。", "shift_jis"),
    ],
    ids=["russian-windows-1251", "czech-windows-1250", "japanese-shift-jis"],
)
def test_other_legacy_encodings_are_detected(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(text.encode(codec))
    assert read_posting(path).text == text


def test_extensionless_file_is_read_as_text_as_written(tmp_path: Path) -> None:
    (tmp_path / "job").write_text("# Engineer\nPython", encoding="utf-8")
    assert read_posting(tmp_path / "job").text == "# Engineer\nPython"


def test_stdin_is_read_when_source_is_dash() -> None:
    posting = read_posting("-", stdin=io.BytesIO(TEXT.encode("utf-8")))
    assert posting.source == "-" and posting.text == TEXT and posting.stem == "posting"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["empty", "whitespace"])
def test_empty_posting_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(content)
    with pytest.raises(TailorError, match="is empty"):
        read_posting(path)


@pytest.mark.parametrize(
    "content", ["https://jobs.example.com/view/123\n", "Job posting: <https://jobs.example.com/view/123>\n"]
)
def test_a_file_holding_only_the_postings_address_is_told_to_pass_the_address(tmp_path: Path, content: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TailorError, match=r"holds only a web address \(https://jobs.example.com/view/123\)"):
        read_posting(path)


def test_a_short_posting_that_links_its_page_is_still_a_posting(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text("Line Cook wanted at Harbor Diner. Apply at https://harbor.example.com/jobs\n", encoding="utf-8")
    assert read_posting(path).text.startswith("Line Cook")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "signin.html",
            "<html><head><title>Sign In - Larkspur Clinics Careers</title></head><body><main><h1>Sign In</h1>"
            "<p>Your session has expired. Please sign in to continue your application.</p><form><label>Email</label>"
            "<input type='email'><label>Password</label><input type='password'><button>Sign In</button></form>"
            "<a href='/forgot'>Forgot your password?</a> <a href='/new'>Create Account</a></main></body></html>",
        ),
        ("shell.html", "<html><body><div id='root'><p>You need to enable JavaScript to run this app.</p></div></body>"),
        (
            "consent.txt",
            "We value your privacy\n\nWe and our partners use cookies to improve your experience on our site.\n\n"
            "Accept all cookies\nReject all\nCookie settings\n",
        ),
    ],
    ids=["a sign-in form", "a page its script fills in", "a cookie wall"],
)
def test_a_page_that_stands_where_a_posting_should_and_holds_none_is_refused(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TailorError, match=r"holds no job posting: .* Save the posting's own page"):
        read_posting(path)


@pytest.mark.parametrize(
    "content",
    [
        "Night Porter\n\nThe Harbour Inn seeks a night porter. Log in to our staff rota app each shift.\n",
        "Front Desk Agent\n\nRequirements\n- Two years at a hotel desk\n- Able to reset guests' Wi-Fi passwords\n",
    ],
    ids=["a short posting that says log in", "a short posting with a section that says password"],
)
def test_a_short_posting_that_names_signing_in_is_still_a_posting(tmp_path: Path, content: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(content, encoding="utf-8")
    assert read_posting(path).text.startswith(content.split("\n", 1)[0])


def test_binary_file_is_not_a_posting(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(TailorError, match="not text"):
        read_posting(path)


def test_missing_file_and_directory_are_errors(tmp_path: Path) -> None:
    with pytest.raises(TailorError, match="does not exist") as raised:
        read_posting(tmp_path / "missing.txt")
    assert "https://" not in str(raised.value)
    with pytest.raises(TailorError, match="is a directory"):
        read_posting(tmp_path)


def test_web_address_without_scheme_gets_a_hint() -> None:
    with pytest.raises(TailorError, match=r"does not exist.*start it with https://"):
        read_posting("jobs.example.com/4711")


def test_a_row_named_almost_as_tailor_names_rows_gets_the_spelling_that_works(tmp_path: Path) -> None:
    table = tmp_path / "jobs.csv"
    table.write_text("title,description\nCook,Prep the line\n", encoding="utf-8")
    with pytest.raises(TailorError, match=r"does not exist.*write .*jobs\.csv#row=1\.$"):
        read_posting(f"{table}#1")


def test_oversized_file_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.truncate(MAX_POSTING_BYTES + 1)  # sparse: no disk used, nothing to read

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the oversized file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(TailorError, match="larger than 20 MB"):
        read_posting(path)


class CountingStream(io.BytesIO):
    """A stdin that records how many bytes were asked of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


def test_oversized_stdin_is_refused_after_reading_one_byte_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tailor.posting.read.MAX_POSTING_BYTES", 100)
    stream = CountingStream(b"x" * 10_000)
    with pytest.raises(TailorError, match="larger than"):
        read_posting("-", stdin=stream)
    assert stream.asked == [101]


def test_a_posting_of_more_text_than_the_limit_is_refused_at_once(tmp_path: Path) -> None:
    # 2 MB of words: a posting is tens of KB; ranking this took 26 s without a word.
    path = tmp_path / "words.txt"
    words = " ".join(f"word{n % 5000} skill{n % 777}" for n in range(120_000))
    path.write_text(words, encoding="utf-8")
    assert len(words) > 2_000_000
    with pytest.raises(TailorError, match=r"more text than the 100,000 characters tailor reads"):
        read_posting(path)
    # The limit counts the text, not the file: markup and images do not count.
    assert len(read_posting(write_html(tmp_path, MAX_POSTING_CHARS - 100)).text) <= MAX_POSTING_CHARS


def write_html(folder: Path, chars: int) -> Path:
    """A page of ``chars`` characters of text in far more bytes of markup."""
    page = folder / "page.html"
    paragraphs = "".join(f'<p class="para" style="margin: 0">{"x" * 99}</p>\n' for _ in range(chars // 101))
    page.write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    return page


def test_invisible_characters_inside_a_posting_are_dropped_not_stuck_to_its_words(tmp_path: Path) -> None:
    # Postings pasted together carry byte-order marks mid-text, and web pages soft hyphens and word joiners: none
    # shows, and each would make the word it sticks to another ("\ufeffability", "manage\u00adment").
    path = tmp_path / "posting.txt"
    path.write_text(
        "Warehouse Associate\n\n\ufeff\ufeffRequirements\n- \ufeffAbility to lift 50 lbs\n"
        "- Inventory manage\u00adment\u2060 and cycle counts\n- Forklift 🧑\u200d🏭 certification\n",
        encoding="utf-8",
    )
    text = read_posting(path).text
    assert "Requirements\n- Ability to lift 50 lbs\n- Inventory management and cycle counts" in text
    assert "🧑\u200d🏭" in text  # a joiner that makes one emoji of two stays
