"""End of utterance -> final segment delivered, on a paced (real-time) source.

The real HearingSession (recorder, store, per-channel worker) listens to a file played at
real-time speed; for each final segment, latency = delivery time - end of its last word.
Bare Vosk is measured the same way on the same model files, blocks and cuts for the ratio.
Both run twice: as at the start of issue 10 ("before": the model's own endpoint rules, 0.25 s
blocks) and as a live hearing runs now ("after": LIVE_ENDPOINTING, the pause heard in the
audio (speech/endpoint.py), a device's 0.1 s blocks); the words of the two are compared
(what the tuning costs in segment quality).

The phrases are espeak-ng speech over a room's noise (pink, --room-db, default -50 dBFS);
``--room-db none`` leaves digital silence between them, which no microphone gives.

    python bench/latency.py [--seconds 40] [--room-db -50]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _speech_audio import PHRASES, ko_model_path, speech_track, write_wav


def endpoint_rules(model_dir: Path) -> str:
    rules = [line.removeprefix("--endpoint.").replace(".min-trailing-silence", "")
             for line in (model_dir / "conf" / "model.conf").read_text().splitlines()
             if line.startswith("--endpoint.rule") and "min-trailing-silence" in line]
    return ", ".join(rules)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# name: (model's endpoint rules {} or courtdesk's None, pause heard after ms or None, block)
SETUPS = {"before": ({}, None, 4000), "after": (None, 300, 1600)}


def bare_latencies(model, samples, silence_ms, block) -> list[float]:
    import vosk

    from courtdesk.speech.endpoint import SilenceEndpoint

    recognizer = vosk.KaldiRecognizer(model.vosk_model, 16000)
    recognizer.SetWords(True)
    pause = SilenceEndpoint(16000, silence_ms) if silence_ms else None
    started = time.monotonic()
    latencies = []
    for start in range(0, len(samples), block):
        due = started + (start + block) / 16000
        time.sleep(max(0.0, due - time.monotonic()))
        pcm = samples[start:start + block].tobytes()
        ended = recognizer.AcceptWaveform(pcm)
        paused = pause is not None and pause.heard(pcm)
        if ended and pause is not None:
            pause.utterance_ended()
        if ended or paused:
            result = recognizer.Result() if ended else recognizer.FinalResult()
            words = json.loads(result).get("result", [])
            if words:
                latencies.append(time.monotonic() - started - words[-1]["end"])
    return latencies


def app_latencies(model, wav: Path, silence_ms, block) -> list[float]:
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.casebook import CaseBook
    from courtdesk.app.hearings import HearingBook
    from courtdesk.common.roles import Role
    from courtdesk.offline_cache import store_key
    from courtdesk.offline_cache.store import LocalStore
    from courtdesk.speech.engine import ChannelRecognizer
    from courtdesk.speech.session import HearingSession
    from courtdesk.speech.sources import FileSource, PacedSource

    store_key.SCRYPT_N = 2**12
    with tempfile.TemporaryDirectory() as tmp:
        store = LocalStore.open(Path(tmp) / "store", lambda r: "bench passphrase")
        book = AccountBook(store)
        admin = book.create(None, "it", "IT", Role.IT_ADMIN, "password1")
        clerk = book.create(admin, "clerk", "clerk", Role.CLERK, "password1")
        case = CaseBook(store, clerk).create_case("(2026)bench", "bench")
        hearing = HearingBook(store, clerk).hearing_to_record(case["id"], None)
        latencies: list[float] = []
        started: list[float] = []

        def listen(event: dict) -> None:
            if event["type"] == "segment":
                latencies.append(time.monotonic() - started[0]
                                 - event["segment"]["end_ms"] / 1000)

        session = HearingSession(
            store, hearing["id"], PacedSource(FileSource(wav, block)), model, {0: "judge"},
            actor=clerk.actor, listener=listen, block_frames=block,
            recognizer_factory=lambda m, rate, channel: ChannelRecognizer(
                m, rate, channel, end_after_silence_ms=silence_ms))
        started.append(time.monotonic())
        thread = threading.Thread(target=session.run)
        thread.start()
        thread.join()
        store.close()
    # The last segment is flushed at end of stream, not by an endpoint: leave it out.
    return latencies[:-1]


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance in words."""
    row = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        previous, row[0] = row[0], i
        for j, hyp in enumerate(hypothesis, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           previous + (ref != hyp))
    return row[-1]


