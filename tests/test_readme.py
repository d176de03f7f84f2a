"""The README's fresh-machine commands are the ones CI runs."""

from __future__ import annotations

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
