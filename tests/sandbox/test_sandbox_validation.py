"""Parameters validated against the spec, and the sensitive fields."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sandbox_helpers import (
    PRE_SIGN,
    ApiClient,
    Receiver,
    cert_public,
    load_private,
    load_public,
    oaep_encrypt,
    presign_body,
    unique,
)
from wechatpay_sandbox import Sandbox, SandboxCredentials

NAME = "张三"
ID_CARD = "110101199003074477"


def _param_error(response: httpx.Response, field: str, location: str = "body") -> dict[str, Any]:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "PARAM_ERROR"
    assert body["detail"]["field"] == field
    assert body["detail"]["location"] == location
    assert field in body["message"]
    detail: dict[str, Any] = body["detail"]
    return detail


@pytest.fixture
def body(receiver: Receiver) -> dict[str, Any]:
    return presign_body(unique(), receiver.url())


def test_missing_required_field(api: ApiClient, body: dict[str, Any]) -> None:
    del body["appid"]
    detail = _param_error(api.post(PRE_SIGN + "mini-program", body), "/appid")
    assert detail["issue"] == "is required"


def test_missing_nested_required_field(api: ApiClient, body: dict[str, Any]) -> None:
    del body["policy_periods"][1]["estimated_deduct_amount"]["total"]
    _param_error(api.post(PRE_SIGN + "h5", body), "/policy_periods/1/estimated_deduct_amount/total")


def test_wrong_type(api: ApiClient, body: dict[str, Any]) -> None:
    body["plan_id"] = "12535"
    detail = _param_error(api.post(PRE_SIGN + "jsapi", body), "/plan_id")
    assert detail["value"] == "12535"
    assert "integer" in detail["issue"]


def test_boolean_is_not_an_integer(api: ApiClient, body: dict[str, Any]) -> None:
    body["policy_periods"][0]["policy_period_id"] = True
    _param_error(api.post(PRE_SIGN + "app", body), "/policy_periods/0/policy_period_id")


@pytest.mark.parametrize("value", ["2024-02-30", "2024/01/01", "20240101", "2023-02-29"])
def test_bad_date(api: ApiClient, body: dict[str, Any], value: str) -> None:
    body["policy_start_date"] = value
    detail = _param_error(api.post(PRE_SIGN + "app", body), "/policy_start_date")
    assert "YYYY-MM-DD" in detail["issue"]


def test_leap_day_is_a_date(api: ApiClient, body: dict[str, Any]) -> None:
    body["policy_start_date"] = "2024-02-29"
    assert api.post(PRE_SIGN + "app", body).status_code == 200


def test_enum(api: ApiClient, body: dict[str, Any]) -> None:
    key = load_public(api.credentials.wechatpay_public_key_pem)
    body["real_identity"] = {
        "real_name": oaep_encrypt(key, NAME),
        "id_card_number": oaep_encrypt(key, ID_CARD),
        "identity_type": "PASSPORT",
    }
    response = api.post(PRE_SIGN + "app", body, headers={"Wechatpay-Serial": api.credentials.public_key_id})
    detail = _param_error(response, "/real_identity/identity_type")
    assert "ID_CARD" in detail["issue"]


def test_path_parameter_must_parse(api: ApiClient) -> None:
    response = api.get("/v3/papay/insurance-sign/contracts/plan-id/abc/out-contract-code/X")
    _param_error(response, "plan_id", "path")


def test_query_parameter_must_parse(api: ApiClient) -> None:
    response = api.get("/v3/papay/insurance-sign/policy_periods/plan-id/1/out-contract-code/X?limit=ten")
    detail = _param_error(response, "limit", "query")
    assert detail["value"] == "ten"


def test_body_not_json(api: ApiClient) -> None:
    response = api.post(PRE_SIGN + "app", raw=b"{not json")
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST"


def test_missing_body(api: ApiClient) -> None:
    _param_error(api.post(PRE_SIGN + "app"), "")


def test_body_must_be_an_object(api: ApiClient) -> None:
    _param_error(api.post(PRE_SIGN + "app", [1, 2]), "")


def test_business_parameter_rule(api: ApiClient, body: dict[str, Any]) -> None:
    body["policy_end_date"], body["policy_start_date"] = body["policy_start_date"], body["policy_end_date"]
    _param_error(api.post(PRE_SIGN + "app", body), "/policy_end_date")


def test_trade_block_must_be_complete(api: ApiClient, body: dict[str, Any]) -> None:
    body["amount"] = {"total": 1200, "currency": "CNY"}
    _param_error(api.post(PRE_SIGN + "app", body), "/out_trade_no")


# ------------------------------------------------------------------ sensitive fields


def _identity(key: Any, name: str = NAME, number: str = ID_CARD) -> dict[str, str]:
    return {
        "real_name": oaep_encrypt(key, name),
        "id_card_number": oaep_encrypt(key, number),
        "identity_type": "ID_CARD",
    }


def test_sensitive_fields_are_decrypted_and_kept_in_memory_only(
    sandbox: Sandbox, api: ApiClient, body: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="wechatpay.sandbox")
    body["real_identity"] = _identity(load_public(api.credentials.wechatpay_public_key_pem))
    response = api.post(PRE_SIGN + "mini-program", body, headers={"Wechatpay-Serial": api.credentials.public_key_id})
    assert response.status_code == 200, response.text
    contract = sandbox.simulate_user_sign(response.json()["pre_entrustweb_id"])
    identity = sandbox.state.contract(contract.contract_id).real_identity
    assert identity is not None
    assert (identity.real_name, identity.id_card_number, identity.identity_type) == (NAME, ID_CARD, "ID_CARD")
    assert NAME not in repr(identity) and ID_CARD not in repr(contract)
    logged = caplog.text
    assert "POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program 200" in logged
    for secret in (NAME, ID_CARD, api.credentials.apiv3_key, "PRIVATE KEY", body["real_identity"]["real_name"]):
        assert secret not in logged


def test_sensitive_fields_need_wechatpay_serial(api: ApiClient, body: dict[str, Any]) -> None:
    body["real_identity"] = _identity(load_public(api.credentials.wechatpay_public_key_pem))
    detail = _param_error(api.post(PRE_SIGN + "app", body), "Wechatpay-Serial", "header")
    assert "required" in detail["issue"]


def test_unknown_wechatpay_serial(api: ApiClient, body: dict[str, Any]) -> None:
    body["real_identity"] = _identity(load_public(api.credentials.wechatpay_public_key_pem))
    response = api.post(PRE_SIGN + "app", body, headers={"Wechatpay-Serial": "PUB_KEY_ID_0000"})
    detail = _param_error(response, "Wechatpay-Serial", "header")
    assert detail["value"] == "PUB_KEY_ID_0000"


def test_platform_serial_is_unknown_in_public_key_mode(api: ApiClient, body: dict[str, Any]) -> None:
    body["real_identity"] = _identity(cert_public(api.credentials.platform_certificate_pem))
    response = api.post(PRE_SIGN + "app", body, headers={"Wechatpay-Serial": api.credentials.platform_serial_no})
    _param_error(response, "Wechatpay-Serial", "header")


def test_field_encrypted_with_another_key(api: ApiClient, body: dict[str, Any]) -> None:
    other = load_private(api.credentials.merchant_private_key_pem).public_key()
    body["real_identity"] = _identity(load_public(api.credentials.wechatpay_public_key_pem))
    body["real_identity"]["id_card_number"] = oaep_encrypt(other, ID_CARD)
    response = api.post(PRE_SIGN + "app", body, headers={"Wechatpay-Serial": api.credentials.public_key_id})
    detail = _param_error(response, "/real_identity/id_card_number")
    assert "decrypted" in detail["issue"]
    assert "value" not in detail


def test_plaintext_sensitive_field_is_refused_and_not_echoed(api: ApiClient, body: dict[str, Any]) -> None:
    body["real_identity"] = {"real_name": NAME, "id_card_number": ID_CARD}
    response = api.post(PRE_SIGN + "app", body, headers={"Wechatpay-Serial": api.credentials.public_key_id})
    _param_error(response, "/real_identity/real_name")
    assert NAME not in response.text and ID_CARD not in response.text


def test_wrong_type_of_sensitive_field_is_redacted(api: ApiClient, body: dict[str, Any]) -> None:
    body["real_identity"] = {"real_name": 110101199003074477, "id_card_number": "x"}
    detail = _param_error(api.post(PRE_SIGN + "app", body), "/real_identity/real_name")
    assert detail["value"] == "***"


def test_certificate_mode_decrypts_with_any_known_platform_certificate(
    credentials: SandboxCredentials, receiver: Receiver
) -> None:
    with Sandbox("certificate", credentials=credentials) as sb:
        api = ApiClient(sb)
        old_serial = credentials.platform_serial_no
        old_key = cert_public(credentials.platform_certificate_pem)
        sb.rotate_platform_certificate()
        for serial, key in (
            (old_serial, old_key),
            (sb.platform_certificates[-1].serial_no, cert_public(sb.platform_certificates[-1].certificate_pem)),
        ):
            body = presign_body(unique(), receiver.url(), real_identity=_identity(key))
            response = api.post(PRE_SIGN + "h5", body, headers={"Wechatpay-Serial": serial})
            assert response.status_code == 200, response.text
            contract = sb.simulate_user_sign(response.json()["redirect_url"])
            assert contract.real_identity is not None and contract.real_identity.real_name == NAME
        # the public key is not usable in certificate mode
        body = presign_body(
            unique(), receiver.url(), real_identity=_identity(load_public(credentials.wechatpay_public_key_pem))
        )
        response = api.post(PRE_SIGN + "h5", body, headers={"Wechatpay-Serial": credentials.public_key_id})
        _param_error(response, "Wechatpay-Serial", "header")
        api.close()
