"""Blobs: resumable, checksummed chunk uploads, verified as a whole, downloaded by members."""

from __future__ import annotations

import hashlib
import os

from server_kit import change, chunk_checksum, hearing_row, new_id

CHUNK = 64 * 1024


def _create(env, api, data: bytes, sha: str | None = None):
    sha = sha or hashlib.sha256(data).hexdigest()
    return sha, env.http.post("/blobs", headers=api.headers,
                              json={"sha256": sha, "size": len(data)})


def _patch(env, api, sha: str, offset: int, chunk: bytes, checksum: str | None = None):
    return env.http.patch(f"/blobs/{sha}", content=chunk, headers={
        **api.headers, "Upload-Offset": str(offset),
        "Upload-Checksum": checksum or chunk_checksum(chunk),
        "Content-Type": "application/offset+octet-stream"})


def _offset(env, api, sha: str) -> int:
    response = env.http.head(f"/blobs/{sha}", headers=api.headers)
    assert response.status_code == 200
    return int(response.headers["Upload-Offset"])


def _download_through_a_record(env, api, sha: str) -> bytes:
    """A file is read only through a record of a case: file it in a new case, fetch it."""
    case, _ = api.new_case()
    document = {"id": new_id(), "case_id": case["id"], "title": "卷一", "blob_sha256": sha,
                "volume": 1}
    [pushed] = api.push(change("documents", document))
    assert pushed["status"] == "applied", pushed
    response = env.http.get(f"/blobs/{sha}", headers=api.headers)
    assert response.status_code == 200, response.text
    return response.content


def _upload_from(env, api, sha: str, data: bytes, offset: int) -> None:
    while offset < len(data):
        piece = data[offset:offset + CHUNK]
        response = _patch(env, api, sha, offset, piece)
        assert response.status_code == 204, response.text
        offset = int(response.headers["Upload-Offset"])


def test_an_interrupted_upload_resumes_where_the_server_stands(env):
    clerk = env.api("clerk_a")
    data = os.urandom(5 * CHUNK + 123)
    sha, created = _create(env, clerk, data)
    assert created.status_code == 201 and created.json()["offset"] == 0
    for n in range(2):
        assert _patch(env, clerk, sha, n * CHUNK, data[n * CHUNK:(n + 1) * CHUNK]
                      ).status_code == 204
    # The laptop lost the network here; later it asks where to go on.
    assert _offset(env, clerk, sha) == 2 * CHUNK
    again = env.http.post("/blobs", headers=clerk.headers, json={"sha256": sha,
                                                                 "size": len(data)})
    assert again.status_code == 200 and again.json()["offset"] == 2 * CHUNK
    _upload_from(env, clerk, sha, data, _offset(env, clerk, sha))
    assert env.http.post("/blobs", headers=clerk.headers,
                         json={"sha256": sha, "size": len(data)}).json()["complete"]
    assert _download_through_a_record(env, clerk, sha) == data


def test_a_corrupt_chunk_is_refused_and_changes_nothing(env):
    clerk = env.api("clerk_a")
    data = os.urandom(2 * CHUNK)
    sha, _ = _create(env, clerk, data)
    first = data[:CHUNK]
    damaged = bytes([first[0] ^ 0xFF]) + first[1:]
    response = _patch(env, clerk, sha, 0, damaged, checksum=chunk_checksum(first))
    assert response.status_code == 460 and response.json()["code"] == "checksum_mismatch"
    assert _offset(env, clerk, sha) == 0
    # A chunk cut short in transit fails its checksum the same way.
    short = _patch(env, clerk, sha, 0, first[:1000], checksum=chunk_checksum(first))
    assert short.status_code == 460
    assert _offset(env, clerk, sha) == 0
    _upload_from(env, clerk, sha, data, 0)
    assert _download_through_a_record(env, clerk, sha) == data


def test_a_replayed_chunk_is_409_with_the_real_offset_and_is_not_written_twice(env):
    clerk = env.api("clerk_a")
    data = os.urandom(3 * CHUNK)
    sha, _ = _create(env, clerk, data)
    assert _patch(env, clerk, sha, 0, data[:CHUNK]).status_code == 204
    replay = _patch(env, clerk, sha, 0, data[:CHUNK])  # the response to the first was lost
    assert replay.status_code == 409 and replay.headers["Upload-Offset"] == str(CHUNK)
    ahead = _patch(env, clerk, sha, 2 * CHUNK, data[2 * CHUNK:])
    assert ahead.status_code == 409 and ahead.headers["Upload-Offset"] == str(CHUNK)
    _upload_from(env, clerk, sha, data, CHUNK)
    assert _download_through_a_record(env, clerk, sha) == data
    done = _patch(env, clerk, sha, 2 * CHUNK, data[2 * CHUNK:])  # replay of the last one
    assert done.status_code == 409 and done.headers["Upload-Offset"] == str(len(data))


