"""The case server installs without the desktop app: nothing in case_server/ or common/
imports the desktop packages or their native libraries (Qt, Vosk, PyMuPDF, PortAudio)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SERVER_SIDE = {"case_server": "courtdesk.case_server", "common": "courtdesk.common"}
DESKTOP_ONLY = ("courtdesk.app", "courtdesk.ui", "courtdesk.speech", "courtdesk.dossier",
                "courtdesk.offline_cache", "courtdesk.signing", "courtdesk.casting",
                "courtdesk.laws", "PySide6", "shiboken6", "vosk", "fitz", "pymupdf",
                "sounddevice")


def _modules() -> list[tuple[Path, str]]:
    found = []
    for folder, package in SERVER_SIDE.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = path.relative_to(REPO / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found.append((path, ".".join((package, *parts))))
    return found


def _imported_names(path: Path, module: str) -> list[tuple[int, str]]:
    """Every module an import statement names, relative imports resolved."""
    is_package = path.name == "__init__.py"
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[:len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names.append((node.lineno, target))
            # ``from courtdesk import app`` names the package through its alias
            names += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return names


def _desktop(name: str) -> bool:
    return any(name == banned or name.startswith(banned + ".") for banned in DESKTOP_ONLY)


def test_the_server_side_exists_where_this_test_looks():
    modules = dict((name, path) for path, name in _modules())
    assert "courtdesk.case_server.app" in modules and "courtdesk.common.roles" in modules


@pytest.mark.parametrize(("path", "module"), _modules(),
                         ids=[module for _path, module in _modules()])
def test_no_server_module_imports_the_desktop_side(path, module):
    offending: dict[int, str] = {}
    for line, name in _imported_names(path, module):
        if _desktop(name):
            offending.setdefault(line, f"{path.relative_to(REPO)}:{line} imports {name}")
    assert not offending, "\n".join(offending.values())


def test_starting_the_server_loads_no_desktop_module():
    """What the process really loads, third-party imports included, as courtdesk-server does."""
    code = ("import sys\n"
            "import courtdesk.case_server.cli, courtdesk.case_server.app\n"
            "print('\\n'.join(sorted(sys.modules)))\n")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60).stdout.split()
    assert [name for name in loaded if _desktop(name)] == []
