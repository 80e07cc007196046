"""A migration that landed after a higher-numbered one still reaches the stores made in
between: store version 10 (hearing set-up) after 11 (segment statuses)."""

from __future__ import annotations

import pytest

from courtdesk.offline_cache.migrations import LATEST_VERSION
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.timeout(60)]


def columns(store: LocalStore, table: str) -> set[str]:
    return {r["name"] for r in store.query(f"PRAGMA table_info({table})")}


def test_a_store_past_version_10_without_its_columns_gets_them(tmp_path):
    store = LocalStore.open(tmp_path / "store", ask())
    case = store.save("cases", {"case_number": "(2026)吉2401民初9号", "title": "测试"},
                      actor="clerk")
    store.save("hearings", {"case_id": case["id"], "title": "庭审"}, actor="clerk")
    # What a store made by a build with migration 11 but not 10 looks like.
    with store.transaction():
        store.conn.execute("ALTER TABLE hearings DROP COLUMN session_type")
        store.conn.execute("ALTER TABLE hearings DROP COLUMN attendance")
    assert "session_type" not in columns(store, "hearings")
    store.close()

    store = LocalStore.open(tmp_path / "store", ask())
    try:
        assert {"session_type", "attendance"} <= columns(store, "hearings")
        assert {"status", "derived_from"} <= columns(store, "segments")  # 11 left as it was
        version = store.query("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version[0]["value"] == str(LATEST_VERSION)  # never lowered to 10
        [hearing] = store.query("SELECT * FROM hearings")
        assert hearing["session_type"] == "" and hearing["title"] == "庭审"
    finally:
        store.close()
    # and a third open finds nothing more to do
    LocalStore.open(tmp_path / "store", ask()).close()
