"""A damaged store file is reported as damaged, by every command, never as a raw error.

Real damage: one byte flipped in an index page and in a table page of a real store made
by the real CLI, then `audit verify`, `doctor` and an ordinary command as subprocesses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from testkit import TEST_PASSPHRASE, ask

pytestmark = pytest.mark.timeout(300)

PASSWORD = "it-admin-pass"
PAGE = 4096


def run(home: Path, *args: str, password: str | None = None,
        new_password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE)
    if password is not None:
        env["COURTDESK_PASSWORD"] = password
    if new_password is not None:
        env["COURTDESK_NEW_PASSWORD"] = new_password
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def made_store(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A store with accounts, cases and an audit log; and the root pages of its tables."""
    home = tmp_path_factory.mktemp("damage") / "home"
    assert run(home, "user", "add", "it", "--role", "it_admin",
               new_password=PASSWORD).returncode == 0
    assert run(home, "--user", "it", "user", "add", "clerk", "--role", "clerk",
               password=PASSWORD, new_password="clerk-pass").returncode == 0
    for n in range(30):
        made = run(home, "case", "create", "--number", f"(2026)吉2401民初{n}号", "--title",
                   f"张某诉王某房屋租赁合同纠纷案{n}", "--user", "clerk", password="clerk-pass")
        assert made.returncode == 0, made.stderr
    from courtdesk.offline_cache.store import LocalStore

    store = LocalStore.open(home / "store", ask(), create=False)
    try:
        roots = {name: page for name, page in store.conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")}
    finally:
        store.close()
    return home, roots


def damaged_copy(made_store, tmp_path: Path, page: int) -> Path:
    home, _roots = made_store
    copy = tmp_path / "home"
    subprocess.run(["cp", "-a", str(home), str(copy)], check=True)
    database = copy / "store" / "store.db"
    raw = bytearray(database.read_bytes())
    assert len(raw) >= page * PAGE
    raw[(page - 1) * PAGE + 200] ^= 0x10  # one bit of one byte, inside the page's ciphertext
    database.write_bytes(bytes(raw))
    return copy


def assert_reported_damaged(result: subprocess.CompletedProcess, page: int) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Store damaged" in output
    assert f"page {page}" in output  # which page, for court IT
    assert "restore it from the court's server" in output
    assert "Traceback" not in output and "MemoryError" not in output
    assert "SQL logic error" not in output and "intact" not in output


@pytest.mark.parametrize("table", ["cases_number", "sqlite_autoindex_users_2", "audit_log",
                                   "cases"])
def test_a_flipped_byte_in_an_index_or_table_page_is_reported_as_damage(made_store, tmp_path,
                                                                        table):
    page = made_store[1][table]
    home = damaged_copy(made_store, tmp_path, page)
    before = (home / "store" / "store.db").read_bytes()

    assert_reported_damaged(run(home, "audit", "verify"), page)
    verified = run(home, "audit", "verify", "--json")
    assert json.loads(verified.stdout.splitlines()[0])["error"] == "store_damaged"

    doctor = run(home, "doctor", "--json")
    store_check = next(c for c in json.loads(doctor.stdout) if c["name"] == "store")
    assert doctor.returncode == 1 and store_check["status"] == "fault"
    assert store_check["summary"].startswith("Store damaged")
    assert f"page {page}" in store_check["summary"]
    assert "court's server" in store_check["fix"]
    assert "Traceback" not in doctor.stderr
    accounts = next(c for c in json.loads(doctor.stdout) if c["name"] == "accounts")
    assert accounts["status"] == "skip"  # not a crash on the damaged file

    assert_reported_damaged(run(home, "case", "list", "--user", "clerk",
                                password="clerk-pass"), page)
    assert (home / "store" / "store.db").read_bytes() == before  # nothing was written


def test_the_message_says_what_a_restore_loses(made_store, tmp_path):
    page = made_store[1]["cases_number"]
    home = damaged_copy(made_store, tmp_path, page)
    result = run(home, "audit", "verify")
    assert "never synced with a court server" in result.stderr


def test_an_intact_store_still_verifies(made_store):
    result = run(made_store[0], "audit", "verify")
    assert result.returncode == 0 and "Audit log intact" in result.stdout, result.stderr
