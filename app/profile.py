"""A user profile: the folder with the store, blobs, logs and preferences.

``COURTDESK_HOME`` puts everything in one folder (tests and IT rely on it); otherwise the
platform's per-user data folder is used.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from courtdesk.offline_cache.errors import ProfileInUse, StoreUnwritable

if TYPE_CHECKING:
    from courtdesk.offline_cache.store import LocalStore
    from courtdesk.offline_cache.store_key import PassphraseProvider, PassphraseRequest

LOCK_NAME = "courtdesk.lock"
STORE_FOLDER = "store"  # the local store, inside the profile
# What the lock call fails with when another open file holds the lock (POSIX flock says
# EWOULDBLOCK; Windows' locking says EACCES or EDEADLOCK).
_HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}
log = logging.getLogger(__name__)


def profile_dir() -> Path:
    override = os.environ.get("COURTDESK_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs  # only without COURTDESK_HOME: one import less at every start

    return Path(platformdirs.user_data_dir("courtdesk", appauthor=False))


LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 3


def rotate_log(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
    """Start a new log when the last one grew past ``max_bytes``, keeping ``backups`` old ones.

    Rotated when courtdesk starts rather than mid-run: a day of ids and acts stays far
    below the limit, a hearing's log is never split, and start-up does not load
    ``logging.handlers`` (with pickle, queue and socket) for a size check.
    """
    try:
        if path.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


# Secrets that could reach a log line through an error's text or traceback: a server that
# echoes a login body back in its error, a bearer header, a raw SQLCipher key.
_SECRETS = re.compile(
    r"""(?ix)
    ( (?:bearer)\s+ )[A-Za-z0-9._~+/=-]{8,}
  | ( ["']?(?:password|passphrase|passwd|pin|secret|token|access_token|refresh_token
            |api_key|user_pw|owner_pw)["']? \s* [:=] \s* ["']? ) [^"'\s,;}&)]+
  | ( x' ) [0-9a-f]{32,} (?=')
    """)


def redact(text: str) -> str:
    """``text`` with passwords, tokens and keys replaced by ``[redacted]``."""
    return _SECRETS.sub(lambda m: next(g for g in m.groups() if g is not None) + "[redacted]",
                        text)


class RedactingFormatter(logging.Formatter):
    """Formats like its parent, then redacts: tracebacks included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(home: Path, verbose: bool = False, *, rotate: bool = False) -> None:
    """Log to ``logs/courtdesk.log`` in the profile. Log ids and acts, never case text.

    ``rotate`` only for the holder of the profile lock (the window): a CLI command run
    beside an open window must not move the log the window is writing to.
    """
    root = logging.getLogger()
    if any(getattr(h, "_courtdesk", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    log_file = home / "logs" / "courtdesk.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        if rotate:
            try:
                rotate_log(log_file)
            except OSError:
                pass  # not rotated this time (a file held open elsewhere): keep appending
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # read-only profile: still say things
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._courtdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)


class ProfileLock:
    """Only one courtdesk window per profile: two would fight over the live recording.

    An advisory lock the operating system holds on ``courtdesk.lock`` (``flock`` on POSIX,
    a locked byte on Windows) for as long as the file stays open: a courtdesk that crashes
    or is killed leaves no stale lock behind, and nothing is written into the profile.
    The OS calls are used directly rather than through a locking library, whose import
    alone cost a sixth of the time courtdesk takes beyond a bare Qt window to start.
    """

    def __init__(self, home: Path) -> None:
        self.path = home / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreUnwritable(
                f"courtdesk cannot write to {self.path.parent} ({exc.strerror or exc}). Your "
                "data there is untouched; fix the disk or permissions.",
                path=str(self.path.parent),
            ) from exc
        try:
            _lock_without_waiting(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in _HELD_ELSEWHERE:
                raise StoreUnwritable(
                    f"courtdesk cannot lock {self.path} ({exc.strerror or exc}). Your data "
                    "there is untouched; put the profile on a local disk (COURTDESK_HOME).",
                    path=str(self.path.parent),
                ) from exc
            raise ProfileInUse(
                f"courtdesk is already open on this profile ({self.path.parent}). Switch to "
                "that window, or close it first; nothing was changed.",
                path=str(self.path.parent),
            ) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            _unlock(fd)
            os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock_without_waiting(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # raises OSError when another handle holds it

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_without_waiting(fd: int) -> None:
        # flock conflicts between open files even within one process, as the GUI tests
        # that open a second window on the same profile need.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def terminal_passphrase(request: PassphraseRequest) -> str | None:
    """Ask on the terminal; ``COURTDESK_PASSPHRASE`` answers for unattended runs."""
    import getpass

    from_env = os.environ.get("COURTDESK_PASSPHRASE")
    if from_env is not None:
        return from_env if request.attempt == 1 else None
    if not sys.stdin or not sys.stdin.isatty():
        return None
    if request.attempt > 1:
        print("Wrong passphrase, try again.", file=sys.stderr)
    if request.creating:
        return _choose_new_passphrase(getpass.getpass)
    try:
        return getpass.getpass(f"Passphrase for the courtdesk store in {request.store_dir}: ")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None


def _choose_new_passphrase(ask: Callable[[str], str]) -> str | None:
    """Ask until two entries agree on one long enough; None only when the person gives up.

    A typo or a short first try is the normal first minute of a set-up, so it asks again
    and says what is required instead of ending the whole set-up with an error.
    """
    from courtdesk.offline_cache.store_key import MIN_PASSPHRASE_LENGTH

    print(
        "No usable system keyring was found, so your local courtdesk store will be\n"
        f"encrypted with a passphrase. Choose one of at least {MIN_PASSPHRASE_LENGTH} "
        "characters. It cannot be\nrecovered if lost. (Ctrl+C to stop.)",
        file=sys.stderr,
    )
    try:
        while True:
            first = ask("New store passphrase: ")
            if len(first) < MIN_PASSPHRASE_LENGTH:
                print(f"Too short ({len(first)} characters): use at least "
                      f"{MIN_PASSPHRASE_LENGTH}. Try again.", file=sys.stderr)
                continue
            if first != ask("Repeat it: "):
                print("The two entries differ. Choose the passphrase again.", file=sys.stderr)
                continue
            # Deriving the key (scrypt) and setting up take a few seconds with no output.
            print("Creating the encrypted store…", file=sys.stderr)
            return first
    except (EOFError, KeyboardInterrupt):  # the terminal closed or Ctrl+C: no passphrase
        print(file=sys.stderr)
        return None


def open_store(home: Path | None = None, ask: PassphraseProvider | None = None,
               create: bool = True, *, holds_lock: bool = False) -> LocalStore:
    """Open the profile's store, with the start-up sweep when no other courtdesk is live.

    ``holds_lock``: the caller holds the profile lock (the window; a recording command).
    """
    from courtdesk.offline_cache.store import LocalStore

    home = home or profile_dir()
    store = LocalStore.open(home / STORE_FOLDER, ask or terminal_passphrase, create=create)
    sweep_after_crash(store, home, holds_lock)
    return store


def sweep_after_crash(store: LocalStore, home: Path, holds_lock: bool) -> bool:
    """Put back what a killed process left half done; False when a live one may own it.

    A hearing being recorded and one whose process was killed look the same in the store.
    What tells them apart is the profile lock, which the OS holds for every window and
    every recording process while it runs and drops the moment one dies. A command run
    beside a live one (``hearing show`` from a second terminal) leaves everything as it is.
    """
    probe = None
    if not holds_lock:
        probe = ProfileLock(home)
        try:
            probe.acquire()
        except ProfileInUse:
            log.info("profile in use by a live courtdesk: start-up sweep left to it")
            return False
        except StoreUnwritable:  # no lock to be had here: whether one is live is unknown
            log.warning("profile lock unavailable: start-up sweep skipped")
            return False
    try:
        store.requeue_inflight()
        from courtdesk.speech.recovery import recover_interrupted

        recover_interrupted(store)
    finally:
        if probe is not None:
            probe.release()
    return True
