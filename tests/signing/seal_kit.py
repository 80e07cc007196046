"""What the signing tests share besides fixtures: the SoftHSM2 token's names and PIN, and
record-like PDFs with and without empty signature fields (a module of its own: several
conftest.py files exist, so ``from conftest import`` would find the wrong one)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
TOKEN = "court"
PIN = "1234"
SO_PIN = "5678"
TOKEN_KEYS = {"seal-rsa": "01", "seal-ec": "02"}


def write_record(path: Path, pages: int = 2) -> Path:
    """A plain record-like PDF (PyMuPDF), CJK text on each page."""
    doc = pymupdf.open()
    for number in range(pages):
        page = doc.new_page()
        page.insert_text((72, 90), f"庭审笔录 第{number + 1}页 (2026)吉2401民初1234号",
                         fontname="china-s", fontsize=12)
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    return path


def add_empty_fields(src: Path, out: Path, names: list[str]) -> Path:
    """Empty signature fields on the last page, made by pyHanko (one under another)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    with open(src, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        for index, name in enumerate(names):
            y = 600 - index * 90
            fields.append_signature_field(writer, fields.SigFieldSpec(
                sig_field_name=name, on_page=-1, box=(72, y, 272, y + 70)))
        with open(out, "wb") as target:
            writer.write(target)
    return out
