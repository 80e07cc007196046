"""One laptop profile, two people and the demo case, against the real case server on
127.0.0.1: a login to the court's server sends only its own account's changes and files,
never another account's and never the demo's (whoever recorded on it); the other account's
work waits for that person's own login; the server refuses a change whose author is not
the caller, and the client keeps the refusal in its inbox."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from server_kit import Api, change, new_id
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.app.demo import create_demo
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.sync_client import SyncReport
from courtdesk.speech.recorder import HearingRecorder
from courtdesk.speech.sources import AudioBlock

pytestmark = [pytest.mark.timeout(300), pytest.mark.usefixtures("memory_keyring")]

RATE = 16000


def record(store, hearing_id: str, actor: str, seconds: int, seed: int) -> list[str]:
    """A real recording of ``seconds`` on the hearing, by ``actor``; its chunks' hashes."""
    recorder = HearingRecorder(store, hearing_id, {0: "presiding_judge"}, RATE, 1, actor=actor)
    noise = np.random.default_rng(seed)
    for n in range(seconds):
        pcm = noise.integers(-3000, 3000, size=(RATE, 1), dtype=np.int16)
        recorder.write(AudioBlock(pcm, n * RATE, RATE))
    recorder.stop()
    ids = [c.record_id for c in recorder.channels]
    return [r["sha256"] for r in store.query(
        "SELECT sha256 FROM recording_chunks WHERE recording_id IN (SELECT value FROM "
        "json_each(?))", (__import__("json").dumps(ids),))]


def server_db(server) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{server.data_dir / 'server.db'}?mode=ro", uri=True)


def on_server(server, record_ids: list[str]) -> set[str]:
    with server_db(server) as db:
        marks = ",".join("?" * len(record_ids))
        return {r[0] for r in db.execute(
            f"SELECT record_id FROM records WHERE record_id IN ({marks})", record_ids)}


def files_on_server(server, shas: list[str]) -> set[str]:
    """Files the server holds any bytes of (complete or begun)."""
    with server_db(server) as db:
        marks = ",".join("?" * len(shas))
        return {r[0] for r in db.execute(
            f"SELECT sha256 FROM blobs WHERE sha256 IN ({marks})", shas)}


def outbox_ids(store, where: str, params: tuple = ()) -> list[str]:
    return [r["record_id"] for r in store.query(f"SELECT record_id FROM outbox WHERE {where}",
                                                params)]


def test_a_second_login_sends_only_its_own_work_never_the_first_persons_or_the_demo(
        tmp_path, server):
    store = open_client_store(tmp_path / "laptop")
    try:
        demo = create_demo(store)
        demo_hearing = store.query("SELECT id FROM hearings WHERE case_id = ? AND "
                                   "kind = 'hearing'", (demo.case_id,))[0]["id"]
        # The demo's presiding judge (李振东) records the demo hearing in the window.
        demo_audio = record(store, demo_hearing, "presiding", seconds=4, seed=1)

        # First person: presiding_a logs in online on this profile, then works offline.
        first_client = logged_in_client(store, server.base_url, "presiding_a")
        first = adopt(store, first_client, "presiding_a")
        first_client.close()
        first_book = CaseBook(store, first)
        first_case = first_book.create_case(f"(2026)吉2401民初{new_id()[:4]}号", "李某诉王某")
        first_pdf = BlobStore(store).put_bytes(b"%PDF-1.4 first " + new_id().encode() * 50,
                                               "application/pdf")
        first_book.add_document(first_case["id"], "起诉状", first_pdf, volume=1,
                                page_count=1, size_bytes=1)
        first_rows = outbox_ids(store, "author = ? AND state = 'pending'", (first.id,))
        assert first_case["id"] in first_rows

        # Second person: clerk_a (not on the demo case) logs in online on the same profile.
        second_client = logged_in_client(store, server.base_url, "clerk_a")
        second = adopt(store, second_client, "clerk_a")
        second_book = CaseBook(store, second)
        second_case = second_book.create_case(f"(2026)吉2401民初{new_id()[:4]}号", "崔某诉金某")
        second_pdf = BlobStore(store).put_bytes(b"%PDF-1.4 second " + new_id().encode() * 50,
                                                "application/pdf")
        second_book.add_document(second_case["id"], "答辩状", second_pdf, volume=1,
                                 page_count=1, size_bytes=1)
        # Even the second person's own recording on the demo hearing stays on this PC.
        demo_audio += record(store, demo_hearing, second.actor, seconds=2, seed=2)
        demo_rows = [demo.case_id, demo_hearing] + [
            r["id"] for r in store.query("SELECT id FROM recordings WHERE hearing_id = ?",
                                         (demo_hearing,))]

        status = second_client.status(online=True)
        assert status.waiting_for_others == len(first_rows)
        report: SyncReport = second_client.sync()

        # Only the second person's records and file reached the court.
        assert report.rejected == 0 and report.conflicts == 0, report
        assert report.applied == 3  # the case, the clerk's seat on it, the document
        assert report.kept_on_this_pc > 0
        assert report.waiting_for_others == len(first_rows)
        assert second_case["id"] in on_server(server, [second_case["id"]])
        assert on_server(server, first_rows) == set()
        assert on_server(server, demo_rows) == set()
        assert files_on_server(server, [second_pdf]) == {second_pdf}
        assert files_on_server(server, [first_pdf, *demo_audio]) == set()
        # The first person's work waits on this PC for their own login, counted as such;
        # the demo is kept here, neither pending nor in the conflict inbox.
        assert set(outbox_ids(store, "author = ? AND state = 'pending'", (first.id,))) == \
            set(first_rows)
        assert second_client.status(online=True).waiting_for_others == len(first_rows)
        assert store.query("SELECT count(*) n FROM sync_conflicts")[0]["n"] == 0
        assert outbox_ids(store, "state = 'pending' AND record_id IN (SELECT value FROM "
                                 "json_each(?))", (__import__("json").dumps(demo_rows),)) == []
        second_client.close()

        # The first person logs in again: now their work goes, under their own name.
        first_client = logged_in_client(store, server.base_url, "presiding_a")
        again = first_client.sync()
        assert again.applied == len(first_rows) and again.waiting_for_others == 0
        assert on_server(server, first_rows) == set(first_rows)
        assert files_on_server(server, [first_pdf]) == {first_pdf}
        with server_db(server) as db:
            made_by = {r[0] for r in db.execute(
                "SELECT DISTINCT user_id FROM change_log WHERE record_id IN "
                "(SELECT value FROM json_each(?))", (__import__("json").dumps(first_rows),))}
        assert made_by == {first.id}
        # Still nothing of the demo, whoever logged in.
        assert on_server(server, demo_rows) == set()
        assert files_on_server(server, demo_audio) == set()
        first_client.close()
    finally:
        store.close()


