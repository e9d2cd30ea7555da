# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_exempt_contract_ref import PasswordExemptContractRef
from ...models.password_exempt_terminate_request import PasswordExemptTerminateRequest
from ...types import Response

OPERATION_ID = "terminate_password_exempt_contract"


def _get_kwargs(
    service_id: int,
    out_contract_code: str,
    *,
    body: PasswordExemptTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate".format(
            service_id=quote(str(service_id), safe=""),
            out_contract_code=quote(str(out_contract_code), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PasswordExemptTerminateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PasswordExemptContractRef:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PasswordExemptContractRef)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PasswordExemptContractRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptTerminateRequest,
) -> Response[PasswordExemptContractRef]:
    """商户通过商户协议号解约协议API

    解约免密支付协议 — terminate an active password-exempt payment contract, identified by the
    service ID and the merchant's contract code, with a remark saying why.

    - Not documented as idempotent. After an unclear outcome, check `contract_state` with
      `query_password_exempt_contract` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472858

    Operation: ``terminate_password_exempt_contract`` (POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        service_id (int):
        out_contract_code (str):
        body (PasswordExemptTerminateRequest): 解约请求 — terminate request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptContractRef]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptTerminateRequest,
) -> PasswordExemptContractRef:
    """商户通过商户协议号解约协议API

    解约免密支付协议 — terminate an active password-exempt payment contract, identified by the
    service ID and the merchant's contract code, with a remark saying why.

    - Not documented as idempotent. After an unclear outcome, check `contract_state` with
      `query_password_exempt_contract` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472858

    Operation: ``terminate_password_exempt_contract`` (POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        service_id (int):
        out_contract_code (str):
        body (PasswordExemptTerminateRequest): 解约请求 — terminate request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptContractRef
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptTerminateRequest,
) -> Response[PasswordExemptContractRef]:
    """商户通过商户协议号解约协议API

    解约免密支付协议 — terminate an active password-exempt payment contract, identified by the
    service ID and the merchant's contract code, with a remark saying why.

    - Not documented as idempotent. After an unclear outcome, check `contract_state` with
      `query_password_exempt_contract` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472858

    Operation: ``terminate_password_exempt_contract`` (POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        service_id (int):
        out_contract_code (str):
        body (PasswordExemptTerminateRequest): 解约请求 — terminate request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PasswordExemptContractRef]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: int,
    out_contract_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordExemptTerminateRequest,
) -> PasswordExemptContractRef:
    """商户通过商户协议号解约协议API

    解约免密支付协议 — terminate an active password-exempt payment contract, identified by the
    service ID and the merchant's contract code, with a remark saying why.

    - Not documented as idempotent. After an unclear outcome, check `contract_state` with
      `query_password_exempt_contract` before resending.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012472858

    Operation: ``terminate_password_exempt_contract`` (POST /v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate)

    Args:
        service_id (int):
        out_contract_code (str):
        body (PasswordExemptTerminateRequest): 解约请求 — terminate request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PasswordExemptContractRef
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        out_contract_code=out_contract_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
