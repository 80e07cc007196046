"""The SM2 seal beside a PDF: made and checked by courtdesk, and by OpenSSL's command line
both ways; any change to the PDF breaks it; the certificate is trusted only through an SM2
CA that signed it."""

from __future__ import annotations

import base64
import json
import subprocess

import pymupdf as fitz
import pytest
from sm2_pki import SIGNER_ID, make_sm2_pki, openssl

from courtdesk.signing import sm2

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_sm2_pki(tmp_path_factory.mktemp("sm2pki"))


def _record_pdf(path):
    doc = fitz.open()
    for n in range(3):
        page = doc.new_page()
        page.insert_text((72, 72), f"record page {n + 1}")
    doc.save(path)
    return path


def test_seal_checks_and_breaks_on_any_change(tmp_path, pki):
    pdf = _record_pdf(tmp_path / "record.pdf")
    before = pdf.read_bytes()
    sidecar = sm2.seal_beside(pdf, pki.seal_key, pki.seal_cert)
    assert sidecar == tmp_path / "record.pdf.sm2"
    assert pdf.read_bytes() == before  # the PDF itself is never touched
    seal = json.loads(sidecar.read_text(encoding="utf-8"))
    assert seal["signer_id"] == "1234567812345678"
    assert seal["sm3"] == sm2.sm3_hex(before)

    status = sm2.check_beside(pdf, [pki.ca_cert])
    assert status.kind == "sm2" and status.intact and status.trusted and status.ok
    assert status.signer == "测试中级人民法院电子印章"

    for offset in (0, len(before) // 2, len(before) - 1):
        changed = bytearray(before)
        changed[offset] ^= 0x01
        pdf.write_bytes(bytes(changed))
        broken = sm2.check_beside(pdf, [pki.ca_cert])
        assert not broken.intact and not broken.ok, offset
        assert "changed after the SM2 seal" in broken.problem
    pdf.write_bytes(before + b"\n%appended\n")
    assert not sm2.check_beside(pdf, [pki.ca_cert]).intact
    pdf.write_bytes(before)
    assert sm2.check_beside(pdf, [pki.ca_cert]).ok


def test_no_sidecar_is_none(tmp_path):
    assert sm2.check_beside(_record_pdf(tmp_path / "plain.pdf")) is None


def test_openssl_verifies_courtdesk_seal(tmp_path, pki):
    pdf = _record_pdf(tmp_path / "record.pdf")
    seal = json.loads(sm2.seal_beside(pdf, pki.seal_key, pki.seal_cert).read_text("utf-8"))
    (tmp_path / "sig.der").write_bytes(base64.b64decode(seal["signature"]))
    (tmp_path / "cert.pem").write_text(seal["certificate"])
    pub = openssl("x509", "-in", "cert.pem", "-pubkey", "-noout", cwd=tmp_path).stdout
    (tmp_path / "pub.pem").write_bytes(pub)
    ok = openssl("dgst", "-sm3", "-verify", "pub.pem", "-sigopt", SIGNER_ID, "-signature",
                 "sig.der", "record.pdf", cwd=tmp_path)
    assert b"Verified OK" in ok.stdout
    pdf.write_bytes(pdf.read_bytes() + b" ")
    failed = subprocess.run(["openssl", "dgst", "-sm3", "-verify", "pub.pem", "-sigopt",
                             SIGNER_ID, "-signature", "sig.der", "record.pdf"],
                            cwd=tmp_path, capture_output=True, timeout=30)
    assert failed.returncode != 0


def test_courtdesk_verifies_openssl_signature(tmp_path, pki):
    pdf = _record_pdf(tmp_path / "record.pdf")
    openssl("dgst", "-sm3", "-sign", str(pki.seal_key), "-sigopt", SIGNER_ID, "-out",
            "sig.der", "record.pdf", cwd=tmp_path)
    data = pdf.read_bytes()
    sidecar = sm2.sidecar_path(pdf)
    sidecar.write_text(json.dumps({
        "format": sm2.FORMAT, "algorithm": "SM2-with-SM3", "document": pdf.name,
        "size": len(data), "sm3": sm2.sm3_hex(data), "sha256": "",
        "signer_id": "1234567812345678",
        "signature": base64.b64encode((tmp_path / "sig.der").read_bytes()).decode(),
        "certificate": pki.seal_cert.read_text(), "signed_at": "2026-12-05T08:00:00+00:00",
    }), encoding="utf-8")
    status = sm2.check_beside(pdf, [pki.ca_cert])
    assert status.intact and status.trusted
    # OpenSSL's own default ID differs from the standard one: that signature must not pass.
    openssl("dgst", "-sm3", "-sign", str(pki.seal_key), "-sigopt", "distid:other-id",
            "-out", "sig2.der", "record.pdf", cwd=tmp_path)
    seal = json.loads(sidecar.read_text("utf-8"))
    seal["signature"] = base64.b64encode((tmp_path / "sig2.der").read_bytes()).decode()
    sidecar.write_text(json.dumps(seal), encoding="utf-8")
    assert not sm2.check_beside(pdf, [pki.ca_cert]).intact


def test_trust_needs_the_sm2_ca_that_signed_it(tmp_path, pki):
    pdf = _record_pdf(tmp_path / "record.pdf")
    sm2.seal_beside(pdf, pki.seal_key, pki.seal_cert)
    untrusted = sm2.check_beside(pdf)
    assert untrusted.intact and not untrusted.trusted and not untrusted.ok
    # Another SM2 CA with the very same name did not sign it: its signature is checked.
    _key, impostor = pki.self_signed("impostor-ca", "/CN=测试中级人民法院 SM2 CA/O=法院")
    status = sm2.check_beside(pdf, [impostor])
    assert status.intact and not status.trusted
    assert "does not match" in status.trust_problem
    # A CA of another name: not trusted either.
    _key, other = pki.self_signed("other-ca", "/CN=Other court CA")
    assert "not issued by" in sm2.check_beside(pdf, [other]).trust_problem
    assert sm2.check_beside(pdf, [other, pki.ca_cert]).trusted


def test_key_of_another_certificate_is_refused(tmp_path, pki):
    pdf = _record_pdf(tmp_path / "record.pdf")
    stray = pki.key("stray")
    with pytest.raises(sm2.Sm2KeyMismatch):
        sm2.seal_beside(pdf, stray, pki.seal_cert)
    assert not sm2.sidecar_path(pdf).exists()
    not_a_key = tmp_path / "nokey.pem"
    not_a_key.write_text("hello")
    with pytest.raises(sm2.Sm2KeyUnreadable):
        sm2.seal_beside(pdf, not_a_key, pki.seal_cert)


def test_a_damaged_seal_file_fails_plainly(tmp_path, pki):
    pdf = _record_pdf(tmp_path / "record.pdf")
    sidecar = sm2.seal_beside(pdf, pki.seal_key, pki.seal_cert)
    seal = json.loads(sidecar.read_text("utf-8"))
    sidecar.write_text(json.dumps({**seal, "signature": "not base64!"}), encoding="utf-8")
    status = sm2.check_beside(pdf, [pki.ca_cert])
    assert not status.ok and "unreadable" in status.problem
    sidecar.write_text("{", encoding="utf-8")
    assert not sm2.check_beside(pdf, [pki.ca_cert]).ok
