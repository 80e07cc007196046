"""The Laws (法律法规) workspace: search the statutes offline and read a law at an article.

A search box (full-text over every article in force; a typed reference such as
民法典第五百七十七条 opens that article at once), filters by law and by part or chapter,
results as article cards with the hit highlighted, and the law opened at an article with
its outline beside the text. A law's versions are listed with their dates; an article
whose text differs in another version is shown beside that version's text.

Every read of the library runs on the laws queue (ui/laws_reader.py); only the newest
answer to a search is shown, so typing never paints a stale list.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..jobs import JobHandle
from ..laws_reader import (
    CHANGED_STYLE,
    LAWS_QUEUE,
    FoundArticles,
    LawReader,
    LawText,
    anchor,
    article_html,
)
from ..messages import error_code
from ..session import Session

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300
FIRST_ROLE = Qt.ItemDataRole.UserRole


class ArticleCard(QFrame):
    """One search result: the law, the article's number and the words found, highlighted."""

    clicked = Signal()

    def __init__(self, hit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hit = hit
        self.setObjectName("lawCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QFrame#lawCard { background: #ffffff; border: 1px solid #d5dbe3; "
                           "border-radius: 6px; } QFrame#lawCard:hover { border-color: #5b8fd1; }")
        article = hit.article
        self.title = QLabel(f"<b>{html.escape(article.short_name)} {html.escape(article.label)}"
                            f"</b>　<span style='color:#5b6470'>{html.escape(article.version_date)}"
                            "</span>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        where = " · ".join(p for p in [article.part, *article.path] if p)
        self.where = QLabel(html.escape(where))
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #5b6470;")
        if hit.match:
            text = (html.escape(hit.before) + f"<span style='background-color:#ffe58f'>"
                    f"{html.escape(hit.match)}</span>" + html.escape(hit.after))
        else:
            text = html.escape(hit.after)
        self.text = QLabel(text)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        if where:
            layout.addWidget(self.where)
        layout.addWidget(self.text)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class LawsWorkspace(QWidget):
    found = Signal()  # a search's cards are on screen
    law_shown = Signal()  # a law's text is on screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lawsWorkspace")
        self.session = session
        session.runner.add_queue(LAWS_QUEUE, threads=1)
        self.reader = LawReader.for_profile(session.home)
        self.laws: list = []
        self.result: FoundArticles | None = None
        self.cards: list[ArticleCard] = []
        self.shown: LawText | None = None
        self.problem = ""  # the last failure, as shown
        self._search_job: JobHandle | None = None
        self._law_job: JobHandle | None = None
        self._status: tuple = ("loading",)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        self.retranslate()
        self._run(self.reader.laws, self._laws_loaded)

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("lawSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        self.law_filter = QComboBox()
        self.law_filter.setObjectName("lawFilter")
        self.law_filter.setMinimumContentsLength(10)
        self.law_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.law_filter.currentIndexChanged.connect(self._law_filter_changed)
        self.part_filter = QComboBox()
        self.part_filter.setObjectName("lawPartFilter")
        self.part_filter.setMinimumContentsLength(14)
        self.part_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.part_filter.currentIndexChanged.connect(lambda _i: self.search_now())
        head = QHBoxLayout()
        head.addWidget(self.search, 1)
        head.addWidget(self.law_filter)
        head.addWidget(self.part_filter)
        self.status = QLabel()
        self.status.setObjectName("lawStatus")
        self.status.setWordWrap(True)

        self.card_column = QWidget()
        self.card_layout = QVBoxLayout(self.card_column)
        self.card_layout.setContentsMargins(4, 4, 4, 4)
        self.card_layout.addStretch(1)
        self.results = QScrollArea()
        self.results.setObjectName("lawResults")
        self.results.setWidgetResizable(True)
        self.results.setWidget(self.card_column)
        self.results.setMinimumWidth(300)
        self.results.viewport().installEventFilter(self)

        self.law_title = QLabel()
        self.law_title.setObjectName("lawTitle")
        self.law_title.setWordWrap(True)
        font = self.law_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.law_title.setFont(font)
        self.version_label = QLabel()
        self.versions = QComboBox()
        self.versions.setObjectName("lawVersions")
        # Its texts change with the language: the box follows them, never cutting a date.
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.versions.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.versions.activated.connect(self._version_chosen)
        title_row = QHBoxLayout()
        title_row.addWidget(self.law_title, 1)
        title_row.addWidget(self.version_label)
        title_row.addWidget(self.versions)
        self.outline = QTreeWidget()
        self.outline.setObjectName("lawOutline")
        self.outline.setHeaderHidden(True)
        self.outline.itemClicked.connect(self._outline_clicked)
        self.text = QTextBrowser()
        self.text.setObjectName("lawText")
        self.text.setOpenLinks(False)
        reading = QSplitter(Qt.Orientation.Horizontal)
        reading.addWidget(self.outline)
        reading.addWidget(self.text)
        reading.setStretchFactor(1, 3)
        reading.setSizes([220, 560])

        self.compare_box = QGroupBox()
        self.compare_box.setObjectName("lawCompare")
        self.compare_this_label = QLabel()
        self.compare_other = QComboBox()
        self.compare_other.setObjectName("lawCompareVersion")
        self.compare_other.currentIndexChanged.connect(self._show_other_version)
        self.compare_this = QTextBrowser()
        self.compare_this.setObjectName("lawCompareThis")
        self.compare_that = QTextBrowser()
        self.compare_that.setObjectName("lawCompareOther")
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.compare_this_label)
        left.addWidget(self.compare_this)
        right.addWidget(self.compare_other)
        right.addWidget(self.compare_that)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.compare_box.setLayout(columns)
        self.compare_box.setMaximumHeight(230)
        self.compare_box.hide()

        self.law_pane = QWidget()
        law_column = QVBoxLayout(self.law_pane)
        law_column.setContentsMargins(0, 0, 0, 0)
        law_column.addLayout(title_row)
        law_column.addWidget(reading, 1)
        law_column.addWidget(self.compare_box)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("lawPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_side = QWidget()
        right_column = QVBoxLayout(right_side)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.placeholder, 1)
        right_column.addWidget(self.law_pane, 1)
        self.law_pane.hide()

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.results)
        split.addWidget(right_side)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Search every article, or type an article reference"))
        if self.law_filter.count():
            self.law_filter.setItemText(0, self.tr("All laws"))
        if self.part_filter.count():
            self.part_filter.setItemText(0, self.tr("All parts and chapters"))
        self.part_filter.setToolTip(self.tr("Search only within this part or chapter"))
        self.version_label.setText(self.tr("Version:"))
        self.placeholder.setText(self.tr(
            "Search the law, or type a reference, and choose an article to read it here with "
            "its law's outline."))
        self.compare_box.setTitle(self.tr("This article differs between versions"))
        self._fill_versions()
        self._show_status()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.results.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().eventFilter(watched, event)

    def _fit_cards(self) -> None:
        # A scroll area squeezes its column to the viewport instead of letting wrapped
        # text grow downwards: each card gets the height its text needs at this width.
        margins = self.card_layout.contentsMargins()
        width = self.results.viewport().width() - margins.left() - margins.right()
        for card in self.cards:
            card.setFixedHeight(card.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            # The language's font arrives after its texts: size the boxes for both.
            QTimer.singleShot(0, self._refit)
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._refit)  # texts set while hidden were measured unpolished

    def _refit(self) -> None:
        # Qt's own size for a combo box can fall a few pixels short of full-width
        # brackets (（2023-09-01 起施行）): widen it by what its edit field lacks.
        for box in (self.versions, self.law_filter, self.compare_other):
            box.setMinimumWidth(0)
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField,
                                              box).width()
            widest = max((box.fontMetrics().horizontalAdvance(box.itemText(i))
                          for i in range(box.count())), default=0)
            frame = box.width() - room  # the arrow and the frame around the text
            box.setMinimumWidth(max(box.sizeHint().width(), widest + frame + 2))

    def shutdown(self) -> None:
        reader = self.reader
        self.session.runner.submit(reader.close, queue=LAWS_QUEUE)

    # -- background reads ----------------------------------------------------------------
    def _run(self, fn, on_done) -> JobHandle:
        return self.session.runner.submit(fn, queue=LAWS_QUEUE, owner=self, on_done=on_done,
                                          on_error=self._failed, label="laws")

    def _failed(self, exc: BaseException) -> None:
        self._status = ("failed", error_code(exc), str(exc))
        self._show_status()

    def _laws_loaded(self, laws: list) -> None:
        self.laws = laws
        self.law_filter.blockSignals(True)
        self.law_filter.clear()
        self.law_filter.addItem(self.tr("All laws"), None)
        for law in laws:
            self.law_filter.addItem(law.short_name, law.id)
            self.law_filter.setItemData(self.law_filter.count() - 1, law.title,
                                        Qt.ItemDataRole.ToolTipRole)
        self.law_filter.blockSignals(False)
        self._fill_parts([])
        if self._status == ("loading",):
            self._status = ("ready", len(laws), sum(v.articles for law in laws
                                                    for v in law.versions[-1:]))
        self._show_status()

    def _law_filter_changed(self, _index: int) -> None:
        law_id = self.law_filter.currentData()
        self._fill_parts([])
        if law_id is not None:
            self._run(lambda: self.reader.headings(law_id), self._fill_parts)
        self.search_now()

    def _fill_parts(self, headings: list) -> None:
        self.part_filter.blockSignals(True)
        self.part_filter.clear()
        self.part_filter.addItem(self.tr("All parts and chapters"), "")
        for entry in headings:
            self.part_filter.addItem("　" * entry.level + entry.title, entry.title)
        self.part_filter.setEnabled(bool(headings))
        self.part_filter.blockSignals(False)

    # -- searching -----------------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        if self._search_job is not None:
            self._search_job.cancel()
            self._search_job = None
        if not query:
            self._show_cards(FoundArticles("", None, []))
            return
        law_id = self.law_filter.currentData()
        within = self.part_filter.currentData() or ""
        reader = self.reader
        self._search_job = self._run(lambda: reader.find(query, law_id, within),
                                     self._show_cards)

    def _show_cards(self, result: FoundArticles) -> None:
        self._search_job = None
        self.result = result
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for number, hit in enumerate(result.hits):
            card = ArticleCard(hit, self.card_column)
            card.clicked.connect(lambda n=number: self.open_hit(n))
            self.card_layout.insertWidget(self.card_layout.count() - 1, card)
            self.cards.append(card)
        self._fit_cards()
        self.results.verticalScrollBar().setValue(0)
        cited = result.cited
        if cited is not None:
            self._status = ("cited", cited)
            if cited.resolved:
                self.open_article(cited.law.id, cited.version.id, cited.article.number,
                                  cited.article.sub)
        elif result.query:
            self._status = ("found", len(result.hits), result.query)
        else:
            self._status = ("ready", len(self.laws), 0)
        self._show_status()
        self.found.emit()

    def _show_status(self) -> None:
        kind = self._status[0]
        if kind == "loading":
            text = self.tr("Opening the law library…")
        elif kind == "failed":
            text = self.tr("The law library could not be read, so statute search is "
                           "unavailable. Ask court IT to install the court's law library "
                           "file. (%1)").replace("%1", self._status[1])
        elif kind == "found":
            count, query = self._status[1], self._status[2]
            text = (self.tr("%n article(s) found for “%1”.", "", count).replace("%1", query)
                    if count else self.tr("No article in force contains “%1”.")
                    .replace("%1", query))
        elif kind == "cited":
            text = self._cited_text(self._status[1])
        else:
            text = self.tr("%n law(s) in the library.", "", len(self.laws))
        self.problem = text if kind == "failed" else ""
        self.status.setText(text)

    def _cited_text(self, cited) -> str:
        ref = cited.reference
        if cited.resolved:
            return self.tr("Opened %1.").replace("%1", cited.article.citation(
                ref.paragraph, ref.item))
        if cited.status == "ambiguous_law" and cited.candidates:
            return self.tr("“%1” could mean several laws: %2. Write the law's full name, "
                           "or choose the law in the filter.").replace("%1", ref.text) \
                .replace("%2", "；".join(cited.candidates[:6]))
        if cited.status == "unknown_law":
            text = self.tr("No law named “%1” is in the library.").replace(
                "%1", ref.law_written or ref.text)
            if cited.candidates:
                text += " " + self.tr("Did you mean %1?").replace("%1", cited.candidates[0])
            return text
        if cited.status == "no_such_article" and cited.law is not None:
            low_high = ""
            if cited.version is not None:
                low_high = cited.version.version_date
            return self.tr("%1 (version of %2) has no such article.").replace(
                "%1", cited.law.title).replace("%2", low_high)
        return self.tr("“%1” was read as a reference but does not name an article in the "
                       "library.").replace("%1", ref.text)

    # -- reading a law -------------------------------------------------------------------
    def open_hit(self, index: int) -> None:
        hit = self.result.hits[index]
        article = hit.article
        law = next(law for law in self.laws if law.id == article.law_id)
        version = next(v for v in law.versions if v.version_date == article.version_date)
        self.open_article(law.id, version.id, article.number, article.sub, hit.spans)

    def open_article(self, law_id: int, version_id: int | None, number: int, sub: int = 0,
                     spans: list | None = None) -> None:
        if self._law_job is not None:
            self._law_job.cancel()
        reader = self.reader
        self._law_job = self._run(
            lambda: reader.law_text(law_id, version_id, number, sub, spans), self._show_law)

    def _show_law(self, shown: LawText) -> None:
        self._law_job = None
        self.shown = shown
        self.placeholder.hide()
        self.law_pane.show()
        self.law_title.setText(shown.law.title)
        self._fill_versions()
        self.outline.clear()
        parents: list[QTreeWidgetItem] = []
        for entry in shown.outline:
            parents = parents[:entry.level]
            item = QTreeWidgetItem([entry.title])
            item.setData(0, FIRST_ROLE, (entry.first_article, entry.first_sub))
            if parents:
                parents[-1].addChild(item)
            else:
                self.outline.addTopLevelItem(item)
            parents.append(item)
        self.outline.expandToDepth(0)
        self.text.setHtml(shown.html)
        if shown.article is not None:
            where = anchor(shown.article.number, shown.article.sub)
            self.text.scrollToAnchor(where)
            # Once the page is laid out at its width, the article's top is where it scrolls.
            QTimer.singleShot(0, lambda: self.text.scrollToAnchor(where))
            self._select_outline(shown.article.number, shown.article.sub)
        self._fill_compare()
        self.law_shown.emit()

    def _select_outline(self, number: int, sub: int) -> None:
        best = None
        iterator = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if tuple(item.data(0, FIRST_ROLE)) <= (number, sub):
                best = item
            iterator = [item.child(i) for i in range(item.childCount())] + iterator
        if best is not None:
            self.outline.setCurrentItem(best)
            self.outline.scrollToItem(best)

    def _outline_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        number, sub = item.data(0, FIRST_ROLE)
        self.text.scrollToAnchor(anchor(number, sub))

    def _fill_versions(self) -> None:
        self.versions.clear()
        if self.shown is None:
            return
        for version in self.shown.law.versions:
            text = self.tr("%1 (in force from %2)").replace("%1", version.version_date) \
                .replace("%2", version.effective_from or "—")
            self.versions.addItem(text, version.id)
            if version.id == self.shown.version.id:
                self.versions.setCurrentIndex(self.versions.count() - 1)
        self.versions.setEnabled(len(self.shown.law.versions) > 1)
        QTimer.singleShot(0, self._refit)
        self._fill_compare()

    def _version_chosen(self, index: int) -> None:
        """Another version of the open law: the same article in it, or its beginning."""
        version_id = self.versions.itemData(index)
        shown = self.shown
        if shown is None or version_id == shown.version.id:
            return
        article = shown.article
        self.open_article(shown.law.id, version_id, article.number if article else 0,
                          article.sub if article else 0)

    def choose_version(self, version_date: str) -> None:
        """Show the open law in its version of ``version_date`` (as the picker does)."""
        index = next(i for i in range(self.versions.count())
                     if self.versions.itemText(i).startswith(version_date))
        self.versions.setCurrentIndex(index)
        self._version_chosen(index)

    def _fill_compare(self) -> None:
        shown = self.shown
        if shown is None or shown.article is None or not shown.changes:
            self.compare_box.hide()
            return
        self.compare_this_label.setText(self.tr("Version of %1 (shown above)").replace(
            "%1", shown.version.version_date))
        self.compare_other.blockSignals(True)
        self.compare_other.clear()
        for change in shown.changes:
            self.compare_other.addItem(self.tr("Version of %1").replace(
                "%1", change.version.version_date), change.version.id)
        self.compare_other.blockSignals(False)
        self._show_other_version(0)
        self.compare_box.show()

    def _show_other_version(self, index: int) -> None:
        if self.shown is None or not (0 <= index < len(self.shown.changes)):
            return
        change = self.shown.changes[index]
        # What differs is marked on both sides.
        self.compare_this.setHtml(article_html(self.shown.article, change.here, CHANGED_STYLE))
        if change.article is None:
            self.compare_that.setHtml(html.escape(self.tr(
                "This version has no article of this number.")))
        else:
            self.compare_that.setHtml(article_html(change.article, change.there,
                                                   CHANGED_STYLE))
