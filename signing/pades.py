"""Signing a PDF (PAdES, pyHanko): always as a new incremental revision, into a new file.

Earlier signatures stay valid because the signed bytes are never rewritten: pyHanko's
incremental writer appends the new signature after them. The source document is only read;
the signed copy appears under its final name only once it is complete (a full disk leaves no
half-written file behind).

Visible signatures show a PNG (a party's pen strokes), lines of text (a name, the court's
name, set in Noto Serif CJK cut down to those characters: pyHanko reads single-face fonts
only, and Debian ships the CJK faces as one .ttc collection), or both.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import os
import shutil
import tempfile
from pathlib import Path

from . import errors
from .keys import SigningKey, common_name

# A box for a new field: (page, x0, y0, x1, y1) in PDF points. Pages count from 0 (-1: the
# last page); the origin is the page's bottom-left corner, as in the PDF itself and pyHanko
# (PyMuPDF's rectangles start at the top-left: y_pdf = page height - y_pymupdf). A box of
# zero size makes an invisible signature.
Box = tuple[int, float, float, float, float]
TEXT_SIZE = 14  # points: a visible signature's lines


def sign_pdf(src: Path, out: Path, key: SigningKey, *, field: str,
             appearance_png: bytes | None = None, appearance_text: list[str] | None = None,
             reason: str = "", tsa_url: str = "", box: Box | None = None,
             location: str = "") -> str:
    """Sign ``src`` into ``out`` in the empty signature field ``field`` (made at ``box`` if
    the PDF has no such field); return the signed file's SHA-256 (hex)."""
    from pyhanko.sign import fields, signers

    src, out = Path(src), Path(out)
    if out.resolve() == src.resolve():
        raise errors.OutputIsSource(
            f"The signed copy would overwrite {src.name}; nothing was signed. A signed "
            "document is always a new file: give another output name.", path=str(src))
    writer = _open_writer(src)
    existing = _field_state(writer, src, field)
    spec = None
    if existing is None:
        if box is None:
            empty = [name for name, *_ in fields.enumerate_sig_fields(writer,
                                                                      filled_status=False)]
            raise errors.FieldUnknown(
                f"{src.name} has no signature field named {field!r}"
                f" (empty signature fields: {', '.join(map(repr, empty)) or 'none'}); "
                "nothing was signed. Choose one of those, or give where the new signature "
                "goes.", field=field, empty_fields=empty)
        spec = _field_spec(writer, field, box)
    meta = signers.PdfSignatureMetadata(
        field_name=field, reason=reason or None, location=location or None,
        md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES)
    pdf_signer = signers.PdfSigner(
        meta, signer=key.signer, timestamper=_timestamper(tsa_url) if tsa_url else None,
        stamp_style=_style(appearance_png, appearance_text), new_field_spec=spec)
    signed = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=signed)
    except Exception as exc:
        raise _signing_failure(exc, key, tsa_url) from exc
    data = signed.getvalue()
    write_atomically(out, data)
    return hashlib.sha256(data).hexdigest()


def signature_fields(path: Path) -> dict[str, bool]:
    """The signature fields of the PDF at ``path``: name -> signed already ({} when the file
    cannot be read; signing it then says why)."""
    from pyhanko.sign import fields

    try:
        writer = _open_writer(Path(path))
    except errors.SigningError:
        return {}
    return {name: value is not None
            for name, value, _ref in fields.enumerate_sig_fields(writer)}


# -- the document -------------------------------------------------------------------------
def _open_writer(src: Path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    try:
        data = src.read_bytes()
    except OSError as exc:
        raise errors.PdfUnreadable(
            f"{src} cannot be read ({exc.strerror or exc}); nothing was signed.",
            path=str(src)) from exc
    if b"%PDF-" not in data[:1024]:
        raise errors.PdfUnreadable(
            f"{src.name} is not a PDF; nothing was signed. Sign the exported record (.pdf).",
            path=str(src))
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        encrypted = writer.prev.encrypted
        if not encrypted:
            writer.root  # noqa: B018 (reads the catalog: a cut-off file fails here)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise errors.PdfUnreadable(
            f"{src.name} is damaged and cannot be read as a PDF ({exc}); nothing was signed. "
            "Export the record again and sign the new file.", path=str(src)) from exc
    if encrypted:
        raise errors.PdfEncrypted(
            f"{src.name} is password-protected (encrypted); nothing was signed. A court record "
            "is signed unencrypted: export it again without a password.", path=str(src))
    return writer


def _field_state(writer, src: Path, field: str) -> str | None:
    """"empty" when ``field`` is an empty signature field, None when there is no such field;
    a signed one raises, naming who signed it."""
    from pyhanko.sign import fields

    for name, value, _ref in fields.enumerate_sig_fields(writer, with_name=field):
        if name != field:
            continue
        if value is None:
            return "empty"
        signer = _signer_of(value)
        raise errors.FieldAlreadySigned(
            f"The field {field!r} of {src.name} is already signed by {signer}; nothing was "
            "signed. Each signer signs their own field: choose another one.",
            field=field, signer=signer)
    return None


def _signer_of(sig_value) -> str:
    from asn1crypto import cms

    try:
        signed_data = cms.ContentInfo.load(bytes(sig_value.get_object()["/Contents"]))["content"]
        sid = signed_data["signer_infos"][0]["sid"]
        for cert in signed_data["certificates"]:
            cert = cert.chosen
            if sid.name == "issuer_and_serial_number" and \
                    cert.serial_number == sid.chosen["serial_number"].native:
                return common_name(cert.subject)
        return common_name(signed_data["certificates"][0].chosen.subject)
    except Exception:  # a signature courtdesk cannot read still counts as signed
        return "someone (the signature cannot be read)"


