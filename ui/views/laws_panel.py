"""The laws panel (法律法规) beside a hearing, a deliberation or the dossier.

The Laws workspace's search (cards with the hit highlighted, a typed reference such as
民法典第五百七十七条 answered with its article) and the article's text, without leaving the
hearing; one action cites the article into the note being written. When the case's facts'
date is known the panel searches and shows the versions in force on it, says so, and
offers today's text beside it when that differs.

A toolbar button and Ctrl+L show and hide it (:class:`LawsPanelToggle`); whether it is open
beside the hearing and beside the dossier is remembered for each user. The library is
opened, on the laws queue, only when the panel is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.preferences import PrefKey

from ..icons import action_icon
from ..jobs import JobHandle, Queue
from ..law_links import dated_version_line, facts_version_line
from ..laws_reader import LAWS_QUEUE, ArticleShown, LawReader, article_html
from .law_search import LawSearchBox
from .law_versions import SideBySide

translate = QCoreApplication.translate
TOGGLE_KEY = "Ctrl+L"


class LawsPanel(QWidget):
    cite_requested = Signal(str)  # the article's citation, for the note being written
    # (law id, version id, number, sub): show the whole law in the Laws workspace
    library_requested = Signal(int, int, int, int)
    article_shown = Signal()  # an article's text is on screen
    closed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lawsPanel")
        self.session = session
        session.runner.add_queue(LAWS_QUEUE, threads=1)
        self.reader = LawReader.for_profile(session.home)
        self.on: str | None = None  # the case's facts' date
        self.shown: ArticleShown | None = None
        self._started = False
        self._article_job: JobHandle | None = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; color: #0b1f33;")
        self.close_button = QToolButton()
        self.close_button.setObjectName("closeLawsPanel")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button)
        self.facts_line = QLabel()
        self.facts_line.setObjectName("lawsPanelFactsDate")
        self.facts_line.setWordWrap(True)
        self.facts_line.setStyleSheet("background: #eaf2fb; border: 1px solid #b9d2f0; "
                                      "border-radius: 4px; padding: 3px 6px;")
        self.facts_line.hide()
        self.finder = LawSearchBox(self.session.runner, self.reader, compact=True)
        self.finder.hit_chosen.connect(lambda hit: self.show_article(
            hit.article.law_id, hit.article.version_date, hit.article.number, hit.article.sub,
            hit.spans))
        self.finder.cited.connect(lambda cited: self.show_article(
            cited.law.id, cited.version.version_date, cited.article.number, cited.article.sub))

        self.heading = QLabel()
        self.heading.setObjectName("lawsPanelHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setStyleSheet("font-weight: 600;")
        self.version = QLabel()
        self.version.setObjectName("lawsPanelVersion")
        self.version.setTextFormat(Qt.TextFormat.PlainText)
        self.version.setWordWrap(True)
        self.version.setStyleSheet("color: #5f6b7a;")
        self.text = QTextBrowser()
        self.text.setObjectName("lawsPanelText")
        self.differs = QPushButton()
        self.differs.setObjectName("lawsPanelCompare")
        self.differs.setCheckable(True)
        self.differs.toggled.connect(self._compare_toggled)
        self.side_by_side = SideBySide()
        self.side_by_side.hide()
        self.cite = QPushButton()
        self.cite.setObjectName("lawsPanelCite")
        self.cite.clicked.connect(self._cite)
        self.library = QPushButton()
        self.library.setObjectName("lawsPanelOpenLaw")
        self.library.clicked.connect(self._open_library)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.library)
        buttons.addStretch(1)
        buttons.addWidget(self.cite)
        self.article_pane = QWidget()
        column = QVBoxLayout(self.article_pane)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        for widget in (self.heading, self.version):
            column.addWidget(widget)
        column.addWidget(self.text, 2)
        column.addWidget(self.differs, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.side_by_side, 3)
        column.addLayout(buttons)
        self.article_pane.hide()

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.finder)
        split.addWidget(self.article_pane)
        split.setChildrenCollapsible(False)
        split.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.facts_line)
        layout.addWidget(split, 1)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:  # the library opens when the panel is first wanted
            self._started = True
            self.finder.start()

    def shutdown(self) -> None:
        reader = self.reader
        self.session.runner.submit(reader.close, queue=LAWS_QUEUE)

    # -- the case's facts' date ----------------------------------------------------------
    def set_facts_date(self, on: str | None) -> None:
        """The law of this case is the law in force on ``on`` (None: today's)."""
        on = on or None
        if on == self.on:
            return
        self.on = on
        self.finder.set_on(on)
        self.facts_line.setVisible(bool(on))
        self.retranslate()
        shown = self.shown
        if shown is not None and shown.article is not None:  # the same article, then's text
            self.show_article(shown.law.id, None, shown.article.number, shown.article.sub)

    # -- one article ---------------------------------------------------------------------
    def show_article(self, law_id: int, version_date: str | None, number: int, sub: int = 0,
                     spans: list | None = None) -> None:
        """The article in that version (None: in force on the facts' date, else today)."""
        if self._article_job is not None:
            self._article_job.cancel()
        reader, on = self.reader, self.on

        def read() -> ArticleShown:
            if version_date is None:
                chosen = reader.default_version(law_id, on).version_date
            else:
                chosen = version_date
            return reader.article_shown(law_id, chosen, number, sub, spans)

        self._article_job = self.session.runner.submit(
            read, queue=LAWS_QUEUE, owner=self, on_done=self._article_arrived,
            on_error=self.finder.failed, label="laws panel article")

    def _article_arrived(self, shown: ArticleShown) -> None:
        self._article_job = None
        if shown.article is None:
            return
        self.shown = shown
        article = shown.article
        self.heading.setText(article.citation())
        self.text.setHtml(article_html(article, shown.spans))
        self.article_pane.show()
        self._fill_compare()
        self.retranslate()
        self.article_shown.emit()

    def _fill_compare(self) -> None:
        change = self.shown.current_change if self.shown is not None else None
        self.differs.setVisible(change is not None)
        if change is None:
            self.differs.setChecked(False)
            self._compare_toggled(False)
            return
        self.side_by_side.show_texts(
            self.shown.version.version_date, self.shown.article.text,
            change.version.version_date, change.article.text if change.article else None)
        self._compare_toggled(self.differs.isChecked())

    def _compare_toggled(self, on: bool) -> None:
        both = on and self.shown is not None and self.shown.current_change is not None
        self.side_by_side.setVisible(both)
        self.text.setHidden(both)  # the text shown is the left of the two

    def _cite(self) -> None:
        if self.shown is not None and self.shown.article is not None:
            self.cite_requested.emit(self.shown.article.citation())

    def _open_library(self) -> None:
        shown = self.shown
        if shown is not None and shown.article is not None:
            self.library_requested.emit(shown.law.id, shown.version.id, shown.article.number,
                                        shown.article.sub)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("LawsPanel", "Laws"))
        self.close_button.setToolTip(translate("LawsPanel", "Hide the laws panel (Ctrl+L)"))
        self.facts_line.setText(translate(
            "LawsPanel", "The law in force on the facts' date of this case, %1.")
            .replace("%1", self.on or ""))
        self.cite.setText(translate("LawLinks", "Cite into the note"))
        self.cite.setToolTip(translate("LawLinks", "Insert the law's name, the article's "
                                                   "number and the version's date into the "
                                                   "note being written."))
        self.library.setText(translate("LawLinks", "Open in the law library"))
        self.library.setToolTip(translate("LawLinks", "The whole law at this article, with its "
                                                      "outline and versions"))
        self.differs.setText(translate("LawsPanel", "Today's text differs: show both"))
        shown = self.shown
        if shown is not None and shown.article is not None:
            version = shown.version
            if self.on:
                line = facts_version_line(self.on, version.version_date, version.effective_from)
            else:
                line = dated_version_line(version)
            self.version.setText(line)
        self.side_by_side.retranslate()
        self.finder.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LawsPanelToggle(QObject):
    """The toolbar button and Ctrl+L that show and hide a workspace's laws panel, and the
    user's choice remembered (per user and per workspace: ``place``)."""

    def __init__(self, host: QWidget, panel: LawsPanel, place: str) -> None:
        super().__init__(host)
        self.host, self.panel, self.place = host, panel, place
        self.prefs = panel.session.prefs
        self.user = panel.session.user.username
        self.action = QAction(host, checkable=True)
        self.action.setObjectName("lawsPanelAction")
        self.action.setIcon(action_icon("laws"))
        self.action.setShortcut(QKeySequence(TOGGLE_KEY))
        # Window-wide, but a hidden workspace's actions never fire: the one on screen toggles.
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        host.addAction(self.action)
        self.action.toggled.connect(self._toggled)
        panel.closed.connect(lambda: self.action.setChecked(False))
        opened = self._remembered().get(place, False)
        panel.setVisible(opened)
        self.action.setChecked(opened)
        self.retranslate()

    def _remembered(self) -> dict:
        saved = self.prefs.get(PrefKey.LAWS_PANEL, {})
        mine = saved.get(self.user, {}) if isinstance(saved, dict) else {}
        return mine if isinstance(mine, dict) else {}

    def _toggled(self, opened: bool) -> None:
        self.panel.setVisible(opened)
        if opened:
            self.panel.finder.search.setFocus()
            QTimer.singleShot(0, self._widen)
        saved = self.prefs.get(PrefKey.LAWS_PANEL, {})
        saved = saved if isinstance(saved, dict) else {}
        saved[self.user] = {**self._remembered(), self.place: opened}
        self.prefs.set(PrefKey.LAWS_PANEL, saved)

    def _widen(self) -> None:
        """A panel opened narrow (the splitter kept its last width) gets a third of the row,
        taken from the widest part beside it: an article reads in lines, not in columns."""
        split = self.panel.parentWidget()
        if not isinstance(split, QSplitter) or not self.panel.isVisible():
            return
        sizes = split.sizes()
        here = split.indexOf(self.panel)
        wanted = int(sum(sizes) * 0.3)
        if sizes[here] >= wanted:
            return
        widest = max((n for n in range(len(sizes)) if n != here), key=lambda n: sizes[n])
        sizes[widest] -= wanted - sizes[here]
        sizes[here] = wanted
        split.setSizes(sizes)

    def retranslate(self) -> None:
        self.action.setText(translate("LawsPanel", "Laws"))
        self.action.setToolTip(translate("LawsPanel", "Search the law and read an article "
                                                      "beside this work (Ctrl+L)"))


