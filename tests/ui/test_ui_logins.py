"""Too many failed logins, as a person sees them: the login dialog and the sync workspace
say "try again in N minutes" in the UI language, not a generic failure. The waits are
real: the laptop's account book and the real case server on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from server_kit import PASSWORD as SERVER_PASSWORD
from sync_kit import ThreadedServer

from courtdesk.ui.views.sync_workspace import SyncWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(300)]

LOCKED = {"zh_CN": "登录失败次数过多：请 1 分钟后再试",
          "ko": "로그인 실패 횟수가 너무 많습니다: 1분 후에 다시 시도하십시오",
          "en": "Too many failed logins: try again in 1 min."}
WRONG = {"zh_CN": "用户名或密码错误。请检查键盘布局后重试。"}


def _try(qtbot, dialog, password: str) -> str:
    dialog.error_label.hide()
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.busy,
                    timeout=20_000)
    return dialog.error_label.text()


@pytest.mark.parametrize("language", ["zh_CN", "ko", "en"])
def test_the_login_dialog_says_how_long_to_wait(qtbot, case_profile, make_flow, login,
                                               language, screenshot):
    flow = make_flow(language)
    dialog = login(flow, "clerk", "wrong password 1", expect_window=False)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20_000)
    if language in WRONG:
        assert dialog.error_label.text() == WRONG[language]
    for attempt in range(2, 5):
        assert LOCKED[language] not in _try(qtbot, dialog, f"wrong password {attempt}")
    shown = _try(qtbot, dialog, "wrong password 5")
    assert shown.startswith(LOCKED[language]), shown
    assert dialog.password.text() == ""
    screenshot(dialog, f"login_locked_{language}")
    # The right password now waits too; nothing opens.
    assert _try(qtbot, dialog, case_profile.password).startswith(LOCKED[language])
    assert flow.main_window is None


def test_the_sync_login_says_how_long_the_court_server_makes_you_wait(
        qtbot, case_profile, make_flow, login, tmp_path, memory_keyring, screenshot):
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.profile import open_store

    server = ThreadedServer(tmp_path / "server")  # the real schedule: a minute, then more
    server.data_dir.mkdir()
    people = server.seed()
    server.start()
    try:
        # clerk_a has an account on this PC from an earlier online login (the online login
        # is always the window's own account).
        store = open_store()
        try:
            AccountBook(store).adopt_server_account(people.users["clerk_a"], SERVER_PASSWORD)
        finally:
            store.close()
        flow = make_flow("zh_CN")
        window = login(flow, "clerk_a", SERVER_PASSWORD)
        row = next(i for i, e in enumerate(window.entries) if e.names(SyncWorkspace))
        window.navigation.setCurrentRow(row)
        workspace = window.workspace(SyncWorkspace)
        workspace.server_field.setText(server.base_url)
        assert workspace.username_field.text() == "clerk_a"
        codes = []
        for attempt in range(5):
            workspace.message_error = None
            workspace.password_field.setText(f"not the password {attempt}")
            workspace.login_button.click()
            qtbot.waitUntil(lambda: workspace.message_error is not None, timeout=30_000)
            codes.append(workspace.message_error.code)
        assert codes == ["bad_credentials"] * 4 + ["login_locked"]
        assert LOCKED["zh_CN"] in workspace.detail.text()
        screenshot(window, "sync_login_locked_zh_CN")
        # Even the right password waits now.
        workspace.message_error = None
        workspace.password_field.setText(SERVER_PASSWORD)
        workspace.login_button.click()
        qtbot.waitUntil(lambda: workspace.message_error is not None, timeout=30_000)
        assert workspace.message_error.code == "login_locked"
    finally:
        server.stop()
