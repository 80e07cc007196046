"""The dossier as a logged-in user reads and works on it, with the case's rules.

The dossier core (dossier/) knows nothing of roles. Here: only members of a case see its
dossier (court IT sees none); adding volumes and editing the catalog is for those who may
edit the case (clerk, presiding judge); any member may annotate, and private annotations
are seen by their author alone, shared ones by the case's members; only the author changes
or deletes an annotation. The CLI and the GUI both come through here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from courtdesk.common.roles import Permission
from courtdesk.dossier import text as page_text
from courtdesk.dossier.annotations import AnnotationHistory, DossierAnnotations, text_quads
from courtdesk.dossier.catalog import DossierCatalog
from courtdesk.dossier.cleanup import clean_document
from courtdesk.dossier.errors import (
    AnnotationError,
    DossierError,
    ImportRefused,
    NotSigned,
    SignedKeptAsIs,
)
from courtdesk.dossier.export import ExportReport, export_copy
from courtdesk.dossier.importer import DossierImporter, ImportResult, prepare_pdf_bytes
from courtdesk.dossier.library import DossierFiles
from courtdesk.dossier.ocr import OcrJob, OcrProgress, OcrReport
from courtdesk.dossier.search_index import DossierIndex, SearchHit
from courtdesk.dossier.selection import PageChars
from courtdesk.dossier.signed import signature_fields
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.errors import AccessDenied, CourtdeskError
from courtdesk.offline_cache.fsio import write_file_atomically
from courtdesk.offline_cache.store import LocalStore

from .accounts import User
from .casebook import CaseBook


@dataclass
class ImportOutcome:
    """One file of an import: its result, or why it was refused."""

    path: str
    result: ImportResult | None = None
    error: DossierError | None = None

    def as_dict(self) -> dict:
        if self.result is not None:
            return {"file": self.path, "ok": True, **self.result.as_dict()}
        assert self.error is not None
        return {"file": self.path, "ok": False, "error": self.error.code,
                "message": self.error.message}


@dataclass
class CleanOutcome:
    document: dict
    pages: list[dict] = field(default_factory=list)
    written: str = ""


class DossierBook:
    def __init__(self, store: LocalStore, user: User, blobs: BlobStore | None = None) -> None:
        self.store = store
        self.user = user
        self.cases = CaseBook(store, user)
        self.files = DossierFiles(store, blobs)
        self.index = DossierIndex(store)
        self._history: AnnotationHistory | None = None

    # -- access ------------------------------------------------------------------------
    def _require_member(self, case_id: str) -> dict:
        return self.cases._require_member(case_id)

    def _require_edit(self, case_id: str) -> None:
        self._require_member(case_id)
        if not self.user.may(Permission.EDIT_CASE):
            raise AccessDenied(f"Your role ({self.user.role.value}) may not change the "
                               "dossier; the clerk or the presiding judge can.")

    def document(self, document_id: str) -> dict:
        row = self.store.get("documents", document_id)
        if row is None or row["deleted"]:
            raise AccessDenied(f"No dossier document {document_id} that you may open.")
        try:
            self._require_member(row["case_id"])
        except AccessDenied:
            # Same answer as for a missing document, so ids cannot be probed.
            raise AccessDenied(f"No dossier document {document_id} that you may open.") \
                from None
        return row

    def documents(self, case_id: str) -> list[dict]:
        self._require_member(case_id)
        rows = self.files.documents(case_id)
        problems: dict[str, CourtdeskError] = {}
        for row in rows:
            try:
                self.ensure_indexed(row)
            except CourtdeskError as exc:  # a missing or damaged blob: the others still open
                problems[row["id"]] = exc
        counts = {r["document_id"]: r for r in self.store.query(
            "SELECT document_id, sum(ocr_state = 'pending') AS ocr_pending, "
            "sum(text_source = 'ocr') AS ocr_done FROM document_pages WHERE document_id IN "
            "(SELECT id FROM documents WHERE case_id = ?) GROUP BY document_id", (case_id,))}
        unsynced = self.store.unsynced_ids("documents")
        kept_here = self.store.kept_here_ids("documents")
        return [{**r, "ocr_pending": (counts.get(r["id"]) or {}).get("ocr_pending") or 0,
                 "ocr_done": (counts.get(r["id"]) or {}).get("ocr_done") or 0,
                 "unsynced": r["id"] in unsynced,
                 "kept_here": r["id"] in kept_here,
                 # The English for the command line and the log; the code for the GUI.
                 "problem": problems[r["id"]].message if r["id"] in problems else "",
                 "problem_code": problems[r["id"]].code if r["id"] in problems else ""}
                for r in rows]

    def ensure_indexed(self, document: dict) -> bool:
        """Page text for a document stored without it (the demo's, or one pulled from the
        server); True when it had to be made now."""
        have = self.store.conn.execute(
            "SELECT count(*) FROM document_pages WHERE document_id = ?",
            (document["id"],)).fetchone()[0]
        if have:
            return False
        prepared = prepare_pdf_bytes(document["title"], self.files.pdf_bytes(
            document["blob_sha256"]))
        DossierImporter(self.store, self.user.actor, self.files.blobs).index_existing(
            document, prepared)
        return True

    # -- import ------------------------------------------------------------------------
    def import_files(self, case_id: str, paths: Iterable[Path | str], *,
                     password: str | None = None, volume: int | None = None,
                     title: str | None = None) -> list[ImportOutcome]:
        """Import each file as a volume; a refused file does not stop the others."""
        self._require_edit(case_id)
        importer = DossierImporter(self.store, self.user.actor, self.files.blobs)
        outcomes = []
        for number, path in enumerate(paths):
            try:
                result = importer.import_file(
                    case_id, path, password=password,
                    volume=None if volume is None else volume + number,
                    title=title if title and number == 0 else None)
                outcomes.append(ImportOutcome(str(path), result=result))
            except ImportRefused as exc:
                self.store.audit(self.user.actor, "dossier.import.refused", "cases", case_id,
                                 {"file": Path(path).name, "error": exc.code})
                outcomes.append(ImportOutcome(str(path), error=exc))
        return outcomes

    def add_signed_record(self, case_id: str, pdf_path: Path | str,
                          title: str) -> ImportResult:
        """File a signed PDF (a record the parties and the court signed) as a volume of the
        case, byte for byte: its signatures verify in the dossier, on the server and on every
        PC that pulls it. Refuses a file without a signature (NotSigned); a file already in
        the dossier comes back as that volume (``created`` False)."""
        self._require_edit(case_id)
        path = Path(pdf_path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportRefused(f"{path.name}: the signed record cannot be read "
                                f"({exc.strerror or exc}). Nothing was filed.",
                                file=path.name) from exc
        fields = signature_fields(data)
        if not fields:
            raise NotSigned(f"{path.name} carries no signature, so it was not filed as a "
                            "signed record. Finish the signing round (or import it as an "
                            "ordinary volume).", file=path.name)
        result = DossierImporter(self.store, self.user.actor, self.files.blobs).import_file(
            case_id, path, title=title)
        sha = hashlib.sha256(data).hexdigest()
        if result.document["blob_sha256"] != sha:  # a reading copy: it would not verify
            raise DossierError(f"{path.name} was stored as a converted copy, not as signed; "
                               "give court IT the file.", file=path.name)
        self.store.audit(self.user.actor, "dossier.signed_record", "documents",
                         result.document["id"], {"sha256": sha, "signatures": len(fields),
                                                 "created": result.created})
        return result

    def signed_bytes(self, document_id: str) -> bytes:
        """The bytes whose signatures count: the file as it came (for a password-protected
        PDF the locked original, not the reading copy made of it)."""
        document = self.document(document_id)
        if document["source_sha256"] and document["source_mime"] == "application/pdf":
            return self.files.blobs.read_bytes(document["source_sha256"])
        return self.files.pdf_bytes(document["blob_sha256"])

    def verify_signatures(self, document_id: str, trust_roots=None):
        """What the volume's signatures say (a ``signing.report.PdfVerification``); the
        bytes are checked in memory, never written out in plain. Any thread; about a second
        for a long signed record, nothing for an unsigned volume."""
        from courtdesk.signing.report import PdfVerification
        from courtdesk.signing.verify import verify_pdf_bytes

        document = self.document(document_id)
        data = self.signed_bytes(document_id)
        if not signature_fields(data):
            return PdfVerification(document["title"], hashlib.sha256(data).hexdigest())
        return verify_pdf_bytes(data, document["title"], trust_roots)

    # -- search and OCR ----------------------------------------------------------------
    def search(self, case_id: str, query: str) -> list[SearchHit]:
        self.documents(case_id)  # membership, and page text for documents that lack it
        return self.index.search(case_id, query)

    def hit_rects(self, document_id: str, page_index: int, query: str) -> list[pymupdf.Rect]:
        return self.hit_rects_on(document_id, [page_index], query)[page_index]

    def hit_rects_on(self, document_id: str, pages: Iterable[int],
                     query: str) -> dict[int, list[pymupdf.Rect]]:
        """Where ``query`` is on each of ``pages``: one access check."""
        self.document(document_id)
        return {p: self.index.hit_rects(document_id, p, query, self.files) for p in pages}

    def ocr(self, document_id: str, *, dpi: int = 150,
            progress: Callable[[OcrProgress], None] | None = None,
            should_stop: Callable[[], bool] | None = None,
            pages: list[int] | None = None) -> OcrReport:
        document = self.document(document_id)
        self.ensure_indexed(document)
        return OcrJob(self.store, self.files, self.user.actor, dpi=dpi).run(
            document_id, progress=progress, should_stop=should_stop, pages=pages)

    # -- catalog -------------------------------------------------------------------------
    def catalog(self, document_id: str) -> list[dict]:
        document = self.document(document_id)
        self.ensure_indexed(document)
        return DossierCatalog(self.store, self.user.actor).entries(document_id)

    def redetect_catalog(self, document_id: str) -> list[dict]:
        document = self.document(document_id)
        self._require_edit(document["case_id"])
        return DossierCatalog(self.store, self.user.actor).rebuild(document_id, force=True)

    def add_catalog_entry(self, document_id: str, title: str, page_start: int,
                          page_end: int | None = None, doc_type: str = "") -> dict:
        document = self.document(document_id)
        self._require_edit(document["case_id"])
        return DossierCatalog(self.store, self.user.actor).add(
            document_id, title, page_start, page_end, doc_type=doc_type)

    def _catalog_entry(self, entry_id: str) -> dict:
        entry = self.store.get("catalog_entries", entry_id)
        if entry is None or entry["deleted"]:
            raise AccessDenied(f"No catalog entry {entry_id} that you may change.")
        self._require_edit(self.document(entry["document_id"])["case_id"])
        return entry

    def edit_catalog_entry(self, entry_id: str, **fields) -> dict:
        self._catalog_entry(entry_id)
        return DossierCatalog(self.store, self.user.actor).update(entry_id, **fields)

    def remove_catalog_entry(self, entry_id: str) -> None:
        self._catalog_entry(entry_id)
        DossierCatalog(self.store, self.user.actor).remove(entry_id)

    # -- reading -------------------------------------------------------------------------
    def render_key(self, document_id: str) -> str:
        """Open a document for reading (an audited act): the key a PageRenderer whose loader
        is ``self.files.pdf_bytes`` renders it by."""
        document = self.document(document_id)
        self.store.audit(self.user.actor, "dossier.open", "documents", document_id)
        return document["blob_sha256"]

    # -- annotations ---------------------------------------------------------------------
    @property
    def history(self) -> AnnotationHistory:
        if self._history is None:
            self._history = AnnotationHistory(
                DossierAnnotations(self.store, self.user.actor, self.user.id))
        return self._history

    def _visible(self, row: dict) -> bool:
        return row["author"] == self.user.id or row["visibility"] == "shared"

    def annotations(self, document_id: str, page_index: int | None = None) -> list[dict]:
        self.document(document_id)
        return [r for r in self.history.annotations.rows(document_id, page_index)
                if self._visible(r)]

    def annotations_with_authors(self, document_id: str) -> list[dict]:
        """:meth:`annotations`, each with its author's display name (``author_name``):
        only the names of those whose annotations this user sees."""
        rows = self.annotations(document_id)
        authors = sorted({r["author"] for r in rows})
        names: dict[str, str] = {}
        if authors:
            marks = ", ".join("?" * len(authors))
            names = {r["id"]: r["display_name"] for r in self.store.query(
                f"SELECT id, display_name FROM users WHERE id IN ({marks})", tuple(authors))}
        return [{**r, "author_name": names.get(r["author"], "")} for r in rows]

    def annotate(self, document_id: str, page_index: int, kind: str,
                 geometry: dict | None = None, *, text_query: str | None = None,
                 select: tuple[float, float, float, float] | None = None,
                 color: str | None = None, text: str = "", private: bool = True) -> dict:
        """Add an annotation; highlights and underlines may name their text instead of
        giving quads: ``text_query`` (a phrase on the page) or ``select`` (a dragged box)."""
        document = self.document(document_id)
        self.ensure_indexed(document)
        marks_text = kind in ("highlight", "underline") and not geometry
        count, page_rect, quads = self.files.read_pdf(
            document, _page_for_annotation, page_index, text_query if marks_text else None,
            select if marks_text else None)
        if not 0 <= page_index < count:
            raise AnnotationError(f"There is no page {page_index + 1} in this volume "
                                  f"(pages 1–{count}).")
        geometry = dict(geometry or {})
        if kind in ("highlight", "underline") and not geometry:
            geometry["quads"] = quads or self._ocr_quads(document_id, page_index, text_query)
            if not geometry["quads"]:
                raise AnnotationError(
                    f"No text {'“' + text_query + '”' if text_query else 'there'} on page "
                    f"{page_index + 1} to mark. Check the words, or draw a rectangle instead.")
        return self.history.add(document, page_index, kind, geometry, page_rect=page_rect,
                                color=color, text=text,
                                visibility="private" if private else "shared")

    def page_chars(self, document_id: str, page_index: int) -> PageChars:
        """A page's characters for selecting text: the text layer's, or for a scan the
        characters OCR found (none yet when OCR has not read it)."""
        document = self.document(document_id)
        row = self.files.page(document_id, page_index)
        if row is not None and row["text_source"] == "ocr":
            return PageChars.from_char_lines(page_text.load_char_lines(row["ocr_lines"]))
        return self.files.read_pdf(document, _page_chars, page_index)

    def _ocr_quads(self, document_id: str, page_index: int,
                   query: str | None) -> list[list[float]]:
        """A scan has no text layer: mark the words where OCR found them."""
        row = self.files.page(document_id, page_index)
        if query and row and row["text_source"] == "ocr":
            lines = page_text.load_char_lines(row["ocr_lines"])
            return [[r.x0, r.y0, r.x1, r.y0, r.x0, r.y1, r.x1, r.y1]
                    for r in page_text.find_rects(lines, query)]
        return []

    def _own(self, annotation_id: str) -> dict:
        row = self.store.get("annotations", annotation_id)
        if row is None or row["deleted"] or not self._visible(row):
            raise AccessDenied(f"No annotation {annotation_id} that you may see.")
        self.document(row["document_id"])
        if row["author"] != self.user.id:
            raise AccessDenied("Only its author may change or delete an annotation.")
        return row

    def edit_annotation(self, annotation_id: str, **fields) -> dict:
        self._own(annotation_id)
        return self.history.update(annotation_id, **fields)

    def delete_annotation(self, annotation_id: str) -> None:
        self._own(annotation_id)
        self.history.delete(annotation_id)

    def undo(self) -> str | None:
        return self.history.undo()

    def redo(self) -> str | None:
        return self.history.redo()

    # -- export and clean-up -------------------------------------------------------------
    def ocr_char_lines(self, document_id: str) -> dict[int, list[page_text.CharLine]]:
        """The OCR text of the document's scanned pages, by page: where redaction finds a
        scan's numbers."""
        return {r["page_index"]: page_text.load_char_lines(r["ocr_lines"])
                for r in self.store.query(
                    "SELECT page_index, ocr_lines FROM document_pages WHERE "
                    "document_id = ? AND text_source = 'ocr'", (document_id,))}

    def export(self, document_id: str, out: Path | str, *, flatten: bool = False,
               redact: bool = False,
               progress: Callable[[OcrProgress], None] | None = None) -> ExportReport:
        """A copy with the annotations this user sees, optionally flattened and redacted."""
        document = self.document(document_id)
        self.ensure_indexed(document)
        if redact:
            # A scan's numbers can only be found once OCR has read it.
            self.ocr(document_id, progress=progress)
        ocr_lines = self.ocr_char_lines(document_id)
        annotations = self.annotations(document_id)
        signed = self.signed_bytes(document_id)
        if signature_fields(signed) and not annotations and not redact:
            # Nothing to write in: the copy is the signed file, so its signatures verify.
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(Path(out), signed)
            report = ExportReport(str(out), document["page_count"], 0, flatten,
                                  sha256=hashlib.sha256(signed).hexdigest(), signatures="kept")
        else:
            report = export_copy(self.files.pdf_bytes(document["blob_sha256"]), out,
                                 annotations, flatten=flatten, redact_numbers=redact,
                                 ocr_lines=ocr_lines)
            if signature_fields(signed):
                report.signatures = "broken"
                report.warnings.append(
                    "the volume is signed: this copy has annotations or redactions written "
                    "in, so its signatures no longer verify; the signed volume in the dossier "
                    "is unchanged (export without annotations for a copy that verifies)")
        self.store.audit(self.user.actor, "dossier.export", "documents", document_id, {
            "flatten": flatten, "redact": redact, "annotations": report.annotations,
            "redactions": len(report.redactions), "sha256": report.sha256})
        return report

    def clean(self, document_id: str, out: Path | str | None = None, *,
              dpi: int = 150) -> CleanOutcome:
        """A cleaned copy of the document's scans, stored as a new document derived from
        it (any member may make one: the original is not touched)."""
        document = self.document(document_id)
        pdf = self.files.pdf_bytes(document["blob_sha256"])
        signatures = signature_fields(self.signed_bytes(document_id))
        if signatures:
            raise SignedKeptAsIs(
                f"{document['title']} is signed ({len(signatures)} signature(s)); a cleaned "
                "copy would not carry them, so none was made. The signed file stays exactly "
                "as received, and OCR still reads its scanned pages for search beside it.",
                signatures=len(signatures))
        result = clean_document(pdf, dpi=dpi)
        if not result.cleaned_pages:
            raise DossierError(f"{document['title']} has no scanned pages to clean up; "
                               "nothing was made.")
        title = f"{document['title']}（清理版）"
        prepared = prepare_pdf_bytes(f"{title}.pdf", result.pdf)
        stored = DossierImporter(self.store, self.user.actor, self.files.blobs).store_volume(
            document["case_id"], prepared, volume=document["volume"], title=title,
            derived_from=document_id, derivation="cleaned",
            detail={"cleanup": result.as_dict()})
        if out is not None:
            write_file_atomically(Path(out), result.pdf)
        return CleanOutcome(stored.document, result.as_dict()["pages"],
                            "" if out is None else str(out))


def _page_for_annotation(doc: pymupdf.Document, page_index: int, query: str | None,
                         select: tuple | None) -> tuple[int, pymupdf.Rect | None, list]:
    """On the PDF thread: the page count, the page's box, and the quads of the text a
    highlight names (by phrase or dragged box); plain data only."""
    if not 0 <= page_index < doc.page_count:
        return doc.page_count, None, []
    page = doc[page_index]
    quads = text_quads(page, query=query, rect=pymupdf.Rect(select) if select else None) \
        if query or select else []
    return doc.page_count, pymupdf.Rect(page.rect), quads


def _page_chars(doc: pymupdf.Document, page_index: int) -> PageChars:
    """On the PDF thread: the page's characters as plain data."""
    if not 0 <= page_index < doc.page_count:
        return PageChars()
    return PageChars.from_page(doc[page_index])
