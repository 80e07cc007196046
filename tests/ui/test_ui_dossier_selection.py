"""Selecting text in the dossier reader with the mouse, then highlighting, commenting, copying.

A clerk imports a real PDF (Chinese and Korean in Noto Sans CJK from fonts-noto-cjk,
English in Helvetica) into the demo case and works on it in the real page view: presses,
moves and releases of the mouse on its viewport, a double and a triple click, Ctrl+C, the
context menu. Where each word is comes from PyMuPDF's own extraction of the same file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from courtdesk.app.dossier_book import DossierBook
from courtdesk.dossier.pdf_thread import install_thread_guard, on_pdf_thread
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.dossier_workspace import DossierWorkspace

pytestmark = pytest.mark.gui

WAIT = 30_000
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
LONG = ("The plaintiff asks the court to order payment of the price with interest from the "
        "day it fell due.")
LINES = [
    (72, 100, "原告张三诉被告李四买卖合同纠纷一案，本院依法受理。", "cjk"),
    (72, 130, "The defendant paid 1,250.00 yuan on 3 March.", "helv"),
    (72, 160, "피고는 원고에게 돈을 지급하라", "cjk"),
    (72, 190, LONG[:70], "helv"),
]


@pytest.fixture(autouse=True)
def pdf_thread_guard():
    guard = install_thread_guard()
    try:
        yield guard
    finally:
        guard.remove()
    assert guard.violations == [], "PyMuPDF used off the PDF thread"


def make_pdf(path: Path) -> dict:
    """The file, and PyMuPDF's boxes of its characters and words (page 1)."""
    def make() -> dict:
        doc = pymupdf.open()
        for _ in range(2):
            page = doc.new_page(width=595, height=842)
            page.insert_font(fontname="cjk", fontfile=str(CJK_FONT))
            for x, y, text, font in LINES:
                page.insert_text((x, y), text, fontname=font, fontsize=14)
        doc.save(str(path))
        page = doc[0]
        chars = [(c["c"], c["bbox"]) for b in page.get_text("rawdict")["blocks"]
                 for line in b["lines"] for s in line["spans"] for c in s["chars"]]
        words: dict = {}
        for w in page.get_text("words"):
            words.setdefault(w[4], w[:4])  # the first on the page
        return {"words": words, "chars": chars}

    return on_pdf_thread(make)


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def char_box(facts: dict, char: str) -> tuple:
    # The font maps 李 to a compatibility ideograph; the reader copies the ordinary one.
    return next(box for c, box in facts["chars"] if c == char or
                (char == "李" and c == "\uf9e1"))


def at(view, box, fx: float = 0.5) -> QPoint:
    """A screen point inside ``box`` of page 0: ``fx`` of the way across, mid-height."""
    point = view._painted_transforms[0].map(
        QPointF(box[0] + (box[2] - box[0]) * fx, (box[1] + box[3]) / 2))
    return QPoint(round(point.x()), round(point.y()))


def drag(qtbot, view, start: QPoint, end: QPoint, *, alt: bool = False,
         during=None) -> None:
    viewport = view.viewport()
    modifier = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * step / 6)
        if step == 3 and during is not None:
            during()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, pos=end)


def open_volume(qtbot, flow, window, tmp_path) -> tuple:
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=WAIT)
    facts = make_pdf(tmp_path / "质证意见.pdf")
    controller = workspace.controller
    _store_call(qtbot, flow, lambda: controller.book.import_files(
        controller.case_id, [tmp_path / "质证意见.pdf"]))
    controller.reload_documents()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 4, timeout=WAIT)
    document = next(d for d in controller.documents if d["title"] == "质证意见")
    workspace.open_document(document["id"], 0)
    qtbot.waitUntil(lambda: workspace.reader.active is not None
                    and workspace.reader.active.document_id == document["id"], timeout=WAIT)
    view = workspace.reader.active
    view.setFocus()
    qtbot.waitUntil(lambda: view.rendered(0) is not None and 0 in view._painted_transforms
                    and view.selector.has_chars(0), timeout=WAIT)
    return workspace, view, document, facts


