"""Article numbers as written in Chinese law: 第五百七十七条, 第577条, 第５７７条, 第一千零一条.

One module so the importer and the citation parser read numbers the same way.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

# One number inside 第…条/款/项: Chinese numerals, ASCII or full-width digits.
NUMBER = r"[零〇○一二两三四五六七八九十百千万0-9０-９]+"
_FULL_WIDTH_CHARS = re.compile(r"[０-９]")


def has_full_width(text: str) -> bool:
    return bool(_FULL_WIDTH_CHARS.search(text))


def parse_number(text: str) -> int | None:
    """The value of ``text``, or None when it is not a well-formed number.

    Accepts 五百七十七, 一千零一, 两千, 十二 (a leading 十), digit-by-digit 二〇二三,
    577 and full-width ５７７ (also mixed with ASCII digits). Refuses mixtures of
    Chinese and Arabic digits and malformed sequences such as 五百七七.
    """
    text = text.strip().translate(FULL_WIDTH)
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if any(ch.isascii() for ch in text):
        return None
    if not any(ch in _UNITS for ch in text):
        # 二〇二三, one digit per character; 七七 is more likely a typo than 77
        if all(ch in _DIGITS for ch in text) and (len(text) != 2 or "〇" in text):
            value = int("".join(str(_DIGITS[ch]) for ch in text))
            return value or None
        return None
    total, section, digit = 0, 0, None
    last_unit = 10**9
    for ch in text:
        if ch in _DIGITS:
            value = _DIGITS[ch]
            if value == 0:
                if digit is not None:
                    return None
                continue
            if digit is not None:  # two digits in a row: 七七
                return None
            digit = value
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                section = (section + (digit or 0)) * unit
                total += section
                section, digit, last_unit = 0, None, 10**9
                continue
            if unit >= last_unit:
                return None  # 百 after 十, or two of the same unit
            if digit is None:
                if unit != 10:  # only 十 stands without a digit: 十二, 一百十
                    return None
                digit = 1
            section += digit * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        section += digit
    return total + section


_SMALL = "零一二三四五六七八九"


def to_chinese(number: int) -> str:
    """577 → 五百七十七, 10 → 十, 1001 → 一千零一 (as articles are numbered)."""
    if number <= 0:
        return str(number)
    if number >= 10000:
        high, low = divmod(number, 10000)
        rest = to_chinese(low) if low else ""
        if low and low < 1000:
            rest = "零" + rest
        return to_chinese(high) + "万" + rest
    out = []
    units = [(1000, "千"), (100, "百"), (10, "十")]
    remaining = number
    pending_zero = False
    for value, name in units:
        digit, remaining = divmod(remaining, value)
        if digit:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_SMALL[digit] + name)
        elif out:
            pending_zero = True
    if remaining:
        if pending_zero:
            out.append("零")
        out.append(_SMALL[remaining])
    text = "".join(out)
    if text.startswith("一十"):
        text = text[1:]
    return text
