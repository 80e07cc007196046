"""From start to main window: profile lock, store unlock, login, main window, log out.

Each step is driven by signals rather than nested ``exec()`` loops, so the event loop
keeps running (busy indicators move, background jobs deliver) and tests can drive the
real dialogs. The flow emits :attr:`StartupFlow.finished` with the exit code when the run
should end; nothing here calls ``exit()``.

Dialogs and the main window are imported when needed: a store unlocked from the keyring
never loads the passphrase dialog, and the main window's code loads while the password is
typed or checked (see :meth:`StartupFlow._prepare_main_window`).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from courtdesk.app.accounts import AccountBook, User
from courtdesk.app.config import MachineConfig
from courtdesk.app.preferences import Preferences, PrefKey
from courtdesk.app.profile import ProfileLock, open_store, setup_logging
from courtdesk.offline_cache.errors import CourtdeskError
from courtdesk.offline_cache.store import LocalStore
from courtdesk.offline_cache.store_key import PassphraseRequest

from .jobs import JobRunner, Queue
from .passphrase_bridge import PassphraseBridge
from .qt_runtime import guard_singleton_refcounts
from .translation import LanguageSwitcher, normalize_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from .login_dialog import FirstAdminDialog, LoginDialog
    from .main_window import MainWindow
    from .session import Session
    from .unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)

# Before any window runs: a live hearing makes thousands of binding calls an hour, and
# PySide6 6.12.0 on Python 3.11 would abort the process after a few thousand (qt_runtime).
guard_singleton_refcounts()

EXIT_OK = 0
EXIT_FAULT = 1


class FirstPaint(QObject):
    """Emits :attr:`painted` once, when ``widget`` is first drawn (then it is on screen)."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (QEvent.Type.Paint,
                                                        QEvent.Type.UpdateRequest):
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)  # once this paint has been done
        return False


def initial_language(prefs: Preferences, config: MachineConfig) -> str:
    """The person's saved choice first, then the language court IT set for this PC."""
    return normalize_language(prefs.get(PrefKey.LANGUAGE), config.default_language)


