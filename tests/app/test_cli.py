"""The courtdesk command as court IT scripts it: real subprocesses on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from testkit import TEST_PASSPHRASE

PASSWORD = "it-admin-pass"


def run(home: Path, *args: str, password: str | None = None, new_password: str | None = None,
        passphrase: str = TEST_PASSPHRASE, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=passphrase)
    if password is not None:
        env["COURTDESK_PASSWORD"] = password
    if new_password is not None:
        env["COURTDESK_NEW_PASSWORD"] = new_password
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


def test_it_bootstraps_accounts_and_a_clerk_registers_a_case(home):
    first = run(home, "user", "add", "it", "--role", "it_admin", new_password=PASSWORD)
    assert first.returncode == 0, first.stderr
    refused = run(home, "user", "add", "clerk", "--role", "clerk", "--user", "it",
                  password="wrong-password", new_password="clerk-pass")
    assert refused.returncode == 1 and "Wrong user name or password" in refused.stderr
    added = run(home, "--user", "it", "user", "add", "clerk", "--role", "clerk",
                "--display-name", "李书记员", password=PASSWORD, new_password="clerk-pass")
    assert added.returncode == 0, added.stderr

    created = run(home, "case", "create", "--number", "(2026)吉2401民初5号", "--title",
                  "张某诉王某房屋租赁合同纠纷案", "--cause", "房屋租赁合同纠纷", "--json",
                  "--user", "clerk", password="clerk-pass")
    assert created.returncode == 0, created.stderr
    case_id = json.loads(created.stdout)["id"]

    listed = run(home, "case", "list", "--json", "--user", "clerk", password="clerk-pass")
    cases = json.loads(listed.stdout)
    assert [(c["id"], c["unsynced"]) for c in cases] == [(case_id, True)]
    shown = run(home, "case", "show", case_id, "--json", "--user", "clerk",
                password="clerk-pass")
    assert json.loads(shown.stdout)["case"]["title"] == "张某诉王某房屋租赁合同纠纷案"

    it_view = run(home, "case", "list", "--user", "it", password=PASSWORD)
    assert it_view.returncode == 1 and "do not read case content" in it_view.stderr

    verified = run(home, "audit", "verify", "--json")
    report = json.loads(verified.stdout)
    assert verified.returncode == 0 and report["ok"] and report["entries"] >= 5


def test_audit_verify_fails_on_an_altered_entry(home):
    assert run(home, "user", "add", "it", "--role", "it_admin",
               new_password=PASSWORD).returncode == 0
    run(home, "user", "list", "--user", "it", password=PASSWORD)
    # Alter one entry the way an attacker with the key would: straight in the database.
    tamper = (
        "import sys; from courtdesk.app.profile import open_store\n"
        "s = open_store()\n"
        "with s.transaction():\n"
        "    s.conn.execute(\"UPDATE audit_log SET actor = 'mallory' WHERE seq = 2\")\n"
        "s.close()\n"
    )
    env = {**os.environ, "COURTDESK_HOME": str(home), "COURTDESK_PASSPHRASE": TEST_PASSPHRASE}
    subprocess.run([sys.executable, "-c", tamper], env=env, check=True, timeout=60)
    result = run(home, "audit", "verify", "--json")
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert problems[0]["seq"] == 2 and problems[0]["kind"] == "altered"
    text = run(home, "audit", "verify")
    assert "entry 2: altered" in text.stdout


def test_wrong_passphrase_is_a_clear_error_with_nonzero_exit(home):
    assert run(home, "user", "add", "it", "--role", "it_admin",
               new_password=PASSWORD).returncode == 0
    before = (home / "store" / "store.db").read_bytes()
    result = run(home, "audit", "verify", passphrase="not the passphrase")
    assert result.returncode == 1
    assert "Wrong passphrase" in result.stderr
    assert "Traceback" not in result.stderr
    assert (home / "store" / "store.db").read_bytes() == before


def test_no_store_yet_is_explained(home):
    result = run(home, "audit", "verify")
    assert result.returncode == 1 and "no courtdesk store" in result.stderr.lower()


def test_invalid_machine_config_names_the_key(home, tmp_path):
    config = tmp_path / "courtdesk.toml"
    config.write_text("[audio]\nmicrophones = { 1 = 'jester' }\n", encoding="utf-8")
    env_config = {"COURTDESK_CONFIG": str(config)}
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "config", "check"],
                            env={**os.environ, **env_config, "COURTDESK_HOME": str(home)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "[audio.microphones.1]" in result.stderr and "jester" in result.stderr


def test_config_template_is_valid(home, tmp_path):
    template = run(home, "config", "template").stdout
    config = tmp_path / "courtdesk.toml"
    config.write_text(template, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "config", "check", "--json"],
                            env={**os.environ, "COURTDESK_CONFIG": str(config),
                                 "COURTDESK_HOME": str(home)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["microphones"]["1"] == "presiding_judge"


def test_config_check_of_a_file_names_the_bad_key(home, tmp_path):
    # Court IT checks a courtroom's file before it becomes the PC's config (the Windows
    # installer's /CONFIG): the file given is checked, not the config in use.
    good = tmp_path / "courtroom3.toml"
    good.write_text(run(home, "config", "template").stdout, encoding="utf-8")
    bad = tmp_path / "courtroom4.toml"
    bad.write_text("[ui]\nlanguage = 'fr'\n", encoding="utf-8")
    env = {**os.environ, "COURTDESK_HOME": str(home), "COURTDESK_CONFIG": str(good)}
    command = [sys.executable, "-m", "courtdesk.app", "config", "check"]
    result = subprocess.run([*command, str(bad)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1 and "[ui.language]" in result.stderr
    result = subprocess.run([*command, str(good)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and f"{good}: valid" in result.stdout
    result = subprocess.run([*command, str(tmp_path / "missing.toml")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "missing.toml does not exist" in result.stderr
