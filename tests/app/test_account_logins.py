"""The laptop's local logins: waits and a lockout per account, audited in the store's
log; password hashes at OWASP's cost, raised at the next login; an unknown name costs a
hash like a known one."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from courtdesk.app import accounts
from courtdesk.app.accounts import AccountBook, LoginFailed, LoginLocked
from courtdesk.common.login_delays import ThrottleRule
from courtdesk.common.password_hash import OWASP_SCRYPT, ScryptCost, stored_cost
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.timeout(120)]
PASSWORD = "s3cret-passw0rd"


@pytest.fixture
def store(tmp_path):
    s = LocalStore.open(tmp_path / "store", ask())
    yield s
    s.close()


def _audit(store, actor: str) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT action FROM audit_log WHERE actor = ? ORDER BY seq", (actor,))]


def test_failed_logins_make_the_account_wait_longer_then_lock_it(store):
    # The real schedule in tenths of a second: waits 0.1, 0.2, 0.4 s, locked at 8 failures.
    rule = ThrottleRule(free_failures=5, first_delay_s=0.1, lockout_after=8, lockout_s=1.0,
                        forget_after_s=3600)
    book = AccountBook(store, delays=rule)
    book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    for _ in range(4):
        with pytest.raises(LoginFailed) as failed:
            book.login("it", "wrong")
        assert failed.value.code == "login_failed"
    with pytest.raises(LoginLocked) as locked:
        book.login("it", "wrong")
    assert locked.value.code == "login_locked"
    assert locked.value.params["count"] == 1  # "try again in 1 minute"
    assert "try again in 1 minute" in locked.value.message
    # While it waits the right password is refused too, before any hash is computed.
    with pytest.raises(LoginLocked):
        book.login("it", PASSWORD)
    waits = []
    for _ in range(3):  # failures 6, 7, 8: 0.2 s, 0.4 s, then the 1 s lockout
        time.sleep(0.45)
        with pytest.raises(LoginLocked) as locked:
            book.login("it", "wrong")
        waits.append(locked.value.params["retry_after_s"])
    assert waits == [1, 1, 1]  # whole seconds, rounded up
    time.sleep(1.05)
    assert book.login("it", PASSWORD).username == "it"
    # A success starts afresh: four mistakes are free again.
    for _ in range(4):
        with pytest.raises(LoginFailed) as failed:
            book.login("it", "wrong")
        assert not isinstance(failed.value, LoginLocked)

    actions = _audit(store, "it")
    assert actions.count("login.failed") == 12
    assert actions.count("login.locked") == 4
    assert actions.count("login.refused") == 1
    assert store.verify_audit().ok


def test_a_new_password_from_court_it_lifts_the_wait(store):
    book = AccountBook(store)
    it = book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    book.create(it, "clerk", "李书记员", Role.CLERK, PASSWORD)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            book.login("clerk", "wrong")
    with pytest.raises(LoginLocked) as locked:
        book.login("clerk", "wrong")
    assert "courtdesk user reset-password clerk" in locked.value.message
    book.reset_password(it, "clerk", "a-new-passw0rd")
    assert book.login("clerk", "a-new-passw0rd").username == "clerk"


def test_an_unknown_name_is_audited_without_the_name(store):
    book = AccountBook(store)
    book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    with pytest.raises(LoginFailed):
        book.login("my-password-typed-as-name", "x")
    rows = store.conn.execute("SELECT actor, action, detail FROM audit_log").fetchall()
    assert ("?", "login.failed") in {(r[0], r[1]) for r in rows}
    assert not any("my-password" in str(r) for r in rows)


def test_the_default_cost_is_owasps():
    # In a process of its own: the tests' conftest lowers it here.
    shown = subprocess.run(
        [sys.executable, "-c",
         "from courtdesk.app import accounts; from courtdesk.case_server import passwords;"
         "print(accounts.PASSWORD_COST, passwords.PASSWORD_COST,"
         " accounts.hash_password('x')[:18])"],
        capture_output=True, text=True, timeout=60, check=True).stdout.split()
    owasp = "ScryptCost(n=131072,"
    assert shown[0] == owasp and shown[3] == owasp and shown[-1] == "scrypt$131072$8$1$"
    assert ScryptCost(n=2**17, r=8, p=1) == OWASP_SCRYPT


def test_an_old_hash_is_raised_to_owasp_cost_at_the_next_login(store, monkeypatch):
    book = AccountBook(store)
    # Made as the previous version did: N=2^14.
    monkeypatch.setattr(accounts, "PASSWORD_COST", ScryptCost(2**14))
    book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)

    def stored() -> str:
        return store.conn.execute(
            "SELECT password_hash FROM users WHERE username = 'it'").fetchone()[0]

    assert stored_cost(stored()) == ScryptCost(2**14)
    monkeypatch.setattr(accounts, "PASSWORD_COST", OWASP_SCRYPT)  # as shipped
    with pytest.raises(LoginFailed):
        book.login("it", "wrong")
    assert stored_cost(stored()) == ScryptCost(2**14)  # only a right password rewrites it
    book.login("it", PASSWORD)
    upgraded = stored()
    assert upgraded.startswith("scrypt$131072$8$1$")
    book.login("it", PASSWORD)
    assert stored() == upgraded

    # An unknown name costs one hash at today's cost, as a known name's wrong password.
    def took(name: str) -> float:
        start = time.perf_counter()
        with pytest.raises(LoginFailed):
            book.login(name, "wrong guess")
        return time.perf_counter() - start

    known, unknown = min(took("it") for _ in range(2)), min(took("ghost") for _ in range(2))
    assert known > 0.1 and unknown > 0.5 * known, (known, unknown)


def _cli(home, *args: str, password: str | None = None, new_password: str | None = None):
    import os

    from testkit import TEST_PASSPHRASE

    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE)
    if password is not None:
        env["COURTDESK_PASSWORD"] = password
    if new_password is not None:
        env["COURTDESK_NEW_PASSWORD"] = new_password
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=90,
                          stdin=subprocess.DEVNULL)


@pytest.mark.timeout(240)
def test_the_command_line_says_how_long_to_wait_in_the_persons_language(tmp_path):
    from courtdesk.app.preferences import Preferences, PrefKey

    home = tmp_path / "home"
    assert _cli(home, "user", "add", "it", "--role", "it_admin",
                new_password=PASSWORD).returncode == 0
    for attempt in range(4):
        failed = _cli(home, "user", "list", "--user", "it", password=f"wrong {attempt}")
        assert failed.returncode == 1 and "Wrong user name or password" in failed.stderr
    # No language chosen: the PC's default, Chinese; the English follows for court IT.
    locked = _cli(home, "user", "list", "--user", "it", password="wrong 5")
    assert locked.returncode == 1
    assert "登录失败次数过多：请 1 分钟后再试" in locked.stderr
    assert "法院信息中心可以解除等待" in locked.stderr
    assert "Too many failed logins for it: try again in 1 minute(s)" in locked.stderr
    # The person chose Korean in the window: the right password waits, said in Korean.
    Preferences(home).set(PrefKey.LANGUAGE, "ko")
    refused = _cli(home, "user", "list", "--user", "it", password=PASSWORD)
    assert refused.returncode == 1
    assert "로그인 실패 횟수가 너무 많습니다: 1분 후에 다시 시도하십시오" in refused.stderr
    assert "it_admin" not in refused.stdout
