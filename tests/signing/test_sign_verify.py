"""Signing with PKCS#12 keys and verifying, against pyHanko's own validation as a second
opinion: RSA and EC, signatures in sequence, a flipped byte, changes appended after signing."""

from __future__ import annotations

import io

import pytest
from seal_kit import write_record

from courtdesk.signing.keys import open_p12
from courtdesk.signing.pades import sign_pdf
from courtdesk.signing.verify import verify_pdf

pytestmark = pytest.mark.timeout(120)


def pyhanko_says(path, pki) -> list[bool]:
    """pyHanko's bottom line for each signature, validated independently of courtdesk."""
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(pki.ca_pem))],
                                allow_fetching=False, revocation_mode="soft-fail")
    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    return [validate_pdf_signature(s, context).bottom_line for s in reader.embedded_signatures]


@pytest.mark.parametrize("name", ["seal-rsa", "seal-ec"])
def test_sign_and_verify_p12(pki, record, tmp_path, name):
    before = record.read_bytes()
    out = tmp_path / "signed.pdf"
    with open_p12(pki.p12(name), pki.password, court_ca=pki.ca_pem) as key:
        digest = sign_pdf(record, out, key, field="court_seal", box=(-1, 300, 60, 520, 140),
                          appearance_text=["延吉市人民法院", "电子印章"], reason="庭审笔录 盖章")
    assert record.read_bytes() == before
    import hashlib

    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    report = verify_pdf(out, trust_roots=[pki.ca_pem])
    assert report.ok and report.signed and report.sha256 == digest
    [sig] = report.signatures
    assert sig.signer == pki.common_name(name)
    assert sig.issuer == "延吉市人民法院 电子印章CA"
    assert (sig.intact, sig.trusted, sig.modification, sig.covers_whole_file) == \
        (True, True, "none", True)
    assert sig.field == "court_seal" and sig.reason == "庭审笔录 盖章" and sig.revision == 1
    assert not sig.timestamped and sig.signed_at.endswith("Z")
    assert pyhanko_says(out, pki) == [True]


def test_parties_then_seal_all_valid(pki, record_with_fields, tmp_path):
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    with open_p12(pki.p12("station"), pki.password, court_ca=pki.ca_pem) as station:
        sign_pdf(record_with_fields, first, station, field="原告",
                 appearance_text=["原告 延吉市长白山商贸有限公司"])
    with open_p12(pki.p12("seal-rsa"), pki.password, court_ca=pki.ca_pem) as seal:
        sign_pdf(first, second, seal, field="court_seal", appearance_text=["延吉市人民法院"])
    report = verify_pdf(second, trust_roots=[pki.ca_pem])
    assert report.ok, report
    party, court = report.signatures
    assert (party.field, party.modification, party.covers_whole_file) == \
        ("原告", "form_filling", False)
    assert (court.field, court.modification, court.covers_whole_file) == \
        ("court_seal", "none", True)
    assert court.revision == party.revision + 1
    assert pyhanko_says(second, pki) == [True, True]


def test_one_flipped_byte_names_the_broken_signature(pki, record_with_fields, tmp_path):
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    with open_p12(pki.p12("station"), pki.password) as station:
        sign_pdf(record_with_fields, first, station, field="原告", appearance_text=["原告"])
    with open_p12(pki.p12("seal-ec"), pki.password) as seal:
        sign_pdf(first, second, seal, field="court_seal", appearance_text=["延吉市人民法院"])
    data = bytearray(second.read_bytes())
    # A byte the second signature covers and the first does not: in the seal's revision,
    # before its signature value (an object's text, where a flip keeps the file readable).
    start = len(first.read_bytes())
    at = data.index(b"/Type", start) + 2
    data[at] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    report = verify_pdf(tampered, trust_roots=[pki.ca_pem])
    assert report.readable and not report.ok
    party, court = report.signatures
    assert party.intact and not court.intact
    assert "BROKEN" in court.problem and court.field == "court_seal"
    assert pyhanko_says(tampered, pki)[1] is False


def test_annotation_appended_after_signing_is_reported(pki, record, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = tmp_path / "signed.pdf"
    with open_p12(pki.p12("seal-rsa"), pki.password) as key:
        sign_pdf(record, signed, key, field="court_seal", box=(0, 300, 60, 520, 140),
                 appearance_text=["延吉市人民法院"])
    with open(signed, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        page_ref = writer.root["/Pages"]["/Kids"][0]
        page = page_ref.get_object()
        note = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (100, 100, 120, 120)]),
            generic.NameObject("/Contents"): generic.TextStringObject("改过"),
        }))
        annots = page.get("/Annots")
        if annots is None:
            page[generic.NameObject("/Annots")] = generic.ArrayObject([note])
        else:
            annots.get_object().append(note)
        writer.update_container(page)
        changed = tmp_path / "changed.pdf"
        with open(changed, "wb") as target:
            writer.write(target)
    report = verify_pdf(changed, trust_roots=[pki.ca_pem])
    [sig] = report.signatures
    assert sig.intact and sig.trusted and not sig.covers_whole_file
    assert sig.modification in ("annotations", "other") and not report.ok


def test_resaved_by_another_program_is_reported(pki, record, tmp_path):
    import pymupdf

    signed = tmp_path / "signed.pdf"
    with open_p12(pki.p12("seal-rsa"), pki.password) as key:
        sign_pdf(record, signed, key, field="court_seal", box=(0, 300, 60, 520, 140))
    doc = pymupdf.open(signed)
    doc[0].insert_text((72, 300), "added later", fontsize=11)
    doc.saveIncr()  # an incremental save: the signed bytes stay, the page content changes
    doc.close()
    report = verify_pdf(signed, trust_roots=[pki.ca_pem])
    [sig] = report.signatures
    assert sig.intact and sig.modification == "other" and not report.ok
    assert "changed after it" in sig.problem


