"""Selecting text on a page view with the mouse, as PDF readers do.

Press and drag: the characters between the press and the pointer, in reading order, shown
while dragging; a double click takes a word, a triple click a line; Alt+drag (or the box
mode) takes the characters inside a box. The page's characters come once per page from the
controller (:class:`~courtdesk.dossier.selection.PageChars`); each mouse move only maps the
pointer to a caret in them, so a drag never waits for the PDF.

:class:`TextSelector` keeps the state; :class:`SelectingView` is the page view's part
that offers what the person then does with the selection (highlight, underline, comment,
copy) in its context menu and keys.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import QMenu

from ..icons import action_icon

if TYPE_CHECKING:
    from courtdesk.dossier.selection import PageChars, Selection

translate = QCoreApplication.translate

# What a selection can become, with its key: (use, key).
SELECTION_USES = (("highlight", "H"), ("underline", "U"), ("comment", "N"))
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
        self._late = ""  # the mode of a gesture that ended before the page's text came
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
        if page == self.page and (self.mode or self._late):
            # The gesture began (or ended) before the page's text was here.
            mode = self.mode
            self.mode = self.mode or self._late
            self._update()
            self.mode, self._late = mode, ""

    def forget_scans(self) -> None:
        """OCR read scans: pages that had no text are read again when next needed (a page
        with a text layer is never OCR'd, so its characters stay)."""
        for page in [p for p, chars in self.chars.items() if not chars.has_text()]:
            del self.chars[page]
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
        self._late = ""
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
        elif self.page not in self.chars:
            self._late = self.mode  # made when the page's characters arrive
        self.mode = ""
        return self.selection

    def select_box(self, page: int, box: tuple[float, float, float, float]) -> None:
        chars = self.chars.get(page)
        self._set(chars.in_box(page, box) if chars is not None else None)

    def clear(self) -> None:
        self.mode = self._late = ""
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


class SelectingView:
    """The page view's text selection: asking for page characters, the selection's context
    menu and keys, the double click. Mixed into :class:`PageView`, which provides the
    signals, :attr:`selector` and the page geometry."""

    def _want_chars(self, page: int) -> None:
        if self.selector.want(page):
            self.chars_wanted.emit(page)

    def set_page_chars(self, page: int, chars) -> None:
        """A page's characters arrived (asked for with :attr:`chars_wanted`)."""
        had = self.selector.selection
        self.selector.arrived(page, chars)
        self.viewport().update()
        if self.selector.selection != had:
            self.selection_changed.emit()

    def forget_scan_chars(self) -> None:
        self.selector.forget_scans()

    @property
    def selection(self):
        return self.selector.selection

    def selected_text(self) -> str:
        return self.selector.text()

    def clear_selection(self) -> None:
        had = self.selector.selection is not None
        self.selector.clear()
        self.viewport().update()
        if had:
            self.selection_changed.emit()

    def copy_selection(self) -> None:
        text = self.selector.text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def use_selection(self, use: str) -> None:
        """Make the selection a highlight, an underline or a comment (a highlight with a
        note: :attr:`drawn` carries ``comment``), or copy it."""
        selection = self.selector.selection
        if selection is None:
            return
        if use == "copy":
            self.copy_selection()
            return
        kind = "underline" if use == "underline" else "highlight"
        gesture = {"kind": kind, "page": selection.page,
                   "geometry": self.selector.geometry(), "comment": use == "comment"}
        self.clear_selection()
        self.drawn.emit(gesture)

    def selection_actions(self, parent: QMenu) -> list[QAction]:
        """Highlight, underline, comment and copy, for the selection's context menu (their
        keys shown there work on the page view itself, see :meth:`keyPressEvent`)."""
        names = {
            "highlight": translate("DossierWorkspace", "Highlight"),
            "underline": translate("DossierWorkspace", "Underline"),
            "comment": translate("DossierWorkspace", "Comment…"),
        }
        actions = []
        for use, key in SELECTION_USES:
            action = QAction(names[use], parent)
            action.setObjectName(f"selection-{use}")
            action.setShortcut(QKeySequence(key))
            action.setIcon(action_icon(use if use != "comment" else "note"))
            action.triggered.connect(lambda _c=False, u=use: self.use_selection(u))
            actions.append(action)
        copy = QAction(translate("DossierWorkspace", "Copy"), parent)
        copy.setObjectName("selection-copy")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setIcon(action_icon("copy"))
        copy.triggered.connect(self.copy_selection)
        actions.append(copy)
        return actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.selector.selection is None:
            return super().contextMenuEvent(event)
        menu = QMenu(self)
        menu.setObjectName("selectionMenu")
        actions = self.selection_actions(menu)
        menu.addActions(actions[:-1])
        menu.addSeparator()
        menu.addAction(actions[-1])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(event.globalPos())
        return None

    def _page_point(self, page: int, pos: QPointF) -> QPointF | None:
        """A viewport point in ``page``'s coordinates (beyond its edges too)."""
        transform = self._painted_transforms.get(page)
        if transform is None:
            return None
        inverse, ok = transform.inverted()
        return inverse.map(pos) if ok else None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.page_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or found is None or \
                not self._selects_text(event):
            return super().mouseDoubleClickEvent(event)
        index, point = found
        self._want_chars(index)
        self.selector.double(index, point, event.position())
        self.viewport().update()
        self.selection_changed.emit()
        return None

    def event(self, event: QEvent) -> bool:
        # Ctrl+C and the selection's keys belong to the page while text is selected.
        if event.type() == QEvent.Type.ShortcutOverride and self.selector.selection and \
                (event.matches(QKeySequence.StandardKey.Copy) or self._selection_use(event)):
            event.accept()
            return True
        return super().event(event)

    def _selection_use(self, event: QKeyEvent) -> str:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return ""
        return next((use for use, key in SELECTION_USES
                     if event.key() == QKeySequence(key)[0].key()), "")
