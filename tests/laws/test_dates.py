"""When a version of a law applies: its in-force date read from the preamble (“2021年1月1日
施行”, “…，自2024年1月1日起施行”), and, where the file gives only the adoption, the adoption
said as such (never passed off as the in-force date) and the version chosen by date from it.
Tested on the shipped and collection files themselves."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from courtdesk.laws.citations import CitationParser
from courtdesk.laws.importer import read_law_file, read_law_text
from courtdesk.laws.library import LawLibrary
from courtdesk.laws.opening import starter_folder

pytestmark = pytest.mark.timeout(120)
SHARED_LAWS = Path(__file__).resolve().parent / "collection"
PROCEDURE = SHARED_LAWS / "诉讼与非诉讼程序法"
CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"


def test_the_preamble_says_when_a_version_applies():
    amended = read_law_file(PROCEDURE / "民事诉讼法(2023-09-01).md")
    assert (amended.version_date, amended.effective_from) == ("2023-09-01", "")
    book = read_law_file(starter_folder() / "民法典-合同编.md")
    assert (book.version_date, book.effective_from) == ("2020-05-28", "2021-01-01")
    interpretation = read_law_file(
        SHARED_LAWS / "司法解释" / "最高人民法院关于适用《刑事诉讼法》的解释(2021-01-26).md")
    assert (interpretation.version_date, interpretation.effective_from) == \
        ("2020-12-07", "2021-03-01")
    # 宪法: proclaimed in force in 1982, amended since on dates the file does not say.
    constitution = read_law_file(SHARED_LAWS / "宪法" / "宪法.md")
    assert (constitution.version_date, constitution.effective_from) == ("2018-03-11", "")
    # The in-force date written after the adoption on one line (自…起施行).
    stated = amended.preamble[-1] + "，自2024年1月1日起施行"
    text = (PROCEDURE / "民事诉讼法(2023-09-01).md").read_text(encoding="utf-8")
    parsed = read_law_text(text.replace(amended.preamble[-1], stated), "民事诉讼法.md")
    assert (parsed.version_date, parsed.effective_from) == ("2023-09-01", "2024-01-01")


@pytest.fixture(scope="module")
def procedure(tmp_path_factory):
    """The Civil Procedure Law's 2021 and 2023 texts, once as the collection has them
    (adoption dates only) and once with the in-force dates their decisions state."""
    folder = tmp_path_factory.mktemp("stated")
    for name, effective in (("民事诉讼法(2021-12-24).md", "2022年1月1日"),
                            ("民事诉讼法(2023-09-01).md", "2024年1月1日")):
        text = (PROCEDURE / name).read_text(encoding="utf-8")
        last = read_law_text(text, name).preamble[-1]
        (folder / name).write_text(text.replace(last, f"{last}，自{effective}起施行"),
                                   encoding="utf-8")
    adopted = LawLibrary(tmp_path_factory.mktemp("adopted") / "laws.sqlite")
    stated = LawLibrary(tmp_path_factory.mktemp("stated-lib") / "laws.sqlite")
    adopted.import_paths([PROCEDURE / "民事诉讼法(2021-12-24).md",
                          PROCEDURE / "民事诉讼法(2023-09-01).md"])
    stated.import_paths([folder])
    yield adopted, stated
    adopted.close()
    stated.close()


def test_the_version_on_a_date_follows_the_in_force_date_when_the_file_states_it(procedure):
    _adopted, stated = procedure
    parser = CitationParser(stated)
    dates = {on: parser.cite("民事诉讼法第一百一十五条", on=on).version
             for on in ("2021-12-31", "2022-01-01", "2023-10-01", "2024-01-01")}
    assert dates["2021-12-31"] is None  # the 2021 text applied from 2022
    assert dates["2022-01-01"].version_date == "2021-12-24"
    # Adopted in September 2023, in force from 2024: facts of October 2023 fall under 2021's.
    assert dates["2023-10-01"].version_date == "2021-12-24"
    assert (dates["2024-01-01"].version_date, dates["2024-01-01"].effective_from) == \
        ("2023-09-01", "2024-01-01")


def test_a_version_known_only_by_its_adoption_says_so(procedure, tmp_path):
    adopted, _stated = procedure
    law = next(law for law in adopted.laws() if law.title == CIVIL_PROCEDURE)
    assert [(v.version_date, v.effective_from) for v in law.versions] == \
        [("2021-12-24", ""), ("2023-09-01", "")]
    assert adopted.version_on(law.id).version_date == "2023-09-01"  # the latest
    assert adopted.version_on(law.id, "2022-06-01").version_date == "2021-12-24"
    assert adopted.version_on(law.id, "2021-12-01") is None
    refused = CitationParser(adopted).cite("民事诉讼法第一百二十二条", on="2021-12-01")
    assert "was adopted on 2021-12-24" in refused.message

    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(tmp_path / "home"), COURTDESK_LAWS=str(adopted.path))
    done = subprocess.run([sys.executable, "-m", "courtdesk.app", "laws", "cite",
                           "民事诉讼法第一百二十二条", "--on", "2024-06-01"], env=env,
                          capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "version of 2023-09-01, adopted on 2023-09-01 (the law file gives no in-force " \
        "date)" in done.stdout
    assert "in force from 2023-09-01" not in done.stdout


def test_a_library_made_before_reads_its_adoption_dates_as_adoption(tmp_path):
    """Schema 1 stored the adoption date as the in-force date: read as unknown, without
    rewriting the file (its hash is what the court distributed) until laws are imported."""
    path = tmp_path / "laws.sqlite"
    library = LawLibrary(path)
    library.import_paths([PROCEDURE / "民事诉讼法(2023-09-01).md",
                          starter_folder() / "民法典-总则.md"])
    library.close()
    with sqlite3.connect(path) as db:  # as the previous courtdesk left it
        db.execute("UPDATE versions SET effective_from = version_date "
                   "WHERE effective_from = ''")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    db.close()
    before = path.read_bytes()
    old = LawLibrary(path, read_only=True)
    try:
        dates = {law.short_name: (law.versions[0].version_date, law.versions[0].effective_from)
                 for law in old.laws()}
        article = CitationParser(old).cite("民事诉讼法第二条").article
    finally:
        old.close()
    assert dates == {"民事诉讼法": ("2023-09-01", ""), "民法典": ("2020-05-28", "2021-01-01")}
    assert article.effective_from == ""
    assert path.read_bytes() == before
