"""Stopping a hearing: the capture closes at once, recognition catches up behind it.

A source faster than real time (a file read at disk speed, ALSA's file device at ~2,600x)
fills every queue, which is where a stop used to hang: PortAudio's finished callback
blocked on a full queue while the stop waited for that callback.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time

import numpy as np
import pytest
from test_hearing_session import PASSPHRASE, alsa_env, cli_env, make_case, prepare_profile

from courtdesk.app.hearings import HearingBook
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.endpoint import LIVE_SILENCE_MS as LIVE
from courtdesk.speech.gaps import hearing_gaps, transcribe_gaps
from courtdesk.speech.recorder import read_audio, verify_recording
from courtdesk.speech.session import HearingSession
from courtdesk.speech.sources import FileSource

from bare_vosk import bare_lexical_transcript
from speech_audio import read_wav, write_wav


class TimedEvents:
    """A session listener keeping each event with the moment it came."""

    def __init__(self) -> None:
        self.items: list[tuple[float, dict]] = []
        self.lock = threading.Lock()

    def __call__(self, event: dict) -> None:
        with self.lock:
            self.items.append((time.monotonic(), event))

    def first(self, kind: str, state: str | None = None) -> tuple[float, dict]:
        return next((t, e) for t, e in self.items
                    if e["type"] == kind and (state is None or e.get("state") == state))

    def of(self, kind: str) -> list[dict]:
        return [e for _, e in self.items if e["type"] == kind]


def long_stereo(hearing_audio, tmp_path, repeats: int = 3):
    data = read_wav_2ch(hearing_audio["stereo"])
    return write_wav(tmp_path / "long.wav", np.tile(data, (repeats, 1)))


def read_wav_2ch(path):
    import soundfile

    return soundfile.read(path, dtype="int16", always_2d=True)[0]


def words_by_channel(store, hearing_id: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for seg in store.query("SELECT channel, words, origin FROM segments WHERE hearing_id = ? "
                           "AND deleted = 0 ORDER BY start_ms", (hearing_id,)):
        out.setdefault(seg["channel"], []).append(
            " ".join(w["w"] for w in json.loads(seg["words"])))
    return out


def start_stopping_at(store, clerk, case_id, source, model, stop_at_s: float,
                      **kwargs) -> tuple[HearingSession, TimedEvents, dict]:
    """A session on ``source`` that is stopped (from its own thread) at ``stop_at_s``."""
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    events = TimedEvents()
    stopped_at: dict = {}

    def listen(event: dict) -> None:
        events(event)
        if (event["type"] == "progress" and "t" not in stopped_at
                and event["position_ms"] >= stop_at_s * 1000):
            stopped_at["t"] = time.monotonic()
            session.stop()

    session = HearingSession(store, hearing["id"], source, model, {0: "judge", 1: "plaintiff"},
                             actor=clerk.actor, listener=listen, **kwargs)
    session.start()
    return session, events, stopped_at


@pytest.mark.timeout(300)
def test_stop_closes_the_capture_at_once_and_recognition_catches_up(
        store, ko_model, hearing_audio, tmp_path):
    clerk, case_id = make_case(store)
    wav = long_stereo(hearing_audio, tmp_path)
    session, events, stopped_at = start_stopping_at(store, clerk, case_id, FileSource(wav),
                                                    ko_model, stop_at_s=30)
    assert session.wait_recorded(60)
    stopped_t, stopped = events.first("state", "stopped")
    assert stopped_t - stopped_at["t"] < 2.0, "the capture must close within 2 s of stop()"
    assert stopped["error"] == "" and stopped["recognition_pending_ms"] > 5000
    # Closed on disk at that moment, with recognition still running behind it.
    hearing = store.get("hearings", session.hearing_id)
    assert hearing["status"] == "recorded" and hearing["ended_at"]
    recordings = store.query("SELECT * FROM recordings WHERE hearing_id = ? ORDER BY channel",
                             (session.hearing_id,))
    assert [r["state"] for r in recordings] == ["stopped", "stopped"]
    assert not session.wait(0)
    assert session.wait(240)
    catching_up = [e["remaining_ms"] for e in events.of("recognition")
                   if e["state"] == "catching_up"]
    assert catching_up and catching_up[0] > catching_up[-1]
    done_t, done = events.first("recognition", "done")
    assert done["unrecognized"] == [] and done_t > stopped_t
    # Every second recorded before the stop was recognized: the words are bare Vosk's.
    mine = words_by_channel(store, session.hearing_id)
    for rec in recordings:
        assert verify_recording(store, rec["id"]) == []
        assert rec["frames"] >= 30 * 16000
        pcm = np.frombuffer(read_audio(store, rec["id"])[0], np.int16)
        captured = write_wav(tmp_path / f"captured{rec['channel']}.wav", pcm)
        assert mine.get(rec["channel"], []) == bare_lexical_transcript(ko_model.load_path, captured,
                                                                        silence_ms=LIVE)


@pytest.mark.timeout(300)
def test_abandoned_recognition_is_kept_as_unrecognized_and_transcribed_later(
        store, ko_model, hearing_audio, tmp_path):
    clerk, case_id = make_case(store)
    wav = long_stereo(hearing_audio, tmp_path)
    session, events, _ = start_stopping_at(store, clerk, case_id, FileSource(wav), ko_model,
                                           stop_at_s=30)
    assert session.wait_recorded(60)
    abandoned_t = time.monotonic()
    session.abandon_recognition()
    assert session.wait(10)
    done_t, done = events.first("recognition", "done")
    assert done_t - abandoned_t < 2.0, "quitting must not wait for the backlog"
    recordings = {r["channel"]: r for r in store.query(
        "SELECT * FROM recordings WHERE hearing_id = ?", (session.hearing_id,))}
    # Each channel: one stretch up to the end of its recording, stored with the hearing.
    unrecognized = done["unrecognized"]
    assert sorted(g["channel"] for g in unrecognized) == [0, 1]
    for gap in unrecognized:
        assert gap["end_ms"] == recordings[gap["channel"]]["frames"] // 16
        assert 0 <= gap["start_ms"] < gap["end_ms"] - 10_000
    stored = hearing_gaps(store, session.hearing_id)
    assert [(g["channel"], g["start_ms"], g["end_ms"]) for g in stored] == \
        [(g["channel"], g["start_ms"], g["end_ms"]) for g in unrecognized]
    assert all(g["reasons"] == ["abandoned"] for g in stored)

    live = words_by_channel(store, session.hearing_id)
    added = transcribe_gaps(store, session.hearing_id, ko_model, clerk.actor)
    assert added and all(s["origin"] == "after_hearing" for s in added)
    assert hearing_gaps(store, session.hearing_id) == []
    for gap in unrecognized:
        rec = recordings[gap["channel"]]
        pcm = np.frombuffer(read_audio(store, rec["id"], gap["start_ms"], gap["end_ms"])[0],
                            np.int16)
        stretch = write_wav(tmp_path / f"gap{gap['channel']}.wav", pcm)
        later = [" ".join(w["w"] for w in json.loads(s["words"])) for s in added
                 if s["channel"] == gap["channel"]]
        assert later == bare_lexical_transcript(ko_model.load_path, stretch)
        assert all(gap["start_ms"] <= s["start_ms"] <= s["end_ms"] <= gap["end_ms"]
                   for s in added if s["channel"] == gap["channel"])
    assert words_by_channel(store, session.hearing_id) != live  # the record has them now
    assert transcribe_gaps(store, session.hearing_id, ko_model, clerk.actor) == []
    assert store.verify_audit().ok


# -- the CLI against ALSA's file device: a source thousands of times faster than real time ----

def record_until(tmp_path, case_id, home, raw, extra: list[str], captured_s: float):
    """Start ``hearing record --json --progress`` on the fast device; return the process
    once it has captured ``captured_s`` seconds, with the lines read so far."""
    process = subprocess.Popen(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--device", "courtin", "--roles", "0=judge", "--json", "--progress", *extra],
        env=cli_env(home, alsa_env(tmp_path, raw)), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    lines = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(json.loads(line))
            if lines[-1]["type"] == "progress" and lines[-1]["frames"] >= captured_s * 16000:
                return process, lines
    except BaseException:
        process.kill()
        raise
    process.kill()
    raise AssertionError(f"never captured {captured_s} s: {process.stderr.read()}")


def timed_rest(process) -> list[tuple[float, dict]]:
    rest = []
    for line in process.stdout:
        rest.append((time.monotonic(), json.loads(line)))
    return rest


def check_recording_closed(home, hearing_id: str) -> dict:
    s = LocalStore.open(home / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        assert s.get("hearings", hearing_id)["status"] == "recorded"
        (rec,) = s.query("SELECT * FROM recordings WHERE hearing_id = ?", (hearing_id,))
        assert rec["state"] == "stopped"
        chunks = s.query("SELECT coalesce(sum(frames), 0) AS n FROM recording_chunks WHERE "
                         "recording_id = ?", (rec["id"],))[0]["n"]
        assert rec["frames"] == chunks > 0
        assert verify_recording(s, rec["id"]) == []
        assert s.verify_audit().ok
        return rec
    finally:
        s.close()


@pytest.mark.timeout(200)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_a_fast_device_recording_within_two_seconds(tmp_path, hearing_audio,
                                                                  signum):
    raw = tmp_path / "hearing.raw"
    raw.write_bytes(np.tile(read_wav(hearing_audio["mono"]), 40).tobytes())
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    process, _ = record_until(tmp_path, case_id, home, raw, ["--seconds", "600", "--no-asr"],
                              captured_s=20)
    try:
        signalled = time.monotonic()
        process.send_signal(signum)
        rest = timed_rest(process)
        process.wait(timeout=30)
        exited = time.monotonic()
    finally:
        process.kill()
    assert process.returncode == 0, process.stderr.read()
    stopped_t = next(t for t, e in rest if e["type"] == "state" and e["state"] == "stopped")
    assert stopped_t - signalled < 2.0
    assert exited - signalled < 5.0
    summary = rest[-1][1]
    assert summary["type"] == "summary" and summary["seconds"] >= 20
    rec = check_recording_closed(home, summary["hearing_id"])
    assert rec["frames"] == round(summary["seconds"] * 16000)


@pytest.mark.timeout(200)
def test_a_time_limit_ends_a_fast_device_recording(tmp_path, hearing_audio):
    """--seconds with the device queue full at the end: the stream closes, the CLI returns."""
    raw = tmp_path / "hearing.raw"
    samples = np.tile(read_wav(hearing_audio["mono"]), 4)
    raw.write_bytes(samples.tobytes())
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    result = subprocess.run(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--device", "courtin", "--seconds", "10", "--no-asr", "--json"],
        env=cli_env(home, alsa_env(tmp_path, raw)), capture_output=True, text=True,
        timeout=60)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["seconds"] == 10
    rec = check_recording_closed(home, summary["hearing_id"])
    assert rec["frames"] == 10 * 16000
    s = LocalStore.open(home / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        captured = np.frombuffer(read_audio(s, rec["id"])[0], np.int16)
    finally:
        s.close()
    # The device's first samples, in order (the queue holds a minute before it drops).
    assert np.array_equal(captured, samples[:len(captured)])
