# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy_period_state import InsurancePolicyPeriodState
from ...types import Response

OPERATION_ID = "query_policy_period_schedule"


def _get_kwargs(
    contract_id: str,
    policy_period_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}".format(
            contract_id=quote(str(contract_id), safe=""),
            policy_period_id=quote(str(policy_period_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

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
) -> Response[InsurancePolicyPeriodState]:
    """保险商户查询保险自动续费预约

    Reads the booking state of one policy period. The docs name it as the way to settle a
    `schedule_policy_period` call whose result was left unclear by a system problem. Safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471229

    Operation: ``query_policy_period_schedule`` (GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id})

    Args:
        contract_id (str):
        policy_period_id (int):

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
) -> InsurancePolicyPeriodState:
    """保险商户查询保险自动续费预约

    Reads the booking state of one policy period. The docs name it as the way to settle a
    `schedule_policy_period` call whose result was left unclear by a system problem. Safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471229

    Operation: ``query_policy_period_schedule`` (GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id})

    Args:
        contract_id (str):
        policy_period_id (int):

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
) -> Response[InsurancePolicyPeriodState]:
    """保险商户查询保险自动续费预约

    Reads the booking state of one policy period. The docs name it as the way to settle a
    `schedule_policy_period` call whose result was left unclear by a system problem. Safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471229

    Operation: ``query_policy_period_schedule`` (GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id})

    Args:
        contract_id (str):
        policy_period_id (int):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    policy_period_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> InsurancePolicyPeriodState:
    """保险商户查询保险自动续费预约

    Reads the booking state of one policy period. The docs name it as the way to settle a
    `schedule_policy_period` call whose result was left unclear by a system problem. Safe
    to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012471229

    Operation: ``query_policy_period_schedule`` (GET /v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id})

    Args:
        contract_id (str):
        policy_period_id (int):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
