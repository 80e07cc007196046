"""Selecting text on a page view with the mouse, as PDF readers do.

Press and drag: the characters between the press and the pointer, in reading order, shown
while dragging; a double click takes a word, a triple click a line; Alt+drag (or the box
mode) takes the characters inside a box. The page's characters come once per page from the
controller (:class:`~courtdesk.dossier.selection.PageChars`); each mouse move only maps the
pointer to a caret in them, so a drag never waits for the PDF.

What the person then does with the selection (highlight, underline, comment, copy) the
page view offers in its context menu and keys; :class:`TextSelector` only keeps the state.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

if TYPE_CHECKING:
    from courtdesk.dossier.selection import PageChars, Selection

CHARS_KEPT = 24  # pages of this view whose characters are kept (the controller keeps more)
SELECTION_COLOR = QColor(51, 119, 221, 85)  # a reader's selection blue, see-through


class TextSelector:
    """The selection of one page view, and the press or drag that is making it."""

    def __init__(self) -> None:
        self.chars: OrderedDict[int, PageChars] = OrderedDict()
        self.asked: set[int] = set()
        self.selection: Selection | None = None
        self.rects: list[tuple[float, float, float, float]] = []
        self.page = -1  # the page the press was on
        self.anchor: QPointF | None = None  # the press, in page coordinates
        self.pointer: QPointF | None = None
        self.mode = ""  # "drag" | "word" | "line" while the button is down
        self.moved = False
        self._double_at = 0.0  # when the last double click was, for a triple click
        self._double_pos = QPointF()

    # -- characters --------------------------------------------------------------------
    def has_chars(self, page: int) -> bool:
        return page in self.chars

    def want(self, page: int) -> bool:
        """Whether the page's characters should be asked for now (once per page)."""
        if page in self.chars or page in self.asked:
            return False
        self.asked.add(page)
        return True

    def arrived(self, page: int, chars: PageChars) -> None:
        self.chars[page] = chars
        self.asked.discard(page)
        while len(self.chars) > CHARS_KEPT:
            self.chars.popitem(last=False)
        if page == self.page and self.mode:
            self._update()  # the drag started before the page's text was here

    def forget_chars(self) -> None:
        """OCR read pages: their characters are read again when next needed."""
        self.chars.clear()
        self.asked.clear()

    # -- a gesture ---------------------------------------------------------------------
    def press(self, page: int, point: QPointF, viewport_pos: QPointF, interval_ms: int,
              distance: int) -> None:
        """The button went down on ``page``; a third click soon after a double click
        takes the line."""
        triple = (time.monotonic() - self._double_at) * 1000 <= interval_ms and \
            (viewport_pos - self._double_pos).manhattanLength() <= distance
        self.page, self.anchor, self.pointer = page, point, point
        self.moved = False
        self.mode = "line" if triple else "drag"
        self._double_at = 0.0
        self._set(None)
        self._update()

    def double(self, page: int, point: QPointF, viewport_pos: QPointF) -> None:
        self.page, self.anchor, self.pointer = page, point, point
        self.mode = "word"
        self._double_at = time.monotonic()
        self._double_pos = QPointF(viewport_pos)
        self._update()

    def move(self, point: QPointF) -> None:
        if self.mode != "drag":
            return
        self.pointer = point
        self.moved = True
        self._update()

    def release(self) -> Selection | None:
        """The button came up: the selection it made (None for a plain click)."""
        if not self.mode:
            return self.selection
        if self.mode == "drag" and not self.moved:
            self._set(None)  # a click clears the selection, as in any reader
        self.mode = ""
        return self.selection

    def select_box(self, page: int, box: tuple[float, float, float, float]) -> None:
        chars = self.chars.get(page)
        self._set(chars.in_box(page, box) if chars is not None else None)

    def clear(self) -> None:
        self.mode = ""
        self._set(None)

    def _update(self) -> None:
        chars = self.chars.get(self.page)
        if chars is None or self.anchor is None or self.pointer is None:
            return
        a = (self.anchor.x(), self.anchor.y())
        if self.mode == "word":
            self._set(chars.word(self.page, *a))
        elif self.mode == "line":
            self._set(chars.line(self.page, *a))
        elif self.mode == "drag":
            self._set(chars.between(self.page, a, (self.pointer.x(), self.pointer.y())))

    def _set(self, selection: Selection | None) -> None:
        self.selection = selection if selection else None
        chars = self.chars.get(selection.page) if selection else None
        self.rects = chars.rects(selection) if chars is not None and selection else []

    # -- what is selected ----------------------------------------------------------------
    def text(self) -> str:
        if self.selection is None:
            return ""
        return self.chars[self.selection.page].selected_text(self.selection)

    def geometry(self) -> dict:
        """What a highlight of the selection stores: a quad per line and the text."""
        if self.selection is None:
            return {}
        chars = self.chars[self.selection.page]
        return {"quads": chars.quads(self.selection), "quote": self.text()}

    def paint(self, painter: QPainter, page: int) -> None:
        """The selection on ``page`` (the painter maps page coordinates to the screen)."""
        if self.selection is None or self.selection.page != page:
            return
        for x0, y0, x1, y1 in self.rects:
            painter.fillRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)), SELECTION_COLOR)
