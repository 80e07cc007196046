"""Evidence hashes from the command line, on the demo case in a real store: a recording
(from a file) and an exported record are hashed into the audit chain when they are made;
`evidence export` lists them as the user's role may see them; `evidence verify` finds which
files match, which differ and which are missing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from gmssl_pyx import sm3_hash

from courtdesk.app.demo import DEMO_PASSWORD

from speech_audio import write_wav
from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(400)


def courtdesk(home: Path, *args: str, user: str = "clerk") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_PASSWORD=DEMO_PASSWORD, COURTDESK_USER=user)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    home = tmp_path_factory.mktemp("demo") / "home"
    return home, json.loads(ok(courtdesk(home, "demo", "--json")).stdout)["case_id"]


def test_recordings_exports_are_listed_and_files_checked(demo, tmp_path):
    home, case_id = demo
    rng = np.random.default_rng(7)
    wav = write_wav(tmp_path / "hearing.wav",
                    (rng.standard_normal(16000 * 3) * 3000).astype(np.int16))
    recorded = ok(courtdesk(home, "hearing", "record", "--case", case_id, "--file", str(wav),
                            "--no-asr", "--roles", "0=judge", "--title", "证据测试庭审",
                            "--json"))
    hearing_id = json.loads(recorded.stdout.splitlines()[-1])["hearing_id"]
    out = tmp_path / "out"
    out.mkdir()
    ok(courtdesk(home, "hearing", "export", hearing_id, "--pdf", str(out / "record.pdf"),
                 "--txt", str(out / "record.txt")))

    listed = ok(courtdesk(home, "evidence", "export", case_id, "--json", "--out",
                          str(tmp_path / "list.json"), "--manifests", str(out)))
    listing = json.loads(listed.stdout)
    assert json.loads((tmp_path / "list.json").read_text("utf-8")) == listing
    mine = [i for i in listing["items"] if i["hearing_id"] == hearing_id]
    assert sorted(i["what"] for i in mine) == ["record_export", "record_export",
                                               "recording_manifest"]
    for item in mine:
        data = (out / item["name"]).read_bytes()
        assert item["sha256"] == hashlib.sha256(data).hexdigest()
        assert item["sm3"] == sm3_hash(data).hex()
        assert item["by"].startswith("clerk") and item["at"]
    manifest = next(i for i in mine if i["what"] == "recording_manifest")
    shown = json.loads(ok(courtdesk(home, "hearing", "show", hearing_id, "--json")).stdout)
    assert manifest["record_id"] == shown["recordings"][0]["id"]
    assert len((out / manifest["name"]).read_text().splitlines()) >= 3  # ~1 s chunks

    checked = ok(courtdesk(home, "evidence", "verify", str(tmp_path / "list.json"),
                           "--dir", str(out), "--json"))
    report = json.loads(checked.stdout)
    assert report["ok"] and report["matched"] == 3 and report["differing"] == 0
    # Every evidence item of the case not given here (the demo's own) is reported missing.
    assert {m["name"] for m in report["missing"]} == {
        i["name"] for i in listing["items"] if i["hearing_id"] != hearing_id}

    # One byte changed in the record: that file differs, and the command fails.
    pdf = bytearray((out / "record.pdf").read_bytes())
    pdf[len(pdf) // 2] ^= 0x01
    (out / "record.pdf").write_bytes(bytes(pdf))
    (out / "record.txt").unlink()
    failed = courtdesk(home, "evidence", "verify", str(tmp_path / "list.json"),
                       str(out / "record.pdf"), str(out / manifest["name"]))
    assert failed.returncode == 1
    assert f"DIFFERS   {out / 'record.pdf'}" in failed.stdout
    assert f"MATCH     {out / manifest['name']}" in failed.stdout
    assert "MISSING   record.txt" in failed.stdout

    # The hashes are in the audit chain, which still verifies.
    assert json.loads(ok(courtdesk(home, "audit", "verify", "--json")).stdout)["ok"]


def test_a_deliberations_hashes_are_for_its_judges(demo, tmp_path):
    home, case_id = demo
    made = ok(courtdesk(home, "hearing", "new", "--case", case_id, "--type", "deliberation",
                        "--title", "合议", "--json", user="presiding"))
    deliberation = json.loads(made.stdout)["id"]
    ok(courtdesk(home, "hearing", "export", deliberation, "--txt",
                 str(tmp_path / "deliberation.txt"), user="presiding"))

    def hearings_listed(user: str) -> set[str]:
        listing = json.loads(ok(courtdesk(home, "evidence", "export", case_id, "--json",
                                          user=user)).stdout)
        return {i["hearing_id"] for i in listing["items"]}

    assert deliberation in hearings_listed("judge")
    assert deliberation not in hearings_listed("clerk")
    refused = courtdesk(home, "evidence", "export", case_id, "--json", user="admin")
    assert refused.returncode == 1 and "do not read case content" in refused.stderr
