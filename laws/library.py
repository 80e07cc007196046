"""The law library file: every law, its versions and articles, and a trigram search index.

Why a separate plain SQLite file and not the encrypted per-user store: the statutes are
public text (not subject to copyright, and no personal data), shared by every account on
the PC and distributed by the court as one file with a known hash, so that every judge of
the court cites the same texts. A per-user SQLCipher store can hold none of that: its bytes
differ per user and key, and it is locked until someone logs in, while a judge on a circuit
hearing must be able to look up an article at once. The file is opened read-only when it
cannot be written (installed machine-wide by IT), and replaced whole when the court sends
a new one (``install``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from .importer import ImportProblem, Paragraph, ParsedLaw, read_law_file
from .names import short_title
from .records import (
    Article,
    FileOutcome,
    ImportReport,
    LawInfo,
    LibraryHashMismatch,
    LibraryUnreadable,
    OutlineEntry,
    VersionInfo,
)

# 2: effective_from is "" when a law file gives only its adoption date (1 stored the
# adoption date there, so a schema-1 file's effective_from equal to the version date is
# read as unknown; the file itself is never rewritten for it, its hash is what the court
# distributed).
SCHEMA_VERSION = 2
LAW_FILE_SUFFIXES = (".md", ".markdown", ".txt")

_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE laws (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, kind TEXT NOT NULL)""",
    """CREATE TABLE versions (
        id INTEGER PRIMARY KEY, law_id INTEGER NOT NULL REFERENCES laws(id),
        version_date TEXT NOT NULL, effective_from TEXT NOT NULL,
        UNIQUE (law_id, version_date))""",
    """CREATE TABLE sources (
        version_id INTEGER NOT NULL REFERENCES versions(id), part TEXT NOT NULL,
        file_name TEXT NOT NULL, sha256 TEXT NOT NULL, articles INTEGER NOT NULL,
        imported_at TEXT NOT NULL, PRIMARY KEY (version_id, part))""",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id),
        number INTEGER NOT NULL, sub INTEGER NOT NULL, part TEXT NOT NULL,
        path TEXT NOT NULL, text TEXT NOT NULL, paragraphs TEXT NOT NULL,
        UNIQUE (version_id, number, sub))""",
    """CREATE VIRTUAL TABLE article_search USING fts5(
        text, content='articles', content_rowid='id', tokenize='trigram')""",
    # A bulk import indexes its articles in one statement at the end (a third faster than
    # row by row); while it runs, meta holds 'bulk' and this trigger stands aside.
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles
        WHEN (SELECT value FROM meta WHERE key = 'bulk') IS NULL BEGIN
        INSERT INTO article_search(rowid, text) VALUES (new.id, new.text); END""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, text)
        VALUES ('delete', old.id, old.text); END""",
]


