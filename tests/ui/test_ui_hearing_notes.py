"""Notes in the hearing workspace: a multi-line editor sized for paragraphs, stamped with
the moment of the hearing the clerk is at, added with Ctrl+Enter."""

from __future__ import annotations

import pytest
from courtroom_rig import open_new_hearing
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from courtdesk.speech.engine import Utterance
from courtdesk.speech.text import Word
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.transcript_view import TIME

pytestmark = pytest.mark.timeout(120)


def _type(widget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_notes_are_paragraphs_at_the_moment_the_clerk_is_at(
        qtbot, case_profile, make_flow, login, screenshot, language):
    flow = make_flow(language)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    window.show()
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    hearing_id, actor = workspace.hearing["id"], flow.session.user.actor
    words = [Word(w, 83.0 + i * 0.5, 83.4 + i * 0.5, 0.9) for i, w in enumerate(["原告", "到庭"])]
    handle = flow.runner.submit(lambda: HearingTranscript(flow.store, hearing_id, actor)
                                .add_utterance(Utterance(0, 83_000, 84_400, words, "原告 到庭",
                                                         "原告到庭"), "plaintiff"),
                                queue=Queue.STORE)
    qtbot.waitSignal(handle.succeeded, timeout=10_000).wait()
    workspace.refresh_rows()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=10_000)

    editor = workspace.note_editor
    assert isinstance(editor.text, QPlainTextEdit)
    line = editor.text.fontMetrics().lineSpacing()
    assert editor.text.height() >= 6 * line  # a paragraph, not a one-line box
    assert editor.text.width() >= editor.fontMetrics().horizontalAdvance("M" * 30)

    # Ctrl+M on a segment: the note is about its moment (01:23), shown before writing.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    workspace.view.setCurrentIndex(workspace.model.index(0, TIME))
    qtbot.keyClick(workspace.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.hasFocus() and editor.at_ms == 83_000
    assert "00:01:23" in editor.heading.text()
    _type(editor.text, "原告代理人出示证据三：借款合同原件。")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)  # Enter: a new paragraph, not the end
    _type(editor.text, "被告对真实性无异议。")
    assert editor.text.toPlainText().count("\n") == 1 and workspace.notes.rowCount() == 0
    screenshot(window, f"hearing_notes_{language}")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.notes.rowCount() == 1, timeout=10_000)
    note = workspace.notes.row_at(0)
    assert note["at_ms"] == 83_000
    assert note["text"] == "原告代理人出示证据三：借款合同原件。\n被告对真实性无异议。"
    assert editor.text.toPlainText() == "" and editor.at_ms is None

    # Writing straight away: stamped when the clerk starts, with nothing selected.
    workspace.view.clearSelection()
    workspace.view.setCurrentIndex(workspace.model.index(-1, 0))
    _type(editor.text, "休庭十分钟。")
    assert editor.at_ms == workspace.controller.position_ms
    assert editor.add.isEnabled()
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.notes.rowCount() == 2, timeout=10_000)
