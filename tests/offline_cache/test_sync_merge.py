"""Annotations merge per field and keep both versions on a clash; a pull that crashes
before its cursor is stored loses nothing; the worker syncs unattended and reports status."""

from __future__ import annotations

import os

import pytest
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.sync_apply import ensure_known_user, read_cursor
from courtdesk.offline_cache.sync_worker import SyncWorker, wait_for

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]




def two_laptops(tmp_path, server):
    """The same judge on two laptops, one shared case with a document and an annotation."""
    a = open_client_store(tmp_path / "a")
    sync_a = logged_in_client(a, server.base_url, "judge_a")
    judge = adopt(a, sync_a, "judge_a")
    from courtdesk.common.roles import Role

    assert judge.role is Role.JUDGE
    # A judge cannot create cases; the case comes from the presiding judge.
    p = open_client_store(tmp_path / "p")
    sync_p = logged_in_client(p, server.base_url, "presiding_a")
    presiding = adopt(p, sync_p, "presiding_a")
    case = CaseBook(p, presiding).create_case(f"(2025)M{os.urandom(3).hex()}", "合议")
    ensure_known_user(p, judge.id)  # a colleague this PC knows by id only
    p.save("case_members", {"case_id": case["id"], "user_id": judge.id,
                            "role_in_case": "judge"}, actor="presiding_a")
    sha = BlobStore(p).put_bytes(b"%PDF-1.4 evidence")
    doc = p.save("documents", {"case_id": case["id"], "title": "证据", "blob_sha256": sha},
                 actor="presiding_a")
    assert sync_p.sync().applied == 4
    sync_a.sync()
    note = a.save("annotations", {"case_id": case["id"], "document_id": doc["id"],
                                  "doc_sha256": sha, "page_index": 0, "kind": "note",
                                  "color": "yellow", "text": "原注", "author": judge.id},
                  actor="judge_a")
    assert sync_a.sync().applied == 1
    b = open_client_store(tmp_path / "b")
    sync_b = logged_in_client(b, server.base_url, "judge_a")
    sync_b.sync()
    assert b.get("annotations", note["id"])["text"] == "原注"
    return a, sync_a, b, sync_b, note


def test_annotations_merge_fields_changed_on_one_side_only(tmp_path, server):
    a, sync_a, b, sync_b, note = two_laptops(tmp_path, server)
    a.save("annotations", {"id": note["id"], "color": "red"}, actor="judge_a")
    b.save("annotations", {"id": note["id"], "text": "补充"}, actor="judge_a")
    assert sync_a.sync().applied == 1
    report = sync_b.sync()
    assert report.applied == 1 and report.conflicts == 0
    merged = b.get("annotations", note["id"])
    assert (merged["color"], merged["text"]) == ("red", "补充")
    sync_a.sync()
    assert a.get("annotations", note["id"])["text"] == "补充"


def test_annotations_same_field_keeps_both_versions_in_the_inbox(tmp_path, server):
    a, sync_a, b, sync_b, note = two_laptops(tmp_path, server)
    a.save("annotations", {"id": note["id"], "text": "甲"}, actor="judge_a")
    b.save("annotations", {"id": note["id"], "text": "乙"}, actor="judge_a")
    sync_a.sync()
    assert sync_b.sync().conflicts == 1
    [entry] = sync_b.inbox.entries()
    assert entry.kind == "merge_conflict"
    assert entry.conflict_fields == [{"field": "text", "base": "原注", "server": "甲",
                                      "yours": "乙"}]
    assert b.get("annotations", note["id"])["text"] == "甲"
    sync_b.inbox.resolve(entry.id, "server", actor="judge_a")
    assert b.pending_changes() == 0 and sync_b.inbox.count_open() == 0


def test_pull_crash_before_the_cursor_is_stored_loses_nothing(tmp_path, server):
    a, sync_a, b, sync_b, note = two_laptops(tmp_path, server)
    a.save("annotations", {"id": note["id"], "color": "blue"}, actor="judge_a")
    sync_a.sync()
    before = read_cursor(b, sync_b.server)

    def crash(_cursor):
        raise RuntimeError("power cut")

    sync_b.before_cursor_store = crash
    with pytest.raises(RuntimeError):
        sync_b.pull()
    # Rows and cursor went back together: neither half of the page was kept.
    assert read_cursor(b, sync_b.server) == before
    assert b.get("annotations", note["id"])["color"] == "yellow"
    sync_b.before_cursor_store = None
    sync_b.pull()
    assert read_cursor(b, sync_b.server) > before
    assert b.get("annotations", note["id"])["color"] == "blue"


def test_worker_syncs_on_demand_and_reports_plain_status(tmp_path, server):
    store = open_client_store(tmp_path / "w")
    client = logged_in_client(store, server.base_url, "clerk_a")
    user = adopt(store, client, "clerk_a")
    events: list[dict] = []
    worker = SyncWorker(client, interval=3600, probe_interval=0.2)
    worker.add_listener(events.append)
    worker.start()
    try:
        assert wait_for(lambda: worker.rounds >= 1, 20)
        CaseBook(store, user).create_case(f"(2025)W{os.urandom(3).hex()}", "后台")
        worker.sync_now()
        assert wait_for(lambda: worker.rounds >= 2 and events[-1]["pending"] == 0, 20)
    finally:
        worker.stop()
    last = events[-1]
    assert set(last) == {"server", "online", "pending", "conflicts", "uploading_done_bytes",
                         "uploading_total_bytes", "last_sync_at", "last_error",
                         "last_error_code", "last_error_server_code", "waiting_for_others"}
    assert last["online"] and last["last_sync_at"] and last["last_error"] == ""
