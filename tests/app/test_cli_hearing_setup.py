"""`courtdesk hearing new` and the record's two copies from the command line, on the demo
case (parties with lawyers) in a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from courtdesk.app.demo import DEMO_PASSWORD

from testkit import TEST_PASSPHRASE

pytestmark = pytest.mark.timeout(300)


def courtdesk(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    full_env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
                    COURTDESK_PASSWORD=DEMO_PASSWORD, **env)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=full_env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    home = tmp_path_factory.mktemp("demo") / "home"
    result = courtdesk(home, "demo", "--json")
    assert result.returncode == 0, result.stderr
    return home, json.loads(result.stdout)["case_id"]


def page_text(path: Path) -> str:
    """The pages' text without their head and foot (signature line, page number)."""
    with pymupdf.open(path) as doc:
        return "".join("".join(page.get_text(clip=(0, 96, 595, 760)).split()) for page in doc)


def test_hearing_new_takes_the_set_up_and_the_record_prints_it(demo, tmp_path):
    home, case_id = demo
    made = courtdesk(home, "hearing", "new", "--case", case_id, "--title", "第二次调解",
                     "--type", "mediation", "--room", "第五调解室", "--at", "2026-12-09T14:30",
                     "--present", "延吉市长白山商贸有限公司，金明哲,王丽华",
                     "--other", "证人崔某到庭", "--json", "--user", "clerk")
    assert made.returncode == 0, made.stderr
    hearing = json.loads(made.stdout)
    assert (hearing["title"], hearing["session_type"], hearing["place"], hearing["kind"]) == \
        ("第二次调解", "mediation", "第五调解室", "hearing")
    assert hearing["scheduled_at"].startswith("2026-12-09T14:30:00")

    official, review = tmp_path / "official.pdf", tmp_path / "review.pdf"
    exported = courtdesk(home, "hearing", "export", hearing["id"], "--pdf", str(official),
                         "--review-pdf", str(review), "--user", "clerk")
    assert exported.returncode == 0, exported.stderr
    assert f"wrote {review}" in exported.stdout and "serif" not in exported.stderr
    text = page_text(official)
    assert "调解笔录" in text and "（第二次调解）" in text and "地点：第五调解室" in text
    assert ("到庭情况：原告延吉市长白山商贸有限公司及其委托诉讼代理人金明哲（吉林延边律师事务所）"
            "到庭；被告朴英姬未到庭，其委托诉讼代理人王丽华（吉林图们江律师事务所）到庭；"
            "证人崔某到庭。") in text
    with pymupdf.open(official) as doc:
        assert not any("核对稿" in page.get_text() for page in doc)
    with pymupdf.open(review) as doc:
        assert all("核对稿" in page.get_text() for page in doc)  # marked on every page


def test_a_name_that_is_no_party_is_refused_and_nothing_is_made(demo):
    home, case_id = demo
    before = courtdesk(home, "hearing", "list", "--case", case_id, "--json", "--user", "clerk")
    refused = courtdesk(home, "hearing", "new", "--case", case_id, "--present", "张三",
                        "--user", "clerk")
    assert refused.returncode == 2
    assert "张三" in refused.stderr and "--other" in refused.stderr and "金明哲" in refused.stderr
    bad_type = courtdesk(home, "hearing", "new", "--case", case_id, "--type", "party",
                         "--user", "clerk")
    assert bad_type.returncode == 2 and "mediation" in bad_type.stderr
    bad_time = courtdesk(home, "hearing", "new", "--case", case_id, "--at", "next Tuesday",
                         "--user", "clerk")
    assert bad_time.returncode == 2 and "2026-12-08T09:00" in bad_time.stderr
    after = courtdesk(home, "hearing", "list", "--case", case_id, "--json", "--user", "clerk")
    assert json.loads(after.stdout) == json.loads(before.stdout)


def test_the_default_title_follows_the_ui_language(demo, tmp_path):
    home, case_id = demo
    for language, start in (("en", "Hearing "), ("ko", "변론 "), ("zh_CN", "开庭 ")):
        config = tmp_path / f"{language}.toml"
        config.write_text(f'[ui]\nlanguage = "{language}"\n', encoding="utf-8")
        made = courtdesk(home, "hearing", "new", "--case", case_id, "--json", "--user",
                         "clerk", COURTDESK_CONFIG=str(config))
        assert made.returncode == 0, made.stderr
        hearing = json.loads(made.stdout)
        assert hearing["title"].startswith(start), hearing["title"]
        assert hearing["session_type"] == "trial" and hearing["attendance"] == ""


@pytest.mark.parametrize("pc_zone", ["UTC", "America/New_York"])
def test_the_record_prints_the_courtrooms_clock_not_the_pcs(demo, tmp_path, pc_zone):
    """The demo hearing is set for 9:00 in Yanbian (+08:00). On a PC whose clock runs in
    another zone (a CI box or a laptop set to UTC) the record printed 1时00分."""
    home, case_id = demo
    listed = courtdesk(home, "hearing", "list", "--case", case_id, "--json", "--user", "clerk")
    first = next(h for h in json.loads(listed.stdout) if h["title"] == "第一次开庭")
    assert first["scheduled_at"].endswith("+08:00")
    out = tmp_path / "record.pdf"
    exported = courtdesk(home, "hearing", "export", first["id"], "--pdf", str(out),
                         "--user", "clerk", TZ=pc_zone)
    assert exported.returncode == 0, exported.stderr
    assert "时间：2026年12月8日9时00分" in page_text(out)
