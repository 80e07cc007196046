"""Reading one law file: the Markdown layout of the shared collection, or plain text.

Markdown: ``# title``, optionally a second ``# part`` (a book of the Civil Code), dated
lines, ``<!-- INFO END -->``, then ``##``…``####`` headings (编, 分编, 章, 节, or 一、… in
judicial interpretations) and articles that begin ``第…条``. Plain text: the first line is the
title, headings are lines such as ``第一章 总则`` on their own, articles the same markers.

Nothing here raises on bad input: every problem becomes an ``ImportProblem`` naming the file
and line, and whatever could be read is kept (a file with no article at all yields none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .numerals import FULL_WIDTH, NUMBER, has_full_width, parse_number

INFO_END = "<!-- INFO END -->"
_ARTICLE = re.compile(rf"^第({NUMBER})(\s*)条(?:之({NUMBER}))?[\s\u3000]*(.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
# A heading line in plain text (and what marks a Markdown heading's kind).
_PLAIN_HEADING = re.compile(rf"^第({NUMBER})(编|分编|章|节)(?:[\s\u3000]+(.*))?$")
_ITEM = re.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|[（(][0-9０-９]+[）)])")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_FILE_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")
_AMENDMENT_ITEM = re.compile(r"^[一二三四五六七八九十百]+、")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")


@dataclass
class ImportProblem:
    path: str
    line: int  # 1-based; 0 for the file as a whole
    severity: str  # "error": something was not imported; "warning": imported, but look
    code: str
    message: str

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "severity": self.severity,
                "code": self.code, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class Paragraph:
    """One 款: its text and its 项 (items), numbered from 1 within the paragraph."""

    text: str
    items: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"text": self.text, "items": self.items}


@dataclass
class ParsedArticle:
    number: int
    sub: int  # 之一 → 1; 0 for an ordinary article
    path: list[str]  # headings above it: 编, 章, 节 …
    paragraphs: list[Paragraph]
    line: int

    @property
    def text(self) -> str:
        lines = []
        for paragraph in self.paragraphs:
            lines.append(paragraph.text)
            lines += paragraph.items
        return "\n".join(lines)


@dataclass
class ParsedLaw:
    path: str
    title: str
    part: str  # the book this file holds (合同编), or ""
    kind: str  # "law" or "interpretation"
    version_date: str  # ISO date of the version (adopted or last amended); "" when unknown
    effective_from: str  # ISO date it took effect; "" when the file gives only adoption
    preamble: list[str]
    articles: list[ParsedArticle]
    problems: list[ImportProblem]


def _iso(match: re.Match) -> str:
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


_IN_FORCE = re.compile(r"自\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*起?\s*(?:施行|生效)")
_IN_FORCE_LINE = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[^\d自，,。；;]*?施行\s*$")


def _dates(preamble: list[str], file_name: str) -> tuple[str, str]:
    """(version date, in-force date) from the preamble's dated lines.

    A line “2021年1月1日 施行” or “…公告公布施行” is the in-force date; in a line such as
    “2023年9月1日 …第五次修正，自2024年1月1日起施行” the date after 自 is the in-force date and
    the first one the adoption. Every other date is an adoption (通过, 修正, 修订, 公布). The
    in-force date is "" when the preamble gives none: an amendment usually takes effect
    months after it is adopted, so its adoption date must not stand in for it.
    """
    adopted, in_force = [], []
    for line in preamble:
        whole = _IN_FORCE_LINE.match(line)
        if whole:
            in_force.append(_iso(whole))
            continue
        stated = _IN_FORCE.search(line)
        if stated:
            in_force.append(_iso(stated))
        first = _DATE.search(line)
        if first and (not stated or first.start() < stated.start()):
            adopted.append(_iso(first))
    named = _FILE_DATE.search(file_name)
    version = max(adopted) if adopted else (named.group(1) if named else "")
    effective = max(in_force) if in_force else ""
    if effective and version and effective < version:
        effective = ""  # 宪法: proclaimed in force in 1982, amended since (dates unstated)
    return version, effective


def _heading_text(text: str) -> str:
    """第一编 总 则 → 第一编 总则: spaces inside a CJK heading are typesetting."""
    text = re.sub(r"\s+", " ", text.strip())
    marker = re.match(rf"^(第{NUMBER}(?:分编|编|章|节))\s*(.*)$", text)
    head, rest = (marker.group(1), marker.group(2)) if marker else ("", text)
    rest = re.sub(r"(?<=[\u3000-\u9fff]) (?=[\u3000-\u9fff])", "", rest)
    return f"{head} {rest}".strip() if head else rest


def law_kind(title: str) -> str:
    if title.startswith(("最高人民法院", "最高人民检察院")) or title.endswith(("解释", "规定")):
        return "interpretation"
    return "law"


class _Reader:
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[ImportProblem] = []
        self.articles: list[ParsedArticle] = []
        self.headings: list[tuple[int, str, int]] = []  # (depth, title, line)
        self.empty_headings: list[int] = []
        self._heading_used = True
        self._last_heading_line = 0

    def problem(self, line: int, severity: str, code: str, message: str) -> None:
        self.problems.append(ImportProblem(self.path, line, severity, code, message))

    def heading(self, depth: int, title: str, line: int) -> None:
        if not self._heading_used and self._last_heading_line:
            # A heading directly under another heading of the same or a higher level had no
            # article: a leftover of a table of contents, or a broken file.
            previous_depth = self.headings[-1][0] if self.headings else 0
            if depth <= previous_depth:
                self.empty_headings.append(self._last_heading_line)
        while self.headings and self.headings[-1][0] >= depth:
            self.headings.pop()
        self.headings.append((depth, title, line))
        self._heading_used = False
        self._last_heading_line = line

    def article(self, match: re.Match, line: int) -> None:
        raw_number, space, raw_sub, rest = match.groups()
        number = parse_number(raw_number)
        sub = parse_number(raw_sub) if raw_sub else 0
        marker = match.group(0)[: match.start(4)].strip()
        if number is None or sub is None:
            self.problem(line, "error", "bad_article_number",
                         f"“{marker}” is not a well-formed article number; the line was "
                         "kept as text of the article before it. Correct the number.")
            self.text(match.group(0), line)
            return
        if has_full_width(raw_number + (raw_sub or "")):
            self.problem(line, "warning", "full_width_digits",
                         f"full-width digits in “{marker}”: read as article {number}"
                         + (f"-{sub}" if sub else "") + ".")
        if space:
            self.problem(line, "warning", "spaced_marker",
                         f"a space inside the article marker “{marker}”: read as article "
                         f"{number}.")
        previous = self.articles[-1] if self.articles else None
        if previous and (number, sub) <= (previous.number, previous.sub):
            self.problem(line, "error", "duplicate_article" if (number, sub) == (
                previous.number, previous.sub) else "article_out_of_order",
                         f"article {marker} follows article {previous.number}"
                         + (f"-{previous.sub}" if previous.sub else "")
                         + f" (line {previous.line}): numbers must rise; the line was kept "
                         "as text of the article before it.")
            self.text(match.group(0), line)
            return
        self._heading_used = True
        path = [title for _, title, _ in self.headings]
        self.articles.append(ParsedArticle(number, sub, path, [Paragraph(rest.strip())], line))

    def text(self, text: str, line: int) -> None:
        if not self.articles or not self._heading_used:
            # A foreword (the Constitution's 序言) or an annex after the last article (刑法's
            # 附件一) sits under a heading with no article: it belongs to no article.
            return
        article = self.articles[-1]
        if _ITEM.match(text):
            article.paragraphs[-1].items.append(text)
        elif not article.paragraphs[-1].text and not article.paragraphs[-1].items:
            article.paragraphs[-1].text = text  # "第一条" alone on its line
        else:
            article.paragraphs.append(Paragraph(text))


def read_law_text(text: str, path: str) -> ParsedLaw:
    """Parse one law from its text; ``path`` names it in problems and gives the file's date."""
    # Zero-width spaces and stray BOMs come with texts copied from web pages: invisible, but
    # they would make an unchanged article differ between two versions.
    text = text.translate(_INVISIBLE)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    reader = _Reader(path, lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        reader.problem(0, "error", "empty_file", "the file is empty; nothing was imported.")
        return ParsedLaw(path, "", "", "law", "", "", [], [], reader.problems)
    markdown = lines[first].startswith("#")
    titles: list[str] = []
    preamble: list[str] = []
    info_end = next((i for i, line in enumerate(lines) if line.strip() == INFO_END), None)
    index = first
    if markdown:
        header_end = info_end if info_end is not None else len(lines)
        while index < header_end:
            line = lines[index].strip()
            heading = _MD_HEADING.match(line)
            if heading and len(heading.group(1)) == 1:
                titles.append((heading.group(2) or "").strip())
            elif heading or _ARTICLE.match(line):
                break  # no INFO END marker: the body starts at the first heading or article
            elif line:
                preamble.append(line)
            index += 1
        if index == header_end and info_end is not None:
            index = info_end + 1
    else:
        titles.append(lines[first].strip())
        index = first + 1
        while index < len(lines):
            line = lines[index].strip()
            if line == INFO_END:
                index += 1
                break
            if _ARTICLE.match(line) or _PLAIN_HEADING.match(line):
                break
            if line:
                preamble.append(line)
            index += 1
    title = titles[0] if titles else ""
    part = titles[1] if len(titles) > 1 else ""
    if not title:
        reader.problem(first + 1, "error", "no_title",
                       "the file has no title line (“# 中华人民共和国…法”); nothing was "
                       "imported. Put the law's full title on the first line.")
        return ParsedLaw(path, "", "", "law", "", "", preamble, [], reader.problems)
    if len(titles) > 2:
        reader.problem(first + 1, "warning", "extra_titles",
                       f"{len(titles)} title lines; the first is the law, the second its "
                       "part, the others were ignored.")
    for number in range(index, len(lines)):
        line = lines[number].strip()
        lineno = number + 1
        if not line:
            continue
        heading = _MD_HEADING.match(line) if markdown else None
        if heading:
            depth, heading_title = len(heading.group(1)), (heading.group(2) or "").strip()
            if not heading_title or depth == 1:
                reader.problem(lineno, "warning", "malformed_heading",
                               f"heading “{line}” " + ("has no text" if not heading_title
                                                      else "has the level of a title")
                               + "; ignored.")
                continue
            reader.heading(depth, _heading_text(heading_title), lineno)
            continue
        article = _ARTICLE.match(line)
        if article:
            reader.article(article, lineno)
            continue
        plain_heading = _PLAIN_HEADING.match(line)
        if plain_heading and not markdown:
            depth = {"编": 2, "分编": 3, "章": 4, "节": 5}[plain_heading.group(2)]
            reader.heading(depth, _heading_text(line), lineno)
            continue
        reader.text(line, lineno)
    if reader.empty_headings:
        shown = ", ".join(str(n) for n in reader.empty_headings[:5])
        more = f" and {len(reader.empty_headings) - 5} more" if len(reader.empty_headings) > 5 \
            else ""
        reader.problem(reader.empty_headings[0], "warning", "empty_headings",
                       f"{len(reader.empty_headings)} headings have no article under them "
                       f"(lines {shown}{more}); articles keep the headings right above them.")
    if not reader.articles:
        amendment = sum(1 for line in lines[index:] if _AMENDMENT_ITEM.match(line.strip()))
        hint = (" It reads like an amendment (items 一、二、…): the amended law's consolidated "
                "text carries its changes; import that instead." if amendment else
                " Articles must start a line with 第…条.")
        reader.problem(0, "error", "no_articles",
                       "no article markers (第…条) found; nothing was imported from this "
                       "file." + hint)
    version, effective = _dates(preamble, Path(path).name)
    if not version:
        reader.problem(0, "warning", "no_date",
                       "no date in the preamble or the file name: the version is undated, "
                       "so it is never chosen by date (name the file “Title(YYYY-MM-DD).md”).")
    return ParsedLaw(path, title, part, law_kind(title), version, effective, preamble,
                     reader.articles, reader.problems)


def read_law_file(path: Path) -> ParsedLaw:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return ParsedLaw(str(path), "", "", "law", "", "", [], [], [ImportProblem(
            str(path), 0, "error", "unreadable",
            f"cannot read the file ({exc.strerror or exc}); nothing was imported from it.")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ParsedLaw(str(path), "", "", "law", "", "", [], [], [ImportProblem(
            str(path), line, "error", "not_utf8",
            "the file is not UTF-8 text (saved as GBK?); nothing was imported from it. "
            "Save it as UTF-8.")])
    return read_law_text(text, str(path))


def normalize_digits(text: str) -> str:
    return text.translate(FULL_WIDTH)
