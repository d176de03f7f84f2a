"""The jinja tags of a Word template, and the variables they use that a context does not provide.

docxtpl turns a template's body, headers and footers into one jinja source
(joining tags that Word split across runs); jinja's parser then gives the tags
as a tree. Walking that tree finds top-level names (``{{ nmae }}``) and, through
``for`` loops, the fields used of each dict and list item (``{{ role.rolle }}``
inside ``{% for role in experience %}``), which jinja's own
``meta.find_undeclared_variables`` does not look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2 import meta, nodes

if TYPE_CHECKING:
    from docxtpl import DocxTemplate

_UNKNOWN = object()
"""The shape of something this walk cannot follow (a filter's result, a ``set`` variable): never reported."""
_DICT_METHODS = frozenset({"items", "keys", "values", "get"})


def source(document: DocxTemplate) -> str:
    """The jinja source of ``document``'s body, headers and footers, as docxtpl renders it."""
    xml = document.patch_xml(document.get_xml())
    for uri in (document.HEADER_URI, document.FOOTER_URI):
        for _, part in document.get_headers_footers(uri):
            xml += document.patch_xml(document.get_part_xml(part))
    return xml


def unknown_variables(document: DocxTemplate, provided: dict[str, Any], template: Path) -> list[tuple[str, list[str]]]:
    """Each variable ``document`` uses that ``provided`` lacks, as (dotted name, the names known in its place).

    ``provided`` maps each variable to its shape: a dict of fields, a one-item
    list holding the shape of every item, or None for a plain value.

    Raises :class:`~tailor.errors.TailorError` if a tag is malformed.
    """
    from tailor.documents.render import template_problem

    environment = jinja2.Environment()
    try:
        tree = environment.parse(source(document))
    except jinja2.TemplateSyntaxError as exc:
        raise template_problem(template, f"a template tag is malformed ({exc.message})") from exc
    found: dict[str, list[str]] = {}
    for name in sorted(meta.find_undeclared_variables(tree) - set(provided) - set(environment.globals)):
        found[name] = sorted(provided)
    _walk(tree, dict(provided), found)
    return list(found.items())


def _walk(node: nodes.Node, scope: dict[str, Any], found: dict[str, list[str]]) -> None:
    if isinstance(node, nodes.For):
        _walk(node.iter, scope, found)
        items = _shape(node.iter, scope)
        inner = dict(scope)
        for target in node.target.find_all(nodes.Name):
            inner[target.name] = _UNKNOWN
        if isinstance(node.target, nodes.Name) and isinstance(items, list):
            inner[node.target.name] = items[0]
        inner["loop"] = _UNKNOWN
        for child in [*node.body, *([node.test] if node.test is not None else [])]:
            _walk(child, inner, found)
        for child in node.else_:
            _walk(child, scope, found)
        return
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        key = _key(node)
        parent = _shape(node.node, scope)
        if key is not None and isinstance(parent, dict) and key not in parent and key not in _DICT_METHODS:
            found.setdefault(_dotted(node), sorted(parent))
    for child in node.iter_child_nodes():
        _walk(child, scope, found)


def _key(node: nodes.Getattr | nodes.Getitem) -> str | None:
    if isinstance(node, nodes.Getattr):
        return node.attr
    arg = node.arg
    return arg.value if isinstance(arg, nodes.Const) and isinstance(arg.value, str) else None


def _shape(node: nodes.Node, scope: dict[str, Any]) -> Any:
    """The shape of the value an expression gives, or _UNKNOWN."""
    if isinstance(node, nodes.Name):
        return scope.get(node.name, _UNKNOWN)
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        parent, key = _shape(node.node, scope), _key(node)
        if isinstance(parent, dict) and key is not None:
            return parent.get(key, _UNKNOWN)
        if isinstance(parent, list) and isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            return parent[0]
    return _UNKNOWN


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        arg = node.arg.value if isinstance(node.arg, nodes.Const) else "…"
        return f"{_dotted(node.node)}[{arg!r}]"
    return "…"


def constants(document: DocxTemplate, template: Path) -> dict[str, Any]:
    """The values ``document`` sets at its top level with ``{% set name = constant %}``, by name.

    Settings a template gives tailor (the words of its dates, :func:`tailor.documents.render.date_style`);
    an assignment inside a loop or a condition, or of something that is not a constant, is not one.
    """
    from tailor.documents.render import template_problem

    try:
        tree = jinja2.Environment().parse(source(document))
    except jinja2.TemplateSyntaxError as exc:
        raise template_problem(template, f"a template tag is malformed ({exc.message})") from exc
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, nodes.Assign) and isinstance(node.target, nodes.Name):
            try:
                found[node.target.name] = node.node.as_const()
            except nodes.Impossible:
                continue
    return found
