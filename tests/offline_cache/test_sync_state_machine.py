"""A hypothesis state machine over two clients and the real server app (uvicorn thread on
SQLite): edits, pushes with faults, partial and crashing pulls, client and server
restarts, blob uploads with damaged chunks. The subprocess tests cover the real process;
this covers the orderings."""

from __future__ import annotations

import hashlib
import json
import os

import keyring
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sync_kit import FaultyTransport, ThreadedServer, adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache import store_key
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.sync_apply import read_cursor
from courtdesk.offline_cache.sync_transport import SyncError

from memory_keyring import MemoryKeyring

pytestmark = pytest.mark.timeout(300)
FAULTS = ("none", "drop_request", "drop_response", "duplicate", "server_error")
BLOB_FAULTS = ("none", "corrupt", "truncate", "duplicate", "drop_response")


class Crash(Exception):
    pass


class Laptop:
    def __init__(self, machine, name: str) -> None:
        self.machine = machine
        self.dir = machine.tmp / f"{name}-{os.urandom(4).hex()}"
        self.faults = FaultyTransport()
        self.open()
        self.cursor = 0

    def open(self) -> None:
        self.store = open_client_store(self.dir)
        self.client = logged_in_client(self.store, self.machine.server.base_url, "clerk_a",
                                       transport=self.faults, chunk_size=16 * 1024)
        self.user = adopt(self.store, self.client, "clerk_a")

    def close(self) -> None:
        self.client.close()
        self.store.close()


