"""Casting a page change on loopback: by state against the pixel fallback, in one run.

A real `courtdesk cast receive` and `courtdesk cast send` (two processes, TLS) talk
through a byte-counting TCP relay in this process, so "bytes on the wire" are the TLS
records actually sent, both directions (the change and the receiver's "painted"). The
time of a change runs from the command written to the sender (the presenter's key) to
the receiver's "painted" line (the page rendered at screen size and written out as PNG);
both processes stamp with the same clock.

- state: the sender sends document hash, page, viewport, shared annotations; the
  receiver renders the page itself (goal: p50 and p95 <= 50 ms, <= 1 KB per change);
- pixels: the sender renders the same page at the receiver's screen size, sends the PNG,
  the receiver decodes it and writes it out;
- screen: the pixel fallback as it is used for what is not a document, `courtdesk cast
  screen`: another program's window (bench/_page_window.py, on an X server: $DISPLAY, or
  an Xvfb of the screen's size started here) shows the same pages at the same size; the
  time runs from the page number written to that window to the receiver's "painted" of
  the next picture, so it includes waiting for the next grab (up to 1/fps).

    python bench/cast_page_change.py [--changes 100] [--screen 1920x1080] [--pause 30]
                                     [--fps 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PASSWORD = "bench-passw0rd"
PASSPHRASE = "bench passphrase for a scratch store"


def make_profile(home: Path) -> str:
    """A scratch profile: a judge, a case, the demo complaint (5 pages) with a shared
    highlight and note on page 1; the document's id."""
    from courtdesk.app import accounts, demo_material
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.casebook import CaseBook
    from courtdesk.app.dossier_book import DossierBook
    from courtdesk.common.password_hash import ScryptCost
    from courtdesk.common.roles import Role
    from courtdesk.offline_cache import store_key
    from courtdesk.offline_cache.store import LocalStore

    store_key.SCRYPT_N = 2**12  # a scratch store: its header records the cost
    accounts.PASSWORD_COST = ScryptCost(2**14)
    store = LocalStore.open(home / "store", lambda request: PASSPHRASE)
    try:
        book = AccountBook(store)
        admin = book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
        judge = book.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD)
        clerk = book.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD)
        cases = CaseBook(store, clerk)
        case = cases.create_case("(2026)吉2401民初1号", "买卖合同纠纷案")
        cases.add_member(case["id"], judge)
        source = home / "起诉状.pdf"
        source.write_bytes(demo_material.make_dossier_volumes()[0].pdf)
        document = DossierBook(store, clerk).import_files(
            case["id"], [source])[0].result.document
        dossier = DossierBook(store, judge)
        dossier.annotate(document["id"], 0, "highlight", text_query="民事起诉状", private=False)
        dossier.annotate(document["id"], 0, "note", {"point": [100, 500]},
                         text="合议庭：核对违约金计算", private=False)
    finally:
        store.close()
    return document["id"]


class Relay:
    """A TCP relay on 127.0.0.1 counting the bytes each way."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.up = 0  # sender -> receiver
        self.down = 0
        self.port = 0
        ready = threading.Event()
        threading.Thread(target=lambda: asyncio.run(self._serve(ready)), daemon=True).start()
        ready.wait(10)

    async def _serve(self, ready: threading.Event) -> None:
        server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        await server.serve_forever()

    async def _client(self, reader, writer) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pipe(src, dst, direction: str) -> None:
            while data := await src.read(65536):
                setattr(self, direction, getattr(self, direction) + len(data))
                dst.write(data)
                await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer, "up"), pipe(up_reader, writer, "down"),
                             return_exceptions=True)

    def total(self) -> tuple[int, int]:
        return self.up, self.down


class Lines:
    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc = proc
        self.queue: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.queue.put(json.loads(line))

    def wait(self, test, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            item = self.queue.get(timeout=max(0.01, deadline - time.monotonic()))
            if test(item):
                return item


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def x_display(screen: str, helpers: list) -> str:
    """$DISPLAY, or an Xvfb of the screen's size started here (stopped with the helpers)."""
    if os.environ.get("DISPLAY"):
        return os.environ["DISPLAY"]
    read, write = os.pipe()
    helpers.append(subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                     f"{screen}x24", "-nolisten", "tcp"], pass_fds=(write,),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    os.close(write)
    with os.fdopen(read) as answer:
        return ":" + answer.readline().strip()


