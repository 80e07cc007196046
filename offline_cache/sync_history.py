"""How long a laptop keeps the record of past syncs.

Every change leaves an outbox row, and every sync round a line in the sync log. Once the
court's server has a change (``done``), its outbox row only repeats what the server and
the audit log already hold, so it goes after :data:`KEEP_DONE_DAYS`; sync log lines go
after :data:`KEEP_LOG_DAYS`. A row still pending, in flight, in conflict or kept on this
PC (the demo case's) is never removed: that would lose work. The audit log is not
touched; it is one hash chain and is kept whole.

Pruning runs after a successful sync round at most once a day, so a round every five
minutes does not scan a large outbox each time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .store import LocalStore
from .sync_apply import log_event

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
