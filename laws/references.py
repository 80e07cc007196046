"""What the citation parser finds and what a reference resolves to: plain data with spans
over the text it was found in (the text itself is never changed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import Article, LawInfo, VersionInfo


@dataclass
class ArticleContext:
    """Where a text stands, for 本法, 本条, 前款: the law (and article, paragraph) it is in."""

    law_id: int
    number: int = 0
    sub: int = 0
    paragraph: int = 0  # 1-based; the paragraph the reference stands in


@dataclass
class Reference:
    start: int
    end: int
    text: str
    law_written: str = ""  # the law's name as written ("" when inherited or relative)
    book: str = ""
    number: int | None = None
    sub: int = 0
    paragraph: int | None = None
    item: int | None = None
    relative: str = ""  # 本法, 该法, 前款, 本条, 前条
    law_ids: list[int] = field(default_factory=list)
    inherited: bool = False
    bad_number: str = ""


@dataclass
class Resolution:
    reference: Reference
    status: str  # resolved | unknown_law | ambiguous_law | no_such_article | not_in_book |
    #              no_such_paragraph | no_such_item | needs_context | not_in_force | bad_number
    message: str
    law: LawInfo | None = None
    version: VersionInfo | None = None
    article: Article | None = None
    candidates: list[str] = field(default_factory=list)
    other_versions: list[dict] = field(default_factory=list)  # where the text differs
    on: str = ""  # the version is the one in force then (a case's facts' date); "" today's

    @property
    def resolved(self) -> bool:
        return self.status == "resolved"

    def quoted_text(self) -> str:
        """The text cited: the paragraph or item when named, else the whole article."""
        if self.article is None or not self.resolved:
            return ""
        ref = self.reference
        if ref.paragraph:
            paragraph = self.article.paragraphs[ref.paragraph - 1]
            if ref.item:
                return paragraph.items[ref.item - 1]
            return "\n".join([paragraph.text, *paragraph.items])
        return self.article.text

    def as_dict(self) -> dict:
        ref = self.reference
        return {
            "start": ref.start, "end": ref.end, "text": ref.text, "status": self.status,
            "message": self.message, "law": self.law.title if self.law else "",
            "law_id": self.law.id if self.law else None,
            "version_date": self.version.version_date if self.version else "",
            "effective_from": self.version.effective_from if self.version else "",
            "number": ref.number, "sub": ref.sub, "paragraph": ref.paragraph,
            "item": ref.item, "book": ref.book,
            "article": self.article.as_dict() if self.article else None,
            "quoted_text": self.quoted_text(),
            "citation": self.article.citation(ref.paragraph, ref.item) if self.article else "",
            "candidates": self.candidates, "other_versions": self.other_versions,
        }


def cited_articles(resolutions: list[Resolution]) -> list[Resolution]:
    """Each article cited, once, in the order first cited (a deliberation's side list)."""
    seen: set[tuple] = set()
    out = []
    for resolution in resolutions:
        if not resolution.resolved:
            continue
        article = resolution.article
        key = (article.law_id, resolution.version.id, article.number, article.sub)
        if key not in seen:
            seen.add(key)
            out.append(resolution)
    return out
