"""``courtdesk-server``: run the case server, or administer its courts and accounts."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

DATA_ENV = "COURTDESK_SERVER_DATA"


def default_data_dir() -> Path:
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    import platformdirs

    return platformdirs.user_data_path("courtdesk-server", appauthor=False)


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On the top level and again after "admin", so both orders work.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", default=default,
                        help="database URL (default: SQLite file server.db in the data "
                             "folder); e.g. postgresql://user@host/courtdesk")
    parser.add_argument("--data", default=default, type=Path,
                        help=f"folder for the SQLite file and uploaded files (default: "
                             f"${DATA_ENV} or the platform's data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="courtdesk-server",
                                     description="courtdesk's reference case server.")
    _common(parser, suppress=False)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8470, help="port to listen on")
    parser.add_argument("--token-ttl", type=int, default=None, metavar="SECONDS",
                        help="lifetime of a login token (default: 12 hours)")
    parser.add_argument("--tls-cert", type=Path, default=None, metavar="PEM",
                        help="serve HTTPS with this certificate (chain) file")
    parser.add_argument("--tls-key", type=Path, default=None, metavar="PEM",
                        help="the certificate's private key (with --tls-cert)")
    parser.add_argument("--password-scrypt-n", type=int, default=None, metavar="N",
                        help="scrypt cost of new and upgraded password hashes (default "
                             "131072 = 2^17, OWASP's; lower only on a test server)")
    parser.add_argument("--login-delay-unit", type=float, default=60.0, metavar="SECONDS",
                        help="the first wait after repeated failed logins (default 60; "
                             "waits double, a lockout is 30 of these)")
    parser.add_argument("--log-level", default="info",
                        choices=("critical", "error", "warning", "info", "debug"))
    sub = parser.add_subparsers(dest="command")
    admin = sub.add_parser("admin", help="courts, accounts and case membership")
    _common(admin, suppress=True)
    asub = admin.add_subparsers(dest="admin_command", required=True)

    p = asub.add_parser("create-court", help="add a court")
    p.add_argument("--code", required=True, help="short unique code, e.g. YB-INT")
    p.add_argument("--name", required=True)
    asub.add_parser("list-courts", help="the courts on this server")

    p = asub.add_parser("create-user", help="add an account")
    p.add_argument("--court", required=True, help="court code or id")
    p.add_argument("--role", required=True,
                   choices=("clerk", "judge", "presiding_judge", "it_admin"))
    p.add_argument("--username", required=True)
    p.add_argument("--display-name", default="")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input instead of a prompt")

    p = asub.add_parser("set-password", help="give an account a new password")
    p.add_argument("--username", required=True)
    p.add_argument("--password-stdin", action="store_true")

    p = asub.add_parser("login-events", help="failed, refused and locked-out logins "
                        "(and successful ones), newest last")
    p.add_argument("--limit", type=int, default=200)
    p = asub.add_parser("unlock", help="lift the wait of an account locked by failed logins")
    p.add_argument("username")
    p = asub.add_parser("list-users", help="the accounts, by court")
    p.add_argument("--court", help="only this court (code or id)")

    p = asub.add_parser("create-case", help="register a case the court already has")
    p.add_argument("--court", required=True)
    p.add_argument("--number", required=True, help="case number")
    p.add_argument("--title", required=True)
    p.add_argument("--cause", default="")

    p = asub.add_parser("add-member", help="put a person on a case")
    p.add_argument("--case", required=True, help="case id")
    p.add_argument("--username", required=True)
    p.add_argument("--role-in-case", choices=("clerk", "judge", "presiding_judge"),
                   help="default: the person's role")
    p = asub.add_parser("remove-member", help="take a person off a case (their laptop "
                                              "drops it at the next sync)")
    p.add_argument("--case", required=True, help="case id")
    p.add_argument("--username", required=True)
    p = asub.add_parser("audit", help="the audit trails client stores sent: without --client "
                                      "the stores, with it that store's entries, re-verified")
    p.add_argument("--client", help="the client store id (see the list without --client)")
    p.add_argument("--court", help="list only this court's stores (code or id)")
    p.add_argument("--after", type=int, default=0, help="entries after this seq")
    p.add_argument("--limit", type=int, default=1000)

    for name, child in asub.choices.items():
        child.add_argument("--json", action="store_true", help="machine-readable output")
        del name
    return parser


def _database_url(args: argparse.Namespace) -> tuple[str, Path]:
    data = args.data or default_data_dir()
    url = args.db or f"sqlite:///{data / 'server.db'}"
    return url, data


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise SystemExit("courtdesk-server: the two passwords differ; nothing was changed.")
    return first


def _run_admin(args: argparse.Namespace) -> int:
    from .admin import AdminError, CourtAdmin
    from .audit_trail import AuditRefused
    from .db import Database
    from .login_guard import LoginGuard
    from .sync_pull import iso

    url, _data = _database_url(args)
    db = Database(url)
    try:
        db.migrate()
        admin = CourtAdmin(db)
        command = args.admin_command
        if command == "create-court":
            out = admin.create_court(args.code, args.name)
            text = f"court {out['code']} ({out['name']}) created, id {out['id']}"
        elif command == "list-courts":
            out = admin.list_courts()
            text = "\n".join(f"{c['code']}\t{c['name']}\t{c['id']}" for c in out) or "no courts"
        elif command == "create-user":
            out = admin.create_user(args.court, args.username, args.role, _password(args),
                                    args.display_name)
            text = f"user {out['username']} ({out['role']}, {out['court']}) created, " \
                   f"id {out['id']}"
        elif command == "set-password":
            admin.set_password(args.username, _password(args))
            out = {"username": args.username}
            text = f"password of {args.username} changed; their sessions were ended"
        elif command == "list-users":
            out = admin.list_users(args.court)
            text = "\n".join(
                "\t".join([u["court"], u["username"], u["role"], u["display_name"],
                           "disabled" if u["disabled"] else "active", u["id"]])
                for u in out
            ) or "no users"
        elif command == "create-case":
            out = admin.create_case(args.court, args.number, args.title, cause=args.cause)
            text = f"case {out['case_number']} created, id {out['id']}"
        elif command == "audit":
            out, text = _audit(db, admin, args)
        elif command == "login-events":
            out = LoginGuard(db).events(max(1, min(args.limit, 100_000)))
            text = "\n".join(
                f"{iso(e['at'])}\t{e['event']}\t{e['username']}\tfrom {e['source']}\t"
                f"{e['failures']} failure(s)"
                + (f"\twait {e['retry_after_s']} s" if e["retry_after_s"] else "")
                for e in out) or "no logins recorded"
        elif command == "unlock":
            lifted = LoginGuard(db).unlock(args.username)
            out = {"username": args.username, "was_waiting": lifted}
            text = (f"{args.username} may log in again" if lifted
                    else f"{args.username} had no failed logins to forget")
        elif command == "remove-member":
            out = admin.remove_member(args.case, args.username)
            text = f"{args.username} is no longer on case {args.case}"
        else:  # add-member
            out = admin.add_member(args.case, args.username, args.role_in_case)
            text = f"{args.username} is now on case {args.case} as {out['role_in_case']}"
    except AdminError as exc:
        print(f"courtdesk-server: {exc}", file=sys.stderr)
        return 2
    except AuditRefused as exc:
        print(f"courtdesk-server: {exc.detail}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(json.dumps(out, ensure_ascii=False, indent=2) if args.json else text)
    return 0


def _audit(db, admin, args: argparse.Namespace) -> tuple[object, str]:
    from .audit_trail import AuditTrail

    trail = AuditTrail(db)
    if not args.client:
        court_id = None
        if args.court:
            court_id = next((c["id"] for c in admin.list_courts()
                             if args.court in (c["code"], c["id"])), args.court)
        out = trail.clients(None, court_id)
        text = "\n".join(f"{c['client_id']}\t{c['head_seq']} entries\tlast {c['updated_at']}"
                         for c in out) or "no client store has sent audit entries"
        return out, text
    page = trail.read(None, args.client, args.after, max(1, min(args.limit, 100_000)))
    problems = trail.verify(args.client)
    out = {**page, "verified": not problems, "problems": problems}
    lines = [f"{e['seq']}\t{e['at']}\t{e['actor']}\t{e['action']}\t{e['record_type']}"
             f"\t{e['record_id']}\t{e['detail']}" for e in page["entries"]]
    lines.append(f"store {args.client}: {page['head_seq']} entries at the court, chain "
                 + ("intact" if not problems else "FAILED: " + "; ".join(problems)))
    return out, "\n".join(lines)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import ServerSettings, create_app
    from .auth import DEFAULT_TOKEN_TTL_S
    from .login_guard import LoginPolicy
    from .passwords import PASSWORD_COST, ScryptCost

    url, data = _database_url(args)
    cost = PASSWORD_COST
    if args.password_scrypt_n is not None:
        n = args.password_scrypt_n
        if n < 2**10 or n & (n - 1):
            raise SystemExit("courtdesk-server: --password-scrypt-n is a power of two, at "
                             "least 1024.")
        cost = ScryptCost(n, PASSWORD_COST.r, PASSWORD_COST.p)
    if args.login_delay_unit <= 0:
        raise SystemExit("courtdesk-server: --login-delay-unit is a number of seconds above 0.")
    settings = ServerSettings(db_url=url, blob_dir=data / "blobs",
                              token_ttl_s=args.token_ttl or DEFAULT_TOKEN_TTL_S,
                              login_policy=LoginPolicy.scaled(args.login_delay_unit),
                              password_cost=cost)
    app = create_app(settings)
    shown = url.split("@")[-1] if "@" in url else url  # no password in the log
    print(f"courtdesk-server: database {shown}, files in {settings.blob_dir}", flush=True)
    if bool(args.tls_cert) != bool(args.tls_key):
        raise SystemExit("courtdesk-server: --tls-cert and --tls-key go together.")
    tls = {}
    if args.tls_cert:
        tls = {"ssl_certfile": str(args.tls_cert), "ssl_keyfile": str(args.tls_key)}
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, **tls)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "admin":
        return _run_admin(args)
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())
