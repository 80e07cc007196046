"""Blob upload throughput: courtdesk's resumable, checksummed upload (encrypted local blob
decrypted chunk by chunk) vs a bare httpx upload of the same bytes to the same server in
one PATCH per 16 MiB. Goal: ratio >= 0.7. Then a cut at 50%: bytes sent again <= one chunk.

Run: .venv/bin/python bench/sync_blobs.py [MiB]
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import sys
import time

import httpx
from _sync_common import PASSWORD, LoopbackServer, client_store, tempdir

CHUNK = 4 * 2**20


def bare_upload(url: str, token: str, data: bytes) -> float:
    sha = hashlib.sha256(data).hexdigest()
    headers = {"Authorization": f"Bearer {token}"}
    started = time.perf_counter()
    with httpx.Client(base_url=url, timeout=120) as http:
        http.post("/blobs", headers=headers, json={"sha256": sha, "size": len(data)})
        offset, step = 0, 16 * 2**20
        while offset < len(data):
            part = data[offset:offset + step]
            digest = base64.b64encode(hashlib.sha256(part).digest()).decode()
            r = http.patch(f"/blobs/{sha}", content=part, headers={
                **headers, "Upload-Offset": str(offset), "Upload-Checksum": f"sha256 {digest}"})
            assert r.status_code == 204, r.text
            offset += len(part)
    return time.perf_counter() - started


def main(mib: int = 64) -> None:
    from courtdesk.offline_cache.blobs import BlobStore
    from courtdesk.offline_cache.sync_transport import SyncError

    root = tempdir()
    server = LoopbackServer(root / "server").start()
    try:
        store, SyncClient = client_store(root / "a")
        client = SyncClient(store, server.url, chunk_size=CHUNK)
        saved, _ = client.session.login("clerk", PASSWORD)
        size = mib * 2**20
        ours = os.urandom(size)
        bare = os.urandom(size)
        sha = BlobStore(store).put_bytes(ours)
        started = time.perf_counter()
        client.blobs.upload(sha, size)
        ours_s = time.perf_counter() - started
        bare_s = bare_upload(server.url, saved.token, bare)
        ratio = (size / ours_s) / (size / bare_s)
        print(f"blob: {mib} MiB, courtdesk chunk {CHUNK // 2**20} MiB")
        print(f"courtdesk: {ours_s:.2f} s ({size / ours_s / 2**20:.0f} MiB/s)")
        print(f"bare httpx: {bare_s:.2f} s ({size / bare_s / 2**20:.0f} MiB/s)")
        print(f"ratio courtdesk/bare: {ratio:.2f}  goal >= 0.7  {'OK' if ratio >= 0.7 else 'LOW'}")

        # A cut at 50%: the connection dies on the chunk that crosses half the file.
        cut = os.urandom(size)
        cut_sha = BlobStore(store).put_bytes(cut)
        sent = {"bytes": 0, "patches": 0}
        half_patches = (size // 2) // CHUNK

        class Cut(httpx.HTTPTransport):
            def handle_request(self, request):
                if request.method == "PATCH":
                    request.read()
                    sent["bytes"] += len(request.content)
                    sent["patches"] += 1
                    if sent["patches"] == half_patches + 1 and not sent.get("cut"):
                        sent["cut"] = True
                        raise httpx.WriteError("cut", request=request)
                return super().handle_request(request)

        cut_client = SyncClient(store, server.url, chunk_size=CHUNK, transport=Cut())
        cut_client.session.tokens.save(saved)
        try:
            cut_client.blobs.upload(cut_sha, size)
        except SyncError:
            pass
        cut_client.blobs.upload(cut_sha, size)
        resent = sent["bytes"] - size
        print(f"cut at 50%: bytes sent {sent['bytes']} for {size}; re-sent {resent} "
              f"(one chunk = {CHUNK})  {'OK' if resent <= CHUNK else 'OVER'}")
        store.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 64)
