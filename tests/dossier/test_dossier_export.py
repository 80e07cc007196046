"""Exported copies: annotations written in and flattened, personal numbers truly removed."""

from __future__ import annotations

import pymupdf
import pytest
from dossier_kit import assert_sources_intact, blob_state, pdf_text, pdf_work, text_pdf

from courtdesk.dossier.pdf_thread import on_pdf_thread
from courtdesk.dossier.sensitive import find_sensitive, id_check_ok, luhn_ok, mask


@pytest.fixture
def vol1(books, case, volume_files) -> dict:
    books["clerk"].import_files(case["id"], volume_files[:1])
    return books["judge"].documents(case["id"])[0]


def _annotate(book, doc_id):
    book.annotate(doc_id, 0, "highlight", text_query="民事起诉状")
    book.annotate(doc_id, 0, "note", {"point": [380, 260]}, text="待核：欠款数额", private=False)
    book.annotate(doc_id, 1, "rect", {"rect": [70, 300, 300, 360]}, color="#0000ff")
    book.annotate(doc_id, 1, "ink", {"strokes": [[[100, 500], [200, 520], [300, 500]]]})
    book.annotate(doc_id, 2, "bookmark", text="证据目录")


def _mean_rgb(page: pymupdf.Page, rect: pymupdf.Rect) -> tuple[float, float, float]:
    pix = page.get_pixmap(clip=rect, alpha=False)
    data = pix.samples
    n = len(data) // 3
    return tuple(sum(data[i::3]) / n for i in range(3))  # type: ignore[return-value]


def test_flattened_export_has_the_annotations_in_its_pages(books, vol1, tmp_path, store):
    before = blob_state(store)
    _annotate(books["judge"], vol1["id"])
    out = tmp_path / "out" / "flat.pdf"
    report = books["judge"].export(vol1["id"], out, flatten=True)
    assert report.annotations == 5 and report.flattened and out.exists()

    @pdf_work
    def check() -> None:
        exported = pymupdf.open(out)
        assert all(len(list(page.annots())) == 0 for page in exported)  # baked
        title = exported[0].search_for("民事起诉状")[0]
        r, g, b = _mean_rgb(exported[0], title)
        assert r > 150 and g > 120 and b < 150  # yellow under the title
        assert "待核：欠款数额" in exported[0].get_text()  # the note's words are page text
        frame = _mean_rgb(exported[1], pymupdf.Rect(69, 299, 71, 361))
        assert frame[2] > 150 and frame[0] < 120  # the blue rectangle's edge
        assert [1, "书签：证据目录", 3] in exported.get_toc()

    check()
    assert_sources_intact(books["judge"], before)
    assert store.query("SELECT count(*) AS n FROM audit_log WHERE action = 'dossier.export'"
                       )[0]["n"] == 1


def test_plain_export_keeps_annotations_editable(books, vol1, tmp_path):
    _annotate(books["judge"], vol1["id"])
    path = books["judge"].export(vol1["id"], tmp_path / "a.pdf").path
    kinds = on_pdf_thread(lambda: sorted(a.type[1] for page in pymupdf.open(path)
                                         for a in page.annots()))
    assert kinds == ["Highlight", "Ink", "Square", "Text"]


def test_only_annotations_the_exporter_may_see_are_exported(books, vol1, tmp_path):
    books["judge"].annotate(vol1["id"], 0, "rect", {"rect": [10, 10, 50, 50]})  # private
    books["judge"].annotate(vol1["id"], 0, "note", {"point": [60, 60]}, text="共享意见",
                            private=False)
    report = books["presiding"].export(vol1["id"], tmp_path / "p.pdf")
    assert report.annotations == 1


def test_redacted_export_no_longer_contains_the_numbers(books, vol1, tmp_path, demo_facts,
                                                        store):
    before = blob_state(store)
    source_text = pdf_text(books["judge"].files.pdf_bytes(vol1["blob_sha256"]))
    for key in ("id", "phone", "card"):
        assert demo_facts[key] in source_text
    books["judge"].annotate(vol1["id"], 0, "note", {"point": [380, 260]},
                            text=f"电话 {demo_facts['phone']} 待核")
    report = books["judge"].export(vol1["id"], tmp_path / "r.pdf", flatten=True, redact=True)
    assert sorted(r["kind"] for r in report.redactions) == ["bank_card", "id_number",
                                                             "phone", "phone"]
    text = pdf_text((tmp_path / "r.pdf").read_bytes())
    for key in ("id", "phone", "card"):
        assert demo_facts[key] not in text
        assert demo_facts[key][:8] not in text  # not even a part survives
    # Everything else is still there: the invoice number, credit code, the case number.
    for kept in (demo_facts["invoice"], demo_facts["uscc"], "(2026)吉2401民初1234号", "联系电话"):
        assert kept in text
    assert all(f.kind not in ("id_number", "phone", "bank_card")
               for f in find_sensitive(text))
    assert_sources_intact(books["judge"], before)


def test_redaction_takes_numbers_split_from_their_labels(tmp_path):
    from courtdesk.dossier.export import export_copy

    pdf = text_pdf(["开户行：农业银行 卡号\n6228480402564890018\n手机 139 1486 2807 联系\n"
                    "公民身份号码：\n11010519491231002X"])
    report = export_copy(pdf, tmp_path / "x.pdf", [], redact_numbers=True)
    assert [r["kind"] for r in report.redactions] == ["bank_card", "phone", "id_number"]
    text = pdf_text((tmp_path / "x.pdf").read_bytes())
    assert "6228480402564890018" not in text and "1486" not in text
    assert "11010519491231002X" not in text and "开户行" in text and "联系" in text


def test_number_checks():
    assert id_check_ok("11010519491231002X") and not id_check_ok("110105194912310021")
    assert luhn_ok("6228480402564890018") and not luhn_ok("6228480402564890017")
    text = "发票号码25222000003507963309 金额186,400.00 编号1101051949123100"
    assert find_sensitive(text) == []
    assert mask("电话13914862807") == "电话" + "█" * 11
    # OCR may misread a digit: leniently, a labelled card number or dated ID still counts.
    assert [f.kind for f in find_sensitive("卡号\n 6228480402564890011", lenient=True)] == [
        "bank_card"]
    assert find_sensitive("卡号\n 6228480402564890011") == []
