"""Scrolling a 1000-page volume end to end in the dossier viewer (the real Qt widget).

courtdesk: the volume read from the encrypted store, shown in the workspace's PageView
(offscreen Qt) at fit-width, scrolled by one screen at a time; each step is timed from the
scroll until every page in view is painted from its bitmap (rendered by the PageRenderer's
workers, delivered through the JobRunner, drawn with the annotation overlay). Bare: the
same pages rendered with ``page.get_pixmap`` at the same zoom on an open Document and
drawn into a QImage of the same size, one screen at a time. Both print p50/p95 per screen,
the total, and the ratio; then the viewer's peak memory and its page cache size.

    python bench/dossier_viewer_scroll.py [--pages 1000] [--width 1100] [--height 800]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import pymupdf
from dossier_common import median, ms, p95, scratch_store, volume
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])

    from courtdesk.dossier.importer import DossierImporter
    from courtdesk.dossier.library import DossierFiles
    from courtdesk.dossier.render import PageRenderer
    from courtdesk.ui.jobs import JobRunner
    from courtdesk.ui.views.page_view import FIT_WIDTH, PageSize, PageView

    path = volume(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        store, clerk, case_id = scratch_store(Path(tmp))
        document = DossierImporter(store, clerk.actor).import_file(case_id, path).document
        files = DossierFiles(store)
        sizes = [PageSize(p["width"], p["height"]) for p in files.pages(document["id"])]
        runner = JobRunner()
        renderer = PageRenderer(files.pdf_bytes)
        view = PageView(renderer, runner, document["blob_sha256"], sizes)
        view.resize(args.width, args.height)
        view.show()
        view.set_zoom(FIT_WIDTH)
        app.processEvents()
        zoom = view.zoom

        def settle() -> None:
            # The scroll paints at once (pages not rendered yet drawn blank); a bitmap that
            # arrives later asks for a paint itself, which the event loop then delivers.
            view.viewport().repaint()
            while not all(i in view._painted_transforms for i in view.visible_pages()):
                app.processEvents()
                time.sleep(0.0002)

        settle()
        bar = view.verticalScrollBar()
        steps, screens = [], 0
        started = time.perf_counter()
        while bar.value() < bar.maximum():
            t0 = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            settle()
            steps.append(time.perf_counter() - t0)
            screens += 1
        app_total = time.perf_counter() - started
        last_seen = view.current
        cache_mb = renderer.cache_used / 2**20
        renderer.close()
        runner.shutdown()
        store.close()

    # Bare: the same screens, each page of a screen rendered and drawn once.
    doc = pymupdf.open(path)
    matrix = pymupdf.Matrix(zoom, zoom)
    page_h = 842 * zoom + 14
    per_screen = max(1, round(args.height / page_h + 1))
    canvas = QImage(args.width, args.height, QImage.Format.Format_RGB888)
    bare_steps = []
    started = time.perf_counter()
    top = 0.0
    for _ in range(screens):
        t0 = time.perf_counter()
        top += args.height
        first = int(top // page_h)
        painter = QPainter(canvas)
        for index in range(first, min(first + per_screen, doc.page_count)):
            pix = doc[index].get_pixmap(matrix=matrix, alpha=False)
            image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride,
                           QImage.Format.Format_RGB888)
            painter.drawImage(QRectF(0, index * page_h - top, pix.width, pix.height), image)
        painter.end()
        bare_steps.append(time.perf_counter() - t0)
    bare_total = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.pages}-page volume, {args.width}x{args.height} view, zoom {zoom:.2f}, "
          f"{screens} screens scrolled, ended on page {last_seen + 1}")
    print(f"courtdesk viewer: per screen p50 {ms(median(steps))}, p95 {ms(p95(steps))}, "
          f"total {app_total:.2f} s")
    print(f"bare PyMuPDF:     per screen p50 {ms(median(bare_steps))}, "
          f"p95 {ms(p95(bare_steps))}, total {bare_total:.2f} s")
    print(f"ratio p95 {p95(steps) / p95(bare_steps):.2f}, total "
          f"{app_total / bare_total:.2f}")
    print(f"peak memory (both runs, one process) {peak_mb:.0f} MiB; viewer page cache "
          f"{cache_mb:.0f} MiB (bounded)")


if __name__ == "__main__":
    main()
