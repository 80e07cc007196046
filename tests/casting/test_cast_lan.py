"""Casting over the LAN as court staff use it: `courtdesk cast receive` and `courtdesk cast
send` as two real processes on 127.0.0.1, real TLS, the manual address, no mocks."""

from __future__ import annotations

import hashlib
import json
import time

import pytest
from cast_kit import (
    PIN,
    PRIVATE_NOTE,
    SHARED_NOTE,
    CastProcess,
    cli_env,
    start_receiver,
    start_sender,
)

from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = pytest.mark.timeout(150)


def _audit(home, action: str) -> list[dict]:
    store = LocalStore.open(home / "store", ask())
    try:
        return [{**r, "detail": json.loads(r["detail"] or "{}")} for r in store.query(
            "SELECT * FROM audit_log WHERE action = ? ORDER BY seq", (action,))]
    finally:
        store.close()


def test_pairs_fetches_by_hash_paints_in_order_and_stop_clears(
        tmp_path, presenter_home, complaint_pdf, processes):
    home, profile = presenter_home
    receiver = start_receiver(tmp_path)
    processes.append(receiver)
    sender = start_sender(home, "judge", profile["document"]["id"], receiver.address)
    processes.append(sender)

    paired = sender.wait_for(lambda e: e.get("event") == "paired")
    assert paired["receiver"] == "第三审判庭"
    assert paired["fingerprint"] == receiver.ready["fingerprint"]
    assert receiver.wait_for(lambda e: e["event"] == "paired")["presenter"] == "崔东哲"

    # The receiver lacked the document: it fetched it by hash and checked it.
    fetched = receiver.wait_for(lambda e: e["event"] == "document")
    assert fetched == {"event": "document", "bytes": len(complaint_pdf), "ok": True,
                       "doc": hashlib.sha256(complaint_pdf).hexdigest()}
    first = receiver.wait_for(lambda e: e["event"] == "painted")
    assert (first["doc"], first["page"], first["seq"]) == (fetched["doc"], 1, 1)
    screen = tmp_path / "rx-screen" / "screen.png"
    assert screen.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first["height"] == 720 and first["width"] < 1280  # a portrait page fitted

    # One change at a time: each is painted, in the order sent.
    for page in (3, 2, 5, 4):
        sender.command(str(page))
        receiver.wait_for(lambda e, p=page: e["event"] == "painted" and e["page"] == p)
    # A burst: what is painted goes forward only, and ends on the last state sent.
    for page in (1, 2, 3, 4, 5, 2):
        sender.command(str(page))
    last = receiver.wait_for(lambda e: e["event"] == "painted" and e["seq"] == 11)
    painted = receiver.events("painted")
    assert [e["page"] for e in painted[:5]] == [1, 3, 2, 5, 4]
    assert [e["seq"] for e in painted] == sorted({e["seq"] for e in painted})
    assert last["page"] == 2 and all(e["time"] <= last["time"] for e in painted)
    assert len(receiver.events("document")) == 1  # fetched once, not per page
    shown = {e["seq"]: e for e in sender.events("shown")}
    assert all(shown[e["seq"]]["page"] == e["page"] for e in painted)

    sender.command("stop")
    assert sender.finish() == 0, sender.stderr_now()
    cleared = receiver.wait_for(lambda e: e["event"] == "cleared")
    assert cleared == {"event": "cleared", "reason": "stopped", "presenter": "崔东哲"}
    assert not screen.exists()
    assert sender.events("stopped")

    start, = _audit(home, "cast.start")
    assert (start["actor"], start["record_id"]) == ("judge", profile["document"]["id"])
    assert start["detail"]["receiver"] == "第三审判庭"
    assert start["detail"]["address"] == receiver.address
    assert start["detail"]["sha256"] == fetched["doc"]
    assert _audit(home, "cast.stop")[0]["detail"]["receiver"] == "第三审判庭"


