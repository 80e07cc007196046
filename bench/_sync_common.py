"""Shared set-up for the sync benchmarks: the case server as a process on 127.0.0.1 (SQLite),
a seeded clerk, a client store logged in to it, and alternating rounds with medians."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PASSWORD = "bench password 1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LoopbackServer:
    """The real case server (``courtdesk-server``) as its own process on 127.0.0.1, on
    SQLite, with one court and a clerk. With ``COURTDESK_BENCH_PROFILE_SERVER=out.svg``
    in the environment it runs under py-spy, which writes that flame graph at the stop (a name
ending .txt: collapsed stacks, .json: speedscope)."""

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
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> LoopbackServer:
        args = [sys.executable, "-m", "courtdesk.case_server.cli", "--data", str(self.dir),
                "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        profile = os.environ.get("COURTDESK_BENCH_PROFILE_SERVER")
        if profile:
            if not shutil.which("py-spy"):
                sys.exit("profiling the server needs py-spy: pip install 'courtdesk[bench]'")
            form = {".svg": "flamegraph", ".json": "speedscope"}.get(Path(profile).suffix, "raw")
            args = ["py-spy", "record", "--threads", "-r", "200", "-f", form, "-o", profile,
                    "--", *args]
        self.log = open(self.dir / "server.log", "ab")
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.dir / "server.log").read_text())
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("the case server did not start: "
                           + (self.dir / "server.log").read_text())

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            # SIGINT reaches the server under py-spy too, and lets py-spy write its file.
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()


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


def median(values: list[float]) -> float:
    return statistics.median(values)