def test_a_file_whose_whole_hash_differs_is_reset_not_kept(env):
    clerk = env.api("clerk_a")
    data = os.urandom(2 * CHUNK)
    other = os.urandom(len(data))
    sha = hashlib.sha256(data).hexdigest()
    _create(env, clerk, data)
    assert _patch(env, clerk, sha, 0, other[:CHUNK]).status_code == 204
    last = _patch(env, clerk, sha, CHUNK, other[CHUNK:])
    assert last.status_code == 422 and last.json()["code"] == "hash_mismatch"
    assert last.headers["Upload-Offset"] == "0"
    assert _offset(env, clerk, sha) == 0
    assert env.http.get(f"/blobs/{sha}", headers=clerk.headers).status_code == 404
    _upload_from(env, clerk, sha, data, 0)
    assert _download_through_a_record(env, clerk, sha) == data


def test_bad_requests_are_4xx(env):
    clerk = env.api("clerk_a")
    data = os.urandom(100)
    sha, _ = _create(env, clerk, data)
    assert _patch(env, clerk, sha, 0, data + b"more").status_code == 400  # past the size
    missing = env.http.patch(f"/blobs/{sha}", content=data,
                             headers={**clerk.headers, "Upload-Offset": "0"})
    assert missing.status_code == 400 and missing.json()["code"] == "checksum_missing"
    assert _patch(env, clerk, sha, 0, data, checksum="md5 abc").status_code == 400
    assert _patch(env, clerk, "f" * 64, 0, data).status_code == 404
    assert env.http.post("/blobs", headers=clerk.headers,
                         json={"sha256": sha, "size": 99}).status_code == 409
    assert env.http.post("/blobs", headers=clerk.headers,
                         json={"sha256": "XYZ", "size": 1}).status_code == 422
    assert env.http.head(f"/blobs/{'0' * 63}", headers=clerk.headers).status_code == 422


def test_an_empty_file_is_complete_at_once(env):
    clerk = env.api("clerk_a")
    sha, created = _create(env, clerk, b"")
    assert created.json()["complete"] is True
    assert _download_through_a_record(env, clerk, sha) == b""


def test_downloads_follow_case_membership_and_deliberation_secrecy(env):
    clerk = env.api("clerk_a")
    judge = env.api("judge_a")
    case, _ = clerk.new_case()
    clerk.add_member(case["id"], judge.user_id, "judge")
    dossier = os.urandom(1000)
    sha, _ = _create(env, clerk, dossier)
    _upload_from(env, clerk, sha, dossier, 0)
    document = {"id": new_id(), "case_id": case["id"], "title": "卷一", "blob_sha256": sha,
                "volume": 1}
    [pushed] = clerk.push(change("documents", document))
    assert pushed["status"] == "applied"
    assert env.http.get(f"/blobs/{sha}", headers=judge.headers).content == dossier
    # Not theirs to read is the same answer as no such file.
    assert env.http.get(f"/blobs/{sha}",
                        headers=env.api("clerk_b").headers).status_code == 404
    assert env.http.get(f"/blobs/{sha}",
                        headers=env.api("judge_a2").headers).status_code == 404
    assert env.http.get(f"/blobs/{sha}", headers=env.api("it_a").headers).status_code == 403
    # Deliberation audio: the judge uploads it; the clerk of the case may not fetch it.
    audio = os.urandom(2000)
    audio_sha, _ = _create(env, judge, audio)
    _upload_from(env, judge, audio_sha, audio, 0)
    deliberation = {**hearing_row(case["id"], deliberation=True), "audio_blob": audio_sha}
    [held] = judge.push(change("hearings", deliberation))
    assert held["status"] == "applied"
    assert env.http.get(f"/blobs/{audio_sha}", headers=clerk.headers).status_code == 404
    presiding = env.api("presiding_a")
    clerk.add_member(case["id"], presiding.user_id, "presiding_judge")
    assert env.http.get(f"/blobs/{audio_sha}", headers=presiding.headers).content == audio
