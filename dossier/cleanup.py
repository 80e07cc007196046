"""Clean-up of bad scans into a new copy: black borders removed, dust removed, deskewed.

Only scanned pages (no text layer) are touched; pages with text are copied as they are.
The result is a new PDF (stored by the app layer as a document derived from the
original); the original is evidence and stays as it was. The skew of every cleaned page is
measured before and after, so the clerk sees what changed.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import asdict, dataclass, field

import pymupdf

from . import scan_image
from . import text as page_text
from .pdf_thread import WORK, pdf_thread


@dataclass
class PageCleanup:
    page_index: int
    cleaned: bool
    skew_before: float = 0.0
    skew_after: float = 0.0
    border_fraction: float = 0.0
    specks_removed: int = 0


@dataclass
class CleanupResult:
    pdf: bytes = field(repr=False)
    pages: list[PageCleanup]

    @property
    def cleaned_pages(self) -> list[PageCleanup]:
        return [p for p in self.pages if p.cleaned]

    def as_dict(self) -> dict:
        return {"pages": [asdict(p) | {"page": p.page_index + 1} for p in self.pages],
                "cleaned": len(self.cleaned_pages)}


def measure_skew(page: pymupdf.Page, dpi: int = 100) -> float:
    """The skew of a page as rendered (borders removed first, as they would dominate);
    on the PDF thread."""
    image, _ = scan_image.remove_border(scan_image.page_gray(page, dpi))
    return scan_image.estimate_skew(image)


def is_scan(page: pymupdf.Page) -> bool:
    return page_text.read_page(page).needs_ocr


def clean_document(pdf: bytes, *, dpi: int = 150,
                   pages: Iterable[int] | None = None) -> CleanupResult:
    """A cleaned copy of the PDF; ``pages`` limits the clean-up (default: every scan).

    Runs on the PDF thread a page at a time, behind pages a reader is waiting for."""
    return pdf_thread().call(_clean_steps, pdf, dpi,
                             None if pages is None else set(pages), priority=WORK)


def _clean_steps(pdf: bytes, dpi: int, pages: set[int] | None) -> Generator[
        None, None, CleanupResult]:
    src = pymupdf.open(stream=pdf, filetype="pdf")
    chosen = set(range(src.page_count)) if pages is None else pages
    out = pymupdf.open()
    reports = []
    for page in src:
        if page.number not in chosen or not is_scan(page):
            out.insert_pdf(src, from_page=page.number, to_page=page.number)
            reports.append(PageCleanup(page.number, False))
        else:
            image = scan_image.page_gray(page, dpi)
            result = scan_image.clean_scan(image)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, pixmap=scan_image.to_pixmap(result.image, dpi))
            reports.append(PageCleanup(page.number, True, result.skew_before,
                                       result.skew_after, round(result.border_fraction, 4),
                                       result.specks_removed))
        yield
    toc = src.get_toc(simple=True)
    if toc:
        out.set_toc(toc)
    metadata = {k: v for k, v in (src.metadata or {}).items() if isinstance(v, str)}
    out.set_metadata({**metadata, "producer": "courtdesk scan clean-up"})
    return CleanupResult(out.tobytes(garbage=3, deflate=True), reports)
