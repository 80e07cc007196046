"""A screen the public sees gets the redacted document: `cast receive --public` and `cast
send` as two real processes, and the receiver's log of every decrypted byte it was sent."""

from __future__ import annotations

import hashlib
import json

import pymupdf
import pytest
from cast_kit import start_receiver, start_sender

from courtdesk.casting.paint import paint_png
from courtdesk.dossier.export import redacted_copy
from courtdesk.dossier.sensitive import id_check_ok, luhn_ok

pytestmark = pytest.mark.timeout(150)

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"
CARD = "6222020200112345679"
NUMBERS = (ID_NUMBER, PHONE, CARD)
SCREEN = (1240, 1754)  # a tall screen: the page painted at about twice its size


def _statement() -> bytes:
    with pymupdf.open() as doc:
        page = doc.new_page()
        page.insert_text((72, 100), "民事起诉状", fontname="china-s", fontsize=22)
        for top, label, number in ((160, "原告身份证号：", ID_NUMBER),
                                   (200, "联系电话：", PHONE), (240, "银行卡号：", CARD)):
            page.insert_text((72, top), label, fontname="china-s", fontsize=16)
            page.insert_text((200, top), number, fontname="helv", fontsize=16)
        return doc.tobytes()


def _frames(log: bytes) -> list[bytes]:
    """The frame log as its frames: a line "T|B <length>", then that many bytes."""
    frames, at = [], 0
    while at < len(log):
        end = log.index(b"\n", at)
        length = int(log[at:end].split()[1])
        frames.append(log[end + 1:end + 1 + length])
        at = end + 2 + length
    return frames


def test_public_receiver_is_sent_the_redacted_document_never_the_numbers(
        tmp_path, presenter_home, processes):
    assert id_check_ok(ID_NUMBER) and luhn_ok(CARD)
    original = _statement()
    source = tmp_path / "起诉状（含个人信息）.pdf"
    source.write_bytes(original)
    with pymupdf.open(stream=original) as doc:
        assert all(n in doc[0].get_text() for n in NUMBERS)
    home, _ = presenter_home
    log = tmp_path / "frames.log"
    receiver = start_receiver(tmp_path, frame_log=log,
                              extra=("--public", "--screen", f"{SCREEN[0]}x{SCREEN[1]}"))
    processes.append(receiver)
    sender = start_sender(home, "judge", str(source), receiver.address)
    processes.append(sender)

    assert sender.wait_for(lambda e: e.get("event") == "paired")["public"] is True
    painted = receiver.wait_for(lambda e: e["event"] == "painted")
    screen = (tmp_path / "rx-screen" / "screen.png").read_bytes()
    sender.command("stop")
    assert sender.finish() == 0, sender.stderr_now()
    receiver.wait_for(lambda e: e["event"] == "cleared")

    # Not one decrypted byte the receiver got holds a number or names the original.
    sent = log.read_bytes()
    digest = hashlib.sha256(original).hexdigest()
    for secret in (*NUMBERS, digest, digest.upper()):
        assert secret.encode() not in sent
        assert secret.encode("utf-16-be") not in sent
    assert bytes.fromhex(digest) not in sent and original not in sent
    frames = _frames(sent)
    messages = [json.loads(f) for f in frames if f.startswith(b"{")]
    header = next(m for m in messages if m["type"] == "document")
    start = next(i for i, f in enumerate(frames) if f.startswith(b'{"v":1,"type":"document"'))
    received = b"".join(frames[start + 1:])[:header["size"]]
    shown = next(m for m in messages if m["type"] == "show")
    # The state names the redacted copy, which is what was sent and painted.
    assert shown["doc"] == header["doc"] == painted["doc"] == hashlib.sha256(
        received).hexdigest()
    with pymupdf.open(stream=received) as doc:
        text = doc[0].get_text()
    assert "原告身份证号" in text and "银行卡号" in text  # the page itself is all there
    assert not any(n in text for n in NUMBERS)

    # The screen shows the page as the redacted copy paints, not as the original does.
    copy, report = redacted_copy(original)
    assert sorted(r["kind"] for r in report.redactions) == ["bank_card", "id_number", "phone"]
    as_redacted = paint_png(copy, "redacted", 0, screen=SCREEN).png
    as_original = paint_png(original, "original", 0, screen=SCREEN).png
    assert screen == as_redacted != as_original


