"""The hearing recorder: every channel to disk as it arrives, in ~1 s encrypted chunks.

Each chunk becomes an encrypted blob named by its SHA-256, and a manifest row
(recording, seq, first frame, frames, hash) written with its outbox row in the same
transaction; one audit entry a second covers the hashes of every channel's chunk. A
process killed at any moment loses at most the chunk in progress (about a second), and a
chunk that later goes missing or changes is found by :func:`verify_recording`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.errors import BlobError, StoreError
from courtdesk.offline_cache.recording_manifest import manifest_problem, manifest_summary
from courtdesk.offline_cache.store import LocalStore, utc_now
from courtdesk.signing.evidence import hash_recording

from .recovery import recover_interrupted  # noqa: F401  (part of this module's API)
from .sources import AudioBlock

log = logging.getLogger(__name__)

CHUNK_MS = 1000


@dataclass
class ChannelRecording:
    record_id: str
    channel: int
    role: str
    chunks: int = 0
    frames: int = 0
    pending: list[np.ndarray] = field(default_factory=list)
    pending_frames: int = 0


class HearingRecorder:
    """Writes one recording per channel for one stretch of a hearing (start to pause/stop)."""

    def __init__(self, store: LocalStore, hearing_id: str, roles: dict[int, str],
                 sample_rate: int, channels: int, *, actor: str, offset_ms: int = 0,
                 source: str = "") -> None:
        self.store = store
        self.blobs = BlobStore(store)
        self.hearing_id = hearing_id
        self.sample_rate = sample_rate
        self.actor = actor
        self.chunk_frames = sample_rate * CHUNK_MS // 1000
        self.offset_ms = offset_ms
        started = utc_now()
        rows = [{"hearing_id": hearing_id, "channel": ch, "speaker_role": roles.get(ch, ""),
                 "sample_rate": sample_rate, "state": "recording", "started_at": started,
                 "offset_ms": offset_ms, "source": source} for ch in range(channels)]
        stored = store.append_many("recordings", rows, actor=actor, action="recording.start")
        self.channels = [ChannelRecording(r["id"], r["channel"], r["speaker_role"])
                         for r in stored]

    @property
    def recorded_frames(self) -> int:
        return self.channels[0].frames if self.channels else 0

    def write(self, block: AudioBlock) -> None:
        for channel in self.channels:
            channel.pending.append(block.pcm[:, channel.channel].copy())
            channel.pending_frames += block.frames
        if self.channels[0].pending_frames >= self.chunk_frames:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        # The channels' counters move only once the manifest rows are committed: if the
        # commit fails (a full disk), the audio stays pending and the next flush writes it
        # under the same sequence numbers, so no second is skipped in the manifest. Blobs
        # already written are harmless: they are named by their content.
        rows, hashes, advanced = [], [], []
        for channel in self.channels:
            if not channel.pending_frames:
                continue
            joined = np.concatenate(channel.pending)
            cut = len(joined) if final else (len(joined) // self.chunk_frames) * self.chunk_frames
            data, rest = joined[:cut], joined[cut:]
            frames, chunks = channel.frames, channel.chunks
            for start in range(0, len(data), self.chunk_frames):
                piece = data[start:start + self.chunk_frames]
                sha = self.blobs.put_bytes(piece.tobytes(), "audio/L16")
                rows.append({"recording_id": channel.record_id, "seq": chunks,
                             "start_frame": frames, "frames": len(piece), "sha256": sha})
                hashes.append(sha)
                chunks += 1
                frames += len(piece)
            advanced.append((channel, rest, frames, chunks))
        if rows:
            with self.store.transaction():
                self.store.append_many("recording_chunks", rows, actor=self.actor,
                                       action="recording.chunks", detail={"sha256": hashes})
                for channel, _rest, frames, _chunks in advanced:
                    self.store.conn.execute("UPDATE recordings SET frames = ? WHERE id = ?",
                                            (frames, channel.record_id))
        for channel, rest, frames, chunks in advanced:
            channel.pending = [rest] if len(rest) else []
            channel.pending_frames = len(rest)
            channel.frames, channel.chunks = frames, chunks

    def stop(self, state: str = "stopped") -> None:
        """Write what is pending and close the recordings. Safe to call twice."""
        try:
            self._flush(final=True)
        finally:
            now = utc_now()
            for channel in self.channels:
                try:
                    with self.store.transaction():
                        # The manifest as closed: a chunk dropped from it later is found.
                        closed = manifest_summary(self.store.conn, channel.record_id)
                        self.store.save("recordings", {"id": channel.record_id,
                                                       "state": state, "stopped_at": now,
                                                       "frames": channel.frames},
                                        actor=self.actor, action="recording.stop",
                                        detail=closed)
                        hash_recording(self.store, channel.record_id, self.actor)
                except StoreError:
                    log.exception("could not close recording %s", channel.record_id)
                    raise


@dataclass
class ChunkProblem:
    recording_id: str
    seq: int
    kind: str  # "missing" | "altered" | "gap" | "removed" (not the manifest it closed with)
    message: str


def verify_recording(store: LocalStore, recording_id: str) -> list[ChunkProblem]:
    blobs = BlobStore(store)
    problems: list[ChunkProblem] = []
    expected_seq, expected_frame = 0, 0
    for chunk in store.query("SELECT * FROM recording_chunks WHERE recording_id = ? "
                             "AND deleted = 0 ORDER BY seq", (recording_id,)):
        if chunk["seq"] != expected_seq or chunk["start_frame"] != expected_frame:
            problems.append(ChunkProblem(recording_id, expected_seq, "gap",
                                         f"chunks {expected_seq}..{chunk['seq'] - 1} are not "
                                         "in the manifest"))
        try:
            blobs.read_bytes(chunk["sha256"])
        except BlobError as exc:
            kind = "missing" if not blobs.has(chunk["sha256"]) else "altered"
            problems.append(ChunkProblem(recording_id, chunk["seq"], kind, str(exc)))
        expected_seq = chunk["seq"] + 1
        expected_frame = chunk["start_frame"] + chunk["frames"]
    closed = manifest_problem(store.conn, recording_id)
    if closed is not None:
        _entry, first, message = closed
        problems.append(ChunkProblem(recording_id, first, "removed", message))
    return problems


def read_audio(store: LocalStore, recording_id: str, start_ms: int = 0,
               end_ms: int | None = None) -> tuple[bytes, int]:
    """PCM (s16le mono) of one recording between two times, and its sample rate.

    A damaged chunk raises instead of being skipped: playback must not silently jump.
    """
    rec = store.get("recordings", recording_id)
    if rec is None:
        raise StoreError(f"No recording {recording_id}.")
    rate = rec["sample_rate"]
    first = start_ms * rate // 1000
    last = None if end_ms is None else end_ms * rate // 1000
    blobs = BlobStore(store)
    out = bytearray()
    for chunk in store.query("SELECT * FROM recording_chunks WHERE recording_id = ? AND "
                             "deleted = 0 ORDER BY seq", (recording_id,)):
        chunk_end = chunk["start_frame"] + chunk["frames"]
        if chunk_end <= first or (last is not None and chunk["start_frame"] >= last):
            continue
        data = blobs.read_bytes(chunk["sha256"])
        lo = max(first - chunk["start_frame"], 0) * 2
        hi = (min(last, chunk_end) - chunk["start_frame"]) * 2 if last is not None else len(data)
        out += data[lo:hi]
    return bytes(out), rate
