"""Switching the UI language at run time.

Translations are Qt Linguist files: ``ui/i18n/courtdesk_<lang>.ts`` in the repo, compiled to
``.qm`` by ``installers/build_translations.py`` at install/build time. Installing a new
``QTranslator`` makes Qt send ``LanguageChange`` to every widget, and each widget's
``retranslate()`` sets its texts again, so nothing needs a restart. A missing ``.qm`` is
logged and the English source strings are shown: a missing file must not stop a hearing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from courtdesk.app.config import LANGUAGES

from . import fonts
from .qt_strings import retranslate_qt_widgets

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"
DEFAULT_LANGUAGE = "zh_CN"

# Each language is offered under its own name, so a person who cannot read the current UI
# still finds theirs; these are deliberately not translated.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English", "ko": "한국어"}


def qm_path(language: str) -> Path:
    return I18N_DIR / f"courtdesk_{language}.qm"


def normalize_language(language: str | None, fallback: str = DEFAULT_LANGUAGE) -> str:
    if language in LANGUAGES:
        return str(language)
    return fallback if fallback in LANGUAGES else DEFAULT_LANGUAGE


class LanguageSwitcher(QObject):
    """Holds the installed translators; one per application."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self._app_translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    def uninstall(self) -> None:
        """Remove this switcher's translators (English source strings show again)."""
        app = QCoreApplication.instance()
        for old in (self._app_translator, self._qt_translator):
            if old is not None and app is not None:
                app.removeTranslator(old)
        self._app_translator = self._qt_translator = None

    def set_language(self, language: str) -> bool:
        """Install ``language``; False when its .qm was missing (English is shown instead)."""
        language = normalize_language(language)
        app = QCoreApplication.instance()
        self.uninstall()
        QLocale.setDefault(QLocale(language))
        fonts.apply_language_font(language)
        loaded = True
        if language != "en":
            # Qt's own strings (standard buttons, file dialogs) come from qtbase_<lang>.qm;
            # the few it lacks are in courtdesk's own .qm (qt_strings.py), asked first.
            qt_translator = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(qt_translator)
                self._qt_translator = qt_translator
            translator = QTranslator(self)
            path = qm_path(language)
            if path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                self._app_translator = translator
            else:
                loaded = False
                log.warning(
                    "translation %s is missing or unreadable; showing English. Build it with "
                    "installers/build_translations.py", path,
                )
        else:
            # English is the source language; the en .qm only carries plural forms.
            translator = QTranslator(self)
            if translator.load(str(qm_path("en"))):
                app.installTranslator(translator)
                self._app_translator = translator
        retranslate_qt_widgets()
        self.language = language
        self.language_changed.emit(language)
        return loaded


def counted(text: str, count: int) -> str:
    """``text`` (translated with %n) with ``count`` in it.

    Not QCoreApplication.translate(..., n): given n, Qt looks for the language's plural form
    of n, and an entry pyside6-lupdate wrote without plural forms has only the first one, so
    English showed the untranslated source for any n above 1 ("Imported 2 volume(s)."). The
    translations are worded to fit any count ("Volumes imported: %n.").
    """
    return text.replace("%n", str(count))
