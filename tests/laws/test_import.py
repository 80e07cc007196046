"""Importing law files: the shipped starter library, the shared collection of 58 files with
its odd ones, and hand-made bad input. Counts are checked against the files themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtdesk.laws.library import LawLibrary
from courtdesk.laws.opening import open_library, starter_folder
from courtdesk.laws.records import LibraryHashMismatch
from courtdesk.laws.search import LawSearch

from law_files import count_articles, file_date, header, stored_count

# The public collection of 58 statutes, kept in the repository (collection/README.md).
SHARED_LAWS = Path(__file__).resolve().parent / "collection"

pytestmark = pytest.mark.timeout(60)


def test_the_starter_library_holds_every_article_of_its_files(starter):
    files = sorted(starter_folder().glob("*.md"))
    files = [f for f in files if f.name != "README.md"]
    assert len(files) == 13
    titles = {law.title for law in starter.laws()}
    assert titles == {"中华人民共和国民法典", "中华人民共和国民事诉讼法",
                      "中华人民共和国刑事诉讼法", "中华人民共和国行政诉讼法", "中华人民共和国刑法"}
    for path in files:
        title, part = header(path)
        law = next(law for law in starter.laws() if law.title == title)
        date = file_date(path)
        version = next(v for v in law.versions if v.version_date == date) if date else \
            law.versions[0]
        assert stored_count(starter, title, part, version.version_date) == \
            count_articles(path), path.name
    civil_code = next(law for law in starter.laws() if law.title == "中华人民共和国民法典")
    assert [v.articles for v in civil_code.versions] == [1260]
    assert civil_code.versions[0].effective_from == "2021-01-01"


def test_a_second_open_does_not_import_the_starter_again(starter):
    again, report = open_library(starter.path)
    try:
        assert report is None
        assert sum(v.articles for law in again.laws() for v in law.versions) == \
            sum(v.articles for law in starter.laws() for v in law.versions)
    finally:
        again.close()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    assert SHARED_LAWS.is_dir(), f"the shared law collection is missing at {SHARED_LAWS}"
    library = LawLibrary(tmp_path_factory.mktemp("shared") / "laws.sqlite")
    report = library.import_paths([SHARED_LAWS])
    yield library, report
    library.close()


def test_the_shared_collection_imports_with_each_odd_file_named(shared):
    _, report = shared
    by_name = {Path(f.path).name: f for f in report.files}
    assert len(report.files) == 58
    # The Criminal Law's amendments list changes as 一、二、…: no articles, said so.
    amendments = [f for name, f in by_name.items() if name.startswith("刑法修正案")]
    assert len(amendments) == 12
    for outcome in amendments:
        assert outcome.status == "failed"
        assert [p.code for p in outcome.problems] == ["no_articles"]
        assert "nothing was imported" in outcome.problems[0].message
    # Two files of the same version of the Civil Procedure interpretation: one is kept.
    twins = [by_name[f"最高人民法院关于适用《民事诉讼法》的解释(2022-04-0{n}).md"] for n in (1, 2)]
    assert [t.status for t in twins] == ["imported", "duplicate"]
    kept = "最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md"
    assert f"already in the library from {kept}" in twins[1].problems[-1].message
    # The first of them has a run of headings with no articles (a table of contents).
    empty = [p for p in twins[0].problems if p.code == "empty_headings"]
    assert empty and empty[0].line == 19 and "22 headings" in empty[0].message
    spaced = [p for p in by_name["刑事诉讼法(2018-10-26).md"].problems]
    assert [(p.code, p.line) for p in spaced] == [("spaced_marker", 639)]
    assert [p.code for p in by_name["附则.md"].problems] == ["malformed_heading"]
    assert report.count("failed") == 12 and report.count("duplicate") == 1


def test_every_imported_shared_file_keeps_all_its_articles(shared):
    library, report = shared
    checked = 0
    for outcome in report.files:
        if outcome.status != "imported":
            continue
        path = Path(outcome.path)
        title, part = header(path)
        assert stored_count(library, title, part, outcome.version_date) == \
            count_articles(path), path.name
        checked += 1
    assert checked == 45


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


GOOD = """# 中华人民共和国测试法

2020年1月1日 第十三届全国人民代表大会常务委员会通过

<!-- INFO END -->

## 第一章 总则

第一条 为了测试，制定本法。

第２条 本法适用于测试。

前款所称测试，包括：

（一）导入；

（二）引用。

