"""The law library at court scale: import 1,000 law files, search over all their articles
against bare SQLite FTS5 on the same text, and resolve every citation in a 100-page dossier.

Files: the shared collection's importable files (the Civil Code books, procedure laws,
interpretations…), copied under distinct titles until there are ``--files`` of them, so each
copy is a law of its own. Import: one ``courtdesk laws import``-equivalent call, one
transaction. Search: ``LawSearch.search`` (versions in force, ranking, snippets) against
Python's own ``sqlite3`` with an FTS5 trigram index over the very same article text, asked
``MATCH ? ORDER BY rank LIMIT 20`` (LIKE below three characters); each round runs both,
alternating which goes first. Goals: search p95 <= 50 ms; citations <= 1 s.

    python bench/laws_library.py [--files 1000] [--rounds 15] [--shared tests/laws/collection]
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from courtdesk.laws.citations import CitationParser
from courtdesk.laws.importer import read_law_file
from courtdesk.laws.library import LawLibrary, law_files
from courtdesk.laws.search import LawSearch

QUERIES = ("违约责任", "人民法院应当", '"当事人一方不履行合同义务"', "合同", "盗窃 数额较大",
           "诉讼时效期间", '"有下列情形之一的"', "无此内容的查询语句")
CITED = ["民法典第五百七十七条", "《中华人民共和国民法典》第五百八十四条", "合同编第577条",
         "民诉法第一百二十二条第一款第（三）项", "刑法第二百六十四条", "第五百八十五条",
         "民事诉讼法第二千条", "公司法第二十条", "刑诉法第一条", "民法典第１４３条"]


def make_files(shared: Path, folder: Path, count: int) -> list[Path]:
    sources = [p for p in law_files([shared]) if read_law_file(p).articles]
    made = []
    for n in range(count):
        source = sources[n % len(sources)]
        lines = source.read_text(encoding="utf-8").split("\n")
        lines[0] = f"{lines[0]}（基准副本{n:04d}）" if n >= len(sources) else lines[0]
        path = folder / f"{n:04d}-{source.name}"
        path.write_text("\n".join(lines), encoding="utf-8")
        made.append(path)
    return made


class BareIndex:
    """Plain SQLite FTS5 trigram over the same article texts: what any program could do."""

    def __init__(self, path: Path, texts: list[tuple[int, str]]) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.executescript(
            "CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT);"
            "CREATE VIRTUAL TABLE article_fts USING fts5(text, content='articles', "
            "content_rowid='id', tokenize='trigram');")
        with self.conn:
            self.conn.executemany("INSERT INTO articles VALUES (?, ?)", texts)
            self.conn.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")

    def search(self, query: str) -> list:
        terms = [query.strip('"')] if query.startswith('"') else query.split()
        long_terms = [t for t in terms if len(t) >= 3]
        short = [t for t in terms if len(t) < 3]
        scan = "".join(" AND instr(a.text, ?) > 0" for _ in short)
        if long_terms:
            match = " AND ".join('"' + t + '"' for t in long_terms)
            return self.conn.execute(
                "SELECT a.id, a.text FROM article_fts f JOIN articles a ON a.id = f.rowid "
                f"WHERE article_fts MATCH ?{scan} ORDER BY f.rank LIMIT 20",
                (match, *short)).fetchall()
        return self.conn.execute(f"SELECT id, text FROM articles a WHERE 1{scan} LIMIT 20",
                                 short).fetchall()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def dossier_pages(count: int, seed: int = 7) -> list[str]:
    """Page text like a dossier's: running prose with citations in many forms."""
    rng = random.Random(seed)
    filler = ("原告诉称，双方于二〇二三年签订买卖合同，约定被告按期支付货款，被告逾期未付。"
              "被告辩称，原告交付的货物存在质量问题，请求驳回原告的诉讼请求。")
    pages = []
    for _ in range(count):
        parts = []
        while sum(map(len, parts)) < 1500:
            parts.append(filler[: rng.randint(40, len(filler))])
            parts.append("依据" + rng.choice(CITED) + "的规定，")
        pages.append("".join(parts))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--library", type=Path,
                        help="keep the imported library here and reuse it on the next run")
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[1] / "tests" / "laws" /
                        "collection")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "files"
        folder.mkdir()
        files = make_files(args.shared, folder, args.files)
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        reuse = args.library is not None and args.library.exists()
        library = LawLibrary(args.library or Path(scratch) / "laws.sqlite")
        if not reuse:
            started = time.perf_counter()
            report = library.import_paths([folder])
            seconds = time.perf_counter() - started
        articles = library.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        if not reuse:
            print(f"import: {len(files)} files ({megabytes:.0f} MB), {articles} articles in "
                  f"{seconds:.1f} s ({articles / seconds:.0f} articles/s); "
                  f"{report.count('imported')} imported, {report.count('duplicate')} "
                  f"duplicates, {report.count('failed')} failed; library file "
                  f"{library.path.stat().st_size / 1e6:.0f} MB")

        texts = library.db.execute("SELECT id, text FROM articles").fetchall()
        bare = BareIndex(Path(scratch) / "bare.sqlite", [(r[0], r[1]) for r in texts])
        search = LawSearch(library)
        ours: dict[str, list[float]] = {q: [] for q in QUERIES}
        theirs: dict[str, list[float]] = {q: [] for q in QUERIES}
        for round_number in range(args.rounds):
            for query in QUERIES:
                sides = [("ours", lambda q=query: search.search(q)),
                         ("bare", lambda q=query: bare.search(q))]
                if round_number % 2:
                    sides.reverse()
                for side, run in sides:
                    began = time.perf_counter()
                    run()
                    (ours if side == "ours" else theirs)[query].append(
                        (time.perf_counter() - began) * 1000)
        print(f"search over {articles} articles, {args.rounds} rounds (ms):")
        print(f"  {'query':24} {'ours p50':>9} {'ours p95':>9} {'bare p50':>9} "
              f"{'bare p95':>9} {'ratio p95':>9}")
        for query in QUERIES:
            mine, bare_ms = ours[query], theirs[query]
            print(f"  {query:24} {statistics.median(mine):9.1f} {p95(mine):9.1f} "
                  f"{statistics.median(bare_ms):9.1f} {p95(bare_ms):9.1f} "
                  f"{p95(mine) / max(p95(bare_ms), 0.01):9.1f}")
        every_ours = [v for values in ours.values() for v in values]
        every_bare = [v for values in theirs.values() for v in values]
        print(f"  all queries: ours p95 {p95(every_ours):.1f} ms, bare p95 "
              f"{p95(every_bare):.1f} ms, ratio {p95(every_ours) / p95(every_bare):.2f} "
              f"(goal: ours p95 <= 50 ms)")

        pages = dossier_pages(100)
        began = time.perf_counter()
        citations = CitationParser(library)
        built = time.perf_counter() - began
        found = resolved = 0
        for page in pages:
            for link in citations.links(page):
                found += 1
                resolved += link.resolved
        total = time.perf_counter() - began
        print(f"citations: 100 dossier pages ({sum(map(len, pages))} characters), {found} "
              f"references ({resolved} resolved) in {total * 1000:.0f} ms, of which "
              f"{built * 1000:.0f} ms building the name index of {len(citations.laws)} laws "
              "(goal: <= 1 s)")
        library.close()


if __name__ == "__main__":
    sys.exit(main())
