"""GUI test fixtures: a profile with a Chinese case, and the real startup flow to drive.

The profile holds the demo case (``courtdesk.app.demo``: accounts clerk, judge, presiding,
admin; a Chinese civil case with parties, a hearing and a deliberation). It is built once
per session (the demo makes PDFs and audio) and copied into each test's own
``COURTDESK_HOME``, so every test starts from the same bytes.
"""

from __future__ import annotations

import os

# Before anything imports Qt: no display on CI, and none on these machines.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

# Made at collection, before any test runs: `courtdesk doctor`'s font check (tests/app)
# creates a QGuiApplication when none exists, and a process with a QGuiApplication can
# never host widgets. pytest-qt's qapp fixture then uses this one.
_QAPP = QApplication.instance() or QApplication(["courtdesk-tests"])

PASSPHRASE = "correct horse battery staple"
PASSWORD = "courtdesk-demo"  # the demo accounts' published password
SCREENSHOT_DIR = Path(os.environ.get("COURTDESK_SCREENSHOTS", "/tmp/courtdesk-ui-screens"))


@dataclass(frozen=True)
class CaseProfile:
    template: Path
    case_id: str
    case_number: str
    plaintiff: str
    deliberation: str
    password: str = PASSWORD
    passphrase: str = PASSPHRASE


@pytest.fixture(scope="session")
def case_template(tmp_path_factory) -> CaseProfile:
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.casebook import CaseBook
    from courtdesk.app.demo import create_demo
    from courtdesk.app.profile import open_store

    home = tmp_path_factory.mktemp("ui-template")
    store = open_store(home, ask=lambda request: PASSPHRASE)
    try:
        case_id = create_demo(store).case_id
        presiding = AccountBook(store).find("presiding")
        case = CaseBook(store, presiding).open_case(case_id)
        plaintiff = next(p["name"] for p in case.parties if p["side"] == "plaintiff")
        deliberation = next(h["title"] for h in case.hearings if h["kind"] == "deliberation")
        number = case.case["case_number"]
    finally:
        store.close()
    return CaseProfile(template=home, case_id=case_id, case_number=number,
                       plaintiff=plaintiff, deliberation=deliberation)


@pytest.fixture
def case_profile(case_template, isolated_profile, monkeypatch) -> CaseProfile:
    """The template copied into this test's COURTDESK_HOME, unlocked by the environment."""
    shutil.copytree(case_template.template, isolated_profile, dirs_exist_ok=True)
    monkeypatch.setenv("COURTDESK_PASSPHRASE", PASSPHRASE)
    return case_template


@pytest.fixture(autouse=True)
def no_gui_automation(monkeypatch):
    for name in ("COURTDESK_AUTOLOGIN_USER", "COURTDESK_QUIT_AFTER_SHOWN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_flow(qapp, isolated_profile):
    """Start the real StartupFlow (as run_gui does) in a language; closed after the test."""
    from courtdesk.app.config import MachineConfig
    from courtdesk.app.preferences import Preferences
    from courtdesk.ui.jobs import JobRunner
    from courtdesk.ui.main import configure_application
    from courtdesk.ui.startup import StartupFlow
    from courtdesk.ui.translation import LanguageSwitcher

    configure_application(qapp)
    flows = []

    def make(language: str = "zh_CN", start: bool = True, config=None) -> StartupFlow:
        switcher = LanguageSwitcher()
        switcher.set_language(language)
        flow = StartupFlow(home=isolated_profile, prefs=Preferences(isolated_profile),
                           config=config or MachineConfig(), switcher=switcher,
                           runner=JobRunner())
        flow.test_switcher = switcher  # keep the translators alive as long as the flow
        flows.append(flow)
        if start:
            flow.start()
        return flow

    yield make
    for flow in flows:
        for widget in (flow.main_window, flow.login_dialog, flow.unlock_dialog,
                       flow.first_admin_dialog, flow.error_box):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        flow.close()
        flow.test_switcher.uninstall()
    qapp.processEvents()


@pytest.fixture
def login(qtbot):
    """Log in through the real login dialog, typing like a person."""
    from PySide6.QtCore import Qt

    def do(flow, username: str, password: str = PASSWORD, *, expect_window: bool = True):
        qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible(),
                        timeout=20_000)
        dialog = flow.login_dialog
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        if expect_window:
            qtbot.waitUntil(lambda: flow.main_window is not None, timeout=20_000)
            return flow.main_window
        return dialog

    return do


def save_screenshot(widget, name: str) -> Path:
    """Save ``widget`` as PNG outside the repo, for a person to look at."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


@pytest.fixture
def screenshot():
    return save_screenshot


# The hearing GUI modules' shared fixtures: the speech their microphone plays, and one
# dither-free model view for the whole run instead of one per test profile.
@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    from courtroom_rig import hearing_speech

    return hearing_speech(tmp_path_factory.mktemp("hearing-speech"))


@pytest.fixture(autouse=True)
def model_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("COURTDESK_CACHE", str(tmp_path_factory.getbasetemp() / "model-cache"))
