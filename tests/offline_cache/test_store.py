"""The local store: encryption at rest, outbox per change, audit chain, damage handling."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import keyring
import pytest

from courtdesk.common.ids import new_id
from courtdesk.offline_cache import store_key
from courtdesk.offline_cache.errors import (
    KeyUnavailable,
    PassphraseRequired,
    StoreDamaged,
    StoreFull,
    StoreUnwritable,
    WrongPassphrase,
)
from courtdesk.offline_cache.migrations import LATEST_VERSION
from courtdesk.offline_cache.store import DB_NAME, LocalStore

from memory_keyring import MemoryKeyring
from testkit import TEST_PASSPHRASE, ask

pytestmark = pytest.mark.usefixtures("fast_kdf")


def digest_tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def store_dir(tmp_path) -> Path:
    return tmp_path / "store"


def tamper(store, sql: str) -> None:
    """Change the database behind the store's rules (as someone with the key could)."""
    with store.transaction():
        store.conn.execute(sql)


@pytest.fixture
def store(store_dir):
    s = LocalStore.open(store_dir, ask())
    yield s
    s.close()


def test_new_store_is_migrated_and_encrypted(store, store_dir):
    assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == str(
        LATEST_VERSION)
    store.save("cases", {"case_number": "(2026)吉2401民初9号", "title": "借款合同纠纷"},
               actor="clerk")
    raw = (store_dir / DB_NAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(store_dir / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()
    header = json.loads((store_dir / "store.json").read_text())
    assert header["key_source"] == "passphrase"
    assert TEST_PASSPHRASE not in json.dumps(header)


def test_ids_are_time_ordered_uuid7():
    ids = [new_id() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i[14] == "7" for i in ids)


def test_every_change_writes_one_outbox_row_and_one_audit_entry(store):
    case = store.save("cases", {"case_number": "A1", "title": "t"}, actor="clerk")
    store.save("cases", {"id": case["id"], "title": "t2"}, actor="clerk")
    store.save("cases", {"id": case["id"], "title": "t2"}, actor="clerk")  # no change: nothing
    store.remove("cases", case["id"], actor="clerk")
    outbox = store.query("SELECT op, record_id, base_version FROM outbox ORDER BY seq")
    assert [r["op"] for r in outbox] == ["insert", "update", "delete"]
    assert {r["record_id"] for r in outbox} == {case["id"]}
    audit = store.query("SELECT action FROM audit_log ORDER BY seq")
    assert [a["action"] for a in audit] == ["cases.insert", "cases.update", "cases.delete"]
    assert store.pending_changes() == 3
    assert store.unsynced_ids("cases") == {case["id"]}
    assert store.get("cases", case["id"])["deleted"] == 1


def test_a_failed_change_leaves_neither_row_nor_outbox_nor_audit(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.save("cases", {"case_number": "B1", "title": "t"}, actor="clerk")
        raise RuntimeError("power cut")
    assert store.query("SELECT count(*) AS n FROM cases")[0]["n"] == 0
    assert store.pending_changes() == 0
    assert store.verify_audit().entries == 0


def test_audit_chain_verifies_and_finds_altered_missing_and_cut_entries(store):
    for n in range(5):
        store.save("cases", {"case_number": f"C{n}", "title": "t"}, actor="clerk")
    assert store.verify_audit().ok
    tamper(store, "UPDATE audit_log SET actor = 'someone' WHERE seq = 3")
    report = store.verify_audit()
    assert [(p.seq, p.kind) for p in report.problems] == [(3, "altered")]
    tamper(store, "UPDATE audit_log SET actor = 'clerk' WHERE seq = 3")
    assert store.verify_audit().ok
    tamper(store, "DELETE FROM audit_log WHERE seq = 2")
    kinds = {p.kind for p in store.verify_audit().problems}
    assert {"missing", "broken_link"} <= kinds


def test_cutting_entries_off_the_end_is_found(store):
    for n in range(3):
        store.save("cases", {"case_number": f"D{n}", "title": "t"}, actor="clerk")
    tamper(store, "DELETE FROM audit_log WHERE seq = 3")
    assert [p.kind for p in store.verify_audit().problems] == ["truncated"]


def test_reopen_with_the_passphrase_keeps_everything(store_dir):
    s = LocalStore.open(store_dir, ask())
    s.save("cases", {"case_number": "E1", "title": "离婚纠纷"}, actor="clerk")
    s.close()
    s = LocalStore.open(store_dir, ask())
    assert [r["title"] for r in s.query("SELECT title FROM cases")] == ["离婚纠纷"]
    s.close()


def test_wrong_passphrase_says_so_and_changes_nothing(store, store_dir):
    store.save("cases", {"case_number": "F1", "title": "t"}, actor="clerk")
    store.close()
    before = digest_tree(store_dir)
    with pytest.raises(WrongPassphrase) as err:
        LocalStore.open(store_dir, ask("not the passphrase"))
    assert "Wrong passphrase" in str(err.value)
    assert digest_tree(store_dir) == before


def test_no_passphrase_source_is_a_clear_refusal_not_a_plaintext_store(store_dir):
    with pytest.raises(PassphraseRequired):
        LocalStore.open(store_dir, None)
    assert not (store_dir / DB_NAME).exists()


def test_short_passphrase_is_refused(store_dir):
    with pytest.raises(WrongPassphrase, match="too short"):
        LocalStore.open(store_dir, ask("short"))


def test_corrupt_store_is_reported_and_left_as_it_was(store, store_dir):
    for n in range(50):
        store.save("cases", {"case_number": f"G{n}", "title": "x" * 500}, actor="clerk")
    store.close()  # the last connection out checkpoints the WAL into the file
    db = store_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 + 100: 4096 + 400] = b"\x00" * 300  # scribble over page 2
    db.write_bytes(bytes(data))
    before = digest_tree(store_dir)
    with pytest.raises(StoreDamaged) as err:
        s = LocalStore.open(store_dir, ask())
        try:
            s.query("SELECT * FROM cases")
            problems = s.integrity_problems()
        finally:
            s.close()
        if problems:
            raise StoreDamaged("quick_check: " + "; ".join(problems))
    assert "damaged" in str(err.value) or "quick_check" in str(err.value)
    assert digest_tree(store_dir) == before


def test_missing_header_or_database_is_never_replaced_by_a_new_store(store, store_dir):
    store.close()
    (store_dir / "store.json").rename(store_dir / "store.json.bak")
    with pytest.raises(StoreDamaged, match=r"store\.json"):
        LocalStore.open(store_dir, ask())
    (store_dir / "store.json.bak").rename(store_dir / "store.json")
    shutil.move(store_dir / DB_NAME, store_dir / "moved.db")
    with pytest.raises(StoreDamaged, match="missing"):
        LocalStore.open(store_dir, ask())
    assert not (store_dir / DB_NAME).exists()


def test_a_plaintext_database_in_place_of_the_store_is_refused(store, store_dir):
    store.close()
    (store_dir / DB_NAME).unlink()
    sqlite3.connect(store_dir / DB_NAME).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreDamaged, match="unencrypted"):
        LocalStore.open(store_dir, ask())


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_with_a_usable_keyring_the_key_is_random_and_lives_there(store_dir, memory_keyring):
    s = LocalStore.open(store_dir, None)
    s.save("cases", {"case_number": "H1", "title": "t"}, actor="clerk")
    s.close()
    header = json.loads((store_dir / "store.json").read_text())
    assert header["key_source"] == "keyring"
    (hex_key,) = memory_keyring.secrets.values()
    assert hex_key not in (store_dir / "store.json").read_text()
    s = LocalStore.open(store_dir, None)
    assert s.pending_changes() == 1
    s.close()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyUnavailable, match="keyring"):
        LocalStore.open(store_dir, None)


