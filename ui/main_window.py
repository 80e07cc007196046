"""The main window: workspace navigation on the left, the workspace, menus, status bar.

A workspace is listed only when it works for the logged-in user (no dead buttons): Cases
for clerks and judges, Hearing for those who record (clerks, presiding judges; judges for
deliberations) and Accounts for court IT; later issues add dossier, casting and sync by
appending to :data:`WORKSPACES`.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QEvent, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from courtdesk.app import __version__
from courtdesk.app.preferences import PrefKey
from courtdesk.app.roles import Permission

from .labels import role_label
from .qt_runtime import guard_singleton_refcounts
from .session import Session
from .status_bar import SessionStatusBar
from .translation import LANGUAGE_NAMES
from .views.accounts_workspace import AccountsWorkspace
from .views.cases_workspace import CasesWorkspace
from .views.dossier_workspace import DossierWorkspace
from .views.hearing_workspace import HearingWorkspace

WORKSPACES = (CasesWorkspace, HearingWorkspace, DossierWorkspace, AccountsWorkspace)

# Before any window runs: a live hearing makes thousands of binding calls an hour, and
# PySide6 6.12.0 on Python 3.11 would abort the process after a few thousand (qt_runtime).
guard_singleton_refcounts()

_NAV_STYLE = """
QListWidget#navigation { background: #eef1f5; border: none; border-right: 1px solid #d5dbe3;
    padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 10px 12px; margin: 2px 6px; border-radius: 6px;
    color: #1f2a37; }
QListWidget#navigation::item:selected { background: #d6e4f5; color: #0b3d75; }
QListWidget#navigation::item:hover:!selected { background: #e3e8ef; }
"""


class MainWindow(QMainWindow):
    logout_requested = Signal()
    closed = Signal()
    first_painted = Signal()  # for the startup benchmark: the window is on screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self._painted = False
        self._closing_for_logout = False

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(_NAV_STYLE)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.workspaces: list[QWidget] = []
        for workspace_class in WORKSPACES:
            if workspace_class.available_for(session.user):
                workspace = workspace_class(session)
                self.workspaces.append(workspace)
                self.stack.addWidget(workspace)
                item = QListWidgetItem(workspace.workspace_icon(), "")
                self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._switch_workspace)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = SessionStatusBar(session)
        self.setStatusBar(self.status)
        self._connect_hearings()
        self._build_menus()
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def workspace(self, cls: type) -> QWidget | None:
        return next((w for w in self.workspaces if isinstance(w, cls)), None)

    def _connect_hearings(self) -> None:
        cases, hearings = self.workspace(CasesWorkspace), self.workspace(HearingWorkspace)
        if cases is not None and hearings is not None:
            may_record = self.session.user.may(Permission.EDIT_CASE)
            cases.detail.set_hearing_actions(True, may_record)
            cases.detail.hearing_requested.connect(self.open_hearing)

    def open_hearing(self, case_id: str, hearing_id: str = "") -> None:
        """Cases → Hearings → open (or new): show it in the hearing workspace."""
        workspace = self.workspace(HearingWorkspace)
        if workspace is None:
            return
        self.navigation.setCurrentRow(self.workspaces.index(workspace))
        workspace.open_case(case_id, hearing_id, "" if hearing_id else "hearing")

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.session.switcher.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        self.session.switcher.set_language(language)
        self.session.prefs.set(PrefKey.LANGUAGE, language)
        self.language_actions[language].setChecked(True)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About courtdesk"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>courtdesk {__version__}</b>")
        box.setInformativeText(self.tr(
            "Offline desktop client for tech courtrooms and judges' meeting rooms: live "
            "hearing transcripts, the electronic case file, casting and signatures, working "
            "without a network and syncing with the court's case system.\n\n"
            "Free software under the GNU General Public License, version 3 or later."))
        box.setObjectName("aboutBox")
        box.open()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.logout_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About courtdesk"))
        for row, workspace in enumerate(self.workspaces):
            self.navigation.item(row).setText(workspace.workspace_title())
        self._update_title()

    def _update_title(self) -> None:
        # e.g. "案件 — 李书记员 (书记员) — courtdesk": which workspace, whose session.
        user = self.session.user
        current = self.stack.currentWidget()
        parts = [current.workspace_title()] if current is not None else []
        parts.append(f"{user.display_name} ({role_label(user.role.value)})")
        parts.append("courtdesk")
        self.setWindowTitle(" — ".join(parts))

    def _switch_workspace(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
        self._update_title()

    # -- geometry, closing, logging out --------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.session.prefs.get(PrefKey.WINDOW_GEOMETRY)
        restored = False
        if isinstance(saved, str) and saved:
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(saved)))
            except ValueError:
                restored = False  # a damaged preference costs only the window size
        if not restored:
            # First start: most of the screen, as courtroom PCs range from 1366x768 up.
            available = self.screen().availableGeometry()
            self.resize(min(1440, int(available.width() * 0.9)),
                        min(900, int(available.height() * 0.9)))

    def save_geometry(self) -> None:
        data = bytes(self.saveGeometry().data())
        self.session.prefs.set(PrefKey.WINDOW_GEOMETRY, base64.b64encode(data).decode("ascii"))

    def log_out(self) -> None:
        self._closing_for_logout = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        for workspace in self.workspaces:
            shutdown = getattr(workspace, "shutdown", None)
            if shutdown is not None:
                shutdown()  # a running recording ends cleanly before the store closes
        self.save_geometry()
        event.accept()
        if self._closing_for_logout:
            self.logout_requested.emit()
        else:
            self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self._painted = True
            self.first_painted.emit()
        return handled
