"""Searching the law: the search box, the law and part filters, the status line and the
article cards, shared by the Laws workspace and the laws panel beside a hearing or dossier.

A query runs on the laws queue (ui/laws_reader.py) after a short pause in typing; only the
newest answer is shown, so typing never paints a stale list. A typed reference such as
民法典第五百七十七条 is answered with the article it names (:attr:`LawSearchBox.cited`).
The versions searched are those in force on :attr:`LawSearchBox.on` (a case's facts date),
else today's.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..jobs import JobHandle
from ..laws_reader import LAWS_QUEUE, FoundArticles, LawReader
from ..messages import error_code
from ..translation import counted

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300


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


class LawSearchBox(QWidget):
    """The search field, the filters, the status line and the cards, in one column.

    ``compact`` (the panel beside a hearing) lets the filters and cards narrow further. The
    owner gives the reader and the runner; every read runs on the laws queue.
    """

    found = Signal()  # a search's cards are on screen
    hit_chosen = Signal(object)  # a card was clicked: its LawSearchHit
    cited = Signal(object)  # the query named an article: its Resolution (resolved)
    laws_loaded = Signal(list)  # the library's laws (LawInfo), once it is open

    def __init__(self, runner, reader: LawReader, *, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.reader = reader
        self.on: str | None = None  # search the versions in force then (None: today's)
        self.laws: list = []
        self.result: FoundArticles | None = None
        self.cards: list[ArticleCard] = []
        self.problem = ""  # the last failure, as shown
        self._search_job: JobHandle | None = None
        self._status: tuple = ("loading",)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._build(compact)
        self.retranslate()

    def _build(self, compact: bool) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("lawSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        self.law_filter = QComboBox()
        self.law_filter.setObjectName("lawFilter")
        self.law_filter.setMinimumContentsLength(8 if compact else 10)
        self.law_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon if compact
            else QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.law_filter.currentIndexChanged.connect(self._law_filter_changed)
        self.part_filter = QComboBox()
        self.part_filter.setObjectName("lawPartFilter")
        self.part_filter.setMinimumContentsLength(8 if compact else 14)
        self.part_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.part_filter.currentIndexChanged.connect(lambda _i: self.search_now())
        # The query gets the column's whole width, the filters share the line under it.
        head = QGridLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.search, 0, 0, 1, 2)
        head.addWidget(self.law_filter, 1, 0)
        head.addWidget(self.part_filter, 1, 1)
        head.setColumnStretch(1, 1)
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
        self.results.setMinimumWidth(240 if compact else 300)
        self.results.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def start(self) -> None:
        """Open the library (the first time imports the starter laws) and list its laws."""
        self._run(self.reader.laws, self._laws_loaded)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate(
            "LawsWorkspace", "Search every article, or type an article reference"))
        if self.law_filter.count():
            self.law_filter.setItemText(0, translate("LawsWorkspace", "All laws"))
        if self.part_filter.count():
            self.part_filter.setItemText(0, translate("LawsWorkspace",
                                                      "All parts and chapters"))
        self.part_filter.setToolTip(translate("LawsWorkspace",
                                              "Search only within this part or chapter"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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

    def set_on(self, on: str | None) -> None:
        """Search the versions in force on ``on`` from now on (a case's facts date)."""
        on = on or None
        if on != self.on:
            self.on = on
            if self.search.text().strip():
                self.search_now()

    # -- background reads ----------------------------------------------------------------
    def _run(self, fn, on_done) -> JobHandle:
        return self.runner.submit(fn, queue=LAWS_QUEUE, owner=self, on_done=on_done,
                                  on_error=self.failed, label="laws")

    def failed(self, exc: BaseException) -> None:
        self._status = ("failed", error_code(exc), str(exc))
        self._show_status()

    def _laws_loaded(self, laws: list) -> None:
        self.laws = laws
        self.law_filter.blockSignals(True)
        self.law_filter.clear()
        self.law_filter.addItem(translate("LawsWorkspace", "All laws"), None)
        for law in laws:
            self.law_filter.addItem(law.short_name, law.id)
            self.law_filter.setItemData(self.law_filter.count() - 1, law.title,
                                        Qt.ItemDataRole.ToolTipRole)
        self.law_filter.blockSignals(False)
        self._fill_parts([])
        if self._status == ("loading",):
            self._status = ("ready",)
        self._show_status()
        self.laws_loaded.emit(laws)

    def _law_filter_changed(self, _index: int) -> None:
        law_id = self.law_filter.currentData()
        self._fill_parts([])
        if law_id is not None:
            reader, on = self.reader, self.on
            self._run(lambda: reader.headings(law_id, on), self._fill_parts)
        self.search_now()

    def _fill_parts(self, headings: list) -> None:
        self.part_filter.blockSignals(True)
        self.part_filter.clear()
        self.part_filter.addItem(translate("LawsWorkspace", "All parts and chapters"), "")
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
        reader, on = self.reader, self.on
        self._search_job = self._run(lambda: reader.find(query, law_id, within, on=on),
                                     self._show_cards)

    def _show_cards(self, result: FoundArticles) -> None:
        self._search_job = None
        self.result = result
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for hit in result.hits:
            card = ArticleCard(hit, self.card_column)
            card.clicked.connect(lambda h=hit: self.hit_chosen.emit(h))
            self.card_layout.insertWidget(self.card_layout.count() - 1, card)
            self.cards.append(card)
        self._fit_cards()
        self.results.verticalScrollBar().setValue(0)
        cited = result.cited
        if cited is not None:
            self._status = ("cited", cited)
        elif result.query:
            self._status = ("found", len(result.hits), result.query)
        else:
            self._status = ("ready",)
        self._show_status()
        if cited is not None and cited.resolved:
            self.cited.emit(cited)
        self.found.emit()

    def _show_status(self) -> None:
        kind = self._status[0]
        if kind == "loading":
            text = translate("LawsWorkspace", "Opening the law library…")
        elif kind == "failed":
            text = translate("LawsWorkspace",
                             "The law library could not be read, so statute search is "
                             "unavailable. Ask court IT to install the court's law library "
                             "file. (%1)").replace("%1", self._status[1])
        elif kind == "found":
            count, query = self._status[1], self._status[2]
            text = (counted(translate("LawsWorkspace", "%n article(s) found for “%1”."), count)
                    .replace("%1", query) if count else
                    translate("LawsWorkspace", "No article in force contains “%1”.")
                    .replace("%1", query))
        elif kind == "cited":
            text = cited_text(self._status[1], self.on)
        else:
            count = len(self.laws)
            text = counted(translate("LawsWorkspace", "%n law(s) in the library."), count)
        self.problem = text if kind == "failed" else ""
        self.status.setText(text)


def cited_text(cited, on: str | None = None) -> str:
    """What the status line says about a typed reference: opened, or why not."""
    ref = cited.reference
    if cited.resolved:
        return translate("LawsWorkspace", "Opened %1.").replace(
            "%1", cited.article.citation(ref.paragraph, ref.item))
    if cited.status == "ambiguous_law" and cited.candidates:
        return translate("LawsWorkspace",
                         "“%1” could mean several laws: %2. Write the law's full name, "
                         "or choose the law in the filter.").replace("%1", ref.text) \
            .replace("%2", "；".join(cited.candidates[:6]))
    if cited.status == "unknown_law":
        text = translate("LawsWorkspace", "No law named “%1” is in the library.").replace(
            "%1", ref.law_written or ref.text)
        if cited.candidates:
            text += " " + translate("LawsWorkspace", "Did you mean %1?").replace(
                "%1", cited.candidates[0])
        return text
    if cited.status == "no_such_article" and cited.law is not None:
        low_high = ""
        if cited.version is not None:
            low_high = cited.version.version_date
        return translate("LawsWorkspace", "%1 (version of %2) has no such article.").replace(
            "%1", cited.law.title).replace("%2", low_high)
    if cited.status == "not_in_force" and cited.law is not None:
        return translate("LawsWorkspace", "%1 was not yet in force on %2.").replace(
            "%1", cited.law.title).replace("%2", on or "—")
    return translate("LawsWorkspace",
                     "“%1” was read as a reference but does not name an article in the "
                     "library.").replace("%1", ref.text)
