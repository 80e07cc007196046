"""Peak memory of courtdesk transcribing 1, 2 and 4 channels: one shared model, not N.

Each run is a fresh process (ru_maxrss is a high-water mark). The bare baseline is one
process that only loads the Vosk model and decodes one channel; a model per channel
would cost that much again for every extra channel.

    python bench/memory.py [--seconds 20]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from _speech_audio import ko_model_path, speech_track, write_wav

CHILD_APP = """
import resource, sys
from pathlib import Path
from courtdesk.speech.engine import SpeechModel
from courtdesk.speech.transcribe import transcribe_file
model = SpeechModel.shared(Path(sys.argv[1]), "ko")
transcribe_file(sys.argv[2], model)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

CHILD_BARE = """
import resource, sys, wave, vosk
from courtdesk.speech.engine import reproducible_view
from pathlib import Path
vosk.SetLogLevel(-1)
model = vosk.Model(str(reproducible_view(Path(sys.argv[1]))))
recognizer = vosk.KaldiRecognizer(model, 16000)
with wave.open(sys.argv[2]) as handle:
    while data := handle.readframes(4000):
        recognizer.AcceptWaveform(data)
recognizer.FinalResult()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, model: Path, wav: Path) -> float:
    out = subprocess.run([sys.executable, "-c", code, str(model), str(wav)], check=True,
                         capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024  # KiB -> MiB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    model = ko_model_path()
    tracks = [speech_track(args.seconds, offset=i)[0] for i in range(4)]
    length = min(len(t) for t in tracks)
    with tempfile.TemporaryDirectory() as tmp:
        mono = write_wav(Path(tmp) / "mono.wav", tracks[0][:length])
        bare = run(CHILD_BARE, model, mono)
        print(f"bare Vosk, model + 1 recognizer: {bare:.0f} MiB peak")
        for n in (1, 2, 4):
            wav = write_wav(Path(tmp) / f"ch{n}.wav",
                            np.stack([t[:length] for t in tracks[:n]], axis=1))
            app = run(CHILD_APP, model, wav)
            print(f"courtdesk, {n} channel(s): {app:.0f} MiB peak; ratio app/raw {app / bare:.2f}"
                  f" (a model per channel would be ~{bare * n:.0f} MiB)")


if __name__ == "__main__":
    main()
