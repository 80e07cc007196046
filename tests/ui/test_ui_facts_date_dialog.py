"""The case's facts date as a clerk enters it: typed over the whole field, picked from the
calendar, or refused with the reason (not a date, after today), in the dialog itself."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView

from courtdesk.ui.views.case_detail import FactsDateDialog


def _type_over(qtbot, dialog: FactsDateDialog, text: str) -> None:
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date, text)


def test_a_date_typed_over_the_field_is_the_date_stored(qtbot):
    dialog = FactsDateDialog("2019-03-02")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.unknown.isChecked() and dialog.value() == "2019-03-02"

    _type_over(qtbot, dialog, "2022-05-01")  # with the dashes, as written
    assert dialog.value() == "2022-05-01" and ok.isEnabled()
    _type_over(qtbot, dialog, "20210910")  # digits only: the dashes are in the field
    assert dialog.value() == "2021-09-10"

    _type_over(qtbot, dialog, "2022-13-45")
    assert not ok.isEnabled() and "year-month-day" in dialog.problem.text()
    future = QDate.currentDate().addDays(3).toString("yyyy-MM-dd")
    _type_over(qtbot, dialog, future)
    assert not ok.isEnabled() and "after today" in dialog.problem.text()

    # The calendar by keyboard: a valid date typed shows in it; a day back, Enter.
    _type_over(qtbot, dialog, "2020-01-15")
    assert dialog.calendar.selectedDate() == QDate(2020, 1, 15)
    days = dialog.calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Left)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert dialog.date.text() == "2020-01-14" and ok.isEnabled()
    assert not dialog.problem.isVisible()

    dialog.unknown.setChecked(True)  # not known: any text in the field is not a problem
    _type_over(qtbot, dialog, "")
    assert dialog.value() == "" and ok.isEnabled() and not dialog.date.isEnabled()


def test_a_case_with_no_facts_date_opens_as_not_known(qtbot):
    dialog = FactsDateDialog("")
    qtbot.addWidget(dialog)
    assert dialog.unknown.isChecked() and dialog.value() == ""
    assert dialog.date.text() == QDate.currentDate().toString("yyyy-MM-dd")
