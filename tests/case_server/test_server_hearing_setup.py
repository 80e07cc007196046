"""A hearing's set-up on the case server: session type and attendance (到庭情况) are kept,
checked and pulled like the hearing's other fields; migration 0007 gives stored hearings them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from server_kit import change, hearing_row

pytestmark = pytest.mark.timeout(120)

ATTENDANCE = json.dumps({"people": [{"party_id": "p1", "side": "plaintiff", "name": "张三",
                                     "present": True, "agents": [
                                         {"name": "李四", "firm": "延边律师事务所",
                                          "present": True}]}],
                         "other": "证人王五到庭"}, ensure_ascii=False)


def test_set_up_hearing_is_kept_and_pulled_whole(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    hearing = {**hearing_row(case["id"]), "title": "第一次调解", "place": "第三审判庭",
               "session_type": "mediation", "attendance": ATTENDANCE}
    [result] = clerk.push(change("hearings", hearing))
    assert result["status"] == "applied", result
    presiding = env.api("presiding_a")
    clerk.add_member(case["id"], presiding.user_id, "presiding_judge")
    rows, _ = presiding.pull_all()
    [pulled] = [r for r in rows if r["record_type"] == "hearings"]
    assert pulled["payload"]["session_type"] == "mediation"
    assert json.loads(pulled["payload"]["attendance"]) == json.loads(ATTENDANCE)
    assert pulled["payload"]["title"] == "第一次调解"

    # The clerk corrects who appeared: an edit from the current version applies.
    edited = {**hearing, "attendance": ATTENDANCE.replace('"present": true', '"present": false')}
    [result] = clerk.push(change("hearings", edited, base_version=1))
    assert result["status"] == "applied", result


@pytest.mark.parametrize("fields, reason", [
    ({"session_type": "party"}, "session_type is one of"),
    ({"session_type": "deliberation"}, "only a deliberation's"),
    ({"attendance": "[1, 2]"}, "JSON object"),
    ({"attendance": "{not json"}, "JSON object"),
    ({"attendance": "x" * 20_001}, "at most"),
])
def test_set_up_values_that_cannot_be_a_hearings_are_rejected(env, fields, reason):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    [result] = clerk.push(change("hearings", {**hearing_row(case["id"]), **fields}))
    assert result["status"] == "rejected" and result["code"] == "invalid", result
    assert reason in str(result), result


def test_a_hearing_from_an_older_laptop_has_no_set_up_and_is_no_conflict(env):
    clerk = env.api("clerk_a")
    case, _ = clerk.new_case()
    old = hearing_row(case["id"])  # sent by a laptop from before store version 10
    [result] = clerk.push(change("hearings", old))
    assert result["status"] == "applied"
    # A newer laptop edits it, sending the whole row with the new fields at their defaults.
    newer = {**old, "title": "第一次开庭", "session_type": "", "attendance": ""}
    [result] = clerk.push(change("hearings", newer, base_version=1))
    assert result["status"] == "applied", result


def test_migration_0007_gives_stored_hearings_a_session_type_and_attendance(db_url):
    from alembic import command
    from alembic.config import Config

    from courtdesk.case_server import db as server_db

    engine = sa.create_engine(db_url)
    config = Config()
    config.set_main_option("script_location",
                           str(Path(server_db.__file__).parent / "migrations"))
    rows = {"h1": {"id": "h1", "kind": "hearing", "title": "庭审"},
            "d1": {"id": "d1", "kind": "deliberation", "title": "合议庭评议"},
            "h2": {"id": "h2", "kind": "hearing", "session_type": "mediation",
                   "attendance": ATTENDANCE}}
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")  # a server from before hearings had a set-up
        conn.execute(sa.text("INSERT INTO courts (id, code, name, created_at) "
                             "VALUES ('c', 'C', 'Court', 0)"))
        for record_id, payload in rows.items():
            conn.execute(sa.text(
                "INSERT INTO records (record_type, record_id, court_id, case_id, confidential,"
                " version, deleted, payload, created_by, updated_at) VALUES "
                "('hearings', :id, 'c', 'k', false, 1, false, :payload, 'u', 0)"),
                {"id": record_id, "payload": json.dumps(payload, ensure_ascii=False)})
        conn.execute(sa.text(
            "INSERT INTO records (record_type, record_id, court_id, case_id, confidential,"
            " version, deleted, payload, created_by, updated_at) VALUES "
            "('parties', 'p1', 'c', 'k', false, 1, false, '{\"name\": \"张三\"}', 'u', 0)"))
        conn.commit()
        command.upgrade(config, "head")
        conn.commit()
        stored = {r: json.loads(p) for r, p in conn.execute(sa.text(
            "SELECT record_id, payload FROM records")).all()}
    engine.dispose()
    assert stored["h1"]["session_type"] == "" and stored["h1"]["attendance"] == ""
    assert stored["d1"]["session_type"] == "deliberation"
    assert stored["h2"]["session_type"] == "mediation"  # its own kept
    assert stored["h2"]["attendance"] == ATTENDANCE
    assert stored["p1"] == {"name": "张三"}  # other records untouched
