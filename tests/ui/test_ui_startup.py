"""From start to main window: unlock, login, first account, second instance, automation."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from courtdesk.app.preferences import Preferences, PrefKey
from courtdesk.app.profile import ProfileLock

ROOT = Path(__file__).resolve().parents[2]


def _tree_digest(folder: Path) -> dict[str, str]:
    """Every file's bytes, by relative path: proof that nothing was touched."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_login_through_the_dialog_opens_the_main_window(qtbot, case_profile, make_flow, login,
                                                        screenshot, isolated_profile):
    flow = make_flow("zh_CN")
    qtbot.waitUntil(lambda: flow.login_dialog is not None and flow.login_dialog.isVisible(),
                    timeout=20_000)
    screenshot(flow.login_dialog, "login_zh_CN")
    window = login(flow, "clerk")
    assert window.isVisible()
    assert window.navigation.item(0).text() == "案件"
    title = window.windowTitle()
    assert title.startswith("案件 — ") and "(书记员)" in title and title.endswith("courtdesk")
    # The last user name is remembered for the next login.
    assert Preferences(isolated_profile).get(PrefKey.LAST_USERNAME) == "clerk"


def test_wrong_password_is_told_in_the_dialog(qtbot, case_profile, make_flow, login):
    flow = make_flow("zh_CN")
    dialog = login(flow, "clerk", "not-the-password", expect_window=False)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.error_label.text() == "用户名或密码错误。请检查键盘布局后重试。"
    assert flow.main_window is None
    assert dialog.password.text() == ""  # ready for the next try
    # The remembered name is typed in for the next try.
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, case_profile.password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10_000)


def test_wrong_passphrase_shows_translated_error_and_changes_nothing(
        qtbot, case_profile, make_flow, monkeypatch, isolated_profile, screenshot):
    monkeypatch.delenv("COURTDESK_PASSPHRASE")
    store_dir = isolated_profile / "store"
    before = _tree_digest(store_dir)
    flow = make_flow("zh_CN")
    qtbot.waitUntil(lambda: flow.unlock_dialog is not None and flow.unlock_dialog.isVisible(),
                    timeout=10_000)
    dialog = flow.unlock_dialog
    assert not dialog.creating and not dialog.repeat.isVisible()
    qtbot.keyClicks(dialog.passphrase, "this is not it")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.busy  # key derivation runs in the background while the dialog waits
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20_000)
    assert dialog.error_label.text() == "口令错误。没有做任何改动，请重试。"
    assert not dialog.busy and dialog.passphrase.text() == ""
    screenshot(dialog, "unlock_wrong_passphrase_zh_CN")
    dialog.reject()
    qtbot.waitUntil(lambda: flow.exit_code is not None, timeout=20_000)
    assert flow.store is None and flow.login_dialog is None
    assert _tree_digest(store_dir) == before


def test_right_passphrase_after_a_wrong_one_unlocks(qtbot, case_profile, make_flow,
                                                    monkeypatch):
    monkeypatch.delenv("COURTDESK_PASSPHRASE")
    flow = make_flow("en")
    qtbot.waitUntil(lambda: flow.unlock_dialog is not None, timeout=10_000)
    dialog = flow.unlock_dialog
    assert dialog.heading.text() == "Unlock your local case store"
    qtbot.keyClicks(dialog.passphrase, "wrong guess")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20_000)
    assert dialog.error_label.text() == "Wrong passphrase. Nothing was changed; try again."
    qtbot.keyClicks(dialog.passphrase, case_profile.passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.login_dialog is not None, timeout=20_000)
    assert flow.unlock_dialog is None and flow.store is not None


