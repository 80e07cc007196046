"""Signing with the court's USB key: a real PKCS#11 token (SoftHSM2) holding RSA and EC keys,
and the token's own refusals (not plugged in, wrong PIN, unknown key label)."""

from __future__ import annotations

import pytest
from seal_kit import PIN, SOFTHSM_MODULE, TOKEN

from courtdesk.signing import errors
from courtdesk.signing.keys import open_pkcs11, pin_state, token_labels
from courtdesk.signing.pades import sign_pdf
from courtdesk.signing.verify import verify_pdf

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize("label", ["seal-rsa", "seal-ec"])
def test_sign_with_token_and_verify(softhsm, pki, record_with_fields, tmp_path, label):
    out = tmp_path / "sealed.pdf"
    before = record_with_fields.read_bytes()
    with open_pkcs11(SOFTHSM_MODULE, TOKEN, label, PIN, court_ca=pki.ca_pem) as key:
        assert key.signer_name == pki.common_name(label)
        sign_pdf(record_with_fields, out, key, field="court_seal",
                 appearance_text=["延吉市人民法院", "电子印章"])
    assert record_with_fields.read_bytes() == before
    report = verify_pdf(out, trust_roots=[pki.ca_pem])
    assert report.ok, report
    [sig] = report.signatures
    assert sig.signer == pki.common_name(label) and sig.intact and sig.trusted


def test_token_not_plugged_in_lists_the_tokens_present(softhsm):
    with pytest.raises(errors.TokenNotFound) as caught:
        open_pkcs11(SOFTHSM_MODULE, "court-usb-2", "seal-rsa", PIN)
    assert "No token labelled 'court-usb-2' is plugged in (tokens present: 'court')" in \
        str(caught.value)
    assert token_labels(SOFTHSM_MODULE) == [TOKEN]


def test_wrong_pin_says_so_and_the_token_still_works(softhsm, pki, record, tmp_path):
    import pkcs11

    with pytest.raises(errors.WrongPin) as caught:
        open_pkcs11(SOFTHSM_MODULE, TOKEN, "seal-rsa", "0000")
    # SoftHSM2 raises its "PIN count low" flag after a wrong PIN: the message passes it on.
    assert str(caught.value) == (
        "Wrong PIN for token 'court': few tries remain before the token locks. Nothing was "
        "signed. Type the PIN again carefully, or ask court IT before trying again.")
    assert caught.value.params["pin_state"] == "low"
    lib = pkcs11.lib(SOFTHSM_MODULE)
    assert pin_state(lib.get_token(token_label=TOKEN).flags) == "low"
    with open_pkcs11(SOFTHSM_MODULE, TOKEN, "seal-rsa", PIN) as key:
        sign_pdf(record, tmp_path / "ok.pdf", key, field="s", box=(0, 300, 60, 520, 140))
    assert verify_pdf(tmp_path / "ok.pdf", trust_roots=[pki.ca_pem]).ok
    assert pin_state(lib.get_token(token_label=TOKEN).flags) == "ok"  # the right PIN resets it


@pytest.mark.parametrize("flag, error, words", [
    ("USER_PIN_FINAL_TRY", errors.PinFinalTry, "did not try the PIN"),
    ("USER_PIN_LOCKED", errors.PinLocked, "is locked"),
])
def test_a_pin_at_risk_is_never_tried(flag, error, words):
    """SoftHSM2 never reaches these states (it has no lockout), so the decision is checked on
    the token flag bits themselves: the refusal comes before any login is attempted."""
    from pkcs11 import TokenFlag

    from courtdesk.signing.keys import _refuse_if_pin_at_risk

    flags = TokenFlag.TOKEN_INITIALIZED | TokenFlag.USER_PIN_COUNT_LOW | getattr(TokenFlag, flag)
    with pytest.raises(error, match=words):
        _refuse_if_pin_at_risk(pin_state(flags), "court")


def test_key_label_not_on_token_lists_the_keys(softhsm):
    with pytest.raises(errors.KeyNotOnToken) as caught:
        open_pkcs11(SOFTHSM_MODULE, TOKEN, "seal-sm2", PIN)
    assert "no key labelled 'seal-sm2'" in str(caught.value)
    assert "'seal-ec', 'seal-rsa'" in str(caught.value)


def test_token_certificate_checked_against_the_court_ca(softhsm, pki):
    with pytest.raises(errors.CertificateOtherCa, match="not by the court's CA"):
        open_pkcs11(SOFTHSM_MODULE, TOKEN, "seal-rsa", PIN, court_ca=pki.other_ca_pem)


def test_missing_token_library(softhsm, tmp_path):
    with pytest.raises(errors.Pkcs11ModuleUnusable, match="not on this computer"):
        open_pkcs11(tmp_path / "libvendor.so", TOKEN, "seal-rsa", PIN)
