"""Presenting from the dossier reader: F5 and the Present button, the laser pointer, Esc,
"Show pages to court…", the second monitor coming and going, and the audit entries.

The state lives in :class:`~courtdesk.ui.presenting.PresentController`; this puts the
local :class:`PresenterWindow` on the room's monitor as one of its targets (a LAN room
screen is another, added with ``presenting.add_target``).

Which monitor: any screen other than the one the reader is on. With one monitor only a
judge pressing F5 still expects to see what the room would see, so the room picture opens
as an ordinary window to drag (onto a projector the system mirrors, or aside), and the
banner says plainly that no second screen is connected; when one is plugged in, the picture
moves there. A monitor unplugged while presenting: the picture moves to another second
monitor if there is one, otherwise presenting stops with a notice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..icons import action_icon
from ..jobs import Queue
from ..presenting import PresentController
from .dossier_reader import DossierReader, make_action
from .presenter_window import PresenterWindow, RoomScreens


def screen_label(screen: QScreen | None) -> dict:
    """What the audit entry says about a screen."""
    if screen is None:
        return {"screen": "window", "index": -1}
    g = screen.geometry()
    return {"screen": screen.name() or "screen", "index": QGuiApplication.screens().index(screen),
            "geometry": f"{g.width()}x{g.height()}+{g.x()}+{g.y()}"}


class EvidencePagesDialog(QDialog):
    """Pick the pages of the volume that may be shown to the court."""

    def __init__(self, title: str, page_count: int, current: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePagesDialog")
        self.setWindowTitle(self.tr("Show pages to court"))
        self.first, self.last = QSpinBox(), QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, page_count)
            spin.setValue(current + 1)
        self.first.setObjectName("evidenceFirst")
        self.last.setObjectName("evidenceLast")
        self.first.valueChanged.connect(lambda v: self.last.setValue(max(v, self.last.value())))
        self.last.valueChanged.connect(lambda v: self.first.setValue(min(v, self.first.value())))
        intro = QLabel(self.tr("Only these pages of “%1” will be on the room screen; the "
                               "other pages stay on your screen only.").replace("%1", title))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From page"), self.first)
        form.addRow(self.tr("To page"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show to court"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    def pages(self) -> tuple[int, int]:
        return self.first.value() - 1, self.last.value() - 1


class DossierPresenting(QObject):
    """The reader's presenting actions, and the room picture on the second monitor."""

    message = Signal(str, bool)  # a notice for the banner (text, is it a problem)

    def __init__(self, reader: DossierReader, host: QWidget) -> None:
        super().__init__(host)
        self.reader, self.host = reader, host
        self.controller = reader.controller
        self.session = self.controller.session
        self.presenting = PresentController(self.controller, self)
        self.window: PresenterWindow | None = None
        self.document_id = ""
        self.dialog: EvidencePagesDialog | None = None

        self.present_action = make_action(host, self.toggle, checkable=True, name="present",
                                          shortcut=QKeySequence(Qt.Key.Key_F5))
        self.pointer_action = make_action(host, self.presenting.set_pointer_mode,
                                          checkable=True, name="laserPointer")
        self.evidence_action = make_action(host, self.ask_pages, name="showPagesToCourt")
        self.stop_action = make_action(host, lambda: self.stop(), name="stopPresenting",
                                       shortcut=QKeySequence(Qt.Key.Key_Escape))
        self.limited = QLabel()
        self.limited.setObjectName("presentLimited")
        self.limited.setStyleSheet("QLabel { background: #fff4d6; color: #6b4a00; "
                                   "border: 1px solid #e8c36a; border-radius: 4px; "
                                   "padding: 2px 8px; }")
        self.limited.hide()  # the workspace puts it above the pages
        # A bar of its own, at the top right of the workspace (where a judge looks for
        # "Present"): the reading toolbar is full in the longer languages.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("presentToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        for action, icon in ((self.present_action, "present"),
                             (self.pointer_action, "laser-pointer"),
                             (self.evidence_action, "show-pages")):
            action.setIcon(action_icon(icon))
            self.toolbar.addAction(action)
        # Only "Present" in words: the case's long title keeps its room. The other two are
        # icons with tooltips, and in words in Present's menu.
        self.menu = QMenu(host)
        self.menu.addAction(self.evidence_action)
        self.menu.addAction(self.pointer_action)
        present_button = self.toolbar.widgetForAction(self.present_action)
        present_button.setMenu(self.menu)
        present_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        for action in (self.pointer_action, self.evidence_action):
            self.toolbar.widgetForAction(action).setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly)

        self.presenting.presenting_changed.connect(self._presenting_changed)
        self.presenting.pointer_mode_changed.connect(self.pointer_action.setChecked)
        self.presenting.held.connect(lambda _page: self._show_limit())
        self.presenting.ended.connect(lambda text: self.message.emit(text, True))
        reader.active_changed.connect(lambda _view: self.update_actions())
        self.update_actions()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.present_action.setText(self.tr("Present"))
        self.present_action.setToolTip(self.tr(
            "Show this volume on the room's screen (F5); Esc stops"))
        self.pointer_action.setText(self.tr("Laser pointer"))
        self.pointer_action.setToolTip(self.tr(
            "Show a red dot on the room screen where the mouse is (or hold Ctrl)"))
        self.evidence_action.setText(self.tr("Show pages to court…"))
        self.evidence_action.setToolTip(self.tr(
            "Show only some pages of this volume on the room screen"))
        if self.window is not None:
            self.window.setWindowTitle(self.tr("Room screen — courtdesk"))
        self._show_limit()

    def update_actions(self) -> None:
        on = self.presenting.presenting
        self.present_action.setEnabled(on or self.reader.active is not None)
        self.present_action.setChecked(self.window is not None)
        self.pointer_action.setEnabled(on)
        self.evidence_action.setEnabled(self.reader.active is not None)
        self.stop_action.setEnabled(on)

    # -- starting and stopping -------------------------------------------------------------
    def toggle(self, *_args) -> None:
        """F5: the room picture on the second monitor, or (when it is up) stop presenting
        everywhere — a judge pressing it again means "off", not "off here only"."""
        if self.window is not None:
            self.stop()
        else:
            self.start()
        self.update_actions()

    def start(self, pages: tuple[int, int] | None = None) -> PresenterWindow | None:
        """Present the volume in focus on the room's monitor (or in a window to drag); a
        presentation running already (a LAN room screen) goes on, on this monitor too."""
        view = self.reader.active
        if view is None or self.controller.renderer is None:
            self.update_actions()
            return None
        presenting = self.presenting
        if self.window is not None or (presenting.presenting and presenting.view is not view):
            self.stop()  # another volume: start over
        self.document_id = view.document_id
        title = self.controller.titles.get(view.document_id, "")
        window = PresenterWindow(self.controller.renderer, self.session.runner)
        window.setWindowTitle(self.tr("Room screen — courtdesk"))
        window.escape.connect(lambda: self.stop())
        window.ended.connect(lambda _message, w=window: self._window_ended(w))
        screens = RoomScreens(window, lambda: self.host.window().screen())
        screens.moved.connect(self._screen_moved)
        screens.lost.connect(self._screen_lost)
        self.window = window
        screen = screens.place()  # before the first page: shown once, where it belongs
        presenting.add_target(window)
        if presenting.presenting:
            if pages is not None:
                presenting.set_pages(pages)
        else:
            presenting.start(view, title, pages)
        self._audit("present.start", {**screen_label(screen), "title": title,
                                      "page": view.current + 1, "pages": self._pages_text()})
        if screen is None:
            self.message.emit(self.tr(
                "Only one screen is connected, so the room picture opened in a window: drag "
                "it where the court can see it, or connect the room's screen — the picture "
                "moves there by itself. Esc stops presenting."), False)
        else:
            self.message.emit(self.tr("Presenting “%1” on the second screen. Esc stops.")
                              .replace("%1", title), False)
        self._keep_keyboard()
        self.update_actions()
        return window

    def _window_ended(self, window: PresenterWindow) -> None:
        """The room window was closed by hand: other targets (a LAN screen) go on."""
        if self.window is window:
            self.window = None
            window.deleteLater()
            self._audit("present.stop", {"screen": "window", "reason": "closed"})
        self.update_actions()

    def _keep_keyboard(self) -> None:
        # Some platforms activate any window shown: the keys stay with the reader.
        self.host.window().activateWindow()
        if self.presenting.view is not None:
            self.presenting.view.setFocus()

    def stop(self, notice: str = "") -> None:
        """Stop presenting on every screen (the LAN room screens too)."""
        if not self.presenting.presenting:
            return
        self.presenting.stop(notice)

    def _presenting_changed(self, on: bool) -> None:
        if not on:
            window, self.window = self.window, None
            if window is not None:
                window.deleteLater()
                self._audit("present.stop", {})
            self.limited.setVisible(False)
            if self.host.isVisible():
                self.message.emit(self.tr("Presenting stopped: the room screen shows nothing "
                                          "of this case."), False)
        self.update_actions()
        self._show_limit()

    def _audit(self, action: str, detail: dict) -> None:
        store, actor, document_id = self.session.store, self.session.user.actor, \
            self.document_id
        self.session.runner.submit(
            lambda: store.audit(actor, action, "documents", document_id, detail),
            queue=Queue.STORE, label=action)

    # -- evidence display ------------------------------------------------------------------
    def ask_pages(self, *_args) -> None:
        view = self.reader.active
        if view is None:
            return
        title = self.controller.titles.get(view.document_id, "")
        current = self.presenting.pages if self.presenting.presenting else None
        dialog = EvidencePagesDialog(title, view.page_count, view.current, self.host)
        if current is not None:
            dialog.first.setValue(current[0] + 1)
            dialog.last.setValue(current[1] + 1)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.show_pages(dialog.pages()))
        dialog.open()

    def show_pages(self, pages: tuple[int, int]) -> None:
        """Evidence display: present only ``pages`` (first, last; from 0)."""
        view = self.reader.active
        if self.presenting.presenting and view is self.presenting.view:
            self.presenting.set_pages(pages)
            self._audit("present.pages", {"pages": self._pages_text()})
        else:
            self.start(pages)
        self._show_limit()

    def _pages_text(self) -> str:
        pages = self.presenting.pages
        return "" if pages is None else f"{pages[0] + 1}-{pages[1] + 1}"

    def _show_limit(self) -> None:
        pages = self.presenting.pages if self.presenting.presenting else None
        if pages is None:
            self.limited.setVisible(False)
            return
        first, last = pages[0] + 1, pages[1] + 1
        text = self.tr("Court sees pages %1–%2 only").replace("%1", str(first)) \
            .replace("%2", str(last))
        held = self.presenting.held_page
        if held is not None:
            text = self.tr("Page %1 is not shown to the court (pages %2–%3 only)") \
                .replace("%1", str(held + 1)).replace("%2", str(first)).replace("%3", str(last))
        self.limited.setText(text)
        self.limited.setVisible(True)

    # -- monitors coming and going ---------------------------------------------------------
    def _screen_moved(self, screen: QScreen) -> None:
        self._keep_keyboard()
        self._audit("present.screen", screen_label(screen))
        self.message.emit(self.tr("The room picture is on the screen “%1” now.")
                          .replace("%1", screen.name() or str(screen_label(screen)["index"] + 1)),
                          False)

    def _screen_lost(self) -> None:
        self.stop(self.tr("The room's screen was disconnected, so presenting stopped. Your "
                          "reading is unchanged; press F5 to present again."))
