# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_pre_sign_jsapi_request import InsurancePreSignJsapiRequest
from ...models.insurance_pre_sign_jsapi_response import InsurancePreSignJsapiResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "pre_sign_jsapi"


def _get_kwargs(
    *,
    body: InsurancePreSignJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsurancePreSignJsapiRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePreSignJsapiResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePreSignJsapiResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePreSignJsapiResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePreSignJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePreSignJsapiResponse]:
    """保险商户JSAPI预签约

    JSAPI pre-sign for a web page opened inside WeChat (official account): registers the
    contract terms (and, if wanted, the first deduction) and returns `redirect_url`, the
    sign-and-pay page the user is sent to. The result stays usable for 10 minutes.

    - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
      side. `policy_periods` needs at least one period.
    - Optional trade block (sign and pay the first period in one flow): `amount`,
      `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
    - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
      `Wechatpay-Serial` itself.
    - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
      `contract_notify_url`; when the trade block was sent, the first deduction's result
      follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
    - Idempotency is not documented. If the outcome is unclear, look the contract up with
      `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528600

    Operation: ``pre_sign_jsapi`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignJsapiRequest): 保险商户JSAPI预签约请求 — JSAPI pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePreSignJsapiResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePreSignJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePreSignJsapiResponse:
    """保险商户JSAPI预签约

    JSAPI pre-sign for a web page opened inside WeChat (official account): registers the
    contract terms (and, if wanted, the first deduction) and returns `redirect_url`, the
    sign-and-pay page the user is sent to. The result stays usable for 10 minutes.

    - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
      side. `policy_periods` needs at least one period.
    - Optional trade block (sign and pay the first period in one flow): `amount`,
      `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
    - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
      `Wechatpay-Serial` itself.
    - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
      `contract_notify_url`; when the trade block was sent, the first deduction's result
      follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
    - Idempotency is not documented. If the outcome is unclear, look the contract up with
      `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528600

    Operation: ``pre_sign_jsapi`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignJsapiRequest): 保险商户JSAPI预签约请求 — JSAPI pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePreSignJsapiResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePreSignJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePreSignJsapiResponse]:
    """保险商户JSAPI预签约

    JSAPI pre-sign for a web page opened inside WeChat (official account): registers the
    contract terms (and, if wanted, the first deduction) and returns `redirect_url`, the
    sign-and-pay page the user is sent to. The result stays usable for 10 minutes.

    - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
      side. `policy_periods` needs at least one period.
    - Optional trade block (sign and pay the first period in one flow): `amount`,
      `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
    - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
      `Wechatpay-Serial` itself.
    - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
      `contract_notify_url`; when the trade block was sent, the first deduction's result
      follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
    - Idempotency is not documented. If the outcome is unclear, look the contract up with
      `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528600

    Operation: ``pre_sign_jsapi`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignJsapiRequest): 保险商户JSAPI预签约请求 — JSAPI pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePreSignJsapiResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePreSignJsapiRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePreSignJsapiResponse:
    """保险商户JSAPI预签约

    JSAPI pre-sign for a web page opened inside WeChat (official account): registers the
    contract terms (and, if wanted, the first deduction) and returns `redirect_url`, the
    sign-and-pay page the user is sent to. The result stays usable for 10 minutes.

    - `out_contract_code` (digits and letters, at most 32) must not repeat on the merchant
      side. `policy_periods` needs at least one period.
    - Optional trade block (sign and pay the first period in one flow): `amount`,
      `out_trade_no`, `description`, `transaction_notify_url`, plus `goods_tag`/`attach`.
    - The SDK encrypts `real_identity.real_name` and `real_identity.id_card_number` and sets
      `Wechatpay-Serial` itself.
    - Outcome: WeChat Pay reports the signing result as `INSURANCE_ENTRUST.SIGN` to
      `contract_notify_url`; when the trade block was sent, the first deduction's result
      follows as `TRANSACTION.SUCCESS`/`TRANSACTION.FAIL` at `transaction_notify_url`.
    - Idempotency is not documented. If the outcome is unclear, look the contract up with
      `query_contract` (`plan_id` + `out_contract_code`) before sending the pre-sign again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012528600

    Operation: ``pre_sign_jsapi`` (POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePreSignJsapiRequest): 保险商户JSAPI预签约请求 — JSAPI pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePreSignJsapiResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
