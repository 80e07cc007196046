"""History the store key's holder rewrites after a sync is found: `courtdesk audit verify`
checks the log still extends the court server's signed receipt of what it accepted.

The real CLI as subprocesses, the real case server over HTTP, tampering done the way
someone with the passphrase would: straight in the decrypted database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from server_kit import PASSWORD

from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(300)


def run(home: Path, *args: str, user: str | None = "clerk_a") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_PASSWORD=PASSWORD, COURTDESK_NEW_PASSWORD=PASSWORD)
    if user:
        env["COURTDESK_USER"] = user
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def tamper(home: Path, statements: str) -> None:
    """Run Python against the opened store in a process of its own (``s`` is the store)."""
    code = ("from courtdesk.app.profile import open_store\n"
            "s = open_store(create=False)\n"
            "with s.transaction():\n"
            + "".join(f"    {line}\n" for line in statements.strip().splitlines())
            + "s.close()\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)


REHASH_FROM_2 = """
import json
from courtdesk.common.audit_hash import entry_hash
from courtdesk.offline_cache.audit_chain import HEAD_KEY
rows = s.query("SELECT * FROM audit_log WHERE seq >= 2 ORDER BY seq")
prev = rows[0]["prev_hash"]
for i, row in enumerate(rows):
    row["actor"] = "mallory" if i == 0 else row["actor"]
    row["prev_hash"] = prev
    row["hash"] = prev = entry_hash(prev, row)
    s.conn.execute("UPDATE audit_log SET actor = :actor, prev_hash = :prev_hash, "
                   "hash = :hash WHERE seq = :seq", row)
s.conn.execute("UPDATE meta SET value = ? WHERE key = ?",
               (json.dumps({"seq": rows[-1]["seq"], "hash": prev}), HEAD_KEY))
"""

CUT_TAIL = """
import json
from courtdesk.offline_cache.audit_chain import HEAD_KEY
last = s.conn.execute("SELECT seq, hash FROM audit_log WHERE seq = 2").fetchone()
s.conn.execute("DELETE FROM audit_log WHERE seq > 2")
s.conn.execute("UPDATE meta SET value = ? WHERE key = ?",
               (json.dumps({"seq": last[0], "hash": last[1]}), HEAD_KEY))
"""

DELETE_ALL = """
from courtdesk.offline_cache.audit_chain import HEAD_KEY
s.conn.execute("DELETE FROM audit_log")
s.conn.execute("DELETE FROM meta WHERE key = ?", (HEAD_KEY,))
"""

FORGE_RECEIPTS = """
import json
for rid, payload in s.conn.execute("SELECT id, payload FROM audit_receipts").fetchall():
    p = json.loads(payload); p["head_seq"] = 1
    s.conn.execute("UPDATE audit_receipts SET payload = ?, head_seq = 1 WHERE id = ?",
                   (json.dumps(p), rid))
""" + DELETE_ALL


@pytest.fixture
def synced_home(tmp_path, server) -> tuple[Path, str]:
    home = tmp_path / "home"
    login = run(home, "login", "--server", server.base_url, "--username", "clerk_a",
                user=None)
    assert login.returncode == 0, login.stderr
    made = run(home, "case", "create", "--number", "(2026)吉2401民初77号", "--title",
               "回执测试", "--json")
    assert made.returncode == 0, made.stderr
    synced = run(home, "sync", "--server", server.base_url)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    verified = run(home, "audit", "verify", "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    return home, server.base_url


def verify_problems(home: Path) -> tuple[subprocess.CompletedProcess, list[dict]]:
    result = run(home, "audit", "verify", "--json")
    assert "Traceback" not in result.stderr
    return result, json.loads(result.stdout)["problems"]


@pytest.mark.parametrize("attack, kind, words", [
    (REHASH_FROM_2, "rewritten", "audit log rewritten since the server receipt of"),
    (CUT_TAIL, "shortened", "audit log shortened since the server receipt of"),
    (DELETE_ALL, "shortened", "this PC's log ends at 0"),
    (FORGE_RECEIPTS, "receipt_invalid", "does not carry that server's signature"),
])
def test_history_rewritten_after_a_sync_is_found(synced_home, attack, kind, words):
    home, _server = synced_home
    tamper(home, attack)
    result, problems = verify_problems(home)
    assert result.returncode == 1
    assert kind in [p["kind"] for p in problems], problems
    assert any(words in p["message"] for p in problems), problems
    text = run(home, "audit", "verify")
    assert "Audit log FAILED verification" in text.stdout and "intact" not in text.stdout


def test_receipts_deleted_with_the_log_are_missed_but_said(synced_home):
    home, _server = synced_home
    tamper(home, DELETE_ALL + 's.conn.execute("DELETE FROM audit_receipts")\n')
    result, problems = verify_problems(home)
    assert result.returncode == 1
    assert [p["kind"] for p in problems] == ["emptied", "receipts_missing"]


def test_a_log_emptied_before_any_sync_is_found(tmp_path):
    home = tmp_path / "home"
    made = run(home, "user", "add", "it", "--role", "it_admin", user=None)
    assert made.returncode == 0, made.stderr
    assert run(home, "audit", "verify").returncode == 0
    tamper(home, DELETE_ALL)
    result, problems = verify_problems(home)
    assert result.returncode == 1 and [p["kind"] for p in problems] == ["emptied"]


def test_work_after_the_sync_extends_the_receipt(synced_home):
    home, server = synced_home
    more = run(home, "case", "create", "--number", "(2026)吉2401民初78号", "--title", "其后")
    assert more.returncode == 0, more.stderr
    assert run(home, "audit", "verify").returncode == 0
    again = run(home, "sync", "--server", server)
    assert again.returncode == 0, again.stderr
    result, problems = verify_problems(home)
    assert result.returncode == 0 and problems == []
