"""CLI commands of the law library: import, search, cite, list, links.

The library is public text in its own file (see courtdesk.laws.library), so import, search,
cite, list and links over a given text need no login. ``links --hearing/--document`` read
case content from the store and so log in as every such command does, with the same checks
(membership of the case; deliberations only for its judges).
"""

from __future__ import annotations

import sys
from datetime import date

from .cli_common import _print
from .profile import profile_dir


def _library():
    from courtdesk.laws.opening import library_path, open_library

    library, starter = open_library(library_path(profile_dir()))
    if starter is not None:
        print(f"courtdesk: new law library {library.path}: imported the starter library "
              f"({starter.articles} articles of {starter.count('imported')} files).",
              file=sys.stderr)
    return library


def _date(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"--on takes a date as YYYY-MM-DD, e.g. 2023-05-01, not {text!r}.") \
            from None


def cmd_import(args) -> int:
    library = _library()
    try:
        report = library.import_paths(args.paths, replace=args.replace)
    finally:
        library.close()
    lines = []
    for f in report.files:
        what = f"{f.law}{' ' + f.part if f.part else ''} ({f.version_date or 'undated'})"
        if f.status in ("imported", "replaced", "unchanged"):
            verb = {"imported": "imported", "replaced": "replaced",
                    "unchanged": "already in the library:"}[f.status]
            lines.append(f"{verb} {what}: {f.articles} articles  [{f.path}]")
        else:
            lines.append(f"NOT IMPORTED {f.path}")
        lines += [f"  {p.severity}: line {p.line}: {p.message}" if p.line else
                  f"  {p.severity}: {p.message}" for p in f.problems]
    counts = report.as_dict()["counts"]
    lines.append(f"{len(report.files)} files in {report.seconds:.1f} s: {counts['imported']} "
                 f"imported, {counts['replaced']} replaced, {counts['unchanged']} unchanged, "
                 f"{counts['duplicate']} duplicates, {counts['failed']} failed; "
                 f"{report.articles} articles added.")
    _print(args, report.as_dict(), "\n".join(lines))
    return 1 if counts["failed"] or counts["duplicate"] else 0


def cmd_search(args) -> int:
    from courtdesk.laws.search import LawSearch

    library = _library()
    try:
        hits = LawSearch(library).search(args.query, law=args.law, on=_date(args.on),
                                         within=args.within, limit=args.limit)
    finally:
        library.close()
    text = "\n".join(f"{h.article.short_name} {h.article.label}"
                     f"{'  (exact)' if h.exact else ''}  [{h.article.version_date}]\n"
                     f"    {h.snippet}" for h in hits) or \
        "No article found (the versions in force are searched; --on DATE for others)."
    _print(args, [h.as_dict() for h in hits], text)
    return 0


def _dated(version_date: str, effective_from: str) -> str:
    if effective_from:
        return f"version of {version_date}, in force from {effective_from}"
    return (f"version of {version_date}, adopted on {version_date} (the law file gives no "
            "in-force date)")


def _resolution_text(resolution, *, full: bool = True) -> str:
    data = resolution.as_dict()
    if not resolution.resolved:
        return f"{data['text']}: {resolution.message}"
    article = resolution.article
    version = resolution.version
    lines = [resolution.message, "  " + _dated(version.version_date, version.effective_from)]
    if article.path or article.part:
        lines.append("  " + " / ".join([p for p in [article.part, *article.path] if p]))
    if full:
        lines += ["  " + line for line in resolution.quoted_text().split("\n")]
        for other in resolution.other_versions:
            lines.append(f"  -- differs in the "
                         f"{_dated(other['version_date'], other['effective_from'])}:")
            lines += ["  " + line for line in (other["text"] or "(no such article)").split("\n")]
    return "\n".join(lines)


def _context(parser, name: str | None):
    """The law 本法 means, from --law."""
    from courtdesk.laws.references import ArticleContext

    if not name:
        return None
    ids = parser.laws_named(name)
    if len(ids) != 1:
        named = "; ".join(parser.laws[i].title for i in ids) or "none"
        raise ValueError(f"--law {name} must name one law of the library (it names: {named}).")
    return ArticleContext(ids[0])


def _case_facts_date(args) -> str | None:
    """The date the case's facts happened (None when not known): the version in force
    then is the one a citation in that case means. Reading the case needs its membership."""
    from .casebook import CaseBook
    from .cli_common import require_login
    from .profile import open_store

    store = open_store(create=False)
    try:
        case = CaseBook(store, require_login(args, store)).open_case(args.case).case
    finally:
        store.close()
    return case.get("facts_on") or None


def cmd_cite(args) -> int:
    from courtdesk.laws.citations import CitationParser

    on = _date(args.on) if args.on or not args.case else _case_facts_date(args)
    library = _library()
    try:
        parser = CitationParser(library)
        resolution = parser.cite(args.reference, on=on, context=_context(parser, args.law))
    finally:
        library.close()
    _print(args, resolution.as_dict(), _resolution_text(resolution))
    return 0 if resolution.resolved else 1


def cmd_list(args) -> int:
    library = _library()
    try:
        laws = library.laws()
        data = {"library": str(library.path), "sha256": library.sha256(),
                "laws": [law.as_dict() for law in laws]}
    finally:
        library.close()
    lines = [f"Law library {data['library']}  (sha256 {data['sha256'][:16]}…)"]
    for law in laws:
        versions = ", ".join(f"{v.version_date or 'undated'} ("
                             + (f"in force from {v.effective_from}" if v.effective_from
                                else "adopted; in-force date not given")
                             + f", {v.articles} articles)" for v in law.versions)
        lines.append(f"{law.id:4}  {law.title}  [{law.kind}]  {versions}")
    lines.append(f"{len(laws)} laws, {sum(v.articles for law in laws for v in law.versions)} "
                 "articles.")
    _print(args, data, "\n".join(lines))
    return 0