def test_the_server_refuses_a_change_whose_author_is_not_the_caller(server):
    with server.client() as http:
        clerk, presiding = Api(http, "clerk_a"), Api(http, "presiding_a")
        case, _ = presiding.new_case()
        party = {"id": new_id(), "case_id": case["id"], "side": "plaintiff", "name": "张三"}
        forged = change("parties", party)
        [result] = clerk.push({**forged, "author": presiding.user_id})
        assert result["status"] == "rejected" and result["code"] == "author_mismatch"
        assert not result["retryable"]
        # Not remembered against the change id: its real author's own push goes through.
        [result] = presiding.push(forged)
        assert result["status"] == "applied", result
        # A change that names no author at all is not taken either (an old client).
        bare = change("parties", {**party, "id": new_id()})
        response = http.post("/sync/push", headers=presiding.headers,
                             json={"client_id": presiding.client_id, "changes": [bare]})
        assert response.status_code == 422


def test_a_refused_author_lands_in_the_inbox_as_a_refusal(tmp_path, server):
    """Should a client ever send another person's change, the court's answer is kept."""
    store = open_client_store(tmp_path / "laptop")
    try:
        client = logged_in_client(store, server.base_url, "presiding_a")
        presiding = adopt(store, client, "presiding_a")
        case = CaseBook(store, presiding).create_case(f"(2026)F{new_id()[:4]}", "伪造")
        assert client.sync().applied == 2
        client.close()
        judge_client = logged_in_client(store, server.base_url, "judge_a")
        CaseBook(store, presiding).add_party(case["id"], "plaintiff", "张三")
        [row] = store.query("SELECT * FROM outbox WHERE state = 'pending'")
        assert row["author"] == presiding.id
        # Sent as it is, under judge_a's login (what the push path never does by itself).
        report = SyncReport(judge_client.server)
        judge_client._push_batch([row], report)
        assert report.rejected == 1
        [entry] = judge_client.inbox.entries()
        assert entry.kind == "rejected" and entry.code == "author_mismatch"
        judge_client.close()
    finally:
        store.close()


def test_sync_status_on_the_command_line_counts_the_work_waiting_for_others(
        server, capsys, monkeypatch, passphrase_env):
    import io
    import json

    from server_kit import PASSWORD

    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.cli import main
    from courtdesk.app.profile import open_store

    for username in ("clerk_a", "presiding_a"):
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert main(["login", "--server", server.base_url, "--username", username,
                     "--password-stdin"]) == 0
    store = open_store(create=False)
    try:
        clerk = AccountBook(store).find("clerk_a")
        case = CaseBook(store, clerk).create_case(f"(2026)C{new_id()[:4]}", "书记员的案件")
    finally:
        store.close()
    capsys.readouterr()
    assert main(["sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["pending"] == 2 and status["waiting_for_others"] == 2
    assert main(["sync", "status"]) == 0
    assert "2 made by other accounts on this PC" in capsys.readouterr().out
    # clerk_a syncs from the command line while presiding_a's server login is the one kept:
    # the sync logs in again as clerk_a, and clerk_a's case goes under clerk_a's name.
    monkeypatch.setenv("COURTDESK_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["--user", "clerk_a", "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] == 2 and report["waiting_for_others"] == 0
    with server_db(server) as db:
        made_by = {r[0] for r in db.execute(
            "SELECT DISTINCT user_id FROM change_log WHERE case_id = ?", (case["id"],))}
    assert made_by == {clerk.id}
