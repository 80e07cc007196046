"""Live hearings: real capture through PortAudio, chunks on disk, recovery after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.hearings import HearingBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.endpoint import LIVE_SILENCE_MS as LIVE
from courtdesk.speech.errors import AudioDeviceError
from courtdesk.speech.recorder import read_audio, recover_interrupted, verify_recording
from courtdesk.speech.session import HearingSession
from courtdesk.speech.sources import DeviceSource, FileSource, PacedSource

from bare_vosk import bare_lexical_transcript
from speech_audio import read_wav, silence, speak, write_wav

PASSWORD = "clerk-password"
PASSPHRASE = "correct horse battery staple"
ALSA_CONF = """
pcm.courtin {{
  type file
  slave.pcm "null"
  file "/dev/null"
  infile "{raw}"
  format "raw"
}}
"""


def make_case(store) -> tuple[object, str]:
    book = AccountBook(store)
    admin = book.create(None, "it", "IT", Role.IT_ADMIN, PASSWORD)
    clerk = book.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD)
    case = CaseBook(store, clerk).create_case("(2026)吉2401民初88号", "测试案件")
    return clerk, case["id"]


def words_text(segment: dict) -> str:
    return " ".join(w["w"] for w in segment["words"])


def test_file_hearing_writes_chunks_segments_and_verifies(store, ko_model, hearing_audio):
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    events = []
    session = HearingSession(store, hearing["id"], FileSource(hearing_audio["stereo"]), ko_model,
                             {0: "judge", 1: "plaintiff"}, actor=clerk.actor,
                             listener=events.append)
    session.run()
    assert session.error is None
    recordings = store.query("SELECT * FROM recordings WHERE hearing_id = ?", (hearing["id"],))
    assert sorted(r["speaker_role"] for r in recordings) == ["judge", "plaintiff"]
    assert all(r["state"] == "stopped" for r in recordings)
    source = FileSource(hearing_audio["stereo"])
    for rec in recordings:
        assert rec["frames"] == source.total_frames
        assert verify_recording(store, rec["id"]) == []
        pcm, rate = read_audio(store, rec["id"])
        original = read_wav_channel(hearing_audio["stereo"], rec["channel"])
        assert rate == 16000 and np.array_equal(np.frombuffer(pcm, np.int16), original)
    segments = HearingBook(store, clerk).transcript(hearing["id"]).segments()
    assert {s["speaker_role"] for s in segments} == {"judge", "plaintiff"}
    assert any(e["type"] == "segment" for e in events)
    assert store.get("hearings", hearing["id"])["status"] == "recorded"
    assert store.verify_audit().ok
    assert store.unsynced_ids("segments") >= {s["id"] for s in segments}


def read_wav_channel(path: Path, channel: int) -> np.ndarray:
    import soundfile

    return soundfile.read(path, dtype="int16", always_2d=True)[0][:, channel]


def test_a_deleted_or_altered_chunk_is_reported(store, hearing_audio):
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    HearingSession(store, hearing["id"], FileSource(hearing_audio["mono"]), None, {},
                   actor=clerk.actor).run()
    (rec,) = store.query("SELECT id FROM recordings WHERE hearing_id = ?", (hearing["id"],))
    chunks = store.query("SELECT seq, sha256 FROM recording_chunks WHERE recording_id = ? "
                         "ORDER BY seq", (rec["id"],))
    blobs = BlobStore(store)
    blobs.path_for(chunks[1]["sha256"]).unlink()
    altered = blobs.path_for(chunks[2]["sha256"])
    data = bytearray(altered.read_bytes())
    data[-5] ^= 0xFF
    altered.write_bytes(bytes(data))
    problems = verify_recording(store, rec["id"])
    assert [(p.seq, p.kind) for p in problems] == [(1, "missing"), (2, "altered")]
    with pytest.raises(Exception, match=r"missing|damaged"):
        read_audio(store, rec["id"])


class PausingSource:
    """A file source that pauses the session after some blocks and resumes later."""

    def __init__(self, source: FileSource, pause_at: int, resume_at: int) -> None:
        self.source, self.pause_at, self.resume_at = source, pause_at, resume_at
        self.sample_rate, self.channels = source.sample_rate, source.channels
        self.session: HearingSession | None = None

    def blocks(self):
        for index, block in enumerate(self.source.blocks()):
            if index == self.pause_at:
                self.session.pause()
            if index == self.resume_at:
                self.session.resume()
            yield block


def test_pause_and_resume_keep_one_timeline(store, ko_model, hearing_audio):
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    source = PausingSource(FileSource(hearing_audio["mono"]), pause_at=8, resume_at=12)
    events = []
    session = HearingSession(store, hearing["id"], source, ko_model, {0: "judge"},
                             actor=clerk.actor, listener=events.append)
    source.session = session
    session.run()
    recordings = store.query("SELECT * FROM recordings WHERE hearing_id = ? ORDER BY offset_ms",
                             (hearing["id"],))
    assert [r["state"] for r in recordings] == ["paused", "stopped"]
    assert recordings[1]["offset_ms"] == 12 * 4000 * 1000 // 16000
    states = [e["state"] for e in events if e["type"] == "state"]
    assert "paused" in states


def test_full_disk_mid_recording_stops_cleanly_and_keeps_everything(tmp_path, hearing_audio):
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        s = LocalStore.open(mount / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
        clerk, case_id = make_case(s)
        hearing = HearingBook(s, clerk).hearing_to_record(case_id, None)
        long_audio = np.tile(read_wav(hearing_audio["mono"]), 30)  # ~5 MB: more than the disk
        write_wav(tmp_path / "long.wav", long_audio)
        events = []
        session = HearingSession(s, hearing["id"], FileSource(tmp_path / "long.wav"), None, {},
                                 actor=clerk.actor, listener=events.append)
        session.run()
        assert session.error is not None and session.error.code == "store_full"
        errors = [e["message"] for e in events if e["type"] == "error"]
        assert errors and "Disk full" in errors[0] and "kept" in errors[0]
        s.close()
        for filler in mount.glob("store/blobs/*/.*.part"):
            filler.unlink()
        subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
        s = LocalStore.open(mount / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
        recover_interrupted(s)
        (rec,) = s.query("SELECT * FROM recordings")
        assert rec["state"] == "interrupted" and rec["frames"] > 16000
        assert verify_recording(s, rec["id"]) == []
        pcm, _ = read_audio(s, rec["id"])
        assert np.array_equal(np.frombuffer(pcm, np.int16), long_audio[:rec["frames"]])
        assert s.verify_audit().ok
        s.close()
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_failed_chunk_commit_keeps_its_audio_for_the_next_one(tmp_path, monkeypatch):
    """A commit refused by a full disk must not skip a second of the hearing: the audio of
    the refused chunk goes out with the next flush, in order, and nothing is counted twice."""
    from courtdesk.offline_cache.errors import StoreFull
    from courtdesk.speech.recorder import HearingRecorder
    from courtdesk.speech.sources import AudioBlock

    s = LocalStore.open(tmp_path / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    clerk, case_id = make_case(s)
    hearing = HearingBook(s, clerk).hearing_to_record(case_id, None)
    recorder = HearingRecorder(s, hearing["id"], {0: "judge"}, 16000, 1, actor=clerk.actor)
    audio = (np.arange(16000 * 5) % 3000 - 1500).astype(np.int16)
    real_append = s.append_many
    calls = {"n": 0}

    def append_failing_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # the second second's commit hits a full disk
            raise StoreFull("Disk full (test)")
        return real_append(*args, **kwargs)

    monkeypatch.setattr(s, "append_many", append_failing_once)
    failures = 0
    for start in range(0, len(audio), 8000):  # half-second blocks, as a device gives them
        block = AudioBlock(audio[start:start + 8000].reshape(-1, 1), start, 16000)
        try:
            recorder.write(block)
        except StoreFull:
            failures += 1
    recorder.stop()
    assert failures == 1
    (rec,) = s.query("SELECT * FROM recordings")
    assert rec["frames"] == len(audio)
    assert verify_recording(s, rec["id"]) == []
    pcm, _ = read_audio(s, rec["id"])
    assert np.array_equal(np.frombuffer(pcm, np.int16), audio)
    s.close()


def test_no_such_input_device_is_a_clear_message():
    with pytest.raises(AudioDeviceError, match="No input device"):
        DeviceSource("no-such-microphone")


def test_too_low_sample_rate_is_refused(tmp_path):
    from courtdesk.speech.errors import AudioFormatError

    path = write_wav(tmp_path / "low.wav", silence(1, 4000), rate=4000)
    with pytest.raises(AudioFormatError, match="at least 8000"):
        FileSource(path)


# -- real capture through PortAudio and ALSA's file device --------------------------------

def alsa_env(tmp_path: Path, raw: Path) -> dict[str, str]:
    if not Path("/usr/share/alsa/alsa.conf").exists():
        pytest.skip("needs ALSA's configuration (libasound2)")
    conf = tmp_path / "asound.conf"
    conf.write_text(ALSA_CONF.format(raw=raw))
    return {"ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{conf}"}


def cli_env(home: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=PASSPHRASE,
               COURTDESK_PASSWORD=PASSWORD, COURTDESK_USER="clerk", **extra)
    return env


def prepare_profile(home: Path) -> str:
    env = cli_env(home, {})
    script = ("from courtdesk.app.profile import open_store\n"
              "import sys; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/../support']\n"
              "from test_hearing_session import make_case\n"
              "s = open_store(); clerk, case_id = make_case(s); s.close(); print(case_id)\n")
    out = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent)], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    return out.stdout.strip().splitlines()[-1]


@pytest.mark.timeout(330)  # real-time capture plus a model load; 2 shared cores
def test_live_capture_through_the_device_gives_the_bare_recognizers_segments(
        tmp_path, ko_model, hearing_audio):
    raw = tmp_path / "hearing.raw"
    samples = read_wav(hearing_audio["mono"])
    raw.write_bytes(samples.tobytes())
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    seconds = len(samples) / 16000 + 2
    result = subprocess.run(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--device", "courtin", "--seconds", f"{seconds:.2f}", "--roles", "0=judge", "--json"],
        env=cli_env(home, alsa_env(tmp_path, raw)), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]  # one JSON a line
    summary = events[-1]
    assert summary["type"] == "summary"
    hearing_id = summary["hearing_id"]
    os.environ["COURTDESK_HOME"] = str(home)
    s = LocalStore.open(home / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        (rec,) = s.query("SELECT * FROM recordings WHERE hearing_id = ?", (hearing_id,))
        captured = np.frombuffer(read_audio(s, rec["id"])[0], np.int16)
        assert np.array_equal(captured[:len(samples)], samples)  # the real samples, in order
        segments = s.query("SELECT words, channel FROM segments WHERE hearing_id = ? "
                           "ORDER BY start_ms", (hearing_id,))
        mine = [" ".join(w["w"] for w in json.loads(seg["words"])) for seg in segments]
        captured_wav = write_wav(tmp_path / "captured.wav", captured)
        # The device delivers 0.1 s blocks; a live recognizer also ends utterances at pauses.
        assert mine and mine == bare_lexical_transcript(ko_model.load_path, captured_wav,
                                                        block=1600, silence_ms=LIVE)
    finally:
        s.close()


def test_killed_mid_hearing_recovers_audio_to_within_a_second(tmp_path, hearing_audio):
    raw = tmp_path / "hearing.raw"
    samples = np.tile(read_wav(hearing_audio["mono"]), 40)
    raw.write_bytes(samples.tobytes())
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    process = subprocess.Popen(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--device", "courtin", "--seconds", "600", "--roles", "0=judge", "--progress"],
        env=cli_env(home, alsa_env(tmp_path, raw)), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    captured_lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("captured "):
            captured_lines.append(int(line.split()[1]))
            if captured_lines[-1] >= 20 * 16000:
                break
    process.send_signal(signal.SIGKILL)
    rest, _ = process.communicate(timeout=30)
    captured_lines += [int(line.split()[1]) for line in rest.splitlines()
                       if line.startswith("captured ")]
    assert process.returncode == -signal.SIGKILL
    last_reported = captured_lines[-1]

    listed = subprocess.run([sys.executable, "-m", "courtdesk.app", "hearing", "list",
                             "--case", case_id, "--json"], env=cli_env(home, {}),
                            capture_output=True, text=True, timeout=120)
    hearings = json.loads(listed.stdout)
    recorded = next(h for h in hearings if h["title"].startswith("开庭 "))
    shown = subprocess.run([sys.executable, "-m", "courtdesk.app", "hearing", "show",
                            recorded["id"], "--json"], env=cli_env(home, {}),
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    (rec,) = json.loads(shown.stdout)["recordings"]
    assert rec["state"] == "interrupted"
    assert rec["frames"] >= last_reported - 16000, (rec["frames"], last_reported)
    s = LocalStore.open(home / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        pcm = np.frombuffer(read_audio(s, rec["id"])[0], np.int16)
        assert np.array_equal(pcm, samples[:len(pcm)])
        assert s.verify_audit().ok
    finally:
        s.close()


def test_voice_commands_mark_and_pause_the_hearing(store, ko_model, hearing_audio, tmp_path):
    from courtdesk.speech.voice_commands import VoiceCommandRecognizer

    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    mark = read_wav(speak("여기 표시 하기", tmp_path / "mark.wav", dither=True))
    pause = read_wav(speak("녹음 일시 정지", tmp_path / "pause.wav", dither=True))
    speech = read_wav(hearing_audio["mono"])
    audio = np.concatenate([silence(0.3), mark, silence(1.5), speech, pause, silence(1.5),
                            speech])
    wav = write_wav(tmp_path / "commands.wav", audio)
    events = []
    commands = VoiceCommandRecognizer(ko_model.vosk_model, "ko", 16000)
    # Paced (at twice real time) so the command lands while the hearing is still going.
    session = HearingSession(store, hearing["id"], PacedSource(FileSource(wav), speed=2.0),
                             ko_model, {0: "clerk"}, actor=clerk.actor, listener=events.append,
                             voice_commands=commands)
    session.run()
    heard = [e["command"] for e in events if e["type"] == "command"]
    assert heard[:2] == ["mark", "pause_recording"]
    notes = HearingBook(store, clerk).transcript(hearing["id"]).notes()
    assert [n["text"] for n in notes] == ["语音标记"]
    states = [r["state"] for r in store.query(
        "SELECT state FROM recordings WHERE hearing_id = ? ORDER BY offset_ms", (hearing["id"],))]
    assert states[0] == "paused"


class UnpluggedOnce:
    """A microphone that is pulled out after some blocks and plugged back in.

    PortAudio cannot be made to lose a device here (no hardware); this stands in for the
    device and raises the same error DeviceSource raises when its stream dies.
    """

    reattachable = True

    def __init__(self, source: FileSource, fail_after: int, refusals: int) -> None:
        self.source, self.fail_after, self.refusals = source, fail_after, refusals
        self.sample_rate, self.channels = source.sample_rate, source.channels
        self.opened = 0

    def blocks(self):
        from courtdesk.speech.errors import AudioDeviceError

        self.opened += 1
        if self.opened == 1:
            for index, block in enumerate(self.source.blocks()):
                if index == self.fail_after:
                    raise AudioDeviceError("USB microphone stopped delivering audio (unplugged?).")
                yield block
        elif self.opened <= 1 + self.refusals:
            raise AudioDeviceError("No input device 'USB microphone'.")
        else:
            yield from self.source.blocks()


def test_an_unplugged_microphone_is_reported_and_reattached(store, hearing_audio):
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    source = UnpluggedOnce(FileSource(hearing_audio["mono"]), fail_after=8, refusals=2)
    events = []
    session = HearingSession(store, hearing["id"], source, None, {0: "judge"},
                             actor=clerk.actor, listener=events.append)
    session.reattach_every_s = 0.05
    session.run()
    device_events = [(e["state"], e["message"]) for e in events if e["type"] == "device"]
    assert [state for state, _ in device_events] == ["lost", "back"]
    assert "judge" in device_events[0][1] and "kept" in device_events[0][1]
    assert session.error is None and source.opened == 4
    recordings = store.query("SELECT * FROM recordings WHERE hearing_id = ? ORDER BY offset_ms",
                             (hearing["id"],))
    assert [r["state"] for r in recordings] == ["interrupted", "stopped"]
    assert recordings[0]["frames"] == 8 * 4000
    assert recordings[1]["offset_ms"] >= 8 * 4000 * 1000 // 16000
    assert all(verify_recording(store, r["id"]) == [] for r in recordings)


def test_a_dead_mixer_channel_is_reported_while_the_others_record(store, hearing_audio,
                                                                  tmp_path):
    clerk, case_id = make_case(store)
    hearing = HearingBook(store, clerk).hearing_to_record(case_id, None)
    rng = np.random.default_rng(7)
    speech = read_wav(hearing_audio["mono"])
    noise = lambda n: rng.integers(-40, 40, n).astype(np.int16)  # noqa: E731  a live mic's floor
    judge = np.concatenate([speech, noise(16000 * 8), speech])
    cut = len(speech) + 16000 * 2  # the plaintiff's cable is pulled here, plugged back later
    plaintiff = noise(len(judge))
    plaintiff[cut:cut + 16000 * 6] = 0
    wav = write_wav(tmp_path / "mixer.wav", np.stack([judge, plaintiff], axis=1))
    events = []
    HearingSession(store, hearing["id"], FileSource(wav), None, {0: "judge", 1: "plaintiff"},
                   actor=clerk.actor, listener=events.append).run()
    changes = [(e["channel"], e["state"]) for e in events if e["type"] == "device"]
    assert changes == [(1, "lost"), (1, "back")]
    lost = next(e for e in events if e["type"] == "device")
    assert "plaintiff" in lost["message"] and lost["position_ms"] >= (cut + 5 * 16000) / 16
    recordings = store.query("SELECT frames FROM recordings WHERE hearing_id = ?",
                             (hearing["id"],))
    assert [r["frames"] for r in recordings] == [len(judge), len(judge)]