def _texts(args) -> list[dict]:
    """The texts to link: the one given, a hearing's transcript, or a dossier document."""
    if args.text is not None:
        return [{"where": "text", "text": args.text}]
    from .cli import _login
    from .profile import open_store

    store = open_store(create=False)
    try:
        user = _login(args, store)
        if args.hearing:
            from .hearings import HearingBook

            segments = HearingBook(store, user).transcript(args.hearing).segments()
            return [{"where": "segment", "segment_id": s["id"], "start_ms": s["start_ms"],
                     "role": s.get("role", ""), "text": s["text"]} for s in segments]
        from .dossier_book import DossierBook

        book = DossierBook(store, user)
        document = book.document(args.document)
        book.ensure_indexed(document)
        pages = store.query("SELECT page_index, search_text FROM document_pages WHERE "
                            "document_id = ? ORDER BY page_index", (document["id"],))
        return [{"where": "page", "page": p["page_index"] + 1, "text": p["search_text"]}
                for p in pages]
    finally:
        store.close()


def cmd_links(args) -> int:
    from courtdesk.laws.citations import CitationParser

    if sum(x is not None for x in (args.text, args.hearing, args.document)) != 1:
        raise ValueError("Give one of: a TEXT, --hearing ID or --document ID.")
    texts = _texts(args)
    library = _library()
    try:
        parser = CitationParser(library)
        on = _date(args.on)
        found = []
        for item in texts:
            for resolution in parser.links(item["text"], on=on):
                entry = {k: v for k, v in item.items() if k != "text"}
                found.append({**entry, **resolution.as_dict()})
    finally:
        library.close()
    lines = []
    for f in found:
        where = (f"p.{f['page']} " if f["where"] == "page" else
                 f"[{f['start_ms'] / 1000:.1f}s] " if f["where"] == "segment" else "")
        state = f["citation"] if f["status"] == "resolved" else f"{f['status']}: {f['message']}"
        lines.append(f"{where}{f['start']}-{f['end']} {f['text']}  →  {state}")
    resolved = sum(f["status"] == "resolved" for f in found)
    lines.append(f"{len(found)} references, {resolved} resolved.")
    _print(args, found, "\n".join(lines))
    return 0


def cmd_publish(args) -> int:
    from courtdesk.laws.opening import library_path

    from .cli_common import require_login
    from .cli_sync import _client
    from .court_laws import CourtLawLibrary
    from .profile import open_store

    library_file = library_path(profile_dir())
    store = open_store(create=False)
    try:
        user = require_login(args, store)
        court_library = CourtLawLibrary(user, library_file)  # court IT only
        if not library_file.exists():
            _library().close()  # the starter library, as every command would open it
        client = _client(args, store, account_id=user.id)
        try:
            published = court_library.publish(client.session)
        finally:
            client.close()
    finally:
        store.close()
    data = {"server": client.server, **published}
    _print(args, data, f"Published the law library {published['sha256'][:16]}… "
                       f"({published['size']} bytes) on {client.server}: every laptop of the "
                       "court installs it at its next sync.")
    return 0


def register(sub, add) -> None:
    laws = sub.add_parser("laws", help="the law library: statutes and interpretations (法律法规)")
    lsub = laws.add_subparsers(dest="laws_command", required=True)
    p = add("import", cmd_import, "import law files (Markdown or plain text) and folders", lsub)
    p.add_argument("paths", nargs="+", metavar="DIR|FILE")
    p.add_argument("--replace", action="store_true",
                   help="a file of a law version already there replaces the stored text")
    p = add("search", cmd_search, "full-text search over the articles in force", lsub)
    p.add_argument("query", help='words, or a "quoted phrase" to find exactly')
    p.add_argument("--law", help="only this law (name or short name, e.g. 民法典, 民诉法)")
    p.add_argument("--within", help="only a part or chapter (合同编, 第九章, 诉讼时效)")
    p.add_argument("--on", help="the versions in force on this date (YYYY-MM-DD)")
    p.add_argument("--limit", type=int, default=20)
    p = add("cite", cmd_cite, "the article a reference names, e.g. 民法典第五百七十七条", lsub)
    p.add_argument("reference")
    p.add_argument("--on", help="the version in force on this date (YYYY-MM-DD)")
    p.add_argument("--law", help="the law the reference stands in, for 本法第…条")
    p.add_argument("--case", help="cite as in this case: the version in force when its facts "
                   "happened (without --on)")
    add("list", cmd_list, "the laws in the library with their versions", lsub)
    p = add("publish", cmd_publish, "make this PC's library the court's (court IT; every "
            "laptop installs it at its next sync)", lsub)
    p.add_argument("--server", help="the case server (default: the one logged in to)")
    p = add("links", cmd_links, "article references in a text, transcript or document", lsub)
    p.add_argument("text", nargs="?", help="the text to read")
    p.add_argument("--hearing", help="a hearing's transcript (needs login)")
    p.add_argument("--document", help="a dossier document's page text (needs login)")
    p.add_argument("--on", help="resolve to the versions in force on this date (YYYY-MM-DD)")
