"""Selecting text on a page: carets, reading order, words, lines, boxes, on a real PDF.

The page is made with PyMuPDF: Chinese and Korean set in Noto Sans CJK from Debian's
fonts-noto-cjk, English in Helvetica. Its characters are read the way the reader reads them
(on the PDF thread), and each expectation is checked against PyMuPDF's own word boxes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from courtdesk.dossier.annotations import normalize_geometry
from courtdesk.dossier.errors import AnnotationError
from courtdesk.dossier.pdf_thread import on_pdf_thread
from courtdesk.dossier.selection import PageChars, quote_of
from courtdesk.dossier.text import CharLine

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
LINES = [
    (72, 100, "原告张三诉被告李四买卖合同纠纷一案，本院依法受理。", "cjk"),
    (72, 130, "The defendant paid 1,250.00 yuan on 3 March.", "helv"),
    (72, 160, "피고는 원고에게 돈을 지급하라", "cjk"),
]


def make_page_pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="cjk", fontfile=str(CJK_FONT))
    for x, y, text, font in LINES:
        page.insert_text((x, y), text, fontname=font, fontsize=14)
    return doc.tobytes()


@pytest.fixture(scope="module")
def page() -> tuple[PageChars, dict]:
    """The page's characters as the reader has them, and PyMuPDF's words for checking."""
    pdf = on_pdf_thread(make_page_pdf)

    def read() -> tuple[PageChars, dict]:
        with pymupdf.open(stream=pdf) as doc:
            words = {w[4]: w[:4] for w in doc[0].get_text("words")}
            return PageChars.from_page(doc[0]), words

    return on_pdf_thread(read)


def middle(box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def char_box(chars: PageChars, text: str, occurrence: int = 0) -> tuple:
    index = -1
    for _ in range(occurrence + 1):
        index = chars.text.index(text, index + 1)
    return chars.boxes[index]


def test_a_drag_along_a_line_selects_exactly_the_characters_passed(page):
    chars, _words = page
    start = char_box(chars, "张")
    end = char_box(chars, "四")
    # From the left half of 张 to the right half of 四: 张三诉被告李四.
    selection = chars.between(0, (start[0] + 1, middle(start)[1]),
                              (end[2] - 1, middle(end)[1]))
    assert chars.selected_text(selection) == "张三诉被告李四"
    rects = chars.rects(selection)
    assert len(rects) == 1
    assert rects[0][0] == pytest.approx(start[0]) and rects[0][2] == pytest.approx(end[2])
    # Dragged backwards: the same characters.
    back = chars.between(0, (end[2] - 1, middle(end)[1]), (start[0] + 1, middle(start)[1]))
    assert back == selection


def test_a_drag_across_lines_selects_in_reading_order(page):
    chars, words = page
    start = char_box(chars, "受")
    paid = words["paid"]
    selection = chars.between(0, (start[0] + 1, middle(start)[1]),
                              (paid[2] - 0.5, middle(paid)[1]))
    assert chars.selected_text(selection) == "受理。\nThe defendant paid"
    quads = chars.quads(selection)
    assert len(quads) == 2  # one per line
    first, second = quads
    assert first[0] == pytest.approx(start[0]) and first[1] < second[1]
    assert second[0] == pytest.approx(words["The"][0], abs=0.5)
    assert second[2] == pytest.approx(paid[2], abs=0.5)
    # Below the last line's band: to its end; from the top margin: from the first line.
    everything = chars.between(0, (300, 20), (300, 800))
    assert chars.selected_text(everything).splitlines() == [t for *_xy, t, _f in LINES]


def test_double_click_takes_a_word_and_triple_click_a_line(page):
    chars, words = page
    amount = words["1,250.00"]
    assert chars.selected_text(chars.word(0, *middle(amount))) == "1,250.00"
    assert chars.selected_text(chars.word(0, *middle(words["defendant"]))) == "defendant"
    # Chinese: the run of Han characters between punctuation.
    han = char_box(chars, "买")
    assert chars.selected_text(chars.word(0, *middle(han))) == "原告张三诉被告李四买卖合同纠纷一案"
    # Korean: the word between spaces.
    hangul = char_box(chars, "에")
    assert chars.selected_text(chars.word(0, *middle(hangul))) == "원고에게"
    line = chars.line(0, *middle(words["yuan"]))
    assert chars.selected_text(line) == LINES[1][2]


def test_box_mode_takes_the_characters_inside(page):
    chars, words = page
    x0, y0, _x1, _y1 = words["The"]
    _a, _b, x1, y1 = words["paid"]
    selection = chars.in_box(0, (x0 - 1, y0 - 1, x1 + 1, y1 + 1))
    assert chars.selected_text(selection) == "The defendant paid"


def test_ocr_lines_select_like_a_text_layer():
    lines = [CharLine([("收", (100, 100, 120, 120)), ("条", (120, 100, 140, 120))]),
             CharLine([("今", (100, 130, 120, 150)), ("收", (120, 130, 140, 150)),
                       ("到", (140, 130, 160, 150))])]
    chars = PageChars.from_char_lines(lines)
    selection = chars.between(0, (121, 110), (141, 140))
    assert chars.selected_text(selection) == "条\n今收"
    assert chars.rects(selection) == [(120, 100, 140, 120), (100, 130, 140, 150)]


def test_a_highlight_keeps_the_text_it_marks():
    rect = pymupdf.Rect(0, 0, 595, 842)
    quads = [[72, 90, 200, 90, 72, 104, 200, 104]]
    kept = normalize_geometry("highlight", {"quads": quads, "quote": "张三诉被告"}, rect)
    assert quote_of(kept) == "张三诉被告" and kept["quads"] == quads
    assert json.loads(json.dumps(kept)) == kept
    assert quote_of(normalize_geometry("highlight", {"quads": quads}, rect)) == ""
    with pytest.raises(AnnotationError):
        normalize_geometry("highlight", {"quads": quads, "quote": 5}, rect)


def test_the_window_can_import_selection_without_pymupdf():
    """The GUI imports this module with the window; PyMuPDF loads with the first volume."""
    import subprocess
    import sys

    from courtdesk.dossier import selection, text

    assert selection.MIN_TEXT_CHARS == text.MIN_TEXT_CHARS
    code = ("import sys; import courtdesk.dossier.selection; "
            "print('pymupdf' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "False"
