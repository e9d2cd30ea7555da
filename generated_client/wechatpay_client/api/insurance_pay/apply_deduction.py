# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsuranceApplyDeductionResponse:
    if response.status_code == 200:
        response_200 = InsuranceApplyDeductionResponse.from_dict(response.json())

        return response_200

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

    保险商户受理保险自动续费扣款API — apply for the deduction of a scheduled policy period.
    The response only acknowledges acceptance; the deduction runs asynchronously and its
    result is sent to `transaction_notify_url` as `TRANSACTION.SUCCESS` or
    `TRANSACTION.FAIL` (`trade_type` = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must be scheduled (`schedule_policy_period`), `amount` must equal the
      scheduled amount, and the call must fall inside the deduction window.
    - A failed deduction may be retried through this operation within the deduction window;
      the number of retries is limited by undocumented rules.
    - No reconciliation query is documented for this family, so this operation carries no
      `x-wechatpay-reconcile-with`: whether a retry must reuse or change `out_trade_no`, and
      whether a resent one is deduplicated, is not published. After an unclear outcome, wait
      for the `TRANSACTION.*` notification, or query the order with the basic-payment order
      query (`GET /v3/pay/transactions/out-trade-no/{out_trade_no}`, not confirmed for PAP
      orders), before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    保险商户受理保险自动续费扣款API — apply for the deduction of a scheduled policy period.
    The response only acknowledges acceptance; the deduction runs asynchronously and its
    result is sent to `transaction_notify_url` as `TRANSACTION.SUCCESS` or
    `TRANSACTION.FAIL` (`trade_type` = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must be scheduled (`schedule_policy_period`), `amount` must equal the
      scheduled amount, and the call must fall inside the deduction window.
    - A failed deduction may be retried through this operation within the deduction window;
      the number of retries is limited by undocumented rules.
    - No reconciliation query is documented for this family, so this operation carries no
      `x-wechatpay-reconcile-with`: whether a retry must reuse or change `out_trade_no`, and
      whether a resent one is deduplicated, is not published. After an unclear outcome, wait
      for the `TRANSACTION.*` notification, or query the order with the basic-payment order
      query (`GET /v3/pay/transactions/out-trade-no/{out_trade_no}`, not confirmed for PAP
      orders), before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    保险商户受理保险自动续费扣款API — apply for the deduction of a scheduled policy period.
    The response only acknowledges acceptance; the deduction runs asynchronously and its
    result is sent to `transaction_notify_url` as `TRANSACTION.SUCCESS` or
    `TRANSACTION.FAIL` (`trade_type` = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must be scheduled (`schedule_policy_period`), `amount` must equal the
      scheduled amount, and the call must fall inside the deduction window.
    - A failed deduction may be retried through this operation within the deduction window;
      the number of retries is limited by undocumented rules.
    - No reconciliation query is documented for this family, so this operation carries no
      `x-wechatpay-reconcile-with`: whether a retry must reuse or change `out_trade_no`, and
      whether a resent one is deduplicated, is not published. After an unclear outcome, wait
      for the `TRANSACTION.*` notification, or query the order with the basic-payment order
      query (`GET /v3/pay/transactions/out-trade-no/{out_trade_no}`, not confirmed for PAP
      orders), before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

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

    保险商户受理保险自动续费扣款API — apply for the deduction of a scheduled policy period.
    The response only acknowledges acceptance; the deduction runs asynchronously and its
    result is sent to `transaction_notify_url` as `TRANSACTION.SUCCESS` or
    `TRANSACTION.FAIL` (`trade_type` = `PAP`; see `InsuranceTransactionNotificationResource`).

    - The period must be scheduled (`schedule_policy_period`), `amount` must equal the
      scheduled amount, and the call must fall inside the deduction window.
    - A failed deduction may be retried through this operation within the deduction window;
      the number of retries is limited by undocumented rules.
    - No reconciliation query is documented for this family, so this operation carries no
      `x-wechatpay-reconcile-with`: whether a retry must reuse or change `out_trade_no`, and
      whether a resent one is deduplicated, is not published. After an unclear outcome, wait
      for the `TRANSACTION.*` notification, or query the order with the basic-payment order
      query (`GET /v3/pay/transactions/out-trade-no/{out_trade_no}`, not confirmed for PAP
      orders), before applying again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471158

    Operation: ``apply_deduction`` (POST /v3/papay/insurance-pay/transactions/apply)

    Args:
        body (InsuranceApplyDeductionRequest): 受理保险自动续费扣款请求 — apply-deduction request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        errors.UnexpectedStatus: a status the spec does not list as a success (plain client, no auth plugin).

    Returns:
        InsuranceApplyDeductionResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