class StartupFlow(QObject):
    finished = Signal(int)  # the run should end, with this exit code
    main_window_shown = Signal(object)  # the MainWindow, after show()
    login_window_painted = Signal(object)  # the LoginDialog, once it is on screen
    # From the login job's thread as the password hash begins (queued to this thread).
    _password_check_started = Signal()

    def __init__(self, *, home: Path, prefs: Preferences, config: MachineConfig,
                 switcher: LanguageSwitcher, runner: JobRunner, headless_errors: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.prefs = prefs
        self.config = config
        self.switcher = switcher
        self.runner = runner
        # Automation (benchmark) runs print errors and end instead of waiting on a box.
        self.headless_errors = headless_errors
        self.lock: ProfileLock | None = None
        self.store: LocalStore | None = None
        self.session: Session | None = None
        self.bridge: PassphraseBridge | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.first_admin_dialog: FirstAdminDialog | None = None
        self.main_window: MainWindow | None = None
        self.error_box: QMessageBox | None = None
        self.exit_code: int | None = None
        self._unlock_cancelled = False
        self._main_window_prepared = False
        self._password_check_started.connect(self._prepare_main_window)

    def _ensure_language(self) -> None:
        """Install the UI language (translators, CJK font) if it is not yet installed.

        Called before anything is shown: a dialog, an error, the main window. The store
        is unlocked without it, and with the password given by the automation hook the
        first window is the main one, so it is installed while the password is checked.
        """
        if not self.switcher.language:
            self.switcher.set_language(initial_language(self.prefs, self.config))

    # -- 1. one instance per profile -----------------------------------------------------
    def start(self) -> None:
        lock = ProfileLock(self.home)
        try:
            lock.acquire()
        except CourtdeskError as exc:
            self.fail(exc)  # the other instance's files are left exactly as they are
            return
        self.lock = lock
        setup_logging(self.home, rotate=True)  # the profile lock is ours
        log.info("courtdesk GUI starting on profile %s", self.home)
        self._unlock()

    # -- 2. unlock the store -------------------------------------------------------------
    def _unlock(self) -> None:
        self.bridge = PassphraseBridge(self.runner, self)
        self.bridge.requested.connect(self._ask_passphrase)
        self.bridge.deriving.connect(self._prepare_while_deriving)
        home, ask = self.home, self.bridge.ask
        self.runner.submit(lambda: open_store(home, ask, holds_lock=True), queue=Queue.STORE,
                           on_done=self._unlocked, on_error=self._unlock_failed,
                           label="unlock store")

    def _ask_passphrase(self, request: PassphraseRequest) -> None:
        from .unlock_dialog import UnlockDialog

        self._ensure_language()
        if self.unlock_dialog is None:
            dialog = UnlockDialog(request.store_dir, request.creating)
            dialog.submitted.connect(self.bridge.answer)
            dialog.rejected.connect(self._cancel_unlock)
            self.unlock_dialog = dialog
            dialog.show()
        self.unlock_dialog.ask_again(request)

    def _prepare_while_deriving(self) -> None:
        """While the key is derived from the passphrase, load the login and window code."""
        from . import login_dialog  # noqa: F401
        self._prepare_main_window()

    def _cancel_unlock(self) -> None:
        self._unlock_cancelled = True
        self.bridge.answer(None)

    def _close_unlock_dialog(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.set_busy(False)
            self.unlock_dialog.rejected.disconnect(self._cancel_unlock)
            self.unlock_dialog.accept()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def _unlocked(self, store: LocalStore) -> None:
        self._close_unlock_dialog()
        self.store = store
        self.runner.submit(AccountBook(store).count, queue=Queue.STORE,
                           on_done=self._accounts_counted, on_error=self.fail,
                           label="count accounts")

    def _unlock_failed(self, exc: BaseException) -> None:
        self._close_unlock_dialog()
        if self._unlock_cancelled:
            log.info("unlocking cancelled by the user")
            self._finish(EXIT_OK)
        else:
            self.fail(exc)

    # -- 3. who is working ---------------------------------------------------------------
    def _accounts_counted(self, count: int) -> None:
        if count == 0:
            self._ensure_language()
            from .login_dialog import FirstAdminDialog

            dialog = FirstAdminDialog(self.runner, self.store)
            dialog.accepted.connect(lambda: self._logged_in(dialog.user))
            dialog.rejected.connect(lambda: self._finish(EXIT_OK))
            self.first_admin_dialog = dialog
            dialog.show()
            # After the dialog is on screen, not before: a person waits for the dialog.
            FirstPaint(dialog).painted.connect(self._prepare_main_window)
        else:
            username = os.environ.get("COURTDESK_AUTOLOGIN_USER")
            password = os.environ.get("COURTDESK_PASSWORD")
            if username and password is not None:
                book = AccountBook(self.store)
                # The window code loads once the hash has begun: started at once, it
                # would hold the interpreter while the job still looks up the account.
                checking = self._password_check_started.emit
                self.runner.submit(
                    lambda: book.login(username, password, on_checking=checking),
                    queue=Queue.STORE, on_done=self._logged_in,
                    on_error=lambda exc: self.show_login(autologin_error=exc),
                    label="automatic login")
                return
            self.show_login()

    def _prepare_main_window(self) -> None:
        """Load the main window's code while the person types or the password is checked.

        Then the window appears right after the login instead of after the login and
        these imports. The scrypt password check releases the GIL, so with two cores the
        import runs beside it rather than delaying it. Only code, icons and the language
        are loaded: nothing is built and nothing is read before the login succeeds.
        """
        if self._main_window_prepared:
            return
        self._main_window_prepared = True
        self._ensure_language()
        from . import main_window

        main_window.load_first_workspace()

    def show_login(self, autologin_error: BaseException | None = None) -> None:
        from .login_dialog import LoginDialog

        self._ensure_language()
        dialog = LoginDialog(self.runner, self.store,
                             last_username=self.prefs.get(PrefKey.LAST_USERNAME, "") or "",
                             place=" ".join(p for p in (self.config.court,
                                                        self.config.courtroom) if p))
        dialog.accepted.connect(lambda: self._logged_in(dialog.user))
        dialog.rejected.connect(lambda: self._finish(EXIT_OK))
        self.login_dialog = dialog
        dialog.show()
        painted = FirstPaint(dialog).painted
        # The window code loads after the dialog is on screen: a person waits for the dialog.
        painted.connect(self._prepare_main_window)
        painted.connect(lambda: self.login_window_painted.emit(dialog))
        if autologin_error is not None:
            log.warning("automatic login failed: %s", autologin_error)
            dialog.show_failure(autologin_error)

    # -- 4. the main window --------------------------------------------------------------
    def _logged_in(self, user: User) -> None:
        from .main_window import MainWindow
        from .session import Session

        self._ensure_language()
        for name in ("login_dialog", "first_admin_dialog"):
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.deleteLater()
                setattr(self, name, None)
        self.prefs.set(PrefKey.LAST_USERNAME, user.username)
        self.session = Session(home=self.home, store=self.store, user=user, runner=self.runner,
                               prefs=self.prefs, config=self.config, switcher=self.switcher,
                               parent=self)
        window = MainWindow(self.session)
        window.logout_requested.connect(self._log_out)
        window.closed.connect(lambda: self._finish(EXIT_OK))
        self.main_window = window
        window.show()
        self.main_window_shown.emit(window)

    def _log_out(self) -> None:
        session, window = self.session, self.main_window
        self.session, self.main_window = None, None
        if window is not None:
            window.deleteLater()
        if session is not None:
            store, actor = session.store, session.user.actor
            self.runner.submit(lambda: store.audit(actor, "logout"), queue=Queue.STORE,
                               label="audit logout")
            session.deleteLater()
        self.show_login()

    # -- ending --------------------------------------------------------------------------
    def fail(self, exc: BaseException) -> None:
        """Show ``exc`` translated, then end the run with a fault."""
        from .messages import error_box, error_code

        self._ensure_language()
        code = error_code(exc)
        log.error("startup failed [%s]: %s", code, exc)
        print(f"courtdesk: {exc}", file=sys.stderr)
        if self.headless_errors:
            self._finish(EXIT_FAULT)
            return
        box = error_box(None, exc)
        box.finished.connect(lambda _result: self._finish(EXIT_FAULT))
        self.error_box = box
        box.open()

    def _finish(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code
            self.finished.emit(code)

    def close(self) -> None:
        """Release everything; call after the event loop ended (or at the end of a test)."""
        if self.main_window is not None:
            self.main_window.save_geometry()
        self.runner.shutdown()
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