def test_bytes_appended_after_the_last_signature_are_reported(pki, record, tmp_path):
    """Objects appended after the end: no reader shows them, yet the file is no longer what
    was signed."""
    signed = tmp_path / "signed.pdf"
    with open_p12(pki.p12("seal-rsa"), pki.password) as key:
        sign_pdf(record, signed, key, field="court_seal", box=(0, 300, 60, 520, 140))
    signed.write_bytes(signed.read_bytes() + b"\n99 0 obj\n<< /Note (added) >>\nendobj\n")
    report = verify_pdf(signed, trust_roots=[pki.ca_pem])
    [sig] = report.signatures
    assert sig.intact and sig.trusted and not sig.covers_whole_file
    assert sig.modification == "other" and "appended" in sig.problem and not report.ok


def test_fully_rewritten_by_another_program_breaks_every_signature(pki, record_with_fields,
                                                                   tmp_path):
    import pymupdf

    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    with open_p12(pki.p12("station"), pki.password) as station:
        sign_pdf(record_with_fields, first, station, field="原告")
    with open_p12(pki.p12("seal-rsa"), pki.password) as seal:
        sign_pdf(first, second, seal, field="court_seal")
    doc = pymupdf.open(second)
    doc.save(tmp_path / "rewritten.pdf", garbage=3, deflate=True)  # a full re-save
    doc.close()
    report = verify_pdf(tmp_path / "rewritten.pdf", trust_roots=[pki.ca_pem])
    assert report.readable and not report.ok and len(report.signatures) == 2
    assert all(not s.intact and "re-saved by another program" in s.problem
               for s in report.signatures)


def test_unsigned_pdf_says_not_signed(record):
    report = verify_pdf(record, trust_roots=[])
    assert report.readable and not report.signed and not report.ok
    assert report.signatures == []


@pytest.mark.parametrize("content, words", [
    (b"not a pdf at all", "is not a PDF"),
    (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "damaged"),
])
def test_unreadable_files(tmp_path, content, words):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    report = verify_pdf(path, trust_roots=[])
    assert not report.readable and words in report.problem and not report.ok


def test_encrypted_pdf_is_unreadable_for_verify(tmp_path):
    import pymupdf

    path = write_record(tmp_path / "plain.pdf")
    doc = pymupdf.open(path)
    doc.save(tmp_path / "enc.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u",
             owner_pw="o")
    report = verify_pdf(tmp_path / "enc.pdf", trust_roots=[])
    assert not report.readable and "encrypted" in report.problem


def test_untrusted_signers_say_why(pki, record, tmp_path):
    """Signed by another CA's certificate: intact, not trusted, and the report names both CAs.
    No court CA at all: nothing is trusted, and the report says what to configure."""
    out = tmp_path / "other.pdf"
    with open_p12(pki.p12("other-ca"), pki.password) as key:  # no court CA: signs
        sign_pdf(record, out, key, field="seal", box=(0, 300, 60, 520, 140))
    [sig] = verify_pdf(out, trust_roots=[pki.ca_pem]).signatures
    assert sig.intact and not sig.trusted
    assert "长白山商贸有限公司 CA" in sig.trust_problem and "延吉市人民法院 电子印章CA" in \
        sig.trust_problem
    [sig] = verify_pdf(out, trust_roots=[]).signatures
    assert not sig.trusted and "court_ca" in sig.trust_problem


@pytest.mark.parametrize("name, words", [
    ("no-nonrepudiation", "nonRepudiation"),
    ("expired", "not valid at the signing time"),
])
def test_certificates_courtdesk_refuses_to_sign_with_verify_as_untrusted(pki, record,
                                                                          tmp_path, name, words):
    """Signed by pyHanko alone (courtdesk refuses these keys): verify says why not trusted."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(str(pki.p12(name)), passphrase=pki.password)
    out = tmp_path / "signed.pdf"
    with open(record, "rb") as handle, open(out, "wb") as target:
        signers.sign_pdf(IncrementalPdfFileWriter(handle),
                         signers.PdfSignatureMetadata(field_name="seal"), signer=signer,
                         output=target)
    report = verify_pdf(out, trust_roots=[pki.ca_pem])
    [sig] = report.signatures
    assert sig.intact and not sig.trusted and words in sig.trust_problem and not report.ok


def test_damaged_signature_value_is_broken_not_a_crash(pki, record_with_fields, tmp_path):
    """The signature value itself (outside the signed bytes) overwritten: that signature is
    reported broken, the other one still checks out."""
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    with open_p12(pki.p12("station"), pki.password) as station:
        sign_pdf(record_with_fields, first, station, field="原告")
    with open_p12(pki.p12("seal-rsa"), pki.password) as seal:
        sign_pdf(first, second, seal, field="court_seal")
    data = bytearray(second.read_bytes())
    start = data.index(b"/Contents <", len(first.read_bytes())) + len(b"/Contents <")
    data[start:start + 40] = b"0" * 40  # the DER header of the CMS structure
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    report = verify_pdf(damaged, trust_roots=[pki.ca_pem])
    party, court = report.signatures
    assert party.intact and party.trusted
    assert not court.intact and court.problem.startswith("BROKEN") and not report.ok
