"""Search over every volume of a case, OCR of scanned pages (Chinese and Korean), resumable.

OCR is slow (seconds a page on these machines), so one store is shared by the module and
only a few pages are read: two of the demo's scans, a Korean scan and a scan with numbers.
"""

from __future__ import annotations

import json

import pymupdf
import pytest
from dossier_kit import image_only_pdf, make_case, make_people, scan_array

from courtdesk.app.dossier_book import DossierBook
from courtdesk.dossier.ocr import ocr_page
from courtdesk.dossier.pdf_thread import on_pdf_thread
from courtdesk.dossier.selection import quote_of
from courtdesk.dossier.text import normalize
from courtdesk.offline_cache import store_key
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

KOREAN = ["피고, 원고의 청구에 대하여 답변하십시오.", "변론 기일은 2026년 12월 8일입니다."]


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_volumes, demo_facts):
    folder = tmp_path_factory.mktemp("ocr-world")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_key, "SCRYPT_N", 2**12)
        store = LocalStore.open(folder / "store", ask())
    people = make_people(store)
    case = make_case(store, people)
    books = {name: DossierBook(store, user) for name, user in people.items()}
    files = []
    for volume in demo_volumes:
        files.append(folder / f"{volume.title}.pdf")
        files[-1].write_bytes(volume.pdf)
    files.append(folder / "韩文扫描件.pdf")
    files[-1].write_bytes(image_only_pdf([scan_array(KOREAN, fontname="korea", angle=-2.0,
                                                     dust=400)]))
    files.append(folder / "委托书扫描件.pdf")
    files[-1].write_bytes(image_only_pdf([scan_array(
        ["委托人：朴英姬，公民身份号码", f"{demo_facts['id']}，联系电话{demo_facts['phone']}。"],
        angle=1.5, dust=300)]))
    outcomes = books["clerk"].import_files(case["id"], files)
    docs = [o.result.document for o in outcomes]

    # Volume 2: read its last two scans, stopping after the first, then resuming.
    events: list = []
    stop_after_one = lambda: len(events) >= 1  # noqa: E731
    first = books["judge"].ocr(docs[1]["id"], pages=[4, 5], progress=events.append,
                               should_stop=stop_after_one)
    states_between = {r["page_index"]: r["ocr_state"] for r in store.query(
        "SELECT page_index, ocr_state FROM document_pages WHERE document_id = ?",
        (docs[1]["id"],))}
    second = books["judge"].ocr(docs[1]["id"], pages=[4, 5], progress=events.append)
    korean = books["judge"].ocr(docs[3]["id"])
    yield {"store": store, "books": books, "case": case, "docs": docs, "events": events,
           "first": first, "second": second, "between": states_between, "korean": korean}
    store.close()


def test_ocr_runs_as_a_resumable_job_with_progress(world):
    first, second, events = world["first"], world["second"], world["events"]
    assert first.stopped and (first.done, first.remaining) == (1, 1)
    assert world["between"] == {0: "", 1: "", 2: "pending", 3: "pending", 4: "done",
                                5: "pending"}
    assert (second.done, second.remaining, second.failed) == (1, 0, 0)
    assert [(e.page_index, e.state, e.done, e.total) for e in events] == [
        (4, "done", 1, 2), (5, "done", 1, 1)]
    assert world["korean"].done == 1
    doc = world["books"]["judge"].documents(world["case"]["id"])[1]
    assert (doc["ocr_pending"], doc["ocr_done"]) == (2, 2)  # pages 3 and 4 not asked for


def test_search_covers_every_volume_in_order_with_context(world):
    hits = world["books"]["judge"].search(world["case"]["id"], "买卖合同纠纷")
    assert {h.volume for h in hits} == {1, 2, 3}
    assert [(h.volume, h.page_index) for h in hits] == sorted((h.volume, h.page_index)
                                                             for h in hits)
    first = hits[0]
    assert first.match == "买卖合同纠纷" and first.before and first.after
    assert "【买卖合同纠纷】" in first.as_dict()["snippet"] and first.as_dict()["page"] == 1


@pytest.mark.parametrize("query", ["违约", "诉", "ｃｂｓ-2025"])
def test_short_chinese_and_full_width_queries_find_pages(world, query):
    hits = world["books"]["judge"].search(world["case"]["id"], query)
    assert hits and all(h.match.lower() == normalize(query).lower() for h in hits)


