"""Helpers for case-server tests: seeded courts and users, outbox-shaped changes, the server
as a real subprocess on loopback, and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import base64
import hashlib
import itertools
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from courtdesk.common.password_hash import ScryptCost

PASSWORD = "correct horse 1"
# Seeded accounts and test servers hash passwords at this cost, not OWASP's (0.4 s a login):
# 2^14 (16 MiB), the cost they had before; the body-limit test's memory figures depend on it
# (glibc raises its mmap threshold to the largest block freed, up to 32 MiB).
TEST_PASSWORD_COST_N = 2**14
TEST_PASSWORD_COST = ScryptCost(TEST_PASSWORD_COST_N)
_change_ids = itertools.count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def new_id() -> str:
    return str(uuid.uuid4())


def chunk_checksum(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


def change(record_type: str, payload: dict, *, op: str = "upsert", base_version: int = 0,
           change_id: str | None = None) -> dict:
    """One change shaped like a row of the client's outbox."""
    return {"change_id": change_id or f"chg-{next(_change_ids)}-{new_id()[:8]}",
            "record_type": record_type, "record_id": payload["id"], "op": op,
            "base_version": base_version, "payload": payload}


@dataclass
class Seed:
    """Two courts. Court A: a clerk, two judges, a presiding judge, IT. Court B: a clerk."""

    users: dict[str, dict] = field(default_factory=dict)
    courts: dict[str, dict] = field(default_factory=dict)

    def id(self, username: str) -> str:
        return self.users[username]["id"]


def seed(db_url: str) -> Seed:
    from courtdesk.case_server.admin import CourtAdmin
    from courtdesk.case_server.db import Database

    db = Database(db_url)
    try:
        db.migrate()
        admin = CourtAdmin(db, password_cost=TEST_PASSWORD_COST)
        out = Seed()
        out.courts["A"] = admin.create_court("A", "Court A")
        out.courts["B"] = admin.create_court("B", "Court B")
        for court, username, role in (("A", "clerk_a", "clerk"), ("A", "judge_a", "judge"),
                                      ("A", "judge_a2", "judge"),
                                      ("A", "presiding_a", "presiding_judge"),
                                      ("A", "it_a", "it_admin"), ("B", "clerk_b", "clerk")):
            out.users[username] = admin.create_user(court, username, role, PASSWORD)
        return out
    finally:
        db.dispose()


