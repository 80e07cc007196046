"""Blob files on the laptop are named by a keyed hash: a stolen disk does not confirm that
a known document (whose SHA-256 anyone may know) is there. Profiles made with plaintext
names are renamed at open, and a rename cut off midway is finished by the next open."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from courtdesk.offline_cache.blobs import NAMES_META_KEY, BlobStore
from courtdesk.offline_cache.store import LocalStore

from testkit import TEST_PASSPHRASE, ask

pytestmark = pytest.mark.timeout(300)


def courtdesk(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)


def stored_hashes(store: LocalStore) -> list[str]:
    return [row[0] for row in store.conn.execute("SELECT sha256 FROM blobs ORDER BY sha256")]


def file_names(home: Path) -> set[str]:
    return {p.name for p in (home / "store" / "blobs").rglob("*") if p.is_file()}


def assert_no_plaintext_names(home: Path, hashes: list[str]) -> None:
    paths = [str(p.relative_to(home)) for p in (home / "store" / "blobs").rglob("*")]
    for sha in hashes:
        assert not any(sha in path for path in paths), f"{sha[:12]} is readable on disk"
    assert not (file_names(home) & set(hashes))


def assert_every_blob_reads(store: LocalStore, hashes: list[str]) -> None:
    blobs = BlobStore(store)
    for sha in hashes:
        assert hashlib.sha256(blobs.read_bytes(sha)).hexdigest() == sha


def to_plaintext_names(store: LocalStore, hashes: list[str], *, only: int | None = None) -> None:
    """The layout courtdesk wrote before keyed names (the same sealed bytes, each file at
    blobs/<sha[:2]>/<sha>), and no mark that the rename was done: ``only`` the first n
    files, as a rename killed midway leaves them."""
    blobs = BlobStore(store)
    for sha in hashes[:only]:
        old = store.directory / "blobs" / sha[:2] / sha
        old.parent.mkdir(parents=True, exist_ok=True)
        os.replace(blobs.path_for(sha), old)
    with store.transaction():
        store.conn.execute("DELETE FROM meta WHERE key = ?", (NAMES_META_KEY,))


@pytest.fixture
def demo_home(tmp_path) -> Path:
    home = tmp_path / "home"
    made = courtdesk(home, "demo")
    assert made.returncode == 0, made.stderr
    return home


def test_new_blobs_are_named_by_a_keyed_hash(demo_home):
    store = LocalStore.open(demo_home / "store", ask(), create=False)
    try:
        hashes = stored_hashes(store)
        assert len(hashes) >= 4  # the dossier volumes and the hearing audio
        assert_no_plaintext_names(demo_home, hashes)
        assert_every_blob_reads(store, hashes)
        # Another store's key names the same content differently.
        other = LocalStore.open(demo_home.parent / "other", ask())
        try:
            assert BlobStore(other).file_name(hashes[0]) != BlobStore(store).file_name(hashes[0])
        finally:
            other.close()
    finally:
        store.close()


@pytest.mark.parametrize("renamed_before", [None, 2], ids=["old_profile", "cut_off_midway"])
def test_a_profile_with_plaintext_names_is_renamed_at_open(demo_home, renamed_before):
    store = LocalStore.open(demo_home / "store", ask(), create=False)
    try:
        hashes = stored_hashes(store)
        to_plaintext_names(store, hashes, only=renamed_before)
    finally:
        store.close()
    old_names = file_names(demo_home) & set(hashes)
    assert len(old_names) == (len(hashes) if renamed_before is None else renamed_before)

    opened = courtdesk(demo_home, "audit", "verify")  # any command opens the store
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert_no_plaintext_names(demo_home, hashes)
    assert not list((demo_home / "store" / "blobs").rglob("*.part"))
    store = LocalStore.open(demo_home / "store", ask(), create=False)
    try:
        assert_every_blob_reads(store, hashes)
        assert len(file_names(demo_home)) == len(hashes)  # nothing lost, nothing doubled
    finally:
        store.close()


def test_a_file_named_by_no_listed_hash_is_still_renamed(demo_home):
    # A blob written just before a crash, whose row never reached the blobs table.
    store = LocalStore.open(demo_home / "store", ask(), create=False)
    try:
        hashes = stored_hashes(store)
        to_plaintext_names(store, hashes)
        with store.transaction():
            store.conn.execute("DELETE FROM blobs WHERE sha256 = ?", (hashes[0],))
            store.conn.execute("UPDATE documents SET blob_sha256 = 'x' WHERE blob_sha256 = ?",
                               (hashes[0],))
            store.conn.execute("UPDATE hearings SET audio_blob = '' WHERE audio_blob = ?",
                               (hashes[0],))
    finally:
        store.close()
    store = LocalStore.open(demo_home / "store", ask(), create=False)
    try:
        assert_no_plaintext_names(demo_home, hashes)
        assert_every_blob_reads(store, hashes)
    finally:
        store.close()
