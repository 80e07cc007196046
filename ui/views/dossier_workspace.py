"""The Dossier (电子卷宗) workspace: read, search, annotate, clean up and export a case file.

The judge picks a case and opens its volumes in tabs (two side by side when comparing),
reads them continuously or a page at a time, turns to a document from the catalog, searches
every volume at once (scanned pages too, as OCR reads them in the background), marks pages
with highlights, notes, ink, rectangles and bookmarks, and undoes what was just done.
Everything with a rule goes through :class:`~courtdesk.app.dossier_book.DossierBook`:
membership, who may edit the catalog, whose annotations are seen.

Threads: store reads and writes on the store queue; OCR, import, clean-up and export on one
``dossier-work`` queue (long jobs, one at a time, that write to the store under its lock
like the hearing recorder does); page bitmaps from the renderer's own workers, delivered
through :meth:`JobRunner.watch`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.accounts import User
from courtdesk.app.roles import Permission, sees_case_content
from courtdesk.dossier.kinds import DEFAULT_COLORS

from ..jobs import Queue
from ..messages import (
    ShownError,
    describe,
    error_box_for,
    error_text,
    sentences,
    technical_detail,
    text_code,
)
from ..session import Session
from .dossier_panels import (
    AnnotationList,
    CatalogTree,
    SearchPanel,
    ThumbnailList,
    ThumbnailModel,
    VolumeList,
    panel,
)
from .page_view import FIT_PAGE, FIT_WIDTH, TOOLS, PageSize, PageView

if TYPE_CHECKING:
    from courtdesk.app.dossier_book import DossierBook
    from courtdesk.dossier.render import PageRenderer

translate = QCoreApplication.translate

WORK_QUEUE = "dossier-work"  # OCR, import, clean-up, export: long, one at a time
COLORS = ("#ffd400", "#f5a623", "#d7261e", "#2a9d8f", "#1f6fe5", "#8e44ad")
MAX_HIT_PAGES = 60  # pages of one document whose hits are outlined at once


class ExportDialog(QDialog):
    """Where to write the copy, and whether to flatten annotations and redact numbers."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierExportDialog")
        self.setWindowTitle(translate("DossierWorkspace", "Export a copy"))
        self.path = QLineEdit(str(Path.home() / f"{title}.pdf"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(translate("DossierWorkspace", "Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.flatten = QCheckBox(translate(
            "DossierWorkspace", "Flatten my annotations and the shared ones into the copy"))
        self.flatten.setChecked(True)
        self.redact = QCheckBox(translate(
            "DossierWorkspace", "Redact ID numbers, phone numbers and bank card numbers "
            "(removed from the file, not covered)"))
        note = QLabel(translate(
            "DossierWorkspace", "The stored volume is not changed; the copy is a new file. "
            "Redacting a scan reads it with OCR first, which takes a while."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b7a;")
        form = QFormLayout()
        form.addRow(translate("DossierWorkspace", "Save as"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.flatten)
        layout.addWidget(self.redact)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                                "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")


class DossierWorkspace(QWidget):
    @staticmethod
    def available_for(user: User) -> bool:
        return sees_case_content(user.role)

    @staticmethod
    def workspace_title() -> str:
        return translate("DossierWorkspace", "Dossier")

    def workspace_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWorkspace")
        self.session = session
        # Made on first use: they load PyMuPDF, whose import takes most of a second, and
        # the main window must not wait for a workspace the user may not open.
        self.book: DossierBook | None = None
        self.renderer: PageRenderer | None = None
        self._preparing = False
        self._pending_case = ""
        self._pending_then = None
        self.may_edit = session.user.may(Permission.EDIT_CASE)
        self.case_id = ""
        self.documents: list[dict] = []
        self.titles: dict[str, str] = {}
        self.views: list[PageView] = []
        self.active: PageView | None = None
        self.annotation_rows: dict[str, list[dict]] = {}
        self.last_query = ""
        self.last_hits: list = []
        self.color = ""
        self.message_text = ""
        self.ocr_running = False
        self._ocr_stop = False
        self.dialog: QDialog | None = None
        session.runner.add_queue(WORK_QUEUE, threads=1)
        self._build()
        self.retranslate()
        self._update_actions()

    # -- first use -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.prepare()

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

        def ready(result) -> None:
            self.book, self.renderer, cases = result
            self._preparing = False
            self.thumbnail_model.renderer = self.renderer
            self._cases_arrived(cases)
            self._update_actions()
            if self._pending_case:
                case_id, self._pending_case = self._pending_case, ""
                self.open_case(case_id, self._pending_then)

        def failed(exc: BaseException) -> None:
            self._preparing = False
            self._failed(exc)

        self.session.runner.submit(load, queue=Queue.STORE, owner=self, on_done=ready,
                                   on_error=failed, label="dossier core")

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.case_label = QLabel()
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("dossierCase")
        self.case_combo.setMinimumWidth(320)
        self.case_combo.activated.connect(lambda i: self.open_case(self.case_combo.itemData(i)))
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.clean_button = QPushButton()
        self.import_button.setObjectName("dossierImport")
        self.import_button.clicked.connect(self.choose_files)
        self.import_button.setVisible(self.may_edit)
        self.export_button.clicked.connect(self.ask_export)
        self.clean_button.clicked.connect(self.clean_active)
        header = QHBoxLayout()
        header.addWidget(self.case_label)
        header.addWidget(self.case_combo, 1)
        for button in (self.import_button, self.clean_button, self.export_button):
            header.addWidget(button)

        self.message = QLabel()
        self.message.setObjectName("dossierMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.message.linkActivated.connect(self._open_error_details)
        self.shown_error: ShownError | None = None
        self.message.hide()

        self.toolbar, self.mark_bar = QToolBar(), QToolBar()
        self.toolbar.setObjectName("dossierToolbar")
        self.mark_bar.setObjectName("dossierMarkBar")
        for bar in (self.toolbar, self.mark_bar):
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()

        self.volumes = VolumeList()
        self.volumes.open_requested.connect(lambda doc_id: self.open_document(doc_id))
        self.catalog = CatalogTree()
        self.catalog.page_requested.connect(self._go_to)
        self.catalog.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.catalog.customContextMenuRequested.connect(self._catalog_menu)
        self.thumbnail_model = ThumbnailModel(self.renderer, self.session.runner, self)
        self.thumbnails = ThumbnailList(self.thumbnail_model)
        self.thumbnails.page_requested.connect(self._go_to)
        self.search = SearchPanel()
        self.search.search_requested.connect(self.run_search)
        self.search.hit_chosen.connect(self.open_hit)
        self.annotation_list = AnnotationList()
        self.annotation_list.chosen.connect(self._annotation_chosen)
        self.side = QTabWidget()
        self.side.setObjectName("dossierSide")
        for widget in (panel(self.volumes), panel(self.catalog), panel(self.thumbnails),
                       self.search, panel(self.annotation_list)):
            self.side.addTab(widget, "")
        self.side.setMinimumWidth(300)
        self.side.setUsesScrollButtons(False)  # every panel's tab in sight, never behind arrows

        self.panes = [QTabWidget(), QTabWidget()]
        for number, pane in enumerate(self.panes):
            pane.setObjectName(f"dossierPane{number}")
            pane.setTabsClosable(True)
            pane.setMovable(True)
            pane.setDocumentMode(True)
            pane.tabCloseRequested.connect(lambda i, p=pane: self.close_tab(p, i))
            pane.currentChanged.connect(lambda _i, p=pane: self._pane_changed(p))
        self.panes[1].hide()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b7a; font-size: 15px;")
        self.reader_split = QSplitter(Qt.Orientation.Horizontal)
        self.reader_split.addWidget(self.panes[0])
        self.reader_split.addWidget(self.panes[1])
        reader = QWidget()
        reader_column = QVBoxLayout(reader)
        reader_column.setContentsMargins(0, 0, 0, 0)
        reader_column.addWidget(self.empty, 1)
        reader_column.addWidget(self.reader_split, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.side)
        self.split.addWidget(reader)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([300, 1000])
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.message)
        bars = QHBoxLayout()
        bars.setSpacing(12)
        bars.addWidget(self.toolbar)
        bars.addStretch(1)
        layout.addLayout(bars)
        layout.addWidget(self.mark_bar)
        layout.addWidget(self.split, 1)

    def _action(self, slot, *, checkable: bool = False, shortcut=None, name: str = "") -> QAction:
        action = QAction(self, checkable=checkable)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        view = lambda fn: (lambda *_: self.active and fn(self.active))  # noqa: E731
        self.continuous_action = self._action(self._set_continuous, checkable=True,
                                              name="continuous")
        self.continuous_action.setChecked(True)
        self.fit_width_action = self._action(view(lambda v: v.set_zoom(FIT_WIDTH)),
                                             name="fitWidth")
        self.fit_page_action = self._action(view(lambda v: v.set_zoom(FIT_PAGE)),
                                            name="fitPage")
        self.zoom_out_action = self._action(view(PageView.zoom_out),
                                            shortcut=QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action(view(PageView.zoom_in),
                                           shortcut=QKeySequence.StandardKey.ZoomIn)
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("dossierZoom")
        self.zoom_combo.setEditable(True)
        for percent in (50, 75, 100, 125, 150, 200, 300, 400):
            self.zoom_combo.addItem(f"{percent}%", percent / 100)
        self.zoom_combo.lineEdit().returnPressed.connect(self._zoom_typed)
        self.zoom_combo.activated.connect(
            lambda i: self.active and self.active.set_zoom(self.zoom_combo.itemData(i)))
        self.rotate_action = self._action(view(lambda v: v.rotate(90)), name="rotate",
                                          shortcut=QKeySequence("Ctrl+R"))
        self.side_by_side_action = self._action(self._set_side_by_side, checkable=True,
                                                name="sideBySide")
        self.other_pane_action = self._action(self._open_in_other_pane, name="otherPane")
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("dossierPage")
        self.page_spin.setMinimum(1)
        self.page_spin.editingFinished.connect(
            lambda: self.active and self.active.go_to(self.page_spin.value() - 1))
        self.page_total = QLabel()

        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.tool_actions: dict[str, QAction] = {}
        for tool in TOOLS:
            action = self._action(lambda checked, t=tool: self._set_tool(t if checked else ""),
                                  checkable=True, name=f"tool-{tool}")
            self.tool_group.addAction(action)
            self.tool_actions[tool] = action
        self.bookmark_action = self._action(self.bookmark_page, name="bookmark",
                                            shortcut=QKeySequence("Ctrl+B"))
        self.color_button = QToolButton()
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        color_menu = QMenu(self.color_button)
        for color in ("", *COLORS):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(color or "#ffffff"))
            item = color_menu.addAction(QIcon(swatch), color or "")
            item.triggered.connect(lambda _c=False, c=color: self._set_color(c))
        self.color_menu = color_menu
        self.color_button.setMenu(color_menu)
        self.shared_action = self._action(lambda *_: None, checkable=True, name="shared")
        self.undo_action = self._action(self.undo, shortcut=QKeySequence.StandardKey.Undo,
                                        name="undo")
        self.redo_action = self._action(self.redo, shortcut=QKeySequence.StandardKey.Redo,
                                        name="redo")
        self.delete_action = self._action(self.delete_selected_annotation, name="delete",
                                          shortcut=QKeySequence.StandardKey.Delete)

        bar = self.toolbar
        bar.addAction(self.continuous_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_combo)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.rotate_action)
        bar.addSeparator()
        self.page_label = QLabel()
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addSeparator()
        bar.addAction(self.side_by_side_action)
        bar.addAction(self.other_pane_action)
        bar = self.mark_bar
        self.mark_label = QLabel()
        bar.addWidget(self.mark_label)
        for action in self.tool_actions.values():
            bar.addAction(action)
        bar.addAction(self.bookmark_action)
        bar.addWidget(self.color_button)
        bar.addAction(self.shared_action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addAction(self.delete_action)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.case_label.setText(self.tr("Case"))
        self.import_button.setText(self.tr("Import files…"))
        self.export_button.setText(self.tr("Export a copy…"))
        self.clean_button.setText(self.tr("Clean up scans"))
        self.clean_button.setToolTip(self.tr(
            "Deskew, remove black borders and specks into a cleaned copy, shown beside the "
            "original"))
        self.continuous_action.setText(self.tr("Continuous"))
        self.continuous_action.setToolTip(self.tr("Scroll through all pages, or show one page at a "
                                            "time"))
        self.fit_width_action.setText(self.tr("Fit width"))
        self.fit_page_action.setText(self.tr("Fit page"))
        self.zoom_out_action.setText("−")
        self.zoom_out_action.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_action.setText("+")
        self.zoom_in_action.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.rotate_action.setText(self.tr("Rotate"))
        self.rotate_action.setToolTip(self.tr("Turn the view by 90° (Ctrl+R); the file is not "
                                        "changed"))
        self.page_label.setText(self.tr("Page"))
        self.mark_label.setText(self.tr("Mark:") + " ")
        self.side_by_side_action.setText(self.tr("Side by side"))
        self.other_pane_action.setText(self.tr("Open in other pane"))
        names = {"highlight": self.tr("Highlight"), "underline": self.tr("Underline"),
                 "note": self.tr("Note"), "ink": self.tr("Ink"), "rect": self.tr("Rectangle")}
        for tool, action in self.tool_actions.items():
            action.setText(names[tool])
        self.bookmark_action.setText(self.tr("Bookmark"))
        self.bookmark_action.setToolTip(self.tr("Bookmark this page (Ctrl+B)"))
        self.color_button.setText(self.tr("Colour"))
        self.color_menu.actions()[0].setText(self.tr("Default colour"))
        self.shared_action.setText(self.tr("Shared"))
        self.shared_action.setToolTip(self.tr("New annotations are shared with the case's members; "
                                        "off: only you see them"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.delete_action.setText(self.tr("Delete"))
        titles = (self.tr("Volumes"), self.tr("Catalog"), self.tr("Pages"), self.tr("Search"),
                  self.tr("Annotations"))
        for index, title in enumerate(titles):
            self.side.setTabText(index, title)
        self.catalog.retranslate()
        self.search.retranslate()
        self.empty.setText(self.tr("Choose a case, then open a volume from the list on the left.")
                           if not self.case_id else
                           self.tr("Double-click a volume on the left to read it."))
        self._update_page_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- messages --------------------------------------------------------------------------
    def show_message(self, text: str, *, error: bool = False, rich: str = "") -> None:
        """``text`` as plain text, or ``rich`` (HTML) with ``text`` as its plain form."""
        self.message_text = text
        if not rich:
            self.shown_error = None
        colors = ("#fdecea", "#e8a39d", "#5c1410") if error else ("#e8f3ec", "#a8d5b5",
                                                                   "#174d2a")
        self.message.setStyleSheet(f"QLabel#dossierMessage {{ background: {colors[0]}; "
                                   f"border: 1px solid {colors[1]}; color: {colors[2]}; "
                                   "border-radius: 6px; padding: 6px 10px; }")
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setText(rich or text)
        self.message.setVisible(bool(text))

    def show_error(self, shown: ShownError, headlines: list[str] | None = None) -> None:
        """The translated text (and ``headlines`` instead of its title), with a link to
        the English details for court IT."""
        self.shown_error = shown
        plain = shown.as_plain() if headlines is None else "\n".join(
            [*headlines, sentences(shown.text.meaning, shown.text.action)])
        self.show_message(plain, error=True, rich=shown.as_html(headlines=headlines))

    def _open_error_details(self, _link: str) -> None:
        if self.shown_error is not None:
            self.dialog = error_box_for(self, self.shown_error)
            self.dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.show_error(describe(exc))

    def _store(self, fn, on_done, label: str) -> None:
        self.session.runner.submit(fn, queue=Queue.STORE, owner=self, on_done=on_done,
                                   on_error=self._failed, label=label)

    def _work(self, fn, on_done, label: str, on_error=None) -> None:
        self.session.runner.submit(fn, queue=WORK_QUEUE, owner=self, on_done=on_done,
                                   on_error=on_error or self._failed, label=label)

    # -- cases and volumes -----------------------------------------------------------------
    def reload_cases(self) -> None:
        cases = self.book.cases
        self._store(lambda: [(c.id, f"{c.case_number}  {c.title}") for c in cases.list_cases()],
                    self._cases_arrived, "dossier cases")

    def _cases_arrived(self, cases: list[tuple[str, str]]) -> None:
        self.case_combo.clear()
        for case_id, text in cases:
            self.case_combo.addItem(text, case_id)
        self.case_combo.setCurrentIndex(self.case_combo.findData(self.case_id)
                                        if self.case_id else -1)
        if not self.case_id and not self._pending_case and len(cases) == 1:
            self.open_case(cases[0][0])  # the only case: no reason to make the judge pick

    def open_case(self, case_id: str, then=None) -> None:
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
        for pane in self.panes:
            while pane.count():
                self.close_tab(pane, 0)
        self.catalog.set_entries([])
        self.annotation_list.set_rows([], self.session.user.id)
        self.search.results.clear()
        self.search.summary.clear()
        self.case_combo.setCurrentIndex(self.case_combo.findData(case_id))
        self.retranslate()
        self.reload_documents(then)

    def reload_documents(self, then=None) -> None:
        book, case_id = self.book, self.case_id
        if not case_id:
            return

        def arrived(documents: list[dict]) -> None:
            if case_id != self.case_id:
                return
            self.documents = documents
            self.titles = {d["id"]: f"{d['volume']}. {d['title']}" for d in documents}
            self.volumes.set_documents(documents)
            self._update_actions()
            self._start_ocr()
            if then is not None:
                then()

        self._store(lambda: book.documents(case_id), arrived, "dossier volumes")

    # -- reading -----------------------------------------------------------------------------
    def views_of(self, document_id: str) -> list[PageView]:
        return [v for v in self.views if v.document_id == document_id]

    def open_document(self, document_id: str, page: int | None = None, pane: int = 0,
                      then=None) -> None:
        """Show a volume (in a new tab of ``pane`` unless it is open there already)."""
        target = self.panes[pane]
        for index in range(target.count()):
            view = target.widget(index)
            if view.document_id == document_id:
                target.setCurrentIndex(index)
                self._activate(view)
                if page is not None:
                    view.go_to(page)
                if then is not None:
                    then(view)
                return
        book = self.book

        def load() -> dict:
            key = book.render_key(document_id)
            pages = book.files.pages(document_id)
            return {"key": key, "sizes": [PageSize(p["width"], p["height"]) for p in pages]}

        def arrived(data: dict) -> None:
            view = PageView(self.renderer, self.session.runner, data["key"], data["sizes"])
            view.document_id = document_id
            view.page_changed.connect(lambda _p, v=view: self._page_changed(v))
            view.zoom_changed.connect(lambda v=view: self._zoom_changed(v))
            view.drawn.connect(lambda gesture, v=view: self._drawn(v, gesture))
            view.annotation_clicked.connect(self.annotation_list.select_id)
            view.installEventFilter(self)
            view.set_continuous(self.continuous_action.isChecked())
            self.views.append(view)
            tab = target.addTab(view, self.titles.get(document_id, document_id))
            target.setTabToolTip(tab, self.titles.get(document_id, ""))
            target.setCurrentIndex(tab)
            self._activate(view)
            self._update_actions()
            if self.last_query:
                self._outline_hits(view)
            # What is known now at once (the same volume in the other pane), then fresh.
            view.set_annotations(self.annotation_rows.get(document_id, []))
            self._load_annotations(document_id)
            if page is not None:
                view.go_to(page)
            if then is not None:
                then(view)

        self._store(load, arrived, "open volume")

    def close_tab(self, pane: QTabWidget, index: int) -> None:
        view = pane.widget(index)
        pane.removeTab(index)
        if view in self.views:
            self.views.remove(view)
        if self.active is view:
            self.active = None
            current = self.panes[0].currentWidget() or self.panes[1].currentWidget()
            self._activate(current)
        view.deleteLater()
        self._update_actions()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, PageView):
            self._activate(watched)
        return super().eventFilter(watched, event)

    def _pane_changed(self, pane: QTabWidget) -> None:
        if pane.currentWidget() is not None:
            self._activate(pane.currentWidget())

    def _activate(self, view: PageView | None) -> None:
        if view is self.active:
            return
        self.active = view
        if view is None:
            self.thumbnail_model.set_document("", 0)
            self.catalog.set_entries([])
            self.annotation_list.set_rows([], self.session.user.id)
            self._update_page_label()
            return
        self.thumbnail_model.set_document(view.key, view.page_count)
        view.set_tool(self._current_tool(), self.color)
        self._load_catalog(view.document_id)
        self.annotation_list.set_rows(self.annotation_rows.get(view.document_id, []),
                                      self.session.user.id)
        self._update_page_label()
        self._zoom_changed(view)

    def _go_to(self, page: int) -> None:
        if self.active is not None:
            self.active.go_to(page)
            self.active.setFocus()

    def _page_changed(self, view: PageView) -> None:
        if view is self.active:
            self._update_page_label()
            self.thumbnails.follow(view.current)

    def _update_page_label(self) -> None:
        view = self.active
        self.page_spin.setMaximum(max(1, view.page_count if view else 1))
        self.page_spin.setValue(view.current + 1 if view else 1)
        self.page_total.setText(f"/ {view.page_count}" if view else "")

    def _zoom_changed(self, view: PageView) -> None:
        if view is self.active:
            self.zoom_combo.setEditText(f"{round(view.zoom * 100)}%")

    def _zoom_typed(self) -> None:
        text = self.zoom_combo.currentText().strip().rstrip("%").strip()
        try:
            percent = float(text)
        except ValueError:
            return
        if self.active is not None and percent > 0:
            self.active.set_zoom(percent / 100)

    def _set_continuous(self, continuous: bool) -> None:
        for view in self.views:
            view.set_continuous(continuous)

    def _set_side_by_side(self, on: bool) -> None:
        self.panes[1].setVisible(on)
        if on and not self.panes[1].count() and self.active is not None:
            self.open_document(self.active.document_id, self.active.current, pane=1)
        if not on:
            while self.panes[1].count():
                self.close_tab(self.panes[1], 0)

    def _open_in_other_pane(self) -> None:
        view = self.active
        if view is None:
            return
        other = 1 if self.panes[0].indexOf(view) >= 0 else 0
        if other == 1 and not self.side_by_side_action.isChecked():
            self.side_by_side_action.setChecked(True)
            self.panes[1].show()
        self.open_document(view.document_id, view.current, pane=other)

    def _update_actions(self) -> None:
        has_view = self.active is not None
        for action in (self.fit_width_action, self.fit_page_action, self.zoom_in_action,
                       self.zoom_out_action, self.rotate_action, self.other_pane_action,
                       self.bookmark_action, *self.tool_actions.values()):
            action.setEnabled(has_view)
        self.zoom_combo.setEnabled(has_view)
        self.page_spin.setEnabled(has_view)
        self.export_button.setEnabled(has_view)
        self.clean_button.setEnabled(has_view)
        self.import_button.setEnabled(bool(self.case_id))
        history = self.book.history if self.book is not None else None
        self.undo_action.setEnabled(bool(history and history.can_undo))
        self.redo_action.setEnabled(bool(history and history.can_redo))
        self.empty.setVisible(not self.views)
        self.reader_split.setVisible(bool(self.views))

    # -- catalog ---------------------------------------------------------------------------
    def _load_catalog(self, document_id: str) -> None:
        book = self.book

        def arrived(entries: list[dict]) -> None:
            if self.active is not None and self.active.document_id == document_id:
                self.catalog.set_entries(entries)

        self._store(lambda: book.catalog(document_id), arrived, "catalog")

    def _catalog_menu(self, pos) -> None:
        if not self.may_edit or self.active is None:
            return
        menu = QMenu(self.catalog)
        menu.addAction(self.tr("Add an entry at this page…"), self._ask_catalog_entry)
        entry = self.catalog.selected_entry()
        if entry:
            menu.addAction(self.tr("Rename…"), lambda: self._ask_catalog_title(entry))
            menu.addAction(self.tr("Starts at this page"),
                           lambda: self.edit_catalog_entry(entry, page_start=self.active.current))
            menu.addAction(self.tr("Ends at this page"),
                           lambda: self.edit_catalog_entry(entry, page_end=self.active.current))
            menu.addAction(self.tr("Remove"), lambda: self.remove_catalog_entry(entry))
        menu.addSeparator()
        menu.addAction(self.tr("Detect the catalog again"), self.redetect_catalog)
        menu.popup(self.catalog.viewport().mapToGlobal(pos))

    def _ask_text(self, title: str, label: str, done, text: str = "") -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("dossierTextPrompt")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(lambda value: value.strip() and done(value.strip()))
        self.dialog = dialog
        dialog.open()

    def _ask_catalog_entry(self) -> None:
        page = self.active.current
        self._ask_text(translate("DossierWorkspace", "Catalog"),
                       translate("DossierWorkspace", "Title of the document starting on page %1:")
                       .replace("%1", str(page + 1)),
                       lambda title: self.add_catalog_entry(title, page))

    def _ask_catalog_title(self, entry_id: str) -> None:
        item = self.catalog.currentItem()
        self._ask_text(translate("DossierWorkspace", "Catalog"),
                       translate("DossierWorkspace", "New title:"),
                       lambda title: self.edit_catalog_entry(entry_id, title=title),
                       item.toolTip(0) if item else "")

    def _catalog_changed(self, _result=None) -> None:
        if self.active is not None:
            self._load_catalog(self.active.document_id)

    def add_catalog_entry(self, title: str, page_start: int, page_end: int | None = None) -> None:
        book, doc_id = self.book, self.active.document_id
        self._store(lambda: book.add_catalog_entry(doc_id, title, page_start, page_end),
                    self._catalog_changed, "catalog add")

    def edit_catalog_entry(self, entry_id: str, **fields) -> None:
        book = self.book
        self._store(lambda: book.edit_catalog_entry(entry_id, **fields), self._catalog_changed,
                    "catalog edit")

    def remove_catalog_entry(self, entry_id: str) -> None:
        book = self.book
        self._store(lambda: book.remove_catalog_entry(entry_id), self._catalog_changed,
                    "catalog remove")

    def redetect_catalog(self) -> None:
        book, doc_id = self.book, self.active.document_id
        self._store(lambda: book.redetect_catalog(doc_id), self._catalog_changed,
                    "catalog detect")

    # -- search ----------------------------------------------------------------------------
    def run_search(self, query: str) -> None:
        book, case_id = self.book, self.case_id
        if not case_id:
            return
        self.search.query.setText(query)
        self.side.setCurrentWidget(self.search)

        def arrived(hits: list) -> None:
            self.last_query, self.last_hits = query, hits
            self.search.show_hits(query, hits)
            for view in self.views:
                self._outline_hits(view)

        self._store(lambda: book.search(case_id, query), arrived, "search")

    def open_hit(self, document_id: str, page: int) -> None:
        self.open_document(document_id, page)

    def _outline_hits(self, view: PageView) -> None:
        """Outline the search words on every page of this volume that has them."""
        book, query = self.book, self.last_query
        pages = [h.page_index for h in self.last_hits if h.document_id == view.document_id]
        pages = pages[:MAX_HIT_PAGES]

        def find() -> dict:
            found = book.hit_rects_on(view.document_id, pages, query)
            return {p: [tuple(r) for r in rects] for p, rects in found.items()}

        self._store(find, view.set_hits, "hit outlines")

    # -- OCR -------------------------------------------------------------------------------
    def _start_ocr(self) -> None:
        pending = [d for d in self.documents if d.get("ocr_pending") and not d.get("problem")]
        if self.ocr_running or not pending:
            return
        self.ocr_running, self._ocr_stop = True, False
        book, runner, case_id = self.book, self.session.runner, self.case_id
        relay = self.search.ocr_progress
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
                self.show_message(translate("DossierWorkspace", "OCR read %n scanned page(s); "
                                            "they are searchable now.", "", pages))
                self.reload_documents()
                if self.last_query:
                    self.run_search(self.last_query)
                if self.active is not None:
                    self._load_catalog(self.active.document_id)

        def failed(exc: BaseException) -> None:
            self.ocr_running = False
            self.search.show_ocr("", 0, 0)
            self._failed(exc)

        self._work(run, finished, "dossier OCR", on_error=failed)

    # -- annotations -----------------------------------------------------------------------
    def _current_tool(self) -> str:
        checked = self.tool_group.checkedAction()
        return next((t for t, a in self.tool_actions.items() if a is checked), "")

    def _set_tool(self, tool: str) -> None:
        for view in self.views:
            view.set_tool(tool, self.color)

    def _set_color(self, color: str) -> None:
        self.color = color
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(color or DEFAULT_COLORS["highlight"]))
        self.color_button.setIcon(QIcon(swatch))
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._set_tool(self._current_tool())

    def _load_annotations(self, document_id: str) -> None:
        book = self.book

        def load() -> list[dict]:
            names = {r["id"]: r["display_name"]
                     for r in book.store.query("SELECT id, display_name FROM users")}
            rows = book.annotations(document_id)
            for row in rows:
                row["geometry_data"] = json.loads(row["geometry"] or "{}")
                row["author_name"] = names.get(row["author"], "")
            return rows

        def arrived(rows: list[dict]) -> None:
            self.annotation_rows[document_id] = rows
            for view in self.views_of(document_id):
                view.set_annotations(rows)
            if self.active is not None and self.active.document_id == document_id:
                self.annotation_list.set_rows(rows, self.session.user.id)
            self._update_actions()

        self._store(load, arrived, "annotations")

    def _annotations_changed(self, document_id: str) -> None:
        self._load_annotations(document_id)
        self.session.store_changed.emit()

    def _drawn(self, view: PageView, gesture: dict) -> None:
        if gesture["kind"] == "note":
            self._ask_text(translate("DossierWorkspace", "Note"),
                           translate("DossierWorkspace", "Note on page %1:")
                           .replace("%1", str(gesture["page"] + 1)),
                           lambda text: self.add_annotation(
                               view.document_id, gesture["page"], "note",
                               geometry=gesture["geometry"], text=text))
            return
        self.add_annotation(view.document_id, gesture["page"], gesture["kind"],
                            geometry=gesture.get("geometry"), select=gesture.get("select"))

    def add_annotation(self, document_id: str, page: int, kind: str, *,
                       geometry: dict | None = None, select: tuple | None = None,
                       text_query: str | None = None, text: str = "") -> None:
        book, color = self.book, self.color or None
        private = not self.shared_action.isChecked()
        self._store(lambda: book.annotate(document_id, page, kind, geometry, select=select,
                                          text_query=text_query, color=color, text=text,
                                          private=private),
                    lambda _row: self._annotations_changed(document_id), "annotate")

    def bookmark_page(self) -> None:
        if self.active is not None:
            self.add_annotation(self.active.document_id, self.active.current, "bookmark")

    def _annotation_chosen(self, annotation_id: str, page: int) -> None:
        if self.active is None:
            return
        self.active.selected_annotation = annotation_id
        self.active.go_to(page)

    def delete_selected_annotation(self) -> None:
        annotation_id = self.annotation_list.selected_id()
        if not annotation_id or self.active is None:
            return
        book, doc_id = self.book, self.active.document_id
        self._store(lambda: book.delete_annotation(annotation_id),
                    lambda _r: self._annotations_changed(doc_id), "delete annotation")

    def _history_step(self, step) -> None:
        def arrived(op: str | None) -> None:
            if op:  # an undone step may be on any open volume: reload each one's overlay
                for document_id in {v.document_id for v in self.views}:
                    self._load_annotations(document_id)
                self.session.store_changed.emit()
            self._update_actions()

        self._store(step, arrived, "annotation history")

    def undo(self) -> None:
        self._history_step(self.book.undo)

    def redo(self) -> None:
        self._history_step(self.book.redo)

    # -- import, clean-up, export ---------------------------------------------------------
    def choose_files(self) -> None:
        dialog = QFileDialog(self, translate("DossierWorkspace", "Import into the dossier"))
        dialog.setObjectName("dossierImportDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(translate("DossierWorkspace", "PDF and scans") +
                             " (*.pdf *.PDF *.jpg *.jpeg *.png *.tif *.tiff)")
        dialog.filesSelected.connect(lambda files: self.import_files(files))
        self.dialog = dialog
        dialog.open()

    def import_files(self, paths: list[str], password: str | None = None) -> None:
        book, case_id = self.book, self.case_id
        count = len(paths)
        self.show_message(translate("DossierWorkspace", "Importing %n file(s)…", "", count))

        def arrived(outcomes: list) -> None:
            imported = [o for o in outcomes if o.result is not None]
            refused = [o for o in outcomes if o.error is not None]
            locked = [o for o in refused
                      if o.error.code in ("dossier_password_required", "dossier_wrong_password")]
            lines = []
            volumes = len(imported)
            if volumes:
                lines.append(translate("DossierWorkspace", "Imported %n volume(s).", "", volumes))
            if not refused:
                self.show_message("\n".join(lines))
            else:
                # Each refused file with the reason in the person's language; what it means
                # and what to do once; the core's English for IT behind the details link.
                codes = [text_code(o.error.code, o.error.params) for o in refused]
                lines += [translate("DossierWorkspace", "%1: %2").replace("%1", Path(o.path).name)
                          .replace("%2", error_text(code).title) for o, code in zip(refused, codes)]
                detail = "\n\n".join(f"{Path(o.path).name}\n{technical_detail(o.error)}"
                                      for o in refused)
                self.show_error(ShownError(codes[0], detail), lines)
            self.reload_documents()
            if locked:
                self._ask_password(locked[0].path)

        self._work(lambda: book.import_files(case_id, paths, password=password), arrived,
                   "import")

    def _ask_password(self, path: str) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("dossierPasswordPrompt")
        dialog.setWindowTitle(translate("DossierWorkspace", "Password-protected PDF"))
        dialog.setLabelText(translate("DossierWorkspace", "Password to open %1:")
                            .replace("%1", Path(path).name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda value: value and self.import_files([path],
                                                                                   value))
        self.dialog = dialog
        dialog.open()

    def clean_active(self) -> None:
        view = self.active
        if view is None:
            return
        book, doc_id = self.book, view.document_id
        self.show_message(translate("DossierWorkspace", "Cleaning up the scanned pages…"))

        def arrived(outcome) -> None:
            cleaned = [p for p in outcome.pages if p.get("cleaned")]
            first = cleaned[0]["page_index"] if cleaned else view.current
            pages = len(cleaned)
            text = translate("DossierWorkspace", "Cleaned copy made: “%1” (%n page(s) cleaned), "
                             "shown on the right beside the original.", "", pages)
            self.show_message(text.replace("%1", outcome.document["title"]))
            self.side_by_side_action.setChecked(True)
            self.panes[1].show()
            self.reload_documents(lambda: self.open_document(outcome.document["id"], first,
                                                             pane=1))
            view.go_to(first)

        self._work(lambda: book.clean(doc_id), arrived, "clean up")

    def ask_export(self) -> None:
        view = self.active
        if view is None:
            return
        title = next((d["title"] for d in self.documents if d["id"] == view.document_id),
                     "dossier")
        dialog = ExportDialog(title, self)
        dialog.accepted.connect(lambda: self.export(view.document_id, dialog.path.text(),
                                                    flatten=dialog.flatten.isChecked(),
                                                    redact=dialog.redact.isChecked()))
        self.dialog = dialog
        dialog.open()

    def export(self, document_id: str, out: str, *, flatten: bool, redact: bool) -> None:
        book = self.book
        self.show_message(translate("DossierWorkspace", "Writing the copy…"))

        def arrived(report) -> None:
            self.show_message(translate(
                "DossierWorkspace", "Copy written to %1: %2 annotation(s) flattened, %3 "
                "number(s) redacted.").replace("%1", out)
                .replace("%2", str(report.annotations if flatten else 0))
                .replace("%3", str(len(report.redactions))))

        self._work(lambda: book.export(document_id, out, flatten=flatten, redact=redact),
                   arrived, "export")

    # -- closing ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._ocr_stop = True
        if self.renderer is not None:
            self.renderer.close()
