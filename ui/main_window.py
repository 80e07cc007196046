"""The main window: workspace navigation on the left, the workspace, menus, status bar.

A workspace is listed only when it works for the logged-in user (no dead buttons): Cases
for clerks and judges, Hearing for those who record (clerks, presiding judges; judges for
deliberations) and Accounts for court IT; later issues add dossier, casting and sync by
appending a :class:`Workspace` to :data:`WORKSPACES`.

A workspace's widget is built, and its module imported, the first time it is shown (or
asked for through :meth:`MainWindow.workspace`): the window appears after building only
the first one, and the hearing workspace's audio and speech stack loads when a hearing is
opened, not at every start.
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from courtdesk.app import __version__
from courtdesk.app.accounts import User
from courtdesk.app.preferences import PrefKey
from courtdesk.common.roles import Permission, sees_case_content

from .icons import standard_icon
from .labels import role_label
from .session import Session
from .status_bar import SessionStatusBar
from .sync_controller import SyncController
from .translation import LANGUAGE_NAMES

translate = QCoreApplication.translate
Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class Workspace:
    """One entry of the navigation; ``widget`` names the class, imported when first shown.

    The class is built as ``cls(session)``; it may have ``shutdown()``, called before the
    window closes.
    """

    widget: str  # "package.module:Class"
    title: Callable[[], str]  # translated; asked again on every language change
    icon: QStyle.StandardPixmap
    available_for: Callable[[User], bool]

    def load(self) -> type[QWidget]:
        module, _, name = self.widget.partition(":")
        return getattr(importlib.import_module(module), name)

    def names(self, cls: type) -> bool:
        return self.widget == f"{cls.__module__}:{cls.__qualname__}"


CASES = Workspace(
    "courtdesk.ui.views.cases_workspace:CasesWorkspace",
    lambda: translate("CasesWorkspace", "Cases"), Icon.SP_FileDialogDetailedView,
    lambda user: sees_case_content(user.role))
HEARING = Workspace(
    "courtdesk.ui.views.hearing_workspace:HearingWorkspace",
    lambda: translate("HearingWorkspace", "Hearing"), Icon.SP_MediaVolume,
    # Clerks and presiding judges run hearings; judges run deliberations.
    lambda user: user.may(Permission.EDIT_CASE) or user.may(Permission.VIEW_DELIBERATION))
ACCOUNTS = Workspace(
    "courtdesk.ui.views.accounts_workspace:AccountsWorkspace",
    lambda: translate("AccountsWorkspace", "Accounts"), Icon.SP_DirHomeIcon,
    lambda user: user.may(Permission.MANAGE_USERS))
SYNC = Workspace(
    "courtdesk.ui.views.sync_workspace:SyncWorkspace",
    lambda: translate("SyncWorkspace", "Sync"), Icon.SP_BrowserReload,
    lambda user: sees_case_content(user.role))
DOSSIER = Workspace(
    "courtdesk.ui.views.dossier_workspace:DossierWorkspace",
    lambda: translate("DossierWorkspace", "Dossier"), Icon.SP_FileDialogDetailedView,
    lambda user: sees_case_content(user.role))
LAWS = Workspace(
    "courtdesk.ui.views.laws_workspace:LawsWorkspace",
    lambda: translate("LawsWorkspace", "Laws"), Icon.SP_FileDialogInfoView,
    # Public text, no case content: court IT keeps the court's library from here.
    lambda user: True)

WORKSPACES = (CASES, HEARING, DOSSIER, LAWS, SYNC, ACCOUNTS)


def load_first_workspace() -> None:
    """Load what building the window needs: the Cases code and the navigation icons.

    Called while the password is checked, so the window is built right after the login.
    """
    WORKSPACES[0].load()  # Cases: the first workspace of all but court IT
    for entry in WORKSPACES:
        standard_icon(entry.icon)

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
        self.file_dialog: QFileDialog | None = None
        self.verify_dialog = None  # the last "Verify signatures of a file…" report

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(_NAV_STYLE)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.entries = [w for w in WORKSPACES if w.available_for(session.user)]
        self._built: dict[Workspace, QWidget] = {}
        for entry in self.entries:
            self.navigation.addItem(QListWidgetItem(standard_icon(entry.icon), ""))
        self.navigation.currentRowChanged.connect(self._switch_workspace)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # The link to the court's server starts once the window is on screen (start-up
        # does not wait for it); the status bar and the Sync workspace show its state.
        self.sync = session.sync = SyncController(session, self)
        self.first_painted.connect(self.sync.start)
        self.status = SessionStatusBar(session)
        self.setStatusBar(self.status)
        self._build_menus()
        self.retranslate()
        # Court IT starts at the accounts, their daily work (the law library is rarer).
        self.navigation.setCurrentRow(self.entries.index(ACCOUNTS)
                                      if ACCOUNTS in self.entries and not
                                      sees_case_content(session.user.role) else 0)
        self._restore_geometry()

    # -- workspaces, built on first use -------------------------------------------------
    @property
    def workspaces(self) -> list[QWidget]:
        """The workspaces built so far, in navigation order."""
        return [self._built[e] for e in self.entries if e in self._built]

    def workspace(self, cls: type) -> QWidget | None:
        """The workspace of class ``cls``, built now if it was not yet; None if not offered."""
        entry = next((e for e in self.entries if e.names(cls)), None)
        return self._widget(entry) if entry is not None else None

    def _widget(self, entry: Workspace) -> QWidget:
        widget = self._built.get(entry)
        if widget is None:
            widget = entry.load()(self.session)
            self._built[entry] = widget
            self.stack.addWidget(widget)
            if entry is CASES:
                self._connect_hearings(widget)
        return widget

    def _connect_hearings(self, cases: QWidget) -> None:
        if HEARING in self.entries:
            may_record = self.session.user.may(Permission.EDIT_CASE)
            cases.detail.set_hearing_actions(True, may_record)
            cases.detail.hearing_requested.connect(self.open_hearing)
        if DOSSIER in self.entries:
            cases.detail.document_requested.connect(self.open_document)

    def open_hearing(self, case_id: str, hearing_id: str = "") -> None:
        """Cases → Hearings → open (or new): show it in the hearing workspace."""
        if HEARING not in self.entries:
            return
        self._widget(HEARING).open_case(case_id, hearing_id, "" if hearing_id else "hearing")
        self.navigation.setCurrentRow(self.entries.index(HEARING))

    def open_document(self, case_id: str, document_id: str) -> None:
        """Cases → Dossier → a volume: read it in the dossier workspace."""
        if DOSSIER not in self.entries:
            return
        self.navigation.setCurrentRow(self.entries.index(DOSSIER))
        workspace = self._widget(DOSSIER)
        workspace.open_case(case_id, then=lambda: workspace.open_document(document_id))

    def may_open_laws(self) -> bool:
        return LAWS in self.entries

    def open_law_article(self, law_id: int, version_id: int | None, number: int,
                         sub: int = 0, *, facts_on: str = "", case_number: str = "") -> None:
        """An article cited somewhere: the law library shows the law at it, with its outline
        (as in force on the facts' date of the case it was cited in, when that is known)."""
        if LAWS not in self.entries:
            return
        self.navigation.setCurrentRow(self.entries.index(LAWS))
        laws = self._widget(LAWS)
        laws.set_facts_date(facts_on, case_number)
        laws.open_article(law_id, version_id, number, sub)

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.verify_action = QAction(self)
        self.verify_action.setObjectName("verifyFileAction")
        self.verify_action.triggered.connect(self.choose_file_to_verify)
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addSeparator()
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

    # -- verifying a file's signatures ---------------------------------------------------
    def choose_file_to_verify(self) -> None:
        """File → Verify signatures of a file…: any PDF on disk, shown as the dossier's
        Signatures panel shows a volume."""
        dialog = QFileDialog(self, self.tr("Verify signatures of a file"))
        dialog.setObjectName("verifyFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("PDF documents") + " (*.pdf *.PDF)")
        dialog.fileSelected.connect(self.verify_file)
        self.file_dialog = dialog
        dialog.open()

    def verify_file(self, path: str) -> None:
        from .dossier_controller import verify_file
        from .views.dossier_signatures import SignatureReportDialog

        court_ca = self.session.config.signing.court_ca
        report_dialog = SignatureReportDialog(path, self)
        report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        report_dialog.checking()
        self.verify_dialog = report_dialog
        report_dialog.show()
        verify_file(self.session.runner, path, court_ca, owner=report_dialog,
                    on_done=lambda report: report_dialog.arrived(report, bool(court_ca)),
                    on_error=report_dialog.failed)

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
        self.verify_action.setText(self.tr("&Verify signatures of a file…"))
        self.logout_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About courtdesk"))
        for row, entry in enumerate(self.entries):
            self.navigation.item(row).setText(entry.title())
        self._update_title()

    def _update_title(self) -> None:
        # e.g. "案件 — 李书记员 (书记员) — courtdesk": which workspace, whose session.
        user = self.session.user
        row = self.navigation.currentRow()
        parts = [self.entries[row].title()] if 0 <= row < len(self.entries) else []
        parts.append(f"{user.display_name} ({role_label(user.role.value)})")
        parts.append("courtdesk")
        self.setWindowTitle(" — ".join(parts))

    def _switch_workspace(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            widget = self._widget(self.entries[row])
            if self.entries[row] is HEARING and CASES in self._built:
                # The hearings of the case the person was looking at, not an empty picker.
                widget.follow_case(self._built[CASES].current_case_id)
            self.stack.setCurrentWidget(widget)
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
        # A workspace may first ask (a hearing still recording or being recognized); it
        # calls back to close again once it may, and the window never waits meanwhile.
        close_again = self.log_out if self._closing_for_logout else self.close
        for workspace in self.workspaces:
            may_close = getattr(workspace, "may_close", None)
            if may_close is not None and not may_close(close_again):
                self._closing_for_logout = False
                event.ignore()
                return
        for workspace in self.workspaces:
            shutdown = getattr(workspace, "shutdown", None)
            if shutdown is not None:
                shutdown()  # a running recording ends cleanly before the store closes
        self.sync.shutdown()  # the sync round in flight ends before the store closes
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
