"""The catalog of the volume in the reader: its documents, and the clerk's corrections.

Choosing an entry turns to its first page. Whoever may edit the case (clerk, presiding
judge) adds, renames, moves and removes entries from the tree's context menu, or has the
catalog detected again; the book checks that right again before anything is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from ..dossier_controller import DossierController
from .dossier_panels import ID_ROLE, PAGE_ROLE, text_prompt
from .dossier_reader import DossierReader

translate = QCoreApplication.translate


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


class CatalogEditor(QObject):
    """Shows the reader's catalog in ``tree`` and corrects it from the tree's menu."""

    def __init__(self, controller: DossierController, reader: DossierReader,
                 tree: CatalogTree, host: QWidget) -> None:
        super().__init__(host)
        self.controller, self.reader, self.tree, self.host = controller, reader, tree, host
        self.dialog: QInputDialog | None = None
        tree.page_requested.connect(reader.go_to)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._menu)
        controller.catalog_arrived.connect(self._arrived)
        controller.pages_read.connect(lambda _pages: self.reload())

    def reload(self) -> None:
        """Read the catalog of the volume in focus again (or empty the tree)."""
        view = self.reader.active
        if view is None:
            self.tree.set_entries([])
        else:
            self.controller.load_catalog(view.document_id)

    def _arrived(self, document_id: str, entries: list[dict]) -> None:
        view = self.reader.active
        if view is not None and view.document_id == document_id:
            self.tree.set_entries(entries)

    def _menu(self, pos: QPoint) -> None:
        if not self.controller.may_edit or self.reader.active is None:
            return
        menu = QMenu(self.tree)
        menu.addAction(translate("DossierWorkspace", "Add an entry at this page…"),
                       self._ask_entry)
        entry = self.tree.selected_entry()
        if entry:
            current = lambda: self.reader.active.current  # noqa: E731
            menu.addAction(translate("DossierWorkspace", "Rename…"),
                           lambda: self._ask_title(entry))
            menu.addAction(translate("DossierWorkspace", "Starts at this page"),
                           lambda: self.edit_entry(entry, page_start=current()))
            menu.addAction(translate("DossierWorkspace", "Ends at this page"),
                           lambda: self.edit_entry(entry, page_end=current()))
            menu.addAction(translate("DossierWorkspace", "Remove"),
                           lambda: self.remove_entry(entry))
        menu.addSeparator()
        menu.addAction(translate("DossierWorkspace", "Detect the catalog again"), self.redetect)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _ask_entry(self) -> None:
        page = self.reader.active.current
        self.dialog = text_prompt(
            self.host, translate("DossierWorkspace", "Catalog"),
            translate("DossierWorkspace", "Title of the document starting on page %1:")
            .replace("%1", str(page + 1)),
            lambda title: self.add_entry(title, page))

    def _ask_title(self, entry_id: str) -> None:
        item = self.tree.currentItem()
        self.dialog = text_prompt(
            self.host, translate("DossierWorkspace", "Catalog"),
            translate("DossierWorkspace", "New title:"),
            lambda title: self.edit_entry(entry_id, title=title), item.toolTip(0) if item else "")

    # -- corrections (of the volume in focus) ----------------------------------------------
    def add_entry(self, title: str, page_start: int, page_end: int | None = None) -> None:
        self.controller.add_catalog_entry(self.reader.active.document_id, title, page_start,
                                          page_end)

    def edit_entry(self, entry_id: str, **fields) -> None:
        self.controller.edit_catalog_entry(self.reader.active.document_id, entry_id, **fields)

    def remove_entry(self, entry_id: str) -> None:
        self.controller.remove_catalog_entry(self.reader.active.document_id, entry_id)

    def redetect(self) -> None:
        self.controller.redetect_catalog(self.reader.active.document_id)
