"""Selecting text by dragging in a 300-page volume: what a page costs once, and each move.

- extraction: courtdesk's PageChars.from_page (rawdict into plain lists, once per page)
  against bare ``page.get_text("rawdict")`` of the same pages;
- a move: courtdesk's caret-to-caret selection and per-line rectangles on the cached
  characters, against MuPDF's own selection (``TextPage.extractSelection``) on a kept
  TextPage, and against extracting the page again on every move (what a reader without a
  cache would pay);
- in the page view: a real PageView offscreen, the press, moves and release sent as mouse
  events and each move painted, as a person's drag is.

    python bench/dossier_text_select.py [--pages 300] [--moves 200]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import median, ms, p95, timed, volume


def drag_points(page: pymupdf.Page, moves: int) -> list[tuple[float, float]]:
    """Pointer positions of a drag from the first line down and across the page."""
    words = page.get_text("words")
    x0, y0 = words[0][0] + 1, (words[0][1] + words[0][3]) / 2
    x1, y1 = words[-1][2] - 1, (words[-1][1] + words[-1][3]) / 2
    return [(x0 + (x1 - x0) * i / moves, y0 + (y1 - y0) * i / moves)
            for i in range(1, moves + 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--moves", type=int, default=200)
    args = parser.parse_args()

    from courtdesk.dossier.selection import PageChars

    data = volume(args.pages).read_bytes()
    doc = pymupdf.open(stream=data, filetype="pdf")
    text_pages = [i for i in range(doc.page_count) if doc[i].get_text("words")]
    PageChars.from_page(doc[0])
    flags = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_IMAGES  # as courtdesk asks
    doc[0].get_text("rawdict", flags=flags)  # warm both

    app_extract, bare_extract = [], []
    for n, i in enumerate(text_pages):
        runs = ((lambda i=i: app_extract.append(timed(lambda: PageChars.from_page(doc[i])))),
                (lambda i=i: bare_extract.append(timed(lambda: doc[i].get_text("rawdict",
                                                                         flags=flags)))))
        for run in (runs if n % 2 else runs[::-1]):  # who goes first alternates
            run()

    page = doc[text_pages[len(text_pages) // 2]]
    chars = PageChars.from_page(page)
    points = drag_points(page, args.moves)
    start = points[0]
    textpage = page.get_textpage()
    app_move, bare_move, again_move = [], [], []
    for x, y in points:
        def app(x=x, y=y):
            selection = chars.between(0, start, (x, y))
            chars.rects(selection)
            return chars.selected_text(selection)

        app_move.append(timed(app))
        bare_move.append(timed(lambda x=x, y=y: textpage.extractSelection(
            pymupdf.Point(start), pymupdf.Point(x, y))))
        again_move.append(timed(lambda: PageChars.from_page(page)))

    view_moves = view_drag(data, text_pages[len(text_pages) // 2], chars, points)

    print(f"{len(text_pages)} text pages of {args.pages}, {len(chars)} characters on the "
          f"dragged page, {args.moves} moves")
    print(f"extraction per page: courtdesk median {ms(median(app_extract))} p95 "
          f"{ms(p95(app_extract))}  bare rawdict median {ms(median(bare_extract))} p95 "
          f"{ms(p95(bare_extract))}  ratio app/raw median "
          f"{median(app_extract) / median(bare_extract):.2f}")
    print(f"selection per move: courtdesk median {ms(median(app_move))} p95 "
          f"{ms(p95(app_move))}  bare extractSelection (kept TextPage) median "
          f"{ms(median(bare_move))}  ratio app/raw median "
          f"{median(app_move) / median(bare_move):.2f}")
    print(f"  re-extracting the page on each move would cost median "
          f"{ms(median(again_move))} (ratio to courtdesk "
          f"{median(again_move) / median(app_move):.0f}x)")
    print(f"page view, one move event handled and painted: median {ms(median(view_moves))} "
          f"p95 {ms(p95(view_moves))}")


def view_drag(data: bytes, page_index: int, chars, points) -> list[float]:
    """A drag on a real PageView: each move event, then the paint it asks for."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from courtdesk.dossier.render import PageRenderer
    from courtdesk.ui.jobs import JobRunner
    from courtdesk.ui.views.page_view import PageSize, PageView

    app = QApplication.instance() or QApplication([])
    renderer = PageRenderer(lambda key: data)
    runner = JobRunner()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        sizes = [PageSize(p.rect.width, p.rect.height) for p in doc]
    view = PageView(renderer, runner, "vol", sizes)
    view.resize(1100, 900)
    view.show()
    view.go_to(page_index)
    view.set_page_chars(page_index, chars)
    renderer.render("vol", page_index, view.zoom * view.devicePixelRatioF())
    for _ in range(20):
        app.processEvents()
        view.viewport().repaint()

    def screen(x: float, y: float) -> QPoint:
        point = view._painted_transforms[page_index].map(QPointF(x, y))
        return QPoint(round(point.x()), round(point.y()))

    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=screen(*points[0]))
    times = []
    for x, y in points[1:]:
        def move(x=x, y=y) -> None:
            QTest.mouseMove(viewport, screen(x, y))
            viewport.repaint()  # the paint the move asked for, now

        times.append(timed(move))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=screen(*points[-1]))
    assert view.selected_text(), "the drag selected nothing"
    view.close()
    renderer.close()
    runner.shutdown()
    return times


if __name__ == "__main__":
    main()