def test_private_annotations_are_absent_from_every_byte_sent(
        tmp_path, presenter_home, processes):
    home, profile = presenter_home
    frames = tmp_path / "frames.log"
    receiver = start_receiver(tmp_path, frame_log=frames)
    processes.append(receiver)
    sender = start_sender(home, "judge", profile["document"]["id"], receiver.address)
    processes.append(sender)
    receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == 1)
    sender.command("frame")  # the pixel fallback of the same page goes through too
    receiver.wait_for(lambda e: e["event"] == "painted" and e["kind"] == "frame")
    sender.command("stop")
    assert sender.finish() == 0, sender.stderr_now()
    receiver.wait_for(lambda e: e["event"] == "cleared")

    sent = frames.read_bytes()  # every frame the receiver decrypted, documents included
    assert SHARED_NOTE.encode() in sent  # the log holds what was cast...
    assert all(a["id"].encode() in sent for a in profile["shared"])
    assert PRIVATE_NOTE.encode() not in sent  # ...and nothing private
    for annotation in profile["private"]:
        assert annotation["id"].encode() not in sent
    shows = [json.loads(line) for line in sent.split(b"\n") if line.startswith(b'{"v":1,')]
    kinds = {a["kind"] for m in shows if m["type"] == "show" for a in m["annotations"]}
    assert kinds == {"highlight", "note"}  # the private ink is not there either
    assert all("author" not in a and "visibility" not in a
               for m in shows if m["type"] == "show" for a in m["annotations"])


def test_wrong_pin_refused_and_rate_limited(tmp_path, presenter_home, processes):
    home, profile = presenter_home
    # Long enough for a sender process to start on a loaded machine while it lasts.
    receiver = start_receiver(tmp_path, lockout=15.0)
    processes.append(receiver)
    document = profile["document"]["id"]
    wrong = [start_sender(home, "judge", document, receiver.address, pin=f"00000{n}")
             for n in range(5)]
    processes.extend(wrong)
    for sender in wrong:
        assert sender.finish() == 1
        error = sender.wait_for(lambda e: "error" in e)
        assert error["error"] == "cast_pin_refused", error
        assert not sender.events("paired")
    assert [e["reason"] for e in receiver.events("refused")] == ["wrong_pin"] * 5

    # Locked: even the right PIN is not tried now.
    locked = start_sender(home, "judge", document, receiver.address)
    processes.append(locked)
    assert locked.finish() == 1
    error = locked.wait_for(lambda e: "error" in e)
    assert error["error"] == "cast_pairing_locked" and "Wait" in error["message"]
    assert receiver.events("refused")[-1]["reason"] == "locked"
    assert not receiver.events("paired") and not receiver.events("painted")
    refusals = _audit(home, "cast.refused")
    assert [r["detail"]["error"] for r in refusals] == ["cast_pin_refused"] * 5 + [
        "cast_pairing_locked"]

    time.sleep(receiver.events("refused")[-1]["retry_after"] + 0.5)
    right = start_sender(home, "judge", document, receiver.address)
    processes.append(right)
    receiver.wait_for(lambda e: e["event"] == "painted")
    right.command("stop")
    assert right.finish() == 0


def test_second_presenter_refused_while_one_presents(tmp_path, presenter_home, processes):
    home, profile = presenter_home
    receiver = start_receiver(tmp_path)
    processes.append(receiver)
    document = profile["document"]["id"]
    judge = start_sender(home, "judge", document, receiver.address)
    processes.append(judge)
    receiver.wait_for(lambda e: e["event"] == "painted")

    presiding = start_sender(home, "presiding", document, receiver.address, page=2)
    processes.append(presiding)
    # A second receiver on the same port says why it cannot start.
    second = CastProcess(["cast", "receive", "--headless", "--json", "--bind", "127.0.0.1",
                          "--port", str(receiver.ready["port"]),
                          "--state-dir", str(tmp_path / "rx2")],
                         cli_env(tmp_path / "rx2-home"))
    processes.append(second)
    assert second.finish() == 1
    assert second.wait_for(lambda e: "error" in e)["error"] == "cast_receiver_cannot_listen"
    assert presiding.finish() == 1
    error = presiding.wait_for(lambda e: "error" in e)
    assert error["error"] == "cast_receiver_busy" and "崔东哲 is presenting" in error["message"]
    assert receiver.events("refused")[-1] == {
        "event": "refused", "reason": "busy", "presenter": "崔东哲",
        "peer": receiver.events("refused")[-1]["peer"]}
    assert {e["page"] for e in receiver.events("painted")} == {1}

    # The presenter's PC dies: the room screen clears by itself and is free again.
    judge.proc.kill()
    judge.finish()
    cleared = receiver.wait_for(lambda e: e["event"] == "cleared")
    assert (cleared["reason"], cleared["presenter"]) == ("disconnected", "崔东哲")
    assert not (tmp_path / "rx-screen" / "screen.png").exists()
    presiding = start_sender(home, "presiding", document, receiver.address, page=2)
    processes.append(presiding)
    painted = receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == 2)
    assert painted["presenter"] == "李振东"
    presiding.proc.terminate()  # SIGTERM (a log-out, a shutdown) stops the cast cleanly
    assert presiding.finish() == 0
    assert receiver.events("cleared")[-1]["reason"] == "stopped"
    assert presiding.events("stopped")