第3条 依照本法第二条的规定。
"""


def test_bad_input_is_named_by_file_and_line_and_the_rest_is_imported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = _write(folder, "测试法(2020-01-01).md", GOOD)
    _write(folder, "没有条文.md", "# 某某决定\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n"
           "全国人民代表大会常务委员会决定如下。\n")
    _write(folder, "国标码.txt", "中华人民共和国测试法\n第一条 测试。\n", encoding="gbk")
    _write(folder, "标题错.md", GOOD.replace("## 第一章 总则", "##").replace("测试法", "另一法")
           .replace("第3条", "第七七条"))
    _write(folder, "测试法副本(2020-01-01).md", GOOD.replace("为了测试", "为了再测试"))
    plain = _write(folder, "纯文本法.txt", "中华人民共和国纯文本法\n2021年3月1日 通过\n\n"
                   "第一章 总则\n第一条 纯文本的第一条。\n第二章 附则\n"
                   "第二条 本法自公布之日起施行。\n")
    with LawLibrary(tmp_path / "laws.sqlite") as library:
        report = library.import_paths([folder])
        by_name = {Path(f.path).name: f for f in report.files}
        assert by_name[good.name].status == "imported" and by_name[good.name].articles == 3
        full_width = by_name[good.name].problems
        assert [(p.code, p.line) for p in full_width] == [("full_width_digits", 11)]
        assert "read as article 2" in full_width[0].message
        assert by_name["没有条文.md"].status == "failed"
        assert by_name["没有条文.md"].problems[0].code == "no_articles"
        assert by_name["国标码.txt"].problems[0].code == "not_utf8"
        assert "UTF-8" in by_name["国标码.txt"].problems[0].message
        broken = by_name["标题错.md"]
        assert broken.status == "imported" and broken.articles == 2
        assert {(p.code, p.line) for p in broken.problems} == {
            ("malformed_heading", 7), ("full_width_digits", 11), ("bad_article_number", 19)}
        duplicate = by_name["测试法副本(2020-01-01).md"]
        assert duplicate.status == "duplicate" and duplicate.problems[-1].code == "duplicate_law"
        assert by_name[plain.name].status == "imported" and by_name[plain.name].articles == 2
        law = next(law for law in library.laws() if law.title == "中华人民共和国纯文本法")
        article = library.article(law.versions[0].id, 2)
        assert article.path == ["第二章 附则"] and law.versions[0].version_date == "2021-03-01"
        test_law = next(law for law in library.laws() if law.title == "中华人民共和国测试法")
        second = library.article(test_law.versions[0].id, 2)
        assert [p.text for p in second.paragraphs] == ["本法适用于测试。", "前款所称测试，包括："]
        assert second.paragraphs[1].items == ["（一）导入；", "（二）引用。"]
        # Importing the same folder again changes nothing and says so.
        again = library.import_paths([good])
        assert again.files[0].status == "unchanged"
        replaced = library.import_paths([folder / "测试法副本(2020-01-01).md"], replace=True)
        assert replaced.files[0].status == "replaced"
        assert library.article(test_law.versions[0].id, 1).text == "为了再测试，制定本法。"
        # The search index follows: the replaced text is found, the old one is gone.
        search = LawSearch(library)
        assert [h.article.number for h in search.search("为了再测试", law="测试法")] == [1]
        assert search.search('"为了测试，制定"', law="测试法") == []
        library.db.execute("INSERT INTO article_search(article_search) VALUES "
                           "('integrity-check')")


def test_a_library_file_from_the_court_is_installed_only_whole(starter, tmp_path):
    published = tmp_path / "court-laws.sqlite"
    sha256 = starter.publish(published)
    target = tmp_path / "profile" / "laws.sqlite"
    target.parent.mkdir()
    target.write_bytes(b"the library in use")
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(published.read_bytes()[: published.stat().st_size // 2])
    with pytest.raises(LibraryHashMismatch) as refused:
        LawLibrary.install(cut, sha256, target)
    assert "was not installed" in refused.value.message
    assert target.read_bytes() == b"the library in use"
    LawLibrary.install(published, sha256, target)
    with LawLibrary(target, read_only=True) as installed:
        assert installed.sha256() == sha256
        assert [law.title for law in installed.laws()] == [law.title for law in starter.laws()]


def test_a_library_read_only_from_a_folder_whose_name_holds_uri_marks(starter, tmp_path):
    # A court's share named like "法规库#2024?新" must not be cut at "#" or "?".
    folder = tmp_path / "法规库#2024?新"
    folder.mkdir()
    published = folder / "court-laws.sqlite"
    sha256 = starter.publish(published)
    with LawLibrary(published, read_only=True) as library:
        assert library.sha256() == sha256
        assert len(library.laws()) == len(starter.laws())
