"""Push 10 000 transcript segments to the case server (its own process on 127.0.0.1, on
SQLite), then pull them into a fresh store: courtdesk's sync client against a bare httpx
client sending the same rows in the same batches to the same server. Goals: courtdesk's
push <= 10 s, pull <= 10 s.

courtdesk: ``SyncClient.push`` from the encrypted store's outbox (marking rows in flight,
applying the per-change results), ``SyncClient.pull(case_id=...)`` into a new store.
Bare: the same segment payloads (new ids, a hearing of their own) posted to ``/sync/push``
in batches of the same size with one ``httpx.Client``, results only parsed; the pull reads
the same case's pages and keeps nothing. The server's work is in both, so the ratio is the
client's cost; each round pushes a new hearing, the sides alternate which goes first, and
the medians are compared. Takes about 2 minutes with the defaults.

    python bench/sync_segments.py [--segments 10000] [--rounds 3] [--profile-client out.prof]

``COURTDESK_BENCH_PROFILE_SERVER=server.svg`` runs the server under py-spy.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time

import httpx
from _sync_common import PASSWORD, LoopbackServer, client_store, median, tempdir


def segment_rows(hearing_id: str, n: int) -> list[dict]:
    return [{"hearing_id": hearing_id, "channel": i % 4, "speaker_role": "judge",
             "start_ms": i * 1000, "end_ms": i * 1000 + 900,
             "words": '[{"w":"原告","s":0.1,"e":0.4,"c":0.93}]',
             "asr_text": f"第{i}句 原告陈述事实与理由"} for i in range(n)]


def new_hearing(store, client, user) -> tuple[str, str]:
    """A case and a hearing, synced (not timed), for one side's round."""
    from courtdesk.app.casebook import CaseBook

    case = CaseBook(store, user).create_case(f"(2025)B{time.monotonic_ns()}", "bench")
    hearing = store.save("hearings", {"case_id": case["id"], "title": "庭审"}, actor="clerk")
    client.sync(download_documents=False)
    return case["id"], hearing["id"]


def bare_batches(store, hearing_id: str, batch: int) -> list[dict]:
    """The outbox rows courtdesk is about to push, as the same changes for another hearing
    (new change and record ids), in the same batches."""
    from courtdesk.common.ids import new_id

    rows = store.query("SELECT record_type, op, base_version, author, payload FROM outbox "
                       "WHERE state = 'pending' AND record_type = 'segments' ORDER BY seq")
    changes = []
    for row in rows:
        record_id = new_id()
        payload = {**json.loads(row["payload"]), "id": record_id, "hearing_id": hearing_id}
        changes.append({"change_id": new_id(), "record_type": row["record_type"],
                        "record_id": record_id, "op": row["op"],
                        "base_version": row["base_version"], "author": row["author"],
                        "payload": payload})
    return [{"client_id": "bench-bare", "changes": changes[i:i + batch]}
            for i in range(0, len(changes), batch)]


def bare_push(http: httpx.Client, bodies: list[dict]) -> int:
    applied = 0
    for body in bodies:
        response = http.post("/sync/push", json=body)
        response.raise_for_status()
        applied += sum(r["status"] == "applied" for r in response.json()["results"])
    return applied


def bare_pull(http: httpx.Client, case_id: str, page: int) -> int:
    cursor, got = 0, 0
    while True:
        response = http.get("/sync/pull", params={"cursor": cursor, "limit": page,
                                                   "case_id": case_id})
        response.raise_for_status()
        data = response.json()
        got += len(data["changes"])
        cursor = data["next_cursor"]
        if not data["has_more"]:
            return got


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile-client", metavar="OUT.prof",
                        help="cProfile courtdesk's timed pushes into this file")
    args = parser.parse_args()

    from courtdesk.app.accounts import AccountBook
    from courtdesk.offline_cache.sync_client import PULL_PAGE, PUSH_BATCH

    n = args.segments
    root = tempdir()
    server = LoopbackServer(root / "server").start()
    profiler = None
    if args.profile_client:
        import cProfile

        profiler = cProfile.Profile()
    try:
        store, SyncClient = client_store(root / "a")
        client = SyncClient(store, server.url)
        saved, _ = client.session.login("clerk", PASSWORD)
        user = AccountBook(store).adopt_server_account(client.session.user, PASSWORD)
        http = httpx.Client(base_url=server.url, timeout=120,
                            headers={"Authorization": f"Bearer {saved.token}"})
        push = {"courtdesk": [], "bare": []}
        pull = {"courtdesk": [], "bare": []}
        print(f"{n} segments in pushes of {PUSH_BATCH}, pulls of {PULL_PAGE}; "
              f"{args.rounds} alternating rounds")
        for round_no in range(args.rounds):
            case_id, hearing_id = new_hearing(store, client, user)
            _, bare_hearing = new_hearing(store, client, user)
            for start in range(0, n, 500):  # as the recognizer appends them, in batches
                store.append_many("segments", segment_rows(hearing_id, n)[start:start + 500],
                                  actor="clerk", action="segments.add")
            bodies = bare_batches(store, bare_hearing, PUSH_BATCH)
            order = ("courtdesk", "bare") if round_no % 2 == 0 else ("bare", "courtdesk")
            for side in order:
                started = time.perf_counter()
                if side == "courtdesk":
                    if profiler:
                        profiler.enable()
                    report = client.push()
                    if profiler:
                        profiler.disable()
                    applied = report.applied
                else:
                    applied = bare_push(http, bodies)
                push[side].append(time.perf_counter() - started)
                assert applied == n, (side, applied)
            # The pull: this round's case into a new store, against the same pages bare.
            other, _ = client_store(root / f"pull-{round_no}")
            puller = SyncClient(other, server.url)
            puller.session.tokens.save(saved)
            for side in order:
                started = time.perf_counter()
                got = (puller.pull(case_id=case_id).pulled if side == "courtdesk"
                       else bare_pull(http, case_id, PULL_PAGE))
                pull[side].append(time.perf_counter() - started)
                assert got >= n, (side, got)
            other.close()
            print(f"  round {round_no + 1}: push courtdesk {push['courtdesk'][-1]:.2f} s, "
                  f"bare {push['bare'][-1]:.2f} s; pull courtdesk {pull['courtdesk'][-1]:.2f} s,"
                  f" bare {pull['bare'][-1]:.2f} s")
        store.close()
        http.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    if profiler:
        profiler.dump_stats(args.profile_client)
    app_push, bare_push_s = median(push["courtdesk"]), median(push["bare"])
    app_pull, bare_pull_s = median(pull["courtdesk"]), median(pull["bare"])
    print(f"push (median): courtdesk {app_push:.2f} s ({n / app_push:.0f} segments/s), "
          f"bare httpx {bare_push_s:.2f} s; goal <= 10 s "
          f"{'OK' if app_push <= 10 else 'OVER'}")
    print(f"pull (median): courtdesk {app_pull:.2f} s, bare httpx {bare_pull_s:.2f} s; "
          f"goal <= 10 s {'OK' if app_pull <= 10 else 'OVER'}")
    print(f"ratio app/raw = {app_push / bare_push_s:.2f} (push time)  "
          f"{app_pull / bare_pull_s:.2f} (pull time)")


if __name__ == "__main__":
    main()
