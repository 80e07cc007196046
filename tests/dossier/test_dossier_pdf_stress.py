"""Render, OCR, export, search and import at once, from several threads, many rounds.

PyMuPDF does not support threads: courtdesk runs it on one PDF thread. Here every kind of
dossier work runs together on real PDFs (text volumes and scans Tesseract must read), each
worker with its own store connection as the app's threads have, and every result must
equal what the same work gave alone; nothing may crash or hang. The thread guard
(conftest) fails the test if any PyMuPDF call ran elsewhere.
"""

from __future__ import annotations

import hashlib
import threading
import time
import traceback

import pytest
from dossier_kit import (
    damaged_scan_pdf,
    image_only_pdf,
    make_case,
    make_people,
    pdf_text,
    repaired_pdf,
    scan_array,
    text_pdf,
)

from courtdesk.app.dossier_book import DossierBook
from courtdesk.dossier.errors import ImportRefused
from courtdesk.dossier.importer import prepare
from courtdesk.dossier.render import PageRenderer, render_page
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

ROUNDS = 3
WORKERS_DEADLINE_S = 420

TEXT_PAGES = [f"第{i + 1}页 民事起诉状\n原告延吉市长白山商贸有限公司\n"
              f"联系电话 13914862807 公民身份号码 11010519491231002X\n证据材料 第{i + 1}号"
              for i in range(6)]
SCAN_LINES = [["民事答辩状", "答辩人朴英姬", "公民身份号码：", "11010519491231002X"],
              ["收条", "今收到货款人民币叁万元整", "特别授权"]]


def _scan_pdf(seed: int) -> bytes:
    return image_only_pdf([scan_array(lines, seed=seed + n, dust=200)
                           for n, lines in enumerate(SCAN_LINES)])


