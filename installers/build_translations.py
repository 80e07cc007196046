"""Compile the UI translations: ``ui/i18n/courtdesk_<lang>.ts`` -> ``.qm``.

The ``.ts`` files (Qt Linguist) are the source, kept in git; the ``.qm`` files are build
output (gitignored) that the setup script, CI and the packagers make with this script.

    python installers/build_translations.py            # lrelease: .ts -> .qm
    python installers/build_translations.py --update   # first lupdate: ui/**/*.py -> .ts
    python installers/build_translations.py --check    # fail on untranslated entries

``--update`` adds new source strings to every .ts as unfinished and drops vanished ones;
translate them (Qt Linguist, ``pyside6-linguist``) before committing: ``--check`` fails
while any entry is unfinished or empty.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
I18N_DIR = UI_DIR / "i18n"
LANGUAGES = ("zh_CN", "en", "ko")


def ts_path(language: str) -> Path:
    return I18N_DIR / f"courtdesk_{language}.ts"


def _tool(name: str) -> list[str]:
    """The PySide6 wrapper for ``name`` (lupdate/lrelease), preferring this interpreter's."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    # The wrappers are thin entry points; call the same function directly.
    return [sys.executable, "-c",
            f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        target = ts_path(language).relative_to(ROOT)
        subprocess.run([*_tool("lupdate"), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", language,
                        *files, "-ts", str(target)], cwd=ROOT, check=True)


def release() -> list[Path]:
    built = []
    for language in LANGUAGES:
        source = ts_path(language)
        target = source.with_suffix(".qm")
        subprocess.run([*_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
                       cwd=ROOT, check=True)
        built.append(target)
    return built


def unfinished(language: str) -> list[str]:
    """Source texts of ``language`` still unfinished or empty."""
    problems = []
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                              "vanished"):
            problems.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(source)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help="run lupdate over ui/ first (adds new strings as unfinished)")
    parser.add_argument("--check", action="store_true",
                        help="exit non-zero when any translation is unfinished or empty")
    args = parser.parse_args(argv)
    if args.update:
        update()
    failed = False
    if args.check:
        for language in LANGUAGES:
            missing = unfinished(language)
            for text in missing:
                print(f"{language}: untranslated: {text!r}", file=sys.stderr)
            failed = failed or bool(missing)
    for path in release():
        print(f"built {path.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
