"""Dossier documents as stored: their rows, their pages, and the PDF bytes behind them.

No permission checks here (app/dossier_book.py does those); this is what every dossier
module reads through, so a document is decrypted from the blob store in one place.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.store import LocalStore

from .errors import DocumentNotFound
from .pdf_thread import VIEW, pdf_thread

T = TypeVar("T")

# Decrypting a blob costs a pass over the file; keep the last few volumes in memory.
_BYTES_BUDGET = 512 * 1024 * 1024


class DossierFiles:
    def __init__(self, store: LocalStore, blobs: BlobStore | None = None) -> None:
        self.store = store
        self.blobs = blobs or BlobStore(store)
        self._bytes: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def document(self, document_id: str) -> dict:
        row = self.store.get("documents", document_id)
        if row is None or row["deleted"]:
            raise DocumentNotFound(
                f"There is no dossier document {document_id}. `courtdesk dossier list CASE` "
                "shows the documents of a case.")
        return row

    def documents(self, case_id: str) -> list[dict]:
        return self.store.query(
            "SELECT * FROM documents WHERE case_id = ? AND deleted = 0 "
            "ORDER BY volume, created_at", (case_id,))

    def pages(self, document_id: str) -> list[dict]:
        return self.store.query(
            "SELECT id, document_id, page_index, width, height, rotation, text_source, "
            "ocr_state, ocr_detail FROM document_pages WHERE document_id = ? "
            "ORDER BY page_index", (document_id,))

    def page(self, document_id: str, page_index: int) -> dict | None:
        rows = self.store.query(
            "SELECT * FROM document_pages WHERE document_id = ? AND page_index = ?",
            (document_id, page_index))
        return rows[0] if rows else None

    def pdf_bytes(self, sha256: str) -> bytes:
        """The plaintext PDF of a blob (hash-checked on read by the blob store)."""
        with self._lock:
            data = self._bytes.get(sha256)
            if data is not None:
                self._bytes.move_to_end(sha256)
                return data
        data = self.blobs.read_bytes(sha256)
        with self._lock:
            self._bytes[sha256] = data
            while sum(map(len, self._bytes.values())) > _BYTES_BUDGET and len(self._bytes) > 1:
                self._bytes.popitem(last=False)
        return data

    def read_pdf(self, document: dict, fn: Callable[..., T], *args, priority: int = VIEW,
                 **kwargs) -> T:
        """``fn(doc, *args, **kwargs)`` on the PDF thread, ``doc`` the document's open
        PyMuPDF Document (PyMuPDF may only be used there). ``fn`` returns plain data; a
        generator function is run a step at a time between more urgent work."""
        thread = pdf_thread()
        key = document["blob_sha256"]
        return thread.call(lambda: fn(thread.document(key, self.pdf_bytes), *args, **kwargs),
                           priority=priority)
