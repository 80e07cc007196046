"""Start-up recovery of hearings a killed process left open.

Kept apart from the recorder so opening the store at start-up does not import the audio
stack (numpy, PortAudio): the window should not wait for what it does not show yet.
"""

from __future__ import annotations

import logging

from courtdesk.offline_cache.store import LocalStore, utc_now

log = logging.getLogger(__name__)


def recover_interrupted(store: LocalStore, actor: str = "system") -> list[dict]:
    """Start-up sweep: recordings left 'recording' by a killed process become 'interrupted'.

    Their audio is every chunk that reached the manifest; their segments are every one
    that was finalized. Nothing is asked of the user: the hearing is simply there.
    """
    recovered = []
    for rec in store.query("SELECT * FROM recordings WHERE state = 'recording' AND deleted = 0"):
        frames = store.query(
            "SELECT coalesce(sum(frames), 0) AS n FROM recording_chunks WHERE recording_id = ?",
            (rec["id"],))[0]["n"]
        store.save("recordings", {"id": rec["id"], "state": "interrupted", "frames": frames,
                                  "stopped_at": utc_now()},
                   actor=actor, action="recording.recover")
        recovered.append({**rec, "frames": frames, "state": "interrupted"})
        log.warning("recovered interrupted recording %s (%d frames)", rec["id"], frames)
    return recovered
