"""The server as a real process on loopback: killed and restarted, fuzzed from its spec."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from server_kit import Api, ServerProcess, change, chunk_checksum, hearing_row, seed, segment_row


@pytest.fixture
def server(db_url, tmp_path):
    seeded = seed(db_url)
    process = ServerProcess(tmp_path / "server-data", db_url).start()
    process.seed = seeded
    yield process
    process.stop()


def test_a_killed_server_keeps_every_acknowledged_change_and_upload(server):
    with server.client() as http:
        clerk = Api(http, "clerk_a", client_id="laptop")
        case, _ = clerk.new_case()
        hearing = hearing_row(case["id"])
        pushed = [change("hearings", hearing),
                  *[change("segments", segment_row(hearing["id"], n)) for n in range(20)]]
        assert {r["status"] for r in clerk.push(*pushed)} == {"applied"}
        before, cursor = clerk.pull_all()
        data = os.urandom(300_000)
        sha = hashlib.sha256(data).hexdigest()
        http.post("/blobs", headers=clerk.headers, json={"sha256": sha, "size": len(data)})
        half = data[:150_000]
        response = http.patch(f"/blobs/{sha}", content=half, headers={
            **clerk.headers, "Upload-Offset": "0", "Upload-Checksum": chunk_checksum(half)})
        assert response.status_code == 204

    server.kill()
    server.start()

    with server.client() as http:
        # The token survives the restart: a circuit laptop need not log in again.
        assert http.get("/auth/me", headers=clerk.headers).status_code == 200
        clerk.http = http
        after, after_cursor = clerk.pull_all()
        assert after == before and after_cursor == cursor
        replay = clerk.push(*pushed)
        assert all(r["replayed"] and r["status"] == "applied" for r in replay)
        head = http.head(f"/blobs/{sha}", headers=clerk.headers)
        assert head.headers["Upload-Offset"] == "150000"
        rest = data[150_000:]
        done = http.patch(f"/blobs/{sha}", content=rest, headers={
            **clerk.headers, "Upload-Offset": "150000", "Upload-Checksum": chunk_checksum(rest)})
        assert done.status_code == 204
        # Filed in a hearing of the case, the file is readable through that record.
        [filed] = clerk.push(change("hearings", {**hearing_row(case["id"]), "audio_blob": sha}))
        assert filed["status"] == "applied", filed
        assert http.get(f"/blobs/{sha}", headers=clerk.headers).content == data


def test_killed_mid_sync_and_restarted_every_change_is_applied_exactly_once(server):
    """The client pushes batches; the server is SIGKILLed at some moment during them. The
    client retries what got no answer, as its sync worker does: nothing lost, nothing twice."""
    batches, per_batch = 30, 40
    with server.client() as http:
        clerk = Api(http, "clerk_a", client_id="circuit-laptop")
        case, _ = clerk.new_case()
        hearing = hearing_row(case["id"])
        clerk.push(change("hearings", hearing))
    work = [[{**change("segments", segment_row(hearing["id"], b * per_batch + n)),
              "author": clerk.user_id} for n in range(per_batch)] for b in range(batches)]

    # Killed once half the batches are sent, while the next is on its way (a timer was
    # outrun once the server got faster: every push was done before it fired).
    halfway = threading.Event()
    killer = threading.Thread(target=lambda: halfway.wait(60) and server.kill(), daemon=True)
    killer.start()
    kills, results = 0, {}
    http = server.client()
    try:
        for number, batch in enumerate(work):
            if number == batches // 2:
                halfway.set()
            while True:
                try:
                    response = http.post("/sync/push", headers=clerk.headers, json={
                        "client_id": clerk.client_id, "changes": batch})
                    assert response.status_code == 200, response.text
                    break
                except httpx.TransportError:
                    killer.join()
                    kills += 1
                    assert kills == 1
                    server.start()
                    http.close()
                    http = server.client()
            for result in response.json()["results"]:
                assert result["status"] == "applied", result
                results[result["change_id"]] = result
    finally:
        http.close()
        halfway.set()
    assert kills == 1, "the server was never killed during the pushes; make the timer shorter"
    assert len(results) == batches * per_batch
    engine = sa.create_engine(server.db_url)
    with engine.connect() as conn:
        logged = conn.execute(sa.text(
            "SELECT count(*), count(DISTINCT record_id) FROM change_log "
            "WHERE record_type = 'segments'")).one()
        applied = conn.execute(sa.text("SELECT count(*) FROM applied_changes")).scalar()
    engine.dispose()
    assert tuple(logged) == (batches * per_batch, batches * per_batch)
    assert applied == batches * per_batch + 3  # the segments, the case, its member, hearing
    with server.client() as http:
        clerk.http = http
        rows, _ = clerk.pull_all(limit=333)
    assert sum(r["record_type"] == "segments" for r in rows) == batches * per_batch


@pytest.mark.timeout(180)
def test_schemathesis_finds_no_server_errors_in_the_served_spec(server, tmp_path):
    binary = Path(sys.executable).parent / "schemathesis"
    if not binary.exists():
        binary = shutil.which("schemathesis")
    assert binary, "schemathesis is in the test extra: pip install -e '.[test]'"
    with server.client() as http:
        clerk = Api(http, "clerk_a")
        case, _ = clerk.new_case()
        clerk.push(change("hearings", hearing_row(case["id"])))
    started = time.monotonic()
    run = subprocess.run(
        [str(binary), "run", server.base_url + "/openapi.json", "--checks", "not_a_server_error",
         "-H", f"Authorization: {clerk.headers['Authorization']}",
         # Logging out would end the token the run uses for everything else.
         "--exclude-path", "/auth/logout", "--generation-with-security-parameters", "false",
         "--max-examples", "60", "--seed", "5", "--workers", "1", "--no-color",
         "--generation-database", "none", "--generation-allow-x00", "true",
         "--request-timeout", "20"],
        cwd=tmp_path, capture_output=True, text=True, timeout=170)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output + server.log_path.read_text()[-5000:]
    assert "passed" in output and time.monotonic() - started < 60


def test_a_puller_running_alongside_concurrent_pushes_misses_nothing(server):
    """Pushes commit concurrently; a cursor handed out mid-way must never pass a change that
    commits later (the sequence is assigned under the writers' lock)."""
    with server.client() as http:
        clerk = Api(http, "clerk_a")
        case, _ = clerk.new_case()
        hearings = [hearing_row(case["id"]) for _ in range(4)]
        clerk.push(*[change("hearings", h) for h in hearings])
        _, start = clerk.pull_all()
    pushed: set[str] = set()
    errors: list[str] = []
    done = threading.Event()

    def pusher(hearing: dict, n: int) -> None:
        with server.client() as http:
            api = Api(http, "clerk_a", client_id=f"pc-{n}")
            for batch in range(15):
                rows = [segment_row(hearing["id"], batch * 10 + i) for i in range(10)]
                results = api.push(*[change("segments", r) for r in rows])
                if {r["status"] for r in results} != {"applied"}:
                    errors.append(str(results))
                pushed.update(r["id"] for r in rows)

    pulled: list[dict] = []

    def puller() -> None:
        cursor = start
        with server.client() as http:
            api = Api(http, "clerk_a", client_id="reader")
            while True:
                finished = done.is_set()  # read before the pull: one full pass after the end
                page = api.pull(cursor, limit=7)
                pulled.extend(page["changes"])
                cursor = page["next_cursor"]
                if finished and not page["has_more"]:
                    return

    reader = threading.Thread(target=puller)
    reader.start()
    writers = [threading.Thread(target=pusher, args=(h, n)) for n, h in enumerate(hearings)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join(120)
    done.set()
    reader.join(120)
    assert not errors
    seqs = [c["seq"] for c in pulled]
    assert seqs == sorted(set(seqs))
    assert {c["record_id"] for c in pulled} == pushed and len(pushed) == 4 * 15 * 10
