"""Rendering on the PDF thread: plain pixels back, a bounded cache, prefetch."""

from __future__ import annotations

import threading
import time

import pymupdf
import pytest
from dossier_kit import huge_page_pdf, pdf_work, text_pdf

from courtdesk.dossier.errors import PageOutOfRange
from courtdesk.dossier.pdf_thread import WORK, pdf_thread
from courtdesk.dossier.render import MAX_SIDE_PX, PageRenderer, render_page


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return text_pdf([f"第{i + 1}页\n合同纠纷 证据材料 第{i + 1}号" for i in range(12)])


@pdf_work
def bare_samples(pdf: bytes, index: int, zoom: float = 1.0) -> bytes:
    return pymupdf.open(stream=pdf, filetype="pdf")[index].get_pixmap(
        matrix=pymupdf.Matrix(zoom, zoom), alpha=False).samples


def test_render_page_matches_bare_pymupdf(pdf):
    page = render_page(pdf, 3, zoom=1.5)
    assert not page.limited and page.samples == bare_samples(pdf, 3, 1.5)
    assert isinstance(page.samples, bytes)  # plain data: any thread may read it
    assert render_page(pdf, 0, dpi=144).width == 595 * 2
    with pytest.raises(PageOutOfRange, match="12 pages"):
        render_page(pdf, 12)


def test_readers_on_many_threads_get_the_pages_from_the_pdf_thread(pdf):
    loads: list[str] = []
    renderer = PageRenderer(lambda key: loads.append(threading.current_thread().name) or pdf)
    try:
        expected = {i: bare_samples(pdf, i) for i in range(12)}
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
        # One Document, opened once, on the PDF thread.
        assert loads == [pdf_thread().thread.name]
    finally:
        renderer.close()


def test_cache_hits_are_bounded_and_prefetch_renders_neighbours(pdf):
    page_bytes = render_page(pdf, 0).stride * 842
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
        png = rotated.png()
        assert png.startswith(b"\x89PNG")
        assert pdf_thread().call(lambda: pymupdf.Pixmap(png).width) == rotated.width
    finally:
        renderer.close()


def test_a_page_the_reader_waits_for_goes_before_background_work(pdf):
    """Background work on the PDF thread (OCR, export) runs a page a step: a page asked
    for meanwhile is rendered between two steps, not after the whole job."""
    thread = pdf_thread()
    renderer = PageRenderer(lambda key: pdf)
    steps: list[int] = []
    started = threading.Event()

    def long_job():
        for step in range(6):
            steps.append(step)
            started.set()
            time.sleep(0.2)  # a page of OCR
            yield
        return "done"

    try:
        job = thread.submit(long_job, priority=WORK)
        assert started.wait(timeout=10)
        page = renderer.submit("vol", 5).result(timeout=30)
        steps_before_page = len(steps)
        assert job.result(timeout=30) == "done"
        assert page.page_index == 5 and steps_before_page <= 2
    finally:
        renderer.close()


def test_page_coordinates_map_to_pixels_on_rotated_pages():
    @pdf_work
    def rotated_pdf() -> tuple[bytes, pymupdf.Rect]:
        doc = pymupdf.open(stream=text_pdf(["起诉状 第一页"]), filetype="pdf")
        doc[0].set_rotation(90)
        data = doc.tobytes()
        return data, pymupdf.open(stream=data, filetype="pdf")[0].search_for("起诉状")[0]

    data, word = rotated_pdf()
    renderer = PageRenderer(lambda key: data)
    try:
        page = renderer.render("r", 0, zoom=2)
        box = (word * pymupdf.Matrix(*page.matrix)).irect
        dark = sum(1 for x in range(box.x0, box.x1) for y in range(box.y0, box.y1)
                   if page.samples[y * page.stride + 3 * x] < 128)
        assert dark > 0.05 * box.width * box.height  # the word is where the matrix says
    finally:
        renderer.close()


def test_an_enormous_page_renders_within_the_pixel_limit():
    page = render_page(huge_page_pdf(14000), 0, zoom=2)
    assert page.limited and max(page.width, page.height) <= MAX_SIDE_PX
