"""Audio that did not make it, counted: the capture queue, the device, the recognizers.

Blocks the capture queue dropped and the device's input overflows are lost to the
recording; audio a recognizer skipped (it fell too far behind) is recorded but not
recognized live. A person is told whenever a count changes, at most once a second.
"""

from __future__ import annotations

import time

from .live_recognition import LiveRecognition, channel_label

EVERY_S = 1.0


class DropWatch:
    def __init__(self, source, recognition: LiveRecognition | None,
                 roles: dict[int, str]) -> None:
        self.source = source
        self.recognition = recognition
        self.roles = roles
        self._seen: tuple = (0, 0, {})
        self._checked = 0.0

    def check(self, force: bool = False) -> dict | None:
        """The "drops" event when a count changed since the last one, else None."""
        now = time.monotonic()
        if not force and now - self._checked < EVERY_S:
            return None
        self._checked = now
        dropped = int(getattr(self.source, "dropped_blocks", 0))
        overflows = int(getattr(self.source, "overflows", 0))
        skipped = self.recognition.skipped_ms() if self.recognition is not None else {}
        if (dropped, overflows, skipped) == self._seen:
            return None
        self._seen = (dropped, overflows, skipped)
        parts = []
        if dropped:
            parts.append(f"{dropped} blocks of audio were lost before they could be recorded "
                         "(the computer did not keep up)")
        if overflows:
            parts.append(f"the input device reported {overflows} overflows (audio lost at "
                         "the device)")
        behind = [f"{ms / 1000:.0f} s on {channel_label(ch, self.roles.get(ch, ''))}"
                  for ch, ms in sorted(skipped.items()) if ms]
        if behind:
            parts.append("speech recognition fell behind and skipped " + ", ".join(behind)
                         + " (recorded; it can be transcribed after the hearing)")
        if not parts:
            return None
        return {"type": "drops", "code": "audio_dropped", "capture_dropped_blocks": dropped,
                "overflows": overflows, "recognizer_skipped_ms": dict(skipped),
                "message": "Audio trouble so far: " + "; ".join(parts) + "."}
