"""Tests of the hearing record export: court-record PDF, plain text and SubRip."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from courtdesk.speech import record_export as rx
from courtdesk.speech import record_pdf
from courtdesk.speech.record_export import (
    HearingRecord,
    RecordExportError,
    RecordLine,
    RecordNote,
    export_pdf,
    export_srt,
    export_text,
)

COURT = "吉林省延吉市人民法院"
CASE = "(2026)吉2401民初1234号"
KOREAN = "피고, 원고의 청구에 대하여 답변하십시오."
BODY_CLIP = pymupdf.Rect(75, 96, 595, 760)  # the page without margin times and furniture
TOP = pymupdf.Rect(0, 0, 595, 96)  # the page's head: case number, confidential or review mark


def hearing(extra_lines: int = 0, **changes) -> HearingRecord:
    lines = [
        RecordLine("审判长", "现在开庭。本院依法适用普通程序，由审判员李振东担任审判长，与审判员"
                   "崔东哲、韩雪组成合议庭，公开审理原告延吉市长白山商贸有限公司诉被告朴英姬"
                   "买卖合同纠纷一案。", 0, 14_000),
        RecordLine("审判长", "原告，请陈述你的诉讼请求。", 15_000, 18_000),
        RecordLine("原告代理人金明哲", "请求判令被告支付货款126,400.00元及违约金。", 19_000,
                   25_000, channel=1, edited=True),
        RecordLine("翻译金顺子", KOREAN, 26_000, 31_000, channel=3),
        RecordLine("被告代理人王丽华", "被告对欠款数额有异议。", 32_000, 35_000, channel=2),
    ]
    lines += [RecordLine("审判长" if i % 2 else "原告代理人金明哲",
                         f"第{i}句，" + "对收条及退货通知函的真实性有无异议？" * (1 + i % 7),
                         36_000 + i * 4_000, 39_000 + i * 4_000) for i in range(extra_lines)]
    record = HearingRecord(
        court=COURT, case_number=CASE, case_title="延吉市长白山商贸有限公司诉朴英姬买卖合同纠纷",
        cause="买卖合同纠纷", title="第一次开庭", kind="hearing",
        started_at="2026-12-08T09:00:00+08:00", ended_at="2026-12-08T10:12:00+08:00",
        place="本院第三法庭",
        participants=[("审判长", "李振东"), ("审判员", "崔东哲"), ("审判员", "韩雪"),
                      ("书记员", "崔美兰"), ("原告", "延吉市长白山商贸有限公司"),
                      ("原告委托诉讼代理人", "金明哲"), ("被告", "朴英姬"),
                      ("被告委托诉讼代理人", "王丽华"), ("朝鲜语翻译", "金顺子")],
        lines=lines, notes=[RecordNote(20_500, "原告出示合同原件，经核对与复印件一致")],
        signatories=["审判长", "审判员", "书记员", "原告", "被告"])
    for key, value in changes.items():
        setattr(record, key, value)
    return record


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(doc: pymupdf.Document) -> str:
    return "".join(flat(page.get_text(clip=BODY_CLIP)) for page in doc)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(flat(needle), position)
        assert found >= 0, f"{needle!r} missing or out of order"
        position = found + len(flat(needle))


def labelled(record: HearingRecord) -> list[str]:
    return [f"{line.speaker}：{line.text}" for line in record.lines]


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[tuple[HearingRecord, pymupdf.Document, int]]:
    record = hearing(extra_lines=30)
    pages = export_pdf(record, tmp_path / "record.pdf")
    doc = pymupdf.open(tmp_path / "record.pdf")
    yield record, doc, pages
    doc.close()


def test_pdf_first_page_is_a_court_record(exported):
    _, doc, pages = exported
    assert pages == doc.page_count >= 2
    first = doc[0].get_text()
    for expected in (COURT, "庭审笔录", "（第一次开庭）", f"案号：{CASE}", "案由：买卖合同纠纷",
                     "时间：2026年12月8日 9时00分至10时12分", "地点：本院第三法庭",
                     "审判人员：审判长 李振东", "审判员 崔东哲、韩雪", "书记员：崔美兰",
                     "原告委托诉讼代理人 金明哲"):
        assert expected in first, expected
    assert first.index(COURT) < first.index("庭审笔录") < first.index(CASE)


def test_pdf_lines_in_order_with_speakers_and_note_at_its_time(exported, tmp_path):
    record, doc, _ = exported
    text = body_text(doc)
    assert_in_order(text, labelled(record))
    note = "（原告出示合同原件，经核对与复印件一致）"  # the official copy: what happened
    assert text.index(flat(labelled(record)[2])) < text.index(flat(note))
    assert text.index(flat(note)) < text.index(flat(labelled(record)[3]))
    export_pdf(record, tmp_path / "review.pdf", review=True)
    with pymupdf.open(tmp_path / "review.pdf") as review:
        text = body_text(review)
    note = "【标记 00:00:20】原告出示合同原件"  # the review copy: and when
    assert text.index(flat(labelled(record)[2])) < text.index(flat(note))
    assert text.index(flat(note)) < text.index(flat(labelled(record)[3]))


def test_pdf_review_copy_margin_times_stay_out_of_the_lines(tmp_path):
    export_pdf(hearing(extra_lines=30), tmp_path / "review.pdf", review=True)
    doc = pymupdf.open(tmp_path / "review.pdf")
    margin = [word for page in (doc[0], doc[1])
              for word in page.get_text(clip=pymupdf.Rect(0, 96, 74, 760)).split()]
    assert margin[:4] == ["00:00", "00:15", "00:19", "改"]  # the edited line is marked
    body = doc[0].get_text(clip=BODY_CLIP)
    assert not re.search(r"^\d\d:\d\d", body, re.M) and "改" not in body


def test_pdf_korean_is_real_hangul_glyphs_and_digits_are_half_width(exported):
    _, doc, _ = exported
    assert flat(KOREAN) in body_text(doc)
    hangul = digits = 0
    for span in (span for page in doc for span in page.get_texttrace()):
        for unicode, glyph, _origin, bbox in span["chars"]:
            if 0xAC00 <= unicode <= 0xD7A3:
                hangul += 1
                assert glyph != 0, f"{chr(unicode)} drawn as .notdef"
            if chr(unicode).isdigit() and span["size"] == record_pdf._BODY:
                digits += 1
                assert bbox[2] - bbox[0] < 0.7 * span["size"], "full-width digit"
    assert hangul >= len(re.findall("[가-힣]", KOREAN)) and digits > 10
    # the serif face covers every Hangul syllable, not only these
    from fontTools.ttLib import TTFont

    face = rx.record_typefaces("zh_CN").regular
    cmap = TTFont(face.path, fontNumber=face.index, lazy=True)["cmap"].getBestCmap()
    assert all(c in cmap for c in range(0xAC00, 0xD7A4))


def test_pdf_every_page_numbered_case_number_after_the_first(exported):
    _, doc, pages = exported
    for page in doc:
        assert f"第 {page.number + 1} 页 共 {pages} 页" in page.get_text()
        top = page.get_text(clip=TOP)
        assert (CASE in top) == (page.number > 0)
        assert "机密" not in page.get_text()


def test_pdf_signature_block_on_the_last_page(exported):
    record, doc, _ = exported
    *earlier, last = [page.get_text() for page in doc]
    assert not any("（签名）" in text for text in earlier)
    order = ["审判长（签名）：", "审判员（签名）：", "书记员（签名）：", "以上笔录经本人核对无误",
             "原告（签名）：", "被告（签名）："]
    assert_in_order(flat(last), order)
    assert "日期：" in last
    assert flat(last).index(flat(labelled(record)[-1])) < flat(last).index("审判长（签名）")


def test_deliberation_is_marked_confidential_on_every_page(tmp_path):
    record = hearing(extra_lines=40, kind="deliberation", title="合议庭评议", confidential=True,
                     signatories=["审判长", "审判员", "书记员"])
    pages = export_pdf(record, tmp_path / "deliberation.pdf")
    with pymupdf.open(tmp_path / "deliberation.pdf") as doc:
        assert pages == doc.page_count >= 2
        assert "合议庭评议笔录" in doc[0].get_text()
        for page in doc:
            top = page.get_text(clip=TOP)
            assert "机密" in top and "合议庭评议笔录不得对外公开" in flat(top)
        assert "以上笔录经本人核对无误" not in doc[-1].get_text()  # no party signs a deliberation


def test_600_lines_paginate_with_every_line_in_order(tmp_path):
    record = hearing(extra_lines=600)
    record.lines.append(RecordLine("审判长", "现在休庭。" * 400, 3_700_000, 3_800_000))  # > 1 page
    pages = export_pdf(record, tmp_path / "long.pdf", review=True)
    with pymupdf.open(tmp_path / "long.pdf") as doc:
        assert pages == doc.page_count > 20
        assert_in_order(body_text(doc), labelled(record))
        assert f"第 {pages} 页 共 {pages} 页" in doc[-1].get_text()
        assert any("1:01:40" in page.get_text() for page in doc)  # margin time past an hour


def test_1000_lines_export_whole_with_every_page_signed(tmp_path):
    # How long this takes is measured by bench/record_export.py against bare PyMuPDF.
    record = hearing(extra_lines=1000)  # about 3,300 printed lines
    pages = export_pdf(record, tmp_path / "big.pdf")
    with pymupdf.open(tmp_path / "big.pdf") as doc:
        assert pages == doc.page_count > 30
        assert all(f"第 {n} 页 共 {pages} 页" in doc[n - 1].get_text()
                   for n in range(1, pages + 1))
        assert_in_order(body_text(doc), labelled(record)[-3:])


def test_korean_and_english_forms_use_their_own_labels(tmp_path):
    ko = hearing(language="ko", title="제1차 변론", signatories=["재판장", "서기", "원고"],
                 participants=[("재판장", "이진동"), ("서기", "최미란"), ("원고", "김명철")])
    assert export_pdf(ko, tmp_path / "ko.pdf", review=True) == 2
    with pymupdf.open(tmp_path / "ko.pdf") as doc:
        text = "".join(page.get_text() for page in doc)
    for expected in ("변론조서", "사건번호: ", "일시: 2026. 12. 8. 09:00 ~ 10:12", "장소: ",
                     "재판부: 재판장 이진동", "서기: 최미란", "전체 2쪽 중 1쪽", "전체 2쪽 중 2쪽",
                     "【메모 00:00:20】", "재판장 (서명): ", "당사자 서명: ", "검토본"):
        assert expected in text, expected
    assert_in_order(flat(text), ["서기 (서명)", "위 조서의 기재 내용이", "원고 (서명)"])
    en = export_text(hearing(language="en"))
    assert "Record of Hearing" in en and "Time: 8 December 2026, 09:00–10:12" in en
    assert all(rx._LABELS[lang].keys() == rx._LABELS["zh_CN"].keys() for lang in rx._LABELS)
    with pytest.raises(ValueError, match="unknown record language"):
        export_text(hearing(language="fr"))


def test_export_text_same_header_and_order():
    record = hearing(extra_lines=3)
    text = export_text(record)
    assert_in_order(flat(text), [COURT, "庭审笔录", f"案号：{CASE}",
                                 "时间：2026年12月8日 9时00分至10时12分",
                                 "审判人员：审判长 李振东；审判员 崔东哲、韩雪", "书记员：崔美兰"])
    titles, header, body, signatures = text.rstrip("\n").split("\n\n")
    assert titles.split("\n") == [COURT, "庭审笔录", "（第一次开庭）"]
    assert header.split("\n")[-1] == ("当事人及其他诉讼参与人：原告 延吉市长白山商贸有限公司；"
                                      "原告委托诉讼代理人 金明哲；被告 朴英姬；被告委托诉讼代理人 "
                                      "王丽华；朝鲜语翻译 金顺子")
    assert body.split("\n") == [*labelled(record)[:3],
                                "【标记 00:00:20】原告出示合同原件，经核对与复印件一致",
                                *labelled(record)[3:]]
    assert signatures.split("\n") == ["审判长（签名）：________________  日期：____________",
                                      "审判员（签名）：________________  日期：____________",
                                      "书记员（签名）：________________  日期：____________",
                                      "以上笔录经本人核对无误",
                                      "原告（签名）：________________  日期：____________",
                                      "被告（签名）：________________  日期：____________"]
    secret = export_text(hearing(confidential=True, kind="deliberation"))
    assert secret.startswith("机密 合议庭评议笔录 不得对外公开\n") and "合议庭评议笔录\n" in secret


SRT_TIME = r"(\d{2,}):(\d{2}):(\d{2}),(\d{3})"


def parse_srt(srt: str) -> list[tuple[int, int, int, str]]:
    """A strict little SubRip parser: (index, start ms, end ms, text) per cue."""
    assert srt.endswith("\n") and not srt.endswith("\n\n\n")
    cues = []
    for block in srt.rstrip("\n").split("\n\n"):
        index, times, *text = block.split("\n")
        match = re.fullmatch(f"{SRT_TIME} --> {SRT_TIME}", times)
        assert match, times
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, match.groups())
        assert text and all(text)
        cues.append((int(index), ((h1 * 60 + m1) * 60 + s1) * 1000 + ms1,
                     ((h2 * 60 + m2) * 60 + s2) * 1000 + ms2, "\n".join(text)))
    return cues


def test_export_srt_is_well_formed_one_cue_per_line():
    record = hearing(extra_lines=2)
    record.lines += [
        RecordLine("审判长", "继续开庭。\n\n请原告发表质证意见。", 3_725_042, 3_731_999),
        RecordLine("书记员", "", 4_000_000, 3_999_000),  # ends before it starts: clamped
    ]
    cues = parse_srt(export_srt(record))
    assert [c[0] for c in cues] == list(range(1, len(record.lines) + 1))  # notes get no cue
    assert [(c[1], c[2]) for c in cues[:-1]] == [(x.start_ms, x.end_ms) for x in record.lines[:-1]]
    assert cues[-1][1:3] == (4_000_000, 4_000_000)
    assert "01:02:05,042 --> 01:02:11,999" in export_srt(record)
    assert cues[3][3] == f"翻译金顺子：{KOREAN}"
    assert cues[-2][3] == "审判长：继续开庭。 请原告发表质证意见。"


def test_missing_folder_raises_and_writes_nothing(tmp_path):
    out = tmp_path / "no" / "such" / "record.pdf"
    with pytest.raises(RecordExportError, match="record was not exported") as caught:
        export_pdf(hearing(), out)
    assert isinstance(caught.value, OSError) and str(out.parent) in str(caught.value)
    assert not (tmp_path / "no").exists()


def test_failure_while_writing_keeps_the_old_file_and_leaves_no_part(tmp_path, monkeypatch):
    out = tmp_path / "record.pdf"
    out.write_bytes(b"earlier export")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))
    monkeypatch.setattr(rx.os, "replace", refuse)
    with pytest.raises(RecordExportError, match="open in another program"):
        export_pdf(hearing(), out)
    assert out.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_folder_refusing_new_files_raises(tmp_path, monkeypatch):
    def refuse(**kwargs):
        raise PermissionError(13, "Permission denied", kwargs["dir"])
    monkeypatch.setattr(rx.tempfile, "mkstemp", refuse)  # what a read-only folder does, as root too
    with pytest.raises(RecordExportError, match=r"Permission denied.*may write to"):
        export_pdf(hearing(), tmp_path / "record.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="folder permissions are POSIX here")
def test_read_only_folder_raises(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    mounted = False
    if os.geteuid() == 0:
        # Root writes through any folder mode; a read-only filesystem stops root too.
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs",
                                  str(folder)], capture_output=True).returncode == 0
        if not mounted:
            pytest.skip("root here can neither be refused by folder modes nor mount a tmpfs")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(RecordExportError):
            export_pdf(hearing(), folder / "record.pdf")
        assert list(folder.iterdir()) == []
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def test_control_characters_do_not_cut_a_line_short(tmp_path):
    record = hearing(lines=[RecordLine("证人", "第一句\x00第二句\t第三句", 0, 1_000)])
    export_pdf(record, tmp_path / "record.pdf")
    with pymupdf.open(tmp_path / "record.pdf") as doc:
        assert "证人：第一句 第二句 第三句" in "".join(page.get_text() for page in doc)


def test_a_partys_lawyer_is_named_as_such_in_every_language():
    from courtdesk.speech.speakers import agent_label

    assert agent_label("plaintiff") == "原告代理人"
    assert agent_label("defendant", "ko") == "피고 소송대리인"
    assert agent_label("plaintiff", "en") == "Plaintiff's counsel"


# --- the official copy, the review copy, the page foot, the attendance ------------------------

def with_attendance(**changes) -> HearingRecord:
    from courtdesk.speech.record_export import Attendee

    return hearing(attendance=[
        Attendee("原告", "延吉市长白山商贸有限公司", True, ["金明哲（延边正义律师事务所律师）"]),
        Attendee("被告", "朴英姬", False, ["王丽华"]),
        Attendee("第三人", "延边物流有限公司", False)],
        attendance_other="朝鲜语翻译金顺子到庭", session_type="trial", **changes)


def fonts_of(doc: pymupdf.Document) -> set[str]:
    return {font[3] for page in doc for font in page.get_fonts()}


def test_official_and_review_copies_are_set_in_the_serif_cjk_face(tmp_path):
    record = hearing(extra_lines=12)
    export_pdf(record, tmp_path / "official.pdf")
    export_pdf(record, tmp_path / "review.pdf", review=True)
    for name in ("official.pdf", "review.pdf"):
        with pymupdf.open(tmp_path / name) as doc:
            names = fonts_of(doc)
            assert names and all("NotoSerifCJK" in n.replace(" ", "") for n in names), names
            assert any("Bold" in n for n in names)  # the title
            sizes = {round(span["size"]) for page in doc for span in page.get_texttrace()}
            assert {22, 18, 16, 12} <= sizes  # 二号 title, 小二 court, 三号 body, 小四 foot
            # a serif face cut down to what the record prints, not the 24 MB collection
            assert (tmp_path / name).stat().st_size < 400_000
    assert rx.typeface_warning() == ""


def test_every_character_of_the_record_is_drawn_by_mupdf(exported):
    """The dossier viewer renders with MuPDF, which maps the cut face's CIDs through the
    font's own CID table: with the cut's CIDs out of step with its glyphs, the record read
    fine in poppler but MuPDF drew nearly every character as nothing or a stray letter."""
    _, doc, _ = exported
    page = doc[0]
    zoom = 2.0
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
    blank = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for char in span["chars"]:
                    if char["c"].isspace() or not ("\u4e00" <= char["c"] <= "\u9fff"):
                        continue
                    x0, y0, x1, y1 = (int(v * zoom) for v in char["bbox"])
                    dark = sum(1 for y in range(max(y0, 0), min(y1, pix.height))
                               for x in range(max(x0, 0), min(x1, pix.width))
                               if pix.pixel(x, y)[0] < 128)
                    if dark < 0.01 * max((x1 - x0) * (y1 - y0), 1):
                        blank.append(char["c"])
    assert not blank, f"MuPDF drew these characters (nearly) empty: {''.join(blank)}"


def test_official_copy_has_no_times_or_edit_marks_the_review_copy_has(tmp_path):
    record = hearing(extra_lines=40)
    record.lines.append(RecordLine("审判长", "现在休庭。", 3_700_000, 3_701_000, edited=True))
    export_pdf(record, tmp_path / "official.pdf")
    export_pdf(record, tmp_path / "review.pdf", review=True)
    with pymupdf.open(tmp_path / "official.pdf") as official, \
            pymupdf.open(tmp_path / "review.pdf") as review:
        assert official.page_count == review.page_count
        official_text = "".join(page.get_text() for page in official)
        review_text = "".join(page.get_text() for page in review)
        assert not re.search(r"\d\d:\d\d", official_text.replace("0时00分", ""))
        assert "改" not in official_text and "核对稿" not in official_text
        assert "【标记" not in official_text and "【标记 00:00:20】" in review_text
        assert re.search(r"^00:19 改$", review_text, re.M) and "1:01:40 改" in review_text
        assert all("核对稿" in page.get_text(clip=TOP) for page in review)
        # the same words in the same order: only the margin and the notes' times differ
        assert_in_order(body_text(official), labelled(record))
        assert_in_order(body_text(review), labelled(record))


def test_every_page_has_the_parties_signature_line_and_its_number(tmp_path):
    pages = export_pdf(with_attendance(extra_lines=60), tmp_path / "record.pdf")
    with pymupdf.open(tmp_path / "record.pdf") as doc:
        assert pages == doc.page_count >= 4
        for page in doc:
            foot = page.get_text(clip=pymupdf.Rect(0, 760, 595, 842))
            assert "当事人签名：" in foot, page.number
            assert f"第 {page.number + 1} 页 共 {pages} 页" in foot
            # a drawn line to sign on, beside the label
            assert any(item[0] == "l" for d in page.get_drawings() for item in d["items"]
                       if item[1].y > 760)
    deliberation = hearing(extra_lines=20, kind="deliberation", confidential=True,
                           signatories=["审判长", "审判员", "书记员"])
    export_pdf(deliberation, tmp_path / "deliberation.pdf")
    with pymupdf.open(tmp_path / "deliberation.pdf") as doc:
        assert all("合议庭成员签名：" in page.get_text() for page in doc)
        assert not any("当事人签名" in page.get_text() for page in doc)


@pytest.mark.parametrize("extra_lines", [4, 5, 9])  # lengths whose closing block overflows
def test_closing_block_never_stands_alone_on_the_last_page(tmp_path, extra_lines):
    record = hearing(extra_lines=extra_lines)
    export_pdf(record, tmp_path / "record.pdf")
    with pymupdf.open(tmp_path / "record.pdf") as doc:
        last = flat(doc[-1].get_text(clip=BODY_CLIP))
        assert "审判长（签名）" in last and "被告（签名）" in last
        # the record's last two lines come with it, before it
        before = last[:last.index("审判长（签名）")]
        assert len(before) > 10 and flat(labelled(record)[-1]).endswith(before)
        assert len(doc[-1].get_text(clip=BODY_CLIP).split("审判长（签名）")[0].split()) == 2
        assert_in_order(body_text(doc), labelled(record))  # nothing lost or doubled
        assert body_text(doc).count(flat(labelled(record)[-1])) == 1


def test_attendance_section_heads_the_record(tmp_path):
    record = with_attendance(extra_lines=3)
    export_pdf(record, tmp_path / "record.pdf")
    with pymupdf.open(tmp_path / "record.pdf") as doc:
        first = flat(doc[0].get_text())
    expected = ("到庭情况：原告延吉市长白山商贸有限公司及其委托诉讼代理人金明哲（延边正义律师事务所"
                "律师）到庭；被告朴英姬未到庭，其委托诉讼代理人王丽华到庭；第三人延边物流有限公司"
                "未到庭；朝鲜语翻译金顺子到庭。")
    assert flat(expected) in first
    assert_in_order(first, ["书记员：崔美兰", expected, labelled(record)[0]])
    assert "当事人及其他诉讼参与人" not in first  # the attendance says who was there
    assert flat(expected) in flat(export_text(record))
    from courtdesk.speech.record_export import Attendee

    ko = export_text(hearing(language="ko", attendance=[
        Attendee("원고", "김명철", True, ["박정민"]), Attendee("피고", "朴英姬", False, ["王丽华"]),
        Attendee("제3자", "이순자", False)], attendance_other="통역인 김순자 출석"))
    assert ("출석 상황: 원고 김명철 및 소송대리인 박정민 출석; 피고 朴英姬 불출석, 소송대리인 "
            "王丽华 출석; 제3자 이순자 불출석; 통역인 김순자 출석\n") in ko
    en = export_text(hearing(language="en", attendance=[
        Attendee("Plaintiff", "Kim", True, ["Park"]), Attendee("Defendant", "Pak", True)]))
    assert "Attendance: Plaintiff Kim appeared with counsel Park; Defendant Pak appeared.\n" in en


def test_the_session_type_names_the_form(tmp_path):
    for session_type, form in (("mediation", "调解笔录"), ("pronouncement", "宣判笔录"),
                               ("inquiry", "询问笔录"), ("trial", "庭审笔录")):
        record = hearing(session_type=session_type, title="买卖合同纠纷调解")
        titles = export_text(record).split("\n\n")[0].split("\n")
        assert titles == [COURT, form, "（买卖合同纠纷调解）"]
    export_pdf(hearing(session_type="mediation", title="第二次调解"), tmp_path / "m.pdf")
    with pymupdf.open(tmp_path / "m.pdf") as doc:
        assert doc.metadata["title"] == f"调解笔录 {CASE}"
        assert "（第二次调解）" in doc[0].get_text()


def test_a_record_with_no_lines_yet_keeps_its_header_with_the_closing_block(tmp_path):
    record = with_attendance(lines=[], notes=[])
    pages = export_pdf(record, tmp_path / "empty.pdf")
    with pymupdf.open(tmp_path / "empty.pdf") as doc:
        assert pages == doc.page_count
        last = doc[-1].get_text(clip=BODY_CLIP)
        assert "审判长（签名）" in last
        before = last.split("审判长（签名）")[0].split()
        assert len(before) >= 2  # the attendance's last lines, not an empty page
