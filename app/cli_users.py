"""``courtdesk user``: court IT's care of the local accounts on this PC.

Every command here acts as a logged-in it_admin (only a store's very first account is made
without one) and each change is in the audit log under that account. A new password comes
from ``--new-password-file`` (- for standard input), ``COURTDESK_NEW_PASSWORD`` or a prompt,
never from the command line, where ``ps`` would show it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict

from courtdesk.common.roles import Permission, Role
from courtdesk.offline_cache.errors import AccessDenied

from .accounts import AccountBook, AccountError, User
from .cli_common import _print, read_secret_file, require_login
from .profile import open_store


def _new_password(args: argparse.Namespace, username: str) -> str:
    if getattr(args, "new_password_file", None):
        return read_secret_file(args.new_password_file)
    from_env = os.environ.get("COURTDESK_NEW_PASSWORD")
    if from_env is not None:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise AccountError("No new password: give it with --new-password-file FILE (- for "
                           "standard input) or COURTDESK_NEW_PASSWORD, or run in a terminal "
                           "to be asked.")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("The same password again: ") != first:
        raise AccountError("The two passwords differ; nothing was changed.")
    return first


def login_it_admin(args: argparse.Namespace, store) -> User:
    actor = require_login(args, store)
    if not actor.may(Permission.MANAGE_USERS):
        raise AccessDenied("Only court IT (it_admin) can manage accounts.")
    return actor


def _line(user: User) -> str:
    return (f"{user.username}  {user.display_name}  {user.role.value}"
            + ("  (demo)" if user.is_demo else "") + ("  DISABLED" if user.disabled else ""))


def cmd_user_add(args: argparse.Namespace) -> int:
    store = open_store()
    try:
        book = AccountBook(store)
        actor = None if book.count() == 0 else login_it_admin(args, store)
        password = _new_password(args, args.username)
        user = book.create(actor, args.username, args.display_name or args.username,
                           Role(args.role), password)
    finally:
        store.close()
    _print(args, asdict(user), f"Created account {user.username} ({user.role.value})")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    store = open_store(create=False)
    try:
        login_it_admin(args, store)
        users = AccountBook(store).all(include_disabled=True)
    finally:
        store.close()
    _print(args, [asdict(u) for u in users], "\n".join(_line(u) for u in users))
    return 0


def _set_disabled(args: argparse.Namespace, disabled: bool) -> int:
    store = open_store(create=False)
    try:
        actor = login_it_admin(args, store)
        book = AccountBook(store)
        users = [book.set_disabled(actor, name, disabled) for name in args.usernames]
    finally:
        store.close()
    verb = "disabled: can no longer log in on this PC" if disabled else "enabled"
    _print(args, [asdict(u) for u in users], "\n".join(f"{u.username} {verb}" for u in users))
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    return _set_disabled(args, True)


def cmd_user_enable(args: argparse.Namespace) -> int:
    return _set_disabled(args, False)


def cmd_user_rename(args: argparse.Namespace) -> int:
    store = open_store(create=False)
    try:
        actor = login_it_admin(args, store)
        user = AccountBook(store).rename(actor, args.username, args.new_username,
                                         args.display_name)
    finally:
        store.close()
    _print(args, asdict(user), f"Renamed {args.username} to {user.username} "
                               f"({user.display_name})")
    return 0


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    store = open_store(create=False)
    try:
        actor = login_it_admin(args, store)
        book = AccountBook(store)
        if book.find(args.username) is None:  # say so before asking for a password
            raise AccountError(f"There is no account {args.username!r} on this PC; "
                               "`courtdesk user list` shows them.")
        user = book.reset_password(actor, args.username, _new_password(args, args.username))
    finally:
        store.close()
    _print(args, asdict(user), f"New password set for {user.username}; tell them in person.")
    return 0


def register(sub, add) -> None:
    user = sub.add_parser("user", help="local accounts (court IT)")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    new_password_help = "read the new password from the first line of FILE (- for standard " \
                        "input); else COURTDESK_NEW_PASSWORD or a prompt"
    p = add("add", cmd_user_add, "create an account; the first account of a store needs no "
            "login, every later one court IT's", user_sub)
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name")
    p.add_argument("--new-password-file", metavar="FILE", help=new_password_help)
    add("list", cmd_user_list, "list accounts, disabled ones included", user_sub)
    p = add("disable", cmd_user_disable, "stop accounts from logging in on this PC", user_sub)
    p.add_argument("usernames", nargs="+", metavar="USERNAME")
    p = add("enable", cmd_user_enable, "let disabled accounts log in again", user_sub)
    p.add_argument("usernames", nargs="+", metavar="USERNAME")
    p = add("rename", cmd_user_rename, "change an account's user name", user_sub)
    p.add_argument("username")
    p.add_argument("new_username")
    p.add_argument("--display-name")
    p = add("reset-password", cmd_user_reset_password, "give an account a new password",
            user_sub)
    p.add_argument("username")
    p.add_argument("--new-password-file", metavar="FILE", help=new_password_help)
