"""The law library as the Laws workspace reads it: plain data made on the laws queue.

SQLite connections belong to the thread that opened them, so the library is opened once on
the laws queue's one thread (it never expires) and every read of the workspace runs there:
the GUI thread never waits on a search, and no connection crosses threads. The first read
opens the library through :func:`courtdesk.laws.opening.open_library`, which imports the
starter library into a new file.
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from courtdesk.laws.library import LawLibrary
from courtdesk.laws.opening import library_path, open_library
from courtdesk.laws.records import Article, LawInfo, OutlineEntry, VersionInfo
from courtdesk.laws.references import Resolution
from courtdesk.laws.search import LawSearch, LawSearchHit

LAWS_QUEUE = "laws"
HIT_STYLE = "background-color:#ffe58f;"
CURRENT_STYLE = "background-color:#eaf2fb;"
CHANGED_STYLE = "background-color:#fbd5c0;"


@dataclass
class FoundArticles:
    """What one query found: the article it cites (if it is a reference) and the cards."""

    query: str
    cited: Resolution | None
    hits: list[LawSearchHit]


@dataclass
class LawText:
    """A law's version to read: its articles as one HTML page with an anchor per article,
    its outline, and where the article asked for stands."""

    law: LawInfo
    version: VersionInfo
    outline: list[OutlineEntry]
    html: str
    article: Article | None
    # The article in each other version where its text differs (None: not in that one),
    # with what differs: spans over this version's text and over that one's.
    changes: list[Change] = field(default_factory=list)


@dataclass
class Change:
    version: VersionInfo
    article: Article | None
    here: list[tuple[int, int]]
    there: list[tuple[int, int]]


@dataclass
class ArticleShown:
    """One article as the laws panel shows it: its version, the words found in it, where
    its text differs in other versions, and the version in force today."""

    law: LawInfo
    version: VersionInfo
    article: Article | None
    spans: list[tuple[int, int]]
    changes: list[Change]
    current: VersionInfo

    @property
    def current_change(self) -> Change | None:
        """How today's text differs, when this is not today's version and it differs."""
        return next((c for c in self.changes if c.version.id == self.current.id), None)


def differences(here: str, there: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """What differs between two texts of an article, character by character (Chinese has
    no words to compare by): spans over each text."""
    ours, theirs = [], []
    matcher = difflib.SequenceMatcher(None, here, there, autojunk=False)
    for tag, start, end, other_start, other_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        if end > start:
            ours.append((start, end))
        if other_end > other_start:
            theirs.append((other_start, other_end))
    return ours, theirs


def anchor(number: int, sub: int = 0) -> str:
    return f"a{number}-{sub}"


def marked(text: str, spans: list[tuple[int, int]], style: str = HIT_STYLE) -> str:
    """``text`` as HTML with the spans highlighted (the text itself unchanged)."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="{style}">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def article_html(article: Article, spans: list[tuple[int, int]] | None = None,
                 style: str = HIT_STYLE) -> str:
    return f"<b>{html.escape(article.label)}</b>　{marked(article.text, spans or [], style)}"


class LawReader:
    """One library, opened on first use; call only from the laws queue's thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.library: LawLibrary | None = None
        self.search: LawSearch | None = None

    @classmethod
    def for_profile(cls, profile: Path) -> LawReader:
        return cls(library_path(profile))

    def _open(self) -> LawSearch:
        if self.search is None:
            self.library, _report = open_library(self.path)
            self.search = LawSearch(self.library)
        return self.search

    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = self.search = None

    def laws(self) -> list[LawInfo]:
        return self._open().library.laws()

    def default_version(self, law_id: int, on: str | None = None) -> VersionInfo:
        """The version in force on ``on`` (a case's facts date), else today's; a law not
        yet in force then is shown in its first version."""
        library = self._open().library
        if on:
            return library.version_on(law_id, on) or library.law(law_id).versions[0]
        return library.version_on(law_id, date.today()) or library.version_on(law_id)

    def find(self, query: str, law_id: int | None = None, within: str = "",
             limit: int = 40, on: str | None = None) -> FoundArticles:
        """What ``query`` finds in the versions in force on ``on`` (default today)."""
        search = self._open()
        query = query.strip()
        cited = search.parser.cite(query, on=on or None) if query else None
        if cited is not None and cited.status == "not_a_reference":
            cited = None
        law = search.library.law(law_id).title if law_id is not None else None
        hits = search.search(query, law=law, within=within or None, limit=limit,
                             on=on or None) if query else []
        return FoundArticles(query, cited, hits)

    def headings(self, law_id: int, on: str | None = None) -> list[OutlineEntry]:
        """The part and chapter headings a search can be kept within (the top two levels)."""
        library = self._open().library
        return [e for e in library.outline(self.default_version(law_id, on).id)
                if e.level <= 1]

    def article_shown(self, law_id: int, version_date: str, number: int, sub: int = 0,
                      spans: list[tuple[int, int]] | None = None) -> ArticleShown:
        """One article of one version, with where its text differs in the others (the
        laws panel shows an article, not the whole law)."""
        library = self._open().library
        law = library.law(law_id)
        version = next(v for v in law.versions if v.version_date == version_date)
        article = library.article(version.id, number, sub)
        current = self.default_version(law_id)
        return ArticleShown(law, version, article, list(spans or []),
                            self._changes(law_id, version, article) if article else [],
                            current)

    def _changes(self, law_id: int, version: VersionInfo, current: Article) -> list[Change]:
        changes = []
        for other, text in self._open().library.versions_of_article(law_id, current.number,
                                                                     current.sub):
            if other.id != version.id and (text is None or text.text != current.text):
                here, there = differences(current.text, text.text) if text else ([], [])
                changes.append(Change(other, text, here, there))
        return changes

    def law_text(self, law_id: int, version_id: int | None = None, number: int = 0,
                 sub: int = 0, spans: list[tuple[int, int]] | None = None,
                 on: str | None = None) -> LawText:
        library = self._open().library
        law = library.law(law_id)
        version = next((v for v in law.versions if v.id == version_id), None) \
            or self.default_version(law_id, on)
        articles = library.articles(version.id)
        outline = library.outline(version.id)
        headings = {(e.first_article, e.first_sub): [] for e in outline}
        for entry in outline:
            headings[(entry.first_article, entry.first_sub)].append(entry)
        current = next((a for a in articles if (a.number, a.sub) == (number, sub)), None)
        parts = [f"<h2>{html.escape(law.title)}</h2>"]
        for article in articles:
            for entry in headings.get((article.number, article.sub), []):
                level = min(entry.level + 3, 6)
                parts.append(f"<h{level}>{html.escape(entry.title)}</h{level}>")
            here = article is current
            style = f' style="{CURRENT_STYLE}"' if here else ""
            parts.append(f'<p{style}><a name="{anchor(article.number, article.sub)}"></a>'
                         f"{article_html(article, spans if here else None)}</p>")
        changes = self._changes(law_id, version, current) if current is not None else []
        return LawText(law, version, outline, "\n".join(parts), current, changes)
