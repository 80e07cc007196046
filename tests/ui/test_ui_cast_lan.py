"""Casting from the dossier reader to a room screen on the LAN, as a judge does it.

The GUI runs offscreen through the real startup flow on the demo case and casts to a real
`courtdesk cast receive` process on 127.0.0.1 (real TLS, real PIN pairing), whose --json
lines say what it painted and when it cleared. No part of the cast is replaced.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from visible_texts import clipped_texts, foreign_words, visible_texts

from courtdesk.ui.cast_target import LanCastTarget, known_receivers
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.dossier_workspace import DossierWorkspace

sys.path.insert(0, str(Path(__file__).parents[1] / "casting"))
from cast_kit import PIN, CastProcess, cli_env, start_receiver

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

WAIT = 30_000
ROOM = "第三审判庭"


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    """One room screen for the module's pairings (each test reads only its own lines)."""
    folder = tmp_path_factory.mktemp("room")
    process = start_receiver(folder, name=ROOM, frame_log=folder / "frames.log")
    process.frame_log = folder / "frames.log"
    yield process
    process.stop()


def _dossier(qtbot, window) -> DossierWorkspace:
    row = next(i for i, entry in enumerate(window.entries) if entry.names(DossierWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(DossierWorkspace)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: workspace.volumes.count() == 3, timeout=WAIT)
    return workspace


def _open_volume(qtbot, workspace):
    document = next(d for d in workspace.controller.documents if d["volume"] == 1)
    workspace.open_document(document["id"])
    qtbot.waitUntil(lambda: workspace.reader.active is not None
                    and workspace.reader.active.document_id == document["id"], timeout=WAIT)
    return document, workspace.reader.active


def _language_problems(qtbot, language: str) -> list[str]:
    QApplication.processEvents()
    qtbot.wait(50)
    data = [ROOM, "judge", "崔东哲"]  # the receiver's name and the user: data, not UI text
    seen = [s for s in visible_texts() if s.where.startswith("cast")]  # dialog and cast bar
    return foreign_words(seen, language, data) + [
        c for c in clipped_texts() if c.startswith("cast")]


SHARED, PRIVATE = "合议庭共享-SHARED-2c71", "仅本人可见-PRIVATE-9d04"


def _annotate_first_page(home: Path, profile) -> None:
    """The judge's shared and private notes on page 1 of volume 1 (before the window opens:
    in the window the demo's OCR holds the PDF thread a long while)."""
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.dossier_book import DossierBook
    from courtdesk.app.profile import open_store

    store = open_store(home, ask=lambda request: profile.passphrase)
    try:
        book = DossierBook(store, AccountBook(store).find("judge"))
        volume = next(d for d in book.documents(profile.case_id) if d["volume"] == 1)
        book.annotate(volume["id"], 0, "note", {"point": [120, 300]}, text=PRIVATE)
        book.annotate(volume["id"], 0, "note", {"point": [120, 400]}, text=SHARED,
                      private=False)
    finally:
        store.close()


def _pair(qtbot, workspace, address: str, pin: str):
    dialog = workspace.casting.open_dialog()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, address)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def _row(dialog, address: str):
    """The list's row of ``address`` (receivers other tests announce may be listed too)."""
    rows = [dialog.receivers.item(i) for i in range(dialog.receivers.count())]
    return next((r for r in rows if r.data(Qt.ItemDataRole.UserRole) == address), None)


def _after(process, index: int, line: dict) -> bool:
    """``line`` came after the first ``index`` lines (equal lines may come twice)."""
    return any(seen is line for seen in process.lines[index:])


