"""Import of PDFs and scans into a case's dossier, and every kind of bad input."""

from __future__ import annotations

import hashlib

import pymupdf
import pytest
from dossier_kit import (
    blob_state,
    encrypted,
    huge_page_pdf,
    image_only_pdf,
    jpeg_bytes,
    pdf_text,
    png_bytes,
    scan_array,
    text_pdf,
    tiff_bytes,
    zero_page_pdf,
)

from courtdesk.dossier.errors import ImportRefused, PasswordRequired, WrongPassword
from courtdesk.dossier.pdf_thread import on_pdf_thread
from courtdesk.offline_cache.errors import AccessDenied


def _counts(store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "document_pages", "catalog_entries", "outbox", "blobs")}


def test_demo_volumes_import_with_pages_text_and_one_blob_each(books, case, volume_files,
                                                               demo_volumes, store):
    outcomes = books["clerk"].import_files(case["id"], volume_files)
    assert [o.error for o in outcomes] == [None, None, None]
    docs = books["judge"].documents(case["id"])
    assert [(d["volume"], d["title"], d["page_count"]) for d in docs] == [
        (v.volume, v.title, v.page_count) for v in demo_volumes]
    assert [d["ocr_pending"] for d in docs] == [0, 4, 0]  # volume 2 ends with four scans
    for doc, volume in zip(docs, demo_volumes):
        sha = hashlib.sha256(volume.pdf).hexdigest()
        assert doc["blob_sha256"] == sha and doc["source_sha256"] == ""
        assert books["judge"].files.blobs.read_bytes(sha) == volume.pdf
    pages = store.query("SELECT page_index, text, text_source FROM document_pages "
                        "WHERE document_id = ? ORDER BY page_index", (docs[0]["id"],))
    assert len(pages) == 5 and "民事起诉状" in pages[0]["text"]
    assert all(p["text_source"] == "layer" for p in pages)
    # Synced like any record: row + outbox, with an audit entry.
    outbox = store.query("SELECT op FROM outbox WHERE record_type = 'documents'")
    assert len(outbox) == 3
    assert store.query("SELECT count(*) AS n FROM audit_log WHERE action = 'dossier.import'"
                       )[0]["n"] == 3

    again = books["clerk"].import_files(case["id"], volume_files[:1])
    assert not again[0].result.created and "stored once" in again[0].result.notes[0]
    assert len(books["judge"].documents(case["id"])) == 3


def test_scans_as_jpeg_png_and_multipage_tiff_become_pdf_volumes(books, case, tmp_path):
    pages = [scan_array([f"第{i}页 扫描件"], angle=1.0, dust=50, seed=i) for i in range(3)]
    files = {"scan.jpg": jpeg_bytes(pages[0]), "scan.png": png_bytes(pages[1]),
             "bundle.tif": tiff_bytes(pages)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    outcomes = books["clerk"].import_files(case["id"], [tmp_path / n for n in files])
    results = [o.result for o in outcomes]
    assert [r.pages for r in results] == [1, 1, 3]
    assert [r.ocr_pending for r in results] == [1, 1, 3]  # image-only: OCR will read them
    for data, result in zip(files.values(), results):
        doc = result.document
        assert doc["source_sha256"] == hashlib.sha256(data).hexdigest()  # kept as it came
        assert doc["source_mime"].startswith("image/") and doc["mime"] == "application/pdf"
        pdf = books["judge"].files.pdf_bytes(doc["blob_sha256"])
        count, width = on_pdf_thread(lambda pdf=pdf: (
            lambda opened: (opened.page_count, opened[0].rect.width))(
            pymupdf.open(stream=pdf, filetype="pdf")))
        assert count == result.pages
        assert abs(width - 595) < 2  # 150 dpi honoured: an A4 page
        assert books["judge"].files.blobs.read_bytes(doc["source_sha256"]) == data


def test_password_protected_pdf_needs_its_password(books, case, tmp_path, store):
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted(text_pdf(["机密证据 银行流水"]), "yanji-2026"))
    before = _counts(store)
    refused = books["clerk"].import_files(case["id"], [locked])[0].error
    assert isinstance(refused, PasswordRequired) and "--password" in refused.message
    wrong = books["clerk"].import_files(case["id"], [locked], password="wrong")[0].error
    assert isinstance(wrong, WrongPassword) and "does not open" in wrong.message
    assert _counts(store)["documents"] == before["documents"]
    result = books["clerk"].import_files(case["id"], [locked], password="yanji-2026")[0].result
    doc = result.document
    assert doc["source_sha256"] == hashlib.sha256(locked.read_bytes()).hexdigest()
    reading = books["judge"].files.pdf_bytes(doc["blob_sha256"])
    assert not on_pdf_thread(lambda: pymupdf.open(stream=reading, filetype="pdf").needs_pass)
    assert "银行流水" in pdf_text(reading)
    assert [h.page_index for h in books["judge"].search(case["id"], "银行流水")] == [0]


