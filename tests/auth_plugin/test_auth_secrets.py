"""Keys, the APIv3 key, signatures and plaintext never reach logs, reprs or exception text."""

from __future__ import annotations

import hashlib
import logging
import re

import httpx
import pytest
from auth_testkit import (
    APIV3_KEY,
    ID_CARD,
    PRE_SIGN_EXT,
    PRE_SIGN_PATH,
    REAL_NAME,
    REQUEST_ID,
    FakeWeChatPay,
    pre_sign_body,
    secret_fragments,
)
from wechatpay_auth import APIError, SignatureVerificationError, WeChatPayError


async def test_no_secret_in_logs_reprs_or_errors(send, make_auth, fake: FakeWeChatPay, vectors, caplog, clock) -> None:
    texts: list[str] = []
    response_signatures: list[str] = []

    def record(response: httpx.Response) -> httpx.Response:
        response_signatures.append(response.headers.get("Wechatpay-Signature", ""))
        return response

    caplog.set_level(logging.DEBUG, logger="wechatpay")
    auth = make_auth("migration")
    texts += [repr(auth), str(auth), repr(auth.keys), repr(auth.signer), repr(auth.certificate_manager)]

    # 1. A successful call with encrypted fields.
    fake.responder = lambda request: record(fake.signed_response(200, b'{"ok":true}'))
    await send(
        auth,
        "POST",
        PRE_SIGN_PATH,
        json=pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD),
        extensions=PRE_SIGN_EXT,
    )
    # 2. A certificate download triggered by a platform serial, then a failed verification.
    fake.responder = lambda request: record(fake.signed_response(200, b'{"ok":true}', key="platform"))
    await send(auth, "GET", "/v3/a")
    fake.responder = lambda request: record(
        fake.signed_response(200, b'{"ok":true}', key="other", serial=vectors.public_key_id)
    )
    errors: list[BaseException] = []
    with pytest.raises(SignatureVerificationError) as verification:
        await send(auth, "GET", "/v3/a")
    errors.append(verification.value)
    # 3. An over-long plaintext, an API error.
    with pytest.raises(WeChatPayError) as too_long:
        await send(
            auth,
            "POST",
            PRE_SIGN_PATH,
            json=pre_sign_body(real_name=REAL_NAME * 40, id_card_number=ID_CARD),
            extensions=PRE_SIGN_EXT,
        )
    errors.append(too_long.value)
    fake.responder = lambda request: fake.error_response(400, b'{"code":"PARAM_ERROR","message":"bad"}')
    with pytest.raises(APIError) as api_error:
        await send(auth, "GET", "/v3/a")
    errors.append(api_error.value)

    for error in errors:
        texts += [str(error), repr(error), str(error.__cause__ or "")]
    texts.append(caplog.text)
    texts += [r.getMessage() for r in caplog.records]
    everything = "\n".join(texts)

    forbidden = [*secret_fragments(vectors), *response_signatures]
    forbidden += [r.authorization["signature"] for r in fake.requests]
    forbidden += [r.headers["Authorization"] for r in fake.requests]
    for fragment in forbidden:
        assert fragment and fragment not in everything, f"leaked: {fragment[:12]}..."

    # The debug log is there and useful: method, path, status, Request-ID, redacted string-to-sign.
    pre_sign = fake.business_requests[0]
    digest = hashlib.sha256(pre_sign.body).hexdigest()
    assert f"<body {len(pre_sign.body)} bytes sha256={digest}>" in caplog.text
    assert f"POST\\n{PRE_SIGN_PATH}\\n{int(clock())}\\n{pre_sign.authorization['nonce_str']}\\n" in caplog.text
    assert re.search(rf"response POST {re.escape(PRE_SIGN_PATH)} -> 200 Request-ID={REQUEST_ID}", caplog.text)
    assert "downloaded 1 platform certificate" in caplog.text


def test_repr_of_auth_shows_mchid_and_serials_only(make_auth, vectors) -> None:
    text = repr(make_auth("migration"))
    assert vectors.mchid in text and vectors.merchant_serial in text and vectors.public_key_id in text
    assert APIV3_KEY not in text and "PRIVATE" not in text and "cryptography" not in text
    assert text.startswith("WeChatPayAuth(mchid=")
