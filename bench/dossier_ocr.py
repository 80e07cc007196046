"""OCR throughput (pages a minute) and what it reads: courtdesk against bare PyMuPDF OCR on
the same input, with scan clean-up measured on its own.

Input: the demo dossier's four scanned pages (askew, dusty, one with a black border).

- Clean-up (courtdesk only): render the page grey, remove border and dust, deskew
  (``scan_image.clean_scan``), timed by itself.
- OCR of the same input: the four cleaned pages are put in a PDF of their own. courtdesk:
  the OCR job on that document with clean-up off (Tesseract through PyMuPDF, character
  boxes kept, page text and search index committed per page, the catalog refreshed). Bare:
  ``page.get_textpage_ocr`` and ``get_text`` on the same pages, same languages and dpi.
  Each round runs both, alternating which goes first; medians are compared.
- What it reads: the share of the true text's character pairs found, for bare OCR of the
  raw page, bare OCR of the cleaned page and courtdesk's job (clean-up included).

Takes about 2-3 minutes with the defaults.

    python bench/dossier_ocr.py [--dpi 150] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import median, scratch_store, timed

SCANS = (2, 3, 4, 5)  # the scanned pages of the demo's second volume


def _pairs(text: str) -> set[str]:
    from courtdesk.dossier.text import normalize

    flat = normalize(text)
    return {flat[i:i + 2] for i in range(len(flat) - 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from courtdesk.app import demo_material
    from courtdesk.dossier import scan_image
    from courtdesk.dossier.importer import DossierImporter
    from courtdesk.dossier.library import DossierFiles
    from courtdesk.dossier.ocr import LANGUAGES, OcrJob

    volume = demo_material.make_dossier_volumes()[1]
    facts = demo_material.case_facts(random.Random(demo_material.DEMO_SEED))
    truths = [_pairs(markup.format_map(facts).replace("#", "").replace("|", ""))
              for markup in demo_material._SCANS]
    raw_doc = pymupdf.open(stream=volume.pdf, filetype="pdf")
    n = len(SCANS)

    def recall(texts: list[str]) -> float:
        found = [len(_pairs(t) & truth) / len(truth) for t, truth in zip(texts, truths)]
        return 100 * sum(found) / len(found)

    def bare_ocr(doc: pymupdf.Document, pages) -> list[str]:
        texts = []
        for index in pages:
            page = doc[index]
            textpage = page.get_textpage_ocr(language=LANGUAGES, dpi=args.dpi, full=True)
            texts.append(page.get_text(textpage=textpage))
        return texts

    # Clean-up alone, and the cleaned pages as a PDF both sides read.
    cleaned_pdf = pymupdf.open()
    cleanup_times = []
    for round_no in range(args.rounds):
        started = time.perf_counter()
        cleaned = [scan_image.clean_scan(scan_image.page_gray(raw_doc[i], args.dpi),
                                         measure_after=False).image for i in SCANS]
        cleanup_times.append(time.perf_counter() - started)
        if round_no == 0:
            for index, image in zip(SCANS, cleaned):
                page = cleaned_pdf.new_page(width=raw_doc[index].rect.width,
                                            height=raw_doc[index].rect.height)
                page.insert_image(page.rect, pixmap=scan_image.to_pixmap(image, args.dpi))
    cleaned_bytes = cleaned_pdf.tobytes()
    cleaned_doc = pymupdf.open(stream=cleaned_bytes, filetype="pdf")

    with tempfile.TemporaryDirectory() as tmp:
        store, clerk, case_id = scratch_store(Path(tmp))
        files = DossierFiles(store)
        importer = DossierImporter(store, clerk.actor)
        (Path(tmp) / "cleaned.pdf").write_bytes(cleaned_bytes)
        cleaned_id = importer.import_file(case_id, Path(tmp) / "cleaned.pdf").document["id"]
        (Path(tmp) / "vol2.pdf").write_bytes(volume.pdf)
        real_id = importer.import_file(case_id, Path(tmp) / "vol2.pdf").document["id"]
        job = OcrJob(store, files, clerk.actor, dpi=args.dpi, clean=False)
        app_times, bare_times = [], []
        bare_cleaned: list[str] = []
        for round_no in range(args.rounds):
            with store.transaction():  # not timed: every page waits for OCR again
                store.conn.execute("UPDATE document_pages SET ocr_state = 'pending' "
                                   "WHERE document_id = ?", (cleaned_id,))
            sides = [(app_times, lambda: job.run(cleaned_id)),
                     (bare_times, lambda: bare_cleaned.__setitem__(
                         slice(None), bare_ocr(cleaned_doc, range(n))))]
            for times, run in sides if round_no % 2 == 0 else reversed(sides):
                times.append(timed(run))
            print(f"  round {round_no + 1}: courtdesk OCR job {app_times[-1]:.1f} s, "
                  f"bare {bare_times[-1]:.1f} s")
        app_texts = [r["text"] for r in store.query(
            "SELECT text FROM document_pages WHERE document_id = ? ORDER BY page_index",
            (cleaned_id,))]
        # The real path once, clean-up included, for what it reads.
        full_time = timed(lambda: OcrJob(store, files, clerk.actor, dpi=args.dpi).run(real_id))
        real_texts = [r["text"] for r in store.query(
            "SELECT text FROM document_pages WHERE document_id = ? AND text_source = 'ocr' "
            "ORDER BY page_index", (real_id,))]
        store.close()
    raw_texts = bare_ocr(raw_doc, SCANS)

    app_s, bare_s, clean_s = median(app_times), median(bare_times), median(cleanup_times)
    print(f"{n} scanned pages at {args.dpi} dpi, languages {LANGUAGES}, "
          f"{args.rounds} alternating rounds (medians)")
    print(f"scan clean-up (courtdesk only): {clean_s:.2f} s for {n} pages "
          f"({clean_s / n:.2f} s a page)")
    print(f"OCR of the same cleaned pages: courtdesk job {app_s:.1f} s "
          f"({60 * n / app_s:.1f} pages/min, {recall(app_texts):.0f}% of the true text's "
          f"character pairs read), bare PyMuPDF {bare_s:.1f} s ({60 * n / bare_s:.1f} "
          f"pages/min, {recall(bare_cleaned):.0f}% read)")
    print(f"courtdesk's full job with clean-up: {full_time:.1f} s, {recall(real_texts):.0f}% "
          f"read; bare OCR of the raw pages: {recall(raw_texts):.0f}% read")
    print(f"ratio app/raw = {app_s / bare_s:.2f} (OCR time, same input)")


if __name__ == "__main__":
    main()
