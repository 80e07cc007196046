"""Speaker roles in a courtroom and how the record names them."""

from __future__ import annotations

SPEAKER_LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {"presiding_judge": "审判长", "judge": "审判员", "people_assessor": "人民陪审员",
              "clerk": "书记员", "plaintiff": "原告", "defendant": "被告",
              "third_party": "第三人", "witness": "证人", "appraiser": "鉴定人",
              "interpreter": "翻译", "other": "其他"},
    "ko": {"presiding_judge": "재판장", "judge": "판사", "people_assessor": "인민배심원",
           "clerk": "서기", "plaintiff": "원고", "defendant": "피고", "third_party": "제3자",
           "witness": "증인", "appraiser": "감정인", "interpreter": "통역인", "other": "기타"},
    "en": {"presiding_judge": "Presiding judge", "judge": "Judge",
           "people_assessor": "People's assessor", "clerk": "Clerk", "plaintiff": "Plaintiff",
           "defendant": "Defendant", "third_party": "Third party", "witness": "Witness",
           "appraiser": "Appraiser", "interpreter": "Interpreter", "other": "Other"},
}


def speaker_label(role: str, language: str = "zh_CN") -> str:
    return SPEAKER_LABELS.get(language, SPEAKER_LABELS["zh_CN"]).get(role, role or "—")


_AGENT_OF = {"zh_CN": "{}代理人", "ko": "{} 소송대리인", "en": "{}'s counsel"}


def agent_label(side: str, language: str = "zh_CN") -> str:
    """A party's lawyer as the record names them: "原告代理人", "원고 소송대리인"."""
    return _AGENT_OF.get(language, _AGENT_OF["zh_CN"]).format(speaker_label(side, language))


def role_label(role: str, language: str = "zh_CN") -> str:
    """Any speaker role as the record names it, a party's lawyer ("plaintiff_agent") too;
    "" for a channel nobody is mapped to."""
    if not role:
        return ""
    if role.endswith("_agent"):
        return agent_label(role.removesuffix("_agent"), language)
    return speaker_label(role, language)
