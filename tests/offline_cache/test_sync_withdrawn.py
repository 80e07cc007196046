"""A shared note its author makes private again leaves the other laptops."""

from __future__ import annotations

import pytest
from sync_kit import adopt, logged_in_client, open_client_store, presiding_case_with_judge

from courtdesk.offline_cache.blobs import BlobStore

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


def test_note_made_private_again_is_dropped_from_the_presiding_judges_laptop(tmp_path, server):
    p, sync_p, case, _ = presiding_case_with_judge(tmp_path / "presiding", server,
                                                   "撤回共享批注")
    judge_id = server.seeded.id("judge_a")
    sha = BlobStore(p).put_bytes(b"%PDF-1.4 record")
    doc = p.save("documents", {"case_id": case["id"], "title": "庭审笔录", "blob_sha256": sha},
                 actor="presiding_a")
    sync_p.sync()

    j = open_client_store(tmp_path / "judge")
    sync_j = logged_in_client(j, server.base_url, "judge_a")
    adopt(j, sync_j, "judge_a")
    sync_j.sync()
    note = j.save("annotations", {"case_id": case["id"], "document_id": doc["id"],
                                  "doc_sha256": sha, "page_index": 0, "kind": "note",
                                  "color": "yellow", "text": "请合议庭注意", "author": judge_id,
                                  "visibility": "shared"}, actor="judge_a")
    sync_j.sync()
    sync_p.sync()
    assert p.get("annotations", note["id"])["text"] == "请合议庭注意"

    j.save("annotations", {"id": note["id"], "visibility": "private", "text": "仅自己可见"},
           actor="judge_a")
    assert sync_j.sync().applied == 1
    sync_p.sync()
    gone = p.get("annotations", note["id"])
    assert gone["deleted"] == 1 and gone["text"] == ""  # hidden, and its words wiped
    assert j.get("annotations", note["id"])["text"] == "仅自己可见"  # the author keeps it
    shown = p.query("SELECT id FROM annotations WHERE document_id = ? AND deleted = 0",
                    (doc["id"],))
    assert shown == []
