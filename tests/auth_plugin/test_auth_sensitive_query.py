"""Query parameters marked sensitive are encrypted by the plugin before the URL is signed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from auth_testkit import FakeWeChatPay, Vectors, check_authorization, oaep_decrypt
from wechatpay_auth import RequestValidationError, WeChatPayAuth

EXT = {"wechatpay_operation_id": "query_secrets"}
MOBILE = "13800138000"


def _capture(fake: FakeWeChatPay) -> list[httpx.Request]:
    seen: list[httpx.Request] = []

    def responder(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return fake.signed_response(200, b'{"data":[]}')

    fake.responder = responder
    return seen


async def test_the_value_is_sent_encrypted_and_signed(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any, vectors: Vectors
) -> None:
    seen = _capture(fake)
    response = await send(make_auth(), "GET", f"/v3/test/guides?store_id=1234&mobile={MOBILE}", extensions=EXT)
    assert response.status_code == 200
    (request,) = seen
    query = dict(parse_qsl(request.url.query.decode("ascii")))
    assert query["store_id"] == "1234"  # other parameters untouched, order kept
    assert list(dict(parse_qsl(request.url.query.decode("ascii")))) == ["store_id", "mobile"]
    assert query["mobile"] != MOBILE
    assert oaep_decrypt(vectors.private_keys["pubkey"], query["mobile"]) == MOBILE
    assert request.headers["Wechatpay-Serial"] == vectors.public_key_id
    valid, _ = check_authorization(request, vectors.merchant_public_key)
    assert valid  # the signature covers the encrypted URL
    assert MOBILE.encode() not in request.url.raw_path


async def test_absent_or_empty_values_are_left_alone(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any
) -> None:
    seen = _capture(fake)
    await send(make_auth(), "GET", "/v3/test/guides?store_id=1", extensions=EXT)
    await send(make_auth(), "GET", "/v3/test/guides?store_id=1&mobile=", extensions=EXT)
    assert [r.url.query for r in seen] == [b"store_id=1", b"store_id=1&mobile="]


async def test_an_over_long_plaintext_is_refused_before_sending(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any
) -> None:
    seen = _capture(fake)
    with pytest.raises(RequestValidationError) as caught:
        await send(make_auth(), "GET", "/v3/test/guides?mobile=" + "9" * 215, extensions=EXT)
    assert caught.value.path == "mobile (query parameter)"
    assert "9" * 20 not in str(caught.value)
    assert seen == []


async def test_a_conflicting_serial_is_refused(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any
) -> None:
    seen = _capture(fake)
    with pytest.raises(RequestValidationError, match="Wechatpay-Serial"):
        await send(
            make_auth(),
            "GET",
            f"/v3/test/guides?mobile={MOBILE}",
            headers={"Wechatpay-Serial": "PUB_KEY_ID_OTHER"},
            extensions=EXT,
        )
    assert seen == []
