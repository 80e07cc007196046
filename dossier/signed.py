"""Signed PDFs in the dossier: which files carry signatures, so nothing rewrites them.

A PDF signature covers the file's bytes. Any program that saves the file again (PyMuPDF
adding a text layer or a cleaned page, a linearizer, an annotation) breaks every signature
in it, even when the pages look the same. So a signed volume is stored exactly as it came
and never rewritten: its OCR text lives beside it in the store, and clean-up refuses it.

Read with pyHanko's parser (pure Python, no PyMuPDF): any thread may ask.
"""

from __future__ import annotations

import logging
from io import BytesIO

log = logging.getLogger(__name__)


def signature_fields(pdf: bytes) -> list[str]:
    """The names of the signed signature fields of ``pdf`` (empty: not signed).

    A file pyHanko cannot parse (damaged, encrypted) counts as signed when its bytes hold
    a signature's byte range: every signature dictionary sits uncompressed in the file,
    so one is never missed, and a damaged signed file is still never rewritten."""
    if b"/ByteRange" not in pdf:
        return []
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        return [sig.field_name for sig in reader.embedded_signatures]
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.info("signature fields not readable (%s): treated as signed", exc)
        return ["?"]


def is_signed(pdf: bytes) -> bool:
    return bool(signature_fields(pdf))
