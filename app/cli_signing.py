"""CLI commands of signatures: ``sign`` (a PDF with the court seal, from a PKCS#12 file or
the court's USB key) and ``verify`` (any signed PDF, against the court's CA).

Neither touches the case store, so neither needs a login: verifying is open to anyone, and
signing needs the key's own password or PIN (never on the command line: a no-echo prompt,
or ``--password-file`` for scripts). Page numbers count from 1, as printed.
"""

from __future__ import annotations

import datetime as dt
import getpass
import sys
from pathlib import Path

from .cli_common import _print, read_secret_file

EXIT_NOT_OK = 1

# The record's seal field (signing/round.py) and the default where the file has none.
SEAL_FIELD = "court-seal"


def _secret(args, prompt: str, option: str = "password_file") -> str:
    """The key's password or PIN: from the file the command's ``option`` names, else asked."""
    if getattr(args, option, None):
        return read_secret_file(getattr(args, option))
    if not sys.stdin or not sys.stdin.isatty():
        # A usage error of the command line (the window always asks).
        flag = "--" + option.replace("_", "-")
        raise ValueError(
            f"{prompt}: none was given; nothing was signed. Give it with "
            f"{flag} FILE (- for standard input), or run in a terminal to be asked.")
    return getpass.getpass(f"{prompt}: ")


def open_key(args, signing, option: str = "password_file"):
    """The SigningKey from --p12 or --pkcs11, else the machine config's seal; the password
    or PIN from the file named by ``option`` (``sign round`` calls it --key-password-file,
    its --password-file being the login's)."""
    from courtdesk.signing.keys import open_p12, open_pkcs11

    court_ca = signing.court_ca or None
    module = args.pkcs11 or (None if args.p12 else signing.pkcs11_module)
    if module:
        token = args.token or signing.token_label
        key = args.key or signing.key_label
        if not (token and key):
            raise ValueError("--pkcs11 needs --token LABEL and --key LABEL (or [signing] "
                             "token_label and key_label in the machine config).")
        return open_pkcs11(module, token, key,
                           _secret(args, f"PIN for token {token!r}", option),
                           court_ca=court_ca)
    p12 = args.p12 or signing.seal_p12
    if not p12:
        raise ValueError("Which key signs? Give --p12 FILE or --pkcs11 LIB --token LABEL "
                         "--key LABEL, or set seal_p12 / pkcs11_module in [signing] of the "
                         "machine config.")
    password = _secret(args, f"Password of {Path(p12).name}", option)
    return open_p12(p12, password.encode("utf-8"), court_ca=court_ca)


def _box(text: str | None):
    if not text:
        return None
    try:
        page, x0, y0, x1, y1 = (float(v) for v in text.replace(" ", "").split(","))
    except ValueError:
        raise ValueError("--box is PAGE,X0,Y0,X1,Y1: the page (from 1) and the corners in "
                         "points from the page's bottom-left, e.g. 3,300,60,520,140") from None
    if page < 1 or page != int(page):
        raise ValueError("Pages count from 1.")
    return (int(page) - 1, x0, y0, x1, y1)


def _field_and_box(args, src: Path):
    """The field to sign; a new one (at --box, or invisible) when the file lacks it."""
    from courtdesk.signing.pades import signature_fields

    box = _box(args.box)
    field = args.field or SEAL_FIELD
    if box is None and args.field is None and field not in signature_fields(src):
        box = (0, 0, 0, 0, 0)  # no seal field in this file: an invisible signature
    return field, box


