"""Sync as a judge reads it, against the real case server on loopback: records by case,
name and field label, who and when (local time), the two versions of a conflict in words,
and one state in the header that agrees with the last problem (a real 401, 403, 500 and a
dropped connection), and the demo case as data kept on this PC, for court IT too."""

from __future__ import annotations

import re
import sqlite3
import time
from datetime import datetime, timedelta

import httpx
import pytest
from server_kit import PASSWORD, Api, change, new_id
from sync_kit import ThreadedServer

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.sync_workspace import SyncWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]

WAIT = 30_000
# What a database shows and a person never should.
INTERNAL = re.compile(r"base_version|server_version|created_at|updated_at|deleted|doc_type|"
                      r"case_id|record_id|\b[0-9a-f]{8}-[0-9a-f]{4}-|\b[0-9a-f]{40,64}\b|"
                      r"\bTrue\b|\bFalse\b|\{")
SCRIPT = {"zh_CN": re.compile("[\u4e00-\u9fff]"), "ko": re.compile("[\uac00-\ud7a3]")}
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){3,}")
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def shanghai_clock(monkeypatch):
    """This PC in China's time zone: the store keeps UTC, a person reads local time."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


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


def _clerk_online(qtbot, make_flow, login, server, people, language):
    """clerk_a on this PC, logged in online through the Sync workspace."""
    from courtdesk.app.profile import open_store

    store = open_store()
    try:
        AccountBook(store).adopt_server_account(people.users["clerk_a"], PASSWORD)
    finally:
        store.close()
    flow = make_flow(language)
    window = login(flow, "clerk_a", PASSWORD)
    row = next(i for i, e in enumerate(window.entries) if e.names(SyncWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(SyncWorkspace)
    workspace.server_field.setText(server.base_url)
    workspace.password_field.setText(PASSWORD)
    workspace.login_button.click()
    qtbot.waitUntil(lambda: bool(window.sync.status.get("last_sync_at")), timeout=WAIT)
    window.resize(1440, 900)
    return flow, window, workspace


def _court_case(http, people):
    """A case of the court's with clerk_a on it and a party with a phone number."""
    presiding = Api(http, "presiding_a")
    case, _ = presiding.new_case(case_number="（2024）吉24民初1号", title="张三诉李四借款合同纠纷")
    presiding.add_member(case["id"], people.id("clerk_a"), "clerk")
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三",
             "kind": "person", "id_number": "", "phone": "13800000000", "address": "延吉市",
             "representative": "", "lawyer_name": "", "lawyer_firm": ""}
    [result] = presiding.push(change("parties", party))
    assert result["status"] == "applied"
    return presiding, case, party


