"""The pixel fallback, for what is not a document: frames of a screen region (another
program's window — a video exhibit's player, a spreadsheet) sent as pictures.

The capture itself is Qt's (``ui/screen_capture.py``; this package has no Qt): it is
handed in as ``grab``. A frame goes out only when the picture changed, and only once the
receiver has painted the one before: a slow receiver or network then gets fewer frames,
always the newest, instead of a queue of stale ones growing behind it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .paint import quick_png


@dataclass(frozen=True)
class Frame:
    """One picture of the region: RGB rows, ``stride`` bytes apart."""

    width: int
    height: int
    stride: int
    rgb: bytes = field(repr=False)


@dataclass
class PixelCastTally:
    frames: int = 0  # sent
    bytes: int = 0  # of those frames, as sent (header and PNG)
    unchanged: int = 0  # grabs that showed the same picture as the last one sent
    busy: int = 0  # ticks skipped while the receiver was still painting
    started: float = field(default_factory=time.monotonic)

    def as_dict(self) -> dict:
        return {"frames": self.frames, "bytes": self.bytes, "unchanged": self.unchanged,
                "busy": self.busy, "seconds": round(time.monotonic() - self.started, 3)}


async def cast_frames(session, grab: Callable[[], Frame], *, fps: float,
                      stop: asyncio.Event,
                      on_frame: Callable[[dict], None] = lambda event: None,
                      tally: PixelCastTally | None = None) -> PixelCastTally:
    """Grab the region ``fps`` times a second until ``stop`` is set, and send each
    changed picture with ``session.send_pixels``; counts go into ``tally`` as they
    happen. ``grab`` runs on this loop's thread (Qt's screen capture must run on the
    thread of its application)."""
    if not 0 < fps <= 60:
        raise ValueError("--fps is between 1 and 60 frames a second.")
    tally = tally if tally is not None else PixelCastTally()
    period = 1.0 / fps
    last: bytes | None = None
    painting: asyncio.Future | None = None
    next_tick = time.monotonic()
    while not stop.is_set():
        if painting is not None and painting.done():
            painting.result()  # a receiver that failed ends the cast here, with its error
            painting = None
        if painting is not None:
            tally.busy += 1
        else:
            frame = grab()
            if frame.rgb == last:
                tally.unchanged += 1
            else:
                grabbed = time.time()
                png = await asyncio.to_thread(quick_png, frame.width, frame.height,
                                              frame.stride, frame.rgb)
                seq, size = await session.send_pixels(png)
                last = frame.rgb
                tally.frames += 1
                tally.bytes += size
                painting = asyncio.ensure_future(session.wait_painted(seq))
                on_frame({"event": "frame", "seq": seq, "bytes": size, "width": frame.width,
                          "height": frame.height, "grabbed": grabbed})
        next_tick = max(next_tick + period, time.monotonic())
        try:
            await asyncio.wait_for(stop.wait(), next_tick - time.monotonic())
        except TimeoutError:
            pass
    if painting is not None and not painting.done():
        painting.cancel()
    return tally
