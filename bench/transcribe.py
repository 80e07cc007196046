"""File transcription: courtdesk against a bare Vosk KaldiRecognizer on the same audio.

Both use the same model files (courtdesk's dither-off view) and the same 0.25 s blocks;
they alternate, three rounds each, and the medians are compared. Goal: ratio <= 1.10.

    python bench/transcribe.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _speech_audio import ko_model_path, speech_track, write_wav


def bare(vosk_model, samples) -> list[str]:
    import vosk

    recognizer = vosk.KaldiRecognizer(vosk_model, 16000)
    recognizer.SetWords(True)
    texts = []
    for start in range(0, len(samples), 4000):
        if recognizer.AcceptWaveform(samples[start:start + 4000].tobytes()):
            texts.append(json.loads(recognizer.Result())["text"])
    texts.append(json.loads(recognizer.FinalResult())["text"])
    return [t for t in texts if t]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from courtdesk.speech.engine import SpeechModel
    from courtdesk.speech.transcribe import transcribe_file

    samples, _ = speech_track(args.seconds)
    with tempfile.TemporaryDirectory() as tmp:
        wav = write_wav(Path(tmp) / "hearing.wav", samples)
        model = SpeechModel.shared(ko_model_path(), "ko")
        app_times, raw_times = [], []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            raw_texts = bare(model.vosk_model, samples)
            raw_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            items = transcribe_file(wav, model)
            app_times.append(time.perf_counter() - t0)
        same = [i.utterance.raw_text for i in items] == raw_texts
    audio_s = len(samples) / 16000
    app, raw = statistics.median(app_times), statistics.median(raw_times)
    print(f"audio: {audio_s:.1f} s, {len(raw_texts)} utterances; transcripts identical: {same}")
    print(f"bare KaldiRecognizer: {raw:.2f} s (RTF {raw / audio_s:.3f})")
    print(f"courtdesk transcribe: {app:.2f} s (RTF {app / audio_s:.3f})")
    print(f"ratio app/raw: {app / raw:.3f}  (goal <= 1.10)")


if __name__ == "__main__":
    main()