def _texts(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_log_and_conflicts_name_case_record_field_person_and_local_time(
        qtbot, case_profile, make_flow, login, server, memory_keyring, screenshot,
        shanghai_clock, language):
    server, people = server
    http = httpx.Client(base_url=server.base_url)
    presiding, case, party = _court_case(http, people)
    flow, window, workspace = _clerk_online(qtbot, make_flow, login, server, people, language)
    session = flow.session
    clerk = session.user
    qtbot.waitUntil(lambda: _store_call(qtbot, flow, lambda: session.store.get(
        "parties", party["id"])) is not None, timeout=WAIT)

    # The court changes the phone and deletes nothing; the clerk changes the same phone.
    current = next(r for r in reversed(presiding.pull_all(case_id=case["id"])[0])
                   if r["record_id"] == party["id"])
    [result] = presiding.push(change("parties", {**current["payload"], "phone": "13911111111"},
                                     base_version=current["server_version"]))
    assert result["status"] == "applied"

    def edit_phone():
        session.store.save("parties", {"id": party["id"], "phone": "13722222222"},
                           actor=clerk.username)

    _store_call(qtbot, flow, edit_phone)
    session.store_changed.emit()
    qtbot.waitUntil(lambda: workspace.inbox.rowCount() == 1, timeout=WAIT)
    workspace.inbox.selectRow(0)

    words = {
        "zh_CN": {"case": "案件", "party": "当事人", "phone": "电话", "synced": "已同步",
                  "conflict": "1 项冲突待处理", "sent": "已发送至法院"},
        "en": {"case": "Case", "party": "Party", "phone": "Phone", "synced": "Synced",
               "conflict": "Conflicts to resolve: 1", "sent": "Sent to the court"},
        "ko": {"case": "사건", "party": "당사자", "phone": "전화", "synced": "동기화됨",
               "conflict": "해결할 충돌 1건", "sent": "법원에 보냄"},
    }[language]
    where = f"{words['case']} （2024）吉24民初1号 · {words['party']} 张三"
    # The inbox: which record, what differs, who changed it; no database words.
    assert workspace.inbox.item(0, 2).text() == where
    assert workspace.inbox.item(0, 3).text() == words["phone"]
    assert workspace.inbox.item(0, 4).text() == clerk.display_name
    compare = workspace.compare.toPlainText()
    assert "13911111111" in compare and "13722222222" in compare
    assert where in compare
    assert not INTERNAL.search(compare), compare
    # The header and the status bar follow the sync status, which arrives on its own.
    qtbot.waitUntil(lambda: window.status.sync_label.text() == words["conflict"], timeout=WAIT)
    assert workspace.state.text() == words["conflict"]
    screenshot(window, f"sync_view_{language}_conflict")

    # The log: the change by name, field and person, at this PC's local time.
    log_what = _texts(workspace.log, 2)
    line = next(r for r, text in enumerate(log_what)
                if text.startswith(f"{where} · {words['phone']}"))
    assert workspace.log.item(line, 3).text() == clerk.display_name
    received = {"zh_CN": "法院服务器", "en": "The court's server", "ko": "법원 서버"}[language]
    assert received in _texts(workspace.log, 3)  # what the court sent, by the court
    made = _store_call(qtbot, flow, lambda: session.store.query(
        "SELECT created_at FROM outbox WHERE record_id = ? ORDER BY seq DESC LIMIT 1",
        (party["id"],))[0]["created_at"])
    shown = workspace.log.item(line, 0).text()
    # China has no daylight saving: local time is UTC+8, not the store's UTC.
    local = datetime.fromisoformat(made).replace(tzinfo=None) + timedelta(hours=8)
    assert shown == local.strftime("%Y-%m-%d %H:%M:%S")
    # The time column is wide enough for the whole time: nothing elided.
    metrics = workspace.log.fontMetrics()
    qtbot.waitUntil(lambda: workspace.log.columnWidth(0) >= metrics.horizontalAdvance(shown),
                    timeout=5000)  # after the layout pass that sizes the columns
    for row in range(workspace.log.rowCount()):
        text = " ".join(workspace.log.item(row, c).text() for c in range(4))
        assert not INTERNAL.search(text), text
        if language != "en":
            assert not ENGLISH_RUN.search(text), text
        if language == "zh_CN":
            assert not HANGUL.search(text), text

    # Keep mine: only the phone goes again, on top of the court's version.
    assert words["phone"] in workspace.resolve_hint.text()
    workspace.keep_mine.click()
    qtbot.waitUntil(lambda: workspace.inbox.rowCount() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: any(r["record_id"] == party["id"]
                                and r["payload"]["phone"] == "13722222222"
                                for r in presiding.pull_all(case_id=case["id"])[0]),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: window.status.sync_label.text() == words["synced"], timeout=WAIT)
    qtbot.waitUntil(lambda: any(text.startswith(words["sent"])
                                for text in _texts(workspace.log, 1)), timeout=WAIT)
    screenshot(window, f"sync_view_{language}_log")
    http.close()


def test_a_record_deleted_by_the_court_reads_as_deleted(
        qtbot, case_profile, make_flow, login, server, memory_keyring, screenshot):
    server, people = server
    http = httpx.Client(base_url=server.base_url)
    presiding, case, party = _court_case(http, people)
    flow, window, workspace = _clerk_online(qtbot, make_flow, login, server, people, "zh_CN")
    session = flow.session
    qtbot.waitUntil(lambda: _store_call(qtbot, flow, lambda: session.store.get(
        "parties", party["id"])) is not None, timeout=WAIT)
    current = next(r for r in reversed(presiding.pull_all(case_id=case["id"])[0])
                   if r["record_id"] == party["id"])
    [result] = presiding.push(change("parties", current["payload"], op="delete",
                                     base_version=current["server_version"]))
    assert result["status"] == "applied"

    def edit_address():
        session.store.save("parties", {"id": party["id"], "address": "图们市"},
                           actor=session.user.username)

    _store_call(qtbot, flow, edit_address)
    session.store_changed.emit()
    qtbot.waitUntil(lambda: workspace.inbox.rowCount() == 1, timeout=WAIT)
    workspace.inbox.selectRow(0)
    compare = workspace.compare.toPlainText()
    assert "已删除" in compare and "图们市" in compare and "地址" in compare
    assert not INTERNAL.search(compare), compare
    screenshot(window, "sync_view_zh_CN_deleted")
    http.close()


def test_header_state_agrees_with_the_last_problem(
        qtbot, case_profile, make_flow, login, server, memory_keyring, screenshot):
    """已同步 → a real 401 (password changed on the server) → 需要登录; a real 403 (the
    store's audit trail held by another court) → 服务器拒绝; a real 500 (the database
    refuses the write) → 服务器暂不可用; the server gone → 离线."""
    from courtdesk.case_server.admin import CourtAdmin
    from courtdesk.case_server.db import Database

    server, people = server
    http = httpx.Client(base_url=server.base_url)
    _court_case(http, people)
    flow, window, workspace = _clerk_online(qtbot, make_flow, login, server, people, "zh_CN")
    session = flow.session
    sync = window.sync
    label = window.status.sync_label

    def state_after_round(expected: str) -> None:
        sync.sync_now()
        qtbot.waitUntil(lambda: label.text().startswith(expected), timeout=WAIT)
        assert workspace.state.text() == label.text()
        unclipped()

    def unclipped() -> None:
        # The status bar gives the state the room its text needs (after the layout pass).
        qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width(), timeout=5000)

    qtbot.waitUntil(lambda: label.text() == "已同步", timeout=WAIT)

    # 401: court IT set a new password on the server, which ends this login.
    db = Database(server.db_url)
    CourtAdmin(db).set_password("clerk_a", "a-new-password")
    db.dispose()
    state_after_round("需要登录")
    assert "最近的问题：请重新登录法院服务器" in workspace.detail.text() or \
        "最近的问题：法院服务器的登录已过期" in workspace.detail.text(), \
        workspace.detail.text()
    assert "已以clerk_a身份登录" not in workspace.detail.text()  # no word of the old login
    assert "在线" not in label.text()
    screenshot(window, "sync_view_zh_CN_login")
    workspace.server_field.setText(server.base_url)
    workspace.password_field.setText("a-new-password")
    workspace.login_button.click()
    qtbot.waitUntil(lambda: label.text() == "已同步", timeout=WAIT)

    # 403: the server holds this PC's audit trail under another court.
    def new_entry():
        CaseBook(session.store, session.user).create_case("（2024）吉24民初2号", "新案件")

    with sqlite3.connect(server.data_dir / "server.db") as db_file:
        court_b = db_file.execute("SELECT id FROM courts WHERE code = 'B'").fetchone()[0]
        db_file.execute("UPDATE audit_clients SET court_id = ?", (court_b,))
    _store_call(qtbot, flow, new_entry)
    session.store_changed.emit()
    qtbot.waitUntil(lambda: label.text().startswith("服务器拒绝"), timeout=WAIT)
    assert workspace.state.text() == label.text()
    unclipped()
    # The trail is court IT's matter, not "ask to be added to the case".
    assert "最近的问题：法院服务器不接收以您的账户发送的本机审计日志" in workspace.detail.text()
    qtbot.waitUntil(lambda: "审计日志被拒收" in _texts(workspace.log, 1), timeout=WAIT)
    screenshot(window, "sync_view_zh_CN_refused")

    # 500: the database refuses every new change (a fault of the server, not of ours).
    with sqlite3.connect(server.data_dir / "server.db") as db_file:
        db_file.execute("UPDATE audit_clients SET court_id = (SELECT id FROM courts"
                        " WHERE code = 'A')")
        db_file.execute("CREATE TRIGGER refuse BEFORE INSERT ON change_log "
                        "BEGIN SELECT RAISE(ABORT, 'disk quota'); END")

    def another_edit():
        CaseBook(session.store, session.user).create_case("（2024）吉24民初3号", "又一案件")

    _store_call(qtbot, flow, another_edit)
    session.store_changed.emit()
    qtbot.waitUntil(lambda: sync.status.get("last_error_code") == "server_busy", timeout=WAIT)
    assert "500" in sync.status.get("last_error", "")
    qtbot.waitUntil(lambda: label.text().startswith("服务器暂不可用"), timeout=WAIT)
    unclipped()
    assert "待同步" in label.text()  # what waits is still said
    assert "法院服务器繁忙" in workspace.detail.text()

    # The connection drops: the server is gone.
    server.stop()
    state_after_round("离线")
    assert "无法连接法院服务器" in workspace.detail.text()
    assert "待同步" in label.text()
    screenshot(window, "sync_view_zh_CN_offline")
    http.close()


