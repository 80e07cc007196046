"""``courtdesk sign round HEARING``: the signing round on a hearing's record, scriptable.

With no action it lists who must sign and their state (exporting the official record and
starting the round first, when there is none); ``--signer ID --ink INK.json`` takes a
signature drawn on a pad (signing.ink JSON), ``--refuse ID --note TEXT`` records a refusal,
``--seal`` applies the court's seal. Signer ids are the ones the list shows (a unique
beginning of one is enough).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_common import _print, require_login
from .cli_signing import open_key


def _listing(round_, started: bool) -> str:
    marks = {"waiting": "waiting", "signed": "signed", "refused": "REFUSED"}
    lines = []
    if started:
        lines.append(f"Exported the official record for signing: {round_.record_path}")
    lines.append(f"Signing round on {round_.current_pdf()}")
    for signer in round_.signers():
        line = f"  {marks[signer.state]:8}  {signer.who}  [{signer.id}]"
        if signer.at:
            line += f"  {signer.at}"
        if signer.note:
            line += f"  note: {signer.note}"
        lines.append(line)
    lines.append("  court seal: " + ("applied " + round_.sealed_at if round_.sealed
                                     else "not yet"))
    if round_.done():
        lines.append("Done: everyone signed or refused, and the court sealed the record.")
    return "\n".join(lines)


def cmd_sign_round(args: argparse.Namespace) -> int:
    from courtdesk.signing.ink import SignatureInk

    from .profile import open_store
    from .signing_rounds import SigningRoundBook, open_station_key, signing_config

    actions = [a for a in (args.signer, args.refuse, args.seal) if a]
    if len(actions) > 1:
        raise ValueError("One step at a time: --signer, --refuse or --seal.")
    if args.signer and not args.ink:
        raise ValueError("--signer needs --ink INK.json (the strokes from the signature pad).")
    if args.refuse and not (args.note or "").strip():
        raise ValueError("--refuse needs --note TEXT: why the signer refused, as the clerk "
                         "writes it on the record.")
    config = signing_config()
    ink = None
    if args.ink:
        try:
            ink = SignatureInk.from_json(Path(args.ink).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ValueError(f"Cannot read the ink file {args.ink}: "
                             f"{exc.strerror or exc}.") from exc
    store = open_store(create=False)
    station = None
    try:
        user = require_login(args, store)
        if args.signer or args.refuse:
            station = open_station_key(config, args.station_password_file or "")
        book = SigningRoundBook(store, user, station=station, tsa_url=config.tsa_url)
        if actions:
            round_ = book.current(args.hearing_id)
            started = False
        else:
            pdf = Path(args.pdf) if args.pdf else None
            round_, started = book.current_or_start(args.hearing_id, pdf, args.language)
        out = None
        if args.signer:
            out = round_.sign_with_ink(args.signer, ink)
        elif args.refuse:
            out = round_.refuse(args.refuse, args.note)
        elif args.seal:
            with open_key(args, config, "key_password_file") as key:
                out, volume = book.seal(round_, key)
        data = round_.as_dict()
        text = _listing(round_, started)
        if out is not None:
            data["written"] = str(out)
            text = f"Wrote {out}\n" + text
        if args.seal:
            data["dossier_volume"] = {"id": volume["id"], "title": volume["title"]}
            text += (f"\nFiled in the case's dossier as “{volume['title']}” (byte for byte: "
                     "it syncs to the court's server and verifies on every PC).")
    finally:
        if station is not None:
            station.close()
        store.close()
    _print(args, data, text)
    return 0


def register(sub, add) -> None:
    p = add("sign-round", cmd_sign_round,
            "the signing round on a hearing's record (courtdesk sign round HEARING): who "
            "must sign and their state; take a signature, a refusal, the court's seal")
    p.prog = p.prog.replace("sign-round", "sign round")
    # Listed under `sign` (one command for people), not as a command of its own.
    sub._choices_actions[:] = [a for a in sub._choices_actions if a.dest != "sign-round"]
    p.add_argument("hearing_id", metavar="HEARING")
    p.add_argument("--pdf", help="where to export the official record when the round starts "
                                 "(a new file; the signed copies are written beside it)")
    p.add_argument("--language", default="zh_CN", choices=["zh_CN", "ko", "en"],
                   help="the record's language, when the round starts")
    p.add_argument("--signer", metavar="ID", help="sign for this signer with --ink")
    p.add_argument("--ink", metavar="INK.json", help="the signer's strokes (signature pad JSON)")
    p.add_argument("--refuse", metavar="ID", help="record that this signer refused (--note)")
    p.add_argument("--note", help="the clerk's note of why the signer refused")
    p.add_argument("--seal", action="store_true", help="apply the court's seal (clerk or "
                   "presiding judge; after everyone signed or refused)")
    p.add_argument("--p12", metavar="FILE", help="the seal's PKCS#12 file")
    p.add_argument("--pkcs11", metavar="LIB", help="the seal token's PKCS#11 library")
    p.add_argument("--token", metavar="LABEL", help="the token's label")
    p.add_argument("--key", metavar="LABEL", help="the seal key's label on the token")
    p.add_argument("--key-password-file", metavar="FILE", help=(
        "the seal's PKCS#12 password or token PIN from the first line of FILE (for "
        "scripts); otherwise it is asked for"))
    p.add_argument("--station-password-file", metavar="FILE", help=(
        "the signing-station key's password (for scripts); otherwise from the keyring"))


def rewrite_argv(argv: list[str]) -> list[str]:
    """``sign round`` is the command ``sign-round`` (``sign FILE`` signs a file), and
    ``sign timestamp-pending`` is ``sign-timestamp-pending``."""
    for i in range(len(argv) - 1):
        if argv[i] == "sign" and argv[i + 1] in ("round", "timestamp-pending"):
            return [*argv[:i], f"sign-{argv[i + 1]}", *argv[i + 2:]]
    return argv