def test_plaintext_and_fail_keyrings_are_not_trusted_with_the_key():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(fail.Keyring())
        assert not store_key.keyring_is_usable()
        try:
            from keyrings.alt.file import PlaintextKeyring
        except ImportError:
            return
        keyring.set_keyring(PlaintextKeyring())
        assert not store_key.keyring_is_usable()
    finally:
        keyring.set_keyring(previous)


def _can_mount() -> bool:
    probe = Path("/proc/self/status").read_text()
    return "CapEff:\t000001ffffffffff" in probe or "CapEff:\t0000003fffffffff" in probe


@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny filesystem (tmpfs) so the store meets a genuinely full or read-only disk."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                            capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_stops_the_change_and_keeps_what_was_saved(small_disk):
    store_dir = small_disk / "store"
    s = LocalStore.open(store_dir, ask())
    saved = s.save("cases", {"case_number": "K1", "title": "保留的案件"}, actor="clerk")
    filler = small_disk / "filler"
    # Unbuffered: a buffered file would hold back the last partial write and raise
    # ENOSPC again on close, depending on how much room the store left.
    with open(filler, "wb", buffering=0) as handle:  # fill the disk to the last block
        try:
            while True:
                if not handle.write(b"\0" * 65536):
                    break
        except OSError:
            pass
    with pytest.raises(StoreFull, match=r"disk .* is full"):
        for n in range(200):
            s.save("cases", {"case_number": f"K{n + 2}", "title": "x" * 4000}, actor="clerk")
    s.close()
    filler.unlink()
    s = LocalStore.open(store_dir, ask())
    assert s.get("cases", saved["id"])["title"] == "保留的案件"
    assert s.verify_audit().ok
    outbox_ids = {r["record_id"] for r in s.query("SELECT record_id FROM outbox")}
    case_ids = {r["id"] for r in s.query("SELECT id FROM cases")}
    assert outbox_ids == case_ids  # no row without its outbox entry, and none the other way
    s.close()


def test_read_only_disk_is_a_clear_message_and_nothing_changes(small_disk):
    store_dir = small_disk / "store"
    s = LocalStore.open(store_dir, ask())
    s.save("cases", {"case_number": "L1", "title": "t"}, actor="clerk")
    s.close()
    before = digest_tree(store_dir)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreUnwritable, match="cannot write"):
        s = LocalStore.open(store_dir, ask())
        try:
            s.save("cases", {"case_number": "L2", "title": "t"}, actor="clerk")
        finally:
            s.close()
    assert digest_tree(store_dir) == before
    with pytest.raises(StoreUnwritable):
        LocalStore.open(small_disk / "new-store", ask())