@pytest.mark.parametrize("username", ["clerk", "admin"])
def test_demo_case_reads_as_kept_on_this_pc_not_a_growing_count(
        qtbot, case_profile, make_flow, login, screenshot, username):
    flow = make_flow("zh_CN")
    window = login(flow, username)
    label = window.status.sync_label
    qtbot.waitUntil(lambda: label.text() == "演示数据，仅保存在本机", timeout=WAIT)
    # A hearing recorded on the demo case adds changes every second: none of them waits.
    store = flow.store
    hearing_id = _store_call(qtbot, flow, lambda: store.query(
        "SELECT id FROM hearings WHERE case_id = ? LIMIT 1",
        (case_profile.case_id,))[0]["id"])

    def record_seconds():
        for second in range(5):
            store.save("segments", {"hearing_id": hearing_id, "channel": 0,
                                    "speaker_role": "judge", "start_ms": 900_000 + second,
                                    "end_ms": 900_500 + second, "asr_text": "第几句"},
                       actor="clerk")

    _store_call(qtbot, flow, record_seconds)
    window.session.store_changed.emit()
    with qtbot.waitSignal(window.sync.status_changed, timeout=WAIT):
        window.sync.refresh_counts()  # read after the five were saved (one store queue)
    assert window.status.pending == 0
    assert label.text() == "演示数据，仅保存在本机"
    assert "待同步" not in label.text() and "更改" not in label.text()
    assert window.status.findChild(type(label), "statusPending") is None  # one state only
    window.resize(1280, 800)
    screenshot(window, f"sync_view_zh_CN_demo_{username}")
