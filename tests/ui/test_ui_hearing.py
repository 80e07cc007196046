"""The hearing workspace as a clerk and a judge use it, with the real Korean model.

The clerk's hearing is captured live through PortAudio from ALSA's ``file`` device fed at
real-time pace (``courtroom_rig``). The judge transcribes a file into a deliberation.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from courtroom_rig import install_microphone, open_new_hearing
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from courtdesk.app.config import MachineConfig
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.cases_workspace import CasesWorkspace
from courtdesk.ui.views.hearing_workspace import HearingWorkspace
from courtdesk.ui.views.segment_text import segment_html
from courtdesk.ui.views.transcript_view import TEXT, TIME

from speech_audio import write_wav


@pytest.fixture
def courtroom_microphone(tmp_path):
    yield from install_microphone(tmp_path)


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def _stored_segments(qtbot, flow, workspace) -> list[dict]:
    hearing_id, actor = workspace.hearing["id"], flow.session.user.actor
    return _store_call(qtbot, flow,
                       lambda: HearingTranscript(flow.store, hearing_id, actor).segments())


def _type(widget, text: str) -> None:
    """CJK is typed through an input method, which commits whole words."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _dialog(name: str):
    return next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == name and w.isVisible())


def _edit_segment(qtbot, workspace, row: int, text: str) -> None:
    view = workspace.view
    view.setCurrentIndex(workspace.model.index(row, TEXT))
    workspace.actions_.edit.trigger()  # F2
    editor = view.findChild(QLineEdit, "segmentEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    _type(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.model.rows[row]["text"] == text, timeout=10_000)


def _pdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as document:
        return "".join(page.get_text() for page in document).replace("\n", "")


def test_clerk_records_corrects_and_exports_a_live_hearing(
        qtbot, case_profile, make_flow, login, screenshot, speech, courtroom_microphone,
        tmp_path):
    config = MachineConfig(audio_device="courtin", microphones={1: "presiding_judge"},
                           court="延吉市人民法院", courtroom="第三审判庭")
    flow = make_flow("zh_CN", config=config)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["案件", "庭审", "电子卷宗", "法律法规", "同步"]

    # Cases → the case → Hearings → "New hearing" opens the hearing workspace on it.
    cases = window.workspace(CasesWorkspace)
    qtbot.waitUntil(lambda: cases.model.row_of(case_profile.case_id) >= 0, timeout=20_000)
    cases.table.selectRow(cases.model.row_of(case_profile.case_id))
    qtbot.waitUntil(lambda: cases.detail.case_data is not None, timeout=20_000)
    cases.detail.tabs.setCurrentIndex(1)
    qtbot.mouseClick(cases.detail.new_hearing_button, Qt.MouseButton.LeftButton)
    workspace = window.workspace(HearingWorkspace)
    assert window.stack.currentWidget() is workspace
    # The set-up dialog asks for the title the record prints; the default is taken.
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not None
                    and workspace.picker.setup_dialog.isVisible(), timeout=20_000)
    setup = workspace.picker.setup_dialog
    assert setup.room.text() == "延吉市人民法院 第三审判庭"  # this PC's courtroom
    setup.accept()
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["title"].startswith("开庭 "), timeout=20_000)
    # Clerks never sit on a deliberation: nothing offers one.
    assert not workspace.actions_.deliberation.isVisible()
    assert not workspace.picker.buttons["deliberationAction"].isVisible()
    assert workspace.actions_.start.text() == "开始录音"

    # F9: the model loads behind a busy bar, then the microphone records.
    workspace.actions_.start.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=30_000)
    assert workspace.indicator.text().startswith("● 录音中 ")
    courtroom_microphone.play(speech)
    qtbot.waitUntil(lambda: workspace.live.heard_any, timeout=30_000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() >= 1, timeout=30_000)
    first = workspace.model.rows[0]
    assert first["speaker_role"] == "presiding_judge"
    assert workspace.model.data(workspace.model.index(0, TIME)).count(":") == 2

    # While it records: switch the speaker, correct the first segment, mark a moment.
    workspace.actions_.roles["plaintiff"].trigger()  # Ctrl+3 on a single microphone
    switched_at = workspace.controller.position_ms
    assert workspace.actions_.speaker.currentData() == "plaintiff"
    _edit_segment(qtbot, workspace, 0, "审判长宣布现在开庭")
    # A whole-segment step and its undo while recognition keeps appending segments.
    workspace.view.setCurrentIndex(workspace.model.index(0, TEXT))
    workspace.actions_.not_spoken.trigger()  # Ctrl+Shift+N
    qtbot.waitUntil(lambda: workspace.model.rows[0]["status"] == "not_spoken", timeout=10_000)
    workspace.actions_.undo.trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: workspace.model.rows[0]["status"] == "", timeout=10_000)
    assert workspace.model.rows[0]["text"] == "审判长宣布现在开庭"
    marked_at = workspace.controller.position_ms
    workspace.actions_.mark.trigger()  # Ctrl+M: the note editor, at this moment
    note = workspace.note_editor
    _type(note.text, "原告出示证据一")
    qtbot.keyClick(note.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.notes.rowCount() == 1, timeout=10_000)
    assert marked_at <= workspace.notes.row_at(0)["at_ms"] <= marked_at + 1000
    qtbot.waitUntil(lambda: courtroom_microphone.played.is_set(), timeout=40_000)
    qtbot.waitUntil(lambda: any(r["start_ms"] > switched_at for r in workspace.model.rows),
                    timeout=30_000)
    screenshot(window, "hearing_zh_CN_recording")

    workspace.actions_.start.trigger()  # F9 again: pause
    assert workspace.controller.state == "paused"
    assert workspace.indicator.text().startswith("❚❚ 已暂停 ")
    qtbot.waitUntil(lambda: workspace.controller.session_state == "paused", timeout=5000)
    assert workspace.actions_.start.text() == "继续"
    workspace.actions_.start.trigger()  # and resume
    qtbot.waitUntil(lambda: workspace.controller.session_state == "recording", timeout=5000)
    workspace.actions_.stop.trigger()  # F10
    qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=30_000)
    assert workspace.indicator.text() == "未在录音"
    assert "录音已停止" in workspace.last_notice
    # The recognizers may still finish what they were behind on; then the record is whole.
    qtbot.waitUntil(lambda: not workspace.controller.stopped.catching_up, timeout=120_000)
    assert workspace.actions_.export_pdf.isEnabled()
    stored = _stored_segments(qtbot, flow, workspace)
    assert stored[0]["text"] == "审判长宣布现在开庭"
    assert stored[0]["asr_text"] != stored[0]["text"]  # what was heard is kept beside it
    later = [s for s in stored if s["start_ms"] > switched_at]
    assert later and all(s["speaker_role"] == "plaintiff" for s in later)
    assert flow.store.get("hearings", workspace.hearing["id"])["status"] == "recorded"
    states = [r["state"] for r in flow.store.query(
        "SELECT state FROM recordings WHERE hearing_id = ? ORDER BY offset_ms",
        (workspace.hearing["id"],))]
    assert states[0] == "paused" and states[-1] == "stopped"
    # The Korean model hears voice commands, so the switch is offered for the next start.
    assert workspace.controller.voice_commands_available
    assert workspace.actions_.voice_commands.isEnabled()

    # Edit and undo another segment.
    _edit_segment(qtbot, workspace, 1, "这一句要撤销")
    workspace.view.setCurrentIndex(workspace.model.index(1, TEXT))
    workspace.actions_.undo.trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: workspace.model.rows[1]["text"] == stored[1]["text"],
                    timeout=10_000)

    # Find and replace with a preview, across the hearing, in one action.
    word = stored[1]["text"].split()[0].strip(",.?")
    workspace.actions_.replace.trigger()
    dialog = _dialog("replaceDialog")
    _type(dialog.find, word)
    _type(dialog.replace, "朴英姬")
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    assert "朴英姬" in dialog.preview_view.toPlainText()
    assert word in dialog.preview_view.toPlainText()
    screenshot(dialog, "hearing_zh_CN_replace")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "朴英姬" in workspace.model.rows[1]["text"], timeout=10_000)
    assert "朴英姬" in _stored_segments(qtbot, flow, workspace)[1]["text"]

    # Export the record as PDF through the save dialog.
    workspace.actions_.export_pdf.trigger()
    out = tmp_path / "record.pdf"
    export = workspace.corrections.export_dialog
    export.selectFile(str(out))
    export.accept()
    qtbot.waitUntil(lambda: "笔录已保存到" in workspace.last_notice, timeout=30_000)
    text = _pdf_text(out)
    assert "审判长宣布现在开庭" in text and "朴英姬" in text
    screenshot(window, "hearing_zh_CN_after")


