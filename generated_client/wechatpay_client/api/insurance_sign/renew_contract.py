# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_renew_contract_request import InsuranceRenewContractRequest
from ...types import Response

OPERATION_ID = "renew_contract"


def _get_kwargs(
    plan_id: int,
    contract_id: str,
    *,
    body: InsuranceRenewContractRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew".format(
            plan_id=quote(str(plan_id), safe=""),
            contract_id=quote(str(contract_id), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsuranceRenewContractRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return  # a no-content success under another 2xx status: nothing to decode, the call succeeded
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    plan_id: int,
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceRenewContractRequest,
) -> Response[None]:
    """保险商户受理续期自动续费协议

    Renews (续期) an expired insurance auto-renewal contract by giving it a new list of
    policy periods.

    - Allowed only after the contract has expired, and only if the pre-sign set
      `can_auto_insure` or `can_auto_reinsure` to true.
    - Success is `204 No Content`; the empty answer is still signed.
    - WeChat Pay then sends `INSURANCE_ENTRUST.RENEW` to the callback URL configured on the
      plan template.
    - Idempotency is not documented. If the outcome is unclear, check the contract with
      `query_contract` (and its periods with `list_policy_periods`) before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489588

    Operation: ``renew_contract`` (POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew)

    Args:
        plan_id (int):
        contract_id (str):
        body (InsuranceRenewContractRequest): 续期自动续费协议请求 — renew-contract request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
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


async def asyncio_detailed(
    plan_id: int,
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsuranceRenewContractRequest,
) -> Response[None]:
    """保险商户受理续期自动续费协议

    Renews (续期) an expired insurance auto-renewal contract by giving it a new list of
    policy periods.

    - Allowed only after the contract has expired, and only if the pre-sign set
      `can_auto_insure` or `can_auto_reinsure` to true.
    - Success is `204 No Content`; the empty answer is still signed.
    - WeChat Pay then sends `INSURANCE_ENTRUST.RENEW` to the callback URL configured on the
      plan template.
    - Idempotency is not documented. If the outcome is unclear, check the contract with
      `query_contract` (and its periods with `list_policy_periods`) before calling again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012489588

    Operation: ``renew_contract`` (POST /v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew)

    Args:
        plan_id (int):
        contract_id (str):
        body (InsuranceRenewContractRequest): 续期自动续费协议请求 — renew-contract request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
