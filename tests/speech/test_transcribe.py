"""File transcription: the app's transcript equals a bare KaldiRecognizer's (parity)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from courtdesk.speech.errors import AudioFormatError, ModelError
from courtdesk.speech.sources import FileSource
from courtdesk.speech.transcribe import as_srt, transcribe_file

from bare_vosk import bare_transcript
from speech_audio import silence, write_wav


def app_transcript(wav, roles: str, home) -> list[dict]:
    """courtdesk's own CLI in a fresh process, as a clerk would run it."""
    env = {**os.environ, "COURTDESK_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "courtdesk.app", "transcribe", str(wav),
                          "--roles", roles, "--json"], env=env, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)[0]["segments"]


def test_mono_file_matches_the_bare_recognizer(ko_model, hearing_audio, tmp_path):
    segments = app_transcript(hearing_audio["mono"], "0=judge", tmp_path / "home")
    assert [s["raw_text"] for s in segments] == bare_transcript(ko_model.load_path,
                                                                hearing_audio["mono"])
    assert len(segments) >= 2 and all(s["role"] == "judge" for s in segments)
    assert [s["start_ms"] for s in segments] == sorted(s["start_ms"] for s in segments)


def test_two_channel_file_gives_one_role_per_channel_and_matches_bare(ko_model, hearing_audio,
                                                                     tmp_path):
    segments = app_transcript(hearing_audio["stereo"], "0=judge,1=plaintiff", tmp_path / "home")
    for channel, role in ((0, "judge"), (1, "plaintiff")):
        mine = [s["raw_text"] for s in segments if s["role"] == role]
        assert mine and mine == bare_transcript(ko_model.load_path, hearing_audio["stereo"],
                                                channel)
    roles_in_time_order = [s["role"] for s in segments]
    assert roles_in_time_order[0] == "judge" and "plaintiff" in roles_in_time_order


def test_same_samples_same_text_every_time(ko_model, hearing_audio):
    """Dither is off, so a record does not depend on what was decoded before it."""
    first = [i.utterance.raw_text for i in transcribe_file(hearing_audio["mono"], ko_model)]
    transcribe_file(hearing_audio["stereo"], ko_model)
    again = [i.utterance.raw_text for i in transcribe_file(hearing_audio["mono"], ko_model)]
    assert first == again


def test_words_have_times_and_confidences(ko_model, hearing_audio):
    items = transcribe_file(hearing_audio["mono"], ko_model)
    words = [w for i in items for w in i.utterance.words]
    assert words and all(0 <= w.conf <= 1 and w.end >= w.start for w in words)
    srt = as_srt(items)
    assert srt.startswith("1\n00:00:0") and " --> " in srt


def test_silent_file_gives_no_segments(ko_model, tmp_path):
    assert transcribe_file(write_wav(tmp_path / "quiet.wav", silence(3)), ko_model) == []


def test_resampled_input_is_accepted(ko_model, hearing_audio, tmp_path):
    out = tmp_path / "44k.wav"
    subprocess.run(["sox", "-V1", str(hearing_audio["mono"]), "-r", "44100", str(out)],
                   check=True)
    items = transcribe_file(out, ko_model)
    assert items and FileSource(out).sample_rate == 44100


@pytest.mark.parametrize("content", [b"", b"this is not audio at all" * 100])
def test_wrong_format_is_a_clear_message(tmp_path, content):
    path = tmp_path / "hearing.wav"
    path.write_bytes(content)
    with pytest.raises(AudioFormatError, match="not an audio file"):
        FileSource(path)


def test_empty_wav_is_a_clear_message(tmp_path):
    path = write_wav(tmp_path / "empty.wav", np.zeros(0, dtype=np.int16))
    with pytest.raises(AudioFormatError, match="no audio"):
        FileSource(path)


def test_missing_or_broken_model_is_a_clear_message(tmp_path, ko_model_path):
    from courtdesk.speech.engine import SpeechModel

    with pytest.raises(ModelError, match="not a usable speech model"):
        SpeechModel(tmp_path / "nowhere", "ko")
    broken = tmp_path / "broken"
    (broken / "am").mkdir(parents=True)
    (broken / "conf").mkdir()
    (broken / "am" / "final.mdl").write_bytes(b"\0" * 1024)
    (broken / "conf" / "model.conf").write_text("--min-active=200\n")
    with pytest.raises(ModelError, match="could not be loaded"):
        SpeechModel(broken, "ko")


def test_cli_transcribe_json_and_errors(hearing_audio, tmp_path):
    env = {**os.environ, "COURTDESK_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "transcribe",
                             str(hearing_audio["stereo"]), "--roles", "0=judge,1=plaintiff",
                             "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    segments = json.loads(result.stdout)[0]["segments"]
    assert {s["role"] for s in segments} == {"judge", "plaintiff"}
    bad = tmp_path / "bad.wav"
    bad.write_text("not audio")
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "transcribe", str(bad)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "not an audio file" in result.stderr
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "transcribe",
                             str(hearing_audio["mono"]), "--model", str(tmp_path)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "not a Vosk model folder" in result.stderr
