"""Personal numbers to redact: PRC resident ID numbers, mobile phone numbers, bank cards.

Checks keep false alarms down on text layers: an ID number must carry its GB 11643 check
character and a real birth date, a card number must pass the Luhn check. OCR text is read
leniently (a misread digit breaks a check digit, and a missed ID number is worse than a
blacked-out invoice number): there a plausible birth date suffices for an ID number, and a
card number needs no Luhn check when a label (卡号, 账号…) comes before it, with any
whitespace or line breaks between label and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

KINDS = ("id_number", "phone", "bank_card")
_ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))
_RUN = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[ -]?)?(\d{11,19}[Xx]?)(?![0-9A-Za-z])")
_PHONE_GROUPED = re.compile(r"(?<![0-9])(1[3-9]\d)[ -](\d{4})[ -](\d{4})(?![0-9])")
_CARD_GROUPED = re.compile(r"(?<![0-9])(\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)(?![0-9])")
_CARD_LABEL = re.compile(r"(卡号|账号|帐号|银行卡|借记卡|信用卡|card\s*no)[\s:：.]*$", re.I)


@dataclass(frozen=True)
class Finding:
    kind: str
    value: str  # the digits, for the report (never logged)
    start: int  # span in the text searched
    end: int


def id_check_ok(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return "10X98765432"[total % 11] == number[17].upper()


def _birth_date_ok(number: str) -> bool:
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born.year >= 1900 and born <= date.today() and number[0] in "12345678"


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def _labelled(text: str, start: int) -> bool:
    return bool(_CARD_LABEL.search(text[max(0, start - 24):start]))


def classify_number(digits: str, *, labelled: bool, lenient: bool) -> str | None:
    if len(digits) == 18 and digits[:17].isdigit():
        if id_check_ok(digits) and _birth_date_ok(digits):
            return "id_number"
        if lenient and _birth_date_ok(digits):
            return "id_number"
    if not digits.isdigit():
        return None
    if len(digits) == 11 and re.match(r"1[3-9]", digits):
        return "phone"
    if 16 <= len(digits) <= 19 and (luhn_ok(digits) or (lenient and labelled)):
        return "bank_card"
    return None


def find_sensitive(text: str, *, lenient: bool = False) -> list[Finding]:
    """Every personal number in ``text``, with its span; overlapping finds are merged."""
    found: list[Finding] = []
    for match in _RUN.finditer(text):
        digits = match.group(1)
        kind = classify_number(digits, labelled=_labelled(text, match.start()),
                               lenient=lenient)
        if kind:
            found.append(Finding(kind, digits, match.start(1), match.end(1)))
    for match in _PHONE_GROUPED.finditer(text):
        found.append(Finding("phone", "".join(match.groups()), match.start(), match.end()))
    for match in _CARD_GROUPED.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if luhn_ok(digits) or (lenient and _labelled(text, match.start())):
            found.append(Finding("bank_card", digits, match.start(), match.end()))
    found.sort(key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    for item in found:
        if merged and item.start < merged[-1].end:
            continue  # the longer find at the same place wins
        merged.append(item)
    return merged


def mask(text: str, *, lenient: bool = False) -> str:
    """The text with every personal number blacked out (for notes written into exports)."""
    for item in reversed(find_sensitive(text, lenient=lenient)):
        text = text[:item.start] + "█" * (item.end - item.start) + text[item.end:]
    return text
