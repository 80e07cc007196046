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


# What a withdrawn annotation still tells the people it was withdrawn from: which row to
# drop. Its text, shape and place stay with its author.
_WITHDRAWN_FIELDS = ("id", "case_id", "document_id")


def _change(row, principal: Principal) -> dict:
    payload = json.loads(row.payload)
    deleted = row.deleted
    if row.private_to is not None and row.private_to != principal.user_id:
        payload = {k: payload[k] for k in _WITHDRAWN_FIELDS if k in payload}
        payload.update(visibility="private", text="", geometry="{}")
        deleted = True
    return {"seq": row.seq, "record_type": row.record_type, "record_id": row.record_id,
            "server_version": row.version, "deleted": deleted, "payload": payload,
            "at": iso(row.at)}


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
            "changes": [_change(r, principal) for r in rows],
            "next_cursor": next_cursor,
            "has_more": has_more,
        }
