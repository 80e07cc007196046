"""The Accounts (账户) workspace, for court IT only: the local accounts, and a new one.

Court IT reads no case content (the core refuses), so this is what an IT administrator
works in; it is also how a fresh install gets its first clerk and judges.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.accounts import AccountBook, User
from courtdesk.common.roles import Role

from ..form_dialog import FormDialog
from ..jobs import Queue
from ..labels import role_label
from ..login_dialog import account_form_problem
from ..messages import error_box
from ..session import Session
from .record_table import Column, RecordTableModel, make_table_view

translate = QCoreApplication.translate


def _user_row(user: User) -> dict:
    return {"id": user.id, "username": user.username, "display_name": user.display_name,
            "role": user.role.value, "is_demo": user.is_demo}


def _account_columns() -> list[Column]:
    return [
        Column(lambda: translate("AccountsWorkspace", "User name"), lambda r: r["username"]),
        Column(lambda: translate("AccountsWorkspace", "Full name"), lambda r: r["display_name"],
               stretch=True),
        Column(lambda: translate("AccountsWorkspace", "Role"), lambda r: role_label(r["role"])),
        Column(lambda: translate("AccountsWorkspace", "Note"),
               lambda r: translate("AccountsWorkspace", "Demo account") if r["is_demo"] else ""),
    ]


class AccountsWorkspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsWorkspace")
        self.session = session
        self.model = RecordTableModel(_account_columns(), self)
        self.table = make_table_view(self.model)
        self.table.setObjectName("accountList")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newAccount")
        self.new_button.clicked.connect(self.new_account)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        session.store_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        book = AccountBook(self.session.store)
        self.session.runner.submit(lambda: [_user_row(u) for u in book.all()],
                                   queue=Queue.STORE, on_done=self.model.set_rows,
                                   on_error=lambda exc: error_box(self, exc).open(),
                                   owner=self, label="list accounts")

    def new_account(self) -> None:
        dialog = NewAccountDialog(self.session, self)
        dialog.accepted.connect(self.session.store_changed.emit)
        dialog.open()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New account…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NewAccountDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self.session = session
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.CLERK, Role.JUDGE, Role.PRESIDING_JUDGE, Role.IT_ADMIN):
            self.role.addItem("", role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.username, self.display_name, self.role, self.password, self.repeat):
            self.add_field(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account — courtdesk"))
        self.heading.setText(self.tr("New account"))
        self.explanation.setText(self.tr(
            "The person logs in with this user name and password on this computer. Clerks "
            "and judges see only the cases they are members of."))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(self.role.itemData(index)))
        labels = ((self.username, self.tr("User name:")),
                  (self.display_name, self.tr("Full name:")), (self.role, self.tr("Role:")),
                  (self.password, self.tr("Password:")),
                  (self.repeat, self.tr("Repeat password:")))
        for field, text in labels:
            self.set_label(field, text)
        self.ok_button.setText(self.tr("Create account"))

    def submit(self) -> None:
        username = self.username.text().strip()
        display_name = self.display_name.text().strip() or username
        password = self.password.text()
        problem = account_form_problem(username, password, self.repeat.text())
        if problem:
            self.show_error(problem)
            return
        role = Role(self.role.currentData())
        book, by = AccountBook(self.session.store), self.session.user

        def create() -> User | None:
            if book.find(username):
                return None  # told apart here so the message can be translated
            return book.create(by, username, display_name, role, password)

        self.set_busy(True, self.tr("Creating the account…"))
        self.session.runner.submit(create, queue=Queue.STORE, on_done=self._created,
                                   on_error=self._failed, owner=self, label="create account")

    def _created(self, user: User | None) -> None:
        self.set_busy(False)
        if user is None:
            self.show_error(self.tr("This user name is taken. Choose another."))
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        error_box(self, exc).open()
