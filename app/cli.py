"""The ``courtdesk`` command. With no arguments it opens the GUI.

Every core capability is scriptable here, for court IT and for tests; ``--json`` prints
machine-readable output. Every command that reads case content or changes anything acts as
a logged-in local account: ``--user`` (or ``COURTDESK_USER``) and the password from a
prompt, from ``--password-file`` or from ``COURTDESK_PASSWORD``; that account is the actor
of every audit entry the command makes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from courtdesk.offline_cache.errors import CourtdeskError

from . import __version__
from .cli_common import _print, require_login
from .profile import open_store, profile_dir, setup_logging

EXIT_FAULT = 1
EXIT_USAGE = 2

_login = require_login  # the name the command modules import

DEMO_NOT_INSTALLED = (
    "courtdesk: the demo is not part of an installed courtdesk: its accounts share a "
    "published password and must never exist on a courtroom PC. Try the demo from a source "
    "checkout (installers/bootstrap.sh run).")


def installed_build() -> bool:
    """True in what court IT installs (the .deb, the Windows installer).

    Both install the frozen PyInstaller bundle and nothing else, so being frozen is the mark:
    no file to forget or to copy, and the same on every platform. Source checkouts and
    virtualenvs (developers, the demo) are never frozen.
    """
    return bool(getattr(sys, "frozen", False))


# -- commands ------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from .config import load_config
    from .demo import DEMO_PASSWORD, create_demo

    store = open_store()
    try:
        # Steps go to stderr, so that --json output stays one document.
        result = create_demo(store, load_config().server_url,
                             progress=lambda step: print(step, file=sys.stderr, flush=True))
    finally:
        store.close()
    verb = "Created" if result.created else "Found existing"
    lines = [f"{verb} demo case {result.case_number}  (id {result.case_id})",
             f"  in the profile {profile_dir()}"]
    if result.created:
        lines.append(f"  dossier: {result.documents} volumes, {result.pages} pages; "
                     f"hearing audio: {'yes' if result.audio else 'no'}")
    lines.append(f"  demo accounts: {', '.join(result.accounts)}  password: {DEMO_PASSWORD}")
    from .signing_rounds import DEMO_SIGNING_FOLDER

    seal = profile_dir() / DEMO_SIGNING_FOLDER / "seal-rsa.p12"
    if seal.is_file():
        lines.append(f"  demo court seal: {seal}  password: {DEMO_PASSWORD}  (sign a hearing's "
                     "record: courtdesk --demo sign round HEARING)")
    if args.demo:
        lines.append("  open it with: courtdesk --demo   (your own profile stays demo-free)")
    lines += [f"  note: {n}" for n in result.notes]
    _print(args, {**result.as_dict(), "profile": str(profile_dir())}, "\n".join(lines))
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from . import doctor

    checks = doctor.run_checks(profile_dir(), listen=not args.no_listen, load=not args.no_load)
    _print(args, [asdict(c) for c in checks], doctor.format_text(checks))
    if doctor.left_stuck():  # a blocking device: the audio library would hang the exit
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(doctor.exit_code(checks))
    return doctor.exit_code(checks)


def cmd_audit_verify(args: argparse.Namespace) -> int:
    store = open_store(create=False)
    try:
        problems = store.integrity_problems()  # a damaged file first: nothing in it counts
        if problems:
            raise store.damaged(problems)
        report = store.verify_audit()
    finally:
        store.close()
    if report.ok:
        text = f"Audit log intact: {report.entries} entries, head {report.head_hash[:16]}…"
    else:
        text = "\n".join([f"Audit log FAILED verification ({report.entries} entries):"]
                         + [f"  entry {p.seq}: {p.kind}: {p.message}" for p in report.problems])
    _print(args, report.as_dict(), text)
    return 0 if report.ok else EXIT_FAULT


def cmd_case_list(args: argparse.Namespace) -> int:
    from .casebook import CaseBook

    store = open_store(create=False)
    try:
        cases = CaseBook(store, _login(args, store)).list_cases(args.search or "")
    finally:
        store.close()
    rows = [asdict(c) for c in cases]
    def sync_mark(c) -> str:
        return "  (demo: this PC only)" if c.kept_here else "  *unsynced" if c.unsynced else ""

    text = "\n".join(
        f"{c.id}  {c.case_number}  {c.title}  [{c.status}]{sync_mark(c)}" for c in cases
    ) or "No cases."
    _print(args, rows, text)
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from .casebook import CaseBook

    store = open_store(create=False)
    try:
        case_file = CaseBook(store, _login(args, store)).open_case(args.case_id)
    finally:
        store.close()
    data = case_file.as_dict()
    c = data["case"]
    lines = [f"{c['case_number']}  {c['title']}", f"  cause: {c['cause']}  court: {c['court']}",
             f"  status: {c['status']}  your role: {data['my_role']}"
             + (f"  facts on: {c['facts_on']}" if c.get("facts_on") else ""), "  parties:"]
    lines += [f"    {p['side']}: {p['name']}" + (f" (lawyer {p['lawyer_name']})"
                                                 if p["lawyer_name"] else "")
              for p in data["parties"]]
    lines.append("  hearings:")
    lines += [f"    {h['scheduled_at']}  {h['title']} [{h['kind']}]" for h in data["hearings"]]
    lines.append("  dossier:")
    lines += [f"    vol.{d['volume']}  {d['title']}  {d['page_count']} pages"
              for d in data["documents"]]
    _print(args, data, "\n".join(lines))
    return 0


def cmd_case_create(args: argparse.Namespace) -> int:
    from .casebook import CaseBook

    store = open_store(create=False)
    try:
        case = CaseBook(store, _login(args, store)).create_case(
            args.number, args.title, cause=args.cause or "", court=args.court or "",
            facts_on=args.facts_on or "")
    finally:
        store.close()
    _print(args, case, f"Created case {case['case_number']}  (id {case['id']})")
    return 0


def cmd_case_facts_date(args: argparse.Namespace) -> int:
    from .casebook import CaseBook

    store = open_store(create=False)
    try:
        case = CaseBook(store, _login(args, store)).update_case(args.case_id,
                                                                facts_on=args.date)
    finally:
        store.close()
    text = (f"The facts of {case['case_number']} happened on {case['facts_on']}: citations in "
            "this case default to the law in force then." if case["facts_on"] else
            f"{case['case_number']} has no facts' date: citations default to today's law.")
    _print(args, case, text)
    return 0


def cmd_config_template(args: argparse.Namespace) -> int:
    from .config import TEMPLATE

    print(TEMPLATE, end="")
    return 0


def cmd_config_check(args: argparse.Namespace) -> int:
    from .config import ConfigError, config_path, load_config

    # A FILE is checked before it becomes this PC's config (the Windows installer's /CONFIG).
    path = Path(args.file) if args.file else None
    if path is not None and not path.is_file():
        raise ConfigError(f"{path} does not exist or is not a file. Give the config file's "
                          "path.", path=str(path))
    config = load_config(path)
    data = {"path": str(config.path or config_path()), "exists": config.exists,
            "court": config.court, "courtroom": config.courtroom,
            "server_url": config.server_url, "language": config.default_language,
            "microphones": config.microphones}
    text = (f"{data['path']}: valid" if config.exists
            else f"No machine config at {data['path']}; defaults in use.")
    _print(args, data, text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="courtdesk", description=(
        "Offline-first client for tech courtrooms. With no command, opens the window."))
    parser.add_argument("--version", action="version", version=f"courtdesk {__version__}")
    parser.add_argument("--user", help="act as this courtdesk user (or COURTDESK_USER)")
    parser.add_argument("--password-file", metavar="FILE", help=(
        "read your password from the first line of FILE (- for standard input), or set "
        "COURTDESK_PASSWORD; otherwise it is asked for. Never on the command line."))
    parser.add_argument("--demo", action="store_true", help=(
        "use the demo's own profile (made by `courtdesk --demo demo`), not yours"))
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func, help_text: str, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        # Also accepted after the command: `courtdesk case list --user clerk`.
        p.add_argument("--user", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        p.add_argument("--password-file", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return p

    add("demo", cmd_demo, "create the demo case and demo accounts in the demo's own "
        "profile (never in a profile with real accounts, nor once a server is configured)")
    p = add("doctor", cmd_doctor, "check audio and microphone levels, speech models, fonts, "
            "store, keyring, server, disk")
    p.add_argument("--no-listen", action="store_true",
                   help="open no microphone (for monitoring while hearings may run)")
    p.add_argument("--no-load", action="store_true",
                   help="check the model files but do not load the model (saves its memory "
                        "and seconds)")
    audit = sub.add_parser("audit", help="the tamper-evident audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    add("verify", cmd_audit_verify, "verify the audit log's hash chain", audit_sub)

    case = sub.add_parser("case", help="cases in the local store")
    case_sub = case.add_subparsers(dest="case_command", required=True)
    p = add("list", cmd_case_list, "list your cases", case_sub)
    p.add_argument("--search", help="match case number, title, cause or party names")
    p = add("show", cmd_case_show, "show one case", case_sub)
    p.add_argument("case_id")
    p = add("create", cmd_case_create, "register a case", case_sub)
    p.add_argument("--number", required=True, help="case number, e.g. (2026)吉2401民初1号")
    p.add_argument("--title", required=True)
    p.add_argument("--cause", help="cause of action (案由)")
    p.add_argument("--court")
    p.add_argument("--facts-on", metavar="DATE", help="when the facts happened (YYYY-MM-DD): "
                   "the law in force then is cited in this case")
    p = add("facts-date", cmd_case_facts_date, "set when a case's facts happened (the law in "
            "force on that date is cited in the case); an empty DATE clears it", case_sub)
    p.add_argument("case_id")
    p.add_argument("date", metavar="DATE", help="YYYY-MM-DD, or \"\" for not known")

    from .cli_users import register as register_users

    register_users(sub, add)
    from .cli_speech import register as register_speech

    register_speech(sub, add)
    from .cli_dossier import register as register_dossier

    register_dossier(sub, add)
    from .cli_sync import register as register_sync

    register_sync(sub, add)
    from .cli_cast import register as register_cast

    register_cast(sub, add)
    from .cli_round import register as register_round

    register_round(sub, add)
    from .cli_signing import register as register_signing

    register_signing(sub, add)
    from .cli_evidence import register as register_evidence

    register_evidence(sub, add)
    from .cli_laws import register as register_laws

    register_laws(sub, add)
    from .signing_records import register as register_late_timestamps

    register_late_timestamps(sub, add)

    config = sub.add_parser("config", help="the machine config file")
    config_sub = config.add_subparsers(dest="config_command", required=True)
    add("template", cmd_config_template, "print a commented machine config", config_sub)
    p = add("check", cmd_config_check, "validate the machine config (or FILE)", config_sub)
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="check this file instead of the machine config in use")
    from .cli_signing import cmd_config_station_password

    p = add("station-password", cmd_config_station_password,
            "court IT: keep the signing station key's password in this PC's keyring (checked "
            "against [signing] station_p12 first)", config_sub)
    p.add_argument("--from-file", metavar="F", help="read it from F (- for standard input) "
                   "instead of a no-echo prompt")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli_round import rewrite_argv

    argv = rewrite_argv(argv)
    if not argv:
        # The desktop launcher's case: the window, without first building every
        # subcommand's parser (and importing their modules), which a start would wait for.
        from courtdesk.ui.main import run_gui

        return run_gui(argv)
    parser = build_parser()
    # With no command the window opens, and its own options (Qt's, --quit-after-shown)
    # are the GUI's to read.
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.command is not None:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if (args.demo or args.command == "demo") and installed_build():
        print(DEMO_NOT_INSTALLED, file=sys.stderr)
        return EXIT_USAGE
    if args.demo or (args.command == "demo" and not os.environ.get("COURTDESK_HOME")):
        # The demo's accounts share a published password: they live in a profile of their
        # own, which this run uses for everything (store, logs, preferences).
        from .demo import demo_profile_dir

        os.environ["COURTDESK_HOME"] = str(demo_profile_dir())
        args.demo = True
        argv = [a for a in argv if a != "--demo"]
    if args.command is None:
        from courtdesk.ui.main import run_gui

        return run_gui(argv)
    setup_logging(profile_dir(), args.verbose)
    try:
        return args.func(args)
    except CourtdeskError as exc:
        return _report_error(args, exc)
    except ValueError as exc:
        print(f"courtdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except Exception as exc:
        return _report_error(args, _damage_or_raise(exc))


def _report_error(args: argparse.Namespace, exc: CourtdeskError) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"error": exc.code, "message": exc.message}, ensure_ascii=False))
    print(f"courtdesk: {_said(exc)}", file=sys.stderr)
    return EXIT_FAULT


def _damage_or_raise(exc: Exception) -> CourtdeskError:
    """A damaged store says so, never with a raw exception; anything else is a bug."""
    from courtdesk.offline_cache.store_integrity import damaged_error, is_damage_error

    if is_damage_error(exc):
        # Read as it failed mid-command; `courtdesk doctor` names the damaged pages.
        return damaged_error(profile_dir() / "store",
                             [f"{type(exc).__name__}: {exc}".rstrip(": ")], None)
    raise exc


def _said(exc: CourtdeskError) -> str:
    """A wait after failed logins reads in the person's language, as in the window."""
    if "login_locked" in (exc.code, exc.params.get("server_code")):
        from courtdesk.ui.cli_messages import in_person_language

        return in_person_language(exc, profile_dir())
    if exc.code == "login_required" and not exc.params.get("server_code"):
        # The core does not say how (the window logs in under Sync); here it is a command.
        return f"{exc.message} Log in with: courtdesk login --server URL"
    return exc.message


def _entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    _entry()
