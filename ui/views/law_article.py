"""An article a text cites, opened from its link, and a deliberation's list of cited articles.

:class:`ArticleDialog` shows one article (law, number, version and its date, the text) with
one action to cite it into the note being written. :class:`CitedArticlesPanel` lists each
article cited in a deliberation's transcript once, in the order first cited, for the record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from courtdesk.laws.references import Resolution

from ..law_links import article_heading, link_tooltip, version_line

translate = QCoreApplication.translate


class ArticleDialog(QDialog):
    """One article, as the reference that was clicked names it (paragraph, item)."""

    cite_requested = Signal(str)
    library_requested = Signal(object)  # the Resolution: show its law in the Laws workspace

    def __init__(self, parent: QWidget | None = None, *, library: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("lawArticleDialog")
        self.resolution: Resolution | None = None
        self.heading = QLabel()
        self.heading.setObjectName("articleHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.version = QLabel()
        self.version.setObjectName("articleVersion")
        self.version.setStyleSheet("color: #5f6b7a;")
        self.place = QLabel()
        self.place.setWordWrap(True)
        self.place.setStyleSheet("color: #5f6b7a;")
        self.text = QTextBrowser()
        self.text.setObjectName("articleText")
        self.cite = QPushButton()
        self.cite.setObjectName("citeArticle")
        self.cite.clicked.connect(self._cite)
        # The whole law with its outline and versions, where the window has the library.
        self.library = QPushButton()
        self.library.setObjectName("openInLaws")
        self.library.setVisible(library)
        self.library.clicked.connect(self._open_library)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.library, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cite, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.version, self.place):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.retranslate()

    def show_article(self, resolution: Resolution) -> None:
        self.resolution = resolution
        article = resolution.article
        self.heading.setText(article_heading(resolution))
        self.version.setText(version_line(resolution))
        self.place.setText(" / ".join(p for p in [article.part, *article.path] if p))
        self.place.setHidden(not self.place.text())
        quoted = resolution.quoted_text()
        whole = article.text
        self.text.setPlainText(whole if quoted == whole else f"{quoted}\n\n—\n{whole}")
        self.setWindowTitle(article_heading(resolution))

    def _cite(self) -> None:
        if self.resolution is not None:
            self.cite_requested.emit(article_heading(self.resolution))

    def _open_library(self) -> None:
        if self.resolution is not None:
            self.library_requested.emit(self.resolution)
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.library.setText(translate("LawLinks", "Open in the law library"))
        self.library.setToolTip(translate("LawLinks", "The whole law at this article, with its "
                                                      "outline and versions"))
        self.cite.setText(translate("LawLinks", "Cite into the note"))
        self.cite.setToolTip(translate("LawLinks", "Insert the law's name, the article's "
                                                   "number and the version's date into the "
                                                   "note being written."))
        if self.resolution is not None:
            self.version.setText(version_line(self.resolution))


class CitedArticlesPanel(QWidget):
    """The articles cited in a deliberation, each once, in the order first cited."""

    article_opened = Signal(object)
    cite_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citedArticles")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; color: #0b1f33;")
        self.list = QListWidget()
        self.list.setObjectName("citedArticlesList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self.cite = QPushButton()
        self.cite.setObjectName("citeCitedArticle")
        self.cite.clicked.connect(self._cite)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b7a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.cite, 0, Qt.AlignmentFlag.AlignRight)
        self.resolutions: list[Resolution] = []
        self.retranslate()

    def set_articles(self, resolutions: list[Resolution]) -> None:
        keys = [article_heading(r) for r in resolutions]
        if keys == [article_heading(r) for r in self.resolutions]:
            return
        current = self.list.currentRow()
        self.resolutions = list(resolutions)
        self.list.clear()
        for resolution, key in zip(resolutions, keys, strict=True):
            item = QListWidgetItem(key)
            item.setToolTip(link_tooltip(resolution))
            self.list.addItem(item)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        self._update()

    def citations(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _open(self, item: QListWidgetItem) -> None:
        self.article_opened.emit(self.resolutions[self.list.row(item)])

    def _cite(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.resolutions):
            self.cite_requested.emit(article_heading(self.resolutions[row]))

    def _update(self) -> None:
        self.empty.setVisible(not self.resolutions)
        self.list.setVisible(bool(self.resolutions))
        self.cite.setEnabled(self.list.currentRow() >= 0)

    def retranslate(self) -> None:
        self.title.setText(translate("LawLinks", "Articles cited in this deliberation"))
        self.empty.setText(translate("LawLinks", "Articles cited in the transcript are "
                                                 "listed here, each once."))
        self.cite.setText(translate("LawLinks", "Cite into the note"))
        for number, resolution in enumerate(self.resolutions):
            self.list.item(number).setToolTip(link_tooltip(resolution))
