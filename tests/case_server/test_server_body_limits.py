"""Oversized bodies cost the server no memory: limits count the bytes actually read.

The real server on loopback gets a 200 MiB chunked body (no Content-Length) on every route of
its spec, with and without a token; it answers 413 wherever it reads a body, and its peak
resident memory (the kernel's VmHWM, reset before each phase) stays within a small bound.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest
from server_kit import Api, ServerProcess, change, hearing_row, seed

from courtdesk.case_server.app import MAX_JSON_BODY, SMALL_BODY
from courtdesk.case_server.blobs import MAX_CHUNK

pytestmark = pytest.mark.timeout(300)

MiB = 2**20
OVERSIZED = 200 * MiB
MEMORY_BOUND = 50 * MiB  # above the server's resident memory before the phase
# Routes that read a body: everything else answers without reading it.
BODY_ROUTES = {("POST", "/auth/login"), ("POST", "/sync/push"), ("POST", "/audit/append"),
               ("POST", "/blobs"), ("PATCH", "/blobs/{sha256}")}


@pytest.fixture
def server(db_url, tmp_path):
    seed(db_url)
    process = ServerProcess(tmp_path / "server-data", db_url).start()
    yield process
    process.stop()


def _kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {field} for process {pid}")


def _reset_peak(pid: int) -> int:
    """Start a new peak (VmHWM) at the current resident memory; returns that memory."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    return _kib(pid, "VmRSS")


def _oversized():
    block = b"x" * MiB
    for _ in range(OVERSIZED // MiB):
        yield block  # a generator: httpx sends it chunked, with no Content-Length


def _send(http: httpx.Client, method: str, path: str, headers: dict) -> int:
    try:
        return http.request(method, path, content=_oversized(), headers=headers).status_code
    except httpx.TransportError:
        return 0  # the server closed without an answer; judged by the caller


def _routes(http: httpx.Client, sha: str) -> list[tuple[str, str, str]]:
    spec = http.get("/openapi.json").json()
    routes = [(method.upper(), path, path.replace("{sha256}", sha))
              for path, item in spec["paths"].items() for method in item
              if method in ("get", "post", "patch", "put", "delete")]
    return [*routes, ("POST", "/no/such/route", "/no/such/route")]


def test_oversized_chunked_bodies_are_413_and_cost_no_memory(server):
    pid = server.process.pid
    sha = hashlib.sha256(b"some file").hexdigest()
    with server.client() as http:
        # Warm up: the first push and upload load what the server loads lazily.
        clerk = Api(http, "clerk_a", client_id="laptop")
        case, _ = clerk.new_case()
        clerk.push(change("hearings", hearing_row(case["id"])))
        routes = _routes(http, sha)
        assert ("POST", "/auth/login", "/auth/login") in routes
        upload_headers = {"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream",
                          "Upload-Checksum": "sha256 " + "A" * 43 + "="}

        figures = {}
        # Phase 1: no token. Nothing past SMALL_BODY is read, whatever the route.
        before = _reset_peak(pid)
        for method, template, path in routes:
            status = _send(http, method, path, upload_headers if method == "PATCH" else {})
            if (method, template) in BODY_ROUTES or template == "/no/such/route":
                assert status in (413, 401, 404), (method, path, status)
            assert status != 0 and status < 500, (method, path, status)
        figures["no token"] = (before, _kib(pid, "VmHWM") - before)
        assert figures["no token"][1] < MEMORY_BOUND, figures

        # Phase 2: a valid token, every route but the large-body ones and logout.
        auth = clerk.headers
        before = _reset_peak(pid)
        for method, template, path in routes:
            if template in ("/auth/logout", "/sync/push", "/audit/append"):
                continue
            headers = {**auth, **(upload_headers if method == "PATCH" else {})}
            status = _send(http, method, path, headers)
            if (method, template) in BODY_ROUTES:
                assert status == 413, (method, path, status)
            assert status != 0 and status < 500, (method, path, status)
        figures["token, small routes and file chunks"] = (before, _kib(pid, "VmHWM") - before)
        assert figures["token, small routes and file chunks"][1] < MEMORY_BOUND + MAX_CHUNK

        # Phase 3: a push and an audit batch may be large (a full push of a long hearing),
        # yet are cut at their limit, not read whole.
        before = _reset_peak(pid)
        for path in ("/sync/push", "/audit/append"):
            assert _send(http, "POST", path, auth) == 413
        figures["token, push and audit"] = (before, _kib(pid, "VmHWM") - before)
        assert figures["token, push and audit"][1] < MEMORY_BOUND + MAX_JSON_BODY

        # The server is still well and the token still works.
        assert http.get("/auth/me", headers=auth).status_code == 200
        assert SMALL_BODY < MAX_CHUNK
    for phase, (resident, peak) in figures.items():
        print(f"server memory, {phase}: resident {resident / MiB:.1f} MiB before, peak "
              f"{(resident + peak) / MiB:.1f} MiB (+{peak / MiB:.1f})")


def test_a_declared_length_over_the_limit_is_refused_unread(server):
    with server.client() as http:
        too_long = http.post("/auth/login", content=b"x" * (SMALL_BODY + 1))
        assert too_long.status_code == 413 and too_long.json()["code"] == "too_large"
        fits = http.post("/auth/login", content=b"x" * SMALL_BODY)
        assert fits.status_code == 422
