"""Answer fields WeChat Pay encrypts with the merchant's key are decrypted after verification.

The ciphertext comes from the openssl command line (tests/vectors/make_vectors.sh,
``oaep_merchant_ciphertext.b64``), not from our encryptor.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from auth_testkit import FakeWeChatPay, Vectors
from wechatpay_auth import DecryptionError, WeChatPayAuth

EXT = {"wechatpay_operation_id": "answer_secrets"}
PATH = "/v3/test/answer-secrets"


def _answer(fake: FakeWeChatPay, document: object) -> None:
    body = json.dumps(document, ensure_ascii=False).encode()
    fake.responder = lambda request: fake.signed_response(200, body)


async def test_sensitive_answer_fields_arrive_as_plaintext(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any, vectors: Vectors
) -> None:
    ciphertext = vectors.text("oaep_merchant_ciphertext.b64").strip()
    _answer(fake, {"user_name": ciphertext, "receivers": [{"name": ciphertext}, {"name": ""}, {}], "state": "OK"})
    response = await send(make_auth(), "POST", PATH, json={}, extensions=EXT)
    assert response.json() == {
        "user_name": "张三",
        "receivers": [{"name": "张三"}, {"name": ""}, {}],
        "state": "OK",
    }


async def test_an_answer_without_the_fields_is_kept_byte_for_byte(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any
) -> None:
    body = b'{"state":"OK",  "receivers":null}'
    fake.responder = lambda request: fake.signed_response(200, body)
    response = await send(make_auth(), "POST", PATH, json={}, extensions=EXT)
    assert response.content == body


@pytest.mark.parametrize(
    ("document", "where"),
    [
        ({"user_name": "bm90IGEgY2lwaGVydGV4dA=="}, "$.user_name"),  # valid Base64, not a ciphertext for our key
        ({"user_name": "***"}, "$.user_name"),  # not Base64
        ({"receivers": [{"name": 5}]}, "$.receivers[0].name"),  # not a string
    ],
)
async def test_an_undecryptable_field_is_a_decryption_error_naming_the_field(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any, document: object, where: str
) -> None:
    _answer(fake, document)
    with pytest.raises(DecryptionError) as caught:
        await send(make_auth(), "POST", PATH, json={}, extensions=EXT)
    message = str(caught.value)
    assert where in message
    assert "reconcile with query_answer_secrets" in message  # the unsafe call was executed
    assert "bm90IGEg" not in message and "***" not in message


async def test_a_field_encrypted_for_another_merchant_fails(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any, vectors: Vectors
) -> None:
    # oaep_ciphertext.b64 is encrypted for the WeChat Pay key, not for this merchant.
    _answer(fake, {"user_name": vectors.text("oaep_ciphertext.b64").strip()})
    with pytest.raises(DecryptionError, match=r"\$\.user_name"):
        await send(make_auth(), "POST", PATH, json={}, extensions=EXT)


async def test_decryption_runs_only_after_the_signature_is_verified(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, send: Any, vectors: Vectors
) -> None:
    from wechatpay_auth import SignatureVerificationError

    body = json.dumps({"user_name": vectors.text("oaep_merchant_ciphertext.b64").strip()}).encode()
    fake.responder = lambda request: fake.signed_response(200, body, signature="AAAA")
    with pytest.raises(SignatureVerificationError):
        await send(make_auth(), "POST", PATH, json={}, extensions=EXT)


def test_raw_calls_are_left_alone(
    make_auth: Callable[..., WeChatPayAuth], fake: FakeWeChatPay, vectors: Vectors
) -> None:
    ciphertext = vectors.text("oaep_merchant_ciphertext.b64").strip()
    _answer(fake, {"user_name": ciphertext})
    with httpx.Client(base_url="https://api.mch.weixin.qq.com", transport=fake.transport, auth=make_auth()) as client:
        response = client.post(PATH, json={})  # no operation: nothing is known to be encrypted
    assert response.json() == {"user_name": ciphertext}
