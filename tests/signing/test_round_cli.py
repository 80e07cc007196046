"""``courtdesk sign round`` on the demo case: the demo's own court CA, station and seal make a
whole round possible for a newcomer, scripted end to end."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from courtdesk.app.cli import main
from courtdesk.app.demo import DEMO_PASSWORD
from courtdesk.signing.ink import SignatureInk, Stroke
from courtdesk.signing.verify import verify_pdf

from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def demo(tmp_path, monkeypatch, fast_kdf, isolated_profile):
    monkeypatch.setenv("COURTDESK_PASSPHRASE", TEST_PASSPHRASE)
    (tmp_path / "pw").write_text(DEMO_PASSWORD + "\n")
    (tmp_path / "ink.json").write_text(SignatureInk([Stroke(
        [(10 + i * 5, 40 + 25 * math.sin(i / 3), i * 11, 0.6) for i in range(50)])],
        300, 100, "mouse").to_json())
    assert main(["demo"]) == 0
    return tmp_path


def run(capsys, *argv: str, user: str = "clerk", pw=None) -> tuple[int, dict | str]:
    code = main(["--user", user, "--password-file", str(pw), *argv])
    out = capsys.readouterr()
    if "--json" in argv and out.out.strip():
        return code, json.loads(out.out)
    return code, out.out + out.err


def test_a_whole_round_through_the_cli_on_the_demo_case(demo, capsys, isolated_profile):
    pw = demo / "pw"
    capsys.readouterr()
    code, cases = run(capsys, "case", "list", "--json", pw=pw)
    code, hearings = run(capsys, "hearing", "list", "--case", cases[0]["id"], "--json", pw=pw)
    hearing = next(h["id"] for h in hearings if h["kind"] == "hearing")

    code, said = run(capsys, "sign", "round", hearing, "--signer", "party-", "--ink",
                     str(demo / "ink.json"), pw=pw)
    assert code == 1 and "not been exported for signing" in said

    code, said = run(capsys, "sign", "round", hearing, pw=pw)
    assert code == 1 and "Say where to export the record" in said
    code, listing = run(capsys, "sign", "round", hearing, "--pdf", str(demo / "record.pdf"),
                        "--json", pw=pw)
    assert code == 0 and listing["record"] == str(demo / "record.pdf")
    signers = listing["signers"]
    assert [s["who"] for s in signers][:3] == ["审判长 李振东", "审判员 崔东哲", "书记员 崔美兰"]
    assert {s["state"] for s in signers} == {"waiting"}
    record_bytes = (demo / "record.pdf").read_bytes()

    code, said = run(capsys, "sign", "round", hearing, "--signer", "party-nobody", "--ink",
                     str(demo / "ink.json"), pw=pw)
    assert code == 1 and "No signer 'party-nobody'" in said and "朴英姬" in said
    *everyone, refuser = [s for s in signers if s["who"] != "被告 朴英姬"] + [
        next(s for s in signers if s["who"] == "被告 朴英姬")]
    for signer in everyone:
        code, said = run(capsys, "sign", "round", hearing, "--signer", signer["id"], "--ink",
                         str(demo / "ink.json"), pw=pw)
        assert code == 0, said
    code, said = run(capsys, "sign", "round", hearing, "--signer", everyone[0]["id"], "--ink",
                     str(demo / "ink.json"), pw=pw)
    assert code == 1 and "has already signed" in said
    code, said = run(capsys, "sign", "round", hearing, "--refuse", refuser["id"], "--note",
                     "不同意第二页的记载", pw=pw)
    assert code == 0, said
    seal = isolated_profile / "demo-signing" / "seal-rsa.p12"
    # a judge who does not preside may not seal
    code, said = run(capsys, "sign", "round", hearing, "--seal", "--p12", str(seal),
                     "--key-password-file", str(pw), user="judge", pw=pw)
    assert code == 1
    code, done = run(capsys, "sign", "round", hearing, "--seal", "--p12", str(seal),
                     "--key-password-file", str(pw), "--json", pw=pw)
    assert code == 0 and done["done"] and done["sealed"]
    # The sealed record is filed in the case's dossier byte for byte (it syncs as a volume).
    volume = done["dossier_volume"]
    assert "笔录（已签名盖章）" in volume["title"]
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.dossier_book import DossierBook
    from courtdesk.app.profile import open_store

    store = open_store(create=False)
    try:
        clerk = AccountBook(store).login("clerk", DEMO_PASSWORD)
        stored = DossierBook(store, clerk).signed_bytes(volume["id"])
    finally:
        store.close()
    assert stored == Path(done["current_pdf"]).read_bytes()
    code, said = run(capsys, "sign", "round", hearing, "--seal", "--p12", str(seal),
                     "--key-password-file", str(pw), pw=pw)
    assert code == 1 and "sealed already" in said

    assert (demo / "record.pdf").read_bytes() == record_bytes
    report = verify_pdf(done["current_pdf"],
                        trust_roots=[isolated_profile / "demo-signing" / "court-ca.pem"])
    assert report.ok and len(report.signatures) == len(signers) + 1
    # `courtdesk verify` in the demo profile trusts the demo's own court CA (no machine config
    # names one), so a newcomer's sealed demo record reads OK, not "not trusted".
    code, checked = run(capsys, "verify", str(done["current_pdf"]), "--json", pw=pw)
    assert code == 0 and checked["ok"], checked
    # the demo tells its seal password; no log holds it
    logs = "".join(p.read_text(errors="replace")
                   for p in (isolated_profile / "logs").glob("*") if p.is_file())
    assert DEMO_PASSWORD not in logs
    assert not list((isolated_profile / "demo-signing").glob("*.key.pem"))
