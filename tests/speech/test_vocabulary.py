"""Case vocabulary: sound-alike corrections for names and legal terms (Mandarin and Korean)."""

from __future__ import annotations

import time

import pytest

from courtdesk.speech.vocabulary import (
    LEGAL_TERMS,
    CaseVocabulary,
    Correction,
    VocabularyTerm,
)

DEMO_TERMS = [
    VocabularyTerm("朴英姬", "party"),
    VocabularyTerm("长白山商贸", "party"),
    VocabularyTerm("崔成浩", "party"),
    VocabularyTerm("金明哲", "lawyer"),
    VocabularyTerm("王丽华", "lawyer"),
] + [VocabularyTerm(t, "legal") for t in LEGAL_TERMS["zh"]]


@pytest.fixture(scope="module")
def zh() -> CaseVocabulary:
    return CaseVocabulary(DEMO_TERMS, "zh")


@pytest.fixture(scope="module")
def ko() -> CaseVocabulary:
    terms = [VocabularyTerm("박영희", "party"), VocabularyTerm("연길시", "place")]
    return CaseVocabulary(terms + [VocabularyTerm(t, "legal") for t in LEGAL_TERMS["ko"]], "ko")


def only(corrections: list[Correction]) -> Correction:
    assert len(corrections) == 1, corrections
    return corrections[0]


@pytest.mark.parametrize(("heard", "meant"), [
    ("朴影基", "朴英姬"),          # same syllables, different characters
    ("金明者律师", "金明哲"),      # 者/哲 both zhe
    ("长白山伤贸", "长白山商贸"),  # 伤/商 both shang
    ("崔成好", "崔成浩"),          # tone differs: tone does not count for a name
    ("朴影机", "朴英姬"),
])
def test_misheard_names_are_proposed(zh, heard, meant):
    correction = only(zh.suggest(heard))
    assert correction.replacement == meant
    assert correction.term.text == meant
    assert correction.start == 0 and correction.end == len(meant)
    assert correction.original == heard[:len(meant)]
    assert 0.75 <= correction.score <= 1.0


def test_near_confusions_of_initials_and_finals_count(zh):
    # zh→z (哲 zhe / 则 ze), l→n (丽 li / 你 ni): common Mandarin ASR and accent confusions.
    assert only(zh.suggest("金明则")).replacement == "金明哲"
    assert only(zh.suggest("王你华")).replacement == "王丽华"


def test_offsets_and_apply_in_a_sentence(zh):
    text = "被告朴影基对原告长白山伤贸的诉讼请求有异议，金明者律师发表意见。"
    corrections = zh.suggest(text)
    assert [(c.original, c.replacement) for c in corrections] == [
        ("朴影基", "朴英姬"), ("长白山伤贸", "长白山商贸"), ("金明者", "金明哲")]
    for c in corrections:
        assert text[c.start:c.end] == c.original
    assert zh.apply(text, corrections) == (
        "被告朴英姬对原告长白山商贸的诉讼请求有异议，金明哲律师发表意见。")
    # The clerk rejects one: only the accepted ones are applied.
    assert zh.apply(text, corrections[1:2]) == (
        "被告朴影基对原告长白山商贸的诉讼请求有异议，金明者律师发表意见。")


def test_spaces_left_between_mandarin_words_do_not_hide_a_name(zh):
    correction = only(zh.suggest("被告 朴 影 基 到庭"))
    assert (correction.original, correction.replacement) == ("朴 影 基", "朴英姬")
    assert zh.apply("被告 朴 影 基 到庭", [correction]) == "被告 朴英姬 到庭"


def test_legal_terms_are_corrected(zh):
    assert only(zh.suggest("本案依照民事诉讼发第六十四条")).replacement == "民事诉讼法"
    assert only(zh.suggest("请发表质正意见")).replacement == "质证"


@pytest.mark.parametrize("text", [
    "今天天气很好，我们下午去公园散步。",
    "请双方当事人核对身份信息，现在开始法庭调查。",
    "上述事实清楚，证据确实充分。",      # 上述 shàngshù is not 上诉 shàngsù
    "原稿在这里，请书记员核对。",        # 原稿 yuángǎo is not 原告 yuángào
    "这份报告已经提交法庭。",            # 报告 is not 被告
    "明天上午九点继续开庭。",
])
def test_ordinary_text_gets_nothing(zh, text):
    assert zh.suggest(text) == []


def test_already_correct_text_gets_nothing(zh):
    assert zh.suggest("被告朴英姬对原告长白山商贸的诉讼请求有异议，金明哲律师发表质证意见。") == []


def test_a_window_that_is_another_term_is_left_alone():
    vocabulary = CaseVocabulary([VocabularyTerm("金明哲"), VocabularyTerm("金明浩")], "zh")
    assert vocabulary.suggest("金明哲律师和金明浩律师") == []


