"""Pages of the change log, filtered to what the caller may read."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa

from . import access, models
from .auth import Principal
from .db import Database


class CursorAhead(Exception):
    """The client's cursor is past this server's log: the server lost data (a restore)."""


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


class PullService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def pull(self, principal: Principal, cursor: int, limit: int,
             case_id: str | None = None) -> dict:
        log = models.change_log
        with self.db.read() as conn:
            # Everything at or below head is committed (writers hand out seq under a lock
            # and move head in the same transaction), so a cursor moved to head skips nothing.
            head = conn.execute(sa.select(models.log_head.c.seq)
                                .where(models.log_head.c.id == 1)).scalar_one()
            if cursor > head:
                raise CursorAhead(cursor, head)
            query = (sa.select(log).where(log.c.seq > cursor, log.c.seq <= head,
                                          access.visible_log_filter(principal))
                     .order_by(log.c.seq).limit(limit + 1))
            if case_id is not None:
                query = query.where(log.c.case_id == case_id)
            rows = conn.execute(query).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = rows[-1].seq if has_more else head
        return {
            "changes": [{"seq": r.seq, "record_type": r.record_type, "record_id": r.record_id,
                         "server_version": r.version, "deleted": r.deleted,
                         "payload": json.loads(r.payload), "at": iso(r.at)} for r in rows],
            "next_cursor": next_cursor,
            "has_more": has_more,
        }
