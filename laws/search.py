"""Full-text search over every article, in the versions in force (FTS5 trigram, as the
dossier's search: Chinese has no spaces to split words on).

Ranking: a query that is itself a reference (民法典第577条) puts that article first. A
quoted phrase ("违约责任" or “违约责任”) finds only articles containing it exactly and ranks
the article the phrase is most of first — so the statute's own article comes before the
interpretations that quote it. Unquoted words must all occur, ranked by FTS5's bm25 with a
law's (法律) article weighted above a judicial interpretation's: interpretations repeat the
statute's words around it, which bm25 rewards, yet the statute is what a judge looks for
first. Words of one or two characters (合同, 违约) cannot use trigrams and are matched by
scanning, ranked by how dense they are, with the same weight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .citations import CitationParser
from .library import EFFECTIVE_FROM, LawLibrary, _row_article
from .records import Article

_CONTEXT = 30
_POOL = 200  # candidates taken from the index before exact ranking
_RANK_ALL = 2000  # up to this many matches, all are ranked by bm25
# How much more a law's article counts than an interpretation's that matches as well: within
# this factor of bm25 (or of density) the law comes first. 1.5 puts 刑法 第二十条 before the
# civil interpretation that says 正当防卫 seven times, yet leaves an interpretation first
# when it is plainly the better match.
LAW_WEIGHT = 1.5
_QUOTES = re.compile(r'^\s*["“”「『]\s*(.+?)\s*["“”」』]\s*$')


@dataclass
class LawSearchHit:
    article: Article
    before: str
    match: str
    after: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # every hit in article.text
    exact: bool = False  # the article is what the query cites, or holds the quoted phrase

    @property
    def snippet(self) -> str:
        if not self.match:  # found by reference, not by words: the article's beginning
            return self.after
        return f"{self.before}【{self.match}】{self.after}"

    def as_dict(self) -> dict:
        return {**self.article.as_dict(), "snippet": self.snippet, "before": self.before,
                "match": self.match, "after": self.after, "spans": self.spans,
                "exact": self.exact}


def _densest(rows: list, terms: list[str]) -> list:
    """Rows whose text is most made of the terms first (a law's weighted above an
    interpretation's)."""
    return sorted(rows, key=lambda r: -sum(r["text"].count(t) * len(t) for t in terms)
                  / max(len(r["text"]), 1) * (LAW_WEIGHT if r["kind"] == "law" else 1.0))


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _is_within(article: Article, within: str) -> bool:
    key = within.replace(" ", "")
    return any(key in heading.replace(" ", "") for heading in [article.part, *article.path])


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    spans = []
    for term in terms:
        start = text.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = text.find(term, start + len(term))
    return sorted(spans)


def _hit(article: Article, terms: list[str], exact: bool) -> LawSearchHit:
    text = article.text
    spans = _spans(text, terms)
    if not spans:
        head = text[: 2 * _CONTEXT] + ("…" if len(text) > 2 * _CONTEXT else "")
        return LawSearchHit(article, "", "", head.replace("\n", " "), [], exact)
    start, end = spans[0]
    before = ("…" if start > _CONTEXT else "") + text[max(0, start - _CONTEXT):start]
    after = text[end:end + _CONTEXT] + ("…" if end + _CONTEXT < len(text) else "")
    return LawSearchHit(article, before.replace("\n", " "), text[start:end],
                        after.replace("\n", " "), spans, exact)


class LawSearch:
    def __init__(self, library: LawLibrary, parser: CitationParser | None = None) -> None:
        self.library = library
        self.parser = parser or CitationParser(library)

    def _version_count(self) -> int:
        return sum(len(law.versions) for law in self.library.laws())

    def law_ids(self, name: str) -> list[int]:
        """Laws a --law filter names: a known name or short form, else title substrings."""
        return self.parser.laws_named(name)

    def _versions(self, law_ids: list[int] | None, on: date | str | None) -> list[int]:
        out = []
        for law in self.library.laws():
            if law_ids is not None and law.id not in law_ids:
                continue
            version = (self.library.version_on(law.id, on) if on is not None else
                       self.library.version_on(law.id, date.today())
                       or self.library.version_on(law.id))
            if version is not None:
                out.append(version.id)
        return out

    def search(self, query: str, *, law: str | None = None, on: date | str | None = None,
               within: str | None = None, limit: int = 20) -> list[LawSearchHit]:
        """Articles in force on ``on`` (default today) matching ``query``; ``law`` names
        one law (or a short name), ``within`` a part or heading (合同编, 第九章 诉讼时效)."""
        quoted = _QUOTES.match(query)
        phrase = quoted.group(1) if quoted else None
        terms = [phrase] if phrase else query.split()
        if not terms:
            return []
        law_ids = self.law_ids(law) if law else None
        if law_ids == []:
            return []
        versions = self._versions(law_ids, on)
        if not versions:
            return []
        hits: list[LawSearchHit] = []
        seen: set[tuple[int, int, int]] = set()
        if not phrase:
            cited = self.parser.cite(query, on=on)
            if cited.resolved and (law_ids is None or cited.law.id in law_ids) and (
                    not within or _is_within(cited.article, within)):
                hits.append(_hit(cited.article, [], True))
                seen.add((cited.law.id, cited.article.number, cited.article.sub))
        rows = self._candidates(terms, versions, _POOL if phrase else limit + len(hits),
                                within)
        articles = [_row_article(r) for r in rows]
        if phrase:
            # The article the phrase is most of comes first: the statute before the
            # interpretations quoting it; then statutes before interpretations.
            kinds = {law.id: law.kind for law in self.library.laws()}
            articles.sort(key=lambda a: (-len(phrase) * a.text.count(phrase) / max(len(a.text), 1),
                                         kinds.get(a.law_id) != "law"))
        for article in articles:
            key = (article.law_id, article.number, article.sub)
            if key in seen:
                continue
            seen.add(key)
            hits.append(_hit(article, terms, bool(phrase)))
            if len(hits) >= limit:
                break
        return hits

    def _candidates(self, terms: list[str], versions: list[int], pool: int,
                    within: str | None = None) -> list:
        if len(versions) == self._version_count():
            scope = "1"  # every version is in scope: no filter to apply
        else:
            scope = f"a.version_id IN ({', '.join(str(v) for v in versions)})"
        if within:
            # Headings are typeset with spaces (第九章 诉讼时效): compare without them.
            key = "%" + within.replace(" ", "").replace("%", "") + "%"
            scope += (" AND (replace(a.part, ' ', '') LIKE " + _sql_text(key) +
                      " OR replace(a.path, ' ', '') LIKE " + _sql_text(key) + ")")
        select = (f"SELECT a.*, v.law_id, v.version_date, {EFFECTIVE_FROM}, l.title, l.kind "
                  "FROM articles a JOIN versions v ON v.id = a.version_id "
                  "JOIN laws l ON l.id = v.law_id ")
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        scan = " ".join("AND instr(a.text, ?) > 0" for _ in short_terms)
        if long_terms:
            match = " AND ".join(_fts_phrase(t) for t in long_terms)
            many = self.library.db.execute(
                "SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search "
                "MATCH ? LIMIT ?)", (match, _RANK_ALL)).fetchone()[0] >= _RANK_ALL
            if not many:
                # bm25 is negative, better when lower: a law's is made lower still.
                sql = (select + "JOIN (SELECT rowid, rank FROM article_search WHERE "
                       f"article_search MATCH ?) s ON s.rowid = a.id WHERE {scope} {scan} "
                       f"ORDER BY s.rank * (CASE l.kind WHEN 'law' THEN {LAW_WEIGHT} ELSE 1 END) "
                       "LIMIT ?")
                return self.library.db.execute(sql, (match, *short_terms, pool)).fetchall()
            # Thousands of articles hold the words (人民法院应当): ranking them all costs
            # more than a person waits; the first pool, by density, stands in for it.
            sql = (select + "JOIN (SELECT rowid FROM article_search WHERE article_search "
                   f"MATCH ?) s ON s.rowid = a.id WHERE {scope} {scan} LIMIT ?")
            rows = self.library.db.execute(sql, (match, *short_terms, max(pool, _POOL))
                                           ).fetchall()
            return _densest(rows, terms)[:pool]
        # No index for one or two characters: scan, stopping at the first ``pool`` articles
        # that hold the words (as bare SQLite would), then rank those by how dense the
        # words are in them; a full ranked scan of 100,000 articles takes half a second.
        sql = select + f"WHERE {scope} {scan} LIMIT ?"
        rows = self.library.db.execute(sql, (*short_terms, max(pool, _POOL))).fetchall()
        return _densest(rows, short_terms)[:pool]