def test_new_profile_creates_store_and_first_administrator(qtbot, make_flow, isolated_profile,
                                                           screenshot):
    flow = make_flow("zh_CN")
    qtbot.waitUntil(lambda: flow.unlock_dialog is not None, timeout=10_000)
    dialog = flow.unlock_dialog
    assert dialog.creating and dialog.repeat.isVisible()
    assert "无法找回" in dialog.explanation.text()  # it says the passphrase cannot be recovered
    screenshot(dialog, "unlock_create_zh_CN")
    qtbot.keyClicks(dialog.passphrase, "courtroom-3 secret")
    qtbot.keyClicks(dialog.repeat, "courtroom-3 secre")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "两次输入不一致。请输入两次相同的口令。"
    assert not (isolated_profile / "store" / "store.db").exists()  # nothing made yet
    qtbot.keyClicks(dialog.repeat, "courtroom-3 secret")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.first_admin_dialog is not None, timeout=20_000)
    admin = flow.first_admin_dialog
    assert admin.heading.text() == "创建首个法院信息化管理员"
    qtbot.keyClicks(admin.username, "it")
    _type_with_input_method(admin.display_name, "信息中心 王工")
    assert admin.display_name.text() == "信息中心 王工"
    qtbot.keyClicks(admin.password, "it-password-1")
    qtbot.keyClicks(admin.repeat, "it-password-1")
    qtbot.mouseClick(admin.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=20_000)
    window = flow.main_window
    # Court IT reads no case content: accounts, and the law library they keep (public text).
    assert [window.navigation.item(i).text()
            for i in range(window.navigation.count())] == ["法律法规", "账户"]
    assert window.navigation.currentItem().text() == "账户"  # where IT's work starts
    header = (flow.store.directory / "store.json").read_text()
    assert '"key_source": "passphrase"' in header


