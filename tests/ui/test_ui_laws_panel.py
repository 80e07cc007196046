"""The law beside the work: the laws panel in the hearing (Ctrl+L), searching, a typed
reference and citing into the note; the case's facts' date set in Cases (audited, synced)
making the panel and the transcript's links cite the version in force then, with today's
text beside it; the panel beside the dossier; the choice remembered per user. Screens in
Chinese, English and Korean."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from courtdesk.app.preferences import Preferences, PrefKey
from courtdesk.laws.opening import ENV_LIBRARY, open_library
from courtdesk.speech.engine import Utterance
from courtdesk.speech.text import Word
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue
from courtdesk.ui.law_links import link_tooltip
from courtdesk.ui.views.cases_workspace import CasesWorkspace
from courtdesk.ui.views.dossier_workspace import DossierWorkspace
from courtdesk.ui.views.hearing_workspace import HearingWorkspace
from courtdesk.ui.views.laws_workspace import LawsWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]

WAIT = 30_000
FACTS_ON = "2022-05-01"  # the 2021 Civil Procedure Law was in force, not yet the 2023 one
OLD, NEW = "2021-12-24", "2023-09-01"
# 民事诉讼法第四十条: 2021 says 陪审员, 2023 人民陪审员.
OLD_WORDS, NEW_WORDS = "由审判员、陪审员共同组成合议庭", "由审判员、人民陪审员共同组成合议庭"
SAID = "合议庭的组成依照民事诉讼法第四十条。"


@pytest.fixture(scope="module")
def law_library(tmp_path_factory):
    """The starter library, imported once for the module (as on first use in the app)."""
    path = tmp_path_factory.mktemp("laws") / "laws.sqlite"
    library, report = open_library(path)
    library.close()
    assert report is not None and report.articles > 2000
    return path


def _store_call(qtbot, flow, fn):
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def _search(qtbot, panel, text: str) -> None:
    with qtbot.waitSignal(panel.finder.found, timeout=WAIT):
        panel.finder.search.setText(text)
        panel.finder.search_now()


def _set_facts_date(qtbot, cases, value: str, screenshot=None) -> None:
    """Through the case detail's own dialog: the date picker, or "not known"."""
    detail = cases.detail
    qtbot.mouseClick(detail.facts_date_button, Qt.MouseButton.LeftButton)
    dialog = detail.facts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    if value:
        dialog.unknown.setChecked(False)
        # Typed as a clerk types it: the whole field selected, then the date over it.
        dialog.date.setFocus()
        qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.date, value)
        assert dialog.value() == value
    else:
        dialog.unknown.setChecked(True)
    if screenshot is not None:
        screenshot(dialog, "case_facts_date_dialog_zh_CN")
    dialog.accept()
    qtbot.waitUntil(lambda: detail.facts_date.text() == (value or "未知"), timeout=WAIT)


