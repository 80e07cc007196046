"""Shared by the dossier benchmarks: a 1000-page Chinese volume and a scratch store.

The volume is made once with PyMuPDF (Chinese text in the embedded "china-s" font, one
scanned image page in fifty, as real volumes mix them) and kept in the temp folder.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

import pymupdf

PHRASES = ("原告", "被告", "买卖合同纠纷", "货款", "违约金", "证据", "质证意见", "本院认为",
           "依照《中华人民共和国民法典》第五百七十七条", "判决如下", "延吉市长白山商贸有限公司",
           "朴英姬", "松子仁", "黑木耳", "退货通知函", "收条", "逾期付款", "诉讼请求")


def volume(pages: int = 1000, seed: int = 1) -> Path:
    path = Path(tempfile.gettempdir()) / f"courtdesk-bench-volume-{pages}-{seed}.pdf"
    if path.exists():
        return path
    rng = random.Random(seed)
    font = pymupdf.Font("china-s")
    doc = pymupdf.open()
    scan = None
    for number in range(pages):
        page = doc.new_page(width=595, height=842)
        if number % 50 == 49:
            if scan is None:
                source = pymupdf.open()
                sheet = source.new_page(width=595, height=842)
                sheet.insert_text((72, 100), "scan", fontsize=30)
                scan = sheet.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY).tobytes("jpeg")
            page.insert_image(page.rect, stream=scan)
            continue
        writer = pymupdf.TextWriter(page.rect)
        writer.append((72, 60), f"第 {number + 1} 页", font=font, fontsize=10)
        y = 100.0
        for _ in range(26):
            line = "，".join(rng.choice(PHRASES) for _ in range(4)) + "。"
            writer.append((72, y), line[:34], font=font, fontsize=13)
            y += 26
        writer.write_text(page)
    doc.subset_fonts()
    doc.save(path, garbage=3, deflate=True)
    return path


def scratch_store(folder: Path):
    """An encrypted store with one case and its clerk, as courtdesk runs on a PC."""
    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.casebook import CaseBook
    from courtdesk.common.roles import Role
    from courtdesk.offline_cache import store_key
    from courtdesk.offline_cache.store import LocalStore

    store_key.SCRYPT_N = 2**12  # only the set-up; nothing timed depends on the KDF
    store = LocalStore.open(folder / "store", lambda request: "bench passphrase")
    admin = AccountBook(store).create(None, "it", "IT", Role.IT_ADMIN, "bench-password")
    clerk = AccountBook(store).create(admin, "clerk", "书记员", Role.CLERK, "bench-password")
    case = CaseBook(store, clerk).create_case("(2026)吉2401民初1号", "基准测试案")
    return store, clerk, case["id"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return statistics.median(values)
