"""The hearing set-up dialog: what "New hearing" opens before a hearing exists.

The clerk gives the title the record will print, the kind of session (开庭, 调解, 宣判,
询问), the room, the time, and ticks who appeared: the case's parties and their lawyers,
plus anyone else in their own words. The dialog only collects; it hands a ``HearingSetup``
to whoever opened it, which creates the hearing on the store queue.

Opened on an existing hearing ("Hearing details…"), it shows that hearing's set-up to
correct (a party who came late, a lawyer who did not come, a typo in the title), offering
only session types of the hearing's own kind.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.hearing_setup import (
    AgentPresence,
    Attendance,
    HearingSetup,
    PartyPresence,
)

from ..labels import side_label

TIME_FORMAT = "yyyy-MM-dd HH:mm"


def session_type_label(session_type: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "trial": QCoreApplication.translate("HearingSetup", "Trial hearing"),
        "mediation": QCoreApplication.translate("HearingSetup", "Mediation"),
        "pronouncement": QCoreApplication.translate("HearingSetup", "Pronouncement"),
        "inquiry": QCoreApplication.translate("HearingSetup", "Inquiry"),
        "deliberation": QCoreApplication.translate("HearingSetup", "Panel deliberation"),
    }
    return labels.get(session_type, session_type)


class HearingSetupDialog(QDialog):
    """Title, session type, room, time and attendance of a new hearing, or of ``hearing``
    (a hearings row) to correct."""

    setup_chosen = Signal(object)  # a HearingSetup

    def __init__(self, case_data: dict, session_types: list[str], place: str,
                 parent: QWidget | None = None, hearing: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingSetupDialog")
        self.case_data = case_data
        self.session_types = session_types
        self.hearing = hearing  # None: a new hearing
        self._title_typed = False  # once the clerk types a title, the defaults leave it be
        self.heading = QLabel()
        self.heading.setObjectName("hearingSetupHeading")
        self.heading.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("hearingSetupTitle")
        self.title.setMinimumWidth(360)
        self.title.textEdited.connect(self._title_edited)
        self.session_type = QComboBox()
        self.session_type.setObjectName("hearingSetupType")
        for session_type in session_types:
            self.session_type.addItem("", session_type)
        self.session_type.currentIndexChanged.connect(self.retranslate)
        self.room = QLineEdit(place)
        self.room.setObjectName("hearingSetupRoom")
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("hearingSetupTime")
        self.when.setDisplayFormat(TIME_FORMAT)
        self.when.setCalendarPopup(True)
        self.when.dateTimeChanged.connect(self._default_title)
        self.labels = {key: QLabel() for key in ("title", "type", "room", "time")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.labels["title"], self.title)
        form.addRow(self.labels["type"], self.session_type)
        form.addRow(self.labels["room"], self.room)
        form.addRow(self.labels["time"], self.when)

        # Who appeared: each party and its lawyer, ticked as present to begin with (the clerk
        # unticks who is missing, the usual case being everyone there).
        self.attendance_box = QGroupBox()
        self.attendance_box.setObjectName("hearingSetupAttendance")
        box = QVBoxLayout(self.attendance_box)
        self.party_boxes: list[tuple[dict, QCheckBox, QCheckBox | None]] = []
        for party in case_data.get("parties", []):
            person = QCheckBox()
            person.setChecked(True)
            person.setObjectName(f"present-{party['id']}")
            box.addWidget(person)
            lawyer = None
            if party.get("lawyer_name"):
                lawyer = QCheckBox()
                lawyer.setChecked(True)
                lawyer.setObjectName(f"presentAgent-{party['id']}")
                lawyer.setStyleSheet("margin-left: 24px")
                box.addWidget(lawyer)
            self.party_boxes.append((party, person, lawyer))
        self.no_parties = QLabel()
        self.no_parties.setWordWrap(True)
        self.no_parties.setVisible(not self.party_boxes)
        box.addWidget(self.no_parties)
        self.other_label = QLabel()
        self.other = QLineEdit()
        self.other.setObjectName("hearingSetupOther")
        box.addWidget(self.other_label)
        box.addWidget(self.other)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.attendance_box)
        layout.addWidget(self.buttons)
        if hearing is not None:
            self._show_hearing(hearing)
        self.retranslate()

    def _show_hearing(self, hearing: dict) -> None:
        """The hearing's set-up as stored, to correct; its title stays as it is."""
        self._title_typed = True
        self.title.setText(hearing.get("title", ""))
        index = self.session_type.findData(hearing.get("session_type") or "")
        self.session_type.setCurrentIndex(max(index, 0))
        self.room.setText(hearing.get("place") or "")
        when = QDateTime.fromString((hearing.get("scheduled_at") or "")[:19],
                                    Qt.DateFormat.ISODate)
        if when.isValid():
            self.when.setDateTime(when)
        attendance = Attendance.from_json(hearing.get("attendance") or "")
        stored = {p.party_id: p for p in attendance.people}
        for party, person, lawyer in self.party_boxes:
            # A party the attendance did not list (taken before they were added) is
            # ticked as on a new hearing; the clerk sees it and corrects it.
            entry = stored.get(party["id"])
            if entry is None:
                continue
            person.setChecked(entry.present)
            if lawyer is not None:
                agent = next((a for a in entry.agents if a.name == party["lawyer_name"]), None)
                lawyer.setChecked(agent.present if agent else not entry.agents)
        self.other.setText(attendance.other)

    def _title_edited(self, text: str) -> None:
        self._title_typed = bool(text.strip())

    def _default_title(self) -> None:
        """'开庭 2026-12-08 09:00' in the UI language, until the clerk types their own."""
        # A deliberation is the judges' own: no party appears at it.
        self.attendance_box.setHidden(self.current_type() == "deliberation")
        if not self._title_typed:
            self.title.setText(f"{session_type_label(self.current_type())} "
                               f"{self.when.dateTime().toString(TIME_FORMAT)}")

    def current_type(self) -> str:
        return self.session_type.currentData() or self.session_types[0]

    def setup(self) -> HearingSetup:
        """What the clerk entered, as the core takes it."""
        attendance = Attendance()
        if self.current_type() != "deliberation":  # no party appears at a deliberation
            for party, person, lawyer in self.party_boxes:
                agents = ([AgentPresence(party["lawyer_name"], party.get("lawyer_firm", ""),
                                         lawyer.isChecked())] if lawyer is not None else [])
                attendance.people.append(PartyPresence(party["id"], party["side"],
                                                       party["name"], person.isChecked(),
                                                       agents))
            attendance.other = self.other.text().strip()
        when = self.when.dateTime().toPython().astimezone()
        return HearingSetup(session_type=self.current_type(), title=self.title.text().strip(),
                            place=self.room.text().strip(),
                            scheduled_at=when.isoformat(timespec="seconds"),
                            attendance=attendance)

    def accept(self) -> None:
        self.setup_chosen.emit(self.setup())
        super().accept()

    def retranslate(self) -> None:
        case = self.case_data.get("case", {})
        deliberation = self.current_type() == "deliberation"
        if self.hearing is not None:
            self.setWindowTitle(self.tr("Hearing details"))
        else:
            self.setWindowTitle(self.tr("New deliberation") if deliberation
                                else self.tr("New hearing"))
        self.heading.setText(self.tr("%1 %2: the record prints what you enter here.")
                             .replace("%1", case.get("case_number", ""))
                             .replace("%2", case.get("title", "")))
        self.labels["title"].setText(self.tr("Title:"))
        self.labels["type"].setText(self.tr("Session:"))
        self.labels["room"].setText(self.tr("Room:"))
        self.labels["time"].setText(self.tr("Time:"))
        self.title.setPlaceholderText(self.tr("e.g. First hearing"))
        self.room.setPlaceholderText(self.tr("e.g. Courtroom 3"))
        for index, session_type in enumerate(self.session_types):
            self.session_type.setItemText(index, session_type_label(session_type))
        self.attendance_box.setTitle(self.tr("Who appeared (untick those absent)"))
        for party, person, lawyer in self.party_boxes:
            person.setText(f"{side_label(party['side'])}  {party['name']}")
            if lawyer is not None:
                firm = party.get("lawyer_firm", "")
                lawyer.setText(self.tr("Agent ad litem %1").replace("%1", party["lawyer_name"])
                               + (f" ({firm})" if firm else ""))
        self.no_parties.setText(self.tr("This case has no parties yet: write who appeared "
                                        "below."))
        self.other_label.setText(self.tr("Others present:"))
        self.other.setPlaceholderText(self.tr("e.g. witness Cui, interpreter Kim"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save changes") if self.hearing is not None
            else self.tr("Create deliberation") if deliberation else self.tr("Create hearing"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._default_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
