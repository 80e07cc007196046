"""Sync against the real case server as a subprocess on 127.0.0.1: two clients on one
case, annotations, append-only segments, exactly-once under faults, restarts."""

from __future__ import annotations

import pytest
from server_kit import segment_row
from sync_kit import FaultyTransport, adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.sync_transport import ServerUnreachable, SyncError

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]




def client_for(tmp_path, server, username, name=None, transport=None):
    store = open_client_store(tmp_path / (name or username))
    client = logged_in_client(store, server.base_url, username, transport=transport)
    user = adopt(store, client, username)
    return store, client, user


def server_changes(server, change_id):
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{server.data_dir / 'server.db'}")
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT count(*) FROM change_log WHERE change_id = :c"),
                             {"c": change_id}).scalar()
    engine.dispose()
    return count


def test_two_clients_edit_one_case_server_wins_and_mine_waits_in_the_inbox(tmp_path, server):
    store_a, sync_a, clerk = client_for(tmp_path, server, "clerk_a")
    store_b, sync_b, _ = client_for(tmp_path, server, "clerk_a", name="clerk_a_laptop")
    case = CaseBook(store_a, clerk).create_case("(2025)吉01民初1号", "合同纠纷")
    report = sync_a.sync()
    assert report.ok and report.applied == 2 and report.conflicts == 0
    assert store_a.get("cases", case["id"])["server_version"] == 1
    assert store_a.pending_changes() == 0

    sync_b.sync()
    assert store_b.get("cases", case["id"])["title"] == "合同纠纷"
    # Both edit the title offline; A syncs first.
    book_b = CaseBook(store_b, adopt(store_b, sync_b, "clerk_a"))
    CaseBook(store_a, clerk).update_case(case["id"], title="A的标题")
    book_b.update_case(case["id"], title="B的标题", cause="借款")
    assert sync_a.sync().applied == 1
    report_b = sync_b.sync()
    assert report_b.conflicts == 1
    assert store_b.get("cases", case["id"])["title"] == "A的标题"  # the court's row stands
    [entry] = sync_b.inbox.entries()
    assert entry.kind == "conflict" and entry.mine["title"] == "B的标题"
    assert set(entry.changed_fields) >= {"title", "cause"}
    assert store_b.pending_changes() == 0

    # Re-apply mine on top of the new base: it goes out as a fresh change and applies.
    sync_b.inbox.resolve(entry.id, "mine", actor="clerk_a")
    assert store_b.pending_changes() == 1
    assert sync_b.sync().applied == 1
    sync_a.sync()
    assert store_a.get("cases", case["id"])["title"] == "B的标题"
    assert store_a.get("cases", case["id"])["cause"] == "借款"
    assert sync_b.inbox.count_open() == 0


def test_segments_are_append_only_and_revisions_must_rise(tmp_path, server):
    store, sync, clerk = client_for(tmp_path, server, "clerk_a", name="seg")
    case = CaseBook(store, clerk).create_case("(2025)吉01民初2号", "庭审")
    hearing = store.save("hearings", {"case_id": case["id"], "title": "庭审"}, actor="clerk_a")
    rows = [{k: v for k, v in segment_row(hearing["id"], n).items() if k != "id"}
            for n in range(30)]
    stored = store.append_many("segments", rows, actor="clerk_a", action="segments.add")
    report = sync.sync()
    assert report.applied == 33 and report.rejected == 0
    first = stored[0]
    store.save("segments", {"id": first["id"], "edited_text": "更正", "revision": 1},
               actor="clerk_a")
    store.save("segments", {"id": stored[1]["id"], "asr_text": "篡改"}, actor="clerk_a")
    report = sync.sync()
    assert report.applied == 1 and report.rejected == 1
    [entry] = sync.inbox.entries()
    assert entry.kind == "rejected" and entry.code == "append_only"
    assert store.pending_changes() == 0  # not retried forever
    # Stored before the segment knew where it came from, it counts as heard live: a later
    # claim that it was transcribed after the hearing is a change, and refused.
    store.save("segments", {"id": stored[2]["id"], "origin": "after_hearing"}, actor="clerk_a")
    report = sync.sync()
    assert report.applied == 0 and report.rejected == 1


def test_exactly_once_through_dropped_lost_duplicated_and_failed_pushes(tmp_path, server):
    faults = FaultyTransport()
    store, sync, clerk = client_for(tmp_path, server, "clerk_a", name="faults",
                                    transport=faults)
    book = CaseBook(store, clerk)
    case = book.create_case("(2025)吉01民初3号", "故障")
    for fault in ("drop_request", "drop_response", "server_error"):
        faults.add(fault, "/sync/push")
        with pytest.raises(SyncError):
            sync.sync()
        # Nothing is lost or stuck in flight: the same change ids wait to go again.
        assert store.pending_changes() == 2
        assert store.query("SELECT count(*) n FROM outbox WHERE state='inflight'")[0]["n"] == 0
    faults.add("duplicate", "/sync/push")
    report = sync.sync()
    assert report.applied == 2 and report.replayed == 2  # the lost answer's replay
    for row in store.query("SELECT change_id FROM outbox"):
        assert server_changes(server, row["change_id"]) == 1
    book.update_case(case["id"], summary="一次")
    faults.add("duplicate", "/sync/push")
    assert sync.sync().applied == 1
    for row in store.query("SELECT change_id FROM outbox"):
        assert server_changes(server, row["change_id"]) == 1


def test_client_killed_with_changes_in_flight_resends_the_same_ids(tmp_path, server):
    store, sync, clerk = client_for(tmp_path, server, "clerk_a", name="killed")
    CaseBook(store, clerk).create_case("(2025)吉01民初4号", "断电")
    ids = [r["change_id"] for r in store.query("SELECT change_id FROM outbox")]
    # The server commits, then the process dies before it hears the answer.
    sync.session.send("POST", "/sync/push", json={"client_id": store.header.store_id,
                      "changes": [dict(change_id=r["change_id"], record_type=r["record_type"],
                                       record_id=r["record_id"], op=r["op"],
                                       base_version=r["base_version"], author=r["author"],
                                       payload=__import__("json").loads(r["payload"]))
                                  for r in store.query("SELECT * FROM outbox")]})
    with store.transaction():
        store.conn.execute("UPDATE outbox SET state = 'inflight'")
    store.close()
    store = open_client_store(tmp_path / "killed")  # the start-up sweep requeues
    assert store.pending_changes() == 2
    sync = logged_in_client(store, server.base_url, "clerk_a")
    report = sync.sync()
    assert report.applied == 2 and report.replayed == 2
    assert all(server_changes(server, i) == 1 for i in ids)


def test_server_killed_mid_sync_and_restarted(tmp_path, server):
    store, sync, clerk = client_for(tmp_path, server, "clerk_a", name="restart")
    case = CaseBook(store, clerk).create_case("(2025)吉01民初5号", "重启")
    hearing = store.save("hearings", {"case_id": case["id"], "title": "庭审"}, actor="clerk_a")
    sync.sync()
    rows = [{k: v for k, v in segment_row(hearing["id"], n).items() if k != "id"}
            for n in range(200)]
    store.append_many("segments", rows, actor="clerk_a", action="segments.add")
    server.kill()
    try:
        with pytest.raises(ServerUnreachable):
            sync.sync()
        assert store.pending_changes() == 200
    finally:
        server.start()
    report = sync.sync()
    assert report.applied == 200 and store.pending_changes() == 0
