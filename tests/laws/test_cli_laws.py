"""``courtdesk laws`` as court IT and judges run it: real subprocesses, a real store with a
transcript and an imported dossier PDF, and the case's access rules on what links read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.dossier_book import DossierBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.engine import Utterance
from courtdesk.speech.transcript import HearingTranscript

from testkit import TEST_PASSPHRASE, ask

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("fast_kdf")]
PASSWORD = "s3cret-passw0rd"

SPOKEN = ["原告代理人：根据民法典第五百七十七条，被告应当承担违约责任。",
          "被告代理人：原告的主张不符合民诉法第一百二十二条第一款第（三）项的规定。",
          "审判长：双方对合同第五条没有异议。"]
PAGE_TEXT = ["民事起诉状", "诉讼请求：依照《中华人民共和国民法典》第五百七十七条、",
             "第五百八十四条，判令被告赔偿损失。依据民事诉讼法第二千条起诉。"]


def run(home: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE)
    if password is not None:
        env["COURTDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL)


@pytest.fixture
def court(tmp_path):
    """A profile whose store holds a case with a hearing transcript and a dossier volume."""
    home = tmp_path / "home"
    store = LocalStore.open(home / "store", ask())
    try:
        accounts = AccountBook(store)
        admin = accounts.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
        clerk = accounts.create(admin, "clerk", "李书记员", Role.CLERK, PASSWORD)
        judge = accounts.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD)
        accounts.create(admin, "clerk2", "王书记员", Role.CLERK, PASSWORD)
        cases = CaseBook(store, clerk)
        case = cases.create_case("(2026)吉2401民初88号", "朴某诉金某买卖合同纠纷案")
        cases.add_member(case["id"], judge)
        hearing = cases.add_hearing(case["id"], "第一次开庭")
        transcript = HearingTranscript(store, hearing["id"], clerk.actor)
        for number, text in enumerate(SPOKEN):
            transcript.add_utterance(Utterance(channel=1, start_ms=number * 5000,
                                               end_ms=number * 5000 + 4000, words=[],
                                               raw_text=text, text=text), "judge")
        pdf = pymupdf.open()
        page = pdf.new_page()
        for line, text in enumerate(PAGE_TEXT):
            page.insert_text((72, 100 + 24 * line), text, fontname="china-s", fontsize=12)
        path = tmp_path / "起诉状.pdf"
        path.write_bytes(pdf.tobytes())
        document = DossierBook(store, clerk).import_files(case["id"], [path])[0].result.document
    finally:
        store.close()
    return home, hearing["id"], document["id"]


def test_links_in_a_transcript_and_a_dossier_page_with_the_cases_rules(court):
    home, hearing_id, document_id = court
    spoken = run(home, "laws", "links", "--hearing", hearing_id, "--json", "--user", "judge",
                 password=PASSWORD)
    assert spoken.returncode == 0, spoken.stderr
    found = json.loads(spoken.stdout)
    assert [(f["text"], f["status"], f["number"], f["paragraph"], f["item"]) for f in found] == [
        ("民法典第五百七十七条", "resolved", 577, None, None),
        ("民诉法第一百二十二条第一款第（三）项", "resolved", 122, 1, 3)]
    assert found[0]["start"] == SPOKEN[0].index("民法典") and found[0]["start_ms"] == 0
    assert found[1]["quoted_text"].startswith("（三）有具体的诉讼请求")

    paper = run(home, "laws", "links", "--document", document_id, "--json", "--user", "judge",
                password=PASSWORD)
    assert paper.returncode == 0, paper.stderr
    refs = json.loads(paper.stdout)
    assert [(r["page"], r["number"], r["status"]) for r in refs] == [
        (1, 577, "resolved"), (1, 584, "resolved"), (1, 2000, "no_such_article")]
    assert "has no article 2000" in refs[2]["message"]

    outsider = run(home, "laws", "links", "--hearing", hearing_id, "--user", "clerk2",
                   password=PASSWORD)
    assert outsider.returncode == 1 and "that you are assigned to" in outsider.stderr
    it = run(home, "laws", "links", "--document", document_id, "--user", "it",
             password=PASSWORD)
    assert it.returncode == 1 and "may open" in it.stderr
    nobody = run(home, "laws", "links", "--document", document_id)
    assert nobody.returncode == 1 and "needs a logged-in courtdesk user" in nobody.stderr


def test_import_cite_search_list_need_no_login_and_speak_plainly(tmp_path):
    home = tmp_path / "home"
    folder = tmp_path / "laws"
    folder.mkdir()
    (folder / "空文件.md").write_text("# 某某决定\n\n<!-- INFO END -->\n\n决定如下。\n",
                                     encoding="utf-8")
    (folder / "仲裁法(2017-09-01).md").write_bytes(
        (Path(__file__).resolve().parent / "collection" / "诉讼与非诉讼程序法" /
         "仲裁法(2017-09-01).md").read_bytes())
    imported = run(home, "laws", "import", str(folder))
    assert imported.returncode == 1  # one file could not be imported
    assert "NOT IMPORTED" in imported.stdout and "no article markers" in imported.stdout
    assert "imported 中华人民共和国仲裁法 (2017-09-01): 80 articles" in imported.stdout
    assert "starter library" in imported.stderr  # the first use brought the starter in

    cited = run(home, "laws", "cite", "民事诉讼法第一百一十五条", "--on", "2022-06-01")
    assert cited.returncode == 0, cited.stderr
    assert cited.stdout.startswith("《中华人民共和国民事诉讼法》第一百一十五条（2021-12-24）")
    assert "differs in the version of 2023-09-01" in cited.stdout
    missing = run(home, "laws", "cite", "民法典第二千条", "--json")
    assert missing.returncode == 1 and json.loads(missing.stdout)["status"] == "no_such_article"
    own = run(home, "laws", "cite", "本法第十条", "--law", "民法典")
    assert own.returncode == 0 and own.stdout.startswith("《中华人民共和国民法典》第十条")
    bad_date = run(home, "laws", "cite", "民法典第一条", "--on", "2022-13-01")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr

    found = run(home, "laws", "search", "“仲裁委员会”", "--law", "仲裁法", "--json")
    hits = json.loads(found.stdout)
    assert hits and all(h["law"] == "中华人民共和国仲裁法" and "【仲裁委员会】" in h["snippet"]
                        for h in hits)
    listed = json.loads(run(home, "laws", "list", "--json").stdout)
    titles = {law["title"] for law in listed["laws"]}
    assert titles >= {"中华人民共和国仲裁法", "中华人民共和国民法典"}
    assert len(listed["sha256"]) == 64
    text = run(home, "laws", "links", "依据仲裁法第二条和刑法第二百六十四条", "--json")
    assert [r["law"] for r in json.loads(text.stdout)] == [
        "中华人民共和国仲裁法", "中华人民共和国刑法"]


def test_a_case_cites_the_law_in_force_when_its_facts_happened(court):
    home = court[0]
    [case] = json.loads(run(home, "case", "list", "--json", "--user", "judge",
                            password=PASSWORD).stdout)
    reference = "民事诉讼法第一百一十五条"
    today = json.loads(run(home, "laws", "cite", reference, "--case", case["id"], "--json",
                           "--user", "judge", password=PASSWORD).stdout)
    assert today["article"]["version_date"] == "2023-09-01"  # no facts' date yet

    bad = run(home, "case", "facts-date", case["id"], "2022-02-30", "--user", "clerk",
              password=PASSWORD)
    assert bad.returncode != 0 and "not a date like" in bad.stderr
    done = run(home, "case", "facts-date", case["id"], "2022-06-01", "--user", "clerk",
               password=PASSWORD)
    assert done.returncode == 0 and "happened on 2022-06-01" in done.stdout, done.stderr
    shown = run(home, "case", "show", case["id"], "--user", "judge", password=PASSWORD)
    assert "facts on: 2022-06-01" in shown.stdout

    cited = run(home, "laws", "cite", reference, "--case", case["id"], "--user", "judge",
                password=PASSWORD)
    assert cited.returncode == 0, cited.stderr
    assert cited.stdout.startswith("《中华人民共和国民事诉讼法》第一百一十五条（2021-12-24）")
    later = json.loads(run(home, "laws", "cite", reference, "--case", case["id"], "--on",
                           "2024-01-01", "--json", "--user", "judge", password=PASSWORD).stdout)
    assert later["article"]["version_date"] == "2023-09-01"  # --on still wins

    outsider = run(home, "laws", "cite", reference, "--case", case["id"], "--user", "clerk2",
                   password=PASSWORD)
    assert outsider.returncode == 1 and "assigned to" in outsider.stderr
