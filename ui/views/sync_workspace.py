"""The Sync (同步) workspace: the link to the court's case system, and what needs a person.

The status at the top (online or not, what waits, the last sync), a button to sync now, the
login to the court's server (after which the same password also works on this PC with no
network), "take this case offline" before a circuit hearing, the conflict inbox (the court's
version and mine side by side, keep one), and the log of what synced.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.preferences import PrefKey

from ..jobs import Queue
from ..messages import ShownError, describe, error_box_for
from ..session import Session
from ..sync_wording import (
    last_sync_text,
    status_error,
    sync_state,
)
from .sync_records import ConflictPanel, SyncLogTable

translate = QCoreApplication.translate


class SyncWorkspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncWorkspace")
        self.session = session
        self.sync = session.sync
        self.last_message: Callable[[], str] | None = None
        self.message_error: ShownError | None = None  # the last action's failure
        self.offline_error: ShownError | None = None
        self.details_box = None
        self._round_from: tuple | None = None  # the status when "Sync now" was pressed
        self._message_problem = ""  # the status's problem when the message was shown
        self._build()
        self.retranslate()
        self.sync.status_changed.connect(self._status)
        self._status(self.sync.status)
        self._stale = False
        self.reload()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        font = self.state.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.state.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("syncDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.detail.linkActivated.connect(self._open_details)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.metered = QCheckBox()
        self.metered.setObjectName("syncMetered")
        self.metered.setChecked(bool(self.session.prefs.get(PrefKey.METERED_LINK, False)))
        self.metered.toggled.connect(self.set_metered)
        head = QHBoxLayout()
        head.addWidget(self.state, 1)
        head.addWidget(self.metered)
        head.addWidget(self.sync_button)

        self.login_box = QGroupBox()
        self.server_field = QLineEdit(self.session.config.server_url)
        self.server_field.setObjectName("syncServer")
        self.server_field.setPlaceholderText("https://")
        # The online login is the window's own account: what syncs from here goes under
        # the name of whoever is logged in to the window, never another person's.
        self.username_field = QLineEdit(self.session.user.username)
        self.username_field.setObjectName("syncUsername")
        self.username_field.setReadOnly(True)
        self.password_field = QLineEdit()
        self.password_field.setObjectName("syncPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.returnPressed.connect(self.log_in)
        self.login_button = QPushButton()
        self.login_button.setObjectName("syncLogin")
        self.login_button.clicked.connect(self.log_in)
        self.login_form = QFormLayout(self.login_box)
        self.login_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.login_labels, (self.server_field, self.username_field,
                                                     self.password_field)):
            self.login_form.addRow(label, field)
        self.login_form.addRow(self.login_button)

        self.offline_box = QGroupBox()
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("syncOfflineCase")
        self.case_combo.currentTextChanged.connect(self.case_combo.setToolTip)  # cut short
        self.offline_button = QPushButton()
        self.offline_button.setObjectName("syncTakeOffline")
        self.offline_button.clicked.connect(self.take_offline)
        self.offline_result = QLabel()
        self.offline_result.setObjectName("syncOfflineResult")
        self.offline_result.setWordWrap(True)
        self.offline_result.linkActivated.connect(
            lambda _link: self._show_details(self.offline_error))
        offline = QVBoxLayout(self.offline_box)
        row = QHBoxLayout()
        row.addWidget(self.case_combo, 1)
        row.addWidget(self.offline_button)
        offline.addLayout(row)
        offline.addWidget(self.offline_result)
        boxes = QHBoxLayout()
        boxes.addWidget(self.login_box, 1)
        boxes.addWidget(self.offline_box, 1)

        self.conflicts = ConflictPanel()
        self.conflicts.resolve_requested.connect(self.resolve)
        self.conflicts.details_requested.connect(self._show_details)
        # The parts tests and people reach by name.
        self.inbox, self.compare = self.conflicts.table, self.conflicts.compare
        self.keep_server, self.keep_mine = self.conflicts.keep_server, self.conflicts.keep_mine
        self.resolve_hint = self.conflicts.hint
        self.log_title = QLabel()
        self.log = SyncLogTable()
        log_side = QWidget()
        log_column = QVBoxLayout(log_side)
        log_column.setContentsMargins(0, 0, 0, 0)
        log_column.addWidget(self.log_title)
        log_column.addWidget(self.log, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.conflicts)
        split.addWidget(log_side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.addLayout(head)
        layout.addWidget(self.detail)
        layout.addLayout(boxes)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.metered.setText(self.tr("Metered link: send large files later"))
        self.metered.setToolTip(self.tr(
            "On a paid 5G link, records sync at once and recordings and dossier files wait "
            "for an unmetered network."))
        self.login_box.setTitle(self.tr("Log in to the court's case server"))
        self.username_field.setToolTip(self.tr(
            "The court's server login is always that of the person logged in to this "
            "window. To sync another person's work, log out and log in as that person."))
        for label, text in zip(self.login_labels, (self.tr("Server"), self.tr("User name"),
                                                    self.tr("Password"))):
            label.setText(text)
        self.login_button.setText(self.tr("Log in"))
        self.offline_box.setTitle(self.tr("Before a circuit hearing"))
        self.offline_button.setText(self.tr("Take this case offline"))
        self.conflicts.retranslate()
        self.log_title.setText(self.tr("What synced"))
        self.log.retranslate()
        self._status(self.sync.status)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- status --------------------------------------------------------------------------
    def _status(self, status: dict) -> None:
        if self._round_from is not None and \
                (status.get("last_sync_at"), status.get("last_error")) != self._round_from:
            self._round_from = None
            self.last_message = None
        problem_code = status.get("last_error_code") or ""
        if problem_code and problem_code != self._message_problem:
            # A new problem after the message ("Logged in as …" beside "log in again"
            # would contradict the state): the problem is what holds now.
            self.last_message, self.message_error = None, None
        self._message_problem = problem_code
        self.state.setText(sync_state(status).text)
        lines = []
        if status.get("configured"):
            lines.append(html.escape(self.tr("Server: %1").replace("%1",
                                                                  status.get("server", ""))
                                     + " · " + last_sync_text(status)))
            others = int(status.get("waiting_for_others") or 0)
            if others:
                lines.append(html.escape(self.tr(
                    "%n of them made by other people on this PC: each is sent only when its "
                    "author logs in, never under your name", "", others)))
        if int(status.get("kept_here") or 0):
            lines.append(html.escape(self.tr(
                "The demo case stays on this PC: what you record or change in it is never "
                "sent.")))
        # A problem reads in the person's language; the English is behind "Details".
        problem = self.message_error or status_error(status)
        if problem is not None:
            lead = self.tr("Last problem: %1").replace("%1", problem.text.title)
            lines.append(problem.as_html(headlines=[lead]))
        if self.last_message:
            lines.append(html.escape(self.last_message()))
        self.detail.setText("<br>".join(lines))
        self.sync_button.setEnabled(bool(status.get("configured")))
        self.offline_button.setEnabled(bool(status.get("configured")))
        if status.get("configured") and not self.server_field.text():
            self.server_field.setText(status.get("server", ""))
        # The lists follow a round's end, a new conflict, a failure and a change waiting
        # or sent (a change shown "being sent" when a round failed is waiting again).
        shown = tuple(status.get(key) for key in ("last_sync_at", "conflicts",
                                                  "last_error_code", "pending"))
        if shown != getattr(self, "_shown", None):
            self._shown = shown
            # Hidden, it reads again when shown: a hearing recorded meanwhile moves the
            # count every second, and nobody is looking at this list.
            self._stale = not self.isVisible()
            if not self._stale:
                self.reload()

    def _message(self, text: Callable[[], str] | None, error: ShownError | None = None) -> None:
        """Show the last action's message; ``text`` makes it, again after a language switch."""
        self._round_from = None
        self.last_message = text
        self.message_error = error
        self._message_problem = self.sync.status.get("last_error_code") or ""
        self._status(self.sync.status)

    def _failed(self, exc: BaseException) -> None:
        self._message(None, describe(exc))

    def _open_details(self, _link: str) -> None:
        self._show_details(self.message_error or status_error(self.sync.status))

    def _show_details(self, shown: ShownError | None) -> None:
        if shown is not None:
            self.details_box = error_box_for(self, shown)
            self.details_box.open()

    # -- actions -------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.sync.sync_now():
            self._message(lambda: self.tr("Syncing…"))
            # "Syncing…" until the round ends: a new sync time or a new problem.
            status = self.sync.status
            self._round_from = (status.get("last_sync_at"), status.get("last_error"))

    def set_metered(self, metered: bool) -> None:
        self.session.prefs.set(PrefKey.METERED_LINK, metered)
        self.sync.set_metered(metered)

    def log_in(self) -> None:
        server = self.server_field.text().strip()
        username = self.username_field.text().strip()
        password = self.password_field.text()
        if not (server and username and password):
            self._message(lambda: self.tr("Enter the server address, your user name and "
                                          "password."))
            return
        self.login_button.setEnabled(False)
        self._message(lambda: self.tr("Logging in…"))

        def done(data: dict) -> None:
            self.login_button.setEnabled(True)
            self.password_field.clear()
            user = data["user"]

            def text() -> str:
                said = self.tr("Logged in to %1 as %2. The same password now also works on "
                               "this PC with no network.").replace("%1", data["server"]) \
                    .replace("%2", user.display_name)
                if not data["token_kept"]:
                    said += " " + self.tr("No system keyring: you will be asked to log in "
                                          "again after a restart.")
                return said

            self._message(text)

        def failed(exc: BaseException) -> None:
            self.login_button.setEnabled(True)
            self.password_field.clear()
            self._failed(exc)

        self.sync.log_in(server, username, password, on_done=done, on_error=failed)

    def take_offline(self) -> None:
        case_id = self.case_combo.currentData()
        if not case_id:
            return
        self.offline_error = None
        self.offline_result.setTextFormat(Qt.TextFormat.PlainText)
        self.offline_result.setText(self.tr("Fetching the case and its dossier files…"))

        def done(result) -> None:
            if result.complete:
                text = self.tr("%1 is on this PC: %2 record(s), %3 dossier file(s), all "
                               "checked.")
            else:
                text = self.tr("%1 is NOT complete on this PC: %3 of the dossier files are "
                               "missing or damaged. Try again before leaving.")
            missing = result.files_total - result.files_present
            self.offline_result.setText(
                text.replace("%1", result.case_number).replace("%2", str(result.records))
                .replace("%3", str(result.files_present if result.complete else missing)))

        def failed(exc: BaseException) -> None:
            self.offline_error = describe(exc)
            self.offline_result.setTextFormat(Qt.TextFormat.RichText)
            self.offline_result.setText(self.offline_error.as_html())

        self.sync.take_offline(case_id, on_done=done, on_error=failed)

    def reload(self) -> None:
        self.sync.load_inbox_and_log(self._loaded, self._failed)
        store, user = self.session.store, self.session.user

        def cases():
            from courtdesk.app.casebook import CaseBook

            return [(c.id, f"{c.case_number}  {c.title}")
                    for c in CaseBook(store, user).list_cases()]

        self.session.runner.submit(cases, queue=Queue.STORE, owner=self, label="sync cases",
                                   on_done=self._cases_arrived, on_error=self._failed)

    def _cases_arrived(self, cases: list[tuple[str, str]]) -> None:
        current = self.case_combo.currentData()
        self.case_combo.clear()
        for case_id, text in cases:
            self.case_combo.addItem(text, case_id)
        if current:
            self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(current)))

    def _loaded(self, data: dict) -> None:
        self.conflicts.show_entries(data["conflicts"])
        self.log.show_lines(data["log"])

    @property
    def entries(self) -> list[dict]:
        return self.conflicts.entries

    def selected_entry(self):
        return self.conflicts.selected_entry()

    def resolve(self, keep: str) -> None:
        entry = self.selected_entry()
        if entry is None:
            return

        def done(_entry) -> None:
            def text() -> str:
                if keep == "server":
                    said = self.tr("Conflict %1 resolved: the court's version is kept.")
                else:
                    said = self.tr("Conflict %1 resolved: your change is sent again.")
                return said.replace("%1", str(entry.id))

            self._message(text)
            self.reload()
            self.sync.sync_now()

        self.sync.resolve(entry.id, keep, on_done=done, on_error=self._failed)
