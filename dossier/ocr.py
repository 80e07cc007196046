"""OCR of scanned pages (Tesseract through PyMuPDF), as a resumable background job.

Only pages without a text layer are read. Each page is cleaned first (border, dust, skew:
see scan_image) because Tesseract reads a clean, straight page far better; the character
boxes it returns are mapped back onto the original page, so hits highlight the right spot
on the unmodified source. Every page is committed on its own, so a job that is stopped or
killed resumes where it left off: the page state lives in ``document_pages.ocr_state``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import pymupdf

from courtdesk.offline_cache.store import LocalStore, utc_now

from . import scan_image
from . import text as page_text
from .catalog import DossierCatalog
from .errors import OcrUnavailable
from .library import DossierFiles
from .pdf_thread import WORK, pdf_thread

log = logging.getLogger(__name__)

LANGUAGES = "chi_sim+kor+eng"  # Mandarin dossiers, Korean ones from Yanbian, Latin numbers
DEFAULT_DPI = 150  # office scanners file at 150–300 dpi; 150 reads 12-pt CJK reliably


@dataclass
class OcrProgress:
    document_id: str
    page_index: int
    done: int
    total: int
    state: str  # "done" | "failed"
    seconds: float

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class OcrReport:
    document_id: str
    done: int = 0
    failed: int = 0
    remaining: int = 0
    seconds: float = 0.0
    stopped: bool = False
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class PageReading:
    lines: list[page_text.CharLine]
    skew: float
    specks: int


def ocr_page(page: pymupdf.Page, *, language: str = LANGUAGES, dpi: int = DEFAULT_DPI,
             clean: bool = True) -> PageReading:
    """Read one page; character boxes are in the page's own coordinates (PDF thread)."""
    if not clean:
        textpage = page.get_textpage_ocr(language=language, dpi=dpi, full=True)
        return PageReading(page_text.char_lines_from_textpage(page, textpage), 0.0, 0)
    image = scan_image.page_gray(page, dpi)
    cleaned = scan_image.clean_scan(image, measure_after=False)
    sheet = pymupdf.open()
    temp = sheet.new_page(width=page.rect.width, height=page.rect.height)
    temp.insert_image(temp.rect, pixmap=scan_image.to_pixmap(cleaned.image, dpi))
    textpage = temp.get_textpage_ocr(language=language, dpi=dpi, full=True)
    lines = page_text.char_lines_from_textpage(temp, textpage)
    scale_x = image.shape[1] / page.rect.width  # pixels per point, per axis
    scale_y = image.shape[0] / page.rect.height
    mapped = []
    for line in lines:
        chars = []
        for char, (x0, y0, x1, y1) in line.chars:
            bx0, by0, bx1, by1 = scan_image.map_back(
                image.shape, cleaned.rotated_by, (x0 * scale_x, y0 * scale_y,
                                                  x1 * scale_x, y1 * scale_y))
            chars.append((char, (round(bx0 / scale_x, 1), round(by0 / scale_y, 1),
                                 round(bx1 / scale_x, 1), round(by1 / scale_y, 1))))
        mapped.append(page_text.CharLine(chars))
    return PageReading(mapped, cleaned.skew_before, cleaned.specks_removed)


def _read_page(doc: pymupdf.Document, page_index: int, **options) -> tuple[PageReading, float]:
    """OCR of one page of an open document, and the page's height (on the PDF thread)."""
    page = doc[page_index]
    return ocr_page(page, **options), page.rect.height


def check_tesseract(language: str = LANGUAGES) -> None:
    try:
        tessdata = pdf_thread().call(pymupdf.get_tessdata)
    except (RuntimeError, ValueError) as exc:
        tessdata = None
        reason = str(exc)
    else:
        reason = ""
    if not tessdata:
        raise OcrUnavailable(
            "Tesseract OCR is not installed, so scanned pages cannot be made searchable "
            f"({reason or 'no tessdata folder'}). Everything else in the dossier works. Ask "
            "court IT to install tesseract-ocr with its chi_sim and kor languages.")
    import os

    missing = [lang for lang in language.split("+")
               if not os.path.exists(os.path.join(tessdata, f"{lang}.traineddata"))]
    if missing:
        raise OcrUnavailable(
            f"Tesseract has no {', '.join(missing)} language data in {tessdata}. Scanned "
            "pages cannot be read in those languages; ask court IT to install them "
            "(tesseract-ocr-chi-sim, tesseract-ocr-kor).")


