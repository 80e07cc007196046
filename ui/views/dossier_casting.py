"""Casting from the dossier reader: "Cast to room screen…", "Casting to <name>", "Stop casting".

:class:`DossierCasting` owns the cast bar beside the reading toolbar and the one LAN cast
of this workspace. Once the dialog has paired, the room screen is one more target of the
reader's :class:`~courtdesk.ui.presenting.PresentController` (the presenter window on a
second monitor is another): it follows the presented volume's page, zoom, scroll, the laser
pointer and the shared annotations, inside an evidence range when one is set. Casting with
nothing presented yet starts presenting the volume in focus; when the cast ends and no
other target is left, presenting stops. Every cast is audited (``cast.start`` per document
put on the screen, ``cast.stop``, ``cast.refused``) like ``courtdesk cast send``. Stopping,
quitting and logging out clear the room screen.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from ..cast_target import LanCastTarget, known_receivers
from ..dossier_controller import DossierController
from ..icons import action_icon
from ..jobs import Queue
from ..presenting import PresentController
from .cast_dialog import CastDialog
from .dossier_reader import DossierReader

translate = QCoreApplication.translate


class DossierCasting(QObject):
    message = Signal(str)  # for the workspace's banner: the cast ended as asked
    failed = Signal(object)  # a ShownError: the cast ended on its own

    def __init__(self, controller: DossierController, reader: DossierReader,
                 presenting: PresentController, host: QWidget) -> None:
        super().__init__(host)
        self.controller = controller
        self.presenting = presenting
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

        reader.active_changed.connect(lambda _view: self.update_actions())
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
        self.cast_action.setEnabled(self.reader.active is not None
                                    or self.presenting.presenting)
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
        return target

    def _casting(self, target: LanCastTarget) -> None:
        if self.target is not None and self.target.active:
            self.target.stop()  # one room screen at a time from this reader
        self.target = target
        presenting, view = self.presenting, self.reader.active
        if not presenting.presenting and view is not None:
            presenting.start(view, self.controller.titles.get(view.document_id, ""))
        if presenting.presenting:
            presenting.add_target(target)  # it gets the current state at once
        else:
            target.stop()  # the volume was closed while pairing: nothing to show
        # Connected after the controller's own slot: when the cast ends, what this says
        # (why it ended, with the details for IT) is what the banner shows last.
        target.ended.connect(lambda message, t=target: self._ended(t, message))
        self._show_status()
        self.update_actions()

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
