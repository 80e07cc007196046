"""Send this store's audit log to the court's server, once per entry, in seq order.

The local chain (``audit_chain``) shows a changed entry only until someone re-hashes the
log from that entry on; the court's copy cannot be rewritten from this PC. Each server
keeps its own acknowledged seq (``sync_state.audit_seq``), stored in the transaction that
records the acknowledgement: a lost answer means the same entries go again, and the server
takes entries it already holds as replays.

Every request starts with the last entry the server acknowledged (the anchor), so the
server re-checks this PC's current copy of it: a log rewritten after it was sent is refused
at the anchor (``audit_tampered``) or at the first new entry (``audit_chain_broken``).

All entries go, the demo case's too: the log is one chain, and the server can only verify
it without gaps. Entries hold who, what and which record id, field names and hashes —
never a password or case text (a failed login with an unknown name is not recorded by the
name typed; see app/accounts.py).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from . import audit_receipts
from .store import LocalStore, utc_now
from .sync_apply import log_event
from .sync_transport import ServerRefused, ServerSession

log = logging.getLogger(__name__)

AUDIT_BATCH = 500
FIELDS = ("seq", "at", "actor", "action", "record_type", "record_id", "detail", "prev_hash",
          "hash")


@dataclass
class AuditSendReport:
    sent: int = 0  # entries new to the server that were sent (resends included)
    stored: int = 0  # entries the server took as new
    replayed: int = 0  # entries the server already held (a lost answer, or the anchor)
    acknowledged: int = 0  # the last seq the server holds, as this PC knows it
    local_head: int = 0
    refused: str = ""  # the server's code when it refused a batch
    message: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def acknowledged_seq(store: LocalStore, server: str) -> int:
    row = store.conn.execute("SELECT audit_seq FROM sync_state WHERE server = ?",
                             (server,)).fetchone()
    return int(row[0]) if row else 0


def _store_acknowledged(store: LocalStore, server: str, seq: int, *, allow_back: bool = False
                        ) -> None:
    new = seq if allow_back else max(seq, acknowledged_seq(store, server))
    store.conn.execute(
        "INSERT INTO sync_state (server, cursor, last_sync_at, audit_seq) VALUES (?, '', '', ?) "
        "ON CONFLICT(server) DO UPDATE SET audit_seq = excluded.audit_seq", (server, new))


class AuditSender:
    def __init__(self, store: LocalStore, session: ServerSession, server: str,
                 client_id: str) -> None:
        self.store = store
        self.session = session
        self.server = server
        self.client_id = client_id

    def _entries(self, after: int, limit: int) -> list[dict]:
        # From ``after`` itself (the anchor); with nothing acknowledged, from seq 1.
        return self.store.query(
            f"SELECT {', '.join(FIELDS)} FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
            (max(after, 1), limit))

    def send(self, batch_size: int = AUDIT_BATCH) -> AuditSendReport:
        """Send what the server lacks. Transient errors propagate (the worker backs off);
        a refusal is reported, never raised: the rest of the sync has happened anyway."""
        report = AuditSendReport()
        report.local_head = self.store.conn.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM audit_log").fetchone()[0]
        acked = acknowledged_seq(self.store, self.server)
        key = self._receipt_key()
        rewound = False
        while True:
            report.acknowledged = acked
            if acked >= report.local_head and not (key and self._receipt_behind(acked)):
                return report
            # The anchor (seq == acked) rides along; it is not counted as sent.
            batch = self._entries(acked, batch_size + (1 if acked else 0))
            try:
                response = self.session.send("POST", "/audit/append", ok=(200, 409, 422),
                                             json={"client_id": self.client_id,
                                                   "entries": batch})
            except ServerRefused as exc:
                status = exc.params.get("status")
                code = exc.params.get("server_code") or f"http_{status}"
                if code == "forbidden":
                    # Not a case the person may not touch: the server keeps this store's
                    # trail under another court (or the account sends none). Court IT's.
                    code = "audit_forbidden"
                # A server of an older version has no audit endpoint: nothing to report.
                report.refused = "unsupported" if status in (404, 405) else code
                report.message = exc.message
                if report.refused != "unsupported":
                    with self.store.transaction():
                        log_event(self.store, self.server, "audit_refused",
                                  {"code": code, "detail": exc.message[:500]})
                return report
            body = response.json()
            if response.status_code != 200:
                code = body.get("code") or "refused"
                server_head = body.get("head_seq")
                if (code == "audit_gap" and not rewound and isinstance(server_head, int)
                        and server_head < acked):
                    # The server was restored from a backup and lost entries it had
                    # acknowledged: send them again from where it stands now.
                    log.warning("server %s holds audit entries to %s, not %s; resending",
                                self.server, server_head, acked)
                    with self.store.transaction():
                        _store_acknowledged(self.store, self.server, server_head,
                                            allow_back=True)
                        log_event(self.store, self.server, "audit_rewind",
                                  {"was": acked, "now": server_head})
                    acked, rewound = server_head, True
                    continue
                report.refused = code
                report.message = (f"The court's server refused this PC's audit log "
                                  f"({code}, entry {body.get('seq')}): {body.get('detail')} "
                                  "Other work synced normally; tell court IT, who can compare "
                                  "the court's copy (courtdesk-server admin audit) with this "
                                  "PC's (courtdesk audit verify).")
                with self.store.transaction():
                    log_event(self.store, self.server, "audit_refused",
                              {"code": code, "seq": body.get("seq"),
                               "detail": str(body.get("detail"))[:500]})
                return report
            sent = [e for e in batch if e["seq"] > acked]
            head = int(body["head_seq"])
            last = sent[-1]["seq"] if sent else acked
            with self.store.transaction():
                _store_acknowledged(self.store, self.server, min(head, last))
                log_event(self.store, self.server, "audit",
                          {"sent": len(sent), "stored": body["stored"],
                           "replayed": body["replayed"], "acknowledged": min(head, last)})
                if key:
                    self._keep_receipt(body.get("receipt"), key)
            report.sent += len(sent)
            report.stored += int(body["stored"])
            report.replayed += int(body["replayed"])
            acked = min(head, last)
            if not sent:
                return report  # nothing moved: do not loop

    # -- receipts --------------------------------------------------------------------------
    def _receipt_key(self) -> str | None:
        """The server's receipt key: the pinned one, or on first use (the first sync after
        the first login to it) the one it names. None for a server that signs none."""
        pinned = audit_receipts.pinned_key(self.store.conn, self.server)
        if pinned:
            return pinned
        try:
            response = self.session.send("GET", "/audit/receipt-key")
        except ServerRefused as exc:
            if exc.params.get("status") in (404, 405):
                return None  # a server of an older version
            raise
        # Pinned with the first receipt it signs, in one transaction: a pinned key always
        # comes with a kept receipt, so receipts missing later were deleted.
        return str(response.json()["public_key"])

    def _receipt_behind(self, acked: int) -> bool:
        """No receipt yet covers what the server acknowledged (a store from before
        receipts): the anchor alone is sent again to get one."""
        if acked <= 0:
            return False
        row = self.store.conn.execute(
            "SELECT COALESCE(MAX(head_seq), 0) FROM audit_receipts WHERE server = ?",
            (self.server,)).fetchone()
        return row[0] < acked

    def _keep_receipt(self, receipt: dict | None, key: str) -> None:
        """Keep a receipt that is the pinned key's and names this log's own entry; the
        caller holds the transaction."""
        if not receipt:
            return
        payload = receipt.get("payload") or {}
        reason = ""
        if not audit_receipts.signature_valid(payload, str(receipt.get("signature")), key):
            reason = "not signed by the key pinned for this server"
        elif payload.get("client_id") != self.client_id:
            reason = "for another store"
        else:
            row = self.store.conn.execute("SELECT hash FROM audit_log WHERE seq = ?",
                                          (int(payload["head_seq"]),)).fetchone()
            if not row or row[0] != payload["head_hash"]:
                reason = "for an entry this log does not hold"
        if reason:
            log.warning("audit receipt from %s refused: %s", self.server, reason)
            log_event(self.store, self.server, "receipt_refused", {"reason": reason})
            return
        if audit_receipts.pinned_key(self.store.conn, self.server) is None:
            audit_receipts.pin_key(self.store.conn, self.server, key, utc_now())
            log_event(self.store, self.server, "receipt_key_pinned",
                      {"key_id": payload.get("key_id")})
        audit_receipts.keep_receipt(self.store.conn, self.server, receipt, utc_now())