class CaseLawDate(QObject):
    """Keeps a workspace's law at its case's facts' date: the links in its texts and its
    laws panel cite the versions in force then. Read again after every change in the store
    (the date may have been set in Cases meanwhile)."""

    def __init__(self, session, setters: list, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setters = setters  # each takes the date, or None for today's law
        self.case_id = ""
        self.case_number = ""
        self.facts_on = ""
        session.store_changed.connect(self.refresh)

    def follow(self, case: dict | None) -> None:
        """The case now open (its row, as ``CaseFile.as_dict()['case']``), or None."""
        self.case_id = (case or {}).get("id", "")
        self.case_number = (case or {}).get("case_number", "")
        self._apply((case or {}).get("facts_on") or "")

    def follow_id(self, case_id: str) -> None:
        self.case_id, self.case_number = case_id, ""
        self.refresh()

    def refresh(self) -> None:
        from courtdesk.app.casebook import CaseBook

        case_id = self.case_id
        if not case_id:
            return
        book = CaseBook(self.session.store, self.session.user)
        self.session.runner.submit(
            lambda: book.open_case(case_id).case, queue=Queue.STORE, owner=self,
            on_done=lambda case: case["id"] == self.case_id and self.follow(case),
            # A case no longer ours keeps the date it had (the runner logs why).
            on_error=lambda _exc: None, label="case facts date")

    def _apply(self, facts_on: str) -> None:
        self.facts_on = facts_on
        for setter in self.setters:
            setter(facts_on or None)
