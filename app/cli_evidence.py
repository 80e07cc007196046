"""CLI commands of the evidence hashes: the list a court submits to its judicial chain, and
checking files against such a list."""

from __future__ import annotations

import json
from pathlib import Path

from .cli_common import _print
from .profile import open_store


class EvidenceFilesMissing(ValueError):
    """Files to check that are not there: a mistake in the command line (exit 2)."""


def cmd_evidence_export(args) -> int:
    from courtdesk.offline_cache.store import utc_now
    from courtdesk.signing.evidence import evidence_list, items_of_case, manifest_text

    from .casebook import CaseBook
    from .cli import _login

    store = open_store(create=False)
    try:
        user = _login(args, store)
        # Who may not see the case is refused here; a deliberation's hashes are its judges'.
        case_file = CaseBook(store, user).open_case(args.case)
        visible = {h["id"] for h in case_file.hearings}
        items = items_of_case(store, args.case, visible)
        listing = evidence_list(case_file.case, items, user.actor, utc_now())
        store.audit(user.actor, "evidence.export", "cases", args.case,
                    {"items": len(items)})
        if args.manifests:
            folder = Path(args.manifests)
            folder.mkdir(parents=True, exist_ok=True)
            for item in items:
                if item.what == "recording_manifest":
                    (folder / item.name).write_bytes(manifest_text(store.conn, item.record_id))
    finally:
        store.close()
    if args.out:
        out = Path(args.out)
        tmp = out.with_name(out.name + ".part")
        tmp.write_text(json.dumps(listing, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(out)
    lines = [f"{i['at']}  {i['what']:<18}  {i['name']}  SHA-256 {i['sha256'][:16]}…  "
             f"SM3 {i['sm3'][:16]}…" + (f"  signed by {i['signer']}" if i["signer"] else "")
             for i in listing["items"]]
    lines.append(f"{len(items)} evidence hashes of case {listing['case_number']}"
                 + (f", written to {args.out}" if args.out else ""))
    _print(args, listing, "\n".join(lines))
    return 0


def cmd_evidence_verify(args) -> int:
    from courtdesk.signing.evidence import check_files, read_list

    items = read_list(Path(args.list))
    files = [Path(f) for f in args.files]
    if args.dir:
        folder = Path(args.dir)
        if not folder.is_dir():
            raise EvidenceFilesMissing(f"No folder {folder}: nothing was checked.")
        files += sorted(p for p in folder.iterdir()
                        if p.is_file() and p.resolve() != Path(args.list).resolve())
    absent = [str(f) for f in files if not f.is_file()]
    if absent:
        raise EvidenceFilesMissing(f"No such file: {', '.join(absent)}. Nothing was checked.")
    if not files:
        raise EvidenceFilesMissing("Give the files to check (FILE... or --dir FOLDER).")
    report = check_files(items, files)
    lines = []
    for f in report.files:
        if f.state == "match":
            lines.append(f"MATCH     {f.file}  ({f.listed[0]['what']} {f.listed[0]['name']}, "
                         f"hashed {f.listed[0]['at']})")
        elif f.state == "differs":
            lines.append(f"DIFFERS   {f.file}: not the content listed under that name "
                         f"(SHA-256 {f.sha256[:16]}…)")
        else:
            lines.append(f"UNLISTED  {f.file}: not in the evidence list")
    lines += [f"MISSING   {m['name']} ({m['what']}, hashed {m['at']}): no file given"
              for m in report.missing]
    lines.append(f"{len(report.matched)} match, {len(report.differing)} differ, "
                 f"{len(report.unlisted)} unlisted, {len(report.missing)} missing")
    _print(args, report.as_dict(), "\n".join(lines))
    # A file named as evidence that is not the evidence is the failure; so is a file given
    # by name that is not listed at all.
    named_unlisted = [f for f in report.unlisted if Path(f.file) in {Path(a) for a in args.files}]
    return 1 if report.differing or named_unlisted else 0


def register(sub, add) -> None:
    evidence = sub.add_parser("evidence", help="evidence hashes for the judicial chain")
    esub = evidence.add_subparsers(dest="evidence_command", required=True)
    p = add("export", cmd_evidence_export, "the case's evidence hashes (what, file name, "
            "SHA-256, SM3, time, signer) for the judicial chain", esub)
    p.add_argument("case", metavar="CASE", help="the case id")
    p.add_argument("--out", metavar="FILE", help="write the list as JSON to FILE")
    p.add_argument("--manifests", metavar="DIR", help="also write each recording's manifest "
                   "file (what its hashes are of) into DIR")
    p = add("verify", cmd_evidence_verify, "check files against an evidence list: which "
            "match, which differ, which are missing (exit 1 when any differs)", esub)
    p.add_argument("list", metavar="LIST.json")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--dir", metavar="DIR", help="check every file in DIR")