def cmd_sign(args) -> int:
    from courtdesk.signing.pades import sign_pdf

    from .signing_rounds import signing_config

    signing = signing_config()
    src, out = Path(args.file), Path(args.out)
    field, box = _field_and_box(args, src)
    tsa = "" if args.no_tsa else (args.tsa or signing.tsa_url)
    from courtdesk.signing.errors import TimestampUnreachable

    from .signing_records import after_signing, check_before_signing, wants_store

    check_before_signing(args)
    owed = ""
    with open_key(args, signing) as key:
        text = args.text or [key.signer_name, dt.date.today().isoformat()]
        options = dict(field=field, box=box, appearance_text=text, reason=args.reason or "")
        try:
            digest = sign_pdf(src, out, key, tsa_url=tsa, **options)
        except TimestampUnreachable:
            if not wants_store(args):  # nowhere to keep the timestamp owed: say so
                raise
            # Offline: signed now, the timestamp is added at the next connection.
            digest = sign_pdf(src, out, key, tsa_url="", **options)
            owed, tsa = tsa, ""
        signer, issuer, source = key.signer_name, key.issuer_name, key.source
    kept = after_signing(args, out, signer, owed_tsa=owed)
    data = {"file": str(src), "out": str(out), "sha256": digest, "field": field,
            "signer": signer, "issuer": issuer, "key": source, "timestamp_url": tsa,
            "timestamp_owed": owed, **kept}
    lines = [f"Signed {src.name} → {out}",
             f"  signer: {signer} (issued by {issuer}; {source})",
             f"  field: {field}" + ("  (new, invisible)" if box and box[1:] == (0, 0, 0, 0)
                                    else ""),
             f"  timestamp: {tsa or 'none'}",
             f"  sha256: {digest}"]
    if owed:
        lines.append(f"  the timestamp authority {owed} cannot be reached: signed without a "
                     "timestamp, which is added at the next connection (a sync, or "
                     "courtdesk sign timestamp-pending), as a new file")
    if kept.get("sm2_seal"):
        lines.append(f"  SM2 seal: {kept['sm2_seal']}")
    _print(args, data, "\n".join(lines))
    return 0


_MODIFICATION_TEXT = {"none": "nothing", "form_filling": "later signatures only",
                      "annotations": "ANNOTATIONS added", "other": "CHANGED by other means",
                      "": "unknown"}


def _signature_lines(number: int, sig) -> list[str]:
    when = sig.signed_at or "no time given"
    when += " (timestamped)" if sig.timestamped else " (the signer's own clock; no timestamp)"
    lines = [f"  {number}. {sig.field}: {sig.signer}  [{sig.kind}]",
             f"     issued by {sig.issuer}; signed {when}",
             f"     intact: {'yes' if sig.intact else 'NO'}   trusted: "
             f"{'yes' if sig.trusted else 'NO'}   changed after it: "
             f"{_MODIFICATION_TEXT.get(sig.modification, sig.modification)}"
             + (f"   revision {sig.revision}" if sig.kind == "pades" else "")]
    if sig.problem:
        lines.append(f"     problem: {sig.problem}")
    elif sig.trust_problem:
        lines.append(f"     not trusted: {sig.trust_problem}")
    if sig.timestamp_problem:
        lines.append(f"     note: {sig.timestamp_problem}")
    if sig.reason:
        lines.append(f"     reason: {sig.reason}")
    return lines


def verification_text(report) -> str:
    name = Path(report.path).name
    if not report.readable:
        return f"{name} cannot be checked: it {report.problem}."
    if not report.signed:
        return f"{name} is not signed: it carries no signature (sha256 {report.sha256})."
    count = len(report.signatures)
    lines = [f"{name}: {count} signature{'s' if count != 1 else ''}  (sha256 {report.sha256})"]
    for number, sig in enumerate(report.signatures, 1):
        lines += _signature_lines(number, sig)
    if report.ok:
        lines.append("OK: every signature is intact and trusted, and nothing but signing "
                     "changed the file.")
    else:
        bad = [str(n) for n, s in enumerate(report.signatures, 1) if not s.ok]
        which = "signature" if len(bad) == 1 else "signatures"
        lines.append(f"NOT OK: {which} {', '.join(bad)} of {count} (see above).")
    return "\n".join(lines)


def cmd_verify(args) -> int:
    from courtdesk.signing.verify import verify_pdf

    from .signing_rounds import signing_config

    # The court CA of the machine config (the demo's own CA in the demo profile); [] says
    # "no court CA configured" rather than trusting anything.
    court_ca = signing_config().court_ca
    roots = [args.ca] if args.ca else [court_ca] if court_ca else []
    report = verify_pdf(Path(args.file), trust_roots=roots)
    if report.readable:  # the SM2 seal beside the file, when there is one
        from courtdesk.signing.sm2 import check_beside
        from courtdesk.signing.verify import court_trust_roots

        sm2 = check_beside(Path(args.file), roots if roots else court_trust_roots())
        if sm2 is not None:
            report.signatures.append(sm2)
    _print(args, report.to_json(), verification_text(report))
    return 0 if report.ok else EXIT_NOT_OK


