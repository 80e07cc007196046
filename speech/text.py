"""From recognizer words to readable text: CJK spacing and punctuation from pauses.

Vosk's Mandarin models put a space between every word; written Chinese has none. Korean
keeps its spaces (they separate words). Punctuation comes from the pauses between words,
since the models emit none.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

# A pause this long inside an utterance reads as a comma.
COMMA_PAUSE_S = 0.35


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the stream
    end: float
    conf: float


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x2FFFF)


def _needs_space(left: str, right: str, language: str) -> bool:
    if language == "zh":
        # Spaces only between two Latin/digit runs ("PDF 文件" keeps none, "iPhone 15" keeps one).
        return not (_is_han(left[-1]) or _is_han(right[0]))
    return True


def join_words(words: list[Word], language: str, punctuate: bool = True) -> str:
    """The display text of one utterance."""
    words = [w for w in words if w.word and w.word != "[unk]"]
    if not words:
        return ""
    comma, stop = ("，", "。") if language == "zh" else (",", ".")
    out = words[0].word
    for prev, word in itertools.pairwise(words):
        if punctuate and word.start - prev.end >= COMMA_PAUSE_S:
            out += comma + ("" if language == "zh" else " ")
        elif _needs_space(out, word.word, language):
            out += " "
        out += word.word
    return out + stop if punctuate else out


def join_plain(text: str, language: str) -> str:
    """Fix spacing of a plain result string (partials carry no word times)."""
    tokens = text.split()
    if not tokens:
        return ""
    out = tokens[0]
    for token in tokens[1:]:
        out += (" " if _needs_space(out, token, language) else "") + token
    return out
