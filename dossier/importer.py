"""Import PDFs and scanned images into a case's dossier as volumes.

Everything about a file is checked before anything is stored: a damaged, cut-short,
password-locked, empty or oversized file is refused with a message that says what to do,
and the dossier is left exactly as it was. What is stored is stored once, by content hash,
and never modified: the upload as it came, and (for images and password-protected PDFs)
the PDF volume courtdesk reads, made from it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.store import LocalStore, utc_now

from . import text as page_text
from .errors import ImportRefused, PasswordRequired, WrongPassword
from .pdf_thread import WORK, pdf_thread
from .signed import signature_fields

log = logging.getLogger(__name__)

MAX_PAGE_SIDE_MM = 5000  # 5 m: far beyond any plan or poster a court receives
MAX_PAGE_SIDE_PT = MAX_PAGE_SIDE_MM / 25.4 * 72
MAX_IMAGE_PIXELS = 400_000_000  # decoding more would need gigabytes
IMAGE_KINDS = {"jpeg": "image/jpeg", "png": "image/png", "tiff": "image/tiff"}
# MuPDF's words for content it had to skip: a page that lost them is incomplete.
_DAMAGE = re.compile(r"cannot load content|object missing|cannot find object|premature end|"
                     r"non-page object|truncated|corrupt|unexpected end|not a stream", re.I)
# What MuPDF raises on bad input: Python's RuntimeError family, or its own error classes.
_MUPDF_ERRORS = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
_LOOKS_LIKE = ((b"PK\x03\x04", "a ZIP archive or an Office document (.docx, .xlsx)"),
               (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)"),
               (b"GIF8", "a GIF image"), (b"BM", "a BMP image"), (b"{\\rtf", "an RTF document"),
               (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
               (b"<!DOCTYPE html", "a web page"), (b"<html", "a web page"))


def sniff(data: bytes) -> str | None:
    """The supported kind of file the bytes are ("pdf", "jpeg", "png", "tiff") or None."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def describe(data: bytes) -> str:
    for magic, what in _LOOKS_LIKE:
        if data.lstrip()[:len(magic)].lower() == magic.lower():
            return what
    try:
        data[:4096].decode("utf-8")
        return "plain text"
    except UnicodeDecodeError:
        return "a file of unknown type"


@dataclass
class PreparedVolume:
    """A file checked and converted, ready to store; nothing of it is stored yet."""

    name: str
    source: bytes
    source_kind: str
    pdf: bytes
    pages: list[page_text.PageText]
    outline: list[list]
    notes: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)  # signed fields: keep the bytes

    @property
    def converted(self) -> bool:
        return self.pdf is not self.source


def _refuse(name: str, problem: str, todo: str) -> ImportRefused:
    return ImportRefused(f"{name}: {problem} It was not imported, and nothing in the dossier "
                         f"changed. {todo}", file=name)


def _warnings() -> str:
    # MuPDF's warnings are one buffer for the process: read on the PDF thread between
    # steps of one import, they are that import's own.
    return pymupdf.TOOLS.mupdf_warnings(reset=True) or ""


def _read_pages(doc: pymupdf.Document, name: str) -> Generator[
        None, None, tuple[list[page_text.PageText], str]]:
    """Every page's text, a page a step; and the warnings MuPDF gave while reading them
    (only this import's own: what other work leaves between steps is dropped)."""
    pages = []
    warnings = []
    for page in doc:
        rect = page.rect
        if max(rect.width, rect.height) > MAX_PAGE_SIDE_PT:
            side = max(rect.width, rect.height) / 72 * 25.4 / 1000
            raise _refuse(name, f"page {page.number + 1} is {side:.1f} m on its longest side; "
                          f"courtdesk reads pages up to {MAX_PAGE_SIDE_MM / 1000:.0f} m.",
                          "Print it to PDF at a smaller paper size (fit to A3) and import that.")
        try:
            pages.append(page_text.read_page(page))
        except _MUPDF_ERRORS as exc:
            raise _refuse(name, f"page {page.number + 1} cannot be read ({exc}).",
                          "Ask the sender for a new copy of the file.") from exc
        warnings.append(_warnings())
        yield
        _warnings()
    return pages, "".join(warnings)


