"""The court's law library through the real case server: court IT publishes it, a laptop's
next sync installs it (and only a file whose hash checks out), nobody else may publish."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import httpx
import pytest
from server_kit import PASSWORD
from sync_kit import logged_in_client, open_client_store

from courtdesk.laws.library import LawLibrary
from courtdesk.laws.opening import starter_folder
from courtdesk.offline_cache.sync_laws import publish_law_library
from courtdesk.offline_cache.sync_transport import ServerRefused

from testkit import TEST_PASSPHRASE

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


def sha_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_library(path, *names: str):
    library = LawLibrary(path)
    try:
        report = library.import_paths([starter_folder() / name for name in names])
        assert report.count("failed") == 0
    finally:
        library.close()
    return path


def laws_list(tmp_path, library_file) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(tmp_path / "home"), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_LAWS=str(library_file))
    done = subprocess.run([sys.executable, "-m", "courtdesk.app", "laws", "list", "--json"],
                          env=env, capture_output=True, text=True, timeout=90,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_it_publishes_a_laptop_installs_a_tampered_file_is_refused(tmp_path, server):
    it_store = open_client_store(tmp_path / "it")
    it_client = logged_in_client(it_store, server.base_url, "it_a")
    clerk_store = open_client_store(tmp_path / "clerk")
    clerk = logged_in_client(clerk_store, server.base_url, "clerk_a")
    clerk.laws_target = tmp_path / "clerk-laws" / "laws.sqlite"
    try:
        # Before anything is published the laptop keeps what it has (here: nothing).
        assert clerk.sync().laws == {"status": "none", "sha256": ""}
        assert not clerk.laws_target.exists()

        first = make_library(tmp_path / "it-laws.sqlite", "民法典-合同编.md")
        published = publish_law_library(it_client.session, first)
        assert published["published_by"] == "it_a"
        sha = published["sha256"]

        report = clerk.sync()
        assert report.ok and report.laws == {"status": "installed", "sha256": sha}
        assert sha_of(clerk.laws_target) == sha
        listed = laws_list(tmp_path, clerk.laws_target)
        assert listed["sha256"] == sha
        assert [law["title"] for law in listed["laws"]] == ["中华人民共和国民法典"]
        assert clerk.sync().laws == {"status": "current", "sha256": sha}

        # A new version whose file is damaged on the server: refused, the old one stays.
        second = make_library(tmp_path / "it-laws-2.sqlite", "民法典-合同编.md", "刑法.md")
        newer = publish_law_library(it_client.session, second)["sha256"]
        assert newer != sha
        stored = server.data_dir / "blobs" / "laws" / newer
        damaged = bytearray(stored.read_bytes())
        damaged[len(damaged) // 2] ^= 0xFF
        stored.write_bytes(bytes(damaged))
        report = clerk.sync()
        assert report.laws["status"] == "refused"
        assert report.error_codes == ["law_library_hash_mismatch"]
        assert sha_of(clerk.laws_target) == sha
        assert laws_list(tmp_path, clerk.laws_target)["sha256"] == sha
        assert sorted(p.name for p in clerk.laws_target.parent.iterdir()) == [
            "laws.sqlite", "laws.sqlite.installed.json"]  # no partial file left

        # Published again whole: the next sync installs it.
        stored.unlink()
        publish_law_library(it_client.session, second)
        assert clerk.sync().laws == {"status": "installed", "sha256": newer}
        titles = {law["title"] for law in laws_list(tmp_path, clerk.laws_target)["laws"]}
        assert titles == {"中华人民共和国民法典", "中华人民共和国刑法"}
    finally:
        it_client.close()
        clerk.close()
        it_store.close()
        clerk_store.close()


@pytest.mark.parametrize("username", ["clerk_a", "presiding_a", "judge_a"])
def test_only_court_it_may_publish(tmp_path, server, username):
    store = open_client_store(tmp_path / username)
    client = logged_in_client(store, server.base_url, username)
    try:
        library = make_library(tmp_path / "laws.sqlite", "刑法.md")
        with pytest.raises(ServerRefused) as refused:
            publish_law_library(client.session, library)
        assert refused.value.params["status"] == 403
        assert refused.value.params["server_code"] == "forbidden"
    finally:
        client.close()
        store.close()


def test_the_server_refuses_a_damaged_or_foreign_upload(server, tmp_path):
    library = make_library(tmp_path / "laws.sqlite", "刑法.md")
    body = library.read_bytes()
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        token = http.post("/auth/login", json={"username": "it_a", "password": PASSWORD}
                          ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        before = http.get("/laws/library", headers=headers)
        wrong = http.put("/laws/library", params={"sha256": "0" * 64}, content=body,
                         headers=headers)
        assert wrong.status_code == 422 and wrong.json()["code"] == "hash_mismatch"
        text = b"not a law library at all"
        foreign = http.put("/laws/library", params={"sha256": hashlib.sha256(text).hexdigest()},
                           content=text, headers=headers)
        assert foreign.status_code == 422 and foreign.json()["code"] == "not_a_library"
        after = http.get("/laws/library", headers=headers)
        assert (after.status_code, after.text) == (before.status_code, before.text)
        # Court B's people see Court A's library nowhere.
        other = http.post("/auth/login", json={"username": "clerk_b", "password": PASSWORD}
                          ).json()["access_token"]
        assert http.get("/laws/library", headers={"Authorization": f"Bearer {other}"}
                        ).status_code == 404


def test_court_it_publishes_through_the_core_and_a_laptop_says_which_library_it_has(
        tmp_path, server):
    from courtdesk.app.accounts import User
    from courtdesk.app.court_laws import CourtLawLibrary, LawPublishForbidden
    from courtdesk.common.roles import Role
    from courtdesk.offline_cache.errors import AccessDenied
    from courtdesk.offline_cache.sync_laws import installed_library

    library_file = make_library(tmp_path / "it-laws.sqlite", "刑法.md")
    clerk_user = User("c1", "clerk_a", "书记员", Role.CLERK)
    it_user = User("i1", "it_a", "信息中心", Role.IT_ADMIN)
    # Refused here, before anything is read or sent, whatever a window shows.
    with pytest.raises(AccessDenied):
        CourtLawLibrary(clerk_user, library_file)
    court = CourtLawLibrary(it_user, library_file)
    prepared = court.prepare()
    assert prepared.laws == 1 and prepared.sha256 == sha_of(prepared.file)
    assert prepared.articles > 400

    # A local IT account whose login on the server is not court IT: the server's 403 reads
    # as the law library's own refusal.
    clerk_store = open_client_store(tmp_path / "clerk")
    clerk = logged_in_client(clerk_store, server.base_url, "clerk_a")
    clerk.laws_target = tmp_path / "clerk-laws" / "laws.sqlite"
    it_store = open_client_store(tmp_path / "it")
    it_client = logged_in_client(it_store, server.base_url, "it_a")
    try:
        with pytest.raises(LawPublishForbidden) as refused:
            court.publish(clerk.session, prepared)
        assert refused.value.params["status"] == 403
        published = court.publish(it_client.session, prepared)
        prepared.discard()
        assert published["sha256"] == prepared.sha256

        assert installed_library(clerk.laws_target)["source"] == "none"
        assert clerk.sync().laws == {"status": "installed", "sha256": prepared.sha256}
        installed = installed_library(clerk.laws_target)
        assert installed["source"] == "court" and installed["sha256"] == prepared.sha256
        assert installed["installed_at"] and installed["published_at"][:4] >= "2024"
        # Laws imported here afterwards: no longer the court's library as sent.
        library = LawLibrary(clerk.laws_target)
        library.import_paths([starter_folder() / "民法典-合同编.md"])
        library.close()
        assert installed_library(clerk.laws_target)["source"] == "local"
    finally:
        clerk.close()
        it_client.close()
        clerk_store.close()
        it_store.close()


def test_the_server_keeps_each_courts_current_and_previous_library_only(server, tmp_path):
    """Old versions are deleted when a library is published; the previous one stays for a
    laptop that was told of it just before, and another court's files are never touched."""
    from server_kit import TEST_PASSWORD_COST

    from courtdesk.case_server.admin import CourtAdmin
    from courtdesk.case_server.db import Database

    db = Database(f"sqlite:///{server.data_dir / 'server.db'}")
    try:
        CourtAdmin(db, password_cost=TEST_PASSWORD_COST).create_user(
            "B", "it_b", "it_admin", PASSWORD)
    finally:
        db.dispose()
    shelf = server.data_dir / "blobs" / "laws"
    names = ["刑法.md", "行政诉讼法(2017-06-27).md", "刑事诉讼法(2018-10-26).md",
             "民事诉讼法(2021-12-24).md"]
    libraries = [make_library(tmp_path / f"laws-{n}.sqlite", name)
                 for n, name in enumerate(names)]
    with httpx.Client(base_url=server.base_url, timeout=60) as http:
        def login(username: str) -> dict:
            token = http.post("/auth/login", json={"username": username, "password": PASSWORD}
                              ).json()["access_token"]
            return {"Authorization": f"Bearer {token}"}

        it_a, it_b, clerk_a = login("it_a"), login("it_b"), login("clerk_a")

        def publish(headers: dict, library) -> str:
            sha = sha_of(library)
            answer = http.put("/laws/library", params={"sha256": sha},
                              content=library.read_bytes(), headers=headers)
            assert answer.status_code == 200, answer.text
            return sha

        def on_shelf() -> set[str]:
            return {p.name for p in shelf.iterdir() if len(p.name) == 64}

        court_b = publish(it_b, libraries[3])
        first = publish(it_a, libraries[0])
        second = publish(it_a, libraries[1])
        # A laptop learns of the second, then court IT publishes a third before it fetches.
        assert http.get("/laws/library", headers=clerk_a).json()["sha256"] == second
        third = publish(it_a, libraries[2])
        assert on_shelf() == {second, third, court_b}  # the first is gone
        late = http.get(f"/laws/library/{second}", headers=clerk_a)
        assert late.status_code == 200 and hashlib.sha256(late.content).hexdigest() == second
        assert http.get(f"/laws/library/{first}", headers=clerk_a).status_code == 404
        # The same library again: it stays current, and the one before it stays too.
        publish(it_a, libraries[2])
        assert on_shelf() == {second, third, court_b}
        fourth = publish(it_a, libraries[0])
        assert on_shelf() == {third, fourth, court_b}
        assert http.get(f"/laws/library/{second}", headers=clerk_a).status_code == 404
        assert http.get("/laws/library", headers=clerk_a).json()["sha256"] == fourth
        assert "previous" not in http.get("/laws/library", headers=clerk_a).json()
