"""The dossier's reading area: volumes in tabs, two panes side by side, the reading toolbar.

Continuous or page-at-a-time reading, zoom, rotation and the page number act on the
volume in focus (:attr:`DossierReader.active`). The reader opens a volume through the
controller and gives each page view the controller's page renderer; what happens around a
volume (its annotations, catalog, thumbnails) the workspace wires to :attr:`view_opened`
and :attr:`active_changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..dossier_controller import DossierController
from ..icons import action_icon
from ..law_links import LawLinks
from .law_article import ArticleDialog
from .page_view import FIT_PAGE, FIT_WIDTH, PageSize, PageView

translate = QCoreApplication.translate


def make_action(host: QWidget, slot, *, checkable: bool = False, shortcut=None,
                name: str = "") -> QAction:
    """An action of the workspace ``host``: its shortcut works wherever focus is inside."""
    action = QAction(host, checkable=checkable)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    host.addAction(action)
    return action


class DossierReader(QWidget):
    view_opened = Signal(object)  # a new PageView, its document_id set
    active_changed = Signal(object)  # the PageView in focus, or None
    page_turned = Signal(int)  # the page now read in the volume in focus

    def __init__(self, controller: DossierController, host: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = controller.session.runner
        self.views: list[PageView] = []
        # Article references on the pages link themselves once the law library is open.
        self.law_links = LawLinks(controller.session, self)
        self.law_links.ready.connect(lambda: [v.viewport().update() for v in self.views])
        self.law_links.start()
        self.article_dialog: ArticleDialog | None = None
        self.active: PageView | None = None
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("dossierToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build_actions(host)

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
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.panes[0])
        self.split.addWidget(self.panes[1])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty, 1)
        column.addWidget(self.split, 1)
        controller.pages_read.connect(self._pages_read)

    def _pages_read(self, _pages: int) -> None:
        for view in self.views:  # scans OCR has read now have text to select
            view.forget_scan_chars()

    def _build_actions(self, host: QWidget) -> None:
        view = lambda fn: (lambda *_: self.active and fn(self.active))  # noqa: E731
        self.continuous_action = make_action(host, self._set_continuous, checkable=True,
                                             name="continuous")
        self.continuous_action.setChecked(True)
        self.fit_width_action = make_action(host, view(lambda v: v.set_zoom(FIT_WIDTH)),
                                            name="fitWidth")
        self.fit_page_action = make_action(host, view(lambda v: v.set_zoom(FIT_PAGE)),
                                           name="fitPage")
        self.zoom_out_action = make_action(host, view(PageView.zoom_out),
                                           shortcut=QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = make_action(host, view(PageView.zoom_in),
                                          shortcut=QKeySequence.StandardKey.ZoomIn)
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("dossierZoom")
        self.zoom_combo.setEditable(True)
        for percent in (50, 75, 100, 125, 150, 200, 300, 400):
            self.zoom_combo.addItem(f"{percent}%", percent / 100)
        self.zoom_combo.lineEdit().returnPressed.connect(self._zoom_typed)
        self.zoom_combo.activated.connect(
            lambda i: self.active and self.active.set_zoom(self.zoom_combo.itemData(i)))
        self.rotate_action = make_action(host, view(lambda v: v.rotate(90)), name="rotate",
                                         shortcut=QKeySequence("Ctrl+R"))
        self.side_by_side_action = make_action(host, self._set_side_by_side, checkable=True,
                                               name="sideBySide")
        self.other_pane_action = make_action(host, self.open_in_other_pane, name="otherPane")
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("dossierPage")
        self.page_spin.setMinimum(1)
        self.page_spin.editingFinished.connect(
            lambda: self.active and self.active.go_to(self.page_spin.value() - 1))
        self.page_total = QLabel()
        self.page_label = QLabel()

        for action, icon in ((self.continuous_action, "continuous"),
                             (self.fit_width_action, "fit-width"),
                             (self.fit_page_action, "fit-page"),
                             (self.zoom_out_action, "zoom-out"), (self.zoom_in_action, "zoom-in"),
                             (self.rotate_action, "rotate"),
                             (self.side_by_side_action, "side-by-side"),
                             (self.other_pane_action, "other-pane")):
            action.setIcon(action_icon(icon))
        bar = self.toolbar
        bar.setIconSize(QSize(18, 18))
        bar.addAction(self.continuous_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_combo)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.rotate_action)
        bar.addSeparator()
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addSeparator()
        bar.addAction(self.side_by_side_action)
        bar.addAction(self.other_pane_action)
        for action in (self.zoom_out_action, self.zoom_in_action):  # a magnifier says it
            bar.widgetForAction(action).setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly)

    def retranslate(self, has_case: bool) -> None:
        self.continuous_action.setText(translate("DossierWorkspace", "Continuous"))
        self.continuous_action.setToolTip(translate(
            "DossierWorkspace", "Scroll through all pages, or show one page at a time"))
        self.fit_width_action.setText(translate("DossierWorkspace", "Fit width"))
        self.fit_page_action.setText(translate("DossierWorkspace", "Fit page"))
        self.zoom_out_action.setText(translate("DossierWorkspace", "Zoom out"))
        self.zoom_out_action.setToolTip(translate("DossierWorkspace", "Zoom out (Ctrl+−)"))
        self.zoom_in_action.setText(translate("DossierWorkspace", "Zoom in"))
        self.zoom_in_action.setToolTip(translate("DossierWorkspace", "Zoom in (Ctrl++)"))
        self.rotate_action.setText(translate("DossierWorkspace", "Rotate"))
        self.rotate_action.setToolTip(translate(
            "DossierWorkspace", "Turn the view by 90° (Ctrl+R); the file is not changed"))
        self.page_label.setText(translate("DossierWorkspace", "Page"))
        self.side_by_side_action.setText(translate("DossierWorkspace", "Side by side"))
        self.other_pane_action.setText(translate("DossierWorkspace", "Open in other pane"))
        self.empty.setText(
            translate("DossierWorkspace", "Double-click a volume on the left to read it.")
            if has_case else
            translate("DossierWorkspace",
                      "Choose a case, then open a volume from the list on the left."))
        self.update_page_label()

    # -- volumes in tabs -------------------------------------------------------------------
    def views_of(self, document_id: str) -> list[PageView]:
        return [v for v in self.views if v.document_id == document_id]

    def open_documents(self) -> set[str]:
        return {v.document_id for v in self.views}

    def open_document(self, document_id: str, page: int | None = None, pane: int = 0,
                      then: Callable[[PageView], None] | None = None) -> None:
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
        controller = self.controller

        def arrived(data: dict) -> None:
            sizes = [PageSize(width, height) for width, height in data["pages"]]
            view = PageView(controller.renderer, self.runner, data["key"], sizes)
            view.document_id = document_id
            view.law_links = self.law_links
            view.article_requested.connect(self.open_article)
            view.page_changed.connect(lambda _p, v=view: self._page_changed(v))
            view.zoom_changed.connect(lambda v=view: self._zoom_changed(v))
            view.chars_wanted.connect(lambda p, v=view: controller.page_chars(
                document_id, p, lambda chars, v=v, p=p: v.set_page_chars(p, chars), owner=v))
            view.installEventFilter(self)
            view.set_continuous(self.continuous_action.isChecked())
            self.views.append(view)
            title = controller.titles.get(document_id, "")
            tab = target.addTab(view, title or document_id)
            target.setTabToolTip(tab, title)
            target.setCurrentIndex(tab)
            self._activate(view)
            self.update_actions()
            self.view_opened.emit(view)
            if page is not None:
                view.go_to(page)
            if then is not None:
                then(view)

        controller.load_volume(document_id, arrived)

    def open_article(self, resolution) -> None:
        """The article a page's reference names, in its window (one, reused)."""
        if self.article_dialog is None:
            window = self.window()
            laws = getattr(window, "may_open_laws", lambda: False)()
            self.article_dialog = ArticleDialog(self, library=laws, citable=False)
            self.article_dialog.library_requested.connect(
                lambda r: window.open_law_article(r.law.id, r.version.id, r.article.number,
                                                  r.article.sub, facts_on=r.on))
        self.article_dialog.show_article(resolution)
        self.article_dialog.show()
        self.article_dialog.raise_()

    def close_tab(self, pane: QTabWidget, index: int) -> None:
        view = pane.widget(index)
        pane.removeTab(index)
        if view in self.views:
            self.views.remove(view)
        if self.active is view:
            self.active = None
            current = self.panes[0].currentWidget() or self.panes[1].currentWidget()
            self._activate(current, force=True)
        view.deleteLater()
        self.update_actions()

    def close_all(self) -> None:
        for pane in self.panes:
            while pane.count():
                self.close_tab(pane, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, PageView):
            self._activate(watched)
        return super().eventFilter(watched, event)

    def _pane_changed(self, pane: QTabWidget) -> None:
        if pane.currentWidget() is not None:
            self._activate(pane.currentWidget())

    def _activate(self, view: PageView | None, *, force: bool = False) -> None:
        if view is self.active and not force:
            return
        self.active = view
        self.update_page_label()
        if view is not None:
            self._zoom_changed(view)
        self.active_changed.emit(view)

    # -- the page and the zoom of the volume in focus --------------------------------------
    def go_to(self, page: int) -> None:
        if self.active is not None:
            self.active.go_to(page)
            self.active.setFocus()

    def _page_changed(self, view: PageView) -> None:
        if view is self.active:
            self.update_page_label()
            self.page_turned.emit(view.current)

    def update_page_label(self) -> None:
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

    # -- two panes -------------------------------------------------------------------------
    def show_second_pane(self) -> None:
        self.side_by_side_action.setChecked(True)
        self.panes[1].show()

    def _set_side_by_side(self, on: bool) -> None:
        self.panes[1].setVisible(on)
        if on and not self.panes[1].count() and self.active is not None:
            self.open_document(self.active.document_id, self.active.current, pane=1)
        if not on:
            while self.panes[1].count():
                self.close_tab(self.panes[1], 0)

    def open_in_other_pane(self) -> None:
        view = self.active
        if view is None:
            return
        other = 1 if self.panes[0].indexOf(view) >= 0 else 0
        if other == 1 and not self.side_by_side_action.isChecked():
            self.show_second_pane()
        self.open_document(view.document_id, view.current, pane=other)

    def update_actions(self) -> None:
        has_view = self.active is not None
        for action in (self.fit_width_action, self.fit_page_action, self.zoom_in_action,
                       self.zoom_out_action, self.rotate_action, self.other_pane_action):
            action.setEnabled(has_view)
        self.zoom_combo.setEnabled(has_view)
        self.page_spin.setEnabled(has_view)
        self.empty.setVisible(not self.views)
        self.split.setVisible(bool(self.views))
