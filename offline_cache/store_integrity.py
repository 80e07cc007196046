"""Is the store file damaged? SQLCipher's page HMACs and SQLite's own checks.

Every page of ``store.db`` carries an HMAC under the store key, so one changed byte
anywhere in the file fails SQLCipher's ``cipher_integrity_check``. SQLCipher answers a
read of such a page as "out of memory" (``MemoryError`` in Python) or "SQL logic error",
and from then on the connection answers every query the same way: each check here runs on
a connection of its own, and callers turn those errors into :class:`StoreDamaged`, never
a raw exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from .errors import StoreDamaged

log = logging.getLogger(__name__)

_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "sql logic error", "corrupt",
                 "database disk image")


def is_damage_error(exc: BaseException) -> bool:
    """True for what SQLite or SQLCipher raise when a page of the file cannot be read."""
    if isinstance(exc, StoreDamaged | MemoryError):
        return True
    try:
        import sqlcipher3
    except ImportError:
        return False
    if isinstance(exc, sqlcipher3.DatabaseError):
        text = str(exc).lower()
        return any(word in text for word in _DAMAGE_WORDS)
    return False


def _rows(connect: Callable[[], object], sql: str) -> list[str]:
    conn = connect()
    try:
        return [str(row[0]) for row in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def damage_problems(connect: Callable[[], object], *, full: bool) -> list[str]:
    """What is wrong with the file, or [] when it is sound.

    Always SQLCipher's HMAC of every page (cheap: ~0.5 s for 220 MB here); with ``full``
    also SQLite's ``integrity_check`` (b-trees, indexes against their tables; seconds on a
    large store), which finds damage written with the key as well.
    """
    problems: list[str] = []
    checks = ["PRAGMA cipher_integrity_check"] + (["PRAGMA integrity_check"] if full else [])
    for sql in checks:
        try:
            rows = _rows(connect, sql)
        except Exception as exc:
            if not is_damage_error(exc):
                raise
            problems.append(f"{sql.split()[-1]}: {type(exc).__name__}: {exc}".rstrip(": "))
            continue
        problems += [r for r in rows if r != "ok"]
    return problems


def what_is_lost(connect: Callable[[], object]) -> str:
    """What a restore from the court's server loses: what this PC had not yet synced.

    Read on a fresh connection, best effort: on a damaged store the counts themselves
    may be unreadable, and then that is said instead.
    """
    try:
        conn = connect()
        try:
            pending = conn.execute(
                "SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')"
            ).fetchone()[0]
            row = conn.execute("SELECT MAX(last_sync_at) FROM sync_state").fetchone()
            last_sync = (row[0] or "") if row else ""
        finally:
            conn.close()
    except Exception as exc:
        if not is_damage_error(exc):
            raise
        return ("How much was not yet synced cannot be read from the damaged file: everything "
                "done on this PC since its last sync is lost unless a backup holds it.")
    if not last_sync:
        return ("This PC never synced with a court server: what it holds exists only here "
                "and in backups.")
    return (f"Lost on restore: the {pending} change(s) made on this PC and not yet sent "
            f"(the last sync was at {last_sync}).")


def damaged_error(directory: Path, problems: list[str],
                  connect: Callable[[], object] | None) -> StoreDamaged:
    """The StoreDamaged a person reads: what is damaged, the fix, and what the fix loses."""
    shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more"
                                      if len(problems) > 3 else "")
    lost = what_is_lost(connect) if connect is not None else ""
    log.error("store damaged in %s: %s", directory, "; ".join(problems[:20]))
    return StoreDamaged((
        f"Store damaged: {directory / 'store.db'} fails its integrity checks ({shown}). "
        "courtdesk changed nothing; records in it may be unreadable or wrong. Keep the folder "
        "as it is (it is evidence) and ask court IT to restore it from the court's server: "
        "move it aside, log in on this PC and sync, and every case this PC synced comes back. "
        + lost).strip(),
        path=str(directory), problems=problems[:20],
    )
