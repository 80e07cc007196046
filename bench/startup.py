"""Cold start to the main window shown: courtdesk against a bare PySide6 window.

Both run as fresh processes on the same machine in the same run, offscreen, and print a
line once their window has painted; the time is measured by this script from spawning
the process to reading that line, best of N. courtdesk starts on a demo store with a
usable keyring (a court PC's desktop keyring; here a test backend) and logs in through the
automation hook; the passphrase path (no keyring: scrypt key derivation) is reported too.
Goal: <= 1.5 s and <= 2x the bare window.

    python bench/startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("案件 사건 cases"))
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_to_line(cmd: list[str], env: dict[str, str], marker: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    for line in process.stdout:
        if marker in line:
            elapsed = time.perf_counter() - started
            process.wait(30)
            return elapsed
    raise SystemExit(f"{cmd[0]} never showed its window: {process.stderr.read()[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
        base.update(QT_QPA_PLATFORM="offscreen")
        keyring_env = {**base, "COURTDESK_HOME": f"{tmp}/keyring-home",
                       "COURTDESK_TEST_KEYRING": f"{tmp}/keyring.json",
                       "PYTHON_KEYRING_BACKEND": "memory_keyring.TestFileKeyring",
                       "PYTHONPATH": str(ROOT / "tests" / "support")}
        passphrase_env = {**base, "COURTDESK_HOME": f"{tmp}/passphrase-home",
                          "COURTDESK_PASSPHRASE": "bench passphrase"}
        demo = [sys.executable, "-m", "courtdesk.app", "demo"]
        for env in (keyring_env, passphrase_env):
            subprocess.run(demo, env=env, check=True, capture_output=True)
        gui = [sys.executable, "-m", "courtdesk.app"]
        login = {"COURTDESK_AUTOLOGIN_USER": "clerk", "COURTDESK_PASSWORD": "courtdesk-demo",
                 "COURTDESK_QUIT_AFTER_SHOWN": "1"}
        bare, keyring_times, passphrase_times = [], [], []
        for _ in range(args.rounds):
            bare.append(time_to_line([sys.executable, "-c", BARE], base, "shown"))
            keyring_times.append(time_to_line(gui, {**keyring_env, **login},
                                              "main window shown"))
            passphrase_times.append(time_to_line(gui, {**passphrase_env, **login},
                                                 "main window shown"))
    raw, app, app_pass = min(bare), min(keyring_times), min(passphrase_times)
    print(f"bare PySide6 window:                 {raw:.3f} s (best of {args.rounds})")
    print(f"courtdesk, keyring store, logged in:  {app:.3f} s")
    print(f"courtdesk, passphrase store (scrypt): {app_pass:.3f} s")
    print(f"ratio app/raw: {app / raw:.2f} (keyring), {app_pass / raw:.2f} (passphrase); "
          f"goal <= 1.5 s and <= 2x")


if __name__ == "__main__":
    main()
