"""The one parser of article references, used by ``laws cite``, by link finding in
transcripts, dossier pages and notes, and (later) by the GUI.

It reads 民法典第五百七十七条, 《民事诉讼法》第一百二十二条, 合同编第577条,
刑法第二百六十四条第一款, 第５７７条第二款第（三）项, 刑法第一百三十三条之一, lists such as
民法典第五百七十七条、第五百八十四条, and 本法/该法/前款/本条/前条 (which need to know the
text they stand in). Finding never changes the text: a reference is a span (start, end).
"""

from __future__ import annotations

import difflib
import re
from datetime import date

from .library import LawLibrary
from .names import GENERIC, aliases, normalize_name, unnumbered_aliases
from .numerals import NUMBER, has_full_width, parse_number
from .records import Article, LawInfo, VersionInfo
from .references import ArticleContext, Reference, Resolution

_N = NUMBER
_MARKER = re.compile(
    rf"第\s*({_N})\s*条(?:之({_N}))?(?:\s*第\s*({_N})\s*款)?"
    rf"(?:\s*第\s*[（(]?\s*({_N})\s*[）)]?\s*项)?")
_RELATIVE = re.compile(rf"(前款|本款|本条|前条)(?:第\s*[（(]?\s*({_N})\s*[）)]?\s*项)?")
_JOINERS = re.compile(r"^[\s、，,和及与或以至到]*$")
_BRACKETED = re.compile(r"《([^《》]{1,60})》\s*$")
_UNKNOWN_NAME = re.compile(r"([\u4e00-\u9fff]{2,24}?(?:法典|法|条例|解释|规定|办法|决定))$")
_LEAD_WORDS = ("依照", "依据", "根据", "按照", "适用", "违反", "参照", "符合", "援引", "引用",
               "对照", "援用", "按", "依", "据", "和", "及", "与", "或", "的", "是", "为")
