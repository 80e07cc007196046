"""CJK text must render with real glyphs, not empty boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from courtdesk.ui import fonts

SAMPLES = {"zh_CN": "书记员审判长", "ko": "재판장 서기관"}


@pytest.mark.parametrize("language", ["zh_CN", "ko"])
def test_language_family_covers_court_words(qapp, language):
    family = fonts.family_for_language(language)
    assert family, f"no CJK font for {language}: install fonts-noto-cjk"
    assert fonts.font_covers(SAMPLES[language], family)
    assert fonts.font_covers(fonts.SAMPLES[language], family)


def test_expected_families_on_debian(qapp):
    # fonts-noto-cjk is a documented dependency on Debian (README, doctor).
    assert fonts.family_for_language("zh_CN") == "Noto Sans CJK SC"
    assert fonts.family_for_language("ko") == "Noto Sans CJK KR"


def test_a_missing_family_covers_nothing(qapp):
    # Qt substitutes a fallback for unknown names; that must not count as coverage.
    assert not fonts.font_covers("书记员", "No Such Font Family 123")


def test_latin_only_font_does_not_cover_chinese(qapp):
    if "DejaVu Sans" not in fonts.installed_families():
        pytest.skip("DejaVu Sans not installed")
    assert not fonts.font_covers("书记员", "DejaVu Sans")
    assert fonts.font_covers("Clerk", "DejaVu Sans")


def _render(text: str, family: str) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(40)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


@pytest.mark.parametrize("language,first,second", [("zh_CN", "审", "判"), ("ko", "재", "판")])
def test_glyphs_are_drawn_and_distinct(qapp, language, first, second):
    """Tofu boxes look alike for every character; real glyphs differ and have ink."""
    family = fonts.family_for_language(language)
    one, two = _render(first, family), _render(second, family)
    assert one != two
    ink = sum(1 for x in range(64) for y in range(64) if one.pixelColor(x, y).lightness() < 128)
    assert ink > 40


def test_apply_language_font_sets_the_application_font(qapp):
    from PySide6.QtGui import QGuiApplication

    original = QGuiApplication.font()
    try:
        fonts.apply_language_font("ko")
        assert QGuiApplication.font().families()[0] == fonts.family_for_language("ko")
        fonts.apply_language_font("zh_CN")
        assert QGuiApplication.font().families()[0] == fonts.family_for_language("zh_CN")
    finally:
        QGuiApplication.setFont(original)