def audio_time_latencies(model, samples, silence_ms, block
                         ) -> tuple[list[float], list[list[str]]]:
    """Where in the stream each final came (its block's end) minus its last word's end.

    Independent of the machine's load (the wall-clock figures are not: a decoder that falls
    behind real time adds its lag to every one). Also every segment's words, last included.
    """
    from courtdesk.speech.engine import ChannelRecognizer, Utterance

    recognizer = ChannelRecognizer(model, 16000, partial_every_ms=500,
                                   end_after_silence_ms=silence_ms)
    latencies, segments = [], []
    for start in range(0, len(samples), block):
        for event in recognizer.accept(samples[start:start + block].tobytes()):
            if isinstance(event, Utterance):
                latencies.append((start + block) / 16000 - event.words[-1].end)
                segments.append([w.word for w in event.words])
    segments += [[w.word for w in u.words] for u in recognizer.finish()]
    return latencies, segments


def with_room_noise(samples, dbfs: float):
    """``samples`` plus pink noise at ``dbfs`` (sox, a repeatable seed)."""
    import subprocess

    import numpy as np

    raw = subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", "-t", "raw",
                          "-", "synth", f"{len(samples) / 16000 + 1:.3f}", "pinknoise",
                          "gain", "-n",
                          f"{dbfs}"], capture_output=True, check=True).stdout
    room = np.frombuffer(raw, dtype=np.int16)[:len(samples)].astype(np.int32)
    return np.clip(samples.astype(np.int32) + room, -32768, 32767).astype(np.int16)


def hangul(text: str) -> list[str]:
    return [ch for ch in text if "\uac00" <= ch <= "\ud7a3"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--room-db", default="-50", help="pink room noise, dBFS, or none")
    args = parser.parse_args()
    from courtdesk.speech.engine import SpeechModel

    samples, ends = speech_track(args.seconds, gap_s=1.5)
    if args.room_db != "none":
        samples = with_room_noise(samples, float(args.room_db))
    spoken = hangul("".join(PHRASES[i % len(PHRASES)] for i in range(len(ends))))
    models = {name: SpeechModel(ko_model_path(), "ko", endpointing=rules)
              for name, (rules, _, _) in SETUPS.items()}
    figures: dict[str, dict[str, list[float]]] = {}
    segments: dict[str, list[list[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        wav = write_wav(Path(tmp) / "hearing.wav", samples)
        for name, model in models.items():
            _, silence_ms, block = SETUPS[name]
            audio, segments[name] = audio_time_latencies(model, samples, silence_ms, block)
            figures[name] = {
                "courtdesk (wall clock)": app_latencies(model, wav, silence_ms, block),
                "bare Vosk (wall clock)": bare_latencies(model, samples, silence_ms, block),
                "courtdesk (audio time)": audio}
    print(f"room noise: {args.room_db} dBFS" if args.room_db != "none"
          else "digital silence between phrases")
    for name, model in models.items():
        _, silence_ms, block = SETUPS[name]
        pause = f"pause heard after {silence_ms} ms" if silence_ms else "no pause heard"
        print(f"{name} ({endpoint_rules(model.load_path)}; {pause}; {block / 16:.0f} ms blocks):")
        for side, values in figures[name].items():
            print(f"  {side}: {len(values)} utterances; p50 {statistics.median(values) * 1000:.0f}"
                  f" ms, p95 {percentile(values, 0.95) * 1000:.0f} ms")
        app, raw = figures[name]["courtdesk (wall clock)"], figures[name]["bare Vosk (wall clock)"]
        print(f"  ratio app/raw (wall clock): p50 "
              f"{statistics.median(app) / statistics.median(raw):.2f}, "
              f"p95 {percentile(app, 0.95) / percentile(raw, 0.95):.2f}")
        heard = hangul("".join(w for seg in segments[name] for w in seg))
        print(f"  {len(segments[name])} segments; character error rate against the spoken text "
              f"{word_errors(spoken, heard) / len(spoken):.1%} (synthetic voice: high either way)")
    before = [w for seg in segments["before"] for w in seg]
    after = [w for seg in segments["after"] for w in seg]
    print(f"words {len(before)} before, {len(after)} after; after differs from before in "
          f"{word_errors(before, after)} words")
    for clock in ("audio time", "wall clock"):
        p95 = percentile(figures["after"][f"courtdesk ({clock})"], 0.95) * 1000
        print(f"goal: courtdesk p95 <= 800 ms after tuning ({clock}): {p95:.0f} ms "
              f"({'met' if p95 <= 800 else 'NOT met'})")


if __name__ == "__main__":
    main()
