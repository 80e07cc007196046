"""Growing delays and lockouts of failed logins, per account name and per source address.

After ``free_failures`` failures each further one makes the name (or the address) wait,
the waits doubling, until ``lockout_after`` failures lock it for ``lockout_s``; while it
waits, an attempt is refused without checking the password.

Each attempt is counted as a failure *before* its password is checked (a success takes it
back), so a burst of parallel guesses cannot all pass while the first ones are still
being hashed. Attempts at one name take turns (:meth:`LoginGuard.one_at_a_time`), so a
person's own logins side by side (the window and a sync) never count against each other.
One address's attempts run side by side: only more than ``free_failures`` of them at the
same moment make the next one wait, until one of them succeeds.

The account key is a hash of the name as typed, so an unknown name is delayed and locked
exactly like a real one: a 429 tells nothing about which names exist. Every failure,
lockout, refused attempt and success is a row of ``login_events``.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import sqlalchemy as sa
import sqlalchemy.exc

from courtdesk.common.login_delays import ThrottleRule, account_rule, address_rule, whole_minutes

from . import models
from .db import Database, now_ms


@dataclass(frozen=True)
class LoginPolicy:
    account: ThrottleRule = field(default_factory=account_rule)
    address: ThrottleRule = field(default_factory=address_rule)

    @classmethod
    def scaled(cls, unit_s: float) -> LoginPolicy:
        """The same schedule with ``unit_s`` seconds for each minute (test servers)."""
        return cls(account_rule(unit_s), address_rule(unit_s))


@dataclass(frozen=True)
class Locked:
    """The attempt is refused: wait ``retry_after_s`` seconds."""

    retry_after_s: int

    @property
    def minutes(self) -> int:
        return whole_minutes(self.retry_after_s)


@dataclass
class Reservation:
    """An attempt counted as failed until :meth:`LoginGuard.succeeded` takes it back."""

    keys: dict[str, tuple[int, int]]  # key -> (failures, locked_until) before this attempt
    failures: dict[str, int]  # key -> failures counting this attempt
    locked_until: int  # ms; when this attempt's failure makes the next one wait
    imposed_ms: int = 0  # the wait this attempt's failure imposes (0: still a free one)


def account_key(username: str) -> str:
    return "account:" + hashlib.sha256(username.encode("utf-8", "surrogatepass")).hexdigest()


def address_key(source: str) -> str:
    return "address:" + source[:64]


class LoginGuard:
    def __init__(self, db: Database, policy: LoginPolicy | None = None) -> None:
        self.db = db
        self.policy = policy or LoginPolicy()
        self._turns: dict[str, list] = {}  # key -> [lock, holders and waiters]
        self._turns_lock = threading.Lock()

    @contextlib.contextmanager
    def one_at_a_time(self, username: str) -> Iterator[None]:
        """Attempts at one name in this process, one after the other."""
        key = account_key(username)
        with self._turns_lock:
            turn = self._turns.setdefault(key, [threading.Lock(), 0])
            turn[1] += 1
        try:
            with turn[0]:
                yield
        finally:
            with self._turns_lock:
                turn[1] -= 1
                if not turn[1]:
                    del self._turns[key]

    def reserve(self, username: str, source: str) -> Reservation | Locked:
        """Count this attempt as a failure, or refuse it while the name or address waits."""
        rules = {account_key(username): self.policy.account,
                 address_key(source): self.policy.address}
        for attempt in range(3):
            try:
                return self._reserve(rules)
            except sqlalchemy.exc.IntegrityError:
                # Another attempt inserted the same key first (PostgreSQL): count again.
                if attempt == 2:
                    raise
        raise AssertionError("not reached")

    def _reserve(self, rules: dict[str, ThrottleRule]) -> Reservation | Locked:
        t = models.login_throttle
        now = now_ms()
        with self.db.write(log=False) as conn:
            rows = {r.key: r for r in conn.execute(
                sa.select(t).where(t.c.key.in_(list(rules))).with_for_update())}
            waits = [r.locked_until - now for r in rows.values() if r.locked_until > now]
            if waits:
                return Locked(math.ceil(max(waits) / 1000))
            before, counted, locked_until = {}, {}, now
            for key, rule in rules.items():
                row = rows.get(key)
                stale = row is None or now - row.last_failure_at > rule.forget_after_s * 1000
                failures = 1 if stale else row.failures + 1
                until = now + int(rule.delay_after(failures) * 1000)
                before[key] = (0, 0) if row is None else (row.failures, row.locked_until)
                counted[key] = failures
                locked_until = max(locked_until, until)
                values = {"failures": failures, "locked_until": until, "last_failure_at": now}
                if row is None:
                    conn.execute(sa.insert(t).values(key=key, **values))
                else:
                    conn.execute(sa.update(t).where(t.c.key == key).values(**values))
        return Reservation(before, counted, locked_until, locked_until - now)

    def succeeded(self, reservation: Reservation) -> None:
        """The password was right: the account starts afresh; the address gets back the
        attempt (a good login elsewhere must not clear a guesser's count there)."""
        t = models.login_throttle
        with self.db.write(log=False) as conn:
            for key, (_failures, locked_until) in reservation.keys.items():
                if key.startswith("account:"):
                    conn.execute(sa.delete(t).where(t.c.key == key))
                else:
                    conn.execute(sa.update(t).where(t.c.key == key).values(
                        failures=sa.func.max(t.c.failures - 1, 0) if self.db.is_sqlite
                        else sa.func.greatest(t.c.failures - 1, 0),
                        locked_until=locked_until))

    def record(self, event: str, username: str, source: str, failures: int = 0,
               retry_after_s: int | None = None) -> None:
        with self.db.write(log=False) as conn:
            conn.execute(sa.insert(models.login_events).values(
                at=now_ms(), event=event, username=username[:64], source=source[:64],
                failures=failures, retry_after_s=retry_after_s))

    def events(self, limit: int = 200) -> list[dict]:
        t = models.login_events
        with self.db.read() as conn:
            rows = conn.execute(sa.select(t).order_by(t.c.id.desc()).limit(limit)).all()
        return [r._asdict() for r in reversed(rows)]

    def unlock(self, username: str) -> bool:
        """Court IT lifts an account's wait (the person proved who they are another way)."""
        t = models.login_throttle
        with self.db.write(log=False) as conn:
            done = conn.execute(sa.delete(t).where(t.c.key == account_key(username)))
        return bool(done.rowcount)
