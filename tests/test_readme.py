"""The README's fresh-machine commands are the ones CI runs."""

from __future__ import annotations

import importlib
import re

from tests.conftest import ROOT


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, flags=re.S)
    return [next(line for line in block.splitlines() if line and not line.startswith("#")) for block in blocks[:2]]


def test_readme_opens_with_a_build_command_and_a_test_command() -> None:
    build, test = _commands()
    assert "tailor build examples/" in build
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_readme_example_posting_exists() -> None:
    build, _ = _commands()
    posting = build.split("tailor build ")[1].split()[0]
    assert (ROOT / posting).is_file()


LIMITS = {
    "tailor.posting.read.MAX_POSTING_BYTES": lambda v: f"{v / 1_000_000:g} MB",
    "tailor.posting.read.MAX_POSTING_CHARS": lambda v: f"{v:,} characters",
    "tailor.posting.formats.pdf.MAX_PDF_PAGES": lambda v: f"{v} pages",
    "tailor.posting.formats.word.MAX_DOCX_BYTES": lambda v: f"{v / 1_000_000:g} MB",
    "tailor.posting.formats.markup.MAX_HTML_DEPTH": lambda v: f"{v} levels",
    "tailor.posting.fetch.MAX_REDIRECTS": lambda v: f"{v} redirects",
    "tailor.posting.fetch.FETCH_TIMEOUT_SECONDS": lambda v: f"{v:g} seconds",
    "tailor.documents.pdf.TIMEOUT_SECONDS": lambda v: f"{v:g} seconds",
    "tailor.documents.pdf.TIMEOUT_PER_DOCUMENT": lambda v: f"{v:g} seconds",
}
"""Every limit on what a user feeds tailor, and how the README's Limits section spells its default."""


def test_the_readme_lists_every_limit_with_its_default() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Limits\n", 1)[1].split("\n## ", 1)[0]
    listed = {
        constant: shown for shown, constant in re.findall(r"^\|[^|]*\| ([^|]+?) \| `([\w.]+)` \|$", section, flags=re.M)
    }
    assert set(listed) == set(LIMITS)
    for constant, spell in LIMITS.items():
        module, name = constant.rsplit(".", 1)
        assert listed[constant] == spell(getattr(importlib.import_module(module), name)), constant


def test_every_limit_of_the_posting_readers_is_in_the_list() -> None:
    for path in sorted((ROOT / "tailor" / "posting").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for name in re.findall(r"^(MAX_\w+|\w*TIMEOUT\w*) = ", path.read_text(encoding="utf-8"), flags=re.M):
            assert f"{module}.{name}" in LIMITS, f"{module}.{name} is not in the README's Limits"
