# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_policy import InsurancePolicy
from ...models.insurance_policy_upload_request import InsurancePolicyUploadRequest
from ...types import UNSET, Response, Unset

OPERATION_ID = "upload_policy"


def _get_kwargs(
    *,
    body: InsurancePolicyUploadRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/inspolicymgr/deduct/policies",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, InsurancePolicyUploadRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurancePolicy:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, InsurancePolicy)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InsurancePolicy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePolicyUploadRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePolicy]:
    """上传保单

    上传保单 — sends the full policy record to WeChat Pay. Call it only after the user's
    consent is in place (`auth_state` `AUTH_STATE_GRANTED`, seen through
    `query_policy_authorization` or the consent notification).

    - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
      one and fills `Wechatpay-Serial`.
    - Not documented as idempotent. After a timeout or 5xx, read the policy with
      `query_policy` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617421

    Operation: ``upload_policy`` (POST /v3/inspolicymgr/deduct/policies)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePolicyUploadRequest): 上传保单请求 — policy upload request. `insured_name_list`
            items are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicy]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePolicyUploadRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePolicy:
    """上传保单

    上传保单 — sends the full policy record to WeChat Pay. Call it only after the user's
    consent is in place (`auth_state` `AUTH_STATE_GRANTED`, seen through
    `query_policy_authorization` or the consent notification).

    - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
      one and fills `Wechatpay-Serial`.
    - Not documented as idempotent. After a timeout or 5xx, read the policy with
      `query_policy` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617421

    Operation: ``upload_policy`` (POST /v3/inspolicymgr/deduct/policies)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePolicyUploadRequest): 上传保单请求 — policy upload request. `insured_name_list`
            items are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicy
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePolicyUploadRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[InsurancePolicy]:
    """上传保单

    上传保单 — sends the full policy record to WeChat Pay. Call it only after the user's
    consent is in place (`auth_state` `AUTH_STATE_GRANTED`, seen through
    `query_policy_authorization` or the consent notification).

    - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
      one and fills `Wechatpay-Serial`.
    - Not documented as idempotent. After a timeout or 5xx, read the policy with
      `query_policy` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617421

    Operation: ``upload_policy`` (POST /v3/inspolicymgr/deduct/policies)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePolicyUploadRequest): 上传保单请求 — policy upload request. `insured_name_list`
            items are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[InsurancePolicy]
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InsurancePolicyUploadRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> InsurancePolicy:
    """上传保单

    上传保单 — sends the full policy record to WeChat Pay. Call it only after the user's
    consent is in place (`auth_state` `AUTH_STATE_GRANTED`, seen through
    `query_policy_authorization` or the consent notification).

    - `insured_name_list` items are sensitive: give plaintext names; the SDK encrypts each
      one and fills `Wechatpay-Serial`.
    - Not documented as idempotent. After a timeout or 5xx, read the policy with
      `query_policy` (same `out_insurance_no`) before sending again.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016617421

    Operation: ``upload_policy`` (POST /v3/inspolicymgr/deduct/policies)

    Args:
        wechatpay_serial (str | Unset):
        body (InsurancePolicyUploadRequest): 上传保单请求 — policy upload request. `insured_name_list`
            items are encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        InsurancePolicy
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
