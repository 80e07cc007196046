"""Signed receipts of the audit chain head the court's server accepted, kept on the PC.

The local chain shows a changed entry only until someone with the store key re-hashes the
log from that entry on, or deletes its tail and moves the recorded end. What that person
cannot make is the server's signature: at each audit send the server answers with an
Ed25519-signed receipt (store id, head seq, head hash, time), and ``audit verify`` checks
that the log still holds that entry with that hash, so it still extends every receipt.

The server's public key is pinned on first use: fetched at this store's first audit send
to that server (its first sync after logging in there), pinned together with the first
receipt it signs, and from then on only that key's receipts count. What a receipt cannot
cover is said in the README: entries written since the last sync, and a store whose
receipts were deleted together with the log (the court's own copy still shows it).
"""

from __future__ import annotations

import base64
import json
import logging

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from courtdesk.common.audit_receipt_form import RECEIPT_KIND, canonical, key_id

from .audit_chain import AuditProblem, AuditReport

log = logging.getLogger(__name__)


def signature_valid(payload: dict, signature_b64: str, public_key_b64: str) -> bool:
    try:
        raw = base64.b64decode(public_key_b64, validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw)
        if payload.get("kind") != RECEIPT_KIND or payload.get("key_id") != key_id(raw):
            return False
        key.verify(base64.b64decode(signature_b64, validate=True), canonical(payload))
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False
    return True


# -- the PC's side: pinned keys and kept receipts --------------------------------------------
def pinned_key(conn, server: str) -> str | None:
    row = conn.execute("SELECT public_key FROM server_keys WHERE server = ?",
                       (server,)).fetchone()
    return row[0] if row else None


def pin_key(conn, server: str, public_key_b64: str, at: str) -> None:
    """First use only: a pinned key is never replaced by what a server later says."""
    conn.execute("INSERT OR IGNORE INTO server_keys (server, public_key, pinned_at) "
                 "VALUES (?, ?, ?)", (server, public_key_b64, at))


def keep_receipt(conn, server: str, receipt: dict, at: str) -> None:
    payload = receipt["payload"]
    conn.execute(
        "INSERT INTO audit_receipts (server, head_seq, head_hash, issued_at, payload, "
        "signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (server, int(payload["head_seq"]), payload["head_hash"], payload["issued_at"],
         json.dumps(payload, ensure_ascii=False, sort_keys=True), receipt["signature"], at))


def check_receipts(conn, client_id: str, report: AuditReport) -> None:
    """Add a problem to ``report`` for each receipt the log no longer extends."""
    keys = dict(conn.execute("SELECT server, public_key FROM server_keys").fetchall())
    acknowledged = dict(conn.execute(
        "SELECT server, audit_seq FROM sync_state WHERE audit_seq > 0").fetchall())
    hashes: dict[int, str] = {}
    local_end = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_log").fetchone()[0]
    seen_servers: set[str] = set()
    rows = conn.execute("SELECT server, payload, signature FROM audit_receipts "
                        "ORDER BY head_seq DESC, id DESC").fetchall()
    reported: set[tuple[str, str]] = set()
    for server, payload_text, signature in rows:
        seen_servers.add(server)
        payload = json.loads(payload_text)
        seq, when = int(payload["head_seq"]), payload["issued_at"]
        key = keys.get(server)
        if key is None or not signature_valid(payload, signature, key) \
                or payload["client_id"] != client_id:
            if (server, "forged") not in reported:
                reported.add((server, "forged"))
                report.problems.append(AuditProblem(
                    seq, "receipt_invalid",
                    f"a receipt from {server} dated {when} does not carry that server's "
                    "signature for this store: the receipts were altered"))
            continue
        if (server, "log") in reported:
            continue  # one finding per server: the newest receipt the log no longer extends
        if seq not in hashes:
            row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
            hashes[seq] = row[0] if row else ""
        if hashes[seq] == payload["head_hash"]:
            continue
        reported.add((server, "log"))
        if local_end < seq:
            report.problems.append(AuditProblem(
                seq, "shortened",
                f"audit log shortened since the server receipt of {when}: the court's server "
                f"{server} accepted entries up to {seq}, and this PC's log ends at "
                f"{local_end}"))
        else:
            report.problems.append(AuditProblem(
                seq, "rewritten",
                f"audit log rewritten since the server receipt of {when}: entry {seq} is not "
                f"the entry {seq} the court's server {server} accepted"))
    for server, seq in acknowledged.items():
        if server in keys and server not in seen_servers:
            report.problems.append(AuditProblem(
                int(seq), "receipts_missing",
                f"the court's server {server} acknowledged entries up to {seq} under a pinned "
                "key, but its receipts are gone from this PC: they were deleted"))
