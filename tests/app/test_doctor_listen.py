"""Doctor's microphone level check through the real PortAudio path: ALSA's file device
plays multi-channel audio (a dead channel, a clipping one, all good), a device that blocks
for ever, and a hearing recording from the device while doctor runs. Each run is the real
`courtdesk doctor --json` in a process of its own (PortAudio reads the ALSA configuration
when it starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.timeout(180)

RATE = 16000
ALSA = """
pcm.{name} {{
  type file
  slave.pcm "null"
  file "/dev/null"
  infile "{raw}"
  format "raw"
}}
"""


def _voice(seconds: float, seed: int) -> np.ndarray:
    """A voice-like signal: a few harmonics, a syllable rhythm, a noise floor (about -25 dBFS)."""
    t = np.arange(int(seconds * RATE)) / RATE
    pitch = 120 + 20 * seed
    tone = sum(np.sin(2 * np.pi * pitch * k * t) / k for k in range(1, 6))
    rhythm = 0.55 + 0.45 * np.sin(2 * np.pi * 4 * t)
    noise = np.random.default_rng(seed).normal(0, 0.01, len(t))
    return (tone * rhythm * 0.08 + noise) * 32767


def _raw(path: Path, channels: list[np.ndarray]) -> Path:
    pcm = np.clip(np.stack(channels, axis=1), -32768, 32767).astype("<i2")
    path.write_bytes(pcm.tobytes())
    return path


@pytest.fixture(scope="module")
def rig(tmp_path_factory) -> dict:
    """Three input devices: 'good' (two live microphones), 'mixer' (four inputs, the second
    unplugged, the fourth clipping) and 'loud' (the second clipping)."""
    assert Path("/usr/share/alsa/alsa.conf").exists(), "ALSA's configuration (libasound2)"
    folder = tmp_path_factory.mktemp("doctor-listen")
    seconds = 6.0  # more than doctor listens to: the file device never runs dry mid-check
    voice = [_voice(seconds, seed) for seed in range(3)]
    silent = np.zeros_like(voice[0])
    clipped = voice[2] * 12  # far past full scale: a gain turned up too high
    raws = {"good": _raw(folder / "good.raw", [voice[0], voice[1]]),
            "mixer": _raw(folder / "mixer.raw", [voice[0], silent, voice[1], clipped]),
            "loud": _raw(folder / "loud.raw", [voice[0], clipped])}
    conf = folder / "asound.conf"
    conf.write_text("".join(ALSA.format(name=n, raw=r) for n, r in raws.items()))
    (folder / "tmp").mkdir()
    return {"folder": folder, "conf": conf}


def _env(rig: dict, tmp_path: Path, conf: Path | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COURTDESK_", "ALSA_"))}
    env.update(ALSA_CONFIG_PATH=f"/usr/share/alsa/alsa.conf:{conf or rig['conf']}",
               HOME=str(tmp_path), COURTDESK_HOME=str(tmp_path / "home"),
               COURTDESK_MODELS=str(tmp_path / "models"),
               COURTDESK_CONFIG=str(tmp_path / "courtdesk.toml"),
               # The recording claim lives in the temp folder: this test's own, so hearings
               # other tests record at the same time are not seen here.
               TMPDIR=str(rig["folder"] / "tmp"))
    return env


def _doctor(rig: dict, tmp_path: Path, config: str, *extra: str,
            conf: Path | None = None) -> tuple[dict, subprocess.CompletedProcess, float]:
    (tmp_path / "courtdesk.toml").write_text(config, "utf-8")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "doctor", "--json",
                             "--no-load", *extra], env=_env(rig, tmp_path, conf),
                            capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - started
    assert "Traceback" not in result.stderr, result.stderr
    return {c["name"]: c for c in json.loads(result.stdout)}, result, elapsed


def test_every_live_microphone_delivers_signal(rig, tmp_path):
    by, _, _ = _doctor(rig, tmp_path, '[audio]\ndevice = "good"\n'
                       'microphones = { 1 = "presiding_judge", 2 = "clerk" }\n')
    mics = by["microphones"]
    assert by["audio"]["status"] == "ok", by["audio"]
    assert mics["status"] == "ok", mics
    assert [c["status"] for c in mics["details"]["channels"]] == ["ok", "ok"]
    for level in mics["details"]["channels"]:
        assert -40 < level["rms_dbfs"] < -10 and level["peak_dbfs"] < 0
    assert "channel 1 (presiding_judge)" in mics["summary"]
    assert mics["details"]["sample_rate"] == 16000 and mics["details"]["listen_ms"] < 5000


def test_a_dead_channel_is_a_fault_naming_channel_and_role(rig, tmp_path):
    by, result, _ = _doctor(rig, tmp_path, '[audio]\ndevice = "mixer"\nmicrophones = { '
                            '1 = "presiding_judge", 2 = "plaintiff", 3 = "defendant", '
                            '4 = "witness" }\n')
    mics = by["microphones"]
    assert mics["status"] == "fault" and result.returncode == 1
    assert "channel 2 (plaintiff): no signal" in mics["summary"]
    assert "channel 1" not in mics["summary"] and "channel 3" not in mics["summary"]
    assert "plugged into input 2" in mics["fix"] and "not muted" in mics["fix"]
    states = {c["channel"]: c["status"] for c in mics["details"]["channels"]}
    assert states == {1: "ok", 2: "silent", 3: "ok", 4: "clipping"}
    dead = mics["details"]["channels"][1]
    assert dead["rms_dbfs"] == dead["peak_dbfs"] == -120.0
    # Disk hours follow the recorder's real format: 4 channels x 16 kHz x 2 bytes.
    assert by["disk"]["details"]["channels"] == 4
    assert by["disk"]["details"]["bytes_per_hour"] >= 4 * 16000 * 2 * 3600


def test_a_clipping_channel_is_a_warning(rig, tmp_path):
    by, _, _ = _doctor(rig, tmp_path, '[audio]\ndevice = "loud"\n'
                            'microphones = { 1 = "judge", 2 = "witness" }\n')
    mics = by["microphones"]
    assert mics["status"] == "warn", mics
    assert "channel 2 (witness) clips" in mics["summary"]
    assert "gain of input 2" in mics["fix"]
    assert mics["details"]["channels"][1]["peak_dbfs"] == 0.0


def test_no_listen_opens_no_microphone(rig, tmp_path):
    by, _, _ = _doctor(rig, tmp_path, '[audio]\ndevice = "mixer"\nmicrophones = { '
                       '1 = "judge", 2 = "plaintiff", 3 = "defendant", 4 = "witness" }\n',
                       "--no-listen")
    assert by["microphones"]["status"] == "skip" and "--no-listen" in by["microphones"]["summary"]


RECORDING_THEN_DOCTOR = """
import json, sys
from dataclasses import asdict
from pathlib import Path
from courtdesk.app import doctor
from courtdesk.speech.sources import DeviceSource

