"""The whole signing round on a real hearing in a real store: parties sign with ink, one
refuses with a note, the clerk seals with a PKCS#12 from the test PKI; pyHanko then finds
every signature intact and trusted, and nothing but form filling after each."""

from __future__ import annotations

import hashlib
import math
import subprocess

import pymupdf
import pytest

from courtdesk.app.signing_rounds import SigningRoundBook
from courtdesk.signing.ink import SignatureInk, Stroke
from courtdesk.signing.keys import open_p12
from courtdesk.signing.round import (
    AlreadyDone,
    RoundSealed,
    SealNotAllowed,
    SignersWaiting,
)
from courtdesk.signing.verify import verify_pdf

pytestmark = pytest.mark.timeout(300)


def handwriting(seed: int) -> SignatureInk:
    """Three loops of pen strokes with varying pressure, as a signer writes a name."""
    strokes = []
    t = 0
    for k in range(3):
        points = []
        for i in range(30):
            a = i / 29 * 2 * math.pi
            points.append((60 + k * 110 + 45 * math.cos(a + seed) + i * 2,
                           90 + 40 * math.sin(1.5 * a), t, 0.3 + 0.7 * abs(math.sin(a))))
            t += 9
        strokes.append(Stroke(points))
    return SignatureInk(strokes, 480, 180, "pen")


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def station(pki):
    with open_p12(pki.p12("station"), pki.password, court_ca=pki.ca_pem) as key:
        yield key


def test_a_whole_round_parties_sign_one_refuses_the_clerk_seals(courtroom, pki, station,
                                                                tmp_path):
    book = SigningRoundBook(courtroom.store, courtroom.people["clerk"], station=station)
    round_ = book.start(courtroom.hearing_id, tmp_path / "record.pdf")
    record_bytes = round_.record_path.read_bytes()
    signers = {s.name: s for s in round_.signers()}
    files = [round_.record_path]
    for n, name in enumerate(["王建国", "金明哲", "李振东", "崔东哲", "崔美兰"]):
        drawn_on = round_.current_sha256()
        files.append(round_.sign_with_ink(signers[name].id, handwriting(n)))
        bound = round_.bound_ink(signers[name].id)
        assert bound.check(drawn_on) and not bound.check(round_.current_sha256())
    files.append(round_.refuse(signers["박영희"].id, "认为笔录第3页记载与陈述不符"))
    with pytest.raises(AlreadyDone, match="already signed"):
        round_.sign_with_ink(signers["王建国"].id, handwriting(9))

    with open_p12(pki.p12("seal-rsa"), pki.password, court_ca=pki.ca_pem) as seal:
        files.append(round_.seal(seal))
    sealed = round_.current_pdf()
    assert round_.done() and sealed == files[-1]
    assert {s.state for s in round_.signers()} == {"signed", "refused"}
    # a new file each step, none written over, the exported record never changed
    assert len(set(files)) == len(files) == 8 and all(f.is_file() for f in files)
    assert round_.record_path.read_bytes() == record_bytes
    assert [r["sha256"] for r in round_.revisions()] == [sha(f) for f in files]

    report = verify_pdf(sealed, trust_roots=[pki.ca_pem])
    assert report.ok, report.to_json()
    assert len(report.signatures) == 7
    assert all(s.intact and s.trusted for s in report.signatures)
    assert [s.modification for s in report.signatures[:-1]] == ["form_filling"] * 6
    assert report.signatures[-1].modification == "none"
    assert report.signatures[-1].field == "court-seal"
    # the ink's digest is in what the station signed, so verify ties strokes to signature
    by_field = {s.field: s for s in report.signatures}
    for signer in round_.signers():
        if signer.state == "signed":
            assert signer.ink_digest and signer.ink_digest in by_field[signer.id].reason

    with pymupdf.open(sealed) as doc:
        text = "".join(page.get_text() for page in doc)
    assert "拒绝签名：认为笔录第3页记载与陈述不符" in text.replace("\n", "")

    # after the seal nobody signs, and the round says why
    with pytest.raises(RoundSealed, match="sealed by the court"):
        round_.refuse(signers["王建国"].id, "late")
    actions = [r["action"] for r in courtroom.store.query(
        "SELECT action FROM audit_log WHERE action LIKE 'signing.%' ORDER BY seq")]
    assert actions == ["signing.round.start"] + ["signing.sign"] * 5 + ["signing.refuse",
                                                                      "signing.seal"]
    assert courtroom.store.verify_audit().ok

    # the page as a person sees it: strokes in the boxes, the refusal, the seal, CJK names
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "2", str(sealed),
                    str(tmp_path / "page")], check=True, timeout=60)
    shots = sorted(tmp_path.glob("page*.png"))
    assert shots
    import os
    import shutil
    keep = os.environ.get("COURTDESK_SCREENSHOTS")
    if keep:
        os.makedirs(keep, exist_ok=True)
        for shot in shots:
            shutil.copy(shot, os.path.join(keep, f"signing-round-{shot.name}"))


def test_the_seal_waits_for_every_signer_and_is_the_clerks_or_presiding_judges(
        courtroom, pki, station, tmp_path):
    clerk = SigningRoundBook(courtroom.store, courtroom.people["clerk"], station=station)
    round_ = clerk.start(courtroom.hearing_id, tmp_path / "record.pdf")
    with open_p12(pki.p12("seal-ec"), pki.password, court_ca=pki.ca_pem) as seal:
        with pytest.raises(SignersWaiting, match="박영희"):
            round_.seal(seal)
        judge = SigningRoundBook(courtroom.store, courtroom.people["judge"], station=station)
        # a judge (not presiding) of the case runs deliberations, never the seal
        delib = judge.start(courtroom.deliberation_id, tmp_path / "delib.pdf")
        for signer in delib.signers():
            delib.sign_with_ink(signer.id, handwriting(1))
        with pytest.raises(SealNotAllowed):
            delib.seal(seal)
        presiding = SigningRoundBook(courtroom.store, courtroom.people["presiding"])
        sealed = presiding.current(courtroom.deliberation_id).seal(seal)
    assert verify_pdf(sealed, trust_roots=[pki.ca_pem]).ok
