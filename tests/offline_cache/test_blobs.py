"""The encrypted blob store: every way in stores the same sealed chunks; damage is caught;
large files go through a chunk at a time."""

from __future__ import annotations

import hashlib
import os
import tracemalloc

import pytest

from courtdesk.offline_cache.blobs import CHUNK, MAGIC, BlobStore
from courtdesk.offline_cache.errors import BlobError, BlobMismatch
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

SIZES = (0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 3)


@pytest.fixture
def blobs(tmp_path):
    store = LocalStore.open(tmp_path / "store", ask())
    yield BlobStore(store)
    store.close()


def _pieces(data: bytes, size: int):
    return (data[i:i + size] for i in range(0, len(data), size))


@pytest.mark.parametrize("size", SIZES)
def test_bytes_stream_and_file_store_the_same_plaintext(blobs, tmp_path, size):
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    assert blobs.put_bytes(data) == sha
    sealed = blobs.path_for(sha).read_bytes()
    assert sealed.startswith(MAGIC) and (size < 16 or data[:16] not in sealed)
    assert blobs.read_bytes(sha) == data
    blobs.path_for(sha).unlink()  # again, through the other two ways in
    assert blobs.put_stream(_pieces(data, 77_777), sha) == size
    assert blobs.read_bytes(sha) == data
    blobs.path_for(sha).unlink()
    source = tmp_path / "scan.pdf"
    source.write_bytes(data)
    assert blobs.put_file(source) == sha
    assert blobs.read_bytes(sha) == data
    # Same frames each time (only the nonces differ): same length on disk.
    assert len(blobs.path_for(sha).read_bytes()) == len(sealed)


def test_bytes_that_do_not_match_the_name_are_not_kept(blobs):
    data = os.urandom(CHUNK + 10)
    wrong = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(BlobMismatch, match="nothing was stored"):
        blobs.put_stream(_pieces(data, 4096), wrong)
    assert not blobs.has(wrong)
    assert not list(blobs.root.rglob("*.part"))
    assert blobs.store.query("SELECT count(*) AS n FROM blobs")[0]["n"] == 0


def test_altered_swapped_or_cut_chunks_fail_instead_of_giving_wrong_bytes(blobs):
    data = os.urandom(3 * CHUNK)
    sha = blobs.put_bytes(data)
    path = blobs.path_for(sha)
    original = path.read_bytes()
    frame = (len(original) - len(MAGIC)) // 3
    first, second = (original[len(MAGIC):len(MAGIC) + frame],
                     original[len(MAGIC) + frame:len(MAGIC) + 2 * frame])
    damaged = {
        "altered": original[:-100] + bytes([original[-100] ^ 1]) + original[-99:],
        "swapped": MAGIC + second + first + original[len(MAGIC) + 2 * frame:],
        "cut": original[:len(MAGIC) + 2 * frame],
    }
    for body in damaged.values():
        path.write_bytes(body)
        with pytest.raises(BlobError):
            blobs.read_bytes(sha)
        path.write_bytes(original)
    assert blobs.read_bytes(sha) == data


def test_a_large_file_goes_in_a_chunk_at_a_time(blobs, tmp_path):
    size = 24 * 1024 * 1024 + 5
    source = tmp_path / "volume.pdf"
    with open(source, "wb") as out:
        for _ in range(size // CHUNK + 1):
            out.write(os.urandom(min(CHUNK, size - out.tell())))
    tracemalloc.start()
    try:
        sha = blobs.put_file(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * CHUNK, f"peak {peak / 2**20:.1f} MiB for a 24 MiB file"
    digest = hashlib.sha256()
    for piece in blobs.stream(sha):
        digest.update(piece)
    assert digest.hexdigest() == sha
