"""Errors as a person sees them: real failures in the dossier and sync workspaces read in the
UI language, with the core's English only in the details box for court IT.

The failures are real: a case server port nobody listens on, a server that stops, a wrong
password at the real server, a truncated PDF and a wrong PDF password at import.
"""

from __future__ import annotations

import re
import socket

import pymupdf
import pytest
from server_kit import PASSWORD
from sync_kit import ThreadedServer

from courtdesk.ui.views.dossier_workspace import DossierWorkspace
from courtdesk.ui.views.sync_workspace import SyncWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(300)]

WAIT = 30_000
SCRIPT = {"zh_CN": re.compile("[\u4e00-\u9fff]"), "ko": re.compile("[\uac00-\ud7a3]")}
# Four Latin words in a row: a sentence of the core's English (a URL or "courtdesk" is not).
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){3,}")


def visible_text(label_html: str) -> str:
    return re.sub(r"<[^>]+>", " ", label_html).replace("&amp;", "&")


def assert_reads_in(language: str, text: str) -> None:
    assert SCRIPT[language].search(text), text
    assert not ENGLISH_RUN.search(text), f"English in the {language} UI: {text!r}"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # free once closed: connections are refused


def _sync(window) -> SyncWorkspace:
    row = next(i for i, e in enumerate(window.entries) if e.names(SyncWorkspace))
    window.navigation.setCurrentRow(row)
    return window.workspace(SyncWorkspace)


def _open_details(qtbot, workspace, label) -> str:
    """Click the label's details link as a person would; returns the box's details."""
    label.linkActivated.emit("courtdesk-error-details")
    qtbot.waitUntil(lambda: workspace.details_box is not None
                    and workspace.details_box.isVisible(), timeout=WAIT)
    box = workspace.details_box
    text = box.detailedText()
    box.done(0)
    return text


@pytest.mark.parametrize("language", ["zh_CN", "ko"])
def test_login_to_a_server_that_cannot_be_reached(qtbot, case_profile, make_flow, login,
                                                  language, screenshot):
    flow = make_flow(language)
    window = login(flow, "clerk")
    workspace = _sync(window)
    workspace.server_field.setText(f"http://127.0.0.1:{closed_port()}")
    workspace.password_field.setText(PASSWORD)  # the window's own account, clerk
    workspace.login_button.click()
    qtbot.waitUntil(lambda: workspace.message_error is not None, timeout=WAIT)
    shown = visible_text(workspace.detail.text())
    assert workspace.message_error.code == "server_unreachable"
    assert workspace.message_error.text.title in shown
    assert_reads_in(language, shown)
    screenshot(window, f"sync_unreachable_{language}")
    details = _open_details(qtbot, workspace, workspace.detail)
    assert "cannot be reached" in details and "ConnectError" in details
    assert PASSWORD not in details


