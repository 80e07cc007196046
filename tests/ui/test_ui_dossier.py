"""The dossier workspace as judges and clerks use it: read, search, annotate, clean, export.

Everything runs through the real startup flow on the demo case: a login, the store queue,
the page renderer's workers, Tesseract for the scanned pages of volume 2.
"""

from __future__ import annotations

import hashlib
import json
import random

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog

from courtdesk.app.demo_material import DEMO_SEED, case_facts
from courtdesk.dossier.pdf_thread import install_thread_guard, on_pdf_thread
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.dossier_workspace import DossierWorkspace
from courtdesk.ui.views.page_view import FIT_PAGE, FIT_WIDTH

pytestmark = pytest.mark.gui

WAIT = 30_000
# What queues behind OCR of the demo's scans (Tesseract, CPU-bound) gets longer: with a test
# worker per core, another worker's work shares the cores with it.
OCR_WAIT = 120_000


@pytest.fixture(autouse=True)
def pdf_thread_guard():
    """PyMuPDF may only run on the PDF thread: a call from the GUI thread, the store queue
    or any worker fails the test, even one a worker made and caught."""
    guard = install_thread_guard()
    try:
        yield guard
    finally:
        guard.remove()
    assert guard.violations == [], "PyMuPDF used off the PDF thread"


def _pdf_text(pdf: bytes) -> str:
    return on_pdf_thread(lambda: "".join(p.get_text() for p in pymupdf.open(stream=pdf)))


def _dossier(qtbot, window) -> DossierWorkspace:
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    assert window.stack.currentWidget() is workspace
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=WAIT)
    return workspace


def _open(qtbot, workspace, volume: int, page: int | None = None):
    document = next(d for d in workspace.controller.documents if d["volume"] == volume
                    and "清理版" not in d["title"])
    workspace.open_document(document["id"], page)
    qtbot.waitUntil(lambda: workspace.reader.active is not None
                    and workspace.reader.active.document_id == document["id"], timeout=WAIT)
    view = workspace.reader.active
    view.setFocus()
    qtbot.waitUntil(lambda: all(view.rendered(p) is not None for p in view.visible_pages()),
                    timeout=WAIT)
    return document, view


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def _to_screen(view, page: int, x: float, y: float) -> QPoint:
    point = view._painted_transforms[page].map(QPointF(x, y))
    return QPoint(round(point.x()), round(point.y()))


