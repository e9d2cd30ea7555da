# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.combine_app_request import CombineAppRequest
from ...models.combine_prepay_response import CombinePrepayResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "create_combine_app_transaction"


def _get_kwargs(
    *,
    body: CombineAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/combine-transactions/app",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, CombineAppRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CombinePrepayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, CombinePrepayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CombinePrepayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CombineAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[CombinePrepayResponse]:
    """合单下单-APP支付API

    合单APP下单 — create one prepaid combined order (up to 50 sub-orders) that the user pays
    once from the merchant's mobile app through the WeChat OpenSDK. Returns `prepay_id`.

    - Each sub-order's `mchid` must be bound to `combine_appid` (the app's AppID).
    - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
      it and sets `Wechatpay-Serial`.
    - `contract_info` (optional) asks for an entrusted-deduction contract to be signed during
      the payment; the response's `contract_result` tells whether that pre-sign was accepted.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_combine_transaction` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556944

    Operation: ``create_combine_app_transaction`` (POST /v3/combine-transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineAppRequest): 合单APP下单请求 — combined App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CombinePrepayResponse]
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
    body: CombineAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> CombinePrepayResponse:
    """合单下单-APP支付API

    合单APP下单 — create one prepaid combined order (up to 50 sub-orders) that the user pays
    once from the merchant's mobile app through the WeChat OpenSDK. Returns `prepay_id`.

    - Each sub-order's `mchid` must be bound to `combine_appid` (the app's AppID).
    - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
      it and sets `Wechatpay-Serial`.
    - `contract_info` (optional) asks for an entrusted-deduction contract to be signed during
      the payment; the response's `contract_result` tells whether that pre-sign was accepted.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_combine_transaction` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556944

    Operation: ``create_combine_app_transaction`` (POST /v3/combine-transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineAppRequest): 合单APP下单请求 — combined App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CombinePrepayResponse
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
    body: CombineAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[CombinePrepayResponse]:
    """合单下单-APP支付API

    合单APP下单 — create one prepaid combined order (up to 50 sub-orders) that the user pays
    once from the merchant's mobile app through the WeChat OpenSDK. Returns `prepay_id`.

    - Each sub-order's `mchid` must be bound to `combine_appid` (the app's AppID).
    - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
      it and sets `Wechatpay-Serial`.
    - `contract_info` (optional) asks for an entrusted-deduction contract to be signed during
      the payment; the response's `contract_result` tells whether that pre-sign was accepted.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_combine_transaction` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556944

    Operation: ``create_combine_app_transaction`` (POST /v3/combine-transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineAppRequest): 合单APP下单请求 — combined App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CombinePrepayResponse]
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
    body: CombineAppRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> CombinePrepayResponse:
    """合单下单-APP支付API

    合单APP下单 — create one prepaid combined order (up to 50 sub-orders) that the user pays
    once from the merchant's mobile app through the WeChat OpenSDK. Returns `prepay_id`.

    - Each sub-order's `mchid` must be bound to `combine_appid` (the app's AppID).
    - `combine_payer_info.identity` (实名支付) is sensitive: pass plaintext, the SDK encrypts
      it and sets `Wechatpay-Serial`.
    - `contract_info` (optional) asks for an entrusted-deduction contract to be signed during
      the payment; the response's `contract_result` tells whether that pre-sign was accepted.
    - `notify_url` receives `TRANSACTION.SUCCESS` for the combined order (decrypted
      resource: `CombineTransactionNotificationResource`).
    - Not documented as idempotent. After an unclear outcome, look the order up with
      `query_combine_transaction` before placing it again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012556944

    Operation: ``create_combine_app_transaction`` (POST /v3/combine-transactions/app)

    Args:
        wechatpay_serial (str | Unset):
        body (CombineAppRequest): 合单APP下单请求 — combined App order request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CombinePrepayResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
