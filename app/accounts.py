"""Local user accounts and login.

Passwords are kept as salted scrypt hashes at OWASP's cost (``common/password_hash.py``); a login
compares in constant time and rewrites a hash made at an older cost. Accounts live in the
encrypted store, so even the hashes are not on disk in the clear. Failed logins make the
account wait, then lock it (``common/login_delays.py``): counted from the store's audit log, where
each failure, lockout and refused attempt is an entry.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from courtdesk.common import password_hash
from courtdesk.common.ids import new_id
from courtdesk.common.login_delays import ThrottleRule, account_rule, whole_minutes
from courtdesk.common.password_hash import OWASP_SCRYPT, ScryptCost, password_matches
from courtdesk.common.roles import Permission, Role, role_allows
from courtdesk.offline_cache.errors import AccessDenied, CourtdeskError
from courtdesk.offline_cache.store import LocalStore, utc_now

# What new hashes get, and what older ones are raised to at their next login (~0.4 s here).
PASSWORD_COST: ScryptCost = OWASP_SCRYPT
MIN_PASSWORD_LENGTH = 8
# Audit actions of an account itself that end or continue a run of its failed logins, and
# court IT's acts on it that end one (a new password lifts the wait).
_LOGIN_ACTIONS = ("login", "login.online", "login.failed")
_LIFTING_ACTIONS = ("user.reset_password", "user.enable")


class LoginFailed(CourtdeskError):
    code = "login_failed"


class LoginLocked(LoginFailed):
    """Too many failed logins: the account waits ``retry_after_s`` seconds. ``count`` is
    the wait in whole minutes, for the translated text."""

    code = "login_locked"

    def __init__(self, username: str, retry_after_s: float) -> None:
        minutes = whole_minutes(retry_after_s)
        super().__init__(f"Too many failed logins for {username}: try again in {minutes} "
                         f"minute(s). Court IT lifts the wait by resetting the password "
                         f"(courtdesk user reset-password {username}).",
                         retry_after_s=int(retry_after_s + 0.999), count=minutes)


class AccountError(CourtdeskError):
    code = "account_error"


# Each refusal a person can meet in the window has its own code, so the window says it in
# the person's language; the English message is for the command line and the log.
class UserNameInvalid(AccountError):
    code = "account_name_invalid"


class UserNameTaken(AccountError):
    code = "account_name_taken"


class PasswordTooShort(AccountError):
    code = "account_password_short"


class FirstAccountNotAdmin(AccountError):
    code = "account_first_admin"


class LastAdminAccount(AccountError):
    code = "account_last_admin"


class LocalAccountClash(AccountError):
    """An online login whose user name a different local account already has."""

    code = "account_local_clash"


class LocalAccountDisabled(AccountError):
    """An online login of a person court IT disabled on this PC: the server's yes does not
    overrule IT's no here (a clerk moved to another court keeps a server account)."""

    code = "account_disabled_here"