def test_laws_beside_the_hearing_and_the_facts_date(qtbot, case_profile, make_flow, login,
                                                    screenshot, law_library, isolated_profile,
                                                    monkeypatch):
    monkeypatch.setenv(ENV_LIBRARY, str(law_library))
    flow = make_flow("zh_CN")
    window = login(flow, "presiding")
    window.resize(1440, 900)
    window.show()

    # Cases: the facts' date is not known yet; set it with the date picker.
    cases = window.workspace(CasesWorkspace)
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0, timeout=WAIT)
    cases.table.selectRow(cases.model.row_of(case_profile.case_id))
    qtbot.waitUntil(lambda: cases.detail.case_data is not None, timeout=WAIT)
    detail = cases.detail
    assert detail.facts_date.text() == "未知" and detail.facts_date_button.isVisible()
    _set_facts_date(qtbot, cases, FACTS_ON, screenshot)
    assert detail.facts_date_name.text() == "事实发生日："
    QApplication.processEvents()
    screenshot(window, "case_facts_date_zh_CN")
    # The same core call as `case facts-date`: stored, audited, queued for the server.
    case_id = case_profile.case_id
    stored = _store_call(qtbot, flow, lambda: flow.store.get("cases", case_id))
    assert stored["facts_on"] == FACTS_ON
    audit = _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT actor, detail FROM audit_log WHERE action = 'cases.update' AND record_id = ?",
        (case_id,)))
    assert [(a["actor"], json.loads(a["detail"])["fields"]) for a in audit] == [
        ("presiding", ["facts_on"])]
    assert _store_call(qtbot, flow, lambda: flow.store.query(
        "SELECT 1 FROM outbox WHERE record_id = ?", (case_id,)))

    # The hearing: no panel until asked for; Ctrl+L opens it and the choice is kept.
    hearing = window.workspace(HearingWorkspace)
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(HearingWorkspace))))
    qtbot.waitUntil(lambda: hearing.hearing is not None, timeout=WAIT)
    panel = hearing.laws_panel
    assert not panel.isVisible() and not hearing.laws_toggle.action.isChecked()
    assert hearing.laws_toggle.action.shortcut().toString() == "Ctrl+L"
    assert hearing.actions_.toolbar.widgetForAction(hearing.laws_toggle.action) is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: panel.width() >= hearing.splitter.width() * 0.28, timeout=5000)
    assert Preferences(isolated_profile).get(PrefKey.LAWS_PANEL) == {
        "presiding": {"hearing": True}}
    qtbot.waitUntil(lambda: panel.finder.law_filter.count() > 1, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.on == FACTS_ON, timeout=WAIT)
    assert FACTS_ON in panel.facts_line.text() and panel.facts_line.isVisible()

    # Search: cards with the hit highlighted; a card shows its article in the panel.
    _search(qtbot, panel, "违约责任")
    assert panel.finder.cards and panel.finder.cards[0].hit.match == "违约责任"
    assert "违约责任</span>" in panel.finder.cards[0].text.text()
    with qtbot.waitSignal(panel.article_shown, timeout=WAIT):
        qtbot.mouseClick(panel.finder.cards[0], Qt.MouseButton.LeftButton)
    assert "违约责任" in panel.text.toPlainText()

    # A typed reference: the version in force on the facts' date, said so, today's beside.
    with qtbot.waitSignal(panel.article_shown, timeout=WAIT):
        _search(qtbot, panel, "民事诉讼法第四十条")
    assert panel.shown.version.version_date == OLD
    assert OLD_WORDS in panel.text.toPlainText()
    assert panel.version.text() == f"按事实发生日 {FACTS_ON} 施行的版本（{OLD} 版）"
    assert panel.differs.isVisible() and not panel.side_by_side.isVisible()
    qtbot.mouseClick(panel.differs, Qt.MouseButton.LeftButton)
    assert panel.side_by_side.isVisible()
    assert OLD_WORDS in panel.side_by_side.this_text.toPlainText()
    assert NEW_WORDS in panel.side_by_side.that_text.toPlainText()
    assert "#fbd5c0" in panel.side_by_side.that_text.toHtml()  # what differs is marked

    # Cite into the note, without leaving the hearing.
    qtbot.mouseClick(panel.cite, Qt.MouseButton.LeftButton)
    citation = f"《中华人民共和国民事诉讼法》第四十条（{OLD}）"
    assert citation in hearing.note_editor.text.toPlainText()
    assert window.stack.currentWidget() is hearing
    QApplication.processEvents()
    screenshot(window, "laws_panel_hearing_zh_CN")

    # The whole law from the panel: the Laws workspace at the article, in the same version,
    # saying whose facts' date it is; a link there goes back to today's law.
    laws = window.workspace(LawsWorkspace)
    with qtbot.waitSignal(laws.law_shown, timeout=WAIT):
        qtbot.mouseClick(panel.library, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is laws
    assert laws.shown.version.version_date == OLD and laws.shown.article.number == 40
    assert laws.facts_line.isVisible() and FACTS_ON in laws.facts_line.text()
    assert case_profile.case_number in laws.facts_line.text()
    _search(qtbot, laws, "陪审员共同组成合议庭")  # searching keeps to that version
    procedure = [c.hit.article for c in laws.cards if c.hit.article.short_name == "民事诉讼法"]
    assert procedure and {a.version_date for a in procedure} == {OLD}
    QApplication.processEvents()
    screenshot(window, "laws_workspace_facts_date_zh_CN")
    laws.facts_line.linkActivated.emit("today")
    assert not laws.facts_line.isVisible() and laws.finder.on is None
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(HearingWorkspace))))

    # The transcript's link cites the same version, and its window shows both texts.
    actor = flow.session.user.actor
    hearing_id = hearing.hearing["id"]
    words = [Word(w, 5.0 + i * 0.4, 5.3 + i * 0.4, 0.9) for i, w in enumerate(SAID)]
    _store_call(qtbot, flow, lambda: HearingTranscript(flow.store, hearing_id, actor)
                .add_utterance(Utterance(0, 905_000, 912_000, words, " ".join(SAID), SAID),
                               "presiding_judge"))
    hearing.refresh_rows()
    qtbot.waitUntil(lambda: any(r["text"] == SAID for r in hearing.model.rows), timeout=WAIT)
    qtbot.waitUntil(lambda: hearing.law_links.parser is not None, timeout=WAIT)
    link = next(r for r in hearing.law_links.links(SAID) if r.resolved)
    assert link.version.version_date == OLD and OLD_WORDS in link.article.text
    assert f"按事实发生日 {FACTS_ON} 施行的版本" in link_tooltip(link)
    hearing.open_article(link)
    dialog = hearing.article_dialog
    assert dialog.side_by_side.isVisible()
    assert NEW_WORDS in dialog.side_by_side.that_text.toPlainText()
    screenshot(dialog, "law_article_facts_date_zh_CN")
    dialog.hide()

    # Not known after all: the panel and the links go back to today's law.
    window.navigation.setCurrentRow(0)
    _set_facts_date(qtbot, cases, "")
    assert _store_call(qtbot, flow, lambda: flow.store.get("cases", case_id))["facts_on"] == ""
    qtbot.waitUntil(lambda: panel.on is None and panel.shown.version.version_date == NEW,
                    timeout=WAIT)
    assert NEW_WORDS in panel.text.toPlainText() and not panel.differs.isVisible()
    assert not panel.facts_line.isVisible()
    link = next(r for r in hearing.law_links.links(SAID) if r.resolved)
    assert link.version.version_date == NEW and "按事实发生日" not in link_tooltip(link)

    # Beside the dossier: its own toggle, remembered apart from the hearing's.
    dossier = window.workspace(DossierWorkspace)
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(DossierWorkspace))))
    qtbot.waitUntil(lambda: dossier.volumes.count() == 3, timeout=WAIT)
    complaint = next(d for d in dossier.controller.documents if "起诉材料" in d["title"])
    dossier.open_document(complaint["id"], 1)
    qtbot.waitUntil(lambda: dossier.reader.active is not None, timeout=WAIT)
    assert not dossier.laws_panel.isVisible()
    dossier.laws_toggle.action.trigger()
    qtbot.waitUntil(dossier.laws_panel.isVisible, timeout=5000)
    with qtbot.waitSignal(dossier.laws_panel.article_shown, timeout=WAIT):
        _search(qtbot, dossier.laws_panel, "民法典第五百七十七条")
    QApplication.processEvents()  # the article's buttons laid out before the click
    # No note being written beside the dossier: the citation goes to the clipboard.
    QApplication.clipboard().clear()
    qtbot.mouseClick(dossier.laws_panel.cite, Qt.MouseButton.LeftButton)
    civil = "《中华人民共和国民法典》第五百七十七条（2020-05-28）"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == civil, timeout=5000)
    assert civil in dossier.message_text
    QApplication.processEvents()
    screenshot(window, "laws_panel_dossier_zh_CN")
    saved = json.loads((isolated_profile / "preferences.json").read_text("utf-8"))
    assert saved["laws_panel"] == {"presiding": {"hearing": True, "dossier": True}}

    # The date again, for the screens in English and Korean: the panels say it.
    window.navigation.setCurrentRow(0)
    _set_facts_date(qtbot, cases, FACTS_ON)
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(DossierWorkspace))))
    qtbot.waitUntil(lambda: dossier.laws_panel.on == FACTS_ON and panel.on == FACTS_ON,
                    timeout=WAIT)
    qtbot.mouseClick(panel.differs, Qt.MouseButton.LeftButton)  # both texts, side by side
    # The dossier's page links follow the date as well (its hover shows this resolution).
    qtbot.waitUntil(lambda: dossier.reader.law_links.on == FACTS_ON, timeout=WAIT)
    on_page = next(r for r in dossier.reader.law_links.links(SAID) if r.resolved)
    assert on_page.version.version_date == OLD
    assert f"按事实发生日 {FACTS_ON} 施行的版本" in link_tooltip(on_page, clickable=False)
    dossier.reader.open_article(on_page)  # as a click on the page's reference does
    dossier_dialog = dossier.reader.article_dialog
    assert dossier_dialog.side_by_side.isVisible()
    with qtbot.waitSignal(laws.law_shown, timeout=WAIT):
        qtbot.mouseClick(dossier_dialog.library, Qt.MouseButton.LeftButton)
    assert laws.shown.version.version_date == OLD and laws.facts_line.isVisible()
    assert FACTS_ON in laws.facts_line.text()
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(DossierWorkspace))))
    window.statusBar().clearMessage()

    for language in ("en", "ko"):
        flow.test_switcher.set_language(language)
        qtbot.wait(200)  # the layouts settle on the new texts
        assert dossier.laws_toggle.action.text() == {"en": "Laws", "ko": "법령"}[language]
        assert "按事实发生日" not in panel.version.text() and "&#" not in panel.version.text()
        assert not window.statusBar().currentMessage()
        screenshot(window, f"laws_panel_dossier_{language}")
        window.navigation.setCurrentRow(window.entries.index(
            next(e for e in window.entries if e.names(HearingWorkspace))))
        qtbot.wait(100)
        screenshot(window, f"laws_panel_hearing_{language}")
        window.navigation.setCurrentRow(0)
        qtbot.wait(100)
        screenshot(window, f"case_facts_date_{language}")
        qtbot.mouseClick(detail.facts_date_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(detail.facts_dialog.isVisible, timeout=5000)
        screenshot(detail.facts_dialog, f"case_facts_date_dialog_{language}")
        detail.facts_dialog.reject()
        window.navigation.setCurrentRow(window.entries.index(
            next(e for e in window.entries if e.names(DossierWorkspace))))

    # Closing the panel from its own button is remembered too.
    qtbot.mouseClick(dossier.laws_panel.close_button, Qt.MouseButton.LeftButton)
    assert not dossier.laws_panel.isVisible()
    assert Preferences(isolated_profile).get(PrefKey.LAWS_PANEL)["presiding"]["dossier"] is False

    # With both workspaces built, Ctrl+L acts on the one on screen only.
    window.navigation.setCurrentRow(window.entries.index(
        next(e for e in window.entries if e.names(HearingWorkspace))))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5000)
    assert not dossier.laws_toggle.action.isChecked()
    assert Preferences(isolated_profile).get(PrefKey.LAWS_PANEL) == {
        "presiding": {"hearing": False, "dossier": False}}
