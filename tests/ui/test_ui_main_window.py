"""The main window as clerks and judges use it: cases, search, detail, language, status."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from courtdesk.app.config import MachineConfig
from courtdesk.app.preferences import Preferences, PrefKey
from courtdesk.ui.jobs import Queue
from courtdesk.ui.startup import initial_language
from courtdesk.ui.views.cases_workspace import CasesWorkspace

SYNC_COLUMN = -1


def _type_chinese(widget, text: str) -> None:
    """Chinese is typed through an input method, which commits whole words."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _cases(qtbot, window) -> CasesWorkspace:
    workspace = window.workspace(CasesWorkspace)
    qtbot.waitUntil(lambda: bool(workspace.model.rows), timeout=20_000)
    return workspace


def _open(qtbot, workspace, case_id: str) -> dict:
    row = workspace.model.row_of(case_id)
    assert row >= 0
    workspace.table.selectRow(row)
    qtbot.waitUntil(lambda: workspace.detail.case_data is not None
                    and workspace.detail.case_data["case"]["id"] == case_id, timeout=20_000)
    return workspace.detail.case_data


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column % model.columnCount()))


def _store_call(qtbot, flow, fn):
    """Run ``fn`` on the store queue (the GUI never touches the store from its own thread)."""
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def _big(window) -> None:
    window.resize(1440, 900)
    QApplication.processEvents()


def test_clerk_lists_searches_and_opens_a_case(qtbot, case_profile, make_flow, login,
                                               screenshot):
    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    workspace = _cases(qtbot, window)
    model = workspace.model
    row = model.row_of(case_profile.case_id)
    assert _cell(model, row, 0) == case_profile.case_number
    assert _cell(model, row, 4) == "书记员"
    # The demo case is kept on this PC by design: neither waiting to be sent nor synced.
    assert _cell(model, row, SYNC_COLUMN) == "仅存本机"
    assert model.data(model.index(row, model.columnCount() - 1),
                      Qt.ItemDataRole.BackgroundRole) is None  # no "waiting" tint
    assert model.headerData(0, Qt.Orientation.Horizontal) == "案号"

    # Search runs in the store queue; only matching cases stay.
    _type_chinese(workspace.search, "没有这个案件")
    qtbot.waitUntil(lambda: not model.rows and workspace.empty_label.isVisible(), timeout=10_000)
    assert workspace.empty_label.text() == "没有与“没有这个案件”匹配的案件。"
    workspace.search.clear()
    _type_chinese(workspace.search, case_profile.plaintiff[:4])  # a party's name finds it
    qtbot.waitUntil(lambda: model.row_of(case_profile.case_id) >= 0, timeout=10_000)
    workspace.search.clear()
    qtbot.keyClicks(workspace.search, "1234")
    qtbot.waitUntil(lambda: [r["id"] for r in model.rows] == [case_profile.case_id],
                    timeout=10_000)

    data = _open(qtbot, workspace, case_profile.case_id)
    detail = workspace.detail
    assert detail.number_label.text() == case_profile.case_number
    parties = [_cell(detail.parties, r, 1) for r in range(detail.parties.rowCount())]
    assert case_profile.plaintiff in parties
    assert "原告" in [_cell(detail.parties, r, 0) for r in range(detail.parties.rowCount())]
    assert detail.tabs.tabText(0) == f"当事人 ({len(data['parties'])})"
    assert not detail.unsynced_badge.isVisible()  # no orange "未同步" on the demo
    assert _cell(detail.parties, 0, SYNC_COLUMN) == "仅存本机"
    # The clerk does not sit on the deliberation: the core leaves it out.
    kinds = {h["kind"] for h in data["hearings"]}
    assert "deliberation" not in kinds and "hearing" in kinds
    titles = [_cell(detail.hearings, r, 1) for r in range(detail.hearings.rowCount())]
    assert case_profile.deliberation not in titles
    assert detail.documents.rowCount() >= 1
    assert _cell(detail.documents, 0, 0) == "第1卷"
    _big(window)
    screenshot(window, "main_zh_CN_clerk")
    detail.tabs.setCurrentIndex(2)
    screenshot(window, "main_zh_CN_dossier")


