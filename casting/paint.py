"""Painting a cast state: a page (or the part of it the presenter shows) fitted to the
screen, with the shared annotations drawn as the export draws them, on the PDF thread.

The receiver paints what a sender describes; the pixel fallback paints the same on the
sender and ships the pixels, which is what makes the two comparable in the benchmark.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from courtdesk.dossier.errors import PageOutOfRange
from courtdesk.dossier.pdf_thread import pdf_thread

# Documents a receiver paints from, open on the PDF thread (only touched there); kept apart
# from the thread's own cache so that a stop can close every one of them.
_open_documents: dict = {}


def forget_documents() -> None:
    """Close every document opened for painting (a presentation ended)."""
    def close_all() -> None:
        while _open_documents:
            _open_documents.popitem()[1].close()

    pdf_thread().call(close_all)


@dataclass(frozen=True)
class PaintedScreen:
    png: bytes
    width: int
    height: int
    clip: tuple[float, float, float, float] | None = None  # the part of the page shown
    zoom: float = 1.0  # PDF points to picture pixels


def paint_png(pdf: bytes, key: str, page_index: int, *, screen: tuple[int, int],
              viewport: list[float] | None = None, rotate: int = 0,
              annotations: list[dict] = ()) -> PaintedScreen:
    """The screen's picture of ``page_index`` of ``pdf`` (known by ``key``, its hash)."""
    width, height, stride, rgb, clip, zoom = pdf_thread().call(
        _paint, pdf, key, page_index, screen, viewport, rotate, list(annotations))
    # Encoded here, not on the PDF thread: zlib lets other threads run meanwhile.
    return PaintedScreen(quick_png(width, height, stride, rgb), width, height, clip, zoom)


def _paint(pdf: bytes, key: str, page_index: int, screen: tuple[int, int],
           viewport: list[float] | None, rotate: int,
           annotations: list[dict]) -> tuple:
    import pymupdf

    from courtdesk.dossier.export import _add as draw_annotation

    # Annotations are drawn into a copy; a page without any reads the kept-open document.
    if annotations:
        doc = pymupdf.open(stream=pdf, filetype="pdf")
    else:
        doc = _open_documents.get(key)
        if doc is None:
            doc = _open_documents[key] = pymupdf.open(stream=pdf, filetype="pdf")
    try:
        if not 0 <= page_index < doc.page_count:
            raise PageOutOfRange(f"There is no page {page_index + 1}; the document has "
                                 f"{doc.page_count} pages.")
        page = doc[page_index]
        for item in annotations:
            row = {"kind": item.get("kind", ""), "color": item.get("color") or "",
                   "text": item.get("text") or "",
                   "geometry": json.dumps(item.get("geometry") or {})}
            if row["kind"] != "bookmark":
                draw_annotation(page, row, True, False)
        clip = pymupdf.Rect(page.rect)
        if viewport:
            clip = pymupdf.Rect(viewport) & page.rect
            if clip.is_empty:
                clip = pymupdf.Rect(page.rect)
        width, height = (clip.height, clip.width) if rotate % 180 else (clip.width, clip.height)
        zoom = min(screen[0] / width, screen[1] / height)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom).prerotate(rotate), clip=clip,
                              alpha=False)
        return (pix.width, pix.height, pix.stride, pix.samples, tuple(clip), zoom)
    finally:
        if annotations:
            doc.close()


def quick_png(width: int, height: int, stride: int, rgb: bytes) -> bytes:
    """RGB rows as a PNG compressed for speed (zlib level 1, no row filters): measured
    here 6 ms for a 764×1080 page against 29 ms for PyMuPDF's PNG, for 18 % more bytes.
    A screen picture is written at every change, so the time is what counts."""
    raw = b"".join(b"\x00" + rgb[row * stride:row * stride + width * 3]
                   for row in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                                0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))


def decode_png(png: bytes) -> tuple[int, int]:
    """Decode a pixel-fallback frame as a screen would (and so refuse one that is not a
    picture); its width and height."""
    def decode() -> tuple[int, int]:
        import pymupdf

        pix = pymupdf.Pixmap(png)
        return pix.width, pix.height

    return pdf_thread().call(decode)