def test_a_scan_not_read_by_ocr_is_refused_for_a_public_screen(tmp_path):
    """Its numbers cannot be found, so nothing of it may go to a public screen."""
    import asyncio
    import contextlib

    from courtdesk.casting.errors import RedactionIncomplete
    from courtdesk.casting.pairing import ReceiverIdentity
    from courtdesk.casting.receiver import CastReceiver
    from courtdesk.casting.sender import CastDocument, CastSession, KnownReceivers

    picture = paint_png(_statement(), "scan", 0, screen=(595, 842)).png
    with pymupdf.open() as doc:  # a scanned page: a picture of the statement, no text
        doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 842), stream=picture)
        scan = doc.tobytes()
    log = tmp_path / "frames.log"
    receiver = CastReceiver("公开屏", ReceiverIdentity.load_or_create(tmp_path / "rx", "公开屏"),
                            "135790", public=True, frame_log=log)

    async def cast() -> None:
        ready = asyncio.get_running_loop().create_future()
        serving = asyncio.create_task(receiver.run("127.0.0.1", 0, ready.set_result))
        session = CastSession(f"127.0.0.1:{await ready}", "135790", "崔东哲",
                              KnownReceivers(tmp_path / "known.json"))
        await session.connect()
        try:
            document = CastDocument(hashlib.sha256(scan).hexdigest(), "扫描件",
                                    lambda: scan, lambda page: [])
            with pytest.raises(RedactionIncomplete, match="OCR"):
                await session.show(document, 0)
        finally:
            await session.stop()
            serving.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await serving

    asyncio.run(cast())
    types = [json.loads(f)["type"] for f in _frames(log.read_bytes()) if f.startswith(b"{")]
    assert types == ["pair", "confirm", "stop"]  # no state, no document


def test_a_scanned_volume_is_redacted_through_its_ocr_text(tmp_path, presenter_home,
                                                            processes):
    """A dossier scan that OCR has read goes to a public screen with its numbers blanked
    in the picture, found through the OCR text as the export finds them."""
    from cast_kit import PASSWORD

    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.dossier_book import DossierBook
    from courtdesk.offline_cache.store import LocalStore

    from testkit import ask

    home, profile = presenter_home
    picture = pymupdf.Pixmap(paint_png(_statement(), "scan", 0, screen=(1240, 1754)).png)
    with pymupdf.open() as doc:  # a page photographed: an image only, 150 dpi
        doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=picture)
        (tmp_path / "扫描件.pdf").write_bytes(doc.tobytes())
    store = LocalStore.open(home / "store", ask())
    try:
        clerk = DossierBook(store, AccountBook(store).login("clerk", PASSWORD))
        scan = clerk.import_files(profile["case"]["id"], [tmp_path / "扫描件.pdf"])[0]
        document = scan.result.document
        assert clerk.ocr(document["id"]).done == 1
        original = clerk.files.pdf_bytes(document["blob_sha256"])
    finally:
        store.close()
    log = tmp_path / "frames.log"
    receiver = start_receiver(tmp_path, frame_log=log, extra=("--public",))
    processes.append(receiver)
    sender = start_sender(home, "judge", document["id"], receiver.address)
    processes.append(sender)
    redacted = sender.wait_for(lambda e: e.get("event") == "redacted")
    assert redacted["redactions"] == 3  # the ID, phone and card numbers the OCR read
    painted = receiver.wait_for(lambda e: e["event"] == "painted")
    assert painted["doc"] == redacted["doc"] != document["blob_sha256"]
    sender.command("stop")
    assert sender.finish() == 0, sender.stderr_now()
    sent = log.read_bytes()
    assert document["blob_sha256"].encode() not in sent and original not in sent
