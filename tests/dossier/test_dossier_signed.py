"""Signed PDFs in the dossier: stored byte for byte, read (OCR) beside the file, never
cleaned or re-saved, filed as signed records; checked with pyHanko alone."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest
from dossier_kit import PASSWORD, image_only_pdf, scan_array
from signed_pdf_kit import make_pki, pyhanko_check, record_pdf, sign

from courtdesk.dossier.errors import NotSigned, SignedKeptAsIs
from courtdesk.offline_cache.errors import AccessDenied

from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def signed_record(pki) -> bytes:
    """A two-page record signed twice (a party, then the court): two revisions."""
    return sign(sign(record_pdf(), pki, "Party", "station"), pki, "CourtSeal", "seal-rsa", 1)


@pytest.fixture(scope="module")
def signed_scan(pki) -> bytes:
    """A scanned page (no text layer: OCR reads it), signed."""
    return sign(image_only_pdf([scan_array(["调解协议 双方签字确认"], angle=0.0, dust=0)]),
                pki, "Clerk", "clerk")


def _stored(book, document: dict) -> bytes:
    return book.files.blobs.read_bytes(document["blob_sha256"])


def test_a_signed_pdf_is_stored_byte_for_byte_and_still_verifies(books, case, tmp_path, pki,
                                                                 signed_record):
    path = tmp_path / "庭审笔录（已签名）.pdf"
    path.write_bytes(signed_record)
    [outcome] = books["clerk"].import_files(case["id"], [path])
    result = outcome.result
    assert result.created and result.signatures == 2
    assert any("stored exactly as received" in note for note in result.notes)
    document = result.document
    assert document["blob_sha256"] == hashlib.sha256(signed_record).hexdigest()
    assert document["source_sha256"] == ""  # no reading copy: the file itself is read
    stored = _stored(books["judge"], document)
    assert stored == signed_record
    assert pyhanko_check(stored, pki) == [("Party", True, True), ("CourtSeal", True, True)]
    assert books["judge"].signed_bytes(document["id"]) == signed_record


def test_ocr_reads_a_signed_scan_beside_the_file_and_cleanup_refuses_it(books, case, tmp_path,
                                                                      pki, signed_scan):
    path = tmp_path / "调解协议.pdf"
    path.write_bytes(signed_scan)
    document = books["clerk"].import_files(case["id"], [path])[0].result.document
    report = books["judge"].ocr(document["id"])
    assert report.done == 1 and not report.failed
    hits = books["judge"].search(case["id"], "调解协议")
    assert [h.document_id for h in hits] == [document["id"]]
    with pytest.raises(SignedKeptAsIs, match="signed"):
        books["clerk"].clean(document["id"])
    assert [d["title"] for d in books["judge"].documents(case["id"])] == ["调解协议"]
    stored = _stored(books["judge"], document)
    assert stored == signed_scan
    assert pyhanko_check(stored, pki) == [("Clerk", True, True)]


def test_export_of_a_signed_volume_is_the_signed_file_unless_marks_are_written_in(
        books, case, tmp_path, pki, signed_record):
    path = tmp_path / "record.pdf"
    path.write_bytes(signed_record)
    document = books["clerk"].import_files(case["id"], [path])[0].result.document
    plain = books["judge"].export(document["id"], tmp_path / "out" / "copy.pdf", flatten=True)
    assert plain.signatures == "kept"
    assert (tmp_path / "out" / "copy.pdf").read_bytes() == signed_record
    assert plain.sha256 == hashlib.sha256(signed_record).hexdigest()

    books["judge"].annotate(document["id"], 0, "note", {"point": [80, 200]}, text="核对")
    marked = books["judge"].export(document["id"], tmp_path / "marked.pdf", flatten=True)
    assert marked.signatures == "broken" and marked.annotations == 1
    assert any("no longer verify" in w for w in marked.warnings)
    checks = pyhanko_check((tmp_path / "marked.pdf").read_bytes(), pki)
    assert [c for c in checks if c[2]] == []  # no signature of the copy holds any more
    assert _stored(books["judge"], document) == signed_record  # the volume is untouched


def test_a_signed_record_is_filed_as_is_and_an_unsigned_file_is_refused(books, case, tmp_path,
                                                                        signed_record):
    path = tmp_path / "final.pdf"
    path.write_bytes(signed_record)
    result = books["clerk"].add_signed_record(case["id"], path, "庭审笔录（签名版）")
    assert result.created and result.document["title"] == "庭审笔录（签名版）"
    assert result.document["blob_sha256"] == hashlib.sha256(signed_record).hexdigest()
    again = books["clerk"].add_signed_record(case["id"], path, "庭审笔录（签名版）")
    assert not again.created and again.document["id"] == result.document["id"]
    audit = books["clerk"].store.query(
        "SELECT detail FROM audit_log WHERE action = 'dossier.signed_record'")
    assert json.loads(audit[0]["detail"])["signatures"] == 2

    unsigned = tmp_path / "draft.pdf"
    unsigned.write_bytes(record_pdf())
    with pytest.raises(NotSigned, match="carries no signature"):
        books["clerk"].add_signed_record(case["id"], unsigned, "草稿")
    with pytest.raises(AccessDenied):
        books["judge"].add_signed_record(case["id"], path, "x")
    assert len(books["judge"].documents(case["id"])) == 1


def test_cli_files_signed_records_and_refuses_unsigned_ones(store, case, tmp_path,
                                                            signed_record):
    store.close()
    (tmp_path / "signed.pdf").write_bytes(signed_record)
    (tmp_path / "draft.pdf").write_bytes(record_pdf())
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(tmp_path), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_PASSWORD=PASSWORD)
    done = subprocess.run(
        [sys.executable, "-m", "courtdesk.app", "--user", "clerk", "dossier", "import",
         "--signed", "--json", case["id"], str(tmp_path / "signed.pdf"),
         str(tmp_path / "draft.pdf")], env=env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stderr
    signed, draft = json.loads(done.stdout)
    assert signed["ok"] and signed["signatures"] == 2
    assert signed["blob_sha256"] == hashlib.sha256(signed_record).hexdigest()
    assert not draft["ok"] and draft["error"] == "dossier_not_signed"
