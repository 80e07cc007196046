"""Real signed PDFs for the dossier's and the viewer's tests: a court CA and a signer with a
Chinese name made with ``cryptography``, PAdES signatures by pyHanko (incremental
revisions), a byte flipped inside the signed range, and a change appended after signing."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Pki:
    ca_pem: Path
    key_pem: Path
    cert_pem: Path


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "延吉市人民法院"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_pki(directory: Path, signer: str = "延吉市人民法院 电子签章",
             ca_name: str = "延吉市人民法院 根证书") -> Pki:
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name(ca_name)).issuer_name(_name(ca_name))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name(signer)).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            # pyHanko's default policy wants non-repudiation on a signer.
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    pki = Pki(directory / "ca.pem", directory / "signer-key.pem", directory / "signer.pem")
    pki.ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    pki.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pki.key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                              serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
    return pki


def sign(pdf: bytes, pki: Pki, field: str = "Signature1") -> bytes:
    """``pdf`` with one more PAdES signature, as an incremental revision."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load(str(pki.key_pem), str(pki.cert_pem),
                                       ca_chain_files=(str(pki.ca_pem),))
    out = signers.sign_pdf(IncrementalPdfFileWriter(BytesIO(pdf), strict=False),
                           signers.PdfSignatureMetadata(field_name=field), signer=signer)
    return out.getvalue()


MARK = b"courtdesk-signed-test"  # in the unsigned PDF's Info title, uncompressed


def flip_signed_byte(signed: bytes, revision: int = 1) -> bytes:
    """A copy with one byte changed inside the signed range: in the first revision a
    letter of the document's title (as a program "touching up" the file would: every
    signature covers it); in a later one a digit of the last signature's signing time (only
    that signature covers it)."""
    import re

    ranges = [(int(a), int(b), int(c), int(d)) for a, b, c, d in re.findall(
        rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", signed)]
    assert ranges, "not a signed PDF"
    if revision == 1:
        at = signed.index(MARK)
    else:
        at = signed.rindex(b"Z)", 0, ranges[-1][2] + ranges[-1][3]) - 1  # its last digit
        assert at > ranges[0][2] + ranges[0][3], "inside the first signature's range"
    start, first, second, length = ranges[-1]
    assert start <= at < first or second <= at < second + length, "not in the signed range"
    data = bytearray(signed)
    data[at] ^= 0x01
    return bytes(data)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_pdf(pages: int = 2, text: str = "庭审笔录") -> bytes:
    """An unsigned court record to sign: Chinese text on each page (PyMuPDF, on the PDF
    thread), saved without object streams so its title stays readable in the file."""
    import pymupdf

    from courtdesk.dossier.pdf_thread import on_pdf_thread

    def make() -> bytes:
        doc = pymupdf.open()
        for number in range(pages):
            page = doc.new_page()
            page.insert_text((72, 100), f"{text} 第{number + 1}页", fontname="china-s",
                             fontsize=14)
        doc.set_metadata({"title": MARK.decode()})
        return doc.tobytes(garbage=0, deflate=True)

    return on_pdf_thread(make)


def pyhanko_check(pdf: bytes, pki: Pki) -> list[tuple[str, bool, bool]]:
    """Each signature's (field, intact, bottom line) as pyHanko alone validates it against
    the test CA: the independent check beside courtdesk's own verification."""
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(pki.ca_pem))])
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    found = []
    for signature in reader.embedded_signatures:
        status = validate_pdf_signature(signature, context)
        found.append((signature.field_name, status.intact, status.bottom_line))
    return found
