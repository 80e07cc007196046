"""The court seal dialog: which key seals the signed record, and its password or PIN.

The court's key is either a PKCS#12 file (a password) or the court's USB key (a PKCS#11 token
and a PIN); the machine config's [signing] section says which this PC uses, and the dialog
starts there. It only collects: whoever opened it runs the sealing in the background and
tells it how that went (:meth:`SealDialog.sealing_failed` keeps it open with the reason, the
password field emptied for a new try). Passwords are never kept after the attempt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.config import SigningConfig

from ..messages import ShownError, describe, error_box_for


@dataclass(frozen=True)
class SealKeyChoice:
    """The key the clerk chose, with the secret that opens it (used once, then dropped)."""

    kind: str  # "p12" or "token"
    p12_path: str = ""
    password: str = ""
    pkcs11_module: str = ""
    token_label: str = ""
    key_label: str = ""
    pin: str = ""

    def __repr__(self) -> str:  # never a secret in a log line
        return f"SealKeyChoice(kind={self.kind!r}, p12_path={self.p12_path!r}, " \
               f"token_label={self.token_label!r}, key_label={self.key_label!r})"


def open_key(choice: SealKeyChoice, court_ca: str):
    """The court's SigningKey from what the clerk chose (run in the background)."""
    from courtdesk.signing.keys import open_p12, open_pkcs11

    ca = court_ca or None
    if choice.kind == "p12":
        return open_p12(choice.p12_path, choice.password.encode("utf-8"), court_ca=ca)
    return open_pkcs11(choice.pkcs11_module, choice.token_label, choice.key_label, choice.pin,
                       court_ca=ca)


