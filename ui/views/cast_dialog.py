""""Cast to room screen…": choose a receiver, type its PIN, pair in the background.

The list holds the room screens that answered on the network (mDNS, when
``casting/discovery.py`` is installed) and those this PC paired with before; a typed
HOST:PORT is always possible, as court networks often block multicast. Pairing runs as the
cast's own background job (:class:`~courtdesk.ui.cast_target.LanCastTarget`); the dialog
shows it going, and on success hands the paired target on through :attr:`casting`. A
refusal (wrong PIN, locked, busy, another certificate) stays in the dialog, so the person
retypes the PIN without starting over.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from courtdesk.casting.pairing import PIN_DIGITS, check_pin
from courtdesk.casting.sender import KnownReceivers, parse_address

from ..cast_target import LanCastTarget
from ..form_dialog import FormDialog
from ..jobs import JobRunner, Queue
from ..messages import details_link, error_box_for
from ..translation import counted

ADDRESS_ROLE = Qt.ItemDataRole.UserRole
PUBLIC_ROLE = Qt.ItemDataRole.UserRole + 1


def discovery_browse() -> Callable[[float], list] | None:
    """``casting.discovery.browse`` when discovery is installed, else None (typed
    addresses only)."""
    try:
        from courtdesk.casting.discovery import browse
    except ImportError:
        return None
    return browse


class CastDialog(FormDialog):
    casting = Signal(object)  # the paired LanCastTarget

    def __init__(self, runner: JobRunner, known: KnownReceivers,
                 start: Callable[[str, str, str | None], LanCastTarget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("castDialog")
        self.setMinimumWidth(540)
        self.runner = runner
        self.known = known
        self._start = start
        self.target: LanCastTarget | None = None
        self.found: list = []  # FoundReceiver values from discovery
        self._browse = discovery_browse()
        self._searching = False

        self.receivers = QListWidget()
        self.receivers.setObjectName("castReceivers")
        self.receivers.setMinimumHeight(120)
        self.receivers.currentItemChanged.connect(self._chosen)
        self.receivers.itemDoubleClicked.connect(lambda _item: self.pin.setFocus())
        self.search_note = QLabel()
        self.search_note.setObjectName("castSearchNote")
        self.search_note.setWordWrap(True)
        self.search_note.setStyleSheet("color: #5f6b7a;")
        self.address = QLineEdit()
        self.address.setObjectName("castAddress")
        self.address.textEdited.connect(self._typed)
        self.pin = QLineEdit()
        self.pin.setObjectName("castPin")
        self.pin.setMaxLength(PIN_DIGITS)
        self.pin.setValidator(QRegularExpressionValidator(rf"\d{{0,{PIN_DIGITS}}}"))
        self.public_note = QLabel()
        self.public_note.setObjectName("castPublicNote")
        self.public_note.setWordWrap(True)
        self.public_note.setStyleSheet("color: #8a5300;")
        self.public_note.hide()
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("castForget")
        self.forget_button.clicked.connect(self.forget)
        self.forget_button.hide()
        under_list = QHBoxLayout()
        under_list.setContentsMargins(0, 0, 0, 0)
        under_list.addWidget(self.search_note, 1)
        under_list.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_field(self.receivers)
        self.form.addRow("", under_list)
        self.add_field(self.address)
        self.add_field(self.pin)
        self.form.addRow("", self.public_note)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.linkActivated.connect(self._open_details)
        self.retranslate()
        self._list_receivers()
        self.search()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cast to room screen"))
        self.heading.setText(self.tr("Cast to room screen"))
        self.explanation.setText(self.tr(
            "The page you read appears on the room screen and follows as you turn pages. "
            "Choose the screen or type the address it shows, then type its PIN."))
        self.set_label(self.receivers, self.tr("Room screens"))
        self.set_label(self.address, self.tr("Address"))
        self.set_label(self.pin, self.tr("PIN"))
        self.address.setPlaceholderText(self.tr("as the room screen shows it, e.g. "
                                                "192.168.1.20:8765"))
        self.pin.setPlaceholderText(self.tr("the 6 digits on the room screen"))
        self.public_note.setText(self.tr(
            "A public screen: everyone in the room can read what you cast to it."))
        self.ok_button.setText(self.tr("Cast"))
        self.forget_button.setText(self.tr("Forget this screen"))
        self.forget_button.setToolTip(self.tr(
            "Pair anew with this address: only when court IT has reinstalled the room's PC"))
        self._list_receivers()
        self._show_search_note()

    def _show_search_note(self) -> None:
        if self._browse is None:
            text = self.tr("Type the address the room screen shows.")
        elif self._searching:
            text = self.tr("Looking for room screens on the network…")
        elif self.found:
            text = counted(self.tr("Room screens found on the network: %n."), len(self.found))
        else:
            text = self.tr("No room screen answered on the network (court networks often "
                           "block this): type the address the room screen shows.")
        self.search_note.setText(text)

    # -- the list --------------------------------------------------------------------------
    def search(self) -> None:
        """Ask the network for room screens (a couple of seconds, off the GUI thread)."""
        if self._browse is None or self._searching:
            return
        self._searching = True
        self._show_search_note()
        browse = self._browse

        def arrived(found: list) -> None:
            self._searching = False
            self.found = list(found)
            self._list_receivers()
            self._show_search_note()

        def failed(_exc: BaseException) -> None:  # multicast refused: typing still works
            arrived([])

        self.runner.submit(lambda: browse(2.0), queue=Queue.GENERAL, owner=self,
                           on_done=arrived, on_error=failed, label="find room screens")

    def _list_receivers(self) -> None:
        chosen = self.address.text().strip()
        remembered = self.known.entries()
        rows: dict[str, tuple[str, bool, bool]] = {}  # address -> name, public, paired
        for found in self.found:
            rows[found.address] = (found.name, bool(found.public),
                                   found.address in remembered)
        for address, entry in remembered.items():
            if address not in rows:
                rows[address] = (str(entry.get("name") or ""), False, True)
        self.receivers.blockSignals(True)
        self.receivers.clear()
        for address, (name, public, paired) in rows.items():
            notes = [self.tr("public screen")] if public else []
            if paired:
                notes.append(self.tr("paired before"))
            text = f"{name or address} — {address}"
            if notes:
                text += f"  ({', '.join(notes)})"
            item = QListWidgetItem(text)
            item.setData(ADDRESS_ROLE, address)
            item.setData(PUBLIC_ROLE, public)
            self.receivers.addItem(item)
            if address == chosen:
                self.receivers.setCurrentItem(item)
        self.receivers.blockSignals(False)
        # No list to choose from (none found, none paired before): the address is the way.
        listed = self.receivers.count() > 0
        self.receivers.setVisible(listed)
        self._labels[self.receivers].setVisible(listed)
        self._show_forget()

    def _show_forget(self) -> None:
        """"Forget this screen" for a receiver paired before (the certificate it must show)."""
        if not self.busy:
            address = self.address.text().strip()
            self.forget_button.setVisible(bool(address) and address in self.known.entries())

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.address.setText(item.data(ADDRESS_ROLE))
        self.public_note.setVisible(bool(item.data(PUBLIC_ROLE)))
        self.clear_error()
        self._show_forget()

    def _typed(self, text: str) -> None:
        self.receivers.setCurrentItem(None)
        self.public_note.setVisible(any(f.address == text.strip() and f.public
                                        for f in self.found))
        self._show_forget()

    def forget(self) -> None:
        """Forget the certificate of the address (after court IT reinstalled that PC): the
        next cast pairs anew and remembers the new one."""
        self.known.forget(self.address.text().strip())
        self.clear_error()
        self._list_receivers()
        self.pin.setFocus()

    # -- pairing -----------------------------------------------------------------------------
    def submit(self) -> None:
        address, pin = self.address.text().strip(), self.pin.text().strip()
        try:
            parse_address(address)
        except ValueError:
            self.show_error(html.escape(self.tr(
                "Type the address as the room screen shows it, e.g. 192.168.1.20:8765.")))
            self.address.setFocus()
            return
        try:
            check_pin(pin)
        except ValueError:
            self.show_error(html.escape(self.tr(
                "The PIN is the 6 digits the room screen shows.")))
            self.pin.setFocus()
            return
        # A receiver found on the network must show the certificate it announced (checked
        # before the PIN is used); a typed address relies on the PIN and the pairing alone.
        announced = next((f.fingerprint for f in self.found if f.address == address), None)
        self.forget_button.hide()
        self.target = target = self._start(address, pin, announced)
        target.paired.connect(self._paired)
        target.ended.connect(self._refused)
        self.set_busy(True, self.tr("Pairing with %1…").replace("%1", address))
        self.buttons.setEnabled(True)  # Cancel stays: it gives up pairing
        self.ok_button.setEnabled(False)
        target.start()

    def _paired(self, _info: dict) -> None:
        target, self.target = self.target, None
        target.paired.disconnect(self._paired)
        target.ended.disconnect(self._refused)
        self.set_busy(False)
        self.casting.emit(target)
        self.accept()

    def _refused(self, message: str) -> None:
        target, self.target = self.target, None
        self.set_busy(False)
        self.ok_button.setEnabled(True)
        if target is not None:
            target.deleteLater()  # ended: nothing more comes from it
        if target is None or target.error is None:  # cancelled by the person
            super().reject()
            return
        self.shown_error = target.error
        self.show_error(f"{html.escape(message).replace(chr(10), '<br>')} {details_link()}")
        self._list_receivers()  # a receiver just paired with is remembered now
        self.pin.clear()
        self.pin.setFocus()

    def _open_details(self, _link: str) -> None:
        self.details = error_box_for(self, self.shown_error)
        self.details.open()

    def reject(self) -> None:
        if self.target is not None:
            self.target.stop()  # pairing gives up; the dialog closes when it has
            return
        super().reject()
