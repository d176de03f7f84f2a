"""Strip from a Word template what must not reach a résumé: revisions, comments, hidden text, its origins.

A template that someone edited in Word can carry tracked changes (a deleted tag
that would still render, an author's name on every revision), review comments,
text formatted as hidden, and properties that name the template's author, their
company and their ``Normal.dotm``. A recruiter sees all of it under File → Info.
:func:`clean` removes it from the loaded document before docxtpl renders it, so
the résumé shows exactly what the template shows on screen, and nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.document import Document
    from lxml.etree import _Element

_UNWRAP = ("w:ins", "w:moveTo")
"""Revision marks whose content is the document's current text: keep the content, drop the mark."""
_REMOVE = (
    "w:del",
    "w:moveFrom",
    "w:moveFromRangeStart",
    "w:moveFromRangeEnd",
    "w:moveToRangeStart",
    "w:moveToRangeEnd",
    "w:rPrChange",
    "w:pPrChange",
    "w:sectPrChange",
    "w:tblPrChange",
    "w:trPrChange",
    "w:tcPrChange",
    "w:tblGridChange",
    "w:numberingChange",
    "w:commentRangeStart",
    "w:commentRangeEnd",
)
"""Deleted text, the history of formatting changes, and comment anchors: removed with their content."""

_DROPPED_PART_TYPES = {
    RT.COMMENTS,
    RT.THUMBNAIL,
    RT.EXTENDED_PROPERTIES,
    RT.CUSTOM_PROPERTIES,
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
    "http://schemas.microsoft.com/office/2011/relationships/people",
}
"""Comments and their authors, a preview image of the template, and app.xml/custom.xml,
which name the template's application, company, manager and base template."""

_SETTINGS_REMOVED = ("w:trackRevisions", "w:attachedTemplate")
"""Track changes switched on (every later edit in Word would be recorded), and the path of
the template author's Normal.dotm."""


def clean(document: Document) -> None:
    """Accept tracked changes, remove comments and directly hidden text, and drop the
    properties and parts that describe where the template came from. In place."""
    for root in _story_roots(document):
        _accept_revisions(root)
        _remove_comment_references(root)
        _remove_hidden_runs(root)
    _drop_parts(document)
    settings = document.settings.element
    for tag in _SETTINGS_REMOVED:
        for element in settings.findall(qn(tag)):
            settings.remove(element)


def _story_roots(document: Document) -> list[_Element]:
    """The body, and every header and footer, whose text a reader can see."""
    roots = [document.element.body]
    for rel in document.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            roots.append(rel.target_part.element)
    return roots


def _accept_revisions(root: _Element) -> None:
    for tag in _REMOVE:
        for element in list(root.iter(qn(tag))):
            element.getparent().remove(element)
    for tag in _UNWRAP:
        for element in list(root.iter(qn(tag))):
            parent = element.getparent()
            if parent.tag == qn("w:rPr"):
                # An inserted paragraph mark: only a marker, nothing to keep.
                parent.remove(element)
                continue
            index = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(index + offset, child)
            parent.remove(element)


def _remove_comment_references(root: _Element) -> None:
    for reference in list(root.iter(qn("w:commentReference"))):
        run = reference.getparent()
        run.remove(reference)
        if not [child for child in run if child.tag != qn("w:rPr")]:
            run.getparent().remove(run)


def _remove_hidden_runs(root: _Element) -> None:
    # Text hidden by a run's own formatting is invisible in Word but read by every
    # ATS; in a template it is usually a note to whoever fills the template in.
    for run in list(root.iter(qn("w:r"))):
        vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
        if vanish is not None and vanish.get(qn("w:val"), "true") not in ("0", "false", "off"):
            run.getparent().remove(run)


def _drop_parts(document: Document) -> None:
    for owner in (document.part, document.part.package):
        for rid, rel in list(owner.rels.items()):
            if rel.reltype in _DROPPED_PART_TYPES:
                del owner.rels[rid]
