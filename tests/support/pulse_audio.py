"""A private PulseAudio server: a live microphone that can be made to vanish and come back.

ALSA's ``pulse`` plugin (Debian libasound2-plugins) gives PortAudio a capture device that
reads from this server's null sink monitor, in real time. Killing the server ends that
stream the way an unplugged USB microphone does (PortAudio's stream thread stops on the
device's error and calls its finished callback); while it is down the device cannot be
opened; started again, it opens as before.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

ALSA_PCM = """
pcm.{name} {{
  type pulse
  server "unix:{socket}"
  device "court.monitor"
}}
"""


class PulseServer:
    def __init__(self, folder: Path, rate: int = 16000, channels: int = 1) -> None:
        if not shutil.which("pulseaudio"):
            pytest.skip("needs PulseAudio (Debian: pulseaudio libasound2-plugins)")
        if not any(Path(p).exists() for p in (
                "/usr/lib/x86_64-linux-gnu/alsa-lib/libasound_module_pcm_pulse.so",
                "/usr/lib/aarch64-linux-gnu/alsa-lib/libasound_module_pcm_pulse.so")):
            pytest.skip("needs ALSA's pulse plugin (Debian: libasound2-plugins)")
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.socket = self.folder / "native"
        self.rate, self.channels = rate, channels
        self.process: subprocess.Popen | None = None

    def alsa_config(self, name: str = "courtmic") -> Path:
        """An ALSA config (to add to ALSA_CONFIG_PATH) with a capture device ``name``."""
        conf = self.folder / "asound.conf"
        conf.write_text(ALSA_PCM.format(name=name, socket=self.socket))
        return conf

    def start(self, timeout: float = 20) -> None:
        self.socket.unlink(missing_ok=True)
        env = {**os.environ, "HOME": str(self.folder), "PULSE_RUNTIME_PATH": str(self.folder),
               "PULSE_STATE_PATH": str(self.folder / "state")}
        self.process = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--disallow-exit", "--log-target=stderr",
             "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
             "-L", f"module-null-sink sink_name=court rate={self.rate} "
                   f"channels={self.channels}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pulseaudio exited with {self.process.returncode}")
            try:
                with socket.socket(socket.AF_UNIX) as probe:
                    probe.connect(str(self.socket))
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("pulseaudio did not open its socket")

    def kill(self) -> None:
        """Gone at once, as a pulled cable is."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
        self.process = None

    def __enter__(self) -> PulseServer:
        self.start()
        return self

    def __exit__(self, *_) -> None:
        self.kill()
