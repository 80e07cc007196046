"""Counting articles in a law file the plain way, independent of the importer."""

from __future__ import annotations

import re
from pathlib import Path

ARTICLE_LINE = re.compile(r"^第[〇零一二两三四五六七八九十百千]+ ?条(之[一二三四五六七八九十]+)?")


def header(path: Path) -> tuple[str, str]:
    """The title and part (# lines before INFO END) of a Markdown law file."""
    titles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() == "<!-- INFO END -->":
            break
        if line.startswith("# "):
            titles.append(line[2:].strip())
    return titles[0], titles[1] if len(titles) > 1 else ""


def count_articles(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines()
               if ARTICLE_LINE.match(line))


def file_date(path: Path) -> str | None:
    found = re.search(r"\((\d{4}-\d{2}-\d{2})\)", path.name)
    return found.group(1) if found else None


def stored_count(library, title: str, part: str, version_date: str) -> int:
    """Article rows the library holds for one law, part and version."""
    return library.db.execute(
        "SELECT count(*) FROM articles a JOIN versions v ON v.id = a.version_id JOIN laws l "
        "ON l.id = v.law_id WHERE l.title = ? AND a.part = ? AND v.version_date = ?",
        (title, part, version_date)).fetchone()[0]
