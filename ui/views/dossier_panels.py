"""The dossier workspace's side panels: volumes, catalog, thumbnails, search, annotations.

Panels hold plain rows the workspace gives them (read from the store on the store queue)
and say what the reader asked for through signals; none of them touches the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..jobs import JobRunner
from ..labels import sync_label

if TYPE_CHECKING:  # PyMuPDF loads when the dossier is first used, not with the window
    from courtdesk.dossier.render import PageRenderer

translate = QCoreApplication.translate

THUMB_ZOOM = 0.18  # a 595 pt A4 page becomes ~107 px wide
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1

def kind_label(kind: str) -> str:
    names = {
        "highlight": translate("DossierWorkspace", "Highlight"),
        "underline": translate("DossierWorkspace", "Underline"),
        "note": translate("DossierWorkspace", "Note"),
        "ink": translate("DossierWorkspace", "Ink"),
        "rect": translate("DossierWorkspace", "Rectangle"),
        "bookmark": translate("DossierWorkspace", "Bookmark"),
    }
    return names.get(kind, kind)


def panel(*widgets: QWidget) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        column.addWidget(widget, 1 if isinstance(widget, (QListView, QTreeWidget)) else 0)
    return page


class VolumeList(QListWidget):
    """The case's volumes; a double click (or Enter) opens one in the reader."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierVolumes")
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))

    def set_documents(self, documents: list[dict]) -> None:
        current = self.currentItem().data(ID_ROLE) if self.currentItem() else ""
        self.clear()
        for doc in documents:
            pages = int(doc["page_count"])
            text = translate("DossierWorkspace", "Volume %1 · %2 · %n page(s)", "", pages)
            text = text.replace("%1", str(doc["volume"])).replace("%2", doc["title"])
            marks = []
            waiting = int(doc.get("ocr_pending") or 0)
            if waiting:
                marks.append(translate("DossierWorkspace", "%n page(s) waiting for OCR", "",
                                       waiting))
            if doc.get("unsynced"):
                marks.append(sync_label(True))
            if doc.get("problem"):
                marks.append(doc["problem"])
            item = QListWidgetItem(text + ("\n" + " · ".join(marks) if marks else ""))
            item.setData(ID_ROLE, doc["id"])
            if doc.get("problem"):
                item.setForeground(QColor("#b3261e"))
            self.addItem(item)
            if doc["id"] == current:
                self.setCurrentItem(item)


