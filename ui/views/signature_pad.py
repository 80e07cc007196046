"""The signature pad: one person signs the record, on the courtroom screen or the signing tablet.

On a PC with a second screen (the signing tablet in front of the parties) the pad opens there,
full screen; otherwise it is a large window over the workspace. It shows whose signature it is
and what is being signed, in big enough letters to read from a standing position, takes the
strokes (:class:`InkCanvas`) and hands a :class:`~courtdesk.signing.ink.SignatureInk` to
whoever opened it when the signer presses Sign. It signs nothing itself.

Keys: Ctrl+Z undo the last stroke, Ctrl+Shift+Z (or Ctrl+Y) redo, Ctrl+Delete clear, Enter
sign (once there is ink), Esc cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from courtdesk.signing.ink import SignatureInk, Stroke

from ..labels import role_label, side_label, speaker_role_label
from .ink_canvas import InkCanvas

translate = QCoreApplication.translate


def signer_role_label(role: str) -> str:
    """Who signs the record, as the pad and the round's list name them: a party by its
    side, an agent, or the court's people by their role."""
    if role == "agent":
        return translate("SigningRound", "Agent ad litem")
    if role.endswith("_agent"):  # plaintiff_agent: the plaintiff's agent ad litem
        return translate("SigningRound", "%1's agent").replace(
            "%1", side_label(role.removesuffix("_agent")))
    if role in ("plaintiff", "defendant", "third_party", "appellant", "appellee"):
        return side_label(role)
    if role in ("clerk", "judge", "presiding_judge", "people_assessor"):
        return role_label(role)
    return speaker_role_label(role)


def pad_screen(main_screen: QScreen | None) -> QScreen | None:
    """The signing tablet: a screen other than the clerk's, if the PC has one."""
    others = [s for s in QGuiApplication.screens() if s is not main_screen]
    if main_screen is None or len(others) == len(QGuiApplication.screens()):
        others = QGuiApplication.screens()[1:]
    return others[0] if others else None


class SignaturePad(QDialog):
    """Collects one signature. ``ink_signed`` carries the SignatureInk; Cancel emits nothing."""

    ink_signed = Signal(object)

    def __init__(self, signer_name: str, signer_role: str, document_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setModal(True)
        self.signer_name, self.signer_role = signer_name, signer_role
        self.document_name = document_name
        self.on_tablet = False  # full screen on a second screen

        self.name_label = QLabel(signer_name)
        self.name_label.setObjectName("padSignerName")
        name_font = QFont(self.font())
        name_font.setPointSizeF(max(20.0, name_font.pointSizeF() * 2.2))
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.role_label = QLabel()
        self.role_label.setObjectName("padSignerRole")
        role_font = QFont(self.font())
        role_font.setPointSizeF(max(13.0, role_font.pointSizeF() * 1.4))
        self.role_label.setFont(role_font)
        self.document_label = QLabel()
        self.document_label.setObjectName("padDocument")
        self.document_label.setWordWrap(True)
        self.document_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setObjectName("padHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")

        self.canvas = InkCanvas()
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.changed.connect(self._update_buttons)

        self.clear_button = self._button("padClear", self.canvas.clear)
        self.undo_button = self._button("padUndo", self.canvas.undo)
        self.redo_button = self._button("padRedo", self.canvas.redo)
        self.cancel_button = self._button("padCancel", self.reject)
        self.sign_button = self._button("padSign", self.sign)
        self.sign_button.setDefault(True)
        big = QFont(self.font())
        big.setPointSizeF(max(12.0, big.pointSizeF() * 1.25))
        for button in (self.clear_button, self.undo_button, self.redo_button,
                       self.cancel_button, self.sign_button):
            button.setFont(big)
            button.setMinimumHeight(44)  # a finger's width on a tablet
        self.sign_button.setMinimumWidth(160)

        for keys, slot in ((QKeySequence.StandardKey.Undo, self.canvas.undo),
                           (QKeySequence.StandardKey.Redo, self.canvas.redo),
                           (QKeySequence("Ctrl+Shift+Z"), self.canvas.redo),
                           (QKeySequence("Ctrl+Del"), self.canvas.clear)):
            QShortcut(keys, self, slot)

        who = QVBoxLayout()
        who.addWidget(self.name_label)
        who.addWidget(self.role_label)
        header = QHBoxLayout()
        header.addLayout(who)
        header.addStretch(1)
        header.addWidget(self.document_label, 2, Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        for button in (self.clear_button, self.undo_button, self.redo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.canvas, self.clear_button)
        self.retranslate()
        self._update_buttons()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- where it opens ------------------------------------------------------------------
    def show_for_signing(self) -> None:
        """On the signing tablet full screen if there is one, else large over the window."""
        parent = self.parentWidget()
        main_screen = parent.window().screen() if parent is not None else None
        tablet = pad_screen(main_screen)
        self.on_tablet = tablet is not None
        if tablet is not None:
            self.setScreen(tablet)
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setGeometry(tablet.geometry())
            self.showFullScreen()
        else:
            screen = main_screen or QGuiApplication.primaryScreen()
            area = screen.availableGeometry()
            width, height = int(area.width() * 0.8), int(area.height() * 0.75)
            self.resize(max(width, 720), max(height, 480))
            self.move(area.center().x() - self.width() // 2,
                      area.center().y() - self.height() // 2)
            self.show()
        self.raise_()
        self.activateWindow()
        self.canvas.restart_clock()
        self.canvas.setFocus()

    # -- the signature -------------------------------------------------------------------
    def ink(self) -> SignatureInk:
        size = self.canvas.pad_size()
        return SignatureInk(strokes=[Stroke(points=list(points))
                                     for points in self.canvas.strokes],
                            width=size.width(), height=size.height(),
                            device=self.canvas.device())

    def sign(self) -> None:
        if self.canvas.empty:
            return
        self.ink_signed.emit(self.ink())
        self.accept()

    def _update_buttons(self) -> None:
        self.sign_button.setEnabled(not self.canvas.empty)
        self.clear_button.setEnabled(not self.canvas.empty)
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.redo_button.setEnabled(self.canvas.can_redo())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not isinstance(self.focusWidget(), QPushButton):
            self.sign()  # Enter on the writing surface signs, when there is ink
            return
        super().keyPressEvent(event)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signature: %1").replace("%1", self.signer_name))
        self.role_label.setText(signer_role_label(self.signer_role))
        self.document_label.setText(self.tr("Signing: %1").replace("%1", self.document_name))
        self.hint.setText(self.tr("Sign in the box with the pen, a finger or the mouse. "
                                  "Your signature is bound to this document only."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Start again on an empty box (Ctrl+Del)"))
        self.undo_button.setText(self.tr("Undo stroke"))
        self.undo_button.setToolTip(self.tr("Take back the last stroke (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo stroke"))
        self.redo_button.setToolTip(self.tr("Put the stroke back (Ctrl+Shift+Z)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.sign_button.setText(self.tr("Sign"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
