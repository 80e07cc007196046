"""courtdesk-server's admin commands, and the migrations against the table definitions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import sqlalchemy as sa


def _admin(db_url: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "courtdesk.case_server.cli", "admin", "--db",
                           db_url, *args], input=stdin, capture_output=True, text=True,
                          timeout=60)


def test_admin_creates_courts_users_cases_and_members_that_can_sync(db_url, tmp_path):
    from fastapi.testclient import TestClient
    from server_kit import Api

    from courtdesk.case_server.app import ServerSettings, create_app

    court = _admin(db_url, "create-court", "--code", "YB", "--name", "延边中院", "--json")
    assert court.returncode == 0, court.stderr
    assert json.loads(court.stdout)["code"] == "YB"
    for username, role in (("li", "clerk"), ("kim", "judge")):
        made = _admin(db_url, "create-user", "--court", "YB", "--role", role, "--username",
                      username, "--password-stdin", stdin="correct horse 1\n")
        assert made.returncode == 0, made.stderr
    duplicate = _admin(db_url, "create-user", "--court", "YB", "--role", "clerk",
                       "--username", "li", "--password-stdin", stdin="another pass 1\n")
    assert duplicate.returncode == 2 and "taken" in duplicate.stderr
    short = _admin(db_url, "create-user", "--court", "YB", "--role", "clerk",
                   "--username", "pak", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "8 characters" in short.stderr
    users = json.loads(_admin(db_url, "list-users", "--json").stdout)
    assert [(u["username"], u["role"], u["court"]) for u in users] == [
        ("kim", "judge", "YB"), ("li", "clerk", "YB")]
    case = json.loads(_admin(db_url, "create-case", "--court", "YB", "--number",
                             "(2025)吉24民初1号", "--title", "合同纠纷", "--json").stdout)
    member = _admin(db_url, "add-member", "--case", case["id"], "--username", "kim")
    assert member.returncode == 0 and "judge" in member.stdout
    unknown = _admin(db_url, "add-member", "--case", "nope", "--username", "kim")
    assert unknown.returncode == 2

    app = create_app(ServerSettings(db_url=db_url, blob_dir=tmp_path / "blobs"))
    with TestClient(app) as http:
        kim = Api(http, "kim")
        rows, _ = kim.pull_all()
        assert {r["record_type"] for r in rows} == {"cases", "case_members"}
        assert next(r for r in rows if r["record_type"] == "cases")["payload"]["title"] == \
            "合同纠纷"
        # li is in the court but not on the case.
        assert Api(http, "li").pull_all()[0] == []
        _, cursor = kim.pull_all()
        off = _admin(db_url, "remove-member", "--case", case["id"], "--username", "kim")
        assert off.returncode == 0 and "no longer on case" in off.stdout, off.stderr
        again = _admin(db_url, "remove-member", "--case", case["id"], "--username", "kim")
        assert again.returncode == 2 and "is not on case" in again.stderr
        # kim's laptop learns of it at the next pull: the seat, deleted.
        [removal] = kim.pull_all(cursor)[0]
        assert removal["record_type"] == "case_members" and removal["deleted"] is True
        assert removal["payload"]["user_id"] == kim.user_id
    app.state.db.dispose()


def test_migration_0003_fills_in_whose_seat_each_membership_version_is(db_url):
    from alembic import command
    from alembic.config import Config

    from courtdesk.case_server import db as server_db

    engine = sa.create_engine(db_url)
    config = Config()
    config.set_main_option("script_location",
                           str(Path(server_db.__file__).parent / "migrations"))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")  # a server from before the column existed
        conn.execute(sa.text(
            "INSERT INTO change_log (seq, record_type, record_id, version, deleted, court_id,"
            " case_id, confidential, payload, user_id, client_id, at) VALUES "
            "(1, 'case_members', 'm1', 1, false, 'c', 'k', false, :seat, 'u', 'x', 0), "
            "(2, 'parties', 'p1', 1, false, 'c', 'k', false, :party, 'u', 'x', 0)"),
            {"seat": json.dumps({"id": "m1", "case_id": "k", "user_id": "judge-7"}),
             "party": json.dumps({"id": "p1", "case_id": "k", "name": "张三"})})
        conn.commit()
        command.upgrade(config, "head")
        conn.commit()
        filled = dict(conn.execute(sa.text(
            "SELECT record_id, member_user_id FROM change_log ORDER BY seq")).all())
    engine.dispose()
    assert filled == {"m1": "judge-7", "p1": None}


def test_the_migrations_build_exactly_the_tables_the_code_uses(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from courtdesk.case_server.db import Database
    from courtdesk.case_server.models import metadata

    db = Database(db_url)
    db.migrate()
    db.migrate()  # a second start changes nothing
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
        head = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    db.dispose()
    assert diff == []
    assert head == "0007"


def test_the_server_starts_on_sqlite_with_no_setup(tmp_path):
    from server_kit import ServerProcess

    server = ServerProcess(tmp_path / "fresh").start()
    try:
        spec = httpx.get(server.base_url + "/openapi.json").json()
        assert {"/auth/login", "/sync/push", "/sync/pull", "/blobs",
                "/blobs/{sha256}"} <= set(spec["paths"])
        assert (tmp_path / "fresh" / "server.db").exists()
    finally:
        server.stop()
