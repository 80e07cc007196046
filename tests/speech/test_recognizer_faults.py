"""A recognizer that crashes or falls behind: reported, replaced, and nothing recorded is lost.

The faults are injected into the real recognizer with the real Korean model: a subclass
that raises once in the middle of an utterance, and a backlog bound small enough that a
source read at disk speed outruns it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import numpy as np
import pytest
from test_hearing_session import PASSPHRASE, cli_env, make_case
from test_hearing_stop import TimedEvents, long_stereo, read_wav_2ch

from courtdesk.app.hearings import HearingBook
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.endpoint import LIVE_SILENCE_MS as LIVE
from courtdesk.speech.engine import ChannelRecognizer
from courtdesk.speech.gaps import hearing_gaps
from courtdesk.speech.recorder import read_audio, verify_recording
from courtdesk.speech.session import HearingSession
from courtdesk.speech.sources import FileSource

from bare_vosk import bare_lexical_transcript, bare_runs_transcript
from speech_audio import read_wav, write_wav

BLOCK = 4000


def failing_once(channel: int, at_block: int):
    """A recognizer class whose first instance on ``channel`` raises on block ``at_block``;
    the fresh ones that replace it are plain recognizers."""
    raised: list[float] = []

    class FailsOnce(ChannelRecognizer):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.blocks = 0
            self.armed = self.channel == channel and not raised

        def accept(self, pcm: bytes):
            self.blocks += 1
            if self.armed and self.blocks == at_block:
                raised.append(time.monotonic())
                raise RuntimeError("decoder state corrupted (injected fault)")
            return super().accept(pcm)

    return FailsOnce, raised


def live_segments(store, hearing_id: str, channel: int) -> list[dict]:
    rows = store.query("SELECT * FROM segments WHERE hearing_id = ? AND channel = ? AND "
                       "deleted = 0 ORDER BY start_ms", (hearing_id, channel))
    for row in rows:
        row["text_words"] = " ".join(w["w"] for w in json.loads(row["words"]))
    return rows


def channel_wav(store, recording_id: str, path, start_ms: int = 0, end_ms: int | None = None):
    pcm = np.frombuffer(read_audio(store, recording_id, start_ms, end_ms)[0], np.int16)
    return write_wav(path, pcm)


@pytest.mark.timeout(400)
def test_a_crashed_recognizer_is_reported_restarted_and_its_gap_transcribed_later(
        ko_model, hearing_audio, tmp_path, isolated_profile, fast_kdf):
    store = LocalStore.open(isolated_profile / "store",
                            lambda r: PASSPHRASE if r.attempt == 1 else None)
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    wav = long_stereo(hearing_audio, tmp_path, repeats=2)
    # The judge's second line of the first round: fail one second into it.
    lengths = [len(read_wav(hearing_audio["folder"] / f"line{i}.wav")) for i in range(2)]
    line2_starts = lengths[0] + lengths[1] + 2 * int(1.2 * 16000)
    fail_block = (line2_starts + 16000) // BLOCK + 1
    factory, raised = failing_once(channel=0, at_block=fail_block)
    events = TimedEvents()
    session = HearingSession(store, hearing["id"], FileSource(wav), ko_model,
                             {0: "judge", 1: "plaintiff"}, actor=clerk.actor,
                             listener=events, recognizer_factory=factory)
    session.run()
    assert session.error is None

    failed_t, failed = events.first("recognizer", "failed")
    assert raised and failed_t - raised[0] < 2.0
    position_ms = fail_block * BLOCK // 16
    assert (failed["code"], failed["channel"], failed["role"], failed["position_ms"]) == \
        ("recognizer_failed", 0, "judge", position_ms)
    assert "injected fault" in failed["detail"] and "judge" in failed["message"]
    _, restarted = events.first("recognizer", "restarted")
    assert (restarted["code"], restarted["channel"], restarted["position_ms"]) == \
        ("recognizer_restarted", 0, position_ms)

    # The recording is whole on both channels.
    recordings = {r["channel"]: r for r in store.query(
        "SELECT * FROM recordings WHERE hearing_id = ?", (hearing["id"],))}
    source = read_wav_2ch(wav)
    for channel, rec in recordings.items():
        assert rec["frames"] == len(source) and verify_recording(store, rec["id"]) == []
        pcm = np.frombuffer(read_audio(store, rec["id"])[0], np.int16)
        assert np.array_equal(pcm, source[:, channel])

    # The gap: from the end of the judge's last finished utterance to the failed block.
    judge = live_segments(store, hearing["id"], 0)
    before = [s for s in judge if s["end_ms"] <= position_ms]
    after = [s for s in judge if s["start_ms"] >= position_ms]
    assert before and after
    gap = {"channel": 0, "start_ms": before[-1]["end_ms"], "end_ms": position_ms}
    _, done = events.first("recognition", "done")
    assert done["unrecognized"] == [gap]
    assert [(g["channel"], g["start_ms"], g["end_ms"], g["reasons"])
            for g in hearing_gaps(store, hearing["id"])] == \
        [(0, gap["start_ms"], gap["end_ms"], ["recognizer_failed"])]
    # The fresh recognizer heard everything after it, exactly as a bare one does.
    rest = channel_wav(store, recordings[0]["id"], tmp_path / "rest.wav", position_ms)
    assert [s["text_words"] for s in after] == bare_lexical_transcript(ko_model.load_path, rest,
                                                                      silence_ms=LIVE)
    assert [s["start_ms"] - position_ms for s in after] == \
        [start for _, start in bare_runs_transcript(ko_model.load_path, rest,
                                                    [(0, len(read_wav(rest)))],
                                                    silence_ms=LIVE)]
    plaintiff = channel_wav(store, recordings[1]["id"], tmp_path / "plaintiff.wav")
    assert [s["text_words"] for s in live_segments(store, hearing["id"], 1)] == \
        bare_lexical_transcript(ko_model.load_path, plaintiff, silence_ms=LIVE)
    store.close()

    # After the hearing: the CLI transcribes the gap from the recording.
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "hearing", "transcribe-gaps",
                             hearing["id"], "--json"], env=cli_env(isolated_profile, {}),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    added = json.loads(result.stdout)["segments"]
    store = LocalStore.open(isolated_profile / "store",
                            lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        stretch = channel_wav(store, recordings[0]["id"], tmp_path / "gap.wav",
                              gap["start_ms"], gap["end_ms"])
        assert [" ".join(w["w"] for w in json.loads(s["words"])) for s in added] == \
            bare_lexical_transcript(ko_model.load_path, stretch)
        assert added and all(s["origin"] == "after_hearing" and s["speaker_role"] == "judge"
                             and gap["start_ms"] <= s["start_ms"] <= gap["end_ms"]
                             for s in added)
        assert hearing_gaps(store, hearing["id"]) == []
        assert store.verify_audit().ok
    finally:
        store.close()


def word_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance in words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


class Bursts:
    """A file delivered in bursts at disk speed, one per ``period_frames``, each once the
    recognizers have worked through the one before (a room that is quiet in between).
    Each burst is far more than a small backlog holds, so each is skipped in part, and
    every burst after the first is recognized after a skip."""

    def __init__(self, source: FileSource, period_frames: int) -> None:
        self.source, self.period = source, period_frames
        self.sample_rate, self.channels = source.sample_rate, source.channels
        self.session: HearingSession | None = None

    def blocks(self):
        burst = 0
        for block in self.source.blocks():
            if block.start_frame >= (burst + 1) * self.period:
                burst += 1
                deadline = time.monotonic() + 120
                while self.session.recognition_pending_ms and time.monotonic() < deadline:
                    time.sleep(0.05)
            yield block


@pytest.mark.timeout(400)
def test_a_recognizer_too_far_behind_skips_counts_and_keeps_the_times_right(
        store, ko_model, hearing_audio, tmp_path):
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    period = len(read_wav_2ch(hearing_audio["stereo"]))  # the judge speaks first in each
    wav = long_stereo(hearing_audio, tmp_path, repeats=3)
    events = TimedEvents()
    source = Bursts(FileSource(wav), period)
    session = HearingSession(store, hearing["id"], source, ko_model,
                             {0: "judge", 1: "plaintiff"}, actor=clerk.actor,
                             listener=events, recognition_backlog_blocks=16)
    source.session = session
    session.start()
    assert session.wait(300)

    drops = events.of("drops")
    assert drops and drops[-1]["code"] == "audio_dropped"
    skipped = drops[-1]["recognizer_skipped_ms"]
    assert skipped[0] > 5000 and skipped[1] > 5000
    assert drops[-1]["capture_dropped_blocks"] == 0 and "skipped" in drops[-1]["message"]
    _, done = events.first("recognition", "done")
    total = len(read_wav_2ch(wav))
    stored = hearing_gaps(store, hearing["id"])
    assert [(g["channel"], g["start_ms"], g["end_ms"]) for g in stored] == \
        [(g["channel"], g["start_ms"], g["end_ms"]) for g in done["unrecognized"]]
    assert all(g["reasons"] == ["backlog"] for g in stored)
    recordings = {r["channel"]: r for r in store.query(
        "SELECT * FROM recordings WHERE hearing_id = ?", (hearing["id"],))}
    # Speech was recognized after a skip, so the check below covers shifted times.
    after_a_skip = [s for ch in (0, 1) for s in live_segments(store, hearing["id"], ch)
                    if any(g["end_ms"] <= s["start_ms"] for g in stored if g["channel"] == ch)]
    assert after_a_skip
    for channel in (0, 1):
        gaps = [(g["start_ms"] * 16, g["end_ms"] * 16) for g in stored if g["channel"] == channel]
        assert sum(end - start for start, end in gaps) == skipped[channel] * 16
        runs, at = [], 0
        for start, end in gaps:
            if start > at:
                runs.append((at, start))
            at = end
        if at < total:
            runs.append((at, total))
        # What was recognized is a bare recognizer's words for the same runs, at the times
        # they were said (a skip must not shift the later segments' times).
        reference = bare_runs_transcript(ko_model.load_path, wav, runs, channel=channel,
                                         silence_ms=LIVE)
        mine = [(s["text_words"], s["start_ms"])
                for s in live_segments(store, hearing["id"], channel)]
        assert mine and len(mine) == len(reference)
        for (words, start), (bare_words, bare_start) in zip(mine, reference):
            # A shift would be a block (250 ms) or more. Words: bare Vosk's, but for one at
            # most: in a full test run (never alone, never in a fresh process) this process's
            # decoder heard a borderline syllable ("로") that a fresh bare one did not, the
            # same way in every CI run; audio fed twice or skipped would differ by far more.
            assert abs(start - bare_start) < 150, (mine, reference)
            assert word_distance(words.split(), bare_words.split()) <= 1, (mine, reference)
        assert verify_recording(store, recordings[channel]["id"]) == []
        assert recordings[channel]["frames"] == total
