"""Reading with the keyboard and the wheel: what each key does to a page view.

Page Down, Space and the arrows turn the page when one page is shown at a time and scroll
otherwise; Home and End go to the first and last page (with Ctrl when one page is shown);
Ctrl with +, − or the wheel zooms; the wheel at the end of a single page turns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent

if TYPE_CHECKING:
    from .page_view import PageView

SCROLL_OVERLAP = 40  # px of the last screen still in sight after Page Down in continuous


def reading_key(view: PageView, event: QKeyEvent) -> bool:
    """Do what ``event``'s key means while reading; False when it means nothing here."""
    key = event.key()
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    bar = view.verticalScrollBar()
    if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space) and not view.continuous:
        view.next_page()
    elif key == Qt.Key.Key_PageUp and not view.continuous:
        view.previous_page()
    elif key == Qt.Key.Key_Right and not view.continuous:
        view.next_page()
    elif key == Qt.Key.Key_Left and not view.continuous:
        view.previous_page()
    elif key == Qt.Key.Key_Home and (ctrl or view.continuous):
        view.go_to(0)
    elif key == Qt.Key.Key_End and (ctrl or view.continuous):
        view.go_to(view.page_count - 1)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and ctrl:
        view.zoom_in()
    elif key == Qt.Key.Key_Minus and ctrl:
        view.zoom_out()
    elif key == Qt.Key.Key_Down:
        bar.setValue(bar.value() + bar.singleStep())
    elif key == Qt.Key.Key_Up:
        bar.setValue(bar.value() - bar.singleStep())
    elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        bar.setValue(bar.value() + bar.pageStep() - SCROLL_OVERLAP)
    elif key == Qt.Key.Key_PageUp:
        bar.setValue(bar.value() - bar.pageStep() + SCROLL_OVERLAP)
    else:
        return False
    return True


def reading_wheel(view: PageView, event: QWheelEvent) -> bool:
    """Zoom (with Ctrl) or turn a single page at its end; False to scroll as usual."""
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        (view.zoom_in if event.angleDelta().y() > 0 else view.zoom_out)()
        return True
    if not view.continuous:
        bar = view.verticalScrollBar()
        down = event.angleDelta().y() < 0
        if down and bar.value() >= bar.maximum():
            view.next_page()
            return True
        if not down and bar.value() <= bar.minimum() and view.current > 0:
            view.previous_page()
            return True
    return False
