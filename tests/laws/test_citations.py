"""The citation parser against the starter library: the forms people write, the references
that cannot be resolved (each says why), versions by date, and links in running text."""

from __future__ import annotations

import pytest

from courtdesk.laws.references import ArticleContext, cited_articles

pytestmark = pytest.mark.timeout(60)

CIVIL_CODE = "中华人民共和国民法典"
CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"
CRIMINAL_LAW = "中华人民共和国刑法"


@pytest.mark.parametrize(("reference", "law", "number", "paragraph", "item", "starts"), [
    ("民法典第五百七十七条", CIVIL_CODE, 577, None, None, "当事人一方不履行合同义务"),
    ("《民事诉讼法》第一百二十二条", CIVIL_PROCEDURE, 122, None, None, "起诉必须符合下列条件"),
    ("合同编第577条", CIVIL_CODE, 577, None, None, "当事人一方不履行合同义务"),
    ("刑法第二百六十四条第一款", CRIMINAL_LAW, 264, 1, None, "盗窃公私财物"),
    ("《中华人民共和国民法典》第５７７条", CIVIL_CODE, 577, None, None, "当事人一方"),
    ("民法典第5７7条", CIVIL_CODE, 577, None, None, "当事人一方"),
    ("民法典第一千零一条", CIVIL_CODE, 1001, None, None, "对自然人因婚姻家庭关系"),
    ("民法典第一千二百六十条", CIVIL_CODE, 1260, None, None, "本法自2021年1月1日起施行"),
    ("民法典第一〇〇一条", CIVIL_CODE, 1001, None, None, "对自然人因婚姻家庭关系"),
    ("民法典第两百条", CIVIL_CODE, 200, None, None, "民法所称的期间"),
    ("民法典第十条", CIVIL_CODE, 10, None, None, "处理民事纠纷"),
    ("民法典 第 一百四十三 条", CIVIL_CODE, 143, None, None, "具备下列条件"),
    ("民法典第四百七十条第一款第（三）项", CIVIL_CODE, 470, 1, 3, "（三）数量；"),
    ("民法典第470条第1款第3项", CIVIL_CODE, 470, 1, 3, "（三）数量；"),
    ("民法典总则编第一条", CIVIL_CODE, 1, None, None, "为了保护民事主体"),
    ("民诉法第一百二十二条第一款第（一）项", CIVIL_PROCEDURE, 122, 1, 1, "（一）原告是"),
    ("刑诉法第一条", "中华人民共和国刑事诉讼法", 1, None, None, "为了保证刑法的正确实施"),
    ("行诉法第二条", "中华人民共和国行政诉讼法", 2, None, None, "公民、法人或者其他组织"),
    ("刑法第一百三十三条之一", CRIMINAL_LAW, 133, None, None, "在道路上驾驶机动车"),
    ("刑法分则第二百六十四条", CRIMINAL_LAW, 264, None, None, "盗窃公私财物"),
])
def test_references_in_the_forms_people_write(parser, reference, law, number, paragraph,
                                              item, starts):
    found = parser.cite(reference)
    assert found.status == "resolved", found.message
    assert (found.law.title, found.article.number) == (law, number)
    assert (found.reference.paragraph, found.reference.item) == (paragraph, item)
    assert found.quoted_text().startswith(starts)


def test_an_article_of_the_form_zhi_yi_is_its_own_article(parser):
    plain, zhi_yi = parser.cite("刑法第一百三十三条"), parser.cite("刑法第一百三十三条之一")
    assert (zhi_yi.article.number, zhi_yi.article.sub) == (133, 1)
    assert plain.article.text != zhi_yi.article.text
    assert zhi_yi.article.label == "第一百三十三条之一"


@pytest.mark.parametrize(("reference", "status", "says"), [
    ("民法典第二千条", "no_such_article", "has no article 2000: its articles run from 1 to 1260"),
    ("合同编第一条", "not_in_book", "not in 合同编 (its articles run from 463 to 988)"),
    ("刑法第二百六十四条第二款", "no_such_paragraph", "has 1 paragraph(s)"),
    ("民诉法第一百二十二条第一款第五项", "no_such_item", "has 4 item(s)"),
    ("公司法第二十条", "unknown_law", "No law named “公司法”"),
    ("民法第五百七十七条", "unknown_law", "Did you mean 中华人民共和国民法典?"),
    ("《诉讼法》第十条", "ambiguous_law", "could mean 3 laws"),
    ("总则第十条", "ambiguous_law", "中华人民共和国刑法"),
    ("第五百七十七条", "ambiguous_law", "names no law"),
    ("本法第十条", "needs_context", "refers to the law it is written in"),
    ("前款", "needs_context", "can only be resolved inside that article's text"),
    ("民法典第五百七七条", "bad_number", "not a well-formed number"),
    ("民法典", "not_a_reference", "not an article reference"),
])
def test_references_that_cannot_be_resolved_say_why(parser, reference, status, says):
    found = parser.cite(reference)
    assert found.status == status
    assert says in found.message


