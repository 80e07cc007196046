"""Start-up recovery of hearings a killed process left open.

Kept apart from the recorder so opening the store at start-up does not import the audio
stack (numpy, PortAudio): the window should not wait for what it does not show yet.

Only call this when no live courtdesk process can be recording on the profile (the caller
holds the profile lock, which every recording process holds while it records): a hearing
that is being recorded right now looks exactly like one whose process was killed.
"""

from __future__ import annotations

import logging

from courtdesk.offline_cache.recording_manifest import manifest_summary
from courtdesk.offline_cache.store import LocalStore, utc_now
from courtdesk.signing.evidence import hash_recording

log = logging.getLogger(__name__)


def _last_audio_at(store: LocalStore, recording_id: str) -> str:
    """When the last chunk that reached the store was written (when the audio stopped)."""
    return store.query("SELECT max(created_at) AS at FROM recording_chunks "
                       "WHERE recording_id = ? AND deleted = 0", (recording_id,))[0]["at"] or ""


def recover_interrupted(store: LocalStore, actor: str = "system") -> list[dict]:
    """Start-up sweep: recordings left 'recording' by a killed process become 'interrupted'.

    Their audio is every chunk that reached the manifest; their segments are every one
    that was finalized. A hearing left 'in_progress' is closed too: 'interrupted' when one
    of its recordings was cut off, else 'recorded' (killed after its audio was safe), and
    its end is when its last audio was written. Nothing is asked of the user: the hearing
    is simply there.
    """
    recovered = []
    with store.transaction():
        for rec in store.query("SELECT * FROM recordings WHERE state = 'recording' "
                               "AND deleted = 0"):
            frames = store.query(
                "SELECT coalesce(sum(frames), 0) AS n FROM recording_chunks "
                "WHERE recording_id = ? AND deleted = 0", (rec["id"],))[0]["n"]
            stopped_at = _last_audio_at(store, rec["id"]) or rec["started_at"]
            store.save("recordings", {"id": rec["id"], "state": "interrupted",
                                      "frames": frames, "stopped_at": stopped_at},
                       actor=actor, action="recording.recover",
                       detail=manifest_summary(store.conn, rec["id"]))
            hash_recording(store, rec["id"], actor)
            recovered.append({**rec, "frames": frames, "state": "interrupted",
                              "stopped_at": stopped_at})
            log.warning("recovered interrupted recording %s (%d frames)", rec["id"], frames)
        cut_off = {rec["hearing_id"] for rec in recovered}
        for hearing in store.query("SELECT id, started_at FROM hearings "
                                   "WHERE status = 'in_progress' AND deleted = 0"):
            ends = [rec["stopped_at"] for rec in store.query(
                "SELECT stopped_at FROM recordings WHERE hearing_id = ? AND deleted = 0",
                (hearing["id"],)) if rec["stopped_at"]]
            status = "interrupted" if hearing["id"] in cut_off or not ends else "recorded"
            store.save("hearings", {"id": hearing["id"], "status": status,
                                    "ended_at": max(ends, default="") or hearing["started_at"]
                                    or utc_now()},
                       actor=actor, action="hearing.recover")
            log.warning("closed hearing %s left in progress: %s", hearing["id"], status)
    return recovered
