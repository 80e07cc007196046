"""The Laws workspace as a judge uses it: search the starter library, read an article with
its law's outline, open a typed reference, switch the law's version and see an article that
changed side by side; in Chinese, English and Korean."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from courtdesk.laws.opening import ENV_LIBRARY, open_library
from courtdesk.ui.views.laws_workspace import LawsWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

WAIT = 30_000
LABELS = {"zh_CN": "法律法规", "en": "Laws", "ko": "법령"}


@pytest.fixture(scope="module")
def law_library(tmp_path_factory):
    """The starter library, imported once for the module (as on first use in the app), and
    the article of 民事诉讼法 whose text changed between its two versions."""
    path = tmp_path_factory.mktemp("laws") / "laws.sqlite"
    library, report = open_library(path)
    try:
        assert report is not None and report.articles > 2000
        code = next(law for law in library.laws() if law.short_name == "民事诉讼法")
        old, new = code.versions
        changed = next(a.number for a in library.articles(new.id)
                       if (library.article(old.id, a.number) or a).text != a.text)
    finally:
        library.close()
    return path, changed, old.version_date, new.version_date


def _search(qtbot, workspace, text: str) -> None:
    with qtbot.waitSignal(workspace.found, timeout=WAIT):
        workspace.search.setText(text)
        workspace.search_now()


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_judge_searches_reads_and_compares_versions(qtbot, case_profile, make_flow, login,
                                                    screenshot, law_library, language,
                                                    monkeypatch):
    path, changed, old_date, new_date = law_library
    monkeypatch.setenv(ENV_LIBRARY, str(path))
    flow = make_flow(language)
    window = login(flow, "judge")
    window.resize(1440, 900)
    window.show()
    row = next(i for i, e in enumerate(window.entries) if e.names(LawsWorkspace))
    assert window.navigation.item(row).text() == LABELS[language]
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(LawsWorkspace)
    qtbot.waitUntil(lambda: workspace.law_filter.count() > 1, timeout=WAIT)
    assert workspace.law_filter.findText("民法典") > 0

    # Full text: cards with the law, the article and the words found.
    _search(qtbot, workspace, "违约责任")
    assert workspace.cards, workspace.status.text()
    card = workspace.cards[0]
    assert card.hit.match == "违约责任"
    assert "违约责任</span>" in card.text.text()  # the hit is highlighted
    QApplication.processEvents()
    screenshot(window, f"laws_{language}_search")

    # A card opens its law at the article, beside the outline, the hit marked in the text.
    with qtbot.waitSignal(workspace.law_shown, timeout=WAIT):
        qtbot.mouseClick(card, qtbot_left())
    shown = workspace.shown
    assert shown.article.number == card.hit.article.number
    assert shown.law.id == card.hit.article.law_id
    assert workspace.outline.topLevelItemCount() > 0
    assert workspace.outline.currentItem() is not None
    assert "违约责任" in workspace.text.toPlainText()

    # Kept within the law and one of its parts: only articles from there.
    civil = workspace.law_filter.findText("民法典")
    workspace.law_filter.setCurrentIndex(civil)
    qtbot.waitUntil(lambda: workspace.part_filter.count() > 1, timeout=WAIT)
    contracts = workspace.part_filter.findData(next(
        workspace.part_filter.itemData(i) for i in range(workspace.part_filter.count())
        if "合同" in (workspace.part_filter.itemData(i) or "")))
    with qtbot.waitSignal(workspace.found, timeout=WAIT):
        workspace.part_filter.setCurrentIndex(contracts)
    assert workspace.cards
    assert all(c.hit.article.short_name == "民法典" for c in workspace.cards)
    workspace.law_filter.setCurrentIndex(0)

    # A typed reference goes straight to the article.
    with qtbot.waitSignal(workspace.law_shown, timeout=WAIT):
        _search(qtbot, workspace, "民法典第五百七十七条")
    assert workspace.shown.article.number == 577
    assert workspace.shown.law.short_name == "民法典"
    assert "第五百七十七条" in workspace.status.text()

    # An article that changed: the version picker, and both texts side by side.
    with qtbot.waitSignal(workspace.law_shown, timeout=WAIT):
        _search(qtbot, workspace, f"民事诉讼法第{changed}条")
    assert workspace.shown.version.version_date == new_date  # in force today
    # The file gives its adoption only: said as such, never as the in-force date.
    assert workspace.versions.currentText() == {
        "zh_CN": f"{new_date}（通过）", "en": f"{new_date} (adopted)",
        "ko": f"{new_date} (의결)"}[language]
    assert workspace.versions.count() == 2 and workspace.versions.isEnabled()
    assert workspace.compare_box.isVisible()
    assert workspace.compare_this.toPlainText() != workspace.compare_that.toPlainText()
    change = workspace.shown.changes[0]
    assert change.here and change.there  # what differs is marked on both sides
    assert "#fbd5c0" in workspace.compare_this.toHtml()
    assert "#fbd5c0" in workspace.compare_that.toHtml()
    start, end = change.there[0]
    assert change.article.text[start:end] not in workspace.shown.article.text or \
        change.article.text[max(0, start - 3):end + 3] not in workspace.shown.article.text
    with qtbot.waitSignal(workspace.law_shown, timeout=WAIT):
        workspace.choose_version(old_date)
    assert workspace.shown.version.version_date == old_date
    assert workspace.shown.article.number == changed
    assert old_date in workspace.versions.currentText()
    QApplication.processEvents()
    screenshot(window, f"laws_{language}_versions")

    # An unknown article says so instead of opening anything.
    _search(qtbot, workspace, "民法典第二千条")
    assert "民法典" in workspace.status.text()
    assert workspace.shown.article.number == changed  # what was open stays open


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_damaged_library_says_search_is_unavailable(qtbot, case_profile, make_flow, login,
                                                      tmp_path, monkeypatch):
    damaged = tmp_path / "laws.sqlite"
    damaged.write_bytes(b"not a database, cut off in a copy" * 100)
    monkeypatch.setenv(ENV_LIBRARY, str(damaged))
    flow = make_flow("zh_CN")
    window = login(flow, "judge")
    workspace = window.workspace(LawsWorkspace)
    qtbot.waitUntil(lambda: bool(workspace.problem), timeout=WAIT)
    assert "无法读取法律法规库" in workspace.status.text()
    assert "law_library_unreadable" in workspace.status.text()
    assert damaged.read_bytes().startswith(b"not a database")  # nothing written over it
