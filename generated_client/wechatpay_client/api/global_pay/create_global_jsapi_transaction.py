# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_pay_prepay_response import GlobalPayPrepayResponse
from ...models.global_pay_transaction_create_request import GlobalPayTransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_global_jsapi_transaction"


def _get_kwargs(
    *,
    body: GlobalPayTransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/transactions/jsapi",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPayTransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPayPrepayResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPayPrepayResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalPayPrepayResponse]:
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
) -> Response[GlobalPayPrepayResponse]:
    """JSAPI支付下单

    JSAPI支付下单 — cross-border order for payment inside WeChat: an official-account page
    (JSAPI) or a mini program (the same call; `appid` is then the mini program's AppID).
    Send `trade_type` `JSAPI` and the payer's `openid` under `appid`. Returns `prepay_id`,
    which the page or mini program uses, with a pay-sign made by the merchant, to open the
    payment sheet.

    - Amounts are integers in the minor unit of `amount.currency` (e.g. cents for `HKD`,
      whole yen for `JPY`), not necessarily fen.
    - `merchant_category_code` (MCC) is required for cross-border orders.
    - When the user pays, `notify_url` receives `TRANSACTION.SUCCESS` (decrypted resource:
      `GlobalTransactionNotificationResource`).
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, look the
      order up with `query_global_transaction_by_out_trade_no`; resend only with the same
      `out_trade_no` and parameters if it does not exist, or close it first.
    - Served only from the cross-border origin (operation `servers`).

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014150

    Operation: ``create_global_jsapi_transaction`` (POST /v3/global/transactions/jsapi)

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
        Response[GlobalPayPrepayResponse]
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
) -> GlobalPayPrepayResponse:
    """JSAPI支付下单

    JSAPI支付下单 — cross-border order for payment inside WeChat: an official-account page
    (JSAPI) or a mini program (the same call; `appid` is then the mini program's AppID).
    Send `trade_type` `JSAPI` and the payer's `openid` under `appid`. Returns `prepay_id`,
    which the page or mini program uses, with a pay-sign made by the merchant, to open the
    payment sheet.

    - Amounts are integers in the minor unit of `amount.currency` (e.g. cents for `HKD`,
      whole yen for `JPY`), not necessarily fen.
    - `merchant_category_code` (MCC) is required for cross-border orders.
    - When the user pays, `notify_url` receives `TRANSACTION.SUCCESS` (decrypted resource:
      `GlobalTransactionNotificationResource`).
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, look the
      order up with `query_global_transaction_by_out_trade_no`; resend only with the same
      `out_trade_no` and parameters if it does not exist, or close it first.
    - Served only from the cross-border origin (operation `servers`).

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014150

    Operation: ``create_global_jsapi_transaction`` (POST /v3/global/transactions/jsapi)

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
        GlobalPayPrepayResponse
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
) -> Response[GlobalPayPrepayResponse]:
    """JSAPI支付下单

    JSAPI支付下单 — cross-border order for payment inside WeChat: an official-account page
    (JSAPI) or a mini program (the same call; `appid` is then the mini program's AppID).
    Send `trade_type` `JSAPI` and the payer's `openid` under `appid`. Returns `prepay_id`,
    which the page or mini program uses, with a pay-sign made by the merchant, to open the
    payment sheet.

    - Amounts are integers in the minor unit of `amount.currency` (e.g. cents for `HKD`,
      whole yen for `JPY`), not necessarily fen.
    - `merchant_category_code` (MCC) is required for cross-border orders.
    - When the user pays, `notify_url` receives `TRANSACTION.SUCCESS` (decrypted resource:
      `GlobalTransactionNotificationResource`).
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, look the
      order up with `query_global_transaction_by_out_trade_no`; resend only with the same
      `out_trade_no` and parameters if it does not exist, or close it first.
    - Served only from the cross-border origin (operation `servers`).

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014150

    Operation: ``create_global_jsapi_transaction`` (POST /v3/global/transactions/jsapi)

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
        Response[GlobalPayPrepayResponse]
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
) -> GlobalPayPrepayResponse:
    """JSAPI支付下单

    JSAPI支付下单 — cross-border order for payment inside WeChat: an official-account page
    (JSAPI) or a mini program (the same call; `appid` is then the mini program's AppID).
    Send `trade_type` `JSAPI` and the payer's `openid` under `appid`. Returns `prepay_id`,
    which the page or mini program uses, with a pay-sign made by the merchant, to open the
    payment sheet.

    - Amounts are integers in the minor unit of `amount.currency` (e.g. cents for `HKD`,
      whole yen for `JPY`), not necessarily fen.
    - `merchant_category_code` (MCC) is required for cross-border orders.
    - When the user pays, `notify_url` receives `TRANSACTION.SUCCESS` (decrypted resource:
      `GlobalTransactionNotificationResource`).
    - Not documented as idempotent. After a timeout, 5XX or unverifiable answer, look the
      order up with `query_global_transaction_by_out_trade_no`; resend only with the same
      `out_trade_no` and parameters if it does not exist, or close it first.
    - Served only from the cross-border origin (operation `servers`).

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014150

    Operation: ``create_global_jsapi_transaction`` (POST /v3/global/transactions/jsapi)

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
        GlobalPayPrepayResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
