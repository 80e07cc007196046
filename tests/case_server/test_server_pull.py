"""Pull: pages of the change log, a cursor that only moves forward and skips nothing."""

from __future__ import annotations

import json

from server_kit import change, hearing_row, new_id, segment_row


def test_pages_follow_the_cursor_and_cover_every_change_once(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = hearing_row(case["id"])
    segments = [segment_row(hearing["id"], n) for n in range(23)]
    clerk.push(change("hearings", hearing), *[change("segments", s) for s in segments])

    judge = env.api("presiding_a")
    clerk.add_member(case["id"], judge.user_id, "presiding_judge")
    seen, cursor, pages = [], 0, 0
    while True:
        page = judge.pull(cursor, limit=5)
        pages += 1
        assert len(page["changes"]) <= 5
        assert all(c["seq"] > cursor for c in page["changes"])
        seen += page["changes"]
        assert page["next_cursor"] >= cursor
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    ids = [c["record_id"] for c in seen]
    assert len(ids) == len(set(ids)) == 2 + 1 + 23 + 1  # case, 2 members, hearing, segments
    assert [c["seq"] for c in seen] == sorted(c["seq"] for c in seen)
    assert pages == 6
    # Nothing new: an empty page at the same cursor.
    empty = judge.pull(cursor)
    assert empty == {"changes": [], "next_cursor": cursor, "has_more": False}
    # One more change arrives after the cursor.
    [edit] = clerk.push(change("cases", {**case, "status": "closed"}, base_version=1))
    page = judge.pull(cursor)
    assert [c["record_id"] for c in page["changes"]] == [case["id"]]
    assert page["changes"][0]["server_version"] == edit["server_version"] == 2
    assert page["changes"][0]["payload"]["status"] == "closed"


def test_the_cursor_moves_past_rows_the_user_may_not_see(env):
    clerk = env.api("clerk_a")
    clerk_b = env.api("clerk_b")
    for _ in range(3):
        clerk.new_case()
    page = clerk_b.pull(0)
    assert page["changes"] == [] and not page["has_more"]
    assert page["next_cursor"] == 6  # past court A's six rows: none will be looked at again
    case, _ = clerk_b.new_case()
    page = clerk_b.pull(page["next_cursor"])
    assert page["changes"][0]["record_id"] == case["id"]


def test_deleted_records_arrive_as_tombstones(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "defendant", "name": "王五"}
    clerk.push(change("parties", party))
    _, cursor = clerk.pull_all()
    clerk.push(change("parties", party, op="delete", base_version=1))
    [tombstone] = clerk.pull(cursor)["changes"]
    assert tombstone["deleted"] is True and tombstone["server_version"] == 2


def test_a_new_member_fetches_the_case_from_the_start_with_case_id(env):
    clerk = env.api("clerk_a")
    judge = env.api("judge_a")
    _, judge_cursor = judge.pull_all()
    case, _ = clerk.new_case()
    other, _ = clerk.new_case()
    parties = [{"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": f"甲{n}"}
               for n in range(3)]
    clerk.push(*[change("parties", p) for p in parties])
    clerk.add_member(case["id"], judge.user_id, "judge")
    # Pulling on from the old cursor gives the rows after it: all of the case, since the
    # judge's membership now covers them.
    rows, _ = judge.pull_all(judge_cursor)
    assert {r["record_id"] for r in rows} >= {p["id"] for p in parties}
    # "Take this case offline": only that case, from the beginning.
    rows, _ = judge.pull_all(0, case_id=case["id"])
    assert {r["payload"].get("case_id", r["record_id"]) for r in rows} == {case["id"]}
    assert other["id"] not in {r["record_id"] for r in rows}


def _bench_case(env):
    """A clerk's case with a judge and a presiding judge on it."""
    clerk, judge, presiding = env.api("clerk_a"), env.api("judge_a"), env.api("presiding_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], judge.user_id, "judge")
    clerk.add_member(case["id"], presiding.user_id, "presiding_judge")
    return case, judge, presiding


def test_private_annotations_reach_only_their_author(env):
    case, judge, presiding = _bench_case(env)
    base = {"case_id": case["id"], "document_id": "d1", "doc_sha256": "b" * 64,
            "page_index": 2, "kind": "highlight", "author": judge.user_id}
    private = {**base, "id": new_id(), "visibility": "private"}
    shared = {**base, "id": new_id(), "visibility": "shared"}
    judge.push(change("annotations", private), change("annotations", shared))
    seen_by_presiding = {r["record_id"] for r in presiding.pull_all()[0]}
    assert shared["id"] in seen_by_presiding and private["id"] not in seen_by_presiding
    assert {private["id"], shared["id"]} <= {r["record_id"] for r in judge.pull_all()[0]}


def test_a_cursor_past_the_log_is_refused(env):
    clerk = env.api("clerk_a")
    response = env.http.get("/sync/pull", headers=clerk.headers, params={"cursor": 10**6})
    assert response.status_code == 409 and response.json()["code"] == "cursor_ahead"


def test_limits_are_validated(env):
    clerk = env.api("clerk_a")
    for params in ({"limit": 0}, {"limit": 100000}, {"cursor": -1}, {"case_id": "../x"}):
        response = env.http.get("/sync/pull", headers=clerk.headers, params=params)
        assert response.status_code == 422, params


def test_a_shared_note_made_private_again_is_withdrawn_from_the_others(env):
    case, judge, presiding = _bench_case(env)
    note = {"id": new_id(), "case_id": case["id"], "document_id": "d1",
            "doc_sha256": "b" * 64, "page_index": 2, "kind": "note", "author": judge.user_id,
            "visibility": "shared", "text": "请合议庭注意第三页"}
    judge.push(change("annotations", note))
    _, cursor = presiding.pull_all()
    [taken_back] = judge.push(change("annotations", {**note, "visibility": "private",
                                                     "text": "只给自己：证人可能说谎"},
                                     base_version=1))
    assert taken_back["status"] == "applied"
    [withdrawal] = presiding.pull_all(cursor)[0]
    assert withdrawal["record_id"] == note["id"] and withdrawal["deleted"] is True
    assert "证人" not in json.dumps(withdrawal, ensure_ascii=False)  # the new text stays home
    assert withdrawal["payload"]["text"] == ""
    # Nor does the shared text stay in the log for someone pulling from the start (a new
    # laptop, a member added later).
    from_start = json.dumps(presiding.pull_all()[0], ensure_ascii=False)
    assert note["id"] in from_start and "请合议庭注意第三页" not in from_start
    # Its author's other laptops get the private version whole.
    mine = [r for r in judge.pull_all()[0] if r["record_id"] == note["id"]]
    assert mine[-1]["payload"]["text"] == "只给自己：证人可能说谎" and not mine[-1]["deleted"]
    # Further private edits are not announced again; sharing it again brings it back.
    judge.push(change("annotations", {**note, "visibility": "private", "text": "再改"},
                      base_version=2))
    _, cursor = presiding.pull_all()
    judge.push(change("annotations", {**note, "visibility": "shared", "text": "重新共享"},
                      base_version=3))
    [back] = presiding.pull_all(cursor)[0]
    assert back["deleted"] is False and back["payload"]["text"] == "重新共享"
    # A note private from the start is never announced to anyone.
    secret = {**note, "id": new_id(), "visibility": "private", "text": "从未共享"}
    judge.push(change("annotations", secret))
    assert secret["id"] not in {r["record_id"] for r in presiding.pull_all()[0]}