source = DeviceSource("good", channels=2)
blocks = source.blocks()
next(blocks)  # the hearing's input stream is open and recording
checks = doctor.run_checks(Path(sys.argv[1]), config_path=Path(sys.argv[2]), load=True)
source.stop()
for _ in blocks:
    pass
after = doctor.run_checks(Path(sys.argv[1]), config_path=Path(sys.argv[2]), load=False)
print(json.dumps([[asdict(c) for c in checks], [asdict(c) for c in after]]))
"""


def test_doctor_never_opens_a_microphone_a_hearing_records_from(rig, tmp_path):
    config = tmp_path / "courtdesk.toml"
    config.write_text('[audio]\ndevice = "good"\nmicrophones = { 1 = "judge", 2 = "clerk" }\n'
                      '[speech]\nlanguage = "ko"\n', "utf-8")
    result = subprocess.run([sys.executable, "-c", RECORDING_THEN_DOCTOR,
                             str(tmp_path / "home"), str(config)],
                            env=_env(rig, tmp_path), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    during, after = ({c["name"]: c for c in run} for run in json.loads(result.stdout))
    assert during["microphones"]["status"] == "skip"
    assert "a hearing is recording on this PC" in during["microphones"]["summary"]
    assert during["models"]["details"]["load_skipped"] == "a hearing is recording"
    assert after["microphones"]["status"] == "ok"  # the hearing stopped: doctor listens


def test_a_device_that_blocks_does_not_hang_doctor(rig, tmp_path):
    """An ALSA device reading a pipe nobody writes: opening it waits for ever, and PortAudio
    opens every device when it starts."""
    fifo = tmp_path / "nobody-writes.fifo"
    os.mkfifo(fifo)
    conf = tmp_path / "stuck.conf"
    conf.write_text(ALSA.format(name="stuck", raw=fifo))
    by, result, elapsed = _doctor(rig, tmp_path, '[audio]\ndevice = "stuck"\n', conf=conf)
    assert by["audio"]["status"] == "fault" and result.returncode == 1
    assert "did not answer within 10 s" in by["audio"]["summary"] and by["audio"]["fix"]
    assert by["microphones"]["status"] == "skip"
    assert by["disk"]["status"] in ("ok", "warn") and by["fonts"]["status"] == "ok"
    assert elapsed < 60


def test_a_device_that_stops_delivering_is_a_fault_in_bounded_time(rig, tmp_path):
    """A device that opens and then delivers nothing: ALSA's file device on a pipe that had
    a few bytes and then goes quiet, like a mixer whose USB link hangs."""
    fifo = tmp_path / "quiet.fifo"
    os.mkfifo(fifo)
    conf = tmp_path / "stall.conf"
    conf.write_text(ALSA.format(name="stall", raw=fifo))
    # Held open for writing here (O_RDWR waits for no reader), so opening the device never
    # waits; reading it does, once the few bytes are taken.
    writer = os.open(fifo, os.O_RDWR)
    os.write(writer, b"\1" * 64)
    try:
        by, result, elapsed = _doctor(rig, tmp_path, '[audio]\ndevice = "stall"\n'
                                      'microphones = { 1 = "judge" }\n', conf=conf)
    finally:
        os.close(writer)
    assert by["audio"]["status"] == "ok", by["audio"]
    mics = by["microphones"]
    assert mics["status"] == "fault" and result.returncode == 1
    assert "the device blocks" in mics["summary"] and "could not record" in mics["summary"]
    assert mics["fix"]
    assert by["disk"]["status"] in ("ok", "warn")  # every later check still ran
    assert elapsed < 45  # doctor ended: it did not wait on the stuck device at exit
