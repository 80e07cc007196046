"""How far OCR has read the case's scanned pages: a line and a bar under the search.

The controller runs OCR on its work queue whenever the open case has pages waiting, and
reports each page read (:attr:`DossierController.ocr_progress`); scanned pages become
searchable as they are read, so the progress sits where the search results are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class OcrProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("dossierOcrProgress")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.bar)
        self._shown: tuple[str, int, int] | None = None
        self.hide()

    def retranslate(self) -> None:
        if self._shown is not None and not self.isHidden():
            self.show_progress(*self._shown)

    def show_progress(self, title: str, done: int, total: int) -> None:
        """``title``'s pages read so far; nothing shown when ``total`` is 0 or all are read."""
        self._shown = (title, done, total)
        if total <= 0 or done >= total:
            self.hide()
            return
        self.label.setText(translate("DossierWorkspace", "Reading scanned pages (OCR): "
                                     "%1, %2 of %3").replace("%1", title)
                           .replace("%2", str(done)).replace("%3", str(total)))
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.show()