def test_wrong_password_then_a_server_that_went_away(qtbot, case_profile, make_flow, login,
                                                     tmp_path, memory_keyring, screenshot):
    server = ThreadedServer(tmp_path / "server")
    server.data_dir.mkdir()
    people = server.seed()
    server.start()
    try:
        # clerk_a has an account on this PC from an earlier online login; the online login
        # is always the window's own account.
        from courtdesk.app.accounts import AccountBook
        from courtdesk.app.profile import open_store

        store = open_store()
        try:
            AccountBook(store).adopt_server_account(people.users["clerk_a"], PASSWORD)
        finally:
            store.close()
        import httpx
        from server_kit import Api

        with httpx.Client(base_url=server.base_url) as http:
            Api(http, "clerk_a").new_case(title="买卖合同纠纷")  # a case of theirs to take
        flow = make_flow("zh_CN")
        window = login(flow, "clerk_a", PASSWORD)
        workspace = _sync(window)
        workspace.server_field.setText(server.base_url)
        workspace.password_field.setText("not the password")
        workspace.login_button.click()
        qtbot.waitUntil(lambda: workspace.message_error is not None, timeout=WAIT)
        assert workspace.message_error.code == "bad_credentials"
        shown = visible_text(workspace.detail.text())
        assert "法院服务器的用户名或密码错误" in shown
        assert_reads_in("zh_CN", shown)
        assert "not the password" not in _open_details(qtbot, workspace, workspace.detail)

        workspace.password_field.setText(PASSWORD)
        workspace.login_button.click()
        qtbot.waitUntil(lambda: bool(window.sync.status.get("online")
                                     and window.sync.status.get("last_sync_at")),
                        timeout=WAIT)
        assert workspace.message_error is None
        # The log of what synced reads in Chinese too (the raw detail is a tooltip for IT).
        qtbot.waitUntil(lambda: workspace.log.rowCount() >= 2, timeout=WAIT)
        for row in range(workspace.log.rowCount()):
            event, what = workspace.log.item(row, 1).text(), workspace.log.item(row, 2).text()
            assert SCRIPT["zh_CN"].search(event), event
            assert not ENGLISH_RUN.search(what) and not re.search(r"[a-z]+_[a-z]+|\{", what)
            assert workspace.log.item(row, 2).toolTip()  # the raw detail, for court IT
    finally:
        server.stop()
    # The server is gone: the next round fails, and the status reads in Chinese.
    workspace.sync_now()
    qtbot.waitUntil(lambda: window.sync.status.get("last_error_code") == "server_unreachable",
                    timeout=WAIT)
    shown = visible_text(workspace.detail.text())
    assert "无法连接法院服务器" in shown
    assert "正在同步" not in shown  # the round is over
    assert_reads_in("zh_CN", shown)
    assert_reads_in("zh_CN", window.status.sync_label.toolTip())
    assert "cannot be reached" in _open_details(qtbot, workspace, workspace.detail)

    # Taking a case offline from a server that is gone says so in Chinese too.
    qtbot.waitUntil(lambda: workspace.case_combo.count() > 0, timeout=WAIT)
    workspace.take_offline()
    qtbot.waitUntil(lambda: workspace.offline_error is not None, timeout=WAIT)
    shown = visible_text(workspace.offline_result.text())
    assert_reads_in("zh_CN", shown)
    assert workspace.offline_error.text.title in shown
    screenshot(window, "sync_server_gone_zh_CN")


@pytest.mark.timeout(400)
@pytest.mark.parametrize("language", ["zh_CN", "ko"])
def test_refused_imports_read_in_the_ui_language(qtbot, case_profile, make_flow, login,
                                                 tmp_path, screenshot, language):
    from courtdesk.ui.messages import error_text

    flow = make_flow(language)
    window = login(flow, "clerk")
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=WAIT)
    good = pymupdf.open()
    good.new_page().insert_text((72, 100), "补充证据", fontname="china-s", fontsize=14)
    (tmp_path / "损坏.pdf").write_bytes(good.tobytes()[:300])
    (tmp_path / "加密.pdf").write_bytes(good.tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="卷宗2026", owner_pw="owner-pw"))

    workspace.file_actions.import_files([str(tmp_path / "损坏.pdf")])
    # Imports queue behind the OCR of the demo's scanned pages.
    qtbot.waitUntil(lambda: "损坏.pdf" in workspace.message_text, timeout=240_000)
    shown = visible_text(workspace.message.text())
    assert "损坏.pdf" in shown and error_text("dossier_import_refused").title in shown
    if language == "zh_CN":
        assert "损坏.pdf：该文件无法导入卷宗" in shown
    assert_reads_in(language, shown)
    assert_reads_in(language, workspace.message_text)
    qtbot.wait(200)  # the banner's height follows its text
    assert workspace.message.height() > 2 * workspace.message.fontMetrics().height()
    screenshot(window, f"dossier_corrupt_import_{language}")
    workspace.message.linkActivated.emit("courtdesk-error-details")
    qtbot.waitUntil(lambda: workspace.dialog is not None and workspace.dialog.isVisible(),
                    timeout=WAIT)
    assert "It was not imported" in workspace.dialog.detailedText()
    assert "dossier_import_refused" in workspace.dialog.detailedText()
    workspace.dialog.done(0)

    workspace.file_actions.import_files([str(tmp_path / "加密.pdf")], password="wrong-卷宗")
    qtbot.waitUntil(lambda: "加密.pdf" in workspace.message_text, timeout=WAIT)
    shown = visible_text(workspace.message.text())
    assert "加密.pdf" in shown and error_text("dossier_wrong_password").title in shown
    if language == "zh_CN":
        assert "加密.pdf：密码错误，无法打开该 PDF" in shown
    assert_reads_in(language, shown)
    assert "wrong-卷宗" not in workspace.shown_error.detail
    files = workspace.file_actions
    qtbot.waitUntil(lambda: files.dialog is not None and files.dialog.isVisible()
                    and files.dialog.objectName() == "dossierPasswordPrompt", timeout=WAIT)
    files.dialog.reject()
    assert workspace.volumes.count() == 3  # nothing of either file was stored
