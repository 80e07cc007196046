"""An error the command line shows in the person's language, in the window's own words.

The CLI speaks English to court IT's scripts; an error a person must act on at the keyboard
(a wait after failed logins) is also said in the language they chose for the window (or
court IT set for this PC), from the same .qm the window loads. Only QtCore is used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from courtdesk.app.preferences import Preferences, PrefKey
from courtdesk.offline_cache.errors import CourtdeskError

from .messages import describe
from .translation import normalize_language, qm_path


def person_language(profile: Path) -> str:
    from courtdesk.app.config import load_config

    try:
        default = load_config().default_language
    except CourtdeskError:  # a broken config is reported by the command itself
        default = ""
    return normalize_language(Preferences(profile).get(PrefKey.LANGUAGE), default)


def in_person_language(exc: CourtdeskError, profile: Path) -> str:
    """The error's translated title, meaning and action; the English message follows for
    court IT when the language is another."""
    app = QCoreApplication.instance() or QCoreApplication([])
    language = person_language(profile)
    translator = QTranslator(app)
    loaded = translator.load(str(qm_path(language)))  # en: its plural forms
    if loaded:
        app.installTranslator(translator)
    try:
        text = describe(exc).as_plain()
    finally:
        if loaded:
            app.removeTranslator(translator)
    return text if language == "en" else f"{text}\n({exc.message})"