@pytest.mark.timeout(300)
def test_clerk_selects_text_and_highlights_comments_and_copies_it(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path):
    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    workspace, view, document, facts = open_volume(qtbot, flow, window, tmp_path)
    annotations = workspace.marks.annotation_list
    rows = lambda: workspace.controller.annotation_rows.get(document["id"], [])  # noqa: E731

    # Along a line: from the left half of 张 to the right half of 四, shown while dragging.
    live = []
    drag(qtbot, view, at(view, char_box(facts, "张"), 0.2), at(view, char_box(facts, "四"), 0.8),
         during=lambda: live.append(view.selected_text()))
    assert live and live[0] and "张三诉被告李四".startswith(live[0])
    assert view.selected_text() == "张三诉被告李四"
    assert rows() == []  # selecting alone marks nothing
    screenshot(window, "dossier_selection_zh_CN_drag")

    # Ctrl+C copies it.
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "张三诉被告李四"

    # The context menu makes it a highlight: one quad, the text stored with it, quoted in
    # the list.
    pos = at(view, char_box(facts, "被"))
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    menu = view.context_menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["高亮", "下划线", "批注…", "复制"]
    next(a for a in menu.actions() if a.objectName() == "selection-highlight").trigger()
    qtbot.waitUntil(lambda: annotations.count() == 1, timeout=WAIT)
    row = rows()[0]
    assert row["kind"] == "highlight" and row["visibility"] == "private"
    assert row["geometry_data"]["quote"] == "张三诉被告李四"
    (quad,) = row["geometry_data"]["quads"]
    assert quad[0] == pytest.approx(char_box(facts, "张")[0], abs=0.1)
    assert quad[2] == pytest.approx(char_box(facts, "四")[2], abs=0.1)
    assert "“张三诉被告李四”" in annotations.item(0).text()
    assert view.selection is None

    # Across lines, in reading order, then a comment (批注) with the N key.
    words = facts["words"]
    drag(qtbot, view, at(view, char_box(facts, "受"), 0.2), at(view, words["paid"], 0.9))
    assert view.selected_text() == "受理。\nThe defendant paid"
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: workspace.marks.dialog is not None
                    and workspace.marks.dialog.isVisible(), timeout=WAIT)
    workspace.marks.dialog.setTextValue("付款日期待核")
    workspace.marks.dialog.accept()
    qtbot.waitUntil(lambda: annotations.count() == 2, timeout=WAIT)
    comment = next(r for r in rows() if r["text"] == "付款日期待核")
    assert comment["geometry_data"]["quote"] == "受理。\nThe defendant paid"
    first, second = comment["geometry_data"]["quads"]  # one rectangle per line
    assert first[1] < second[1]
    assert second[0] == pytest.approx(words["The"][0], abs=0.1)
    assert second[2] == pytest.approx(words["paid"][2], abs=0.1)

    # A double click takes a word; the highlight button then marks it.
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, words["1,250.00"]))
    assert view.selected_text() == "1,250.00"
    workspace.marks.tool_actions["highlight"].trigger()
    qtbot.waitUntil(lambda: annotations.count() == 3, timeout=WAIT)
    assert view.tool == "" and not workspace.marks.tool_actions["highlight"].isChecked()
    assert any(r["geometry_data"].get("quote") == "1,250.00" for r in rows())

    # A triple click takes the line; H highlights it; the list elides the long quote and
    # its tooltip has all of it.
    spot = at(view, words["court"])
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert view.selected_text() == LONG[:70]
    qtbot.keyClick(view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: annotations.count() == 4, timeout=WAIT)
    item = next(annotations.item(i) for i in range(4)
                if "…" in annotations.item(i).text())
    assert LONG[:70] not in item.text() and LONG[:70] in item.toolTip()

    # The highlight tool marks what it is dragged over; with Alt it takes a box.
    workspace.marks.tool_actions["highlight"].trigger()
    drag(qtbot, view, at(view, char_box(facts, "원"), 0.1), at(view, char_box(facts, "게"), 0.9))
    qtbot.waitUntil(lambda: annotations.count() == 5, timeout=WAIT)
    assert any(r["geometry_data"].get("quote") == "원고에게" for r in rows())
    top, bottom = words["The"], words["yuan"]
    drag(qtbot, view, at(view, (top[0] - 2, top[1] - 2, top[0] - 2, top[1] - 2)),
         at(view, (bottom[2] + 1, bottom[3] + 1, bottom[2] + 1, bottom[3] + 1)), alt=True)
    qtbot.waitUntil(lambda: annotations.count() == 6, timeout=WAIT)
    assert any(r["geometry_data"].get("quote") == "The defendant paid 1,250.00 yuan"
               for r in rows())
    workspace.marks.tool_actions["highlight"].trigger()
    workspace.side.setCurrentIndex(4)  # the annotation list, quoting what is marked
    screenshot(window, "dossier_selection_zh_CN_marked")

    # Private to the clerk: the judge's book does not show them; the export carries real
    # highlight annotations with a quad per line.
    store = flow.session.store

    def judge_sees() -> int:
        from courtdesk.app.accounts import AccountBook

        return len(DossierBook(store, AccountBook(store).find("judge"))
                   .annotations(document["id"]))

    assert _store_call(qtbot, flow, judge_sees) == 0
    out = tmp_path / "copy.pdf"
    _store_call(qtbot, flow, lambda: workspace.controller.book.export(document["id"], out))

    def exported() -> list:
        with pymupdf.open(str(out)) as doc:
            return [(a.type[1], len(a.vertices), a.info["content"]) for a in doc[0].annots()]

    marks = on_pdf_thread(exported)
    assert ("Highlight", 8, "付款日期待核") in marks  # two lines: two quads of 4 points
    assert sum(1 for kind, *_ in marks if kind == "Highlight") == 6
    assert json.loads(next(r["geometry"] for r in store.query(
        "SELECT geometry FROM annotations WHERE text = '付款日期待核'")))["quote"]


