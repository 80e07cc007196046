"""A courtroom microphone for GUI tests: real PortAudio capture through ALSA's ``file`` device.

The device's input is a FIFO that :class:`FifoFeeder` writes at real-time pace (a plain
file would be read far faster than real time). Its output side (ALSA's ``file`` plugin
writes every captured period there too) is a FIFO that :class:`MicrophoneCable` drains
while "plugged in"; unplugged, ALSA's write fails, PortAudio's capture thread fails on it
and ends the stream, which is what a pulled USB microphone does to a live stream. Plugged
in again, the device opens again.
"""

from __future__ import annotations

import os
import select
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from speech_audio import KO_LINES, read_wav, silence, speak

BLOCK = 4000  # frames the device delivers per period; the feeder writes whole periods
ALSA_CONF = """
pcm.{name} {{
  type file
  slave.pcm "null"
  file "{cable}"
  infile "{fifo}"
  format "raw"
}}
"""


def release_input_meters() -> None:
    """Close the hearing workspaces' input meters: an idle workspace on screen keeps the
    device open, and a device about to go (its FIFO's writer, PortAudio itself) must not be."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        if widget.objectName() == "microphonePanel":
            widget.stop()
            widget.setEnabled(False)  # and stays closed while the test winds down


def open_new_hearing(qtbot, window, case_id: str):
    """The hearing workspace on a new hearing of the case (Cases → Hearings → New hearing),
    its set-up dialog accepted as it comes."""
    from courtdesk.ui.views.hearing_workspace import HearingWorkspace

    workspace = window.workspace(HearingWorkspace)
    window.open_hearing(case_id, "")
    qtbot.waitUntil(lambda: workspace.picker.setup_dialog is not None
                    and workspace.picker.setup_dialog.isVisible(), timeout=20_000)
    workspace.picker.setup_dialog.accept()
    qtbot.waitUntil(lambda: workspace.hearing is not None, timeout=20_000)
    return workspace


def rescan_audio_devices() -> None:
    sd = sys.modules.get("sounddevice")
    if sd is not None:  # PortAudio lists the devices once, when it is initialised
        sd._terminate()
        sd._initialize()


def hearing_speech(folder: Path) -> np.ndarray:
    """Three Korean sentences with pauses, padded to whole device periods."""
    lines = [read_wav(speak(text, folder / f"line{n}.wav")) for n, text in enumerate(KO_LINES)]
    # The clerk switches the speaker in the long pause after the first sentence.
    gap, pause = silence(1.2), silence(3.5)
    samples = np.concatenate([silence(0.5), lines[0], pause, lines[1], gap, lines[2], gap])
    return np.concatenate([samples, silence((-len(samples) % BLOCK) / 16000)])


class FifoFeeder:
    """Plays samples into the capture device's FIFO at real-time pace (or ``speed`` times
    it: a source faster than the recognizers), silence otherwise."""

    def __init__(self, fifo: Path, speed: float = 1.0) -> None:
        self.fifo = fifo
        self.speed = speed
        self.pending: list[np.ndarray] = []
        self.lock = threading.Lock()
        self.closing = False
        self.played = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="fifo-feeder")
        self.thread.start()

    def play(self, samples: np.ndarray) -> None:
        with self.lock:
            self.pending = [samples[i:i + BLOCK] for i in range(0, len(samples), BLOCK)]
        self.played.clear()

    def _next(self) -> np.ndarray:
        with self.lock:
            if self.pending:
                block = self.pending.pop(0)
                if not self.pending:
                    self.played.set()
                return block
        return np.zeros(BLOCK, np.int16)

    def _run(self) -> None:
        while not self.closing:
            fd = os.open(self.fifo, os.O_WRONLY)  # waits for PortAudio to open the device
            try:
                started, sent = time.monotonic(), 0.0
                while not self.closing:
                    os.write(fd, self._next().tobytes())
                    sent += BLOCK / self.speed  # seconds of real time this block stands for
                    time.sleep(max(0.0, started + sent / 16000 - time.monotonic()))
            except BrokenPipeError:
                pass  # the stream was closed; wait for the next one
            finally:
                os.close(fd)

    def close(self) -> None:
        self.closing = True
        try:  # a writer waiting in open() needs a reader to get going
            os.close(os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
        self.thread.join(5)


class MicrophoneCable:
    """Drains the device's output FIFO while plugged in; unplugging kills the live stream."""

    def __init__(self, fifo: Path) -> None:
        self.fifo = fifo
        self.plugged = threading.Event()
        self.plugged.set()
        self.closing = False
        self.thread = threading.Thread(target=self._run, daemon=True, name="microphone-cable")
        self.thread.start()

    def unplug(self) -> None:
        self.plugged.clear()

    def plug_in(self) -> None:
        self.plugged.set()

    def _run(self) -> None:
        while not self.closing:
            if not self.plugged.wait(0.1):
                continue
            # Non-blocking: opening waits for no writer, and unplugging is seen within 0.1 s.
            fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
            try:
                while self.plugged.is_set() and not self.closing:
                    ready, _, _ = select.select([fd], [], [], 0.1)
                    try:
                        if ready and not os.read(fd, 1 << 16):
                            time.sleep(0.02)  # no writer at the moment (the device is closed)
                    except BlockingIOError:
                        pass  # the writer's data went between select and read: look again
            finally:
                os.close(fd)  # the last reader gone: ALSA's next write fails with EPIPE

    def close(self) -> None:
        self.closing = True
        self.plugged.set()
        try:  # ALSA waiting in open() for a reader needs one to get going
            os.close(os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
        self.thread.join(5)


class CourtroomMicrophone:
    def __init__(self, feeder: FifoFeeder, cable: MicrophoneCable) -> None:
        self.feeder, self.cable = feeder, cable

    def play(self, samples: np.ndarray) -> None:
        self.feeder.play(samples)

    @property
    def played(self) -> threading.Event:
        return self.feeder.played


def install_microphone(tmp_path: Path, name: str = "courtin", speed: float = 1.0):
    """The ALSA device ``name`` (``!default``: the system's default input); a generator."""
    if not Path("/usr/share/alsa/alsa.conf").exists():
        pytest.skip("needs ALSA's configuration (libasound2)")
    fifo, cable_fifo = tmp_path / f"{name.strip('!')}.in", tmp_path / f"{name.strip('!')}.out"
    os.mkfifo(fifo)
    os.mkfifo(cable_fifo)
    conf = tmp_path / "asound.conf"
    conf.write_text(ALSA_CONF.format(name=name, fifo=fifo, cable=cable_fifo))
    before = os.environ.get("ALSA_CONFIG_PATH")
    os.environ["ALSA_CONFIG_PATH"] = f"/usr/share/alsa/alsa.conf:{conf}"
    # Both ends first: listing the devices opens the FIFOs, which wait for their peers.
    microphone = CourtroomMicrophone(FifoFeeder(fifo, speed), MicrophoneCable(cable_fifo))
    rescan_audio_devices()
    yield microphone
    release_input_meters()
    microphone.feeder.close()
    microphone.cable.close()
    if before is None:
        os.environ.pop("ALSA_CONFIG_PATH", None)
    else:
        os.environ["ALSA_CONFIG_PATH"] = before
    rescan_audio_devices()
