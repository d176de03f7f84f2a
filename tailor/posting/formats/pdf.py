"""A PDF posting with a text layer → text, bullets as list items.

Library choice: pypdf. On a posting exported to PDF by LibreOffice (heading,
bullets, a two-column requirements table) pypdf kept each table row on one line
("Linux Expert"), while pdfminer.six split the table into one column after the
other and broke a wrapped bullet into two paragraphs. pypdf is pure Python with
no dependencies; pdfminer.six brings cryptography (a compiled package) as well.

A PDF states no structure, so the text comes out like a .txt file (the later
heading heuristics apply) except that bullet glyphs become ``- `` items, a
bullet's wrapped lines join it, and ligatures (ﬁ, ﬂ) become letters (NFKC).
"""

from __future__ import annotations

import io
import logging
import unicodedata
import warnings

from tailor.errors import TailorError
from tailor.posting.extracted import Extracted, Outline, is_bullet, plausible_title

MAX_PDF_PAGES = 30
"""The most pages a PDF posting may have. A posting is one to five pages; a brochure or a report
of hundreds would take long to read and is not a posting. Counted before any page is read."""


def read_pdf(data: bytes, source: str, charset: str | None = None) -> Extracted:
    """The text of every page of a PDF.

    Raises:
        TailorError: not a PDF, damaged, protected by a password, or a scan without a text layer.
    """
    if b"%PDF-" not in data[:1024]:
        raise _damaged(source, "it does not start like a PDF")
    pages, title = _extract(data, source)
    text = unicodedata.normalize("NFKC", "\n".join(pages))
    if not text.strip():
        raise TailorError(
            f"The posting {source} has no text layer (it is probably a scanned image), so tailor cannot read it. "
            "Copy the posting's text from the job page into a .txt file and pass that instead."
        )
    return Extracted(text=_outline(text), title=title)


def _extract(data: bytes, source: str) -> tuple[list[str], str | None]:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    # pypdf reports every oddity of a slightly broken file through logging and
    # warnings; the user gets our one clear error or the text, not that noise.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise _locked(source)
            if (count := len(reader.pages)) > MAX_PDF_PAGES:
                raise TailorError(
                    f"The posting {source} is a PDF of {count} pages, more than the {MAX_PDF_PAGES} tailor reads; "
                    "a job posting is a few pages. Check that you passed the right file, or save the posting's "
                    "pages alone (print them to PDF) or its text in a .txt file."
                )
            title = plausible_title(reader.metadata.title if reader.metadata else None)
            return [page.extract_text() or "" for page in reader.pages], title
    except TailorError:
        raise
    except DependencyError:
        raise TailorError(
            f"The posting {source} is encrypted with AES, which tailor can only open with the 'cryptography' "
            "package (pip install cryptography). Or copy the posting's text into a .txt file and pass that instead."
        ) from None
    except Exception as e:
        # A damaged file fails anywhere inside pypdf, with no common exception
        # type: whatever it raises here means the bytes are not a readable PDF.
        raise _damaged(source, str(e) or type(e).__name__) from None
    finally:
        pypdf_log.setLevel(level)


def _outline(text: str) -> str:
    """Lines stay lines of paragraphs; a bullet line is an item, with the lines its text wrapped onto."""
    outline = Outline()
    paragraph: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not paragraph and line[:1].islower() and outline.extend_item(line):
            continue  # the wrapped rest of the bullet above
        if line and not is_bullet(line):
            paragraph.append(line)
            continue
        outline.paragraph(paragraph)  # a blank line or a bullet ends the paragraph
        paragraph = []
        if line:
            outline.item(line)
    outline.paragraph(paragraph)
    return outline.render()


def _locked(source: str) -> TailorError:
    return TailorError(
        f"The posting {source} is a PDF protected by a password, so tailor cannot read it. "
        "Open it with the password and save an unprotected copy (print to PDF), or copy the posting's text "
        "into a .txt file and pass that instead."
    )


def _damaged(source: str, detail: str) -> TailorError:
    return TailorError(
        f"The posting {source} is not a readable PDF ({detail}); the file may be damaged or only partly "
        "downloaded. Download or export it again, or copy the posting's text into a .txt file and pass that instead."
    )
