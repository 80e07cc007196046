"""Peak memory scrolling a 1000-page volume end to end: courtdesk against bare PyMuPDF.

Each run is a fresh process (ru_maxrss is a high-water mark). courtdesk: the volume read
from the encrypted store and every page rendered through the PageRenderer with neighbours
prefetched (the cache is bounded: 192 MB by default, ``--cache-mb``). Bare:
``pymupdf.open`` and each page rendered and dropped. Keeping every rendered page would need
pages x page size; the cache bound is what stops that.

    python bench/dossier_memory.py [--pages 1000] [--zoom 1.5] [--cache-mb 192]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import volume

CHILD_APP = """
import resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from dossier_common import scratch_store
from courtdesk.dossier.importer import DossierImporter
from courtdesk.dossier.library import DossierFiles
from courtdesk.dossier.render import PageRenderer
zoom = float(sys.argv[2])
cache = int(sys.argv[4]) * 2**20
with tempfile.TemporaryDirectory() as tmp:
    store, clerk, case_id = scratch_store(Path(tmp))
    doc = DossierImporter(store, clerk.actor).import_file(case_id, sys.argv[1]).document
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    renderer = PageRenderer(DossierFiles(store).pdf_bytes, cache_bytes=cache)
    key = doc["blob_sha256"]
    for page in range(renderer.page_count(key)):
        renderer.render(key, page, zoom)
        renderer.prefetch(key, page, zoom)
    renderer.close()
    store.close()
print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

CHILD_BARE = """
import resource, sys
import pymupdf
zoom = float(sys.argv[2])
doc = pymupdf.open(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
size = 0
for page in doc:
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    size = len(pix.samples_mv)
print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, size)
"""


def run(code: str, path: Path, zoom: float, cache_mb: int = 0) -> list[int]:
    out = subprocess.run([sys.executable, "-c", code, str(path), str(zoom),
                          str(Path(__file__).parent), str(cache_mb)], check=True,
                         capture_output=True, text=True)
    return [int(v) for v in out.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--zoom", type=float, default=1.5)
    parser.add_argument("--cache-mb", type=int, default=192)
    args = parser.parse_args()
    path = volume(args.pages)
    app_before, app_peak = run(CHILD_APP, path, args.zoom, args.cache_mb)
    bare_before, bare_peak, page_bytes = run(CHILD_BARE, path, args.zoom)
    mib = 1024  # ru_maxrss is in KiB on Linux
    print(f"scrolling {args.pages} pages at zoom {args.zoom} "
          f"({page_bytes / 2**20:.1f} MiB a page; all pages kept would be "
          f"{page_bytes * args.pages / 2**30:.1f} GiB)")
    print(f"courtdesk peak RSS {app_peak / mib:.0f} MiB (before scrolling {app_before / mib:.0f}"
          f" MiB: store, import)  bare PyMuPDF peak {bare_peak / mib:.0f} MiB (after open "
          f"{bare_before / mib:.0f} MiB)  ratio app/raw {app_peak / bare_peak:.2f}")
    print(f"growth while scrolling: courtdesk {(app_peak - app_before) / mib:.0f} MiB (page "
          f"cache bound {args.cache_mb} MiB)  bare {(bare_peak - bare_before) / mib:.0f} MiB")


if __name__ == "__main__":
    main()
