"""courtdesk-server's admin commands, and the migrations against the table definitions."""

from __future__ import annotations

import json
import subprocess
import sys

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
    app.state.db.dispose()


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
    assert head == "0002"


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
