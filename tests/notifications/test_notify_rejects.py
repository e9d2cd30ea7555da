"""One negative test per rule, each run through parse() and aparse()."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from notify_kit import (
    APIV3_KEY,
    ENTRUST_SIGN,
    KEYS,
    NOW,
    OTHER_APIV3_KEY,
    TRANSACTION_SUCCESS,
    UNKNOWN_HEX_SERIAL,
    FakeClock,
    ParseFn,
    encrypt,
    envelope,
    notification,
)
from wechatpay_auth import (
    ConfigurationError,
    DecryptionError,
    InvalidNotificationError,
    NotificationDecryptionError,
    NotificationError,
    NotificationParser,
    NotificationSignatureError,
    SignatureVerificationError,
    WeChatPayError,
)

REQUIRED_HEADERS = ("Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial")
SECRETS = (APIV3_KEY, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "张", "1023658866")


async def _signature_error(parse: ParseFn, parser: NotificationParser, headers: Any, body: bytes) -> Any:
    with pytest.raises(NotificationSignatureError) as info:
        await parse(parser, headers, body)
    error = info.value
    assert isinstance(error, SignatureVerificationError)
    assert isinstance(error, NotificationError)
    assert isinstance(error, WeChatPayError)
    _no_secrets(error)
    return error


async def _invalid(parse: ParseFn, parser: NotificationParser, headers: Any, body: bytes, reason: str) -> Any:
    with pytest.raises(InvalidNotificationError) as info:
        await parse(parser, headers, body)
    assert info.value.reason == reason, str(info.value)
    assert isinstance(info.value, NotificationError)
    _no_secrets(info.value)
    return info.value


def _no_secrets(error: BaseException) -> None:
    text = f"{error} {error!r}"
    for secret in SECRETS:
        assert secret not in text


# --------------------------------------------------------------------------- signature rules


@pytest.mark.parametrize("header", REQUIRED_HEADERS)
async def test_each_required_header_missing(parser: NotificationParser, parse: ParseFn, header: str) -> None:
    note = notification()
    headers = {k: v for k, v in note.headers.items() if k != header}
    error = await _signature_error(parse, parser, headers, note.body)
    assert error.reason == "missing_header"
    assert header in str(error)


@pytest.mark.parametrize("header", REQUIRED_HEADERS)
async def test_each_required_header_blank(parser: NotificationParser, parse: ParseFn, header: str) -> None:
    note = notification()
    error = await _signature_error(parse, parser, {**note.headers, header: "  "}, note.body)
    assert error.reason == "missing_header"


async def test_signature_type_header_may_be_absent(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification(signature_type=None)
    assert "Wechatpay-Signature-Type" not in note.headers
    assert (await parse(parser, note.headers, note.body)).event_type == "INSURANCE_ENTRUST.SIGN"


@pytest.mark.parametrize("value", ["WECHATPAY2-SM2-WITH-SM3", "wechatpay2-sha256-rsa2048", "HMAC-SHA256"])
async def test_wrong_signature_type(parser: NotificationParser, parse: ParseFn, value: str) -> None:
    note = notification(signature_type=value)
    error = await _signature_error(parse, parser, note.headers, note.body)
    assert error.reason == "unsupported_signature_type"


async def test_duplicate_signature_header(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification()
    pairs = [*note.pairs(), ("wechatpay-timestamp", str(NOW + 1))]
    error = await _signature_error(parse, parser, pairs, note.body)
    assert error.reason == "duplicate_header"


async def test_signature_by_another_key(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification(signer="other", serial=KEYS.public_key_id)
    error = await _signature_error(parse, parser, note.headers, note.body)
    assert error.reason == "bad_signature"


async def test_tampered_body(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification()
    body = note.body.replace(b'"INSURANCE_ENTRUST.SIGN"', b'"INSURANCE_ENTRUST.TERMINATE"')
    assert body != note.body
    error = await _signature_error(parse, parser, note.headers, body)
    assert error.reason == "bad_signature"


async def test_reserialised_body_fails(parser: NotificationParser, parse: ParseFn) -> None:
    """Frameworks that parse and re-dump the JSON break the signature: the raw bytes are needed."""
    note = notification()
    reserialised = json.dumps(json.loads(note.body)).encode()  # ensure_ascii: different bytes
    assert reserialised != note.body
    error = await _signature_error(parse, parser, note.headers, reserialised)
    assert error.reason == "bad_signature"


@pytest.mark.parametrize("signature", ["not base64 !!", "", "QUJD", "A" * 344])
async def test_malformed_signature_values(parser: NotificationParser, parse: ParseFn, signature: str) -> None:
    note = notification()
    headers = {**note.headers, "Wechatpay-Signature": signature}
    error = await _signature_error(parse, parser, headers, note.body)
    assert error.reason in {"bad_signature", "missing_header"}


async def test_probe_signature(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification()
    probe = "WECHATPAY/SIGNTEST/" + base64.b64encode(b"\x00" * 256).decode()
    error = await _signature_error(parse, parser, {**note.headers, "Wechatpay-Signature": probe}, note.body)
    assert error.reason == "probe_signature"


@pytest.mark.parametrize("offset", [-300, 300])
async def test_300_seconds_either_way_accepted(parser: NotificationParser, parse: ParseFn, offset: int) -> None:
    note = notification(timestamp=NOW + offset)
    event = await parse(parser, note.headers, note.body)
    assert event.timestamp == NOW + offset


@pytest.mark.parametrize("offset", [-301, 301, -86_400, 86_400])
async def test_301_seconds_either_way_rejected(parser: NotificationParser, parse: ParseFn, offset: int) -> None:
    note = notification(timestamp=NOW + offset)
    error = await _signature_error(parse, parser, note.headers, note.body)
    assert error.reason == "timestamp_out_of_range"


async def test_recorded_notification_verifies_with_injected_clock(parse: ParseFn) -> None:
    """A notification recorded long ago verifies when the clock is set back to its time."""
    recorded = notification(timestamp=1_600_000_000)
    late = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=FakeClock(1_600_000_100),
    )
    assert (await parse(late, recorded.headers, recorded.body)).timestamp == 1_600_000_000


@pytest.mark.parametrize("timestamp", ["abc", "17000000.5", "-1700000000", "0x65", "１７００", "1e9"])
async def test_non_numeric_timestamp(parser: NotificationParser, parse: ParseFn, timestamp: str) -> None:
    note = notification(timestamp=timestamp)
    error = await _signature_error(parse, parser, note.headers, note.body)
    assert error.reason == "invalid_timestamp"


@pytest.mark.parametrize("serial", ["PUB_KEY_ID_0999999999999999", UNKNOWN_HEX_SERIAL, "not a serial!"])
async def test_unknown_serial_public_key_mode(parser: NotificationParser, parse: ParseFn, serial: str) -> None:
    note = notification(serial=serial)
    error = await _signature_error(parse, parser, note.headers, note.body)
    assert error.reason == "unknown_serial"


async def test_signature_is_checked_before_anything_is_decrypted(parser: NotificationParser, parse: ParseFn) -> None:
    """A body whose ciphertext was altered fails on the signature, not in AES-GCM or JSON."""
    note = notification()
    doc = json.loads(note.body)
    doc["resource"]["ciphertext"] = base64.b64encode(b"\x00" * 64).decode()
    body = json.dumps(doc, ensure_ascii=False).encode()
    error = await _signature_error(parse, parser, note.headers, body)
    assert error.reason == "bad_signature"
    error = await _signature_error(parse, parser, note.headers, b"{not json")
    assert error.reason == "bad_signature"


# --------------------------------------------------------------------------- envelope and decryption rules


@pytest.mark.parametrize("algorithm", ["AEAD_AES_128_GCM", "aead_aes_256_gcm", "AEAD_SM4_GCM", ""])
async def test_wrong_algorithm(parser: NotificationParser, parse: ParseFn, algorithm: str) -> None:
    note = notification(algorithm=algorithm)
    reason = "invalid_envelope" if algorithm == "" else "unsupported_algorithm"
    await _invalid(parse, parser, note.headers, note.body, reason)


async def test_bad_gcm_tag(parser: NotificationParser, parse: ParseFn) -> None:
    doc = envelope("TRANSACTION.SUCCESS")
    raw = bytearray(base64.b64decode(doc["resource"]["ciphertext"]))
    raw[-1] ^= 0x01  # flip a tag bit; the (valid) signature then covers the tampered ciphertext
    doc["resource"]["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    note = notification(doc=doc)
    with pytest.raises(NotificationDecryptionError) as info:
        await parse(parser, note.headers, note.body)
    assert isinstance(info.value, DecryptionError) and isinstance(info.value, NotificationError)
    assert info.value.notification_id == doc["id"]
    _no_secrets(info.value)


async def test_wrong_apiv3_key(parser: NotificationParser, parse: ParseFn) -> None:
    note = notification("TRANSACTION.SUCCESS", key=OTHER_APIV3_KEY)
    with pytest.raises(NotificationDecryptionError):
        await parse(parser, note.headers, note.body)


@pytest.mark.parametrize("field", ["nonce", "associated_data"])
async def test_altered_nonce_or_associated_data(parser: NotificationParser, parse: ParseFn, field: str) -> None:
    doc = envelope("TRANSACTION.SUCCESS", associated_data="transaction")
    doc["resource"][field] = "a" * 12
    note = notification(doc=doc)
    with pytest.raises(NotificationDecryptionError):
        await parse(parser, note.headers, note.body)


@pytest.mark.parametrize("ciphertext", ["%%%not-base64%%%", "QUJD=garbage", "QUJ", "中文", "QUJDRA=="])
async def test_ciphertext_not_base64_or_too_short(parser: NotificationParser, parse: ParseFn, ciphertext: str) -> None:
    doc = envelope()
    doc["resource"]["ciphertext"] = ciphertext
    note = notification(doc=doc)
    await _invalid(parse, parser, note.headers, note.body, "invalid_ciphertext")


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"\xff\xfe{}", b"[1, 2]", b'"text"', b"null", b"1" * 10, b"[" * 100_000],
)
async def test_bad_json_body(parser: NotificationParser, parse: ParseFn, body: bytes) -> None:
    note = notification(body=body)
    await _invalid(parse, parser, note.headers, note.body, "invalid_json")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("id",), None),
        (("id",), 123),
        (("id",), ""),
        (("create_time",), None),
        (("create_time",), 20180225112233),
        (("event_type",), None),
        (("event_type",), ["INSURANCE_ENTRUST.SIGN"]),
        (("resource_type",), None),
        (("summary",), 1),
        (("resource",), None),
        (("resource",), "encrypted"),
        (("resource", "algorithm"), None),
        (("resource", "nonce"), None),
        (("resource", "nonce"), 12),
        (("resource", "ciphertext"), None),
        (("resource", "associated_data"), 5),
        (("resource", "original_type"), {"x": 1}),
    ],
)
async def test_missing_or_mistyped_envelope_fields(
    parser: NotificationParser, parse: ParseFn, path: tuple[str, ...], value: Any
) -> None:
    doc = envelope()
    target = doc
    for step in path[:-1]:
        target = target[step]
    if value is None:
        target.pop(path[-1], None)
    else:
        target[path[-1]] = value
    note = notification(doc=doc)
    error = await _invalid(parse, parser, note.headers, note.body, "invalid_envelope")
    if path != ("id",):
        assert error.notification_id == doc["id"]


@pytest.mark.parametrize("plaintext", [b"[1, 2]", b'"just a string"', b"42", b"null", b"{broken", b"\xff\xfe"])
async def test_plaintext_not_a_json_object(parser: NotificationParser, parse: ParseFn, plaintext: bytes) -> None:
    note = notification("INSURANCE_ENTRUST.SIGN", plaintext)
    await _invalid(parse, parser, note.headers, note.body, "invalid_resource")


@pytest.mark.parametrize(
    ("event_type", "changes"),
    [
        ("INSURANCE_ENTRUST.SIGN", {"mchid": None}),
        ("INSURANCE_ENTRUST.SIGN", {"openid": None}),
        ("INSURANCE_ENTRUST.SIGN", {"plan_id": "12535"}),
        ("INSURANCE_ENTRUST.SIGN", {"plan_id": True}),
        ("INSURANCE_ENTRUST.SIGN", {"mchid": 1230000109}),
        ("INSURANCE_ENTRUST.SIGN", {"contract_signed_time": 1435716000}),
        ("INSURANCE_ENTRUST.SIGN", {"contract_signed_time": "01/07/2015"}),
        ("INSURANCE_ENTRUST.TERMINATE", {"contract_terminate_info": "USER"}),
        ("INSURANCE_ENTRUST.TERMINATE", {"contract_terminate_info": {"contract_termination_mode": "USER"}}),
        ("TRANSACTION.SUCCESS", {"out_trade_no": None}),
        ("TRANSACTION.SUCCESS", {"payer": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}),
        ("TRANSACTION.SUCCESS", {"amount": {"total": "100"}}),
        ("TRANSACTION.SUCCESS", {"promotion_detail": [1, 2]}),
        ("TRANSACTION.SUCCESS", {"promotion_detail": {"coupon_id": "1"}}),
        ("TRANSACTION.SUCCESS", {"success_time": None, "trade_state": 0}),
    ],
)
async def test_resource_that_does_not_fit_the_model(
    parser: NotificationParser, parse: ParseFn, event_type: str, changes: dict[str, Any]
) -> None:
    base = ENTRUST_SIGN if event_type.startswith("INSURANCE") else TRANSACTION_SUCCESS
    resource = dict(base)
    if event_type.endswith("TERMINATE"):
        resource["contract_state"] = "TERMINATED"
    for name, value in changes.items():
        if value is None:
            resource.pop(name, None)
        else:
            resource[name] = value
    note = notification(event_type, resource)
    error = await _invalid(parse, parser, note.headers, note.body, "resource_mismatch")
    assert error.notification_id == note.envelope["id"]


@pytest.mark.parametrize("headers", [None, "Wechatpay-Timestamp: 1", b"raw", 42, [("only-one",)], [(1.5, "x")]])
async def test_headers_that_are_not_a_mapping(parser: NotificationParser, parse: ParseFn, headers: Any) -> None:
    note = notification()
    await _invalid(parse, parser, headers, note.body, "invalid_headers")


@pytest.mark.parametrize("body", [None, 42, {"id": "x"}])
async def test_body_that_is_not_bytes(parser: NotificationParser, parse: ParseFn, body: Any) -> None:
    note = notification()
    await _invalid(parse, parser, note.headers, body, "invalid_body")


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize("key", ["", "short", "x" * 31, "x" * 33, "密" * 11, b"\x00" * 16, 12345])
def test_wrong_apiv3_key_length(key: Any) -> None:
    with pytest.raises(ConfigurationError) as info:
        NotificationParser(
            apiv3_key=key, wechatpay_public_key_id=KEYS.public_key_id, wechatpay_public_key=KEYS.public_key_pem
        )
    if isinstance(key, str) and key:
        assert key not in str(info.value)


def test_apiv3_key_of_32_bytes_as_bytes_or_text() -> None:
    for key in (APIV3_KEY, APIV3_KEY.encode()):
        NotificationParser(
            apiv3_key=key, wechatpay_public_key_id=KEYS.public_key_id, wechatpay_public_key=KEYS.public_key_pem
        )


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"wechatpay_public_key_id": KEYS.public_key_id},
        {"wechatpay_public_key": KEYS.public_key_pem},
        {"wechatpay_public_key_id": "1234", "wechatpay_public_key": KEYS.public_key_pem},
        {"wechatpay_public_key_id": KEYS.public_key_id, "wechatpay_public_key": b"not a pem"},
        {"mchid": KEYS.mchid},
        {"mchid": KEYS.mchid, "merchant_serial_no": KEYS.merchant_serial},
        {"store": object(), "wechatpay_public_key_id": KEYS.public_key_id, "wechatpay_public_key": KEYS.public_key_pem},
    ],
)
def test_incomplete_or_wrong_configuration(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        NotificationParser(apiv3_key=APIV3_KEY, **kwargs)


def test_no_plaintext_in_resource_errors_either() -> None:
    resource = {**ENTRUST_SIGN, "plan_id": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}
    note = notification("INSURANCE_ENTRUST.SIGN", resource)
    parser = NotificationParser(
        apiv3_key=APIV3_KEY,
        wechatpay_public_key_id=KEYS.public_key_id,
        wechatpay_public_key=KEYS.public_key_pem,
        clock=FakeClock(),
    )
    with pytest.raises(InvalidNotificationError) as info:
        parser.parse(note.headers, note.body)
    assert "plan_id" in str(info.value)
    _no_secrets(info.value)


def test_encrypt_helper_is_independent_of_the_sdk() -> None:
    """Sanity check of the test kit: the AAD is bound into the tag."""
    a = encrypt(b"{}", nonce="n" * 12, associated_data="x")
    b = encrypt(b"{}", nonce="n" * 12, associated_data="y")
    assert a != b