def test_a_changed_receiver_certificate_is_refused(tmp_path, presenter_home, complaint_pdf,
                                                   processes):
    home, _ = presenter_home
    pdf = tmp_path / "exhibit.pdf"  # a PDF file, not a dossier document
    pdf.write_bytes(complaint_pdf)
    first = start_receiver(tmp_path, state="rx1")
    processes.append(first)
    sender = start_sender(home, "judge", str(pdf), first.address)
    processes.append(sender)
    first.wait_for(lambda e: e["event"] == "painted")
    sender.command("stop")
    assert sender.finish() == 0
    assert _audit(home, "cast.start")[0]["record_type"] == "file"
    first.stop()

    # Another machine (another certificate) at the same address.
    frames = tmp_path / "impostor-frames.log"
    impostor = start_receiver(tmp_path, state="rx2", port=first.ready["port"],
                              frame_log=frames)
    processes.append(impostor)
    assert impostor.ready["fingerprint"] != first.ready["fingerprint"]
    sender = start_sender(home, "judge", str(pdf), impostor.address)
    processes.append(sender)
    assert sender.finish() == 1
    error = sender.wait_for(lambda e: "error" in e)
    assert error["error"] == "cast_certificate_changed", error
    assert f"courtdesk cast forget {impostor.address}" in error["message"]
    assert not frames.exists() or frames.read_bytes() == b""  # not even the PIN exchange
    assert not impostor.events("paired")


def test_an_unpaired_client_gets_nothing(tmp_path, presenter_home, processes):
    """A client that skips pairing and sends a state gets a refusal and no painting."""
    import asyncio

    from websockets.asyncio.client import connect

    from courtdesk.casting.pairing import sender_context
    from courtdesk.casting.protocol import encode

    receiver = start_receiver(tmp_path)
    processes.append(receiver)

    async def intrude() -> list:
        async with connect(f"wss://{receiver.address}/", ssl=sender_context(),
                           compression=None) as connection:
            await connection.send(encode("show", seq=1, doc="0" * 64, page=0))
            return [frame async for frame in connection]

    async def newer() -> list:
        async with connect(f"wss://{receiver.address}/", ssl=sender_context(),
                           compression=None) as connection:
            await connection.send(json.dumps({"v": 2, "type": "pair"}))
            return [frame async for frame in connection]

    frames = asyncio.run(asyncio.wait_for(intrude(), 30))
    assert [json.loads(f) for f in frames] == [{"v": 1, "type": "refused",
                                                "reason": "unpaired"}]
    later = asyncio.run(asyncio.wait_for(newer(), 30))
    assert [json.loads(f) for f in later] == [{"v": 1, "type": "refused",
                                               "reason": "version", "supported": [1]}]
    # Its lines arrive through a pipe: wait for the second refusal rather than race it.
    receiver.wait_for(lambda e: e["event"] == "refused" and e["reason"] == "version")
    assert [e["reason"] for e in receiver.events("refused")] == ["unpaired", "version"]
    assert not receiver.events("painted") and PIN not in "".join(frames)