class ErrorLine(QLabel):
    """One error in the person's language, with a link to the details for court IT."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: ShownError | None = None
        self.details_box = None
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("QLabel { background: #fdecea; border: 1px solid #e8a39d; "
                           "border-radius: 6px; color: #5c1410; padding: 8px; }")
        self.linkActivated.connect(self.open_details)
        self.hide()

    def show_error(self, exc: BaseException) -> None:
        self.shown = describe(exc)
        self.retranslate()
        self.show()

    def clear_error(self) -> None:
        self.shown = None
        self.clear()
        self.hide()

    @property
    def code(self) -> str:
        return self.shown.code if self.shown else ""

    def open_details(self, _link: str) -> None:
        if self.shown is not None:
            self.details_box = error_box_for(self, self.shown)
            self.details_box.open()

    def retranslate(self) -> None:
        if self.shown is not None:
            self.setText("⚠ " + self.shown.as_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SealDialog(QDialog):
    """Choose the court's key and unlock it; ``seal_requested`` carries a SealKeyChoice."""

    seal_requested = Signal(object)

    def __init__(self, signing: SigningConfig, document_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealDialog")
        self.setModal(True)
        self.document_name = document_name
        self.file_dialog: QFileDialog | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("sealHeading")

        self.p12_choice = QRadioButton()
        self.p12_choice.setObjectName("sealUseP12")
        self.token_choice = QRadioButton()
        self.token_choice.setObjectName("sealUseToken")
        choices = QButtonGroup(self)
        choices.addButton(self.p12_choice)
        choices.addButton(self.token_choice)

        self.p12_path = QLineEdit(signing.seal_p12)
        self.p12_path.setObjectName("sealP12Path")
        self.p12_path.setMinimumWidth(360)
        self.browse = QPushButton()
        self.browse.setObjectName("sealBrowse")
        self.browse.clicked.connect(self.choose_p12)
        self.password = QLineEdit()
        self.password.setObjectName("sealPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        path_row = QHBoxLayout()
        path_row.addWidget(self.p12_path, 1)
        path_row.addWidget(self.browse)
        self.p12_labels = {key: QLabel() for key in ("file", "password")}
        self.p12_form = QWidget()
        p12_form = QFormLayout(self.p12_form)
        p12_form.setContentsMargins(24, 0, 0, 0)
        p12_form.addRow(self.p12_labels["file"], path_row)
        p12_form.addRow(self.p12_labels["password"], self.password)

        self.module = QLineEdit(signing.pkcs11_module)
        self.module.setObjectName("sealTokenModule")
        self.token_label = QLineEdit(signing.token_label)
        self.token_label.setObjectName("sealTokenLabel")
        self.key_label = QLineEdit(signing.key_label)
        self.key_label.setObjectName("sealKeyLabel")
        self.pin = QLineEdit()
        self.pin.setObjectName("sealPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_labels = {key: QLabel() for key in ("module", "token", "key", "pin")}
        self.token_form = QWidget()
        token_form = QFormLayout(self.token_form)
        token_form.setContentsMargins(24, 0, 0, 0)
        token_form.addRow(self.token_labels["token"], self.token_label)
        token_form.addRow(self.token_labels["key"], self.key_label)
        token_form.addRow(self.token_labels["module"], self.module)
        token_form.addRow(self.token_labels["pin"], self.pin)

        self.error = ErrorLine()
        self.error.setObjectName("sealError")
        self.progress = QLabel()
        self.progress.setObjectName("sealProgress")
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.seal_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.seal_button.setObjectName("sealButton")
        self.buttons.accepted.connect(self.request_seal)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.p12_choice)
        layout.addWidget(self.p12_form)
        layout.addWidget(self.token_choice)
        layout.addWidget(self.token_form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        # The PC's configuration says which key it uses; a USB key only where it names one.
        use_token = bool(signing.pkcs11_module) and not signing.seal_p12
        (self.token_choice if use_token else self.p12_choice).setChecked(True)
        self.p12_choice.toggled.connect(self._choice_changed)
        for field in (self.p12_path, self.password, self.module, self.token_label,
                      self.key_label, self.pin):
            field.textChanged.connect(self._update_button)
        self.busy = False
        self.retranslate()
        self._choice_changed()

    # -- choosing ------------------------------------------------------------------------
    def choose_p12(self) -> None:
        dialog = QFileDialog(self, self.tr("The court seal's key file"))
        dialog.setObjectName("sealP12Dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Key files (*.p12 *.pfx)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.p12_path.setText)
        self.file_dialog = dialog
        dialog.open()

    def _choice_changed(self) -> None:
        use_p12 = self.p12_choice.isChecked()
        self.p12_form.setEnabled(use_p12 and not self.busy)
        self.token_form.setEnabled(not use_p12 and not self.busy)
        (self.password if use_p12 else self.pin).setFocus()
        self._update_button()

    def choice(self) -> SealKeyChoice:
        if self.p12_choice.isChecked():
            return SealKeyChoice("p12", p12_path=self.p12_path.text().strip(),
                                 password=self.password.text())
        return SealKeyChoice("token", pkcs11_module=self.module.text().strip(),
                             token_label=self.token_label.text().strip(),
                             key_label=self.key_label.text().strip(), pin=self.pin.text())

    def _complete(self) -> bool:
        choice = self.choice()
        if choice.kind == "p12":
            return bool(choice.p12_path)
        return bool(choice.pkcs11_module and choice.token_label and choice.key_label
                    and choice.pin)

    def _update_button(self) -> None:
        self.seal_button.setEnabled(self._complete() and not self.busy)

    # -- sealing -------------------------------------------------------------------------
    def request_seal(self) -> None:
        if not self._complete() or self.busy:
            return
        self.error.clear_error()
        self.set_busy(True)
        self.seal_requested.emit(self.choice())

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.p12_choice.setEnabled(not busy)
        self.token_choice.setEnabled(not busy)
        # A seal under way finishes (or fails) as a whole: it is not left half-watched.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._choice_changed()

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def sealing_failed(self, exc: BaseException) -> None:
        """Stay open with the reason; the secret is typed again, never kept."""
        self.set_busy(False)
        self.password.clear()
        self.pin.clear()
        self.error.show_error(exc)
        (self.password if self.p12_choice.isChecked() else self.pin).setFocus()

    def sealing_done(self) -> None:
        self.set_busy(False)
        self.password.clear()
        self.pin.clear()
        self.accept()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Court seal"))
        self.heading.setText(self.tr("Seal %1 with the court's certificate. Each signature "
                                     "already on it stays valid.")
                             .replace("%1", self.document_name))
        self.p12_choice.setText(self.tr("Court seal key file (PKCS#12)"))
        self.token_choice.setText(self.tr("Court USB key"))
        self.p12_labels["file"].setText(self.tr("Key file:"))
        self.p12_labels["password"].setText(self.tr("Password:"))
        self.browse.setText(self.tr("Browse…"))
        self.token_labels["token"].setText(self.tr("USB key name:"))
        self.token_labels["key"].setText(self.tr("Seal key name:"))
        self.token_labels["module"].setText(self.tr("Driver:"))
        self.token_labels["pin"].setText(self.tr("PIN:"))
        self.pin.setToolTip(self.tr("A USB key locks after a few wrong PINs: courtdesk never "
                                    "tries a PIN when the key says the next wrong one locks "
                                    "it."))
        self.progress.setText(self.tr("Sealing… this takes a few seconds."))
        self.seal_button.setText(self.tr("Seal"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
