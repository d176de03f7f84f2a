"""Specifications for tailor.config: the user's config file is read as strictly as their CV."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor import config
from tailor.config import Config, ConfigFileError


def test_no_file_is_an_empty_config() -> None:
    assert not config.path().exists()
    assert config.read() == Config()


def test_what_is_written_reads_back_the_same_whatever_the_path(tmp_path: Path) -> None:
    odd = str(tmp_path / "my cv: 'final' #2.yaml")
    written = config.write(Config(cv=odd))
    assert written == config.path() and written.read_text(encoding="utf-8").startswith("# tailor's settings")
    assert config.read() == Config(cv=odd)


def test_a_misspelt_key_is_an_error_with_its_line_and_the_key_meant() -> None:
    config.path().parent.mkdir(parents=True, exist_ok=True)
    config.path().write_text("# mine\ncvs: ~/cv.yaml\n", encoding="utf-8")
    with pytest.raises(ConfigFileError) as raised:
        config.read()
    (problem,) = raised.value.problems
    assert problem.line == 2 and "did you mean 'cv'?" in problem.message
    assert "tailor config" in str(raised.value)


def test_the_platforms_config_folder_is_used_without_tailor_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TAILOR_CONFIG")
    assert config.path().name == "config.yaml" and config.path().parent.name == "tailor"
