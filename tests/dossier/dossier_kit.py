"""Dossier test kit: real files made with PyMuPDF and numpy (text PDFs with Chinese in the
built-in "china-s" font, image-only scans with skew and dust, images, multi-page TIFF), and
store helpers. Kept out of conftest.py (see tests/support/testkit.py for why)."""

from __future__ import annotations

import functools
import hashlib
import random
import struct

import numpy as np
import pymupdf

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.common.roles import Role
from courtdesk.dossier import scan_image
from courtdesk.dossier.pdf_thread import on_pdf_thread
from courtdesk.offline_cache.store import LocalStore

PASSWORD = "s3cret-passw0rd"


def pdf_work(fn):
    """Runs ``fn`` on the PDF thread: the kit and the tests use PyMuPDF where courtdesk
    does, so the thread guard holds for them too."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        return on_pdf_thread(fn, *args, **kwargs)
    return run


def make_people(store: LocalStore) -> dict:
    book = AccountBook(store)
    admin = book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    return {
        "admin": admin,
        "clerk": book.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD),
        "judge": book.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD),
        "presiding": book.create(admin, "presiding", "李振东", Role.PRESIDING_JUDGE, PASSWORD),
        "outsider": book.create(admin, "judge2", "韩雪", Role.JUDGE, PASSWORD),
    }


def make_case(store: LocalStore, people: dict) -> dict:
    clerk = CaseBook(store, people["clerk"])
    case = clerk.create_case("(2026)吉2401民初1234号",
                             "延吉市长白山商贸有限公司诉朴英姬买卖合同纠纷案")
    clerk.add_member(case["id"], people["presiding"])
    clerk.add_member(case["id"], people["judge"])
    return case


def blob_state(store: LocalStore) -> dict[str, bytes]:
    """Every stored blob file's bytes (encrypted as on disk), by the blob's hash (files
    are named by a keyed hash of it; one the store does not list keeps its file name)."""
    from courtdesk.offline_cache.blobs import BlobStore

    blobs = BlobStore(store)
    names = {blobs.file_name(row[0]): row[0]
             for row in store.conn.execute("SELECT sha256 FROM blobs")}
    root = store.directory / "blobs"
    return {names.get(p.name, p.name): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def assert_sources_intact(book, before: dict[str, bytes]) -> None:
    """Source blobs are byte-for-byte as they were, and still hash to their names."""
    after = blob_state(book.store)
    for name, data in before.items():
        assert after[name] == data, f"blob {name[:12]} changed"
        assert hashlib.sha256(book.files.blobs.read_bytes(name)).hexdigest() == name


@pdf_work
def pdf_text(pdf: bytes) -> str:
    """Every page's text, as PyMuPDF extracts it."""
    return "".join(page.get_text() for page in pymupdf.open(stream=pdf, filetype="pdf"))


@pdf_work
def text_pdf(pages: list[str], *, size: float = 14, page_size=(595, 842)) -> bytes:
    doc = pymupdf.open()
    font = pymupdf.Font("china-s")
    for body in pages:
        page = doc.new_page(width=page_size[0], height=page_size[1])
        writer = pymupdf.TextWriter(page.rect)
        y = 90.0
        for line in body.split("\n"):
            writer.append((72, y), line, font=font, fontsize=size)
            y += size * 1.8
        writer.write_text(page)
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True)