def _type_with_input_method(widget, text: str) -> None:
    """Chinese is typed through an input method, which commits whole words."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_second_instance_gets_translated_message_and_touches_nothing(
        qtbot, case_profile, make_flow, isolated_profile, screenshot):
    other = ProfileLock(isolated_profile)
    other.acquire()
    try:
        before = _tree_digest(isolated_profile)
        flow = make_flow("zh_CN")
        assert flow.error_box is not None
        box = flow.error_box
        assert box.text() == "courtdesk 已经打开"
        assert "另一个 courtdesk 窗口正在使用此用户数据" in box.informativeText()
        assert "profile_in_use" in box.detailedText()  # the technical detail for court IT
        assert flow.store is None and flow.unlock_dialog is None
        box.show()
        screenshot(box, "already_open_zh_CN")
        box.done(0)
        qtbot.waitUntil(lambda: flow.exit_code is not None, timeout=5000)
        assert flow.exit_code != 0
        assert _tree_digest(isolated_profile) == before
    finally:
        other.release()


def test_damaged_store_is_reported_and_left_alone(qtbot, case_profile, make_flow,
                                                 isolated_profile, screenshot):
    database = isolated_profile / "store" / "store.db"
    raw = bytearray(database.read_bytes())
    raw[:4096] = bytes(4096)  # the first page is gone, as after a bad disk sector
    database.write_bytes(bytes(raw))
    before = _tree_digest(isolated_profile / "store")
    flow = make_flow("zh_CN")
    qtbot.waitUntil(lambda: flow.error_box is not None, timeout=20_000)
    box = flow.error_box
    assert box.text() == "本地案件库已损坏"
    assert "请勿删除或移动用户数据文件夹" in box.informativeText()
    assert "store_damaged" in box.detailedText()
    screenshot(box, "store_damaged_zh_CN")
    box.done(0)
    qtbot.waitUntil(lambda: flow.exit_code is not None, timeout=5000)
    assert flow.exit_code == 1
    assert _tree_digest(isolated_profile / "store") == before


def test_a_damaged_index_page_is_reported_at_start(qtbot, case_profile, make_flow,
                                                  isolated_profile, screenshot):
    # One flipped bit in the file's last page (an index or table page the start-up reads
    # no row of): SQLCipher's page HMAC finds it before anything trusts the file.
    database = isolated_profile / "store" / "store.db"
    raw = bytearray(database.read_bytes())
    raw[len(raw) - 4096 + 300] ^= 0x04
    database.write_bytes(bytes(raw))
    before = _tree_digest(isolated_profile / "store")
    flow = make_flow("zh_CN")
    qtbot.waitUntil(lambda: flow.error_box is not None, timeout=20_000)
    box = flow.error_box
    assert box.text() == "本地案件库已损坏"
    assert "从法院服务器恢复案件库" in box.informativeText()
    assert "store_damaged" in box.detailedText()
    assert "HMAC verification failed for page" in box.detailedText()
    screenshot(box, "store_damaged_index_page_zh_CN")
    box.done(0)
    qtbot.waitUntil(lambda: flow.exit_code is not None, timeout=5000)
    assert flow.exit_code == 1
    assert _tree_digest(isolated_profile / "store") == before


def test_error_messages_exist_for_every_store_code(qapp, make_flow):
    from courtdesk.ui.messages import error_text

    make_flow("ko", start=False)
    codes = ["wrong_passphrase", "store_damaged", "store_unwritable", "store_full",
             "profile_in_use", "key_unavailable", "passphrase_required",
             "encryption_unavailable", "config_error"]
    generic = error_text("something_else")
    titles = set()
    for code in codes:
        text = error_text(code)
        assert text.title and text.meaning and text.action
        assert text.title != generic.title
        assert any("\uac00" <= ch <= "\ud7a3" for ch in text.title), text.title  # Hangul
        titles.add(text.title)
    assert len(titles) == len(codes)


def test_automatic_login_from_the_environment(qtbot, case_profile, make_flow, monkeypatch):
    monkeypatch.setenv("COURTDESK_AUTOLOGIN_USER", "presiding")
    monkeypatch.setenv("COURTDESK_PASSWORD", case_profile.password)
    flow = make_flow("zh_CN")
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=20_000)
    assert flow.login_dialog is None
    assert flow.main_window.session.user.username == "presiding"


def _gui_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", COURTDESK_HOME=str(home), **extra)
    return env


def test_run_gui_quit_after_shown_reports_startup_time(case_profile, isolated_profile):
    env = _gui_env(isolated_profile, COURTDESK_PASSPHRASE=case_profile.passphrase,
                   COURTDESK_AUTOLOGIN_USER="clerk", COURTDESK_PASSWORD=case_profile.password)
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from courtdesk.ui.main import run_gui; "
                               "sys.exit(run_gui(['--quit-after-shown']))"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stdout.splitlines() if "main window shown after" in x]
    assert line, result.stdout
    seconds = float(line[0].split("after")[1].split()[0])
    assert 0 < seconds < 60
    # The window geometry was remembered on the way out.
    assert Preferences(isolated_profile).get(PrefKey.WINDOW_GEOMETRY)


def test_run_gui_quit_after_shown_without_login_reports_the_login_window(
        case_profile, isolated_profile):
    env = _gui_env(isolated_profile, COURTDESK_PASSPHRASE=case_profile.passphrase)
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from courtdesk.ui.main import run_gui; "
                               "sys.exit(run_gui(['--quit-after-shown']))"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    assert "login window shown after" in result.stdout  # ends instead of waiting for a person
    assert "main window" not in result.stdout


def test_run_gui_refuses_an_invalid_machine_config(tmp_path, isolated_profile):
    config = tmp_path / "courtdesk.toml"
    config.write_text("[ui]\nlanguage = \"fr\"\n", encoding="utf-8")
    env = _gui_env(isolated_profile, COURTDESK_CONFIG=str(config),
                   COURTDESK_QUIT_AFTER_SHOWN="1")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from courtdesk.ui.main import run_gui; "
                               "sys.exit(run_gui([]))"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert result.returncode == 1
    assert "ui.language" in result.stderr
    assert not (isolated_profile / "store").exists()  # nothing was created


def test_translations_are_complete():
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    for language in build_translations.LANGUAGES:
        assert build_translations.unfinished(language) == [], language


def test_missing_translation_falls_back_to_english(qapp, monkeypatch, tmp_path, caplog):
    from courtdesk.ui import translation

    monkeypatch.setattr(translation, "I18N_DIR", tmp_path)  # no .qm files here
    switcher = translation.LanguageSwitcher()
    try:
        assert switcher.set_language("ko") is False
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert "missing" in caplog.text
    finally:
        switcher.uninstall()
