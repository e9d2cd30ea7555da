# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy_period_list_response import InsurancePolicyPeriodListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_policy_periods"


def _get_kwargs(
    plan_id: int,
    out_contract_code: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}".format(
            plan_id=quote(str(plan_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsurancePolicyPeriodListResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePolicyPeriodListResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePolicyPeriodListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[InsurancePolicyPeriodListResponse]:
    """保险商户查询保险扣费周期列表

    Lists the policy periods (扣费周期) of a contract, found by `plan_id` and
    `out_contract_code`, with each period's state and amounts. Paged with `limit` and
    `offset`.

    The path segment is `policy_periods` with an UNDERSCORE, while the modify and schedule
    paths use `policy-periods` with a hyphen; every source spells it this way, so it is
    kept.

    `modify_policy_periods` is documented to be checked against this list, before the
    change and again after an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489530

    Operation: ``list_policy_periods`` (GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyPeriodListResponse]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> InsurancePolicyPeriodListResponse:
    """保险商户查询保险扣费周期列表

    Lists the policy periods (扣费周期) of a contract, found by `plan_id` and
    `out_contract_code`, with each period's state and amounts. Paged with `limit` and
    `offset`.

    The path segment is `policy_periods` with an UNDERSCORE, while the modify and schedule
    paths use `policy-periods` with a hyphen; every source spells it this way, so it is
    kept.

    `modify_policy_periods` is documented to be checked against this list, before the
    change and again after an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489530

    Operation: ``list_policy_periods`` (GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyPeriodListResponse
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[InsurancePolicyPeriodListResponse]:
    """保险商户查询保险扣费周期列表

    Lists the policy periods (扣费周期) of a contract, found by `plan_id` and
    `out_contract_code`, with each period's state and amounts. Paged with `limit` and
    `offset`.

    The path segment is `policy_periods` with an UNDERSCORE, while the modify and schedule
    paths use `policy-periods` with a hyphen; every source spells it this way, so it is
    kept.

    `modify_policy_periods` is documented to be checked against this list, before the
    change and again after an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489530

    Operation: ``list_policy_periods`` (GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyPeriodListResponse]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> InsurancePolicyPeriodListResponse:
    """保险商户查询保险扣费周期列表

    Lists the policy periods (扣费周期) of a contract, found by `plan_id` and
    `out_contract_code`, with each period's state and amounts. Paged with `limit` and
    `offset`.

    The path segment is `policy_periods` with an UNDERSCORE, while the modify and schedule
    paths use `policy-periods` with a hyphen; every source spells it this way, so it is
    kept.

    `modify_policy_periods` is documented to be checked against this list, before the
    change and again after an unclear outcome. Safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489530

    Operation: ``list_policy_periods`` (GET /v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code})

    Args:
        plan_id (int):
        out_contract_code (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyPeriodListResponse
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        out_contract_code=out_contract_code,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