def test_search_finds_words_split_by_a_line_break_and_marks_both_parts(world):
    book, vol2 = world["books"]["judge"], world["docs"][1]
    hits = book.search(world["case"]["id"], "公民身份号码")  # "公民身份\n号码" in the PDF
    assert (2, 0) in [(h.volume, h.page_index) for h in hits]
    rects = book.hit_rects(vol2["id"], 0, "公民身份号码")
    assert len(rects) == 2 and rects[0].y1 <= rects[1].y0 + 1  # end of one line, start of next


def test_scanned_pages_are_searchable_after_ocr(world):
    book, vol2 = world["books"]["judge"], world["docs"][1]
    hits = book.search(world["case"]["id"], "特别授权")
    assert [(h.volume, h.page_index, h.text_source) for h in hits] == [(2, 5, "ocr")]
    assert [h.page_index for h in book.search(world["case"]["id"], "今收到")] == [4]
    rects = book.hit_rects(vol2["id"], 5, "特别授权")
    assert len(rects) == 1
    page = pymupdf.Rect(0, 0, 595, 842)
    assert rects[0] in page and 150 < rects[0].y0 < 350  # the clause, high on the sheet
    # Where OCR has not run yet, the scan is not searchable (and says so by absence).
    assert book.search(world["case"]["id"], "检验报告") == []


def test_a_korean_scan_is_searchable(world):
    book, korean = world["books"]["judge"], world["docs"][3]
    hits = book.search(world["case"]["id"], "원고의 청구")
    # The interpreter's line in the hearing record (text layer), and the scan (OCR).
    assert [(h.volume, h.page_index, h.text_source) for h in hits] == [
        (3, 2, "layer"), (korean["volume"], 0, "ocr")]
    assert book.search(world["case"]["id"], "답변하십시오")
    assert book.hit_rects(korean["id"], 0, "답변하십시오")


def test_catalog_of_scans_is_refreshed_from_ocr_text(world):
    entries = world["books"]["judge"].catalog(world["docs"][1]["id"])
    assert [(e["title"], e["doc_type"], e["page_start"], e["page_end"]) for e in entries] == [
        ("民事答辩状", "defence", 0, 1), ("扫描件（待识别文字）", "scan", 2, 3),
        ("收条", "evidence", 4, 4), ("授权委托书", "power_of_attorney", 5, 5)]


def test_redacted_export_of_a_scan_removes_its_numbers(world, tmp_path, demo_facts):
    book, scan = world["books"]["judge"], world["docs"][4]
    out = tmp_path / "redacted.pdf"
    report = book.export(scan["id"], out, redact=True)  # OCRs the scan first
    assert {r["kind"] for r in report.redactions} >= {"id_number", "phone"}
    assert world["store"].query("SELECT ocr_state FROM document_pages WHERE document_id = ?",
                                (scan["id"],))[0]["ocr_state"] == "done"
    reread = on_pdf_thread(lambda: "".join(
        c for line in ocr_page(pymupdf.open(out)[0]).lines for c, _ in line.chars))
    assert "公民身份" in reread  # the rest of the page is still there
    assert demo_facts["id"] not in reread and demo_facts["phone"] not in reread
    assert demo_facts["id"][:10] not in reread


def test_a_scan_is_selected_through_its_ocr_text(world):
    """A scan has no text layer: the reader selects (and highlights) the text OCR found."""
    judge, doc = world["books"]["judge"], world["docs"][3]
    chars = judge.page_chars(doc["id"], 0)
    assert chars.has_text()
    first, last = chars.lines[0], chars.lines[-1]
    start = chars.boxes[first.start]
    end = chars.boxes[last.end - 1]
    selection = chars.between(0, (start[0] + 0.5, (start[1] + start[3]) / 2),
                              (end[2] - 0.5, (end[1] + end[3]) / 2))
    text = chars.selected_text(selection)
    assert len(text.splitlines()) == len(chars.lines) >= 2  # line by line, in reading order
    assert normalize("변론기일") in normalize(text)
    assert len(chars.quads(selection)) == len(chars.lines)
    word = chars.word(0, (start[0] + start[2]) / 2, (start[1] + start[3]) / 2)
    assert chars.selected_text(word) == text.split()[0].rstrip(",")
    # A highlight of it keeps those quads and that text.
    row = judge.annotate(doc["id"], 0, "highlight",
                         {"quads": chars.quads(selection), "quote": text})
    assert quote_of(json.loads(row["geometry"])) == text