@pytest.fixture
def volumes(tmp_path, fast_kdf):
    store = LocalStore.open(tmp_path / "store", ask())
    people = make_people(store)
    case = make_case(store, people)
    clerk = DossierBook(store, people["clerk"])
    files = {"text.pdf": text_pdf(TEXT_PAGES), "scan_a.pdf": _scan_pdf(1),
             "scan_b.pdf": _scan_pdf(11)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    outcomes = clerk.import_files(case["id"], [tmp_path / n for n in files])
    docs = {name.removesuffix(".pdf"): o.result.document for name, o in zip(files, outcomes)}
    judge = DossierBook(store, people["judge"])
    judge.ocr(docs["scan_b"]["id"])  # read before the rounds: the export redacts it
    judge.annotate(docs["text"]["id"], 0, "highlight", text_query="民事起诉状", private=False)
    judge.annotate(docs["text"]["id"], 1, "note", {"point": [300, 300]}, text="待核 13914862807")
    judge.annotate(docs["text"]["id"], 2, "bookmark", text="证据材料")
    yield {"store": store, "people": people, "case": case, "docs": docs, "dir": tmp_path}
    store.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Work:
    """Each kind of dossier work as one function; its result is compared, never timed."""

    def __init__(self, world: dict, store: LocalStore) -> None:
        self.world, self.docs = world, world["docs"]
        self.book = DossierBook(store, world["people"]["judge"])
        self.store = store

    def render(self, renderer: PageRenderer) -> dict:
        out = {}
        for name in ("text", "scan_a", "scan_b"):
            key = self.docs[name]["blob_sha256"]
            for index in range(self.docs[name]["page_count"]):
                for zoom, rotate in ((1.0, 0), (0.5, 90)):
                    page = renderer.render(key, index, zoom, rotate)
                    out[name, index, zoom, rotate] = (page.width, page.height,
                                                      _sha(page.samples))
            renderer.prefetch(key, 0, 0.75)
        return out

    def ocr(self) -> dict:
        scan = self.docs["scan_a"]["id"]
        with self.store.transaction():
            self.store.conn.execute(
                "UPDATE document_pages SET ocr_state = 'pending', text_source = 'none' "
                "WHERE document_id = ?", (scan,))
        report = self.book.ocr(scan)
        assert report.done == 2 and not report.failed, report
        rows = self.store.query("SELECT page_index, text, ocr_lines FROM document_pages "
                                "WHERE document_id = ? ORDER BY page_index", (scan,))
        return {r["page_index"]: (r["text"], r["ocr_lines"]) for r in rows}

    def export(self, round_number: int) -> dict:
        base = self.world["dir"] / f"export-{threading.get_ident()}-{round_number}"
        flat = self.book.export(self.docs["text"]["id"], base / "text.pdf", flatten=True,
                                redact=True)
        scan = self.book.export(self.docs["scan_b"]["id"], base / "scan.pdf", redact=True)
        return {"text": (flat.pages, flat.annotations, flat.redactions, flat.warnings,
                         pdf_text((base / "text.pdf").read_bytes())),
                "scan": (scan.pages, scan.redactions, scan.warnings,
                         [_sha(render_page((base / "scan.pdf").read_bytes(), i, zoom=0.5).samples)
                          for i in range(scan.pages)])}

    def search(self) -> dict:
        case_id = self.world["case"]["id"]
        out = {}
        for query in ("民事起诉状", "证据材料", "特别授权", "公民身份号码", "收条"):
            hits = self.book.search(case_id, query)
            out[query] = [(h.document_id, h.page_index, h.snippet, h.text_source,
                           [tuple(round(v, 1) for v in r) for r in
                            self.book.hit_rects(h.document_id, h.page_index, query)])
                          for h in hits if h.document_id != self.docs["scan_a"]["id"]]
        return out

    def import_file(self, round_number: int, worker: int) -> tuple:
        path = self.world["dir"] / f"import-{worker}-{round_number}.pdf"
        path.write_bytes(text_pdf([f"补充证据 第{round_number}轮 第{worker}份"] * 3))
        cut = self.world["dir"] / f"cut-{worker}-{round_number}.pdf"
        cut.write_bytes(path.read_bytes()[:-300])
        clerk = DossierBook(self.store, self.world["people"]["clerk"])
        good, bad = clerk.import_files(self.world["case"]["id"], [path, cut])
        assert bad.error is not None
        return (good.result.pages, good.result.ocr_pending, good.result.notes,
                bad.error.code, "cut short" in bad.error.message)


@pytest.mark.timeout(WORKERS_DEADLINE_S + 180)
def test_render_ocr_export_search_and_import_together_equal_each_alone(volumes):
    world = volumes
    alone = Work(world, world["store"])
    loader = alone.book.files.pdf_bytes
    renderer = PageRenderer(loader, cache_bytes=2 * 1024 * 1024)  # small: pages re-render
    expected = {"render": alone.render(renderer), "ocr": alone.ocr(),
                "export": alone.export(-1), "search": alone.search(),
                "import": alone.import_file(-1, 0)}
    assert expected["search"]["特别授权"] and expected["search"]["公民身份号码"]
    assert expected["export"]["scan"][1], "the scan's ID number was redacted"

    failures: list[str] = []
    finished: list[str] = []
    lock = threading.Lock()

    def worker(kind: str, number: int) -> None:
        store = LocalStore.open(world["dir"] / "store", ask())
        try:
            work = Work(world, store)
            for round_number in range(ROUNDS):
                if kind == "render":
                    got = work.render(renderer)
                elif kind == "ocr":
                    got = work.ocr()
                elif kind == "export":
                    got = work.export(round_number)
                elif kind == "search":
                    got = work.search()
                else:
                    got = work.import_file(round_number, number)
                if got != expected[kind]:
                    parts = [k for k in got if got[k] != expected[kind].get(k)] \
                        if isinstance(got, dict) else got
                    with lock:
                        failures.append(f"{kind} {number} round {round_number}: {parts}")
            with lock:
                finished.append(f"{kind} {number}")
        except BaseException:
            with lock:
                failures.append(f"{kind} {number}: {traceback.format_exc()}")
        finally:
            store.close()

    kinds = ["render", "render", "ocr", "export", "search", "import"]
    threads = [threading.Thread(target=worker, args=(kind, n), name=f"stress-{kind}-{n}")
               for n, kind in enumerate(kinds)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(1.0, WORKERS_DEADLINE_S - (time.monotonic() - started)))
    hung = [t.name for t in threads if t.is_alive()]
    renderer.close()
    assert not hung, f"workers still running after {WORKERS_DEADLINE_S} s: {hung}"
    assert failures == []
    assert len(finished) == len(kinds)


@pytest.mark.timeout(180)
def test_an_import_is_not_refused_for_damage_in_a_page_read_meanwhile(tmp_path):
    """MuPDF's warnings are one buffer for the process, and the importer reads them to
    tell a damaged file. While damaged scans were rendered on other threads, a sound file
    whose index MuPDF rebuilt was refused as damaged (184 of 190 imports here, before the
    PDF thread)."""
    sound, damaged = tmp_path / "银行流水.pdf", damaged_scan_pdf()
    sound.write_bytes(repaired_pdf())
    alone = prepare(sound)
    assert any("rebuilt" in note for note in alone.notes)
    stop = threading.Event()
    rendered: list[int] = []

    def render_damaged() -> None:
        while not stop.is_set():
            rendered.append(render_page(damaged, 0, zoom=0.1).width)

    readers = [threading.Thread(target=render_damaged, name=f"reader-{n}") for n in range(2)]
    for reader in readers:
        reader.start()
    try:
        outcomes = []
        for _ in range(12):
            try:
                outcomes.append(prepare(sound).notes == alone.notes)
            except ImportRefused as exc:
                outcomes.append(exc.message)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=30)
    assert rendered, "the damaged scan was rendered meanwhile"
    assert outcomes == [True] * 12
