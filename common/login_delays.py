"""How long a name or an address waits after failed logins: the laptop's local accounts
(``accounts.py``) and the case server (``case_server/login_guard.py``) keep one schedule."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class ThrottleRule:
    free_failures: int  # failures allowed before the first wait
    first_delay_s: float  # the first wait; each failure after it doubles it
    lockout_after: int  # from this many failures on, every failure locks for lockout_s
    lockout_s: float
    forget_after_s: float  # failures this long ago no longer count

    def delay_after(self, failures: int) -> float:
        """The wait imposed by the ``failures``-th failure in a row."""
        if failures < self.free_failures:
            return 0.0
        if failures >= self.lockout_after:
            return self.lockout_s
        return min(self.first_delay_s * 2 ** (failures - self.free_failures), self.lockout_s)


def account_rule(unit_s: float = 60.0) -> ThrottleRule:
    """A person who mistypes five times waits a minute, then 2, 4, 8, 16; the tenth failure
    locks the name for 30 minutes. Failures a day old are forgotten."""
    return ThrottleRule(5, unit_s, 10, 30 * unit_s, 24 * 3600)


def address_rule(unit_s: float = 60.0) -> ThrottleRule:
    """One address (a court's NAT is shared by many) gets 20 failures before its first
    wait and is locked at 50; failures an hour old are forgotten."""
    return ThrottleRule(20, unit_s, 50, 30 * unit_s, 3600)


def whole_minutes(seconds: float) -> int:
    """A wait as people read it: "try again in N minutes", never 0."""
    return max(1, math.ceil(seconds / 60))
