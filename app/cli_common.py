"""What every CLI command module shares: printing data as text or as ``--json``, and the
login every command that reads case content or changes anything starts with."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .accounts import User

# How a script gives a password without it showing in `ps`: never as a command-line value.
HOW_TO_LOG_IN = ("--user NAME (or COURTDESK_USER), and the password at the prompt, from "
                 "--password-file FILE (- for standard input) or COURTDESK_PASSWORD")


def _print(args, data, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def read_secret_file(path: str) -> str:
    """The first line of ``path`` (``-``: standard input), without its line ending."""
    from .accounts import LoginFailed

    if path == "-":
        return sys.stdin.readline().rstrip("\r\n")
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except OSError as exc:
        raise LoginFailed(f"Cannot read the password file {path}: {exc.strerror or exc}.") \
            from exc


def login_password(args: argparse.Namespace, username: str) -> str:
    from .accounts import LoginFailed

    path = getattr(args, "password_file", None) or os.environ.get("COURTDESK_PASSWORD_FILE")
    if path:
        return read_secret_file(path)
    password = os.environ.get("COURTDESK_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise LoginFailed(f"No password for {username}: nothing was read or changed. Give it "
                          "with --password-file FILE (- for standard input) or "
                          "COURTDESK_PASSWORD, or run in a terminal to be asked.")
    return getpass.getpass(f"Password for {username}: ")


def require_login(args: argparse.Namespace, store) -> User:
    """The local account this command acts as, after its password was checked.

    Every command that reads case content or changes anything calls this before it reads
    or writes; the account it returns is the actor of every audit entry the command makes.
    """
    from .accounts import AccountBook, LoginFailed

    username = getattr(args, "user", None) or os.environ.get("COURTDESK_USER")
    if not username:
        raise LoginFailed("This command needs a logged-in courtdesk user; nothing was read or "
                          f"changed. Log in with {HOW_TO_LOG_IN}.")
    return AccountBook(store).login(username, login_password(args, username))
