"""Word's legacy .doc, OpenDocument .odt and RTF postings (and résumés), read through LibreOffice.

LibreOffice (already what tailor makes PDFs with) converts them to .docx, which
:mod:`tailor.posting.formats.word` reads. Without LibreOffice they are refused with
a message that says how to install it, or to save the posting as .docx.
"""

from __future__ import annotations

from tailor.errors import TailorError
from tailor.posting.extracted import Extracted
from tailor.posting.formats.word import read_docx

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The start of an OLE compound file: Word 97–2003 .doc (and other old Office files)."""
ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
"""What an OpenDocument text file says at the start of its zip."""


def kind_of(data: bytes) -> str | None:
    """``.doc``, ``.odt`` or ``.rtf`` when ``data`` is one of these, by its content; else None."""
    head = data[:1024]
    if head.startswith(OLE_SIGNATURE):
        return ".doc"
    if head.lstrip().startswith(b"{\\rtf"):
        return ".rtf"
    if head.startswith(b"PK\x03\x04") and ODT_MIMETYPE in head:
        return ".odt"
    return None


def read_office(data: bytes, source: str, charset: str | None = None) -> Extracted:
    """The posting in a .doc, .odt or .rtf file, converted to .docx by LibreOffice and read as one.

    Raises:
        TailorError: the bytes are none of these formats, LibreOffice is missing, or it cannot
            convert them (:func:`to_docx`).
    """
    return read_docx(to_docx(data, f"The posting {source}"), source)


def to_docx(data: bytes, what: str) -> bytes:
    """``data``, a Word 97–2003 .doc, an OpenDocument .odt or an RTF file, as a .docx that LibreOffice converts it to:
    for a posting and for a résumé ``tailor init`` imports alike. ``what`` names the file in what is said of it ("The
    posting jobs/nurse.doc", "resume.doc").

    Raises:
        TailorError: the bytes are none of these formats, LibreOffice is missing, or it cannot
            convert them.
    """
    # The PDF module owns LibreOffice (finding it, its private profile, its time limit).
    from tailor.documents import pdf

    kind = kind_of(data)
    if kind is None:
        raise TailorError(
            f"{what} is not a readable .doc, .odt or .rtf document. Open it in a word processor and save it again "
            "as .docx, or copy its text into a .txt file."
        )
    try:
        (converted,) = pdf.convert([data], source=kind, target="docx")
    except pdf.LibreOfficeMissing as e:
        raise TailorError(f"{what} is a {kind} file. {e} Or save it as .docx.") from None
    except pdf.ConversionFailed as e:
        raise TailorError(f"{what} is a {kind} file that LibreOffice could not convert: {e}") from None
    return converted
