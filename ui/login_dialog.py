"""Logging in, and creating the first account of a new store.

Both check or make a scrypt password hash (~0.4 s at OWASP's cost) and touch the store,
so the work runs on the store queue while the dialog shows busy. On success the dialog
holds the ``User`` in :attr:`user` and is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from courtdesk.app.accounts import MIN_PASSWORD_LENGTH, AccountBook, User
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore

from .form_dialog import FormDialog
from .jobs import JobRunner, Queue
from .messages import describe, error_box


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    return field


class LoginDialog(FormDialog):
    def __init__(self, runner: JobRunner, store: LocalStore, *, last_username: str = "",
                 place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.runner = runner
        self.store = store
        self.place = place  # court and courtroom from the machine config, when set
        self.user: User | None = None
        self.username = QLineEdit(last_username)
        self.username.setObjectName("username")
        self.password = _password_field("password")
        self.add_field(self.username)
        self.add_field(self.password)
        self.retranslate()
        # The returning user only types the password.
        (self.password if last_username else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — courtdesk"))
        self.heading.setText(self.tr("Log in to courtdesk"))
        lines = [self.tr("Log in with your court account to see your cases.")]
        if self.place:
            lines.insert(0, self.place)
        self.explanation.setText("\n".join(lines))
        self.set_label(self.username, self.tr("User name:"))
        self.set_label(self.password, self.tr("Password:"))
        self.ok_button.setText(self.tr("Log in"))
        if self.busy:
            self.busy_label.setText(self.tr("Checking…"))

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.show_error(self.tr("Enter your user name and password."))
            return
        self.set_busy(True, self.tr("Checking…"))
        book = AccountBook(self.store)
        self.runner.submit(lambda: book.login(username, password), queue=Queue.STORE,
                           on_done=self._logged_in, on_error=self.show_failure, owner=self,
                           label="login")

    def _logged_in(self, user: User) -> None:
        self.set_busy(False)
        self.user = user
        self.accept()

    def show_failure(self, exc: BaseException) -> None:
        """A failed login: inline for a wrong password or a wait after too many, a message
        box for anything else."""
        self.set_busy(False)
        if getattr(exc, "code", "") == "login_locked":
            self.show_error(describe(exc).as_plain())
            self.password.clear()
            self.password.setFocus()
        elif getattr(exc, "code", "") == "login_failed":
            self.show_error(self.tr("Wrong user name or password. Check the keyboard layout "
                                    "and try again."))
            self.password.clear()
            self.password.setFocus()
        else:
            error_box(self, exc).open()


class FirstAdminDialog(FormDialog):
    """A store with no accounts: create court IT's account, which then creates the others."""

    def __init__(self, runner: JobRunner, store: LocalStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setMinimumWidth(520)
        self.runner = runner
        self.store = store
        self.user: User | None = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.password = _password_field("password")
        self.repeat = _password_field("repeatPassword")
        for field in (self.username, self.display_name, self.password, self.repeat):
            self.add_field(field)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First start — courtdesk"))
        self.heading.setText(self.tr("Create the first court IT administrator"))
        self.explanation.setText(self.tr(
            "This local store has no accounts yet. Create the account of the court IT "
            "administrator, who then creates the accounts of clerks and judges. The "
            "administrator manages accounts and this computer but does not read case "
            "content."))
        self.set_label(self.username, self.tr("User name:"))
        self.set_label(self.display_name, self.tr("Full name:"))
        self.set_label(self.password, self.tr("Password:"))
        self.set_label(self.repeat, self.tr("Repeat password:"))
        self.ok_button.setText(self.tr("Create account"))
        if self.busy:
            self.busy_label.setText(self.tr("Creating the account…"))

    def submit(self) -> None:
        username = self.username.text().strip()
        display_name = self.display_name.text().strip() or username
        password = self.password.text()
        problem = account_form_problem(username, password, self.repeat.text())
        if problem:
            self.show_error(problem)
            return
        self.set_busy(True, self.tr("Creating the account…"))
        book = AccountBook(self.store)
        self.runner.submit(
            lambda: book.create(None, username, display_name, Role.IT_ADMIN, password),
            queue=Queue.STORE, on_done=self._created, on_error=self._failed, owner=self,
            label="create first account",
        )

    def _created(self, user: User) -> None:
        self.set_busy(False)
        self.user = user
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        error_box(self, exc).open()


def account_form_problem(username: str, password: str, repeat: str) -> str:
    """The translated reason an account form cannot be saved, or ``""``.

    Checked here as well as in the core so the person reads it in their language, next to
    the field, before anything is sent to the store.
    """
    if not username or any(c.isspace() for c in username):
        return QCoreApplication.translate("AccountForm", "Enter a user name without spaces.")
    if len(password) < MIN_PASSWORD_LENGTH:
        return QCoreApplication.translate(
            "AccountForm", "The password is too short: use at least %1 characters."
        ).replace("%1", str(MIN_PASSWORD_LENGTH))
    if password != repeat:
        return QCoreApplication.translate("AccountForm", "The two passwords differ.")
    return ""
