"""Court IT's care of local accounts (`courtdesk user disable|enable|rename|reset-password`),
demo accounts kept to the demo's own profile, and doctor's fix for demo accounts that are
there anyway: real subprocesses on real stores."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.profile import open_store
from courtdesk.common.roles import Role

from testkit import TEST_PASSPHRASE, ask

pytestmark = pytest.mark.timeout(300)

IT_PASSWORD = "it-admin-password"
CLERK_PASSWORD = "clerk-password"


def courtdesk(home: Path, *args: str, stdin: str | None = None, **env: str
              ) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    full_env.update({"COURTDESK_HOME": str(home), "COURTDESK_PASSPHRASE": TEST_PASSPHRASE,
                     "COURTDESK_CONFIG": str(home.parent / "courtdesk.toml"), **env})
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=full_env,
                          input=stdin if stdin is not None else "", capture_output=True,
                          text=True, timeout=120)


def as_it(home: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return courtdesk(home, "--user", "it", *args, COURTDESK_PASSWORD=IT_PASSWORD, **kwargs)


def can_log_in(home: Path, username: str, password: str) -> bool:
    result = courtdesk(home, "--user", username, "case", "list", COURTDESK_PASSWORD=password)
    if "Wrong user name or password" in result.stderr:
        return False
    # Logged in: a clerk sees the case list; court IT is told it reads no case content.
    assert result.returncode == 0 or "do not read case content" in result.stderr, result.stderr
    return True


def audit(home: Path) -> list[dict]:
    store = open_store(home, ask=ask(), create=False)
    try:
        return store.query("SELECT actor, action, detail FROM audit_log ORDER BY seq")
    finally:
        store.close()


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    (tmp_path / "courtdesk.toml").write_text("", encoding="utf-8")
    made = courtdesk(home, "user", "add", "it", "--role", "it_admin",
                     COURTDESK_NEW_PASSWORD=IT_PASSWORD)
    assert made.returncode == 0, made.stderr
    made = as_it(home, "user", "add", "clerk", "--role", "clerk", "--new-password-file", "-",
                 stdin=CLERK_PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    return home


def test_it_disables_enables_renames_and_resets_an_account(home):
    assert can_log_in(home, "clerk", CLERK_PASSWORD)

    assert as_it(home, "user", "disable", "clerk").returncode == 0
    assert not can_log_in(home, "clerk", CLERK_PASSWORD)
    listed = as_it(home, "user", "list")
    assert "clerk" in listed.stdout and "DISABLED" in listed.stdout
    assert as_it(home, "user", "enable", "clerk").returncode == 0
    assert can_log_in(home, "clerk", CLERK_PASSWORD)

    renamed = as_it(home, "user", "rename", "clerk", "kim", "--display-name", "金书记员")
    assert renamed.returncode == 0, renamed.stderr
    assert not can_log_in(home, "clerk", CLERK_PASSWORD)
    assert can_log_in(home, "kim", CLERK_PASSWORD)

    # The new password from standard input: never on the command line.
    reset = as_it(home, "user", "reset-password", "kim", "--new-password-file", "-",
                  stdin="a-new-password\n")
    assert reset.returncode == 0, reset.stderr
    assert not can_log_in(home, "kim", CLERK_PASSWORD)
    assert can_log_in(home, "kim", "a-new-password")

    changes = [(e["actor"], e["action"]) for e in audit(home) if e["action"].startswith("user.")]
    assert changes == [("system", "user.create"), ("it", "user.create"),
                       ("it", "user.disable"), ("it", "user.enable"), ("it", "user.rename"),
                       ("it", "user.reset_password")]
    assert not any("a-new-password" in e["detail"] for e in audit(home))


def test_only_a_logged_in_it_admin_changes_accounts(home):
    before = len(audit(home))
    refused = courtdesk(home, "--user", "clerk", "user", "disable", "it",
                        COURTDESK_PASSWORD=CLERK_PASSWORD)
    assert refused.returncode == 1 and "Only court IT" in refused.stderr
    nobody = courtdesk(home, "user", "reset-password", "it", "--new-password-file", "-",
                       stdin="taken-over-1\n")
    assert nobody.returncode == 1 and "needs a logged-in courtdesk user" in nobody.stderr
    made_up = courtdesk(home, "--user", "it", "user", "disable", "clerk",
                        COURTDESK_PASSWORD="not the password")
    assert made_up.returncode == 1 and "Wrong user name or password" in made_up.stderr
    last_admin = as_it(home, "user", "disable", "it")
    assert last_admin.returncode == 1 and "last active it_admin" in last_admin.stderr
    # Only the clerk's own login and the failed ones are recorded: no account changed.
    actions = [e["action"] for e in audit(home)[before:]]
    assert "user.disable" not in actions and "user.reset_password" not in actions
    assert can_log_in(home, "it", IT_PASSWORD) and can_log_in(home, "clerk", CLERK_PASSWORD)


def test_a_password_file_logs_in_and_a_wrong_one_is_refused(home, tmp_path):
    secret = tmp_path / "clerk.pass"
    secret.write_text(CLERK_PASSWORD + "\n", encoding="utf-8")
    listed = courtdesk(home, "--user", "clerk", "--password-file", str(secret), "case", "list")
    assert listed.returncode == 0, listed.stderr
    from_env = courtdesk(home, "--user", "clerk", "case", "list",
                         COURTDESK_PASSWORD_FILE=str(secret))
    assert from_env.returncode == 0, from_env.stderr
    secret.write_text("guess\n", encoding="utf-8")
    refused = courtdesk(home, "case", "list", "--user", "clerk", "--password-file", str(secret))
    assert refused.returncode == 1 and "Wrong user name or password" in refused.stderr


def test_demo_is_refused_in_a_real_profile_and_made_in_its_own(home, tmp_path):
    before = audit(home)
    refused = courtdesk(home, "demo")
    assert refused.returncode == 1 and "not a demo profile" in refused.stderr
    assert audit(home) == before  # nothing written: no demo accounts, no demo case

    demo_home = tmp_path / "demo-profile"
    made = courtdesk(home, "--demo", "demo", COURTDESK_DEMO_HOME=str(demo_home))
    assert made.returncode == 0, made.stderr
    assert "courtdesk --demo" in made.stdout and str(demo_home) in made.stdout
    assert audit(home) == before  # the real profile is untouched
    listed = courtdesk(home, "--demo", "--user", "clerk", "case", "list",
                       COURTDESK_DEMO_HOME=str(demo_home), COURTDESK_PASSWORD="courtdesk-demo")
    assert listed.returncode == 0 and "买卖合同纠纷" in listed.stdout, listed.stderr
    assert not can_log_in(home, "admin", "courtdesk-demo")
    # doctor: in the demo profile a reminder of what it is; the demo accounts are a fault
    # anywhere else (see below).
    doctor = courtdesk(home, "--demo", "doctor", "--json", COURTDESK_DEMO_HOME=str(demo_home))
    [accounts] = [c for c in json.loads(doctor.stdout) if c["name"] == "accounts"]
    assert accounts["status"] == "warn" and "this is the demo profile" in accounts["summary"]
    config = tmp_path / "server.toml"  # ... and a fault once the PC is set up for a server
    config.write_text('[server]\nurl = "https://127.0.0.1:9"\n', encoding="utf-8")
    doctor = courtdesk(home, "--demo", "doctor", "--json", COURTDESK_DEMO_HOME=str(demo_home),
                       COURTDESK_CONFIG=str(config))
    [accounts] = [c for c in json.loads(doctor.stdout) if c["name"] == "accounts"]
    assert accounts["status"] == "fault" and "user disable" in accounts["fix"]


def test_no_demo_once_the_machine_config_names_a_server(tmp_path):
    config = tmp_path / "server.toml"
    config.write_text('[server]\nurl = "https://cases.court.example"\n', encoding="utf-8")
    home = tmp_path / "fresh"
    refused = courtdesk(home, "demo", COURTDESK_CONFIG=str(config))
    assert refused.returncode == 1 and "names the court's server" in refused.stderr
    store = open_store(home, ask=ask(), create=False)
    try:
        assert AccountBook(store).count() == 0
    finally:
        store.close()


def test_doctor_faults_demo_accounts_and_its_fix_works(tmp_path, fast_kdf):
    # A profile made by the old `bootstrap.sh run`: the demo accounts in the real profile.
    from courtdesk.app.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    home = tmp_path / "home"
    (tmp_path / "courtdesk.toml").write_text("", encoding="utf-8")
    store = open_store(home, ask=ask())
    try:
        book = AccountBook(store)
        admin = None
        for username, name, role in DEMO_ACCOUNTS:
            user = book.create(admin, username, name, role, DEMO_PASSWORD, is_demo=True)
            admin = admin or user
    finally:
        store.close()
    doctor = courtdesk(home, "doctor", "--json")
    [accounts] = [c for c in json.loads(doctor.stdout) if c["name"] == "accounts"]
    assert doctor.returncode == 1 and accounts["status"] == "fault"
    assert "published password" in accounts["summary"]
    demo_names = " ".join(u for u, _, _ in DEMO_ACCOUNTS)
    # The fix as printed, with a real it_admin's name for NAME, run as court IT would.
    steps = accounts["fix"].removeprefix("Disable them: ").split(" (a real it_admin first)"
                                                                 ", then ")
    assert steps == ["courtdesk --user admin user add NAME --role it_admin",
                     f"courtdesk --user NAME user disable {demo_names}"]
    for step, password in zip(steps, (DEMO_PASSWORD, IT_PASSWORD), strict=True):
        words = shlex.split(step.replace("NAME", "it"))[1:]
        done = courtdesk(home, *words, COURTDESK_PASSWORD=password,
                         COURTDESK_NEW_PASSWORD=IT_PASSWORD)
        assert done.returncode == 0, done.stderr
    doctor = courtdesk(home, "doctor", "--json")
    [accounts] = [c for c in json.loads(doctor.stdout) if c["name"] == "accounts"]
    assert accounts["status"] == "ok", accounts
    assert not can_log_in(home, "admin", DEMO_PASSWORD)
    assert {Role.IT_ADMIN.value: 1} == accounts["details"]["by_role"]
