"""Lay out the case server's own distribution in a staging folder: courtdesk.common and
courtdesk.case_server (with its migrations) and a pyproject.toml whose dependencies are the
``server`` extra of the repository's pyproject, so the two lists cannot drift apart.

    python installers/server/stage_wheel.py STAGE_DIR [VERSION]
"""

from __future__ import annotations

import shutil
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Source folder -> import name; what the server needs and nothing of the desktop side.
PACKAGES = {"common": "courtdesk.common", "case_server": "courtdesk.case_server"}

PYPROJECT = """\
[build-system]
requires = ["setuptools>=77"]  # SPDX license string
build-backend = "setuptools.build_meta"

[project]
name = "courtdesk-server"
version = "{version}"
description = "courtdesk's case server: sync, accounts and audit trails for a court's laptops"
readme = "README.txt"
license = "GPL-3.0-or-later"
requires-python = "{requires_python}"
dependencies = {dependencies}

[project.scripts]
courtdesk-server = "courtdesk.case_server.cli:main"

[tool.setuptools.packages.find]
where = ["src"]
include = ["courtdesk.common*", "courtdesk.case_server*"]
namespaces = true

[tool.setuptools.package-data]
"courtdesk.case_server.migrations" = ["script.py.mako"]
"""

README = """\
courtdesk-server: the court-side end of courtdesk's offline-first sync.

Run `courtdesk-server --help`. It keeps its data in $COURTDESK_SERVER_DATA (SQLite by
default; --db postgresql://... for production). This distribution holds no desktop code:
no Qt, Vosk or PyMuPDF.
"""


def stage(target: Path, version: str | None = None) -> Path:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dependencies = project["optional-dependencies"]["server"]
    if target.exists():
        shutil.rmtree(target)
    for folder, name in PACKAGES.items():
        shutil.copytree(REPO / folder, target / "src" / Path(*name.split(".")),
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    listed = "[\n" + "".join(f"  {dep!r},\n".replace("'", '"') for dep in dependencies) + "]"
    (target / "pyproject.toml").write_text(PYPROJECT.format(
        version=version or project["version"], requires_python=project["requires-python"],
        dependencies=listed), encoding="utf-8")
    (target / "README.txt").write_text(README, encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    stage(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) == 3 else None)
