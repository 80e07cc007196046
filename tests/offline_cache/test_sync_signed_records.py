"""A signed record travels to the court's server and to another PC as the very bytes that
were signed: filed on one PC, synced through the real case server process on 127.0.0.1,
pulled on a second PC, and every signature there still intact and trusted."""

from __future__ import annotations

import hashlib
import os

import pytest
from signed_pdf_kit import make_pki, pyhanko_check, record_pdf, sign
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.app.dossier_book import DossierBook
from courtdesk.signing.verify import verify_pdf

pytestmark = [pytest.mark.timeout(180), pytest.mark.usefixtures("memory_keyring")]


def test_a_signed_record_synced_and_pulled_on_another_pc_is_byte_identical_and_verifies(
        tmp_path, server):
    pki = make_pki(tmp_path / "pki")
    signed = sign(sign(record_pdf(3), pki, "原告", "station"), pki, "court_seal", "seal-rsa", 1)
    sha = hashlib.sha256(signed).hexdigest()
    path = tmp_path / "庭审笔录（已签名）.pdf"
    path.write_bytes(signed)

    store = open_client_store(tmp_path / "courtroom-pc")
    client = logged_in_client(store, server.base_url, "clerk_a")
    clerk = adopt(store, client, "clerk_a")
    case = CaseBook(store, clerk).create_case(f"(2026)S{os.urandom(3).hex()}", "签名笔录")
    filed = DossierBook(store, clerk).add_signed_record(case["id"], path, "庭审笔录（已签名）")
    report = client.sync()
    assert report.ok and report.uploads["completed"] >= 1 and not report.uploads["failed"]
    on_server = server.data_dir / "blobs" / sha[:2] / sha
    assert hashlib.sha256(on_server.read_bytes()).hexdigest() == sha

    other = open_client_store(tmp_path / "judges-laptop")
    laptop = logged_in_client(other, server.base_url, "clerk_a")
    laptop.sync()
    book = DossierBook(other, adopt(other, laptop, "clerk_a"))
    [document] = [d for d in book.documents(case["id"]) if d["id"] == filed.document["id"]]
    assert document["blob_sha256"] == sha and document["title"] == "庭审笔录（已签名）"
    pulled = tmp_path / "pulled.pdf"
    pulled.write_bytes(book.signed_bytes(document["id"]))
    assert hashlib.sha256(pulled.read_bytes()).hexdigest() == sha

    verification = verify_pdf(pulled, trust_roots=[pki.ca_pem])
    assert verification.ok, [s.problem for s in verification.signatures]
    assert [(s.field, s.intact, s.trusted) for s in verification.signatures] == [
        ("原告", True, True), ("court_seal", True, True)]
    assert pyhanko_check(pulled.read_bytes(), pki) == [("原告", True, True),
                                                       ("court_seal", True, True)]
