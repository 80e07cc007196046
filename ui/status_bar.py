"""The main window's status bar: who is logged in, the store's state, what waits to sync.

The pending count comes from the store queue: after every change (``store_changed``) and
on a timer, because a background sync (later issue) also changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from .jobs import Queue
from .labels import key_source_label, role_label
from .messages import describe
from .session import Session
from .sync_controller import status_error, status_summary

REFRESH_MS = 30_000


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class SessionStatusBar(QStatusBar):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.session = session
        self.pending: int | None = None
        self.local_only = 0  # demo changes: unsynced by design, never sent
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.role_label = QLabel()
        self.role_label.setObjectName("statusRole")
        self.store_label = QLabel()
        self.store_label.setObjectName("statusStore")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("statusPending")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("statusSync")
        self.sync_status: dict = {}
        for widget in (self.user_label, self.role_label, self.store_label):
            self.addPermanentWidget(widget)
            self.addPermanentWidget(_separator())
        self.addPermanentWidget(self.sync_label)
        self.addPermanentWidget(_separator())
        self.addPermanentWidget(self.pending_label)
        if session.sync is not None:
            session.sync.status_changed.connect(self.show_sync)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        session.store_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        self.session.runner.submit(
            lambda: (store.pending_changes(), store.local_only_changes()), queue=Queue.STORE,
            on_done=self._counts_arrived, on_error=self._pending_failed, owner=self,
            label="pending changes")

    def _counts_arrived(self, counts: tuple[int, int]) -> None:
        self.local_only = counts[1]
        self._pending_arrived(counts[0])

    def _pending_arrived(self, count: int) -> None:
        self.pending = count
        self._show_pending()

    def _pending_failed(self, exc: BaseException) -> None:
        self.pending = None
        self.pending_label.setText(self.tr("Pending changes: unknown"))
        self.pending_label.setToolTip(describe(exc).as_plain())

    def _show_pending(self) -> None:
        if self.pending is None:
            self.pending_label.setText("")
            return
        if self.pending:
            self.pending_label.setText(self.tr("%n change(s) waiting to sync", "", self.pending))
            self.pending_label.setStyleSheet("color: #a15c00; font-weight: bold;")
        elif self.local_only:
            # The demo case is marked unsynced in every list; "all synced" would contradict it.
            self.pending_label.setText(self.tr("Demo data stays on this computer"))
            self.pending_label.setStyleSheet("")
        else:
            self.pending_label.setText(self.tr("All changes synced"))
            self.pending_label.setStyleSheet("")
        self.pending_label.setToolTip(self.tr(
            "Changes saved on this computer that the court's case system does not have yet."))

    def show_sync(self, status: dict) -> None:
        self.sync_status = status
        self.sync_label.setText(status_summary(status))
        color = "#b3261e" if status.get("conflicts") else (
            "#174d2a" if status.get("online") else "#5f6b7a")
        self.sync_label.setStyleSheet(f"color: {color};")
        problem = status_error(status)
        self.sync_label.setToolTip(problem.as_plain() if problem else status.get("server", ""))
        if "pending" in status and status["pending"] != self.pending:
            self._pending_arrived(int(status["pending"]))

    def retranslate(self) -> None:
        user = self.session.user
        self.user_label.setText(user.display_name)
        self.user_label.setToolTip(user.username)
        self.role_label.setText(role_label(user.role.value))
        source = self.session.store.header.key_source
        self.store_label.setText(self.tr("Encrypted store: OK (%1)").replace(
            "%1", key_source_label(source)))
        self.store_label.setToolTip(str(self.session.store.directory))
        self._show_pending()
        if self.sync_status:
            self.show_sync(self.sync_status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
