"""Sealing and verifying a 100-page hearing record: courtdesk against pyHanko alone.

The record is the project's own export (``record_export.export_pdf``) of a generated long
hearing, already signed once by a party (so verifying runs pyHanko's modification analysis
on the earlier signature). Then, in the same run and alternating who goes first:

- sign: courtdesk ``sign_pdf`` (the court seal, a visible box on the last page with the
  court's name set in Noto Serif CJK) against pyHanko's ``PdfSigner`` making the same
  signature with the same key (pyHanko's own ``SimpleSigner.load_pkcs12``), the same stamp
  style and the same cut of the face (cut once before timing; courtdesk's own cut is timed
  in its first, cold, run);
- verify: courtdesk ``verify_pdf`` against pyHanko's ``validate_pdf_signature`` over every
  signature with the same trust roots and its default diff analysis.

    python bench/sign_verify.py [--lines 580] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from pyhanko.sign.signers import SimpleSigner
from record_export import long_record

from courtdesk.signing.keys import open_p12
from courtdesk.signing.pades import cjk_font_file, sign_pdf
from courtdesk.signing.testpki import make_pki
from courtdesk.signing.verify import verify_pdf
from courtdesk.speech.record_export import export_pdf

SEAL_TEXT = ["延吉市人民法院", "电子印章", "2026-12-08"]
BOX = (-1, 330, 60, 530, 150)  # last page, bottom right, points from the bottom-left


def bare_sign(src: Path, out: Path, signer, font_path: str) -> None:
    """pyHanko alone: the same field, box, signer and text stamp as courtdesk's."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    fit = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins.uniform(2), inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT)
    style = TextStampStyle(
        stamp_text="\n".join(SEAL_TEXT), border_width=1, background_layout=fit,
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(font_path), font_size=14,
                                    leading=18),
        inner_content_layout=fit)
    page, *rect = BOX
    with open(src, "rb") as handle:
        writer = IncrementalPdfFileWriter(io.BytesIO(handle.read()), strict=False)
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name="court-seal", md_algorithm="sha256",
                                     subfilter=fields.SigSeedSubFilter.PADES),
        signer=signer, stamp_style=style,
        new_field_spec=fields.SigFieldSpec(sig_field_name="court-seal", on_page=page,
                                           box=tuple(rect)))
    signed = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=signed)
    out.write_bytes(signed.getvalue())


def bare_verify(path: Path, ca_pem: Path) -> list[bool]:
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(ca_pem))],
                                allow_fetching=False, revocation_mode="soft-fail")
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    return [validate_pdf_signature(s, context, ts_validation_context=context).bottom_line
            for s in reader.embedded_signatures]


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def alternate(runs: int, ours, bare) -> tuple[float, float]:
    ours_s, bare_s = [], []
    for n in range(runs):
        pair = [(ours_s, ours), (bare_s, bare)]
        for times, run in (pair if n % 2 else pair[::-1]):
            times.append(timed(run))
    return statistics.median(ours_s), statistics.median(bare_s)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=580, help="580 lines: about 100 pages")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        pki = make_pki(folder / "pki")
        exported = folder / "record.pdf"
        pages = export_pdf(long_record(args.lines), exported)
        party = folder / "party-signed.pdf"
        with open_p12(pki.p12("station"), pki.password) as station:
            sign_pdf(exported, party, station, field="原告", box=(-1, 72, 60, 272, 150),
                     appearance_text=["原告 延吉市长白山商贸有限公司"])
        ours_out, bare_out = folder / "courtdesk.pdf", folder / "bare.pdf"
        with open_p12(pki.p12("seal-rsa"), pki.password, court_ca=pki.ca_pem) as seal:
            cold = timed(lambda: sign_pdf(party, ours_out, seal, field="court-seal", box=BOX,
                                          appearance_text=SEAL_TEXT))
            font = cjk_font_file("".join(SEAL_TEXT))  # the same cut, for pyHanko alone
            bare_signer = SimpleSigner.load_pkcs12(str(pki.p12("seal-rsa")),
                                                   passphrase=pki.password)
            sign_ours, sign_bare = alternate(
                args.runs,
                lambda: sign_pdf(party, ours_out, seal, field="court-seal", box=BOX,
                                 appearance_text=SEAL_TEXT),
                lambda: bare_sign(party, bare_out, bare_signer, font))
        report = verify_pdf(ours_out, trust_roots=[pki.ca_pem])
        assert report.ok and len(report.signatures) == 2, report
        assert bare_verify(bare_out, pki.ca_pem) == [True, True]
        verify_ours, verify_bare = alternate(
            args.runs, lambda: verify_pdf(ours_out, trust_roots=[pki.ca_pem]),
            lambda: bare_verify(ours_out, pki.ca_pem))
        size = ours_out.stat().st_size / 1024
        print(f"record: {pages} pages, {exported.stat().st_size / 1024:.0f} KiB; signed by a "
              f"party, then sealed (visible CJK text); {args.runs} runs, medians")
        print(f"sign   courtdesk sign_pdf: {sign_ours:.3f} s (first, with cutting the face: "
              f"{cold:.3f} s)  pyHanko alone: {sign_bare:.3f} s  ratio "
              f"{sign_ours / sign_bare:.2f}  ({size:.0f} KiB)")
        print(f"verify courtdesk verify_pdf: {verify_ours:.3f} s  pyHanko alone "
              f"(validate_pdf_signature, diff analysis): {verify_bare:.3f} s  ratio "
              f"{verify_ours / verify_bare:.2f}  (2 signatures)")


if __name__ == "__main__":
    main()