def _prepare_pdf(name: str, data: bytes, password: str | None) -> Generator[
        None, None, PreparedVolume]:
    _warnings()
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except _MUPDF_ERRORS as exc:
        raise _refuse(name, f"the PDF is damaged and cannot be opened ({exc}).",
                      "Ask the sender for a new copy of the file.") from exc
    notes: list[str] = []
    pdf = data
    if doc.needs_pass:
        if not password:
            raise PasswordRequired(
                f"{name} is protected by a password. It was not imported. Import it again "
                "with its password (in the CLI: --password).", file=name)
        if not doc.authenticate(password):
            raise WrongPassword(
                f"{name}: the password given does not open this PDF. It was not imported; "
                "check the password with whoever sent the file and try again.", file=name)
        # Keep the locked original as evidence; read an unlocked copy, so nobody needs the
        # password again to open, search or render it.
        pdf = doc.tobytes(garbage=0, encryption=pymupdf.PDF_ENCRYPT_NONE)
        notes.append("password-protected: an unlocked reading copy was made")
    if doc.page_count == 0:
        raise _refuse(name, "the PDF has no pages.",
                      "Check that the right file was chosen, or ask the sender for it again.")
    opened = _warnings()
    if b"%%EOF" not in data[-4096:]:
        raise _refuse(name, "the PDF is cut short (its end is missing), so pages or later "
                      "changes may be lost.",
                      "Copy or download the file again, completely, and import that copy.")
    pages, damage = yield from _read_pages(doc, name)
    if doc.is_repaired and _DAMAGE.search(opened + damage):
        raise _refuse(name, "the PDF is damaged: parts of its pages cannot be read.",
                      "Ask the sender for a new copy of the file.")
    if doc.is_repaired:
        notes.append("the file's index was damaged and rebuilt on reading; content intact")
    return PreparedVolume(name, data, "pdf", pdf, pages, doc.get_toc(simple=True), notes)


def _prepare_image(name: str, data: bytes, kind: str) -> Generator[None, None, PreparedVolume]:
    _warnings()
    try:
        image = pymupdf.open(stream=data, filetype=kind)
        if image.page_count == 0:
            raise ValueError("no image in the file")
        for page in image:
            info = page.get_image_info()
            if info and info[0]["width"] * info[0]["height"] > MAX_IMAGE_PIXELS:
                raise _refuse(name, f"image {page.number + 1} has "
                              f"{info[0]['width']}×{info[0]['height']} pixels, too many to "
                              "read.", "Scan it again at 300 dpi or less.")
            # A small rendering decodes the whole image: a cut-off or broken one shows here.
            page.get_pixmap(matrix=pymupdf.Matrix(0.1, 0.1))
        pdf = image.convert_to_pdf()
    except ImportRefused:
        raise
    except _MUPDF_ERRORS as exc:
        raise _refuse(name, f"the {kind.upper()} image cannot be read ({exc}).",
                      "Scan the paper again, or save the image again from the scanner "
                      "software.") from exc
    problems = _warnings()
    if _DAMAGE.search(problems):
        raise _refuse(name, f"the {kind.upper()} image is damaged or cut short "
                      f"({problems.splitlines()[-1]}).",
                      "Scan the paper again, or copy the complete file again.")
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    pages, _ = yield from _read_pages(doc, name)
    notes = [f"{kind.upper()} image converted to a {doc.page_count}-page PDF volume"]
    return PreparedVolume(name, data, kind, pdf, pages, [], notes)


def prepare_pdf_bytes(name: str, data: bytes) -> PreparedVolume:
    """Check a PDF made or held by courtdesk itself (a cleaned copy, a stored blob)."""
    return pdf_thread().call(_prepare_pdf, name, data, None, priority=WORK)


def prepare(path: Path | str, password: str | None = None) -> PreparedVolume:
    """Read and check one file; raises ImportRefused (with what to do) on bad input."""
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(name, f"the file cannot be read ({exc.strerror or exc}).",
                      "Check the path and that the file is not open in another program.") \
            from exc
    if not data:
        raise _refuse(name, "the file is empty.", "Copy the file again and import that copy.")
    kind = sniff(data)
    suffix = path.suffix.lower()
    if kind is None:
        what = describe(data)
        if suffix == ".pdf":
            raise _refuse(name, f"this is not a PDF, although its name ends in .pdf: it looks "
                          f"like {what}.", "Save or print the document as PDF and import that.")
        raise _refuse(name, f"courtdesk imports PDF files and JPEG, PNG or TIFF scans; this "
                      f"looks like {what}.", "Save or print it as PDF and import that.")
    # On the PDF thread, a page a step, behind pages a reader is waiting for.
    prepared = pdf_thread().call(_prepare_pdf, name, data, password, priority=WORK) \
        if kind == "pdf" else pdf_thread().call(_prepare_image, name, data, kind, priority=WORK)
    if suffix == ".pdf" and kind != "pdf":
        prepared.notes.append(f"named .pdf but is a {kind.upper()} image: imported as one")
    if kind == "pdf":
        prepared.signatures = signature_fields(data)
        if prepared.signatures:
            prepared.notes.append(
                f"signed PDF ({len(prepared.signatures)} signature(s)): stored exactly as "
                "received and never rewritten; OCR text is kept beside it")
    return prepared


@dataclass
class ImportResult:
    document: dict
    created: bool
    pages: int
    ocr_pending: int
    notes: list[str] = field(default_factory=list)
    signatures: int = 0  # signed fields in the file: it is kept exactly as it came

    def as_dict(self) -> dict:
        return {"document_id": self.document["id"], "title": self.document["title"],
                "volume": self.document["volume"], "created": self.created,
                "pages": self.pages, "ocr_pending": self.ocr_pending, "notes": self.notes,
                "signatures": self.signatures,
                "blob_sha256": self.document["blob_sha256"],
                "source_sha256": self.document.get("source_sha256") or
                self.document["blob_sha256"]}


