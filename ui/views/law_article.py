"""An article a text cites, opened from its link, and a deliberation's list of cited articles.

:class:`ArticleDialog` shows one article (law, number, version and its date, the text) with
one action to cite it into the note being written. :class:`CitedArticlesPanel` lists each
article cited in a deliberation's transcript once, in the order first cited, for the record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from courtdesk.laws.references import Resolution

from ..law_links import LawLinks, article_heading, link_tooltip, todays_version, version_line
from .law_versions import SideBySide

translate = QCoreApplication.translate


class ArticleDialog(QDialog):
    """One article, as the reference that was clicked names it (paragraph, item)."""

    cite_requested = Signal(str)
    library_requested = Signal(object)  # the Resolution: show its law in the Laws workspace

    def __init__(self, parent: QWidget | None = None, *, library: bool = False,
                 citable: bool = True) -> None:
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
        # Cited as on the case's facts' date, with today's text beside it when that differs.
        self.side_by_side = SideBySide()
        self.side_by_side.hide()
        self.cite = QPushButton()
        self.cite.setObjectName("citeArticle")
        self.cite.clicked.connect(self._cite)
        self.library = QPushButton()
        self.library.setObjectName("openInLaws")
        self.library.clicked.connect(self._open_library)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.library, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cite, QDialogButtonBox.ButtonRole.ActionRole)
        # After addButton, which shows what it adds: the whole law with its outline and
        # versions where the window has the library; citing where a note is being written.
        self.library.setVisible(library)
        self.cite.setVisible(citable)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.version, self.place):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.side_by_side, 1)
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
        today = todays_version(resolution.law.versions) if resolution.on else None
        differs = next((v for v in resolution.other_versions if today is not None
                        and v["version_date"] == today.version_date), None)
        self.side_by_side.setVisible(differs is not None)
        self.text.setHidden(differs is not None and quoted == whole)  # it is the left one
        if differs is not None:
            self.side_by_side.show_texts(resolution.version.version_date, whole,
                                         differs["version_date"], differs["text"])
            self.resize(max(self.width(), 820), max(self.height(), 560))

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
        self.side_by_side.retranslate()


class NoteLinks(QObject):
    """Articles a note cites: hovering the note shows them, its context menu opens them.

    A note is a table cell, not laid-out text, so the whole cell answers for the
    references in it (the text of the note is shown and stored unchanged).
    """

    article_opened = Signal(object)
    MOST = 3  # articles shown in one tooltip; the menu lists them all

    def __init__(self, view: QAbstractItemView, law_links: LawLinks, text_of) -> None:
        super().__init__(view)
        self.view, self.law_links, self.text_of = view, law_links, text_of
        view.viewport().installEventFilter(self)

    def articles_at(self, pos) -> list:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return []
        return [r for r in self.law_links.links(self.text_of(index.row())) if r.resolved]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            articles = self.articles_at(event.pos())
            if articles:
                QToolTip.showText(event.globalPos(), "<hr>".join(
                    link_tooltip(r) for r in articles[:self.MOST]), self.view.viewport())
                return True
        elif event.type() == QEvent.Type.ContextMenu:
            articles = self.articles_at(event.pos())
            if articles:
                menu = QMenu(self.view)
                menu.setObjectName("noteArticles")
                for resolution in articles:
                    action = menu.addAction(translate("LawLinks", "Show %1")
                                            .replace("%1", article_heading(resolution)))
                    action.triggered.connect(
                        lambda _c=False, r=resolution: self.article_opened.emit(r))
                menu.popup(event.globalPos())
                return True
        return super().eventFilter(watched, event)


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
