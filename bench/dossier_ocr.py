"""OCR throughput (pages a minute) and what it reads: courtdesk against bare PyMuPDF OCR.

Input: the demo dossier's four scanned pages (askew, dusty, one with a black border).
courtdesk: the OCR job (clean-up, Tesseract through PyMuPDF, character boxes mapped back,
page text and index committed per page). Bare: ``page.get_textpage_ocr`` on the page as it
is, same languages and dpi. Besides time, the share of the true text's character pairs
found in the OCR text tells how much of the page became searchable.

    python bench/dossier_ocr.py [--dpi 150]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import scratch_store, timed


def _pairs(text: str) -> set[str]:
    from courtdesk.dossier.text import normalize

    flat = normalize(text)
    return {flat[i:i + 2] for i in range(len(flat) - 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()

    from courtdesk.app import demo_material
    from courtdesk.dossier.importer import DossierImporter
    from courtdesk.dossier.library import DossierFiles
    from courtdesk.dossier.ocr import LANGUAGES, OcrJob

    volume = demo_material.make_dossier_volumes()[1]
    facts = demo_material.case_facts(random.Random(demo_material.DEMO_SEED))
    truths = [_pairs(markup.format_map(facts).replace("#", "").replace("|", ""))
              for markup in demo_material._SCANS]
    scans = [2, 3, 4, 5]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vol2.pdf"
        path.write_bytes(volume.pdf)
        store, clerk, case_id = scratch_store(Path(tmp))
        doc = DossierImporter(store, clerk.actor).import_file(case_id, path).document
        job = OcrJob(store, DossierFiles(store), clerk.actor, dpi=args.dpi)
        app_time = timed(lambda: job.run(doc["id"]))
        app_texts = [r["text"] for r in store.query(
            "SELECT text FROM document_pages WHERE document_id = ? AND text_source = 'ocr' "
            "ORDER BY page_index", (doc["id"],))]
        store.close()
    bare_doc = pymupdf.open(stream=volume.pdf, filetype="pdf")
    bare_texts: list[str] = []

    def bare() -> None:
        for index in scans:
            page = bare_doc[index]
            textpage = page.get_textpage_ocr(language=LANGUAGES, dpi=args.dpi, full=True)
            bare_texts.append(page.get_text(textpage=textpage))

    bare_time = timed(bare)

    def recall(texts: list[str]) -> float:
        found = [len(_pairs(t) & truth) / len(truth) for t, truth in zip(texts, truths)]
        return 100 * sum(found) / len(found)

    n = len(scans)
    print(f"{n} scanned pages at {args.dpi} dpi, languages {LANGUAGES}")
    print(f"courtdesk OCR job: {app_time:.1f} s, {60 * n / app_time:.1f} pages/min, "
          f"{recall(app_texts):.0f}% of the true text's character pairs read")
    print(f"bare PyMuPDF OCR:  {bare_time:.1f} s, {60 * n / bare_time:.1f} pages/min, "
          f"{recall(bare_texts):.0f}% read")
    print(f"ratio app/raw (time): {app_time / bare_time:.2f}")


if __name__ == "__main__":
    main()
