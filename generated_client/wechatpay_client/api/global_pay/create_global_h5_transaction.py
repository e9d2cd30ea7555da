# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_pay_h5_response import GlobalPayH5Response
from ...models.global_pay_h5_transaction_create_request import GlobalPayH5TransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_global_h5_transaction"


def _get_kwargs(
    *,
    body: GlobalPayH5TransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/transactions/mweb",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPayH5TransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPayH5Response:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPayH5Response)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GlobalPayH5Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayH5TransactionCreateRequest,
) -> Response[GlobalPayH5Response]:
    """H5支付下单

    H5支付下单 — cross-border order for payment from a mobile browser outside WeChat
    (`trade_type` `MWEB`). Returns `mweb_url`: send the user's browser there to open
    WeChat and pay. Unlike the other order types, `scene_info` with the user's IP
    (`payer_client_ip`) and the store (`store_info`) is required.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`); a user returning to the page is no proof
      of payment.
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014399

    Operation: ``create_global_h5_transaction`` (POST /v3/global/transactions/mweb)

    Args:
        body (GlobalPayH5TransactionCreateRequest): H5下单请求 — body of
            `create_global_h5_transaction` (direct mode). Same fields as
            `GlobalPayTransactionCreateRequest`, with `trade_type` `MWEB` and a required
            `scene_info` that names the user's IP and the store.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPayH5Response]
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
    body: GlobalPayH5TransactionCreateRequest,
) -> GlobalPayH5Response:
    """H5支付下单

    H5支付下单 — cross-border order for payment from a mobile browser outside WeChat
    (`trade_type` `MWEB`). Returns `mweb_url`: send the user's browser there to open
    WeChat and pay. Unlike the other order types, `scene_info` with the user's IP
    (`payer_client_ip`) and the store (`store_info`) is required.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`); a user returning to the page is no proof
      of payment.
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014399

    Operation: ``create_global_h5_transaction`` (POST /v3/global/transactions/mweb)

    Args:
        body (GlobalPayH5TransactionCreateRequest): H5下单请求 — body of
            `create_global_h5_transaction` (direct mode). Same fields as
            `GlobalPayTransactionCreateRequest`, with `trade_type` `MWEB` and a required
            `scene_info` that names the user's IP and the store.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPayH5Response
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
    body: GlobalPayH5TransactionCreateRequest,
) -> Response[GlobalPayH5Response]:
    """H5支付下单

    H5支付下单 — cross-border order for payment from a mobile browser outside WeChat
    (`trade_type` `MWEB`). Returns `mweb_url`: send the user's browser there to open
    WeChat and pay. Unlike the other order types, `scene_info` with the user's IP
    (`payer_client_ip`) and the store (`store_info`) is required.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`); a user returning to the page is no proof
      of payment.
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014399

    Operation: ``create_global_h5_transaction`` (POST /v3/global/transactions/mweb)

    Args:
        body (GlobalPayH5TransactionCreateRequest): H5下单请求 — body of
            `create_global_h5_transaction` (direct mode). Same fields as
            `GlobalPayTransactionCreateRequest`, with `trade_type` `MWEB` and a required
            `scene_info` that names the user's IP and the store.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPayH5Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPayH5TransactionCreateRequest,
) -> GlobalPayH5Response:
    """H5支付下单

    H5支付下单 — cross-border order for payment from a mobile browser outside WeChat
    (`trade_type` `MWEB`). Returns `mweb_url`: send the user's browser there to open
    WeChat and pay. Unlike the other order types, `scene_info` with the user's IP
    (`payer_client_ip`) and the store (`store_info`) is required.

    - Amounts are integers in the minor unit of `amount.currency`, not necessarily fen.
    - The outcome arrives at `notify_url` as `TRANSACTION.SUCCESS`
      (`GlobalTransactionNotificationResource`); a user returning to the page is no proof
      of payment.
    - Not documented as idempotent: after an unclear outcome, check with
      `query_global_transaction_by_out_trade_no` before resending.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013014399

    Operation: ``create_global_h5_transaction`` (POST /v3/global/transactions/mweb)

    Args:
        body (GlobalPayH5TransactionCreateRequest): H5下单请求 — body of
            `create_global_h5_transaction` (direct mode). Same fields as
            `GlobalPayTransactionCreateRequest`, with `trade_type` `MWEB` and a required
            `scene_info` that names the user's IP and the store.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPayH5Response
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
