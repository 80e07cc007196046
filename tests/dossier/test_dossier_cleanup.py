"""Scan clean-up: deskew, borders, dust, into a new copy derived from the original."""

from __future__ import annotations

import json

import numpy as np
import pymupdf
import pytest
from dossier_kit import (
    assert_sources_intact,
    blob_state,
    image_only_pdf,
    pdf_work,
    scan_array,
)

from courtdesk.dossier import scan_image
from courtdesk.dossier.cleanup import clean_document, measure_skew
from courtdesk.dossier.errors import DossierError


@pytest.mark.parametrize("angle", [-3.5, -1.2, 0.0, 2.0, 4.0])
def test_skew_estimate_finds_the_angle_of_a_rotated_page(angle):
    lines = [f"第{i}条 原告与被告签订农副产品购销合同，约定货款及违约责任。" for i in range(14)]
    image = scan_array(lines, angle=0, dust=0, size=13)
    turned = scan_image.rotate(image, angle)
    assert abs(scan_image.estimate_skew(turned) - angle) <= 0.3
    straight = scan_image.rotate(turned, -scan_image.estimate_skew(turned))
    assert abs(scan_image.estimate_skew(straight)) <= 0.3


def test_border_and_dust_go_while_a_decimal_point_stays():
    image = np.full((300, 400), 240, np.uint8)
    image[:, :30] = 20  # scanner lid on the left
    image[:20, :] = 20
    image[150:153, 200:203] = 10  # a speck of dust, alone
    image[100:112, 100:106] = 0  # a digit...
    image[109:112, 108:111] = 0  # ...and its decimal point beside it, just as big
    cleaned, fraction = scan_image.remove_border(image)
    assert cleaned[:, :30].min() == 255 and cleaned[:20, :].min() == 255 and fraction > 0.1
    despeckled, removed = scan_image.despeckle(cleaned)
    assert despeckled[150:153, 200:203].min() > 200 and removed >= 1
    assert despeckled[110, 109] < 128  # the point survives


def test_clean_copy_of_the_demo_scans_is_straight_and_stored_beside_the_original(
        books, case, volume_files, store, tmp_path):
    books["clerk"].import_files(case["id"], volume_files[1:2])
    original = books["judge"].documents(case["id"])[0]
    before = blob_state(store)
    out = tmp_path / "clean.pdf"
    outcome = books["judge"].clean(original["id"], out)  # judges may make a cleaned copy

    cleaned_pages = [p for p in outcome.pages if p["cleaned"]]
    assert [p["page"] for p in cleaned_pages] == [3, 4, 5, 6]  # only the scans
    @pdf_work
    def compare() -> None:
        src = pymupdf.open(stream=books["judge"].files.pdf_bytes(original["blob_sha256"]))
        copy = pymupdf.open(out)
        assert copy.page_count == src.page_count
        assert copy[0].get_text() == src[0].get_text()  # text pages copied as they were
        for report in cleaned_pages:
            index = report["page"] - 1
            skew_before, skew_after = measure_skew(src[index]), measure_skew(copy[index])
            assert abs(skew_before) >= 1.5 and abs(skew_after) <= 0.3
            assert abs(skew_after) < abs(skew_before)
            assert abs(report["skew_after"]) <= 0.3
        # The lid-open scan (page 5) loses its black frame.
        framed = scan_image.page_gray(src[4], 50)
        assert framed[:, :3].mean() < 80
        assert scan_image.page_gray(copy[4], 50)[:, :3].mean() > 200

    compare()

    docs = books["judge"].documents(case["id"])
    derived = next(d for d in docs if d["id"] == outcome.document["id"])
    assert derived["derived_from"] == original["id"] and derived["derivation"] == "cleaned"
    assert derived["title"].endswith("（清理版）") and derived["ocr_pending"] == 4
    assert json.loads(derived["detail"])["cleanup"]["cleaned"] == 4
    assert_sources_intact(books["judge"], before)


def test_a_document_without_scans_has_nothing_to_clean(books, case, volume_files, tmp_path):
    books["clerk"].import_files(case["id"], volume_files[:1])
    doc = books["judge"].documents(case["id"])[0]
    with pytest.raises(DossierError, match="no scanned pages"):
        books["judge"].clean(doc["id"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_clean_document_reports_per_page():
    lines = [f"第{i}行 被告辩称已另付现金二万元，且松子仁霉变已退货。" for i in range(12)]
    pdf = image_only_pdf([scan_array(lines, angle=3.0, size=13),
                          scan_array(lines, angle=-2.0, size=13, border=True)])
    result = clean_document(pdf)
    assert [round(p.skew_before) for p in result.pages] == [3, -2]
    assert all(abs(p.skew_after) <= 0.3 for p in result.pages)
    assert result.pages[1].border_fraction > 0.02 and result.pages[0].specks_removed > 50
