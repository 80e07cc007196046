"""Catalog: the outline when there is one, else detected from page titles; hand edits."""

from __future__ import annotations

import pytest
from dossier_kit import text_pdf

from courtdesk.dossier.catalog import classify, detect
from courtdesk.dossier.errors import CatalogError
from courtdesk.offline_cache.errors import AccessDenied


def _summary(entries):
    return [(e["level"], e["title"], e["doc_type"], e["page_start"] + 1, e["page_end"] + 1,
             e["origin"]) for e in entries]


@pytest.fixture
def docs(books, case, volume_files):
    books["clerk"].import_files(case["id"], volume_files)
    return books["judge"].documents(case["id"])


def test_outline_becomes_the_catalog_with_page_ranges(books, docs):
    assert _summary(books["judge"].catalog(docs[0]["id"])) == [
        (1, "起诉状", "complaint", 1, 2, "outline"),
        (1, "证据目录", "evidence_list", 3, 3, "outline"),
        (1, "证据", "evidence", 4, 5, "outline"),
        (2, "证据一 农副产品购销合同", "evidence", 4, 4, "outline"),
        (2, "证据二 电子发票", "evidence", 5, 5, "outline")]


def test_without_outline_documents_are_detected_from_their_titles(books, docs):
    assert _summary(books["judge"].catalog(docs[2]["id"])) == [
        (1, "送达回证", "service_receipt", 1, 1, "detected"),
        (1, "传票", "summons", 2, 2, "detected"),
        (1, "庭审笔录", "hearing_record", 3, 3, "detected")]
    # Scans not yet read by OCR are grouped until their titles can be read.
    assert _summary(books["judge"].catalog(docs[1]["id"])) == [
        (1, "民事答辩状", "defence", 1, 2, "detected"),
        (1, "扫描件（待识别文字）", "scan", 3, 6, "detected")]


def test_detection_over_many_document_types(books, case, tmp_path):
    titles = ["民事判决书", "民事裁定书", "授权委托书", "证据清单", "开庭笔录", "传　票"]
    pages = [f"吉林省延吉市人民法院\n{t}\n（2026）吉2401民初1234号\n正文第一段。" for t in titles]
    pages.insert(1, "判决书的第二页，正文继续，没有标题。\n本院认为，被告应当支付货款。")
    path = tmp_path / "mixed.pdf"
    path.write_bytes(text_pdf(pages))
    doc = books["clerk"].import_files(case["id"], [path])[0].result.document
    assert [(e["doc_type"], e["page_start"], e["page_end"])
            for e in books["judge"].catalog(doc["id"])] == [
        ("judgment", 0, 1), ("ruling", 2, 2), ("power_of_attorney", 3, 3),
        ("evidence_list", 4, 4), ("hearing_record", 5, 5), ("summons", 6, 6)]


def test_field_lines_and_long_sentences_are_not_titles():
    assert classify("案由：买卖合同纠纷") is None
    assert classify("原告认为，双方买卖合同合法有效，原告已全面履行交货义务，未按约付款") is None
    assert classify("检验报告 8 .") == ("evidence", "证据")  # OCR dust around a title
    assert detect([{"page_index": 0, "head": "", "text_source": "layer"}])[0].title == \
        "（未识别）"


def test_hand_edits_are_kept_synced_and_survive_redetection(books, docs, store):
    vol3 = docs[2]["id"]
    clerk = books["clerk"]
    entries = clerk.catalog(vol3)
    edited = clerk.edit_catalog_entry(entries[2]["id"], title="庭审笔录（草稿）")
    assert edited["origin"] == "manual"
    added = clerk.add_catalog_entry(vol3, "应诉通知书", 1, 1, "notice")
    clerk.remove_catalog_entry(entries[1]["id"])
    after = _summary(clerk.catalog(vol3))
    assert after == [(1, "送达回证", "service_receipt", 1, 1, "manual"),
                     (1, "应诉通知书", "notice", 2, 2, "manual"),
                     (1, "庭审笔录（草稿）", "hearing_record", 3, 3, "manual")]
    # Detection (after OCR, say) leaves a hand-edited catalog alone...
    from courtdesk.dossier.catalog import DossierCatalog

    DossierCatalog(store, "system").rebuild(vol3)
    assert _summary(clerk.catalog(vol3)) == after
    # ...unless asked to start over.
    assert [e["origin"] for e in clerk.redetect_catalog(vol3)] == ["detected"] * 3
    synced = store.query("SELECT op FROM outbox WHERE record_type = 'catalog_entries' AND "
                         "record_id = ?", (added["id"],))
    assert synced[0]["op"] == "insert"  # (then updates: its position, on renumbering)


def test_catalog_edits_are_checked(books, docs):
    vol3 = docs[2]["id"]
    with pytest.raises(CatalogError, match="outside this volume"):
        books["clerk"].add_catalog_entry(vol3, "附件", 2, 9)
    with pytest.raises(CatalogError, match="no field"):
        books["clerk"].edit_catalog_entry(books["clerk"].catalog(vol3)[0]["id"], colour="red")
    with pytest.raises(AccessDenied):
        books["judge"].add_catalog_entry(vol3, "附件", 0, 0)
    with pytest.raises(AccessDenied):
        books["outsider"].catalog(vol3)
