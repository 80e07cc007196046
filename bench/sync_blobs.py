"""Blob upload throughput: courtdesk's resumable, checksummed upload (the encrypted local
blob decrypted chunk by chunk, progress tracked in the store) against a bare httpx upload
of the same amount of bytes to the same server (the case server as its own process on
127.0.0.1), with the same chunk size, the same per-chunk checksum header and one
``httpx.Client``. Each round uploads new random bytes on both sides, alternating which side
goes first; medians are compared. Goal: throughput ratio >= 0.7. Then a cut at 50%: bytes
sent again <= one chunk. Takes about a minute with the defaults.

Run: .venv/bin/python bench/sync_blobs.py [--mib 64] [--rounds 5] [--chunk-mib 4]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import shutil
import time

import httpx
from _sync_common import PASSWORD, LoopbackServer, client_store, median, tempdir


def bare_upload(http: httpx.Client, data: bytes, chunk: int) -> float:
    sha = hashlib.sha256(data).hexdigest()
    started = time.perf_counter()
    http.post("/blobs", json={"sha256": sha, "size": len(data)}).raise_for_status()
    offset = 0
    while offset < len(data):
        part = data[offset:offset + chunk]
        digest = base64.b64encode(hashlib.sha256(part).digest()).decode()
        r = http.patch(f"/blobs/{sha}", content=part, headers={
            "Upload-Offset": str(offset), "Upload-Checksum": f"sha256 {digest}"})
        assert r.status_code == 204, r.text
        offset += len(part)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=64, help="size of each uploaded file")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chunk-mib", type=float, default=None,
                        help="chunk size of both sides (default: courtdesk's)")
    args = parser.parse_args()

    from courtdesk.offline_cache.blobs import BlobStore
    from courtdesk.offline_cache.sync_blobs import DEFAULT_CHUNK
    from courtdesk.offline_cache.sync_transport import SyncError

    CHUNK = int(args.chunk_mib * 2**20) if args.chunk_mib else DEFAULT_CHUNK
    mib = args.mib
    root = tempdir()
    server = LoopbackServer(root / "server").start()
    try:
        store, SyncClient = client_store(root / "a")
        client = SyncClient(store, server.url, chunk_size=CHUNK)
        saved, _ = client.session.login("clerk", PASSWORD)
        http = httpx.Client(base_url=server.url, timeout=120,
                            headers={"Authorization": f"Bearer {saved.token}"})
        size = mib * 2**20
        times = {"courtdesk": [], "bare": []}
        print(f"blob: {mib} MiB, chunk {CHUNK / 2**20:g} MiB both sides, "
              f"{args.rounds} alternating rounds")
        for round_no in range(args.rounds):
            ours = os.urandom(size)
            sha = BlobStore(store).put_bytes(ours)  # not timed: the clerk's import did it
            bare = os.urandom(size)
            order = ("courtdesk", "bare") if round_no % 2 == 0 else ("bare", "courtdesk")
            for side in order:
                if side == "courtdesk":
                    started = time.perf_counter()
                    client.blobs.upload(sha, size)
                    times[side].append(time.perf_counter() - started)
                else:
                    times[side].append(bare_upload(http, bare, CHUNK))
            print(f"  round {round_no + 1}: courtdesk {times['courtdesk'][-1]:.2f} s, "
                  f"bare {times['bare'][-1]:.2f} s")
        http.close()
        ours_s, bare_s = median(times["courtdesk"]), median(times["bare"])
        ratio = bare_s / ours_s  # throughput courtdesk / bare
        print(f"courtdesk: {ours_s:.2f} s ({size / ours_s / 2**20:.0f} MiB/s)")
        print(f"bare httpx: {bare_s:.2f} s ({size / bare_s / 2**20:.0f} MiB/s)")
        print(f"ratio app/raw = {ratio:.2f} (throughput, medians)  goal >= 0.7  "
              f"{'OK' if ratio >= 0.7 else 'LOW'}")

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
    main()