def test_presiding_judge_sees_the_deliberation_in_korean(qtbot, case_profile, make_flow, login,
                                                        screenshot):
    flow = make_flow("ko")
    window = login(flow, "presiding")
    assert window.navigation.item(0).text() == "사건"
    workspace = _cases(qtbot, window)
    _open(qtbot, workspace, case_profile.case_id)
    detail = workspace.detail
    rows = range(detail.hearings.rowCount())
    titles = [_cell(detail.hearings, r, 1) for r in rows]
    assert case_profile.deliberation in titles
    assert "합의" in [_cell(detail.hearings, r, 0) for r in rows]
    assert detail.tabs.tabText(1).startswith("개정 (")
    assert window.status.role_label.text() == "재판장"
    detail.tabs.setCurrentIndex(1)
    _big(window)
    screenshot(window, "main_ko_presiding_hearings")


def test_language_switches_at_run_time_and_is_remembered(qtbot, case_profile, make_flow, login,
                                                         isolated_profile, screenshot):
    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    workspace = _cases(qtbot, window)
    data = _open(qtbot, workspace, case_profile.case_id)
    parties = len(data["parties"])
    header = workspace.model.headerData

    def texts():
        return (window.navigation.item(0).text(), window.windowTitle().split(" — ")[0],
                window.file_menu.title(), header(0, Qt.Orientation.Horizontal),
                workspace.detail.tabs.tabText(0), window.status.role_label.text(),
                workspace.search.placeholderText())

    assert texts()[:6] == ("案件", "案件", "文件(&F)", "案号", f"当事人 ({parties})", "书记员")
    window.language_actions["en"].trigger()
    # Qt delivers LanguageChange to every widget through the event loop.
    qtbot.waitUntil(lambda: texts()[0] == "Cases", timeout=5000)
    assert texts()[:6] == ("Cases", "Cases", "&File", "Case number", f"Parties ({parties})",
                           "Clerk")
    assert workspace.search.placeholderText().startswith("Search by case number")
    window.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: texts()[0] == "사건", timeout=5000)
    assert texts()[:6] == ("사건", "사건", "파일(&F)", "사건번호", f"당사자 ({parties})", "서기관")
    assert window.language_actions["ko"].isChecked()
    assert not window.language_actions["zh_CN"].isChecked()
    _big(window)
    screenshot(window, "main_ko_after_switch")
    saved = json.loads((isolated_profile / "preferences.json").read_text("utf-8"))
    assert saved["language"] == "ko"

    # Restart: quit, then start again the way run_gui picks the language.
    window.close()
    qtbot.waitUntil(lambda: flow.exit_code == 0, timeout=5000)
    flow.close()
    language = initial_language(Preferences(isolated_profile), MachineConfig())
    assert language == "ko"
    again = make_flow(language)
    window = login(again, "clerk")
    assert window.navigation.item(0).text() == "사건"
    assert window.language_actions["ko"].isChecked()


def test_machine_config_language_is_the_default(isolated_profile):
    prefs = Preferences(isolated_profile)
    assert initial_language(prefs, MachineConfig()) == "zh_CN"
    assert initial_language(prefs, MachineConfig(default_language="ko")) == "ko"
    prefs.set(PrefKey.LANGUAGE, "en")
    assert initial_language(prefs, MachineConfig(default_language="ko")) == "en"


