"""The browser receiver as a room display uses it: a real `courtdesk cast receive --web`
process, a real sender process, and the system Chromium driven by Playwright, accepting the
receiver's self-signed certificate the way court IT sets up a display (by its public key)."""

from __future__ import annotations

import asyncio
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from cast_kit import PIN, CastProcess, cli_env, start_receiver, start_sender
from playwright.sync_api import Error as PlaywrightError

from courtdesk.casting.browser import spki_pin
from courtdesk.casting.captions import CaptionLine
from courtdesk.casting.paint import paint_png
from courtdesk.casting.pairing import ReceiverIdentity
from courtdesk.casting.sender import CastSession, KnownReceivers

pytestmark = pytest.mark.timeout(180)

CHROMIUM = "/usr/bin/chromium"
SCREEN = (1280, 720)  # the receiver's --screen in cast_kit: the browser window is as big


@pytest.fixture(scope="module")
def receiver_identity(tmp_path_factory) -> Path:
    """The receiver's certificate, made before the browser starts so that the browser can
    be told to accept it, as IT sets up a display (the receiver keeps it in --state-dir)."""
    folder = tmp_path_factory.mktemp("receiver-identity")
    ReceiverIdentity.load_or_create(folder, "第三审判庭")
    return folder


@pytest.fixture(scope="module")
def browser(receiver_identity):
    """One Chromium for the module: the system's, driven by Playwright (no download). As root
    it needs --no-sandbox; Playwright gives it a fresh profile of its own."""
    from playwright.sync_api import sync_playwright

    der = ReceiverIdentity.load_or_create(receiver_identity, "第三审判庭").der
    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", f"--ignore-certificate-errors-spki-list={spki_pin(der)}"])
        yield chromium
        chromium.close()


def _pixels(png: bytes) -> np.ndarray:
    pix = pymupdf.Pixmap(png)
    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3]


def _assert_same_picture(screenshot: bytes, painted: bytes, what: str) -> None:
    seen, expected = _pixels(screenshot), _pixels(painted)
    assert seen.shape == expected.shape, what
    diff = np.abs(seen.astype(int) - expected.astype(int))
    # Identical here (every pixel); the margin is for colour rounding in another Chromium.
    assert diff.mean() < 1.0 and np.percentile(diff, 99.9) <= 8, (what, diff.mean())


def _frames(page) -> list:
    """Every frame the viewer page's socket receives, as the page got it."""
    received = []
    page.on("websocket", lambda socket: socket.on(
        "framereceived", lambda payload: received.append(payload)))
    return received


def test_a_browser_shows_what_the_receiver_shows(tmp_path, presenter_home, complaint_pdf,
                                                 processes, browser, receiver_identity):
    home, profile = presenter_home
    shutil.copytree(receiver_identity, tmp_path / "rx")
    receiver = start_receiver(tmp_path, extra=("--web",))
    processes.append(receiver)
    ready = receiver.ready
    url = ready["viewer_url"]
    assert url.startswith(f"https://{receiver.address}/view#") and ready["viewer_spki"]
    screen_png = tmp_path / "rx-screen" / "screen.png"
    shots = tmp_path / "shots"

    # A display set up by IT: Chromium accepts exactly this receiver's certificate.
    assert ready["viewer_spki"] == spki_pin(ReceiverIdentity.load_or_create(
        receiver_identity, "第三审判庭").der)
    context = browser.new_context(viewport={"width": SCREEN[0], "height": SCREEN[1]},
                                  locale="zh-CN")
    try:
        # Without the key: the page loads, the receiver refuses its socket, nothing shows.
        stranger = context.new_page()
        stranger_frames = _frames(stranger)
        stranger.goto(url.split("#")[0] + "#" + "x" * 22)
        stranger.wait_for_selector("body[data-state=refused]", timeout=20_000)
        assert "查看密钥不正确" in stranger.inner_text("body")
        assert receiver.wait_for(lambda e: e["event"] == "refused")["reason"] == "viewer_key"
        stranger.goto(url.split("#")[0])  # no key at all
        stranger.wait_for_selector("body[data-state=no-key]")
        stranger.screenshot(path=shots / "no-key.png")
        stranger.close()

        viewer = context.new_page()
        frames = _frames(viewer)
        viewer.goto(url)
        viewer.wait_for_selector("body[data-state=idle]", timeout=20_000)
        assert "第三审判庭" in viewer.inner_text("#name")
        assert viewer.inner_text("#message") == "当前没有展示内容"
        joined = receiver.wait_for(lambda e: e["event"] == "viewer_joined")
        assert joined["viewers"] == 1
        viewer.screenshot(path=shots / "idle.png")

        sender = start_sender(home, "judge", profile["document"]["id"], receiver.address)
        processes.append(sender)
        receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == 1)
        painted = screen_png.read_bytes()
        viewer.wait_for_selector("body[data-state=picture][data-page='1']")
        shot = viewer.locator("#picture").screenshot(path=shots / "page1.png")
        _assert_same_picture(shot, painted, "page 1")
        assert "崔东哲" in viewer.title()

        sender.command("3")
        receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == 3)
        painted = screen_png.read_bytes()
        viewer.wait_for_selector("body[data-state=picture][data-page='3']")
        _assert_same_picture(viewer.locator("#picture").screenshot(), painted, "page 3")

        # The presenter's pointer lands where the page point is on the picture.
        page_rect = pymupdf.open(stream=complaint_pdf, filetype="pdf")[2].rect
        sender.command("pointer 300,400")
        viewer.wait_for_selector("#pointer:not([hidden])")
        zoom = SCREEN[1] / page_rect.height
        box = viewer.locator("#pointer").bounding_box()
        frame = viewer.locator("#picture").bounding_box()
        centre = (box["x"] + box["width"] / 2 - frame["x"],
                  box["y"] + box["height"] / 2 - frame["y"])
        assert centre == pytest.approx((300 * zoom, 400 * zoom), abs=2)
        viewer.screenshot(path=shots / "page3-pointer.png")

        sender.command("stop")
        assert sender.finish() == 0, sender.stderr_now()
        receiver.wait_for(lambda e: e["event"] == "cleared")
        viewer.wait_for_selector("body[data-state=idle]")
        assert viewer.locator("#picture").get_attribute("src") is None
        viewer.close()
        assert receiver.wait_for(lambda e: e["event"] == "viewer_left")["viewers"] == 0
    finally:
        context.close()

    # A viewer got pictures and states only: no document bytes, no PIN, no key back.
    binary = [f for f in frames if isinstance(f, bytes)]
    assert len(binary) >= 2 and all(f.startswith(b"\x89PNG") for f in binary)
    texts = [json.loads(f) for f in frames if isinstance(f, str)]
    assert {t["type"] for t in texts} <= {"status", "picture", "idle", "pointer"}
    assert not any(PIN in json.dumps(t) for t in texts)
    assert not stranger_frames  # the refused page got nothing at all


