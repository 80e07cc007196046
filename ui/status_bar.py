"""The main window's status bar: who is logged in, the store's state, and one sync state.

The sync state is one label (已同步, 待同步 N 项, 离线, 需要登录, 服务器拒绝, 演示数据…),
drawn from the sync controller's status, which carries the waiting count read from the
store after every change, each round and on a timer: never a second label that could say
something else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from .labels import key_source_label, role_label
from .session import Session
from .sync_wording import last_sync_text, status_error, sync_state


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
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.role_label = QLabel()
        self.role_label.setObjectName("statusRole")
        self.store_label = QLabel()
        self.store_label.setObjectName("statusStore")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("statusSync")
        self.sync_status: dict = {}
        for widget in (self.user_label, self.role_label, self.store_label):
            self.addPermanentWidget(widget)
            self.addPermanentWidget(_separator())
        self.addPermanentWidget(self.sync_label)
        if session.sync is not None:
            session.sync.status_changed.connect(self.show_sync)
            self.sync_status = session.sync.status
        self.retranslate()

    @property
    def pending(self) -> int | None:
        """Changes waiting to be sent (the demo case's are never counted); None: unknown."""
        if "pending" not in self.sync_status or self.sync_status.get("count_error"):
            return None
        return int(self.sync_status["pending"])

    def show_sync(self, status: dict) -> None:
        self.sync_status = status
        state = sync_state(status)
        self.sync_label.setText(state.text)
        self.sync_label.setProperty("state", state.kind)
        self.sync_label.setStyleSheet(f"color: {state.color};")
        problem = status.get("count_error") or status_error(status)
        lines = [problem.as_plain()] if problem else []
        if status.get("configured"):
            lines += [status.get("server", ""), last_sync_text(status)]
        if state.kind == "demo":
            lines.append(self.tr("The demo case is for trying courtdesk: what you record or "
                                 "change in it stays on this PC and is never sent."))
        self.sync_label.setToolTip("\n".join(line for line in lines if line))

    def retranslate(self) -> None:
        user = self.session.user
        self.user_label.setText(user.display_name)
        self.user_label.setToolTip(user.username)
        self.role_label.setText(role_label(user.role.value))
        source = self.session.store.header.key_source
        self.store_label.setText(self.tr("Encrypted store: OK (%1)").replace(
            "%1", key_source_label(source)))
        self.store_label.setToolTip(str(self.session.store.directory))
        if self.sync_status:
            self.show_sync(self.sync_status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
