"""Push: each change id applied once, and each record type's conflict rule."""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from server_kit import change, chunk_checksum, hearing_row, new_id, segment_row


def _log_rows(db_url: str, record_id: str) -> int:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM change_log WHERE record_id = :r"),
                                {"r": record_id}).scalar()
    finally:
        engine.dispose()


def test_replayed_change_returns_the_stored_result_and_applies_once(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三"}
    first = change("parties", party)
    [applied] = clerk.push(first)
    assert applied["status"] == "applied" and applied["server_version"] == 1
    # The response was lost; the client sends the same change again, twice in one request.
    again = clerk.push(first, first)
    assert [r["replayed"] for r in again] == [True, True]
    assert all(r["status"] == "applied" and r["server_version"] == 1 for r in again)
    assert _log_rows(env.db_url, party["id"]) == 1


def test_replay_of_a_conflict_is_the_same_conflict(env):
    clerk = env.api("clerk_a")
    presiding = env.api("presiding_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], presiding.user_id, "presiding_judge")
    [ok] = presiding.push(change("cases", {**case, "title": "改名"}, base_version=1))
    assert ok["status"] == "applied"
    stale = change("cases", {**case, "title": "书记员改的"}, base_version=1)
    [conflict] = clerk.push(stale)
    [replay] = clerk.push(stale)
    assert conflict["status"] == replay["status"] == "conflict"
    assert replay["replayed"] and replay["row"]["title"] == "改名"


def test_a_change_id_from_another_user_is_not_handed_their_result(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三"}
    mine = change("parties", party)
    clerk.push(mine)
    judge = env.api("judge_a")
    [result] = judge.push({**mine, "record_id": "other", "payload": {**party, "id": "other"}})
    assert result["status"] == "rejected" and result["code"] == "change_id_reused"


def test_case_data_is_the_courts_a_stale_edit_conflicts_with_the_server_row(env):
    clerk = env.api("clerk_a")
    presiding = env.api("presiding_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], presiding.user_id, "presiding_judge")
    [court_edit] = presiding.push(change("cases", {**case, "summary": "庭前会议"},
                                         base_version=1))
    assert court_edit["server_version"] == 2
    [result] = clerk.push(change("cases", {**case, "summary": "本地修改"}, base_version=1))
    assert result["status"] == "conflict"
    assert result["server_version"] == 2 and result["row"]["summary"] == "庭前会议"
    # The clerk resolves from the server's version: applied.
    [resolved] = clerk.push(change("cases", {**case, "summary": "合并后"}, base_version=2))
    assert resolved["status"] == "applied" and resolved["server_version"] == 3


def test_a_clients_own_successive_offline_edits_do_not_conflict(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三"}
    # Insert and two edits made offline: the client's outbox holds base_version 0 for all.
    results = clerk.push(change("parties", party),
                         change("parties", {**party, "phone": "138"}, base_version=0),
                         change("parties", {**party, "phone": "139"}, base_version=0))
    assert [r["status"] for r in results] == ["applied"] * 3
    assert [r["server_version"] for r in results] == [1, 2, 3]
    # The same user on a second laptop is another client: its stale edit conflicts.
    laptop = env.api("clerk_a", client_id="laptop")
    [result] = laptop.push(change("parties", {**party, "phone": "000"}, base_version=1))
    assert result["status"] == "conflict"


def test_delete_tombstones_and_a_deleted_record_does_not_come_back(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三"}
    clerk.push(change("parties", party))
    [deleted] = clerk.push(change("parties", party, op="delete", base_version=1))
    assert deleted["status"] == "applied" and deleted["deleted"] is True
    assert deleted["server_version"] == 2
    [again] = clerk.push(change("parties", party, op="delete", base_version=1))
    assert again["status"] == "applied" and again["server_version"] == 2
    [revive] = clerk.push(change("parties", {**party, "name": "李四"}, base_version=2))
    assert revive["status"] == "conflict" and revive["deleted"] is True


def test_segments_are_append_only_with_a_revision_path(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = hearing_row(case["id"])
    segment = segment_row(hearing["id"])
    results = clerk.push(change("hearings", hearing), change("segments", segment))
    assert [r["status"] for r in results] == ["applied", "applied"]
    # Inserting the same segment again (a replay under a new change id) changes nothing.
    [same] = clerk.push(change("segments", segment))
    assert same["status"] == "applied" and same["server_version"] == 1
    # What the recognizer heard is never rewritten.
    [rewrite] = clerk.push(change("segments", {**segment, "asr_text": "篡改"}, base_version=1))
    assert rewrite["status"] == "rejected" and rewrite["code"] == "append_only"
    # The clerk's correction is the revision path: edited text with a higher revision.
    edit = {**segment, "edited_text": "更正", "revision": 1, "edited_by": "clerk"}
    [corrected] = clerk.push(change("segments", edit, base_version=1))
    assert corrected["status"] == "applied" and corrected["server_version"] == 2
    [lower] = clerk.push(change("segments", {**edit, "edited_text": "x", "revision": 1},
                                base_version=2))
    assert lower["status"] == "rejected" and lower["code"] == "revision_not_increasing"
    [gone] = clerk.push(change("segments", edit, op="delete", base_version=2))
    assert gone["status"] == "rejected" and gone["code"] == "append_only"


def test_concurrent_segment_corrections_conflict(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = hearing_row(case["id"])
    segment = segment_row(hearing["id"])
    clerk.push(change("hearings", hearing), change("segments", segment))
    other = env.api("clerk_a", client_id="courtroom-pc-2")
    [first] = other.push(change("segments", {**segment, "edited_text": "甲", "revision": 1},
                                base_version=1))
    assert first["status"] == "applied"
    [second] = clerk.push(change("segments", {**segment, "edited_text": "乙", "revision": 1},
                                 base_version=1))
    assert second["status"] == "conflict" and second["row"]["edited_text"] == "甲"


def test_recordings_close_but_never_shrink_and_chunks_never_change(env, tmp_path):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = hearing_row(case["id"])
    recording = {"id": new_id(), "hearing_id": hearing["id"], "channel": 0,
                 "speaker_role": "judge", "sample_rate": 16000, "state": "recording",
                 "started_at": "2025-05-01T09:00:00Z", "stopped_at": "", "offset_ms": 0,
                 "frames": 0, "source": "mic"}
    clerk.push(change("hearings", hearing), change("recordings", recording))
    closed = {**recording, "state": "stopped", "stopped_at": "2025-05-01T10:00:00Z",
              "frames": 16000 * 3600}
    [stop] = clerk.push(change("recordings", closed, base_version=1))
    assert stop["status"] == "applied"
    [shrink] = clerk.push(change("recordings", {**closed, "frames": 5}, base_version=2))
    assert shrink["status"] == "rejected"
    [moved] = clerk.push(change("recordings", {**closed, "channel": 3}, base_version=2))
    assert moved["status"] == "rejected" and moved["code"] == "append_only"


def test_annotations_merge_per_field_and_keep_both_when_the_same_field_changed(env):
    judge = env.api("judge_a")
    laptop = env.api("judge_a", client_id="judge-laptop")
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], judge.user_id, "judge")
    sha = "a" * 64
    document = {"id": new_id(), "case_id": case["id"], "title": "卷一", "blob_sha256": "",
                "volume": 1}
    clerk.push(change("documents", document))
    note = {"id": new_id(), "case_id": case["id"], "document_id": document["id"],
            "doc_sha256": sha, "page_index": 0, "kind": "note", "geometry": "{}",
            "color": "#ff0", "text": "原文", "author": judge.user_id, "visibility": "shared"}
    [made] = judge.push(change("annotations", note))
    assert made["status"] == "applied"
    # The office PC changes the colour, the laptop (from version 1) the text: both kept.
    [colour] = judge.push(change("annotations", {**note, "color": "#f00"}, base_version=1))
    assert colour["server_version"] == 2
    [text] = laptop.push(change("annotations", {**note, "text": "新的"}, base_version=1))
    assert text["status"] == "applied" and text["server_version"] == 3
    assert text["row"]["color"] == "#f00" and text["row"]["text"] == "新的"
    # Both sides changed the text from version 3: conflict, both values returned, nothing
    # applied.
    [office] = judge.push(change("annotations", {**note, "color": "#f00", "text": "办公室"},
                                 base_version=3))
    assert office["status"] == "applied"
    [clash] = laptop.push(change("annotations", {**note, "color": "#f00", "text": "笔记本"},
                                 base_version=3))
    assert clash["status"] == "conflict" and clash["server_version"] == 4
    assert clash["conflict_fields"] == [{"field": "text", "base": "新的", "server": "办公室",
                                         "yours": "笔记本"}]


def test_annotations_are_changed_only_by_their_author(env):
    clerk = env.api("clerk_a")
    judge = env.api("judge_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], judge.user_id, "judge")
    note = {"id": new_id(), "case_id": case["id"], "document_id": "d", "doc_sha256": "a" * 64,
            "page_index": 0, "kind": "note", "text": "x", "author": judge.user_id,
            "visibility": "shared"}
    [forged] = clerk.push(change("annotations", note))
    assert forged["status"] == "rejected" and forged["code"] == "forbidden"
    judge.push(change("annotations", note))
    [edit] = clerk.push(change("annotations", {**note, "text": "y"}, base_version=1))
    assert edit["status"] == "rejected"


def test_a_child_before_its_parent_is_a_retryable_rejection_that_is_not_remembered(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = hearing_row(case["id"])
    early = change("segments", segment_row(hearing["id"]))
    [result] = clerk.push(early)
    assert result["status"] == "rejected" and result["retryable"] is True
    clerk.push(change("hearings", hearing))
    [later] = clerk.push(early)
    assert later["status"] == "applied" and not later["replayed"]


def test_a_record_referencing_a_blob_waits_for_the_complete_upload(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    data = b"%PDF-1.7 dossier"
    sha = hashlib.sha256(data).hexdigest()
    document = {"id": new_id(), "case_id": case["id"], "title": "卷一", "blob_sha256": sha,
                "volume": 1}
    push = change("documents", document)
    [early] = clerk.push(push)
    assert early["code"] == "blob_not_uploaded" and early["retryable"]
    env.http.post("/blobs", headers=clerk.headers, json={"sha256": sha, "size": len(data)})
    response = env.http.patch(f"/blobs/{sha}", content=data, headers={
        **clerk.headers, "Upload-Offset": "0", "Upload-Checksum": chunk_checksum(data)})
    assert response.status_code == 204
    [later] = clerk.push(push)
    assert later["status"] == "applied"


def test_payload_id_must_be_the_record_id(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "x"}
    bad = {**change("parties", party), "record_id": new_id()}
    [result] = clerk.push(bad)
    assert result["status"] == "rejected" and result["code"] == "invalid"


def test_the_stored_payload_is_the_clients_row_without_server_owned_columns(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    rows, _ = clerk.pull_all()
    [pulled] = [r for r in rows if r["record_id"] == case["id"]]
    expected = {k: v for k, v in case.items()
                if k not in {"server_version", "base_version", "deleted"}}
    assert pulled["payload"] == expected
    assert json.dumps(pulled["payload"], ensure_ascii=False).count("合同纠纷") == 1


def test_a_push_reads_the_records_it_names_in_a_few_queries_and_sees_its_own_writes(env):
    """10,000 segments cost 10,000 look-ups of 'is this record here yet?' before; the
    push now reads them in one query per 500, and a change after a write in the same push
    (a parent, then its children; a segment, then its correction) still sees that write."""
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = hearing_row(case["id"])
    segments = [segment_row(hearing["id"], n) for n in range(300)]
    correction = {**segments[0], "edited_text": "更正", "revision": 1, "edited_by": "clerk"}
    rewrite = {**segments[1], "asr_text": "篡改"}
    reads: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if "FROM records" in statement:
            reads.append(statement)

    engine = env.http.app.state.db.engine
    sa.event.listen(engine, "before_cursor_execute", note)
    try:
        results = clerk.push(change("hearings", hearing),
                             *(change("segments", s) for s in segments),
                             change("segments", correction, base_version=1),
                             change("segments", rewrite, base_version=1))
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)
    assert [r["status"] for r in results[:301]] == ["applied"] * 301
    assert results[301]["status"] == "applied" and results[301]["server_version"] == 2
    assert results[302]["status"] == "rejected" and results[302]["code"] == "append_only"
    assert len(reads) <= 8, f"{len(reads)} reads of records for a push of 303 changes"
    rows, _ = clerk.pull_all(case_id=case["id"])
    corrected = [r for r in rows if r["record_id"] == segments[0]["id"]]
    assert corrected[-1]["payload"]["edited_text"] == "更正"
