"""One writer, a reader per thread: what one thread has not committed, no other thread sees,
and the sync never pushes a change whose transaction is rolled back (a full disk)."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from server_kit import segment_row
from sync_kit import adopt, logged_in_client

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.errors import StoreError, StoreFull
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = [pytest.mark.timeout(180), pytest.mark.usefixtures("fast_kdf")]


@pytest.fixture
def store(tmp_path):
    s = LocalStore.open(tmp_path / "store", ask())
    yield s
    s.close()


def in_thread(fn):
    """Run ``fn`` on a new thread and return what it returned (or raise what it raised)."""
    out: dict = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed to the caller
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    if "error" in out:
        raise out["error"]
    return out["value"]


def waiting_for_the_writer(thread: threading.Thread) -> bool:
    """True while ``thread`` waits to begin a store transaction (another thread holds it)."""
    frame = sys._current_frames().get(thread.ident)
    while frame is not None:
        if frame.f_code.co_name == "transaction" and frame.f_code.co_filename.endswith(
                "store.py"):
            return True
        frame = frame.f_back
    return False


def test_other_threads_see_a_transaction_only_once_it_commits(store):
    case = store.save("cases", {"case_number": "T1", "title": "已提交"}, actor="clerk")
    with store.transaction():
        store.save("cases", {"id": case["id"], "title": "未提交"}, actor="clerk")
        store.save("cases", {"case_number": "T2", "title": "新案"}, actor="clerk")
        # This thread sees its own transaction; another thread sees what was committed.
        assert store.get("cases", case["id"])["title"] == "未提交"
        assert in_thread(lambda: store.get("cases", case["id"])["title"]) == "已提交"
        assert in_thread(store.pending_changes) == 1
        assert in_thread(lambda: store.query("SELECT count(*) AS n FROM cases")[0]["n"]) == 1
    assert in_thread(lambda: store.get("cases", case["id"])["title"]) == "未提交"
    assert in_thread(store.pending_changes) == 3


def test_a_rolled_back_transaction_is_never_seen_by_another_thread(store):
    seen: list[int] = []
    with pytest.raises(RuntimeError), store.transaction():
        store.save("cases", {"case_number": "R1", "title": "t"}, actor="clerk")
        seen.append(in_thread(store.pending_changes))
        raise RuntimeError("power cut")
    seen.append(in_thread(store.pending_changes))
    assert seen == [0, 0]


def test_readers_do_not_wait_for_a_long_transaction(store):
    store.save("cases", {"case_number": "W1", "title": "t"}, actor="clerk")
    with store.transaction():
        store.save("cases", {"case_number": "W2", "title": "t"}, actor="clerk")
        started = time.monotonic()
        assert in_thread(lambda: len(store.query("SELECT * FROM cases"))) == 1
        assert time.monotonic() - started < 2


def test_a_write_outside_a_transaction_is_refused_not_slipped_past_the_writer(store):
    with pytest.raises(Exception, match="readonly"):
        store.conn.execute("UPDATE meta SET value = 'x' WHERE key = 'schema_version'")
    with store.transaction():
        store.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
    assert in_thread(lambda: store.query("SELECT value FROM meta WHERE key = 'probe'")) == [
        {"value": "1"}]


def test_a_thread_that_ends_leaves_no_connection_open(store):
    store.query("SELECT 1 AS x")  # this thread's reader
    assert store.open_readers() == 1
    for _ in range(5):
        in_thread(lambda: store.get("cases", "none"))
    gc.collect()
    assert store.open_readers() == 1


def test_close_closes_every_reader_and_later_reads_are_refused(tmp_path):
    s = LocalStore.open(tmp_path / "store", ask())
    s.save("cases", {"case_number": "C1", "title": "t"}, actor="clerk")
    go_on, read_once = threading.Event(), threading.Event()
    results: list = []

    def worker():
        results.append(s.pending_changes())
        read_once.set()
        go_on.wait(10)
        try:
            s.pending_changes()
        except Exception as exc:
            results.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    assert read_once.wait(10)
    s.query("SELECT 1 AS x")
    assert s.open_readers() == 2
    s.close()
    assert s.open_readers() == 0
    go_on.set()
    thread.join(10)
    assert results[0] == 1 and isinstance(results[1], Exception)
    with pytest.raises(StoreError, match="closed"):
        in_thread(s.pending_changes)
    # Nothing of the store is left open: the WAL went back into the file at close.
    assert not (tmp_path / "store" / "store.db-wal").exists()


def test_a_store_unlocked_from_the_keyring_reads_on_other_threads(tmp_path, memory_keyring):
    s = LocalStore.open(tmp_path / "store", None)
    try:
        assert s.header.key_source == "keyring"
        s.save("cases", {"case_number": "K1", "title": "t"}, actor="clerk")
        assert in_thread(s.pending_changes) == 1
    finally:
        s.close()


# -- the sync against a rolled-back transaction ----------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny filesystem (tmpfs) so the store meets a genuinely full disk."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                            capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while handle.write(b"\0" * 65536):
                pass
        except OSError:
            pass
    return filler


def on_server(server, record_id: str) -> int:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{server.data_dir / 'server.db'}")
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT count(*) FROM change_log WHERE record_id = :r"),
                             {"r": record_id}).scalar()
    engine.dispose()
    return count


def test_the_sync_never_pushes_segments_whose_commit_failed_on_a_full_disk(
        small_disk, server, memory_keyring):
    store = LocalStore.open(small_disk / "store", None)
    sync = logged_in_client(store, server.base_url, "clerk_a")
    clerk = adopt(store, sync, "clerk_a")
    case = CaseBook(store, clerk).create_case("(2026)吉01民初77号", "满盘")
    hearing = store.save("hearings", {"case_id": case["id"], "title": "庭审"}, actor="clerk_a")
    assert sync.sync().applied == 3
    written, failed = threading.Event(), threading.Event()
    sync_thread: dict = {}
    outcome: dict = {}
    filler: list[Path] = []

    def recorder() -> None:
        # The recognizer's segments of one second, committed as one transaction; the disk
        # fills before the commit, so all of it rolls back.
        try:
            with store.transaction():
                rows = [{k: v for k, v in segment_row(hearing["id"], n).items() if k != "id"}
                        for n in range(3)]
                outcome["phantom"] = store.append_many("segments", rows, actor="clerk_a",
                                                       action="segments.add")
                written.set()
                deadline = time.monotonic() + 30
                while not waiting_for_the_writer(sync_thread["thread"]):
                    assert sync_thread["thread"].is_alive(), "the sync ended without writing"
                    assert time.monotonic() < deadline, "the sync never reached the store"
                    time.sleep(0.01)
                filler.append(fill(small_disk))
                for n in range(2000):  # more than the disk holds
                    store.save("parties", {"case_id": case["id"], "side": "plaintiff",
                                           "name": f"当事人{n}" + "x" * 4000},
                               actor="clerk_a")
        except StoreFull as exc:
            outcome["error"] = exc
        finally:
            failed.set()

    def syncer() -> None:
        written.wait(30)
        try:
            outcome["report"] = sync.sync()
        except Exception as exc:  # the disk is full: the round may stop; that is fine
            outcome["sync_error"] = exc

    writer = threading.Thread(target=recorder, name="recorder")
    sync_thread["thread"] = threading.Thread(target=syncer, name="sync")
    sync_thread["thread"].start()
    writer.start()
    writer.join(60)
    sync_thread["thread"].join(60)
    assert not writer.is_alive() and not sync_thread["thread"].is_alive()
    assert isinstance(outcome.get("error"), StoreFull)
    filler[0].unlink()
    phantom = outcome["phantom"]
    assert store.query("SELECT count(*) AS n FROM segments")[0]["n"] == 0
    # The server never received a segment this PC does not have.
    assert [on_server(server, row["id"]) for row in phantom] == [0, 0, 0]

    # With room again, the next round pushes what was committed, and only that.
    kept = store.append_many("segments", [{k: v for k, v in segment_row(hearing["id"], 9)
                                           .items() if k != "id"}],
                             actor="clerk_a", action="segments.add")
    report = sync.sync()
    assert report.ok and report.rejected == 0
    assert on_server(server, kept[0]["id"]) == 1
    assert [on_server(server, row["id"]) for row in phantom] == [0, 0, 0]
    assert store.pending_changes() == 0
    sync.close()
    store.close()
