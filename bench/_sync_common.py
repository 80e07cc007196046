"""Shared set-up for the sync benchmarks: a loopback case server on SQLite (uvicorn in a
thread), a seeded clerk, and a client store logged in to it."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path

PASSWORD = "bench password 1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LoopbackServer:
    def __init__(self, directory: Path) -> None:
        from courtdesk.case_server.admin import CourtAdmin
        from courtdesk.case_server.db import Database

        self.dir = directory
        self.db_url = f"sqlite:///{directory / 'server.db'}"
        db = Database(self.db_url)
        db.migrate()
        admin = CourtAdmin(db)
        admin.create_court("B", "Bench court")
        admin.create_user("B", "clerk", "clerk", PASSWORD)
        db.dispose()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> LoopbackServer:
        import uvicorn

        from courtdesk.case_server.app import ServerSettings, create_app

        app = create_app(ServerSettings(db_url=self.db_url, blob_dir=self.dir / "blobs"))
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="error", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def client_store(directory: Path):
    """A client store (passphrase-unlocked) and a SyncClient logged in as the clerk."""
    import keyring
    from keyring.backend import KeyringBackend

    from courtdesk.offline_cache import store_key
    from courtdesk.offline_cache.store import LocalStore
    from courtdesk.offline_cache.sync_client import SyncClient

    class _Memory(KeyringBackend):
        priority = 1
        values: dict = {}

        def get_password(self, s, u):
            return self.values.get((s, u))

        def set_password(self, s, u, p):
            self.values[(s, u)] = p

        def delete_password(self, s, u):
            self.values.pop((s, u), None)

    keyring.set_keyring(_Memory())  # the bench must not touch a real keyring
    store_key.SCRYPT_N = 2**12
    store = LocalStore.open(directory, lambda r: "bench passphrase" if r.attempt == 1 else None)
    return store, SyncClient


def tempdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="courtdesk-bench-"))