def law_files(paths: Iterable[Path | str]) -> list[Path]:
    """The law files named or inside the folders named, in a stable order."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and
                            p.suffix.lower() in LAW_FILE_SUFFIXES and
                            p.name.upper() != "README.MD")
        else:
            found.append(path)
    return found


def _row_article(row: sqlite3.Row) -> Article:
    return Article(row["law_id"], row["title"], short_title(row["title"]), row["version_date"],
                   row["effective_from"], row["number"], row["sub"], row["part"],
                   json.loads(row["path"]),
                   [Paragraph(p["text"], p["items"]) for p in json.loads(row["paragraphs"])])


# A version's in-force date as read: "" when only its adoption is known (a schema-1 file
# stored the adoption date in its place).
EFFECTIVE_FROM = (
    "CASE WHEN v.effective_from = v.version_date AND (SELECT value FROM meta WHERE key = "
    "'schema') = '1' THEN '' ELSE v.effective_from END AS effective_from")

_ARTICLE_SELECT = (
    f"SELECT a.*, v.law_id, v.version_date, {EFFECTIVE_FROM}, l.title FROM articles a "
    "JOIN versions v ON v.id = a.version_id JOIN laws l ON l.id = v.law_id ")


class LawLibrary:
    """One library file. Not thread-safe: one per thread (SQLite connections are cheap)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                # As a URI, so a path holding "?" or "#" (a folder named by a person) is
                # escaped rather than read as the URI's query or fragment.
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path)
            self.db.row_factory = sqlite3.Row
            tables = {r[0] for r in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise LibraryUnreadable(
                f"The law library {self.path} cannot be read ({exc}). Statute search and "
                "citations are unavailable until it is replaced: ask court IT for the "
                "court's library file, or delete it to start again from the starter "
                "library.") from exc
        if "laws" not in tables:
            if read_only:
                raise LibraryUnreadable(f"{self.path} is not a courtdesk law library.")
            with self.db:
                for statement in _SCHEMA:
                    self.db.execute(statement)
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        self._law_cache: list[LawInfo] | None = None
        self._law_index: dict[int, LawInfo] | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> LawLibrary:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- import ------------------------------------------------------------------------
    def import_paths(self, paths: Iterable[Path | str], *, replace: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Import law files and folders of them, all in one transaction.

        Each file's problems are reported with the file and line; a file that cannot be
        used is skipped and the others are imported. A file whose law, version and part
        are already in the library is ``unchanged`` (same bytes) or a ``duplicate``
        (different bytes; ``replace=True`` replaces the stored text with it).
        """
        started = datetime.now()
        files = law_files(paths)
        outcomes: list[FileOutcome] = []
        with self.db:
            self._upgrade_dates()
            last_id = self.db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
            self.db.execute("INSERT INTO meta VALUES ('bulk', '1')")
            for index, path in enumerate(files):
                outcomes.append(self._import_one(path, replace))
                if progress:
                    progress(index + 1, len(files))
            self.db.execute("DELETE FROM meta WHERE key = 'bulk'")
            self.db.execute("INSERT INTO article_search(rowid, text) SELECT id, text FROM "
                            "articles WHERE id > ?", (last_id,))
        self._law_cache = None
        return ImportReport(outcomes, (datetime.now() - started).total_seconds())

    def import_parsed(self, parsed: ParsedLaw, sha256: str, *, replace: bool = False
                      ) -> FileOutcome:
        with self.db:
            self._upgrade_dates()
            outcome = self._store(parsed, sha256, replace)
        self._law_cache = None
        return outcome

    def _upgrade_dates(self) -> None:
        """Before writing into a schema-1 file: its adoption dates standing in for unknown
        in-force dates become unknown, as new imports store them."""
        schema = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if schema is not None and schema[0] == "1":
            self.db.execute("UPDATE versions SET effective_from = '' WHERE "
                            "effective_from = version_date")
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'",
                            (str(SCHEMA_VERSION),))

    def _import_one(self, path: Path, replace: bool) -> FileOutcome:
        try:
            sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            sha256 = ""
        return self._store(read_law_file(path), sha256, replace)

    def _store(self, parsed: ParsedLaw, sha256: str, replace: bool) -> FileOutcome:
        outcome = FileOutcome(parsed.path, "failed", parsed.title, parsed.part,
                              parsed.version_date, 0, list(parsed.problems))
        if not parsed.articles:
            return outcome
        law = self.db.execute("SELECT id FROM laws WHERE title = ?", (parsed.title,)).fetchone()
        law_id = law["id"] if law else self.db.execute(
            "INSERT INTO laws (title, kind) VALUES (?, ?)", (parsed.title, parsed.kind)).lastrowid
        version = self.db.execute("SELECT * FROM versions WHERE law_id = ? AND version_date = ?",
                                  (law_id, parsed.version_date)).fetchone()
        if version is None:
            version_id = self.db.execute(
                "INSERT INTO versions (law_id, version_date, effective_from) VALUES (?, ?, ?)",
                (law_id, parsed.version_date, parsed.effective_from)).lastrowid
        else:
            version_id = version["id"]
            if parsed.effective_from > version["effective_from"]:
                # The Civil Code's books come as files; one may omit the 施行 line.
                self.db.execute("UPDATE versions SET effective_from = ? WHERE id = ?",
                                (parsed.effective_from, version_id))
        source = self.db.execute("SELECT * FROM sources WHERE version_id = ? AND part = ?",
                                 (version_id, parsed.part)).fetchone()
        name = Path(parsed.path).name
        if source is not None:
            if source["sha256"] == sha256:
                outcome.status = "unchanged"
                outcome.articles = source["articles"]
                return outcome
            if not replace:
                what = f"{parsed.title}{' ' + parsed.part if parsed.part else ''}"
                outcome.status = "duplicate"
                outcome.problems.append(ImportProblem(
                    parsed.path, 0, "error", "duplicate_law",
                    f"{what} of {parsed.version_date or 'no date'} is already in the library "
                    f"from {source['file_name']} (with different text); this file was not "
                    "imported. Keep one of the two files, or import with --replace to take "
                    "this one."))
                return outcome
            self.db.execute("DELETE FROM articles WHERE version_id = ? AND part = ?",
                            (version_id, parsed.part))
            self.db.execute("DELETE FROM sources WHERE version_id = ? AND part = ?",
                            (version_id, parsed.part))
            outcome.status = "replaced"
        else:
            outcome.status = "imported"
        taken = {(r["number"], r["sub"]): r["part"] for r in self.db.execute(
            "SELECT number, sub, part FROM articles WHERE version_id = ?", (version_id,))}
        rows = []
        for article in parsed.articles:
            if (article.number, article.sub) in taken:
                outcome.problems.append(ImportProblem(
                    parsed.path, article.line, "error", "article_elsewhere",
                    f"article {article.number} of {parsed.title} is already in the library "
                    f"from its part “{taken[(article.number, article.sub)]}”; this one was "
                    "not imported."))
                continue
            paragraphs = [p.as_dict() for p in article.paragraphs]
            rows.append((version_id, article.number, article.sub, parsed.part,
                         json.dumps(article.path, ensure_ascii=False), article.text,
                         json.dumps(paragraphs, ensure_ascii=False)))
        self.db.executemany(
            "INSERT INTO articles (version_id, number, sub, part, path, text, paragraphs) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self.db.execute("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?)",
                        (version_id, parsed.part, name, sha256, len(rows),
                         datetime.now(UTC).isoformat(timespec="seconds")))
        outcome.articles = len(rows)
        return outcome

    # -- reading -----------------------------------------------------------------------
    def laws(self) -> list[LawInfo]:
        if self._law_cache is None:
            laws = {r["id"]: LawInfo(r["id"], r["title"], short_title(r["title"]), r["kind"])
                    for r in self.db.execute("SELECT * FROM laws ORDER BY title")}
            counts = {r["version_id"]: r["n"] for r in self.db.execute(
                "SELECT version_id, count(*) AS n FROM articles GROUP BY version_id")}
            parts: dict[int, list[str]] = {}
            for r in self.db.execute("SELECT version_id, part FROM sources ORDER BY rowid"):
                parts.setdefault(r["version_id"], []).append(r["part"])
            # In order of when each applies: from its in-force date, or from its adoption
            # when that is all the file says (it cannot apply earlier).
            for r in self.db.execute(f"SELECT v.id, v.law_id, v.version_date, {EFFECTIVE_FROM} "
                                     "FROM versions v ORDER BY coalesce(nullif("
                                     "effective_from, ''), v.version_date), v.version_date"):
                laws[r["law_id"]].versions.append(VersionInfo(
                    r["id"], r["version_date"], r["effective_from"], counts.get(r["id"], 0),
                    [p for p in parts.get(r["id"], []) if p]))
            self._law_cache = [law for law in laws.values() if law.versions]
            self._law_index = {law.id: law for law in self._law_cache}
        return self._law_cache

    def law(self, law_id: int) -> LawInfo:
        if self._law_index is None or self._law_cache is None:
            self._law_index = {law.id: law for law in self.laws()}
        return self._law_index[law_id]

    def version_on(self, law_id: int, on: date | str | None = None) -> VersionInfo | None:
        """The version in force on ``on`` (default: the latest); None before the first."""
        versions = self.law(law_id).versions
        if on is None:
            return versions[-1] if versions else None
        day = on.isoformat() if isinstance(on, date) else on
        in_force = [v for v in versions if v.applies_from and v.applies_from <= day]
        return in_force[-1] if in_force else None

    def article(self, version_id: int, number: int, sub: int = 0) -> Article | None:
        row = self.db.execute(_ARTICLE_SELECT + "WHERE a.version_id = ? AND a.number = ? AND "
                              "a.sub = ?", (version_id, number, sub)).fetchone()
        return _row_article(row) if row else None

    def articles(self, version_id: int) -> list[Article]:
        """Every article of a version in order: the law's text with its outline."""
        return [_row_article(r) for r in self.db.execute(
            _ARTICLE_SELECT + "WHERE a.version_id = ? ORDER BY a.number, a.sub", (version_id,))]

    def outline(self, version_id: int) -> list[OutlineEntry]:
        """The headings of a version in order, each with the first article under it (the
        outline beside a law opened at an article)."""
        entries: list[OutlineEntry] = []
        current: list[str] = []
        for row in self.db.execute("SELECT number, sub, part, path FROM articles WHERE "
                                   "version_id = ? ORDER BY number, sub", (version_id,)):
            path = [p for p in [row["part"], *json.loads(row["path"])] if p]
            same = 0
            while same < min(len(path), len(current)) and path[same] == current[same]:
                same += 1
            entries += [OutlineEntry(level, path[level], row["number"], row["sub"])
                        for level in range(same, len(path))]
            current = path
        return entries

    def article_range(self, version_id: int) -> tuple[int, int]:
        row = self.db.execute("SELECT min(number), max(number) FROM articles WHERE "
                              "version_id = ?", (version_id,)).fetchone()
        return row[0] or 0, row[1] or 0

    def part_range(self, version_id: int, book: str) -> tuple[int, int] | None:
        """The first and last article of a book (合同编, or 刑法's 分则) of a version."""
        bare = book.removesuffix("编")
        row = self.db.execute(
            "SELECT min(number), max(number) FROM articles WHERE version_id = ? AND "
            "(part IN (?, ?) OR json_extract(path, '$[0]') LIKE ?)",
            (version_id, book, bare, f"第%编%{bare}")).fetchone()
        return (row[0], row[1]) if row[0] is not None else None

    def versions_of_article(self, law_id: int, number: int, sub: int = 0
                            ) -> list[tuple[VersionInfo, Article | None]]:
        return [(v, self.article(v.id, number, sub)) for v in self.law(law_id).versions]

    # -- distribution ------------------------------------------------------------------
    def sha256(self) -> str:
        """The hash of the library file as it is on disk (what the server distributes by)."""
        digest = hashlib.sha256()
        with open(self.path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def publish(self, out: Path | str) -> str:
        """A compact copy of this library for distribution; returns its SHA-256."""
        out = Path(out)
        if out.exists():
            out.unlink()
        self.db.execute("VACUUM INTO ?", (str(out),))
        return LawLibrary._file_sha256(out)

    @staticmethod
    def _file_sha256(path: Path) -> str:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    @staticmethod
    def install(received: Path | str, expected_sha256: str, target: Path | str) -> None:
        """Put a library file the court sent in place of ``target``, after checking it.

        The old library stays until the new one is checked whole: a file whose hash differs
        (cut off in transfer) or that is not a law library is refused.
        """
        received, target = Path(received), Path(target)
        actual = LawLibrary._file_sha256(received)
        if actual != expected_sha256:
            raise LibraryHashMismatch(
                f"The law library received ({received.name}) hashes to {actual[:12]}…, not "
                f"{expected_sha256[:12]}… as announced: it was not installed and the current "
                "library stays in use. Sync again to fetch it anew.")
        LawLibrary(received, read_only=True).close()
        staging = target.with_name(target.name + ".new")
        shutil.copyfile(received, staging)
        os.replace(staging, target)
