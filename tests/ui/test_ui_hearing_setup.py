"""The hearing set-up dialog that "New hearing" opens, in zh_CN, en and ko: what the clerk
enters is the hearing the record prints (title, session, room, who appeared)."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from courtdesk.app.config import MachineConfig
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.hearing_workspace import HearingWorkspace

pytestmark = pytest.mark.timeout(180)

CONFIG = MachineConfig(court="延吉市人民法院", courtroom="第三审判庭")


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def _open_setup(qtbot, window, case_id: str):
    workspace = window.workspace(HearingWorkspace)
    window.open_hearing(case_id, "")  # Cases → Hearings → New hearing
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not None
                    and workspace.picker.setup_dialog.isVisible(), timeout=20_000)
    return workspace, workspace.picker.setup_dialog


def _type(widget, text: str) -> None:
    """CJK is typed through an input method, which commits whole words."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _hearings(qtbot, flow, case_id: str) -> list[dict]:
    return _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT * FROM hearings WHERE case_id = ? AND deleted = 0 ORDER BY created_at",
        (case_id,)))


def _export(qtbot, workspace, action, out: Path) -> str:
    action.trigger()
    dialog = workspace.corrections.export_dialog
    suggested = Path(dialog.selectedFiles()[0]).name
    dialog.selectFile(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: out.exists() and str(out) in workspace.last_notice, timeout=30_000)
    return suggested


def _flat(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "".join("".join(page.get_text(clip=(0, 96, 595, 760)).split())
                       for page in doc)  # without each page's head and foot


def test_clerk_sets_up_a_mediation_and_the_record_prints_it(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    before = _hearings(qtbot, flow, case_profile.case_id)
    workspace, dialog = _open_setup(qtbot, window, case_profile.case_id)
    assert dialog.windowTitle() == "新建庭审"
    assert dialog.title.text().startswith("开庭 20")  # the session and its time, in Chinese
    assert [dialog.session_type.itemText(i) for i in range(dialog.session_type.count())] == \
        ["开庭", "调解", "宣判", "询问"]  # a clerk holds no deliberation
    assert dialog.room.text() == "延吉市人民法院 第三审判庭"
    boxes = [(person.text(), lawyer.text() if lawyer else None)
             for _, person, lawyer in dialog.party_boxes]
    assert boxes == [
        ("原告  延吉市长白山商贸有限公司", "委托诉讼代理人 金明哲 (吉林延边律师事务所)"),
        ("被告  朴英姬", "委托诉讼代理人 王丽华 (吉林图们江律师事务所)")]
    assert all(person.isChecked() for _, person, _ in dialog.party_boxes)
    screenshot(dialog, "hearing_setup_zh_CN")

    dialog.session_type.setCurrentIndex(1)  # 调解: the default title follows
    assert dialog.title.text().startswith("调解 20")
    dialog.title.selectAll()
    _type(dialog.title, "第二次调解")  # typed: the session no longer renames it
    dialog.session_type.setCurrentIndex(2)
    dialog.session_type.setCurrentIndex(1)
    assert dialog.title.text() == "第二次调解"
    defendant = dialog.party_boxes[1][1]
    qtbot.keyClick(defendant, Qt.Key.Key_Space)  # the defendant did not come
    assert not defendant.isChecked()
    dialog.other.setText("证人崔某到庭")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["title"] == "第二次调解", timeout=20_000)
    after = _hearings(qtbot, flow, case_profile.case_id)
    assert len(after) == len(before) + 1
    hearing = workspace.hearing
    assert hearing["session_type"] == "mediation"
    assert hearing["place"] == "延吉市人民法院 第三审判庭"
    attendance = json.loads(hearing["attendance"])
    assert [p["present"] for p in attendance["people"]] == [True, False]
    assert attendance["other"] == "证人崔某到庭"
    assert workspace.picker.hearing_combo.currentText().startswith("第二次调解")

    # The official copy, then the review copy, from the export menu.
    official = _export(qtbot, workspace, workspace.actions_.export_pdf, tmp_path / "o.pdf")
    review_name = _export(qtbot, workspace, workspace.actions_.export_review_pdf,
                          tmp_path / "r.pdf")
    assert official.endswith("第二次调解.pdf") and review_name.endswith("第二次调解 (核对稿).pdf")
    text = _flat(tmp_path / "o.pdf")
    assert "调解笔录" in text and "（第二次调解）" in text
    assert ("到庭情况：原告延吉市长白山商贸有限公司及其委托诉讼代理人金明哲"
            "（吉林延边律师事务所）到庭；被告朴英姬未到庭，其委托诉讼代理人王丽华"
            "（吉林图们江律师事务所）到庭；证人崔某到庭。") in text
    with pymupdf.open(tmp_path / "o.pdf") as doc:
        assert not any("核对稿" in page.get_text() for page in doc)
    with pymupdf.open(tmp_path / "r.pdf") as doc:
        assert all("核对稿" in page.get_text() for page in doc)  # marked on every page
    with pymupdf.open(tmp_path / "o.pdf") as doc:
        assert all("NotoSerifCJK" in font[3].replace(" ", "")
                   for page in doc for font in page.get_fonts())


def test_cancel_makes_no_hearing(qtbot, case_profile, make_flow, login):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "clerk")
    before = _hearings(qtbot, flow, case_profile.case_id)
    _, dialog = _open_setup(qtbot, window, case_profile.case_id)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # A later store round trip has seen anything the dialog could have queued.
    assert _hearings(qtbot, flow, case_profile.case_id) == before