def test_single_character_terms_are_never_proposed():
    vocabulary = CaseVocabulary([VocabularyTerm("金"), VocabularyTerm("法")], "zh")
    assert vocabulary.suggest("今天的发言") == []


def test_min_score_is_respected(zh):
    assert zh.suggest("崔成好", min_score=1.01) == []


def test_apply_refuses_stale_or_overlapping_corrections(zh):
    text = "朴影基到庭"
    correction = only(zh.suggest(text))
    with pytest.raises(ValueError, match="changed"):
        zh.apply("朴英基到庭", [correction])
    with pytest.raises(ValueError, match="overlap"):
        zh.apply(text, [correction, correction])


def test_korean_name_by_jamo(ko):
    correction = only(ko.suggest("박영히"))
    assert correction.replacement == "박영희"
    assert correction.term == VocabularyTerm("박영희", "party")
    assert (correction.start, correction.end, correction.original) == (0, 3, "박영히")


def test_korean_sentence_keeps_particles_and_offsets(ko):
    text = "피고 박영히는 제판장님께 말했습니다"
    corrections = ko.suggest(text)
    assert [(c.original, c.replacement) for c in corrections] == [
        ("박영히", "박영희"), ("제판장", "재판장")]
    assert [text[c.start:c.end] for c in corrections] == ["박영히", "제판장"]
    assert ko.apply(text, corrections) == "피고 박영희는 재판장님께 말했습니다"


@pytest.mark.parametrize("text", [
    "박영희 씨와 원고가 출석했습니다",   # already right
    "피곤합니다",                        # 피곤 is not 피고
    "증가한 금액을 청구합니다",           # 증가 is not 증거
    "회피고 싶습니다",                   # 피고 does not start a word here
    "그 사람이 박영이라고 했습니다",      # 박영이 is another name
])
def test_korean_ordinary_text_gets_nothing(ko, text):
    assert ko.suggest(text) == []


def test_from_case_builds_terms_from_a_case_file():
    from courtdesk.app.casebook import CaseFile

    case_file = CaseFile(
        case={"id": "c1", "case_number": "（2026）吉2401民初1234号", "court": "延吉市人民法院",
              "title": "延吉市长白山商贸有限公司诉朴英姬买卖合同纠纷案"},
        my_role="clerk",
        parties=[
            {"id": "p1", "side": "plaintiff", "name": "延吉市长白山商贸有限公司",
             "representative": "法定代表人 崔成浩", "lawyer_name": "金明哲",
             "lawyer_firm": "吉林延边律师事务所"},
            {"id": "p2", "side": "defendant", "name": "朴英姬", "representative": "",
             "lawyer_name": "王丽华", "lawyer_firm": "吉林图们江律师事务所"},
        ],
        hearings=[{"id": "h1", "title": "第一次开庭", "place": "延吉市人民法院 第三法庭"}],
    ).as_dict()
    vocabulary = CaseVocabulary.from_case(case_file)
    kinds = {t.text: t.kind for t in vocabulary.terms}
    assert kinds["朴英姬"] == "party"
    assert kinds["延吉市长白山商贸有限公司"] == "party"
    assert kinds["长白山商贸"] == "party"          # the short name people actually say
    assert kinds["崔成浩"] == "party"              # title stripped from the representative
    assert "法定代表人 崔成浩" not in kinds
    assert kinds["金明哲"] == "lawyer" and kinds["吉林延边律师事务所"] == "lawyer"
    assert kinds["延吉市人民法院"] == "place"
    assert kinds["诉讼请求"] == "legal" and kinds["违约金"] == "legal"
    assert only(vocabulary.suggest("原告长白山伤贸")).replacement == "长白山商贸"

    korean = CaseVocabulary.from_case(
        {"case": {"court": "연길시 인민법원"}, "parties": [{"name": "박영희"}]}, "ko")
    korean_terms = {t.text for t in korean.terms}
    assert {"박영희", "원고", "피고", "재판장"} <= korean_terms
    assert "诉讼请求" not in korean_terms


def test_unknown_language_or_kind_is_refused():
    with pytest.raises(ValueError, match="language"):
        CaseVocabulary([], "en")
    with pytest.raises(ValueError, match="kind"):
        VocabularyTerm("朴英姬", "witness")


def test_thousand_segments_with_fifty_terms_is_fast(zh):
    terms = DEMO_TERMS[:50]
    vocabulary = CaseVocabulary(terms, "zh")
    assert len(vocabulary.terms) == 50
    segments = [f"第{i}号证据显示被告朴影基于三月向原告长白山伤贸支付货款，双方对此没有异议。"
                for i in range(1000)]
    started = time.perf_counter()
    found = sum(len(vocabulary.suggest(s)) for s in segments)
    elapsed = time.perf_counter() - started
    assert found == 2000
    # About 0.1-0.3 s here; the bound is loose so a busy CI machine does not fail it.
    assert elapsed < 3.0, f"1000 segments took {elapsed:.2f} s"