def test_corrections_hotkeys_commands_and_errors(qtbot, case_profile, make_flow, login):
    from courtdesk.speech.engine import Utterance
    from courtdesk.speech.text import Word
    from courtdesk.speech.vocabulary import CaseVocabulary, VocabularyTerm

    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    hearing_id, actor = workspace.hearing["id"], flow.session.user.actor
    words = [Word(w, i * 0.4, i * 0.4 + 0.3, c) for i, (w, c) in
             enumerate([("被告", 0.95), ("朴影基", 0.8), ("到庭", 0.42)])]
    vocabulary = CaseVocabulary([VocabularyTerm("朴英姬", "party")], "zh")
    _store_call(qtbot, flow, lambda: HearingTranscript(flow.store, hearing_id, actor)
                .add_utterance(Utterance(0, 0, 1100, words, "被告 朴影基 到庭", "被告朴影基到庭"),
                               "defendant", vocabulary=vocabulary))
    workspace.refresh_rows()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=10_000)
    row = workspace.model.rows[0]
    assert row["text"] == "被告朴英姬到庭"
    tip = workspace.model.data(workspace.model.index(0, TEXT), Qt.ItemDataRole.ToolTipRole)
    assert "朴影基 → 朴英姬" in tip and "到庭" in tip  # the fix, and the unsure word
    assert "underline" in segment_html(row) and "#fff1b8" in segment_html(row)
    menu = workspace.view.context_menu(row)
    reject = next(a for a in menu.actions() if a.objectName() == "rejectCorrection0")
    assert reject.text() == "拒绝更正：朴影基 → 朴英姬" and reject.isEnabled()
    reject.trigger()
    qtbot.waitUntil(lambda: workspace.model.rows[0]["text"] == "被告朴影基到庭", timeout=10_000)
    assert _stored_segments(qtbot, flow, workspace)[0]["text"] == "被告朴影基到庭"

    # Hotkeys work while the workspace is shown: Ctrl+M opens the note at the selection.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    workspace.view.setCurrentIndex(workspace.model.index(0, TIME))
    qtbot.keyClick(workspace.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    note = workspace.note_editor
    assert note.heading.text() == "庭审 00:00:00 处的备注"
    assert note.text.hasFocus()
    note.at_ms = None

    # The speaker of a finished segment, from its context menu.
    menu = workspace.view.context_menu(workspace.model.rows[0])
    speakers = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in speakers.actions() if a.text() == "证人").trigger()
    qtbot.waitUntil(lambda: workspace.model.rows[0]["speaker_role"] == "witness", timeout=10_000)
    assert workspace.model.data(workspace.model.index(0, 1)) == "证人"

    # Hotkeys belong to the workspace on screen: in Cases, Ctrl+M marks nothing.
    window.navigation.setCurrentRow(0)
    qtbot.keyClick(window.workspace(CasesWorkspace).table, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier)
    assert note.at_ms is None
    window.navigation.setCurrentRow(1)

    # Session events come from the session's threads; the listener hands them over.
    listen = workspace.controller._listener(workspace.controller._serial)
    for event in ({"type": "command", "command": "next_page", "phrase": "페이지 넘기기",
                   "confidence": 0.93},
                  {"type": "error", "code": "store_full",
                   "message": "Disk full at 00:12:03: recording stopped."}):
        worker = threading.Thread(target=listen, args=(event,))
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: bool(workspace.banner.errors), timeout=5000)
    assert workspace.last_notice == "语音指令：下一页（听到“페이지 넘기기”）"
    assert "磁盘已满，录音已停止" in workspace.banner.label.text()
    # The core's English is for court IT, behind the banner's details link.
    assert "Disk full at 00:12:03" not in workspace.banner.label.text()
    workspace.banner.label.linkActivated.emit("0")
    assert "Disk full at 00:12:03" in workspace.banner.details_box.detailedText()
    workspace.banner.details_box.done(0)

    # The language changes at run time, here too.
    window.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: workspace.actions_.start.text() == "녹음 시작", timeout=5000)
    assert workspace.model.headerData(0, Qt.Orientation.Horizontal) == "시각"
    assert workspace.model.data(workspace.model.index(0, 1)) == "증인"
    assert "디스크가 가득 차서 녹음이 중지되었습니다" in workspace.banner.label.text()


