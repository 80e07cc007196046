"""Presenting a dossier volume: the reader's view as one state that every target follows.

The judge reads in the dossier reader; while presenting, what the reader shows of the
presented volume — page, zoom, the part of the page in sight (PDF points), rotation — and
its SHARED annotations become one :class:`~courtdesk.casting.presentation.PresentedPage`,
handed to each target: the presenter window on a second monitor, a room screen on the LAN.
A page turn reaches the targets at once; scrolling is gathered within one pass of the event
loop (a wheel burst makes one state, not twenty), which delays nothing a person can see.

A target is any object with::

    show(page: PresentedPage)       # follow this state
    pointer(x: float | None, y: float | None)   # the laser pointer in PDF points; None hides
    stop()                          # presenting ended: clear the screen
    ended                           # a signal (or anything with .connect) giving a message
                                    # when the target failed or went away by itself

Evidence display narrows the presentation to a page range: a page outside it is never
handed to any target (the targets keep the last allowed page and the reader says why).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QTransform

from courtdesk.casting.presentation import PresentedPage
from courtdesk.casting.protocol import castable_annotations

if TYPE_CHECKING:
    from .dossier_controller import DossierController
    from .views.page_view import PageView

WHOLE_PAGE = 0.995  # a part of the page this large is the whole page (no viewport sent)


class PresentTarget(Protocol):
    ended: object  # a Signal(str), or anything with connect(callable(str))

    def show(self, page: PresentedPage) -> None: ...
    def pointer(self, x: float | None, y: float | None) -> None: ...
    def stop(self) -> None: ...


def page_to_view(view: PageView, index: int) -> QTransform:
    """PDF points of page ``index`` -> ``view``'s viewport pixels, from the layout alone
    (the same mapping PyMuPDF's rotated render matrix gives, without waiting for it)."""
    size, z = view.sizes[index], view.zoom
    w, h = size.width, size.height
    turn = view.rotation % 360
    if turn == 90:
        m = QTransform(0, z, -z, 0, z * h, 0)
    elif turn == 180:
        m = QTransform(-z, 0, 0, -z, z * w, z * h)
    elif turn == 270:
        m = QTransform(0, -z, z, 0, 0, z * w)
    else:
        m = QTransform(z, 0, 0, z, 0, 0)
    rect = view.page_rect(index)
    return m * QTransform.fromTranslate(rect.x(), rect.y())


def visible_part(view: PageView, index: int) -> tuple[float, float, float, float] | None:
    """The part of page ``index`` in sight in ``view``, in PDF points of the page, or None
    when the whole page is in sight."""
    size = view.sizes[index]
    seen = QRectF(view.page_rect(index)).intersected(QRectF(view.viewport().rect()))
    inverse, ok = page_to_view(view, index).inverted()
    if seen.isEmpty() or not ok:
        return None
    corners = [inverse.map(p) for p in (seen.topLeft(), seen.topRight(), seen.bottomLeft(),
                                          seen.bottomRight())]
    x0 = max(0.0, min(p.x() for p in corners))
    y0 = max(0.0, min(p.y() for p in corners))
    x1 = min(size.width, max(p.x() for p in corners))
    y1 = min(size.height, max(p.y() for p in corners))
    if x1 <= x0 or y1 <= y0:
        return None
    if (x1 - x0) >= WHOLE_PAGE * size.width and (y1 - y0) >= WHOLE_PAGE * size.height:
        return None
    return (round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1))


