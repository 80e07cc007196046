"""The Laws (法律法规) workspace: search the statutes offline and read a law at an article.

A search box (full-text over every article in force; a typed reference such as
民法典第五百七十七条 opens that article at once), filters by law and by part or chapter,
results as article cards with the hit highlighted, and the law opened at an article with
its outline beside the text. A law's versions are listed with their dates; an article
whose text differs in another version is shown beside that version's text.

Every read of the library runs on the laws queue (ui/laws_reader.py); the search column is
the one the laws panel beside a hearing also has (:mod:`.law_search`). Opened from a case
whose facts' date is known, it searches and shows the versions in force on that date.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from courtdesk.common.roles import Role

from ..jobs import JobHandle
from ..laws_reader import (
    CHANGED_STYLE,
    LAWS_QUEUE,
    LawReader,
    LawText,
    anchor,
    article_html,
)
from ..session import Session
from .law_court_library import LawImportDialog, LawPublishDialog, library_line
from .law_search import LawSearchBox

translate = QCoreApplication.translate
FIRST_ROLE = Qt.ItemDataRole.UserRole


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
        self.shown: LawText | None = None
        self.facts_on = ""  # the facts' date of the case the law was opened from
        self.facts_case = ""  # that case's number
        self._law_job: JobHandle | None = None
        self.installed: dict | None = None  # which library this PC has (sync_laws)
        self.court_it = session.user.role is Role.IT_ADMIN
        self._build()
        self.retranslate()
        self.finder.start()
        self.read_installed()

    # The search column's parts, by the names the workspace always had.
    search = property(lambda self: self.finder.search)
    law_filter = property(lambda self: self.finder.law_filter)
    part_filter = property(lambda self: self.finder.part_filter)
    status = property(lambda self: self.finder.status)
    cards = property(lambda self: self.finder.cards)
    result = property(lambda self: self.finder.result)
    problem = property(lambda self: self.finder.problem)

    def search_now(self) -> None:
        self.finder.search_now()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.finder = LawSearchBox(self.session.runner, self.reader)
        self.finder.hit_chosen.connect(self.open_hit)
        self.finder.cited.connect(lambda cited: self.open_article(
            cited.law.id, cited.version.id, cited.article.number, cited.article.sub))
        self.finder.found.connect(self.found)
        self.finder.laws_loaded.connect(self._laws_loaded)
        # Opened from a case whose facts' date is known: its law, and a way back to today's.
        self.facts_line = QLabel()
        self.facts_line.setObjectName("lawFactsDate")
        self.facts_line.setWordWrap(True)
        self.facts_line.setStyleSheet("background: #eaf2fb; border: 1px solid #b9d2f0; "
                                      "border-radius: 4px; padding: 4px 8px;")
        self.facts_line.setTextFormat(Qt.TextFormat.RichText)
        self.facts_line.linkActivated.connect(lambda _link: self.set_facts_date(""))
        self.facts_line.hide()
        self.library_info = QLabel()
        self.library_info.setObjectName("lawLibraryInfo")
        self.library_info.setWordWrap(True)
        self.library_info.setStyleSheet("color: #5b6470;")
        self.library_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info_row = QHBoxLayout()
        info_row.addWidget(self.library_info, 1)
        # Court IT's actions; the core refuses them to anyone else whatever is shown.
        self.import_button = QToolButton()
        self.import_button.setObjectName("lawImportButton")
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_menu = QMenu(self.import_button)
        self.import_folder_action = self.import_menu.addAction("", self.choose_folder)
        self.import_files_action = self.import_menu.addAction("", self.choose_files)
        self.import_button.setMenu(self.import_menu)
        self.publish_button = QToolButton()
        self.publish_button.setObjectName("lawPublishButton")
        self.publish_button.clicked.connect(self.open_publish)
        for button in (self.import_button, self.publish_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setVisible(self.court_it)
            info_row.addWidget(button)

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
        split.addWidget(self.finder)
        split.addWidget(right_side)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.addWidget(self.facts_line)
        layout.addLayout(info_row)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.version_label.setText(self.tr("Version:"))
        self.placeholder.setText(self.tr(
            "Search the law, or type a reference, and choose an article to read it here with "
            "its law's outline."))
        self.compare_box.setTitle(self.tr("This article differs between versions"))
        self.facts_line.setText((self.tr(
            "The law as in force on %1, when the facts of case %2 happened. "
            "<a href='today'>Show today's law</a>") if self.facts_case else self.tr(
            "The law as in force on %1, when the facts of the case happened. "
            "<a href='today'>Show today's law</a>")).replace("%1", self.facts_on)
            .replace("%2", html.escape(self.facts_case)))
        self.import_button.setText(self.tr("Import laws…"))
        self.import_folder_action.setText(self.tr("A folder of law files…"))
        self.import_files_action.setText(self.tr("Law files…"))
        self.publish_button.setText(self.tr("Publish to the court's laptops…"))
        if self.installed is not None:
            self.library_info.setText(library_line(self.installed))
        self._fill_versions()

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
                                          on_error=self.finder.failed, label="laws")

    def _laws_loaded(self, laws: list) -> None:
        self.laws = laws

    def set_facts_date(self, facts_on: str, case_number: str = "") -> None:
        """Show and search the law as in force on a case's facts' date ("" for today's)."""
        self.facts_on, self.facts_case = facts_on or "", case_number
        self.finder.set_on(self.facts_on or None)
        self.facts_line.setVisible(bool(self.facts_on))
        self.retranslate()

    # -- the court's library ---------------------------------------------------------------
    def read_installed(self) -> None:
        from courtdesk.offline_cache.sync_laws import installed_library

        path = self.reader.path
        self._run(lambda: installed_library(path), self._installed_read)

    def _installed_read(self, installed: dict) -> None:
        self.installed = installed
        self.library_info.setText(library_line(installed))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of laws"))
        if folder:
            self.import_laws([folder])

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import law files"), "",
            self.tr("Law files (*.md *.markdown *.txt)"))
        if files:
            self.import_laws(files)

    def import_laws(self, paths: list[str]) -> LawImportDialog:
        """Import ``paths`` into this PC's library (court IT), then read it anew."""
        dialog = LawImportDialog(self.session, self.reader, paths, self)
        dialog.finished_import.connect(self._library_changed)
        dialog.open()
        return dialog

    def open_publish(self) -> LawPublishDialog:
        dialog = LawPublishDialog(self.session, self.reader.path, self)
        dialog.open()
        return dialog

    def _library_changed(self) -> None:
        self.finder.start()  # the laws anew, in the filter too
        self.read_installed()
        if self.search.text().strip():
            self.search_now()

    # -- reading a law -------------------------------------------------------------------
    def open_hit(self, hit) -> None:
        article = hit.article
        law = next(law for law in self.laws if law.id == article.law_id)
        version = next(v for v in law.versions if v.version_date == article.version_date)
        self.open_article(law.id, version.id, article.number, article.sub, hit.spans)

    def open_article(self, law_id: int, version_id: int | None, number: int, sub: int = 0,
                     spans: list | None = None) -> None:
        if self._law_job is not None:
            self._law_job.cancel()
        reader = self.reader
        on = self.facts_on or None
        self._law_job = self._run(
            lambda: reader.law_text(law_id, version_id, number, sub, spans, on), self._show_law)

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
            text = (self.tr("%1 (in force from %2)").replace("%2", version.effective_from)
                    if version.effective_from else self.tr("%1 (adopted)")) \
                .replace("%1", version.version_date)
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
