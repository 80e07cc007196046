"""Presenting a dossier volume on the room's screen: F5 in the reader, the presenter window
following page, zoom and scroll, the laser pointer, evidence display's page range, and
shared-only annotations — through the real startup flow, renderer and store, offscreen.

Offscreen Qt has one screen, so here the room picture is the window to drag; the real
placement on a second monitor (and its unplugging) is tested on a real X server in
``test_ui_presenting_screens.py``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QTabBar

from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.dossier_workspace import DossierWorkspace
from courtdesk.ui.views.page_view import FIT_PAGE

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

WAIT = 30_000


def _dossier(qtbot, window) -> DossierWorkspace:
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=WAIT)
    return workspace


def _open(qtbot, workspace, volume: int):
    document = next(d for d in workspace.controller.documents if d["volume"] == volume
                    and "清理版" not in d["title"])
    workspace.open_document(document["id"])
    qtbot.waitUntil(lambda: workspace.reader.active is not None
                    and workspace.reader.active.document_id == document["id"], timeout=WAIT)
    view = workspace.reader.active
    view.setFocus()
    qtbot.waitUntil(lambda: all(view.rendered(p) is not None for p in view.visible_pages()),
                    timeout=WAIT)
    return document, view


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def _red(color: QColor) -> bool:
    return color.red() > 200 and color.green() < 90 and color.blue() < 90


def test_f5_presents_the_page_and_the_window_follows(qtbot, case_profile, make_flow, login,
                                                     screenshot):
    flow = make_flow("zh_CN")
    window = login(flow, "judge")
    workspace = _dossier(qtbot, window)
    document, view = _open(qtbot, workspace, 1)
    present = workspace.present
    assert present.present_action.text() == "投屏"

    # One shared and one private annotation on page 2: only the shared one may be shown.
    book = workspace.controller.book
    _store_call(qtbot, flow, lambda: book.annotate(document["id"], 1, "rect",
                                                   {"rect": [60, 60, 300, 200]}, private=False))
    _store_call(qtbot, flow, lambda: book.annotate(document["id"], 1, "rect",
                                                   {"rect": [80, 300, 320, 420]}, private=True))
    workspace.controller.load_annotations(document["id"])
    qtbot.waitUntil(lambda: len(workspace.controller.annotation_rows.get(document["id"], []))
                    == 2, timeout=WAIT)

    qtbot.keyClick(view, Qt.Key.Key_F5)
    room = present.window
    assert room is not None and room.isVisible() and present.presenting.presenting
    assert not room.full_screen  # one screen only: a window the judge can drag
    assert "一个屏幕" in workspace.message_text
    with qtbot.waitSignal(room.painted, timeout=WAIT):
        pass
    assert room.state.page == view.current == 0 and room.state.doc == view.key
    rows = _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT action, detail FROM audit_log WHERE action LIKE 'present.%'"))
    assert [r["action"] for r in rows] == ["present.start"]
    assert '"screen": "window"' in rows[0]["detail"]

    # A page turn reaches the room screen at once (no timer), and is painted there.
    view.set_continuous(False)
    with qtbot.waitSignal(room.painted, check_params_cb=lambda p: p == 1, timeout=WAIT):
        view.go_to(1)
        assert room.state.page == 1  # delivered before the event loop runs again
    shared = room.state.annotations(1)
    assert [a["geometry"]["rect"] for a in shared] == [[60, 60, 300, 200]]
    screenshot(room, "presenter_zh_CN_page2")

    # Zoomed in on the reader: the room screen shows the same part of the page.
    view.set_zoom(3.0)
    qtbot.waitUntil(lambda: room.state.zoom == 3.0 and room.state.viewport is not None,
                    timeout=WAIT)
    x0, _y0, x1, _y1 = room.state.viewport
    assert x0 == 0 and x1 < 300  # the left part of the page, as on the reader
    for _ in range(2):  # the second scroll: the page's top is out of sight already
        before = room.state.viewport
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 200)
        qtbot.waitUntil(lambda b=before: room.state.viewport != b, timeout=WAIT)
    assert room.state.viewport[1] == pytest.approx(before[1] + 200 / 3.0, abs=1.0)
    view.set_zoom(FIT_PAGE)
    qtbot.waitUntil(lambda: room.state.viewport is None, timeout=WAIT)
    qtbot.waitUntil(lambda: room.shown is not None and room.shown.page_index == 1, timeout=WAIT)

    # The laser pointer: off, a mouse move shows nothing; on, a red dot where the mouse is.
    qtbot.waitUntil(lambda: view.rendered(1) is not None, timeout=WAIT)
    view.repaint()
    target = view._painted_transforms[1].map(QPointF(200, 400))
    spot = QPoint(round(target.x()), round(target.y()))
    qtbot.mouseMove(view.viewport(), spot)
    assert room.pointer_at is None
    present.pointer_action.trigger()
    qtbot.mouseMove(view.viewport(), spot + QPoint(1, 0))
    qtbot.mouseMove(view.viewport(), spot)
    qtbot.waitUntil(lambda: room.pointer_at is not None, timeout=WAIT)
    assert room.pointer_at.x() == pytest.approx(200, abs=2)
    assert room.pointer_at.y() == pytest.approx(400, abs=2)
    picture = room.grab().toImage()
    dot = room.page_to_window().map(room.pointer_at)
    assert _red(picture.pixelColor(round(dot.x()), round(dot.y())))
    screenshot(room, "presenter_zh_CN_pointer")
    present.pointer_action.trigger()
    assert room.pointer_at is None
    # Holding Ctrl points without the toggle; letting go hides the dot.
    held = QMouseEvent(QEvent.Type.MouseMove, QPointF(spot), view.viewport().mapToGlobal(
        QPointF(spot)), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(view.viewport(), held)
    assert room.pointer_at is not None
    qtbot.keyRelease(view, Qt.Key.Key_Control)
    assert room.pointer_at is None

    # Evidence display: pages 2–3 only. Page 5 on the reader is never sent to the room.
    present.show_pages((1, 2))
    assert present.limited.isVisible()
    assert "2–3" in present.limited.text()
    view.go_to(2)
    assert room.state.page == 2
    shown = []
    present.presenting.state_changed.connect(lambda s: shown.append(s.page))
    view.go_to(4)
    assert room.state.page == 2 and shown == []
    assert "5" in present.limited.text()
    screenshot(workspace, "presenter_zh_CN_evidence_reader")
    view.go_to(1)
    assert room.state.page == 1 and shown == [1]

    # Esc stops: the window is gone, the audit says so.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not present.presenting.presenting and present.window is None
    rows = _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT action FROM audit_log WHERE action LIKE 'present.%' ORDER BY rowid"))
    assert [r["action"] for r in rows] == ["present.start", "present.pages", "present.stop"]


EVIDENCE_TITLE = {"en": "Show pages to court", "ko": "법정에 페이지 표시"}
CLOSED = {"en": "closed", "ko": "닫혀"}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_evidence_range_refuses_pages_outside_from_the_start(qtbot, case_profile, make_flow,
                                                             login, screenshot, language):
    flow = make_flow(language)
    window = login(flow, "judge")
    workspace = _dossier(qtbot, window)
    _document, view = _open(qtbot, workspace, 1)
    present = workspace.present
    view.set_continuous(False)
    view.go_to(0)
    present.evidence_action.trigger()
    dialog = present.dialog
    assert dialog.windowTitle() == EVIDENCE_TITLE[language]
    dialog.first.setValue(3)
    dialog.last.setValue(4)
    screenshot(dialog, f"presenter_{language}_evidence_dialog")
    dialog.accept()
    # Present and its actions are in sight, not behind a toolbar's overflow arrow.
    for action in (present.present_action, present.pointer_action, present.evidence_action):
        assert present.toolbar.widgetForAction(action).isVisible()
    assert present.toolbar.widgetForAction(present.present_action).isChecked()
    room = present.window
    assert room is not None
    # The reader was on page 1, outside the range: the presentation begins at page 3.
    assert room.state.page == 2 and room.state.pages == (2, 3) and view.current == 2
    sent = []
    present.presenting.state_changed.connect(lambda s: sent.append(s.page))
    for page in range(view.page_count):
        view.go_to(page)
    assert set(sent) <= {2, 3}
    assert room.state.page == 3
    assert present.limited.isVisible()
    qtbot.waitUntil(lambda: room.shown is not None and room.shown.page_index == 3,
                    timeout=WAIT)  # pages turned faster than painted: the last one shows
    screenshot(window, f"presenter_{language}_evidence_reader")
    screenshot(room, f"presenter_{language}_room")
    # Closing the room window by hand stops presenting, with a notice.
    room.close()
    assert not present.presenting.presenting
    assert CLOSED[language] in workspace.message_text

    # Closing the presented volume's tab stops presenting too (the view is gone).
    workspace.reader.active.setFocus()
    present.present_action.trigger()
    assert present.presenting.presenting
    pane = workspace.reader.panes[0]
    close = pane.tabBar().tabButton(pane.indexOf(view), QTabBar.ButtonPosition.RightSide)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not present.presenting.presenting, timeout=WAIT)
    assert CLOSED[language] in workspace.message_text and present.window is None
