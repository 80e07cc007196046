"""The signed form of an audit receipt: the case server signs these bytes
(``case_server/audit_receipts.py``), the laptop checks the signature over the same bytes
(``offline_cache/audit_receipts.py``). One definition, so the two can never drift apart.
"""

from __future__ import annotations

import hashlib
import json

RECEIPT_KIND = "courtdesk.audit_receipt.v1"
PAYLOAD_FIELDS = ("kind", "client_id", "head_seq", "head_hash", "issued_at", "key_id")


def canonical(payload: dict) -> bytes:
    """The signed bytes: the payload's fields, sorted, compact, UTF-8."""
    return json.dumps({k: payload[k] for k in PAYLOAD_FIELDS}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(public_key_raw: bytes) -> str:
    """A short name for a server's signing key, carried in each receipt it signs."""
    return hashlib.sha256(public_key_raw).hexdigest()[:16]
