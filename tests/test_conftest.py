"""The test suite's own rule: a test that needs a tool skips without it, except in CI, where it fails."""

from __future__ import annotations

import pytest

from tests import conftest


@pytest.fixture
def absent(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setitem(conftest.NEEDS, "gadget", (lambda: False, "the gadget is not installed"))
    return "gadget"


def test_a_missing_tool_skips_the_test_on_a_developers_machine(monkeypatch: pytest.MonkeyPatch, absent: str) -> None:
    monkeypatch.setattr(conftest, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception, match="the gadget is not installed"):
        conftest.require(absent)


def test_a_missing_tool_fails_the_test_in_ci(monkeypatch: pytest.MonkeyPatch, absent: str) -> None:
    monkeypatch.setattr(conftest, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        conftest.require(absent)


def test_ci_runs_with_ci_set() -> None:
    run = (conftest.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "export CI=true" in run
