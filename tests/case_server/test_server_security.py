"""Who may do what: tokens, courts, deliberations, court IT."""

from __future__ import annotations

import sqlalchemy as sa
from server_kit import PASSWORD, change, hearing_row, new_id, segment_row


def test_no_token_or_a_made_up_token_is_401(env):
    for method, path in (("get", "/sync/pull"), ("post", "/sync/push"), ("post", "/blobs"),
                         ("get", "/auth/me")):
        response = getattr(env.http, method)(path)
        assert response.status_code == 401, path
        assert response.headers["www-authenticate"] == "Bearer"
    response = env.http.get("/sync/pull", headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401


def test_wrong_password_is_401_and_the_same_for_an_unknown_user(env):
    wrong = env.http.post("/auth/login", json={"username": "clerk_a", "password": "nope"})
    unknown = env.http.post("/auth/login", json={"username": "ghost", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]


def test_an_expired_token_is_401(env):
    clerk = env.api("clerk_a")
    assert env.http.get("/auth/me", headers=clerk.headers).status_code == 200
    engine = sa.create_engine(env.db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE tokens SET expires_at = 0"))
    engine.dispose()
    response = env.http.get("/sync/pull", headers=clerk.headers)
    assert response.status_code == 401 and "expired" in response.json()["detail"]


def test_tokens_are_stored_hashed_and_logout_ends_them(env):
    clerk = env.api("clerk_a")
    engine = sa.create_engine(env.db_url)
    with engine.connect() as conn:
        stored = [r[0] for r in conn.execute(sa.text("SELECT token_hash FROM tokens"))]
    engine.dispose()
    assert clerk.login["access_token"] not in stored and len(stored) == 1
    assert env.http.post("/auth/logout", headers=clerk.headers).status_code == 204
    assert env.http.get("/auth/me", headers=clerk.headers).status_code == 401


def test_a_user_of_court_b_cannot_read_or_write_court_as_cases(env):
    clerk_a = env.api("clerk_a")
    clerk_b = env.api("clerk_b")
    case, _ = clerk_a.new_case()
    party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三"}
    [write] = clerk_b.push(change("parties", party))
    assert write["status"] == "rejected" and write["code"] == "forbidden"
    [edit] = clerk_b.push(change("cases", {**case, "title": "B"}, base_version=1))
    assert edit["status"] == "rejected" and edit["code"] == "forbidden"
    # Adding themselves as a member is refused too (not the creator, not this court).
    member = {"id": new_id(), "case_id": case["id"], "user_id": clerk_b.user_id,
              "role_in_case": "clerk"}
    [join] = clerk_b.push(change("case_members", member))
    assert join["status"] == "rejected"
    rows, _ = clerk_b.pull_all()
    assert rows == []
    rows, _ = clerk_b.pull_all(case_id=case["id"])
    assert rows == []


def test_a_member_of_court_a_cannot_be_a_court_b_user(env):
    clerk_a = env.api("clerk_a")
    case, _ = clerk_a.new_case()
    member = {"id": new_id(), "case_id": case["id"], "user_id": env.seed.id("clerk_b"),
              "role_in_case": "clerk"}
    [result] = clerk_a.push(change("case_members", member))
    assert result["status"] == "rejected" and result["code"] == "invalid"


def test_a_clerk_cannot_pull_or_write_a_deliberation_but_the_judges_can(env):
    clerk = env.api("clerk_a")
    judge = env.api("judge_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], judge.user_id, "judge")
    deliberation = hearing_row(case["id"], deliberation=True)
    [by_clerk] = clerk.push(change("hearings", deliberation))
    assert by_clerk["status"] == "rejected" and by_clerk["code"] == "forbidden"
    segment = segment_row(deliberation["id"])
    note = {"id": new_id(), "hearing_id": deliberation["id"], "at_ms": 5, "text": "评议意见",
            "author": judge.user_id}
    results = judge.push(change("hearings", deliberation), change("segments", segment),
                         change("hearing_notes", note))
    assert [r["status"] for r in results] == ["applied"] * 3
    open_hearing = hearing_row(case["id"])
    clerk.push(change("hearings", open_hearing))

    clerk_rows, _ = clerk.pull_all()
    clerk_ids = {r["record_id"] for r in clerk_rows}
    assert open_hearing["id"] in clerk_ids
    assert not clerk_ids & {deliberation["id"], segment["id"], note["id"]}
    judge_ids = {r["record_id"] for r in judge.pull_all()[0]}
    assert {deliberation["id"], segment["id"], note["id"], open_hearing["id"]} <= judge_ids
    # Nor can the clerk add to it.
    [sneak] = clerk.push(change("segments", segment_row(deliberation["id"], 2)))
    assert sneak["status"] == "rejected" and sneak["code"] == "forbidden"
    # A judge of the court who is not on the case sees nothing of it.
    assert env.api("judge_a2").pull_all()[0] == []


def test_a_deliberation_cannot_be_turned_into_an_open_hearing(env):
    clerk = env.api("clerk_a")
    judge = env.api("judge_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], judge.user_id, "judge")
    deliberation = hearing_row(case["id"], deliberation=True)
    judge.push(change("hearings", deliberation))
    opened = {**deliberation, "confidential": 0, "kind": "hearing"}
    [result] = judge.push(change("hearings", opened, base_version=1))
    assert result["status"] == "rejected" and result["code"] == "fixed_field"


def test_court_it_reads_no_case_content(env):
    clerk = env.api("clerk_a")
    it = env.api("it_a")
    case, _ = clerk.new_case()
    assert env.http.get("/sync/pull", headers=it.headers).status_code == 403
    [result] = it.push(change("cases", {**case, "title": "IT"}, base_version=1))
    assert result["status"] == "rejected" and result["code"] == "forbidden"
    blob = env.http.post("/blobs", headers=it.headers, json={"sha256": "0" * 64, "size": 1})
    assert blob.status_code == 403


def test_a_judge_cannot_create_cases_and_a_clerk_cannot_manage_members(env):
    judge = env.api("judge_a")
    case = {"id": new_id(), "case_number": "1", "title": "t"}
    [result] = judge.push(change("cases", case))
    assert result["status"] == "rejected" and result["code"] == "forbidden"
    presiding = env.api("presiding_a")
    case, _ = presiding.new_case()
    presiding.add_member(case["id"], env.seed.id("clerk_a"), "clerk")
    clerk = env.api("clerk_a")
    member = {"id": new_id(), "case_id": case["id"], "user_id": judge.user_id,
              "role_in_case": "judge"}
    [refused] = clerk.push(change("case_members", member))
    assert refused["status"] == "rejected" and refused["code"] == "forbidden"


def test_a_disabled_account_cannot_log_in(env):
    engine = sa.create_engine(env.db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE users SET disabled = :t WHERE username = 'clerk_a'"),
                     {"t": True})
    engine.dispose()
    response = env.http.post("/auth/login", json={"username": "clerk_a", "password": PASSWORD})
    assert response.status_code == 401


def test_a_member_taken_off_a_case_pulls_the_removal_and_nothing_after_it(env):
    presiding = env.api("presiding_a")
    judge = env.api("judge_a")
    clerk = env.api("clerk_a")
    case, _ = presiding.new_case()
    judge_seat = presiding.add_member(case["id"], judge.user_id, "judge")
    clerk_seat = presiding.add_member(case["id"], clerk.user_id, "clerk")
    seen, cursor = judge.pull_all()
    assert {r["record_id"] for r in seen} >= {case["id"], judge_seat["id"], clerk_seat["id"]}

    [removed] = presiding.push(change("case_members", judge_seat, op="delete", base_version=1))
    assert removed["status"] == "applied" and removed["deleted"] is True
    [later] = presiding.push(change("hearings", hearing_row(case["id"])))
    assert later["status"] == "applied"

    # The removed judge gets their own removal, and nothing else of the case from now on.
    rows, _ = judge.pull_all(cursor)
    assert [(r["record_type"], r["record_id"], r["deleted"]) for r in rows] == [
        ("case_members", judge_seat["id"], True)]
    assert rows[0]["payload"]["user_id"] == judge.user_id
    # Starting over (a new laptop), they get only that removal: no case data.
    fresh, _ = judge.pull_all()
    assert [(r["record_type"], r["record_id"], r["deleted"]) for r in fresh] == [
        ("case_members", judge_seat["id"], True)]
    [write] = judge.push(change("hearings", hearing_row(case["id"])))
    assert write["status"] == "rejected" and write["code"] == "forbidden"
    # The members who stay see the removal too; nobody else learns of it.
    assert any(r["record_id"] == judge_seat["id"] and r["deleted"]
               for r in clerk.pull_all()[0])
    assert env.api("judge_a2").pull_all()[0] == []
    assert env.api("clerk_b").pull_all()[0] == []
