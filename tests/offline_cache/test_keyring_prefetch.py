"""The store key read by a helper process while the window loads (keyring_prefetch).

The helper is a real process running the real keyring library, with the file-backed test
backend chosen through the environment, as a court PC's desktop keyring would be found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from courtdesk.offline_cache import keyring_prefetch
from courtdesk.offline_cache.errors import KeyUnavailable
from courtdesk.offline_cache.keyring_prefetch import KeyringPrefetch, claim, prefetch_store_key
from courtdesk.offline_cache.store_key import KEYRING_SERVICE, keyring_username

SUPPORT = Path(__file__).resolve().parent.parent / "support"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """A keyring the helper process finds through the environment, holding test secrets."""
    path = tmp_path / "keyring.json"
    path.write_text("{}")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "memory_keyring.TestFileKeyring")
    monkeypatch.setenv("COURTDESK_TEST_KEYRING", str(path))

    def put(service: str, username: str, secret: str) -> None:
        data = json.loads(path.read_text())
        data[f"{service}/{username}"] = secret
        path.write_text(json.dumps(data))

    return put


def _store_header(store_dir: Path, key_source: str = "keyring", store_id: str = "s1") -> None:
    store_dir.mkdir(parents=True, exist_ok=True)
    (store_dir / "store.json").write_text(json.dumps(
        {"store_id": store_id, "key_source": key_source, "key_check": "x"}))


def test_helper_process_reads_the_entry(file_keyring):
    file_keyring("courtdesk", "store-key:abc", "00ff" * 16)
    prefetch = KeyringPrefetch.start("courtdesk", "store-key:abc")
    assert prefetch is not None
    assert prefetch.secret(timeout=60) == "00ff" * 16


def test_helper_gets_no_automation_secrets(file_keyring, monkeypatch):
    monkeypatch.setenv("COURTDESK_PASSWORD", "login secret")
    monkeypatch.setenv("COURTDESK_PASSPHRASE", "store secret")
    monkeypatch.setattr(keyring_prefetch, "_HELPER",
                        "import os, sys\nsys.stdout.write(repr(sorted(os.environ)))")
    seen = KeyringPrefetch.start("courtdesk", "store-key:abc").secret(timeout=60)
    assert "COURTDESK_TEST_KEYRING" in seen  # the session's variables are passed on
    assert "COURTDESK_PASSWORD" not in seen and "COURTDESK_PASSPHRASE" not in seen


def test_missing_entry_or_broken_backend_gives_no_answer(file_keyring, monkeypatch):
    prefetch = KeyringPrefetch.start("courtdesk", "store-key:none")
    assert prefetch.secret(timeout=60) is None  # no entry: the in-process read says so
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    prefetch = KeyringPrefetch.start("courtdesk", "store-key:none")
    assert prefetch.secret(timeout=60) is None  # the helper failed: no answer, no crash
    assert prefetch.process.returncode != 0


def test_prefetch_follows_the_store_header_and_is_claimed_once(tmp_path, file_keyring):
    store_dir = tmp_path / "store"
    _store_header(store_dir, store_id="s1")
    file_keyring(KEYRING_SERVICE, keyring_username("s1"), "ab" * 32)
    assert prefetch_store_key(store_dir) is True
    assert claim(KEYRING_SERVICE, keyring_username("s1")) == "ab" * 32
    assert claim(KEYRING_SERVICE, keyring_username("s1")) is None  # taken once


def test_no_helper_for_passphrase_missing_or_damaged_stores(tmp_path, file_keyring):
    passphrase_store = tmp_path / "passphrase"
    _store_header(passphrase_store, key_source="passphrase")
    assert prefetch_store_key(passphrase_store) is False
    assert prefetch_store_key(tmp_path / "no-store-yet") is False
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "store.json").write_text("{not json")
    assert prefetch_store_key(damaged) is False
    assert keyring_prefetch._pending is None


def test_a_hung_helper_is_stopped(file_keyring):
    sleeper = KeyringPrefetch(subprocess.Popen([sys.executable, "-c", "import time; "
                                                "time.sleep(60)"]))
    assert sleeper.secret(timeout=0.5) is None  # waited in vain: stopped, no answer
    assert sleeper.process.poll() is not None


def test_store_opens_with_the_prefetched_key_and_refuses_a_wrong_one(
        tmp_path, file_keyring, memory_keyring, caplog):
    import keyring

    from courtdesk.offline_cache.store import LocalStore
    from courtdesk.offline_cache.store_key import StoreHeader

    store_dir = tmp_path / "store"
    store = LocalStore.open(store_dir, None)  # a keyring store (the in-process keyring)
    store.save("cases", {"case_number": "P1", "title": "预读密钥"}, actor="clerk")
    store.close()
    header = StoreHeader.read(store_dir / "store.json")
    right_key = keyring.get_password(KEYRING_SERVICE, header.keyring_username())
    # The helper sees the file keyring; the in-process keyring is then emptied, so the
    # store can only have opened with what the helper read.
    file_keyring(KEYRING_SERVICE, header.keyring_username(), right_key)
    keyring.delete_password(KEYRING_SERVICE, header.keyring_username())
    assert prefetch_store_key(store_dir)
    with caplog.at_level("INFO"):
        store = LocalStore.open(store_dir, None)
    assert "start-up helper process" in caplog.text
    assert store.query("SELECT title FROM cases")[0]["title"] == "预读密钥"
    store.close()
    # A key that does not fit is refused just as one read in-process would be.
    file_keyring(KEYRING_SERVICE, header.keyring_username(), "00" * 32)
    assert prefetch_store_key(store_dir)
    with pytest.raises(KeyUnavailable, match="does not fit this store"):
        LocalStore.open(store_dir, None)


@pytest.mark.timeout(180)
def test_window_start_reads_the_key_in_the_helper(tmp_path):
    """``courtdesk`` (the window) on a keyring store: the helper read the key, the window shows."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", COURTDESK_HOME=str(tmp_path / "home"),
               COURTDESK_TEST_KEYRING=str(tmp_path / "keyring.json"),
               PYTHON_KEYRING_BACKEND="memory_keyring.TestFileKeyring",
               PYTHONPATH=os.pathsep.join([str(SUPPORT), env.get("PYTHONPATH", "")]))
    demo = subprocess.run([sys.executable, "-m", "courtdesk.app", "demo"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    env.update(COURTDESK_AUTOLOGIN_USER="clerk", COURTDESK_PASSWORD="courtdesk-demo")
    shown = subprocess.run([sys.executable, "-m", "courtdesk.app", "--quit-after-shown"],
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "main window shown after" in shown.stdout
    log = (tmp_path / "home" / "logs" / "courtdesk.log").read_text("utf-8")
    assert "store key read from the keyring by the start-up helper process" in log
    keys = json.loads((tmp_path / "keyring.json").read_text()).values()
    assert keys and not any(key in log for key in keys)  # the key itself is never logged
