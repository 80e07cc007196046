"""`courtdesk login --server`, `sync`, `sync status|conflicts|resolve`, `offline take`,
against the real server subprocess; and offline login after an online one."""

from __future__ import annotations

import io
import json

import pytest
from server_kit import PASSWORD, Api, change, new_id

from courtdesk.app.accounts import AccountBook
from courtdesk.app.cli import main
from courtdesk.app.profile import open_store

pytestmark = [pytest.mark.timeout(120),
              pytest.mark.usefixtures("memory_keyring", "passphrase_env")]


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, out


def test_login_online_then_offline_sync_and_take_a_case(server, capsys, monkeypatch):
    code, out = run(capsys, "login", "--server", server.base_url, "--username", "judge_a",
                    "--password-stdin", "--json", stdin=PASSWORD + "\n",
                    monkeypatch=monkeypatch)
    assert code == 0, out
    data = json.loads(out)
    assert data["token_kept_in_keyring"] is True
    server_id = data["user"]["id"]
    assert "correct horse" not in out  # the password is nowhere in the output
    # Offline login: the same person, the server's id and role, no network involved.
    store = open_store(create=False)
    try:
        user = AccountBook(store).login("judge_a", PASSWORD)
        assert user.id == server_id and user.role.value == "judge"
        with pytest.raises(Exception, match="Wrong user name or password"):
            AccountBook(store).login("judge_a", "not the password")
    finally:
        store.close()

    # The court files a case with a dossier file; the judge is put on it.
    with server.client() as http:
        clerk = Api(http, "clerk_a")
        case, _ = clerk.new_case()
        clerk.add_member(case["id"], server_id, "judge")
        pdf = b"%PDF-1.4 dossier " + bytes(range(256)) * 100
        import hashlib

        from server_kit import chunk_checksum
        sha = hashlib.sha256(pdf).hexdigest()
        http.post("/blobs", headers=clerk.headers, json={"sha256": sha, "size": len(pdf)})
        r = http.patch(f"/blobs/{sha}", headers={**clerk.headers, "Upload-Offset": "0",
                                                 "Upload-Checksum": chunk_checksum(pdf)},
                       content=pdf)
        assert r.status_code == 204
        doc = {"id": new_id(), "case_id": case["id"], "volume": 1, "title": "起诉状",
               "blob_sha256": sha, "mime": "application/pdf", "page_count": 1,
               "size_bytes": len(pdf)}
        assert clerk.push(change("documents", doc))[0]["status"] == "applied"

    # Every later command acts as the local account that login made, password checked.
    monkeypatch.setenv("COURTDESK_USER", "judge_a")
    monkeypatch.setenv("COURTDESK_PASSWORD", PASSWORD)
    code, out = run(capsys, "offline", "take", case["id"], "--json")
    assert code == 0, out
    taken = json.loads(out)
    assert taken["complete"] is True and taken["files_total"] == 1

    code, out = run(capsys, "sync", "--json")
    assert code == 0, out
    assert json.loads(out)["server"] == server.base_url
    code, out = run(capsys, "sync", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["online"] is True and status["pending"] == 0
    assert status["last_sync_at"]


def test_conflict_listed_and_resolved_from_the_cli(server, capsys, monkeypatch):
    code, out = run(capsys, "login", "--server", server.base_url, "--username", "clerk_a",
                    "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0, out
    monkeypatch.setenv("COURTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("COURTDESK_USER", "clerk_a")
    code, out = run(capsys, "--user", "clerk_a", "case", "create", "--number", "(2025)X1",
                    "--title", "原标题", "--json")
    case_id = json.loads(out)["id"]
    assert run(capsys, "sync")[0] == 0
    store = open_store(create=False)
    try:
        row = store.get("cases", case_id)
    finally:
        store.close()
    with server.client() as http:  # someone at the court edits the title meanwhile
        other = Api(http, "clerk_a")
        [result] = other.push(change("cases", {**row, "title": "法院的标题"},
                                     base_version=row["server_version"]))
        assert result["status"] == "applied"
    code, out = run(capsys, "--user", "clerk_a", "case", "show", case_id)
    store = open_store(create=False)
    try:
        store.save("cases", {"id": case_id, "title": "我的标题"}, actor="clerk_a")
    finally:
        store.close()
    code, out = run(capsys, "sync", "--json")
    assert code == 0 and json.loads(out)["conflicts"] == 1
    code, out = run(capsys, "sync", "conflicts", "--json")
    [entry] = json.loads(out)
    assert entry["mine"]["title"] == "我的标题" and entry["server_row"]["title"] == "法院的标题"
    # Resolved by clerk_a, whose re-sent edit it then is (a change goes under its author).
    code, out = run(capsys, "--user", "clerk_a", "sync", "resolve", str(entry["id"]),
                    "--keep", "mine")
    assert code == 0 and "queued again" in out
    store = open_store(create=False)
    try:  # the logged-in account resolved it, and the audit log says so
        [resolved] = store.query("SELECT actor FROM audit_log WHERE action = 'sync.resolve'")
    finally:
        store.close()
    assert resolved["actor"] == "clerk_a"
    assert json.loads(run(capsys, "sync", "--json")[1])["applied"] == 1
    code, out = run(capsys, "sync", "conflicts")
    assert "No open conflicts" in out
    assert len(json.loads(run(capsys, "sync", "conflicts", "--all", "--json")[1])) == 1

    # Another person on this PC sees none of clerk_a's conflicts (they hold case text) and
    # cannot resolve them by number.
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["login", "--server", server.base_url, "--username", "judge_a",
                 "--password-stdin"])
    said = capsys.readouterr()
    assert code == 0, said.out + said.err
    monkeypatch.setenv("COURTDESK_USER", "judge_a")
    code, out = run(capsys, "--user", "judge_a", "sync", "conflicts", "--all", "--json")
    assert code == 0 and json.loads(out) == []
    code, out = run(capsys, "--user", "judge_a", "sync", "resolve", str(entry["id"]),
                    "--keep", "server")
    assert code != 0 and "我的标题" not in out + capsys.readouterr().err


def test_login_reads_the_password_from_a_file(server, capsys, tmp_path):
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    code, out = run(capsys, "login", "--server", server.base_url, "--username", "clerk_a",
                    "--password-file", str(secret), "--json")
    assert code == 0, out
    assert json.loads(out)["user"]["username"] == "clerk_a"


def test_an_online_login_does_not_enable_an_account_court_it_disabled_here(
        server, capsys, monkeypatch):
    """The court's server knows the clerk; court IT disabled her on this courtroom PC. Her
    online login used to re-enable the local account; now it is refused, keeps no token and
    leaves the account disabled (so her offline login stays refused too)."""
    import keyring

    from courtdesk.common.roles import Role
    from courtdesk.offline_cache.sync_transport import KEYRING_SERVICE

    store = open_store()
    try:
        AccountBook(store).create(None, "it", "信息科", Role.IT_ADMIN, PASSWORD)
    finally:
        store.close()
    login = ("login", "--server", server.base_url, "--username", "clerk_a",
             "--password-stdin", "--json")
    code, out = run(capsys, *login, stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0, out
    store = open_store(create=False)
    try:
        book = AccountBook(store)
        book.set_disabled(book.login("it", PASSWORD), "clerk_a", True)
    finally:
        store.close()
    backend = keyring.get_keyring()
    tokens = [key for key in backend.secrets
              if key[0] == KEYRING_SERVICE and key[1].startswith(server.base_url)]
    assert tokens
    for key in tokens:
        del backend.secrets[key]  # the first login's token: gone, as after a logout

    code, out = run(capsys, *login, stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    said = out + capsys.readouterr().err
    assert code != 0 and "disabled" in said and "courtdesk user enable clerk_a" in said
    store = open_store(create=False)
    try:
        assert AccountBook(store).find("clerk_a").disabled
        with pytest.raises(Exception, match=r"(?i)disabled|wrong"):
            AccountBook(store).login("clerk_a", PASSWORD)
        refused = store.query("SELECT detail FROM audit_log WHERE action = 'login.refused'")
        assert refused and "disabled" in refused[-1]["detail"]
    finally:
        store.close()
    assert not [key for key in backend.secrets
                if key[0] == KEYRING_SERVICE and key[1].startswith(server.base_url)]