class PresentController(QObject):
    """Turns the presented volume's view into :class:`PresentedPage` values for targets."""

    presenting_changed = Signal(bool)
    state_changed = Signal(object)  # the PresentedPage the targets follow now
    held = Signal(int)  # the reader is on this page, outside the evidence range (-1: back in)
    ended = Signal(str)  # presenting stopped by itself (no target left): why, translated
    pointer_mode_changed = Signal(bool)

    def __init__(self, dossier: DossierController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.view: PageView | None = None
        self.title = ""
        self.targets: list[PresentTarget] = []
        self.state: PresentedPage | None = None
        self.pages: tuple[int, int] | None = None
        self.pointer_mode = False  # the toggle; holding Ctrl points as well
        self._pointing = False
        self._view_destroyed = False
        self._shared: dict[int, list[dict]] = {}
        self.held_page: int | None = None  # the reader's page the targets do not get
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(0)
        self._coalesce.timeout.connect(self.publish)
        dossier.annotations_changed.connect(self._annotations_changed)

    @property
    def presenting(self) -> bool:
        return self.view is not None

    # -- starting and stopping -------------------------------------------------------------
    def start(self, view: PageView, title: str = "",
              pages: tuple[int, int] | None = None) -> None:
        """Present ``view``'s volume (to the targets added with :meth:`add_target`)."""
        if self.view is not None:
            self.stop()
        self.view, self.title = view, title
        self._view_destroyed = False
        self.pages = self._checked_range(pages, view.page_count)
        self._shared_from(self.dossier.annotation_rows.get(view.document_id, []))
        view.page_changed.connect(self._page_changed)
        view.zoom_changed.connect(self._page_changed)
        view.verticalScrollBar().valueChanged.connect(self._coalesce.start)
        view.horizontalScrollBar().valueChanged.connect(self._coalesce.start)
        view.destroyed.connect(self._view_gone)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.viewport().setMouseTracking(True)
        self.state = None
        if self.pages is not None and not self.pages[0] <= view.current <= self.pages[1]:
            view.go_to(self.pages[0])  # evidence: begin where the range begins
        self.presenting_changed.emit(True)
        self.publish()

    def add_target(self, target: PresentTarget) -> None:
        """Let ``target`` follow the presentation (it gets the current state at once)."""
        if target in self.targets:
            return
        self.targets.append(target)
        target.ended.connect(lambda message, t=target: self._target_ended(t, message))
        if self.state is not None:
            self._deliver(target, "show", self.state)

    def remove_target(self, target: PresentTarget) -> None:
        """Stop one target (its screen clears); the others go on presenting."""
        if target in self.targets:
            self.targets.remove(target)
            self._deliver(target, "stop")

    def stop(self, message: str = "") -> None:
        """Stop presenting: every target clears; ``message`` (if any) says why."""
        view = self.view
        if view is None:
            return
        self.view = None
        self._coalesce.stop()
        if not self._view_destroyed and not _deleted(view):
            for signal, slot in ((view.page_changed, self._page_changed),
                                 (view.zoom_changed, self._page_changed),
                                 (view.verticalScrollBar().valueChanged, self._coalesce.start),
                                 (view.horizontalScrollBar().valueChanged,
                                  self._coalesce.start),
                                 (view.destroyed, self._view_gone)):
                signal.disconnect(slot)
            view.removeEventFilter(self)
            view.viewport().removeEventFilter(self)
            view.viewport().setMouseTracking(False)
        targets, self.targets = self.targets, []
        for target in targets:
            self._deliver(target, "stop")
        self.state = None
        self.pages = self.held_page = None
        self._pointing = False
        self.set_pointer_mode(False)
        self.presenting_changed.emit(False)
        if message:
            self.ended.emit(message)

    def _view_gone(self, *_args) -> None:
        # Half destroyed already: its signals disconnect themselves, nothing may touch it.
        self._view_destroyed = True
        self.stop(self.tr("The presented volume was closed, so presenting stopped."))

    def _target_ended(self, target: PresentTarget, message: str) -> None:
        if target not in self.targets:
            return
        self.targets.remove(target)
        if not self.targets and self.view is not None:
            self.stop(message or self.tr("The room screen went away, so presenting stopped."))
        elif message:
            self.ended.emit(message)

    def _deliver(self, target: PresentTarget, what: str, *args) -> None:
        """One call into a target; a target that raises is dropped, never the others."""
        try:
            getattr(target, what)(*args)
        except Exception as exc:  # any target's failure ends that target only
            if what != "stop":
                self._target_ended(target, self.tr("A screen stopped following the "
                                                   "presentation: %1").replace("%1", str(exc)))

    # -- the evidence range ----------------------------------------------------------------
    @staticmethod
    def _checked_range(pages: tuple[int, int] | None, count: int) -> tuple[int, int] | None:
        if pages is None:
            return None
        first, last = sorted(pages)
        if not 0 <= first <= last < count:
            raise ValueError(f"pages {first + 1}–{last + 1} are not in this volume "
                             f"of {count} pages")
        return first, last

    def set_pages(self, pages: tuple[int, int] | None) -> None:
        """Narrow the presentation to ``pages`` (first, last; from 0), or widen it again."""
        if self.view is None:
            return
        self.pages = self._checked_range(pages, self.view.page_count)
        self.state = None
        if self.pages is not None and not self.pages[0] <= self.view.current <= self.pages[1]:
            self.view.go_to(self.pages[0])
        self.publish()

    # -- the state -------------------------------------------------------------------------
    def _shared_from(self, rows: list[dict]) -> None:
        shared: dict[int, list[dict]] = {}
        for item in castable_annotations(rows):
            shared.setdefault(int(item["page_index"]), []).append(item)
        self._shared = shared

    def _annotations_changed(self, document_id: str, rows: list[dict]) -> None:
        if self.view is not None and document_id == self.view.document_id:
            self._shared_from(rows)
            self.publish(force=True)

    def current_state(self) -> PresentedPage | None:
        view = self.view
        if view is None or not view.page_count:
            return None
        key, book, shared = view.key, self.dossier.book, self._shared
        files, document_id = book.files, view.document_id
        return PresentedPage(
            doc=key, title=self.title, page=view.current, page_count=view.page_count,
            load=lambda: files.pdf_bytes(key),
            annotations=lambda page: list(shared.get(page, ())),
            zoom=round(view.zoom, 3), viewport=visible_part(view, view.current),
            rotate=view.rotation, pages=self.pages,
            ocr_lines=lambda: book.ocr_char_lines(document_id))  # a public screen's redaction

    def _page_changed(self, *_args) -> None:
        self._coalesce.stop()
        self.publish()

    def publish(self, *, force: bool = False) -> None:
        """Hand the reader's state to every target, unless it is what they show already
        or lies outside the evidence range."""
        state = self.current_state()
        if state is None:
            return
        if not state.allowed(state.page):
            if state.page != self.held_page:
                self.held_page = state.page
                self.held.emit(state.page)
            if self._pointing:
                self._point(None)
            return
        if self.held_page is not None:
            self.held_page = None
            self.held.emit(-1)
        if state == self.state and not force:
            return
        self.state = state
        for target in list(self.targets):
            self._deliver(target, "show", state)
        self.state_changed.emit(state)

    # -- the laser pointer -----------------------------------------------------------------
    def set_pointer_mode(self, on: bool) -> None:
        if on == self.pointer_mode:
            return
        self.pointer_mode = on
        if not on and self._pointing:
            self._point(None)
        self.pointer_mode_changed.emit(on)

    def _point(self, where: QPointF | None) -> None:
        self._pointing = where is not None
        x, y = (None, None) if where is None else (round(where.x(), 1), round(where.y(), 1))
        for target in list(self.targets):
            self._deliver(target, "pointer", x, y)

    def point_at(self, pos: QPointF, *, held_key: bool = False) -> None:
        """The mouse is at ``pos`` (viewport pixels): show the pointer where it is on the
        presented page, or hide it when it is elsewhere or pointing is off."""
        view, state = self.view, self.state
        if view is None or state is None or not (self.pointer_mode or held_key):
            if self._pointing:
                self._point(None)
            return
        found = view.page_at(pos)
        if found is None or found[0] != state.page:
            if self._pointing:
                self._point(None)
            return
        self._point(found[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view
        if view is None:
            return False
        kind = event.type()
        if watched is view.viewport():
            if kind == QEvent.Type.MouseMove:
                ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.point_at(event.position(), held_key=ctrl)
            elif kind == QEvent.Type.Leave and self._pointing:
                self._point(None)
            elif kind in (QEvent.Type.Resize, QEvent.Type.Paint):
                self._coalesce.start()  # a rotation or a new size shows another part
        elif watched is view and kind == QEvent.Type.KeyRelease \
                and event.key() == Qt.Key.Key_Control and not self.pointer_mode \
                and self._pointing:
            self._point(None)
        return False


def _deleted(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # the C++ object is gone
        return True
    return False
