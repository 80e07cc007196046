"""Timestamps added at the next connection, against a real RFC 3161 authority on 127.0.0.1
(certomancer) that is down when the court seals and up afterwards: the file is signed without
a timestamp and queued; `courtdesk sign timestamp-pending`, or the next sync that goes
through, adds a document timestamp as a new file; every signature stays valid and verify
reports it timestamped. Also the SM2 seal and the evidence hashes through `courtdesk sign`."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest
from seal_kit import write_record
from sm2_pki import make_sm2_pki
from tsa_kit import TimestampAuthority

from courtdesk.app.cli import main
from courtdesk.app.demo import DEMO_PASSWORD
from courtdesk.signing.testpki import DEFAULT_PASSWORD

from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def tsa(tmp_path):
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    authority = TimestampAuthority(tmp_path / "tsa")  # made, not started: down
    yield authority
    authority.stop()


@pytest.fixture
def profile(tmp_path, monkeypatch, fast_kdf, isolated_profile, pki, tsa):
    """The demo profile; the machine config names the TSA and trusts the court CA, the
    TSA's root and the court's SM2 CA."""
    monkeypatch.setenv("COURTDESK_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("COURTDESK_PASSWORD", DEMO_PASSWORD)
    sm2 = make_sm2_pki(tmp_path / "sm2")
    roots = tmp_path / "court-roots.pem"
    roots.write_bytes(pki.ca_pem.read_bytes() + tsa.root_pem + sm2.ca_cert.read_bytes())
    config = tmp_path / "courtdesk.toml"
    # A station key of its own: the machine config's [signing], not the demo's own keys.
    config.write_text(f'[signing]\ncourt_ca = "{roots}"\ntsa_url = "{tsa.url}"\n'
                      f'station_p12 = "{pki.p12("station")}"\n')
    monkeypatch.setenv("COURTDESK_CONFIG", str(config))
    (tmp_path / "keypw").write_text(DEFAULT_PASSWORD.decode() + "\n")
    assert main(["demo"]) == 0
    return tmp_path, sm2


def run(capsys, *argv: str) -> tuple[int, dict | list | str]:
    code = main(list(argv))
    out = capsys.readouterr()
    if "--json" in argv and out.out.strip():
        return code, json.loads(out.out)
    return code, out.out + out.err


def _case_id(capsys) -> str:
    code, cases = run(capsys, "--user", "clerk", "case", "list", "--json")
    assert code == 0
    return cases[0]["id"]


def test_sealed_offline_then_timestamped_at_the_next_connection(profile, capsys, pki, tsa):
    folder, sm2 = profile
    capsys.readouterr()
    case_id = _case_id(capsys)
    record = write_record(folder / "record.pdf")
    signed = folder / "record-sealed.pdf"
    code, said = run(capsys, "--user", "clerk", "sign", str(record), "--out", str(signed),
                     "--p12", str(pki.p12("seal-rsa")), "--password-file",
                     str(folder / "keypw"), "--case", case_id, "--sm2-key",
                     str(sm2.seal_key), "--sm2-cert", str(sm2.seal_cert), "--json")
    assert code == 0, said
    assert said["timestamp_owed"] == tsa.url and said["timestamp_url"] == ""
    assert said["sm2_seal"] == str(signed) + ".sm2" and said["timestamp_queued"]
    sealed_bytes = signed.read_bytes()

    code, report = run(capsys, "verify", str(signed), "--json")
    assert code == 0, report
    kinds = [(s["kind"], s["timestamped"], s["ok"]) for s in report["signatures"]]
    assert kinds == [("pades", False, True), ("sm2", False, True)]

    # Still offline: nothing is added, the file keeps waiting, and the command says so.
    code, said = run(capsys, "--user", "clerk", "sign", "timestamp-pending")
    assert code == 1 and "cannot be reached" in said and "1 still waiting" in said

    tsa.start()
    code, outcomes = run(capsys, "--user", "clerk", "sign", "timestamp-pending", "--json")
    assert code == 0, outcomes
    [done] = outcomes
    stamped = Path(done["out"])
    assert done["state"] == "done" and stamped == folder / "record-sealed-timestamped.pdf"
    assert signed.read_bytes() == sealed_bytes  # a new file; the sealed one is never written
    assert stamped.read_bytes().startswith(sealed_bytes)  # an incremental revision after it

    code, report = run(capsys, "verify", str(stamped), "--json")
    assert code == 0, report
    seal, stamp = report["signatures"]
    assert seal["kind"] == "pades" and seal["ok"] and seal["intact"] and seal["trusted"]
    assert stamp["kind"] == "timestamp" and stamp["timestamped"] and stamp["ok"]
    assert stamp["signer"] == "吉林省司法时间戳服务"
    code, text = run(capsys, "verify", str(stamped))
    assert code == 0 and "(timestamped)" in text
    # The sealed file and its SM2 seal are still what they were.
    code, report = run(capsys, "verify", str(signed), "--json")
    assert code == 0 and [s["kind"] for s in report["signatures"]] == ["pades", "sm2"]

    code, said = run(capsys, "--user", "clerk", "sign", "timestamp-pending")
    assert code == 0 and "No signed file is waiting" in said

    # Anything appended after the timestamp is found.
    changed = folder / "changed.pdf"
    changed.write_bytes(stamped.read_bytes() + b"\n% appended after the timestamp\n")
    code, report = run(capsys, "verify", str(changed), "--json")
    assert code == 1 and report["signatures"][-1]["modification"] == "other"

    # Both files are in the case's evidence list, and check against it.
    code, listing = run(capsys, "--user", "clerk", "evidence", "export", case_id, "--json",
                        "--out", str(folder / "evidence.json"))
    signed_items = [i for i in listing["items"] if i["what"] == "signed_document"]
    assert {i["name"] for i in signed_items} == {signed.name, stamped.name}
    assert {i["sha256"] for i in signed_items} == {
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (signed, stamped)}
    code, said = run(capsys, "evidence", "verify", str(folder / "evidence.json"),
                     str(signed), str(stamped))
    assert code == 0, said


def test_a_changed_sm2_sealed_file_fails_verify(profile, capsys, pki, tsa):
    folder, sm2 = profile
    tsa.start()
    record = write_record(folder / "record.pdf")
    signed = folder / "signed.pdf"
    code, said = run(capsys, "sign", str(record), "--out", str(signed), "--p12",
                     str(pki.p12("seal-rsa")), "--password-file", str(folder / "keypw"),
                     "--sm2-key", str(sm2.seal_key), "--sm2-cert", str(sm2.seal_cert))
    assert code == 0 and "SM2 seal:" in said, said
    assert run(capsys, "verify", str(signed))[0] == 0
    data = signed.read_bytes()
    signed.write_bytes(data + b"\n% appended after the seal\n")
    code, report = run(capsys, "verify", str(signed), "--json")
    assert code == 1
    sm2_entry = next(s for s in report["signatures"] if s["kind"] == "sm2")
    assert not sm2_entry["intact"] and not sm2_entry["ok"]


def test_the_next_sync_that_goes_through_adds_the_timestamp(
        profile, capsys, pki, tsa, server, memory_keyring, monkeypatch):
    from server_kit import PASSWORD

    from courtdesk.app.profile import open_store
    from courtdesk.signing.late_timestamps import pending

    folder, _sm2 = profile
    monkeypatch.setenv("COURTDESK_PASSWORD", PASSWORD)
    code, said = run(capsys, "login", "--server", server.base_url, "--username", "clerk_a")
    assert code == 0, said
    record = write_record(folder / "record.pdf")
    signed = folder / "signed.pdf"
    code, said = run(capsys, "--user", "clerk_a", "sign", str(record), "--out", str(signed),
                     "--p12", str(pki.p12("seal-rsa")), "--password-file",
                     str(folder / "keypw"))
    assert code == 0 and "added at the next connection" in said, said
    store = open_store(create=False)
    try:
        assert len(pending(store)) == 1
    finally:
        store.close()

    tsa.start()
    code, said = run(capsys, "--user", "clerk_a", "sync")
    assert code == 0, said
    store = open_store(create=False)
    try:
        assert pending(store) == []
        [row] = store.query("SELECT * FROM pending_timestamps")
        assert row["state"] == "done"
    finally:
        store.close()
    code, report = run(capsys, "verify", row["stamped_path"], "--json")
    assert code == 0 and report["signatures"][-1]["timestamped"], report


def test_a_round_sealed_offline_gets_its_timestamp_as_a_new_revision(courtroom, pki, tsa,
                                                                      tmp_path):
    from courtdesk.app.signing_rounds import SigningRoundBook
    from courtdesk.signing.evidence import items_of_case
    from courtdesk.signing.keys import open_p12
    from courtdesk.signing.late_timestamps import pending, stamp_pending
    from courtdesk.signing.verify import verify_pdf

    store = courtroom.store
    with open_p12(pki.p12("station"), pki.password, court_ca=pki.ca_pem) as station:
        book = SigningRoundBook(store, courtroom.people["clerk"], station=station,
                                tsa_url=tsa.url)
        round_ = book.start(courtroom.hearing_id, tmp_path / "record.pdf")
        for signer in round_.signers():
            round_.refuse(signer.id, "未到庭")
        with open_p12(pki.p12("seal-rsa"), pki.password, court_ca=pki.ca_pem) as seal:
            sealed, filed = book.seal(round_, seal)  # also filed in the case's dossier
    # Every step was signed offline; the sealed file, which carries every signature, is
    # the one that waits for its timestamp.
    [waiting] = pending(store)
    assert Path(waiting["path"]) == sealed.resolve() and waiting["round_id"] == round_.id

    tsa.start()
    [outcome] = stamp_pending(store)
    assert outcome.state == "done" and pending(store) == []
    round_._refresh()
    current = round_.current_pdf()
    assert current == sealed.with_name(f"{sealed.stem}-timestamped.pdf")
    assert round_.revisions()[-1]["step"] == "timestamp"
    roots = tmp_path / "roots.pem"
    roots.write_bytes(pki.ca_pem.read_bytes() + tsa.root_pem)
    report = verify_pdf(current, trust_roots=[roots])
    assert report.ok, report.to_json()
    assert report.signatures[-1].kind == "timestamp" and report.signatures[-1].timestamped
    assert all(s.intact and s.trusted for s in report.signatures)

    # The dossier's sealed record gets the timestamped file as its new version.
    [version] = store.query("SELECT * FROM documents WHERE derived_from = ?", (filed["id"],))
    assert version["derivation"] == "timestamped"
    from courtdesk.offline_cache.blobs import BlobStore

    assert BlobStore(store).read_bytes(version["blob_sha256"]) == current.read_bytes()
    assert BlobStore(store).read_bytes(filed["blob_sha256"]) == sealed.read_bytes()

    # Each step's file and each timestamped one is in the case's evidence hashes.
    items = items_of_case(store, courtroom.case_id)
    names = {i.name for i in items if i.what == "signed_document"}
    assert sealed.name in names and current.name in names
    assert store.verify_audit().ok


def test_a_signed_dossier_document_gets_a_timestamped_new_version(courtroom, pki, tsa,
                                                                  tmp_path):
    from courtdesk.dossier.importer import DossierImporter, prepare_pdf_bytes
    from courtdesk.offline_cache.blobs import BlobStore
    from courtdesk.signing.keys import open_p12
    from courtdesk.signing.late_timestamps import queue, stamp_pending
    from courtdesk.signing.pades import sign_pdf
    from courtdesk.signing.verify import verify_pdf_bytes

    store = courtroom.store
    signed = tmp_path / "judgment-signed.pdf"
    with open_p12(pki.p12("seal-rsa"), pki.password, court_ca=pki.ca_pem) as seal:
        sign_pdf(write_record(tmp_path / "judgment.pdf"), signed, seal, field="court-seal",
                 box=(0, 0, 0, 0, 0))
    blobs = BlobStore(store)
    filed = DossierImporter(store, "clerk", blobs).store_volume(
        courtroom.case_id, prepare_pdf_bytes(signed.name, signed.read_bytes()), volume=None,
        title="判决书").document
    queue(store, Path(filed["title"]), tsa.url, "clerk", case_id=courtroom.case_id,
          document_id=filed["id"])

    tsa.start()
    [outcome] = stamp_pending(store)
    assert outcome.state == "done", outcome
    [version] = store.query("SELECT * FROM documents WHERE derived_from = ?", (filed["id"],))
    assert version["derivation"] == "timestamped" and version["title"] == "判决书"
    assert blobs.read_bytes(filed["blob_sha256"]) == signed.read_bytes()  # never rewritten
    stamped = blobs.read_bytes(version["blob_sha256"])
    roots = tmp_path / "roots.pem"
    roots.write_bytes(pki.ca_pem.read_bytes() + tsa.root_pem)
    report = verify_pdf_bytes(stamped, "判决书.pdf", trust_roots=[roots])
    assert report.ok and [s.kind for s in report.signatures] == ["pades", "timestamp"]


def test_a_case_not_yours_is_refused_before_anything_is_signed(profile, capsys, pki):
    folder, _sm2 = profile
    record = write_record(folder / "record.pdf")
    code, said = run(capsys, "--user", "admin", "sign", str(record), "--out",
                     str(folder / "out.pdf"), "--p12", str(pki.p12("seal-rsa")),
                     "--password-file", str(folder / "keypw"), "--case", "no-such-case")
    assert code == 1 and "do not read case content" in said
    assert not (folder / "out.pdf").exists()
