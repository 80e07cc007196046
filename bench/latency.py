"""End of utterance -> final segment delivered, on a paced (real-time) source.

The real HearingSession (recorder, store, per-channel worker) listens to a file played at
real-time speed; for each final segment, latency = delivery time - end of its last word.
The bound is Vosk's own endpoint delay (trailing silence the model's config asks for)
plus 300 ms. Bare Vosk is measured the same way for the ratio.

    python bench/latency.py [--seconds 40]
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

from _speech_audio import ko_model_path, speech_track, write_wav


def endpoint_delay(model_dir: Path) -> float:
    for line in (model_dir / "conf" / "model.conf").read_text().splitlines():
        if line.startswith("--endpoint.rule2.min-trailing-silence="):
            return float(line.split("=")[1])
    return 0.5


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bare_latencies(model, samples) -> list[float]:
    import vosk

    recognizer = vosk.KaldiRecognizer(model.vosk_model, 16000)
    recognizer.SetWords(True)
    started = time.monotonic()
    latencies = []
    for start in range(0, len(samples), 4000):
        due = started + (start + 4000) / 16000
        time.sleep(max(0.0, due - time.monotonic()))
        if recognizer.AcceptWaveform(samples[start:start + 4000].tobytes()):
            words = json.loads(recognizer.Result()).get("result", [])
            if words:
                latencies.append(time.monotonic() - started - words[-1]["end"])
    return latencies


def app_latencies(model, wav: Path) -> list[float]:
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.casebook import CaseBook
    from courtdesk.app.hearings import HearingBook
    from courtdesk.app.roles import Role
    from courtdesk.offline_cache import store_key
    from courtdesk.offline_cache.store import LocalStore
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

        session = HearingSession(store, hearing["id"], PacedSource(FileSource(wav)), model,
                                 {0: "judge"}, actor=clerk.actor, listener=listen)
        started.append(time.monotonic())
        thread = threading.Thread(target=session.run)
        thread.start()
        thread.join()
        store.close()
    # The last segment is flushed at end of stream, not by an endpoint: leave it out.
    return latencies[:-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=40)
    args = parser.parse_args()
    from courtdesk.speech.engine import SpeechModel

    model = SpeechModel.shared(ko_model_path(), "ko")
    samples, _ = speech_track(args.seconds, gap_s=1.5)
    delay = endpoint_delay(model.load_path)
    with tempfile.TemporaryDirectory() as tmp:
        wav = write_wav(Path(tmp) / "hearing.wav", samples)
        app = app_latencies(model, wav)
    raw = bare_latencies(model, samples)
    goal = delay + 0.3
    for name, values in (("bare Vosk", raw), ("courtdesk", app)):
        print(f"{name}: {len(values)} utterances; p50 {statistics.median(values) * 1000:.0f} ms,"
              f" p95 {percentile(values, 0.95) * 1000:.0f} ms")
    print(f"configured endpoint delay {delay * 1000:.0f} ms -> goal p95 <= {goal * 1000:.0f} ms;"
          f" Vosk's own delivery here (bare p95) + 300 ms = "
          f"{(percentile(raw, 0.95) + 0.3) * 1000:.0f} ms")
    print(f"ratio app/raw (p50): {statistics.median(app) / statistics.median(raw):.2f}")


if __name__ == "__main__":
    main()
