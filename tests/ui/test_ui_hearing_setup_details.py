"""Correcting a hearing's set-up after it was made ("庭审信息…" beside the hearing picker), and
F9 with no hearing asking for the set-up first, in zh_CN, en and ko: the store, the audit log,
the picker and the exported record show the correction at once, also while recording."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from courtroom_rig import install_microphone
from PySide6.QtCore import Qt

from courtdesk.app.config import MachineConfig
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.hearing_workspace import HearingWorkspace

pytestmark = pytest.mark.timeout(240)

CONFIG = MachineConfig(court="延吉市人民法院", courtroom="第三审判庭")


@pytest.fixture
def microphone(tmp_path):
    yield from install_microphone(tmp_path)


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def _hearings(qtbot, flow, case_id: str) -> list[dict]:
    return _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT * FROM hearings WHERE case_id = ? AND deleted = 0 ORDER BY created_at",
        (case_id,)))


def _open_demo_hearing(qtbot, flow, window, case_id: str) -> HearingWorkspace:
    """The demo case's hearing (第一次开庭), opened as from Cases → Hearings → Open."""
    hearing = next(h for h in _hearings(qtbot, flow, case_id) if h["kind"] == "hearing")
    workspace = window.workspace(HearingWorkspace)
    window.open_hearing(case_id, hearing["id"])
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["id"] == hearing["id"], timeout=20_000)
    return workspace


def _open_details(qtbot, workspace):
    """Click "Hearing details…" beside the picker; the dialog it opens."""
    button = workspace.picker.buttons["hearingDetailsAction"]
    assert button.isVisible() and button.isEnabled()
    before = workspace.picker.setup_dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not before
                    and workspace.picker.setup_dialog.isVisible(), timeout=10_000)
    return workspace.picker.setup_dialog


def _press(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def _flat(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "".join("".join(page.get_text(clip=(0, 96, 595, 760)).split())
                       for page in doc)  # without each page's head and foot


def test_clerk_corrects_title_and_attendance_and_the_record_prints_them(
        qtbot, case_profile, make_flow, login, tmp_path):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = _open_demo_hearing(qtbot, flow, window, case_profile.case_id)
    hearing = workspace.hearing
    dialog = _open_details(qtbot, workspace)
    # The hearing as it is: its title, session, room, time and who appeared.
    assert dialog.objectName() == "hearingDetailsDialog"
    assert dialog.windowTitle() == "庭审信息"
    assert dialog.title.text() == hearing["title"] == "第一次开庭"
    assert dialog.room.text() == hearing["place"]
    assert dialog.when.dateTime().toString("yyyy-MM-ddTHH:mm") == "2026-12-08T09:00"
    assert [dialog.session_type.itemText(i) for i in range(dialog.session_type.count())] == \
        ["开庭", "调解", "宣判", "询问"]  # a hearing stays a hearing
    assert all(person.isChecked() for _, person, _ in dialog.party_boxes)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "保存修改"

    dialog.title.setText("第一次开庭（补正）")
    defendant = next(person for party, person, _ in dialog.party_boxes
                     if party["side"] == "defendant")
    qtbot.keyClick(defendant, Qt.Key.Key_Space)  # the defendant was not there after all
    dialog.other.setText("证人崔某到庭")
    _press(qtbot, dialog, dialog.buttons.StandardButton.Ok)
    picker = workspace.picker
    qtbot.waitUntil(lambda: picker.hearing_combo.currentText().startswith("第一次开庭（补正）"),
                    timeout=20_000)
    assert workspace.hearing["title"] == "第一次开庭（补正）"
    assert "庭审信息已保存" in workspace.last_notice

    stored = _store_call(qtbot, flow, lambda: flow.store.get("hearings", hearing["id"]))
    assert stored["title"] == "第一次开庭（补正）" and stored["kind"] == "hearing"
    attendance = json.loads(stored["attendance"])
    assert [(p["side"], p["present"]) for p in attendance["people"]] == \
        [("plaintiff", True), ("defendant", False)]
    assert attendance["other"] == "证人崔某到庭"
    audit = _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT actor, detail FROM audit_log WHERE action = 'hearing.setup' AND record_id = ?",
        (hearing["id"],)))
    assert len(audit) == 1 and audit[0]["actor"] == "clerk"
    assert {"title", "attendance"} <= set(json.loads(audit[0]["detail"])["fields"])
    outbox = _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT 1 FROM outbox WHERE record_id = ?", (hearing["id"],)))
    assert outbox  # goes to the case server with the next sync

    # The record prints the correction.
    out = tmp_path / "record.pdf"
    workspace.actions_.export_pdf.trigger()
    export = workspace.corrections.export_dialog
    assert Path(export.selectedFiles()[0]).name.endswith("第一次开庭（补正）.pdf")
    export.selectFile(str(out))
    export.accept()
    qtbot.waitUntil(lambda: out.exists() and str(out) in workspace.last_notice, timeout=30_000)
    text = _flat(out)
    assert "（第一次开庭（补正））" in text
    assert "未到庭" in text and "证人崔某到庭。" in text

    # Cancel leaves the hearing as it was.
    dialog = _open_details(qtbot, workspace)
    dialog.title.setText("不要这个")
    _press(qtbot, dialog, dialog.buttons.StandardButton.Cancel)
    again = _store_call(qtbot, flow, lambda: flow.store.get("hearings", hearing["id"]))
    assert again["title"] == "第一次开庭（补正）"