class Api:
    """A logged-in user talking to the server (any httpx-compatible client)."""

    def __init__(self, http, username: str, client_id: str | None = None) -> None:
        self.http = http
        self.username = username
        self.client_id = client_id or f"store-{username}-{new_id()[:8]}"
        response = http.post("/auth/login", json={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        self.login = response.json()
        self.user_id = self.login["user"]["id"]
        self.headers = {"Authorization": f"Bearer {self.login['access_token']}"}

    def push(self, *changes: dict, expect: int = 200) -> list[dict]:
        # A change is this user's own unless a test says otherwise (a forged author).
        changes = tuple({"author": self.user_id, **c} for c in changes)
        response = self.http.post("/sync/push", headers=self.headers,
                                  json={"client_id": self.client_id, "changes": list(changes)})
        assert response.status_code == expect, response.text
        return response.json()["results"] if expect == 200 else response.json()

    def pull(self, cursor: int = 0, limit: int = 500, **params) -> dict:
        response = self.http.get("/sync/pull", headers=self.headers,
                                 params={"cursor": cursor, "limit": limit, **params})
        assert response.status_code == 200, response.text
        return response.json()

    def pull_all(self, cursor: int = 0, limit: int = 500, **params) -> tuple[list[dict], int]:
        rows = []
        while True:
            page = self.pull(cursor, limit, **params)
            rows += page["changes"]
            assert page["next_cursor"] >= cursor  # the cursor only moves forward
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return rows, cursor

    # Records shaped like the client's rows -----------------------------------------------
    def new_case(self, **fields) -> tuple[dict, dict]:
        """A case and the creator's membership, pushed as the client's create_case does."""
        case = {"id": new_id(), "case_number": f"(2025)A{new_id()[:4]}", "title": "合同纠纷",
                "cause": "", "status": "open", "created_by": self.user_id,
                "created_at": "2025-05-01T08:00:00Z", "updated_at": "2025-05-01T08:00:00Z",
                "server_version": 0, "base_version": 0, "deleted": 0, **fields}
        member = {"id": new_id(), "case_id": case["id"], "user_id": self.user_id,
                  "role_in_case": self.login["user"]["role"]}
        results = self.push(change("cases", case), change("case_members", member))
        assert [r["status"] for r in results] == ["applied", "applied"], results
        return case, member

    def add_member(self, case_id: str, user_id: str, role: str) -> dict:
        member = {"id": new_id(), "case_id": case_id, "user_id": user_id, "role_in_case": role}
        [result] = self.push(change("case_members", member))
        assert result["status"] == "applied", result
        return member


def hearing_row(case_id: str, *, deliberation: bool = False) -> dict:
    return {"id": new_id(), "case_id": case_id, "kind": "deliberation" if deliberation
            else "hearing", "title": "合议庭评议" if deliberation else "庭审",
            "confidential": int(deliberation), "status": "scheduled", "audio_blob": ""}


def segment_row(hearing_id: str, n: int = 0) -> dict:
    return {"id": new_id(), "hearing_id": hearing_id, "recording_id": "", "channel": 0,
            "speaker_role": "judge", "start_ms": n * 1000, "end_ms": n * 1000 + 900,
            "words": "[]", "asr_text": f"第{n}句", "edited_text": None, "revision": 0,
            "edited_by": "", "corrections": "[]"}


# The server as a real process -------------------------------------------------------------
class ServerProcess:
    def __init__(self, data_dir: Path, db_url: str | None = None, *,
                 tls: tuple[Path, Path] | None = None, ca_file: Path | None = None,
                 password_scrypt_n: int | None = TEST_PASSWORD_COST_N,
                 extra_args: tuple[str, ...] = ()) -> None:
        self.data_dir = Path(data_dir)
        # None: the server's own default (OWASP's cost)
        self.extra_args = list(extra_args)
        if password_scrypt_n is not None:
            self.extra_args += ["--password-scrypt-n", str(password_scrypt_n)]
        self.db_url = db_url
        self.port = free_port()
        self.tls = tls  # (certificate, key): serve HTTPS
        self.ca_file = ca_file  # what the health check trusts
        scheme = "https" if tls else "http"
        self.base_url = f"{scheme}://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log_path = self.data_dir / "server.log"

    def start(self, timeout: float = 30) -> ServerProcess:
        args = [sys.executable, "-m", "courtdesk.case_server.cli", "--data", str(self.data_dir),
                "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        if self.db_url:
            args += ["--db", self.db_url]
        if self.tls:
            args += ["--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1])]
        args += self.extra_args
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()}")
            try:
                verify = (ssl.create_default_context(cafile=str(self.ca_file))
                          if self.ca_file else True)
                if httpx.get(self.base_url + "/health", timeout=1,
                             verify=verify).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start: {self.log_path.read_text()}")

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30)

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, as in a power cut of the process."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


# A throwaway PostgreSQL cluster -----------------------------------------------------------
def postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


class PostgresCluster:
    """initdb + pg_ctl in a temp dir on a loopback port, as the postgres user when root
    (PostgreSQL refuses to run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="courtdesk-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self._databases = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresCluster:
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.dir / "data"), "-A", "trust",
                  "-U", "postgres", "--no-sync")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "-l", str(self.dir / "log"), "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import sqlalchemy as sa

        name = f"courtdesk_test_{next(self._databases)}"
        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
        engine.dispose()
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast",
                      "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
