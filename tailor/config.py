"""tailor's user config file: where it lives, what it may hold, reading and writing it.

One YAML file in the platform's user config folder (platformdirs: ``~/.config/tailor/``
on Linux, ``~/Library/Application Support/tailor/`` on macOS, ``%LOCALAPPDATA%\\tailor\\``
on Windows), or wherever ``TAILOR_CONFIG`` says. It is a user's file like the CV,
so it is strict: a misspelt key is an error with its line. ``tailor config`` shows
and sets it.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from ruamel.yaml.comments import CommentedMap

from tailor import datafile
from tailor.errors import DataFileError, Problem

ENV = "TAILOR_CONFIG"
"""An environment variable naming another config file (tests, several profiles)."""


class ConfigFileError(DataFileError):
    """The config file could not be read."""

    what = "config file"


class Config(BaseModel):
    """What the config file holds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cv: str | None = Field(
        default=None, description="The CV commands use without --cv (after TAILOR_CV): a path, or 'example'."
    )


KEYS = tuple(Config.model_fields)


def path() -> Path:
    """The config file's path (it need not exist)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    import platformdirs

    return platformdirs.user_config_path("tailor", appauthor=False) / "config.yaml"


def read(file: Path | None = None) -> Config:
    """The config at ``file`` (default: :func:`path`); an empty config when there is no file.

    Raises:
        ConfigFileError: the file is not YAML, or holds a key or value it may not.
    """
    file = file or path()
    if not file.exists():
        return Config()
    data = datafile.parse(file, ConfigFileError)
    if data is None:
        return Config()
    hint = f"Fix it, or change it with `tailor config` (the keys it may hold: {', '.join(KEYS)})."
    if not isinstance(data, CommentedMap):
        raise ConfigFileError(file, [Problem("", "the file must hold keys and values (cv: …)", 1)], hint)
    try:
        return Config.model_validate(datafile.plain(data))
    except ValidationError as e:
        raise ConfigFileError(file, datafile.problems(e, data, Config), hint) from None


def dumps(config: Config) -> str:
    """The config as the file tailor writes: a comment, then one ``key: value`` line per key set."""
    import json

    lines = ["# tailor's settings; `tailor config` shows and changes them."]
    # JSON strings are YAML strings: quoted, so any path reads back as written.
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in config.model_dump().items() if value]
    return "\n".join(lines) + "\n"


def write(config: Config, file: Path | None = None) -> Path:
    """Write ``config`` to ``file`` (default: :func:`path`), creating its folder; returns the path.

    Raises:
        OSError: the folder or the file cannot be written.
    """
    from tailor.files import write_atomic

    file = file or path()
    file.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(file, dumps(config).encode("utf-8"))
    return file