def _drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_judge_reads_searches_and_annotates(qtbot, case_profile, make_flow, login, screenshot):
    flow = make_flow("zh_CN")
    window = login(flow, "judge")
    workspace = _dossier(qtbot, window)
    assert not workspace.import_button.isVisible()  # judges read; the clerk files
    assert workspace.side.tabText(0) == "卷宗"
    document, view = _open(qtbot, workspace, 1)
    assert workspace.reader.panes[0].tabText(0).endswith("起诉材料")
    screenshot(window, "dossier_zh_CN_read")

    # Continuous reading: scrolled to the end, the last page is read and rendered.
    last = view.page_count - 1
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: view.current == last and view.rendered(last) is not None,
                    timeout=WAIT)
    assert workspace.reader.page_spin.value() == last + 1
    view.go_to(0)
    # One page at a time: Page Down turns the page.
    workspace.reader.continuous_action.trigger()
    assert not view.continuous
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current == 1 and view.visible_pages() == [1]
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.current == last
    workspace.reader.continuous_action.trigger()
    assert view.continuous

    # Zoom and rotation change the page on screen, not the file.
    view.set_zoom(FIT_WIDTH)
    wide = view.zoom
    workspace.reader.fit_page_action.trigger()
    assert view.zoom_mode == FIT_PAGE and view.zoom < wide
    before = view.zoom
    workspace.reader.zoom_in_action.trigger()
    assert view.zoom > before
    assert workspace.reader.zoom_combo.currentText() == f"{round(view.zoom * 100)}%"
    w, h = view.display_size(0)
    workspace.reader.rotate_action.trigger()
    assert view.display_size(0) == (h, w)
    workspace.reader.rotate_action.trigger()
    workspace.reader.rotate_action.trigger()
    workspace.reader.rotate_action.trigger()
    assert view.rotation == 0
    view.set_zoom(FIT_WIDTH)

    # Thumbnails and the catalog turn to a page.
    workspace.side.setCurrentIndex(2)
    model = workspace.thumbnail_model
    assert model.rowCount() == view.page_count
    qtbot.waitUntil(lambda: workspace.controller.renderer.cached(view.key, 0, 0.18) is not None,
                    timeout=WAIT)
    workspace.thumbnails.page_requested.emit(2)
    assert view.current == 2
    workspace.side.setCurrentIndex(1)
    qtbot.waitUntil(lambda: workspace.catalog.topLevelItemCount() >= 3, timeout=WAIT)
    item = next(workspace.catalog.topLevelItem(i)
                for i in range(workspace.catalog.topLevelItemCount())
                if workspace.catalog.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) > 0)
    workspace.catalog.itemClicked.emit(item, 0)
    assert view.current == item.data(0, Qt.ItemDataRole.UserRole + 1)

    # Search across volumes; the chosen hit's page shows its words outlined.
    workspace.run_search("买卖合同")
    qtbot.waitUntil(lambda: workspace.search.results.count() >= 2, timeout=WAIT)
    volumes = {h.volume for h in workspace.controller.last_hits}
    assert {1, 3} <= volumes
    assert "买卖合同" in workspace.search.results.item(0).text()
    hit = next(h for h in workspace.controller.last_hits if h.volume == 1)
    workspace.search.hit_chosen.emit(hit.document_id, hit.page_index)
    # (bool: pytest-qt takes a None from the callback for a passed assertion)
    qtbot.waitUntil(lambda: view.current == hit.page_index
                    and bool(view.hits.get(hit.page_index)), timeout=WAIT)
    qtbot.waitUntil(lambda: hit.page_index in view._painted_transforms, timeout=WAIT)
    screenshot(window, "dossier_zh_CN_search")

    # Highlight the hit by dragging over it with the highlight tool.
    x0, y0, x1, y1 = view.hits[hit.page_index][0]
    workspace.marks.tool_actions["highlight"].trigger()
    assert view.tool == "highlight"
    _drag(qtbot, view, _to_screen(view, hit.page_index, x0 - 1, y0 + 1),
          _to_screen(view, hit.page_index, x1 + 1, y1 - 1))
    annotations = workspace.marks.annotation_list
    qtbot.waitUntil(lambda: annotations.count() == 1, timeout=WAIT)
    rows = workspace.controller.annotation_rows[document["id"]]
    assert rows[0]["kind"] == "highlight" and rows[0]["visibility"] == "private"
    quad = rows[0]["geometry_data"]["quads"][0]
    assert min(quad[0::2]) <= x0 + 2 and max(quad[0::2]) >= x1 - 2
    assert "高亮" in annotations.item(0).text() and "我的" in annotations.item(0).text()

    # A sticky note: click, type the text in the prompt.
    workspace.marks.tool_actions["note"].trigger()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_to_screen(view, view.current, 100, 120))
    qtbot.waitUntil(lambda: workspace.marks.dialog is not None
                    and workspace.marks.dialog.isVisible(), timeout=WAIT)
    workspace.marks.dialog.setTextValue("此处金额与发票不一致")
    workspace.marks.dialog.accept()
    qtbot.waitUntil(lambda: annotations.count() == 2, timeout=WAIT)
    assert any("此处金额与发票不一致" in annotations.item(i).text() for i in range(2))

    # Ink, shared with the panel's judges this time.
    workspace.marks.tool_actions["ink"].trigger()
    workspace.marks.shared_action.setChecked(True)
    _drag(qtbot, view, _to_screen(view, view.current, 300, 300),
          _to_screen(view, view.current, 380, 340))
    qtbot.waitUntil(lambda: annotations.count() == 3, timeout=WAIT)
    ink = next(r for r in workspace.controller.annotation_rows[document["id"]]
               if r["kind"] == "ink")
    assert ink["visibility"] == "shared" and len(ink["geometry_data"]["strokes"][0]) >= 3
    workspace.marks.tool_actions["ink"].trigger()  # tool off again
    assert view.tool == ""

    # Undo, redo, bookmark, delete.
    workspace.marks.undo_action.trigger()
    qtbot.waitUntil(lambda: annotations.count() == 2, timeout=WAIT)
    workspace.marks.redo_action.trigger()
    qtbot.waitUntil(lambda: annotations.count() == 3, timeout=WAIT)
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: annotations.count() == 4, timeout=WAIT)
    bookmark = next(r for r in workspace.controller.annotation_rows[document["id"]]
                    if r["kind"] == "bookmark")
    annotations.select_id(bookmark["id"])
    workspace.marks.delete_action.trigger()
    qtbot.waitUntil(lambda: annotations.count() == 3, timeout=WAIT)
    screenshot(window, "dossier_zh_CN_annotated")

    # Stored with outbox rows; the source file's bytes are untouched.
    stored = _store_call(qtbot, flow, lambda: (
        flow.session.store.query("SELECT id, kind, deleted FROM annotations"),
        flow.session.store.query("SELECT count(*) AS n FROM outbox WHERE record_type = "
                                 "'annotations'")[0]["n"],
        hashlib.sha256(workspace.controller.book.files.blobs.read_bytes(document["blob_sha256"]))
        .hexdigest()))
    rows, outbox, source_hash = stored
    assert sorted(r["kind"] for r in rows if not r["deleted"]) == ["highlight", "ink", "note"]
    assert outbox >= 4
    assert source_hash == document["blob_sha256"]

    # The other pane: the same volume side by side, each pane with its own page.
    workspace.reader.side_by_side_action.trigger()
    qtbot.waitUntil(lambda: workspace.reader.panes[1].count() == 1, timeout=WAIT)
    right = workspace.reader.panes[1].widget(0)
    right.go_to(0)
    assert right.document_id == document["id"] and right is not view
    # The overlay comes from the store, in both panes.
    qtbot.waitUntil(lambda: sum(map(len, right.annotations.values())) == 3, timeout=WAIT)


