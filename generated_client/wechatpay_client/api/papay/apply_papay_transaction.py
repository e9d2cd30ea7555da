# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_apply_transaction_request import PapayApplyTransactionRequest
from ...models.papay_apply_transaction_response import PapayApplyTransactionResponse
from ...types import Response

OPERATION_ID = "apply_papay_transaction"


def _get_kwargs(
    *,
    body: PapayApplyTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/pay/transactions/apply",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PapayApplyTransactionRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PapayApplyTransactionResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PapayApplyTransactionResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PapayApplyTransactionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PapayApplyTransactionRequest,
) -> Response[PapayApplyTransactionResponse]:
    """受理扣款

    Asks WeChat Pay to take money from the user under a signed contract (`contract_id`). On a
    scheduled-deduction plan this works only after `schedule_papay_deduction` succeeded, and
    only inside the window it returned; `amount` must then match the scheduled amount.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (the Harmony variant's page points to this query)
      or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467087

    Operation: ``apply_papay_transaction`` (POST /v3/papay/pay/transactions/apply)

    Args:
        body (PapayApplyTransactionRequest): 受理委托代扣扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PapayApplyTransactionResponse]
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
    body: PapayApplyTransactionRequest,
) -> PapayApplyTransactionResponse:
    """受理扣款

    Asks WeChat Pay to take money from the user under a signed contract (`contract_id`). On a
    scheduled-deduction plan this works only after `schedule_papay_deduction` succeeded, and
    only inside the window it returned; `amount` must then match the scheduled amount.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (the Harmony variant's page points to this query)
      or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467087

    Operation: ``apply_papay_transaction`` (POST /v3/papay/pay/transactions/apply)

    Args:
        body (PapayApplyTransactionRequest): 受理委托代扣扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayApplyTransactionResponse
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
    body: PapayApplyTransactionRequest,
) -> Response[PapayApplyTransactionResponse]:
    """受理扣款

    Asks WeChat Pay to take money from the user under a signed contract (`contract_id`). On a
    scheduled-deduction plan this works only after `schedule_papay_deduction` succeeded, and
    only inside the window it returned; `amount` must then match the scheduled amount.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (the Harmony variant's page points to this query)
      or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467087

    Operation: ``apply_papay_transaction`` (POST /v3/papay/pay/transactions/apply)

    Args:
        body (PapayApplyTransactionRequest): 受理委托代扣扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PapayApplyTransactionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PapayApplyTransactionRequest,
) -> PapayApplyTransactionResponse:
    """受理扣款

    Asks WeChat Pay to take money from the user under a signed contract (`contract_id`). On a
    scheduled-deduction plan this works only after `schedule_papay_deduction` succeeded, and
    only inside the window it returned; `amount` must then match the scheduled amount.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (the Harmony variant's page points to this query)
      or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012467087

    Operation: ``apply_papay_transaction`` (POST /v3/papay/pay/transactions/apply)

    Args:
        body (PapayApplyTransactionRequest): 受理委托代扣扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PapayApplyTransactionResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
