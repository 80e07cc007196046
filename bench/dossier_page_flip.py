"""Page flips in a 1000-page volume: cached, uncached, and with prefetch while reading.

- uncached: courtdesk's PageRenderer.render of a page not rendered before, against bare
  ``page.get_pixmap`` of the same page on an open Document (goal: p95 <= 1.2x bare);
- cached: back to pages read a moment ago, still in the (default, 192 MB) cache
  (goal: p95 <= 30 ms);
- reading: flip to the next page every ``--pause`` ms with neighbours prefetched, as the
  viewer does; the time until the page is there.

    python bench/dossier_page_flip.py [--flips 200] [--zoom 1.5] [--pause 150]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import median, ms, p95, timed, volume


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--flips", type=int, default=200)
    parser.add_argument("--zoom", type=float, default=1.5)
    parser.add_argument("--pause", type=float, default=150, help="ms between flips")
    args = parser.parse_args()

    from courtdesk.dossier.render import PageRenderer

    data = volume(args.pages).read_bytes()
    matrix = pymupdf.Matrix(args.zoom, args.zoom)
    bare_doc = pymupdf.open(stream=data, filetype="pdf")
    renderer = PageRenderer(lambda key: data)
    renderer.render("vol", 0, args.zoom)
    bare_doc[0].get_pixmap(matrix=matrix, alpha=False)  # warm both

    # The same pages for both, each from its own Document (MuPDF caches decoded images and
    # fonts per document, so neither profits from the other); who goes first alternates.
    app_uncached, bare_times = [], []

    def app(i: int) -> None:
        app_uncached.append(timed(lambda: renderer.render("vol", i, args.zoom)))

    def bare(i: int) -> None:
        bare_times.append(timed(lambda: bare_doc[i].get_pixmap(matrix=matrix, alpha=False)))

    for i in range(1, args.flips + 1):
        for run in ((app, bare) if i % 2 else (bare, app)):
            run(i)
    recent = range(args.flips, args.flips - 40, -1)  # flipping back through the last 40
    app_cached = [timed(lambda i=i: renderer.render("vol", i, args.zoom)) for i in recent]
    hits = renderer.hits
    renderer.close()

    reader = PageRenderer(lambda key: data)
    waits = []
    start = args.pages // 2
    for page in range(start, start + args.flips // 2):
        waits.append(timed(lambda page=page: reader.render("vol", page, args.zoom)))
        reader.prefetch("vol", page, args.zoom, ahead=2, behind=1)
        time.sleep(args.pause / 1000)
    reader.close()

    print(f"{args.flips} flips at zoom {args.zoom} "
          f"({bare_doc[0].get_pixmap(matrix=matrix).width} px wide)")
    print(f"uncached: courtdesk p95 {ms(p95(app_uncached))} (median "
          f"{ms(median(app_uncached))})  bare PyMuPDF p95 {ms(p95(bare_times))} (median "
          f"{ms(median(bare_times))})  ratio app/raw p95 "
          f"{p95(app_uncached) / p95(bare_times):.2f}  (goal <= 1.2)")
    print(f"cached: courtdesk p95 {ms(p95(app_cached))} ({hits}/{len(app_cached)} from the "
          "cache)  (goal <= 30 ms)")
    print(f"reading with prefetch, a flip every {args.pause:.0f} ms: p95 {ms(p95(waits))}, "
          f"median {ms(median(waits))}")


if __name__ == "__main__":
    main()
