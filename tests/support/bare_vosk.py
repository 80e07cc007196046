"""The reference for parity tests: a bare Vosk KaldiRecognizer in a fresh process.

A fresh process on each side (courtdesk's and this) means neither carries decoder state
from earlier tests, so any difference is the pipeline's, not the test run's history.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_SCRIPT = r"""
import json, sys
import numpy as np, soundfile, vosk
vosk.SetLogLevel(-1)
model_dir, wav, channel, block = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
data, rate = soundfile.read(wav, dtype="int16", always_2d=True)
samples = np.ascontiguousarray(data[:, channel])
recognizer = vosk.KaldiRecognizer(vosk.Model(model_dir), rate)
recognizer.SetWords(True)
texts = []
for start in range(0, len(samples), block):
    if recognizer.AcceptWaveform(samples[start:start + block].tobytes()):
        texts.append(json.loads(recognizer.Result())["text"])
texts.append(json.loads(recognizer.FinalResult())["text"])
print(json.dumps([t for t in texts if t], ensure_ascii=False))
"""


def bare_transcript(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000
                    ) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(model_dir), str(wav), str(channel),
                          str(block)], capture_output=True, text=True, timeout=600, check=True)
    return json.loads(out.stdout)
