"""Every reason not to sign gives its own error, says what to do, and leaves the source
document byte for byte as it was (and no output file behind)."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest
from seal_kit import write_record

from courtdesk.signing import errors
from courtdesk.signing.keys import open_p12
from courtdesk.signing.pades import sign_pdf

pytestmark = pytest.mark.timeout(120)


def test_wrong_p12_password(pki):
    with pytest.raises(errors.WrongKeyPassword, match=r"password for seal-rsa\.p12 is wrong"):
        open_p12(pki.p12("seal-rsa"), b"wrong")


def test_not_a_p12_file(pki, record):
    with pytest.raises(errors.NotPkcs12, match="not a PKCS#12"):
        open_p12(record, pki.password)
    with pytest.raises(errors.NotPkcs12):
        open_p12(pki.ca_pem, pki.password)


def test_missing_key_file(pki, tmp_path):
    with pytest.raises(errors.KeyFileMissing, match="cannot be read"):
        open_p12(tmp_path / "none.p12", pki.password)


def test_expired_certificate_names_the_date(pki):
    with pytest.raises(errors.CertificateExpired, match=r"expired on \d{4}-\d\d-\d\d"):
        open_p12(pki.p12("expired"), pki.password, court_ca=pki.ca_pem)


def test_not_yet_valid_certificate_names_the_date(pki):
    with pytest.raises(errors.CertificateNotYetValid, match=r"valid only from \d{4}-\d\d-\d\d"):
        open_p12(pki.p12("not-yet-valid"), pki.password)


def test_seal_valid_once_its_time_comes(pki):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    with open_p12(pki.p12("not-yet-valid"), pki.password, now=later) as key:
        assert key.signer_name.endswith("（尚未生效）")


def test_certificate_without_non_repudiation(pki):
    with pytest.raises(errors.CertificateNotForSigning, match="nonRepudiation"):
        open_p12(pki.p12("no-nonrepudiation"), pki.password)


def test_certificate_of_another_ca_names_both(pki):
    with pytest.raises(errors.CertificateOtherCa) as caught:
        open_p12(pki.p12("other-ca"), pki.password, court_ca=pki.ca_pem)
    assert "issued by 长白山商贸有限公司 CA, not by the court's CA 延吉市人民法院 电子印章CA" in \
        str(caught.value)
    with open_p12(pki.p12("other-ca"), pki.password, court_ca=pki.other_ca_pem):
        pass  # the same key under its own CA is fine


def test_court_ca_file_unreadable(pki, record):
    with pytest.raises(errors.CourtCaUnreadable):
        open_p12(pki.p12("seal-rsa"), pki.password, court_ca=record)


def _refused(src, out, key, error, match, **kwargs):
    before = src.read_bytes()
    with pytest.raises(error, match=match):
        sign_pdf(src, out, key, **kwargs)
    assert src.read_bytes() == before
    if out != src:
        assert not out.exists()
    assert not list(out.parent.glob("*.part"))


@pytest.fixture
def seal(pki):
    with open_p12(pki.p12("seal-rsa"), pki.password, court_ca=pki.ca_pem) as key:
        yield key


def test_output_may_not_be_the_source(seal, record):
    _refused(record, record, seal, errors.OutputIsSource, "new file", field="s",
             box=(0, 10, 10, 100, 100))


def test_field_already_signed_names_the_signer(pki, seal, record_with_fields, tmp_path):
    signed = tmp_path / "signed.pdf"
    with open_p12(pki.p12("clerk"), pki.password) as clerk:
        sign_pdf(record_with_fields, signed, clerk, field="原告")
    _refused(signed, tmp_path / "again.pdf", seal, errors.FieldAlreadySigned,
             "already signed by 崔美兰", field="原告")


def test_unknown_field_lists_the_empty_ones(seal, record_with_fields, tmp_path):
    _refused(record_with_fields, tmp_path / "o.pdf", seal, errors.FieldUnknown,
             "empty signature fields: '原告', '被告', 'court_seal'", field="第三人")


def test_corrupt_pdf(seal, record, tmp_path):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(record.read_bytes()[:300])
    _refused(cut, tmp_path / "o.pdf", seal, errors.PdfUnreadable, "damaged", field="s",
             box=(0, 10, 10, 100, 100))
    text = tmp_path / "notes.pdf"
    text.write_text("庭审笔录", encoding="utf-8")
    _refused(text, tmp_path / "o.pdf", seal, errors.PdfUnreadable, "not a PDF", field="s",
             box=(0, 10, 10, 100, 100))


def test_encrypted_pdf(seal, tmp_path):
    plain = write_record(tmp_path / "plain.pdf")
    doc = pymupdf.open(plain)
    doc.save(tmp_path / "enc.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u",
             owner_pw="o")
    _refused(tmp_path / "enc.pdf", tmp_path / "o.pdf", seal, errors.PdfEncrypted,
             "password-protected", field="s", box=(0, 10, 10, 100, 100))


def test_full_disk_leaves_no_partial_file(seal, record, tmp_path):
    """A real full file system (a 1 MB tmpfs) refuses the signed copy: no file, no .part."""
    import subprocess

    small = tmp_path / "small"
    small.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)], check=True,
                   timeout=30)
    try:
        (small / "filler").write_bytes(b"\0" * 60_000)
        _refused(record, small / "signed.pdf", seal, errors.SignedFileUnwritable,
                 "could not be written", field="s", box=(0, 10, 10, 100, 100))
    finally:
        subprocess.run(["umount", str(small)], check=True, timeout=30)
