# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_apply_deduction_request import InsuranceApplyDeductionRequest
from ...models.insurance_apply_deduction_response import InsuranceApplyDeductionResponse
from ...types import Response

OPERATION_ID = "apply_deduction"


def _get_kwargs(
    *,
    body: InsuranceApplyDeductionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-pay/transactions/apply",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsuranceApplyDeductionRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsuranceApplyDeductionResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsuranceApplyDeductionResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsuranceApplyDeductionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceApplyDeductionRequest,
) -> Response[InsuranceApplyDeductionResponse]:
    """保险商户受理保险自动续费扣款

    Asks WeChat Pay to deduct the amount of a booked policy period. A 200 only means the
    request was accepted: the deduction itself runs later, and its result is sent to
    `transaction_notify_url` as `TRANSACTION.SUCCESS` or `TRANSACTION.FAIL` (`trade_type`
    = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must have been booked with `schedule_policy_period`, `amount` must equal
      the booked amount, and the call must fall inside the deduction window.
    - After a failed deduction the merchant may call again within the window; other,
      unpublished rules cap the number of attempts.
    - If the outcome is unclear, look the order up by `out_trade_no` with
      `query_transaction_by_out_trade_no` (the basic-payment order query, which the
      papay docs point to for deduction orders) or wait for the `TRANSACTION.*`
      notification, before applying again. Whether a new attempt must reuse or change
      `out_trade_no` is not published.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsuranceApplyDeductionResponse]
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
    body: InsuranceApplyDeductionRequest,
) -> InsuranceApplyDeductionResponse:
    """保险商户受理保险自动续费扣款

    Asks WeChat Pay to deduct the amount of a booked policy period. A 200 only means the
    request was accepted: the deduction itself runs later, and its result is sent to
    `transaction_notify_url` as `TRANSACTION.SUCCESS` or `TRANSACTION.FAIL` (`trade_type`
    = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must have been booked with `schedule_policy_period`, `amount` must equal
      the booked amount, and the call must fall inside the deduction window.
    - After a failed deduction the merchant may call again within the window; other,
      unpublished rules cap the number of attempts.
    - If the outcome is unclear, look the order up by `out_trade_no` with
      `query_transaction_by_out_trade_no` (the basic-payment order query, which the
      papay docs point to for deduction orders) or wait for the `TRANSACTION.*`
      notification, before applying again. Whether a new attempt must reuse or change
      `out_trade_no` is not published.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsuranceApplyDeductionResponse
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
    body: InsuranceApplyDeductionRequest,
) -> Response[InsuranceApplyDeductionResponse]:
    """保险商户受理保险自动续费扣款

    Asks WeChat Pay to deduct the amount of a booked policy period. A 200 only means the
    request was accepted: the deduction itself runs later, and its result is sent to
    `transaction_notify_url` as `TRANSACTION.SUCCESS` or `TRANSACTION.FAIL` (`trade_type`
    = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must have been booked with `schedule_policy_period`, `amount` must equal
      the booked amount, and the call must fall inside the deduction window.
    - After a failed deduction the merchant may call again within the window; other,
      unpublished rules cap the number of attempts.
    - If the outcome is unclear, look the order up by `out_trade_no` with
      `query_transaction_by_out_trade_no` (the basic-payment order query, which the
      papay docs point to for deduction orders) or wait for the `TRANSACTION.*`
      notification, before applying again. Whether a new attempt must reuse or change
      `out_trade_no` is not published.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsuranceApplyDeductionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceApplyDeductionRequest,
) -> InsuranceApplyDeductionResponse:
    """保险商户受理保险自动续费扣款

    Asks WeChat Pay to deduct the amount of a booked policy period. A 200 only means the
    request was accepted: the deduction itself runs later, and its result is sent to
    `transaction_notify_url` as `TRANSACTION.SUCCESS` or `TRANSACTION.FAIL` (`trade_type`
    = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must have been booked with `schedule_policy_period`, `amount` must equal
      the booked amount, and the call must fall inside the deduction window.
    - After a failed deduction the merchant may call again within the window; other,
      unpublished rules cap the number of attempts.
    - If the outcome is unclear, look the order up by `out_trade_no` with
      `query_transaction_by_out_trade_no` (the basic-payment order query, which the
      papay docs point to for deduction orders) or wait for the `TRANSACTION.*`
      notification, before applying again. Whether a new attempt must reuse or change
      `out_trade_no` is not published.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsuranceApplyDeductionResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