@pytest.mark.timeout(400)  # OCR of four scans, a clean-up and an export, on two cores
def test_scans_are_read_cleaned_and_exported_redacted(qtbot, case_profile, make_flow, login,
                                                      screenshot, tmp_path):
    flow = make_flow("en")
    window = login(flow, "presiding")
    workspace = _dossier(qtbot, window)
    assert workspace.side.tabText(0) == "Volumes"
    # Volume 2 ends in scanned pages: OCR reads them in the background, with progress.
    qtbot.waitUntil(lambda: workspace.search.ocr.label.isVisible()
                    or "OCR read" in workspace.message_text, timeout=OCR_WAIT)
    qtbot.waitUntil(lambda: "OCR read 4 scanned page" in workspace.message_text,
                    timeout=120_000)
    assert not workspace.search.ocr.label.isVisible()
    workspace.run_search("授权委托书")  # only on a scanned page
    qtbot.waitUntil(lambda: workspace.search.results.count() >= 1, timeout=WAIT)
    assert "(OCR)" in workspace.search.results.item(0).text()

    # Clean up volume 2's scans: the cleaned copy opens beside the original.
    _original, view = _open(qtbot, workspace, 2)
    workspace.clean_button.click()
    qtbot.waitUntil(lambda: workspace.reader.panes[1].count() == 1, timeout=120_000)
    cleaned = workspace.reader.panes[1].widget(0)
    assert workspace.reader.panes[1].isVisible()
    assert workspace.reader.side_by_side_action.isChecked()
    assert "清理版" in workspace.reader.panes[1].tabText(0)
    assert cleaned.current == view.current >= 2  # both at the first cleaned page
    qtbot.waitUntil(lambda: cleaned.rendered(cleaned.current) is not None, timeout=WAIT)
    screenshot(window, "dossier_en_cleaned")
    assert workspace.volumes.count() == 4

    # Export volume 1 with its numbers redacted: the ID number is gone from the text.
    first, view = _open(qtbot, workspace, 1)
    workspace.export_button.click()
    qtbot.waitUntil(lambda: isinstance(workspace.file_actions.dialog, QDialog)
                    and workspace.file_actions.dialog.isVisible(), timeout=WAIT)
    dialog = workspace.file_actions.dialog
    out = tmp_path / "卷一-脱敏.pdf"
    dialog.path.setText(str(out))
    dialog.redact.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: out.exists() and "Copy written" in workspace.message_text,
                    timeout=120_000)
    source = workspace.controller.book.files.pdf_bytes(first["blob_sha256"])
    source_text = _pdf_text(source)
    copy_text = _pdf_text(out.read_bytes())
    facts = case_facts(random.Random(DEMO_SEED))  # the defendant's numbers in the demo
    for kind in ("id", "phone", "card"):
        assert facts[kind] in source_text.replace(" ", ""), kind
        assert facts[kind] not in copy_text.replace(" ", ""), kind
    assert "身份号码" in copy_text and facts["invoice"] in copy_text  # the rest stays


