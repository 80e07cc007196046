"""A deliberation's exported record carries the articles it cites: an appendix
"本次评议引用的法条" before the panel's signatures, each article with its law, number, the
version in force on the case's facts date, and its text from the library (the files
themselves), in the PDF and the text copy made by `courtdesk hearing export`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from courtdesk.app.demo import DEMO_PASSWORD
from courtdesk.laws.importer import read_law_file
from courtdesk.laws.opening import starter_folder
from courtdesk.speech.engine import Utterance
from courtdesk.speech.text import Word

from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(300)

SAID = ["依照民法典第五百七十七条，被告应当承担违约责任。",
        "另按民事诉讼法第一百二十二条审查起诉条件，再看民法典第577条。",
        "本案不适用民法典第二千条。"]


def courtdesk(home: Path, *args: str, user: str = "presiding"):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_PASSWORD=DEMO_PASSWORD, COURTDESK_USER=user)
    done = subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def article_text(file_name: str, number: int) -> str:
    parsed = read_law_file(starter_folder() / file_name)
    return next(a.text for a in parsed.articles if a.number == number)


def test_the_exported_deliberation_record_lists_the_articles_it_cites(tmp_path):

    home = tmp_path / "home"
    case_id = json.loads(courtdesk(home, "demo", "--json").stdout)["case_id"]
    # The facts happened in 2022: the Civil Procedure Law as amended in 2021 applies.
    courtdesk(home, "case", "facts-date", case_id, "2022-06-01")
    listed = json.loads(courtdesk(home, "hearing", "list", "--case", case_id, "--json").stdout)
    deliberation = next(h["id"] for h in listed if h["kind"] == "deliberation")

    from courtdesk.app.accounts import AccountBook
    from courtdesk.app.profile import open_store
    from courtdesk.speech.transcript import HearingTranscript

    store = open_store(home, ask=lambda _request: TEST_PASSPHRASE)
    try:
        actor = AccountBook(store).find("presiding").actor
        for n, said in enumerate(SAID):
            words = [Word(w, n * 10 + i * 0.3, n * 10 + i * 0.3 + 0.25, 0.9)
                     for i, w in enumerate(said)]
            HearingTranscript(store, deliberation, actor).add_utterance(
                Utterance(0, n * 10_000, n * 10_000 + 8000, words, said, said),
                "presiding_judge")
    finally:
        store.close()

    pdf, txt = tmp_path / "deliberation.pdf", tmp_path / "deliberation.txt"
    courtdesk(home, "hearing", "export", deliberation, "--pdf", str(pdf), "--txt", str(txt))

    contract = article_text("民法典-合同编.md", 577)
    procedure = article_text("民事诉讼法(2021-12-24).md", 122)
    text = txt.read_text(encoding="utf-8")
    appendix = text[text.index("本次评议引用的法条"):]
    assert appendix.index("1. 《中华人民共和国民法典》第五百七十七条"
                          "（2020-05-28版本，自2021-01-01起施行）") \
        < appendix.index("2. 《中华人民共和国民事诉讼法》第一百二十二条（2021-12-24版本")
    assert "3. " not in appendix  # 第577条 is the same article; 第二千条 does not exist
    for line in contract.split("\n") + procedure.split("\n"):
        assert f"   {line}" in appendix
    # Before the panel's signatures, so they sign the texts they relied on.
    assert appendix.index(contract.split("\n")[0]) < appendix.index("（签名）")

    with pymupdf.open(pdf) as doc:
        words = "".join(page.get_text() for page in doc).replace("\n", "")
        assert "本次评议引用的法条" in words
        for line in contract.split("\n") + procedure.split("\n"):
            assert line in words  # a page may turn between two of its lines
        assert words.index("本次评议引用的法条") < words.rindex("（签名）")