class DossierImporter:
    """Stores prepared volumes: blobs, document row, page text and catalog in one go."""

    def __init__(self, store: LocalStore, actor: str, blobs: BlobStore | None = None) -> None:
        self.store = store
        self.actor = actor
        self.blobs = blobs or BlobStore(store)

    def next_volume(self, case_id: str) -> int:
        row = self.store.conn.execute(
            "SELECT max(volume) FROM documents WHERE case_id = ? AND deleted = 0",
            (case_id,)).fetchone()
        return (row[0] or 0) + 1

    def import_file(self, case_id: str, path: Path | str, *, password: str | None = None,
                    volume: int | None = None, title: str | None = None) -> ImportResult:
        prepared = prepare(path, password)
        return self.store_volume(case_id, prepared, volume=volume,
                                 title=title or Path(path).stem)

    def _existing(self, case_id: str, shas: set[str]) -> dict | None:
        marks = ", ".join("?" for _ in shas)
        rows = self.store.query(
            f"SELECT * FROM documents WHERE case_id = ? AND deleted = 0 AND derivation = '' "
            f"AND (blob_sha256 IN ({marks}) OR source_sha256 IN ({marks}))",
            (case_id, *shas, *shas))
        return rows[0] if rows else None

    def store_volume(self, case_id: str, prepared: PreparedVolume, *, volume: int | None,
                     title: str, derived_from: str = "", derivation: str = "",
                     detail: dict | None = None) -> ImportResult:
        import hashlib

        from .catalog import DossierCatalog

        source_sha = hashlib.sha256(prepared.source).hexdigest()
        if not derivation:
            existing = self._existing(case_id, {source_sha})
            if existing is not None:
                pages = self.store.conn.execute(
                    "SELECT count(*) FROM document_pages WHERE document_id = ?",
                    (existing["id"],)).fetchone()[0]
                return ImportResult(existing, False, pages, 0, [
                    f"already in the dossier as volume {existing['volume']} "
                    f"({existing['title']}); stored once"], len(prepared.signatures))
        fresh: list[str] = []
        try:
            with self.store.transaction():
                mime = "application/pdf" if prepared.source_kind == "pdf" else \
                    IMAGE_KINDS[prepared.source_kind]
                if not self.blobs.has(source_sha):
                    fresh.append(source_sha)
                self.blobs.put_bytes(prepared.source, mime)
                pdf_sha = source_sha
                if prepared.converted:
                    pdf_sha = hashlib.sha256(prepared.pdf).hexdigest()
                    if not self.blobs.has(pdf_sha):
                        fresh.append(pdf_sha)
                    self.blobs.put_bytes(prepared.pdf, "application/pdf")
                document = self.store.save("documents", {
                    "case_id": case_id, "title": title,
                    "volume": volume or self.next_volume(case_id),
                    "blob_sha256": pdf_sha, "mime": "application/pdf",
                    "page_count": len(prepared.pages), "size_bytes": len(prepared.pdf),
                    "source_sha256": source_sha if prepared.converted else "",
                    "source_mime": mime, "source_name": prepared.name,
                    "derived_from": derived_from, "derivation": derivation,
                    "detail": json.dumps({"notes": prepared.notes, **(detail or {})},
                                         ensure_ascii=False),
                }, actor=self.actor, action="dossier.import")
                self._store_pages(document["id"], prepared.pages)
                DossierCatalog(self.store, self.actor).rebuild(
                    document["id"], outline=prepared.outline)
        except BaseException:
            # The rows rolled back; blobs written for this import alone go too.
            for sha in fresh:
                self.blobs.path_for(sha).unlink(missing_ok=True)
            raise
        pending = sum(p.needs_ocr for p in prepared.pages)
        log.info("dossier import %s: %d pages, %d to OCR", document["id"], len(prepared.pages),
                 pending)
        return ImportResult(document, True, len(prepared.pages), pending, prepared.notes,
                            len(prepared.signatures))

    def index_existing(self, document: dict, prepared: PreparedVolume) -> None:
        """Page text and catalog for a document row that came without them."""
        from .catalog import DossierCatalog

        with self.store.transaction():
            self._store_pages(document["id"], prepared.pages)
            DossierCatalog(self.store, self.actor).rebuild(document["id"],
                                                           outline=prepared.outline)

    def _store_pages(self, document_id: str, pages: list[page_text.PageText]) -> None:
        now = utc_now()
        self.store.conn.executemany(
            "INSERT INTO document_pages (document_id, page_index, width, height, rotation, "
            "text, search_text, head, text_source, ocr_state, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(document_id, p.index, p.width, p.height, p.rotation,
              "" if p.needs_ocr else p.text,
              "" if p.needs_ocr else page_text.normalize(p.text),
              "" if p.needs_ocr else p.head,
              "none" if p.needs_ocr else "layer", "pending" if p.needs_ocr else "", now)
             for p in pages])
