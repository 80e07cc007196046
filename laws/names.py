"""The names people give laws: full titles, titles without 中华人民共和国, the short forms
courts use (民诉法, 刑诉法, 民诉法解释), and the Civil Code's books (合同编 → 民法典).

A name maps to a set of laws; more than one law means the name is ambiguous, and the
citation parser says which laws it could mean instead of guessing.
"""

from __future__ import annotations

import re

PRC = "中华人民共和国"
_BRACKETS = str.maketrans("", "", "《》〈〉<>\u300c\u300d“”\"' \u3000")
INTERPRETATION_PREFIXES = ("最高人民法院最高人民检察院关于适用", "最高人民法院关于适用",
                           "最高人民检察院关于适用")

# Short forms courts write. Careful: 民诉法 is not 民法, 刑诉法 is not 刑法; a key matches
# only as a whole name, so 刑法 never matches the end of 刑诉法.
SHORT_FORMS = {
    "民事诉讼法": ("民诉法", "民诉"),
    "刑事诉讼法": ("刑诉法", "刑诉"),
    "行政诉讼法": ("行诉法", "行诉"),
    "行政复议法": ("复议法",),
    "海事诉讼特别程序法": ("海诉法",),
}
# Names that never identify one law however the library grows.
GENERIC = ("法律", "本法", "该法", "司法解释", "解释", "修正案", "诉讼法", "规定", "若干规定")


def normalize_name(name: str) -> str:
    """The comparable form of a law's name: no brackets, quotes, spaces or 中华人民共和国."""
    return name.translate(_BRACKETS).replace(PRC, "")


def short_title(title: str) -> str:
    """中华人民共和国民法典 → 民法典; interpretations keep their frame without the prefix."""
    inner = title.replace(PRC, "")
    return inner


def _core_of_interpretation(key: str) -> str | None:
    for prefix in INTERPRETATION_PREFIXES:
        if key.startswith(normalize_name(prefix)):
            return key[len(normalize_name(prefix)):]
    return None


def aliases(title: str) -> set[str]:
    """Every normalized name that means the law titled ``title``."""
    key = normalize_name(title)
    names = {key}
    core = _core_of_interpretation(key)
    if core is None:
        for full, shorts in SHORT_FORMS.items():
            if key == full:
                names.update(shorts)
        return names
    # 最高人民法院关于适用《民事诉讼法》的解释 → 民事诉讼法解释, 民诉法解释, 民事诉讼法司法解释
    cores = {core}
    numbered = re.match(r"^(.*?)(（[一二三四五六七八九十]+）)$", core)
    suffix = numbered.group(2) if numbered else ""
    body = numbered.group(1) if numbered else core
    for ending, replacement in (("若干问题的解释", "解释"), ("的解释", "解释"),
                                ("的若干规定", "规定"), ("若干规定", "规定")):
        if body.endswith(ending):
            shortened = body[: -len(ending)] + replacement
            cores.update({shortened + suffix, shortened.replace("解释", "司法解释") + suffix})
            if suffix:  # 婚姻家庭编解释一
                cores.add(shortened + suffix.strip("（）"))
    for full, shorts in SHORT_FORMS.items():
        for name in list(cores):
            if name.startswith(full):
                cores.update(short + name[len(full):] for short in shorts if len(short) > 2)
    # 民法典合同编通则解释 is also said without the code's name: 合同编通则解释
    for name in list(cores):
        if name.startswith("民法典") and len(name) > len("民法典") + 3:
            cores.add(name[len("民法典"):])
    names |= cores
    return names


def unnumbered_aliases(title: str) -> set[str]:
    """Names that drop an interpretation's number: 婚姻家庭编解释 means (一) or (二)."""
    key = normalize_name(title)
    if _core_of_interpretation(key) is None:
        return set()
    out = set()
    for name in aliases(title):
        stripped = re.sub(r"（[一二三四五六七八九十]+）$|[一二三四五六七八九十]$", "", name)
        if stripped != name and stripped.endswith(("解释", "规定")):
            out.add(stripped)
    return out
