"""``courtdesk login`` / ``sync`` / ``offline``: the case server from the command line.

The server comes from ``--server``, else the machine config's ``[server] url``, else the
server this profile last logged in to. The court CA pinned in ``[server] ca_file`` is the
only one trusted.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from courtdesk.offline_cache.errors import CourtdeskError

from .cli_common import _print, read_secret_file, require_login
from .preferences import Preferences, PrefKey
from .profile import open_store, profile_dir


def _server_and_ca(args: argparse.Namespace, store=None) -> tuple[str, str]:
    from .config import load_config

    config = load_config()
    server = getattr(args, "server", None) or config.server_url
    if not server and store is not None:
        row = store.conn.execute(
            "SELECT server FROM sync_state ORDER BY last_sync_at DESC LIMIT 1").fetchone()
        server = row[0] if row else ""
    if not server:
        raise CourtdeskError("No case server is set: pass --server https://… or ask court IT "
                             "to set [server] url in the machine config.")
    return server.rstrip("/"), config.server_ca_file


def _metered(args: argparse.Namespace) -> bool:
    if getattr(args, "metered", False):
        return True
    return bool(Preferences(profile_dir()).get(PrefKey.METERED_LINK, False))


def _password(args: argparse.Namespace, username: str) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file)
    from_env = os.environ.get("COURTDESK_PASSWORD")
    if from_env is not None:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise CourtdeskError("No password: use --password-stdin, set COURTDESK_PASSWORD, or "
                             "run in a terminal.")
    return getpass.getpass(f"Password for {username} on the court's server: ")


def _client(args: argparse.Namespace, store, account_id: str | None = None):
    """The sync client; with ``account_id`` (the logged-in local account) it syncs only
    under that account's own server login, never one another person left on this PC."""
    from courtdesk.offline_cache.sync_client import SyncClient

    server, ca_file = _server_and_ca(args, store)
    client = SyncClient(store, server, ca_file or None, metered=_metered(args),
                        account_id=account_id)
    from .signing_records import stamp_after_sync

    client.after_sync.append(stamp_after_sync)
    from courtdesk.laws.opening import library_path

    client.laws_target = library_path(profile_dir())
    saved = client.session.tokens.load()
    username = getattr(args, "user", None) or os.environ.get("COURTDESK_USER")
    someone_else = saved is not None and account_id is not None and \
        str(saved.user.get("id")) != account_id
    if (saved is None or saved.expired or someone_else) and username and \
            os.environ.get("COURTDESK_PASSWORD") is not None:
        # Unattended runs on a PC without a keyring: log in again for this run.
        client.session.login(username, os.environ["COURTDESK_PASSWORD"])
    return client


def _actor(client, args: argparse.Namespace) -> str:
    user = client.session.user
    return (user or {}).get("username") or getattr(args, "user", None) or "courtdesk"


def _reader_of_case_content(args: argparse.Namespace, store):
    """The logged-in account, if it may read case content (conflicts hold case text)."""
    from courtdesk.common.roles import sees_case_content
    from courtdesk.offline_cache.errors import AccessDenied

    user = require_login(args, store)
    if not sees_case_content(user.role):
        raise AccessDenied("Court IT accounts do not read case content.")
    return user


