"""A whole signing round in the hearing workspace, as the clerk does it.

The clerk exports the official record; the round's window opens on that file and lists who
signs. Parties sign on the real signature pad with mouse strokes, one refuses (the clerk's
note), the rest sign, and the clerk seals with the court's PKCS#12 file from a test court PKI
(signing/testpki.py): first with a wrong password (the message, and no file written), then
the right one. The sealed PDF is checked by signing/verify.py against the court CA, and its
last page, drawn by PyMuPDF, shows ink inside the boxes of those who signed.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

import keyring
import pymupdf
import pytest
from courtroom_rig import open_new_hearing
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from courtdesk.app.config import MachineConfig, SigningConfig
from courtdesk.app.signing_rounds import STATION_KEYRING_SERVICE
from courtdesk.signing.testpki import make_pki
from courtdesk.signing.verify import verify_pdf
from courtdesk.ui.jobs import Queue

from memory_keyring import MemoryKeyring

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]

WAIT = 60_000


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("court-pki"))


SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


@pytest.fixture(scope="module")
def court_token(tmp_path_factory, pki):
    """The court's USB key: a SoftHSM2 token "court" holding the seal's key and certificate
    (SoftHSM reads its config when its library first loads in the process: made before)."""
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)

    def run(*argv: str) -> None:
        subprocess.run(argv, check=True, capture_output=True, timeout=60)

    run("softhsm2-util", "--init-token", "--free", "--label", "court", "--pin", "1234",
        "--so-pin", "5678")
    run("softhsm2-util", "--import", str(pki.key_pem("seal-rsa")), "--token", "court",
        "--label", "seal", "--id", "01", "--pin", "1234")
    run("pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", "court", "--login",
        "--pin", "1234", "--write-object", str(pki.cert_der("seal-rsa")), "--type", "cert",
        "--label", "seal", "--id", "01")
    return {"module": SOFTHSM_MODULE, "token": "court", "key": "seal", "pin": "1234"}


@pytest.fixture
def station_keyring(pki):
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def _config(pki) -> MachineConfig:
    return MachineConfig(court="延吉市人民法院", signing=SigningConfig(
        court_ca=str(pki.ca_pem), seal_p12=str(pki.p12("seal-rsa")),
        station_p12=str(pki.p12("station"))))


def _strokes(canvas, offset: int) -> None:
    """A short signature: two strokes written with the mouse."""
    for stroke in ([(80, 120 + offset), (130, 90), (170, 150), (220, 100), (260, 140)],
                   [(300, 110), (340, 160), (380, 100)]):
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(*stroke[0]))
        for x, y in stroke[1:-1]:
            QTest.mouseMove(canvas, QPoint(x, y))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(*stroke[-1]))


def _state(panel, signer_id: str) -> str:
    return next(s["state"] for s in panel.round["signers"] if s["id"] == signer_id)


def _sign(qtbot, panel, signer_id: str, offset: int = 0) -> None:
    QTest.mouseClick(panel.rows[signer_id].sign, Qt.MouseButton.LeftButton)
    pad = panel.pad
    qtbot.waitUntil(lambda: pad.isVisible(), timeout=5000)
    _strokes(pad.canvas, offset)
    QTest.mouseClick(pad.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy and _state(panel, signer_id) == "signed",
                    timeout=WAIT)


def _ink_pixels(page: pymupdf.Page, rect: pymupdf.Rect) -> int:
    """Dark blue-black pixels (the ink's colour, not the record's black text) in ``rect``."""
    pix = page.get_pixmap(dpi=100, clip=rect)
    samples, n = pix.samples, pix.n
    count = 0
    for i in range(0, len(samples), n):
        r, b = samples[i], samples[i + 2]
        if b > r + 25 and r < 140:
            count += 1
    return count


def _field_rects(path: Path) -> dict[str, tuple[int, pymupdf.Rect]]:
    found = {}
    with pymupdf.open(path) as doc:
        for page in doc:
            for widget in page.widgets() or ():
                found[widget.field_name] = (page.number, pymupdf.Rect(widget.rect))
    return found


def test_a_whole_round_signed_refused_and_sealed(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path, pki, station_keyring,
        court_token):
    config = _config(pki)
    # Court IT keeps the station key's password in the PC's keyring.
    keyring.set_password(STATION_KEYRING_SERVICE, config.signing.station_p12,
                         pki.password.decode())
    flow = make_flow("zh_CN", config=config)
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)

    # The official record exported: the round's window opens on that very file.
    record = tmp_path / "record.pdf"
    workspace.corrections.write_record((workspace.book, workspace.hearing["id"]), "pdf",
                                       record)
    qtbot.waitUntil(lambda: workspace.signing_panel is not None
                    and workspace.signing_panel.round is not None, timeout=WAIT)
    panel = workspace.signing_panel
    assert panel.round["record"] == str(record)
    signers = panel.round["signers"]
    roles = [s["role"] for s in signers]
    assert {"presiding_judge", "clerk", "plaintiff", "defendant"} <= set(roles)
    assert all(s["state"] == "waiting" for s in signers)
    assert not panel.seal_button.isEnabled()  # nobody has signed yet
    screenshot(panel, "signing_round_start_zh_CN")

    # Two parties sign on the pad; the panel says so at a glance.
    first, second = (next(s for s in signers if s["role"] == role)
                     for role in ("plaintiff", "defendant"))
    _sign(qtbot, panel, first["id"])
    assert panel.rows[first["id"]].state.text().startswith("✓ 已签名")
    assert not panel.rows[first["id"]].sign.isEnabled()
    _sign(qtbot, panel, second["id"], offset=20)

    # The defendant's agent refuses: the clerk's note goes on the record.
    refusing = next(s for s in signers if s["role"] == "defendant_agent")
    assert panel.rows[refusing["id"]].role.text() == "被告代理人"
    QTest.mouseClick(panel.rows[refusing["id"]].refuse, Qt.MouseButton.LeftButton)
    dialog = panel.refusal
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert not dialog.ok.isEnabled()  # a refusal needs its note
    dialog.note.insertPlainText("认为第二段陈述记录有误")  # as the input method commits it
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy and _state(panel, refusing["id"]) == "refused",
                    timeout=WAIT)
    assert "认为第二段陈述记录有误" in panel.rows[refusing["id"]].state.text()
    others = [s for s in signers if s["id"] not in (first["id"], second["id"], refusing["id"])]

    # Everyone else signs; then the seal is open to the clerk.
    for n, signer in enumerate(others):
        _sign(qtbot, panel, signer["id"], offset=n * 5)
    assert panel.seal_button.isVisible() and panel.seal_button.isEnabled()
    screenshot(panel, "signing_round_signed_zh_CN")

    # Each wrong key is said plainly, and nothing is written: the USB key not plugged in
    # (another label), a wrong PIN, then a wrong password for the seal's key file.
    folder_before = sorted(p.name for p in record.parent.iterdir())
    current_before = panel.round["current_pdf"]
    QTest.mouseClick(panel.seal_button, Qt.MouseButton.LeftButton)
    seal = panel.seal_dialog
    qtbot.waitUntil(seal.isVisible, timeout=5000)
    assert seal.p12_choice.isChecked() and seal.p12_path.text() == str(pki.p12("seal-rsa"))

    def try_seal(secret_field, secret: str, code: str) -> None:
        seal.error.clear_error()
        QTest.keyClicks(secret_field, secret)
        QTest.mouseClick(seal.seal_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: seal.error.isVisible(), timeout=WAIT)
        assert seal.error.code == code, seal.error.shown
        assert seal.isVisible() and secret_field.text() == ""  # typed again, never kept

    def choose(radio) -> None:  # on its round indicator, as a person clicks it
        QTest.mouseClick(radio, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(8, radio.height() // 2))
        assert radio.isChecked()

    choose(seal.token_choice)
    for field, text in ((seal.module, court_token["module"]), (seal.token_label, "court-2"),
                        (seal.key_label, court_token["key"])):
        field.setText(text)
    try_seal(seal.pin, court_token["pin"], "token_not_found")
    assert "USB密钥未插入" in seal.error.text()
    seal.token_label.setText(court_token["token"])
    # SoftHSM, like a real USB key, says after a wrong PIN that few tries remain.
    try_seal(seal.pin, "9999", "wrong_pin_low")
    assert "PIN错误：只剩几次尝试机会" in seal.error.text()
    screenshot(seal, "seal_dialog_wrong_pin_zh_CN")
    choose(seal.p12_choice)
    try_seal(seal.password, "wrong-password", "wrong_key_password")
    assert "密码错误" in seal.error.text()
    screenshot(seal, "seal_dialog_wrong_password_zh_CN")
    assert sorted(p.name for p in record.parent.iterdir()) == folder_before
    assert panel.round["current_pdf"] == current_before and not panel.round["sealed"]

    # The right password seals it.
    QTest.keyClicks(seal.password, pki.password.decode())
    QTest.mouseClick(seal.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.round["sealed"] and not seal.isVisible(), timeout=WAIT)
    sealed = Path(panel.round["current_pdf"])
    assert sealed != record and record.read_bytes()[:5] == b"%PDF-"
    assert panel.open_button.isEnabled() and not panel.seal_button.isEnabled()
    assert not any(row.sign.isEnabled() for row in panel.rows.values())
    screenshot(panel, "signing_round_sealed_zh_CN")

    # Anyone can check it: every signature intact and trusted, nothing but signing after.
    report = verify_pdf(sealed, trust_roots=[pki.ca_pem])
    assert report.ok, report.to_json()
    # and the sealed record is a volume of the case's dossier, the signed bytes themselves
    store = panel.session.store
    handle = panel.session.runner.submit(lambda: store.query(
        "SELECT d.title, d.blob_sha256 FROM documents d WHERE d.title LIKE '%已签名盖章%'"),
        queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as filed:
        pass
    [volume] = filed.args[0]
    assert volume["blob_sha256"] == hashlib.sha256(sealed.read_bytes()).hexdigest()
    signed_ids = {s["id"] for s in panel.round["signers"] if s["state"] == "signed"}
    assert len(report.signatures) == len(signers) + 1  # each signer, and the seal

    # The strokes are on the page, in each signer's own box; the refusal's box has none.
    fields = _field_rects(sealed)
    with pymupdf.open(sealed) as doc:
        last = doc[-1]
        for signer_id in signed_ids:
            page_no, rect = fields[signer_id]
            if page_no == last.number:
                assert _ink_pixels(last, rect) > 40, signer_id
        page_no, rect = fields[refusing["id"]]
        assert _ink_pixels(doc[page_no], rect) == 0
        last.get_pixmap(dpi=80).save(str(tmp_path / "last-page.png"))
    screenshot_dir = Path(screenshot(panel, "signing_round_sealed_zh_CN")).parent
    (screenshot_dir / "signed_record_last_page.png").write_bytes(
        (tmp_path / "last-page.png").read_bytes())

    # The same window read in English and Korean: the UI's words in that language only
    # (names, the hearing's title, the refusal's note and the path are the case's data).
    data = {s["name"] for s in signers} | {"认为第二段陈述记录有误", workspace.hearing["title"],
                                           panel.round["current_pdf"], sealed.name}
    han, hangul = "[\u4e00-\u9fff]", "[\uac00-\ud7a3]"
    for language, sealed_word, other_script in (("en", "sealed by the court", f"{han}|{hangul}"),
                                                ("ko", "법원 날인 완료", han)):
        window.language_actions[language].trigger()
        qtbot.waitUntil(lambda w=sealed_word: w in panel.summary.text(), timeout=5000)
        for label in panel.findChildren(QLabel) + panel.findChildren(QPushButton):
            text = label.text()
            for value in sorted(data, key=len, reverse=True):
                text = text.replace(value, "")
            assert not re.search(other_script, text), (language, label.text())
        screenshot(panel, f"signing_round_sealed_{language}")

    # Closed and opened again from Export record → Signatures…: the same round, as stored.
    panel.close()
    workspace.actions_.signatures.trigger()
    again = workspace.signing_panel
    assert again is not panel
    qtbot.waitUntil(lambda: again.round is not None, timeout=WAIT)
    assert again.round["current_pdf"] == str(sealed) and again.round["sealed"]
    assert [s["state"] for s in again.round["signers"]] == \
        [s["state"] for s in panel.round["signers"]]
    again.close()


def test_signatures_before_any_export_say_to_export_first(qtbot, case_profile, make_flow,
                                                          login, screenshot, tmp_path):
    flow = make_flow("en")
    window = login(flow, "clerk")
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    assert workspace.actions_.signatures in workspace.actions_.export_menu.actions()
    workspace.actions_.signatures.trigger()
    panel = workspace.signing_panel
    qtbot.waitUntil(lambda: panel.missing and not panel.busy, timeout=WAIT)
    assert panel.round is None and not panel.rows
    assert "has not been exported yet" in panel.document.text()
    assert not panel.seal_button.isVisible() and not panel.open_button.isEnabled()
    screenshot(panel, "signing_round_no_export_en")

    # The way on is one button: the official export, and the round opens on its file.
    assert panel.export_button.isVisible()
    QTest.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    export = workspace.corrections.export_dialog
    qtbot.waitUntil(export.isVisible, timeout=WAIT)
    record = tmp_path / "record.pdf"
    export.selectFile(str(record))
    export.accept()
    qtbot.waitUntil(lambda: workspace.signing_panel is not panel
                    and workspace.signing_panel.round is not None, timeout=WAIT)
    assert workspace.signing_panel.round["record"] == str(record)
    assert not workspace.signing_panel.export_button.isVisible()


def test_a_station_key_without_its_password_says_so_and_signs_nothing(
        qtbot, case_profile, make_flow, login, tmp_path, pki, station_keyring):
    flow = make_flow("zh_CN", config=_config(pki))  # the keyring holds no password for it
    window = login(flow, "clerk")
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    record = tmp_path / "record.pdf"
    workspace.corrections.write_record((workspace.book, workspace.hearing["id"]), "pdf",
                                       record)
    qtbot.waitUntil(lambda: workspace.signing_panel is not None
                    and workspace.signing_panel.round is not None, timeout=WAIT)
    panel = workspace.signing_panel
    plaintiff = next(s for s in panel.round["signers"] if s["role"] == "plaintiff")
    QTest.mouseClick(panel.rows[plaintiff["id"]].sign, Qt.MouseButton.LeftButton)
    _strokes(panel.pad.canvas, 0)
    QTest.mouseClick(panel.pad.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.isVisible() and not panel.busy, timeout=WAIT)
    assert panel.error.code == "round_station_password"
    assert "无法打开签名终端密钥" in panel.error.text()
    assert _state(panel, plaintiff["id"]) == "waiting"
    assert panel.rows[plaintiff["id"]].sign.isEnabled()  # once court IT fixed it: again
    assert not any(p.name.startswith("record.0") for p in record.parent.iterdir())
