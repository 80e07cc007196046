"""A newcomer's first start in a terminal: choosing the store passphrase for the demo.

``installers/bootstrap.sh run`` runs ``courtdesk --demo demo`` on a fresh machine with no
keyring, so the person types a new passphrase. These drive the real command through a real
pseudo-terminal (getpass reads the terminal, not standard input), typing as a person would.
"""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")  # POSIX terminals; Windows' console is another path

PROMPT_NEW = "New store passphrase: "
PROMPT_REPEAT = "Repeat it: "


class Terminal:
    """``courtdesk`` in a pseudo-terminal: read what it prints, answer its prompts."""

    def __init__(self, home: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
        # No keyring on this machine: the store must be protected by a passphrase.
        env.update(COURTDESK_DEMO_HOME=str(home),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become courtdesk
            os.execvpe(sys.executable, [sys.executable, "-m", "courtdesk.app", *args], env)
        self.output = ""
        self.exit_code: int | None = None

    def read_until(self, text: str, timeout: float = 60) -> str:
        """Everything up to and including ``text``; fails with what was seen if it never comes."""
        deadline = time.monotonic() + timeout
        while text not in self.output:
            left = deadline - time.monotonic()
            assert left > 0, f"waited for {text!r}; the terminal showed:\n{self.output}"
            if not self._read(left):
                raise AssertionError(f"courtdesk ended before {text!r}:\n{self.output}")
        upto = self.output.index(text) + len(text)
        seen, self.output = self.output[:upto], self.output[upto:]
        return seen

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def press(self, key: bytes) -> None:
        os.write(self.fd, key)

    def finish(self, timeout: float = 60) -> str:
        """The rest of the output and the exit code, once courtdesk has ended."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(deadline - time.monotonic()):
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        self.exit_code = os.waitstatus_to_exitcode(status)
        return self.output

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True  # nothing yet; the caller's deadline decides
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the child closed the terminal (Linux says EIO)
            return False
        if not data:
            return False
        self.output += data.decode("utf-8", errors="replace").replace("\r\n", "\n")
        return True


@pytest.mark.timeout(300)
def test_typos_and_a_short_passphrase_ask_again_and_the_demo_is_still_made(tmp_path):
    home = tmp_path / "demo"
    term = Terminal(home, "--demo", "demo")
    term.read_until(PROMPT_NEW)
    term.type("abcde")  # five characters: too short
    assert "Too short (5 characters): use at least 8" in term.read_until(PROMPT_NEW)
    term.type("court-desk-1")
    term.read_until(PROMPT_REPEAT)
    term.type("court-desk-2")  # a typo in the repeat
    assert "The two entries differ" in term.read_until(PROMPT_NEW)
    term.type("court-desk-1")
    term.read_until(PROMPT_REPEAT)
    term.type("court-desk-1")
    rest = term.finish()
    assert term.exit_code == 0, rest
    # A person sees each slow step start instead of a terminal that looks hung.
    steps = ["Creating the encrypted store", "Creating the demo accounts",
             "Drawing the demo dossier", "Saving the demo case", "Created demo case"]
    positions = [rest.find(step) for step in steps]
    assert -1 not in positions and positions == sorted(positions), rest
    assert "Traceback" not in rest

    # The store was made with the agreed passphrase: the typo does not open it, it does.
    from courtdesk.app.profile import open_store
    from courtdesk.offline_cache.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        open_store(home, ask=lambda request: "court-desk-2" if request.attempt == 1 else None,
                   create=False)
    open_store(home, ask=lambda request: "court-desk-1", create=False).close()


@pytest.mark.timeout(60)
def test_ctrl_d_at_the_prompt_stops_with_a_clear_message_and_creates_nothing(tmp_path):
    home = tmp_path / "demo"
    term = Terminal(home, "--demo", "demo")
    term.read_until(PROMPT_NEW)
    term.press(b"\x04")  # Ctrl+D: the person gives up
    rest = term.finish()
    assert term.exit_code != 0
    assert "No passphrase was given; no store was created." in rest
    assert "Traceback" not in rest
    assert not any((home / "store").glob("*.db*"))
