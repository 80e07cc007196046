"""Case vocabulary: propose corrections where the recognizer misheard a name or legal term.

A general speech model does not know "朴英姬" or "长白山商贸"; it writes words that sound alike
("朴影基", "长白山伤贸"). We compare by sound — pinyin syllables for Mandarin, jamo for Korean —
over windows of the recognised text, and propose the case's spelling. The clerk accepts or
rejects each proposal, so precision comes first: a proposal that rewrites an ordinary word is
worse than a missed name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

KINDS = ("party", "lawyer", "place", "legal", "term")

# Common legal terms, so "质证"/"答辩" misheard as near-homophones are caught too.
LEGAL_TERMS: dict[str, tuple[str, ...]] = {
    "zh": (
        "诉讼请求", "答辩", "质证", "举证", "举证责任", "违约金", "买卖合同", "民事诉讼法",
        "民法典", "原告", "被告", "第三人", "审判长", "审判员", "人民陪审员", "书记员",
        "法庭调查", "法庭辩论", "最后陈述", "调解", "证据", "证人", "鉴定意见", "书证", "物证",
        "委托代理人", "法定代表人", "诉讼代理人", "管辖", "回避", "判决", "裁定", "上诉", "反诉",
        "撤诉", "诉讼费", "货款", "逾期付款", "利息", "送达", "庭审笔录", "合议庭", "当事人",
        "事实和理由", "答辩状", "起诉状",
    ),
    "ko": (
        "원고", "피고", "피고인", "재판장", "판사", "증거", "증인", "변론", "소송", "청구",
        "항소", "판결", "계약", "손해배상", "변호사", "법원", "진술", "답변서", "준비서면",
        "소송대리인", "법정대리인", "기각", "물품대금", "지연손해금", "위약금", "매매계약",
        "민사소송법",
    ),
}

# Confusions common in Mandarin ASR (and regional accents): these count as "almost the same".
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s", "y", "w")
_NEAR_INITIAL = {"zh": "z", "ch": "c", "sh": "s", "l": "n", "f": "h"}
_NEAR_FINAL = {"ang": "an", "eng": "en", "ing": "in", "iang": "ian", "uang": "uan"}
_NEAR_CREDIT = 0.8      # an initial or final that is a near-confusion scores this, not 1
SHORT_TERM_MIN_SCORE = 0.9  # two-character terms collide with ordinary words far more often

# Korean: jamo that the recognizer (and speakers) confuse, grouped; alphabets in Unicode order.
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"   # index 0: no final


def _groups(alphabet: str, groups: tuple[str, ...]) -> dict[int, str]:
    return {alphabet.index(jamo): group for group in groups for jamo in group}


_CHO_CLASS = _groups(_CHO, ("ㄱㄲㅋ", "ㄷㄸㅌ", "ㅂㅃㅍ", "ㅈㅉㅊ", "ㅅㅆ", "ㄴㄹ"))
_JUNG_CLASS = _groups(_JUNG, ("ㅐㅔ", "ㅒㅖ", "ㅓㅗ", "ㅕㅛ", "ㅙㅚㅞ", "ㅢㅣ"))
# Final consonants collapse to seven sounds, so members of a group sound identical.
_JONG_CLASS = _groups(_JONG, ("ㄱㄲㄳㄺㅋ", "ㄴㄵㄶ", "ㄷㅅㅆㅈㅊㅌㅎ", "ㄹㄼㄽㄾㅀ", "ㅁㄻ",
                              "ㅂㅍㅄㄿ", "ㅇ"))
_NEAR_JAMO_COST = 0.35
_SAME_SOUND_FINAL_COST = 0.15


@dataclass(frozen=True)
class VocabularyTerm:
    text: str
    kind: str = "term"       # "party" | "lawyer" | "place" | "legal" | "term"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")


@dataclass(frozen=True)
class Correction:
    start: int               # character offsets in the input text
    end: int
    original: str
    replacement: str
    term: VocabularyTerm
    score: float             # 0..1 sound similarity


# -- Mandarin sound --------------------------------------------------------------------------
def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _split_syllable(syllable: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial):]
    return "", syllable


@lru_cache(maxsize=20000)
def _readings(ch: str) -> tuple[tuple[str, str, str], ...]:
    """(initial, final, tone) for every reading; heteronyms all count, since the recognizer
    picks the character by context we cannot see. Non-Han characters compare as themselves."""
    if not _is_han(ch):
        return ((ch, "", ""),)
    out = []
    # pypinyin's dictionary costs ~0.25 s to import: only pay it when Mandarin is matched.
    from pypinyin import Style, pinyin

    for item in pinyin(ch, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]:
        tone = item[-1] if item[-1].isdigit() else "5"
        initial, final = _split_syllable(item.rstrip("12345"))
        out.append((initial, final, tone))
    return tuple(dict.fromkeys(out)) or ((ch, "", ""),)


def _coarse(initial: str, final: str) -> str:
    return _NEAR_INITIAL.get(initial, initial) + "|" + _NEAR_FINAL.get(final, final)


@lru_cache(maxsize=20000)
def _zh_keys(ch: str) -> frozenset[str]:
    return frozenset(_coarse(i, f) for i, f, _ in _readings(ch))


def _part_score(a: str, b: str, near: dict[str, str]) -> float:
    if a == b:
        return 1.0
    return _NEAR_CREDIT if near.get(a, a) == near.get(b, b) else 0.0


@lru_cache(maxsize=200000)
def _zh_char_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    best = 0.0
    for ia, fa, _ in _readings(a):
        for ib, fb, _ in _readings(b):
            score = (_part_score(ia, ib, _NEAR_INITIAL) + _part_score(fa, fb, _NEAR_FINAL)) / 2
            best = max(best, score)
    return best


def _zh_exact_homophone(a: str, b: str) -> bool:
    """Same syllable and same tone: the only change we allow inside a two-character term,
    so "上述" (shàngshù) never becomes "上诉" and "原稿" (yuángǎo) never becomes "原告"."""
    return a == b or bool(set(_readings(a)) & set(_readings(b)))


# -- Korean sound ----------------------------------------------------------------------------
def _hangul_parts(ch: str) -> tuple[int, int, int] | None:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


@lru_cache(maxsize=20000)
def _ko_jamo(ch: str) -> tuple[tuple[str, int], ...]:
    """Jamo as (position, index): initial ㅇ and final ㅇ are different sounds."""
    parts = _hangul_parts(ch)
    if parts is None:
        return (("x", ord(ch)),)
    cho, jung, jong = parts
    return (("L", cho), ("V", jung)) + ((("T", jong),) if jong else ())


@lru_cache(maxsize=20000)
def _ko_key(ch: str) -> str:
    parts = _hangul_parts(ch)
    if parts is None:
        return ch
    cho, jung, _ = parts  # finals are often swallowed: leave them out of the coarse key
    return _CHO_CLASS.get(cho, _CHO[cho]) + "|" + _JUNG_CLASS.get(jung, _JUNG[jung])


def _jamo_sub_cost(a: tuple[str, int], b: tuple[str, int]) -> float:
    if a == b:
        return 0.0
    if a[0] != b[0]:
        return 1.0
    classes = {"L": _CHO_CLASS, "V": _JUNG_CLASS, "T": _JONG_CLASS}.get(a[0], {})
    group = classes.get(a[1])
    if group is None or group != classes.get(b[1]):
        return 1.0
    return _SAME_SOUND_FINAL_COST if a[0] == "T" else _NEAR_JAMO_COST


def _ko_score(a: str, b: str) -> float:
    """1 - weighted jamo edit distance / longer length."""
    ja = [j for ch in a for j in _ko_jamo(ch)]
    jb = [j for ch in b for j in _ko_jamo(ch)]
    prev = [float(i) for i in range(len(jb) + 1)]
    for i, x in enumerate(ja, 1):
        cur = [float(i)]
        for j, y in enumerate(jb, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + _jamo_sub_cost(x, y)))
        prev = cur
    return max(0.0, 1.0 - prev[-1] / max(len(ja), len(jb), 1))


# -- the vocabulary --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Prepared:
    term: VocabularyTerm
    units: str          # the term without spaces: what windows are compared with
    spaces: int
    length: int


class CaseVocabulary:
    """The names and terms of one case, and sound-alike corrections against them."""

    def __init__(self, terms: Iterable[VocabularyTerm], language: str = "zh") -> None:
        if language not in ("zh", "ko"):
            raise ValueError(f"language must be 'zh' or 'ko', not {language!r}")
        self.language = language
        script = _is_han if language == "zh" else (lambda ch: _hangul_parts(ch) is not None)
        seen: dict[str, VocabularyTerm] = {}
        for term in terms:
            text = " ".join(term.text.split())
            # A term in the other script can never be heard by this language's recognizer.
            if text and text not in seen and any(script(ch) for ch in text):
                seen[text] = VocabularyTerm(text, term.kind)
        self.terms: tuple[VocabularyTerm, ...] = tuple(seen.values())
        self._prepared: list[_Prepared] = []
        self._index: dict[str, list[tuple[int, int]]] = {}
        for term in self.terms:
            units = term.text.replace(" ", "")
            if len(units) < 2:   # one character matches everywhere: never worth proposing
                continue
            number = len(self._prepared)
            self._prepared.append(_Prepared(term, units, term.text.count(" "), len(units)))
            for pos, ch in enumerate(units):
                for key in self._keys(ch):
                    self._index.setdefault(key, []).append((number, pos))

    # -- building from a case ----------------------------------------------------------------
    @classmethod
    def from_case(cls, case_file_dict: dict, language: str = "zh") -> CaseVocabulary:
        """Terms from ``CaseFile.as_dict()``: parties, representatives, lawyers, firms, the
        court and hearing places, plus the built-in legal terms of the language."""
        terms: list[VocabularyTerm] = []

        def add(text: str | None, kind: str) -> None:
            if text and text.strip():
                terms.append(VocabularyTerm(text.strip(), kind))

        for party in case_file_dict.get("parties", []):
            add(party.get("name"), "party")
            for short in _organisation_short_forms(party.get("name") or ""):
                add(short, "party")
            add(_person_from_title(party.get("representative") or ""), "party")
            add(party.get("lawyer_name"), "lawyer")
            add(party.get("lawyer_firm"), "lawyer")
        case = case_file_dict.get("case") or {}
        add(case.get("court"), "place")
        for hearing in case_file_dict.get("hearings", []):
            for part in (hearing.get("place") or "").split():
                add(part, "place")
        terms += [VocabularyTerm(t, "legal") for t in LEGAL_TERMS[language]]
        return cls(terms, language)

    # -- matching ----------------------------------------------------------------------------
    def _keys(self, ch: str) -> Iterable[str]:
        return _zh_keys(ch) if self.language == "zh" else (_ko_key(ch),)

    def _score(self, window: str, units: str) -> float:
        if self.language == "zh":
            return sum(_zh_char_score(a, b) for a, b in zip(window, units)) / len(units)
        return _ko_score(window, units)

    def suggest(self, text: str, min_score: float = 0.75) -> list[Correction]:
        """Non-overlapping proposals, the best one winning where they overlap, in text order."""
        if not self._prepared or not text:
            return []
        positions = [i for i, ch in enumerate(text) if ch.isalnum()]
        protected = [False] * len(text)
        for prepared in self._prepared:   # text that already is a term is never rewritten
            start = text.find(prepared.term.text)
            while start >= 0:
                end = start + len(prepared.term.text)
                protected[start:end] = [True] * (end - start)
                start = text.find(prepared.term.text, start + 1)

        # Count, per (term, window start), characters whose coarse sound matches in place.
        hits: dict[tuple[int, int], int] = {}
        for unit, pos in enumerate(positions):
            # A set: two readings of one character (长 cháng/zhǎng) are still one match.
            slots = {(number, unit - offset)
                     for key in self._keys(text[pos])
                     for number, offset in self._index.get(key, ()) if unit >= offset}
            for slot in slots:
                hits[slot] = hits.get(slot, 0) + 1

        candidates: list[tuple[float, int, int, int, int]] = []
        for (number, first), count in hits.items():
            prepared = self._prepared[number]
            length = prepared.length
            threshold = max(min_score, SHORT_TERM_MIN_SCORE) if length == 2 else min_score
            # Every character must sound alike in its place (one in five may not, for long
            # names): a high average over a mix of exact and unrelated sounds is a coincidence.
            if count < length - length // 5 or first + length > len(positions):
                continue
            span = self._window(text, positions, first, length, prepared)
            if span is None or any(protected[span[0]:span[1]]):
                continue
            window = "".join(ch for ch in text[span[0]:span[1]] if not ch.isspace())
            if window == prepared.units or not self._plausible(window, prepared.units):
                continue
            score = self._score(window, prepared.units)
            if score >= threshold:
                candidates.append((score, length, span[0], span[1], number))

        taken = [False] * len(text)
        chosen: list[Correction] = []
        for score, _, start, end, number in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            term = self._prepared[number].term
            chosen.append(Correction(start, end, text[start:end], term.text, term, round(score, 3)))
        return sorted(chosen, key=lambda c: c.start)

    def _window(self, text: str, positions: list[int], first: int, length: int,
                prepared: _Prepared) -> tuple[int, int] | None:
        """The text span of ``length`` characters from unit ``first``, or None if it crosses
        punctuation or a different number of word breaks than the term has."""
        start, end = positions[first], positions[first + length - 1] + 1
        gaps = 0
        for a, b in zip(positions[first:first + length], positions[first + 1:first + length]):
            if b == a + 1:
                continue
            if b == a + 2 and text[a + 1] == " ":
                gaps += 1
                continue
            return None
        # Mandarin has no word spaces: a space between characters is an artefact of the
        # recognizer's word output, so it may fall anywhere. Korean spacing is real.
        if gaps != prepared.spaces and not (self.language == "zh" and prepared.spaces == 0):
            return None
        # Korean: a short term must begin a word (names take particles after them, not before),
        # so "피고" is not found inside "회피고…".
        if (self.language == "ko" and length < 3 and start > 0 and text[start - 1].isalnum()):
            return None
        return start, end

    def _plausible(self, window: str, units: str) -> bool:
        if len(units) != 2 or self.language != "zh":
            return True
        # Two characters: one must be the same character and the other an exact homophone.
        same = [a == b for a, b in zip(window, units)]
        return any(same) and all(_zh_exact_homophone(a, b) for a, b in zip(window, units))

    def apply(self, text: str, corrections: list[Correction]) -> str:
        """The text with the accepted corrections made; refuses stale or overlapping ones."""
        out: list[str] = []
        cursor = 0
        for correction in sorted(corrections, key=lambda c: c.start):
            if correction.start < cursor:
                raise ValueError(f"Corrections overlap at {correction.start}: "
                                 f"{correction.original!r} → {correction.replacement!r}")
            if text[correction.start:correction.end] != correction.original:
                raise ValueError(f"The text changed since {correction.original!r} was proposed "
                                 f"at {correction.start}; ask for suggestions again")
            out += [text[cursor:correction.start], correction.replacement]
            cursor = correction.end
        out.append(text[cursor:])
        return "".join(out)


# -- names from case data ----------------------------------------------------------------------
_ORG_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)$")
_ADMIN_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|自治州|市|州|县|区))+")
_TITLES = ("法定代表人", "法定代理人", "委托代理人", "诉讼代理人", "负责人", "代表人", "代表",
           "대표이사", "대표자", "대표")


def _organisation_short_forms(name: str) -> list[str]:
    """"延吉市长白山商贸有限公司" → "延吉市长白山商贸", "长白山商贸": people say the short name."""
    base = _ORG_SUFFIX.sub("", name.strip())
    if base == name.strip():
        return []
    forms = [base]
    core = _ADMIN_PREFIX.sub("", base)
    if core != base and len(core) >= 3:
        forms.append(core)
    return [f for f in forms if len(f) >= 3]


def _person_from_title(representative: str) -> str:
    """"法定代表人 崔成浩" → "崔成浩"; "法定代表人：崔成浩" too."""
    text = re.sub(r"[:：,，]", " ", representative).strip()
    for title in _TITLES:
        if text.startswith(title):
            text = text[len(title):].strip()
            break
    parts = text.split()
    return parts[-1] if parts else ""
