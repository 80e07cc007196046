"""Helpers for sync tests: client stores logged in to a test server, a fault-injecting
transport, and the case server on a uvicorn thread for fast in-process runs."""

from __future__ import annotations

import collections
import threading
import time
from pathlib import Path

import httpx
from server_kit import PASSWORD, free_port, seed

from courtdesk.offline_cache.store import LocalStore
from courtdesk.offline_cache.sync_client import SyncClient

from testkit import ask


class FaultyTransport(httpx.BaseTransport):
    """Wraps a real transport; queued faults hit the next matching requests.

    - ``drop_request``: the request never leaves (ConnectError);
    - ``drop_response``: the server handles it, the answer is lost (ReadError);
    - ``duplicate``: the request is sent twice, the second answer returned;
    - ``server_error``: a 503 from a proxy in between; the server never sees it;
    - ``corrupt``: one byte of the body flipped on the way (the checksum header stays);
    - ``truncate``: only the first half of the body arrives;
    - ``corrupt_response``: one byte of the answer's body flipped on the way back.
    ``skip`` lets that many matching requests through first.
    """

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.faults: collections.deque[list] = collections.deque()
        self.requests: list[tuple[str, str, int]] = []  # method, path, body bytes
        self.lock = threading.Lock()

    def add(self, fault: str, path_prefix: str = "/", skip: int = 0) -> None:
        self.faults.append([fault, path_prefix, skip])

    def _take(self, path: str) -> str | None:
        with self.lock:
            for i, entry in enumerate(self.faults):
                fault, prefix, skip = entry
                if path.startswith(prefix):
                    if skip:
                        entry[2] -= 1
                        return None
                    del self.faults[i]
                    return fault
        return None

    def patch_bytes(self) -> int:
        return sum(n for method, _, n in self.requests if method == "PATCH")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        path = request.url.path
        fault = self._take(path)
        self.requests.append((request.method, path, len(request.content)))
        if fault == "drop_request":
            raise httpx.ConnectError("injected: request dropped", request=request)
        if fault == "server_error":
            return httpx.Response(503, headers={"Retry-After": "0"},
                                  json={"detail": "injected", "code": "unavailable"})
        if fault in ("corrupt", "truncate") and request.content:
            body = bytearray(request.content)
            if fault == "corrupt":
                body[len(body) // 2] ^= 0xFF
            else:
                body = body[:len(body) // 2]
            headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
            request = httpx.Request(request.method, request.url, headers=headers,
                                    content=bytes(body))
        if fault == "drop_response":
            response = self.inner.handle_request(request)
            response.read()
            response.close()
            raise httpx.ReadError("injected: response lost", request=request)
        if fault == "duplicate":
            first = self.inner.handle_request(request)
            first.read()
            first.close()
            again = httpx.Request(request.method, request.url, headers=request.headers,
                                  content=request.content)
            response = self.inner.handle_request(again)
            response.read()
            return response
        response = self.inner.handle_request(request)
        response.read()
        if fault == "corrupt_response" and response.content:
            body = bytearray(response.content)
            body[len(body) // 2] ^= 0xFF
            response = httpx.Response(response.status_code, headers=response.headers,
                                      content=bytes(body), request=request)
        return response

    def close(self) -> None:
        self.inner.close()


class ThreadedServer:
    """The real case server app on a uvicorn thread (loopback), restartable on its data."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.db_url = f"sqlite:///{self.data_dir / 'server.db'}"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._server = None
        self._thread = None
        self.db = None

    def seed(self):
        return seed(self.db_url)

    def start(self) -> ThreadedServer:
        import uvicorn

        from courtdesk.case_server.app import ServerSettings, create_app
        from courtdesk.case_server.db import Database

        self.db = Database(self.db_url)
        app = create_app(ServerSettings(db_url=self.db_url, blob_dir=self.data_dir / "blobs"),
                         self.db)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None
        if self.db is not None:
            self.db.dispose()
            self.db = None

    def restart(self) -> None:
        self.stop()
        self.start()


def open_client_store(directory: Path) -> LocalStore:
    store = LocalStore.open(directory, ask())
    store.requeue_inflight()
    return store


def logged_in_client(store: LocalStore, base_url: str, username: str, *,
                     transport: httpx.BaseTransport | None = None, **kwargs) -> SyncClient:
    client = SyncClient(store, base_url, transport=transport, **kwargs)
    client.session.login(username, PASSWORD)
    # As every online login does (CLI and window): the user gets a local account, and the
    # changes made under it are the ones this login sends.
    adopt(store, client, username)
    return client


def adopt(store: LocalStore, client: SyncClient, username: str):
    """The local account of a server user, as `courtdesk login --server` makes it."""
    from courtdesk.app.accounts import AccountBook

    book = AccountBook(store)
    return (book.by_id(client.session.user["id"])
            or book.adopt_server_account(client.session.user, PASSWORD))


def presiding_case_with_judge(directory: Path, server, title: str):
    """presiding_a's laptop with a new case that has judge_a on it, pushed to the server.

    Returns the store, its client, the case and judge_a's seat.
    """
    import os

    from courtdesk.app.casebook import CaseBook
    from courtdesk.offline_cache.sync_apply import ensure_known_user

    store = open_client_store(directory)
    client = logged_in_client(store, server.base_url, "presiding_a")
    presiding = adopt(store, client, "presiding_a")
    case = CaseBook(store, presiding).create_case(f"(2025)P{os.urandom(3).hex()}", title)
    judge_id = server.seeded.id("judge_a")
    ensure_known_user(store, judge_id)  # a colleague this PC knows by id only
    seat = store.save("case_members", {"case_id": case["id"], "user_id": judge_id,
                                       "role_in_case": "judge"}, actor="presiding_a")
    client.sync()
    return store, client, case, seat

