"""CJK fonts: pick a family that really has the glyphs, and prove it.

Without a CJK font Qt draws Chinese and Korean as empty boxes. Han characters also differ
in shape between Simplified Chinese and Korean typography, so the Korean UI uses the KR
cut. Case content is Chinese in every UI language, which is why English falls back to the
Simplified Chinese family for anything Latin fonts lack.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication, QRawFont

# Most-wanted first: the Noto CJK families ship with Debian (fonts-noto-cjk); then the
# Source Han names of the same fonts, then what Windows and macOS bring.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
              "WenQuanYi Micro Hei", "Noto Sans SC"),
    "ko": ("Noto Sans CJK KR", "Source Han Sans K", "Source Han Sans KR", "Malgun Gothic",
           "Apple SD Gothic Neo", "NanumGothic", "Noto Sans KR"),
    "en": ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"),
}

SAMPLES = {"zh_CN": "书记员审判长当事人卷宗", "ko": "재판장 서기관 당사자 사건", "en": "Court desk"}


def installed_families() -> set[str]:
    return set(QFontDatabase.families())


def font_families(language: str) -> list[str]:
    """Installed families for ``language``, best first, with CJK fallbacks appended."""
    available = installed_families()
    order = list(_CANDIDATES.get(language, ()))
    # Chinese case text appears in every UI language, Korean names in Yanbian cases.
    for extra in ("zh_CN", "ko"):
        order += [f for f in _CANDIDATES[extra] if f not in order]
    return [f for f in order if f in available]


def family_for_language(language: str) -> str | None:
    """The family to draw ``language`` with, or None when no candidate is installed."""
    wanted = SAMPLES.get(language, SAMPLES["zh_CN"])
    for family in font_families(language):
        if language == "en" or font_covers(wanted, family):
            return family
    return None


def font_covers(text: str, family: str) -> bool:
    """True when ``family`` itself (no fallback font) has a glyph for every character."""
    font = QFont(family)
    # Qt silently substitutes a default for an unknown family; that is not coverage.
    if QFontInfo(font).family().lower() != family.lower():
        return False
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return False
    return all(raw.supportsCharacter(ch) for ch in text if not ch.isspace())


def apply_language_font(language: str) -> QFont:
    """Set the application font for ``language`` (widgets follow unless they set their own)."""
    app_font = QGuiApplication.font()
    families = font_families(language)
    primary = family_for_language(language)
    if primary:
        families = [primary] + [f for f in families if f != primary]
    if families:
        app_font.setFamilies(families)
    QGuiApplication.setFont(app_font)
    return app_font
