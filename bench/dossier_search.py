"""Search over 1000 indexed pages: courtdesk's index against bare SQLite FTS5, the limit.

courtdesk: ``DossierIndex.search`` over the case (encrypted SQLCipher store, hits in volume
order, snippets made). Bare: Python's own ``sqlite3`` with an FTS5 trigram index over the
very page text courtdesk indexed (copied out of its store), in a plain unencrypted file,
asked the same way (MATCH for 3+ characters, LIKE below that, since trigrams need three),
returning the pages' text with no snippets. Queries: Chinese of 3+ characters, a
2-character word, a phrase across a line break, and one with no hit. Each round runs
both sides, alternating which goes first; medians are compared. Goal: <= 100 ms.
Takes about a minute (most of it making and importing the volume the first time).

    python bench/dossier_search.py [--pages 1000] [--rounds 15]
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dossier_common import median, ms, p95, scratch_store, timed, volume

QUERIES = ("买卖合同纠纷", "退货通知函", "货款", "朴英姬，松子仁", "无此内容的查询")


class BareIndex:
    """Plain SQLite FTS5 trigram over the given page texts: what any program could do."""

    def __init__(self, path: Path, texts: list[tuple[int, str]]) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.executescript(
            "CREATE TABLE pages (id INTEGER PRIMARY KEY, page_index INTEGER, text TEXT);"
            "CREATE VIRTUAL TABLE page_fts USING fts5(text, content='pages', "
            "content_rowid='id', tokenize='trigram');")
        with self.conn:
            self.conn.executemany("INSERT INTO pages (page_index, text) VALUES (?, ?)", texts)
            self.conn.execute("INSERT INTO page_fts(page_fts) VALUES ('rebuild')")

    def search(self, needle: str) -> list[tuple[int, str]]:
        if len(needle) >= 3:
            phrase = '"' + needle.replace('"', '""') + '"'
            return self.conn.execute(
                "SELECT page_index, text FROM pages WHERE id IN (SELECT rowid FROM page_fts "
                "WHERE page_fts MATCH ?) ORDER BY page_index", (phrase,)).fetchall()
        return self.conn.execute("SELECT page_index, text FROM pages WHERE text LIKE ? "
                                 "ORDER BY page_index", (f"%{needle}%",)).fetchall()

    def close(self) -> None:
        self.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    from courtdesk.dossier.importer import DossierImporter
    from courtdesk.dossier.search_index import DossierIndex
    from courtdesk.dossier.text import normalize

    path = volume(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        store, clerk, case_id = scratch_store(Path(tmp))
        DossierImporter(store, clerk.actor).import_file(case_id, path)
        index = DossierIndex(store)
        texts = [(r["page_index"], r["search_text"]) for r in store.query(
            "SELECT page_index, search_text FROM document_pages ORDER BY page_index")]
        bare = BareIndex(Path(tmp) / "bare.db", texts)
        print(f"{len(texts)} indexed pages; median and p95 of {args.rounds} alternating rounds")
        worst, ratios = 0.0, []
        for query in QUERIES:
            needle = normalize(query)
            # No cap on hits here (the app's default is 500 pages), to compare like with like.
            hits = index.search(case_id, query, limit=100_000)
            bare_hits = bare.search(needle)
            assert [h.page_index for h in hits] == [p for p, _ in bare_hits], query
            app_times, bare_times = [], []
            for round_no in range(args.rounds):
                sides = [(app_times, lambda q=query: index.search(case_id, q, limit=100_000)),
                         (bare_times, lambda n=needle: bare.search(n))]
                for times, run in sides if round_no % 2 == 0 else reversed(sides):
                    times.append(timed(run))
            worst = max(worst, p95(app_times))
            ratio = median(app_times) / median(bare_times)
            ratios.append(ratio)
            print(f"  {query!r:24} {len(hits):4} pages  courtdesk {ms(median(app_times))} "
                  f"(p95 {ms(p95(app_times))})  bare sqlite3 FTS5 {ms(median(bare_times))}  "
                  f"ratio {ratio:.2f}")
        bare.close()
        store.close()
    print(f"slowest query p95: {ms(worst)}  (goal <= 100 ms)")
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"ratio app/raw = {geomean:.2f} (geometric mean of the {len(ratios)} queries' "
          f"median times)")


if __name__ == "__main__":
    main()