@pytest.mark.parametrize("language, expected", [
    ("en", {"window": "New hearing", "title": "Trial hearing 20", "types":
            ["Trial hearing", "Mediation", "Pronouncement", "Inquiry"],
            "box": "Who appeared (untick those absent)", "ok": "Create hearing",
            "lawyer": "Agent ad litem 金明哲 (吉林延边律师事务所)", "party": "Plaintiff  "}),
    ("ko", {"window": "새 재판", "title": "변론 20", "types": ["변론", "조정", "선고", "심문"],
            "box": "출석한 사람 (불출석자는 체크 해제)", "ok": "재판 만들기",
            "lawyer": "소송대리인 金明哲 (吉林延边律师事务所)", "party": "원고  "}),
])
def test_the_dialog_speaks_the_ui_language(qtbot, case_profile, make_flow, login, screenshot,
                                           language, expected):
    flow = make_flow(language, config=CONFIG)
    window = login(flow, "clerk")
    workspace, dialog = _open_setup(qtbot, window, case_profile.case_id)
    assert dialog.windowTitle() == expected["window"]
    assert dialog.title.text().startswith(expected["title"])
    assert [dialog.session_type.itemText(i)
            for i in range(dialog.session_type.count())] == expected["types"]
    assert dialog.attendance_box.title() == expected["box"]
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == expected["ok"]
    _, person, lawyer = dialog.party_boxes[0]
    assert person.text().startswith(expected["party"]) and lawyer.text() == expected["lawyer"]
    # No label is cut short: the dialog is as wide as its texts.
    for label in dialog.labels.values():
        assert label.width() >= label.sizeHint().width()
    for _, person, _ in dialog.party_boxes:
        assert person.width() >= person.sizeHint().width()
    screenshot(dialog, f"hearing_setup_{language}")
    dialog.accept()
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["title"].startswith(expected["title"]),
                    timeout=20_000)


def test_presiding_judge_may_set_up_a_deliberation(qtbot, case_profile, make_flow, login):
    flow = make_flow("zh_CN", config=CONFIG)
    window = login(flow, "presiding")
    workspace, dialog = _open_setup(qtbot, window, case_profile.case_id)
    types = [dialog.session_type.itemData(i) for i in range(dialog.session_type.count())]
    assert types[-1] == "deliberation" and dialog.session_type.itemText(len(types) - 1) == "合议"
    dialog.session_type.setCurrentIndex(len(types) - 1)
    assert dialog.attendance_box.isHidden()  # no party appears at a deliberation
    assert dialog.title.text().startswith("合议 20")
    assert dialog.windowTitle() == "新建合议"
    dialog.accept()
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["kind"] == "deliberation", timeout=20_000)
    assert workspace.hearing["confidential"] == 1 and workspace.hearing["attendance"] == ""