@pdf_work
def scan_array(lines: list[str], *, angle: float = 2.5, dust: int = 600, seed: int = 7,
               fontname: str = "china-s", size: float = 16, dpi: int = 150,
               border: bool = False) -> np.ndarray:
    """A grayscale 'scan' of an A4 sheet with the lines on it, askew, dusty."""
    paper = pymupdf.open()
    sheet = paper.new_page(width=595, height=842)
    writer = pymupdf.TextWriter(sheet.rect)
    font = pymupdf.Font(fontname)
    y = 110.0
    for line in lines:
        writer.append((80, y), line, font=font, fontsize=size)
        y += size * 2
    writer.write_text(sheet)
    image = scan_image.page_gray(sheet, dpi)
    image = scan_image.rotate(image, angle)
    rng = random.Random(seed)
    h, w = image.shape
    image = (image.astype(np.int32) * 200 // 255 + 40).astype(np.uint8)  # grey paper, toner
    for _ in range(dust):
        x, yy, side = rng.randrange(w), rng.randrange(h), rng.choice((1, 2))
        image[yy:yy + side, x:x + side] = rng.randint(0, 90)
    if border:
        image[:, :40] = 25
        image[:30, :] = 25
    return image


@pdf_work
def image_only_pdf(images: list[np.ndarray], dpi: int = 150) -> bytes:
    doc = pymupdf.open()
    for image in images:
        page = doc.new_page(width=image.shape[1] * 72 / dpi, height=image.shape[0] * 72 / dpi)
        pix = scan_image.to_pixmap(image, dpi)
        page.insert_image(page.rect, stream=pix.tobytes("jpeg", jpg_quality=70))
    return doc.tobytes(garbage=3, deflate=True)


@pdf_work
def png_bytes(image: np.ndarray, dpi: int = 150) -> bytes:
    return scan_image.to_pixmap(image, dpi).tobytes("png")


@pdf_work
def jpeg_bytes(image: np.ndarray, dpi: int = 150) -> bytes:
    return scan_image.to_pixmap(image, dpi).tobytes("jpeg", jpg_quality=80)


@pdf_work
def tiff_bytes(images: list[np.ndarray], dpi: int = 150) -> bytes:
    """A baseline multi-page TIFF (uncompressed 8-bit grayscale), as scanners write them."""
    out = bytearray(b"II*\x00" + struct.pack("<I", 0))
    next_pointer = 4
    for image in images:
        h, w = image.shape
        data_offset = len(out)
        out += image.tobytes()
        if len(out) % 2:
            out += b"\x00"
        res_offset = len(out)
        out += struct.pack("<IIII", dpi, 1, dpi, 1)
        entries = [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 8), (259, 3, 1, 1),
                   (262, 3, 1, 1), (273, 4, 1, data_offset), (277, 3, 1, 1), (278, 4, 1, h),
                   (279, 4, 1, w * h), (282, 5, 1, res_offset), (283, 5, 1, res_offset + 8),
                   (296, 3, 1, 2)]
        ifd_offset = len(out)
        struct.pack_into("<I", out, next_pointer, ifd_offset)
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            out += struct.pack("<HHII", tag, kind, count, value)
        next_pointer = len(out)
        out += struct.pack("<I", 0)
    return bytes(out)


def zero_page_pdf() -> bytes:
    body = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n")
    xref = len(body)
    return body + (b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n"
                   b"0000000056 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n"
                   + str(xref).encode() + b"\n%%EOF\n")


@pdf_work
def huge_page_pdf(side_pt: float = 15000) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=side_pt, height=600)
    page.insert_text((50, 100), "huge drawing", fontsize=40)
    return doc.tobytes()


def repaired_pdf(pages: int = 80) -> bytes:
    """A sound PDF whose index (startxref) points to the wrong place: MuPDF rebuilds the
    index on opening and every page reads; courtdesk imports it with a note."""
    import re

    return re.sub(rb"startxref\s+\d+", b"startxref\n12",
                  text_pdf([f"第{i + 1}页 银行流水" for i in range(pages)]))


def damaged_scan_pdf() -> bytes:
    """A scan whose JPEG is cut off halfway (zeros after): MuPDF warns "premature end of
    file in jpeg" each time it decodes the image."""
    import re

    pdf = image_only_pdf([scan_array(["损坏扫描"], dust=0)])
    start = pdf.find(b"stream", pdf.find(b"/DCTDecode")) + len(b"stream\n")
    length = int(re.search(rb"/Length (\d+)", pdf[start - 400:start]).group(1))
    return pdf[:start + length // 2] + bytes(length - length // 2) + pdf[start + length:]


@pdf_work
def encrypted(pdf: bytes, password: str) -> bytes:
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password,
                       owner_pw=password + "-owner")
