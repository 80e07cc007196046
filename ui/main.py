"""``courtdesk`` with no arguments: the GUI.

:func:`run_gui` sets up the QApplication (names, High-DPI, the saved language and its
font), then hands over to :class:`~courtdesk.ui.startup.StartupFlow`: profile lock,
store unlock, login, main window.

Hooks for automation and tests (not for normal use; they put secrets in the environment):

``COURTDESK_PASSPHRASE``
    answers the store passphrase prompt once (a wrong one falls back to the dialog).
``COURTDESK_AUTOLOGIN_USER`` + ``COURTDESK_PASSWORD``
    log in without the login dialog (a failure shows the dialog with the error).
``--quit-after-shown`` or ``COURTDESK_QUIT_AFTER_SHOWN=1``
    print ``courtdesk: main window shown after 0.812 s`` (seconds since the process
    started) once the main window has painted, then quit; without the automatic login,
    ``courtdesk: login window shown after 0.25 s`` once the login window has painted,
    the first window a person sees. Startup errors are printed and end the run instead
    of waiting on a message box. Used by ``bench/startup.py``.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from courtdesk.app import __version__
from courtdesk.app.config import ConfigError, MachineConfig, load_config, signing_config
from courtdesk.app.preferences import Preferences
from courtdesk.app.profile import profile_dir

from .jobs import JobRunner
from .startup import StartupFlow
from .translation import LanguageSwitcher


def seconds_since_process_start(fallback_start: float) -> float:
    """Seconds since this process was created (Linux), else since ``fallback_start``.

    Interpreter start-up and imports are part of what a person waits for, so the clock
    starts at the process, not at this module's import.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            stat = handle.read()
        # Field 22 (starttime, clock ticks since boot); the name field may contain spaces,
        # so count from the closing parenthesis, after which field 3 begins.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - fallback_start


def configure_application(app: QApplication) -> None:
    app.setApplicationName("courtdesk")
    app.setOrganizationName("courtdesk")
    app.setApplicationVersion(__version__)
    # The flow decides when the run ends (logging out closes the last window for a moment).
    app.setQuitOnLastWindowClosed(False)


def _quit_on_ctrl_c(app: QApplication) -> None:
    """Ctrl+C in the terminal quits cleanly (jobs finish, the store closes)."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; wake it while Qt waits.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="courtdesk", add_help=False)
    parser.add_argument("--quit-after-shown", action="store_true")
    return parser.parse_known_args(argv)


def run_gui(argv: list[str] | None = None) -> int:
    entered = time.perf_counter()
    args, qt_args = _parse(list(sys.argv[1:] if argv is None else argv))
    quit_after_shown = args.quit_after_shown or os.environ.get("COURTDESK_QUIT_AFTER_SHOWN") == "1"

    app = QApplication.instance()
    if app is None:
        # High-DPI: Qt 6 passes fractional scale factors (150% courtroom screens) through
        # by default, so there is nothing to set before the application exists.
        app = QApplication([sys.argv[0] if sys.argv else "courtdesk", *qt_args])
    configure_application(app)

    home = profile_dir()
    prefs = Preferences(home)  # read only until the profile lock is ours
    config_error: ConfigError | None = None
    try:
        config = load_config()
        # The demo profile signs and verifies with its own demo court CA and keys.
        config.signing = signing_config(home, config.signing)
    except ConfigError as exc:
        config, config_error = MachineConfig(), exc
    switcher = LanguageSwitcher(app)  # the flow installs the language before any window

    runner = JobRunner(app)
    flow = StartupFlow(home=home, prefs=prefs, config=config, switcher=switcher,
                       runner=runner, headless_errors=quit_after_shown)
    flow.finished.connect(app.exit)
    if quit_after_shown:
        def report(what: str, close) -> Callable[[], None]:
            def painted() -> None:
                elapsed = seconds_since_process_start(entered)
                print(f"courtdesk: {what} shown after {elapsed:.3f} s", flush=True)
                QTimer.singleShot(0, close)  # not from inside the paint event

            return painted

        flow.main_window_shown.connect(
            lambda window: window.first_painted.connect(report("main window", window.close)))
        flow.login_window_painted.connect(
            lambda dialog: report("login window", dialog.reject)())

    if config_error is not None:
        flow.fail(config_error)  # IT must fix the machine config; courtdesk does not guess
    else:
        flow.start()
    _quit_on_ctrl_c(app)
    code = flow.exit_code if flow.exit_code is not None else app.exec()
    flow.close()
    return int(code)