def screen_region_changes(args, work: Path, env: dict, home: Path, cli: list, relay,
                          painted: Lines, helpers: list) -> list[tuple[float, int, int]]:
    """Page changes in another program's window, cast by `cast screen` through the relay."""
    from courtdesk.app import demo_material
    from courtdesk.casting.paint import paint_png

    width, _, height = args.screen.partition("x")
    pdf = demo_material.make_dossier_volumes()[0].pdf
    files = []
    for page in range(5):
        picture = paint_png(pdf, "bench", page, screen=(int(width), int(height)))
        files.append(work / f"page-{page + 1}.png")
        files[-1].write_bytes(picture.png)
    desktop = {**env, "DISPLAY": x_display(args.screen, helpers), "QT_QPA_PLATFORM": "xcb"}
    window = subprocess.Popen([sys.executable, str(Path(__file__).with_name("_page_window.py")),
                               *map(str, files)], env=desktop, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    helpers.append(window)
    shown = Lines(window)
    shown.wait(lambda e: e.get("ready"))
    caster = subprocess.Popen(
        [*cli, "--user", "judge", "cast", "screen", "--to", f"127.0.0.1:{relay.port}",
         "--pin", "135790", "--region", f"0,0,{picture.width},{picture.height}",
         "--fps", str(args.fps), "--json"],
        env={**desktop, "COURTDESK_HOME": str(home)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    helpers.append(caster)
    last = painted.wait(lambda e: e["event"] == "painted")["seq"]
    rows = []
    for i in range(args.changes + 2):  # two to warm up
        page = 1 + (i % 4)  # never the page shown: every change is a change
        up, down = relay.total()
        start = time.time()
        window.stdin.write(f"{page}\n")
        window.stdin.flush()
        shown.wait(lambda e, p=page: e.get("shown") == p)
        done = painted.wait(lambda e, n=last: e["event"] == "painted" and e["seq"] > n)
        last = done["seq"]
        time.sleep(args.pause / 1000)  # the receiver's answer through the relay
        if i >= 2:
            rows.append(((done["time"] - start) * 1000, relay.up - up, relay.down - down))
    caster.stdin.write("stop\n")
    caster.stdin.flush()
    caster.wait(30)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--screen", default="1920x1080")
    parser.add_argument("--pause", type=float, default=30, help="ms between changes")
    parser.add_argument("--fps", type=float, default=30, help="cast screen's grabs a second")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="courtdesk-cast-bench-"))
    home = work / "presenter"
    document = make_profile(home)
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_PASSPHRASE=PASSPHRASE, COURTDESK_PASSWORD=PASSWORD,
               PYTHONUNBUFFERED="1")
    (work / "pin").write_text("135790\n")
    cli = [sys.executable, "-m", "courtdesk.app"]
    receiver = subprocess.Popen(
        [*cli, "cast", "receive", "--headless", "--json", "--bind", "127.0.0.1", "--port", "0",
         "--pin-file", str(work / "pin"), "--state-dir", str(work / "rx"),
         "--screen", args.screen], env={**env, "COURTDESK_HOME": str(work / "rx-home")},
        stdout=subprocess.PIPE, text=True)
    sender = None
    helpers: list[subprocess.Popen] = []
    try:
        painted = Lines(receiver)
        port = painted.wait(lambda e: e["event"] == "ready")["port"]
        relay = Relay(port)
        sender = subprocess.Popen(
            [*cli, "--user", "judge", "cast", "send", document, "--to",
             f"127.0.0.1:{relay.port}", "--pin", "135790", "--json"],
            env={**env, "COURTDESK_HOME": str(home)}, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True)
        acks = Lines(sender)
        painted.wait(lambda e: e["event"] == "painted")
        acks.wait(lambda e: e["event"] == "painted")
        seq = 1

        def change(command: str) -> tuple[float, int, int]:
            nonlocal seq
            seq += 1
            up, down = relay.total()
            start = time.time()
            sender.stdin.write(command + "\n")
            sender.stdin.flush()
            done = painted.wait(lambda e: e["event"] == "painted" and e["seq"] == seq)
            acks.wait(lambda e: e["event"] == "painted" and e["seq"] == seq)
            time.sleep(args.pause / 1000)  # lets the last TLS records through the relay
            return (done["time"] - start) * 1000, relay.up - up, relay.down - down

        for warm in ("2", "frame 3", "1", "frame 1"):
            change(warm)
        results = {"state": [], "pixels": []}
        for i in range(args.changes):
            page = 1 + (i % 5)
            for mode in (("state", "pixels") if i % 2 else ("pixels", "state")):
                results[mode].append(change(str(page) if mode == "state" else f"frame {page}"))
        sender.stdin.write("stop\n")
        sender.stdin.flush()
        sender.wait(30)
        painted.wait(lambda e: e["event"] == "cleared")
        results["screen"] = screen_region_changes(args, work, env, home, cli, relay, painted,
                                                  helpers)
    finally:
        for proc in reversed(helpers):  # the X server last
            if proc.poll() is None:
                proc.terminate()
                proc.wait(10)
        for proc in (sender, receiver):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(10)

    print(f"cast page change on loopback, {args.changes} changes each, screen {args.screen}, "
          "interleaved (pixels/state alternate who goes first)")
    print(f"{'':8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'bytes/change':>14}"
          f"{'(to rx)':>10}{'(back)':>9}")
    summary = {}
    for mode, rows in results.items():
        times = [r[0] for r in rows]
        up = statistics.mean(r[1] for r in rows)
        down = statistics.mean(r[2] for r in rows)
        summary[mode] = (percentile(times, 0.5), percentile(times, 0.95), up + down)
        print(f"{mode:8}{summary[mode][0]:9.1f}{summary[mode][1]:9.1f}{max(times):9.1f}"
              f"{up + down:14.0f}{up:10.0f}{down:9.0f}")
    state, pixels, screen = summary["state"], summary["pixels"], summary["screen"]
    print(f"pixels / state: {pixels[2] / state[2]:.0f}× the bytes, "
          f"{pixels[0] / state[0]:.1f}× the p50 time")
    print(f"screen / state: {screen[2] / state[2]:.0f}× the bytes, "
          f"{screen[0] / state[0]:.1f}× the p50 time (screen: grabs at {args.fps:g}/s, "
          "a picture only when the window changed)")
    print(f"goals: state p50 {state[0]:.1f} ms and p95 {state[1]:.1f} ms <= 50 ms: "
          f"{'yes' if state[1] <= 50 else 'NO'}; {state[2]:.0f} bytes <= 1024: "
          f"{'yes' if state[2] <= 1024 else 'NO'}")


if __name__ == "__main__":
    main()