# -- commands ------------------------------------------------------------------------------
def cmd_login(args: argparse.Namespace) -> int:
    from courtdesk.offline_cache.sync_apply import store_cursor
    from courtdesk.offline_cache.sync_transport import ServerSession

    from .accounts import AccountBook, AccountError

    store = open_store()
    try:
        server, ca_file = _server_and_ca(args, store)
        username = args.username or args.user or os.environ.get("COURTDESK_USER")
        if not username:
            if not sys.stdin.isatty():
                raise CourtdeskError("Say who you are: --username NAME.")
            username = input("User name on the court's server: ").strip()
        password = _password(args, username)
        session = ServerSession(server, ca_file or None, profile=store.header.store_id)
        try:
            saved, kept = session.login(username, password)
            try:
                user = AccountBook(store).adopt_server_account(saved.user, password)
            except AccountError:
                session.logout()  # this PC refused the account: keep no login token for it
                raise
        finally:
            session.close()
        with store.transaction():
            store_cursor(store, session.server_url, 0)  # remember the server for `sync`
    finally:
        store.close()
    data = {"server": session.server_url, "user": {"id": user.id, "username": user.username,
                                                   "display_name": user.display_name,
                                                   "role": user.role.value},
            "token_kept_in_keyring": kept, "offline_login": True}
    lines = [f"Logged in to {session.server_url} as {user.display_name} ({user.role.value}).",
             "You can now also log in on this PC with no network, with the same password."]
    if not kept:
        lines.append("No usable system keyring, so the login token was not kept: `courtdesk "
                     "sync` will ask for your password again (or set COURTDESK_PASSWORD).")
    _print(args, data, "\n".join(lines))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    store = open_store(create=False)
    try:
        user = require_login(args, store)
        client = _client(args, store, account_id=user.id)
        try:
            report = client.sync()
        finally:
            client.close()
    finally:
        store.close()
    data = report.as_dict()
    lines = [f"Synced with {report.server}:",
             f"  pushed {report.pushed} change(s): {report.applied} applied"
             + (f" ({report.replayed} already there)" if report.replayed else "")
             + f", {report.conflicts} conflict(s), {report.rejected} rejected, "
               f"{report.retry_later} to retry, {report.held_for_upload} waiting for a file",
             f"  waiting for their own author's login: {report.waiting_for_others} "
             "change(s) made by other accounts on this PC (never sent under yours)",
             f"  pulled {report.pulled} change(s): {report.pulled_applied} applied, "
             f"{report.pulled_deferred} kept back (your edit is waiting)",
             f"  files: {report.uploads.get('completed', 0)} uploaded, "
             f"{report.uploads.get('deferred', 0)} deferred (metered link), "
             f"{len(report.uploads.get('failed', {}))} failed; {report.downloads} downloaded"]
    audit = report.audit
    if audit:
        lines.append(f"  audit log: {audit.get('sent', 0)} entr(ies) sent, the court holds "
                     f"{audit.get('acknowledged', 0)} of {audit.get('local_head', 0)}")
        if audit.get("refused") and audit["refused"] != "unsupported":
            lines.append(f"  AUDIT LOG REFUSED: {audit.get('message')}")
    if report.conflicts or report.rejected:
        lines.append("  see them with: courtdesk sync conflicts")
    _print(args, data, "\n".join(lines))
    refused = audit.get("refused") not in (None, "", "unsupported")
    return 1 if report.uploads.get("failed") or refused else 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    store = open_store(create=False)
    try:
        client = _client(args, store)
        try:
            status = client.status(online=client.session.health())
        finally:
            client.close()
    finally:
        store.close()
    done_mb = status.uploading_done_bytes / 2**20
    total_mb = status.uploading_total_bytes / 2**20
    text = (f"{status.server}: {'online' if status.online else 'offline'}, "
            f"{status.pending} change(s) pending"
            + (f" ({status.waiting_for_others} made by other accounts on this PC, waiting "
               "for their own login)" if status.waiting_for_others else "")
            + f", {status.conflicts} conflict(s), "
            f"uploading {done_mb:.1f} of {total_mb:.1f} MB, "
            f"last sync {status.last_sync_at or 'never'}")
    _print(args, status.as_dict(), text)
    return 0


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    from courtdesk.offline_cache.sync_inbox import ConflictInbox

    store = open_store(create=False)
    try:
        user = _reader_of_case_content(args, store)
        entries = ConflictInbox(store).entries(open_only=not args.all, author=user.id)
    finally:
        store.close()
    lines = [f"{e.id}  {e.kind}  {e.record_type} {e.record_id}  "
             f"fields: {', '.join(e.changed_fields) or '-'}  {e.reason}" for e in entries]
    _print(args, [e.as_dict() for e in entries], "\n".join(lines) or "No open conflicts.")
    return 0


def cmd_sync_resolve(args: argparse.Namespace) -> int:
    from courtdesk.offline_cache.sync_inbox import ConflictInbox

    store = open_store(create=False)
    try:
        user = _reader_of_case_content(args, store)
        entry = ConflictInbox(store).resolve(args.conflict_id, args.keep, actor=user.actor,
                                             author=user.id)
    finally:
        store.close()
    text = (f"Conflict {entry.id}: the server's version stands." if args.keep == "server"
            else f"Conflict {entry.id}: your edit is queued again; it goes out with the next "
                 "sync.")
    _print(args, entry.as_dict(), text)
    return 0


def cmd_offline_take(args: argparse.Namespace) -> int:
    from courtdesk.offline_cache.sync_offline import take_case_offline

    store = open_store(create=False)
    try:
        require_login(args, store)
        client = _client(args, store)
        try:
            result = take_case_offline(client, args.case_id)
        finally:
            client.close()
    finally:
        store.close()
    lines = [f"Case {result.case_number or result.case_id}: "
             + ("COMPLETE on this PC" if result.complete else "INCOMPLETE"),
             f"  {result.records} record(s), {result.documents} document(s), "
             f"{result.files_present} of {result.files_total} file(s) present and verified"]
    lines += [f"  missing or damaged: {sha[:16]}… {why}" for sha, why in result.problems.items()]
    _print(args, result.as_dict(), "\n".join(lines))
    return 0 if result.complete else 1


def register(sub, add) -> None:
    p = add("login", cmd_login, "log in to the court's case server (then also offline here)")
    p.add_argument("--server", help="https://… address of the case server")
    p.add_argument("--username", help="your user name on the server")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input")

    sync = add("sync", cmd_sync, "push local changes to the case server and pull the court's")
    sync.add_argument("--server", help="https://… address (default: the machine config's)")
    sync.add_argument("--metered", action="store_true",
                      help="on a metered link: defer large file uploads")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="SUBCOMMAND")
    p = add("status", cmd_sync_status, "online, pending changes, conflicts, uploads", sync_sub)
    p.add_argument("--server", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p = add("conflicts", cmd_sync_conflicts, "the conflict inbox", sync_sub)
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p = add("resolve", cmd_sync_resolve, "resolve a conflict", sync_sub)
    p.add_argument("conflict_id", type=int)
    p.add_argument("--keep", required=True, choices=("server", "mine"))

    offline = sub.add_parser("offline", help="prepare cases for work with no network")
    offline_sub = offline.add_subparsers(dest="offline_command", required=True)
    p = add("take", cmd_offline_take, "fetch a case with its dossier files and check it is "
            "complete on this PC", offline_sub)
    p.add_argument("case_id")
    p.add_argument("--server", help="https://… address (default: the machine config's)")
