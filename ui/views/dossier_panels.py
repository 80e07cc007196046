"""The dossier workspace's side panels: volumes, thumbnails, search (catalog and annotations
have their own modules), and the one-line prompt they share.

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
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..jobs import JobRunner
from ..labels import sync_label
from ..messages import error_text
from ..translation import counted
from .dossier_ocr import OcrProgress

if TYPE_CHECKING:  # PyMuPDF loads when the dossier is first used, not with the window
    from courtdesk.dossier.render import PageRenderer

translate = QCoreApplication.translate

THUMB_ZOOM = 0.18  # a 595 pt A4 page becomes ~107 px wide
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def panel(*widgets: QWidget) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        column.addWidget(widget, 1 if isinstance(widget, (QListView, QTreeWidget)) else 0)
    return page


def text_prompt(parent: QWidget, title: str, label: str, done, text: str = "") -> QInputDialog:
    """An open (non-blocking) prompt for one line; ``done(text)`` when a non-empty one is
    given."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("dossierTextPrompt")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.textValueSelected.connect(lambda value: value.strip() and done(value.strip()))
    dialog.open()
    return dialog


class VolumeList(QTreeWidget):
    """The case's volumes as rows: title, pages, OCR and sync state; a double click (or
    Enter) opens one in the reader. Texts are made from the rows again on a language
    change, so none stays behind in the previous language."""

    open_requested = Signal(str)
    TITLE, PAGES, OCR, SYNC = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierVolumes")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setColumnCount(4)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (self.PAGES, self.OCR, self.SYNC):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.documents: list[dict] = []
        self.itemActivated.connect(lambda item, _c: self.open_requested.emit(item.data(0, ID_ROLE)))
        self.retranslate()

    def count(self) -> int:
        return self.topLevelItemCount()

    def retranslate(self) -> None:
        self.setHeaderLabels([translate("DossierWorkspace", "Volume"),
                              translate("DossierWorkspace", "Pages", "column: how many"),
                              translate("DossierWorkspace", "OCR"),
                              translate("DossierWorkspace", "Sync")])
        self.headerItem().setToolTip(self.OCR, translate(
            "DossierWorkspace", "Text recognition of scanned pages"))
        self.set_documents(self.documents)

    def set_documents(self, documents: list[dict]) -> None:
        self.documents = documents
        current = self.currentItem().data(0, ID_ROLE) if self.currentItem() else ""
        self.clear()
        for doc in documents:
            item = QTreeWidgetItem([f"{doc['volume']}. {doc['title']}",
                                    str(int(doc["page_count"])), *self.states(doc)])
            item.setData(0, ID_ROLE, doc["id"])
            item.setTextAlignment(self.PAGES, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            pages = int(doc["page_count"])
            tip = self.tr("Volume %1 · %2 · %n page(s)", "", pages)  # self.tr: plurals
            tip = tip.replace("%1", str(doc["volume"])).replace("%2", doc["title"])
            if doc.get("problem"):
                # What failed in the person's language; the English stays in the log.
                tip += "\n" + error_text(doc.get("problem_code") or "unexpected").title
                for column in range(self.columnCount()):
                    item.setForeground(column, QColor("#b3261e"))
            for column in range(self.columnCount()):
                item.setToolTip(column, tip)
            if doc.get("unsynced") and not doc.get("kept_here"):
                item.setForeground(self.SYNC, QColor("#a15c00"))
            self.addTopLevelItem(item)
            if doc["id"] == current:
                self.setCurrentItem(item)

    def states(self, doc: dict) -> tuple[str, str]:
        """A volume's OCR state and sync state, in words."""
        waiting = int(doc.get("ocr_pending") or 0)
        read = int(doc.get("ocr_done") or 0)
        if doc.get("problem"):
            ocr = translate("DossierWorkspace", "Cannot open")
        elif waiting:
            ocr = self.tr("%n page(s) waiting", "", waiting)  # self.tr: lupdate sees plurals
        elif read:
            ocr = self.tr("%n page(s) read", "", read)
        else:
            ocr = translate("DossierWorkspace", "Not needed")
        return ocr, sync_label(bool(doc.get("unsynced")), bool(doc.get("kept_here")))


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
        self.ocr = OcrProgress()
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addWidget(self.results, 1)
        column.addWidget(self.ocr)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(translate("DossierWorkspace",
                                                "Search all volumes (Chinese, Korean…)"))
        self.button.setText(translate("DossierWorkspace", "Search"))
        self.ocr.retranslate()

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
            counted(translate("DossierWorkspace", "“%1”: found on %n page(s)."), pages)
            .replace("%1", query) if pages else
            translate("DossierWorkspace", "“%1”: not found. Scanned pages are searchable once "
                      "OCR has read them.").replace("%1", query))
