"""`courtdesk dossier ...` as court staff script it: real subprocesses on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from dossier_kit import PASSWORD, encrypted, image_only_pdf, make_case, make_people, scan_array

from courtdesk.dossier.pdf_thread import on_pdf_thread
from courtdesk.offline_cache.store import LocalStore

from testkit import TEST_PASSPHRASE, ask


def run(home: Path, user: str, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_PASSWORD=PASSWORD)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", "--user", user, "dossier",
                           *args], env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def home(tmp_path, fast_kdf) -> tuple[Path, str]:
    home = tmp_path / "home"
    store = LocalStore.open(home / "store", ask())
    try:
        case = make_case(store, make_people(store))
    finally:
        store.close()
    return home, case["id"]


def test_clerk_imports_and_judge_reads_searches_annotates_exports(home, tmp_path,
                                                                  demo_volumes, demo_facts):
    home, case_id = home
    files = []
    for volume in demo_volumes[:2]:
        files.append(tmp_path / f"{volume.title}.pdf")
        files[-1].write_bytes(volume.pdf)
    (tmp_path / "notes.pdf").write_text("法官笔记，不是PDF")
    (tmp_path / "locked.pdf").write_bytes(encrypted(demo_volumes[2].pdf, "yanji"))
    (tmp_path / "scan.pdf").write_bytes(image_only_pdf([scan_array(
        ["收条", "今收到朴英姬交来货款现金人民币贰万元整"], angle=1.0, dust=200)]))

    imported = run(home, "clerk", "import", case_id, *map(str, files),
                   str(tmp_path / "notes.pdf"), str(tmp_path / "locked.pdf"), "--json")
    assert imported.returncode == 1, imported.stderr  # one file refused, the rest imported
    outcomes = json.loads(imported.stdout)
    assert [(o["ok"], o.get("error")) for o in outcomes] == [
        (True, None), (True, None), (False, "dossier_import_refused"),
        (False, "dossier_password_required")]
    assert "not a PDF" in outcomes[2]["message"] and "--password" in outcomes[3]["message"]
    unlocked = run(home, "clerk", "import", case_id, str(tmp_path / "locked.pdf"),
                   str(tmp_path / "scan.pdf"), "--password", "yanji")
    assert unlocked.returncode == 0, unlocked.stderr
    assert "as volume 3" in unlocked.stdout and "1 scanned pages to OCR" in unlocked.stdout

    listed = json.loads(run(home, "judge", "list", case_id, "--json").stdout)
    assert [(d["volume"], d["page_count"]) for d in listed] == [(1, 5), (2, 6), (3, 3), (4, 1)]
    vol1, scan = listed[0]["id"], listed[3]["id"]

    found = run(home, "judge", "search", case_id, "买卖合同纠纷", "--json", "--rects")
    hits = json.loads(found.stdout)
    assert {h["volume"] for h in hits} == {1, 2, 3} and hits[0]["page"] == 1
    assert hits[0]["rects"] and "【买卖合同纠纷】" in hits[0]["snippet"]

    read = run(home, "judge", "ocr", scan)
    assert read.returncode == 0 and "1 pages read" in read.stdout, read.stderr
    assert "vol.4 p.1" in run(home, "judge", "search", case_id, "今收到").stdout

    catalog = json.loads(run(home, "judge", "catalog", vol1, "--json").stdout)
    assert [(e["title"], e["first_page"], e["last_page"]) for e in catalog][:2] == [
        ("起诉状", 1, 2), ("证据目录", 3, 3)]

    png = tmp_path / "p1.png"
    rendered = run(home, "judge", "render", vol1, "1", "--png", str(png), "--zoom", "1")
    assert rendered.returncode == 0 and on_pdf_thread(lambda: pymupdf.Pixmap(str(png)).width) == 595

    note = run(home, "judge", "annotate", vol1, "1", "--kind", "highlight", "--match",
               "民事起诉状", "--shared", "--json")
    assert json.loads(note.stdout)["visibility"] == "shared", note.stderr
    assert run(home, "judge", "annotate", vol1, "2", "--kind", "note", "--point", "300,300",
               "--text", "核对").returncode == 0
    seen_by_presiding = json.loads(run(home, "presiding", "annotations", vol1, "--json").stdout)
    assert [a["kind"] for a in seen_by_presiding] == ["highlight"]  # the note is private

    out = tmp_path / "export.pdf"
    exported = run(home, "judge", "export", vol1, str(out), "--flatten", "--redact", "--json")
    report = json.loads(exported.stdout)
    assert report["annotations"] == 2 and len(report["redactions"]) >= 3
    text = on_pdf_thread(lambda: "".join(page.get_text() for page in pymupdf.open(out)))
    assert demo_facts["id"] not in text and demo_facts["card"] not in text


def test_cli_errors_are_clear(home, tmp_path):
    home, case_id = home
    missing = run(home, "judge", "render", "no-such-document", "1", "--png",
                  str(tmp_path / "x.png"))
    assert missing.returncode == 1 and "No dossier document" in missing.stderr
    denied = run(home, "judge", "import", case_id, str(tmp_path / "x.pdf"))
    assert denied.returncode == 1 and "may not change the dossier" in denied.stderr
    bad_page = run(home, "judge", "annotate", "x", "0", "--kind", "bookmark")
    assert bad_page.returncode == 2 and "count from 1" in bad_page.stderr
