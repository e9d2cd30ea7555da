"""Request authentication as WeChat Pay does it, and signed responses."""

from __future__ import annotations

import secrets

import httpx
import pytest
from sandbox_helpers import PRE_SIGN, ApiClient, FakeClock, Receiver, load_private, presign_body, unique
from wechatpay_sandbox import Sandbox, SandboxCredentials

QUERY = "/v3/papay/insurance-sign/contracts/plan-id/12535/out-contract-code/{code}"
LIST = "/v3/papay/insurance-sign/policy_periods/plan-id/12535/out-contract-code/{code}"


def test_valid_signed_request_is_accepted_and_answer_is_signed(api: ApiClient, receiver: Receiver) -> None:
    response = api.post(PRE_SIGN + "app", presign_body(unique(), receiver.url()))
    assert response.status_code == 200, response.text
    api.verified(response)
    assert response.headers["Wechatpay-Serial"] == api.credentials.public_key_id
    assert response.headers["Content-Type"] == "application/json"
    assert set(response.json()) == {"pre_entrustweb_id"}


def test_parameters_in_any_order_are_accepted(api: ApiClient) -> None:
    header = api.authorization("GET", QUERY.format(code="NOPE"), b"")
    scheme, params = header.split(" ", 1)
    reordered = scheme + " " + ",".join(reversed(params.split(",")))
    response = api.get(QUERY.format(code="NOPE"), authorization=reordered)
    # authenticated: the failure is about the business, not the signature
    assert response.status_code == 404
    assert response.json()["code"] == "CONTRACT_NOT_EXIST"
    api.verified(response)


def test_error_answers_are_signed_too(api: ApiClient) -> None:
    response = api.get(QUERY.format(code="NOPE"))
    assert response.status_code == 404
    api.verified(response)
    assert response.headers["Request-ID"]


def test_request_ids_are_unique(api: ApiClient) -> None:
    ids = {api.get(QUERY.format(code="NOPE")).headers["Request-ID"] for _ in range(5)}
    assert len(ids) == 5


def _sign_error(response: httpx.Response, reason: str) -> None:
    assert response.status_code == 401, response.text
    body = response.json()
    assert body["code"] == "SIGN_ERROR"
    assert reason in body["message"]


def test_wrong_scheme(api: ApiClient) -> None:
    header = api.authorization("GET", QUERY.format(code="X"), b"").replace(
        "WECHATPAY2-SHA256-RSA2048", "WECHATPAY2-SM2-WITH-SM3"
    )
    _sign_error(api.get(QUERY.format(code="X"), authorization=header), "scheme")


def test_missing_authorization(api: ApiClient) -> None:
    _sign_error(api.get(QUERY.format(code="X"), omit=("Authorization",)), "Authorization")


@pytest.mark.parametrize("drop", ["mchid", "nonce_str", "timestamp", "serial_no", "signature"])
def test_each_parameter_is_required(api: ApiClient, drop: str) -> None:
    header = api.authorization("GET", QUERY.format(code="X"), b"")
    scheme, params = header.split(" ", 1)
    kept = [p for p in params.split(",") if not p.startswith(drop + "=")]
    _sign_error(api.get(QUERY.format(code="X"), authorization=scheme + " " + ",".join(kept)), drop)


def test_duplicate_parameter_is_refused(api: ApiClient) -> None:
    header = api.authorization("GET", QUERY.format(code="X"), b"")
    _sign_error(api.get(QUERY.format(code="X"), authorization=header + ',mchid="1900000109"'), "key=")


def test_unknown_mchid(api: ApiClient) -> None:
    _sign_error(api.get(QUERY.format(code="X"), mchid="1230000109"), "mchid")


def test_wrong_merchant_serial(api: ApiClient) -> None:
    _sign_error(api.get(QUERY.format(code="X"), serial_no="1" * 40), "serial_no")


def test_platform_serial_is_not_a_merchant_serial(api: ApiClient) -> None:
    _sign_error(api.get(QUERY.format(code="X"), serial_no=api.credentials.platform_serial_no), "serial_no")


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_timestamp_out_of_window(api: ApiClient, offset: int) -> None:
    ts = str(int(api.clock()) + offset)
    _sign_error(api.get(QUERY.format(code="X"), timestamp=ts), "timestamp")


def test_timestamp_not_a_number(api: ApiClient) -> None:
    _sign_error(api.get(QUERY.format(code="X"), timestamp="12a"), "timestamp")


