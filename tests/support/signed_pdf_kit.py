"""Real signed PDFs for the dossier's and the viewer's tests: the test court PKI
(courtdesk.signing.testpki), PAdES signatures by courtdesk's own signer (incremental
revisions), a byte flipped inside the signed range, and pyHanko's independent check."""

from __future__ import annotations

import hashlib
import tempfile
from io import BytesIO
from pathlib import Path

from courtdesk.signing.testpki import Pki, make_pki  # noqa: F401  (the tests' PKI)

# Where each field's visible box goes on the last page: (page, x0, y0, x1, y1), PDF points.
_BOXES = [(-1, 60, 60 + 90 * n, 280, 130 + 90 * n) for n in range(4)]


def sign(pdf: bytes, pki: Pki, field: str = "Signature1", signer: str = "seal-rsa",
         number: int = 0) -> bytes:
    """``pdf`` with one more signature by ``signer`` (a testpki name), as an incremental
    revision, in a new visible field (``number`` picks its box)."""
    from courtdesk.signing.keys import open_p12
    from courtdesk.signing.pades import sign_pdf

    with tempfile.TemporaryDirectory() as folder:
        src, out = Path(folder) / "in.pdf", Path(folder) / "out.pdf"
        src.write_bytes(pdf)
        with open_p12(pki.p12(signer), pki.password, court_ca=pki.ca_pem) as key:
            sign_pdf(src, out, key, field=field, box=_BOXES[number],
                     appearance_text=[pki.common_name(signer)])
        return out.read_bytes()


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
