"""Whether a hearing is recording on this PC, so `courtdesk doctor` never opens a microphone
a hearing is using.

A recording holds a shared advisory lock on one file in the system's temporary folder for as
long as its input stream is open; doctor's level check takes the same lock exclusively and
without waiting, so it either sees a recording (and says so, opening nothing) or keeps a
recording from starting for the second or two it listens: the recording waits for it, it is
never refused. The operating system drops the lock when a process ends, so a crashed
recorder leaves nothing behind. Windows has no shared locks of this kind: there the check is
not made (doctor's --no-listen is the way to monitor during hearings).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

CLAIM_NAME = "courtdesk-recording.lock"
_POLL_S = 0.05

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def claim_path() -> Path:
    return Path(tempfile.gettempdir()) / CLAIM_NAME


def _open() -> int | None:
    path = claim_path()
    try:
        # Without O_CREAT first: Linux refuses O_CREAT on another user's file in a sticky
        # folder such as /tmp (fs.protected_regular), even when the file exists.
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        os.chmod(path, 0o644)  # readable for every user's courtdesk, whatever the umask
    except OSError:
        pass
    return fd


class RecordingClaim:
    """Held by a live recording while its input stream is open."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def hold(cls, wait_s: float = 5.0) -> RecordingClaim:
        """Take the shared lock; wait up to ``wait_s`` for a doctor check to finish, then
        record anyway (a hearing is never held up by a check)."""
        fd = _open() if fcntl is not None else None
        if fd is None:
            return cls(None)
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return cls(fd)
            except OSError:
                if time.monotonic() >= deadline:
                    return cls(fd)  # not locked; records regardless
                time.sleep(_POLL_S)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing drops the lock


class ListeningCheck:
    """Doctor's exclusive hold while it listens; ``granted`` is False while a hearing records."""

    def __init__(self) -> None:
        self._fd = _open() if fcntl is not None else None
        self.granted = True
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                self.granted = False
                self.release()

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def __enter__(self) -> ListeningCheck:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def recording_in_progress() -> bool:
    with ListeningCheck() as check:
        return not check.granted
