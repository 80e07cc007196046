"""One sync at a time per server: "take this case offline" started while the sync worker's
round runs against the real case server waits for it; the two never overlap, and no page
or dossier file is fetched twice."""

from __future__ import annotations

import os
import threading
import time

import httpx
import pytest
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.sync_offline import take_case_offline
from courtdesk.offline_cache.sync_worker import SyncWorker, wait_for

pytestmark = [pytest.mark.timeout(180), pytest.mark.usefixtures("memory_keyring")]

PARTIES = 1200  # three pull pages
FILES = 5


class RecordingTransport(httpx.BaseTransport):
    """The real HTTP transport, noting which thread sent each request, and when."""

    def __init__(self, log: list) -> None:
        self.inner = httpx.HTTPTransport()
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()
        response = self.inner.handle_request(request)
        response.read()
        self.log.append((threading.current_thread().name, request.method, request.url.path,
                         started, time.monotonic()))
        return response

    def close(self) -> None:
        self.inner.close()


def span(log: list, thread_name: str) -> tuple[float, float]:
    times = [(start, end) for name, _, path, start, end in log
             if name == thread_name and path != "/health"]
    assert times, f"{thread_name} sent nothing"
    return min(s for s, _ in times), max(e for _, e in times)


@pytest.fixture
def big_case(tmp_path, server):
    """A case on the server with many records and several dossier files."""
    store = open_client_store(tmp_path / "desk")
    client = logged_in_client(store, server.base_url, "clerk_a")
    clerk = adopt(store, client, "clerk_a")
    case = CaseBook(store, clerk).create_case(f"(2026)吉01民初{os.urandom(3).hex()}", "大案")
    store.append_many("parties", [{"case_id": case["id"], "side": "plaintiff",
                                   "name": f"原告{n}"} for n in range(PARTIES)],
                      actor="clerk_a", action="parties.add")
    shas = []
    for n in range(FILES):
        sha = BlobStore(store).put_bytes(os.urandom(300_000 + n), "application/pdf")
        store.save("documents", {"case_id": case["id"], "title": f"证据{n}",
                                 "blob_sha256": sha, "size_bytes": 300_000 + n},
                   actor="clerk_a")
        shas.append(sha)
    report = client.sync()
    assert report.ok and store.pending_changes() == 0
    client.close()
    store.close()
    return case, shas


def test_taking_a_case_offline_during_a_sync_round_waits_for_it(tmp_path, server, big_case):
    case, shas = big_case
    laptop = open_client_store(tmp_path / "laptop")
    requests: list = []
    # The worker's client and a second one (as the CLI's `offline take` beside the GUI).
    round_client = logged_in_client(laptop, server.base_url, "clerk_a",
                                    transport=RecordingTransport(requests))
    offline_client = logged_in_client(laptop, server.base_url, "clerk_a",
                                      transport=RecordingTransport(requests))
    worker = SyncWorker(round_client, interval=3600, probe_interval=0.2)
    results: dict = {}

    def take() -> None:
        results["offline"] = take_case_offline(offline_client, case["id"])

    offline = threading.Thread(target=take, name="offline")
    worker.start()
    offline.start()
    try:
        offline.join(120)
        assert wait_for(lambda: worker.rounds >= 1, 120), worker.last_error
    finally:
        worker.stop()
    assert not offline.is_alive()
    result = results["offline"]
    assert result.complete and result.files_total == FILES

    # Never at the same time: every request of one comes before every request of the other.
    round_span = span(requests, f"sync {round_client.server}")
    offline_span = span(requests, "offline")
    assert round_span[1] <= offline_span[0] or offline_span[1] <= round_span[0], (
        round_span, offline_span)
    # Nothing twice: each dossier file came down once, and the case is whole.
    downloads = [path for _, method, path, _, _ in requests
                 if method == "GET" and path.startswith("/blobs/")]
    assert sorted(downloads) == sorted(f"/blobs/{sha}" for sha in shas), downloads
    logged = [r for r in laptop.query("SELECT detail FROM sync_log WHERE kind = 'download'")]
    assert len(logged) == FILES
    assert laptop.query("SELECT count(*) AS n FROM parties WHERE case_id = ?",
                        (case["id"],))[0]["n"] == PARTIES
    for sha in shas:
        assert BlobStore(laptop).read_bytes(sha)  # present and verified
    round_client.close()
    offline_client.close()
    laptop.close()


def test_a_job_handed_to_the_sync_worker_runs_on_its_thread_between_rounds(
        tmp_path, server, big_case):
    case, _ = big_case
    laptop = open_client_store(tmp_path / "laptop")
    client = logged_in_client(laptop, server.base_url, "clerk_a")
    worker = SyncWorker(client, interval=3600, probe_interval=0.2)
    worker.start()
    try:
        seen = worker.submit(lambda c: (threading.current_thread().name, c is client))
        assert seen.result(60) == (f"sync {client.server}", True)
        fetched = worker.submit(lambda c: take_case_offline(c, case["id"])).result(120)
        assert fetched.complete
        assert wait_for(lambda: worker.rounds >= 1 and worker.idle, 60)
        failed = worker.submit(lambda c: take_case_offline(c, "no-such-case"))
        with pytest.raises(Exception, match="no case"):
            failed.result(60)
    finally:
        worker.stop()
    # A job handed over after the stop is not left waiting: it fails at once.
    with pytest.raises(Exception, match="stopped"):
        worker.submit(lambda c: None).result(5)
    client.close()
    laptop.close()
