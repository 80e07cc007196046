"""Rendering off the GUI thread: one Document per thread, a bounded cache, prefetch."""

from __future__ import annotations

import threading

import pymupdf
import pytest
from dossier_kit import huge_page_pdf, text_pdf

from courtdesk.dossier.errors import PageOutOfRange
from courtdesk.dossier.render import MAX_SIDE_PX, PageRenderer, render_page


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return text_pdf([f"第{i + 1}页\n合同纠纷 证据材料 第{i + 1}号" for i in range(12)])


def test_render_page_matches_bare_pymupdf(pdf):
    pix, limited = render_page(pdf, 3, zoom=1.5)
    bare = pymupdf.open(stream=pdf, filetype="pdf")[3].get_pixmap(
        matrix=pymupdf.Matrix(1.5, 1.5), alpha=False)
    assert not limited and pix.samples == bare.samples
    assert render_page(pdf, 0, dpi=144)[0].width == 595 * 2
    with pytest.raises(PageOutOfRange, match="12 pages"):
        render_page(pdf, 12)


def test_worker_threads_each_render_with_their_own_document(pdf):
    loads: list[str] = []
    renderer = PageRenderer(lambda key: loads.append(threading.current_thread().name) or pdf,
                            workers=2)
    try:
        expected = {i: render_page(pdf, i)[0].samples for i in range(12)}
        results: dict[int, bytes] = {}

        def read(pages: range) -> None:
            for i in pages:
                results[i] = renderer.render("vol", i).samples

        threads = [threading.Thread(target=read, args=(range(k, 12, 3),)) for k in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        futures = [renderer.submit("vol", i, zoom=0.5) for i in range(12)]
        assert all(f.result(timeout=30).zoom == 0.5 for f in futures)
        assert results == expected
        # One Document per thread that rendered: three readers plus at most two workers.
        assert 3 <= len(loads) <= 5 and len(set(loads)) == len(loads)
    finally:
        renderer.close()


def test_cache_hits_are_bounded_and_prefetch_renders_neighbours(pdf):
    page_bytes = render_page(pdf, 0)[0].stride * 842
    renderer = PageRenderer(lambda key: pdf, cache_bytes=3 * page_bytes + 10)
    try:
        first = renderer.render("vol", 0)
        assert renderer.render("vol", 0) is first and renderer.hits == 1
        for future in renderer.prefetch("vol", 0, ahead=2, behind=1):
            future.result(timeout=30)
        assert renderer.cached("vol", 1) and renderer.cached("vol", 2)
        for i in range(3, 8):
            renderer.render("vol", i)
        assert renderer.cache_used <= 3 * page_bytes + 10
        assert renderer.cached("vol", 0) is None and renderer.cached("vol", 7)
        rotated = renderer.render("vol", 7, rotate=90)
        assert (rotated.width, rotated.height) == (first.height, first.width)
        assert pymupdf.Pixmap(rotated.png()).width == rotated.width
    finally:
        renderer.close()


def test_page_coordinates_map_to_pixels_on_rotated_pages():
    doc = pymupdf.open(stream=text_pdf(["起诉状 第一页"]), filetype="pdf")
    doc[0].set_rotation(90)
    data = doc.tobytes()
    renderer = PageRenderer(lambda key: data)
    try:
        page = renderer.render("r", 0, zoom=2)
        word = pymupdf.open(stream=data, filetype="pdf")[0].search_for("起诉状")[0]
        box = (word * pymupdf.Matrix(*page.matrix)).irect
        pixels = page.pixmap()
        dark = sum(1 for x in range(box.x0, box.x1) for y in range(box.y0, box.y1)
                   if pixels.pixel(x, y)[0] < 128)
        assert dark > 0.05 * box.width * box.height  # the word is where the matrix says
    finally:
        renderer.close()


def test_an_enormous_page_renders_within_the_pixel_limit():
    pix, limited = render_page(huge_page_pdf(14000), 0, zoom=2)
    assert limited and max(pix.width, pix.height) <= MAX_SIDE_PX
