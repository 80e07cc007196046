"""Annotations: every kind through the store, who sees what, undo/redo, source untouched."""

from __future__ import annotations

import json

import pytest
from dossier_kit import assert_sources_intact, blob_state

from courtdesk.app.dossier_book import DossierBook
from courtdesk.dossier.errors import AnnotationError
from courtdesk.offline_cache.errors import AccessDenied


@pytest.fixture
def vol1(books, case, volume_files) -> dict:
    books["clerk"].import_files(case["id"], volume_files[:1])
    return books["judge"].documents(case["id"])[0]


def test_every_kind_round_trips_through_the_store(books, vol1, store):
    before = blob_state(store)
    judge = books["judge"]
    made = [
        judge.annotate(vol1["id"], 0, "highlight", text_query="民事起诉状", text="标题"),
        judge.annotate(vol1["id"], 0, "underline", select=(72, 100, 520, 150)),
        judge.annotate(vol1["id"], 0, "note", {"point": [400, 300]}, text="核对货款数额",
                       private=False),
        judge.annotate(vol1["id"], 1, "ink", {"strokes": [[[100, 100], [150, 130], [200, 90]]]},
                       color="#00aa00"),
        judge.annotate(vol1["id"], 1, "rect", {"rect": [60, 400, 300, 460]}),
        judge.annotate(vol1["id"], 2, "bookmark", text="证据目录"),
    ]
    rows = judge.annotations(vol1["id"])
    assert [(r["kind"], r["page_index"], r["visibility"]) for r in rows] == [
        ("highlight", 0, "private"), ("underline", 0, "private"), ("note", 0, "shared"),
        ("ink", 1, "private"), ("rect", 1, "private"), ("bookmark", 2, "private")]
    quads = json.loads(rows[0]["geometry"])["quads"]
    assert len(quads) == 1 and quads[0][0] > 200  # the centred title, not the page edge
    assert len(json.loads(rows[1]["geometry"])["quads"]) >= 2  # one quad per selected line
    assert rows[3]["color"] == "#00aa00" and rows[0]["color"] == "#ffd400"
    assert all(r["doc_sha256"] == vol1["blob_sha256"] for r in rows)
    # Synced like every record: each has its outbox row and audit entry.
    outbox = store.query("SELECT record_id FROM outbox WHERE record_type = 'annotations'")
    assert {r["record_id"] for r in outbox} == {a["id"] for a in made}
    audits = store.query("SELECT count(*) AS n FROM audit_log WHERE action = 'annotation.add'")
    assert audits[0]["n"] == 6
    assert_sources_intact(judge, before)


def test_private_annotations_are_their_authors_alone(books, vol1, store, people):
    judge, presiding, clerk = books["judge"], books["presiding"], books["clerk"]
    mine = judge.annotate(vol1["id"], 0, "rect", {"rect": [10, 10, 90, 90]})
    shared = judge.annotate(vol1["id"], 0, "note", {"point": [50, 50]}, text="合议时讨论",
                            private=False)
    assert [a["id"] for a in judge.annotations(vol1["id"])] == [mine["id"], shared["id"]]
    assert [a["id"] for a in presiding.annotations(vol1["id"])] == [shared["id"]]
    assert [a["id"] for a in clerk.annotations(vol1["id"], page_index=0)] == [shared["id"]]
    with pytest.raises(AccessDenied):
        books["outsider"].annotations(vol1["id"])
    with pytest.raises(AccessDenied, match="Only its author"):
        presiding.edit_annotation(shared["id"], text="改")
    with pytest.raises(AccessDenied, match="may see"):
        presiding.delete_annotation(mine["id"])
    # A fresh session of the same judge (a new DossierBook) still sees both.
    again = DossierBook(store, people["judge"])
    assert len(again.annotations(vol1["id"])) == 2


def test_undo_and_redo_follow_a_chain_of_edits(books, vol1):
    judge = books["judge"]
    first = judge.annotate(vol1["id"], 0, "rect", {"rect": [10, 10, 90, 90]})
    judge.edit_annotation(first["id"], color="#0000ff", text="金额")
    judge.delete_annotation(first["id"])
    assert judge.annotations(vol1["id"]) == []

    assert judge.undo() == "delete"  # back, as a new record with the edited content
    (restored,) = judge.annotations(vol1["id"])
    assert (restored["color"], restored["text"]) == ("#0000ff", "金额")
    assert judge.undo() == "update"
    (reverted,) = judge.annotations(vol1["id"])
    assert (reverted["color"], reverted["text"]) == ("#d7261e", "")
    assert judge.undo() == "add" and judge.annotations(vol1["id"]) == []
    assert judge.undo() is None

    assert [judge.redo(), judge.redo()] == ["add", "update"]
    (redone,) = judge.annotations(vol1["id"])
    assert redone["color"] == "#0000ff"
    assert judge.redo() == "delete" and judge.annotations(vol1["id"]) == []
    assert judge.redo() is None


@pytest.mark.parametrize(("kind", "geometry", "extra", "message"), [
    ("highlight", {}, {"text_query": "不存在的词语"}, "No text"),
    ("note", {"point": [10, 10]}, {}, "needs its text"),
    ("ink", {"strokes": [[[1, 1]]]}, {}, "at least one stroke"),
    ("rect", {"rect": [900, 900, 1000, 1000]}, {}, "off the page"),
    ("circle", {}, {}, "Unknown annotation kind"),
    ("rect", {"rect": [1, 1, 50, 50]}, {"color": "yellowish"}, "not a colour"),
])
def test_bad_annotations_are_refused(books, vol1, kind, geometry, extra, message):
    with pytest.raises(AnnotationError, match=message):
        books["judge"].annotate(vol1["id"], 0, kind, geometry, **extra)
    assert books["judge"].annotations(vol1["id"]) == []


def test_annotation_on_a_page_that_does_not_exist(books, vol1):
    with pytest.raises(AnnotationError, match="no page 9"):
        books["judge"].annotate(vol1["id"], 8, "bookmark")


def test_a_dragged_box_marks_the_characters_in_it_not_the_whole_line():
    import pymupdf
    from dossier_kit import pdf_work, text_pdf

    from courtdesk.dossier.annotations import text_quads

    text = "原告延吉市长白山商贸有限公司诉被告朴英姬买卖合同纠纷"

    @pdf_work
    def mark() -> tuple:
        page = pymupdf.open(stream=text_pdf([text]))[0]
        line = page.search_for(text)[0]
        four = page.search_for("长白山商")[0]
        return line, four, text_quads(page, rect=pymupdf.Rect(four.x0 - 1, four.y0 - 2,
                                                              four.x1 + 1, four.y1 + 2))

    line, four, quads = mark()
    assert len(quads) == 1
    x0, x1 = min(quads[0][0::2]), max(quads[0][0::2])
    assert abs(x0 - four.x0) < 2 and abs(x1 - four.x1) < 2
    assert x1 - x0 < line.width / 3  # four characters of a 27-character line
