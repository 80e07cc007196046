"""Notice a microphone that goes dead on a multi-channel mixer.

Pulling a microphone's cable out of a mixer does not end the audio stream: its channel
just falls to digital silence while the others go on. A channel that has carried signal
and then stays at (near) zero for a few seconds is reported, with its role, and reported
again when its signal comes back. Quiet rooms are not dead: a live microphone always
has some noise floor, well above the threshold here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEAD_LEVEL = 2  # peak |sample| at or below this is a disconnected input, not a quiet room
DEAD_AFTER_S = 5.0


@dataclass
class _ChannelState:
    heard: bool = False
    dead_frames: int = 0
    reported: bool = False


class ChannelSignalWatch:
    def __init__(self, channels: int, sample_rate: int, dead_after_s: float = DEAD_AFTER_S):
        self.sample_rate = sample_rate
        self.dead_after = int(dead_after_s * sample_rate)
        self.states = [_ChannelState() for _ in range(channels)]

    def update(self, pcm: np.ndarray) -> list[tuple[int, str]]:
        """Feed one block (frames x channels); returns (channel, "lost"|"back") changes."""
        changes = []
        peaks = np.abs(pcm.astype(np.int32)).max(axis=0) if len(pcm) else []
        for channel, peak in enumerate(peaks):
            state = self.states[channel]
            if peak > DEAD_LEVEL:
                state.heard = True
                state.dead_frames = 0
                if state.reported:
                    state.reported = False
                    changes.append((channel, "back"))
            elif state.heard:
                state.dead_frames += len(pcm)
                if state.dead_frames >= self.dead_after and not state.reported:
                    state.reported = True
                    changes.append((channel, "lost"))
        return changes
