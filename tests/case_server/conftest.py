"""Fixtures for the case server: every API test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from server_kit import Api, PostgresCluster, Seed, postgres_bin, seed


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (Debian package postgresql); the SQLite "
                    "runs of these tests still ran")
    cluster = PostgresCluster(bindir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return request.getfixturevalue("pg_cluster").new_database()


@dataclass
class ServerEnv:
    http: object
    seed: Seed
    db_url: str
    blob_dir: Path

    def api(self, username: str, client_id: str | None = None) -> Api:
        return Api(self.http, username, client_id)


@pytest.fixture
def env(db_url, tmp_path):
    """The app in-process (Starlette's TestClient) on a seeded database."""
    from fastapi.testclient import TestClient

    from courtdesk.case_server.app import ServerSettings, create_app
    from courtdesk.case_server.db import Database

    seeded = seed(db_url)
    db = Database(db_url)
    app = create_app(ServerSettings(db_url=db_url, blob_dir=tmp_path / "blobs"), db)
    with TestClient(app) as http:
        yield ServerEnv(http, seeded, db_url, tmp_path / "blobs")
    db.dispose()
