"""A hearing's state after a crash, beside a live recording, and after a start that failed.

Real processes: `courtdesk hearing record` recording a file at real-time speed (paced)
in one process, other courtdesk commands in others, kill -9 for the crash.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from test_hearing_session import cli_env, prepare_profile

from speech_audio import read_wav, write_wav


def courtdesk(home, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=cli_env(home, {}),
                          capture_output=True, text=True, timeout=timeout)


def show(home, hearing_id: str) -> dict:
    shown = courtdesk(home, "hearing", "show", hearing_id, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def hearings_of(home, case_id: str) -> list[dict]:
    listed = courtdesk(home, "hearing", "list", "--case", case_id, "--json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


@pytest.mark.timeout(300)
def test_a_live_recording_is_left_alone_and_a_killed_one_is_closed(tmp_path, hearing_audio):
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    long_wav = write_wav(tmp_path / "long.wav", np.tile(read_wav(hearing_audio["mono"]), 10))
    recorder = subprocess.Popen(
        [sys.executable, "-m", "courtdesk.app", "hearing", "record", "--case", case_id,
         "--file", str(long_wav), "--paced", "--no-asr", "--roles", "0=judge"],
        env=cli_env(home, {}), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = recorder.stderr.readline()
        assert line.startswith("recording hearing "), line + recorder.stderr.read()
        hearing_id = line.split()[2]
        time.sleep(3)  # some audio reaches the store
        # A second terminal looks at the hearing while it records: nothing changes.
        for _ in range(2):
            live = show(home, hearing_id)
            assert live["hearing"]["status"] == "in_progress"
            assert [r["state"] for r in live["recordings"]] == ["recording"]
        assert recorder.poll() is None
        time.sleep(2)
    finally:
        recorder.send_signal(signal.SIGKILL)
        recorder.communicate(timeout=30)
    # The next courtdesk closes what the killed one left open.
    after = show(home, hearing_id)
    assert [r["state"] for r in after["recordings"]] == ["interrupted"]
    assert after["recordings"][0]["frames"] >= 3 * 16000
    assert after["hearing"]["status"] == "interrupted"
    assert after["hearing"]["ended_at"] >= after["hearing"]["started_at"] > ""
    assert show(home, hearing_id)["hearing"] == after["hearing"]  # once, not at every start


@pytest.mark.timeout(300)
@pytest.mark.parametrize("problem", ["device", "model"])
def test_a_recording_that_fails_to_start_leaves_no_hearing(tmp_path, hearing_audio, problem):
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    what = (["--device", "no-such-microphone"] if problem == "device"
            else ["--file", str(hearing_audio["mono"]), "--model", str(tmp_path / "no-model")])
    failed = courtdesk(home, "hearing", "record", "--case", case_id, "--seconds", "5", *what)
    assert failed.returncode != 0
    assert "courtdesk:" in failed.stderr
    assert hearings_of(home, case_id) == []