@dataclass(frozen=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    is_demo: bool = False
    disabled: bool = False

    @property
    def actor(self) -> str:
        """How this user appears in the audit log."""
        return self.username

    def may(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)


SYSTEM = User(id="", username="system", display_name="courtdesk", role=Role.IT_ADMIN)


def hash_password(password: str) -> str:
    return password_hash.hash_password(password, PASSWORD_COST)


@functools.lru_cache(maxsize=4)
def _dummy_hash(cost: ScryptCost) -> str:
    return password_hash.hash_password(secrets.token_hex(8), cost)


def _seconds(at: str) -> float:
    return datetime.fromisoformat(at).timestamp()


def _user_from_row(row: dict) -> User:
    return User(id=row["id"], username=row["username"], display_name=row["display_name"],
                role=Role(row["role"]), is_demo=bool(row["is_demo"]),
                disabled=bool(row["disabled"]))


class AccountBook:
    """The store's user accounts."""

    def __init__(self, store: LocalStore, delays: ThrottleRule | None = None) -> None:
        self.store = store
        self.delays = delays or account_rule()

    def count(self) -> int:
        return self.store.conn.execute("SELECT count(*) FROM users").fetchone()[0]

    def all(self, *, include_disabled: bool = False) -> list[User]:
        where = "" if include_disabled else " WHERE disabled = 0"
        rows = self.store.query(f"SELECT * FROM users{where} ORDER BY username")
        return [_user_from_row(r) for r in rows]

    def find(self, username: str) -> User | None:
        rows = self.store.query("SELECT * FROM users WHERE username = ?", (username,))
        return _user_from_row(rows[0]) if rows else None

    def by_id(self, user_id: str) -> User | None:
        rows = self.store.query("SELECT * FROM users WHERE id = ?", (user_id,))
        return _user_from_row(rows[0]) if rows else None

    # -- court IT's care of accounts: each change audited under IT's own account ---------
    def _account_to_manage(self, by: User | None, username: str) -> dict:
        if by is None or not by.may(Permission.MANAGE_USERS):
            raise AccessDenied("Only court IT (it_admin) can change accounts.")
        rows = self.store.query("SELECT * FROM users WHERE username = ?", (username.strip(),))
        if not rows:
            raise AccountError(f"There is no account {username!r} on this PC; `courtdesk "
                               "user list` shows them.")
        return rows[0]

    def set_disabled(self, by: User | None, username: str, disabled: bool) -> User:
        """Disable an account (it can no longer log in here) or enable it again."""
        row = self._account_to_manage(by, username)
        if disabled and row["role"] == Role.IT_ADMIN.value and not row["disabled"]:
            others = self.store.conn.execute(
                "SELECT count(*) FROM users WHERE role = ? AND disabled = 0 AND id != ?",
                (Role.IT_ADMIN.value, row["id"])).fetchone()[0]
            if not others:
                raise LastAdminAccount(
                    f"{row['username']!r} is the last active it_admin account on this PC: "
                    "nobody could manage accounts here after. Add another first: courtdesk "
                    "user add NAME --role it_admin.")
        if bool(row["disabled"]) != disabled:
            with self.store.transaction():
                self.store.conn.execute("UPDATE users SET disabled = ?, updated_at = ? "
                                        "WHERE id = ?", (int(disabled), utc_now(), row["id"]))
                self.store.audit(by.actor, "user.disable" if disabled else "user.enable",
                                 "users", row["id"], {"username": row["username"]})
        return self.by_id(row["id"])  # type: ignore[return-value]

    def rename(self, by: User | None, username: str, new_username: str,
               display_name: str | None = None) -> User:
        row = self._account_to_manage(by, username)
        new_username = new_username.strip()
        if not new_username or any(c.isspace() for c in new_username):
            raise UserNameInvalid("A user name must be non-empty and contain no spaces.")
        if new_username != row["username"] and self.find(new_username):
            raise UserNameTaken(f"The user name {new_username!r} is taken.")
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE users SET username = ?, display_name = ?, updated_at = ? WHERE id = ?",
                (new_username, display_name or row["display_name"], utc_now(), row["id"]))
            self.store.audit(by.actor, "user.rename", "users", row["id"],
                             {"from": row["username"], "to": new_username})
        return self.by_id(row["id"])  # type: ignore[return-value]

    def reset_password(self, by: User | None, username: str, password: str) -> User:
        row = self._account_to_manage(by, username)
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordTooShort(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.",
                                   count=MIN_PASSWORD_LENGTH)
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?",
                (hash_password(password), utc_now(), row["id"]))
            self.store.audit(by.actor, "user.reset_password", "users", row["id"],
                             {"username": row["username"]})
        return self.by_id(row["id"])  # type: ignore[return-value]

    def create(self, by: User | None, username: str, display_name: str, role: Role,
               password: str, *, is_demo: bool = False) -> User:
        """Create an account. Only court IT may, except the very first account of a store."""
        if self.count() == 0:
            # The first account must be court IT's, or nobody could ever add the next one.
            if Role(role) is not Role.IT_ADMIN:
                raise FirstAccountNotAdmin("The first account on this PC must be court IT's "
                                           "(role it_admin); it then adds everyone else.")
            by = by or SYSTEM
        elif by is None or not by.may(Permission.MANAGE_USERS):
            raise AccessDenied("Only court IT (it_admin) can create accounts.")
        username = username.strip()
        if not username or any(c.isspace() for c in username):
            raise UserNameInvalid("A user name must be non-empty and contain no spaces.")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordTooShort(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.",
                                   count=MIN_PASSWORD_LENGTH)
        if self.find(username):
            raise UserNameTaken(f"The user name {username!r} is taken.")
        now = utc_now()
        row = {"id": new_id(), "username": username, "display_name": display_name or username,
               "role": Role(role).value, "password_hash": hash_password(password),
               "is_demo": int(is_demo), "disabled": 0, "created_at": now, "updated_at": now}
        with self.store.transaction():
            self.store.conn.execute(
                "INSERT INTO users (id, username, display_name, role, password_hash, is_demo,"
                " disabled, created_at, updated_at) VALUES (:id, :username, :display_name,"
                " :role, :password_hash, :is_demo, :disabled, :created_at, :updated_at)",
                row,
            )
            self.store.audit(by.actor, "user.create", "users", row["id"],
                             {"role": row["role"]})
        return _user_from_row(row)

    def adopt_server_account(self, server_user: dict, password: str) -> User:
        """Make or refresh the local account of a user the court's server just accepted.

        The local account takes the server's id, role and name, so records made offline
        carry the ids the server knows; the password is kept as a local scrypt hash so the
        same person can log in here with no network. Called only after an online login
        succeeded, so no local permission check applies.
        """
        user_id = str(server_user["id"])
        username = str(server_user["username"]).strip()
        role = Role(server_user["role"]).value
        display_name = server_user.get("display_name") or username
        clash = self.store.query("SELECT id FROM users WHERE username = ? AND id != ?",
                                 (username, user_id))
        if clash:
            raise LocalAccountClash(
                f"This PC already has a local account {username!r} that is not the court "
                f"server's {username!r}. Nothing was changed; ask court IT to rename the "
                "local account, then log in online again.")
        if self._disabled_by_it(user_id):
            self.store.audit(username, "login.refused", "users", user_id,
                             {"online": True, "reason": "disabled on this PC"})
            raise LocalAccountDisabled(
                f"Court IT has disabled {username!r} on this PC. The court's server accepted "
                f"the password, but nothing was changed here and no login was kept. Ask "
                f"court IT to enable the account (courtdesk user enable {username}).")
        now = utc_now()
        values = {"id": user_id, "username": username, "display_name": display_name,
                  "role": role, "password_hash": hash_password(password), "now": now}
        with self.store.transaction():
            existed = self.store.conn.execute("SELECT 1 FROM users WHERE id = ?",
                                              (user_id,)).fetchone()
            if existed:
                self.store.conn.execute(
                    "UPDATE users SET username = :username, display_name = :display_name,"
                    " role = :role, password_hash = :password_hash, disabled = 0,"
                    " updated_at = :now WHERE id = :id", values)
            else:
                self.store.conn.execute(
                    "INSERT INTO users (id, username, display_name, role, password_hash,"
                    " is_demo, disabled, created_at, updated_at) VALUES (:id, :username,"
                    " :display_name, :role, :password_hash, 0, 0, :now, :now)", values)
            self.store.audit(username, "login.online", "users", user_id,
                             {"role": role, "account": "updated" if existed else "created"})
        return self.by_id(user_id)  # type: ignore[return-value]

    def _disabled_by_it(self, user_id: str) -> bool:
        """Disabled here by court IT's own act (user.disable, not undone since). A case
        member pulled from the server who never used this PC is also disabled (it has no
        password yet), and their first online login is what enables it."""
        if not self.store.query("SELECT 1 FROM users WHERE id = ? AND disabled = 1",
                                (user_id,)):
            return False
        last = self.store.query(
            "SELECT action FROM audit_log WHERE record_type = 'users' AND record_id = ?"
            " AND action IN ('user.disable', 'user.enable') ORDER BY seq DESC LIMIT 1",
            (user_id,))
        return bool(last) and last[0]["action"] == "user.disable"

    def login(self, username: str, password: str, *,
              on_checking: Callable[[], object] | None = None) -> User:
        """The user ``username`` if ``password`` is theirs; LoginFailed otherwise, and
        LoginLocked (without checking the password) while the account must wait.

        ``on_checking`` is called (on this thread) as the slow password hash begins, so a
        caller can start other work then instead of competing with the account lookup.
        """
        rows = self.store.query("SELECT * FROM users WHERE username = ?", (username.strip(),))
        row = rows[0] if rows else None
        if row is not None:
            failures, wait = self._waiting(row)
            if wait > 0:
                self.store.audit(row["username"], "login.refused", "users", row["id"],
                                 {"failures": failures, "retry_after_s": round(wait)})
                raise LoginLocked(row["username"], wait)
        # An unknown name costs one hash at today's cost too, so timing does not reveal
        # which names exist.
        stored = row["password_hash"] if row is not None else _dummy_hash(PASSWORD_COST)
        if on_checking is not None:
            on_checking()
        ok = password_matches(password, stored)
        if row is None or not ok or row["disabled"]:
            self._failed(row)
        user = _user_from_row(row)
        upgraded = (hash_password(password)
                    if password_hash.needs_rehash(row["password_hash"], PASSWORD_COST)
                    else None)
        with self.store.transaction():
            if upgraded is not None:
                # Made at an older, cheaper cost: rewritten now that the password is known.
                self.store.conn.execute(
                    "UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?",
                    (upgraded, utc_now(), user.id))
            self.store.audit(user.actor, "login", "users", user.id,
                             {"password_hash": "upgraded"} if upgraded else None)
        return user

    def _failed(self, row: dict | None) -> None:
        # A name typed is recorded only if it is an account's: people type their
        # password into the name field, and the audit log goes to the court's server.
        if row is None:
            self.store.audit("?", "login.failed", detail={"account": "unknown"})
            raise LoginFailed("Wrong user name or password.")
        self.store.audit(row["username"], "login.failed", "users", row["id"])
        failures, wait = self._waiting(row)
        if wait > 0:
            self.store.audit(row["username"], "login.locked", "users", row["id"],
                             {"failures": failures, "retry_after_s": round(wait)})
            raise LoginLocked(row["username"], wait)
        raise LoginFailed("Wrong user name or password.")

    def _waiting(self, row: dict) -> tuple[int, float]:
        """The account's failed logins in a row (since its last success or court IT's new
        password, within the rule's memory), and the seconds it must still wait."""
        rule = self.delays
        recent = self.store.conn.execute(
            "SELECT action, at FROM audit_log WHERE (actor = ? AND action IN (?, ?, ?))"
            " OR (record_id = ? AND action IN (?, ?)) ORDER BY seq DESC LIMIT ?",
            (row["username"], *_LOGIN_ACTIONS, row["id"], *_LIFTING_ACTIONS,
             rule.lockout_after),
        ).fetchall()
        now = datetime.now(UTC).timestamp()
        failures, last_failure = 0, None
        for action, at in recent:
            if action != "login.failed" or now - _seconds(at) > rule.forget_after_s:
                break
            failures += 1
            last_failure = last_failure or _seconds(at)
        if not failures:
            return 0, 0.0
        return failures, max(0.0, last_failure + rule.delay_after(failures) - now)
