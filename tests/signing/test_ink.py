"""Signature ink: strokes round-trip as JSON, and their binding holds only for the document
they were drawn for."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from courtdesk.signing.ink import (
    BoundInk,
    InkEmpty,
    InkError,
    SignatureInk,
    Stroke,
    bind,
    render_png,
)

pytestmark = pytest.mark.timeout(60)


def sample_ink() -> SignatureInk:
    strokes = [Stroke([(40 + i * 6, 60 + (i % 5) * 8, i * 12, round(0.2 + 0.08 * i, 2))
                       for i in range(10)]),
               Stroke([(200, 30, 400, 0.9), (230, 110, 430, 0.5), (260, 40, 470, 1.0)]),
               Stroke([(300, 80, 600, 0.7)])]  # a dot
    return SignatureInk(strokes, 480, 160, "pen")


def test_ink_round_trips_through_json_with_time_and_pressure():
    ink = sample_ink()
    again = SignatureInk.from_json(ink.to_json())
    assert again == ink
    assert again.strokes[1].points[2] == (260.0, 40.0, 470, 1.0)
    bound = bind(ink, "AB" * 32, "party-1")
    back = BoundInk.from_json(bound.to_json())
    assert back == bound and back.check("ab" * 32)


def test_binding_fails_against_another_documents_hash_or_changed_strokes():
    one = hashlib.sha256(b"record revision 1").hexdigest()
    other = hashlib.sha256(b"record revision 2").hexdigest()
    bound = bind(sample_ink(), one, "party-1")
    assert bound.check(one)
    assert not bound.check(other)
    # moved to another document by rewriting the hash it names: the digest no longer fits
    moved = BoundInk(bound.ink, other, bound.signer_id, bound.digest)
    assert not moved.check(other)
    # another signer's name on the same strokes
    assert not BoundInk(bound.ink, one, "party-2", bound.digest).check(one)
    # a stroke changed after binding
    changed = SignatureInk.from_json(bound.ink.to_json())
    changed.strokes[0].points[0] = (41, 60, 0, 0.2)
    assert not BoundInk(changed, one, "party-1", bound.digest).check(one)


def test_an_empty_pad_cannot_be_bound_and_bad_json_says_so():
    with pytest.raises(InkEmpty):
        bind(SignatureInk([], 100, 50), "00" * 32, "party-1")
    with pytest.raises(InkError, match="not JSON"):
        SignatureInk.from_json("{strokes")
    with pytest.raises(InkError, match="cannot be read"):
        SignatureInk.from_json('{"width": 10, "height": 10, "strokes": [[[1, 2]]]}')


def test_render_is_cropped_into_the_box_and_pressure_sets_the_width():
    png = render_png(sample_ink(), 300, 100)
    image = Image.open(io.BytesIO(png))
    assert image.size == (300, 100) and image.mode == "RGBA"
    alpha = image.getchannel("A")
    box = alpha.getbbox()
    # the strokes fill the box (cropped to where the signer wrote), with a small margin
    assert box[0] <= 30 and box[2] >= 270 and box[1] <= 15 and box[3] >= 85
    assert alpha.getpixel((2, 2)) == 0  # transparent around the ink

    def thickness(pressure: float) -> int:
        line = SignatureInk([Stroke([(0, 50, 0, pressure), (400, 50, 10, pressure)]),
                             Stroke([(0, 0, 20, 1.0)]), Stroke([(400, 100, 30, 1.0)])], 400, 100)
        column = Image.open(io.BytesIO(render_png(line, 400, 300))).getchannel("A")
        return sum(1 for y in range(300) if column.getpixel((200, y)) > 128)

    assert thickness(1.0) >= 2 * thickness(0.1) > 0
    white = Image.open(io.BytesIO(render_png(sample_ink(), 120, 60, background="white")))
    assert white.mode == "RGB" and white.getpixel((1, 1)) == (255, 255, 255)
