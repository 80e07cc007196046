"""One case as the logged-in user may see it: header, then parties, hearings, dossier and
members in tabs. It shows ``CaseFile.as_dict()`` data and never reads the store itself.

Deliberations (合议) are in the hearings only when the core gave them, i.e. for the judges
of the case; the view adds no rule of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ..icons import action_icon
from ..labels import (
    case_status_label,
    format_datetime,
    format_size,
    hearing_kind_label,
    hearing_status_label,
    party_kind_label,
    role_label,
    side_label,
    sync_label,
)
from .record_table import ID_ROLE, Column, RecordTableModel, make_table_view, sync_column

_FACTS = ("cause", "court", "procedure", "filed_on", "status", "my_role")

translate = QCoreApplication.translate


def _party_columns() -> list[Column]:
    return [
        Column(lambda: translate("CaseDetail", "Side"), lambda r: side_label(r["side"])),
        Column(lambda: translate("CaseDetail", "Name"), lambda r: r["name"], stretch=True),
        Column(lambda: translate("CaseDetail", "Type"), lambda r: party_kind_label(r["kind"])),
        Column(lambda: translate("CaseDetail", "Representative"), lambda r: r["representative"]),
        Column(lambda: translate("CaseDetail", "Lawyer"), lambda r: r["lawyer_name"]),
        Column(lambda: translate("CaseDetail", "Law firm"), lambda r: r["lawyer_firm"]),
        sync_column(),
    ]


def _hearing_columns() -> list[Column]:
    return [
        Column(lambda: translate("CaseDetail", "Kind"), lambda r: hearing_kind_label(r["kind"])),
        Column(lambda: translate("CaseDetail", "Title"), lambda r: r["title"], stretch=True),
        Column(lambda: translate("CaseDetail", "Scheduled"),
               lambda r: format_datetime(r["scheduled_at"])),
        Column(lambda: translate("CaseDetail", "Place"), lambda r: r["place"]),
        Column(lambda: translate("CaseDetail", "Status"),
               lambda r: hearing_status_label(r["status"])),
        sync_column(),
    ]


def _document_columns() -> list[Column]:
    return [
        Column(lambda: translate("CaseDetail", "Volume"),
               lambda r: translate("CaseDetail", "Vol. %1").replace("%1", str(r["volume"]))),
        Column(lambda: translate("CaseDetail", "Title"), lambda r: r["title"], stretch=True),
        Column(lambda: translate("CaseDetail", "Pages"), lambda r: str(r["page_count"])),
        Column(lambda: translate("CaseDetail", "Size"), lambda r: format_size(r["size_bytes"])),
        sync_column(),
    ]


def _member_columns() -> list[Column]:
    return [
        Column(lambda: translate("CaseDetail", "Name"), lambda r: r["display_name"], stretch=True),
        Column(lambda: translate("CaseDetail", "User name"), lambda r: r["username"]),
        Column(lambda: translate("CaseDetail", "Role in the case"),
               lambda r: role_label(r["role_in_case"])),
    ]


class FactsDateDialog(QDialog):
    """When the case's facts happened: a date typed or picked from a calendar, or "not known".

    A masked line, not a QDateEdit: a clerk types "2022-05-01" over the whole field, and
    QDateEdit keeps its year when typed over after select-all (Qt 6.11), storing a date
    nobody typed.
    """

    def __init__(self, facts_on: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsDateDialog")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.date = QLineEdit()
        self.date.setObjectName("factsDate")
        self.date.setInputMask("9999-99-99;_")  # digits only; the dashes are there already
        self.calendar = QCalendarWidget()
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setGridVisible(True)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("factsDateCalendar")
        self.calendar_button.setIcon(action_icon("calendar"))  # no emoji font on court PCs
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        self.calendar_button.setMenu(menu)
        for picked in (self.calendar.clicked, self.calendar.activated):  # mouse or Enter
            picked.connect(lambda day: (self.set_date(day), menu.close()))
        self.problem = QLabel()
        self.problem.setObjectName("factsDateProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        known = QDate.fromString(facts_on, "yyyy-MM-dd")
        self.set_date(known if known.isValid() else QDate.currentDate())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.unknown = QCheckBox()
        self.unknown.setObjectName("factsDateUnknown")
        self.unknown.setChecked(not known.isValid())
        self.unknown.toggled.connect(self._check)
        self.date.textChanged.connect(self._check)
        row = QHBoxLayout()
        row.addWidget(self.date, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.unknown)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.retranslate()

    def set_date(self, day: QDate) -> None:
        self.date.setText(day.toString("yyyy-MM-dd"))
        self.calendar.setSelectedDate(day)

    def typed_date(self) -> QDate:
        return QDate.fromString(self.date.text(), "yyyy-MM-dd")

    def _check(self, *_args) -> None:
        """OK only for a real date that is not in the future (or for "not known")."""
        unknown = self.unknown.isChecked()
        self.date.setEnabled(not unknown)
        self.calendar_button.setEnabled(not unknown)
        day = self.typed_date()
        problem = ""
        if not unknown and not day.isValid():
            problem = self.tr("Type the date as year-month-day, e.g. 2022-05-01.")
        elif not unknown and day > QDate.currentDate():
            problem = self.tr("The facts cannot have happened after today.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        if day.isValid() and not problem:
            self.calendar.setSelectedDate(day)

    def value(self) -> str:
        """The date as stored: YYYY-MM-DD, or "" for not known."""
        return "" if self.unknown.isChecked() else self.typed_date().toString("yyyy-MM-dd")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("When the facts happened"))
        self.explanation.setText(self.tr(
            "The law cited in this case is the law in force on this date: article links, "
            "the laws panel and the law library opened from the case show that version."))
        self.unknown.setText(self.tr("Not known (cite today's law)"))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CaseDetailView(QWidget):
    # (case id, hearing id or "" for a new one): open it in the hearing workspace.
    hearing_requested = Signal(str, str)
    # (case id, "YYYY-MM-DD" or "" for not known): store when the case's facts happened.
    facts_date_requested = Signal(str, str)
    # (case id, document id): read this volume in the dossier workspace.
    document_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.case_data: dict | None = None
        # (offer "open", offer "new"): set before the case page exists, applied when built.
        self._hearing_actions = (False, False)
        self.may_edit = False  # the facts' date can be changed (those who edit cases)
        self.facts_dialog: FactsDateDialog | None = None

        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #5f6b7a; padding: 24px;")
        self.case_page: QWidget | None = None  # built when the first case is shown

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    def _build_case_page(self) -> None:
        """The header, facts and the four tables: built once, when a case is first shown.

        Until then only the "choose a case" hint exists, so the main window, which opens
        on the Cases workspace with no case chosen, does not wait for four table views.
        """
        self.number_label = QLabel()
        self.number_label.setObjectName("caseNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label = QLabel()
        self.title_label.setObjectName("caseTitle")
        self.title_label.setWordWrap(True)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.unsynced_badge = QLabel()
        self.unsynced_badge.setObjectName("caseUnsynced")
        self.unsynced_badge.setStyleSheet(
            "background: #fff0cc; color: #a15c00; border: 1px solid #f0c36d;"
            " border-radius: 9px; padding: 1px 8px; font-weight: bold;")
        # The case's facts as a grid of name/value pairs: a wrapped line would break
        # "我的角色：书记员" in the middle.
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(10)
        self.facts.setVerticalSpacing(4)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for number, key in enumerate(_FACTS):
            name, value = QLabel(), QLabel()
            name.setStyleSheet("color: #5f6b7a;")
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(number, 3)
            self.facts.addWidget(name, row, column * 2)
            self.facts.addWidget(value, row, column * 2 + 1)
            self.fact_labels[key] = (name, value)
        self.facts.setColumnStretch(5, 1)
        # When the facts happened: the law of the case is the law in force then.
        self.facts_date_name, self.facts_date = QLabel(), QLabel()
        self.facts_date_name.setStyleSheet("color: #5f6b7a;")
        self.facts_date.setObjectName("fact_facts_on")
        self.facts_date.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_date_button = QPushButton()
        self.facts_date_button.setObjectName("editFactsDate")
        self.facts_date_button.setFlat(True)
        self.facts_date_button.setStyleSheet("color: #1a56b8; padding: 0 6px;")
        self.facts_date_button.clicked.connect(self.edit_facts_date)
        facts_date_row = QHBoxLayout()
        facts_date_row.setContentsMargins(0, 0, 0, 0)
        facts_date_row.addWidget(self.facts_date)
        facts_date_row.addWidget(self.facts_date_button)
        facts_date_row.addStretch(1)
        row = self.facts.rowCount()
        self.facts.addWidget(self.facts_date_name, row, 0)
        self.facts.addLayout(facts_date_row, row, 1, 1, 5)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.unsynced_badge)
        number_row.addStretch(1)

        self.parties = RecordTableModel(_party_columns(), self)
        self.hearings = RecordTableModel(_hearing_columns(), self)
        self.documents = RecordTableModel(_document_columns(), self)
        self.members = RecordTableModel(_member_columns(), self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tables = {}
        for name, model in (("parties", self.parties), ("hearings", self.hearings),
                            ("documents", self.documents), ("members", self.members)):
            view = make_table_view(model)
            view.setObjectName(f"{name}Table")
            self.tables[name] = view
            self.tabs.addTab(self._hearings_page(view) if name == "hearings" else view, "")
        self.tables["documents"].doubleClicked.connect(self._open_document)
        self.tables["documents"].activated.connect(self._open_document)

        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(16, 12, 16, 12)
        case_layout.setSpacing(6)
        case_layout.addLayout(number_row)
        case_layout.addWidget(self.title_label)
        case_layout.addLayout(self.facts)
        case_layout.addWidget(self.summary_label)
        case_layout.addSpacing(6)
        case_layout.addWidget(self.tabs, 1)

        self.case_page = case_page
        self.pages.addWidget(case_page)
        self.set_hearing_actions(*self._hearing_actions)
        self.set_may_edit(self.may_edit)

    def _hearings_page(self, table: QWidget) -> QWidget:
        """The hearings table with "open" / "new" buttons for those who may record."""
        self.open_hearing_button = QPushButton()
        self.open_hearing_button.setObjectName("openHearing")
        self.open_hearing_button.clicked.connect(self._open_selected_hearing)
        self.new_hearing_button = QPushButton()
        self.new_hearing_button.setObjectName("newHearing")
        self.new_hearing_button.clicked.connect(
            lambda: self.case_data and self.hearing_requested.emit(
                self.case_data["case"]["id"], ""))
        table.doubleClicked.connect(self._open_selected_hearing)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_hearing_button)
        buttons.addWidget(self.new_hearing_button)
        buttons.addStretch(1)
        self.hearing_buttons = QWidget()
        self.hearing_buttons.setLayout(buttons)
        self.hearing_buttons.hide()  # shown by set_hearing_actions for those who record
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hearing_buttons)
        layout.addWidget(table, 1)
        return page

    def set_hearing_actions(self, open_hearings: bool, new_hearings: bool) -> None:
        """Offer the hearing workspace to those who have it, "new" to those who record."""
        self._hearing_actions = (open_hearings, new_hearings)
        if self.case_page is None:
            return
        self.hearing_buttons.setVisible(open_hearings)
        self.new_hearing_button.setVisible(new_hearings)

    def _open_selected_hearing(self, index: QModelIndex | None = None) -> None:
        if not self.case_data or not self.hearing_buttons.isVisibleTo(self):
            return
        table = self.tables["hearings"]
        index = index if isinstance(index, QModelIndex) else table.currentIndex()
        if not index.isValid() and self.hearings.rows:
            index = self.hearings.index(len(self.hearings.rows) - 1, 0)
        hearing_id = index.data(ID_ROLE) if index.isValid() else ""
        self.hearing_requested.emit(self.case_data["case"]["id"], hearing_id or "")

    def set_may_edit(self, may_edit: bool) -> None:
        self.may_edit = may_edit
        if self.case_page is not None:
            self.facts_date_button.setVisible(may_edit)

    def edit_facts_date(self) -> None:
        if not self.case_data or not self.may_edit:
            return
        case = self.case_data["case"]
        dialog = FactsDateDialog(case.get("facts_on") or "", self)
        dialog.accepted.connect(lambda: self.facts_date_requested.emit(case["id"],
                                                                       dialog.value()))
        self.facts_dialog = dialog
        dialog.open()

    def _open_document(self, index: QModelIndex) -> None:
        document_id = index.data(ID_ROLE) if index.isValid() else ""
        if self.case_data and document_id:
            self.document_requested.emit(self.case_data["case"]["id"], document_id)

    def show_case(self, data: dict | None) -> None:
        """Show ``CaseFile.as_dict()``, or the "choose a case" hint for ``None``."""
        self.case_data = data
        if data is None:
            if self.case_page is not None:
                for model in (self.parties, self.hearings, self.documents, self.members):
                    model.set_rows([])
            self.pages.setCurrentIndex(0)
            return
        if self.case_page is None:
            self._build_case_page()
        self.parties.set_rows(data["parties"])
        self.hearings.set_rows(data["hearings"])
        self.documents.set_rows(data["documents"])
        self.members.set_rows(data["members"])
        self.pages.setCurrentIndex(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty_hint.setText(self.tr(
            "Select a case in the list to see its parties, hearings, dossier and members."))
        if self.case_page is None:
            return
        counts = {"parties": len(self.parties.rows), "hearings": len(self.hearings.rows),
                  "documents": len(self.documents.rows), "members": len(self.members.rows)}
        titles = {"parties": self.tr("Parties"), "hearings": self.tr("Hearings"),
                  "documents": self.tr("Dossier"), "members": self.tr("Members")}
        for number, name in enumerate(titles):
            self.tabs.setTabText(number, f"{titles[name]} ({counts[name]})")
        self.open_hearing_button.setText(self.tr("Open in the hearing workspace"))
        self.new_hearing_button.setText(self.tr("New hearing"))
        for model in (self.parties, self.hearings, self.documents, self.members):
            model.retranslate()
        data = self.case_data
        if data is None:
            return
        case = data["case"]
        self.number_label.setText(case["case_number"])
        self.title_label.setText(case["title"])
        self.unsynced_badge.setText(sync_label(True))
        self.unsynced_badge.setVisible(bool(case.get("unsynced")) and not case.get("kept_here"))
        names = {"cause": self.tr("Cause"), "court": self.tr("Court"),
                 "procedure": self.tr("Procedure"), "filed_on": self.tr("Filed"),
                 "status": self.tr("Status"), "my_role": self.tr("My role")}
        values = {**{k: case.get(k, "") for k in _FACTS},
                  "status": case_status_label(case.get("status", "")),
                  "my_role": role_label(data.get("my_role", ""))}
        # "%1:" is translated because Chinese writes the colon full-width.
        colon = self.tr("%1:")
        for key, (name_label, value_label) in self.fact_labels.items():
            name_label.setText(colon.replace("%1", names[key]))
            value_label.setText(values[key])
            name_label.setVisible(bool(values[key]))
            value_label.setVisible(bool(values[key]))
        self.facts_date_name.setText(colon.replace("%1", self.tr("Facts happened")))
        self.facts_date.setText(case.get("facts_on") or self.tr("not known"))
        self.facts_date.setToolTip(self.tr(
            "The law cited in this case is the law in force on this date.")
            if case.get("facts_on") else self.tr("Citations in this case use today's law."))
        self.facts_date_button.setText(self.tr("Change…") if case.get("facts_on")
                                       else self.tr("Set…"))
        self.summary_label.setText(case.get("summary", ""))
        self.summary_label.setVisible(bool(case.get("summary")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
