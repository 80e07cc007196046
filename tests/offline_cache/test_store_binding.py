"""Stores written by the SQLCipher binding courtdesk used before still open, whole.

old_stores/ holds real profiles made by sqlcipher3-binary (Linux x86_64 only) through the
store's own code, one per way a store is keyed; courtdesk now runs on sqlcipher3-wheels
(the same ``sqlcipher3`` module, wheels for Windows, macOS and Linux amd64/arm64). A court
PC that updates must find every case, hearing, page and file where it left them.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.metadata
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import keyring
import pytest

from courtdesk.dossier.search_index import DossierIndex
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.errors import EncryptionUnavailable
from courtdesk.offline_cache.store import LocalStore

from memory_keyring import MemoryKeyring
from testkit import TEST_PASSPHRASE, ask

pytestmark = pytest.mark.timeout(120)

OLD = Path(__file__).parent / "old_stores" / "sqlcipher3-binary-0.6.0"


def test_the_store_runs_on_the_binding_with_wheels_for_every_platform():
    """Both distributions install the module ``sqlcipher3``: the one imported must be
    sqlcipher3-wheels', and the Linux-x86_64-only one must be gone (a developer's old .venv
    keeps it unless installers/bootstrap.sh removes it)."""
    import sqlcipher3

    module = Path(sqlcipher3.__file__).resolve()
    files = importlib.metadata.files("sqlcipher3-wheels") or []
    assert module in {Path(f.locate()).resolve() for f in files}
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.version("sqlcipher3-binary")
    made_with = json.loads((OLD / "made_with.json").read_text())
    assert made_with["distribution"] == "sqlcipher3-binary"


def primary_key(store, table: str) -> list[str]:
    columns = store.query(f"PRAGMA table_info({table})")
    return [c["name"] for c in sorted(columns, key=lambda c: c["pk"]) if c["pk"]] or ["id"]


@pytest.fixture(params=["keyring", "passphrase"])
def old_store(request, tmp_path):
    """A copy of the old store (opening migrates it) and how it is unlocked."""
    source = OLD / request.param
    secrets = json.loads((source / "secrets.json").read_text())
    shutil.copytree(source / "store", tmp_path / "store")
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    for entry, value in secrets.get("keyring", {}).items():
        ring.set_password(*entry.split("/", 1), value)
    keyring.set_keyring(ring)
    yield tmp_path / "store", ask(secrets.get("passphrase", "")), source
    keyring.set_keyring(previous)


def test_an_old_store_opens_and_reads_back_everything_it_holds(old_store):
    directory, asker, source = old_store
    expected = json.loads((source / "expected.json").read_text("utf-8"))
    store = LocalStore.open(directory, asker, create=False)
    try:
        assert store.header.key_source == source.name
        assert store.integrity_problems() == []  # every page's HMAC, then SQLite's check
        report = store.verify_audit()
        assert report.problems == [] and report.entries == expected["audit_entries"]
        for table, rows in expected["rows"].items():
            key = primary_key(store, table)
            now = {tuple(row[k] for k in key): row
                   for row in store.query(f"SELECT * FROM {table}")}
            assert len(now) == len(rows), table
            for row in rows:
                found = now[tuple(row[k] for k in key)]
                assert {k: found[k] for k in row} == row, table
        titles = {r["title"] for r in store.query("SELECT title FROM cases")}
        assert "金明浩诉李春花民间借贷纠纷案" in titles
        blobs = BlobStore(store)
        assert len(expected["blob_sha256"]) == 4  # two volumes, two hearings' audio
        for sha in expected["blob_sha256"]:
            assert hashlib.sha256(blobs.read_bytes(sha)).hexdigest() == sha
        # The full-text index the old binding built answers the new one.
        for case in store.query("SELECT id FROM cases"):
            hits = DossierIndex(store).search(case["id"], "送货单")
            assert [(h.page_index, h.match) for h in hits] == [(1, "送货单")]
        added = store.save("cases", {"case_number": "(2026)吉2401民初9号",
                                     "title": "新绑定写入的案件"}, actor="clerk")
    finally:
        store.close()
    again = LocalStore.open(directory, asker, create=False)
    try:
        assert again.get("cases", added["id"])["title"] == "新绑定写入的案件"
        assert again.integrity_problems() == [] and again.verify_audit().ok
    finally:
        again.close()


def test_a_half_removed_binding_is_reported_as_missing_encryption(tmp_path, monkeypatch):
    """Removing one of two distributions that share the module folder leaves it without
    its files: it still imports (as a namespace package) but has no connect(). That must
    read as "the encryption library is missing", with what to do, not as an AttributeError."""
    (tmp_path / "site" / "sqlcipher3").mkdir(parents=True)
    # What `import sqlcipher3` yields when only that emptied folder is left.
    spec = importlib.machinery.PathFinder.find_spec("sqlcipher3", [str(tmp_path / "site")])
    monkeypatch.setitem(sys.modules, "sqlcipher3", importlib.util.module_from_spec(spec))
    with pytest.raises(EncryptionUnavailable, match="sqlcipher3-wheels"):
        LocalStore.open(tmp_path / "store", ask(TEST_PASSPHRASE))
    assert not (tmp_path / "store" / "store.db").exists()
