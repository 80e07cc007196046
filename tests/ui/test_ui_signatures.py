"""The dossier's Signatures panel and File → Verify signatures of a file…, on real signed PDFs
(the test court PKI, courtdesk's own signer), through the real startup flow and the real
import: intact and trusted, one byte flipped, unsigned, a damaged signature, a cut file."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from signed_pdf_kit import flip_signed_byte, make_pki, record_pdf, sign

from courtdesk.app.config import MachineConfig, SigningConfig
from courtdesk.dossier.pdf_thread import install_thread_guard
from courtdesk.ui import signature_wording as words
from courtdesk.ui.views.dossier_workspace import DossierWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(300)]

WAIT = 30_000
IMPORT_WAIT = 150_000
SEAL = "延吉市人民法院 电子印章"
STATION = "延吉市人民法院 第三法庭 签名终端"


@pytest.fixture(autouse=True)
def pdf_thread_guard():
    guard = install_thread_guard()
    try:
        yield guard
    finally:
        guard.remove()
    assert guard.violations == [], "PyMuPDF used off the PDF thread"


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def signed(pki) -> bytes:
    """A record signed at the signing station (a party), then sealed by the court."""
    return sign(sign(record_pdf(3), pki, "原告", "station"), pki, "court_seal", "seal-rsa", 1)


def _config(pki) -> MachineConfig:
    return MachineConfig(signing=SigningConfig(court_ca=str(pki.ca_pem)))


def _dossier(qtbot, window) -> DossierWorkspace:
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=WAIT)
    return workspace


def _import(qtbot, workspace, paths) -> list[dict]:
    before = workspace.volumes.count()
    workspace.file_actions.import_files([str(p) for p in paths])
    # Imports queue behind the OCR of the demo's scanned pages (one work queue): on a busy
    # 2-core machine that alone can take most of a minute.
    qtbot.waitUntil(lambda: workspace.volumes.count() == before + len(paths), timeout=IMPORT_WAIT)
    names = {p.stem for p in paths}
    return [d for d in workspace.controller.documents if d["title"] in names]


def _open_and_check(qtbot, workspace, document: dict):
    workspace.open_document(document["id"])
    panel = workspace.signatures
    qtbot.waitUntil(lambda: workspace.reader.active is not None
                    and workspace.reader.active.document_id == document["id"]
                    and panel._state[0] in ("report", "error"), timeout=WAIT)
    return panel


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_a_signed_record_reads_intact_and_trusted(qtbot, case_profile, make_flow, login,
                                                  screenshot, tmp_path, pki, signed, language):
    flow = make_flow(language, config=_config(pki))
    window = login(flow, "clerk")
    workspace = _dossier(qtbot, window)
    path = tmp_path / "庭审笔录（已签名）.pdf"
    path.write_bytes(signed)
    [document] = _import(qtbot, workspace, [path])
    qtbot.waitUntil(lambda: "庭审笔录（已签名）" in workspace.message_text, timeout=WAIT)
    assert workspace.controller.book.files.blobs.read_bytes(document["blob_sha256"]) == signed

    panel = _open_and_check(qtbot, workspace, document)
    assert panel.level == words.OK and panel.report.ok
    cards = panel.card_widgets()
    assert len(cards) == 2
    assert STATION in cards[0].heading.text() and SEAL in cards[1].heading.text()
    assert all(line.text().startswith("✓") for card in cards for line in card.lines
               if "✓" in line.text() or "✗" in line.text())
    badge = workspace.signature_badge
    assert badge.isVisible() and badge.level == words.OK
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)  # the notice opens the panel
    assert workspace.side.currentWidget() is panel
    expected = {"zh_CN": "签名", "en": "Signatures", "ko": "서명"}[language]
    assert workspace.side.tabText(workspace.side.indexOf(panel)) == expected
    screenshot(window, f"signatures_{language}_intact")

    # The technical detail is one click away, in English for court IT.
    cards[1].details.linkActivated.emit("details")
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=WAIT)
    assert "court_seal" in panel.dialog.detailedText()
    assert "revision 2" in panel.dialog.detailedText()
    panel.dialog.close()

    # An ordinary volume says plainly that it is not signed, and shows no notice.
    unsigned = next(d for d in workspace.controller.documents if d["volume"] == 1)
    panel = _open_and_check(qtbot, workspace, unsigned)
    assert panel.level == words.NONE and not panel.report.signed and not panel.card_widgets()
    assert not badge.isVisible()
    if language == "en":
        assert "not signed" in panel.verdict_text
    view = workspace.reader.active
    qtbot.waitUntil(lambda: view.rendered(view.current) is not None, timeout=WAIT)
    screenshot(window, f"signatures_{language}_unsigned")


def test_a_flipped_byte_names_the_broken_signature_and_damage_never_crashes_the_viewer(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path, pki, signed):
    flow = make_flow("en", config=_config(pki))
    window = login(flow, "clerk")
    workspace = _dossier(qtbot, window)
    (tmp_path / "tampered.pdf").write_bytes(flip_signed_byte(signed, revision=2))
    # A signature whose own bytes are damaged: the pages still read, the check cannot run.
    start = signed.rindex(b"/Contents <") + len(b"/Contents <")
    end = signed.index(b">", start)
    (tmp_path / "damaged-signature.pdf").write_bytes(
        signed[:start] + b"0" * (end - start) + signed[end:])
    tampered, damaged = sorted(_import(qtbot, workspace, [tmp_path / "tampered.pdf",
                                                          tmp_path / "damaged-signature.pdf"]),
                               key=lambda d: d["title"] != "tampered")

    panel = _open_and_check(qtbot, workspace, tampered)
    assert panel.level == words.BAD
    assert re.search(rf"Signature 2 \({SEAL}\) is broken", panel.verdict_text)
    first, second = panel.card_widgets()
    assert first.heading.text().startswith("✓") and second.heading.text().startswith("✗")
    assert any(line.text().startswith("✗ Broken") for line in second.lines)
    assert not any("Broken" in line.text() for line in first.lines)
    badge = workspace.signature_badge
    assert badge.isVisible() and badge.level == words.BAD and "Signature 2" in badge.text()
    workspace.side.setCurrentWidget(panel)
    screenshot(window, "signatures_en_tampered")

    panel = _open_and_check(qtbot, workspace, damaged)
    assert panel.level == words.BAD and panel.report.readable
    assert "Signature 2" in panel.verdict_text and "damaged" in panel.verdict_text
    first, second = panel.card_widgets()
    assert first.heading.text().startswith("✓") and second.heading.text().startswith("✗")
    assert badge.isVisible() and badge.level == words.BAD and "Signature 2" in badge.text()
    assert workspace.reader.active.document_id == damaged["id"]  # still reading its pages
    qtbot.waitUntil(lambda: workspace.reader.active.rendered(0) is not None, timeout=WAIT)

    # File → Verify signatures of a file…: a file cut short, and the tampered one.
    (tmp_path / "cut.pdf").write_bytes(signed[:len(signed) // 2])
    for name, level, words_expected in (("cut.pdf", words.BAD, "damaged"),
                                        ("tampered.pdf", words.BAD, "Signature 2")):
        window.verify_file(str(tmp_path / name))
        dialog = window.verify_dialog
        qtbot.waitUntil(lambda d=dialog: d.panel._state[0] == "report", timeout=WAIT)
        assert dialog.isVisible() and name in dialog.windowTitle()
        assert dialog.panel.level == level and words_expected in dialog.panel.verdict_text
        if name == "cut.pdf":
            screenshot(dialog, "signatures_en_file_cut")
        dialog.close()


@pytest.mark.parametrize("language", ["zh_CN", "ko"])
def test_verify_a_file_from_the_menu(qtbot, case_profile, make_flow, login, screenshot,
                                     tmp_path, pki, signed, language):
    from PySide6.QtWidgets import QFileDialog

    (tmp_path / "signed.pdf").write_bytes(signed)
    flow = make_flow(language, config=_config(pki))
    window = login(flow, "judge")
    window.show()
    action = window.verify_action
    assert action in window.file_menu.actions()
    assert action.text() == {"zh_CN": "验证文件签名(&V)…", "ko": "파일 서명 확인(&V)…"}[language]
    action.trigger()
    chooser = window.file_dialog
    qtbot.waitUntil(lambda: chooser.isVisible(), timeout=WAIT)
    assert isinstance(chooser, QFileDialog)
    chooser.selectFile(str(tmp_path / "signed.pdf"))
    chooser.accept()
    qtbot.waitUntil(lambda: window.verify_dialog is not None
                    and window.verify_dialog.panel._state[0] == "report", timeout=WAIT)
    dialog = window.verify_dialog
    assert dialog.panel.level == words.OK and len(dialog.panel.card_widgets()) == 2
    assert SEAL in dialog.panel.card_widgets()[1].heading.text()
    screenshot(dialog, f"signatures_{language}_file")
    dialog.close()
