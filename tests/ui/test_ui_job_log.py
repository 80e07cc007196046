"""A job that fails is logged with its traceback even when its on_error shows it, and the
log (as app/profile.py configures it) keeps no password, token or key."""

from __future__ import annotations

import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pymupdf
import pytest

from courtdesk.app.profile import setup_logging
from courtdesk.ui.jobs import JobRunner, Queue
from courtdesk.ui.messages import error_box

pytestmark = [pytest.mark.gui, pytest.mark.timeout(60)]

SECRET = "Hanbok-7f3a9c-pw"


class EchoingLogin(BaseHTTPRequestHandler):
    """A server that refuses a login and echoes the body back in its error, as FastAPI's
    default validation error, or a proxy in front of a server of another version, does."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        answer = json.dumps({"detail": [{"msg": "unexpected field",
                                         "input": json.loads(body)}]}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def profile_log(tmp_path):
    """The log exactly as courtdesk sets it up, in a fresh profile (the handler of a
    profile an earlier test opened is set aside meanwhile)."""
    root = logging.getLogger()
    kept = [h for h in root.handlers if getattr(h, "_courtdesk", False)]
    level = root.level
    for handler in kept:
        root.removeHandler(handler)
    setup_logging(tmp_path)
    ours = [h for h in root.handlers if getattr(h, "_courtdesk", False)]
    yield tmp_path / "logs" / "courtdesk.log"
    for handler in ours:
        root.removeHandler(handler)
        handler.close()
    for handler in kept:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture
def runner(qapp):
    runner = JobRunner()
    yield runner
    runner.shutdown()


def _flush():
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_shown_error_is_logged_with_its_traceback_and_no_password(qtbot, runner,
                                                                    profile_log):
    from courtdesk.offline_cache.sync_transport import ServerSession

    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoingLogin)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    session = ServerSession(f"http://127.0.0.1:{server.server_address[1]}")
    shown = []
    try:
        runner.submit(lambda: session.login("clerk_a", SECRET), queue=Queue.GENERAL,
                      label="server login",
                      on_error=lambda exc: shown.append(error_box(None, exc)))
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    finally:
        server.shutdown()
        server.server_close()
        session.close()
    box = shown[0]
    assert box.objectName() == "error-server_refused"  # the person was shown it
    _flush()
    log = profile_log.read_text(encoding="utf-8")
    assert "job 'server login' failed [server_refused]" in log
    assert "Traceback (most recent call last)" in log and "ServerRefused" in log
    assert "[redacted]" in log  # the echoed body reached the log, its password did not
    assert SECRET not in log


def test_a_watched_future_that_fails_is_logged(qtbot, runner, profile_log, tmp_path):
    damaged = tmp_path / "damaged.pdf"
    page = pymupdf.open()
    page.new_page()
    damaged.write_bytes(page.tobytes()[:200])
    errors = []
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(lambda: pymupdf.open(damaged).page_count)
        runner.watch(future, label="open volume", on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    _flush()
    log = profile_log.read_text(encoding="utf-8")
    assert "job 'open volume' failed" in log and "Traceback" in log
    assert type(errors[0]).__name__ in log
