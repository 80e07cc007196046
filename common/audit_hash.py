"""How one audit entry is hashed into the chain: the laptop's local log
(``offline_cache/audit_chain.py``) and the court's copy on the case server
(``case_server/audit_trail.py``) must compute the same hash for the same entry, or the server
could not check that what a laptop sends continues the chain it already holds.
"""

from __future__ import annotations

import hashlib
import json

GENESIS_HASH = "0" * 64  # the "previous hash" of a log's first entry


def entry_hash(prev_hash: str, entry: dict) -> str:
    canonical = json.dumps(
        [
            entry["seq"],
            entry["at"],
            entry["actor"],
            entry["action"],
            entry["record_type"],
            entry["record_id"],
            entry["detail"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()