def test_a_tampered_document_is_refused(tmp_path, complaint_pdf, processes):
    """A sender whose bytes do not hash to the document it announced (here a sender
    driven from the test, over real TLS, against the real receiver process) gets the
    document refused, and nothing of it is painted."""
    import asyncio

    from courtdesk.casting.errors import DocumentRefused
    from courtdesk.casting.sender import CastDocument, CastSession, KnownReceivers

    receiver = start_receiver(tmp_path)
    processes.append(receiver)
    digest = hashlib.sha256(complaint_pdf).hexdigest()
    tampered = bytearray(complaint_pdf)
    tampered[len(tampered) // 2] ^= 0x01
    document = CastDocument(digest, "起诉状", lambda: bytes(tampered), lambda page: [])

    async def present() -> BaseException | None:
        session = CastSession(receiver.address, PIN, "崔东哲",
                              KnownReceivers(tmp_path / "known.json"))
        await session.connect()
        seq, _ = await session.show(document, 0)
        try:
            await session.wait_painted(seq, timeout=60)
        except DocumentRefused as exc:
            return exc
        finally:
            await session.close()
        return None

    refused = asyncio.run(asyncio.wait_for(present(), 90))
    assert isinstance(refused, DocumentRefused) and "did not match its SHA-256" in str(refused)
    event = receiver.wait_for(lambda e: e["event"] == "document")
    assert (event["doc"], event["ok"]) == (digest, False)
    assert event["actual"] == hashlib.sha256(bytes(tampered)).hexdigest()
    receiver.wait_for(lambda e: e["event"] == "cleared")
    assert not receiver.events("painted")
    assert not (tmp_path / "rx-screen" / "screen.png").exists()


def test_a_man_in_the_middle_learns_nothing_and_is_refused(tmp_path, presenter_home,
                                                           processes):
    """A relay with its own certificate between a sender holding the right PIN and the
    real receiver: the sender's proof is over the relay's certificate, so the receiver
    refuses it, and the relay never sees a state or a document."""
    import asyncio
    import threading

    from websockets.asyncio.client import connect
    from websockets.asyncio.server import serve

    from courtdesk.casting.pairing import ReceiverIdentity, sender_context

    home, profile = presenter_home
    receiver = start_receiver(tmp_path)
    processes.append(receiver)
    relay_identity = ReceiverIdentity.load_or_create(tmp_path / "relay", "第三审判庭")
    seen: list = []
    ready = threading.Event()
    port: list[int] = []

    async def relay(client) -> None:
        async with connect(f"wss://{receiver.address}/", ssl=sender_context(),
                           compression=None) as upstream:
            async def pump(source, sink) -> None:
                async for frame in source:
                    seen.append(frame)
                    await sink.send(frame)
                await sink.close()

            await asyncio.gather(pump(client, upstream), pump(upstream, client),
                                 return_exceptions=True)

    async def run_relay() -> None:
        async with serve(relay, "127.0.0.1", 0, ssl=relay_identity.server_context(),
                         compression=None) as server:
            port.append(server.sockets[0].getsockname()[1])
            ready.set()
            await asyncio.sleep(60)

    threading.Thread(target=lambda: asyncio.run(run_relay()), daemon=True).start()
    assert ready.wait(30)
    sender = start_sender(home, "judge", profile["document"]["id"], f"127.0.0.1:{port[0]}")
    processes.append(sender)
    assert sender.finish() == 1
    assert sender.wait_for(lambda e: "error" in e)["error"] == "cast_pin_refused"
    assert receiver.wait_for(lambda e: e["event"] == "refused")["reason"] == "wrong_pin"
    types = [json.loads(f)["type"] for f in seen if isinstance(f, str)]
    assert types[:3] == ["pair", "pair_reply", "confirm"] and "paired" not in types
    assert "show" not in types and not any(isinstance(f, bytes) for f in seen)
    assert not receiver.events("painted")


def test_a_room_screen_is_set_up_by_the_machine_config(tmp_path):
    """Court IT configures the room PC once ([cast]): its name, public or not, its port;
    `cast receive` with no options takes them, and an option still wins."""
    config = tmp_path / "courtdesk.toml"
    config.write_text('[cast]\nreceiver_name = "第三审判庭大屏"\npublic = true\nport = 1\n',
                      encoding="utf-8")
    env = {**cli_env(tmp_path / "rx-home"), "COURTDESK_CONFIG": str(config)}
    receiver = CastProcess(["cast", "receive", "--headless", "--json", "--no-announce",
                            "--port", "0", "--state-dir", str(tmp_path / "rx")], env)
    try:
        ready = receiver.wait_for(lambda e: e["event"] == "ready")
    finally:
        receiver.stop()
    assert (ready["name"], ready["public"]) == ("第三审判庭大屏", True)
    assert ready["port"] != 1  # --port 0 won over the config's port
