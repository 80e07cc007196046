"""An article's text in the version of a case's facts' date beside today's text.

A case whose facts' date is known is cited in the version in force on that date (the words
saying so are ``law_links.facts_version_line``); when today's text differs, the laws panel
and an article's window show both with :class:`SideBySide`, what differs marked on each side.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

from ..laws_reader import CHANGED_STYLE, differences, marked

translate = QCoreApplication.translate


class SideBySide(QWidget):
    """An article's text in the version shown beside today's, differences marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lawSideBySide")
        self.this_title, self.that_title = QLabel(), QLabel()
        for label in (self.this_title, self.that_title):
            label.setWordWrap(True)
            label.setStyleSheet("color: #5f6b7a;")
        self.this_text, self.that_text = QTextBrowser(), QTextBrowser()
        self.this_text.setObjectName("sideBySideThis")
        self.that_text.setObjectName("sideBySideToday")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.this_title, 0, 0)
        grid.addWidget(self.that_title, 0, 1)
        grid.addWidget(self.this_text, 1, 0)
        grid.addWidget(self.that_text, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._shown: tuple | None = None

    def show_texts(self, this_date: str, this_text: str, today_date: str,
                   today_text: str | None) -> None:
        """The article as shown (version ``this_date``) and today's (None: not in it)."""
        self._shown = (this_date, this_text, today_date, today_text)
        here, there = differences(this_text, today_text) if today_text is not None else ([], [])
        self.this_text.setHtml(marked(this_text, here, CHANGED_STYLE))
        if today_text is None:
            self.that_text.setPlainText(translate(
                "LawsWorkspace", "This version has no article of this number."))
        else:
            self.that_text.setHtml(marked(today_text, there, CHANGED_STYLE))
        self.retranslate()

    def retranslate(self) -> None:
        if self._shown is None:
            return
        this_date, _text, today_date, _today = self._shown
        self.this_title.setText(translate("LawLinks", "Version of %1 (the facts' date)")
                                .replace("%1", this_date))
        self.that_title.setText(translate("LawLinks", "Today's text (version of %1)")
                                .replace("%1", today_date))
