"""create_client: the generated Client, its sync and async httpx clients, raw calls, network errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from auth_testkit import (
    APIV3_KEY,
    BASE_URL,
    ID_CARD,
    OPERATIONS,
    REAL_NAME,
    VECTORS,
    FakeWeChatPay,
    oaep_decrypt,
    pre_sign_body,
)
from wechatpay_auth import (
    APIConnectionError,
    APITimeoutError,
    RequestValidationError,
    SignatureVerificationError,
    WeChatPayAuth,
    create_client,
    get_auth,
)
from wechatpay_auth._client import _AsyncHTTPClient, _HTTPClient

RESPONSE = {
    "pre_entrustweb_id": "5778aadY9nltAsZzXixCkFIGYnV2V",
    "redirect_appid": "wxbd687630cd02ce1d",
    "redirect_path": "pages/PwdExemptContract/index",
}


def _client_kwargs(vectors, fake: FakeWeChatPay, clock, **overrides: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "mchid": vectors.mchid,
        "merchant_serial_no": vectors.merchant_serial,
        "merchant_private_key": (VECTORS / "merchant_key.pem").read_text(),
        "wechatpay_public_key_id": vectors.public_key_id,
        "wechatpay_public_key": (VECTORS / "wechatpay_public_key.pem").read_bytes(),
        "transport": fake.transport,
        "async_transport": fake.async_transport,
    }
    kwargs.update(overrides)
    return kwargs


@pytest.fixture
def generated():
    return pytest.importorskip("wechatpay_client")


@pytest.fixture
def client(generated, vectors, fake: FakeWeChatPay, clock):
    # create_client uses the real clock; the fake server's frozen clock is within seconds of it.
    return create_client(**_client_kwargs(vectors, fake, clock))


def test_returns_the_generated_client_with_auth_on_both_httpx_clients(generated, client) -> None:
    assert isinstance(client, generated.Client)
    auth = get_auth(client)
    assert isinstance(auth, WeChatPayAuth)
    assert client.get_httpx_client().auth is auth
    assert client.get_async_httpx_client().auth is auth
    # A copy made by with_headers() rebuilds its httpx clients from httpx_args: still signed.
    assert client.with_headers({"X-Trace": "1"}).get_httpx_client().auth is auth


def test_raw_escape_hatch_is_signed_and_verified_sync(client, fake: FakeWeChatPay) -> None:
    response = client.get_httpx_client().get("/v3/any/path?x=1")
    assert response.json() == {"ok": True}
    assert fake.requests[0].authorization_valid
    fake.responder = lambda request: fake.signed_response(200, b"{}", key="other")
    with pytest.raises(SignatureVerificationError):
        client.get_httpx_client().get("/v3/any/path")


async def test_raw_escape_hatch_is_signed_and_verified_async(client, fake: FakeWeChatPay) -> None:
    response = await client.get_async_httpx_client().get("/v3/any/path?x=1")
    assert response.json() == {"ok": True}
    assert fake.requests[0].authorization_valid
    fake.responder = lambda request: fake.signed_response(200, b"{}", key="other")
    with pytest.raises(SignatureVerificationError):
        await client.get_async_httpx_client().get("/v3/any/path")


def test_default_headers_are_sent(generated, vectors, fake: FakeWeChatPay, clock) -> None:
    made = create_client(**_client_kwargs(vectors, fake, clock, headers={"X-Merchant-Trace": "abc"}))
    made.get_httpx_client().get("/v3/a")
    assert fake.requests[0].headers["X-Merchant-Trace"] == "abc"


def _pre_sign_module():
    return pytest.importorskip("wechatpay_client.api.insurance_sign.pre_sign_mini_program")


def _request_model():
    models = pytest.importorskip("wechatpay_client.models")
    return models.InsurancePreSignMiniProgramRequest


def _answer_pre_sign(fake: FakeWeChatPay) -> Callable[[httpx.Request], httpx.Response]:
    def responder(request: httpx.Request) -> httpx.Response:
        return fake.signed_response(200, json.dumps(RESPONSE).encode())

    return responder


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_generated_pre_sign_encrypts_and_parses(client, fake: FakeWeChatPay, vectors, mode: str) -> None:
    module, model = _pre_sign_module(), _request_model()
    fake.responder = _answer_pre_sign(fake)
    body = model.from_dict(pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD))
    if mode == "sync":
        result = module.sync(client=client, body=body)
    else:
        result = await module.asyncio(client=client, body=body)
    assert result.redirect_appid == "wxbd687630cd02ce1d"
    [captured] = fake.requests
    assert captured.authorization_valid
    assert captured.headers["Wechatpay-Serial"] == vectors.public_key_id
    sent = json.loads(captured.body)
    assert oaep_decrypt(vectors.private_keys["pubkey"], sent["real_identity"]["real_name"]) == REAL_NAME
    assert oaep_decrypt(vectors.private_keys["pubkey"], sent["real_identity"]["id_card_number"]) == ID_CARD


def test_generated_call_with_a_disagreeing_serial_is_refused(client, fake: FakeWeChatPay, vectors) -> None:
    module, model = _pre_sign_module(), _request_model()
    body = model.from_dict(pre_sign_body(real_name=REAL_NAME, id_card_number=ID_CARD))
    with pytest.raises(RequestValidationError):
        module.sync(client=client, body=body, wechatpay_serial=vectors.serials["platform"])
    assert fake.requests == []


def test_generated_metadata_matches_the_contract() -> None:
    metadata = pytest.importorskip("wechatpay_client._metadata")
    operation = metadata.get_operation("pre_sign_mini_program")
    assert operation.sensitive_request_fields == OPERATIONS["pre_sign_mini_program"].sensitive_request_fields
    assert operation.path == OPERATIONS["pre_sign_mini_program"].path
    assert metadata.OPERATION_ID_EXTENSION == "wechatpay_operation_id"


# ------------------------------------------------------------------------------------------ network errors


def _failing(exc_type: type[httpx.RequestError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("simulated", request=request)

    return handler


@pytest.mark.parametrize(
    ("exc_type", "expected"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
    ],
)
async def test_network_errors_are_mapped_and_chained(make_auth, exc_type, expected) -> None:
    auth = make_auth()
    sync_transport = httpx.MockTransport(_failing(exc_type))
    with (
        _HTTPClient(base_url=BASE_URL, auth=auth, transport=sync_transport) as sync_client,
        pytest.raises(expected) as info,
    ):
        sync_client.get("/v3/a")
    assert type(info.value) is expected
    assert isinstance(info.value.__cause__, exc_type)
    async_transport = httpx.MockTransport(_failing(exc_type))
    async with _AsyncHTTPClient(base_url=BASE_URL, auth=auth, transport=async_transport) as async_client:
        with pytest.raises(expected) as ainfo:
            await async_client.get("/v3/a")
    assert isinstance(ainfo.value.__cause__, exc_type)


def test_create_client_maps_network_errors(generated, vectors, fake: FakeWeChatPay, clock) -> None:
    made = create_client(
        **_client_kwargs(vectors, fake, clock, transport=httpx.MockTransport(_failing(httpx.ConnectTimeout)))
    )
    with pytest.raises(APITimeoutError) as info:
        made.get_httpx_client().get("/v3/a")
    assert isinstance(info.value.__cause__, httpx.ConnectTimeout)


def test_certificate_download_network_error_is_mapped(make_auth) -> None:
    auth = make_auth("certificate", transport=httpx.MockTransport(_failing(httpx.ConnectError)))
    transport = httpx.MockTransport(_failing(httpx.ConnectError))
    with (
        httpx.Client(base_url=BASE_URL, auth=auth, transport=transport) as c,
        pytest.raises(APIConnectionError) as info,
    ):
        c.get("/v3/a")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "/v3/certificates" in str(info.value)


def test_certificate_mode_through_create_client(generated, vectors, fake: FakeWeChatPay, clock) -> None:
    made = create_client(
        **_client_kwargs(
            vectors, fake, clock, wechatpay_public_key_id=None, wechatpay_public_key=None, apiv3_key=APIV3_KEY
        )
    )
    assert get_auth(made).certificate_manager is not None
    fake.responder = lambda request: fake.signed_response(200, b"{}", key="platform")
    made.get_httpx_client().get("/v3/a")
    assert fake.certificate_downloads == 1
