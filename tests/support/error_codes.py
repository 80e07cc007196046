"""Every error code a person can be shown, found in the code itself (not a hand list).

- every ``CourtdeskError`` subclass's ``code`` (every module of the packages imported, then
  the class tree walked);
- every ``"code": "..."`` literal in a dict, every ``code="..."`` keyword and every string
  assigned to a name ``code`` (also through ``a if c else b`` and ``x or y``): the events the
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
PACKAGES = ("app", "ui", "speech", "dossier", "offline_cache", "case_server", "signing",
            "casting")
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


def _strings(value: ast.expr) -> list[str]:
    """The literal strings an expression can give: "a", x if c else "b", y or "c"."""
    if isinstance(value, ast.Constant):
        return [value.value] if isinstance(value.value, str) else []
    if isinstance(value, ast.IfExp):
        return _strings(value.body) + _strings(value.orelse)
    if isinstance(value, ast.BoolOp):
        return [s for v in value.values for s in _strings(v)]
    return []


def _named_code(target: ast.expr) -> bool:
    return getattr(target, "id", None) == "code" or getattr(target, "attr", None) == "code"


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
            elif isinstance(node, ast.Assign | ast.AnnAssign) and package != "ui":
                # code = "device_lost" if gone else "device_back", then {"code": code}
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(_named_code(t) for t in targets) and node.value is not None:
                    values = [node.value]
            for value in values:
                for text in _strings(value):
                    if CODE.match(text):
                        found.setdefault(text, f"{where}:{node.lineno}")
    return found


def all_codes() -> dict[str, str]:
    """code -> where it was found (for the failure message)."""
    return {**literal_codes(), **raised_codes()}
