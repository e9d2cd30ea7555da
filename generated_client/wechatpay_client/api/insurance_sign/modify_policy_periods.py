# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_modify_policy_periods_request import InsuranceModifyPolicyPeriodsRequest
from ...models.insurance_modify_policy_periods_response import InsuranceModifyPolicyPeriodsResponse
from ...types import Response

OPERATION_ID = "modify_policy_periods"


def _get_kwargs(
    plan_id: int,
    contract_id: str,
    *,
    body: InsuranceModifyPolicyPeriodsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify".format(
            plan_id=quote(str(plan_id), safe=""),
            contract_id=quote(str(contract_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsuranceModifyPolicyPeriodsRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsuranceModifyPolicyPeriodsResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsuranceModifyPolicyPeriodsResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsuranceModifyPolicyPeriodsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: int,
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceModifyPolicyPeriodsRequest,
) -> Response[InsuranceModifyPolicyPeriodsResponse]:
    """保险商户修改保险扣费周期列表

    Changes the estimated amounts of a contract's policy periods.

    - Only periods in state `NO_SCHEDULED` or `SCHEDULED` can change, and an amount can
      only go down.
    - One request may lower one amount at most; send every other period exactly as it is.
    - `allow_cancel_scheduled` (是否允许取消预约) presumably lets WeChat Pay drop an existing
      schedule of the changed period; `cancel_scheduled_policy_period_id` then names that
      period.
    - The docs ask for a `list_policy_periods` check before the change and again when the
      outcome is unclear. Not idempotent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012987596

    Operation: ``modify_policy_periods`` (POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify)

    Args:
        plan_id (int):
        contract_id (str):
        body (InsuranceModifyPolicyPeriodsRequest): 修改保险扣费周期列表请求 — modify request: the full list
            of periods, with at most one
            lowered amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsuranceModifyPolicyPeriodsResponse]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: int,
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceModifyPolicyPeriodsRequest,
) -> InsuranceModifyPolicyPeriodsResponse:
    """保险商户修改保险扣费周期列表

    Changes the estimated amounts of a contract's policy periods.

    - Only periods in state `NO_SCHEDULED` or `SCHEDULED` can change, and an amount can
      only go down.
    - One request may lower one amount at most; send every other period exactly as it is.
    - `allow_cancel_scheduled` (是否允许取消预约) presumably lets WeChat Pay drop an existing
      schedule of the changed period; `cancel_scheduled_policy_period_id` then names that
      period.
    - The docs ask for a `list_policy_periods` check before the change and again when the
      outcome is unclear. Not idempotent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012987596

    Operation: ``modify_policy_periods`` (POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify)

    Args:
        plan_id (int):
        contract_id (str):
        body (InsuranceModifyPolicyPeriodsRequest): 修改保险扣费周期列表请求 — modify request: the full list
            of periods, with at most one
            lowered amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsuranceModifyPolicyPeriodsResponse
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    plan_id: int,
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceModifyPolicyPeriodsRequest,
) -> Response[InsuranceModifyPolicyPeriodsResponse]:
    """保险商户修改保险扣费周期列表

    Changes the estimated amounts of a contract's policy periods.

    - Only periods in state `NO_SCHEDULED` or `SCHEDULED` can change, and an amount can
      only go down.
    - One request may lower one amount at most; send every other period exactly as it is.
    - `allow_cancel_scheduled` (是否允许取消预约) presumably lets WeChat Pay drop an existing
      schedule of the changed period; `cancel_scheduled_policy_period_id` then names that
      period.
    - The docs ask for a `list_policy_periods` check before the change and again when the
      outcome is unclear. Not idempotent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012987596

    Operation: ``modify_policy_periods`` (POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify)

    Args:
        plan_id (int):
        contract_id (str):
        body (InsuranceModifyPolicyPeriodsRequest): 修改保险扣费周期列表请求 — modify request: the full list
            of periods, with at most one
            lowered amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsuranceModifyPolicyPeriodsResponse]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: int,
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceModifyPolicyPeriodsRequest,
) -> InsuranceModifyPolicyPeriodsResponse:
    """保险商户修改保险扣费周期列表

    Changes the estimated amounts of a contract's policy periods.

    - Only periods in state `NO_SCHEDULED` or `SCHEDULED` can change, and an amount can
      only go down.
    - One request may lower one amount at most; send every other period exactly as it is.
    - `allow_cancel_scheduled` (是否允许取消预约) presumably lets WeChat Pay drop an existing
      schedule of the changed period; `cancel_scheduled_policy_period_id` then names that
      period.
    - The docs ask for a `list_policy_periods` check before the change and again when the
      outcome is unclear. Not idempotent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012987596

    Operation: ``modify_policy_periods`` (POST /v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify)

    Args:
        plan_id (int):
        contract_id (str):
        body (InsuranceModifyPolicyPeriodsRequest): 修改保险扣费周期列表请求 — modify request: the full list
            of periods, with at most one
            lowered amount.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsuranceModifyPolicyPeriodsResponse
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
