"""The store's audit log reaches the court's server with the sync: once per entry, safe to
resend after a lost answer, and a log rewritten on the laptop after it was sent is caught
by the server without holding back the rest of the sync."""

from __future__ import annotations

import json

import pytest
from server_kit import Api
from sync_kit import FaultyTransport, adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.common.audit_hash import entry_hash
from courtdesk.offline_cache.audit_chain import HEAD_KEY
from courtdesk.offline_cache.sync_client import sync_log
from courtdesk.offline_cache.sync_transport import ServerUnreachable

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("memory_keyring")]


def client_for(tmp_path, server, name, transport=None):
    store = open_client_store(tmp_path / name)
    client = logged_in_client(store, server.base_url, "clerk_a", transport=transport)
    user = adopt(store, client, "clerk_a")
    return store, client, user


def court_copy(server, client_id) -> list[dict]:
    it = Api(server.client(), "it_a")
    entries, after = [], 0
    while True:
        response = it.http.get("/audit", headers=it.headers,
                               params={"client_id": client_id, "after": after})
        assert response.status_code == 200, response.text
        page = response.json()
        entries += page["entries"]
        after = page["next_after"]
        if not page["has_more"]:
            return entries


def local_log(store) -> list[dict]:
    return store.query("SELECT * FROM audit_log ORDER BY seq")


def test_entries_arrive_once_and_a_lost_answer_does_not_double_them(tmp_path, server):
    faults = FaultyTransport()
    store, sync, clerk = client_for(tmp_path, server, "once", faults)
    book = CaseBook(store, clerk)
    case = book.create_case("(2025)吉01民初31号", "审计")
    report = sync.sync()
    assert report.ok and report.applied == 2
    mine = local_log(store)
    assert report.audit["sent"] == len(mine) == report.audit["acknowledged"]
    held = court_copy(server, sync.client_id)
    assert [(e["seq"], e["hash"]) for e in held] == [(e["seq"], e["hash"]) for e in mine]
    # No password or its hash travels: the log holds acts, ids and field names.
    text = json.dumps(held, ensure_ascii=False)
    assert "scrypt" not in text and "correct horse" not in text

    # The server stores the next batch and its answer is lost: the retry is a replay.
    book.update_case(case["id"], title="审计二")
    faults.add("drop_response", "/audit/append")
    with pytest.raises(ServerUnreachable):
        sync.sync()
    report = sync.sync()
    assert report.ok and report.audit["stored"] == 0 and report.audit["replayed"] >= 2
    mine = local_log(store)
    held = court_copy(server, sync.client_id)
    assert [(e["seq"], e["hash"]) for e in held] == [(e["seq"], e["hash"]) for e in mine]
    assert sync.sync().audit["sent"] == 0  # nothing new: nothing sent


def _rewrite_from(store, seq: int, **changes) -> None:
    """A forger edits entry ``seq`` and re-hashes everything after it, head included, so
    that `courtdesk audit verify` on the laptop finds nothing."""
    with store.transaction():
        rows = store.query("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq", (seq,))
        prev = rows[0]["prev_hash"]
        for i, row in enumerate(rows):
            if i == 0:
                row.update(changes)
            row["prev_hash"] = prev
            row["hash"] = prev = entry_hash(prev, row)
            store.conn.execute("UPDATE audit_log SET actor = :actor, detail = :detail, "
                               "prev_hash = :prev_hash, hash = :hash WHERE seq = :seq", row)
        store.conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                           (json.dumps({"seq": rows[-1]["seq"], "hash": prev}), HEAD_KEY))


def test_a_log_rewritten_after_it_was_sent_is_refused_and_the_rest_syncs(tmp_path, server):
    store, sync, clerk = client_for(tmp_path, server, "forger")
    book = CaseBook(store, clerk)
    case = book.create_case("(2025)吉01民初32号", "改写")
    assert sync.sync().ok
    held_before = court_copy(server, sync.client_id)
    sent = len(held_before)

    _rewrite_from(store, sent - 1, actor="judge_a")
    # The chain alone holds together again; the server's signed receipt of what it
    # accepted does not.
    verified = store.verify_audit()
    assert [p.kind for p in verified.problems] == ["rewritten"]
    assert "audit log rewritten since the server receipt of" in verified.problems[0].message
    book.update_case(case["id"], title="改写之后")
    report = sync.sync()
    assert report.applied == 1
    assert report.audit["refused"] == "audit_tampered" and not report.ok
    assert any("audit log" in e for e in report.errors)
    assert store.pending_changes() == 0  # the case edit went anyway
    assert [e["hash"] for e in court_copy(server, sync.client_id)] == \
        [e["hash"] for e in held_before]  # the court's copy is untouched
    kinds = [e["kind"] for e in sync_log(store)]
    assert "audit_refused" in kinds


def test_an_entry_edited_in_place_after_it_was_sent_is_refused(tmp_path, server):
    store, sync, clerk = client_for(tmp_path, server, "editor")
    book = CaseBook(store, clerk)
    case = book.create_case("(2025)吉01民初33号", "就地修改")
    assert sync.sync().ok
    last = store.query("SELECT max(seq) AS seq FROM audit_log")[0]["seq"]
    with store.transaction():  # a crude edit: the hash is left as it was
        store.conn.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = ?", (last,))
    book.update_case(case["id"], title="就地修改二")
    report = sync.sync()
    assert report.applied == 1
    assert report.audit["refused"] == "audit_entry_altered"
    assert report.audit["acknowledged"] == last
