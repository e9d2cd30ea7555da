# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_papay_transaction import GlobalPapayTransaction
from ...models.global_papay_transaction_create_request import GlobalPapayTransactionCreateRequest
from ...types import Response

OPERATION_ID = "create_global_papay_transaction"


def _get_kwargs(
    *,
    body: GlobalPapayTransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/papay/transactions",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPapayTransactionCreateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPapayTransaction:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPapayTransaction)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalPapayTransaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPapayTransactionCreateRequest,
) -> Response[GlobalPapayTransaction]:
    """支付扣款

    支付扣款 — deducts from a user under a signed cross-border contract (`contract_id`), for
    periodic or after-the-fact charges (utilities, phone bills, power-bank rental ...). The
    amount is an integer in the smallest unit of `amount.currency`.

    - The answer carries the order's `trade_state`; the final result is also sent to
      `notify_url` as a `TRANSACTION.SUCCESS` notification.
    - Not documented as idempotent. After a timeout or 5XX, look the order up with
      `query_global_papay_transaction_by_out_trade_no` and resend only with the same
      `out_trade_no` and parameters if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015482

    Operation: ``create_global_papay_transaction`` (POST /v3/global/papay/transactions)

    Args:
        body (GlobalPapayTransactionCreateRequest): 支付扣款请求 — deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPapayTransaction]
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
    body: GlobalPapayTransactionCreateRequest,
) -> GlobalPapayTransaction:
    """支付扣款

    支付扣款 — deducts from a user under a signed cross-border contract (`contract_id`), for
    periodic or after-the-fact charges (utilities, phone bills, power-bank rental ...). The
    amount is an integer in the smallest unit of `amount.currency`.

    - The answer carries the order's `trade_state`; the final result is also sent to
      `notify_url` as a `TRANSACTION.SUCCESS` notification.
    - Not documented as idempotent. After a timeout or 5XX, look the order up with
      `query_global_papay_transaction_by_out_trade_no` and resend only with the same
      `out_trade_no` and parameters if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015482

    Operation: ``create_global_papay_transaction`` (POST /v3/global/papay/transactions)

    Args:
        body (GlobalPapayTransactionCreateRequest): 支付扣款请求 — deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPapayTransaction
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
    body: GlobalPapayTransactionCreateRequest,
) -> Response[GlobalPapayTransaction]:
    """支付扣款

    支付扣款 — deducts from a user under a signed cross-border contract (`contract_id`), for
    periodic or after-the-fact charges (utilities, phone bills, power-bank rental ...). The
    amount is an integer in the smallest unit of `amount.currency`.

    - The answer carries the order's `trade_state`; the final result is also sent to
      `notify_url` as a `TRANSACTION.SUCCESS` notification.
    - Not documented as idempotent. After a timeout or 5XX, look the order up with
      `query_global_papay_transaction_by_out_trade_no` and resend only with the same
      `out_trade_no` and parameters if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015482

    Operation: ``create_global_papay_transaction`` (POST /v3/global/papay/transactions)

    Args:
        body (GlobalPapayTransactionCreateRequest): 支付扣款请求 — deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPapayTransaction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPapayTransactionCreateRequest,
) -> GlobalPapayTransaction:
    """支付扣款

    支付扣款 — deducts from a user under a signed cross-border contract (`contract_id`), for
    periodic or after-the-fact charges (utilities, phone bills, power-bank rental ...). The
    amount is an integer in the smallest unit of `amount.currency`.

    - The answer carries the order's `trade_state`; the final result is also sent to
      `notify_url` as a `TRANSACTION.SUCCESS` notification.
    - Not documented as idempotent. After a timeout or 5XX, look the order up with
      `query_global_papay_transaction_by_out_trade_no` and resend only with the same
      `out_trade_no` and parameters if it does not exist.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015482

    Operation: ``create_global_papay_transaction`` (POST /v3/global/papay/transactions)

    Args:
        body (GlobalPapayTransactionCreateRequest): 支付扣款请求 — deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPapayTransaction
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