def test_a_sender_serves_its_pages_to_browsers_without_a_receiver(
        tmp_path, presenter_home, complaint_pdf, processes, browser):
    home, profile = presenter_home
    sender = CastProcess(["--user", "judge", "cast", "send", profile["document"]["id"],
                          "--serve-browser", "--web-bind", "127.0.0.1", "--web-port", "0",
                          "--json"], cli_env(home), stdin=True)
    processes.append(sender)
    serving = sender.wait_for(lambda e: e.get("event") == "serving")
    sender.wait_for(lambda e: e.get("event") == "painted" and e["page"] == 1)
    # The browser's pin is the receiver's key, not this PC's: it refuses this certificate...
    strict = browser.new_context()
    with pytest.raises(PlaywrightError, match="ERR_CERT"):
        strict.new_page().goto(serving["viewer_url"])
    strict.close()
    # ...until told to accept it, as a remote party's browser is (once, by its fingerprint).
    context = browser.new_context(viewport={"width": 1920, "height": 1080},
                                  ignore_https_errors=True, locale="ko-KR")
    try:
        viewer = context.new_page()
        viewer.goto(serving["viewer_url"])
        viewer.wait_for_selector("body[data-state=picture][data-page='1']", timeout=20_000)
        sender.command("next")  # page 2 has no annotations: the test can paint it alike
        viewer.wait_for_selector("body[data-state=picture][data-page='2']")
        expected = paint_png(complaint_pdf, "serve-test", 1, screen=(1920, 1080))
        _assert_same_picture(viewer.locator("#picture").screenshot(
            path=tmp_path / "shots" / "served-page2.png"), expected.png, "page 2")
        sender.command("stop")
        assert sender.finish() == 0, sender.stderr_now()
        viewer.wait_for_selector("body:not([data-state=picture])")
        assert viewer.locator("#picture").get_attribute("src") is None
        viewer.screenshot(path=tmp_path / "shots" / "served-stopped.png")
    finally:
        context.close()



def test_captions_reach_a_phone_as_text(tmp_path, processes, browser, receiver_identity):
    """A hearing-impaired party follows the captions on a phone: a real sender casts live
    captions to a real receiver, whose browsers get the lines as text set to the phone's
    width, not the room-screen picture shrunk to a third."""
    shutil.copytree(receiver_identity, tmp_path / "rx")
    receiver = start_receiver(tmp_path, extra=("--web",))
    processes.append(receiver)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def run(coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(30)

    said = "本院依法公开审理原告延吉市长白山商贸有限公司诉被告朴英姬买卖合同纠纷一案，现在开庭。"
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    try:
        viewer = context.new_page()
        viewer.goto(receiver.ready["viewer_url"])
        viewer.wait_for_selector("body[data-state=idle]", timeout=20_000)
        session = CastSession(receiver.address, PIN, "崔美兰",
                              KnownReceivers(tmp_path / "known.json"))
        run(session.connect())
        seq = run(session.captions([CaptionLine("presiding_judge", said)],
                                   [CaptionLine("plaintiff_agent", "对法庭组成人员")]))
        run(session.wait_painted(seq))
        painted = receiver.wait_for(lambda e: e["event"] == "painted" and e["seq"] == seq)
        viewer.wait_for_selector(f"body[data-state=captions][data-seq='{seq}']")
        lines = viewer.locator("#captions .line")
        assert lines.all_inner_texts() == [
            f"{line['label']}{line['text']}" for line in painted["lines"] + painted["forming"]]
        assert lines.first.inner_text().endswith(said)
        size = float(viewer.evaluate(
            "parseFloat(getComputedStyle(document.getElementById('captions')).fontSize)"))
        assert size >= 22  # readable at arm's length: the lines wrap instead of shrinking
        assert viewer.evaluate("document.documentElement.scrollWidth") <= 390
        assert lines.first.bounding_box()["height"] > 3 * size  # wrapped over lines
        viewer.screenshot(path=tmp_path / "captions-phone.png")
        assert "崔美兰" in viewer.title()
        run(session.stop())
        viewer.wait_for_selector("body[data-state=idle]")
        assert viewer.locator("#captions .line").count() == 0
    finally:
        context.close()
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
