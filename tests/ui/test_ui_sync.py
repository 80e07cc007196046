"""The Sync workspace and status line against the real case server (uvicorn on loopback):
log in online from the GUI as the window's own account, pull the court's case, send a local
edit (and none of another account's), resolve a conflict."""

from __future__ import annotations

import sys
import threading

import pytest
from server_kit import PASSWORD, Api, change
from sync_kit import ThreadedServer

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.sync_client import server_lock
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.sync_workspace import SyncWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]

WAIT = 30_000


@pytest.fixture
def server(tmp_path):
    server = ThreadedServer(tmp_path / "server")
    server.data_dir.mkdir()
    people = server.seed()
    server.start()
    yield server, people
    server.stop()


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def test_clerk_logs_in_online_syncs_and_resolves_a_conflict(
        qtbot, case_profile, make_flow, login, server, memory_keyring, screenshot):
    server, people = server
    import httpx

    http = httpx.Client(base_url=server.base_url)
    presiding = Api(http, "presiding_a")
    case, _ = presiding.new_case(title="延吉市某公司诉某某买卖合同纠纷")
    presiding.add_member(case["id"], people.id("clerk_a"), "clerk")

    # Two court users already have accounts on this PC from earlier online logins (their
    # tokens since expired); presiding_a worked offline on a case of their own.
    from courtdesk.app.profile import open_store

    store = open_store()
    try:
        book = AccountBook(store)
        book.adopt_server_account(people.users["clerk_a"], PASSWORD)
        other = book.adopt_server_account(people.users["presiding_a"], PASSWORD)
        others_case = CaseBook(store, other).create_case("(2026)吉2401民初77号", "他人的案件")
    finally:
        store.close()

    flow = make_flow("zh_CN")
    # clerk_a logs in locally; the Sync workspace logs in to the court's server as clerk_a.
    window = login(flow, "clerk_a", PASSWORD)
    row = next(i for i, e in enumerate(window.entries) if e.names(SyncWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(SyncWorkspace)
    qtbot.waitUntil(lambda: "只在本机工作" in workspace.state.text(), timeout=WAIT)
    assert not workspace.sync_button.isEnabled()

    workspace.server_field.setText(server.base_url)
    # The online login is the window's own account: the name is not for typing another.
    assert workspace.username_field.text() == "clerk_a"
    assert workspace.username_field.isReadOnly()
    workspace.password_field.setText(PASSWORD)
    workspace.login_button.click()
    qtbot.waitUntil(lambda: "clerk_a" in workspace.detail.text()
                    or "已登录" in workspace.detail.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(window.sync.status.get("online")
                                 and window.sync.status.get("last_sync_at")), timeout=WAIT)
    assert workspace.password_field.text() == ""  # the password does not linger
    # presiding_a's two offline changes wait for their own login: one state says so.
    qtbot.waitUntil(lambda: window.status.sync_label.text() == "待同步 2 项", timeout=WAIT)

    # The court's case arrived; clerk_a can now also log in here offline.
    session = flow.session
    arrived = _store_call(qtbot, flow, lambda: session.store.get("cases", case["id"]))
    assert arrived is not None and arrived["title"] == case["title"]
    clerk_a = _store_call(qtbot, flow,
                          lambda: AccountBook(session.store).login("clerk_a", PASSWORD))
    assert clerk_a.id == people.id("clerk_a")

    # A local edit by clerk_a goes out with the next round.
    def edit_locally():
        CaseBook(session.store, clerk_a).update_case(case["id"], cause="买卖合同纠纷")

    _store_call(qtbot, flow, edit_locally)
    session.store_changed.emit()

    def on_server() -> list[dict]:
        return presiding.pull_all(case_id=case["id"])[0]

    qtbot.waitUntil(lambda: any(r["record_type"] == "cases"
                                and r["payload"].get("cause") == "买卖合同纠纷"
                                for r in on_server()), timeout=WAIT)
    # presiding_a's two changes wait for presiding_a's own login, and say so.
    qtbot.waitUntil(lambda: window.status.pending == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: window.sync.status.get("waiting_for_others") == 2, timeout=WAIT)
    assert "其中 2 项由本机其他人作出" in workspace.detail.text()
    assert presiding.pull_all(case_id=others_case["id"])[0] == []
    # Another person's online login in this window is refused before anything is sent.
    refused = []
    window.sync.log_in(server.base_url, "presiding_a", PASSWORD, on_done=refused.append,
                       on_error=refused.append)
    assert [getattr(e, "code", "") for e in refused] == ["login_other_account"]
    from courtdesk.ui.messages import describe

    assert describe(refused[0]).text.title == "法院服务器登录必须是您本人的账号"
    rows = on_server()

    # The court changes the title while clerk_a changes it here: a conflict for the inbox.
    current = next(r for r in reversed(rows) if r["record_type"] == "cases")
    [result] = presiding.push(change("cases", {**current["payload"], "title": "法院改的标题"},
                                     base_version=current["server_version"]))
    assert result["status"] == "applied"

    def edit_again():
        CaseBook(session.store, clerk_a).update_case(case["id"], title="书记员改的标题")

    _store_call(qtbot, flow, edit_again)
    session.store_changed.emit()
    qtbot.waitUntil(lambda: workspace.inbox.rowCount() == 1, timeout=WAIT)
    # The status bar follows the sync status, which arrives on its own after the inbox fills.
    qtbot.waitUntil(lambda: "冲突" in window.status.sync_label.text(), timeout=WAIT)
    workspace.inbox.selectRow(0)
    # Record and field by their Chinese names, and why it is in the inbox.
    assert workspace.inbox.item(0, 2).text().startswith("案件 ")
    assert workspace.inbox.item(0, 3).text() == "标题"
    assert "法院也修改了这条记录" in workspace.compare.toPlainText()
    assert "法院改的标题" in workspace.compare.toPlainText()
    assert "书记员改的标题" in workspace.compare.toPlainText()
    window.resize(1440, 900)
    screenshot(window, "sync_zh_CN_conflict")
    workspace.keep_server.click()
    qtbot.waitUntil(lambda: workspace.inbox.rowCount() == 0
                    and window.sync.status.get("conflicts") == 0, timeout=WAIT)
    title = _store_call(qtbot, flow, lambda: session.store.get("cases", case["id"])["title"])
    assert title == "法院改的标题"  # the court's version stands

    # Sync log lists the rounds.
    assert workspace.log.rowCount() >= 2

    # On a paid 5G link large files wait; the choice is remembered for the next start.
    workspace.metered.setChecked(True)
    assert window.sync.client.blobs.metered
    from courtdesk.app.preferences import PrefKey

    assert session.prefs.get(PrefKey.METERED_LINK) is True

    # "Take this case offline" while a sync of the same server is under way waits for it,
    # on the sync worker's thread: never two syncs of one server at once.
    sync = window.sync
    worker_thread = next(t for t in threading.enumerate() if t.name == f"sync {sync.server}")
    qtbot.waitUntil(lambda: sync.worker.idle, timeout=WAIT)
    fetched, failures = [], []
    with server_lock(session.store.header.store_id, sync.server):  # as a round would
        sync.take_offline(case["id"], on_done=fetched.append, on_error=failures.append)
        qtbot.waitUntil(lambda: running_in(worker_thread, "take_case_offline"), timeout=WAIT)
        qtbot.wait(300)
        assert fetched == [] and failures == []  # waiting for the round, not beside it
    qtbot.waitUntil(lambda: bool(fetched or failures), timeout=WAIT)
    assert failures == [] and fetched[0].complete
    assert fetched[0].case_number == case["case_number"]
    http.close()


def running_in(thread: threading.Thread, function: str) -> bool:
    frame = sys._current_frames().get(thread.ident)
    while frame is not None:
        if frame.f_code.co_name == function:
            return True
        frame = frame.f_back
    return False