@pytest.mark.timeout(200)
@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_the_selection_menu_and_mark_bar_speak_the_language(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path, language):
    flow = make_flow(language)
    window = login(flow, "clerk")
    _workspace, view, _document, facts = open_volume(qtbot, flow, window, tmp_path)
    words = facts["words"]
    drag(qtbot, view, at(view, words["The"], 0.1), at(view, char_box(facts, "지"), 0.9))
    assert view.selected_text() == "The defendant paid 1,250.00 yuan on 3 March.\n" \
                                   "피고는 원고에게 돈을 지"
    pos = at(view, words["yuan"])
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    menu = view.context_menu
    expected = {"zh_CN": ["高亮", "下划线", "批注…", "复制"],
                "en": ["Highlight", "Underline", "Comment…", "Copy"],
                "ko": ["강조", "밑줄", "주석…", "복사"]}[language]
    assert [a.text() for a in menu.actions() if a.text()] == expected
    screenshot(window, f"dossier_selection_{language}")
    screenshot(menu, f"dossier_selection_menu_{language}")
    menu.close()


def _has_cjk(text: str) -> bool:
    return any(0x3400 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in text)


@pytest.mark.timeout(300)
def test_volume_list_and_ocr_banner_follow_a_language_switch(qtbot, case_profile, make_flow,
                                                             login, screenshot):
    flow = make_flow("zh_CN")
    window = login(flow, "judge")
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    window.resize(1440, 900)
    window.show()
    volumes = workspace.volumes
    qtbot.waitUntil(lambda: volumes.count() == 3, timeout=WAIT)
    # Volume 2 ends in scans: OCR reads them, the banner says so, the list shows it.
    qtbot.waitUntil(lambda: "OCR已识别4页" in workspace.message_text, timeout=120_000)
    qtbot.waitUntil(lambda: volumes.topLevelItem(1).text(volumes.OCR) == "已识别4页",
                    timeout=WAIT)
    assert [volumes.headerItem().text(c) for c in range(4)] == ["卷", "页数", "文字识别", "同步"]
    first = volumes.topLevelItem(0)
    assert first.text(volumes.TITLE).startswith("1. ") and first.text(volumes.PAGES) == "5"
    assert first.text(volumes.OCR) == "无需识别" and first.text(volumes.SYNC) == "仅存本机"
    screenshot(window, "dossier_volumes_zh_CN")

    for language, header, banner, ocr in (
            ("en", ["Volume", "Pages", "OCR", "Sync"], "OCR read 4 scanned pages",
             "4 pages read"),
            ("ko", ["권", "쪽수", "OCR", "동기화"], "OCR이 스캔한 4쪽", "4쪽 인식됨")):
        flow.test_switcher.set_language(language)
        qtbot.wait(200)  # the layouts settle on the new texts
        assert [volumes.headerItem().text(c) for c in range(4)] == header
        assert banner in workspace.message_text, workspace.message_text
        assert volumes.topLevelItem(1).text(volumes.OCR) == ocr
        for r in range(volumes.count()):
            item = volumes.topLevelItem(r)
            states = " ".join(item.text(c) for c in (volumes.PAGES, volumes.OCR,
                                                     volumes.SYNC))
            assert (language == "ko") == _has_cjk(states), states
        if language == "en":
            assert not _has_cjk(workspace.message_text)
        assert workspace.reader.toolbar.toolButtonStyle() == \
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for bar in (workspace.reader.toolbar, workspace.marks.mark_bar):
            for action in bar.actions():
                if action.text() and not action.isSeparator() and action.isVisible() \
                        and bar.widgetForAction(action) is not None:
                    assert not action.icon().isNull(), action.text()
        screenshot(window, f"dossier_volumes_{language}")
