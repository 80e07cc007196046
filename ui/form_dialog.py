"""The common frame of courtdesk's small forms: heading, explanation, fields, inline error,
busy row and buttons.

While a background job runs (key derivation, login) the form shows a busy bar, locks its
fields and refuses to close: the job's answer must find the dialog it was asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setMinimumWidth(460)
        self._busy = False
        self._labels: dict[QWidget, QLabel] = {}

        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: the work has no measurable steps
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_row.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)

    def add_field(self, field: QWidget) -> QLabel:
        """Add a row; its label text is set by :meth:`set_label` in ``retranslate``."""
        label = QLabel()
        label.setBuddy(field)
        self._labels[field] = label
        self.form.addRow(label, field)
        return label

    def set_label(self, field: QWidget, text: str) -> None:
        self._labels[field].setText(text)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self) -> None:  # subclasses validate and start their work
        raise NotImplementedError

    def retranslate(self) -> None:  # subclasses set their texts
        raise NotImplementedError

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy_label.setText(text)
        self.busy_row.setVisible(busy)
        for index in range(self.form.count()):
            widget = self.form.itemAt(index).widget()
            if widget is not None:
                widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error_label.hide()
        self._grow_to_fit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Grow when the error or busy row appears, instead of squeezing the wrapped text."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def reject(self) -> None:
        if self._busy:
            return  # a running job will answer this dialog; closing now would lose its result
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
