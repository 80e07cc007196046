"""The conflict inbox: local edits the server did not take as they were.

Each entry keeps the whole local edit ("mine") beside the server's row, so nothing a
person typed is lost. Resolving keeps the server's version (the local table already shows
it) or re-applies mine as a new change on top of the server's version, which goes out in
the next sync like any other edit.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from .errors import CourtdeskError
from .store import LocalStore, utc_now

KINDS = ("conflict", "merge_conflict", "rejected")


class InboxError(CourtdeskError):
    code = "inbox_error"


@dataclass
class InboxEntry:
    id: int
    server: str
    kind: str  # conflict | merge_conflict | rejected
    change_id: str
    record_type: str
    record_id: str
    op: str
    mine: dict
    server_row: dict | None
    server_version: int | None
    conflict_fields: list[dict]
    fields: list[str]  # the fields my edit changed (empty: a new record, all of it)
    code: str
    reason: str
    state: str  # open | resolved
    resolution: str  # "" | server | mine
    created_at: str
    resolved_at: str

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def changed_fields(self) -> list[str]:
        """Fields where my version differs from the server's (what the inbox shows)."""
        if self.conflict_fields:
            return [c["field"] for c in self.conflict_fields]
        if not self.server_row:
            return []
        skip = {"server_version", "base_version", "updated_at", "created_at"}
        # The server's row may leave out the tombstone flag: absent means not deleted.
        server = {"deleted": 0, **self.server_row}
        return sorted(k for k, v in self.mine.items() if k not in skip and server.get(k) != v)


def _entry(row: dict) -> InboxEntry:
    return InboxEntry(
        id=row["id"], server=row["server"], kind=row["kind"], change_id=row["change_id"],
        record_type=row["record_type"], record_id=row["record_id"], op=row["op"],
        mine=json.loads(row["mine"]),
        server_row=json.loads(row["server_row"]) if row["server_row"] else None,
        server_version=row["server_version"],
        conflict_fields=json.loads(row["conflict_fields"] or "[]"),
        fields=json.loads(row["fields"] or "[]"), code=row["code"],
        reason=row["reason"], state=row["state"], resolution=row["resolution"],
        created_at=row["created_at"], resolved_at=row["resolved_at"])


def add_entry(store: LocalStore, server: str, kind: str, outbox_row: dict, result: dict) -> None:
    """Called inside the transaction that applies a push's results."""
    store.conn.execute(
        "INSERT OR IGNORE INTO sync_conflicts (server, kind, change_id, record_type, record_id,"
        " op, mine, server_row, server_version, conflict_fields, code, reason, created_at,"
        " fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (server, kind, outbox_row["change_id"], outbox_row["record_type"],
         outbox_row["record_id"], outbox_row["op"], outbox_row["payload"],
         json.dumps(result.get("row"), ensure_ascii=False) if result.get("row") else None,
         result.get("server_version"),
         json.dumps(result.get("conflict_fields") or [], ensure_ascii=False),
         result.get("code") or "", result.get("reason") or "", utc_now(),
         outbox_row.get("fields") or "[]"))


class ConflictInbox:
    def __init__(self, store: LocalStore) -> None:
        self.store = store

    def count_open(self) -> int:
        return self.store.conn.execute(
            "SELECT count(*) FROM sync_conflicts WHERE state = 'open'").fetchone()[0]

    def entries(self, *, open_only: bool = True, author: str | None = None) -> list[InboxEntry]:
        """The inbox; with ``author`` (a user id) only the conflicts of that person's own
        edits: a conflict holds case text another person's role may not read, and only its
        author can say whether their edit should stand."""
        sql, where, params = "SELECT c.* FROM sync_conflicts c", [], []
        if author is not None:
            sql += " JOIN outbox o ON o.change_id = c.change_id"
            where.append("o.author = ?")
            params.append(author)
        if open_only:
            where.append("c.state = 'open'")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_entry(r) for r in self.store.query(sql + " ORDER BY c.id", tuple(params))]

    def get(self, entry_id: int, *, author: str | None = None) -> InboxEntry:
        rows = [e for e in self.entries(open_only=False, author=author) if e.id == entry_id]
        if not rows:
            # Another person's conflict reads as no conflict at all: its number says nothing.
            raise InboxError(f"There is no conflict number {entry_id}; `courtdesk sync "
                             "conflicts` lists the open ones.")
        return rows[0]

    def resolve(self, entry_id: int, keep: str, *, actor: str,
                author: str | None = None) -> InboxEntry:
        """``keep="server"``: the server's version stands. ``keep="mine"``: my edit is made
        again on top of the server's current version and synced next time. With ``author``
        only that person's own conflicts can be resolved."""
        if keep not in ("server", "mine"):
            raise InboxError("Keep either 'server' or 'mine'.")
        entry = self.get(entry_id, author=author)
        if entry.state != "open":
            raise InboxError(f"Conflict {entry_id} was already resolved ({entry.resolution}).")
        with self.store.transaction():
            if keep == "mine":
                self._reapply(entry, actor)
            self.store.conn.execute(
                "UPDATE sync_conflicts SET state = 'resolved', resolution = ?, resolved_at = ?"
                " WHERE id = ?", (keep, utc_now(), entry_id))
            self.store.audit(actor, "sync.resolve", entry.record_type, entry.record_id,
                             {"keep": keep, "conflict": entry_id})
        return self.get(entry_id)

    def _reapply(self, entry: InboxEntry, actor: str) -> None:
        current = self.store.get(entry.record_type, entry.record_id)
        if entry.op == "delete":
            self.store.remove(entry.record_type, entry.record_id, actor=actor)
            return
        skip = {"server_version", "base_version", "deleted", "created_at", "updated_at"}
        # Only what my edit changed; the other fields keep the server's newer values.
        wanted = set(entry.fields) if entry.fields else set(entry.mine)
        values = {k: v for k, v in entry.mine.items() if k in wanted and k not in skip}
        values["id"] = entry.record_id
        if current is not None and current["deleted"]:
            raise InboxError("The server deleted this record, and a deleted record does not "
                             "come back; create it again as a new one.")
        # save() diffs against the row now on disk (the server's) and queues the
        # difference with base_version = the server's version: a fresh edit, not a replay.
        self.store.save(entry.record_type, values, actor=actor, action="sync.reapply")
