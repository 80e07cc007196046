"""Tests of the demo case material: dossier PDFs and hearing audio."""

from __future__ import annotations

import io
import random
import re
import shutil
import wave

import pymupdf
import pytest

from courtdesk.app import demo_material as dm

ID_RE = re.compile(r"(?<!\d)(\d{17}[\dX])(?![\dX])")
PHONE_RE = re.compile(r"(?<!\d)(1[3-9]\d{9})(?!\d)")
CARD_RE = re.compile(r"卡号\s*(\d{16,19})(?!\d)")
SCANNED_PAGES = range(2, 6)  # 0-based pages of volume 2


@pytest.fixture(scope="module")
def volumes() -> list[dm.DemoVolume]:
    return dm.make_dossier_volumes()


def _open(volume: dm.DemoVolume) -> pymupdf.Document:
    return pymupdf.open(stream=volume.pdf, filetype="pdf")


def _text(volume: dm.DemoVolume) -> str:
    return "".join(page.get_text() for page in _open(volume))


def _id_check_ok(number: str) -> bool:
    weights = [2 ** (17 - i) % 11 for i in range(17)]  # GB 11643, derived rather than copied
    total = sum(int(d) * w for d, w in zip(number[:17], weights, strict=True))
    return "10X98765432"[total % 11] == number[17]


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def test_three_volumes_open_with_matching_page_counts(volumes):
    assert [v.volume for v in volumes] == [1, 2, 3]
    assert [v.title for v in volumes] == ["第一卷 起诉材料", "第二卷 答辩及证据", "第三卷 庭审材料"]
    for volume in volumes:
        doc = _open(volume)
        assert volume.pdf.startswith(b"%PDF-")
        assert doc.page_count == volume.page_count > 0
        for page in doc:
            assert page.rect.width == pytest.approx(595, abs=1)
            assert page.rect.height == pytest.approx(842, abs=1)
        assert doc.metadata["creationDate"] == doc.metadata["modDate"] == "D:20261106090000+08'00'"


def test_only_volume_one_has_an_outline(volumes):
    toc = _open(volumes[0]).get_toc()
    assert toc[0] == [1, "起诉状", 1]
    titles = [title for _, title, _ in toc]
    assert "证据目录" in titles and any("发票" in t for t in titles)
    evidence_list_page = next(page for _, title, page in toc if title == "证据目录")
    assert evidence_list_page == 3  # the complaint fills two pages
    assert all(1 <= page <= volumes[0].page_count for _, _, page in toc)
    assert _open(volumes[1]).get_toc() == []
    assert _open(volumes[2]).get_toc() == []


def test_text_pages_carry_case_text_header_and_footer(volumes):
    doc = _open(volumes[0])
    first = doc[0].get_text()
    for expected in ("起诉状", dm.CASE_NUMBER, dm.COURT_NAME, "延吉市长白山商贸有限公司", "朴英姬",
                     "金明哲", "吉林延边律师事务所", "买卖合同纠纷"):
        assert expected in first
    assert "农副产品购销合同" in _text(volumes[0]) and "电子发票" in _text(volumes[0])
    assert "答辩状" in _text(volumes[1]) and "王丽华" in _text(volumes[1])
    for expected in ("送达回证", "传　票", "庭审笔录", "李振东"):
        assert expected in _text(volumes[2])
    for volume in volumes:
        doc = _open(volume)
        for number, page in enumerate(doc, start=1):
            if volume.volume == 2 and number - 1 in SCANNED_PAGES:
                continue
            text = page.get_text()
            assert dm.COURT_NAME in text and dm.CASE_NUMBER in text
            assert f"第 {number} 页 共 {doc.page_count} 页" in text


def test_every_character_has_a_glyph_in_the_builtin_font(volumes):
    font = pymupdf.Font("china-s")
    chars = {c for volume in volumes for c in _text(volume) if not c.isspace()}
    assert not sorted(c for c in chars if not font.has_glyph(ord(c)))


def test_scanned_pages_are_image_only_and_skewed_like_a_scan(volumes):
    doc = _open(volumes[1])
    assert doc.page_count == 6
    black_corners = 0
    for number in SCANNED_PAGES:
        page = doc[number]
        assert page.get_text().strip() == ""
        images = page.get_image_info(xrefs=True)
        assert len(images) == 1
        assert pymupdf.Rect(images[0]["bbox"]).contains(page.rect + (1, 1, -1, -1))
        assert doc.extract_image(images[0]["xref"])["colorspace"] == 1  # grayscale
        pix = page.get_pixmap(dpi=30, colorspace=pymupdf.csGRAY)
        samples = pix.samples
        assert min(samples) < 80 and max(samples) > 200  # not blank: toner on paper
        black_corners += samples[0] < 60
    assert black_corners == 1  # exactly one page shows the scanner's black border


def test_same_seed_same_output_other_seed_other_numbers(volumes):
    again = dm.make_dossier_volumes(2026)
    assert [v.pdf for v in again] == [v.pdf for v in volumes]
    other = dm.make_dossier_volumes(7)
    assert [v.page_count for v in other] == [v.page_count for v in volumes]
    assert ID_RE.findall(_text(other[0])) != ID_RE.findall(_text(volumes[0]))


def test_complaint_contains_valid_fictional_personal_numbers(volumes):
    complaint = _open(volumes[0])[0].get_text() + _open(volumes[0])[1].get_text()
    ids = ID_RE.findall(complaint)
    assert len(ids) == 1
    id_number = ids[0]
    assert id_number.startswith("222401")  # Yanji
    assert _id_check_ok(id_number)
    assert int(id_number[16]) % 2 == 0  # the defendant is a woman
    birth = f"{int(id_number[6:10])}年{int(id_number[10:12])}月{int(id_number[12:14])}日"
    assert birth in complaint
    assert PHONE_RE.findall(complaint)
    cards = CARD_RE.findall(complaint)
    assert len(cards) == 1 and _luhn_ok(cards[0])
    for seed in range(500):  # other seeds too; the private helper avoids building 500 PDFs
        facts = dm.case_facts(random.Random(seed))
        assert _id_check_ok(facts["id"]) and _luhn_ok(facts["card"])
        assert PHONE_RE.fullmatch(facts["phone"]) and 16 <= len(facts["card"]) <= 19


def _assert_hearing_wav(data: bytes) -> None:
    with wave.open(io.BytesIO(data)) as clip:
        assert clip.getframerate() == 16000
        assert clip.getnchannels() == 1
        assert clip.getsampwidth() == 2
        assert 5 <= clip.getnframes() / 16000 <= 30


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_hearing_audio_is_16k_mono_pcm_of_a_few_seconds():
    data = dm.make_hearing_audio()
    assert data is not None
    _assert_hearing_wav(data)
    assert dm.make_hearing_audio() == data


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_hearing_audio_without_sox_is_resampled_in_python(monkeypatch):
    which = shutil.which
    monkeypatch.setattr(dm.shutil, "which", lambda name: None if name == "sox" else which(name))
    data = dm.make_hearing_audio()
    assert data is not None
    _assert_hearing_wav(data)


def test_hearing_audio_is_none_without_espeak(monkeypatch):
    monkeypatch.setattr(dm.shutil, "which", lambda name: None)
    assert dm.make_hearing_audio() is None