def test_status_bar_counts_pending_changes_and_refreshes(qtbot, case_profile, make_flow, login):
    from courtdesk.app.casebook import CaseBook

    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    status = window.status
    store = flow.store
    pending = _store_call(qtbot, flow, store.pending_changes)
    # The demo case stays on this PC (never sent), so it waits for nothing; the status
    # bar says so rather than "all synced" beside records marked unsynced.
    assert pending == 0
    assert _store_call(qtbot, flow, store.local_only_changes) > 0
    qtbot.waitUntil(lambda: status.sync_label.text() == "演示数据，仅保存在本机",
                    timeout=10_000)
    assert status.store_label.text() == "加密案件库：正常（口令）"
    assert status.role_label.text() == "书记员"
    assert status.user_label.text() == window.session.user.display_name

    workspace = _cases(qtbot, window)
    _open(qtbot, workspace, case_profile.case_id)
    book = CaseBook(store, window.session.user)
    _store_call(qtbot, flow, lambda: book.add_party(case_profile.case_id, "third_party",
                                                    "延边某担保有限公司"))
    window.session.store_changed.emit()  # what every write in the GUI announces
    # A party added to the demo case stays on this PC too: nothing starts waiting.
    assert _store_call(qtbot, flow, store.pending_changes) == pending + 1
    with qtbot.waitSignal(window.sync.status_changed, timeout=10_000):
        window.sync.refresh_counts()  # read after the party was saved (one store queue)
    assert status.pending == 0
    assert status.sync_label.text() == "演示数据，仅保存在本机"
    detail = workspace.detail
    qtbot.waitUntil(lambda: "延边某担保有限公司" in [
        _cell(detail.parties, r, 1) for r in range(detail.parties.rowCount())], timeout=10_000)
    row = [_cell(detail.parties, r, 1) for r in range(detail.parties.rowCount())].index(
        "延边某担保有限公司")
    assert _cell(detail.parties, row, 0) == "第三人"
    assert _cell(detail.parties, row, SYNC_COLUMN) == "仅存本机"

    # A real case made on this PC is waiting to be sent, and says so.
    real = _store_call(qtbot, flow, lambda: book.create_case(
        "（2026）吉2401民初77号", "金某诉李某借款合同纠纷", cause="借款合同纠纷"))
    window.session.store_changed.emit()
    qtbot.waitUntil(lambda: workspace.model.row_of(real["id"]) >= 0, timeout=10_000)
    assert _cell(workspace.model, workspace.model.row_of(real["id"]), SYNC_COLUMN) == "未同步"
    _open(qtbot, workspace, real["id"])
    assert detail.unsynced_badge.isVisible() and detail.unsynced_badge.text() == "未同步"


def test_log_out_returns_to_login_and_remembers_geometry(qtbot, case_profile, make_flow, login,
                                                         isolated_profile):
    flow = make_flow("en")
    window = login(flow, "clerk")
    assert [a.text() for a in window.file_menu.actions() if a.text()] == [
        "&Verify signatures of a file…", "&Log out", "&Quit"]
    window.about_action.trigger()
    about = window.findChild(QMessageBox, "aboutBox")
    assert about is not None and about.isVisible() and "courtdesk 0." in about.text()
    about.done(0)
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: flow.main_window is None and flow.login_dialog is not None,
                    timeout=10_000)
    assert flow.exit_code is None  # logging out is not quitting
    assert Preferences(isolated_profile).get(PrefKey.WINDOW_GEOMETRY)
    assert flow.login_dialog.username.text() == "clerk"
    window = login(flow, "presiding")
    assert window.session.user.username == "presiding"


def test_court_it_creates_an_account(qtbot, case_profile, make_flow, login, screenshot):
    from courtdesk.ui.views.accounts_workspace import AccountsWorkspace

    flow = make_flow("zh_CN")
    window = login(flow, "admin")
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "法律法规", "账户"]
    assert window.navigation.currentItem().text() == "账户"
    workspace = window.workspace(AccountsWorkspace)
    qtbot.waitUntil(lambda: len(workspace.model.rows) >= 4, timeout=10_000)
    before = len(workspace.model.rows)
    qtbot.mouseClick(workspace.new_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "newAccountDialog" and w.isVisible())
    qtbot.keyClicks(dialog.username, "clerk2")
    _type_chinese(dialog.display_name, "朴书记员")
    dialog.role.setCurrentIndex(0)
    qtbot.keyClicks(dialog.password, "clerk2-password")
    qtbot.keyClicks(dialog.repeat, "clerk2-password")
    screenshot(dialog, "new_account_zh_CN")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(workspace.model.rows) == before + 1, timeout=10_000)
    row = workspace.model.row_of(next(r["id"] for r in workspace.model.rows
                                      if r["username"] == "clerk2"))
    assert _cell(workspace.model, row, 1) == "朴书记员"
    assert _cell(workspace.model, row, 2) == "书记员"
