"""Full-text search over every volume of a case, Chinese included.

The index is SQLite FTS5 with the trigram tokenizer (CJK has no spaces to split words on),
kept in step with the page-text table by triggers (migration 4), so import and OCR only
write page text. Trigrams need three characters: one- and two-character queries (common
in Chinese: 合同, 违约) scan the page text with LIKE instead, which over a few thousand
pages is still quick.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pymupdf

from courtdesk.offline_cache.store import LocalStore

from . import text as page_text
from .library import DossierFiles

_CONTEXT = 24  # characters of context either side of a hit


@dataclass
class SearchHit:
    document_id: str
    title: str
    volume: int
    page_index: int
    hits: int
    before: str
    match: str
    after: str
    text_source: str

    @property
    def snippet(self) -> str:
        return f"{self.before}【{self.match}】{self.after}"

    def as_dict(self) -> dict:
        return {**asdict(self), "page": self.page_index + 1, "snippet": self.snippet}


def _fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def _like_pattern(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _context(search_text: str, needle: str) -> tuple[int, str, str, str]:
    lowered, target = search_text.lower(), needle.lower()
    first = lowered.find(target)
    count = lowered.count(target) if target else 0
    if first < 0:  # matched by FTS but not by Python's lower(): show the page start
        return max(count, 1), "", "", search_text[:2 * _CONTEXT]
    start, end = first, first + len(target)
    before = search_text[max(0, start - _CONTEXT):start]
    after = search_text[end:end + _CONTEXT]
    return (count, ("…" if start > _CONTEXT else "") + before, search_text[start:end],
            after + ("…" if end + _CONTEXT < len(search_text) else ""))


class DossierIndex:
    def __init__(self, store: LocalStore) -> None:
        self.store = store

    def search(self, case_id: str, query: str, *, limit: int = 500,
               document_ids: list[str] | None = None) -> list[SearchHit]:
        """Pages of the case's documents that contain ``query``, in volume and page order."""
        needle = page_text.normalize(query)
        if not needle:
            return []
        scope = ""
        params: list = []
        if document_ids:
            scope = f" AND d.id IN ({', '.join('?' for _ in document_ids)})"
            params += document_ids
        base = ("SELECT p.document_id, p.page_index, p.search_text, p.text_source, d.title, "
                "d.volume FROM document_pages p JOIN documents d ON d.id = p.document_id "
                "WHERE {match} AND d.case_id = ? AND d.deleted = 0" + scope +
                " ORDER BY d.volume, d.created_at, p.page_index LIMIT ?")
        if len(needle) >= 3:
            # The index is asked once, in a subquery: joined directly, SQLite's planner runs
            # the full-text query again for every page of the case.
            sql = base.format(match="p.id IN (SELECT rowid FROM page_search WHERE "
                                    "page_search MATCH ?)")
            rows = self.store.query(sql, (_fts_phrase(needle), case_id, *params, limit))
        else:
            sql = base.format(match="p.search_text LIKE ? ESCAPE '\\'")
            rows = self.store.query(sql, (_like_pattern(needle), case_id, *params, limit))
        hits = []
        for row in rows:
            count, before, match, after = _context(row["search_text"], needle)
            hits.append(SearchHit(row["document_id"], row["title"], row["volume"],
                                  row["page_index"], count, before, match, after,
                                  row["text_source"]))
        return hits

    def hit_rects(self, document_id: str, page_index: int, query: str,
                  files: DossierFiles | None = None) -> list[pymupdf.Rect]:
        """Where ``query`` is on the page, for highlighting (page coordinates).

        OCR'd pages use the character boxes stored by OCR; pages with a text layer use
        PyMuPDF's own search (on the PDF thread, through ``files``), and the character
        boxes of the text layer when a match spans a line break (which the index, having
        joined the lines, does find).
        """
        rows = self.store.query(
            "SELECT text_source, ocr_lines FROM document_pages WHERE document_id = ? AND "
            "page_index = ?", (document_id, page_index))
        if not rows or not page_text.normalize(query):
            return []
        if rows[0]["text_source"] == "ocr":
            return page_text.find_rects(page_text.load_char_lines(rows[0]["ocr_lines"]), query)
        if files is None:
            return []
        return files.read_pdf(files.document(document_id), text_layer_rects, page_index, query)


def text_layer_rects(doc: pymupdf.Document, page_index: int, query: str) -> list[pymupdf.Rect]:
    """Boxes of ``query`` in a page's text layer (on the PDF thread)."""
    page = doc[page_index]
    found = page.search_for(query)
    if found:
        return list(found)
    return page_text.find_rects(page_text.char_lines_from_textpage(page), query)
