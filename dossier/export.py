"""Exported copies of a volume: annotations written in (optionally flattened into the page)
and personal numbers redacted for real.

Redaction uses PyMuPDF's redaction annotations and ``apply_redactions``: the characters
are deleted from the content stream and the pixels under them are blanked in images
(scans), then the file is rewritten without unused objects, so the numbers are gone from
the file, not hidden under a box. Scanned pages are searched through their OCR text; their
character boxes locate the number in the image. Everything happens on a copy in memory;
the source bytes are never written.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pymupdf

from courtdesk.offline_cache.fsio import write_file_atomically

from . import sensitive
from . import text as page_text
from .annotations import parse_color
from .pdf_thread import WORK, pdf_thread

_BOOKMARK_PREFIX = "书签："


@functools.cache
def _note_font() -> pymupdf.Font:
    return pymupdf.Font("china-s")  # made on the PDF thread, where it is used


@dataclass
class ExportReport:
    path: str
    pages: int
    annotations: int
    flattened: bool
    redactions: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""
    # A signed volume: "kept" (the copy is the signed file itself, its signatures verify)
    # or "broken" (marks or redactions were written in, so the copy's signatures fail).
    signatures: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _redact_page(page: pymupdf.Page, lines: list[page_text.CharLine], lenient: bool) -> list:
    stream, where = page_text.line_stream(lines)
    found = []
    for item in sensitive.find_sensitive(stream, lenient=lenient):
        for box in page_text.boxes_at(lines, where, range(item.start, item.end)):
            # A hair narrower than the glyph boxes: neighbouring characters touch them, and
            # a redaction takes every character its area overlaps.
            box = pymupdf.Rect(box.x0 + 0.3, box.y0, box.x1 - 0.3, box.y1)
            page.add_redact_annot(box, fill=(0, 0, 0))
        found.append({"page": page.number + 1, "kind": item.kind})
    return found


def redact(doc: pymupdf.Document, ocr_lines: dict[int, list[page_text.CharLine]]) -> Generator[
        None, None, tuple[list[dict], list[str]]]:
    """Redact personal numbers on every page, a page a step; returns what was redacted and
    warnings."""
    found: list[dict] = []
    warnings: list[str] = []
    for page in doc:
        if page.number in ocr_lines:
            hits = _redact_page(page, ocr_lines[page.number], lenient=True)
        else:
            lines = page_text.char_lines_from_textpage(page)
            hits = _redact_page(page, lines, lenient=False)
            if not lines and page.get_images():
                warnings.append(f"page {page.number + 1} is a scan without OCR text: its "
                                "numbers could not be looked for")
        if hits:
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
            found += hits
        yield
    metadata = doc.metadata or {}
    cleaned = {k: sensitive.mask(v) for k, v in metadata.items() if isinstance(v, str) and v}
    if any(cleaned[k] != metadata[k] for k in cleaned):
        doc.set_metadata(cleaned)
    return found, warnings


def _write_note(page: pymupdf.Page, point: pymupdf.Point, text: str,
                color: tuple[float, float, float]) -> None:
    """A flattened sticky note: its words written on the page in a tinted box.

    Not a FreeText annotation: MuPDF's FreeText layout drops CJK characters at line ends.
    """
    width = min(200.0, page.rect.x1 - point.x - 4)
    if width < 80:  # a note at the right edge opens to the left
        point = pymupdf.Point(max(page.rect.x0 + 4, page.rect.x1 - 204), point.y)
        width = 200.0
    box = pymupdf.Rect(point.x, point.y, point.x + width, page.rect.y1 - 4)
    writer = pymupdf.TextWriter(page.rect)
    writer.fill_textbox(box + (4, 4, -4, 0), text, font=_note_font(), fontsize=9)
    used = pymupdf.Rect(box.x0, box.y0, box.x1, writer.last_point.y + 5)
    page.draw_rect(used, color=color, fill=(1, 0.97, 0.75), width=0.8)
    writer.write_text(page)


def _add(page: pymupdf.Page, row: dict, flatten: bool, redacting: bool) -> bool:
    geometry = json.loads(row["geometry"] or "{}")
    color = parse_color(row["color"] or "#ffd400")
    text = sensitive.mask(row["text"]) if redacting else row["text"]
    kind = row["kind"]
    if kind in ("highlight", "underline"):
        quads = [pymupdf.Quad(q[0:2], q[2:4], q[4:6], q[6:8]) for q in geometry["quads"]]
        annot = (page.add_highlight_annot if kind == "highlight" else
                 page.add_underline_annot)(quads)
    elif kind == "note":
        point = pymupdf.Point(geometry["point"])
        if flatten:
            _write_note(page, point, text, color)
            return True
        annot = page.add_text_annot(point, text)
    elif kind == "ink":
        annot = page.add_ink_annot([[tuple(p) for p in s] for s in geometry["strokes"]])
        annot.set_border(width=1.5)
    elif kind == "rect":
        annot = page.add_rect_annot(pymupdf.Rect(geometry["rect"]))
        annot.set_border(width=1.5)
    else:
        return False  # bookmarks go into the outline
    annot.set_colors(stroke=color)
    if text and kind != "note":
        annot.set_info(content=text)
    annot.update()
    return True


def export_copy(pdf: bytes, out: Path | str, annotations: list[dict], *,
                flatten: bool = False, redact_numbers: bool = False,
                ocr_lines: dict[int, list[page_text.CharLine]] | None = None) -> ExportReport:
    """Write a copy of ``pdf`` to ``out`` with the annotations, flattened and/or redacted.

    The copy is made on the PDF thread a page at a time, behind pages a reader is waiting
    for; the file is written here."""
    report = ExportReport(str(out), 0, 0, flatten)
    data = pdf_thread().call(_export_steps, pdf, report, annotations, flatten, redact_numbers,
                             ocr_lines or {}, priority=WORK)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_file_atomically(out, data)  # never a half-written export beside the real one
    report.sha256 = hashlib.sha256(data).hexdigest()
    return report


def redacted_copy(pdf: bytes, ocr_lines: dict[int, list[page_text.CharLine]] | None = None
                  ) -> tuple[bytes, ExportReport]:
    """``pdf`` with its personal numbers removed as an export's redaction removes them, in
    memory: what a screen the public sees is sent instead of the original."""
    report = ExportReport("", 0, 0, False)
    data = pdf_thread().call(_export_steps, pdf, report, [], False, True, ocr_lines or {},
                             priority=WORK)
    report.sha256 = hashlib.sha256(data).hexdigest()
    return data, report


def _export_steps(pdf: bytes, report: ExportReport, annotations: list[dict], flatten: bool,
                  redact_numbers: bool, ocr_lines: dict[int, list[page_text.CharLine]]
                  ) -> Generator[None, None, bytes]:
    doc = pymupdf.open(stream=bytes(pdf), filetype="pdf")  # a private copy to change
    report.pages = doc.page_count
    if redact_numbers:
        report.redactions, report.warnings = yield from redact(doc, ocr_lines)
    toc = doc.get_toc(simple=True)
    for row in sorted(annotations, key=lambda r: (r["page_index"], r["created_at"])):
        if not 0 <= row["page_index"] < doc.page_count:
            continue
        if row["kind"] == "bookmark":
            title = row["text"] or f"第{row['page_index'] + 1}页"
            toc.append([1, _BOOKMARK_PREFIX + (sensitive.mask(title) if redact_numbers
                                               else title), row["page_index"] + 1])
            report.annotations += 1
        elif _add(doc[row["page_index"]], row, flatten, redact_numbers):
            report.annotations += 1
    yield
    if toc != doc.get_toc(simple=True):
        # Bookmarks go last as top-level entries, which keeps any outline valid.
        doc.set_toc(toc)
    if flatten:
        doc.bake(annots=True, widgets=True)
    yield
    # garbage=3 drops the objects redaction replaced (old content streams, old images).
    return doc.tobytes(garbage=3, deflate=True, clean=True)
