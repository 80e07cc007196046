"""Read the store key from the OS keyring in a helper process while the window code loads.

Reading one keyring entry costs a start-up more than the read: importing ``keyring``
alone runs ~50 ms of Python (its backends pull in ``jaraco.context``, which imports
``urllib.request`` with ``http.client``, ``email`` and ``ssl``, and ``importlib_metadata``),
and a court PC's backend adds its own start (a D-Bus session, the Credential Manager).
In the GUI process that time holds the interpreter lock, so no thread can run it beside
Qt's loading; the store, the login and the window all wait for it. A helper process
runs it on the other core instead, started before Qt is imported, and its answer is
usually waiting by the time the store is opened.

The helper is the same interpreter with the same ``sys.path``, running a few lines that
call ``keyring.get_password``; the secret comes back through a pipe only this process
reads, and it is never logged or written anywhere. Whatever goes wrong (no backend, no
entry, a helper that cannot start or dies, a frozen build with no interpreter to run)
only means no answer: :func:`claim` returns None and the store reads the keyring
in-process as before, which then reports the real problem.

No Qt and no store are imported here (only the header format from store_key):
:func:`prefetch_store_key` runs first thing.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import threading
from pathlib import Path

from .errors import StoreDamaged
from .store_key import HEADER_NAME, KEYRING_SERVICE, StoreHeader

# Run with -S: the parent's sys.path is handed over, so the helper skips site-packages
# discovery (.pth files, the editable-install finder) and imports only what it needs.
_HELPER = """\
import sys
sys.path[:0] = sys.argv[3:]
import keyring
secret = keyring.get_password(sys.argv[1], sys.argv[2])
if secret:
    sys.stdout.write(secret)
"""

_SECRET_VARIABLES = {"COURTDESK_PASSWORD", "COURTDESK_PASSPHRASE"}

# The one read a start makes: the entry it reads, and the helper reading it.
_lock = threading.Lock()
_pending: tuple[tuple[str, str], KeyringPrefetch] | None = None


class KeyringPrefetch:
    """One keyring entry being read by a helper process."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process

    @classmethod
    def start(cls, service: str, username: str) -> KeyringPrefetch | None:
        """Start reading ``service``/``username``; None when no helper can be run here."""
        if getattr(sys, "frozen", False) or not sys.executable:
            return None  # a frozen build has no interpreter to run the helper with
        paths = [p for p in sys.path if p]
        # The desktop session's variables reach the keyring (D-Bus, the backend choice);
        # the automation hooks' secrets have no business there.
        env = {k: v for k, v in os.environ.items() if k not in _SECRET_VARIABLES}
        # No console window flashing up beside courtdesk's on Windows.
        no_window = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            process = subprocess.Popen(
                [sys.executable, "-S", "-c", _HELPER, service, username, *paths], env=env,
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                creationflags=no_window)
        except OSError:
            return None
        return cls(process)

    def secret(self, timeout: float | None = None) -> str | None:
        """The entry's value, or None when the helper could not read it.

        Waits for the helper: a desktop keyring may first ask its owner to unlock it,
        exactly as an in-process read would.
        """
        try:
            out, _ = self.process.communicate(timeout=timeout)
        except (subprocess.TimeoutExpired, OSError, ValueError):
            self.close()
            return None
        if self.process.returncode != 0 or not out:
            return None
        try:
            return out.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def close(self) -> None:
        """Stop the helper if it still runs (the start ended before the store opened)."""
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.communicate(timeout=5)
        except (subprocess.TimeoutExpired, OSError, ValueError):
            pass


def prefetch_store_key(store_dir: Path, service: str = KEYRING_SERVICE) -> bool:
    """Start reading the key of the store in ``store_dir`` if the keyring keeps it.

    True when a helper was started. A missing or unreadable header starts nothing: the
    store's own opening then creates it or says what is wrong.
    """
    global _pending
    try:
        header = StoreHeader.read(store_dir / HEADER_NAME)
    except StoreDamaged:
        return False
    if header.key_source != "keyring":
        return False
    entry = (service, header.keyring_username())
    prefetch = KeyringPrefetch.start(*entry)
    if prefetch is None:
        return False
    with _lock:
        previous, _pending = _pending, (entry, prefetch)
    if previous is None:
        atexit.register(_stop_unclaimed)
    else:
        previous[1].close()
    return True


def claim(service: str, username: str) -> str | None:
    """The prefetched value of this entry (once), or None when none was prefetched or read."""
    global _pending
    with _lock:
        if _pending is None or _pending[0] != (service, username):
            return None
        prefetch, _pending = _pending[1], None
    return prefetch.secret()


def _stop_unclaimed() -> None:
    """A start that ended before its store opened leaves no helper behind."""
    global _pending
    with _lock:
        left, _pending = _pending, None
    if left is not None:
        left[1].close()