class OcrJob:
    """Reads the pending scanned pages of one document, one committed page at a time."""

    def __init__(self, store: LocalStore, files: DossierFiles, actor: str, *,
                 language: str = LANGUAGES, dpi: int = DEFAULT_DPI, clean: bool = True) -> None:
        self.store = store
        self.files = files
        self.actor = actor
        self.language = language
        self.dpi = dpi
        self.clean = clean

    def pending(self, document_id: str, *, retry_failed: bool = False) -> list[int]:
        states = ("pending", "failed") if retry_failed else ("pending",)
        rows = self.store.query(
            f"SELECT page_index FROM document_pages WHERE document_id = ? AND ocr_state IN "
            f"({', '.join('?' for _ in states)}) ORDER BY page_index", (document_id, *states))
        return [r["page_index"] for r in rows]

    def run(self, document_id: str, *, pages: list[int] | None = None,
            progress: Callable[[OcrProgress], None] | None = None,
            should_stop: Callable[[], bool] | None = None,
            retry_failed: bool = False) -> OcrReport:
        todo = self.pending(document_id, retry_failed=retry_failed)
        if pages is not None:
            todo = [p for p in todo if p in set(pages)]
        report = OcrReport(document_id, remaining=len(todo))
        if not todo:
            return report
        check_tesseract(self.language)
        document = self.files.document(document_id)
        started = time.monotonic()
        for number, page_index in enumerate(todo, start=1):
            if should_stop and should_stop():
                report.stopped = True
                break
            t0 = time.monotonic()
            state = self._read_one(document, page_index, report)
            report.remaining -= 1
            if progress:
                progress(OcrProgress(document_id, page_index, number, len(todo), state,
                                     time.monotonic() - t0))
        report.seconds = round(time.monotonic() - started, 2)
        if report.done:
            # Titles of the scans are readable now; refresh a detected catalog.
            DossierCatalog(self.store, self.actor).rebuild(document_id)
        self.store.audit(self.actor, "dossier.ocr", "documents", document_id,
                         {"pages": report.done, "failed": report.failed,
                          "remaining": report.remaining})
        return report

    def _read_one(self, document: dict, page_index: int, report: OcrReport) -> str:
        document_id = document["id"]
        try:
            # One page at a time on the PDF thread, behind pages the reader is waiting for.
            reading, height = self.files.read_pdf(
                document, _read_page, page_index, language=self.language, dpi=self.dpi,
                clean=self.clean, priority=WORK)
        except (RuntimeError, ValueError, MemoryError, pymupdf.mupdf.FzErrorBase) as exc:
            log.warning("OCR failed on %s page %d: %s", document_id, page_index, exc)
            report.failed += 1
            report.errors.append(f"page {page_index + 1}: {exc}")
            with self.store.transaction():
                self.store.conn.execute(
                    "UPDATE document_pages SET ocr_state = 'failed', ocr_detail = ?, "
                    "updated_at = ? WHERE document_id = ? AND page_index = ?",
                    (json.dumps({"error": str(exc)}, ensure_ascii=False), utc_now(),
                     document_id, page_index))
            return "failed"
        text = page_text.lines_text(reading.lines)
        detail = {"language": self.language, "dpi": self.dpi, "skew": reading.skew,
                  "specks_removed": reading.specks, "cleaned": self.clean}
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE document_pages SET text = ?, search_text = ?, head = ?, "
                "text_source = 'ocr', ocr_state = 'done', ocr_lines = ?, ocr_detail = ?, "
                "updated_at = ? WHERE document_id = ? AND page_index = ?",
                (text, page_text.normalize(text),
                 page_text.head_of_lines(reading.lines, height),
                 page_text.dump_char_lines(reading.lines), json.dumps(detail), utc_now(),
                 document_id, page_index))
        report.done += 1
        return "done"
