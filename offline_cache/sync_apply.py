"""Writing what the server says into the local store, without making outbox rows.

Rows written here are the server's: they carry its version as both ``server_version`` and
``base_version``, and nothing here queues them to be pushed back. Callers hold the store's
transaction, so a page of pulled rows, a push's results and the cursor land together.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable

from .store import SYNCED_TABLES, LocalStore, utc_now

# The fields of each synced table that name a blob the server must hold first.
BLOB_FIELDS: dict[str, tuple[str, ...]] = {
    "hearings": ("audio_blob",),
    "documents": ("blob_sha256", "source_sha256"),
    "recording_chunks": ("sha256",),
}

_columns_cache: dict[tuple[int, str], dict[str, dict]] = {}


def table_columns(store: LocalStore, table: str) -> dict[str, dict]:
    key = (id(store), table)
    if key not in _columns_cache:
        rows = store.conn.execute(f"PRAGMA table_info({table})").fetchall()
        # (cid, name, type, notnull, default, pk)
        _columns_cache[key] = {r[1]: {"type": r[2], "notnull": bool(r[3]), "default": r[4]}
                               for r in rows}
    return _columns_cache[key]


def blob_refs(table: str, payload: dict) -> list[str]:
    return [payload[name] for name in BLOB_FIELDS.get(table, ())
            if isinstance(payload.get(name), str) and payload.get(name)]


def pending_ids(store: LocalStore, table: str) -> set[str]:
    return store.unsynced_ids(table)


def waiting_records(store: LocalStore, records: Iterable[tuple[str, str]],
                    excluding: Collection[str] = ()) -> set[tuple[str, str]]:
    """Which of ``records`` (record type, id) have a change pending or in flight in the
    outbox besides the change ids in ``excluding``: one query per record type and 500 ids,
    not one per record (a push of 1000 segments asked 1000 times, each query carrying the
    batch's 1000 change ids)."""
    by_type: dict[str, list[str]] = {}
    for table, record_id in records:
        by_type.setdefault(table, []).append(record_id)
    skip = set(excluding)
    found: set[tuple[str, str]] = set()
    for table, ids in by_type.items():
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), 500):
            rows = store.conn.execute(
                "SELECT record_id, change_id FROM outbox WHERE record_type = ? "
                "AND record_id IN (SELECT value FROM json_each(?)) "
                "AND state IN ('pending', 'inflight')",
                (table, json.dumps(unique[start:start + 500])))
            found.update((table, record_id) for record_id, change_id in rows
                         if change_id not in skip)
    return found


def ensure_known_user(store: LocalStore, user_id: str) -> None:
    """case_members refer to users; someone on the case who never used this PC gets a row
    that cannot log in (no password), until they log in online here themselves."""
    if not user_id:
        return
    with store.transaction():  # joins the caller's, where there is one
        if store.conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone():
            return
        now = utc_now()
        store.conn.execute(
            "INSERT INTO users (id, username, display_name, role, password_hash, is_demo,"
            " disabled, created_at, updated_at) VALUES (?, ?, ?, 'clerk', '!', 0, 1, ?, ?)",
            (user_id, f"server:{user_id}", user_id, now, now))


def write_server_row(store: LocalStore, table: str, record_id: str, payload: dict,
                     server_version: int, deleted: bool) -> None:
    """Make the local row equal to the server's version (insert or replace its fields)."""
    if table not in SYNCED_TABLES:
        return  # a record type this client does not know yet: nothing to show it in
    columns = table_columns(store, table)
    now = utc_now()
    row = {k: v for k, v in payload.items() if k in columns}
    for name, value in row.items():
        if isinstance(value, bool):
            row[name] = int(value)
    row["id"] = record_id
    row.update(server_version=server_version, base_version=server_version,
               deleted=int(bool(deleted)))
    if table == "case_members" and row.get("user_id"):
        ensure_known_user(store, row["user_id"])
    existing = store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?",
                                  (record_id,)).fetchone()
    if existing:
        assignments = ", ".join(f"{c} = :{c}" for c in row if c != "id")
        store.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", row)
        return
    # A row made elsewhere may lack fields this client requires: fill them plainly.
    for name, info in columns.items():
        if name in row or not info["notnull"] or info["default"] is not None:
            continue
        if name in ("created_at", "updated_at"):
            row[name] = payload.get("updated_at") or now
        elif "INT" in (info["type"] or "").upper() or "REAL" in (info["type"] or "").upper():
            row[name] = 0
        else:
            row[name] = ""
    names = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    store.conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)


def confirm_version(store: LocalStore, table: str, record_id: str, server_version: int,
                    deleted: bool | None, *, settled: bool) -> None:
    """The server took our change as version ``server_version``.

    ``settled`` (no later local edit waiting) moves ``base_version`` too; otherwise the
    waiting edit keeps the base it was made from.
    """
    if table not in SYNCED_TABLES:
        return
    sets = "server_version = MAX(server_version, :v)"
    if settled:
        sets += ", base_version = MAX(server_version, :v)"
    if deleted:
        sets += ", deleted = 1"
    store.conn.execute(f"UPDATE {table} SET {sets} WHERE id = :id",
                       {"v": server_version, "id": record_id})


def local_version(store: LocalStore, table: str, record_id: str) -> int | None:
    if table not in SYNCED_TABLES:
        return None
    row = store.conn.execute(f"SELECT server_version FROM {table} WHERE id = ?",
                             (record_id,)).fetchone()
    return None if row is None else int(row[0])


def log_event(store: LocalStore, server: str, kind: str, detail: dict,
              at: str | None = None) -> None:
    store.conn.execute("INSERT INTO sync_log (server, at, kind, detail) VALUES (?, ?, ?, ?)",
                       (server, at or utc_now(), kind, json.dumps(detail, ensure_ascii=False)))


def read_cursor(store: LocalStore, server: str) -> int:
    row = store.conn.execute("SELECT cursor FROM sync_state WHERE server = ?",
                             (server,)).fetchone()
    return int(row[0]) if row and row[0] else 0


def store_cursor(store: LocalStore, server: str, cursor: int, *, allow_back: bool = False
                 ) -> int:
    """Move the cursor forward (only a server restored from a backup moves it back)."""
    old = read_cursor(store, server)
    new = cursor if allow_back else max(old, cursor)
    store.conn.execute(
        "INSERT INTO sync_state (server, cursor, last_sync_at) VALUES (?, ?, '') "
        "ON CONFLICT(server) DO UPDATE SET cursor = excluded.cursor", (server, str(new)))
    return new


def mark_synced(store: LocalStore, server: str) -> str:
    now = utc_now()
    store.conn.execute(
        "INSERT INTO sync_state (server, cursor, last_sync_at) VALUES (?, '0', ?) "
        "ON CONFLICT(server) DO UPDATE SET last_sync_at = excluded.last_sync_at",
        (server, now))
    return now