def test_short_names_do_not_collapse_into_the_law_they_end_like(parser):
    # 刑诉法 is the Criminal Procedure Law, not the Criminal Law (刑法); 民诉法 not 民法典.
    assert parser.cite("刑诉法第二条").law.title == "中华人民共和国刑事诉讼法"
    assert parser.cite("民诉法第二条").law.title == CIVIL_PROCEDURE
    assert parser.cite("民事诉讼法第二条").law.title == CIVIL_PROCEDURE


def test_the_version_in_force_on_a_date_is_chosen_and_a_changed_article_gives_both(parser):
    before = parser.cite("民事诉讼法第一百一十五条", on="2022-06-01")
    after = parser.cite("民事诉讼法第一百一十五条", on="2024-02-01")
    assert before.version.version_date == "2021-12-24"
    assert after.version.version_date == "2023-09-01"
    assert "侵害他人合法权益" in before.article.text
    assert "国家利益、社会公共利益" not in before.article.text
    assert "侵害国家利益、社会公共利益或者他人合法权益" in after.article.text
    assert [o["version_date"] for o in before.other_versions] == ["2023-09-01"]
    assert before.other_versions[0]["text"] == after.article.text
    assert after.other_versions[0]["text"] == before.article.text
    unchanged = parser.cite("民事诉讼法第一百二十二条", on="2022-06-01")
    assert unchanged.other_versions == []  # same text in both versions
    # The 2023 file carries a zero-width space after article 21: invisible, not a change.
    assert parser.cite("民事诉讼法第二十一条", on="2022-06-01").other_versions == []
    # Headings typeset with spaces (第一编 总 则) read as written in the law.
    assert unchanged.article.path[0] == "第二编 审判程序"
    assert parser.cite("民事诉讼法第二十一条").article.path[:2] == ["第一编 总则", "第二章 管辖"]
    too_early = parser.cite("民法典第一条", on="2020-06-01")
    assert too_early.status == "not_in_force" and "2021-01-01" in too_early.message


def test_links_in_running_text_keep_their_spans_and_follow_lists(parser):
    text = ("原告依据《中华人民共和国民法典》第五百七十七条、第五百八十四条主张违约责任；"
            "被告援引民诉法第一百二十二条和刑法第二百六十四条。合同第五条约定的付款期限已届满，"
            "依照公司法第二十条，该法第二十一条亦有规定。刑法第二条，该法第三条。")
    links = parser.links(text)
    assert [(r.reference.text, r.status) for r in links] == [
        ("《中华人民共和国民法典》第五百七十七条", "resolved"),
        ("第五百八十四条", "resolved"),
        ("民诉法第一百二十二条", "resolved"),
        ("刑法第二百六十四条", "resolved"),
        ("公司法第二十条", "unknown_law"),
        ("该法第二十一条", "unknown_law"),  # 该法 is 公司法 here, not the last law resolved
        ("刑法第二条", "resolved"),
        ("该法第三条", "resolved"),
    ]
    for link in links:
        assert text[link.reference.start:link.reference.end] == link.reference.text
    assert links[1].law.title == CIVIL_CODE and links[1].article.number == 584
    assert "公司法" in links[5].message
    assert links[7].law.title == CRIMINAL_LAW and links[7].article.number == 3
    interpretation = parser.links("民法典第一条、本解释第二条；刑诉法第三条，该解释第四条")
    assert [(r.reference.text, r.status) for r in interpretation] == [
        ("民法典第一条", "resolved"), ("本解释第二条", "needs_context"),
        ("刑诉法第三条", "resolved"), ("该解释第四条", "resolved")]
    assert interpretation[3].law.title == "中华人民共和国刑事诉讼法"


def test_relative_references_resolve_inside_the_article_they_stand_in(parser, starter):
    civil_code = next(law for law in starter.laws() if law.title == CIVIL_CODE)
    context = ArticleContext(civil_code.id, number=18, paragraph=2)
    earlier = parser.links("前款规定的情形，依照本法第十七条", context=context)
    assert [(r.status, r.article.number, r.reference.paragraph) for r in earlier] == [
        ("resolved", 18, 1), ("resolved", 17, None)]


def test_the_articles_cited_in_a_deliberation_are_listed_once_each(parser):
    said = parser.links("审判长：本案适用民法典第五百七十七条。审判员：同意，民法典第577条和"
                        "第五百八十四条，另外民法典第二千条不存在。审判长：合同编第五百七十七条已经讨论过。")
    listed = cited_articles(said)
    assert [r.article.number for r in listed] == [577, 584]


def test_a_law_opened_at_an_article_has_its_outline(starter):
    civil_code = next(law for law in starter.laws() if law.title == CIVIL_CODE)
    outline = starter.outline(civil_code.versions[0].id)
    assert outline[0].title == "总则" and outline[0].level == 0
    contract = next(e for e in outline if e.title == "合同编")
    assert contract.first_article == 463
    assert any(e.title == "第九章 诉讼时效" and e.first_article == 188 for e in outline)
