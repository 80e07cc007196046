"""The Dossier (电子卷宗) workspace: read, search, annotate, clean up and export a case file.

The judge picks a case and opens its volumes in tabs (two side by side when comparing),
reads them continuously or a page at a time, turns to a document from the catalog, searches
every volume at once (scanned pages too, as OCR reads them in the background), marks pages
with highlights, notes, ink, rectangles and bookmarks, and undoes what was just done.

The state and every call into the core belong to
:class:`~courtdesk.ui.dossier_controller.DossierController`; this workspace lays out the
views under ``ui/views/dossier_*`` (reader, catalog, annotations, OCR progress, import and
export) and wires them to it and to each other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.accounts import User
from courtdesk.common.roles import sees_case_content

from ..dossier_controller import DossierController
from ..icons import action_icon
from ..messages import ShownError, describe, error_box_for, sentences
from ..session import Session
from .dossier_annotations import AnnotationTools
from .dossier_casting import DossierCasting
from .dossier_catalog import CatalogEditor, CatalogTree
from .dossier_export import DossierFileActions
from .dossier_panels import SearchPanel, ThumbnailList, ThumbnailModel, VolumeList, panel
from .dossier_present import DossierPresenting
from .dossier_reader import DossierReader
from .dossier_signatures import SignatureBadge, SignaturePanel
from .laws_panel import CaseLawDate, LawsPanel, LawsPanelToggle
from .page_view import PageView

translate = QCoreApplication.translate


class DossierWorkspace(QWidget):
    @staticmethod
    def available_for(user: User) -> bool:
        return sees_case_content(user.role)

    @staticmethod
    def workspace_title() -> str:
        return translate("DossierWorkspace", "Dossier")

    def workspace_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWorkspace")
        self.session = session
        self.controller = DossierController(session, self)
        self.message_text = ""
        self.shown_error: ShownError | None = None
        self._error_headlines: list[str] | None = None
        self._message_recipe: Callable[[], str] | None = None
        self.dialog = None  # the details box of the error shown
        self._build()
        self._connect()
        self.retranslate()
        self._update_actions()

    # -- first use -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.prepare()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        controller = self.controller
        self.reader = DossierReader(controller, self)
        self.marks = AnnotationTools(controller, self.reader, self)
        self.file_actions = DossierFileActions(controller, self.reader, self)
        self.present = DossierPresenting(self.reader, self)
        self.casting = DossierCasting(controller, self.reader, self.present.presenting, self)

        self.case_label = QLabel()
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("dossierCase")
        self.case_combo.setMinimumWidth(320)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.clean_button = QPushButton()
        self.import_button.setObjectName("dossierImport")
        self.import_button.setVisible(controller.may_edit)
        for button, icon in ((self.import_button, "import"), (self.export_button, "export"),
                             (self.clean_button, "clean")):
            button.setIcon(action_icon(icon))
        header = QHBoxLayout()
        header.addWidget(self.case_label)
        header.addWidget(self.case_combo, 1)
        header.addWidget(self.present.toolbar)
        header.addWidget(self.casting.toolbar)  # the reading toolbar is full at 1366 px
        for button in (self.import_button, self.clean_button, self.export_button):
            header.addWidget(button)

        self.message = QLabel()
        self.message.setObjectName("dossierMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.message.linkActivated.connect(self._open_error_details)
        self.message.hide()

        self.volumes = VolumeList()
        self.catalog = CatalogTree()
        self.catalog_editor = CatalogEditor(controller, self.reader, self.catalog, self)
        self.thumbnail_model = ThumbnailModel(controller.renderer, self.session.runner, self)
        self.thumbnails = ThumbnailList(self.thumbnail_model)
        self.search = SearchPanel()
        self.signatures = SignaturePanel()
        self.signature_badge = SignatureBadge()
        self.side = QTabWidget()
        self.side.setObjectName("dossierSide")
        for widget in (panel(self.volumes), panel(self.catalog), panel(self.thumbnails),
                       self.search, panel(self.marks.annotation_list), self.signatures):
            self.side.addTab(widget, "")
        self.side.setMinimumWidth(300)
        self.side.setUsesScrollButtons(False)  # every panel's tab in sight, never behind arrows

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.side)
        self.split.addWidget(self.reader)
        # The law beside the case file (Ctrl+L), at the case's facts' date like its links.
        self.laws_panel = LawsPanel(self.session)
        self.split.addWidget(self.laws_panel)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([370, 1000, 380])  # every side tab and volume column in sight
        self.split.setChildrenCollapsible(False)
        self.laws_toggle = LawsPanelToggle(self, self.laws_panel, "dossier")
        self.reader.toolbar.addSeparator()
        self.reader.toolbar.addAction(self.laws_toggle.action)
        self.case_law = CaseLawDate(self.session, [self.reader.law_links.set_on,
                                                   self.laws_panel.set_facts_date], self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.message)
        bars = QHBoxLayout()
        bars.setSpacing(12)
        bars.addWidget(self.reader.toolbar)
        bars.addStretch(1)
        bars.addWidget(self.signature_badge)
        layout.addLayout(bars)
        layout.addWidget(self.marks.mark_bar)
        layout.addWidget(self.present.limited)
        layout.addWidget(self.split, 1)

    def _connect(self) -> None:
        controller, reader = self.controller, self.reader
        self.case_combo.activated.connect(lambda i: self.open_case(self.case_combo.itemData(i)))
        self.import_button.clicked.connect(self.file_actions.choose_files)
        self.export_button.clicked.connect(self.file_actions.ask_export)
        self.clean_button.clicked.connect(self.file_actions.clean_active)
        self.volumes.open_requested.connect(lambda doc_id: self.open_document(doc_id))
        self.thumbnails.page_requested.connect(reader.go_to)
        self.search.search_requested.connect(self.run_search)
        self.search.hit_chosen.connect(self.open_hit)
        reader.view_opened.connect(self._view_opened)
        reader.active_changed.connect(self._active_changed)
        reader.page_turned.connect(self.thumbnails.follow)
        self.signature_badge.clicked.connect(
            lambda: self.side.setCurrentWidget(self.signatures))
        controller.ready.connect(self._core_ready)
        controller.cases_listed.connect(self._cases_listed)
        controller.case_changed.connect(self._case_changed)
        controller.documents_changed.connect(self._documents_changed)
        controller.hits_found.connect(self._hits_found)
        controller.ocr_progress.connect(self.search.ocr.show_progress)
        controller.message.connect(self.show_message)
        controller.pages_read.connect(lambda pages: self.show_message(
            recipe=lambda: self.tr("OCR read %n scanned page(s); they are searchable now.",
                                   "", pages)))
        controller.failed.connect(self.show_error)
        self.file_actions.message.connect(self.show_message)
        self.file_actions.failed.connect(self.show_error)
        self.casting.message.connect(self.show_message)
        self.casting.failed.connect(self.show_error)
        self.present.message.connect(lambda text, problem: self.show_message(text,
                                                                             error=problem))
        controller.case_changed.connect(self.case_law.follow_id)
        self.laws_panel.cite_requested.connect(self.cite_into_note)
        self.laws_panel.library_requested.connect(
            lambda *article: self.window().open_law_article(
                *article, facts_on=self.case_law.facts_on,
                case_number=self.case_law.case_number))

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.case_label.setText(self.tr("Case"))
        self.import_button.setText(self.tr("Import files…"))
        self.export_button.setText(self.tr("Export a copy…"))
        self.clean_button.setText(self.tr("Clean up scans"))
        self.clean_button.setToolTip(self.tr(
            "Deskew, remove black borders and specks into a cleaned copy, shown beside the "
            "original"))
        titles = (self.tr("Volumes"), self.tr("Catalog"), self.tr("Pages"), self.tr("Search"),
                  self.tr("Annotations"), self.tr("Signatures"))
        for index, title in enumerate(titles):
            self.side.setTabText(index, title)
        # Every panel's tab in sight in every language (six tabs are wider in English).
        self.side.setMinimumWidth(max(300, self.side.tabBar().sizeHint().width() + 6))
        self.reader.retranslate(bool(self.controller.case_id))
        self.present.retranslate()
        # The banner in the new language: a message made by a recipe, or an error.
        if self._message_recipe is not None:
            self.show_message(recipe=self._message_recipe)
        elif self.shown_error is not None and self._error_headlines is None:
            self.show_error(self.shown_error)
        self.marks.retranslate()
        self.casting.retranslate()
        self.signature_badge.retranslate()
        self.catalog.retranslate()
        self.search.retranslate()
        self.volumes.retranslate()
        self.laws_toggle.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- messages --------------------------------------------------------------------------
    def show_message(self, text: str = "", *, error: bool = False, rich: str = "",
                     recipe: Callable[[], str] | None = None) -> None:
        """``text`` as plain text, or ``rich`` (HTML) with ``text`` as its plain form; a
        ``recipe`` makes the text again in the new language when the language changes."""
        self._message_recipe = recipe
        if recipe is not None:
            text = recipe()
        self.message_text = text
        if not rich:
            self.shown_error = None
        colors = ("#fdecea", "#e8a39d", "#5c1410") if error else ("#e8f3ec", "#a8d5b5",
                                                                   "#174d2a")
        self.message.setStyleSheet(f"QLabel#dossierMessage {{ background: {colors[0]}; "
                                   f"border: 1px solid {colors[1]}; color: {colors[2]}; "
                                   "border-radius: 6px; padding: 6px 10px; }")
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setText(rich or text)
        self.message.setVisible(bool(text))

    def show_error(self, shown: ShownError, headlines: list[str] | None = None) -> None:
        """The translated text (and ``headlines`` instead of its title), with a link to
        the English details for court IT."""
        self.shown_error = shown
        self._error_headlines = headlines
        plain = shown.as_plain() if headlines is None else "\n".join(
            [*headlines, sentences(shown.text.meaning, shown.text.action)])
        self.show_message(plain, error=True, rich=shown.as_html(headlines=headlines))

    def _open_error_details(self, _link: str) -> None:
        if self.shown_error is not None:
            self.dialog = error_box_for(self, self.shown_error)
            self.dialog.open()

    # -- cases and volumes -----------------------------------------------------------------
    def open_case(self, case_id: str, then=None) -> None:
        """Show a case's volumes; ``then()`` runs once they are listed."""
        self.controller.open_case(case_id, then)

    def open_document(self, document_id: str, page: int | None = None, pane: int = 0,
                      then=None) -> None:
        """Show a volume (in a new tab of ``pane`` unless it is open there already)."""
        self.reader.open_document(document_id, page, pane, then)

    def _core_ready(self) -> None:
        self.thumbnail_model.renderer = self.controller.renderer
        self._update_actions()

    def _cases_listed(self, cases: list[tuple[str, str]]) -> None:
        self.case_combo.clear()
        for case_id, text in cases:
            self.case_combo.addItem(text, case_id)
        case_id = self.controller.case_id
        self.case_combo.setCurrentIndex(self.case_combo.findData(case_id) if case_id else -1)

    def _case_changed(self, case_id: str) -> None:
        self.reader.close_all()
        self.catalog.set_entries([])
        self.marks.activated(None)
        self.search.results.clear()
        self.search.summary.clear()
        self.case_combo.setCurrentIndex(self.case_combo.findData(case_id))
        self.retranslate()

    def _documents_changed(self, documents: list[dict]) -> None:
        self.volumes.set_documents(documents)
        self._update_actions()

    def _view_opened(self, view: PageView) -> None:
        self.marks.attach(view)
        if self.controller.last_query:
            self.controller.hit_outlines(view.document_id, view.set_hits, owner=view)

    def _active_changed(self, view: PageView | None) -> None:
        if view is None:
            self.thumbnail_model.set_document("", 0)
        else:
            self.thumbnail_model.set_document(view.key, view.page_count)
        self.catalog_editor.reload()
        self.marks.activated(view)
        self._check_signatures(view)
        self._update_actions()

    def _check_signatures(self, view: PageView | None) -> None:
        """The volume in focus: its signatures in the panel, and the notice above it when it
        is signed (checked on a worker; a volume switched away from meanwhile is not shown)."""
        self.signature_badge.clear_badge()
        if view is None:
            self.signatures.show_empty()
            return
        document_id = view.document_id
        title = self.controller.titles.get(document_id, "")
        court_ca_set = bool(self.controller.court_ca)
        self.signatures.show_checking(title)

        def current() -> bool:
            return self.reader.active is not None and \
                self.reader.active.document_id == document_id

        def arrived(report) -> None:
            if current():
                self.signatures.show_report(report, court_ca_set, title)
                self.signature_badge.show_report(report, court_ca_set)

        def failed(exc: BaseException) -> None:
            if current():
                self.signatures.show_error(describe(exc), title)

        self.controller.verify_document(document_id, arrived, failed, owner=self)

    def _update_actions(self) -> None:
        has_view = self.reader.active is not None
        self.reader.update_actions()
        self.present.update_actions()
        self.marks.update_actions()
        self.casting.update_actions()
        self.export_button.setEnabled(has_view)
        self.clean_button.setEnabled(has_view)
        self.import_button.setEnabled(bool(self.controller.case_id))

    # -- search ----------------------------------------------------------------------------
    def run_search(self, query: str) -> None:
        if not self.controller.case_id:
            return
        self.search.query.setText(query)
        self.side.setCurrentWidget(self.search)
        self.controller.search(query)

    def _hits_found(self, query: str, hits: list) -> None:
        self.search.show_hits(query, hits)
        for view in self.reader.views:
            self.controller.hit_outlines(view.document_id, view.set_hits, owner=view)

    def open_hit(self, document_id: str, page: int) -> None:
        self.open_document(document_id, page)

    # -- the law beside the case file -------------------------------------------------------
    def cite_into_note(self, citation: str) -> None:
        """Into the note or comment being written; with none open, onto the clipboard."""
        prompt = self.marks.dialog
        if prompt is not None and prompt.isVisible():
            prompt.setTextValue(prompt.textValue() + citation)
            self.show_message(recipe=lambda: self.tr("Cited into the note: %1")
                              .replace("%1", citation))
            return
        QApplication.clipboard().setText(citation)
        self.show_message(recipe=lambda: self.tr(
            "No note is being written: %1 is copied, paste it where it belongs.")
            .replace("%1", citation))

    # -- closing ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.casting.shutdown()  # the room screen clears before the app goes
        self.present.stop()
        self.laws_panel.shutdown()
        self.controller.shutdown()