def _field_spec(writer, field: str, box: Box):
    from pyhanko.sign import fields

    page, x0, y0, x1, y1 = box
    pages = int(writer.root["/Pages"]["/Count"])
    if not -pages <= page < pages:
        raise ValueError(f"Page {page} is not in the document (it has {pages} pages; pages "
                         "count from 0, -1 is the last).")
    rect = None if x0 == x1 or y0 == y1 else (
        min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return fields.SigFieldSpec(sig_field_name=field, on_page=page, box=rect)


# -- the appearance -----------------------------------------------------------------------
def _style(png: bytes | None, text: list[str] | None):
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import StaticStampStyle, TextStampStyle

    background = _png_content(png) if png else None
    fit = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins.uniform(2), inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT)
    if not text:
        if background is None:
            return None  # pyHanko's own appearance (invisible fields have none)
        return StaticStampStyle(background=background, border_width=0, background_layout=fit)
    lines = [line for line in text if line.strip()]
    # Large enough to read on paper; a box too small for the text shrinks it to fit.
    box_style = TextBoxStyle(font=_font_factory(cjk_font_file("".join(lines))),
                             font_size=TEXT_SIZE, leading=round(TEXT_SIZE * 1.25))
    return TextStampStyle(
        # "%" would start a pyHanko template field.
        stamp_text="\n".join(line.replace("%", "%%") for line in lines),
        text_box_style=box_style, border_width=0 if background is not None else 1,
        background=background, background_opacity=1.0, background_layout=fit,
        # Under the pen strokes, the name reads as the caption of the signature.
        inner_content_layout=fit if background is None else layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins.uniform(2),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT))


def _png_content(png: bytes):
    from PIL import Image
    from pyhanko.pdf_utils.images import PdfImage

    try:
        image = Image.open(io.BytesIO(png))
        image.load()
    except Exception as exc:
        raise ValueError(f"The signature image is not a readable PNG ({exc}).") from exc
    return PdfImage(image, writer=None)


def _font_factory(path: str):
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory

    return GlyphAccumulatorFactory(path)


_font_dir: str | None = None
_font_files: dict[str, str] = {}


def cjk_font_file(text: str) -> str:
    """A font file holding ``text``'s characters: Noto Serif CJK SC cut down to them, or
    without that face (no fonts-noto-cjk) PyMuPDF's built-in CJK sans face, which every
    installation has, so a name is never drawn as empty boxes."""
    from courtdesk.speech.record_fonts import face_subset, record_typefaces

    face = record_typefaces("zh_CN").regular
    chars = "".join(sorted(set(text)))
    path = _font_files.get(chars)
    if path is None or not os.path.exists(path):
        data = (face_subset(face, chars, hinting=False) if face is not None
                else _builtin_face_subset(chars))
        path = os.path.join(_font_folder(),
                            f"{hashlib.sha1(chars.encode()).hexdigest()}.otf")
        with open(path, "wb") as handle:
            handle.write(data)
        _font_files[chars] = path
    return path


def _builtin_face_subset(chars: str) -> bytes:
    """PyMuPDF's Droid Sans Fallback cut down to ``chars``, named so pyHanko can embed it
    (its name table has no Unicode PostScript name, which pyHanko requires)."""
    import pymupdf
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(pymupdf.Font("china-s").buffer), recalcBBoxes=False)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in chars} | {ord(" ")})
    subsetter.subset(font)
    font["name"].setName("DroidSansFallback", 6, 3, 1, 0x409)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _font_folder() -> str:
    global _font_dir
    if _font_dir is None:
        _font_dir = tempfile.mkdtemp(prefix="courtdesk-sigfont-")
        atexit.register(shutil.rmtree, _font_dir, True)
    return _font_dir


# -- the timestamp ------------------------------------------------------------------------
def _timestamper(url: str):
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=10)


def _signing_failure(exc: Exception, key: SigningKey, tsa_url: str) -> Exception:
    import aiohttp
    from pyhanko.sign.timestamps import TimestampRequestError

    if isinstance(exc, TimestampRequestError):
        cause = exc.__cause__
        unreachable = isinstance(cause, (aiohttp.ClientConnectionError, OSError,
                                         TimeoutError)) or (cause is None and "contact" in str(exc))
        if unreachable:
            return errors.TimestampUnreachable(
                f"The timestamp authority {tsa_url} cannot be reached ({cause or exc}); nothing "
                "was signed. Check the network, or sign without a timestamp and add it later.",
                url=tsa_url)
        return errors.TimestampRefused(
            f"The timestamp authority {tsa_url} did not give a timestamp ({cause or exc}); "
            "nothing was signed. Try again later, or ask court IT to check [signing] tsa_url.",
            url=tsa_url)
    if isinstance(exc, errors.SigningError):
        return exc
    try:
        import pkcs11

        if isinstance(exc, (pkcs11.exceptions.TokenNotPresent, pkcs11.exceptions.DeviceRemoved,
                            pkcs11.exceptions.SessionHandleInvalid)):
            return errors.TokenNotFound(
                f"The token was pulled out while signing with {key.source}; nothing was "
                "signed. Plug it in and sign again.", present=[])
    except ImportError:
        pass
    return exc


def write_atomically(out: Path, data: bytes) -> None:
    """``data`` under ``out`` in full, or nothing there at all (a temp file, then a rename)."""
    out = Path(out)
    tmp = None
    try:
        handle = tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.",
                                             suffix=".part", delete=False)
        tmp = handle.name
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise errors.SignedFileUnwritable(
            f"The signed file {out} could not be written ({exc.strerror or exc}); nothing was "
            "signed and no partial file was left. Free some disk space or choose another "
            "folder, then sign again.", path=str(out)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
