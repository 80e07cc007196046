"""Stretches of a hearing recorded but not recognized live, and their transcription afterwards.

A recognizer that crashed, one that fell so far behind that its backlog was skipped, or
recognition abandoned when courtdesk quit while it caught up: the audio is in the recording
all the same. Each such stretch is kept per channel in hearing time. After the hearing,
:func:`transcribe_gaps` reads it back from the recording and stores what a fresh recognizer
makes of it, marked as transcribed after the hearing (``segments.origin``).
"""

from __future__ import annotations

from collections.abc import Callable

from courtdesk.offline_cache.store import LocalStore, utc_now

from .engine import ChannelRecognizer, SpeechModel, Utterance
from .recorder import read_audio
from .transcript import HearingTranscript

AFTER_HEARING = "after_hearing"


def add_gap(store: LocalStore, hearing_id: str, recording_id: str, channel: int,
            start_ms: int, end_ms: int, reason: str) -> None:
    """Remember one stretch (hearing time); ``reason``: recognizer_failed, backlog, abandoned."""
    if end_ms <= start_ms:
        return
    with store.transaction():
        store.conn.execute(
            "INSERT INTO recognition_gaps (hearing_id, recording_id, channel, start_ms, end_ms,"
            " reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (hearing_id, recording_id, channel, start_ms, end_ms, reason, utc_now()))


def hearing_gaps(store: LocalStore, hearing_id: str, *, open_only: bool = True) -> list[dict]:
    """The hearing's stretches, adjacent ones of a recording joined, in hearing order."""
    rows = store.query(
        "SELECT * FROM recognition_gaps WHERE hearing_id = ?"
        + (" AND transcribed_at = ''" if open_only else "")
        + " ORDER BY recording_id, start_ms", (hearing_id,))
    return merge_gaps(rows)


def merge_gaps(rows: list[dict]) -> list[dict]:
    """Join stretches of one recording that touch or overlap; each keeps the row ids it has."""
    joined: list[dict] = []
    for row in sorted(rows, key=lambda r: (r.get("recording_id", ""), r["channel"],
                                           r["start_ms"])):
        last = joined[-1] if joined else None
        if (last is not None and last.get("recording_id", "") == row.get("recording_id", "")
                and last["channel"] == row["channel"] and row["start_ms"] <= last["end_ms"]):
            last["end_ms"] = max(last["end_ms"], row["end_ms"])
            last["ids"] += [row["id"]] if "id" in row else []
            if row.get("reason") and row["reason"] not in last["reasons"]:
                last["reasons"].append(row["reason"])
            continue
        joined.append({"recording_id": row.get("recording_id", ""), "channel": row["channel"],
                       "start_ms": row["start_ms"], "end_ms": row["end_ms"],
                       "ids": [row["id"]] if "id" in row else [],
                       "reasons": [row["reason"]] if row.get("reason") else []})
    joined.sort(key=lambda g: (g["start_ms"], g["channel"]))
    return joined


def recognize_pcm(model: SpeechModel, pcm: bytes, sample_rate: int, channel: int,
                  block_frames: int) -> list[Utterance]:
    """A fresh recognizer over ``pcm``, fed in the blocks a live hearing uses."""
    recognizer = ChannelRecognizer(model, sample_rate, channel, partial_every_ms=None,
                                   end_after_silence_ms=None)
    step = block_frames * 2
    utterances: list[Utterance] = []
    for start in range(0, len(pcm), step):
        utterances += [e for e in recognizer.accept(pcm[start:start + step])
                       if isinstance(e, Utterance)]
    return utterances + recognizer.finish()


def transcribe_gaps(store: LocalStore, hearing_id: str, model: SpeechModel, actor: str, *,
                    vocabulary=None, block_frames: int = 4000,
                    progress: Callable[[int, int], None] | None = None) -> list[dict]:
    """Transcribe the hearing's open stretches from its recording; returns the new segments.

    Each stretch's segments and its 'transcribed' mark are written in one transaction, so
    a stretch is never transcribed twice nor lost half-way.
    """
    transcript = HearingTranscript(store, hearing_id, actor)
    gaps = hearing_gaps(store, hearing_id)
    added: list[dict] = []
    for done, gap in enumerate(gaps):
        if progress:
            progress(done, len(gaps))
        recording = store.get("recordings", gap["recording_id"])
        pcm, rate = read_audio(store, recording["id"], gap["start_ms"] - recording["offset_ms"],
                               gap["end_ms"] - recording["offset_ms"])
        utterances = recognize_pcm(model, pcm, rate, gap["channel"], block_frames)
        with store.transaction():
            for utterance in utterances:
                added.append(transcript.add_utterance(
                    utterance, recording["speaker_role"], recording["id"],
                    offset_ms=gap["start_ms"], vocabulary=vocabulary, origin=AFTER_HEARING))
            store.conn.executemany(
                "UPDATE recognition_gaps SET transcribed_at = ? WHERE id = ?",
                [(utc_now(), gap_id) for gap_id in gap["ids"]])
            store.audit(actor, "hearing.gaps.transcribe", "hearings", hearing_id,
                        {"channel": gap["channel"], "start_ms": gap["start_ms"],
                         "end_ms": gap["end_ms"], "segments": len(utterances)})
    if progress:
        progress(len(gaps), len(gaps))
    return added