_SELF = ("本法", "本解释", "本规定", "本编", "本决定", "本条例")
_THAT = ("该法", "该解释", "该规定", "该决定", "该条例")  # the law of the reference before
_WINDOW = 64


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` as names are compared, and for each character its index in ``text``."""
    out, where = [], []
    skip = set("《》〈〉<>“”\"' \u3000\t\n\r")
    index = 0
    while index < len(text):
        if text.startswith("中华人民共和国", index):
            index += len("中华人民共和国")
            continue
        ch = text[index]
        if ch not in skip:
            out.append(ch)
            where.append(index)
        index += 1
    return "".join(out), where


class CitationParser:
    """Finds and resolves references against one library (build once, use for many texts)."""

    def __init__(self, library: LawLibrary) -> None:
        self.library = library
        self.laws = {law.id: law for law in library.laws()}
        self.names: dict[str, set[int]] = {}
        for law in self.laws.values():
            for name in aliases(law.title):
                self.names.setdefault(name, set()).add(law.id)
        for law in self.laws.values():
            for name in unnumbered_aliases(law.title):
                if name not in self.names or law.id not in self.names[name]:
                    self.names.setdefault(name, set()).add(law.id)
        self.books: dict[str, set[int]] = {}
        tops: dict[int, set[str]] = {}
        for row in library.db.execute(
                "SELECT DISTINCT v.law_id, json_extract(a.path, '$[0]') AS top FROM articles a "
                "JOIN versions v ON v.id = a.version_id"):
            tops.setdefault(row["law_id"], set()).add(row["top"] or "")
        for law in self.laws.values():
            for book in self._books_of(law, tops.get(law.id, set())):
                self.books.setdefault(book, set()).add(law.id)
        self.longest_name = max((len(n) for n in self.names), default=0)
        self.longest_book = max((len(n) for n in self.books), default=0)
        self._articles: dict[tuple, Article | None] = {}
        # A dossier cites the same few articles again and again: resolve each form once.
        self._resolved: dict[tuple, Resolution] = {}

    @staticmethod
    def _books_of(law: LawInfo, tops: set[str]) -> set[str]:
        books = set()
        for version in law.versions:
            for part in version.parts:
                books.add(part)
                if not part.endswith("编"):
                    books.add(part + "编")  # 总则 → 总则编
        for top in tops:
            match = re.match(rf"^第{_N}(分编|编)\s*(\S+)$", top)
            if match:  # 刑法 第二编 分则 → 分则, 刑法分则
                books.add(match.group(2))
        return books

    def laws_named(self, name: str) -> list[int]:
        """The laws a name means: a known name or short form, else titles containing it."""
        key = normalize_name(name)
        if key in self.names:
            return sorted(self.names[key])
        return [law.id for law in self.laws.values() if key in normalize_name(law.title)]

    # -- finding -------------------------------------------------------------------------
    def find(self, text: str, context: ArticleContext | None = None) -> list[Reference]:
        """Every article reference in ``text``, in order, as spans over the text unchanged."""
        found: list[Reference] = []
        markers = [(m.start(), m, False) for m in _MARKER.finditer(text)]
        markers += [(m.start(), m, True) for m in _RELATIVE.finditer(text)]
        markers.sort(key=lambda entry: entry[0])
        for _, match, relative in markers:
            reference = (self._relative(match) if relative else
                         self._reference(text, match, found[-1] if found else None))
            if reference is not None:
                found.append(reference)
        return found

    def _relative(self, match: re.Match) -> Reference:
        ref = Reference(match.start(), match.end(), match.group(0), relative=match.group(1))
        if match.group(2):
            ref.item = parse_number(match.group(2))
        return ref

    def _reference(self, text: str, match: re.Match, previous: Reference | None
                   ) -> Reference | None:
        raw = match.groups()
        numbers = [parse_number(g) if g else None for g in raw]
        ref = Reference(match.start(), match.end(), match.group(0), number=numbers[0],
                        sub=numbers[1] or 0, paragraph=numbers[2], item=numbers[3])
        bad = [g for g, n in zip(raw, numbers) if g and n is None]
        if bad:
            ref.bad_number = bad[0]
        window_start = max(0, match.start() - _WINDOW)
        if previous is not None:
            window_start = max(window_start, previous.end)
        before = text[window_start:match.start()]
        normalized, where = _normalized_with_map(before)
        book, cut = self._suffix(normalized, self.books, self.longest_book)
        rest = normalized[:cut] if book else normalized
        name, name_cut = self._suffix(rest, self.names, self.longest_name)
        if name and name not in GENERIC:
            ref.law_written, ref.law_ids = name, sorted(self.names[name])
            ref.book = book or ""
            ref.start = self._span_start(before, where, name_cut, window_start)
        elif rest.endswith(_SELF) or rest.endswith(_THAT):
            word = next(w for w in _SELF + _THAT if rest.endswith(w))
            ref.relative = "该法" if word in _THAT else "本法"
            ref.start = window_start + where[len(rest) - len(word)]
            ref.book = book or ""
        elif book:
            ref.book, ref.law_ids = book, sorted(self.books[book])
            ref.start = window_start + where[cut]
        elif previous is not None and _JOINERS.match(text[previous.end:match.start()]) and (
                previous.law_ids or previous.relative in ("本法", "该法")):
            ref.law_ids, ref.book, ref.inherited = previous.law_ids, previous.book, True
            ref.relative = previous.relative if previous.relative in ("本法", "该法") else ""
            ref.law_written = previous.law_written
        else:
            unknown = self._unknown_name(before)
            if unknown is None:
                return None  # 合同第五条, 第二条约定: an article of something that is not a law
            ref.law_written, offset = unknown
            ref.start = window_start + offset
        ref.text = text[ref.start:ref.end]
        return ref

    @staticmethod
    def _suffix(normalized: str, table: dict, longest: int) -> tuple[str, int]:
        for length in range(min(longest, len(normalized)), 0, -1):
            candidate = normalized[-length:]
            if candidate in table:
                return candidate, len(normalized) - length
        return "", len(normalized)

    @staticmethod
    def _span_start(before: str, where: list[int], cut: int, window_start: int) -> int:
        start = where[cut]
        # Take in an opening 《 and 中华人民共和国 written before the name.
        head = before[:start]
        if head.endswith("中华人民共和国"):
            start -= len("中华人民共和国")
            head = before[:start]
        if head.endswith(("《", "〈")):
            start -= 1
        return window_start + start

    @staticmethod
    def _unknown_name(before: str) -> tuple[str, int] | None:
        bracketed = _BRACKETED.search(before)
        if bracketed:
            return normalize_name(bracketed.group(1)), bracketed.start()
        tail = before.rstrip()
        match = _UNKNOWN_NAME.search(tail)
        if not match:
            return None
        name, offset = match.group(1), match.start(1)
        for word in sorted(_LEAD_WORDS, key=len, reverse=True):
            position = name.rfind(word)
            if position >= 0 and len(name) - position - len(word) >= 2:
                offset += position + len(word)
                name = name[position + len(word):]
        return normalize_name(name), offset

    # -- resolving -----------------------------------------------------------------------
    def resolve(self, ref: Reference, *, on: date | str | None = None,
                context: ArticleContext | None = None,
                previous: Resolution | None = None) -> Resolution:
        if ref.bad_number:
            return Resolution(ref, "bad_number",
                              f"“{ref.bad_number}” in “{ref.text}” is not a well-formed number.")
        if ref.relative in ("前款", "本款", "本条", "前条"):
            return self._resolve_relative(ref, on, context)
        law_ids = ref.law_ids
        if ref.relative == "本法":
            if context is None:
                return Resolution(ref, "needs_context",
                                  f"“{ref.text}” refers to the law it is written in; read it "
                                  "in that law's text, or name the law (民法典第…条).")
            law_ids = [context.law_id]
        elif ref.relative == "该法":
            # 该法 is the law of the reference just before it, whatever became of that one.
            if previous is None:
                return Resolution(ref, "needs_context",
                                  f"“{ref.text}”: 该法 refers to a law named earlier in the "
                                  "text, and none was.")
            if previous.law is None:
                return Resolution(ref, previous.status,
                                  f"“{ref.text}”: 该法 refers to “{previous.reference.text}”, "
                                  f"which did not resolve: {previous.message}",
                                  candidates=previous.candidates)
            law_ids = [previous.law.id]
        key = (tuple(law_ids), ref.law_written, ref.book, ref.number, ref.sub, ref.paragraph,
               ref.item, str(on), has_full_width(ref.text))
        known = self._resolved.get(key)
        if known is None:
            known = self._resolve_named(ref, law_ids, on)
            self._resolved[key] = known
        if ref.paragraph is None:
            ref.paragraph = known.reference.paragraph  # an item names its paragraph
        return Resolution(ref, known.status, known.message, known.law, known.version,
                          known.article, known.candidates, known.other_versions)

    def _resolve_named(self, ref: Reference, law_ids: list[int], on) -> Resolution:
        if not law_ids:
            if ref.law_written:
                return self._unknown(ref)
            return self._no_law(ref, on)
        if len(law_ids) > 1:
            titles = [self.laws[i].title for i in law_ids]
            return Resolution(ref, "ambiguous_law",
                              f"“{ref.law_written or ref.book}” could mean "
                              f"{len(titles)} laws: " + "; ".join(titles)
                              + ". Write the law's full name.", candidates=titles)
        return self._resolve_article(ref, self.laws[law_ids[0]], on)

    def _no_law(self, ref: Reference, on) -> Resolution:
        having = [law.title for law in self.laws.values()
                  if ref.number and self._article(law, self._version(law, on), ref.number,
                                                  ref.sub)]
        return Resolution(ref, "ambiguous_law",
                          f"“{ref.text}” names no law; {len(having)} law(s) in the library "
                          "have such an article"
                          + (": " + "; ".join(having[:12]) if having else "")
                          + ". Write the law's name before it (民法典第…条).",
                          candidates=having)

    def _unknown(self, ref: Reference) -> Resolution:
        written = ref.law_written
        close = [law.title for law in self.laws.values()
                 if written in normalize_name(law.title)]
        if not close:
            names = {name: ids for name, ids in self.names.items()}
            for name in difflib.get_close_matches(written, list(names), n=5, cutoff=0.6):
                close += [self.laws[i].title for i in names[name]]
        close = list(dict.fromkeys(close))
        if len(close) > 1:
            return Resolution(ref, "ambiguous_law",
                              f"“{written}” could mean {len(close)} laws: " + "; ".join(close)
                              + ". Write the law's full name.", candidates=close)
        hint = f" Did you mean {close[0]}?" if close else (
            " Import it with `courtdesk laws import`.")
        return Resolution(ref, "unknown_law",
                          f"No law named “{written}” in the library "
                          f"({len(self.laws)} laws).{hint}", candidates=close)

    def _version(self, law: LawInfo, on) -> VersionInfo | None:
        if on is None:
            today = self.library.version_on(law.id, date.today())
            return today or self.library.version_on(law.id)
        return self.library.version_on(law.id, on)

    def _article(self, law: LawInfo, version: VersionInfo | None, number: int, sub: int
                 ) -> Article | None:
        if version is None:
            return None
        key = (version.id, number, sub)
        if key not in self._articles:
            self._articles[key] = self.library.article(version.id, number, sub)
        return self._articles[key]

    def _resolve_article(self, ref: Reference, law: LawInfo, on) -> Resolution:
        version = self._version(law, on)
        label = f"{law.title} 第{ref.number}条" + (f"之{ref.sub}" if ref.sub else "")
        if version is None:
            first = law.versions[0]
            return Resolution(ref, "not_in_force",
                              f"{law.title} was not yet in force on {on} (its first version "
                              "in the library " + (f"took effect on {first.effective_from}"
                                                   if first.effective_from else
                                                   f"was adopted on {first.version_date}")
                              + ").",
                              law=law)
        article = self._article(law, version, ref.number, ref.sub)
        if article is None:
            low, high = self.library.article_range(version.id)
            elsewhere = [v.version_date for v, a in
                         self.library.versions_of_article(law.id, ref.number, ref.sub) if a]
            extra = (f" It exists in the version of {', '.join(elsewhere)}." if elsewhere
                     else "")
            return Resolution(ref, "no_such_article",
                              f"{law.title} ({version.version_date}) has no article "
                              f"{ref.number}{'-' + str(ref.sub) if ref.sub else ''}: its "
                              f"articles run from {low} to {high}.{extra}",
                              law=law, version=version)
        if ref.book:
            bare = ref.book.removesuffix("编")
            in_book = (article.part in (ref.book, bare) or
                       bool(article.path and re.match(rf"^第{_N}编\s*{bare}$", article.path[0])))
            if not in_book:
                span = self.library.part_range(version.id, ref.book)
                where = f" (its articles run from {span[0]} to {span[1]})" if span else ""
                return Resolution(ref, "not_in_book",
                                  f"Article {ref.number} of {law.title} is not in "
                                  f"{ref.book}{where}; it is in "
                                  f"{article.part or (article.path or ['another part'])[0]}.",
                                  law=law, version=version, article=article)
        if ref.paragraph:
            if ref.paragraph > len(article.paragraphs):
                return Resolution(ref, "no_such_paragraph",
                                  f"{label} has {len(article.paragraphs)} paragraph(s) (款), "
                                  f"not {ref.paragraph}.", law=law, version=version,
                                  article=article)
            items = article.paragraphs[ref.paragraph - 1].items
            if ref.item and ref.item > len(items):
                return Resolution(ref, "no_such_item",
                                  f"Paragraph {ref.paragraph} of {label} has {len(items)} "
                                  f"item(s) (项), not {ref.item}.", law=law, version=version,
                                  article=article)
        elif ref.item:
            items = [i for p in article.paragraphs for i in p.items]
            if ref.item > len(items):
                return Resolution(ref, "no_such_item",
                                  f"{label} has {len(items)} item(s) (项), not {ref.item}.",
                                  law=law, version=version, article=article)
            ref.paragraph = next(n for n, p in enumerate(article.paragraphs, 1) if p.items)
        note = " (full-width digits read as ordinary digits)" if has_full_width(ref.text) else ""
        return Resolution(ref, "resolved", f"{article.citation(ref.paragraph, ref.item)}{note}",
                          law=law, version=version, article=article,
                          other_versions=self._changes(law, version, article))

    def _changes(self, law: LawInfo, version: VersionInfo, article: Article) -> list[dict]:
        out = []
        for other in law.versions:
            if other.id == version.id:
                continue
            text = self._article(law, other, article.number, article.sub)
            if text is None or text.text != article.text:
                out.append({"version_date": other.version_date,
                            "effective_from": other.effective_from,
                            "text": text.text if text else None})
        return out

    def _resolve_relative(self, ref: Reference, on, context: ArticleContext | None
                          ) -> Resolution:
        if context is None or not context.number:
            return Resolution(ref, "needs_context",
                              f"“{ref.text}” refers to the article it stands in; it can only "
                              "be resolved inside that article's text.")
        law = self.laws[context.law_id]
        target = Reference(ref.start, ref.end, ref.text, number=context.number, sub=context.sub,
                           item=ref.item)
        if ref.relative == "前条":
            target.number, target.sub = context.number - 1, 0
        elif ref.relative == "前款":
            target.paragraph = max(context.paragraph - 1, 0) or None
        elif ref.relative == "本款":
            target.paragraph = context.paragraph or None
        return self._resolve_article(target, law, on)

    # -- both ----------------------------------------------------------------------------
    def links(self, text: str, *, on: date | str | None = None,
              context: ArticleContext | None = None) -> list[Resolution]:
        """Every reference in ``text`` with what it resolves to (or why it does not)."""
        out: list[Resolution] = []
        for ref in self.find(text, context):
            previous = out[-1] if out else None
            out.append(self.resolve(ref, on=on, context=context, previous=previous))
        return out

    def cite(self, reference: str, *, on: date | str | None = None,
             context: ArticleContext | None = None) -> Resolution:
        """What one typed reference means: the first reference in it, resolved."""
        text = reference.strip()
        refs = self.find(text, context)
        if not refs:
            # A bare 第N条 typed alone is still a question: which laws have that article?
            match = _MARKER.search(text)
            if match is None:
                return Resolution(Reference(0, len(text), text), "not_a_reference",
                                  f"“{text}” is not an article reference: write it as "
                                  "民法典第五百七十七条, 《民事诉讼法》第122条 or 合同编第577条.")
            head = text[:match.start()].strip()
            numbers = [parse_number(g) if g else None for g in match.groups()]
            ref = Reference(match.start(), match.end(), text, law_written=normalize_name(head),
                            number=numbers[0], sub=numbers[1] or 0, paragraph=numbers[2],
                            item=numbers[3])
            return self.resolve(ref, on=on, context=context)
        return self.resolve(refs[0], on=on, context=context)
