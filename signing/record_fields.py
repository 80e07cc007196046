"""Empty PDF signature fields in the record's signature boxes, for pyHanko to sign into.

The official record is exported with one field per signer (named by who they are, so the
same person's field has the same name in every export) and one for the court seal; each
signature then fills its own field as a new incremental revision, which pyHanko's
modification analysis accepts as form filling.
"""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO
from typing import Protocol


class _Box(Protocol):  # speech.record_pdf.FieldBox: top-left based, as PyMuPDF places it
    name: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


def with_signature_fields(pdf: bytes, boxes: Iterable[_Box]) -> bytes:
    """pdf with an empty signature field at each box (a revision of its own: the record's
    first revision stays exactly what was laid out)."""
    import pymupdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    boxes = list(boxes)
    if not boxes:
        return pdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        heights = [page.rect.height for page in doc]
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    for box in boxes:
        if "." in box.name:  # a period would make it a child of another field
            raise ValueError(f"signature field name {box.name!r} must not contain '.'")
        height = heights[box.page]
        # pyHanko's boxes are bottom-left based
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=box.name, on_page=box.page,
            box=(box.x0, height - box.y1, box.x1, height - box.y0)))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def signature_field_boxes(pdf_path) -> dict[str, tuple[int, float, float]]:
    """Each signature field's page and box size (points): what a visible signature is drawn
    to fit."""
    import pymupdf

    found: dict[str, tuple[int, float, float]] = {}
    with pymupdf.open(pdf_path) as doc:
        for page in doc:
            for widget in page.widgets() or ():
                if widget.field_type == pymupdf.PDF_WIDGET_TYPE_SIGNATURE:
                    rect = widget.rect
                    found[widget.field_name] = (page.number, rect.width, rect.height)
    return found
