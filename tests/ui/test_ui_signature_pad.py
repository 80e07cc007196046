"""The signature pad takes strokes as a person writes them, and hands over exactly those.

Mouse strokes go through QTest onto the real widget; pen strokes are real ``QTabletEvent``
objects from a stylus ``QPointingDevice``, sent the way Qt delivers a tablet's events. What
comes out is the core's ``SignatureInk``. The drawing on screen is read back from the widget's
own pixels. The second screen is a real second ``QScreen`` of Qt's offscreen platform, in a
process of its own (a Qt process has one platform).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from courtdesk.signing.ink import SignatureInk
from courtdesk.ui.views.signature_pad import SignaturePad

pytestmark = [pytest.mark.gui, pytest.mark.timeout(60)]

NAME = "金顺姬"
DOCUMENT = "（2026）吉2401民初1234号 开庭笔录.pdf"


@pytest.fixture
def pad(qtbot):
    pad = SignaturePad(NAME, "plaintiff", DOCUMENT)
    qtbot.addWidget(pad)
    pad.show_for_signing()
    qtbot.waitExposed(pad)
    return pad


def mouse_stroke(canvas, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(*points[0]))
    for x, y in points[1:-1]:
        QTest.mouseMove(canvas, QPoint(x, y))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(*points[-1]))


STYLUS = QPointingDevice("test stylus", 7, QInputDevice.DeviceType.Stylus,
                         QPointingDevice.PointerType.Pen,
                         QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                         1, 2)


def tablet(canvas, kind: QEvent.Type, x: float, y: float, pressure: float) -> bool:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease \
        else Qt.MouseButton.LeftButton
    event = QTabletEvent(kind, STYLUS, QPointF(x, y),
                         QPointF(canvas.mapToGlobal(QPointF(x, y))), pressure, 0.0, 0.0, 0.0,
                         0.0, 0.0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                         buttons)
    QApplication.sendEvent(canvas, event)
    return event.isAccepted()


def pen_stroke(canvas, points: list[tuple[float, float, float]]) -> None:
    tablet(canvas, QEvent.Type.TabletPress, *points[0])
    for point in points[1:]:
        tablet(canvas, QEvent.Type.TabletMove, *point)
    tablet(canvas, QEvent.Type.TabletRelease, points[-1][0], points[-1][1], 0.0)


def ink_rows(image, x: int) -> int:
    """How many pixels of column ``x`` are ink (dark blue), not paper or the guide line."""
    dark = 0
    for y in range(image.height()):
        colour = QColor(image.pixel(x, y))
        if colour.blue() - colour.red() > 40 and colour.red() < 120:
            dark += 1
    return dark


def test_mouse_strokes_become_ink_with_the_points_written(qtbot, pad, screenshot):
    canvas = pad.canvas
    assert not pad.sign_button.isEnabled()  # nothing to sign yet
    first = [(60, 80), (90, 100), (120, 90), (150, 120), (180, 110)]
    second = [(220, 150), (240, 150), (260, 170)]
    mouse_stroke(canvas, first)
    qtbot.wait(30)
    mouse_stroke(canvas, second)
    assert pad.sign_button.isEnabled()

    with qtbot.waitSignal(pad.ink_signed, timeout=2000) as signed:
        QTest.mouseClick(pad.sign_button, Qt.MouseButton.LeftButton)
    ink = signed.args[0]
    assert isinstance(ink, SignatureInk)
    assert ink.device == "mouse"
    assert (ink.width, ink.height) == (canvas.width(), canvas.height())
    assert [[(x, y) for x, y, *_ in stroke.points] for stroke in ink.strokes] == \
        [[(float(x), float(y)) for x, y in first], [(float(x), float(y)) for x, y in second]]
    assert all(p[3] == 1.0 for stroke in ink.strokes for p in stroke.points)
    times = [p[2] for stroke in ink.strokes for p in stroke.points]
    assert times == sorted(times) and times[-1] >= times[0] + 30  # ms since the pad opened
    assert not pad.isVisible()  # signed: the pad closes


def test_pen_pressure_is_kept_and_draws_thin_to_thick(qtbot, pad, screenshot):
    canvas = pad.canvas
    light_to_firm = [(40.0 + i * 20, 120.0, round(0.05 + i * 0.05, 2)) for i in range(20)]
    pen_stroke(canvas, light_to_firm)
    ink = pad.ink()
    assert ink.device == "pen"
    [stroke] = ink.strokes
    assert [p[3] for p in stroke.points] == [p[2] for p in light_to_firm]
    assert [(p[0], p[1]) for p in stroke.points] == [(x, y) for x, y, _ in light_to_firm]
    # A tablet event taken by the pad makes no mouse stroke as well.
    assert len(canvas.strokes) == 1

    image = canvas.grab().toImage()
    light, firm = ink_rows(image, 70), ink_rows(image, 410)
    assert 0 < light < firm, (light, firm)
    screenshot(pad, "signature_pad_pen_en")


def test_a_finger_on_a_touch_screen_writes_as_touch(qtbot, pad):
    """Qt turns an unhandled touch into mouse events from the touch screen: the ink says it
    was written with a finger (no pressure, so 1.0), not a mouse."""
    canvas = pad.canvas
    screen = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    QTest.touchEvent(canvas, screen).press(0, QPoint(50, 60), canvas)
    for x, y in ((90, 80), (130, 70)):
        QTest.touchEvent(canvas, screen).move(0, QPoint(x, y), canvas)
    QTest.touchEvent(canvas, screen).release(0, QPoint(130, 70), canvas)
    qtbot.waitUntil(lambda: not canvas.empty, timeout=2000)
    ink = pad.ink()
    assert ink.device == "touch"
    assert [(x, y, p) for x, y, _t, p in ink.strokes[0].points] == \
        [(50.0, 60.0, 1.0), (90.0, 80.0, 1.0), (130.0, 70.0, 1.0)]


def test_clear_undo_redo_and_sign_only_with_ink(qtbot, pad):
    canvas = pad.canvas
    mouse_stroke(canvas, [(50, 50), (100, 60), (150, 50)])
    mouse_stroke(canvas, [(50, 120), (150, 130)])
    assert len(canvas.strokes) == 2

    QTest.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert [len(s) for s in canvas.strokes] == [3]
    assert pad.redo_button.isEnabled()
    QTest.mouseClick(pad.redo_button, Qt.MouseButton.LeftButton)
    assert len(canvas.strokes) == 2 and not pad.redo_button.isEnabled()

    QTest.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.strokes == [] and not pad.sign_button.isEnabled()
    # Enter on an empty pad signs nothing.
    with qtbot.assertNotEmitted(pad.ink_signed):
        canvas.setFocus()
        QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert pad.isVisible()
    # Clear is one step back too: a slip of the finger on Clear loses nothing.
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(canvas.strokes) == 2
    # A new stroke after an undo drops what could be redone.
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    mouse_stroke(canvas, [(200, 60), (260, 80)])
    assert len(canvas.strokes) == 2 and not canvas.can_redo()
    QTest.keyClick(pad, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(canvas.strokes) == 2

    # Keyboard only: Enter on the writing surface signs once there is ink.
    canvas.setFocus()
    with qtbot.waitSignal(pad.ink_signed, timeout=2000) as signed:
        QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert len(signed.args[0].strokes) == 2


def test_cancel_hands_over_nothing(qtbot, pad):
    mouse_stroke(pad.canvas, [(50, 50), (150, 80)])
    with qtbot.assertNotEmitted(pad.ink_signed):
        QTest.keyClick(pad, Qt.Key.Key_Escape)
    assert not pad.isVisible()


def test_every_button_is_reached_with_tab(qtbot, pad):
    mouse_stroke(pad.canvas, [(50, 50), (150, 80)])
    mouse_stroke(pad.canvas, [(50, 90), (150, 120)])
    QTest.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)  # every button enabled
    pad.canvas.setFocus()
    reached = set()
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget().objectName())
    assert {"padClear", "padUndo", "padRedo", "padCancel", "inkCanvas"} <= reached


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_pad_reads_in_each_language(qtbot, language, screenshot):
    from courtdesk.ui.translation import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.set_language(language)
    try:
        pad = SignaturePad(NAME, "defendant", DOCUMENT)
        qtbot.addWidget(pad)
        pad.show_for_signing()
        pen_stroke(pad.canvas, [(60 + i * 12, 150 + (i % 5) * 9, 0.3 + (i % 7) / 10)
                                for i in range(30)])
        expected = {"zh_CN": ("签名", "被告"), "en": ("Sign", "Defendant"),
                    "ko": ("서명", "피고")}[language]
        assert pad.sign_button.text() == expected[0]
        assert pad.role_label.text() == expected[1]
        assert pad.name_label.text() == NAME
        screenshot(pad, f"signature_pad_{language}")
    finally:
        switcher.uninstall()


SECOND_SCREEN = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    from courtdesk.ui.views.signature_pad import SignaturePad
    window = QMainWindow()
    window.resize(900, 600)
    window.show()
    pad = SignaturePad("金顺姬", "plaintiff", "record.pdf", window)
    pad.show_for_signing()
    app.processEvents()
    print(json.dumps({"screens": len(app.screens()), "tablet": pad.on_tablet,
                      "screen": pad.screen().name(), "full": pad.isFullScreen(),
                      "geometry": pad.geometry().getRect()}))
""")


@pytest.mark.parametrize("screens", [1, 2])
def test_pad_opens_full_screen_on_the_signing_tablet(tmp_path, screens):
    config = {"screens": [
        {"name": "clerk", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
        {"name": "tablet", "x": 1440, "y": 0, "width": 1280, "height": 800,
         "logicalDpi": 96}][:screens]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config))
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}"}
    done = subprocess.run([sys.executable, "-c", SECOND_SCREEN], env=env, capture_output=True,
                          text=True, timeout=45)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screens"] == screens
    if screens == 2:
        assert seen == {"screens": 2, "tablet": True, "screen": "tablet", "full": True,
                        "geometry": [1440, 0, 1280, 800]}
    else:  # a large window on the clerk's screen
        assert not seen["tablet"] and not seen["full"] and seen["screen"] == "clerk"
        assert seen["geometry"][2] >= 1100 and seen["geometry"][3] >= 650
