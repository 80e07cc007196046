"""The append-only audit log, chained by SHA-256.

Each entry's hash covers its own fields and the previous entry's hash, so changing,
removing or reordering any entry breaks the chain from that point. The head (last seq and
hash) is also kept in ``meta``, so cutting entries off the end is found too. The hash of one
entry is shared with the case server (``courtdesk.common.audit_hash``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from courtdesk.common.audit_hash import GENESIS_HASH, entry_hash

HEAD_KEY = "audit_head"


@dataclass
class AuditProblem:
    seq: int
    # "altered" | "missing" | "broken_link" | "truncated" | "emptied"; against the server's
    # receipts (audit_receipts): "shortened" | "rewritten" | "receipt_invalid" |
    # "receipts_missing"; "recording_cut" (recording_manifest)
    kind: str
    message: str


@dataclass
class AuditReport:
    entries: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[AuditProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "head_hash": self.head_hash,
            "problems": [p.__dict__ for p in self.problems],
        }


def append(conn, *, at: str, actor: str, action: str, record_type: str = "",
           record_id: str = "", detail: dict | None = None) -> dict:
    """Append one entry; the caller holds the write transaction."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    entry = {
        "seq": prev_seq + 1,
        "at": at,
        "actor": actor,
        "action": action,
        "record_type": record_type,
        "record_id": record_id,
        "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
    }
    entry["prev_hash"] = prev_hash
    entry["hash"] = entry_hash(prev_hash, entry)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, detail,"
        " prev_hash, hash) VALUES (:seq, :at, :actor, :action, :record_type, :record_id,"
        " :detail, :prev_hash, :hash)",
        entry,
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, json.dumps({"seq": entry["seq"], "hash": entry["hash"]})),
    )
    return entry


def verify(conn) -> AuditReport:
    report = AuditReport()
    expected_seq = 1
    prev_hash = GENESIS_HASH
    cursor = conn.execute(
        "SELECT seq, at, actor, action, record_type, record_id, detail, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    )
    for row in cursor:
        entry = dict(
            zip(
                ("seq", "at", "actor", "action", "record_type", "record_id", "detail",
                 "prev_hash", "hash"),
                row,
            )
        )
        seq = entry["seq"]
        if seq != expected_seq:
            report.problems.append(
                AuditProblem(expected_seq, "missing",
                             f"entries {expected_seq}..{seq - 1} are missing")
            )
        if entry["prev_hash"] != prev_hash:
            report.problems.append(
                AuditProblem(seq, "broken_link",
                             f"entry {seq} does not follow the entry before it")
            )
        if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
            report.problems.append(
                AuditProblem(seq, "altered", f"entry {seq} was changed after it was written")
            )
        prev_hash = entry["hash"]
        expected_seq = seq + 1
        report.entries += 1
    report.head_hash = prev_hash
    head_row = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head_row:
        head = json.loads(head_row[0])
        if head["seq"] != expected_seq - 1 or head["hash"] != prev_hash:
            report.problems.append(
                AuditProblem(head["seq"], "truncated",
                             f"the log should end at entry {head['seq']} but ends at "
                             f"{expected_seq - 1}")
            )
    elif report.entries:
        report.problems.append(AuditProblem(0, "truncated", "the log's recorded head is missing"))
    return report
