"""Client stores' audit trails, kept at the court: append-only and checked link by link.

A laptop's audit log is tamper-evident only as long as nobody re-hashes it from the
altered entry on; once its entries are here, the court's copy decides. Each append is one
transaction: every entry's hash is recomputed with the client's own rule
(``common.audit_hash.entry_hash``), each new entry must continue the chain the
server holds for that store, and a resent entry must be byte-for-byte the one already
held. Any failure refuses the whole batch and stores nothing.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sqlalchemy as sa

from courtdesk.common.audit_hash import GENESIS_HASH, entry_hash
from courtdesk.common.roles import Role

from . import models
from .audit_receipts import ReceiptSigner
from .auth import Principal
from .db import Database, now_ms
from .schemas import AuditEntry
from .sync_pull import iso

FIELDS = ("seq", "at", "actor", "action", "record_type", "record_id", "detail", "prev_hash",
          "hash")


class AuditRefused(Exception):
    """The batch was refused as a whole; ``seq`` is the first entry at fault."""

    def __init__(self, status: int, code: str, detail: str, seq: int | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.seq = status, code, detail, seq
        self.head_seq: int | None = None  # what the court holds, so a client can resume


@dataclass
class AppendResult:
    client_id: str
    stored: int
    replayed: int
    head_seq: int
    head_hash: str
    receipt: dict | None = None  # the server's signature on the head it now holds

    def as_dict(self) -> dict:
        return self.__dict__.copy()


class AuditTrail:
    def __init__(self, db: Database, signer: ReceiptSigner | None = None) -> None:
        self.db = db
        self.signer = signer

    # -- append ----------------------------------------------------------------------------
    def append(self, caller: Principal, client_id: str, entries: list[AuditEntry]
               ) -> AppendResult:
        if caller.role is Role.IT_ADMIN:
            raise AuditRefused(403, "forbidden", "Court IT accounts read audit trails; they "
                                                 "do not send them.")
        batch = [e.model_dump() for e in entries]
        # log=True: on PostgreSQL this takes the writers' row lock, so two appends of one
        # store (a retry racing its original) are checked one after the other.
        with self.db.write() as conn:
            client = conn.execute(sa.select(models.audit_clients).where(
                models.audit_clients.c.client_id == client_id)).first()
            if client is not None and client.court_id != caller.court_id:
                raise AuditRefused(403, "forbidden",
                                   "This store's audit trail belongs to another court.")
            head_seq = client.head_seq if client else 0
            head_hash = client.head_hash if client else GENESIS_HASH
            held = self._held(conn, client_id, [e["seq"] for e in batch if e["seq"] <= head_seq])
            try:
                stored, replayed = self._check(batch, held, head_seq, head_hash)
            except AuditRefused as exc:
                exc.head_seq = head_seq
                raise
            prev_seq, prev_hash = ((stored[-1]["seq"], stored[-1]["hash"]) if stored
                                   else (head_seq, head_hash))
            if stored:
                now = now_ms()
                conn.execute(sa.insert(models.audit_entries), [
                    {**e, "client_id": client_id, "received_from": caller.user_id,
                     "received_at": now} for e in stored])
                values = {"head_seq": prev_seq, "head_hash": prev_hash, "updated_at": now}
                if client is None:
                    conn.execute(sa.insert(models.audit_clients).values(
                        client_id=client_id, court_id=caller.court_id,
                        first_user_id=caller.user_id, **values))
                else:
                    conn.execute(sa.update(models.audit_clients).where(
                        models.audit_clients.c.client_id == client_id).values(**values))
        result = AppendResult(client_id, len(stored), replayed, prev_seq, prev_hash)
        if self.signer is not None and prev_seq > 0:
            # Signed after the commit: a receipt only ever names a head the court holds.
            result.receipt = self.signer.receipt(client_id, prev_seq, prev_hash)
        return result

    @staticmethod
    def _check(batch: list[dict], held: dict[int, str], head_seq: int, head_hash: str
               ) -> tuple[list[dict], int]:
        """The new entries of a batch, and how many it resent; raises at the first fault."""
        for before, after in itertools.pairwise(batch):
            if after["seq"] != before["seq"] + 1:
                raise AuditRefused(422, "audit_out_of_order",
                                   f"Entries must be consecutive and in seq order; entry "
                                   f"{after['seq']} follows {before['seq']}.", after["seq"])
        for entry in batch:
            if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
                raise AuditRefused(422, "audit_entry_altered",
                                   f"Entry {entry['seq']} does not match its own hash: it was "
                                   "changed after it was written.", entry["seq"])
        stored, replayed = [], 0
        prev_seq, prev_hash = head_seq, head_hash
        for entry in batch:
            seq = entry["seq"]
            if seq <= head_seq:
                if held.get(seq) != entry["hash"]:
                    raise AuditRefused(
                        409, "audit_tampered",
                        f"Entry {seq} differs from the entry {seq} the court already holds "
                        "for this store: the store's audit log was rewritten.", seq)
                replayed += 1
                continue
            if seq != prev_seq + 1:
                raise AuditRefused(409, "audit_gap",
                                   f"Entry {seq} does not follow entry {prev_seq}, the last "
                                   f"the court holds; send from {prev_seq + 1}.", seq)
            if entry["prev_hash"] != prev_hash:
                raise AuditRefused(409, "audit_chain_broken",
                                   f"Entry {seq} does not continue the chain the court holds "
                                   "for this store: an earlier entry was changed or "
                                   "removed.", seq)
            stored.append(entry)
            prev_seq, prev_hash = seq, entry["hash"]
        return stored, replayed

    @staticmethod
    def _held(conn: sa.Connection, client_id: str, seqs: list[int]) -> dict[int, str]:
        if not seqs:
            return {}
        t = models.audit_entries
        rows = conn.execute(sa.select(t.c.seq, t.c.hash).where(
            t.c.client_id == client_id, t.c.seq.between(min(seqs), max(seqs))))
        return {r.seq: r.hash for r in rows}

    # -- read (court IT) -------------------------------------------------------------------
    def _readable_client(self, conn: sa.Connection, caller: Principal | None, client_id: str):
        client = conn.execute(sa.select(models.audit_clients).where(
            models.audit_clients.c.client_id == client_id)).first()
        if caller is not None:
            if caller.role is not Role.IT_ADMIN:
                raise AuditRefused(403, "forbidden", "Only court IT reads audit trails.")
            if client is None or client.court_id != caller.court_id:
                # The same answer for "none" and "another court's": no probing across courts.
                raise AuditRefused(404, "not_found",
                                   f"No audit trail of store {client_id} in your court.")
        elif client is None:
            raise AuditRefused(404, "not_found", f"No audit trail of store {client_id}.")
        return client

    def read(self, caller: Principal | None, client_id: str, after: int = 0,
             limit: int = 500) -> dict:
        """A page of one store's entries after seq ``after``; ``caller`` None is the admin
        CLI on the server itself."""
        t = models.audit_entries
        with self.db.read() as conn:
            client = self._readable_client(conn, caller, client_id)
            rows = conn.execute(sa.select(t).where(t.c.client_id == client_id, t.c.seq > after)
                                .order_by(t.c.seq).limit(limit + 1)).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        entries = [{**{f: getattr(r, f) for f in FIELDS}, "received_from": r.received_from,
                    "received_at": iso(r.received_at)} for r in rows]
        return {"client_id": client_id, "court_id": client.court_id,
                "head_seq": client.head_seq, "entries": entries,
                "next_after": rows[-1].seq if rows else after, "has_more": has_more}

    def clients(self, caller: Principal | None, court_id: str | None = None) -> list[dict]:
        if caller is not None:
            if caller.role is not Role.IT_ADMIN:
                raise AuditRefused(403, "forbidden", "Only court IT reads audit trails.")
            court_id = caller.court_id
        t = models.audit_clients
        query = sa.select(t).order_by(t.c.client_id)
        if court_id is not None:
            query = query.where(t.c.court_id == court_id)
        with self.db.read() as conn:
            rows = conn.execute(query).all()
        return [{"client_id": r.client_id, "head_seq": r.head_seq, "head_hash": r.head_hash,
                 "first_user_id": r.first_user_id, "updated_at": iso(r.updated_at)}
                for r in rows]

    def verify(self, client_id: str) -> list[str]:
        """Re-check the court's own copy (a database edited behind the server's back)."""
        t = models.audit_entries
        problems: list[str] = []
        prev_seq, prev_hash = 0, GENESIS_HASH
        with self.db.read() as conn:
            client = self._readable_client(conn, None, client_id)
            for row in conn.execute(sa.select(t).where(t.c.client_id == client_id)
                                    .order_by(t.c.seq)):
                entry = {f: getattr(row, f) for f in FIELDS}
                if entry["seq"] != prev_seq + 1:
                    problems.append(f"entries {prev_seq + 1}..{entry['seq'] - 1} are missing")
                if entry["prev_hash"] != prev_hash:
                    problems.append(f"entry {entry['seq']} does not follow the one before it")
                if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
                    problems.append(f"entry {entry['seq']} was changed after it arrived")
                prev_seq, prev_hash = entry["seq"], entry["hash"]
        if (prev_seq, prev_hash) != (client.head_seq, client.head_hash):
            problems.append(f"the trail should end at entry {client.head_seq} but ends at "
                            f"{prev_seq}")
        return problems
