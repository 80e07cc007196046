"""Two courts work on the blob routes in random order (hypothesis, both databases): nothing of
court A is ever readable or detectable by court B, and a clerk never reads a deliberation.

Court A's clerk and judge hold the bytes of a file of their own and of a public file; court
B's clerk holds only the public one. Each of court B's steps on court A's file is done a
second time on a file nobody ever sent (the same guesses, the same order): every answer must
be the same, so court B cannot even tell that court A's file exists.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_kit import Api, change, chunk_checksum, hearing_row, new_id

ACTORS = ("clerk_a", "judge_a", "clerk_b")
COURT = {"clerk_a": "A", "judge_a": "A", "clerk_b": "B"}
ACTIONS = ("create", "send_some", "send_all", "send_wrong", "file", "head", "get")
FILES = ("court_a", "public")

steps = st.lists(st.tuples(st.sampled_from(ACTIONS), st.sampled_from(ACTORS),
                           st.sampled_from(FILES), st.integers(1, 100)),
                 min_size=1, max_size=25)


@dataclass
class World:
    apis: dict[str, Api]
    case: dict[str, str]  # court -> case id
    data: dict[str, bytes]
    sha: dict[str, str] = field(default_factory=dict)
    # What the test expects, kept from the answers to steps whose bytes were right.
    complete: set[tuple[str, str]] = field(default_factory=set)  # (actor, file)
    filed_open: set[tuple[str, str]] = field(default_factory=set)  # (court, file)
    filed_deliberation: set[str] = field(default_factory=set)  # court A's files

    def knows(self, actor: str, name: str) -> bool:
        return name == "public" or (name == "court_a" and COURT[actor] == "A")

    def readable(self, actor: str, name: str) -> bool:
        if (COURT[actor], name) in self.filed_open:
            return True
        return actor == "judge_a" and name in self.filed_deliberation


def _world(env) -> World:
    if not hasattr(env, "apis"):
        env.apis = {name: Api(env.http, name) for name in ACTORS}
    apis = env.apis
    case_a, _ = apis["clerk_a"].new_case()
    apis["clerk_a"].add_member(case_a["id"], apis["judge_a"].user_id, "judge")
    case_b, _ = apis["clerk_b"].new_case()
    world = World(apis, {"A": case_a["id"], "B": case_b["id"]},
                  {"court_a": os.urandom(3000), "public": os.urandom(2000),
                   "nobody": os.urandom(3000)})
    world.sha = {name: hashlib.sha256(data).hexdigest() for name, data in world.data.items()}
    return world


def _shape(response, sha: str) -> tuple:
    headers = {k: v.replace(sha, "<sha>") for k, v in response.headers.items() if k != "date"}
    return response.status_code, headers, response.content.replace(sha.encode(), b"<sha>")


def _patch(http, api: Api, sha: str, offset: int, piece: bytes):
    return http.patch(f"/blobs/{sha}", content=piece, headers={
        **api.headers, "Upload-Offset": str(offset), "Upload-Checksum": chunk_checksum(piece)})


def _step(world: World, http, action: str, actor: str, name: str, size: int,
          guess: bytes) -> list[tuple]:
    """Do one step on file ``name``; returns what the caller saw (for the comparison)."""
    api, sha, data = world.apis[actor], world.sha[name], world.data[name]
    # Without the bytes a caller can only guess them (the same guess for the mirror file).
    content = data if world.knows(actor, name) else guess
    seen = []
    if action == "create":
        response = http.post("/blobs", headers=api.headers,
                             json={"sha256": sha, "size": len(data)})
        seen.append(_shape(response, sha))
        if response.status_code in (200, 201) and response.json()["complete"]:
            world.complete.add((actor, name))
    elif action in ("send_some", "send_all", "send_wrong"):
        head = http.head(f"/blobs/{sha}", headers=api.headers)
        seen.append(_shape(head, sha))
        offset = int(head.headers["Upload-Offset"]) if head.status_code == 200 else 0
        end = len(data) if action != "send_some" else min(len(data),
                                                          offset + size * len(data) // 100)
        piece = content[offset:end] if action != "send_wrong" else guess[offset:end]
        if piece:
            response = _patch(http, api, sha, offset, piece)
            seen.append(_shape(response, sha))
            if (response.status_code == 204 and piece == data[offset:end]
                    and response.headers["Upload-Offset"] == str(len(data))):
                world.complete.add((actor, name))
    elif action == "file":
        court = COURT[actor]
        if actor == "judge_a":
            record = change("hearings", {**hearing_row(world.case[court], deliberation=True),
                                         "audio_blob": sha})
        else:
            record = change("documents", {"id": new_id(), "case_id": world.case[court],
                                          "title": "卷", "blob_sha256": sha, "volume": 1})
        [result] = api.push(record)
        seen.append((result["status"], result["code"], result["retryable"]))
        may = (actor, name) in world.complete or world.readable(actor, name)
        assert (result["status"] == "applied") == may, (actor, name, result)
        if result["status"] == "applied":
            if actor == "judge_a":
                world.filed_deliberation.add(name)
            else:
                world.filed_open.add((court, name))
    elif action == "head":
        seen.append(_shape(http.head(f"/blobs/{sha}", headers=api.headers), sha))
    else:
        response = http.get(f"/blobs/{sha}", headers=api.headers)
        seen.append(_shape(response, sha))
        assert (response.status_code == 200) == world.readable(actor, name), (actor, name)
        if response.status_code == 200:
            assert response.content == data
        else:
            assert response.status_code == 404 and data not in response.content
    return seen


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=steps)
def test_court_b_never_reads_or_detects_court_a_files(env, steps):
    world = _world(env)
    for action, actor, name, size in steps:
        guess = os.urandom(len(world.data[name]))
        seen = _step(world, env.http, action, actor, name, size, guess)
        if actor == "clerk_b" and name == "court_a":
            # The same step on a file that exists nowhere: not one answer may differ.
            world.sha["mirror"], world.data["mirror"] = world.sha["nobody"], world.data["nobody"]
            mirrored = _step(world, env.http, action, actor, "mirror", size, guess)
            assert seen == mirrored, (action, seen, mirrored)
    # At the end, court B asks once more about court A's file and about the file nobody has.
    clerk_b = world.apis["clerk_b"]
    for method in ("head", "get"):
        ours = getattr(env.http, method)(f"/blobs/{world.sha['court_a']}",
                                         headers=clerk_b.headers)
        none = getattr(env.http, method)(f"/blobs/{world.sha['nobody']}",
                                         headers=clerk_b.headers)
        assert _shape(ours, world.sha["court_a"]) == _shape(none, world.sha["nobody"])
