"""The demo case: made through the CLI, complete, and nothing of it readable on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.demo import DEMO_PASSWORD, create_demo
from courtdesk.app.profile import open_store
from courtdesk.offline_cache.blobs import BlobStore

from testkit import TEST_PASSPHRASE


def courtdesk(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    full_env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE, **env)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=full_env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> tuple[Path, str]:
    home = tmp_path_factory.mktemp("demo") / "home"
    result = courtdesk(home, "demo", "--json")
    assert result.returncode == 0, result.stderr
    return home, json.loads(result.stdout)["case_id"]


def test_demo_prints_its_case_id_and_is_idempotent(demo_home):
    home, case_id = demo_home
    again = courtdesk(home, "demo", "--json")
    data = json.loads(again.stdout)
    assert data["case_id"] == case_id and data["created"] is False


def test_demo_case_is_complete_for_the_clerk(demo_home):
    home, case_id = demo_home
    shown = courtdesk(home, "case", "show", case_id, "--json", "--user", "clerk",
                      COURTDESK_PASSWORD=DEMO_PASSWORD)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["case"]["cause"] == "买卖合同纠纷"
    sides = sorted(p["side"] for p in data["parties"])
    assert sides == ["defendant", "plaintiff"]
    assert all(p["lawyer_name"] for p in data["parties"])
    assert [h["kind"] for h in data["hearings"]] == ["hearing"]  # the clerk: no deliberation
    assert len(data["documents"]) >= 3 and all(d["page_count"] > 0 for d in data["documents"])
    judge = courtdesk(home, "case", "show", case_id, "--json", "--user", "presiding",
                      COURTDESK_PASSWORD=DEMO_PASSWORD)
    assert "deliberation" in [h["kind"] for h in json.loads(judge.stdout)["hearings"]]


def test_demo_dossier_volumes_are_real_pdfs_with_scanned_pages(demo_home, monkeypatch):
    import pymupdf as fitz

    home, case_id = demo_home
    monkeypatch.setenv("COURTDESK_HOME", str(home))
    monkeypatch.setenv("COURTDESK_PASSPHRASE", TEST_PASSPHRASE)
    store = open_store(create=False)
    try:
        clerk = AccountBook(store).login("clerk", DEMO_PASSWORD)
        documents = CaseBook(store, clerk).open_case(case_id).documents
        blobs = BlobStore(store)
        scanned = 0
        for document in documents:
            pdf = fitz.open(stream=blobs.read_bytes(document["blob_sha256"]), filetype="pdf")
            assert pdf.page_count == document["page_count"]
            scanned += sum(1 for page in pdf if not page.get_text().strip())
        assert scanned >= 2
    finally:
        store.close()


def _case_strings() -> list[str]:
    import random

    from courtdesk.app import demo_material

    facts = demo_material.case_facts(random.Random(demo_material.DEMO_SEED))
    return ["朴英姬", "长白山商贸", "买卖合同", "吉2401民初1234", facts["phone"], facts["id"],
            "金明哲", "courtdesk-demo", "%PDF", "RIFF", "WAVE"]


def test_no_case_text_is_readable_in_any_file_under_the_profile(demo_home):
    home, _ = demo_home
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.parent.parent.name == "blobs" for p in files)
    for path in files:
        raw = path.read_bytes()
        for text in _case_strings():
            for encoding in ("utf-8", "utf-16-le", "gb18030"):
                assert text.encode(encoding) not in raw, f"{text!r} readable in {path.name}"


def test_create_demo_in_process_reports_audio(tmp_path, fast_kdf):
    from courtdesk.offline_cache.store import LocalStore

    from testkit import ask

    store = LocalStore.open(tmp_path / "store", ask())
    try:
        result = create_demo(store)
        assert result.created and result.pages > 0
        import shutil

        assert result.audio == bool(shutil.which("espeak-ng"))
        assert store.verify_audit().ok
    finally:
        store.close()


@pytest.mark.parametrize("argv", [["demo"], ["--demo", "case", "list"], ["--demo"]])
def test_an_installed_build_refuses_the_demo_and_makes_no_profile(tmp_path, monkeypatch,
                                                                  capsys, argv):
    # What IT installs is the frozen bundle (tests/installers/test_deb_install.py runs the
    # real one); here the same check in this process, flagged as PyInstaller flags it.
    from courtdesk.app import cli

    monkeypatch.setenv("COURTDESK_DEMO_HOME", str(tmp_path / "demo"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert cli.main(argv) == cli.EXIT_USAGE
    assert "the demo is not part of an installed courtdesk" in capsys.readouterr().err
    assert not (tmp_path / "demo").exists()