@pytest.mark.timeout(300)  # imports queue behind the demo scans' OCR
def test_clerk_imports_files_and_is_asked_for_a_password(qtbot, case_profile, make_flow, login,
                                                         tmp_path):
    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    workspace = _dossier(qtbot, window)
    assert workspace.import_button.isVisible()

    def make() -> tuple[bytes, bytes]:
        good = pymupdf.open()
        page = good.new_page()
        page.insert_text((72, 100), "补充证据：银行转账记录", fontname="china-s", fontsize=14)
        return good.tobytes(), good.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256,
                                            user_pw="卷宗2026", owner_pw="owner-pw")

    plain, locked = on_pdf_thread(make)
    (tmp_path / "补充证据.pdf").write_bytes(plain)
    (tmp_path / "损坏.pdf").write_bytes(plain[:300])
    (tmp_path / "加密.pdf").write_bytes(locked)

    workspace.file_actions.import_files([str(tmp_path / "补充证据.pdf"),
                                         str(tmp_path / "损坏.pdf")])
    qtbot.waitUntil(lambda: workspace.volumes.count() == 4, timeout=OCR_WAIT)
    qtbot.waitUntil(lambda: "损坏.pdf" in workspace.message_text, timeout=OCR_WAIT)
    assert workspace.message.isVisible()

    workspace.file_actions.import_files([str(tmp_path / "加密.pdf")])
    files = workspace.file_actions
    qtbot.waitUntil(lambda: files.dialog is not None and files.dialog.isVisible()
                    and files.dialog.objectName() == "dossierPasswordPrompt", timeout=WAIT)
    workspace.file_actions.dialog.setTextValue("卷宗2026")
    workspace.file_actions.dialog.accept()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 5, timeout=WAIT)
    texts = [workspace.volumes.topLevelItem(i).text(0) for i in range(workspace.volumes.count())]
    assert any("加密" in t for t in texts) and any("补充证据" in t for t in texts)
    assert all("损坏" not in t for t in texts)

    # The clerk corrects the catalog by hand: a new entry, renamed, then removed.
    _document, view = _open(qtbot, workspace, 1)
    qtbot.waitUntil(lambda: workspace.catalog.topLevelItemCount() >= 3, timeout=WAIT)
    entries = workspace.catalog.topLevelItemCount()
    view.go_to(4)
    workspace.catalog_editor.add_entry("补充证据目录", 4)
    qtbot.waitUntil(lambda: workspace.catalog.topLevelItemCount() == entries + 1, timeout=WAIT)
    added = next(workspace.catalog.topLevelItem(i)
                 for i in range(workspace.catalog.topLevelItemCount())
                 if "补充证据目录" in workspace.catalog.topLevelItem(i).text(0))
    assert added.text(1) == "5"
    entry_id = added.data(0, Qt.ItemDataRole.UserRole)
    workspace.catalog_editor.edit_entry(entry_id, title="补充证据清单")
    qtbot.waitUntil(lambda: any("补充证据清单" in workspace.catalog.topLevelItem(i).text(0)
                                for i in range(workspace.catalog.topLevelItemCount())),
                    timeout=WAIT)
    workspace.catalog_editor.remove_entry(entry_id)
    qtbot.waitUntil(lambda: workspace.catalog.topLevelItemCount() == entries, timeout=WAIT)

    # What the clerk imported is searchable at once.
    workspace.run_search("银行转账")
    qtbot.waitUntil(lambda: workspace.search.results.count() >= 3, timeout=WAIT)
    titles = {h.title for h in workspace.controller.last_hits}
    assert {"补充证据", "加密"} <= titles  # beside the demo's own contract clause
    QApplication.processEvents()
    logged = _store_call(qtbot, flow, lambda: json.dumps(flow.session.store.query(
        "SELECT action FROM audit_log WHERE action LIKE 'dossier.import%'")))
    assert "dossier.import.refused" in logged


def test_a_volume_opens_from_the_case_in_the_dossier_workspace(qtbot, case_profile, make_flow,
                                                               login):
    from courtdesk.ui.views.cases_workspace import CasesWorkspace

    flow = make_flow("zh_CN")
    window = login(flow, "judge")
    cases = window.workspace(CasesWorkspace)
    qtbot.waitUntil(lambda: bool(cases.model.rows), timeout=WAIT)
    cases.table.selectRow(cases.model.row_of(case_profile.case_id))
    detail = cases.detail
    qtbot.waitUntil(lambda: detail.case_data is not None and detail.documents.rowCount() == 3,
                    timeout=WAIT)
    detail.tabs.setCurrentIndex(2)
    table = detail.tables["documents"]
    table.doubleClicked.emit(detail.documents.index(1, 0))  # volume 2
    dossier = window.workspace(DossierWorkspace)
    qtbot.waitUntil(lambda: dossier.reader.active is not None, timeout=WAIT)
    assert window.stack.currentWidget() is dossier
    assert dossier.controller.case_id == case_profile.case_id
    volume = next(d for d in dossier.controller.documents
                  if d["id"] == dossier.reader.active.document_id)
    assert volume["volume"] == 2
