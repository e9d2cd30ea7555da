"""The per-call shortcuts of the create_client clients (issue 15) change nothing a caller can see.

- The JSON object passed as ``json=`` is validated instead of the bytes parsed back, and field
  encryption works on a copy: the caller's object is left as it was, a retry encrypts afresh.
- An object that is not plain JSON (a tuple for an array) is judged by the bytes, as before.
- The merged URL is kept per path, and follows a change of ``base_url``.
- The retry plan is kept per operation, and per-call options still take effect.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from auth_testkit import ID_CARD, PRE_SIGN_EXT, PRE_SIGN_PATH, REAL_NAME, VECTORS, FakeWeChatPay, oaep_decrypt
from wechatpay_auth import APIConnectionError, RequestValidationError, RetryPolicy, create_client, request_options

pytest.importorskip("wechatpay_client")

ANSWER = json.dumps(
    {
        "pre_entrustweb_id": "5778aadY9nltAsZzXixCkFIGYnV2V",
        "redirect_appid": "wxbd687630cd02ce1d",
        "redirect_path": "pages/PwdExemptContract/index",
    }
).encode()
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, jitter=0.0)


def _body() -> dict[str, Any]:
    return {
        "appid": "wxd678efh567hg6787",
        "plan_id": 12535,
        "out_contract_code": "C20261127000001",
        "insured_display_name": "*三",
        "contract_notify_url": "https://merchant.example.com/notify",
        "policy_start_date": "2026-12-01",
        "policy_end_date": "2027-11-30",
        "policy_periods": [
            {"policy_period_id": 1, "estimated_deduct_date": "2026-12-01", "estimated_deduct_amount": {"total": 100}}
        ],
        "real_identity": {"identity_type": "ID_CARD", "real_name": REAL_NAME, "id_card_number": ID_CARD},
    }


def _client(vectors: Any, fake: FakeWeChatPay, **overrides: Any) -> Any:
    kwargs: dict[str, Any] = {
        "merchant_serial_no": vectors.merchant_serial,
        "merchant_private_key": vectors.private_keys["merchant"],
        "wechatpay_public_key_id": vectors.public_key_id,
        "wechatpay_public_key": (VECTORS / "wechatpay_public_key.pem").read_bytes(),
        "transport": fake.transport,
        "async_transport": fake.async_transport,
        "failover": False,
        **overrides,
    }
    return create_client(vectors.mchid, **kwargs)


def _decrypted(vectors: Any, body: bytes) -> dict[str, Any]:
    sent = json.loads(body)
    identity = sent["real_identity"]
    for name in ("real_name", "id_card_number"):
        identity[name] = oaep_decrypt(vectors.private_keys["pubkey"], identity[name])
    return sent


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_callers_object_is_validated_and_left_unchanged(vectors, fake: FakeWeChatPay, mode: str) -> None:
    fake.responder = lambda request: fake.signed_response(200, ANSWER)
    client = _client(vectors, fake)
    body = _body()
    before = copy.deepcopy(body)
    if mode == "sync":
        response = client.get_httpx_client().post(PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    else:
        response = await client.get_async_httpx_client().post(PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    assert response.status_code == 200
    assert body == before  # the encryption worked on a copy
    [captured] = fake.business_requests
    assert captured.authorization_valid
    assert captured.headers["Content-Length"] == str(len(captured.body))
    assert captured.headers["Wechatpay-Serial"] == vectors.public_key_id
    assert json.loads(captured.body)["real_identity"]["real_name"] != REAL_NAME
    assert _decrypted(vectors, captured.body) == before


def test_a_retry_encrypts_the_plaintext_afresh(vectors, fake: FakeWeChatPay) -> None:
    attempts: list[bytes] = []

    def responder(request: httpx.Request) -> httpx.Response:
        attempts.append(request.content)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)  # nothing sent: safe to resend
        return fake.signed_response(200, ANSWER)

    fake.responder = responder
    client = _client(vectors, fake, retry=NO_WAIT)
    body = _body()
    client.get_httpx_client().post(PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    assert len(attempts) == 2
    assert attempts[0] != attempts[1]  # fresh OAEP randomness, not the first ciphertext encrypted again
    assert _decrypted(vectors, attempts[0]) == _decrypted(vectors, attempts[1]) == _body()
    assert all(captured.authorization_valid for captured in fake.business_requests)


def test_a_built_request_is_judged_by_its_bytes_and_can_be_sent_twice(vectors, fake: FakeWeChatPay) -> None:
    """What is validated, encrypted and sent is the request's bytes, not the object it was built
    from (an object changed after build_request once decided what was checked and sent), and the
    caller's request is not changed by the auth flow (a second send of it, retried, once failed:
    the retry started from the ciphertext of the first send)."""
    attempts: list[bytes] = []

    def responder(request: httpx.Request) -> httpx.Response:
        attempts.append(request.content)
        if len(attempts) == 2:
            raise httpx.ConnectError("refused", request=request)  # nothing sent: safe to resend
        return fake.signed_response(200, ANSWER)

    fake.responder = responder
    http = _client(vectors, fake, retry=NO_WAIT).get_httpx_client()
    body = _body()
    request = http.build_request("POST", PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    built = request.content
    body["appid"] = "wxCHANGED0000000"  # after build: not what was built, so not what is sent
    assert http.send(request).status_code == 200
    assert http.send(request).status_code == 200  # the second send is retried once
    assert request.content == built  # the caller's request is as it was built
    assert len(attempts) == 3
    assert [_decrypted(vectors, sent) for sent in attempts] == [_body()] * 3

    invalid = _body()
    invalid["policy_periods"][0]["estimated_deduct_amount"]["total"] = "100"
    request = http.build_request("POST", PRE_SIGN_PATH, json=invalid, extensions=PRE_SIGN_EXT)
    invalid["policy_periods"][0]["estimated_deduct_amount"]["total"] = 100  # fixed after build: too late
    with pytest.raises(RequestValidationError) as raised:
        http.send(request)
    assert raised.value.path == "$.policy_periods[0].estimated_deduct_amount.total"
    assert len(attempts) == 3  # nothing sent


def test_an_object_that_is_not_plain_json_is_judged_by_the_bytes(vectors, fake: FakeWeChatPay) -> None:
    fake.responder = lambda request: fake.signed_response(200, ANSWER)
    client = _client(vectors, fake)
    body = _body()
    body["policy_periods"] = tuple(body["policy_periods"])  # serialised as an array: accepted, as before
    client.get_httpx_client().post(PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    assert _decrypted(vectors, fake.business_requests[0].body) == _body()


def test_an_invalid_object_gets_the_same_error_as_its_bytes(vectors, fake: FakeWeChatPay) -> None:
    client = _client(vectors, fake)
    body = _body()
    body["policy_periods"][0]["estimated_deduct_amount"]["total"] = "100"
    with pytest.raises(RequestValidationError) as raised:
        client.get_httpx_client().post(PRE_SIGN_PATH, json=body, extensions=PRE_SIGN_EXT)
    with pytest.raises(RequestValidationError) as from_bytes:
        client.get_httpx_client().post(
            PRE_SIGN_PATH,
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            extensions=PRE_SIGN_EXT,
        )
    assert str(raised.value) == str(from_bytes.value)
    assert raised.value.path == "$.policy_periods[0].estimated_deduct_amount.total"
    assert fake.requests == []


def test_the_merged_url_follows_base_url(vectors, fake: FakeWeChatPay) -> None:
    client = _client(vectors, fake)
    http = client.get_httpx_client()
    http.get("/v3/a/b?x=1")
    http.get("/v3/a/b?x=1")
    http.base_url = "https://gateway.example.com/prefix"
    http.get("/v3/a/b?x=1")
    urls = [str(captured.raw_path) for captured in fake.requests]
    assert urls == ["/v3/a/b?x=1", "/v3/a/b?x=1", "/prefix/v3/a/b?x=1"]
    assert http.build_request("GET", "/v3/a/b").url == httpx.URL("https://gateway.example.com/prefix/v3/a/b")


def test_per_call_options_override_the_kept_plan(vectors, fake: FakeWeChatPay) -> None:
    calls: list[int] = []

    def responder(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ConnectError("refused", request=request)

    fake.responder = responder
    client = _client(vectors, fake, retry=NO_WAIT)
    http = client.get_httpx_client()
    with pytest.raises(APIConnectionError):
        http.post(PRE_SIGN_PATH, json=_body(), extensions=PRE_SIGN_EXT)
    assert len(calls) == 3  # the plan kept for pre_sign_mini_program: 2 retries
    calls.clear()
    with request_options(max_retries=0), pytest.raises(APIConnectionError):
        http.post(PRE_SIGN_PATH, json=_body(), extensions=PRE_SIGN_EXT)
    assert len(calls) == 1
    calls.clear()
    http.wechatpay_retry = type(http.wechatpay_retry)(policy=RetryPolicy(max_retries=1, initial_delay=0.0, jitter=0.0))
    with pytest.raises(APIConnectionError):
        http.post(PRE_SIGN_PATH, json=_body(), extensions=PRE_SIGN_EXT)
    assert len(calls) == 2