def test_a_deliberation_stays_a_deliberation(qtbot, case_profile, make_flow, login):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "presiding")
    deliberation = next(h for h in _hearings(qtbot, flow, case_profile.case_id)
                        if h["kind"] == "deliberation")
    workspace = window.workspace(HearingWorkspace)
    window.open_hearing(case_profile.case_id, deliberation["id"])
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["id"] == deliberation["id"], timeout=20_000)
    dialog = _open_details(qtbot, workspace)
    assert [dialog.session_type.itemText(i) for i in range(dialog.session_type.count())] == \
        ["合议"]
    assert dialog.attendance_box.isHidden()  # no party appears at a deliberation
    _press(qtbot, dialog, dialog.buttons.StandardButton.Cancel)


@pytest.mark.parametrize("language, expected", [
    ("zh_CN", {"action": "庭审信息…", "window": "庭审信息", "ok": "保存修改",
               "f9_types": ["开庭", "调解", "宣判", "询问", "合议"]}),
    ("en", {"action": "Hearing details…", "window": "Hearing details", "ok": "Save changes",
            "f9_types": ["Trial hearing", "Mediation", "Pronouncement", "Inquiry",
                         "Panel deliberation"]}),
    ("ko", {"action": "재판 정보…", "window": "재판 정보", "ok": "변경 내용 저장",
            "f9_types": ["변론", "조정", "선고", "심문", "합의"]}),
])
def test_details_dialog_and_f9_set_up_in_each_language(
        qtbot, case_profile, make_flow, login, screenshot, language, expected):
    flow = make_flow(language, config=CONFIG)
    window = login(flow, "presiding")
    window.resize(1440, 900)
    window.show()
    workspace = window.workspace(HearingWorkspace)
    before = _hearings(qtbot, flow, case_profile.case_id)
    # Cases → Hearings → New hearing, cancelled: the workspace shows no hearing. Then F9:
    # the set-up first, deliberations included for the presiding judge; Cancel records and
    # creates nothing.
    window.open_hearing(case_profile.case_id, "")
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not None
                    and workspace.picker.setup_dialog.isVisible(), timeout=20_000)
    first = workspace.picker.setup_dialog
    _press(qtbot, first, first.buttons.StandardButton.Cancel)
    assert workspace.hearing is None and workspace.actions_.start.isEnabled()
    workspace.actions_.start.trigger()  # F9
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not first
                    and workspace.picker.setup_dialog.isVisible(), timeout=10_000)
    setup = workspace.picker.setup_dialog
    assert setup.objectName() == "hearingSetupDialog"
    assert [setup.session_type.itemText(i) for i in range(setup.session_type.count())] == \
        expected["f9_types"]
    screenshot(setup, f"hearing_setup_f9_{language}")
    _press(qtbot, setup, setup.buttons.StandardButton.Cancel)
    assert workspace.controller.state == "idle" and workspace.hearing is None
    assert _hearings(qtbot, flow, case_profile.case_id) == before

    workspace = _open_demo_hearing(qtbot, flow, window, case_profile.case_id)
    assert workspace.actions_.hearing_details.text() == expected["action"]
    # A button drops the "…" of its action's text.
    assert workspace.picker.buttons["hearingDetailsAction"].text() == \
        expected["action"].rstrip("…")
    screenshot(window, f"hearing_details_button_{language}")
    dialog = _open_details(qtbot, workspace)
    assert dialog.windowTitle() == expected["window"]
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == expected["ok"]
    screenshot(dialog, f"hearing_details_{language}")
    _press(qtbot, dialog, dialog.buttons.StandardButton.Cancel)


