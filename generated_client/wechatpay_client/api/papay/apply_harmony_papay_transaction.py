# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.papay_apply_transaction_response import PapayApplyTransactionResponse
from ...models.papay_harmony_apply_transaction_request import PapayHarmonyApplyTransactionRequest
from ...types import Response

OPERATION_ID = "apply_harmony_papay_transaction"


def _get_kwargs(
    *,
    body: PapayHarmonyApplyTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/pay/harmony/transactions/apply",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PapayHarmonyApplyTransactionRequest)
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
    body: PapayHarmonyApplyTransactionRequest,
) -> Response[PapayApplyTransactionResponse]:
    """代扣受理扣款

    The Harmony variant of the deduction request: charges the user under a contract created
    through `pre_sign_harmony_contract`. Besides the fields of `apply_papay_transaction` it
    takes the user's `harmony_account_id` (required) and an optional merchant category code
    `mcc`.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (this page names the order query as the way to
      learn the state) or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013388429

    Operation: ``apply_harmony_papay_transaction`` (POST /v3/papay/pay/harmony/transactions/apply)

    Args:
        body (PapayHarmonyApplyTransactionRequest): 鸿蒙代扣受理扣款请求 — Harmony apply-deduction request.

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
    body: PapayHarmonyApplyTransactionRequest,
) -> PapayApplyTransactionResponse:
    """代扣受理扣款

    The Harmony variant of the deduction request: charges the user under a contract created
    through `pre_sign_harmony_contract`. Besides the fields of `apply_papay_transaction` it
    takes the user's `harmony_account_id` (required) and an optional merchant category code
    `mcc`.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (this page names the order query as the way to
      learn the state) or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013388429

    Operation: ``apply_harmony_papay_transaction`` (POST /v3/papay/pay/harmony/transactions/apply)

    Args:
        body (PapayHarmonyApplyTransactionRequest): 鸿蒙代扣受理扣款请求 — Harmony apply-deduction request.

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
    body: PapayHarmonyApplyTransactionRequest,
) -> Response[PapayApplyTransactionResponse]:
    """代扣受理扣款

    The Harmony variant of the deduction request: charges the user under a contract created
    through `pre_sign_harmony_contract`. Besides the fields of `apply_papay_transaction` it
    takes the user's `harmony_account_id` (required) and an optional merchant category code
    `mcc`.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (this page names the order query as the way to
      learn the state) or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013388429

    Operation: ``apply_harmony_papay_transaction`` (POST /v3/papay/pay/harmony/transactions/apply)

    Args:
        body (PapayHarmonyApplyTransactionRequest): 鸿蒙代扣受理扣款请求 — Harmony apply-deduction request.

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
    body: PapayHarmonyApplyTransactionRequest,
) -> PapayApplyTransactionResponse:
    """代扣受理扣款

    The Harmony variant of the deduction request: charges the user under a contract created
    through `pre_sign_harmony_contract`. Besides the fields of `apply_papay_transaction` it
    takes the user's `harmony_account_id` (required) and an optional merchant category code
    `mcc`.

    - A 200 means the request was accepted, not that money moved (`out_trade_no`, `amount`).
      The charge itself happens later; its result arrives at `transaction_notify_url` as
      `TRANSACTION.SUCCESS` / `TRANSACTION.FAIL` (`trade_type` = `PAP`).
    - No idempotency on `out_trade_no` is documented. If the outcome is unclear, read the order
      with `query_transaction_by_out_trade_no` (this page names the order query as the way to
      learn the state) or wait for the notification before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4013388429

    Operation: ``apply_harmony_papay_transaction`` (POST /v3/papay/pay/harmony/transactions/apply)

    Args:
        body (PapayHarmonyApplyTransactionRequest): 鸿蒙代扣受理扣款请求 — Harmony apply-deduction request.

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
