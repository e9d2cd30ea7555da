"""verify_signature as a pure function: every rejection rule, with headers made by the fake server."""

from __future__ import annotations

import httpx
import pytest
from auth_testkit import VECTORS, FakeWeChatPay
from hypothesis import given, settings
from hypothesis import strategies as st
from wechatpay_auth import SignatureVerificationError, load_public_key, verify_signature
from wechatpay_auth._signing import parse_signature_headers

BODY = b'{"pre_entrustweb_id":"abc"}'


@pytest.fixture(scope="module")
def public_key():
    return load_public_key(VECTORS / "wechatpay_public_key.pem")


@pytest.fixture
def keys(vectors, public_key):
    return {vectors.public_key_id: public_key}


def _reject(response: httpx.Response, keys, now: float, reason: str, body: bytes | None = None) -> None:
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(response.headers, response.content if body is None else body, now=int(now), keys=keys)
    assert info.value.reason == reason, str(info.value)


def test_valid_signature_is_accepted(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY)
    parsed = verify_signature(response.headers, BODY, now=int(clock()), keys=keys)
    assert parsed.request_id is not None


@pytest.mark.parametrize(
    "header", ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]
)
def test_each_missing_header_is_rejected(fake: FakeWeChatPay, keys, clock, header: str) -> None:
    _reject(fake.signed_response(200, BODY, drop=(header,)), keys, clock(), "missing_header")


