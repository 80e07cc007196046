"""A recording's chunk manifest, summed up in the audit entry that closes the recording.

The manifest (``recording_chunks``) lists each ~1 s chunk of audio by seq, frames and
hash. A chunk dropped from its end leaves no gap to find, so the entry that closes the
recording (``recording.stop``, or ``recording.recover`` after a crash) records how many
chunks it had and a hash of the whole list; the audit chain, and the server's receipts of
it, keep that entry honest.
"""

from __future__ import annotations

import hashlib
import json

CLOSING_ACTIONS = ("recording.stop", "recording.recover")


def manifest_summary(conn, recording_id: str) -> dict:
    """``{"chunks": n, "manifest_sha256": hex}`` of the recording's manifest now."""
    digest = hashlib.sha256()
    count = 0
    for seq, start, frames, sha in conn.execute(
            "SELECT seq, start_frame, frames, sha256 FROM recording_chunks "
            "WHERE recording_id = ? AND deleted = 0 ORDER BY seq", (recording_id,)):
        digest.update(f"{seq}:{start}:{frames}:{sha}\n".encode("ascii"))
        count += 1
    return {"chunks": count, "manifest_sha256": digest.hexdigest()}


def closing_entry(conn, recording_id: str) -> tuple[int, dict] | None:
    """The last audit entry that closed the recording with a manifest summary."""
    marks = ", ".join("?" for _ in CLOSING_ACTIONS)
    for seq, detail in conn.execute(
            f"SELECT seq, detail FROM audit_log WHERE record_type = 'recordings' AND "
            f"record_id = ? AND action IN ({marks}) ORDER BY seq DESC",
            (recording_id, *CLOSING_ACTIONS)):
        summary = json.loads(detail or "{}")
        if "manifest_sha256" in summary:
            return seq, summary
    return None  # never closed here, or closed by a version that did not record it


def manifest_problem(conn, recording_id: str) -> tuple[int, int, str] | None:
    """(audit seq, first chunk seq at fault, message) when the manifest is not the one
    the recording was closed with; None when it is, or nothing was recorded."""
    closed = closing_entry(conn, recording_id)
    if closed is None:
        return None
    entry_seq, recorded = closed
    now = manifest_summary(conn, recording_id)
    if now == {k: recorded[k] for k in ("chunks", "manifest_sha256")}:
        return None
    if now["chunks"] < recorded["chunks"]:
        return (entry_seq, now["chunks"],
                f"recording {recording_id} was closed with {recorded['chunks']} chunks (audit "
                f"entry {entry_seq}) and its manifest now lists {now['chunks']}: "
                f"{recorded['chunks'] - now['chunks']} chunk(s) were removed")
    return (entry_seq, 0,
            f"recording {recording_id}'s chunk list is not the one it was closed with (audit "
            f"entry {entry_seq}: {recorded['chunks']} chunks, now {now['chunks']}): it was "
            "changed afterwards")


def manifest_problems(conn) -> list[tuple[str, int, int, str]]:
    """Every recording whose manifest differs from its closing entry's summary."""
    found = []
    for (recording_id,) in conn.execute(
            "SELECT DISTINCT record_id FROM audit_log WHERE record_type = 'recordings' "
            "AND action IN ('recording.stop', 'recording.recover')").fetchall():
        problem = manifest_problem(conn, recording_id)
        if problem is not None:
            found.append((recording_id, *problem))
    return found
