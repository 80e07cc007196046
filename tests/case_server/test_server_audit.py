"""The court's copy of client stores' audit logs: append-only, every link checked, a
refused batch stores nothing, replays are harmless, and only court IT reads it."""

from __future__ import annotations

import json

import pytest

from courtdesk.common.audit_hash import GENESIS_HASH, entry_hash
from courtdesk.offline_cache.audit_receipts import signature_valid

pytestmark = pytest.mark.timeout(60)


def chain(n: int, *, start: int = 1, prev: str = GENESIS_HASH, actor: str = "clerk_a"
          ) -> list[dict]:
    """Entries hashed the way a client store hashes its log."""
    out = []
    for seq in range(start, start + n):
        entry = {"seq": seq, "at": f"2025-06-01T08:00:{seq % 60:02d}Z", "actor": actor,
                 "action": "cases.update", "record_type": "cases", "record_id": f"case-{seq}",
                 "detail": json.dumps({"fields": ["title"]})}
        entry["prev_hash"] = prev
        entry["hash"] = prev = entry_hash(prev, entry)
        out.append(entry)
    return out


def rehash(entries: list[dict], prev: str) -> list[dict]:
    out = []
    for entry in entries:
        entry = {**entry, "prev_hash": prev}
        entry["hash"] = prev = entry_hash(prev, entry)
        out.append(entry)
    return out


def append(api, entries, expect=200, client_id=None):
    response = api.http.post("/audit/append", headers=api.headers,
                             json={"client_id": client_id or api.client_id,
                                   "entries": entries})
    assert response.status_code == expect, response.text
    return response.json()


def read(api, client_id, after=0, expect=200):
    response = api.http.get("/audit", headers=api.headers,
                            params={"client_id": client_id, "after": after})
    assert response.status_code == expect, response.text
    return response.json()


def test_entries_are_stored_once_and_replays_are_harmless(env):
    clerk, it = env.api("clerk_a"), env.api("it_a")
    entries = chain(5)
    first = append(clerk, entries[:3])
    receipt = first.pop("receipt")
    assert first == {"client_id": clerk.client_id, "stored": 3, "replayed": 0, "head_seq": 3,
                     "head_hash": entries[2]["hash"]}
    # The head it now holds, signed with the server's own key (pinned by PCs).
    key = clerk.http.get("/audit/receipt-key", headers=clerk.headers).json()
    assert signature_valid(receipt["payload"], receipt["signature"], key["public_key"])
    assert (receipt["payload"]["head_seq"], receipt["payload"]["head_hash"],
            receipt["payload"]["client_id"]) == (3, entries[2]["hash"], clerk.client_id)
    forged = {**receipt["payload"], "head_seq": 2}
    assert not signature_valid(forged, receipt["signature"], key["public_key"])
    assert clerk.http.get("/audit/receipt-key").status_code == 401
    # A lost answer: the same batch again, then more starting from the last one held.
    assert append(clerk, entries[:3])["replayed"] == 3
    out = append(clerk, entries[2:])
    assert (out["stored"], out["replayed"], out["head_seq"]) == (2, 1, 5)
    page = read(it, clerk.client_id)
    assert [e["seq"] for e in page["entries"]] == [1, 2, 3, 4, 5]
    assert page["entries"][0]["received_from"] == clerk.user_id
    assert {k: page["entries"][4][k] for k in entries[4]} == entries[4]
    assert read(it, clerk.client_id, after=4)["entries"][0]["seq"] == 5
    listed = it.http.get("/audit/clients", headers=it.headers).json()
    assert [(c["client_id"], c["head_seq"]) for c in listed] == [(clerk.client_id, 5)]


@pytest.mark.parametrize("fault, status, code", [
    ("altered", 422, "audit_entry_altered"),
    ("reordered", 422, "audit_out_of_order"),
    ("gap", 409, "audit_gap"),
    ("broken_link", 409, "audit_chain_broken"),
    ("rewritten", 409, "audit_tampered"),
])
def test_a_batch_that_breaks_the_chain_is_refused_whole(env, fault, status, code):
    clerk, it = env.api("clerk_a"), env.api("it_a")
    entries = chain(6)
    append(clerk, entries[:3])
    batch = [dict(e) for e in entries[2:]]  # anchor 3, then 4..6
    if fault == "altered":
        batch[2]["detail"] = json.dumps({"fields": ["verdict"]})  # hash left as it was
    elif fault == "reordered":
        batch[1], batch[2] = batch[2], batch[1]
    elif fault == "gap":
        batch = batch[2:]  # 5 and 6 without 4
    elif fault == "broken_link":
        # 4..6 re-hashed from another start: each is self-consistent, the link is not.
        batch = rehash(batch[1:], "f" * 64)
    else:
        # Entry 2 rewritten and everything after re-hashed: consistent on the laptop.
        forged = {**entries[1], "detail": json.dumps({"fields": ["nothing"]})}
        batch = rehash([forged, *entries[2:]], entries[0]["hash"])
    body = append(clerk, batch, expect=status)
    assert body["code"] == code and body["head_seq"] == 3
    assert [e["seq"] for e in read(it, clerk.client_id)["entries"]] == [1, 2, 3]
    # The genuine entries still go on after a refusal.
    assert append(clerk, entries[2:])["head_seq"] == 6


def test_only_court_it_of_the_same_court_reads_and_it_does_not_append(env):
    clerk = env.api("clerk_a")
    append(clerk, chain(2))
    assert read(env.api("clerk_a"), clerk.client_id, expect=403)["code"] == "forbidden"
    assert read(env.api("judge_a"), clerk.client_id, expect=403)["code"] == "forbidden"
    assert read(env.api("clerk_b"), clerk.client_id, expect=403)["code"] == "forbidden"
    assert env.http.get("/audit", params={"client_id": clerk.client_id}).status_code == 401
    it = env.api("it_a")
    assert read(it, "no-such-store", expect=404)["code"] == "not_found"
    assert append(it, chain(1), expect=403)["code"] == "forbidden"
    # A store of court A cannot be written to by a user of court B.
    other = env.api("clerk_b")
    assert append(other, chain(3), client_id=clerk.client_id, expect=403)["code"] == "forbidden"
    assert read(it, clerk.client_id)["head_seq"] == 2


def test_admin_cli_lists_the_trails_and_verifies_one(env, capsys):
    from courtdesk.case_server.cli import main

    clerk = env.api("clerk_a")
    append(clerk, chain(3))
    assert main(["admin", "--db", env.db_url, "audit", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["client_id"] == clerk.client_id and listed["head_seq"] == 3
    assert main(["admin", "--db", env.db_url, "audit", "--client", clerk.client_id]) == 0
    text = capsys.readouterr().out
    assert "cases.update" in text and "3 entries at the court, chain intact" in text
    # Someone edits the court's database behind the server's back.
    import sqlalchemy as sa

    engine = sa.create_engine(env.db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_entries SET actor = 'judge_a' WHERE seq = 2"))
    engine.dispose()
    assert main(["admin", "--db", env.db_url, "audit", "--client", clerk.client_id,
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert not out["verified"] and "entry 2 was changed after it arrived" in out["problems"]
    assert main(["admin", "--db", env.db_url, "audit", "--client", "nobody"]) == 2
