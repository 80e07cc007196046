"""Which case and which of its hearings the hearing workspace shows.

The lists come from the core (``CaseBook``), so a clerk never sees a deliberation and a
judge sees only cases they sit on; the picker adds no rule of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from courtdesk.app.hearings import HearingBook
from courtdesk.common.roles import Permission

from ..jobs import Queue
from ..labels import hearing_kind_label, hearing_status_label
from ..session import Session
from .hearing_setup import HearingSetupDialog


class HearingPicker(QWidget):
    case_loaded = Signal(dict)  # CaseFile.as_dict() of the chosen case
    hearing_chosen = Signal(str)  # a hearing id, or "" when the case has none
    hearing_changed = Signal(dict)  # a hearing whose set-up was just corrected
    failed = Signal(object)

    def __init__(self, session: Session, actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.book = HearingBook(session.store, session.user)
        self.case_data: dict | None = None
        self.hearing_id = ""
        self.setup_dialog: HearingSetupDialog | None = None  # the open "new hearing" dialog
        self.live_hearing_id = ""  # being recorded now: shown "in session" at once
        self.case_label, self.hearing_label = QLabel(), QLabel()
        self.case_combo, self.hearing_combo = QComboBox(), QComboBox()
        self.case_combo.setObjectName("hearingCase")
        self.hearing_combo.setObjectName("hearingChoice")
        self.case_combo.setMinimumWidth(280)
        self.hearing_combo.setMinimumWidth(280)
        for combo in (self.case_combo, self.hearing_combo):
            combo.currentTextChanged.connect(combo.setToolTip)  # a long title is cut short
        self.case_combo.activated.connect(lambda i: self.open_case(self.case_combo.itemData(i)))
        self.hearing_combo.activated.connect(
            lambda i: self.hearing_chosen.emit(self.hearing_combo.itemData(i)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_label)
        layout.addWidget(self.case_combo, 2)
        layout.addSpacing(12)
        layout.addWidget(self.hearing_label)
        layout.addWidget(self.hearing_combo, 2)
        self.buttons: dict[str, QToolButton] = {}
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # Outside a toolbar a button does not follow its action's visibility by itself.
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))
            button.setVisible(action.isVisible())
            layout.addWidget(button)
            self.buttons[action.objectName()] = button
        self.retranslate()

    def _store(self, fn, on_done, label: str) -> None:
        self.session.runner.submit(fn, queue=Queue.STORE, owner=self, on_done=on_done,
                                   on_error=self.failed.emit, label=label)

    def reload_cases(self) -> None:
        cases = self.book.cases
        self._store(lambda: [(c.id, f"{c.case_number}  {c.title}") for c in cases.list_cases()],
                    self._cases_arrived, "hearing cases")

    def _cases_arrived(self, cases: list[tuple[str, str]]) -> None:
        self.case_combo.clear()
        for case_id, text in cases:
            self.case_combo.addItem(text, case_id)
        current = self.case_data["case"]["id"] if self.case_data else None
        self.case_combo.setCurrentIndex(self.case_combo.findData(current) if current else -1)

    def open_case(self, case_id: str, hearing_id: str = "", new_kind: str = "") -> None:
        """Show a case's hearings; choose ``hearing_id``, or create a ``new_kind`` one."""
        cases = self.book.cases
        self._store(lambda: cases.open_case(case_id).as_dict(),
                    lambda data: self._case_arrived(data, hearing_id, new_kind), "hearing case")

    def _case_arrived(self, data: dict, hearing_id: str, new_kind: str) -> None:
        same_case = bool(self.case_data) and self.case_data["case"]["id"] == data["case"]["id"]
        self.case_data = data
        case = data["case"]
        if self.case_combo.findData(case["id"]) < 0:
            self.case_combo.addItem(f"{case['case_number']}  {case['title']}", case["id"])
        self.case_combo.setCurrentIndex(self.case_combo.findData(case["id"]))
        ids = [h["id"] for h in data["hearings"]]
        if not hearing_id:
            # The same case again keeps its hearing; another case opens its latest one.
            keep = same_case and self.hearing_id in ids
            hearing_id = self.hearing_id if keep else (ids[-1] if ids else "")
        self.hearing_id = hearing_id
        self.retranslate()
        self.case_loaded.emit(data)
        if new_kind:
            self.create_hearing(new_kind)
        else:
            self.hearing_chosen.emit(hearing_id)

    def create_hearing(self, kind: str, then=None) -> None:
        """Ask for the new hearing's set-up (title, session, room, time, who appeared),
        then create it (and call ``then`` with it); cancelling creates nothing."""
        if not self.case_data:
            return
        types = ["trial", "mediation", "pronouncement", "inquiry"]
        if self.session.user.may(Permission.VIEW_DELIBERATION) and self.case_data.get(
                "my_role") in ("judge", "presiding_judge"):
            types.append("deliberation")  # the judges of the case hold those
        if kind == "deliberation":
            types = ["deliberation"]
        case_id = self.case_data["case"]["id"]
        dialog = HearingSetupDialog(self.case_data, types, self.session.place, self.window())
        dialog.setup_chosen.connect(lambda setup: self._create(case_id, setup, then))
        self.setup_dialog = dialog
        dialog.open()

    def _create(self, case_id: str, setup, then=None) -> None:
        book, language = self.book, self.session.switcher.language or "zh_CN"

        def created(hearing: dict) -> None:
            if then is None:
                self.open_case(case_id, hearing["id"])
            else:
                then(hearing)  # it shows the hearing itself (a recording lists it at its start)

        self._store(lambda: book.new_hearing(case_id, setup, language), created, "new hearing")

    def edit_hearing(self) -> None:
        """"Hearing details…": the chosen hearing's set-up in the same dialog, to correct;
        also while it is recorded (a late arrival), which the recording does not notice."""
        if not self.case_data or not self.hearing_id:
            return
        book, hearing_id = self.book, self.hearing_id
        # Read again: a sync may have brought another laptop's correction since the list.
        self._store(lambda: book.open(hearing_id), self._show_details, "hearing details")

    def _show_details(self, hearing: dict) -> None:
        if not self.case_data or hearing["case_id"] != self.case_data["case"]["id"]:
            return  # another case was opened meanwhile
        # Within the hearing's kind: who may read the record hangs on it.
        types = (["deliberation"] if hearing["kind"] == "deliberation"
                 else ["trial", "mediation", "pronouncement", "inquiry"])
        dialog = HearingSetupDialog(self.case_data, types, self.session.place, self.window(),
                                    hearing=hearing)
        dialog.setObjectName("hearingDetailsDialog")
        dialog.setup_chosen.connect(lambda setup: self._change(hearing, setup))
        self.setup_dialog = dialog
        dialog.open()

    def _change(self, hearing: dict, setup) -> None:
        book, language = self.book, self.session.switcher.language or "zh_CN"

        def changed(row: dict) -> None:
            if self.case_data and self.case_data["case"]["id"] == row["case_id"]:
                self.case_data["hearings"] = [{**row, "unsynced": True} if h["id"] == row["id"]
                                              else h
                                              for h in self.case_data["hearings"]]
                self.retranslate()
            self.hearing_changed.emit(row)

        self._store(lambda: book.change_setup(hearing["id"], setup, language), changed,
                    "hearing details")

    def select(self, hearing_id: str) -> None:
        self.hearing_id = hearing_id
        self.hearing_combo.setCurrentIndex(self.hearing_combo.findData(hearing_id))

    def set_live(self, hearing_id: str) -> None:
        """No switching away while the microphones are on ("" when they are off)."""
        self.live_hearing_id = hearing_id
        self.case_combo.setEnabled(not hearing_id)
        self.hearing_combo.setEnabled(not hearing_id)
        self.retranslate()

    def retranslate(self) -> None:
        self.case_label.setText(self.tr("Case:"))
        self.hearing_label.setText(self.tr("Hearing:"))
        self.case_combo.setPlaceholderText(self.tr("Choose a case…"))
        self.hearing_combo.setPlaceholderText(self.tr("No hearing yet"))
        self.hearing_combo.clear()
        for hearing in (self.case_data or {}).get("hearings", []):
            status = ("in_progress" if hearing["id"] == self.live_hearing_id
                      else hearing["status"])
            self.hearing_combo.addItem(
                f"{hearing['title']} · {hearing_kind_label(hearing['kind'])} · "
                f"{hearing_status_label(status)}", hearing["id"])
        self.hearing_combo.setCurrentIndex(self.hearing_combo.findData(self.hearing_id)
                                           if self.hearing_id else -1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
