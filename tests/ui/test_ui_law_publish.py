"""Court IT keeps the court's law library from the Laws workspace: imports a folder of law
files (progress, and the importer's report with each skipped file and why), publishes it to
the real case server (its refusals, a failing server and no network read in the person's
language), and a judge's laptop shows the court's library that sync installed."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from server_kit import PASSWORD as SERVER_PASSWORD
from sync_kit import logged_in_client, open_client_store

from courtdesk.laws.opening import ENV_LIBRARY, open_library
from courtdesk.offline_cache.sync_laws import installed_library
from courtdesk.ui.messages import error_text
from courtdesk.ui.views.laws_workspace import LawsWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240),
              pytest.mark.usefixtures("memory_keyring")]

WAIT = 60_000
COLLECTION = __import__("pathlib").Path(__file__).resolve().parents[1] / "laws" / "collection"


@pytest.fixture(scope="module")
def starter_copy(tmp_path_factory):
    path = tmp_path_factory.mktemp("laws") / "laws.sqlite"
    library, _report = open_library(path)
    library.close()
    return path


def law_folder(tmp_path):
    """Two real laws, and the three kinds of file the importer must explain."""
    folder = tmp_path / "new-laws"
    folder.mkdir()
    for name in ("人民调解法(2010-08-28).md", "引渡法(2000-12-28).md"):
        shutil.copy(COLLECTION / "诉讼与非诉讼程序法" / name, folder / name)
    (folder / "说明.md").write_text("# 某某说明\n\n2020年1月1日通过\n\n本文件没有条文。\n",
                                    encoding="utf-8")
    heading = (folder / "人民调解法(2010-08-28).md").read_text(encoding="utf-8")
    (folder / "人民调解法副本(2010-08-28).md").write_text(
        heading.replace("第一条", "第一条　（副本）", 1), encoding="utf-8")
    broken = (COLLECTION / "诉讼与非诉讼程序法" / "引渡法(2000-12-28).md").read_text(
        encoding="utf-8").replace("# 中华人民共和国引渡法", "# 中华人民共和国测试法", 1)
    (folder / "测试法(2001-01-01).md").write_text(broken + "\n####\n", encoding="utf-8")
    return folder


def _publish(qtbot, dialog, server_url: str, username: str, password: str) -> None:
    for field, text in ((dialog.server, server_url), (dialog.username, username),
                        (dialog.password, password)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_court_it_imports_and_publishes_a_judge_sees_the_courts_library(
        qtbot, case_profile, make_flow, login, screenshot, server, starter_copy, tmp_path,
        monkeypatch):
    library_file = tmp_path / "it" / "laws.sqlite"
    library_file.parent.mkdir()
    shutil.copy(starter_copy, library_file)
    monkeypatch.setenv(ENV_LIBRARY, str(library_file))
    flow = make_flow("zh_CN")
    window = login(flow, "admin")
    window.resize(1440, 900)
    window.show()
    workspace = window.workspace(LawsWorkspace)
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(LawsWorkspace))))
    qtbot.waitUntil(lambda: workspace.installed is not None and bool(workspace.laws), timeout=WAIT)
    assert workspace.import_button.isVisible() and workspace.publish_button.isVisible()
    assert "本机自有的法律库" in workspace.library_info.text()
    laws_before = len(workspace.laws)

    # Import a folder: progress, then what was imported and what was skipped, and why.
    dialog = workspace.import_laws([str(law_folder(tmp_path))])
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)
    assert dialog.bar.maximum() == 1 and dialog.report.count("imported") == 3
    report = dialog.result.toPlainText()
    assert "5 个文件：导入 3 个" in report, report
    assert "说明.md: 未找到条文标记（第…条），未导入" in report
    assert "人民调解法副本(2010-08-28).md: " in report and "内容不同" in report
    assert "测试法(2001-01-01).md:" in report and "标题格式错误" in report
    screenshot(dialog, "laws_import_zh_CN")
    dialog.reject()
    qtbot.waitUntil(lambda: len(workspace.laws) == laws_before + 3, timeout=WAIT)

    # Publish: the library's hash and counts first, then the server's answers.
    publish = workspace.open_publish()
    qtbot.waitUntil(lambda: publish.prepared is not None, timeout=WAIT)
    prepared = publish.prepared
    assert prepared.sha256[:16] + " " + prepared.sha256[16:32] in publish.summary.text()
    assert f"{prepared.laws} 部法律法规" in publish.summary.text()
    for language in ("zh_CN", "en", "ko"):
        window.set_language(language)
        QApplication.processEvents()
        _publish(qtbot, publish, "http://127.0.0.1:9", "it_a", SERVER_PASSWORD)
        assert publish.error_label.text().startswith(error_text("law_publish_unreachable").title)
        _publish(qtbot, publish, server.base_url, "clerk_a", SERVER_PASSWORD)
        assert publish.error_label.text().startswith(
            error_text("law_publish_forbidden").title)
        assert publish.ok_button.text() == {"zh_CN": "发布", "en": "Publish",
                                            "ko": "게시"}[language]
        shelf = server.data_dir / "blobs" / "laws"
        shelf.rename(shelf.with_name("laws-aside"))
        shelf.write_text("not a folder")  # the server cannot take the file: its 500
        try:
            _publish(qtbot, publish, server.base_url, "it_a", SERVER_PASSWORD)
        finally:
            shelf.unlink()
            shelf.with_name("laws-aside").rename(shelf)
        assert publish.error_label.text().startswith(error_text("law_publish_server_failed").title)
        screenshot(publish, f"laws_publish_error_{language}")
    window.set_language("zh_CN")
    _publish(qtbot, publish, server.base_url, "it_a", SERVER_PASSWORD)
    assert publish.result["sha256"] == prepared.sha256, publish.error_label.text()
    assert prepared.sha256[:12] in publish.summary.text()
    screenshot(publish, "laws_publish_done_zh_CN")
    qtbot.mouseClick(publish.ok_button, Qt.MouseButton.LeftButton)

    # A laptop's sync installs it; its judge sees which library and when.
    store = open_client_store(tmp_path / "laptop")
    client = logged_in_client(store, server.base_url, "clerk_a")
    client.laws_target = tmp_path / "laptop-laws" / "laws.sqlite"
    try:
        assert client.sync().laws["status"] == "installed"
    finally:
        client.close()
        store.close()
    installed = installed_library(client.laws_target)
    monkeypatch.setenv(ENV_LIBRARY, str(client.laws_target))
    window.log_out()
    for language in ("zh_CN", "en", "ko"):
        window = login(flow, "judge")
        window.set_language(language)
        window.resize(1440, 900)
        window.show()
        workspace = window.workspace(LawsWorkspace)
        window.navigation.setCurrentRow(window.entries.index(
            next(e for e in window.entries if e.names(LawsWorkspace))))
        qtbot.waitUntil(lambda ws=workspace: ws.installed is not None, timeout=WAIT)
        assert not workspace.import_button.isVisible()
        line = workspace.library_info.text()
        assert prepared.sha256[:12] in line and installed["published_at"][:10] in line
        assert {"zh_CN": "同步安装", "en": "installed by sync", "ko": "동기화"}[language] in line
        assert len(workspace.laws) == laws_before + 3
        screenshot(window, f"laws_court_library_{language}")
        window.log_out()
