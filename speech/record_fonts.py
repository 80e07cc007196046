"""The typefaces the record (笔录) is set in: a serif CJK face, as courts print their records.

Chinese courts print records in 宋体/仿宋; the free face closest to them on every platform is
Noto Serif CJK (Debian's fonts-noto-cjk). It ships as a .ttc collection of five regional faces
in CFF outlines, which PyMuPDF can neither pick a face from nor subset, so the face is cut
down here with fontTools to the characters a record uses (about 70 KB instead of 24 MB) and
embedded as that subset. With no serif face on the machine the record is set in PyMuPDF's
built-in sans face (Droid Sans Fallback) and the exporter says so: a record that cannot be
printed in the court's face is still better than none.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pymupdf

# The region's face inside the collection: Han glyph forms differ (骨, 直, 写 ...).
_REGION = {"zh_CN": "SC", "ko": "KR", "en": "SC"}
_NOTO_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk",
              "/usr/share/fonts/google-noto-serif-cjk-fonts", "/usr/share/fonts/noto",
              "/usr/local/share/fonts", "/Library/Fonts", str(Path.home() / ".local/share/fonts"))
# The Debian package that carries the face, named in every warning.
SERIF_PACKAGE = "fonts-noto-cjk"


@dataclass(frozen=True)
class Typeface:
    path: str
    index: int  # face inside a .ttc collection
    name: str  # family and style as the font names itself


@dataclass(frozen=True)
class RecordTypefaces:
    regular: Typeface | None
    bold: Typeface | None

    @property
    def serif(self) -> bool:
        return self.regular is not None

    def missing_text(self) -> str:
        """What a clerk or court IT is told when the serif face is missing ("" when present)."""
        if self.serif:
            return ""
        fix = ("install Noto Serif CJK SC (NotoSerifCJK-Regular.ttc) into the Windows fonts "
               "folder" if sys.platform.startswith("win")
               else f"apt-get install {SERIF_PACKAGE} (Noto Serif CJK)")
        return ("No serif CJK font (Noto Serif CJK) was found, so the record is set in a "
                "sans-serif face courts do not print records in; it is complete and readable, "
                f"but for the court's copy {fix} and export again.")


def _face_names(path: str) -> list[str]:
    from fontTools.ttLib import TTCollection, TTFont

    if path.lower().endswith((".ttc", ".otc")):
        fonts = TTCollection(path, lazy=True).fonts
    else:
        fonts = [TTFont(path, lazy=True)]
    return [str(f["name"].getDebugName(4) or f["name"].getDebugName(1) or "") for f in fonts]


def _fc_list_files() -> list[str]:
    """Files fontconfig knows for Noto Serif CJK (other distributions' folders)."""
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(["fc-list", "Noto Serif CJK SC", "file"], capture_output=True,
                             text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})


def _find(style: str, region: str) -> Typeface | None:
    files = [os.path.join(d, f"NotoSerifCJK-{style}.ttc") for d in _NOTO_DIRS]
    files += [os.path.join(d, f"NotoSerifCJK{region.lower()}-{style}.otf") for d in _NOTO_DIRS]
    files += [f for f in _fc_list_files() if style.lower() in os.path.basename(f).lower()]
    for path in dict.fromkeys(files):
        if not os.path.isfile(path):
            continue
        try:
            names = _face_names(path)
        except Exception:  # an unreadable font file is one not to use
            continue
        wanted = f"CJK {region}"
        for index, name in enumerate(names):
            if wanted in name or len(names) == 1:
                return Typeface(path, index, name)
    return None


@functools.cache
def record_typefaces(language: str = "zh_CN") -> RecordTypefaces:
    """The faces for a record in this form language (looked up once per process)."""
    region = _REGION.get(language, "SC")
    return RecordTypefaces(_find("Regular", region), _find("Bold", region))


# The official and the review copy of a record print the same characters: the second
# export reuses the first one's cut of the face instead of cutting it again.
@functools.lru_cache(maxsize=8)
def _subset(face: Typeface, text: str, hinting: bool = True) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # Outline bounds are not recomputed on save (half the time, and the stored ones hold).
    font = TTFont(face.path, fontNumber=face.index, lazy=True, recalcBBoxes=False)
    options = subset.Options()
    options.layout_features = []  # the record uses no OpenType features: plain glyphs
    # Horizontal text only: the layout and vertical-writing tables are dead weight to read.
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    # Kept for print: removing them costs more time than they weigh. A signature box on
    # screen does without, and cutting without them is a third faster.
    options.hinting = hinting
    options.name_IDs = ["*"]  # keep the font's own name: the PDF says what it is set in
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in text} | {ord(" ")})
    subsetter.subset(font)
    _number_cids_by_glyph(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _number_cids_by_glyph(font) -> None:
    """Give each glyph of a cut CID-keyed CFF face the CID equal to its glyph index.

    PyMuPDF embeds the face as a Type0 font and writes glyph indexes as the CIDs. A PDF
    reader maps a CFF font's CIDs to glyphs through the font's own CID table: MuPDF does
    (the dossier viewer), poppler does not. Noto's CIDs equal its glyph indexes, but the
    cut keeps the CIDs (cid09770, ...) while renumbering the glyphs, so MuPDF drew another
    glyph, mostly none, for nearly every character. Renaming glyph i to cid<i> makes both
    numberings one again.
    """
    if "CFF " not in font:
        return
    top = font["CFF "].cff.topDictIndex[0]
    if not hasattr(top, "ROS"):
        return  # a name-keyed CFF has no CIDs to disagree with
    order = font.getGlyphOrder()
    renamed = {old: (".notdef" if i == 0 else f"cid{i:05d}") for i, old in enumerate(order)}
    strings = top.CharStrings
    strings.charStrings = {renamed[name]: index for name, index in strings.charStrings.items()}
    top.charset = [renamed[name] for name in top.charset]
    metrics = font["hmtx"].metrics
    font["hmtx"].metrics = {renamed[name]: value for name, value in metrics.items()}
    for table in font["cmap"].tables:
        table.cmap = {code: renamed[name] for code, name in table.cmap.items()}
    font.setGlyphOrder([renamed[name] for name in order])


def face_subset(face: Typeface, text: str, *, hinting: bool = True) -> bytes:
    """``face`` cut down to the characters of ``text``, as a single-face font file (the
    cut is cached, so text set again, e.g. the same names on the next signature, is free)."""
    return _subset(face, "".join(sorted(set(text))), hinting)


@functools.cache
def fallback_font() -> pymupdf.Font:
    # In PyMuPDF every built-in CJK name is the same Droid Sans Fallback face, which covers
    # Han, Latin and all 11,172 Hangul syllables.
    return pymupdf.Font("china-s")


def record_fonts(language: str, text: str, bold_text: str) -> tuple[pymupdf.Font,
                                                                   pymupdf.Font, bool]:
    """(regular, bold, serif) fonts holding every character of ``text`` (``bold_text``).

    Made on the PDF thread, where they are used. Without the bold face the title is set in
    the regular one; without a serif face both are the built-in sans face (serif False).
    """
    faces = record_typefaces(language)
    if faces.regular is None:
        return fallback_font(), fallback_font(), False
    regular = pymupdf.Font(fontbuffer=_subset(faces.regular, "".join(sorted(set(text)))))
    bold = (pymupdf.Font(fontbuffer=_subset(faces.bold, "".join(sorted(set(bold_text)))))
            if faces.bold is not None else regular)
    return regular, bold, True
