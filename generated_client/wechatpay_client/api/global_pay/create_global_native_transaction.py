# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_pay_native_response import GlobalPayNativeResponse
from ...models.global_pay_transaction_create_request import GlobalPayTransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_global_native_transaction"


def _get_kwargs(
    *,
    body: GlobalPayTransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/transactions/native",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPayTransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPayNativeResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPayNativeResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalPayNativeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayTransactionCreateRequest,
) -> Response[GlobalPayNativeResponse]:
    """Native支付下单

    Native支付下单 — cross-border QR-code order (`trade_type` `NATIVE`). Returns
    `code_url`; render it as a QR code for the user to scan with WeChat.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`).
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013953

    Operation: ``create_global_native_transaction`` (POST /v3/global/transactions/native)

    Args:
        body (GlobalPayTransactionCreateRequest): 跨境下单请求 — body of the JSAPI/mini-program, App and
            Native cross-border orders
            (direct mode; the institution-mode keys `sp_mchid`, `sp_appid`, `sub_mchid`,
            `sub_appid` are not modelled). `trade_type` must match the operation: `JSAPI`, `APP`
            or `NATIVE`. Amounts are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPayNativeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayTransactionCreateRequest,
) -> GlobalPayNativeResponse:
    """Native支付下单

    Native支付下单 — cross-border QR-code order (`trade_type` `NATIVE`). Returns
    `code_url`; render it as a QR code for the user to scan with WeChat.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`).
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013953

    Operation: ``create_global_native_transaction`` (POST /v3/global/transactions/native)

    Args:
        body (GlobalPayTransactionCreateRequest): 跨境下单请求 — body of the JSAPI/mini-program, App and
            Native cross-border orders
            (direct mode; the institution-mode keys `sp_mchid`, `sp_appid`, `sub_mchid`,
            `sub_appid` are not modelled). `trade_type` must match the operation: `JSAPI`, `APP`
            or `NATIVE`. Amounts are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPayNativeResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayTransactionCreateRequest,
) -> Response[GlobalPayNativeResponse]:
    """Native支付下单

    Native支付下单 — cross-border QR-code order (`trade_type` `NATIVE`). Returns
    `code_url`; render it as a QR code for the user to scan with WeChat.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`).
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013953

    Operation: ``create_global_native_transaction`` (POST /v3/global/transactions/native)

    Args:
        body (GlobalPayTransactionCreateRequest): 跨境下单请求 — body of the JSAPI/mini-program, App and
            Native cross-border orders
            (direct mode; the institution-mode keys `sp_mchid`, `sp_appid`, `sub_mchid`,
            `sub_appid` are not modelled). `trade_type` must match the operation: `JSAPI`, `APP`
            or `NATIVE`. Amounts are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPayNativeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayTransactionCreateRequest,
) -> GlobalPayNativeResponse:
    """Native支付下单

    Native支付下单 — cross-border QR-code order (`trade_type` `NATIVE`). Returns
    `code_url`; render it as a QR code for the user to scan with WeChat.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`).
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013013953

    Operation: ``create_global_native_transaction`` (POST /v3/global/transactions/native)

    Args:
        body (GlobalPayTransactionCreateRequest): 跨境下单请求 — body of the JSAPI/mini-program, App and
            Native cross-border orders
            (direct mode; the institution-mode keys `sp_mchid`, `sp_appid`, `sub_mchid`,
            `sub_appid` are not modelled). `trade_type` must match the operation: `JSAPI`, `APP`
            or `NATIVE`. Amounts are integers in the minor unit of `amount.currency`.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPayNativeResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