@pytest.mark.parametrize("header", ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature"])
def test_each_empty_header_is_rejected(fake: FakeWeChatPay, keys, clock, header: str) -> None:
    response = fake.signed_response(200, BODY, drop=(header,), extra=[(header, "")])
    _reject(response, keys, clock(), "missing_header")


def test_duplicate_header_is_rejected(fake: FakeWeChatPay, keys, clock, vectors) -> None:
    response = fake.signed_response(200, BODY, extra=[("Wechatpay-Serial", vectors.serials["platform"])])
    _reject(response, keys, clock(), "duplicate_header")


@pytest.mark.parametrize("timestamp", ["17000000a0", "1.7e9", "-1700000000", "0x6553F100", "17 00", "+1700000000"])
def test_non_numeric_timestamp_is_rejected(fake: FakeWeChatPay, keys, clock, timestamp: str) -> None:
    _reject(fake.signed_response(200, BODY, timestamp=timestamp), keys, clock(), "invalid_timestamp")


def test_non_ascii_digits_are_not_a_timestamp(fake: FakeWeChatPay, keys, clock) -> None:
    # int() would accept full-width digits; a plain dict (callback headers) can carry them.
    response = fake.signed_response(200, BODY)
    headers = dict(response.headers.items())
    headers["wechatpay-timestamp"] = "".join(chr(ord(c) + 0xFEE0) for c in str(int(clock())))
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(headers, BODY, now=int(clock()), keys=keys)
    assert info.value.reason == "invalid_timestamp"


@pytest.mark.parametrize("offset", [-300, 300, 0])
def test_timestamp_exactly_300_seconds_away_is_accepted(fake: FakeWeChatPay, keys, clock, offset: int) -> None:
    response = fake.signed_response(200, BODY, ts_offset=offset)
    verify_signature(response.headers, BODY, now=int(clock()), keys=keys)


@pytest.mark.parametrize("offset", [-301, 301, -3600, 86400])
def test_timestamp_more_than_300_seconds_away_is_rejected(fake: FakeWeChatPay, keys, clock, offset: int) -> None:
    _reject(fake.signed_response(200, BODY, ts_offset=offset), keys, clock(), "timestamp_out_of_range")


def test_stale_timestamp_is_rejected_before_the_key_is_looked_up(fake: FakeWeChatPay, clock) -> None:
    looked_up: list[str] = []

    def lookup(serial: str):
        looked_up.append(serial)

    _reject(fake.signed_response(200, BODY, ts_offset=-301), lookup, clock(), "timestamp_out_of_range")
    assert looked_up == []


def test_probe_signature_is_a_verification_failure(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY, signature="WECHATPAY/SIGNTEST/Zm9vYmFy")
    _reject(response, keys, clock(), "probe_signature")


@pytest.mark.parametrize("signature", ["not base64!", "AAAA", "", "=="])
def test_garbage_signature_is_a_verification_failure(fake: FakeWeChatPay, keys, clock, signature: str) -> None:
    response = fake.signed_response(200, BODY, signature=signature)
    with pytest.raises(SignatureVerificationError):
        verify_signature(response.headers, BODY, now=int(clock()), keys=keys)


def test_tampered_body_is_rejected(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY)
    _reject(response, keys, clock(), "bad_signature", body=BODY.replace(b"abc", b"abd"))


def test_reserialised_body_is_rejected(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY)
    _reject(response, keys, clock(), "bad_signature", body=b'{"pre_entrustweb_id": "abc"}')


def test_unknown_serial_is_rejected(fake: FakeWeChatPay, keys, clock) -> None:
    _reject(fake.signed_response(200, BODY, key="other"), keys, clock(), "unknown_serial")


def test_unconfigured_public_key_id_is_unknown(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY, serial="PUB_KEY_ID_0999999999")
    _reject(response, keys, clock(), "unknown_serial")


def test_signature_by_another_key_under_a_known_serial_is_rejected(fake: FakeWeChatPay, keys, clock, vectors) -> None:
    response = fake.signed_response(200, BODY, key="other", serial=vectors.public_key_id)
    _reject(response, keys, clock(), "bad_signature")


def test_unsupported_signature_type_is_rejected(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY, drop=("Wechatpay-Signature-Type",))
    response.headers["Wechatpay-Signature-Type"] = "WECHATPAY2-SM2-WITH-SM3"
    _reject(response, keys, clock(), "unsupported_signature_type")


def test_headers_are_case_insensitive_in_a_plain_dict(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY)
    lowered = {k.lower(): v for k, v in response.headers.items()}
    verify_signature(lowered, BODY, now=int(clock()), keys=keys)
    upper = {k.upper(): v for k, v in response.headers.items()}
    verify_signature(upper, BODY, now=int(clock()), keys=lambda serial: keys.get(serial))


def test_duplicate_in_plain_mapping_items_is_rejected(fake: FakeWeChatPay, keys, clock) -> None:
    class MultiDict(dict):
        def items(self):
            return [*super().items(), ("wechatpay-nonce", "other")]

    response = fake.signed_response(200, BODY)
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(MultiDict(response.headers.items()), BODY, now=int(clock()), keys=keys)
    assert info.value.reason == "duplicate_header"


def test_request_id_is_carried_on_failures(fake: FakeWeChatPay, keys, clock) -> None:
    response = fake.signed_response(200, BODY, key="other")
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(response.headers, BODY, now=int(clock()), keys=keys)
    assert info.value.request_id == response.headers["Request-ID"]
    assert response.headers["Request-ID"] in str(info.value)


@settings(max_examples=200, deadline=None)
@given(signature=st.text(max_size=400), serial=st.text(max_size=80), timestamp=st.text(max_size=20))
def test_arbitrary_header_values_never_crash_and_never_pass(signature: str, serial: str, timestamp: str) -> None:
    key = load_public_key(VECTORS / "wechatpay_public_key.pem")
    headers = {
        "Wechatpay-Timestamp": timestamp or "1700000000",
        "Wechatpay-Nonce": "n",
        "Wechatpay-Signature": signature,
        "Wechatpay-Serial": serial,
    }
    with pytest.raises(SignatureVerificationError):
        verify_signature(headers, b"{}", now=1700000000, keys={serial: key})


def test_parse_signature_headers_returns_values_without_signature_in_repr(fake: FakeWeChatPay, clock) -> None:
    response = fake.signed_response(200, BODY)
    parsed = parse_signature_headers(response.headers, now=int(clock()))
    assert parsed.signature == response.headers["Wechatpay-Signature"]
    assert parsed.signature not in repr(parsed)
