# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy_authorization import InsurancePolicyAuthorization
from ...models.insurance_policy_authorization_request import InsurancePolicyAuthorizationRequest
from ...types import Response

OPERATION_ID = "submit_policy_authorization"


def _get_kwargs(
    *,
    body: InsurancePolicyAuthorizationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/inspolicymgr/deduct/authorizations",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsurancePolicyAuthorizationRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePolicyAuthorization:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePolicyAuthorization)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsurancePolicyAuthorization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePolicyAuthorizationRequest,
) -> Response[InsurancePolicyAuthorization]:
    """提交保单授权信息

    提交保单授权信息 — registers, while an insurance-deduction contract is being pre-signed,
    that the merchant wants the user's consent for WeChat Pay to show this policy. After the
    contract is signed the record moves to `AUTH_STATE_PENDING`; it becomes
    `AUTH_STATE_GRANTED` only once the user agrees inside the WeChat Pay client (announced by
    the `INSURANCE_POLICY_MANAGEMENT.GRANTED` notification). Uploading the policy
    (`upload_policy`) comes after that consent.

    - `out_insurance_no` is the merchant's own key for the policy; `plan_id` and
      `out_contract_code` name the deduction contract it belongs to.
    - Not documented as idempotent. After a timeout or 5xx, read the record with
      `query_policy_authorization` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617408

    Operation: ``submit_policy_authorization`` (POST /v3/inspolicymgr/deduct/authorizations)

    Args:
        body (InsurancePolicyAuthorizationRequest): 提交保单授权信息请求 — policy authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyAuthorization]
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
    body: InsurancePolicyAuthorizationRequest,
) -> InsurancePolicyAuthorization:
    """提交保单授权信息

    提交保单授权信息 — registers, while an insurance-deduction contract is being pre-signed,
    that the merchant wants the user's consent for WeChat Pay to show this policy. After the
    contract is signed the record moves to `AUTH_STATE_PENDING`; it becomes
    `AUTH_STATE_GRANTED` only once the user agrees inside the WeChat Pay client (announced by
    the `INSURANCE_POLICY_MANAGEMENT.GRANTED` notification). Uploading the policy
    (`upload_policy`) comes after that consent.

    - `out_insurance_no` is the merchant's own key for the policy; `plan_id` and
      `out_contract_code` name the deduction contract it belongs to.
    - Not documented as idempotent. After a timeout or 5xx, read the record with
      `query_policy_authorization` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617408

    Operation: ``submit_policy_authorization`` (POST /v3/inspolicymgr/deduct/authorizations)

    Args:
        body (InsurancePolicyAuthorizationRequest): 提交保单授权信息请求 — policy authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyAuthorization
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
    body: InsurancePolicyAuthorizationRequest,
) -> Response[InsurancePolicyAuthorization]:
    """提交保单授权信息

    提交保单授权信息 — registers, while an insurance-deduction contract is being pre-signed,
    that the merchant wants the user's consent for WeChat Pay to show this policy. After the
    contract is signed the record moves to `AUTH_STATE_PENDING`; it becomes
    `AUTH_STATE_GRANTED` only once the user agrees inside the WeChat Pay client (announced by
    the `INSURANCE_POLICY_MANAGEMENT.GRANTED` notification). Uploading the policy
    (`upload_policy`) comes after that consent.

    - `out_insurance_no` is the merchant's own key for the policy; `plan_id` and
      `out_contract_code` name the deduction contract it belongs to.
    - Not documented as idempotent. After a timeout or 5xx, read the record with
      `query_policy_authorization` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617408

    Operation: ``submit_policy_authorization`` (POST /v3/inspolicymgr/deduct/authorizations)

    Args:
        body (InsurancePolicyAuthorizationRequest): 提交保单授权信息请求 — policy authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicyAuthorization]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePolicyAuthorizationRequest,
) -> InsurancePolicyAuthorization:
    """提交保单授权信息

    提交保单授权信息 — registers, while an insurance-deduction contract is being pre-signed,
    that the merchant wants the user's consent for WeChat Pay to show this policy. After the
    contract is signed the record moves to `AUTH_STATE_PENDING`; it becomes
    `AUTH_STATE_GRANTED` only once the user agrees inside the WeChat Pay client (announced by
    the `INSURANCE_POLICY_MANAGEMENT.GRANTED` notification). Uploading the policy
    (`upload_policy`) comes after that consent.

    - `out_insurance_no` is the merchant's own key for the policy; `plan_id` and
      `out_contract_code` name the deduction contract it belongs to.
    - Not documented as idempotent. After a timeout or 5xx, read the record with
      `query_policy_authorization` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617408

    Operation: ``submit_policy_authorization`` (POST /v3/inspolicymgr/deduct/authorizations)

    Args:
        body (InsurancePolicyAuthorizationRequest): 提交保单授权信息请求 — policy authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicyAuthorization
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