def test_f9_sets_up_then_records_and_details_change_without_stopping(
        qtbot, case_profile, make_flow, login, microphone, speech, screenshot):
    config = MachineConfig(court="延吉市人民法院", courtroom="第三审判庭",
                           audio_device="courtin", microphones={1: "presiding_judge"})
    flow = make_flow("zh_CN", config=config)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = window.workspace(HearingWorkspace)
    before = _hearings(qtbot, flow, case_profile.case_id)
    # Cases → Hearings → New hearing, cancelled: the workspace has no hearing.
    window.open_hearing(case_profile.case_id, "")
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not None
                    and workspace.picker.setup_dialog.isVisible(), timeout=20_000)
    first = workspace.picker.setup_dialog
    _press(qtbot, first, first.buttons.StandardButton.Cancel)
    assert workspace.hearing is None

    workspace.actions_.start.trigger()  # F9
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not first
                    and workspace.picker.setup_dialog.isVisible(), timeout=10_000)
    setup = workspace.picker.setup_dialog
    assert workspace.controller.state == "idle"  # nothing records before it is set up
    setup.title.setText("第二次开庭")
    defendant = next(person for party, person, _ in setup.party_boxes
                     if party["side"] == "defendant")
    defendant.setChecked(False)  # not here yet
    _press(qtbot, setup, setup.buttons.StandardButton.Ok)
    qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=60_000)
    hearings = _hearings(qtbot, flow, case_profile.case_id)
    assert len(hearings) == len(before) + 1
    created = hearings[-1]
    assert created["title"] == "第二次开庭" and workspace.controller.hearing_id == created["id"]
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["id"] == created["id"], timeout=20_000)

    microphone.play(speech)
    qtbot.waitUntil(lambda: workspace.controller.position_ms > 2000, timeout=60_000)
    # The defendant arrives late: ticked in while the microphones stay on.
    dialog = _open_details(qtbot, workspace)
    assert dialog.title.text() == "第二次开庭"
    late = next(person for party, person, _ in dialog.party_boxes
                if party["side"] == "defendant")
    assert not late.isChecked()
    late.setChecked(True)
    dialog.title.setText("第二次开庭（被告迟到）")
    screenshot(window, "hearing_details_while_recording_zh_CN")
    _press(qtbot, dialog, dialog.buttons.StandardButton.Ok)
    picker = workspace.picker
    qtbot.waitUntil(lambda: picker.hearing_combo.currentText().startswith("第二次开庭（被告迟到）"),
                    timeout=20_000)
    assert workspace.controller.state == "recording"
    position = workspace.controller.position_ms
    qtbot.waitUntil(lambda: workspace.controller.position_ms > position + 1000, timeout=30_000)
    assert workspace.controller.state == "recording"
    assert not workspace.banner.errors

    workspace.actions_.stop.trigger()  # F10
    qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=30_000)
    stored = _store_call(qtbot, flow, lambda: flow.store.get("hearings", created["id"]))
    # The recording's own writes (status, times) left the correction alone.
    assert stored["title"] == "第二次开庭（被告迟到）"
    assert [p["present"] for p in json.loads(stored["attendance"])["people"]] == [True, True]
    assert stored["started_at"]
