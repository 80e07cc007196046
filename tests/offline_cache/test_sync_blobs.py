"""Resumable, checksummed blob uploads against the real server process: damaged, cut,
replayed chunks; a cut at 50% resumes with at most one chunk sent again; records wait for
their file; a metered link defers large files."""

from __future__ import annotations

import hashlib
import os

import pytest
from sync_kit import FaultyTransport, adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.sync_transport import SyncError

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]
CHUNK = 256 * 1024




def setup(tmp_path, server, **kwargs):
    faults = FaultyTransport()
    store = open_client_store(tmp_path / "client")
    client = logged_in_client(store, server.base_url, "clerk_a", transport=faults,
                              chunk_size=CHUNK, **kwargs)
    user = adopt(store, client, "clerk_a")
    case = CaseBook(store, user).create_case(f"(2025)B{os.urandom(3).hex()}", "卷宗")
    return store, client, faults, case


def add_document(store, case, size):
    data = os.urandom(size)
    sha = BlobStore(store).put_bytes(data, "application/pdf")
    doc = store.save("documents", {"case_id": case["id"], "title": "证据", "blob_sha256": sha,
                                   "size_bytes": size}, actor="clerk_a")
    return data, sha, doc


def server_file(server, sha):
    path = server.data_dir / "blobs" / sha[:2] / sha
    return path.read_bytes() if path.exists() else None


def test_damaged_truncated_and_replayed_chunks_still_make_the_exact_file(tmp_path, server):
    store, client, faults, case = setup(tmp_path, server)
    data, sha, doc = add_document(store, case, 5 * CHUNK + 1234)
    faults.add("corrupt", "/blobs/", skip=1)
    faults.add("truncate", "/blobs/", skip=1)
    faults.add("duplicate", "/blobs/", skip=1)
    report = client.sync()
    assert report.ok and report.uploads["completed"] == 1 and not report.uploads["failed"]
    assert hashlib.sha256(server_file(server, sha)).hexdigest() == sha
    assert store.get("documents", doc["id"])["server_version"] == 1  # pushed after the file
    # A damaged and a cut chunk cost one resend each; the replay only its duplicate.
    assert faults.patch_bytes() <= len(data) + 2 * CHUNK + CHUNK // 2 + CHUNK


def test_a_cut_at_half_resumes_with_at_most_one_chunk_again(tmp_path, server):
    store, client, faults, case = setup(tmp_path, server)
    data, sha, doc = add_document(store, case, 8 * CHUNK)
    faults.add("drop_response", "/blobs/", skip=4)  # the 4th chunk lands, its answer is lost
    with pytest.raises(SyncError):
        client.sync()
    assert store.get("documents", doc["id"])["server_version"] == 0  # waits for its file
    done, total = client.blobs.progress()
    assert total == len(data) and 0 < done < total
    report = client.sync()
    assert report.uploads["completed"] == 1
    assert faults.patch_bytes() - len(data) <= CHUNK
    assert hashlib.sha256(server_file(server, sha)).hexdigest() == sha
    assert store.get("documents", doc["id"])["server_version"] == 1


def test_metered_link_defers_large_files_and_their_records(tmp_path, server):
    store, client, _, case = setup(tmp_path, server, metered=True)
    client.blobs.metered_max_bytes = CHUNK
    _, small_sha, small = add_document(store, case, CHUNK // 2)
    _, big_sha, big = add_document(store, case, 3 * CHUNK)
    report = client.sync()
    assert report.uploads["deferred"] == 1 and report.held_for_upload == 1
    assert server_file(server, small_sha) is not None and server_file(server, big_sha) is None
    assert store.get("documents", small["id"])["server_version"] == 1
    assert store.get("documents", big["id"])["server_version"] == 0
    assert client.status(online=True).uploading_total_bytes == 3 * CHUNK
    client.blobs.metered = False
    assert client.sync().applied == 1
    assert store.get("documents", big["id"])["server_version"] == 1


def test_pulled_documents_bring_their_files_verified(tmp_path, server):
    store, client, _, case = setup(tmp_path, server)
    data, sha, _ = add_document(store, case, CHUNK + 5)
    client.sync()
    other = open_client_store(tmp_path / "laptop")
    laptop = logged_in_client(other, server.base_url, "clerk_a")
    report = laptop.sync()
    assert report.downloads >= 1  # earlier tests' cases of this user come along too
    assert BlobStore(other).read_bytes(sha) == data


def test_a_download_damaged_on_the_way_is_not_kept_and_the_next_round_fetches_it(
        tmp_path, server):
    store, client, _, case = setup(tmp_path, server)
    data, sha, _ = add_document(store, case, 3 * CHUNK + 7)
    client.sync()
    faults = FaultyTransport()
    other = open_client_store(tmp_path / "laptop")
    laptop = logged_in_client(other, server.base_url, "clerk_a", transport=faults)
    faults.add("corrupt_response", f"/blobs/{sha}")
    with pytest.raises(SyncError, match="different hash"):
        laptop.sync()
    assert not BlobStore(other).has(sha)
    assert not list((other.directory / "blobs").rglob("*.part"))  # no half file left
    laptop.sync()
    assert BlobStore(other).read_bytes(sha) == data


def test_large_downloads_stream_into_the_store_without_being_held_whole(tmp_path, server):
    import tracemalloc

    store, client, _, case = setup(tmp_path, server)
    size = 24 * 1024 * 1024 + 11
    data, sha, _ = add_document(store, case, size)
    client.sync()
    del data
    other = open_client_store(tmp_path / "laptop")
    laptop = logged_in_client(other, server.base_url, "clerk_a")
    tracemalloc.start()
    try:
        fetched = laptop.blobs.download(sha)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert fetched == size
    assert peak < size // 4, f"peak {peak / 2**20:.1f} MiB for a {size / 2**20:.0f} MiB file"
    digest = hashlib.sha256()
    for piece in BlobStore(other).stream(sha):
        digest.update(piece)
    assert digest.hexdigest() == sha



def test_a_file_another_account_of_this_pc_sent_is_sent_again_for_this_one(tmp_path, server):
    """The server lets a record name a file only when its pusher sent the bytes (a hash is
    not enough). A second account on the same PC filing the same document in its own case is
    told so, sends the file once more at the next round, and its record goes through."""
    store, client, _, case = setup(tmp_path, server)
    data, sha, _ = add_document(store, case, 2 * CHUNK + 11)
    assert client.sync().ok and client.blobs.complete_set() == {sha}
    client.close()

    presiding_client = logged_in_client(store, server.base_url, "presiding_a", chunk_size=CHUNK)
    presiding = adopt(store, presiding_client, "presiding_a")
    own_case = CaseBook(store, presiding).create_case(f"(2025)P{os.urandom(3).hex()}", "另案")
    BlobStore(store).put_bytes(data, "application/pdf")  # the same bytes, stored once here
    doc = store.save("documents", {"case_id": own_case["id"], "title": "同一份证据",
                                   "blob_sha256": sha, "size_bytes": len(data)},
                     actor="presiding_a")
    first = presiding_client.sync()
    assert first.retry_later == 1 and store.get("documents", doc["id"])["server_version"] == 0
    second = presiding_client.sync()
    assert second.uploads["completed"] == 1 and second.uploads["bytes_sent"] == len(data)
    assert store.get("documents", doc["id"])["server_version"] == 1
    assert presiding_client.sync().ok
    presiding_client.close()