class CatalogTree(QTreeWidget):
    """Catalog entries of the document in the reader; choosing one turns to its page."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierCatalog")
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([translate("DossierWorkspace", "Document"),
                              translate("DossierWorkspace", "Pages")])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.page_requested.emit(item.data(0, PAGE_ROLE))

    def set_entries(self, entries: list[dict]) -> None:
        self.clear()
        for entry in entries:
            start, end = entry["page_start"] + 1, entry["page_end"] + 1
            pages = str(start) if start == end else f"{start}–{end}"
            item = QTreeWidgetItem(["  " * (entry["level"] - 1) + entry["title"], pages])
            item.setData(0, ID_ROLE, entry["id"])
            item.setData(0, PAGE_ROLE, entry["page_start"])
            item.setToolTip(0, entry["title"])
            self.addTopLevelItem(item)
        self.resizeColumnToContents(1)

    def selected_entry(self) -> str:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item else ""


class ThumbnailModel(QAbstractListModel):
    """Page thumbnails rendered only when the list asks for them (the ones in view)."""

    def __init__(self, renderer: PageRenderer | None, runner: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.renderer, self.runner = renderer, runner
        self.key = ""
        self.count = 0
        self._asked: set[int] = set()
        self._blank = QPixmap(QSize(107, 151))
        self._blank.fill(QColor("white"))

    def set_document(self, key: str, count: int) -> None:
        self.beginResetModel()
        self.key, self.count = key, count
        self._asked.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.count

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == PAGE_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and self.renderer is not None:
            page = self.renderer.cached(self.key, row, THUMB_ZOOM)
            if page is None:
                self._ask(row)
                return QIcon(self._blank)
            image = QImage(page.samples, page.width, page.height, page.stride,
                           QImage.Format.Format_RGB888)
            return QIcon(QPixmap.fromImage(image))  # fromImage copies: the cache may evict
        return None

    def _ask(self, row: int) -> None:
        if row in self._asked:
            return
        self._asked.add(row)
        key = self.key
        future = self.renderer.submit(key, row, THUMB_ZOOM)
        self.runner.watch(future, owner=self, label="thumbnail",
                          on_done=lambda _p: self._arrived(key, row),
                          on_error=lambda _e: None)  # the reader shows the page's error

    def _arrived(self, key: str, row: int) -> None:
        if key == self.key and row < self.count:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ThumbnailList(QListView):
    page_requested = Signal(int)

    def __init__(self, model: ThumbnailModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierThumbnails")
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(107, 151))
        self.setGridSize(QSize(124, 178))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(50)
        self.clicked.connect(lambda index: self.page_requested.emit(index.row()))
        self.activated.connect(lambda index: self.page_requested.emit(index.row()))

    def follow(self, page: int) -> None:
        model = self.model()
        if 0 <= page < model.rowCount():
            index = model.index(page)
            self.setCurrentIndex(index)
            self.scrollTo(index)


class SearchPanel(QWidget):
    """Search every volume of the case; results with their context; OCR progress below."""

    search_requested = Signal(str)
    hit_chosen = Signal(str, int)  # document id, page
    # Emitted by the OCR job on its worker thread; delivered queued on the GUI thread.
    ocr_progress = Signal(str, int, int)  # volume, pages read, pages to read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setObjectName("dossierSearchField")
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self._search)
        self.button = QPushButton()
        self.button.clicked.connect(self._search)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5f6b7a;")
        self.results = QListWidget()
        self.results.setObjectName("dossierSearchResults")
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self.ocr_label = QLabel()
        self.ocr_label.setWordWrap(True)
        self.ocr_label.setObjectName("dossierOcrProgress")
        self.ocr_bar = QProgressBar()
        self.ocr_bar.setTextVisible(False)
        self.ocr_bar.setMaximumHeight(8)
        self.ocr_label.hide()
        self.ocr_bar.hide()
        self.ocr_progress.connect(self.show_ocr)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addWidget(self.results, 1)
        column.addWidget(self.ocr_label)
        column.addWidget(self.ocr_bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(translate("DossierWorkspace",
                                                "Search all volumes (Chinese, Korean…)"))
        self.button.setText(translate("DossierWorkspace", "Search"))

    def _search(self) -> None:
        text = self.query.text().strip()
        if text:
            self.search_requested.emit(text)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.hit_chosen.emit(item.data(ID_ROLE), item.data(PAGE_ROLE))

    def show_hits(self, query: str, hits: list) -> None:
        self.results.clear()
        for hit in hits:
            source = translate("DossierWorkspace", " (OCR)") if hit.text_source == "ocr" else ""
            head = translate("DossierWorkspace", "Vol. %1 %2 — page %3").replace(
                "%1", str(hit.volume)).replace("%2", hit.title).replace(
                "%3", str(hit.page_index + 1)) + source
            item = QListWidgetItem(f"{head}\n…{hit.before}【{hit.match}】{hit.after}…")
            item.setData(ID_ROLE, hit.document_id)
            item.setData(PAGE_ROLE, hit.page_index)
            self.results.addItem(item)
        pages = len(hits)
        self.summary.setText(
            translate("DossierWorkspace", "“%1”: found on %n page(s).", "", pages)
            .replace("%1", query) if pages else
            translate("DossierWorkspace", "“%1”: not found. Scanned pages are searchable once "
                      "OCR has read them.").replace("%1", query))

    def show_ocr(self, title: str, done: int, total: int) -> None:
        if total <= 0 or done >= total:
            self.ocr_label.hide()
            self.ocr_bar.hide()
            return
        self.ocr_label.setText(translate("DossierWorkspace", "Reading scanned pages (OCR): "
                                         "%1, %2 of %3").replace("%1", title)
                               .replace("%2", str(done)).replace("%3", str(total)))
        self.ocr_bar.setRange(0, total)
        self.ocr_bar.setValue(done)
        self.ocr_label.show()
        self.ocr_bar.show()


class AnnotationList(QListWidget):
    """This document's annotations that the user may see, in page order."""

    chosen = Signal(str, int)  # annotation id, page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierAnnotations")
        self.setWordWrap(True)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(ID_ROLE), item.data(PAGE_ROLE))

    def set_rows(self, rows: list[dict], user_id: str) -> None:
        current = self.selected_id()
        self.clear()
        for row in rows:
            whose = translate("DossierWorkspace", "mine") if row["author"] == user_id \
                else row.get("author_name") or row["author"]
            shared = translate("DossierWorkspace", "shared") if row["visibility"] == "shared" \
                else translate("DossierWorkspace", "private")
            head = translate("DossierWorkspace", "p. %1 · %2 · %3, %4").replace(
                "%1", str(row["page_index"] + 1)).replace("%2", kind_label(row["kind"])) \
                .replace("%3", whose).replace("%4", shared)
            item = QListWidgetItem(head + (f"\n{row['text']}" if row.get("text") else ""))
            item.setData(ID_ROLE, row["id"])
            item.setData(PAGE_ROLE, row["page_index"])
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(row.get("color") or "#999999"))
            item.setIcon(QIcon(swatch))
            self.addItem(item)
            if row["id"] == current:
                self.setCurrentItem(item)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def selected_id(self) -> str:
        item = self.currentItem()
        return item.data(ID_ROLE) if item else ""

    def select_id(self, annotation_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == annotation_id:
                self.setCurrentRow(row)
                return
