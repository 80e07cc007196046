"""The dossier of the case being read, for the GUI: its state and every call into the core.

Everything with a rule goes through :class:`~courtdesk.app.dossier_book.DossierBook`
(membership, who may edit the catalog, whose annotations are seen); the views under
``ui/views/dossier_*`` only draw and forward input, and get plain data back from here.

Threads: store reads and writes on the store queue; OCR, import, clean-up and export on
one ``dossier-work`` queue (long jobs, one at a time, that write to the store under its
lock like the hearing recorder does). PyMuPDF itself runs on one PDF thread only
(dossier/pdf_thread.py): page bitmaps come from it as plain bytes, the page views ask the
renderer directly and get them back through :meth:`JobRunner.watch`; the GUI thread never
waits for it. Search outlines, which read the PDF, run on the general queue so that an OCR
page on the PDF thread never holds up the store queue.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from courtdesk.common.roles import Permission

from .jobs import Queue
from .messages import describe
from .session import Session

if TYPE_CHECKING:  # PyMuPDF loads when the dossier is first used, not with the window
    from courtdesk.app.dossier_book import DossierBook
    from courtdesk.dossier.render import PageRenderer

translate = QCoreApplication.translate

WORK_QUEUE = "dossier-work"  # OCR, import, clean-up, export: long, one at a time
MAX_HIT_PAGES = 60  # pages of one document whose hits are outlined at once
PAGE_CHARS_KEPT = 64  # pages whose characters are kept for selecting (a few MB at most)


def trust_roots(court_ca: str) -> list[str]:
    """What verifying trusts: the court CA of the machine config ([signing] court_ca), or
    nothing (then no signature reads as trusted, and the panel says trust was not checked)."""
    return [court_ca] if court_ca else []


def verify_file(runner, path: str, court_ca: str, *, owner: QObject, on_done: Callable,
                on_error: Callable) -> None:
    """Verify the signatures of any PDF on disk, on the general queue (pyHanko takes about a
    second for a long record: never on the GUI thread)."""
    def check():
        from courtdesk.signing.verify import verify_pdf

        return verify_pdf(Path(path), trust_roots=trust_roots(court_ca))

    runner.submit(check, queue=Queue.GENERAL, owner=owner, on_done=on_done, on_error=on_error,
                  label="verify signatures")


class DossierController(QObject):
    ready = Signal()  # the core is loaded: book and renderer exist
    cases_listed = Signal(list)  # [(case id, "number  title")]
    case_changed = Signal(str)  # another case is open now: the views empty themselves
    documents_changed = Signal(list)  # the open case's volumes (rows with OCR counts)
    catalog_arrived = Signal(str, list)  # document id, catalog entries
    annotations_changed = Signal(str, list)  # document id, the rows this user sees
    history_changed = Signal()  # what undo / redo can do changed
    hits_found = Signal(str, list)  # query, SearchHit list
    message = Signal(str)  # what a job did, for the person
    failed = Signal(object)  # a ShownError: what failed, in the person's language
    # Emitted by the OCR job on its worker thread; delivered queued on the GUI thread.
    ocr_progress = Signal(str, int, int)  # volume, pages read, pages to read
    pages_read = Signal(int)  # OCR made this many pages searchable (and selectable)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Made on first use: they load PyMuPDF, whose import takes most of a second, and
        # the main window must not wait for a workspace the user may not open.
        self.book: DossierBook | None = None
        self.renderer: PageRenderer | None = None
        self.may_edit = session.user.may(Permission.EDIT_CASE)
        self.case_id = ""
        self.documents: list[dict] = []
        self.titles: dict[str, str] = {}
        self.annotation_rows: dict[str, list[dict]] = {}
        self._page_chars: OrderedDict[tuple[str, int], object] = OrderedDict()
        self.last_query = ""
        self.last_hits: list = []
        self.ocr_running = False
        self._ocr_stop = False
        self._preparing = False
        self._pending_case = ""
        self._pending_then: Callable[[], None] | None = None
        self._verifications: dict[str, object] = {}  # document id -> PdfVerification
        session.runner.add_queue(WORK_QUEUE, threads=1)

    # -- running jobs ----------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(describe(exc))

    def _store(self, fn, on_done, label: str, owner: QObject | None = None) -> None:
        self.session.runner.submit(fn, queue=Queue.STORE, owner=owner or self,
                                   on_done=on_done, on_error=self._failed, label=label)

    def _work(self, fn, on_done, label: str, on_error=None) -> None:
        self.session.runner.submit(fn, queue=WORK_QUEUE, owner=self, on_done=on_done,
                                   on_error=on_error or self._failed, label=label)

    # -- first use -------------------------------------------------------------------------
    def prepare(self) -> None:
        """Load the dossier core (off the GUI thread) and list the cases, once."""
        if self.book is not None or self._preparing:
            return
        self._preparing = True
        store, user = self.session.store, self.session.user

        def load():
            from courtdesk.app.dossier_book import DossierBook
            from courtdesk.dossier.render import PageRenderer

            book = DossierBook(store, user)
            cases = [(c.id, f"{c.case_number}  {c.title}") for c in book.cases.list_cases()]
            return book, PageRenderer(book.files.pdf_bytes), cases

        def loaded(result) -> None:
            self.book, self.renderer, cases = result
            self._preparing = False
            self.ready.emit()
            self.cases_listed.emit(cases)
            if self._pending_case:
                case_id, self._pending_case = self._pending_case, ""
                self.open_case(case_id, self._pending_then)
            elif not self.case_id and len(cases) == 1:
                self.open_case(cases[0][0])  # the only case: no reason to make the judge pick

        def failed(exc: BaseException) -> None:
            self._preparing = False
            self._failed(exc)

        self.session.runner.submit(load, queue=Queue.STORE, owner=self, on_done=loaded,
                                   on_error=failed, label="dossier core")

    def reload_cases(self) -> None:
        cases = self.book.cases
        self._store(lambda: [(c.id, f"{c.case_number}  {c.title}") for c in cases.list_cases()],
                    self.cases_listed.emit, "dossier cases")

    # -- cases and volumes -----------------------------------------------------------------
    def open_case(self, case_id: str, then: Callable[[], None] | None = None) -> None:
        """Show a case's volumes; ``then()`` runs once they are listed."""
        if self.book is None:
            self._pending_case, self._pending_then = case_id, then
            self.prepare()
            return
        if case_id == self.case_id:
            if then is not None:
                then()
            return
        self._ocr_stop = True  # the other case's OCR ends after its current page
        self.case_id = case_id
        self.case_changed.emit(case_id)
        self.reload_documents(then)

    def reload_documents(self, then: Callable[[], None] | None = None) -> None:
        book, case_id = self.book, self.case_id
        if not case_id:
            return

        def arrived(documents: list[dict]) -> None:
            if case_id != self.case_id:
                return
            self.documents = documents
            self.titles = {d["id"]: f"{d['volume']}. {d['title']}" for d in documents}
            self.documents_changed.emit(documents)
            self.start_ocr()
            if then is not None:
                then()

        self._store(lambda: book.documents(case_id), arrived, "dossier volumes")

    def document_title(self, document_id: str, default: str = "dossier") -> str:
        return next((d["title"] for d in self.documents if d["id"] == document_id), default)

    def load_volume(self, document_id: str, on_done: Callable[[dict], None]) -> None:
        """Open a volume for reading (audited): ``{"key", "pages"}`` for a page view; the
        key is what :attr:`renderer` renders the volume's pages by."""
        book = self.book

        def load() -> dict:
            key = book.render_key(document_id)
            pages = book.files.pages(document_id)
            return {"key": key, "pages": [(p["width"], p["height"]) for p in pages]}

        self._store(load, on_done, "open volume")

    # -- signatures ------------------------------------------------------------------------
    @property
    def court_ca(self) -> str:
        return self.session.config.signing.court_ca

    def verify_document(self, document_id: str, on_done: Callable[[object], None],
                        on_error: Callable[[BaseException], None], owner: QObject) -> None:
        """What the volume's signatures say (a PdfVerification), checked once per volume on
        the general queue: a volume's bytes never change, so the answer does not either."""
        found = self._verifications.get(document_id)
        if found is not None:
            on_done(found)
            return
        book, roots = self.book, trust_roots(self.court_ca)

        def arrived(report) -> None:
            self._verifications[document_id] = report
            on_done(report)

        self.session.runner.submit(lambda: book.verify_signatures(document_id, roots),
                                   queue=Queue.GENERAL, owner=owner, on_done=arrived,
                                   on_error=on_error, label="volume signatures")

    # -- catalog ---------------------------------------------------------------------------
    def load_catalog(self, document_id: str) -> None:
        book = self.book
        self._store(lambda: book.catalog(document_id),
                    lambda entries: self.catalog_arrived.emit(document_id, entries), "catalog")

    def add_catalog_entry(self, document_id: str, title: str, page_start: int,
                          page_end: int | None = None) -> None:
        book = self.book
        self._store(lambda: book.add_catalog_entry(document_id, title, page_start, page_end),
                    lambda _r: self.load_catalog(document_id), "catalog add")

    def edit_catalog_entry(self, document_id: str, entry_id: str, **fields) -> None:
        book = self.book
        self._store(lambda: book.edit_catalog_entry(entry_id, **fields),
                    lambda _r: self.load_catalog(document_id), "catalog edit")

    def remove_catalog_entry(self, document_id: str, entry_id: str) -> None:
        book = self.book
        self._store(lambda: book.remove_catalog_entry(entry_id),
                    lambda _r: self.load_catalog(document_id), "catalog remove")

    def redetect_catalog(self, document_id: str) -> None:
        book = self.book
        self._store(lambda: book.redetect_catalog(document_id),
                    lambda _r: self.load_catalog(document_id), "catalog detect")

    # -- search ----------------------------------------------------------------------------
    def search(self, query: str) -> None:
        book, case_id = self.book, self.case_id
        if not case_id:
            return

        def arrived(hits: list) -> None:
            self.last_query, self.last_hits = query, hits
            self.hits_found.emit(query, hits)

        self._store(lambda: book.search(case_id, query), arrived, "search")

    def hit_outlines(self, document_id: str, on_done: Callable[[dict], None],
                     owner: QObject) -> None:
        """Where the last search's words are on the volume's pages that have them:
        ``{page: [(x0, y0, x1, y1), ...]}`` in page coordinates."""
        book, query = self.book, self.last_query
        pages = [h.page_index for h in self.last_hits if h.document_id == document_id]
        pages = pages[:MAX_HIT_PAGES]

        def find() -> dict:
            found = book.hit_rects_on(document_id, pages, query)  # waits for the PDF thread
            return {p: [tuple(r) for r in rects] for p, rects in found.items()}

        self.session.runner.submit(find, queue=Queue.GENERAL, owner=owner, on_done=on_done,
                                   on_error=self._failed, label="hit outlines")

    # -- page text for selecting ----------------------------------------------------------
    def page_chars(self, document_id: str, page: int, on_done: Callable[[object], None],
                   owner: QObject) -> None:
        """A page's characters (:class:`~courtdesk.dossier.selection.PageChars`) for
        selecting text: read once per page and kept, so a drag never reads the PDF."""
        key = (document_id, page)
        found = self._page_chars.get(key)
        if found is not None:
            self._page_chars.move_to_end(key)
            on_done(found)
            return
        book = self.book

        def arrived(chars) -> None:
            self._page_chars[key] = chars
            while len(self._page_chars) > PAGE_CHARS_KEPT:
                self._page_chars.popitem(last=False)
            on_done(chars)

        # The general queue, as for search outlines: reading the page waits for the PDF
        # thread, and the store queue must not wait behind an OCR page.
        self.session.runner.submit(lambda: book.page_chars(document_id, page),
                                   queue=Queue.GENERAL, owner=owner, on_done=arrived,
                                   on_error=self._failed, label="page text")

    # -- OCR -------------------------------------------------------------------------------
    def start_ocr(self) -> None:
        """Read the open case's scanned pages that still wait for OCR, in the background."""
        pending = [d for d in self.documents if d.get("ocr_pending") and not d.get("problem")]
        if self.ocr_running or not pending:
            return
        self.ocr_running, self._ocr_stop = True, False
        book, runner, case_id = self.book, self.session.runner, self.case_id
        relay = self.ocr_progress
        titles = dict(self.titles)

        def run() -> int:
            done_pages = 0
            for document in pending:
                title = titles.get(document["id"], document["title"])
                report = book.ocr(
                    document["id"],
                    progress=lambda p, t=title: relay.emit(t, p.done, p.total),
                    should_stop=lambda: self._ocr_stop or runner.closing)
                done_pages += report.done
                relay.emit(title, 0, 0)
                if report.stopped:
                    break
            return done_pages

        def finished(pages: int) -> None:
            self.ocr_running = False
            if case_id != self.case_id:
                self.reload_documents()  # the case changed meanwhile: read the new one's
                return
            if pages:
                # Scans read now have text to select (pages with a text layer never change).
                for key in [k for k, chars in self._page_chars.items() if not chars.has_text()]:
                    del self._page_chars[key]
                self.reload_documents()
                if self.last_query:
                    self.search(self.last_query)
                self.pages_read.emit(pages)

        def failed(exc: BaseException) -> None:
            self.ocr_running = False
            self.ocr_progress.emit("", 0, 0)
            self._failed(exc)

        self._work(run, finished, "dossier OCR", on_error=failed)

    # -- annotations -----------------------------------------------------------------------
    def load_annotations(self, document_id: str) -> None:
        book = self.book

        def load() -> list[dict]:
            rows = book.annotations_with_authors(document_id)
            for row in rows:
                row["geometry_data"] = json.loads(row["geometry"] or "{}")
            return rows

        def arrived(rows: list[dict]) -> None:
            self.annotation_rows[document_id] = rows
            self.annotations_changed.emit(document_id, rows)
            self.history_changed.emit()

        self._store(load, arrived, "annotations")

    def _annotations_stored(self, document_id: str) -> None:
        self.load_annotations(document_id)
        self.session.store_changed.emit()

    def annotate(self, document_id: str, page: int, kind: str, *, geometry: dict | None = None,
                 select: tuple | None = None, text_query: str | None = None, text: str = "",
                 color: str | None = None, private: bool = True) -> None:
        book = self.book
        self._store(lambda: book.annotate(document_id, page, kind, geometry, select=select,
                                          text_query=text_query, color=color, text=text,
                                          private=private),
                    lambda _row: self._annotations_stored(document_id), "annotate")

    def delete_annotation(self, document_id: str, annotation_id: str) -> None:
        book = self.book
        self._store(lambda: book.delete_annotation(annotation_id),
                    lambda _r: self._annotations_stored(document_id), "delete annotation")

    @property
    def can_undo(self) -> bool:
        return bool(self.book is not None and self.book.history.can_undo)

    @property
    def can_redo(self) -> bool:
        return bool(self.book is not None and self.book.history.can_redo)

    def _history_step(self, step, open_documents: set[str]) -> None:
        def arrived(op: str | None) -> None:
            if op:  # an undone step may be on any open volume: reload each one's overlay
                for document_id in open_documents:
                    self.load_annotations(document_id)
                self.session.store_changed.emit()
            self.history_changed.emit()

        self._store(step, arrived, "annotation history")

    def undo(self, open_documents: set[str]) -> None:
        self._history_step(self.book.undo, open_documents)

    def redo(self, open_documents: set[str]) -> None:
        self._history_step(self.book.redo, open_documents)

    # -- import, clean-up, export ---------------------------------------------------------
    def import_files(self, paths: list[str], on_done: Callable[[list], None],
                     password: str | None = None) -> None:
        """Import each file as a volume of the open case; ``on_done(outcomes)`` after."""
        book, case_id = self.book, self.case_id

        def arrived(outcomes: list) -> None:
            on_done(outcomes)
            self.reload_documents()

        self._work(lambda: book.import_files(case_id, paths, password=password), arrived,
                   "import")

    def clean(self, document_id: str, on_done: Callable) -> None:
        """A cleaned copy of the volume's scans, stored as a new volume of the case."""
        book = self.book
        self._work(lambda: book.clean(document_id), on_done, "clean up")

    def export(self, document_id: str, out: str, on_done: Callable, *, flatten: bool,
               redact: bool) -> None:
        book = self.book
        self._work(lambda: book.export(document_id, out, flatten=flatten, redact=redact),
                   on_done, "export")

    # -- closing ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._ocr_stop = True
        if self.renderer is not None:
            self.renderer.close()
