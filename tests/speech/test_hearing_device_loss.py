"""A microphone that disappears mid-hearing and comes back, seen on the CLI.

The microphone is a real PortAudio device: ALSA's pulse plugin reading a private
PulseAudio server in real time (tests/support/pulse_audio.py). Killing the server kills the
stream as an unplugged USB microphone does; while it is down the device cannot be opened
(the session's reopen attempts fail); started again, the session reattaches by itself.
"""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest
from pulse_audio import PulseServer
from test_hearing_session import PASSPHRASE, cli_env, prepare_profile

from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.recorder import verify_recording


class Lines:
    """Both pipes of a process, read as they come: (moment, "out"|"err", line)."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.queue: queue.Queue = queue.Queue()
        self.seen: list[tuple[float, str, str]] = []
        for name, pipe in (("out", process.stdout), ("err", process.stderr)):
            threading.Thread(target=self._read, args=(name, pipe), daemon=True).start()

    def _read(self, name: str, pipe) -> None:
        for line in pipe:
            self.queue.put((time.monotonic(), name, line.rstrip("\n")))
        self.queue.put((time.monotonic(), name, None))

    def until(self, wanted, timeout: float) -> tuple[float, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                at, name, line = self.queue.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                continue
            self.seen.append((at, name, line))
            if wanted(name, line):
                return at, line
        raise AssertionError("not seen in time; so far:\n"
                             + "\n".join(line for _, _, line in self.seen[-30:]))

    def rest(self, timeout: float) -> None:
        ends, deadline = 0, time.monotonic() + timeout
        while ends < 2 and time.monotonic() < deadline:
            try:
                at, name, line = self.queue.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                ends += 1
            else:
                self.seen.append((at, name, line))


def json_event(kind: str, state: str | None = None):
    def wanted(name: str, line: str) -> bool:
        if name != "out":
            return False
        event = json.loads(line)
        return event["type"] == kind and (state is None or event.get("state") == state)
    return wanted


def text_line(fragment: str):
    return lambda name, line: name == "err" and fragment in line


@pytest.mark.timeout(240)
@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_a_vanished_microphone_is_reported_and_reattached_on_the_cli(tmp_path, as_json):
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    pulse = PulseServer(tmp_path / "pulse")
    env = cli_env(home, {"ALSA_CONFIG_PATH":
                         f"/usr/share/alsa/alsa.conf:{pulse.alsa_config('courtmic')}"})
    pulse.start()
    process = subprocess.Popen(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--device", "courtmic", "--roles", "0=judge", "--no-asr", "--seconds", "180",
         "--progress", *(["--json"] if as_json else [])],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = Lines(process)
    try:
        def captured(seconds: float):
            def wanted(name: str, line: str) -> bool:
                if name != "out":
                    return False
                frames = json.loads(line).get("frames", 0) if as_json else \
                    int(line.split()[1]) if line.startswith("captured ") else 0
                return frames >= seconds * 16000
            return wanted

        lines.until(captured(2), timeout=90)  # a model-free start, then real time
        pulse.kill()
        killed = time.monotonic()
        lost_at, lost = lines.until(json_event("device", "lost") if as_json
                                    else text_line("stopped delivering audio"), timeout=10)
        assert lost_at - killed < 3
        time.sleep(3)  # at least one reopen attempt finds no device
        pulse.start()
        restarted = time.monotonic()
        back_at, back = lines.until(json_event("device", "back") if as_json
                                    else text_line("Microphone back after"), timeout=15)
        assert back_at - restarted < 5
        lines.until(captured(4), timeout=30)
        process.send_signal(signal.SIGINT)
        lines.rest(timeout=30)
        process.wait(timeout=30)
    finally:
        process.kill()
        pulse.kill()
    assert process.returncode == 0, "\n".join(line for _, _, line in lines.seen)
    if as_json:
        lost, back = json.loads(lost), json.loads(back)
        assert lost["code"] == "device_lost" and "judge" in lost["message"]
        assert "channel" not in lost  # the whole device, not one channel of it
        assert back["code"] == "device_back" and back["position_ms"] > 5000
        summary = json.loads(next(line for _, name, line in reversed(lines.seen)
                                  if name == "out"))
        hearing_id = summary["hearing_id"]
    else:
        assert lost.startswith("courtdesk: ") and "Microphones affected: judge" in lost
        assert back.startswith("courtdesk: Microphone back after")
        hearing_id = json.loads(subprocess.run(
            [sys.executable, "-m", "courtdesk.app", "hearing", "list", "--case", case_id,
             "--json"], env=cli_env(home, {}), capture_output=True, text=True,
            timeout=120).stdout)[0]["id"]
    s = LocalStore.open(home / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        recordings = s.query("SELECT * FROM recordings WHERE hearing_id = ? ORDER BY offset_ms",
                             (hearing_id,))
        assert [r["state"] for r in recordings] == ["interrupted", "stopped"]
        assert recordings[0]["frames"] >= 2 * 16000
        assert recordings[1]["offset_ms"] >= recordings[0]["frames"] // 16 + 2000
        assert all(verify_recording(s, r["id"]) == [] for r in recordings)
        assert s.get("hearings", hearing_id)["status"] == "recorded"
    finally:
        s.close()
