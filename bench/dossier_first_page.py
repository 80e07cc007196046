"""First page of a 1000-page volume visible: courtdesk against bare PyMuPDF.

courtdesk: read the volume from the encrypted blob store (decrypt, hash check), open it and
render page 1 through the PageRenderer, as the reader does when a volume is opened. Bare:
``pymupdf.open(path)`` and ``page.get_pixmap`` on the plaintext file. Same zoom; the two
alternate for several rounds in one process and the medians are compared. Goal: <= 1.3.

    python bench/dossier_first_page.py [--pages 1000] [--rounds 7] [--zoom 1.5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import median, ms, scratch_store, timed, volume


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--zoom", type=float, default=1.5)
    args = parser.parse_args()

    from courtdesk.dossier.importer import DossierImporter
    from courtdesk.dossier.library import DossierFiles
    from courtdesk.dossier.render import PageRenderer

    path = volume(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        store, clerk, case_id = scratch_store(Path(tmp))
        imported = timed(lambda: DossierImporter(store, clerk.actor).import_file(case_id, path))
        doc = store.query("SELECT * FROM documents")[0]

        def app() -> None:
            files = DossierFiles(store)  # nothing cached: the volume is opened afresh
            renderer = PageRenderer(files.pdf_bytes)
            renderer.render(doc["blob_sha256"], 0, args.zoom)
            renderer.close()

        def bare() -> None:
            pymupdf.open(path)[0].get_pixmap(matrix=pymupdf.Matrix(args.zoom, args.zoom),
                                             alpha=False)

        app()
        bare()  # warm both: fonts and MuPDF's own caches are per process
        app_times, bare_times = [], []
        for _ in range(args.rounds):
            app_times.append(timed(app))
            bare_times.append(timed(bare))
        # Big scanned volumes: the whole blob is decrypted before page 1 (PyMuPDF opens
        # bytes, and plaintext never goes to disk), so its size adds to the first page.
        import os

        from courtdesk.offline_cache.blobs import BlobStore

        blobs = BlobStore(store)
        big = blobs.put_bytes(os.urandom(64 * 1024 * 1024))
        read = median([timed(lambda: blobs.read_bytes(big)) for _ in range(3)])
        store.close()
    a, b = median(app_times), median(bare_times)
    size = path.stat().st_size / 1e6
    print(f"volume: {args.pages} pages, {size:.1f} MB; import (text of every page, index, "
          f"catalog): {imported:.2f} s")
    print(f"first page visible, zoom {args.zoom}: courtdesk {ms(a)}  bare PyMuPDF {ms(b)}  "
          f"ratio app/raw {a / b:.2f}  (goal <= 1.3)")
    print(f"blob decrypt + hash check: {64 / read:.0f} MB/s, i.e. +{ms(read / 64 * 100)} "
          "before page 1 of a 100 MB scanned volume")


if __name__ == "__main__":
    main()