class SyncMachine(RuleBasedStateMachine):
    server: ThreadedServer = None  # set by the test
    tmp = None

    def __init__(self) -> None:
        super().__init__()
        self.a = Laptop(self, "a")
        self.b = Laptop(self, "b")
        self.case = CaseBook(self.a.store, self.a.user).create_case(
            f"(2025)S{os.urandom(4).hex()}", "状态机")
        self.hearing = self.a.store.save("hearings", {"case_id": self.case["id"],
                                                      "title": "庭审"}, actor="clerk_a")
        self.a.client.sync()
        self.b.client.sync()
        self.change_ids = {lap: self.ids(lap) for lap in (self.a, self.b)}

    def laptop(self, which: int) -> Laptop:
        return self.a if which == 0 else self.b

    @staticmethod
    def ids(lap: Laptop) -> set[str]:
        return {r[0] for r in lap.store.conn.execute("SELECT change_id FROM outbox")}

    def remember(self, lap: Laptop) -> None:
        self.change_ids[lap] |= self.ids(lap)

    # -- rules -----------------------------------------------------------------------------
    @rule(which=st.integers(0, 1), field=st.sampled_from(["title", "cause", "summary"]),
          value=st.text("甲乙丙ab", min_size=1, max_size=4))
    def edit_case(self, which, field, value):
        lap = self.laptop(which)
        if lap.store.get("cases", self.case["id"])["deleted"]:
            return
        lap.store.save("cases", {"id": self.case["id"], field: value}, actor="clerk_a")
        self.remember(lap)

    @rule(which=st.integers(0, 1), n=st.integers(1, 5))
    def add_segments(self, which, n):
        lap = self.laptop(which)
        rows = [{"hearing_id": self.hearing["id"], "start_ms": i, "end_ms": i + 1,
                 "asr_text": f"句{i}"} for i in range(n)]
        lap.store.append_many("segments", rows, actor="clerk_a", action="segments.add")
        self.remember(lap)

    @rule(which=st.integers(0, 1), size=st.integers(1, 50_000))
    def add_document(self, which, size):
        lap = self.laptop(which)
        sha = BlobStore(lap.store).put_bytes(os.urandom(size))
        lap.store.save("documents", {"case_id": self.case["id"], "title": "卷",
                                     "blob_sha256": sha, "size_bytes": size}, actor="clerk_a")
        self.remember(lap)

    @rule(which=st.integers(0, 1), fault=st.sampled_from(FAULTS),
          blob_fault=st.sampled_from(BLOB_FAULTS))
    def push(self, which, fault, blob_fault):
        lap = self.laptop(which)
        if fault != "none":
            lap.faults.add(fault, "/sync/push")
        if blob_fault != "none":
            lap.faults.add(blob_fault, "/blobs/")
        try:
            lap.client.blobs.upload_needed(lap.client.me())
            lap.client.push()
        except SyncError:
            pass
        lap.faults.faults.clear()

    @rule(which=st.integers(0, 1), fault=st.sampled_from(FAULTS))
    def send_audit(self, which, fault):
        lap = self.laptop(which)
        if fault != "none":
            lap.faults.add(fault, "/audit/append")
        try:
            assert not lap.client.send_audit().errors
        except SyncError:
            pass
        lap.faults.faults.clear()

    @rule(which=st.integers(0, 1), page=st.sampled_from([1, 3, 500]), crash=st.booleans())
    def pull(self, which, page, crash):
        lap = self.laptop(which)
        before = read_cursor(lap.store, lap.client.server)
        if crash:
            def boom(_cursor):
                raise Crash()
            lap.client.before_cursor_store = boom
        try:
            lap.client.pull(page_size=page)
        except Crash:
            pass
        finally:
            lap.client.before_cursor_store = None
        after = read_cursor(lap.store, lap.client.server)
        assert after >= before, "the cursor moved back"
        if crash:
            assert after == before, "a crashed page stored its cursor"

    @rule(which=st.integers(0, 1), in_flight=st.booleans())
    def restart_client(self, which, in_flight):
        lap = self.laptop(which)
        if in_flight:  # killed after marking a batch in flight, before any answer
            with lap.store.transaction():
                lap.store.conn.execute(
                    "UPDATE outbox SET state = 'inflight' WHERE state = 'pending'")
        lap.close()
        lap.open()
        assert lap.store.conn.execute(
            "SELECT count(*) FROM outbox WHERE state = 'inflight'").fetchone()[0] == 0

    @rule()
    def restart_server(self):
        self.server.restart()

    # -- invariants ------------------------------------------------------------------------
    @invariant()
    def no_outbox_row_lost_and_none_left_in_flight(self):
        for lap in (self.a, self.b):
            assert self.change_ids[lap] <= self.ids(lap)
            assert lap.store.conn.execute(
                "SELECT count(*) FROM outbox WHERE state = 'inflight'").fetchone()[0] == 0

    @invariant()
    def every_change_applied_at_most_once(self):
        with self.engine().connect() as conn:
            dup = conn.execute(sa.text(
                "SELECT change_id FROM change_log WHERE change_id IS NOT NULL "
                "GROUP BY change_id HAVING count(*) > 1")).fetchall()
        assert not dup

    @invariant()
    def the_courts_audit_trail_of_each_laptop_is_a_prefix_of_its_log(self):
        for lap in (self.a, self.b):
            with self.engine().connect() as conn:
                held = conn.execute(sa.text(
                    "SELECT seq, hash FROM audit_entries WHERE client_id = :c ORDER BY seq"),
                    {"c": lap.client.client_id}).fetchall()
            mine = lap.store.conn.execute(
                "SELECT seq, hash FROM audit_log ORDER BY seq LIMIT ?", (len(held),)).fetchall()
            assert [tuple(r) for r in held] == [tuple(r) for r in mine]

    @invariant()
    def every_conflict_reaches_the_inbox(self):
        for lap in (self.a, self.b):
            missing = lap.store.conn.execute(
                "SELECT count(*) FROM outbox WHERE state IN ('conflict', 'rejected') AND "
                "change_id NOT IN (SELECT change_id FROM sync_conflicts)").fetchone()[0]
            assert missing == 0

    @invariant()
    def every_finished_blob_matches_its_hash(self):
        with self.engine().connect() as conn:
            shas = [r[0] for r in conn.execute(sa.text(
                "SELECT sha256 FROM blobs WHERE complete"))]
        for sha in shas:
            path = self.server.data_dir / "blobs" / sha[:2] / sha
            assert hashlib.sha256(path.read_bytes()).hexdigest() == sha

    def engine(self):
        if not hasattr(self, "_engine"):
            self._engine = sa.create_engine(self.server.db_url)
        return self._engine

    def teardown(self):
        try:
            self.quiet_and_converge()
        finally:
            self.a.close()
            self.b.close()
            if hasattr(self, "_engine"):
                self._engine.dispose()

    def quiet_and_converge(self):
        """No faults: a few rounds each, then both laptops hold the server's rows."""
        for lap in (self.a, self.b):
            lap.faults.faults.clear()
        for _ in range(3):
            for lap in (self.a, self.b):
                lap.client.sync(download_documents=False)
        with self.engine().connect() as conn:
            server_rows = {(r.record_type, r.record_id): (r.version, json.loads(r.payload))
                           for r in conn.execute(sa.text(
                               "SELECT record_type, record_id, version, payload FROM records "
                               "WHERE case_id = :c"), {"c": self.case["id"]})}
            applied = {r[0] for r in conn.execute(sa.text(
                "SELECT change_id FROM applied_changes"))}
        for lap in (self.a, self.b):
            states = dict(lap.store.conn.execute(
                "SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
            assert set(states) <= {"done", "conflict", "rejected"}, states
            done = {r[0] for r in lap.store.conn.execute(
                "SELECT change_id FROM outbox WHERE state = 'done'")}
            assert done <= applied  # what the client counts as done, the server has
            assert lap.client.send_audit().audit["acknowledged"] == lap.store.conn.execute(
                "SELECT max(seq) FROM audit_log").fetchone()[0]
            for (table, record_id), (version, payload) in server_rows.items():
                local = lap.store.get(table, record_id)
                assert local is not None, (table, record_id)
                assert local["server_version"] == version, (table, record_id)
                for field, value in payload.items():
                    if field in local and field not in ("created_at", "updated_at"):
                        assert local[field] == value or (local[field], value) in (
                            (0, False), (1, True)), (table, field)


def test_sync_state_machine(tmp_path, monkeypatch):
    monkeypatch.setattr(store_key, "SCRYPT_N", 2**12)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    server = ThreadedServer(tmp_path / "server")
    server.data_dir.mkdir()
    server.seed()
    server.start()
    SyncMachine.server = server
    SyncMachine.tmp = tmp_path
    try:
        SyncMachine.TestCase.settings = settings(
            max_examples=25, stateful_step_count=20, deadline=None,
            suppress_health_check=list(HealthCheck))
        SyncMachine.TestCase().runTest()
    finally:
        server.stop()
        keyring.set_keyring(previous)
