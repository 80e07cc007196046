"""The Cases (案件) workspace: the user's cases with search, and the selected case.

Every store read runs on the store queue through the job runner. Search is debounced and
only the newest answer is shown, so fast typing never paints a stale list.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.casebook import CaseBook
from courtdesk.common.roles import Permission

from ..icons import standard_icon
from ..jobs import JobHandle, Queue
from ..labels import case_status_label, role_label
from ..messages import error_box
from ..session import Session
from .case_detail import CaseDetailView
from .record_table import ID_ROLE, Column, RecordTableModel, make_table_view, sync_column

translate = QCoreApplication.translate

SEARCH_ICON = QStyle.StandardPixmap.SP_FileDialogContentsView

SEARCH_DELAY_MS = 250


def _case_columns() -> list[Column]:
    return [
        Column(lambda: translate("CasesWorkspace", "Case number"), lambda r: r["case_number"]),
        Column(lambda: translate("CasesWorkspace", "Title"), lambda r: r["title"], stretch=True),
        Column(lambda: translate("CasesWorkspace", "Cause"), lambda r: r["cause"]),
        Column(lambda: translate("CasesWorkspace", "Status"),
               lambda r: case_status_label(r["status"])),
        Column(lambda: translate("CasesWorkspace", "My role"), lambda r: role_label(r["my_role"])),
        sync_column(),
    ]


class CasesWorkspace(QWidget):
    # Emitted when the case list was (re)loaded, with the number of cases shown.
    cases_loaded = Signal(int)
    case_opened = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesWorkspace")
        self.session = session
        self.book = CaseBook(session.store, session.user)
        self._list_job: JobHandle | None = None
        self._open_job: JobHandle | None = None
        self.current_case_id: str | None = None
        self.last_notice = ""  # the status bar's message from here, while it may show

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        search_icon = standard_icon(SEARCH_ICON)
        self.search.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)

        self.model = RecordTableModel(_case_columns(), self)
        self.table = make_table_view(self.model)
        self.table.setObjectName("caseList")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("caseListEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #5f6b7a; padding: 16px;")
        self.empty_label.hide()

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(12, 12, 6, 12)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)

        self.detail = CaseDetailView()
        self.detail.set_may_edit(session.user.may(Permission.EDIT_CASE))
        self.detail.facts_date_requested.connect(self.set_facts_date)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        session.store_changed.connect(self.refresh)
        self.retranslate()
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the store for the cases matching the search text."""
        self._search_timer.stop()
        if self._list_job is not None and not self._list_job.done:
            self._list_job.cancel()  # only the newest search is worth showing
        search = self.search.text()
        book = self.book
        self._list_job = self.session.runner.submit(
            lambda: [asdict(c) for c in book.list_cases(search)], queue=Queue.STORE,
            on_done=self._cases_arrived, on_error=self._failed, owner=self, label="list cases")

    def refresh(self) -> None:
        """Reload the list and the open case after a change in the store."""
        self.reload()
        if self.current_case_id:
            self.open_case(self.current_case_id)

    def _cases_arrived(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self._update_empty_text()
        if self.current_case_id:
            row = self.model.row_of(self.current_case_id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
        self.cases_loaded.emit(len(rows))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.open_case(indexes[0].data(ID_ROLE))

    def open_case(self, case_id: str) -> None:
        self.current_case_id = case_id
        if self._open_job is not None and not self._open_job.done:
            self._open_job.cancel()
        book = self.book
        self._open_job = self.session.runner.submit(
            lambda: book.open_case(case_id).as_dict(), queue=Queue.STORE,
            on_done=self._case_arrived, on_error=self._failed, owner=self, label="open case")

    def _case_arrived(self, data: dict) -> None:
        self.detail.show_case(data)
        self.case_opened.emit(data["case"]["id"])

    def set_facts_date(self, case_id: str, facts_on: str) -> None:
        """When the case's facts happened ("" not known): stored as `case facts-date` does
        (audited, and synced with the case); every view of the case follows."""
        book = self.book

        def done(_case: dict) -> None:
            self.session.store_changed.emit()
            window = self.window()
            if isinstance(window, QMainWindow):
                self.last_notice = (
                    self.tr("Facts' date saved: citations in this case use the law in force "
                            "on %1.").replace("%1", facts_on) if facts_on else
                    self.tr("Facts' date cleared: citations in this case use today's law."))
                window.statusBar().showMessage(self.last_notice, 10_000)

        self.session.runner.submit(lambda: book.update_case(case_id, facts_on=facts_on),
                                   queue=Queue.STORE, on_done=done, on_error=self._failed,
                                   owner=self, label="case facts date")

    def _failed(self, exc: BaseException) -> None:
        error_box(self, exc).open()

    # -- texts ---------------------------------------------------------------------------
    def _update_empty_text(self) -> None:
        empty = not self.model.rows
        self.empty_label.setVisible(empty)
        if not empty:
            return
        if self.search.text().strip():
            self.empty_label.setText(self.tr("No case matches “%1”.").replace(
                "%1", self.search.text().strip()))
        else:
            self.empty_label.setText(self.tr(
                "No cases are assigned to you on this computer yet. Cases appear here when a "
                "clerk creates them or when they are synced from the court's case system."))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr(
            "Search by case number, title, cause or party…"))
        self.model.retranslate()
        if self.empty_label.isVisible():
            self._update_empty_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            window = self.window()
            # A notice in the old language must not stay in the new one.
            if isinstance(window, QMainWindow) and self.last_notice and \
                    window.statusBar().currentMessage() == self.last_notice:
                window.statusBar().clearMessage()
        super().changeEvent(event)
