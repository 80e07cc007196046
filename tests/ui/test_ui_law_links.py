"""Article references in a deliberation's transcript link themselves: hovering shows the
article, clicking opens it, the side list collects it, and the stored text stays as said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from courtdesk.speech.engine import Utterance
from courtdesk.speech.text import Word
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.hearing_workspace import HearingWorkspace
from courtdesk.ui.views.laws_workspace import LawsWorkspace
from courtdesk.ui.views.transcript_view import TEXT

pytestmark = pytest.mark.timeout(120)

SAID = "依照民法典第五百七十七条，被告应当承担违约责任。"
CITATION = "《中华人民共和国民法典》第五百七十七条（2020-05-28）"


def _link_point(view, index) -> QPoint:
    """A point over the reference's characters in the text cell (scanning the first line)."""
    rect = view.visualRect(index)
    y = rect.top() + 6 + view.fontMetrics().height() // 2
    for x in range(rect.left() + 6, rect.right(), 3):
        reference = view.link_under(index, QPoint(x, y))
        if reference is not None and reference.reference.text.endswith("第五百七十七条"):
            return QPoint(x + 6, y)
    raise AssertionError("the reference is not drawn in the text cell")


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_a_cited_article_links_itself_in_a_deliberation(
        qtbot, case_profile, make_flow, login, screenshot, language):
    flow = make_flow(language)
    window = login(flow, "judge")
    window.resize(1440, 900)
    window.show()
    workspace = window.workspace(HearingWorkspace)
    window.navigation.setCurrentRow(1)
    workspace.open_case(case_profile.case_id)
    qtbot.waitUntil(lambda: workspace.hearing is not None, timeout=20_000)
    deliberation = next(h for h in workspace.case_data["hearings"]
                        if h["kind"] == "deliberation")
    actor = flow.session.user.actor
    words = [Word(w, 5.0 + i * 0.4, 5.3 + i * 0.4, 0.9) for i, w in enumerate(SAID)]
    handle = flow.runner.submit(
        lambda: HearingTranscript(flow.store, deliberation["id"], actor).add_utterance(
            Utterance(0, 905_000, 912_000, words, " ".join(SAID), SAID), "presiding_judge"),
        queue=Queue.STORE)
    qtbot.waitSignal(handle.succeeded, timeout=10_000).wait()
    workspace.open_hearing(deliberation["id"])
    qtbot.waitUntil(lambda: workspace.hearing is not None
                    and workspace.hearing["id"] == deliberation["id"]
                    and any(r["text"] == SAID for r in workspace.model.rows), timeout=20_000)
    qtbot.waitUntil(lambda: workspace.law_links.parser is not None, timeout=30_000)

    # The side list of the deliberation holds the article, once.
    qtbot.waitUntil(lambda: CITATION in workspace.cited.citations(), timeout=10_000)
    assert workspace.cited.isVisible()
    assert workspace.cited.citations().count(CITATION) == 1

    view = workspace.view
    number = next(n for n, r in enumerate(workspace.model.rows) if r["text"] == SAID)
    index = workspace.model.index(number, TEXT)
    view.scrollTo(index)
    qtbot.wait(50)
    point = _link_point(view, index)

    # Hovering with the mouse: the tooltip is the article's text with law, number, version.
    QToolTip.hideText()
    window.activateWindow()  # Qt shows tooltips in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.mouseMove(view.viewport(), point - QPoint(40, 0))
    QTest.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "第五百七十七条" in QToolTip.text(),
                    timeout=10_000)
    tip = QToolTip.text()
    assert "中华人民共和国民法典" in tip and "2020-05-28" in tip
    assert "当事人一方不履行合同义务或者履行合同义务不符合约定的" in tip
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    screenshot(window, f"law_link_{language}")
    tip_label = next(w for w in QApplication.topLevelWidgets()
                     if w.inherits("QTipLabel") and w.isVisible())
    screenshot(tip_label, f"law_link_tooltip_{language}")

    # Clicking opens the article; one action cites it into the note.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: workspace.article_dialog is not None
                    and workspace.article_dialog.isVisible(), timeout=5000)
    dialog = workspace.article_dialog
    assert dialog.heading.text() == CITATION
    assert dialog.text.toPlainText().startswith("当事人一方不履行合同义务")
    screenshot(dialog, f"law_article_dialog_{language}")
    qtbot.mouseClick(dialog.cite, Qt.MouseButton.LeftButton)
    assert CITATION in workspace.note_editor.text.toPlainText()
    screenshot(window, f"law_cited_list_{language}")

    # The note holds the citation as text; hovering the note shows the article again.
    qtbot.mouseClick(workspace.note_editor.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(CITATION in workspace.notes.row_at(n)["text"]
                                for n in range(workspace.notes.rowCount())), timeout=10_000)
    note = next(n for n in range(workspace.notes.rowCount())
                if CITATION in workspace.notes.row_at(n)["text"])
    notes_view = workspace.notes_view
    cell = notes_view.visualRect(workspace.notes.index(note, 1))
    QToolTip.hideText()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.mouseMove(notes_view.viewport(), cell.center() - QPoint(30, 0))
    QTest.mouseMove(notes_view.viewport(), cell.center())
    qtbot.waitUntil(lambda: QToolTip.isVisible()
                    and "当事人一方不履行合同义务" in QToolTip.text(), timeout=10_000)
    assert workspace.notes.row_at(note)["text"] == CITATION

    # An ordinary hearing keeps no such list.
    ordinary = next(h for h in workspace.case_data["hearings"] if h["kind"] == "hearing")
    workspace.open_hearing(ordinary["id"])
    qtbot.waitUntil(lambda: workspace.hearing["id"] == ordinary["id"]
                    and workspace.cited.isHidden(), timeout=10_000)
    workspace.open_hearing(deliberation["id"])
    qtbot.waitUntil(lambda: workspace.hearing["id"] == deliberation["id"]
                    and workspace.cited.isVisible(), timeout=10_000)

    # The whole law is one more click: the Laws workspace opens at the article.
    laws = window.workspace(LawsWorkspace)
    with qtbot.waitSignal(laws.law_shown, timeout=20_000):
        qtbot.mouseClick(dialog.library, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.stack.currentWidget() is laws
    assert laws.shown.article.number == 577 and laws.shown.law.title == "中华人民共和国民法典"
    screenshot(window, f"law_opened_in_laws_{language}")

    # Links never change the text: the shown row and the stored segment are as said.
    row = workspace.model.rows[number]
    assert row["text"] == SAID
    handle = flow.runner.submit(
        lambda: HearingTranscript(flow.store, deliberation["id"], actor).segments(),
        queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=10_000) as stored:
        pass
    segment = next(s for s in stored.args[0] if s["id"] == row["id"])
    assert segment["text"] == SAID and segment.get("edited_text") is None
    QApplication.processEvents()


def test_a_dossier_page_links_the_articles_it_cites(qtbot, case_profile, make_flow, login,
                                                    screenshot):
    from courtdesk.ui.views.dossier_workspace import DossierWorkspace

    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    window.resize(1440, 900)
    window.show()
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=30_000)
    complaint = next(d for d in workspace.controller.documents if "起诉材料" in d["title"])
    workspace.open_document(complaint["id"], 1)  # the complaint's 2nd page
    qtbot.waitUntil(lambda: workspace.reader.active is not None
                    and workspace.reader.active.document_id == complaint["id"], timeout=30_000)
    view = workspace.reader.active
    qtbot.waitUntil(lambda: view.rendered(1) is not None and 1 in view._painted_transforms
                    and view.selector.has_chars(1)
                    and workspace.reader.law_links.parser is not None, timeout=30_000)
    chars = view.selector.chars[1]
    text_before = chars.text
    at = chars.text.find("第五百七十七条")
    assert at >= 0
    x0, y0, x1, y1 = chars.boxes[at + 2]
    point = view._painted_transforms[1].map(QPointF((x0 + x1) / 2, (y0 + y1) / 2)).toPoint()

    QToolTip.hideText()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.mouseMove(view.viewport(), point - QPoint(0, 40))
    QTest.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "第五百七十七条" in QToolTip.text(),
                    timeout=10_000)
    assert "当事人一方不履行合同义务" in QToolTip.text() and "2020-05-28" in QToolTip.text()
    screenshot(window, "law_link_dossier_page_zh_CN")
    assert view.selector.chars[1].text == text_before  # the page's text is as it was

    # A click where the page itself prints the reference (its words' boxes, as PyMuPDF reads
    # the volume's own bytes) opens the article's window.
    import pymupdf

    with pymupdf.open(stream=view.renderer._loader(view.key)) as pdf:
        found = pdf[1].search_for("第五百七十七条")
    assert found, "the complaint's page prints the reference"
    middle = view._painted_transforms[1].map(
        QPointF((found[0].x0 + found[0].x1) / 2, (found[0].y0 + found[0].y1) / 2)).toPoint()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     middle)
    reader = workspace.reader
    qtbot.waitUntil(lambda: reader.article_dialog is not None
                    and reader.article_dialog.isVisible(), timeout=10_000)
    dialog = reader.article_dialog
    assert "第五百七十七条" in dialog.heading.text()
    assert "当事人一方不履行合同义务" in dialog.text.toPlainText()
    assert not dialog.cite.isVisible()  # no note is being written on a dossier page
    assert view.selector.selection is None  # a click, not a selection
    screenshot(dialog, "law_link_dossier_article_zh_CN")
    dialog.close()

    # A drag that starts on the reference still selects text, and opens nothing.
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(view.viewport(), middle + QPoint(120, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, middle + QPoint(120, 0))
    assert view.selector.selection is not None and not dialog.isVisible()
