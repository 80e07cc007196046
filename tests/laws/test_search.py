"""Search ranking over the starter library and the interpretations that quote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtdesk.laws.search import LawSearch

# The public collection of 58 statutes, kept in the repository (collection/README.md).
SHARED_LAWS = Path(__file__).resolve().parent / "collection"


pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def search(starter):
    # The interpretations quote the statutes: the ranking must still put the statute first.
    report = starter.import_paths([SHARED_LAWS / "司法解释"])
    assert report.count("imported") >= 15
    return LawSearch(starter)


def test_a_quoted_article_text_finds_that_article_first(search, starter):
    civil_code = next(law for law in starter.laws() if law.title == "中华人民共和国民法典")
    articles = starter.articles(civil_code.versions[0].id)
    checked = 0
    for article in articles[::37]:
        phrase = article.paragraphs[0].text
        if len(phrase) < 12:
            continue
        hits = search.search(f"“{phrase}”", limit=5)
        assert hits and hits[0].exact, phrase
        assert (hits[0].article.law_title, hits[0].article.number) == (
            civil_code.title, article.number), phrase
        assert hits[0].match == phrase and hits[0].spans[0] == (0, len(phrase))
        checked += 1
    assert checked >= 25


def test_a_quoted_phrase_quoted_by_interpretations_ranks_the_statute_first(search):
    phrase = "当事人一方不履行合同义务或者履行合同义务不符合约定的"
    hits = search.search(f'"{phrase}"', limit=10)
    assert (hits[0].article.short_name, hits[0].article.number) == ("民法典", 577)
    assert all(phrase in h.article.text for h in hits)
    assert hits[0].snippet.startswith("【当事人一方不履行合同义务")


def test_a_reference_as_query_puts_the_article_first_then_words(search):
    hits = search.search("民法典第577条")
    assert hits[0].exact and hits[0].article.number == 577


def test_words_filters_and_short_words(search):
    theft = search.search("盗窃 数额较大", law="刑法")
    assert theft[0].article.number == 264
    assert all(h.article.short_name == "刑法" for h in theft)
    assert "【盗窃】" in theft[0].snippet
    two_chars = search.search("违约", law="民法典", limit=5)
    assert two_chars and all("违约" in h.article.text for h in two_chars)
    assert search.search("违约", law="没有这部法") == []
    in_book = search.search("违约责任", law="民法典", within="合同编", limit=50)
    assert in_book and all(h.article.part == "合同编" for h in in_book)
    chapter = search.search("期间", law="民法典", within="第九章 诉讼时效", limit=50)
    assert chapter and all(188 <= h.article.number <= 199 for h in chapter)
    assert search.search("民法典第577条", within="总则") == []  # the cited article is elsewhere
    old = search.search('"侵害他人合法权益"', law="民诉法", on="2022-06-01")
    assert {h.article.version_date for h in old} == {"2021-12-24"}


def test_unquoted_words_rank_the_statutes_before_interpretations_that_repeat_them(search):
    kinds = {law.id: law.kind for law in search.library.laws()}

    def ranked(query: str) -> list[tuple[str, int, str]]:
        return [(h.article.short_name, h.article.number, kinds[h.article.law_id])
                for h in search.search(query, limit=30)]

    # The civil interpretation says 正当防卫 seven times; the two statutes' articles first.
    defence = ranked("正当防卫")
    assert [(name, number) for name, number, _kind in defence[:2]] == [
        ("民法典", 181), ("刑法", 20)]
    assert {kind for _name, _number, kind in defence[2:]} == {"interpretation"}
    limitation = ranked("诉讼时效")
    assert [kind for *_rest, kind in limitation[:10]] == ["law"] * 10
    assert "interpretation" in {kind for *_rest, kind in limitation}  # still found
    breach = ranked("违约责任")
    first_interpretation = next(n for n, (*_rest, kind) in enumerate(breach)
                                if kind == "interpretation")
    assert breach.index(("民法典", 577, "law")) < first_interpretation
    # Short words (scanned, ranked by density) weigh the same way.
    rescission = ranked("合同 解除")
    assert [kind for *_rest, kind in rescission[:5]] == ["law"] * 5
    # An interpretation that plainly matches better still comes first.
    assert ranked("保证人 追偿")[0][2] == "interpretation"
