"""Whole-segment steps in the hearing workspace, on text the real Korean model heard: split
at the editor's cursor, merge, not spoken, delete, from keys and the context menu; Ctrl+Z
and Ctrl+Shift+Z go back and forth; the exported record leaves out what is not in it."""

from __future__ import annotations

import pytest
from courtroom_rig import open_new_hearing
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from courtdesk.app.config import MachineConfig
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.segment_text import segment_html
from courtdesk.ui.views.transcript_view import TEXT

from speech_audio import write_wav

pytestmark = pytest.mark.timeout(240)


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def _ids(workspace) -> list[str]:
    return [r["id"] for r in workspace.model.rows]


def _key(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_clerk_splits_merges_marks_and_deletes_segments_with_undo(
        qtbot, case_profile, make_flow, login, screenshot, speech, tmp_path):
    flow = make_flow("zh_CN", config=MachineConfig(microphones={0: "presiding_judge"}))
    window = login(flow, "clerk")
    window.resize(1440, 900)
    window.show()
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    workspace.transcribe_file(str(write_wav(tmp_path / "hearing.wav", speech)))
    qtbot.waitUntil(lambda: workspace.controller.state != "idle", timeout=10_000)
    qtbot.waitUntil(lambda: workspace.controller.state == "idle"
                    and not workspace.controller.stopped.catching_up, timeout=90_000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() >= 2, timeout=10_000)
    recognized = _ids(workspace)
    view, actions = workspace.view, workspace.actions_
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    # Split: F2, the cursor after the first word, Ctrl+Shift+S.
    number = next(n for n, r in enumerate(workspace.model.rows) if len(r["words"]) >= 2)
    row = workspace.model.rows[number]
    view.setFocus()
    view.setCurrentIndex(workspace.model.index(number, TEXT))
    actions.edit.trigger()
    editor = view.findChild(QLineEdit, "segmentEditor")
    qtbot.waitUntil(lambda: editor.isVisible(), timeout=5000)
    editor.setCursorPosition(row["text"].find(row["words"][1]["w"]))
    _key(qtbot, editor, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == len(recognized) + 1, timeout=10_000)
    first, second = workspace.model.rows[number], workspace.model.rows[number + 1]
    assert f"{first['text']} {second['text']}" == row["text"]
    assert [w["w"] for w in first["words"] + second["words"]] == [w["w"] for w in row["words"]]
    assert second["start_ms"] > first["start_ms"]
    assert "已拆分" in workspace.last_notice

    # Ctrl+Z takes it back, Ctrl+Shift+Z makes it again.
    view.setFocus()
    _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _ids(workspace) == recognized, timeout=10_000)
    _key(qtbot, view, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == len(recognized) + 1, timeout=10_000)

    # Merge the two parts again from the context menu.
    menu = view.context_menu(workspace.model.rows[number])
    screenshot(menu, "hearing_segment_menu_zh_CN")
    merge = next(a for a in menu.actions() if a.objectName() == "segment_merge")
    assert merge.text() == "与下一段合并" and merge.isEnabled()
    view.setCurrentIndex(workspace.model.index(number, TEXT))
    merge.trigger()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == len(recognized), timeout=10_000)
    assert workspace.model.rows[number]["text"] == row["text"]

    # Not spoken (Ctrl+Shift+N): greyed, kept; Delete: gone from the screen.
    view.setCurrentIndex(workspace.model.index(0, TEXT))
    noise = workspace.model.rows[0]
    _key(qtbot, view, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: workspace.model.rows[0]["status"] == "not_spoken", timeout=10_000)
    assert "line-through" in segment_html(workspace.model.rows[0])
    tip = workspace.model.data(workspace.model.index(0, TEXT), Qt.ItemDataRole.ToolTipRole)
    assert "已标为非发言" in tip
    last = workspace.model.rows[-1]
    view.setCurrentIndex(workspace.model.index(workspace.model.rowCount() - 1, TEXT))
    _key(qtbot, view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: last["id"] not in _ids(workspace), timeout=10_000)
    screenshot(window, "hearing_segments_zh_CN")

    # The record leaves both out; the store kept them with their history.
    out = tmp_path / "record.txt"
    workspace.corrections.write_record((workspace.book, workspace.hearing["id"]), "txt", out)
    qtbot.waitUntil(lambda: out.exists() and "笔录已保存到" in workspace.last_notice,
                    timeout=20_000)
    text = out.read_text(encoding="utf-8")
    assert noise["text"] not in text and last["text"] not in text
    kept = _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT status FROM segments WHERE id IN (?, ?)", (noise["id"], last["id"])))
    assert sorted(r["status"] for r in kept) == ["deleted", "not_spoken"]

    # Every step back: the transcript is as recognized.
    for _ in range(4):  # delete, not spoken, merge, split
        before = list(_ids(workspace)), [r["status"] for r in workspace.model.rows]
        _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda b=before: (_ids(workspace), [r["status"] for r in
                                                            workspace.model.rows]) != b,
                        timeout=10_000)
    assert _ids(workspace) == recognized
    hearing_id, actor = workspace.hearing["id"], flow.session.user.actor
    stored = _store_call(qtbot, flow, lambda: HearingTranscript(
        flow.store, hearing_id, actor).record_segments())
    assert [s["id"] for s in stored] == recognized

    for language in ("en", "ko"):
        window.language_actions[language].trigger()
        view.setCurrentIndex(workspace.model.index(0, TEXT))
        _key(qtbot, view, Qt.Key.Key_N, CTRL_SHIFT)
        qtbot.waitUntil(lambda: workspace.model.rows[0]["status"] == "not_spoken",
                        timeout=10_000)
        screenshot(window, f"hearing_segments_{language}")
        screenshot(view.context_menu(workspace.model.rows[0]),
                   f"hearing_segment_menu_{language}")
        _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: workspace.model.rows[0]["status"] == "", timeout=10_000)
