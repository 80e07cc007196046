"""Synthetic speech for tests: espeak-ng + sox, and WAV helpers."""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

KO_LINES = [
    "지금부터 재판을 시작하겠습니다.",
    "원고는 청구 취지를 진술하십시오.",
    "피고는 답변하십시오. 증거를 제출하겠습니다.",
]


def have_speech_tools() -> bool:
    return bool(shutil.which("espeak-ng") and shutil.which("sox"))


def speak(text: str, out: Path, voice: str = "ko", dither: bool = False) -> Path:
    """Synthesize ``text`` to a 16 kHz mono 16-bit WAV file."""
    if not have_speech_tools():
        pytest.skip("espeak-ng and sox are needed to make speech audio")
    raw = out.with_suffix(".espeak.wav")
    # sox dithers when it converts to 16 bits, from a random seed, so every run made slightly
    # different audio and a comparison with bare Vosk on borderline speech passed or failed
    # by chance. Either no dither (-D), or a dither that repeats itself (-R) where a test
    # needs one (the voice-command grammar heard nothing in undithered espeak speech).
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True, timeout=60)
    subprocess.run(["sox", "-R" if dither else "-D", "-V1", str(raw), "-r", "16000", "-c", "1",
                    "-b", "16", str(out)], check=True, timeout=60)
    raw.unlink()
    return out


def silence(seconds: float, rate: int = 16000) -> np.ndarray:
    return np.zeros(int(seconds * rate), dtype=np.int16)


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)


def write_wav(path: Path, samples: np.ndarray, rate: int = 16000) -> Path:
    """Mono (1-D) or interleaved multi-channel (2-D frames x channels) 16-bit WAV."""
    samples = samples if samples.ndim == 2 else samples[:, None]
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(samples.shape[1])
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(np.ascontiguousarray(samples).tobytes())
    return path