def _audit(qtbot, flow, action: str) -> list[dict]:
    store = flow.session.store
    handle = flow.runner.submit(lambda: [dict(r) for r in store.query(
        "SELECT * FROM audit_log WHERE action = ? ORDER BY seq", (action,))],
        queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as blocker:
        pass
    return [{**r, "detail": json.loads(r["detail"] or "{}")} for r in blocker.args[0]]


def test_judge_casts_the_page_read_follows_pages_stops_and_quits(
        qtbot, case_profile, isolated_profile, make_flow, login, screenshot, receiver):
    _annotate_first_page(isolated_profile, case_profile)
    flow = make_flow("zh_CN")
    window = login(flow, "judge")
    workspace = _dossier(qtbot, window)
    document, view = _open_volume(qtbot, workspace)
    casting = workspace.casting
    assert casting.cast_action.isVisible() and casting.cast_action.text() == "投屏到大屏…"
    start = len(receiver.lines)

    def painted_since(index: int) -> list[dict]:
        return [e for e in receiver.lines[index:] if e["event"] == "painted"]

    # A wrong PIN: refused by the receiver, said in the dialog, which stays to retype it.
    dialog = _pair(qtbot, workspace, receiver.address, "135790")
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT)
    assert "大屏拒绝了配对码" in dialog.error_label.text()
    assert receiver.wait_for(lambda e: e["event"] == "refused")["reason"] == "wrong_pin"
    assert dialog.isVisible() and dialog.pin.text() == "" and casting.target is None
    assert _language_problems(qtbot, "zh_CN") == []
    screenshot(dialog, "cast_dialog_zh_CN_wrong_pin")

    # The right PIN: paired, the page read is on the room screen, the reader says so.
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casting.target is not None and casting.target.active,
                    timeout=WAIT)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert casting.status.text() == f"正在投屏到 {ROOM}"
    qtbot.waitUntil(lambda: casting.toolbar.widgetForAction(casting.stop_action).isVisible(),
                    timeout=WAIT)
    assert not casting.toolbar.widgetForAction(casting.cast_action).isVisible()
    sha = view.key
    first = receiver.wait_for(lambda e: e["event"] == "painted" and e["doc"] == sha)
    assert first["page"] == 1 and first["presenter"] == "崔东哲"
    qtbot.waitUntil(lambda: view.rendered(view.current) is not None, timeout=WAIT)
    screenshot(window, "cast_reader_zh_CN_casting")

    # Another presenter's PC tries the same screen meanwhile: refused as busy, and says who.
    other = LanCastTarget(flow.runner, receiver.address, PIN, "朴英姬法官",
                          known_receivers(isolated_profile / "other"))
    with qtbot.waitSignal(other.ended, timeout=WAIT) as refused:
        other.start()
    assert other.error.code == "cast_receiver_busy" and not other.active
    assert refused.args[0].startswith("其他人正在该屏幕上演示")

    # Page turns in the reader arrive in order, each painted before the next.
    for page in (3, 2, 4):
        view.go_to(page - 1)
        receiver.wait_for(lambda e, p=page: e["event"] == "painted" and e["page"] == p
                          and e["seq"] > first["seq"])
    # Paging faster than the screen paints: the screen jumps to the last page, never back.
    target = casting.target
    sent = target.shows_sent
    burst = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3]
    for page in burst:
        view.go_to(page - 1)
    receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == burst[-1]
                      and e["seq"] > sent)
    qtbot.waitUntil(lambda: painted_since(start)[-1]["seq"] == target.shows_sent,
                    timeout=WAIT)
    painted = painted_since(start)
    seqs = [e["seq"] for e in painted]
    assert seqs == sorted(set(seqs)), "a state was painted after a newer one"
    assert painted[-1]["page"] == burst[-1] and painted[-1]["doc"] == sha
    assert target.shows_sent - sent < len(burst), "paging faster than painting sent every page"

    # A laser pointer moved faster than is worth sending: the newest position, a few times.
    for step in range(200):
        target.pointer(100.0 + step, 200.0)
    target.pointer(333.0, 444.0)
    qtbot.waitUntil(lambda: b'"x":333.0,"y":444.0' in receiver.frame_log.read_bytes(),
                    timeout=WAIT)
    pointers = [json.loads(line) for line in receiver.frame_log.read_bytes().splitlines()
                if line.startswith(b'{') and b'"type":"pointer"' in line]
    assert 1 <= len(pointers) < 20 and (pointers[-1]["x"], pointers[-1]["y"]) == (333, 444)

    # The shared note on page 1 went to the room screen with it; the private one never
    # left this PC (every decrypted byte the receiver got is in its frame log).
    log = receiver.frame_log.read_bytes()
    assert SHARED.encode() in log and PRIVATE.encode() not in log

    # Stop casting: the room screen clears; the reader says so and offers to cast again.
    casting.stop_action.trigger()
    cleared = receiver.wait_for(lambda e: e["event"] == "cleared" and _after(receiver, start, e))
    assert cleared["reason"] == "stopped"
    qtbot.waitUntil(lambda: casting.cast_action.isVisible(), timeout=WAIT)
    assert workspace.message_text == f"已停止投屏，大屏“{ROOM}”已清空。"
    assert not casting.status.isVisible()

    # Cast again to the remembered screen (picked from the list), then quit the app.
    again = len(receiver.lines)
    dialog = workspace.casting.open_dialog()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    item = _row(dialog, receiver.address)
    assert item.text() == f"{ROOM} — {receiver.address}  (曾配对)"
    dialog.receivers.setCurrentItem(item)
    assert dialog.address.text() == receiver.address
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casting.target is not None and casting.target.active,
                    timeout=WAIT)
    receiver.wait_for(lambda e: e["event"] == "painted" and _after(receiver, again, e))
    starts, stops, refusals = (_audit(qtbot, flow, action) for action in (
        "cast.start", "cast.stop", "cast.refused"))
    window.close()
    flow.close()  # what quitting does: jobs end, the store closes
    cleared = receiver.wait_for(lambda e: e["event"] == "cleared" and _after(receiver, again, e),
                                timeout=5)
    assert cleared["reason"] == "stopped"  # told to clear, not merely dropped

    # Every cast is an audit entry: who, what, to which screen.
    assert [r["detail"]["error"] for r in refusals] == ["cast_pin_refused"]
    assert len(starts) == 2 and {r["record_id"] for r in starts} == {document["id"]}
    assert starts[0]["detail"]["receiver"] == ROOM
    assert starts[0]["detail"]["fingerprint"] == receiver.ready["fingerprint"]
    assert len(stops) == 1 and stops[0]["detail"]["bytes_sent"] > 0


