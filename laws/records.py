"""What the law library hands out: laws with their versions, articles, an import's report,
and its errors. Plain data, for the CLI's JSON, the GUI's cards and the sync client."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from courtdesk.offline_cache.errors import CourtdeskError

from .importer import ImportProblem, Paragraph
from .numerals import to_chinese


class LawLibraryError(CourtdeskError):
    code = "law_library_error"


class LibraryUnreadable(LawLibraryError):
    code = "law_library_unreadable"


class LibraryHashMismatch(LawLibraryError):
    code = "law_library_hash_mismatch"


@dataclass
class VersionInfo:
    id: int
    version_date: str  # adopted or last amended
    effective_from: str  # in force from; "" when the law file gives only its adoption
    articles: int
    parts: list[str]

    @property
    def applies_from(self) -> str:
        """The earliest day it can apply: in force from, else adopted on (an amendment's
        in-force date unknown to the library is never before its adoption)."""
        return self.effective_from or self.version_date


@dataclass
class LawInfo:
    id: int
    title: str
    short_name: str
    kind: str
    versions: list[VersionInfo] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Article:
    law_id: int
    law_title: str
    short_name: str
    version_date: str
    effective_from: str
    number: int
    sub: int
    part: str
    path: list[str]
    paragraphs: list[Paragraph]

    @property
    def label(self) -> str:
        return f"第{to_chinese(self.number)}条" + (f"之{to_chinese(self.sub)}" if self.sub else "")

    @property
    def text(self) -> str:
        lines = []
        for paragraph in self.paragraphs:
            lines.append(paragraph.text)
            lines += paragraph.items
        return "\n".join(lines)

    def citation(self, paragraph: int | None = None, item: int | None = None) -> str:
        """How a note or a record cites it: 《中华人民共和国民法典》第五百七十七条（2020-05-28）."""
        where = self.label
        if paragraph:
            where += f"第{to_chinese(paragraph)}款"
        if item:
            where += f"第{to_chinese(item)}项"
        dated = f"（{self.version_date}）" if self.version_date else ""
        title = self.law_title.replace("《", "〈").replace("》", "〉")  # quotes in quotes
        return f"《{title}》{where}{dated}"

    def as_dict(self) -> dict:
        return {"law_id": self.law_id, "law": self.law_title, "short_name": self.short_name,
                "version_date": self.version_date, "effective_from": self.effective_from,
                "number": self.number, "sub": self.sub, "label": self.label,
                "part": self.part, "path": self.path, "text": self.text,
                "paragraphs": [p.as_dict() for p in self.paragraphs],
                "citation": self.citation()}


@dataclass
class OutlineEntry:
    level: int  # 0 for the top (a book of the Civil Code, or 第一编)
    title: str
    first_article: int
    first_sub: int = 0


@dataclass
class FileOutcome:
    path: str
    status: str  # imported | replaced | unchanged | duplicate | failed
    law: str = ""
    part: str = ""
    version_date: str = ""
    articles: int = 0
    problems: list[ImportProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {**{k: v for k, v in asdict(self).items() if k != "problems"},
                "problems": [p.as_dict() for p in self.problems]}


@dataclass
class ImportReport:
    files: list[FileOutcome]
    seconds: float

    @property
    def articles(self) -> int:
        return sum(f.articles for f in self.files if f.status in ("imported", "replaced"))

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def as_dict(self) -> dict:
        return {"files": [f.as_dict() for f in self.files], "articles": self.articles,
                "seconds": round(self.seconds, 3),
                "counts": {s: self.count(s) for s in
                           ("imported", "replaced", "unchanged", "duplicate", "failed")}}
