"""Files follow (case, record), never the hash alone: the attacks of a court's security review,
against the real server on loopback, on SQLite and on PostgreSQL.

Hashes are not secret (laptop file names, audit entries), so knowing one must give nothing: a
record may name a file only when its pusher sent the bytes (or its own case already holds the
file where the pusher may read it), a download goes only through a record the caller may read,
and for a file the caller may not read every blob route answers as for a file that does not
exist.
"""

from __future__ import annotations

import hashlib
import os

import httpx
import pytest
from server_kit import Api, ServerProcess, change, chunk_checksum, hearing_row, new_id, seed

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def server(db_url, tmp_path):
    seeded = seed(db_url)
    process = ServerProcess(tmp_path / "server-data", db_url).start()
    process.seed = seeded
    yield process
    process.stop()


def upload(http, api: Api, data: bytes, chunk: int = 64 * 1024) -> str:
    """The whole file, as the client sends it: create, then checksummed chunks."""
    sha = hashlib.sha256(data).hexdigest()
    created = http.post("/blobs", headers=api.headers, json={"sha256": sha, "size": len(data)})
    assert created.status_code in (200, 201), created.text
    offset = created.json()["offset"]
    while offset < len(data):
        piece = data[offset:offset + chunk]
        response = http.patch(f"/blobs/{sha}", content=piece, headers={
            **api.headers, "Upload-Offset": str(offset), "Upload-Checksum": chunk_checksum(piece),
            "Content-Type": "application/offset+octet-stream"})
        assert response.status_code == 204, response.text
        offset = int(response.headers["Upload-Offset"])
    return sha


def document(case_id: str, sha: str) -> dict:
    return {"id": new_id(), "case_id": case_id, "title": "卷一", "blob_sha256": sha, "volume": 1}


def recording_with_chunk(hearing_id: str, sha: str) -> tuple[dict, dict]:
    recording = {"id": new_id(), "hearing_id": hearing_id, "channel": 0, "speaker_role": "judge",
                 "sample_rate": 16000, "state": "recording",
                 "started_at": "2025-05-01T09:00:00Z", "frames": 0}
    chunk = {"id": new_id(), "recording_id": recording["id"], "seq": 0, "start_frame": 0,
             "frames": 16000, "sha256": sha}
    return recording, chunk


def test_a_hash_from_another_court_reaches_nothing(server):
    with server.client() as http:
        clerk_a, clerk_b = Api(http, "clerk_a"), Api(http, "clerk_b")
        case_a, _ = clerk_a.new_case()
        secret = os.urandom(50_000)
        sha = upload(http, clerk_a, secret)
        [filed] = clerk_a.push(change("documents", document(case_a["id"], sha)))
        assert filed["status"] == "applied"
        assert http.get(f"/blobs/{sha}", headers=clerk_a.headers).content == secret

        # Court B's clerk names the hash in a recording chunk of their own case.
        case_b, _ = clerk_b.new_case()
        hearing_b = hearing_row(case_b["id"])
        recording, chunk = recording_with_chunk(hearing_b["id"], sha)
        results = clerk_b.push(change("hearings", hearing_b), change("recordings", recording),
                               change("recording_chunks", chunk),
                               change("documents", document(case_b["id"], sha)))
        assert [r["status"] for r in results[:2]] == ["applied", "applied"]
        for refused in results[2:]:
            assert refused["status"] == "rejected" and refused["code"] == "blob_not_uploaded"
            assert refused["retryable"] and "upload it" in refused["reason"]
        download = http.get(f"/blobs/{sha}", headers=clerk_b.headers)
        assert download.status_code == 404 and secret not in download.content
        # Starting an upload of it (without the bytes) does not help either.
        started = http.post("/blobs", headers=clerk_b.headers,
                            json={"sha256": sha, "size": len(secret)})
        assert started.status_code == 201 and started.json()["offset"] == 0
        assert not started.json()["complete"]
        [again] = clerk_b.push(change("documents", document(case_b["id"], sha)))
        assert again["status"] == "rejected" and again["code"] == "blob_incomplete"
        assert http.get(f"/blobs/{sha}", headers=clerk_b.headers).status_code == 404
        # Nor does the same hash in a hearing's audio field.
        [audio] = clerk_b.push(change("hearings", {**hearing_row(case_b["id"]),
                                                   "audio_blob": sha}))
        assert audio["status"] == "rejected"
        assert http.get(f"/blobs/{sha}", headers=clerk_b.headers).status_code == 404
        rows, _ = clerk_b.pull_all()
        assert sha not in str(rows)


def test_a_clerk_cannot_reach_the_deliberation_audio_of_their_own_case(server):
    with server.client() as http:
        clerk, judge = Api(http, "clerk_a"), Api(http, "judge_a")
        case, _ = clerk.new_case()
        clerk.add_member(case["id"], judge.user_id, "judge")
        audio = os.urandom(40_000)
        sha = upload(http, judge, audio)
        deliberation = {**hearing_row(case["id"], deliberation=True), "audio_blob": sha}
        [held] = judge.push(change("hearings", deliberation))
        assert held["status"] == "applied"
        assert http.get(f"/blobs/{sha}", headers=judge.headers).content == audio
        assert http.get(f"/blobs/{sha}", headers=clerk.headers).status_code == 404

        # The clerk files a recording chunk in an open hearing of the same case naming it.
        hearing = hearing_row(case["id"])
        recording, chunk = recording_with_chunk(hearing["id"], sha)
        results = clerk.push(change("hearings", hearing), change("recordings", recording),
                             change("recording_chunks", chunk))
        assert results[2]["status"] == "rejected"
        assert results[2]["code"] == "blob_not_uploaded"
        assert http.get(f"/blobs/{sha}", headers=clerk.headers).status_code == 404
        assert http.head(f"/blobs/{sha}", headers=clerk.headers).status_code == 404
        # The presiding judge, who reads it through the deliberation (without having sent
        # it), may file it again in the case: the case holds it where they may read it.
        presiding = Api(http, "presiding_a")
        clerk.add_member(case["id"], presiding.user_id, "presiding_judge")
        again = hearing_row(case["id"])
        recording, chunk = recording_with_chunk(again["id"], sha)
        results = presiding.push(change("hearings", again), change("recordings", recording),
                                 change("recording_chunks", chunk))
        assert [r["status"] for r in results] == ["applied"] * 3


