"""A chunk dropped from the end of a recording's manifest is found: the entry that closed
the recording recorded its chunk count and manifest hash.

Real processes: `courtdesk hearing record` from a file, the change made in the decrypted
store by a process of its own (as the store key's holder would), then `hearing show` and
`audit verify`.
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

pytestmark = pytest.mark.timeout(300)

DROP_LAST_CHUNK = """
from courtdesk.app.profile import open_store
s = open_store(create=False)
with s.transaction():
    rec_id, seq, frames = s.conn.execute(
        "SELECT recording_id, seq, frames FROM recording_chunks ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    s.conn.execute("DELETE FROM recording_chunks WHERE recording_id = ? AND seq = ?",
                   (rec_id, seq))
    s.conn.execute("UPDATE recordings SET frames = frames - ? WHERE id = ?", (frames, rec_id))
s.close()
"""


def courtdesk(home, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=cli_env(home, {}),
                          capture_output=True, text=True, timeout=120)


def drop_last_chunk_and_check(home, hearing_id: str) -> None:
    shown = courtdesk(home, "hearing", "show", hearing_id, "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["problems"] == [], shown.stdout
    assert len(json.loads(shown.stdout)["recordings"]) == 1
    subprocess.run([sys.executable, "-c", DROP_LAST_CHUNK], env=cli_env(home, {}), check=True,
                   timeout=120)

    shown = courtdesk(home, "hearing", "show", hearing_id)
    assert shown.returncode == 1, shown.stdout + shown.stderr
    assert "PROBLEM chunk" in shown.stdout and "chunk(s) were removed" in shown.stdout
    problems = json.loads(courtdesk(home, "hearing", "show", hearing_id, "--json").stdout)[
        "problems"]
    assert [p["kind"] for p in problems] == ["removed"]

    verified = courtdesk(home, "audit", "verify", "--json")
    assert verified.returncode == 1
    found = json.loads(verified.stdout)["problems"]
    assert [p["kind"] for p in found] == ["recording_cut"]
    assert "chunk(s) were removed" in found[0]["message"]


def test_a_chunk_dropped_after_the_stop_is_reported(tmp_path, hearing_audio):
    home = tmp_path / "home"
    case_id = prepare_profile(home)
    recorded = courtdesk(home, "hearing", "record", "--case", case_id, "--file",
                         str(hearing_audio["mono"]), "--no-asr", "--roles", "0=judge", "--json")
    assert recorded.returncode == 0, recorded.stderr
    summary = json.loads(recorded.stdout.splitlines()[-1])  # JSON lines; the summary last
    hearing_id = summary["hearing_id"]
    drop_last_chunk_and_check(home, hearing_id)


def test_a_chunk_dropped_after_a_crash_recovery_is_reported(tmp_path, hearing_audio):
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
        time.sleep(3)  # some chunks reach the store
    finally:
        recorder.send_signal(signal.SIGKILL)
        recorder.communicate(timeout=30)
    drop_last_chunk_and_check(home, hearing_id)  # the first show recovers, then the cut
