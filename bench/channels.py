"""How many channels courtdesk transcribes in real time, against what bare Vosk allows.

Bare: one KaldiRecognizer over the audio gives the real-time factor (RTF); with C cores,
floor(C / RTF) channels is the most any program could hold. courtdesk: an N-channel file
through the real pipeline (one shared model, a worker per channel), N rising while the
wall time stays within the audio's duration. Goal: held >= 90% of the bare bound.

    python bench/channels.py [--seconds 30]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from _speech_audio import ko_model_path, speech_track, write_wav
from transcribe import bare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()

    from courtdesk.speech.engine import SpeechModel
    from courtdesk.speech.transcribe import transcribe_file

    cores = os.cpu_count() or 1
    model = SpeechModel.shared(ko_model_path(), "ko")
    tracks = [speech_track(args.seconds, offset=i)[0] for i in range(8)]
    length = min(len(t) for t in tracks)
    audio_s = length / 16000
    t0 = time.perf_counter()
    bare(model.vosk_model, tracks[0][:length])
    rtf = (time.perf_counter() - t0) / audio_s
    bound = math.floor(cores / rtf)
    print(f"cores: {cores}; bare RTF {rtf:.3f}; bare bound floor(cores/RTF) = {bound} channels")
    held = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(1, min(bound + 2, 8) + 1):
            stacked = np.stack([t[:length] for t in tracks[:n]], axis=1)
            wav = write_wav(Path(tmp) / f"ch{n}.wav", stacked)
            t0 = time.perf_counter()
            transcribe_file(wav, model)
            wall = time.perf_counter() - t0
            ok = wall <= audio_s
            print(f"  {n} channels: {wall:.1f} s for {audio_s:.1f} s of audio "
                  f"({'real time' if ok else 'too slow'})")
            if not ok:
                break
            held = n
    print(f"courtdesk holds {held} channels in real time; ratio app/raw: "
          f"{held / bound if bound else float('nan'):.2f}  (goal >= 0.90)")


if __name__ == "__main__":
    main()