def register(sub, add) -> None:
    p = add("sign", cmd_sign, "sign a PDF (the court seal) into a new file, from a PKCS#12 "
            "file or the court's USB key (PKCS#11); defaults from [signing] in the machine "
            "config. The key's password or PIN is asked for, or read from --password-file "
            "FILE. `courtdesk sign round HEARING` runs a hearing record's signing round "
            "(parties' signatures, refusals, the seal)")
    p.add_argument("file", help="the PDF to sign (never changed)")
    p.add_argument("--out", required=True, help="the signed copy (a new file)")
    key = p.add_mutually_exclusive_group()
    key.add_argument("--p12", metavar="FILE", help="the seal's PKCS#12 (.p12/.pfx) file")
    key.add_argument("--pkcs11", metavar="LIB", help="the USB key's PKCS#11 library")
    p.add_argument("--token", metavar="LABEL", help="with --pkcs11: the token's label")
    p.add_argument("--key", metavar="LABEL", help="with --pkcs11: the key's label")
    p.add_argument("--field", metavar="NAME", help=f"the empty signature field to sign "
                   f"(default {SEAL_FIELD}; invisible when the file has none)")
    p.add_argument("--box", metavar="PAGE,X0,Y0,X1,Y1",
                   help="a new visible field there (page from 1; points from the bottom-left)")
    p.add_argument("--text", action="append", metavar="LINE",
                   help="a line shown in the signature (repeatable; default: signer and date)")
    p.add_argument("--reason", help="why it is signed, kept in the signature")
    tsa = p.add_mutually_exclusive_group()
    tsa.add_argument("--tsa", metavar="URL", help="RFC 3161 timestamp authority "
                     "(default [signing] tsa_url)")
    tsa.add_argument("--no-tsa", action="store_true",
                     help="no timestamp, even if one is configured (e.g. offline)")
    p.add_argument("--sm2-key", metavar="FILE", help="also seal the signed file with this "
                   "SM2 key (PEM), in FILE.sm2 beside it")
    p.add_argument("--sm2-cert", metavar="FILE", help="the SM2 seal's certificate (PEM)")
    p.add_argument("--case", metavar="CASE", help="the case the signed file belongs to: its "
                   "evidence hash is listed under it (needs --user)")

    p = add("verify", cmd_verify, "check a signed PDF's signatures: intact, trusted, and "
            "nothing but signing changed it (exit 0 only then)")
    p.add_argument("file")
    p.add_argument("--ca", metavar="FILE", help="trust this CA certificate (PEM) instead of "
                   "[signing] court_ca")



def cmd_config_station_password(args) -> int:
    """Court IT keeps the signing station's PKCS#12 password in this PC's keyring, where the
    signing round finds it: checked against the key first, never written anywhere else."""
    from courtdesk.offline_cache.store_key import keyring_is_usable
    from courtdesk.signing.keys import open_p12

    from .cli_users import login_it_admin
    from .profile import open_store
    from .signing_rounds import STATION_KEYRING_SERVICE, signing_config

    store = open_store(create=False)
    try:
        actor = login_it_admin(args, store)
        config = signing_config()
        if not config.station_p12:
            raise ValueError("No signing station key is configured: set station_p12 in "
                             "[signing] of the machine config first (courtdesk config "
                             "template shows it).")
        if not keyring_is_usable():
            raise ValueError("This PC has no usable system keyring, so the station password "
                             "cannot be kept; nothing was stored. Start the desktop keyring "
                             "(or Windows Credential Manager) and try again.")
        # Not _secret(): --password-file here is the login's own password.
        if args.from_file:
            password = read_secret_file(args.from_file)
        elif sys.stdin and sys.stdin.isatty():
            password = getpass.getpass(f"Password of {Path(config.station_p12).name}: ")
        else:
            raise ValueError("No station password given: use --from-file F (- for standard "
                             "input), or run in a terminal to be asked. Nothing was stored.")
        with open_p12(config.station_p12, password.encode("utf-8"),
                      court_ca=config.court_ca or None) as key:
            signer = key.signer_name
        import keyring

        keyring.set_password(STATION_KEYRING_SERVICE, str(config.station_p12), password)
        store.audit(actor.actor, "signing.station_password", "", "",
                    {"station_p12": str(config.station_p12)})
    finally:
        store.close()
    data = {"station_p12": str(config.station_p12), "kept_in_keyring": True}
    _print(args, data, f"The station key {config.station_p12} opens with this password; it is "
                       "kept in this PC's keyring for the signing round"
                       + (f" ({signer})." if signer else "."))
    return 0
