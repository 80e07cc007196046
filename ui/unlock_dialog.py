"""Unlocking the encrypted store from the GUI: the passphrase dialog.

The core asks through :class:`~courtdesk.ui.passphrase_bridge.PassphraseBridge`; this
dialog shows busy during derivation and "wrong passphrase" when the core asks again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from courtdesk.offline_cache.store_key import MIN_PASSPHRASE_LENGTH, PassphraseRequest

from .form_dialog import FormDialog


class UnlockDialog(FormDialog):
    """Asks for the store passphrase: twice when creating, with a retry on a wrong one."""

    submitted = Signal(str)

    def __init__(self, store_dir: Path, creating: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.store_dir = store_dir
        self.creating = creating
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeatPassphrase")
        self.add_field(self.passphrase)
        if creating:
            self.add_field(self.repeat)
        else:
            self.repeat.hide()
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock courtdesk"))
        if self.creating:
            self.heading.setText(self.tr("Protect your local case store"))
            self.explanation.setText(self.tr(
                "This computer has no system keyring that can keep courtdesk's key, so your "
                "local case store will be encrypted with a passphrase. Choose one of at least "
                "%1 characters and enter it twice.\n\n"
                "Keep it safe: it cannot be recovered. Without it the local store cannot be "
                "opened; cases already synced remain on the court's server."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH)))
            self.set_label(self.repeat, self.tr("Repeat passphrase:"))
            self.ok_button.setText(self.tr("Create store"))
        else:
            self.heading.setText(self.tr("Unlock your local case store"))
            self.explanation.setText(self.tr(
                "Your local case store is encrypted. Enter its passphrase to open it."))
            # The folder is for court IT; a long path would crowd the dialog.
            self.explanation.setToolTip(str(self.store_dir))
            self.ok_button.setText(self.tr("Unlock"))
        self.set_label(self.passphrase, self.tr("Passphrase:"))
        if self.busy:
            self.busy_label.setText(self._busy_text())

    def _busy_text(self) -> str:
        if self.creating:
            return self.tr("Creating the encrypted store…")
        return self.tr("Unlocking…")

    def submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Enter the passphrase."))
            return
        if self.creating:
            if len(text) < MIN_PASSPHRASE_LENGTH:
                self.show_error(self.tr("The passphrase is too short: use at least %1 "
                                        "characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH)))
                return
            if text != self.repeat.text():
                self.show_error(self.tr("The two entries differ. Enter the same passphrase "
                                        "twice."))
                self.repeat.clear()
                self.repeat.setFocus()
                return
        self.clear_error()
        self.set_busy(True, self._busy_text())
        self.submitted.emit(text)

    def ask_again(self, request: PassphraseRequest) -> None:
        """The core asks again: the last passphrase was wrong."""
        self.set_busy(False)
        if request.attempt > 1:
            self.show_error(self.tr("Wrong passphrase. Nothing was changed; try again."))
        self.passphrase.clear()
        self.repeat.clear()
        self.passphrase.setFocus()