def test_receiver_gone_mid_cast_and_reinstalled_with_another_certificate(
        qtbot, tmp_path, case_profile, make_flow, login, screenshot):
    room = start_receiver(tmp_path, name=ROOM, state="gone", extra=("--public",))
    try:
        flow = make_flow("en")
        window = login(flow, "judge")
        workspace = _dossier(qtbot, window)
        _open_volume(qtbot, workspace)
        casting = workspace.casting
        dialog = _pair(qtbot, workspace, room.address, PIN)
        assert dialog.busy_row.isVisible()
        assert dialog.busy_label.text() == f"Pairing with {room.address}…"
        qtbot.waitUntil(lambda: casting.target is not None and casting.target.active,
                        timeout=WAIT)
        room.wait_for(lambda e: e["event"] == "painted")
        assert casting.status.text() == f"Casting to {ROOM} (public screen)"
        room.proc.kill()  # the room PC dies mid-cast
        room.proc.wait(10)
        qtbot.waitUntil(lambda: casting.target is None, timeout=WAIT)
        assert workspace.shown_error is not None
        assert workspace.shown_error.code == "cast_connection_lost"
        assert workspace.message_text.startswith("The connection to the room screen was lost")
        bar = casting.toolbar
        qtbot.waitUntil(lambda: bar.widgetForAction(casting.cast_action).isVisible(),
                        timeout=WAIT)
        assert not bar.widgetForAction(casting.stop_action).isVisible()
        assert not casting.status.isVisible()
        screenshot(window, "cast_reader_en_connection_lost")
        stops = _audit(qtbot, flow, "cast.stop")
        assert [s["detail"].get("error") for s in stops] == ["cast_connection_lost"]

        # Court IT reinstalls the room PC: same address, another certificate. Refused until
        # the person forgets the screen they paired with.
        port = room.ready["port"]
        room = start_receiver(tmp_path, name=ROOM, state="reinstalled", port=port)
        dialog = casting.open_dialog()
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        item = _row(dialog, room.address)
        assert item.text() == f"{ROOM} — {room.address}  (paired before)"
        dialog.receivers.setCurrentItem(item)
        assert dialog.forget_button.isVisible()
        qtbot.keyClicks(dialog.pin, PIN)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT)
        assert "This room screen is not the one this PC paired with" in \
            dialog.error_label.text()
        assert casting.target is None and not room.events("paired")
        assert _language_problems(qtbot, "en") == []
        screenshot(dialog, "cast_dialog_en_certificate_changed")
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
        forgotten = _row(dialog, room.address)  # still listed if the network announced it
        assert forgotten is None or "paired before" not in forgotten.text()
        assert not dialog.error_label.isVisible()
        assert dialog.address.text() == room.address and not dialog.forget_button.isVisible()
        qtbot.keyClicks(dialog.pin, PIN)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: casting.target is not None and casting.target.active,
                        timeout=WAIT)
        assert room.wait_for(lambda e: e["event"] == "paired")["presenter"] == "崔东哲"
        casting.stop_action.trigger()
        room.wait_for(lambda e: e["event"] == "cleared")
        refused = _audit(qtbot, flow, "cast.refused")
        assert [r["detail"]["error"] for r in refused] == ["cast_certificate_changed"]
    finally:
        room.stop()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_cast_dialog_speaks_one_language(qtbot, case_profile, make_flow, login, screenshot,
                                         receiver, language):
    flow = make_flow(language)
    window = login(flow, "judge")
    workspace = _dossier(qtbot, window)
    _open_volume(qtbot, workspace)
    dialog = _pair(qtbot, workspace, "127.0.0.1:9", PIN)  # nothing listens there
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT)
    assert workspace.casting.target is None
    expected = {"en": "No room screen answers at that address",
                "ko": "해당 주소에서 응답하는 회의실 화면이 없습니다"}[language]
    assert expected in dialog.error_label.text()
    assert _language_problems(qtbot, language) == []
    screenshot(dialog, f"cast_dialog_{language}_unreachable")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


