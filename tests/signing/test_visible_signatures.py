"""Visible signatures: CJK names set in the signature box, pen strokes (a PNG) drawn there;
checked on the rendered page (PyMuPDF draws the widget's appearance) and as text."""

from __future__ import annotations

import pymupdf
import pytest

from courtdesk.signing.keys import open_p12
from courtdesk.signing.pades import sign_pdf
from courtdesk.signing.verify import verify_pdf

pytestmark = pytest.mark.timeout(120)

NAMES = ["原告 延吉市长白山商贸有限公司", "被告 朴英姬", "원고 대리인 김명철"]


def _strokes_png() -> bytes:
    """A handwritten-looking signature: three dark curves on a transparent background."""
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=100)
    for row in range(3):
        points = [pymupdf.Point(20 + x * 13, 50 + (row - 1) * 12 + (x % 4) * 6)
                  for x in range(20)]
        page.draw_polyline(points, color=(0.05, 0.05, 0.3), width=3)
    png = page.get_pixmap(alpha=True).tobytes("png")
    doc.close()
    return png


def _box_pixels(path, page_index: int, rect_bottom_left) -> tuple[int, int]:
    """(dark pixels, all pixels) of the signature box on the rendered page."""
    doc = pymupdf.open(path)
    page = doc[page_index]
    x0, y0, x1, y1 = rect_bottom_left
    clip = pymupdf.Rect(x0, page.rect.height - y1, x1, page.rect.height - y0)
    pix = page.get_pixmap(clip=clip, dpi=100, annots=True)
    samples = pix.samples
    dark = sum(1 for i in range(0, len(samples), pix.n) if samples[i] < 128)
    doc.close()
    return dark, pix.width * pix.height


def _baked_text(path) -> str:
    """The page text with the signature's appearance made part of the page (in memory only:
    a signed file is never saved by PyMuPDF)."""
    doc = pymupdf.open(path)
    doc.bake(annots=True, widgets=True)
    text = "".join(page.get_text() for page in doc)
    doc.close()
    return text


def test_cjk_names_render_in_the_signature_box(pki, record, tmp_path):
    out = tmp_path / "named.pdf"
    box = (300, 60, 560, 160)
    with open_p12(pki.p12("station"), pki.password) as key:
        sign_pdf(record, out, key, field="parties", box=(0, *box), appearance_text=NAMES)
    assert verify_pdf(out, trust_roots=[pki.ca_pem]).ok
    text = _baked_text(out)
    for name in NAMES:
        assert name.replace(" ", "") in text.replace(" ", "").replace("\n", ""), text
    dark, total = _box_pixels(out, 0, box)
    assert 0.01 < dark / total < 0.5


def test_pen_strokes_and_name_render_together(pki, record_with_fields, tmp_path):
    out = tmp_path / "inked.pdf"
    with open_p12(pki.p12("station"), pki.password) as key:
        sign_pdf(record_with_fields, out, key, field="被告", appearance_png=_strokes_png(),
                 appearance_text=["被告 朴英姬"])
    assert verify_pdf(out, trust_roots=[pki.ca_pem]).ok
    assert "朴英姬" in _baked_text(out)
    # The field made by the fixture: the second box on the last page.
    dark, total = _box_pixels(out, -1, (72, 510, 272, 580))
    assert dark / total > 0.01


def test_pen_strokes_alone(pki, record, tmp_path):
    out = tmp_path / "ink-only.pdf"
    box = (100, 100, 300, 170)
    blank = _box_pixels(record, 0, box)[0]
    with open_p12(pki.p12("station"), pki.password) as key:
        sign_pdf(record, out, key, field="party", box=(0, *box), appearance_png=_strokes_png())
    assert verify_pdf(out, trust_roots=[pki.ca_pem]).ok
    assert blank == 0 and _box_pixels(out, 0, box)[0] > 50


def test_names_still_render_without_the_serif_face(pki, record, tmp_path, monkeypatch):
    """A PC without fonts-noto-cjk: the names are set in PyMuPDF's built-in CJK face."""
    from courtdesk.signing import pades
    from courtdesk.speech import record_fonts

    monkeypatch.setattr(record_fonts, "record_typefaces",
                        lambda language="zh_CN": record_fonts.RecordTypefaces(None, None))
    monkeypatch.setattr(pades, "_font_files", {})
    out = tmp_path / "sans.pdf"
    with open_p12(pki.p12("station"), pki.password) as key:
        sign_pdf(record, out, key, field="parties", box=(0, 300, 60, 560, 160),
                 appearance_text=NAMES[:2])
    assert verify_pdf(out, trust_roots=[pki.ca_pem]).ok
    text = _baked_text(out).replace(" ", "").replace("\n", "")
    assert "被告朴英姬" in text and "延吉市长白山商贸有限公司" in text
