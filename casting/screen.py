"""Where a receiver shows what it painted: its screens.

A receiver paints each state into a picture and hands it to every :class:`ScreenSink` it
has: the file a script or test follows (:class:`FileScreen`), the full-screen window on the
room PC, the browsers that display it. A sink only shows; it never decides what to show,
so every screen of one receiver shows the same thing.

``show`` is called on a worker thread (writing a file or encoding for a browser may take
a few milliseconds) and never for two pictures at once; ``status``, ``overlay`` and
``clear`` are called on the receiver's event loop and must return at once (a Qt window
emits a signal, a browser sink queues a frame).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class ScreenPicture:
    """One painted screen: a PNG and what it shows."""

    png: bytes
    width: int
    height: int
    kind: str  # "show" (a document page), "frame" (pixel fallback), "captions"
    presenter: str
    doc: str = ""  # SHA-256 of the document shown ("" for pixels and captions)
    page: int | None = None  # page number as printed, from 1
    # The part of the page that fills the picture, in PDF points of the unrotated page,
    # the zoom from points to picture pixels and the rotation: what maps a pointer at
    # page coordinates onto the picture.
    clip: tuple[float, float, float, float] | None = None
    zoom: float = 1.0
    rotate: int = 0
    seq: int | None = None
    # Kind "captions": the lines as text too ({"lines": [...], "forming": [...]}, each
    # {"role", "label", "text"}), so that a browser sets them in type that fits its own
    # window (a phone) instead of shrinking a picture made for the room screen.
    captions: dict | None = None

    def to_picture(self, x: float, y: float) -> tuple[float, float] | None:
        """A point of the page (PDF points) as picture pixels; None off the shown part."""
        if self.clip is None:
            return None
        x0, y0, x1, y1 = self.clip
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return None
        dx, dy = (x - x0) * self.zoom, (y - y0) * self.zoom
        w, h = (x1 - x0) * self.zoom, (y1 - y0) * self.zoom
        turn = self.rotate % 360
        if turn == 90:
            return h - dy, dx
        if turn == 180:
            return w - dx, h - dy
        if turn == 270:
            return dy, w - dx
        return dx, dy


@dataclass
class ReceiverStatus:
    """What the idle screen shows, and who presents."""

    name: str
    address: str = ""
    pin: str = ""
    public: bool = False
    fingerprint: str = ""
    presenter: str | None = None
    extra: dict = field(default_factory=dict)


class ScreenSink(Protocol):
    def show(self, picture: ScreenPicture) -> None:
        """Show this picture (worker thread)."""

    def overlay(self, message: dict) -> None:
        """A change drawn over the picture without repainting it, e.g. the presenter's
        pointer: ``{"type": "pointer", "x": .., "y": ..}`` in PDF points of the page
        shown, or x/y None to hide it (event loop)."""

    def status(self, status: ReceiverStatus) -> None:
        """The receiver's name, address, PIN and presenter changed (event loop)."""

    def clear(self, reason: str) -> None:
        """Nothing of the presentation may stay on this screen (event loop)."""


class FileScreen:
    """The picture as a PNG file, replaced whole at each change and removed on clear: what
    ``cast receive --headless`` shows and what scripts and tests follow."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def show(self, picture: ScreenPicture) -> None:
        # No fsync: a screen picture is not worth the wait, and it is gone at the next change.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(picture.png)
        os.replace(tmp, self.path)

    def overlay(self, message: dict) -> None:
        pass

    def status(self, status: ReceiverStatus) -> None:
        pass

    def clear(self, reason: str) -> None:
        self.path.unlink(missing_ok=True)
