"""Logins against the real server over HTTP, on SQLite and PostgreSQL: growing waits and a
lockout per name and per address, the same answers for a name that does not exist, the
audit of each, and password hashes at OWASP's cost, raised at the next login."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

import httpx
import pytest
import sqlalchemy as sa
from server_kit import PASSWORD, ServerProcess, seed

from courtdesk.common.password_hash import OWASP_SCRYPT, ScryptCost, stored_cost

pytestmark = pytest.mark.timeout(240)

# The server's schedule in quarter seconds: waits 0.25, 0.5, 1, 2, 4 s after the 5th to 9th
# failure, a lockout of 7.5 s from the 10th (the real one: minutes).
UNIT = ["--login-delay-unit", "0.25"]


@pytest.fixture
def server(db_url, tmp_path):
    seeded = seed(db_url)
    process = ServerProcess(tmp_path / "data", db_url, extra_args=tuple(UNIT)).start()
    process.seeded = seeded
    yield process
    process.stop()


def _login(http: httpx.Client, username: str, password: str, source: str | None = None):
    # The server sits behind the court's proxy on this host: it takes the caller's address
    # from X-Forwarded-For, as uvicorn does for a proxy on 127.0.0.1.
    headers = {"X-Forwarded-For": source} if source else {}
    return http.post("/auth/login", json={"username": username, "password": password},
                     headers=headers)


def _admin(server: ServerProcess, db_url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "courtdesk.case_server.cli", "--data",
                           str(server.data_dir), "--db", db_url, "admin", *args],
                          capture_output=True, text=True, timeout=60)


def _answer(response: httpx.Response) -> tuple:
    return response.status_code, response.json(), response.headers.get("Retry-After")


def test_failed_logins_wait_longer_then_lock_the_name_alike_for_unknown_names(server,
                                                                            db_url):
    with server.client() as http:
        # Each name from an address of its own: this is about names (20 failures from one
        # address make the address wait too, tested below).
        sources = {"nobody_here": "192.0.2.2", "clerk_a": "192.0.2.1"}
        seen = {}
        for name, source in sources.items():
            def login(name, password, source=source):
                return _login(http, name, password, source)

            answers = [_answer(login(name, "wrong password")) for _ in range(4)]
            seen[name] = answers
            assert all(status == 401 for status, *_ in answers)
            # The 5th failure makes the name wait: 429 with Retry-After, for both names.
            status, body, retry = _answer(login(name, "wrong password"))
            assert (status, body["code"], retry) == (429, "login_locked", "1"), body
            assert "try again in 1 minute" in body["detail"]
            # While it waits even the right password is refused, and says the same.
            assert _answer(login(name, PASSWORD)) == (status, body, retry)
            answers.append((status, body, retry))
            waits = []
            for _ in range(5):  # failures 6 to 10: 0.5, 1, 2, 4 s, then the lockout
                time.sleep(int(retry) + 0.1)
                status, body, retry = _answer(login(name, "wrong password"))
                assert status == 429
                waits.append(int(retry))
                answers.append((status, body, retry))
            assert waits == [1, 1, 2, 4, 8]  # ceil of 0.5, 1, 2, 4 and the 7.5 s lockout
        # The two names got the same answers all along, to the byte.
        assert seen["clerk_a"] == seen["nobody_here"]
        # Court IT lifts the real account's lock.
        clerk = sources["clerk_a"]
        assert _login(http, "clerk_a", PASSWORD, clerk).status_code == 429
        unlocked = _admin(server, db_url, "unlock", "clerk_a")
        assert unlocked.returncode == 0, unlocked.stderr
        assert _login(http, "clerk_a", PASSWORD, clerk).status_code == 200
        # A success starts the name afresh: four mistakes are free again.
        assert [_login(http, "clerk_a", "wrong", clerk).status_code
                for _ in range(4)] == [401] * 4

    listed = _admin(server, db_url, "login-events", "--json", "--limit", "1000")
    assert listed.returncode == 0, listed.stderr
    events = json.loads(listed.stdout)
    by_name = {}
    for event in events:
        by_name.setdefault(event["username"], []).append(event["event"])
    # Each failure, each lockout and each refused attempt is an entry; an unknown name is
    # recorded as "?", never as typed (it may be a password).
    for name in ("clerk_a", "?"):
        assert by_name[name].count("locked") == 6
        assert by_name[name].count("refused") >= 1
        assert by_name[name].count("failed") >= 10
    assert by_name["clerk_a"][-5:] == ["ok", "failed", "failed", "failed", "failed"]
    assert not any("nobody_here" in json.dumps(e) for e in events)
    assert {e["source"] for e in events} == set(sources.values())


def test_one_address_trying_many_names_waits_and_other_addresses_do_not(server):
    guesser, colleague = "192.0.2.7", "192.0.2.8"
    with server.client() as http:
        # 20 wrong passwords for 20 names from one address: each name has failures to
        # spare, the address has none left.
        statuses = [_login(http, f"name{i}", "wrong", guesser).status_code for i in range(19)]
        assert statuses == [401] * 19
        twentieth = _login(http, "name19", "wrong", guesser)
        assert twentieth.status_code == 429 and twentieth.headers["Retry-After"] == "1"
        # The address waits, whatever the name, even with the right password...
        assert _login(http, "judge_a", PASSWORD, guesser).status_code == 429
        # ...while the same person from another address logs in.
        assert _login(http, "judge_a", PASSWORD, colleague).status_code == 200


def _hash_of(db_url: str, username: str) -> str:
    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT password_hash FROM users WHERE username = :u"),
                                {"u": username}).scalar_one()
    finally:
        engine.dispose()


def test_an_old_hash_is_raised_to_owasp_cost_at_login_and_unknown_names_cost_a_hash(
        db_url, tmp_path):
    from courtdesk.case_server.admin import CourtAdmin
    from courtdesk.case_server.db import Database

    # Accounts made before this version: scrypt N=2^14.
    db = Database(db_url)
    db.migrate()
    admin = CourtAdmin(db, password_cost=ScryptCost(2**14))
    admin.create_court("A", "Court A")
    admin.create_user("A", "old_clerk", "clerk", PASSWORD)
    db.dispose()
    assert stored_cost(_hash_of(db_url, "old_clerk")) == ScryptCost(2**14)

    # The server as shipped: no cost option.
    server = ServerProcess(tmp_path / "data", db_url, password_scrypt_n=None).start()
    try:
        with server.client() as http:
            assert _login(http, "old_clerk", PASSWORD).status_code == 200
            upgraded = _hash_of(db_url, "old_clerk")
            assert stored_cost(upgraded) == OWASP_SCRYPT == ScryptCost(2**17, 8, 1)
            assert upgraded.startswith("scrypt$131072$8$1$")
            assert _login(http, "old_clerk", PASSWORD).status_code == 200
            assert _hash_of(db_url, "old_clerk") == upgraded  # rewritten once, not each time
            assert _login(http, "old_clerk", "not it").status_code == 401

            # An unknown name costs one hash at the same cost as a known one's wrong
            # password (0.4 s here; skipping it would answer in milliseconds).
            def took(name: str) -> float:
                start = time.perf_counter()
                assert _login(http, name, "wrong guess").status_code == 401
                return time.perf_counter() - start

            known = statistics.median(took("old_clerk") for _ in range(3))
            unknown = statistics.median(took(f"ghost{i}") for i in range(3))
        assert known > 0.1 and unknown > 0.5 * known, (known, unknown)
    finally:
        server.stop()


def test_the_failure_that_imposes_a_wait_says_so_even_when_hashing_outlasts_it(db_url,
                                                                               tmp_path):
    """Checking a password takes longer than a very short first wait (here 10 ms; on a
    busy server the real 1-minute wait is safe, but a test schedule was not): the 5th
    failure must still answer "wait", not a plain wrong password that hides the lockout."""
    seed(db_url)
    server = ServerProcess(tmp_path / "data", db_url,
                           extra_args=("--login-delay-unit", "0.01")).start()
    try:
        with server.client() as http:
            answers = [_answer(_login(http, "clerk_a", "wrong password", "192.0.2.9"))
                       for _ in range(5)]
    finally:
        server.stop()
    assert [status for status, *_ in answers] == [401] * 4 + [429]
    _status, body, retry = answers[-1]
    assert (body["code"], retry) == ("login_locked", "1")
