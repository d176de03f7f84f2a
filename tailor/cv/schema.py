"""The JSON Schema of tailor's CV format, for editors: completion, hover help and inline errors.

Generated from the pydantic model (:class:`tailor.cv.model.CV`), so it cannot say
other than the loader does; ``tests/cv/test_schema.py`` regenerates it and compares.
Regenerate after changing the model::

    python -m tailor.cv.schema

A YAML file opts in with a first line that the YAML language server (VS Code's
YAML extension, and editors built on it) reads; ``tailor init`` writes it::

    # yaml-language-server: $schema=/path/to/tailor/data/cv.schema.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "data" / "cv.schema.json"


def generate() -> str:
    """The schema file's text."""
    from tailor.cv.model import CV

    schema = CV.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "tailor CV",
        "description": "A whole CV, every role, bullet and publication, for tailor to choose from "
        "(`tailor validate --help`).",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }
    return json.dumps(_numbers_as_text(schema), ensure_ascii=False, indent=2) + "\n"


def _numbers_as_text(node: Any) -> Any:
    """A text field takes a number too (``year: 2023``): the model reads it as the text written."""
    if isinstance(node, dict):
        node = {k: _numbers_as_text(v) for k, v in node.items()}
        if node.get("type") == "string" and "pattern" not in node:
            node["type"] = ["string", "number"]
        return node
    if isinstance(node, list):
        return [_numbers_as_text(v) for v in node]
    return node


def line() -> str:
    """The comment line that points an editor at the schema."""
    return f"# yaml-language-server: $schema={SCHEMA_FILE.as_uri()}"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(generate(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
