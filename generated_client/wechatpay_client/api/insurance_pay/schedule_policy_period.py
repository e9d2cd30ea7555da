# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy_period_state import InsurancePolicyPeriodState
from ...models.insurance_schedule_policy_period_request import InsuranceSchedulePolicyPeriodRequest
from ...types import Response

OPERATION_ID = "schedule_policy_period"


def _get_kwargs(
    contract_id: str,
    policy_period_id: int,
    *,
    body: InsuranceSchedulePolicyPeriodRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule".format(
            contract_id=quote(str(contract_id), safe=""),
            policy_period_id=quote(str(policy_period_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsuranceSchedulePolicyPeriodRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePolicyPeriodState:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePolicyPeriodState)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePolicyPeriodState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    policy_period_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceSchedulePolicyPeriodRequest,
) -> Response[InsurancePolicyPeriodState]:
    """保险商户预约保险自动续费

    Books (预约) the deduction of one policy period; `apply_deduction` works only for a
    booked period.

    - `scheduled_amount` has to equal the period's estimated amount.
    - Booking is open from the day before the period's `estimated_deduct_date` until 28
      days after it, and only between 08:00 and 19:30 Beijing time.
    - Each period can be booked once.
    - WeChat Pay tells the user (not the merchant) about the coming deduction within 30
      minutes of a successful call; the merchant gets no notification.
    - The response gives the window in which the deduction may run (`deduct_start_date`
      to `deduct_end_date`).
    - If the outcome is unclear (timeout, system error), ask
      `query_policy_period_schedule`, the documented lookup, instead of calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471270

    Operation: ``schedule_policy_period`` (POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule)

    Args:
        contract_id (str):
        policy_period_id (int):
        body (InsuranceSchedulePolicyPeriodRequest): 预约保险自动续费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyPeriodState]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        policy_period_id=policy_period_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    policy_period_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceSchedulePolicyPeriodRequest,
) -> InsurancePolicyPeriodState:
    """保险商户预约保险自动续费

    Books (预约) the deduction of one policy period; `apply_deduction` works only for a
    booked period.

    - `scheduled_amount` has to equal the period's estimated amount.
    - Booking is open from the day before the period's `estimated_deduct_date` until 28
      days after it, and only between 08:00 and 19:30 Beijing time.
    - Each period can be booked once.
    - WeChat Pay tells the user (not the merchant) about the coming deduction within 30
      minutes of a successful call; the merchant gets no notification.
    - The response gives the window in which the deduction may run (`deduct_start_date`
      to `deduct_end_date`).
    - If the outcome is unclear (timeout, system error), ask
      `query_policy_period_schedule`, the documented lookup, instead of calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471270

    Operation: ``schedule_policy_period`` (POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule)

    Args:
        contract_id (str):
        policy_period_id (int):
        body (InsuranceSchedulePolicyPeriodRequest): 预约保险自动续费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyPeriodState
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        policy_period_id=policy_period_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    contract_id: str,
    policy_period_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceSchedulePolicyPeriodRequest,
) -> Response[InsurancePolicyPeriodState]:
    """保险商户预约保险自动续费

    Books (预约) the deduction of one policy period; `apply_deduction` works only for a
    booked period.

    - `scheduled_amount` has to equal the period's estimated amount.
    - Booking is open from the day before the period's `estimated_deduct_date` until 28
      days after it, and only between 08:00 and 19:30 Beijing time.
    - Each period can be booked once.
    - WeChat Pay tells the user (not the merchant) about the coming deduction within 30
      minutes of a successful call; the merchant gets no notification.
    - The response gives the window in which the deduction may run (`deduct_start_date`
      to `deduct_end_date`).
    - If the outcome is unclear (timeout, system error), ask
      `query_policy_period_schedule`, the documented lookup, instead of calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471270

    Operation: ``schedule_policy_period`` (POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule)

    Args:
        contract_id (str):
        policy_period_id (int):
        body (InsuranceSchedulePolicyPeriodRequest): 预约保险自动续费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyPeriodState]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        policy_period_id=policy_period_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    policy_period_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceSchedulePolicyPeriodRequest,
) -> InsurancePolicyPeriodState:
    """保险商户预约保险自动续费

    Books (预约) the deduction of one policy period; `apply_deduction` works only for a
    booked period.

    - `scheduled_amount` has to equal the period's estimated amount.
    - Booking is open from the day before the period's `estimated_deduct_date` until 28
      days after it, and only between 08:00 and 19:30 Beijing time.
    - Each period can be booked once.
    - WeChat Pay tells the user (not the merchant) about the coming deduction within 30
      minutes of a successful call; the merchant gets no notification.
    - The response gives the window in which the deduction may run (`deduct_start_date`
      to `deduct_end_date`).
    - If the outcome is unclear (timeout, system error), ask
      `query_policy_period_schedule`, the documented lookup, instead of calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471270

    Operation: ``schedule_policy_period`` (POST /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule)

    Args:
        contract_id (str):
        policy_period_id (int):
        body (InsuranceSchedulePolicyPeriodRequest): 预约保险自动续费请求 — schedule request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyPeriodState
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        policy_period_id=policy_period_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
