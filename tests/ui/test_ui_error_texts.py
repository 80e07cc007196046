"""Every error code has its own title, meaning and action, translated into every UI language.

The codes come from the code (tests/support/error_codes.py), so a new error class, server code or
session event fails here until it has a text in ui/messages*.py and in the three .ts files.
The .ts files are compiled afresh into a temporary folder and each .qm is loaded: what the
test reads is what courtdesk installs.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from error_codes import ROOT, all_codes
from PySide6.QtCore import QCoreApplication, QTranslator

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]

LANGUAGES = ("zh_CN", "en", "ko")


def _script(language: str) -> str:
    """A character of the language's own script (English: any letter)."""
    return {"zh_CN": "[\u4e00-\u9fff]", "ko": "[\uac00-\ud7a3]", "en": "[A-Za-z]"}[language]


def _recorded_texts(monkeypatch) -> dict[str, list[tuple[str, str]]]:
    """code -> the (context, source) pairs its text is made of, recorded at lookup."""
    from courtdesk.ui import messages

    calls: list[tuple[str, str, str]] = []
    real = QCoreApplication.translate

    def recording(context, source, *args):
        result = real(context, source, *args)
        calls.append((context, source, result))
        return result

    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("courtdesk.ui") and getattr(module, "translate", None) is real:
            monkeypatch.setattr(module, "translate", recording)
    pairs = {}
    for code in all_codes():
        calls.clear()
        text = messages.error_text(code)
        wanted = {text.title, text.meaning, text.action}

        def made(result: str, wanted: set[str] = wanted) -> set[str]:
            """The parts this translation became (a count put in for %n by counted())."""
            shape = re.compile(re.escape(result).replace("%n", r"\d+"))
            return {w for w in wanted if shape.fullmatch(w)}

        used = {(context, source) for context, source, result in calls if made(result)}
        # Each part came through translate() (else it could never be translated).
        assert set().union(*(made(result) for *_, result in calls)) >= wanted, (code, wanted)
        pairs[code] = sorted(used)
    return pairs


def test_every_error_code_has_its_own_text(qapp):
    from courtdesk.ui.messages import error_text, has_error_text

    codes = all_codes()
    # The enumeration itself works: codes of every kind are among them.
    for expected in ("store_full", "dossier_wrong_password", "server_unreachable",
                     "recognizer_failed", "forbidden", "audit_gap", "change_id_reused"):
        assert expected in codes, expected
    missing = {code: where for code, where in codes.items() if not has_error_text(code)}
    assert not missing, f"error codes with no text in ui/messages*.py: {missing}"
    for code in codes:
        text = error_text(code)
        assert text.title and text.meaning and text.action, code


def test_every_error_text_is_translated(qapp, tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    pairs = _recorded_texts(monkeypatch)
    problems = []
    for language in LANGUAGES:
        qm = tmp_path / f"courtdesk_{language}.qm"
        subprocess.run([*build_translations._tool("lrelease"), "-silent",
                        str(build_translations.ts_path(language)), "-qm", str(qm)],
                       check=True, timeout=60)
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        script = re.compile(_script(language))
        for code, texts in pairs.items():
            for context, source in texts:
                translated = translator.translate(context, source)
                if not translated or not script.search(translated):
                    problems.append(f"{language} {code}: {context} / {source!r}")
    assert not problems, "untranslated error texts:\n" + "\n".join(problems)


def test_texts_follow_the_ui_language(qapp, make_flow):
    from courtdesk.ui.messages import error_text

    make_flow("zh_CN", start=False)
    assert error_text("server_unreachable").title == "无法连接法院服务器"
    make_flow("ko", start=False)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in error_text("dossier_import_refused").title)


def test_a_server_refusal_reads_as_the_servers_reason(qapp):
    from courtdesk.offline_cache.sync_transport import LoginRequired, ServerBusy, ServerRefused
    from courtdesk.ui.messages import describe

    assert describe(ServerRefused("…", status=403, server_code="forbidden")).code == "forbidden"
    assert describe(LoginRequired("…", server_code="bad_credentials")).code == "bad_credentials"
    assert describe(ServerBusy("…", status=503, server_code="unavailable")).code == "unavailable"
    # A code of a newer server with no text yet: the general refusal, not "something went wrong".
    assert describe(ServerRefused("…", status=400, server_code="brand_new")).code == \
        "server_refused"


def test_counts_above_one_are_translated_too(qapp, make_flow):
    """Given a count, Qt looks for the language's plural form, which entries without plural
    forms lack: English read "Imported 2 volume(s)." and "2 conflict(s) to resolve"."""
    from courtdesk.ui.messages import error_text
    from courtdesk.ui.translation import counted

    translate = QCoreApplication.translate
    make_flow("en", start=False)
    assert counted(translate("DossierWorkspace", "Imported %n volume(s)."), 2) == \
        "Volumes imported: 2."
    assert counted(translate("SyncWorkspace", "%n conflict(s) to resolve"), 3) == \
        "Conflicts to resolve: 3"
    assert error_text("login_locked", count=5).title == \
        "Too many failed logins: try again in 5 min."