def test_judge_transcribes_a_file_into_a_deliberation_in_korean(
        qtbot, case_profile, make_flow, login, screenshot, speech, tmp_path):
    flow = make_flow("ko", config=MachineConfig(microphones={1: "presiding_judge"}))
    window = login(flow, "judge")
    window.resize(1440, 900)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["사건", "재판", "전자 기록", "법령", "동기화"]
    workspace = window.workspace(HearingWorkspace)
    window.navigation.setCurrentRow(1)
    workspace.open_case(case_profile.case_id)
    qtbot.waitUntil(lambda: workspace.hearing is not None, timeout=20_000)
    # A judge reads the ordinary hearing but does not run it; deliberations are theirs.
    ordinary = next(h for h in workspace.case_data["hearings"] if h["kind"] == "hearing")
    workspace.open_hearing(ordinary["id"])
    qtbot.waitUntil(lambda: workspace.hearing["id"] == ordinary["id"], timeout=20_000)
    assert not workspace.actions_.start.isEnabled() and not workspace.model.editable
    assert workspace.actions_.deliberation.isVisible()
    assert workspace.picker.buttons["deliberationAction"].isVisible()
    assert not workspace.picker.buttons["newHearingAction"].isVisible()
    assert workspace.actions_.deliberation.text() == "합의 시작"

    # This PC has no microphone: the deliberation is created, the failure is shown.
    workspace.actions_.deliberation.trigger()
    qtbot.waitUntil(lambda: workspace.controller.state == "idle" and bool(workspace.banner.errors),
                    timeout=30_000)
    assert workspace.banner.errors[0]["code"] == "audio_device"
    assert "마이크 입력을 사용할 수 없습니다" in workspace.banner.label.text()
    assert workspace.hearing["kind"] == "deliberation" and workspace.hearing["confidential"]
    screenshot(window, "hearing_ko_no_microphone")
    workspace.banner.dismiss.click()

    # A recording made elsewhere goes into the deliberation through the same pipeline.
    wav = write_wav(tmp_path / "deliberation.wav", speech)
    workspace.actions_.transcribe_file.trigger()
    chooser = workspace.file_dialog
    chooser.selectFile(str(wav))
    chooser.accept()
    qtbot.waitUntil(lambda: workspace.controller.state != "idle", timeout=10_000)
    qtbot.waitUntil(lambda: workspace.controller.state == "idle"
                    and not workspace.controller.stopped.catching_up, timeout=60_000)
    assert workspace.model.rowCount() >= 2
    assert not workspace.banner.errors
    stored = _stored_segments(qtbot, flow, workspace)
    assert [s["id"] for s in stored] == [r["id"] for r in workspace.model.rows]
    assert workspace.model.data(workspace.model.index(0, 1)) == "재판장"

    # Replaying needs a loudspeaker; this machine has none, and says so in Korean.
    workspace.view.clicked.emit(workspace.model.index(0, TIME))
    qtbot.waitUntil(lambda: bool(workspace.banner.errors), timeout=10_000)
    assert workspace.banner.errors[0]["code"] == "no_audio_output"
    assert "스피커나 헤드폰을 찾을 수 없습니다" in workspace.banner.label.text()
    screenshot(window, "hearing_ko_after")
