"""Done outbox rows and old sync log lines are pruned; nothing unsent ever is."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.sync_history import (
    KEEP_DONE_DAYS,
    KEEP_LOG_DAYS,
    prune_sync_history,
)

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


def _age(store, sql: str, days: int, *params) -> None:
    old = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds")
    with store.transaction():
        store.conn.execute(sql, (old, *params))


def _states(store) -> dict[str, int]:
    rows = store.query("SELECT state, count(*) AS n FROM outbox GROUP BY state")
    return {r["state"]: r["n"] for r in rows}


def test_round_prunes_old_done_rows_and_log_lines_but_never_unsent_work(tmp_path, server):
    store = open_client_store(tmp_path / "laptop")
    client = logged_in_client(store, server.base_url, "clerk_a")
    clerk = adopt(store, client, "clerk_a")
    book = CaseBook(store, clerk)
    case = book.create_case(f"(2025)H{os.urandom(3).hex()}", "旧的同步记录")
    assert client.sync().applied >= 1
    # The round pruned already (nothing old yet), and says so in the sync log.
    assert store.query("SELECT detail FROM sync_log WHERE kind = 'prune'")[0]["detail"] == (
        '{"outbox_rows": 0, "log_lines": 0}')
    done = _states(store)["done"]
    # Made 40 days ago and long since on the server; a newer change is still unsent; one
    # old change is in conflict; a sync log line is 100 days old.
    _age(store, "UPDATE outbox SET created_at = ? WHERE state = 'done'", KEEP_DONE_DAYS + 10)
    book.add_party(case["id"], "plaintiff", "未发送的当事人")
    with store.transaction():
        store.conn.execute("UPDATE outbox SET state = 'conflict' WHERE seq = "
                           "(SELECT min(seq) FROM outbox WHERE state = 'done')")
    _age(store, "UPDATE sync_log SET at = ? WHERE id = (SELECT min(id) FROM sync_log)",
         KEEP_LOG_DAYS + 10)
    log_lines = store.query("SELECT count(*) AS n FROM sync_log")[0]["n"]
    unsynced_before = store.unsynced_ids("parties")

    assert prune_sync_history(store, server.base_url) is None  # at most once a day
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    pruned = prune_sync_history(store, server.base_url, now=tomorrow)
    assert pruned == {"outbox_rows": done - 1, "log_lines": 1}
    assert _states(store) == {"pending": 1, "conflict": 1}  # unsent work is all still there
    assert store.unsynced_ids("parties") == unsynced_before
    lines = store.query("SELECT kind FROM sync_log ORDER BY id")
    assert len(lines) == log_lines  # one old line gone, the prune itself recorded
    assert lines[-1]["kind"] == "prune"
    assert store.verify_audit().ok  # the audit chain is never pruned

    assert prune_sync_history(store, server.base_url, now=tomorrow) is None
    report = client.sync()  # the unsent party goes now
    assert report.applied == 1
    assert _states(store) == {"done": 1, "conflict": 1}
    later = datetime.now(UTC) + timedelta(days=2, minutes=2)
    assert prune_sync_history(store, server.base_url, now=later) == {
        "outbox_rows": 0, "log_lines": 0}  # a fresh done row is kept for 30 days