LAN_RX, LAN_PC = "10.214.0.1", "10.214.0.2"


@pytest.fixture
def room_on_the_lan(tmp_path):
    """A public room screen on another host of the LAN: a receiver in a network namespace
    joined to this one by a veth pair on a private /30 (mDNS does not cross loopback)."""
    tag = f"{os.getpid() % 100000}"
    namespace, here, there = f"cdgui{tag}", f"vgh{tag}", f"vgr{tag}"

    def ip(*args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)

    ip("netns", "add", namespace)
    room = None
    try:
        ip("link", "add", here, "type", "veth", "peer", "name", there)
        ip("link", "set", there, "netns", namespace)
        ip("-n", namespace, "addr", "add", f"{LAN_RX}/30", "dev", there)
        ip("-n", namespace, "link", "set", there, "up")
        ip("-n", namespace, "link", "set", "lo", "up")
        ip("-n", namespace, "route", "add", "default", "dev", there)
        ip("addr", "add", f"{LAN_PC}/30", "dev", here)
        ip("link", "set", here, "up")
        (tmp_path / "pin").write_text(PIN + "\n")
        room = CastProcess(
            ["cast", "receive", "--headless", "--json", "--public", "--name", ROOM,
             "--port", "0", "--pin-file", str(tmp_path / "pin"), "--state-dir",
             str(tmp_path / "lan-rx"), "--cache", str(tmp_path / "lan-screen"),
             "--screen", "1280x720"],
            cli_env(tmp_path / "lan-home"), prefix=("ip", "netns", "exec", namespace))
        room.ready = room.wait_for(lambda e: e["event"] == "ready")
        assert room.wait_for(lambda e: e["event"] in ("announced", "announce_failed"))[
            "event"] == "announced"
        room.address = room.ready["address"]
        yield room
    finally:
        if room is not None:
            room.stop()
        subprocess.run(["ip", "netns", "del", namespace], capture_output=True, timeout=30)


def test_a_public_room_screen_found_on_the_lan_is_listed_and_cast_to(
        qtbot, case_profile, make_flow, login, screenshot, room_on_the_lan):
    room = room_on_the_lan
    assert room.address == f"{LAN_RX}:{room.ready['port']}"
    flow = make_flow("ko")
    window = login(flow, "judge")
    workspace = _dossier(qtbot, window)
    _open_volume(qtbot, workspace)
    casting = workspace.casting
    dialog = casting.open_dialog()
    qtbot.waitUntil(lambda: _row(dialog, room.address) is not None, timeout=WAIT)
    item = _row(dialog, room.address)
    assert item.text() == f"{ROOM} — {room.address}  (공개 화면)"
    dialog.receivers.setCurrentItem(item)
    assert dialog.address.text() == room.address and dialog.public_note.isVisible()
    qtbot.keyClicks(dialog.pin, PIN)
    assert _language_problems(qtbot, "ko") == []
    screenshot(dialog, "cast_dialog_ko_found_on_the_lan")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casting.target is not None and casting.target.active,
                    timeout=WAIT)
    assert casting.status.text() == f"{ROOM}(으)로 화면 전송 중 (공개 화면)"
    room.wait_for(lambda e: e["event"] == "painted")
    casting.stop_action.trigger()
    assert room.wait_for(lambda e: e["event"] == "cleared")["reason"] == "stopped"
