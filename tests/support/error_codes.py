"""Every error code a person can be shown, found in the code itself (not a hand list).

- every ``CourtdeskError`` subclass's ``code`` (every module of the packages imported, then
  the class tree walked);
- every ``"code": "..."`` literal in a dict and every ``code="..."`` keyword: the events the
  hearing session emits, the case server's error answers and change results;
- every literal code the case server passes to its error classes (``HttpProblem``,
  ``BlobError``, ``AuditRefused``, ``Rejected``: a lowercase word, where the detail is a
  sentence).

A code added anywhere in these shapes is picked up, so its text and translations must come
with it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui", "speech", "dossier", "offline_cache", "case_server")
CODE = re.compile(r"^[a-z][a-z0-9_]*$")
SERVER_ERROR_CALL = re.compile(r"(Error|Problem|Refused|Rejected)$")


def _modules(package: str):
    root = importlib.import_module(f"courtdesk.{package}")
    for info in pkgutil.walk_packages(root.__path__, f"courtdesk.{package}."):
        # Alembic's env module runs only inside alembic; the rest imports without side effects.
        if ".migrations" not in info.name and not info.name.endswith("__main__"):
            yield info.name


def raised_codes() -> dict[str, str]:
    from courtdesk.offline_cache.errors import CourtdeskError

    for package in PACKAGES:
        for name in _modules(package):
            importlib.import_module(name)
    found: dict[str, str] = {}
    todo = [CourtdeskError]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.code, f"{cls.__module__}.{cls.__qualname__}")
        todo.extend(cls.__subclasses__())
    return found


def _sources():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield package, path


def literal_codes() -> dict[str, str]:
    found: dict[str, str] = {}
    for package, path in _sources():
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            values = []
            if isinstance(node, ast.Dict):
                values = [v for k, v in zip(node.keys, node.values)
                          if isinstance(k, ast.Constant) and k.value == "code"]
            elif isinstance(node, ast.Call):
                values = [kw.value for kw in node.keywords if kw.arg == "code"]
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
                if package == "case_server" and SERVER_ERROR_CALL.search(name):
                    values += [a for a in node.args if isinstance(a, ast.Constant)]
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str) \
                        and CODE.match(value.value):
                    found.setdefault(value.value, f"{where}:{node.lineno}")
    return found


def all_codes() -> dict[str, str]:
    """code -> where it was found (for the failure message)."""
    return {**literal_codes(), **raised_codes()}
