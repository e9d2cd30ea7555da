"""WeChatPayAuth inside httpx, sync and async (the ``send`` fixture runs every test both ways)."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from auth_testkit import (
    ID_CARD,
    PRE_SIGN_EXT,
    PRE_SIGN_PATH,
    REAL_NAME,
    REQUEST_ID,
    FakeWeChatPay,
    oaep_decrypt,
    pre_sign_body,
)
from wechatpay_auth import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    SignatureVerificationError,
)

RESPONSE = b'{"pre_entrustweb_id":"5778aadY9nltAsZzXixCkFIGYnV2V","redirect_appid":"wxbd687630cd02ce1d"}'


# ------------------------------------------------------------------------------------------ signing


async def test_raw_request_is_signed_and_carries_transport_headers(
    send, make_auth, fake: FakeWeChatPay, vectors, clock
) -> None:
    response = await send(make_auth(), "GET", "/v3/any/path?limit=20&q=a%20b")
    assert response.status_code == 200
    [captured] = fake.requests
    assert captured.authorization_valid
    assert captured.raw_path == "/v3/any/path?limit=20&q=a%20b"
    assert captured.authorization["mchid"] == vectors.mchid
    assert captured.authorization["serial_no"] == vectors.merchant_serial
    assert captured.authorization["timestamp"] == str(int(clock()))
    assert re.fullmatch(r"[0-9A-Za-z]{32}", captured.authorization["nonce_str"])
    assert captured.headers["Accept"] == "application/json"
    assert captured.headers["Accept-Encoding"] == "identity"
    assert re.match(r"wechatpay-typed/\d+\.\d+\.\d+ Python/3\.\d+", captured.headers["User-Agent"])
    assert captured.headers["Wechatpay-Serial"] == vectors.public_key_id


async def test_body_is_signed_exactly_as_sent(send, make_auth, fake: FakeWeChatPay) -> None:
    await send(make_auth(), "POST", "/v3/raw", json={"名字": "值", "n": 1})
    [captured] = fake.requests
    # httpx serialises json= compactly in UTF-8 since 0.28, with json.dumps defaults before (the
    # pyproject range starts at 0.27); the signature covers whichever bytes went out.
    if tuple(int(part) for part in httpx.__version__.split(".")[:2]) >= (0, 28):
        assert captured.body == '{"名字":"值","n":1}'.encode()
    else:
        assert captured.body == json.dumps({"名字": "值", "n": 1}).encode()
    assert captured.authorization_valid


async def test_every_attempt_gets_a_fresh_nonce_and_timestamp(send, make_auth, fake: FakeWeChatPay, clock) -> None:
    auth = make_auth()
    await send(auth, "GET", "/v3/a")
    clock.advance(7)
    await send(auth, "GET", "/v3/a")
    first, second = fake.requests
    assert first.authorization["nonce_str"] != second.authorization["nonce_str"]
    assert int(second.authorization["timestamp"]) - int(first.authorization["timestamp"]) == 7
    assert first.authorization_valid and second.authorization_valid


async def test_caller_user_agent_is_kept_and_ours_appended(send, make_auth, fake: FakeWeChatPay) -> None:
    await send(make_auth(), "GET", "/v3/a", headers={"User-Agent": "shop/2.0"})
    ua = fake.requests[0].headers["User-Agent"]
    assert ua.startswith("shop/2.0 ") and "wechatpay-typed/" in ua


# ------------------------------------------------------------------------------------------ sensitive fields


async def test_sensitive_fields_are_encrypted_with_the_public_key(
    send, make_auth, fake: FakeWeChatPay, vectors
) -> None:
    fake.responder = lambda request: fake.signed_response(200, RESPONSE)
    response = await send(
        make_auth(),
        "POST",
        PRE_SIGN_PATH,
        json=pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD),
        extensions=PRE_SIGN_EXT,
    )
    assert response.json()["redirect_appid"] == "wxbd687630cd02ce1d"
    [captured] = fake.requests
    assert captured.authorization_valid
    assert captured.headers["Wechatpay-Serial"] == vectors.public_key_id
    assert int(captured.headers["Content-Length"]) == len(captured.body)
    assert REAL_NAME.encode() not in captured.body and ID_CARD.encode() not in captured.body
    sent = json.loads(captured.body)
    server_key = vectors.private_keys["pubkey"]
    assert oaep_decrypt(server_key, sent["real_identity"]["real_name"]) == REAL_NAME
    assert oaep_decrypt(server_key, sent["real_identity"]["id_card_number"]) == ID_CARD
    # Everything else is untouched.
    expected = pre_sign_body(real_name="x", id_card_number="y")
    sent["real_identity"].update(real_name="x", id_card_number="y")
    assert sent == expected


async def test_empty_string_is_not_encrypted(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    await send(
        make_auth(),
        "POST",
        PRE_SIGN_PATH,
        json=pre_sign_body(real_name="", id_card_number=ID_CARD),
        extensions=PRE_SIGN_EXT,
    )
    sent = json.loads(fake.requests[0].body)
    assert sent["real_identity"]["real_name"] == ""
    assert oaep_decrypt(vectors.private_keys["pubkey"], sent["real_identity"]["id_card_number"]) == ID_CARD


async def test_body_without_sensitive_values_is_sent_unchanged(send, make_auth, fake: FakeWeChatPay) -> None:
    body = pre_sign_body()
    await send(make_auth(), "POST", PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    assert fake.requests[0].body == httpx.Request("POST", "https://x", json=body).content
    assert fake.requests[0].authorization_valid


async def test_wildcard_paths_encrypt_every_array_item(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    body = {"items": [{"secret": "甲"}, {"secret": None}, {"other": 1}, {"secret": "乙"}]}
    await send(
        make_auth(), "POST", "/v3/test/nested", json=body, extensions={"wechatpay_operation_id": "nested_secrets"}
    )
    items = json.loads(fake.requests[0].body)["items"]
    key = vectors.private_keys["pubkey"]
    assert oaep_decrypt(key, items[0]["secret"]) == "甲"
    assert items[1] == {"secret": None}
    assert items[2] == {"other": 1}
    assert oaep_decrypt(key, items[3]["secret"]) == "乙"


async def test_too_long_plaintext_is_refused_before_sending(send, make_auth, fake: FakeWeChatPay) -> None:
    secret = "名" * 72  # 216 bytes in UTF-8 > 214
    with pytest.raises(RequestValidationError) as info:
        await send(
            make_auth(),
            "POST",
            PRE_SIGN_PATH,
            json=pre_sign_body(real_name=secret, id_card_number=ID_CARD),
            extensions=PRE_SIGN_EXT,
        )
    assert info.value.path == "$.real_identity.real_name"
    assert "$.real_identity.real_name" in str(info.value) and "214" in str(info.value)
    assert secret not in str(info.value) and ID_CARD not in str(info.value)
    assert fake.requests == []


async def test_plaintext_of_exactly_214_bytes_is_accepted(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    secret = "a" * 214
    await send(make_auth(), "POST", PRE_SIGN_PATH, json=pre_sign_body(real_name=secret), extensions=PRE_SIGN_EXT)
    sent = json.loads(fake.requests[0].body)
    assert oaep_decrypt(vectors.private_keys["pubkey"], sent["real_identity"]["real_name"]) == secret


async def test_non_string_sensitive_value_is_refused(send, make_auth, fake: FakeWeChatPay) -> None:
    body = pre_sign_body()
    body["real_identity"] = {"real_name": 12345}
    with pytest.raises(RequestValidationError) as info:
        await send(make_auth(), "POST", PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    assert info.value.path == "$.real_identity.real_name"
    assert fake.requests == []


async def test_non_json_body_with_sensitive_fields_is_refused(send, make_auth, fake: FakeWeChatPay) -> None:
    with pytest.raises(RequestValidationError) as info:
        await send(make_auth(), "POST", PRE_SIGN_PATH, content=b"real_name=x", extensions=PRE_SIGN_EXT)
    assert info.value.path == "$"
    assert fake.requests == []


async def test_disagreeing_wechatpay_serial_is_an_error(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    with pytest.raises(RequestValidationError) as info:
        await send(
            make_auth(),
            "POST",
            PRE_SIGN_PATH,
            json=pre_sign_body(real_name=REAL_NAME),
            headers={"Wechatpay-Serial": vectors.serials["platform"]},
            extensions=PRE_SIGN_EXT,
        )
    assert info.value.path == "Wechatpay-Serial"
    assert vectors.public_key_id in str(info.value)
    assert REAL_NAME not in str(info.value)
    assert fake.requests == []


async def test_agreeing_wechatpay_serial_is_accepted(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    await send(
        make_auth(),
        "POST",
        PRE_SIGN_PATH,
        json=pre_sign_body(real_name=REAL_NAME),
        headers={"Wechatpay-Serial": vectors.public_key_id},
        extensions=PRE_SIGN_EXT,
    )
    assert fake.requests[0].headers.get_list("Wechatpay-Serial") == [vectors.public_key_id]


async def test_caller_serial_on_a_raw_call_is_kept(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    # No encryption happens, so the caller's choice of response-signing key stands.
    fake.responder = lambda request: fake.signed_response(200, b"{}")
    await send(make_auth(), "GET", "/v3/a", headers={"Wechatpay-Serial": "PUB_KEY_ID_0000000001"})
    assert fake.requests[0].headers["Wechatpay-Serial"] == "PUB_KEY_ID_0000000001"


async def test_unknown_operation_id_is_refused(send, make_auth, fake: FakeWeChatPay) -> None:
    with pytest.raises(ConfigurationError, match="no_such_operation"):
        await send(make_auth(), "POST", "/v3/x", json={}, extensions={"wechatpay_operation_id": "no_such_operation"})
    assert fake.requests == []


async def test_operation_id_on_the_wrong_path_is_refused(send, make_auth, fake: FakeWeChatPay) -> None:
    # Otherwise a raw call could borrow the "unsigned download" flag of another operation.
    with pytest.raises(ConfigurationError, match="does not match operation"):
        await send(make_auth(), "GET", "/v3/other", extensions={"wechatpay_operation_id": "download_file"})
    assert fake.requests == []


async def test_operation_id_without_metadata_is_refused(send, make_auth, fake: FakeWeChatPay) -> None:
    with pytest.raises(ConfigurationError, match="metadata"):
        await send(
            make_auth(operations=None),
            "POST",
            PRE_SIGN_PATH,
            json=pre_sign_body(real_name=REAL_NAME),
            extensions=PRE_SIGN_EXT,
        )
    assert fake.requests == []


async def test_path_template_parameters_match(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.responder = lambda request: fake.signed_response(204, b"")
    path = "/v3/papay/insurance-sign/contracts/plan-id/12535/contract-id/abc%2Fdef/renew"
    response = await send(
        make_auth(), "POST", path, json={"appid": "wx"}, extensions={"wechatpay_operation_id": "renew_contract"}
    )
    assert response.status_code == 204


# ------------------------------------------------------------------------------------------ response verification


def _respond(fake: FakeWeChatPay, status: int = 200, body: bytes = RESPONSE, **kwargs) -> None:
    fake.responder = lambda request: fake.signed_response(status, body, **kwargs)


async def _expect_rejection(send, auth, reason: str, path: str = "/v3/a") -> SignatureVerificationError:
    with pytest.raises(SignatureVerificationError) as info:
        await send(auth, "GET", path)
    assert info.value.reason == reason, str(info.value)
    return info.value


@pytest.mark.parametrize(
    "header", ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]
)
async def test_missing_header_fails(send, make_auth, fake: FakeWeChatPay, header: str) -> None:
    _respond(fake, drop=(header,))
    error = await _expect_rejection(send, make_auth(), "missing_header")
    assert header in str(error)
    assert error.request_id == REQUEST_ID


async def test_unknown_serial_fails_without_download_in_public_key_mode(send, make_auth, fake: FakeWeChatPay) -> None:
    _respond(fake, key="other")
    await _expect_rejection(send, make_auth(), "unknown_serial")
    assert fake.certificate_downloads == 0


async def test_bad_signature_fails(send, make_auth, fake: FakeWeChatPay, vectors) -> None:
    _respond(fake, key="other", serial=vectors.public_key_id)
    await _expect_rejection(send, make_auth(), "bad_signature")


async def test_tampered_body_fails(send, make_auth, fake: FakeWeChatPay) -> None:
    def responder(request: httpx.Request) -> httpx.Response:
        good = fake.signed_response(200, RESPONSE)
        return httpx.Response(200, headers=good.headers, content=RESPONSE.replace(b"wxbd", b"wxbe"))

    fake.responder = responder
    await _expect_rejection(send, make_auth(), "bad_signature")


async def test_probe_signature_fails_cleanly(send, make_auth, fake: FakeWeChatPay) -> None:
    _respond(fake, signature="WECHATPAY/SIGNTEST/dGVzdA==")
    await _expect_rejection(send, make_auth(), "probe_signature")


@pytest.mark.parametrize("offset", [-301, 301])
async def test_timestamp_301_seconds_away_fails(send, make_auth, fake: FakeWeChatPay, offset: int) -> None:
    _respond(fake, ts_offset=offset)
    await _expect_rejection(send, make_auth(), "timestamp_out_of_range")


@pytest.mark.parametrize("offset", [-300, 300])
async def test_timestamp_exactly_300_seconds_away_passes(send, make_auth, fake: FakeWeChatPay, offset: int) -> None:
    _respond(fake, ts_offset=offset)
    response = await send(make_auth(), "GET", "/v3/a")
    assert response.content == RESPONSE


async def test_non_numeric_timestamp_fails(send, make_auth, fake: FakeWeChatPay) -> None:
    _respond(fake, timestamp="17e8")
    await _expect_rejection(send, make_auth(), "invalid_timestamp")


async def test_unsigned_204_fails(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.responder = lambda request: httpx.Response(204, headers={"Request-ID": REQUEST_ID})
    await _expect_rejection(send, make_auth(), "missing_header")


async def test_signed_204_passes(send, make_auth, fake: FakeWeChatPay) -> None:
    _respond(fake, 204, b"")
    response = await send(make_auth(), "GET", "/v3/a")
    assert response.status_code == 204


async def test_204_signed_over_a_nonempty_body_fails(send, make_auth, fake: FakeWeChatPay) -> None:
    def responder(request: httpx.Request) -> httpx.Response:
        good = fake.signed_response(204, b"x")
        return httpx.Response(204, headers=good.headers)

    fake.responder = responder
    await _expect_rejection(send, make_auth(), "bad_signature")


async def test_unsigned_download_passes_only_for_its_operation(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.responder = lambda request: httpx.Response(200, content=b"bill,csv\n1,2\n")
    auth = make_auth()
    response = await send(
        auth, "GET", "/v3/billdownload/file?token=abc", extensions={"wechatpay_operation_id": "download_file"}
    )
    assert response.content == b"bill,csv\n1,2\n"
    assert fake.requests[0].authorization_valid  # the download request itself is still signed
    # The same URL as a raw call (no operation) must be verified, and fails.
    await _expect_rejection(send, auth, "missing_header", path="/v3/billdownload/file?token=abc")


async def test_verification_failure_names_the_reconciling_query(send, make_auth, fake: FakeWeChatPay) -> None:
    _respond(fake, key="other")
    with pytest.raises(SignatureVerificationError) as info:
        await send(
            make_auth(),
            "POST",
            "/v3/papay/insurance-pay/transactions/apply",
            json={},
            extensions={"wechatpay_operation_id": "apply_deduction"},
        )
    assert info.value.operation_id == "apply_deduction"
    assert info.value.reconcile_with == "query_deduction"
    assert "query_deduction" in str(info.value)


# ------------------------------------------------------------------------------------------ error mapping


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (405, APIError),
        (409, APIError),
    ],
)
async def test_non_2xx_becomes_api_error(
    send, make_auth, fake: FakeWeChatPay, status: int, cls: type[APIError]
) -> None:
    body = {
        "code": "PARAM_ERROR",
        "message": "参数错误",
        "detail": {"field": "/amount/total", "value": 0, "issue": "must be > 0", "location": "body"},
    }
    fake.responder = lambda request: fake.error_response(status, json.dumps(body, ensure_ascii=False).encode())
    with pytest.raises(APIError) as info:
        await send(make_auth(), "GET", "/v3/a")
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.code == "PARAM_ERROR"
    assert error.message == "参数错误"
    assert error.detail == body["detail"]
    assert error.request_id == REQUEST_ID
    assert "PARAM_ERROR" in str(error) and REQUEST_ID in str(error)
    assert error.retryable is (status == 429 or status >= 500)


@pytest.mark.parametrize(
    "body", [b"<html>502 Bad Gateway</html>", b"", b"[1,2]", b'{"code":123,"message":null}', b"\xff\xfe"]
)
async def test_unparseable_error_bodies_still_give_api_error(send, make_auth, fake: FakeWeChatPay, body: bytes) -> None:
    fake.responder = lambda request: fake.error_response(502, body, content_type="text/html")
    with pytest.raises(InternalServerError) as info:
        await send(make_auth(), "GET", "/v3/a")
    assert info.value.code is None and info.value.message is None
    assert info.value.request_id == REQUEST_ID
    assert info.value.body == body


async def test_error_without_request_id(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.responder = lambda request: httpx.Response(401, json={"code": "SIGN_ERROR", "message": "签名错误"})
    with pytest.raises(AuthenticationError) as info:
        await send(make_auth(), "GET", "/v3/a")
    assert info.value.request_id is None
    assert info.value.code == "SIGN_ERROR"


async def test_redirect_is_not_followed_and_is_an_error(send, make_auth, fake: FakeWeChatPay) -> None:
    fake.responder = lambda request: httpx.Response(302, headers={"Location": "https://evil.example/"})
    with pytest.raises(APIError) as info:
        await send(make_auth(), "GET", "/v3/a")
    assert info.value.status_code == 302