def test_signature_by_another_key(api: ApiClient, credentials: SandboxCredentials) -> None:
    other = load_private(credentials.wechatpay_private_key_pem)  # a valid RSA key, not the merchant's
    _sign_error(api.get(QUERY.format(code="X"), key=other), "signature")


def test_signature_not_base64(api: ApiClient) -> None:
    header = api.authorization("GET", QUERY.format(code="X"), b"")
    broken = header.rsplit('signature="', 1)[0] + 'signature="WECHATPAY/SIGNTEST/abc"'
    _sign_error(api.get(QUERY.format(code="X"), authorization=broken), "signature")


def test_body_changed_after_signing(api: ApiClient, receiver: Receiver) -> None:
    body = presign_body(unique(), receiver.url())
    import json

    signed = json.dumps(body).encode()
    sent = json.dumps(body, indent=1).encode()  # same JSON, other bytes
    header = api.authorization("POST", PRE_SIGN + "app", signed)
    _sign_error(api.post(PRE_SIGN + "app", raw=sent, authorization=header), "signature")


def test_query_is_signed_as_sent(api: ApiClient) -> None:
    target = LIST.format(code="X") + "?offset=0&limit=5"
    reordered = api.authorization("GET", LIST.format(code="X") + "?limit=5&offset=0", b"")
    _sign_error(api.get(target, authorization=reordered), "signature")
    without_query = api.authorization("GET", LIST.format(code="X"), b"")
    _sign_error(api.get(target, authorization=without_query), "signature")
    # signed as sent: authenticated (then 404 for the unknown contract)
    assert api.get(target).status_code == 404


def test_percent_encoded_path_is_signed_raw(api: ApiClient) -> None:
    target = QUERY.format(code="A%20B")
    response = api.get(target)
    assert response.status_code == 404
    assert response.json()["code"] == "CONTRACT_NOT_EXIST"


@pytest.mark.parametrize("header", ["Accept", "User-Agent"])
def test_missing_transport_header(api: ApiClient, header: str) -> None:
    response = api.get(QUERY.format(code="X"), omit=(header,))
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST"
    assert "Accept or User-Agent" in response.json()["message"]
    api.verified(response)


def test_unknown_path_and_wrong_method(api: ApiClient) -> None:
    response = api.get("/v3/papay/insurance-sign/nothing-here")
    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"
    response = api.request("DELETE", "/v3/papay/insurance-pay/transactions/apply")
    assert response.status_code == 405
    api.verified(response)


def test_paths_are_routed_exactly(api: ApiClient) -> None:
    """#8 is policy_periods (underscore); the hyphen spelling under insurance-sign is a GET nowhere."""
    assert api.get(LIST.format(code="X")).json()["code"] == "CONTRACT_NOT_EXIST"
    wrong = "/v3/papay/insurance-sign/policy-periods/plan-id/12535/out-contract-code/X"
    assert api.get(wrong).json()["code"] == "NOT_FOUND"


def test_keep_alive_survives_errors(api: ApiClient, receiver: Receiver) -> None:
    """Several requests, some refused before their body is used, share one connection without desync."""
    bad = api.authorization("POST", PRE_SIGN + "app", b"{}")
    for _ in range(3):
        assert api.post(PRE_SIGN + "app", presign_body(unique(), receiver.url()), authorization=bad).status_code == 401
        assert api.post(PRE_SIGN + "app", presign_body(unique(), receiver.url())).status_code == 200
        assert api.get(QUERY.format(code="X")).status_code == 404


# ----------------------------------------------------------------- fixed clock: the 300 s boundary


@pytest.fixture(scope="module")
def frozen(credentials: SandboxCredentials) -> object:
    clock = FakeClock(1_750_000_000.0)
    with Sandbox(credentials=credentials, clock=clock) as sb:
        yield sb, clock


@pytest.mark.parametrize(("offset", "accepted"), [(-300, True), (300, True), (-301, False), (301, False)])
def test_timestamp_boundary_is_inclusive(frozen: tuple[Sandbox, FakeClock], offset: int, accepted: bool) -> None:
    sb, clock = frozen
    client = ApiClient(sb, clock)
    try:
        response = client.get(QUERY.format(code="X"), timestamp=str(int(clock()) + offset), nonce=secrets.token_hex(8))
    finally:
        client.close()
    assert (response.status_code != 401) is accepted, response.text
    # the answer's own timestamp is the sandbox clock
    assert response.headers["Wechatpay-Timestamp"] == str(int(clock()))
