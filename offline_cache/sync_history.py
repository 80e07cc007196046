"""How long a laptop keeps the record of past syncs.

Every change leaves an outbox row, and every sync round a line in the sync log. Once the
court's server has a change (``done``), its outbox row only repeats what the server and
the audit log already hold, so it goes after :data:`KEEP_DONE_DAYS`; sync log lines go
after :data:`KEEP_LOG_DAYS`. A row still pending, in flight, in conflict or kept on this
PC (the demo case's) is never removed: that would lose work. The audit log is not
touched; it is one hash chain and is kept whole.

Pruning runs after a successful sync round at most once a day, so a round every five
minutes does not scan a large outbox each time.

The read side says what a person sees of that record: how many changes wait to be sent
(never the demo case's, which stay on this PC by design), and the changes this PC made,
newest first, for the sync log.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .store import LocalStore
from .sync_apply import log_event
from .sync_scope import LOCAL_ONLY, LOCAL_ONLY_STATE

KEEP_DONE_DAYS = 30
KEEP_LOG_DAYS = 90
_EVERY = timedelta(days=1)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def prune_sync_history(store: LocalStore, server: str, now: datetime | None = None
                       ) -> dict | None:
    """Remove done outbox rows and old sync log lines; None when pruned less than a day ago."""
    now = now or datetime.now(UTC)
    # Newest first: a prune is at most a day's rounds back, so this reads few lines.
    last = store.conn.execute(
        "SELECT at FROM sync_log WHERE kind = 'prune' ORDER BY id DESC LIMIT 1").fetchone()
    if last and datetime.fromisoformat(last[0]) > now - _EVERY:
        return None
    done_before = _iso(now - timedelta(days=KEEP_DONE_DAYS))
    log_before = _iso(now - timedelta(days=KEEP_LOG_DAYS))
    with store.transaction():
        outbox = store.conn.execute(
            "DELETE FROM outbox WHERE state = 'done' AND created_at < ?",
            (done_before,)).rowcount
        log = store.conn.execute("DELETE FROM sync_log WHERE at < ?", (log_before,)).rowcount
        detail = {"outbox_rows": outbox, "log_lines": log}
        log_event(store, server, "prune", detail, at=_iso(now))
    return detail


def unsent_counts(store: LocalStore) -> dict[str, int]:
    """``waiting``: changes still to be sent to the court; ``kept_here``: the demo case's,
    which never leave this PC (a hearing recorded on it adds rows every second, and they
    must not read as a growing backlog)."""
    local = _local_only(store)
    row = store.conn.execute(
        f"SELECT COALESCE(SUM(state IN ('pending', 'inflight') AND NOT {local}), 0), "
        f"COALESCE(SUM(state = ? OR (state IN ('pending', 'inflight') AND {local})), 0)"
        " FROM outbox WHERE state IN ('pending', 'inflight', ?)",
        (LOCAL_ONLY_STATE, LOCAL_ONLY_STATE)).fetchone()
    return {"waiting": int(row[0]), "kept_here": int(row[1])}


def _local_only(store: LocalStore) -> str:
    """:data:`LOCAL_ONLY`, or a plain false on the usual court PC with no case kept on it:
    the condition reads every waiting row's JSON, and a recorded hearing is thousands."""
    if store.conn.execute("SELECT 1 FROM local_only_cases LIMIT 1").fetchone() is None:
        return "(0)"
    return LOCAL_ONLY


def log_lines(store: LocalStore, limit: int = 200) -> list[dict]:
    """The sync log, newest first, each line's detail read back from its JSON (the same as
    the sync client's ``sync_log``, without loading the network code)."""
    rows = store.query("SELECT * FROM sync_log ORDER BY id DESC LIMIT ?", (limit,))
    for row in rows:
        row["detail"] = json.loads(row["detail"] or "{}")
    return rows


# Record types written many times a second while a hearing is recorded: the log shows
# them as one line per hearing, author and state, not one line each.
BULK_TYPES = ("recording_chunks", "recordings", "segments")


def recent_changes(store: LocalStore, limit: int = 200) -> list[dict]:
    """This PC's changes newest first (the demo case's left out): each with its record
    type, record id, payload, the fields it changed, its author's id, when it was made and
    its state (``pending``, ``inflight``, ``done``, ``conflict``, ``rejected``). Changes of
    :data:`BULK_TYPES` come as one row per hearing, author and state, with ``count``."""
    local = _local_only(store)
    single = store.query(
        "SELECT change_id, record_type, record_id, op, payload, fields, author, created_at,"
        " state, last_error FROM outbox"
        f" WHERE state != ? AND NOT {local} AND record_type NOT IN"
        f" ({', '.join('?' * len(BULK_TYPES))}) ORDER BY seq DESC LIMIT ?",
        (LOCAL_ONLY_STATE, *BULK_TYPES, limit))
    hearing = ("COALESCE(json_extract(payload, '$.hearing_id'), (SELECT hearing_id FROM"
               " recordings r WHERE r.id = json_extract(outbox.payload, '$.recording_id')))")
    bulk = store.query(
        f"SELECT {hearing} AS hearing_id, author, state, count(*) AS count,"
        " MAX(created_at) AS created_at, MAX(seq) AS seq FROM outbox"
        f" WHERE state != ? AND NOT {local} AND record_type IN"
        f" ({', '.join('?' * len(BULK_TYPES))})"
        " GROUP BY 1, author, state ORDER BY seq DESC LIMIT ?",
        (LOCAL_ONLY_STATE, *BULK_TYPES, limit))
    for row in single:
        row["payload"] = json.loads(row["payload"] or "{}")
        row["fields"] = json.loads(row["fields"] or "[]")
        row["count"] = 1
    for row in bulk:
        row.update(record_type="recordings", record_id="", op="upsert",
                   payload={"hearing_id": row["hearing_id"]}, fields=[], last_error="")
    rows = sorted(single + bulk, key=lambda r: r["created_at"], reverse=True)
    return rows[:limit]
