"""Signatures with an RFC 3161 timestamp from a real timestamp authority on 127.0.0.1, and a
timestamp authority that cannot be reached (its own error: the caller may sign without)."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from tsa_kit import timestamp_authority

from courtdesk.signing import errors
from courtdesk.signing.keys import open_p12
from courtdesk.signing.pades import sign_pdf
from courtdesk.signing.verify import verify_pdf

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def tsa(tmp_path_factory):
    with timestamp_authority(tmp_path_factory.mktemp("tsa")) as served:
        yield served


def test_signature_carries_a_real_timestamp(pki, record, tmp_path, tsa):
    url, tsa_root = tsa
    out = tmp_path / "stamped.pdf"
    with open_p12(pki.p12("seal-ec"), pki.password, court_ca=pki.ca_pem) as key:
        sign_pdf(record, out, key, field="court_seal", box=(0, 300, 60, 520, 140),
                 appearance_text=["延吉市人民法院"], tsa_url=url)
    report = verify_pdf(out, trust_roots=[pki.ca_pem, tsa_root])
    assert report.ok
    [sig] = report.signatures
    assert sig.timestamped and not sig.timestamp_problem
    stamped = dt.datetime.fromisoformat(sig.signed_at.replace("Z", "+00:00"))
    assert abs((dt.datetime.now(dt.UTC) - stamped).total_seconds()) < 120

    # Without the TSA's root the timestamp is there but vouches for nothing here.
    [sig] = verify_pdf(out, trust_roots=[pki.ca_pem]).signatures
    assert not sig.timestamped and "吉林省司法时间戳服务" in sig.timestamp_problem
    assert sig.trusted  # the signer itself is still the court's


def test_unreachable_timestamp_authority_is_its_own_error(pki, record, tmp_path):
    with socket.socket() as sock:  # a port with nobody listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/tsa"
    out = tmp_path / "o.pdf"
    before = record.read_bytes()
    with open_p12(pki.p12("seal-rsa"), pki.password) as key, \
            pytest.raises(errors.TimestampUnreachable) as caught:
        sign_pdf(record, out, key, field="s", box=(0, 300, 60, 520, 140), tsa_url=url)
    assert url in str(caught.value) and caught.value.params["url"] == url
    assert record.read_bytes() == before and not out.exists()


def test_a_server_that_is_no_timestamp_authority_refuses(pki, record, tmp_path, tsa):
    url, _ = tsa
    wrong = url.rsplit("/", 1)[0] + "/nobody"  # certomancer answers 404 for it
    with open_p12(pki.p12("seal-rsa"), pki.password) as key, \
            pytest.raises(errors.TimestampRefused, match="did not give a timestamp"):
        sign_pdf(record, tmp_path / "o.pdf", key, field="s", box=(0, 300, 60, 520, 140),
                 tsa_url=wrong)


def test_document_timestamp_added_later_keeps_the_record_valid(pki, record, tmp_path, tsa):
    """A timestamp added at the next connection (a document timestamp, pyHanko's
    PdfTimeStamper) changes nothing signed: the seal still verifies, nothing flagged."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfTimeStamper
    from pyhanko.sign.timestamps import HTTPTimeStamper

    url, tsa_root = tsa
    sealed, stamped = tmp_path / "sealed.pdf", tmp_path / "stamped.pdf"
    with open_p12(pki.p12("seal-rsa"), pki.password) as key:
        sign_pdf(record, sealed, key, field="court_seal", box=(0, 300, 60, 520, 140))
    with open(sealed, "rb") as handle, open(stamped, "wb") as out:
        PdfTimeStamper(HTTPTimeStamper(url)).timestamp_pdf(
            IncrementalPdfFileWriter(handle), "sha256", output=out)
    report = verify_pdf(stamped, trust_roots=[pki.ca_pem, tsa_root])
    sig, stamp = report.signatures  # the document timestamp is listed as one of its own
    assert sig.field == "court_seal" and sig.modification == "none" and report.ok
    assert stamp.kind == "timestamp" and stamp.timestamped and stamp.ok