def _truncated(pdf: bytes) -> bytes:
    return pdf[:len(pdf) * 2 // 3]


BAD_INPUTS = {
    "truncated.pdf": (lambda v: _truncated(v), "cut short"),
    "corrupt.pdf": (lambda v: b"%PDF-1.7\n" + bytes(range(256)) * 64, "damaged"),
    "letter.pdf": (lambda v: "这是一封信，不是PDF。".encode() * 20, "not a PDF"),
    "report.pdf": (lambda v: b"PK\x03\x04" + bytes(400), "Office document"),
    "empty-volume.pdf": (lambda v: zero_page_pdf(), "no pages"),
    "plan.pdf": (lambda v: huge_page_pdf(), "5 m"),
    "cut.jpg": (lambda v: jpeg_bytes(scan_array(["截断"], dust=0))[:3000], "cut short"),
    "noise.png": (lambda v: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "cannot be read"),
    "blank.pdf": (lambda v: b"", "empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_refused_clearly_and_nothing_is_stored(name, books, case, tmp_path,
                                                            store, volume_files,
                                                            demo_volumes):
    books["clerk"].import_files(case["id"], volume_files[:1])
    make, expected = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(make(demo_volumes[0].pdf))
    before, blobs_before = _counts(store), blob_state(store)

    outcome = books["clerk"].import_files(case["id"], [bad])[0]

    assert outcome.result is None and isinstance(outcome.error, ImportRefused)
    message = outcome.error.message
    assert expected in message and name in message and "nothing in the dossier" in message
    after = _counts(store)
    assert {k: after[k] for k in after if k != "outbox"} == \
        {k: before[k] for k in before if k != "outbox"}
    assert after["outbox"] == before["outbox"] and blob_state(store) == blobs_before
    # The rest of the dossier keeps working.
    assert books["judge"].search(case["id"], "起诉状")


def test_one_bad_file_does_not_stop_the_others(books, case, tmp_path, volume_files):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    outcomes = books["clerk"].import_files(case["id"], [volume_files[0], bad, volume_files[2]])
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert [d["volume"] for d in books["judge"].documents(case["id"])] == [1, 2]


def test_only_those_who_edit_the_case_import_and_only_members_read(books, case,
                                                                   volume_files):
    with pytest.raises(AccessDenied, match="may not change the dossier"):
        books["judge"].import_files(case["id"], volume_files[:1])
    books["presiding"].import_files(case["id"], volume_files[:1])
    for outsider in ("outsider", "admin"):
        with pytest.raises(AccessDenied):
            books[outsider].documents(case["id"])
        with pytest.raises(AccessDenied):
            books[outsider].search(case["id"], "起诉状")
    doc_id = books["judge"].documents(case["id"])[0]["id"]
    with pytest.raises(AccessDenied, match="No dossier document"):
        books["outsider"].document(doc_id)


def test_documents_stored_without_page_text_are_indexed_on_first_use(books, case, store,
                                                                     demo_volumes):
    from courtdesk.app.casebook import CaseBook
    from courtdesk.offline_cache.blobs import BlobStore

    # As the demo (and a sync pull) stores them: a documents row and a blob, nothing else.
    volume = demo_volumes[2]
    sha = BlobStore(store).put_bytes(volume.pdf, "application/pdf")
    CaseBook(store, books["clerk"].user).add_document(
        case["id"], volume.title, sha, volume=3, page_count=volume.page_count,
        size_bytes=len(volume.pdf))
    hits = books["judge"].search(case["id"], "送达回证")
    assert [(h.volume, h.page_index) for h in hits] == [(3, 0)]
    assert [e["doc_type"] for e in books["judge"].catalog(hits[0].document_id)] == [
        "service_receipt", "summons", "hearing_record"]


def test_image_only_pdf_pages_wait_for_ocr(books, case, tmp_path):
    path = tmp_path / "scans.pdf"
    path.write_bytes(image_only_pdf([scan_array(["扫描"], dust=10)]))
    result = books["clerk"].import_files(case["id"], [path])[0].result
    assert result.ocr_pending == 1
    assert books["judge"].documents(case["id"])[0]["ocr_pending"] == 1


def test_a_volume_whose_file_is_missing_does_not_break_the_others(books, case, store,
                                                                  volume_files):
    from courtdesk.app.casebook import CaseBook

    books["clerk"].import_files(case["id"], volume_files[:1])
    CaseBook(store, books["clerk"].user).add_document(  # synced in, its blob not yet fetched
        case["id"], "第九卷", "ab" * 32, volume=9, page_count=3, size_bytes=1000)
    docs = books["judge"].documents(case["id"])
    assert [bool(d["problem"]) for d in docs] == [False, True]
    assert "missing" in docs[1]["problem"]
    assert books["judge"].search(case["id"], "起诉状")
