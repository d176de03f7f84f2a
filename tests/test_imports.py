"""The layers of tailor: imports only point down, and only the CLI sits above the orchestrator.

Every import counts: at the top of a module, inside a function, and under
``TYPE_CHECKING``. A cycle hidden by a function-level import is still a cycle
in the design.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "tailor"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "_bundled" not in p.parts}


def imported(name: str, path: Path) -> set[str]:
    """The tailor modules that the module ``name`` imports anywhere in its code."""
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            # `from tailor.documents import render` imports the module tailor.documents.render.
            found = {f"{source}.{alias.name}" for alias in node.names} & MODULES.keys()
            out |= found or {source}
    return {m for m in out if m in MODULES and m != name}


GRAPH = {name: imported(name, path) for name, path in MODULES.items()}


def cycles() -> list[list[str]]:
    """Every strongly connected group of modules with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(GRAPH[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_is_read_from_every_module() -> None:
    assert "tailor.pipeline" in GRAPH["tailor.cli"]
    assert "tailor.documents.render" in GRAPH["tailor.documents"]  # a package importing its own module


def test_no_module_of_tailor_imports_itself_back_through_others() -> None:
    assert cycles() == []


def test_the_cycle_finder_finds_a_cycle_hidden_in_a_function() -> None:
    GRAPH["tailor.select"].add("tailor.pipeline")  # as a function-level import would
    try:
        assert any({"tailor.select", "tailor.pipeline"} <= set(group) for group in cycles())
    finally:
        GRAPH["tailor.select"].discard("tailor.pipeline")


def test_only_the_cli_batch_and_rank_postings_and_its_scorer_import_the_orchestrator() -> None:
    importers = {name for name, imports in GRAPH.items() if "tailor.pipeline" in imports}
    allowed = {"tailor.batch", "tailor.rank_postings", "tailor.scored"}
    assert {m for m in importers if not m.startswith("tailor.cli")} <= allowed, importers


def test_only_the_cli_imports_typer_or_rich() -> None:
    for name, path in MODULES.items():
        if name.startswith("tailor.cli"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        roots = {
            alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        }
        roots |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not roots & {"typer", "rich", "click"}, name
