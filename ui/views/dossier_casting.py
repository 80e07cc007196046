"""Casting from the dossier reader: "Cast to room screen…", "Casting to <name>", "Stop casting".

:class:`DossierCasting` owns the cast bar beside the reading toolbar and the one LAN cast
of this workspace. Once the dialog has paired, the cast follows the volume in focus: its
page, zoom and rotation, and the shared annotations on the page, as
:class:`~courtdesk.casting.presentation.PresentedPage` values (private annotations are
dropped again in the core on their way out). Every cast is audited (``cast.start`` per
document put on the screen, ``cast.stop``, ``cast.refused``) like ``courtdesk cast send``.
Stopping, quitting and logging out clear the room screen.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from courtdesk.casting.presentation import PresentedPage

from ..cast_target import LanCastTarget, known_receivers
from ..dossier_controller import DossierController
from ..icons import action_icon
from ..jobs import Queue
from .cast_dialog import CastDialog
from .dossier_reader import DossierReader
from .page_view import PageView

translate = QCoreApplication.translate


class DossierCasting(QObject):
    message = Signal(str)  # for the workspace's banner: the cast ended as asked
    failed = Signal(object)  # a ShownError: the cast ended on its own

    def __init__(self, controller: DossierController, reader: DossierReader,
                 host: QWidget) -> None:
        super().__init__(host)
        self.controller = controller
        self.session = controller.session
        self.reader = reader
        self.host = host
        self.target: LanCastTarget | None = None
        self.dialog: CastDialog | None = None

        self.cast_action = QAction(host)
        self.cast_action.setObjectName("castToRoomScreen")
        self.cast_action.setIcon(action_icon("cast"))
        self.cast_action.triggered.connect(self.open_dialog)
        self.stop_action = QAction(host)
        self.stop_action.setObjectName("stopCasting")
        self.stop_action.setIcon(action_icon("stop-cast"))
        self.stop_action.triggered.connect(self.stop)
        self.status = QLabel()
        self.status.setObjectName("castStatus")
        self.status.setStyleSheet("QLabel#castStatus { background: #e3f0fb; color: #0b4a7a; "
                                  "border: 1px solid #9cc7ea; border-radius: 9px; "
                                  "padding: 2px 10px; }")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("castBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.cast_action)
        self._status_action = self.toolbar.addWidget(self.status)
        self.toolbar.addAction(self.stop_action)

        reader.page_turned.connect(lambda _page: self.follow())
        reader.active_changed.connect(lambda _view: self.follow())
        reader.view_opened.connect(lambda view: view.zoom_changed.connect(self._zoomed))
        controller.annotations_changed.connect(self._annotations_changed)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.cast_action.setText(translate("Casting", "Cast to room screen…"))
        self.cast_action.setToolTip(translate(
            "Casting", "Show the page you read on a room screen on the network; it follows "
            "as you turn pages"))
        self.stop_action.setText(translate("Casting", "Stop casting"))
        self.stop_action.setToolTip(translate("Casting", "Clear the room screen"))
        self._show_status()

    def _show_status(self) -> None:
        target = self.target
        if target is None or not target.active:
            self.status.clear()
            return
        text = translate("Casting", "Casting to %1").replace(
            "%1", target.receiver_name or target.address)
        if target.public:
            text += translate("Casting", " (public screen)")
        self.status.setText(text)
        self.status.setToolTip(target.address)

    def update_actions(self) -> None:
        casting = self.target is not None and self.target.active
        self.cast_action.setVisible(not casting)
        self.cast_action.setEnabled(self.reader.active is not None)
        self._status_action.setVisible(casting)
        self.stop_action.setVisible(casting)

    # -- starting ------------------------------------------------------------------------------
    def open_dialog(self) -> CastDialog:
        self.dialog = CastDialog(self.session.runner, known_receivers(self.session.home),
                                 self._new_target, self.host)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.casting.connect(self._casting)
        self.dialog.open()
        return self.dialog

    def _new_target(self, address: str, pin: str, announced: str | None) -> LanCastTarget:
        target = LanCastTarget(self.session.runner, address, pin,
                               self.session.user.display_name,
                               known_receivers(self.session.home), audit=self._audit,
                               expected_fingerprint=announced, parent=self)
        self.follow(target)  # the page is ready to go the moment pairing succeeds
        return target

    def _casting(self, target: LanCastTarget) -> None:
        if self.target is not None and self.target.active:
            self.target.stop()  # one room screen at a time from this reader
        self.target = target
        target.ended.connect(lambda message, t=target: self._ended(t, message))
        self._show_status()
        self.update_actions()
        self.follow()

    # -- following the reader ----------------------------------------------------------------
    def presented_page(self, view: PageView | None = None) -> PresentedPage | None:
        """What the volume in focus shows, as every cast target follows it."""
        view = view or self.reader.active
        book = self.controller.book
        if view is None or book is None:
            return None
        document_id, sha = view.document_id, view.key
        shared = [r for r in self.controller.annotation_rows.get(document_id, [])
                  if r.get("visibility") == "shared"]  # a snapshot: read on the cast's thread
        return PresentedPage(
            doc=sha, title=self.controller.titles.get(document_id, ""), page=view.current,
            page_count=view.page_count, load=lambda: book.files.pdf_bytes(sha),
            annotations=lambda page: [r for r in shared if r.get("page_index") == page],
            zoom=view.zoom, rotate=view.rotation,
            ocr_lines=lambda: book.ocr_char_lines(document_id))

    def follow(self, target: LanCastTarget | None = None) -> None:
        target = target or self.target
        if target is not None and not target.finished:
            page = self.presented_page()
            if page is not None:
                target.show(page)
        self.update_actions()

    def _zoomed(self) -> None:
        self.follow()

    def _annotations_changed(self, document_id: str, _rows: list) -> None:
        if self.reader.active is not None and self.reader.active.document_id == document_id:
            self.follow()

    # -- stopping ------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop casting: the room screen clears; ``ended`` says so."""
        if self.target is not None:
            self.target.stop()

    def _ended(self, target: LanCastTarget, message: str) -> None:
        if target is not self.target:
            return
        self.target = None
        self._show_status()
        self.update_actions()
        if target.error is not None:
            self.failed.emit(target.error)
        elif message:
            self.message.emit(message)

    def shutdown(self) -> None:
        """Quitting or logging out: clear the room screen (the runner's shutdown waits for
        it) and audit the end now, as no result is delivered once quitting began."""
        if self.target is not None:
            self.target.quit()
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.target is not None:
            dialog.target.stop()  # still pairing: give up, or the quit waits for it

    # -- audit ---------------------------------------------------------------------------------
    def _audit(self, action: str, sha: str, detail: dict) -> None:
        document_id = next((d["id"] for d in self.controller.documents
                            if d.get("blob_sha256") == sha), "") if sha else ""
        store, actor = self.session.store, self.session.user.actor
        self.session.runner.submit(
            lambda: store.audit(actor, action, "documents" if document_id else "",
                                document_id, detail),
            queue=Queue.STORE, label="cast audit")
