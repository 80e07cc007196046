"""How many channels courtdesk transcribes in real time, against what bare Vosk allows.

Bare: one KaldiRecognizer over one channel gives the real-time factor (RTF); with C cores,
floor(C / RTF) channels is the most any program could hold (the bound). Bare Vosk is also
run the way courtdesk runs: N recognizers on N threads over the same model, each fed its
own channel in 0.25 s blocks. courtdesk: an N-channel WAV through the file pipeline
(``transcribe_source``'s parts: libsndfile reading, the 0.25 s reblocking, a
``ChannelWorker`` and ``ChannelRecognizer`` per channel, one shared model). A side holds N
channels when every channel is done within the audio's duration; a channel's lag is when it
finished minus the audio's length (negative: ahead of real time). N starts at the bound and
goes down until both sides hold, then up while either does; at the bound both sides run
``--rounds`` alternating rounds and the median wall time decides. CPU time per channel is
printed too (other load on the machine moves it far less than wall time). Goal: held >= 90%
of the bound. Takes about 3 minutes on an idle machine.

    python bench/channels.py [--seconds 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from _speech_audio import ko_model_path, speech_track, write_wav
from transcribe import bare

BLOCK = 4000  # frames, both sides


def bare_threads(vosk_model, tracks: list[np.ndarray]) -> tuple[float, list[float]]:
    """N bare recognizers on N threads; the wall time and each channel's finish time."""
    import vosk

    finished = [0.0] * len(tracks)
    go = threading.Barrier(len(tracks) + 1)

    def run(channel: int) -> None:
        recognizer = vosk.KaldiRecognizer(vosk_model, 16000)
        recognizer.SetWords(True)
        pcm = tracks[channel].tobytes()
        go.wait()
        for start in range(0, len(pcm), 2 * BLOCK):
            if recognizer.AcceptWaveform(pcm[start:start + 2 * BLOCK]):
                json.loads(recognizer.Result())
        json.loads(recognizer.FinalResult())
        finished[channel] = time.perf_counter()

    threads = [threading.Thread(target=run, args=(c,)) for c in range(len(tracks))]
    for thread in threads:
        thread.start()
    go.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - t0, [t - t0 for t in finished]


def courtdesk_file(wav: Path, model) -> tuple[float, list[float]]:
    """The file pipeline of ``transcribe_source``; each channel's recognizer notes when
    it has finished its last block."""
    from courtdesk.speech.channel_worker import ChannelWorker
    from courtdesk.speech.engine import ChannelRecognizer
    from courtdesk.speech.sources import FileSource, reblock

    class NotedFinish(ChannelRecognizer):
        finished_at = 0.0

        def finish(self):
            events = super().finish()
            self.finished_at = time.perf_counter()
            return events

    finals = []
    t0 = time.perf_counter()
    source = FileSource(wav, BLOCK)
    workers = [ChannelWorker(NotedFinish(model, source.sample_rate, channel,
                                         partial_every_ms=None), finals.append)
               for channel in range(source.channels)]
    for worker in workers:
        worker.start()
    for block in reblock(source.blocks(), BLOCK):
        for channel, worker in enumerate(workers):
            worker.feed(block.channel_bytes(channel))
    for worker in workers:
        worker.close()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - t0
    assert not any(w.error for w in workers), [w.error for w in workers]
    return wall, [w.recognizer.finished_at - t0 for w in workers]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from courtdesk.speech.engine import SpeechModel

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = SpeechModel.shared(ko_model_path(), "ko")
    tracks = [speech_track(args.seconds, offset=i)[0] for i in range(8)]
    length = min(len(t) for t in tracks)
    tracks = [t[:length] for t in tracks]
    audio_s = length / 16000
    bare(model.vosk_model, tracks[0])  # the model's pages into memory, for both sides
    rtfs = []
    for _ in range(3):
        t0 = time.perf_counter()
        bare(model.vosk_model, tracks[0])
        rtfs.append((time.perf_counter() - t0) / audio_s)
    rtf = statistics.median(rtfs)
    bound = max(1, min(8, math.floor(cores / rtf)))
    print(f"cores: {cores}; bare RTF {rtf:.3f} (median of 3); bound floor(cores/RTF) = "
          f"{bound} channels; {audio_s:.1f} s of audio per channel")

    held = {"courtdesk": 0, "bare": 0}
    walls_at_bound: dict[str, float] = {}
    cpus: dict[str, list[float]] = {"courtdesk": [], "bare": []}
    with tempfile.TemporaryDirectory() as tmp:

        def measure(n: int, rounds: int) -> dict[str, float]:
            wav = write_wav(Path(tmp) / f"ch{n}.wav", np.stack(tracks[:n], axis=1))
            walls: dict[str, list[float]] = {"courtdesk": [], "bare": []}
            for round_no in range(rounds):
                order = ("courtdesk", "bare") if round_no % 2 == 0 else ("bare", "courtdesk")
                for side in order:
                    cpu = time.process_time()
                    wall, finished = (courtdesk_file(wav, model) if side == "courtdesk"
                                      else bare_threads(model.vosk_model, tracks[:n]))
                    cpu = time.process_time() - cpu
                    walls[side].append(wall)
                    if n == bound:
                        cpus[side].append(cpu / n / audio_s)
                    lags = " ".join(f"{f - audio_s:+.1f}" for f in finished)
                    print(f"  {n} channels, {side:9}: {wall:5.1f} s "
                          f"({'real time' if wall <= audio_s else 'too slow'}), CPU "
                          f"{cpu / n / audio_s:.3f} s per channel-second; "
                          f"lag per channel (s): {lags}")
            return {side: statistics.median(w) for side, w in walls.items()}

        seen: dict[int, dict[str, float]] = {bound: measure(bound, args.rounds)}
        walls_at_bound = seen[bound]

        def fits(n: int, side: str) -> bool:
            return seen[n][side] <= audio_s

        n = bound  # down until both sides hold, then up while either does
        while n > 1 and not all(fits(n, side) for side in held):
            n -= 1
            seen[n] = measure(n, 1)
        n = bound
        while n < 8 and any(fits(n, side) for side in held):
            n += 1
            seen[n] = measure(n, 1)
        for side in held:  # the most channels held, with every fewer tried held too
            for n in sorted(seen):
                if not fits(n, side):
                    break
                held[side] = n
    print(f"bare Vosk on threads holds {held['bare']} channels; courtdesk holds "
          f"{held['courtdesk']} (bound {bound}; held/bound {held['courtdesk'] / bound:.2f}, "
          f"goal >= 0.90)")
    # CPU time is far less disturbed by other work on the machine than wall time: the
    # channels the cores could carry at this CPU cost tells whether a miss is the machine's.
    cpu_app, cpu_bare = statistics.median(cpus["courtdesk"]), statistics.median(cpus["bare"])
    print(f"CPU per channel at {bound} channels (median): courtdesk {cpu_app:.3f} s, bare "
          f"{cpu_bare:.3f} s per second of audio; the cores carry at most "
          f"{cores / cpu_app:.1f} (courtdesk) and {cores / cpu_bare:.1f} (bare) such channels")
    print(f"ratio app/raw = {walls_at_bound['courtdesk'] / walls_at_bound['bare']:.2f} "
          f"(wall time for {bound} channels, medians)  held app/raw "
          f"{held['courtdesk']}/{held['bare']}")


if __name__ == "__main__":
    main()
