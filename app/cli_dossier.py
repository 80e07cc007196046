"""CLI commands of the dossier: import, list, search, ocr, catalog, render, annotate, export,
clean. Page numbers on the command line and in its output count from 1, as printed on paper.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

from .cli_common import _print
from .profile import open_store


@contextmanager
def _book(args):
    from .cli import _login
    from .dossier_book import DossierBook

    store = open_store(create=False)
    try:
        yield DossierBook(store, _login(args, store))
    finally:
        store.close()


def _page(number: int) -> int:
    if number < 1:
        raise ValueError("Pages count from 1.")
    return number - 1


def _numbers(text: str, count: int, what: str) -> list[float]:
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        raise ValueError(f"{what} is written as {count} numbers with commas, e.g. "
                         f"{','.join(['100'] * count)}") from None
    if len(values) != count:
        raise ValueError(f"{what} needs {count} numbers, got {len(values)}.")
    return values


def _pages(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    return _page(int(first)), _page(int(last or first))


def _progress(event) -> None:
    print(f"OCR page {event.page_index + 1}: {event.state} ({event.done}/{event.total}, "
          f"{event.seconds:.1f} s)", file=sys.stderr, flush=True)


def _file_signed(book, args) -> list:
    from courtdesk.dossier.errors import ImportRefused

    from .dossier_book import ImportOutcome

    outcomes = []
    for number, path in enumerate(args.files):
        title = args.title if args.title and number == 0 else Path(path).stem
        try:
            outcomes.append(ImportOutcome(str(path), result=book.add_signed_record(
                args.case, path, title)))
        except ImportRefused as exc:
            outcomes.append(ImportOutcome(str(path), error=exc))
    return outcomes


def cmd_import(args) -> int:
    with _book(args) as book:
        if args.signed:
            outcomes = _file_signed(book, args)
        else:
            outcomes = book.import_files(args.case, args.files, password=args.password,
                                         volume=args.volume, title=args.title)
    lines = []
    for o in outcomes:
        if o.result is None:
            lines.append(f"REFUSED {o.error.message}")
            continue
        r = o.result
        verb = "imported" if r.created else "already there:"
        lines.append(f"{verb} {Path(o.path).name} as volume {r.document['volume']} "
                     f"({r.pages} pages, {r.ocr_pending} scanned pages to OCR)  "
                     f"id {r.document['id']}")
        lines += [f"  note: {n}" for n in r.notes]
    _print(args, [o.as_dict() for o in outcomes], "\n".join(lines))
    for o in outcomes:
        if o.error is not None and not args.json:
            print(f"courtdesk: {o.error.message}", file=sys.stderr)
    return 1 if any(o.error for o in outcomes) else 0


def cmd_list(args) -> int:
    with _book(args) as book:
        docs = book.documents(args.case)
    text = "\n".join(
        f"{d['id']}  vol.{d['volume']}  {d['title']}  {d['page_count']} pages"
        + (f"  ({d['ocr_pending']} to OCR)" if d["ocr_pending"] else "")
        + (f"  [cleaned copy of {d['derived_from']}]" if d["derivation"] else "")
        + ("  (demo: this PC only)" if d["kept_here"]
           else "  *unsynced" if d["unsynced"] else "")
        + (f"\n    PROBLEM: {d['problem']}" if d["problem"] else "") for d in docs) \
        or "No documents."
    _print(args, docs, text)
    return 0


def cmd_search(args) -> int:
    with _book(args) as book:
        hits = book.search(args.case, args.query)
        data = []
        for hit in hits:
            item = hit.as_dict()
            if args.rects:
                item["rects"] = [[round(v, 1) for v in r] for r in
                                 book.hit_rects(hit.document_id, hit.page_index, args.query)]
            data.append(item)
    text = "\n".join(f"vol.{h.volume} p.{h.page_index + 1}  {h.title}"
                     f"{'  [OCR]' if h.text_source == 'ocr' else ''}  {h.snippet}"
                     for h in hits) or f"No page contains “{args.query}”."
    _print(args, data, text)
    return 0


def cmd_ocr(args) -> int:
    with _book(args) as book:
        target = book.store.get("documents", args.target)
        if target is not None and not target["deleted"]:
            ids = [book.document(args.target)["id"]]
        else:
            ids = [d["id"] for d in book.documents(args.target) if d["ocr_pending"]]
        reports = [book.ocr(i, dpi=args.dpi, progress=None if args.json else _progress)
                   for i in ids]
    data = [r.as_dict() for r in reports]
    text = "\n".join(f"{r.document_id}: {r.done} pages read, {r.failed} failed, "
                     f"{r.remaining} left ({r.seconds:.1f} s)" for r in reports) \
        or "No scanned pages waiting for OCR."
    _print(args, data, text)
    return 1 if any(r.failed for r in reports) else 0


def _catalog_text(entries: list[dict]) -> str:
    return "\n".join(f"{'  ' * (e['level'] - 1)}{e['title']}  p.{e['page_start'] + 1}"
                     f"–{e['page_end'] + 1}  [{e['doc_type'] or '?'}, {e['origin']}]  "
                     f"id {e['id']}" for e in entries) or "The catalog is empty."


def _catalog_data(entries: list[dict]) -> list[dict]:
    return [{**e, "first_page": e["page_start"] + 1, "last_page": e["page_end"] + 1}
            for e in entries]


def cmd_catalog(args) -> int:
    with _book(args) as book:
        entries = book.redetect_catalog(args.document) if args.redetect else \
            book.catalog(args.document)
    _print(args, _catalog_data(entries), _catalog_text(entries))
    return 0


def cmd_catalog_add(args) -> int:
    first, last = _pages(args.pages)
    with _book(args) as book:
        entry = book.add_catalog_entry(args.document, args.title, first, last,
                                       args.type or "")
    _print(args, _catalog_data([entry])[0], f"added {_catalog_text([entry])}")
    return 0


def cmd_catalog_set(args) -> int:
    fields: dict = {}
    if args.title:
        fields["title"] = args.title
    if args.type is not None:
        fields["doc_type"] = args.type
    if args.pages:
        fields["page_start"], fields["page_end"] = _pages(args.pages)
    if not fields:
        raise ValueError("Say what to change: --title, --pages or --type.")
    with _book(args) as book:
        entry = book.edit_catalog_entry(args.entry, **fields)
    _print(args, _catalog_data([entry])[0], f"changed {_catalog_text([entry])}")
    return 0


def cmd_catalog_remove(args) -> int:
    with _book(args) as book:
        book.remove_catalog_entry(args.entry)
    _print(args, {"removed": args.entry}, f"removed catalog entry {args.entry}")
    return 0


def cmd_render(args) -> int:
    from courtdesk.dossier.render import PageRenderer

    with _book(args) as book:
        key = book.render_key(args.document)
        renderer = PageRenderer(book.files.pdf_bytes)
        try:
            page = renderer.render(key, _page(args.page), args.zoom, args.rotate)
        finally:
            renderer.close()
    out = Path(args.png)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(page.png())
    data = {"file": str(out), "page": args.page, "width": page.width, "height": page.height,
            "zoom": page.zoom, "limited": page.limited}
    note = (f" (zoom lowered to {page.zoom:.2f}: a bigger bitmap of this page would need "
            "too much memory)" if page.limited else "")
    _print(args, data, f"wrote {out} ({page.width}×{page.height}){note}")
    return 0


def _geometry(args) -> dict:
    geometry: dict = {}
    if args.rect:
        rect = _numbers(args.rect, 4, "--rect")
        geometry["rect"] = rect
        if args.kind in ("highlight", "underline"):
            geometry = {}  # a dragged box: the words inside it are marked
    if args.point:
        geometry["point"] = _numbers(args.point, 2, "--point")
    if args.stroke:
        geometry["strokes"] = [[_numbers(p, 2, "an ink point") for p in s.split(";") if p]
                               for s in args.stroke]
    return geometry


def cmd_annotate(args) -> int:
    select = tuple(_numbers(args.rect, 4, "--rect")) if (
        args.rect and args.kind in ("highlight", "underline")) else None
    with _book(args) as book:
        row = book.annotate(args.document, _page(args.page), args.kind, _geometry(args),
                            text_query=args.match, select=select, color=args.color,
                            text=args.text or "", private=not args.shared)
    _print(args, {**row, "page": args.page, "geometry": json.loads(row["geometry"])},
           f"added {row['visibility']} {row['kind']} on page {args.page}  id {row['id']}")
    return 0


def cmd_annotations(args) -> int:
    with _book(args) as book:
        rows = book.annotations(args.document, None if args.page is None else _page(args.page))
    data = [{**r, "page": r["page_index"] + 1, "geometry": json.loads(r["geometry"])}
            for r in rows]
    _print(args, data, "\n".join(f"{r['id']}  p.{r['page_index'] + 1}  {r['kind']}  "
                                 f"{r['visibility']}  {r['color']}  {r['text']}"
                                 for r in rows) or "No annotations you can see.")
    return 0


def cmd_annotation_delete(args) -> int:
    with _book(args) as book:
        book.delete_annotation(args.annotation)
    _print(args, {"deleted": args.annotation}, f"deleted annotation {args.annotation}")
    return 0


def cmd_export(args) -> int:
    with _book(args) as book:
        report = book.export(args.document, Path(args.out), flatten=args.flatten,
                             redact=args.redact, progress=None if args.json else _progress)
    lines = [f"wrote {report.path}: {report.pages} pages, {report.annotations} annotations"
             f"{' (flattened)' if report.flattened else ''}"]
    if args.redact:
        kinds: dict[str, int] = {}
        for item in report.redactions:
            kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
        lines.append("redacted: " + (", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
                                     or "nothing found"))
    lines += [f"warning: {w}" for w in report.warnings]
    _print(args, report.as_dict(), "\n".join(lines))
    return 0


def cmd_clean(args) -> int:
    with _book(args) as book:
        outcome = book.clean(args.document, Path(args.out), dpi=args.dpi)
    lines = [f"wrote {outcome.written}; stored as document {outcome.document['id']} "
             f"({outcome.document['title']})"]
    lines += [f"  page {p['page']}: skew {p['skew_before']:+.2f}° → {p['skew_after']:+.2f}°, "
              f"border {p['border_fraction'] * 100:.0f}%, {p['specks_removed']} specks removed"
              for p in outcome.pages if p["cleaned"]]
    _print(args, {"document": outcome.document, "pages": outcome.pages,
                  "file": outcome.written}, "\n".join(lines))
    return 0


def register(sub, add) -> None:
    dossier = sub.add_parser("dossier", help="the electronic case file (电子卷宗)")
    dsub = dossier.add_subparsers(dest="dossier_command", required=True)
    p = add("import", cmd_import, "import PDFs and scans (JPEG, PNG, TIFF) as volumes", dsub)
    p.add_argument("case")
    p.add_argument("files", nargs="+")
    p.add_argument("--password", help="the password of a protected PDF")
    p.add_argument("--volume", type=int, help="volume number of the first file")
    p.add_argument("--title", help="title of the (first) volume; default: the file name")
    p.add_argument("--signed", action="store_true",
                   help="file signed records: refused unless signed; kept byte for byte")
    p = add("list", cmd_list, "the volumes of a case", dsub)
    p.add_argument("case")
    p = add("search", cmd_search, "search every volume of a case (scans after OCR)", dsub)
    p.add_argument("case")
    p.add_argument("query")
    p.add_argument("--rects", action="store_true", help="with hit rectangles (JSON)")
    p = add("ocr", cmd_ocr, "read scanned pages (of a document, or all of a case)", dsub)
    p.add_argument("target", metavar="CASE|DOC")
    p.add_argument("--dpi", type=int, default=150)
    p = add("catalog", cmd_catalog, "the catalog of a volume", dsub)
    p.add_argument("document")
    p.add_argument("--redetect", action="store_true",
                   help="detect again from page text, replacing hand edits")
    edit = dsub.add_parser("catalog-edit", help="change a catalog by hand")
    esub = edit.add_subparsers(dest="catalog_command", required=True)
    p = add("add", cmd_catalog_add, "add an entry", esub)
    p.add_argument("document")
    p.add_argument("title")
    p.add_argument("pages", help="pages, e.g. 3-5 or 7")
    p.add_argument("--type", help="document type, e.g. evidence, judgment")
    p = add("set", cmd_catalog_set, "change an entry", esub)
    p.add_argument("entry")
    p.add_argument("--title")
    p.add_argument("--pages")
    p.add_argument("--type")
    p = add("remove", cmd_catalog_remove, "remove an entry", esub)
    p.add_argument("entry")
    p = add("render", cmd_render, "render a page to PNG", dsub)
    p.add_argument("document")
    p.add_argument("page", type=int)
    p.add_argument("--png", required=True, help="output file")
    p.add_argument("--zoom", type=float, default=1.5)
    p.add_argument("--rotate", type=int, default=0, choices=[0, 90, 180, 270])
    p = add("annotate", cmd_annotate, "annotate a page (never written into the source)", dsub)
    p.add_argument("document")
    p.add_argument("page", type=int)
    p.add_argument("--kind", required=True,
                   choices=["highlight", "underline", "note", "rect", "bookmark", "ink"])
    p.add_argument("--match", help="highlight/underline: the words to mark on the page")
    p.add_argument("--rect", help="x0,y0,x1,y1 in points: the rectangle, or for a "
                                  "highlight the area whose words are marked")
    p.add_argument("--point", help="x,y of a note")
    p.add_argument("--stroke", action="append", help="ink: x,y;x,y;... (repeatable)")
    p.add_argument("--text", help="the note's text, or a comment / bookmark title")
    p.add_argument("--color", help="#rrggbb")
    vis = p.add_mutually_exclusive_group()
    vis.add_argument("--private", action="store_true", help="only you see it (default)")
    vis.add_argument("--shared", action="store_true", help="the case's members see it")
    p = add("annotations", cmd_annotations, "the annotations you can see", dsub)
    p.add_argument("document")
    p.add_argument("--page", type=int)
    p = add("annotation-delete", cmd_annotation_delete, "delete your annotation", dsub)
    p.add_argument("annotation")
    p = add("export", cmd_export, "export a copy with annotations, optionally redacted", dsub)
    p.add_argument("document")
    p.add_argument("out")
    p.add_argument("--flatten", action="store_true", help="bake annotations into the pages")
    p.add_argument("--redact", action="store_true",
                   help="remove ID, mobile phone and bank card numbers for real")
    p = add("clean", cmd_clean, "deskew, de-border and despeckle scans into a new copy", dsub)
    p.add_argument("document")
    p.add_argument("out")
    p.add_argument("--dpi", type=int, default=150)

