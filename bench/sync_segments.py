"""Push 10 000 transcript segments to a loopback case server on SQLite, then pull them
into a second store. Goals: push <= 10 s, pull <= 10 s.

Run: .venv/bin/python bench/sync_segments.py [N]
"""

from __future__ import annotations

import shutil
import sys
import time

from _sync_common import PASSWORD, LoopbackServer, client_store, tempdir


def main(n: int = 10_000) -> None:
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.casebook import CaseBook

    root = tempdir()
    server = LoopbackServer(root / "server").start()
    try:
        store, SyncClient = client_store(root / "a")
        client = SyncClient(store, server.url)
        client.session.login("clerk", PASSWORD)
        user = AccountBook(store).adopt_server_account(client.session.user, PASSWORD)
        case = CaseBook(store, user).create_case("(2025)B1", "bench")
        hearing = store.save("hearings", {"case_id": case["id"], "title": "庭审"},
                             actor="clerk")
        client.sync()
        rows = [{"hearing_id": hearing["id"], "channel": i % 4, "speaker_role": "judge",
                 "start_ms": i * 1000, "end_ms": i * 1000 + 900,
                 "words": '[{"w":"原告","s":0.1,"e":0.4,"c":0.93}]',
                 "asr_text": f"第{i}句 原告陈述事实与理由"} for i in range(n)]
        for start in range(0, n, 500):  # as the recognizer appends them, in batches
            store.append_many("segments", rows[start:start + 500], actor="clerk",
                              action="segments.add")
        started = time.perf_counter()
        report = client.push()
        push_s = time.perf_counter() - started
        assert report.applied == n, report

        other, _ = client_store(root / "b")
        puller = SyncClient(other, server.url)
        puller.session.login("clerk", PASSWORD)
        started = time.perf_counter()
        pulled = puller.pull()
        pull_s = time.perf_counter() - started
        got = other.conn.execute("SELECT count(*) FROM segments").fetchone()[0]
        assert got == n, got
        print(f"segments: {n}")
        print(f"push: {push_s:.2f} s  ({n / push_s:.0f} segments/s)  goal <= 10 s  "
              f"{'OK' if push_s <= 10 else 'OVER'}")
        print(f"pull: {pull_s:.2f} s  ({pulled.pulled / pull_s:.0f} changes/s)  goal <= 10 s  "
              f"{'OK' if pull_s <= 10 else 'OVER'}")
        store.close()
        other.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