def test_the_same_bytes_uploaded_for_another_court_work_only_by_sending_them(server):
    """Dedup stays inside the server: court B's copy of a public document is uploaded in
    full like any new file, then filed and read in court B's case."""
    with server.client() as http:
        clerk_a, clerk_b = Api(http, "clerk_a"), Api(http, "clerk_b")
        case_a, _ = clerk_a.new_case()
        law = os.urandom(200_000)
        sha = upload(http, clerk_a, law)
        clerk_a.push(change("documents", document(case_a["id"], sha)))

        case_b, _ = clerk_b.new_case()
        created = http.post("/blobs", headers=clerk_b.headers,
                            json={"sha256": sha, "size": len(law)})
        assert created.status_code == 201 and created.json() == {
            "sha256": sha, "size": len(law), "offset": 0, "complete": False}
        assert upload(http, clerk_b, law) == sha
        [filed] = clerk_b.push(change("documents", document(case_b["id"], sha)))
        assert filed["status"] == "applied"
        assert http.get(f"/blobs/{sha}", headers=clerk_b.headers).content == law
        assert http.get(f"/blobs/{sha}", headers=clerk_a.headers).content == law
    stored = list((server.data_dir / "blobs").glob(f"??/{sha}"))
    assert len(stored) == 1 and not list((server.data_dir / "blobs" / "partial").iterdir())


def _shape(response: httpx.Response, sha: str) -> tuple:
    """What a caller can observe of an answer, with the file's hash written as <sha>."""
    headers = {k: v.replace(sha, "<sha>") for k, v in response.headers.items()
               if k not in ("date",)}
    return response.status_code, headers, response.content.replace(sha.encode(), b"<sha>")


def _probe(http, api: Api, sha: str, size: int) -> list[tuple]:
    """Every blob route, as someone without the file's bytes would call it."""
    guess = os.urandom(size // 2)
    answers = [http.head(f"/blobs/{sha}", headers=api.headers),
               http.get(f"/blobs/{sha}", headers=api.headers),
               http.patch(f"/blobs/{sha}", content=guess, headers={
                   **api.headers, "Upload-Offset": "0",
                   "Upload-Checksum": chunk_checksum(guess)}),
               http.post("/blobs", headers=api.headers, json={"sha256": sha, "size": size + 1}),
               http.post("/blobs", headers=api.headers, json={"sha256": sha, "size": size}),
               http.head(f"/blobs/{sha}", headers=api.headers),
               http.patch(f"/blobs/{sha}", content=guess, headers={
                   **api.headers, "Upload-Offset": "5",
                   "Upload-Checksum": chunk_checksum(guess)}),
               http.patch(f"/blobs/{sha}", content=guess, headers={
                   **api.headers, "Upload-Offset": "0",
                   "Upload-Checksum": chunk_checksum(guess)}),
               http.get(f"/blobs/{sha}", headers=api.headers),
               http.head(f"/blobs/{sha}", headers=api.headers)]
    return [_shape(a, sha) for a in answers]


def test_every_blob_route_answers_for_an_unreadable_file_as_for_none(server):
    with server.client() as http:
        clerk_a, judge_a, clerk_b = (Api(http, "clerk_a"), Api(http, "judge_a"),
                                     Api(http, "clerk_b"))
        case, _ = clerk_a.new_case()
        clerk_a.add_member(case["id"], judge_a.user_id, "judge")
        size = 30_000
        court_file = upload(http, clerk_a, os.urandom(size))
        clerk_a.push(change("documents", document(case["id"], court_file)))
        audio = upload(http, judge_a, os.urandom(size))
        judge_a.push(change("hearings", {**hearing_row(case["id"], deliberation=True),
                                         "audio_blob": audio}))
        half_sent = os.urandom(size)  # an upload court A started and never finished
        half_sha = hashlib.sha256(half_sent).hexdigest()
        http.post("/blobs", headers=clerk_a.headers, json={"sha256": half_sha, "size": size})
        http.patch(f"/blobs/{half_sha}", content=half_sent[:1000], headers={
            **clerk_a.headers, "Upload-Offset": "0",
            "Upload-Checksum": chunk_checksum(half_sent[:1000])})

        for api, sha in ((clerk_b, court_file), (clerk_b, audio), (clerk_b, half_sha),
                         (clerk_a, audio)):
            unknown = hashlib.sha256(os.urandom(32)).hexdigest()
            assert _probe(http, api, sha, size) == _probe(http, api, unknown, size), (
                api.username)
        # What clerk_b sees is their own upload (of the size they claimed), not court A's.
        head = http.head(f"/blobs/{court_file}", headers=clerk_b.headers)
        assert head.status_code == 200 and head.headers["Upload-Length"] == str(size + 1)
