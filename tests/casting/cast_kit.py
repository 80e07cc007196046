"""Casting test kit: a profile with a case, a volume and annotations, and the receiver
and sender as real `courtdesk` processes whose --json lines the tests follow."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.dossier_book import DossierBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore

from testkit import TEST_PASSPHRASE, ask

PASSWORD = "s3cret-passw0rd"
PIN = "246810"
PRIVATE_NOTE = "私人批注-紫藤-PRIVATE-7f3a9c"  # appears nowhere else: not on the page, not in ids
SHARED_NOTE = "共享批注-合议庭-SHARED-51e0"


def make_profile(home: Path, pdf: bytes, tmp: Path) -> dict:
    """A profile with people, a case, one volume and, on its first page, a private note,
    a private ink stroke and a shared highlight and note of the judge's."""
    store = LocalStore.open(home / "store", ask())
    try:
        accounts = AccountBook(store)
        admin = accounts.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
        people = {"clerk": accounts.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD),
                  "judge": accounts.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD),
                  "presiding": accounts.create(admin, "presiding", "李振东",
                                               Role.PRESIDING_JUDGE, PASSWORD)}
        cases = CaseBook(store, people["clerk"])
        case = cases.create_case("(2026)吉2401民初1234号", "延吉市长白山商贸有限公司诉朴英姬"
                                 "买卖合同纠纷案")
        cases.add_member(case["id"], people["presiding"])
        cases.add_member(case["id"], people["judge"])
        source = tmp / "起诉状.pdf"
        source.write_bytes(pdf)
        clerk = DossierBook(store, people["clerk"])
        document = clerk.import_files(case["id"], [source])[0].result.document
        judge = DossierBook(store, people["judge"])
        private = [
            judge.annotate(document["id"], 0, "note", {"point": [300, 300]},
                           text=PRIVATE_NOTE),
            judge.annotate(document["id"], 0, "ink", {"strokes": [[[50, 50], [90, 80]]]}),
        ]
        shared = [
            judge.annotate(document["id"], 0, "highlight", text_query="民事起诉状",
                           private=False),
            judge.annotate(document["id"], 0, "note", {"point": [100, 500]},
                           text=SHARED_NOTE, private=False),
        ]
    finally:
        store.close()
    return {"case": case, "document": document, "private": private, "shared": shared,
            "people": {k: v.display_name for k, v in people.items()}}


def cli_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_PASSWORD=PASSWORD, PYTHONUNBUFFERED="1")
    return env


class CastProcess:
    """A `courtdesk` process whose standard output is read line by line on a thread."""

    def __init__(self, args: list[str], env: dict, stdin: bool = False,
                 prefix: tuple[str, ...] = ()) -> None:
        self.args = args
        self.proc = subprocess.Popen(  # prefix: e.g. `ip netns exec NS` (discovery tests)
            [*prefix, sys.executable, "-m", "courtdesk.app", *args], env=env, text=True,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE)
        self.lines: list[dict] = []
        self._new: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            if line.startswith("{"):
                item = json.loads(line)
                self.lines.append(item)
                self._new.put(item)

    def wait_for(self, test, timeout: float = 60.0) -> dict:
        """The first line (seen already or coming) for which ``test(line)`` holds."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for item in self.lines[seen:]:
                if test(item):
                    return item
            seen = len(self.lines)
            left = deadline - time.monotonic()
            if left <= 0 or (self.proc.poll() is not None and self._new.empty()
                             and not self._reader.is_alive()):
                raise AssertionError(f"no such line from {self.args[:3]} within {timeout} s; "
                                     f"got {self.lines}; stderr: {self.stderr_now()}")
            try:
                self._new.get(timeout=min(left, 0.5))
            except queue.Empty:
                pass

    def events(self, name: str) -> list[dict]:
        return [item for item in self.lines if item.get("event") == name]

    def command(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def finish(self, timeout: float = 60.0) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code

    def stderr_now(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        return self.proc.stderr.read() if not self.proc.stderr.closed else ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start_receiver(tmp: Path, *, name: str = "第三审判庭", port: int = 0, state: str = "rx",
                   lockout: float = 30.0, frame_log: Path | None = None,
                   extra: tuple[str, ...] = ()) -> CastProcess:
    pin_file = tmp / "pin"
    pin_file.write_text(PIN + "\n")
    args = ["cast", "receive", "--headless", "--json", "--name", name, "--bind", "127.0.0.1",
            "--port", str(port), "--pin-file", str(pin_file), "--state-dir", str(tmp / state),
            "--cache", str(tmp / f"{state}-screen"), "--lockout", str(lockout),
            "--screen", "1280x720"]
    if frame_log is not None:
        args += ["--frame-log", str(frame_log)]
    args += extra
    receiver = CastProcess(args, cli_env(tmp / f"{state}-home"))
    receiver.ready = receiver.wait_for(lambda e: e["event"] == "ready", 60)
    receiver.address = f"127.0.0.1:{receiver.ready['port']}"
    return receiver


def start_sender(home: Path, user: str, doc: str, address: str, *, pin: str = PIN,
                 page: int = 1) -> CastProcess:
    return CastProcess(["--user", user, "cast", "send", doc, "--to", address, "--pin", pin,
                        "--page", str(page), "--json"], cli_env(home), stdin=True)
