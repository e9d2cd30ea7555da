# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_customs_verify_certificate_request import GlobalCustomsVerifyCertificateRequest
from ...models.global_customs_verify_certificate_response import GlobalCustomsVerifyCertificateResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "verify_global_customs_certificate"


def _get_kwargs(
    *,
    body: GlobalCustomsVerifyCertificateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(wechatpay_serial, Unset):
        headers["Wechatpay-Serial"] = wechatpay_serial

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/customs/verify-certificate",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalCustomsVerifyCertificateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalCustomsVerifyCertificateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalCustomsVerifyCertificateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalCustomsVerifyCertificateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalCustomsVerifyCertificateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[GlobalCustomsVerifyCertificateResponse]:
    """身份信息校验

    身份信息校验 — sends the buyer's identity (ID card number and name) for a declared order;
    WeChat Pay checks it against the payer and answers `SAME` or `DIFFERENT`, so that the
    merchant can correct the declaration.

    - `certificate_id` and `certificate_name` are sensitive: give the plaintext; the SDK
      encrypts them and fills `Wechatpay-Serial`.
    - The result is only in the answer; nothing reads it back. A resend repeats the check.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025128

    Operation: ``verify_global_customs_certificate`` (POST /v3/global/customs/verify-certificate)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalCustomsVerifyCertificateRequest): 身份信息校验请求 — identity check request.
            `certificate_id` and `certificate_name` are
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCustomsVerifyCertificateResponse]
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
    body: GlobalCustomsVerifyCertificateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> GlobalCustomsVerifyCertificateResponse:
    """身份信息校验

    身份信息校验 — sends the buyer's identity (ID card number and name) for a declared order;
    WeChat Pay checks it against the payer and answers `SAME` or `DIFFERENT`, so that the
    merchant can correct the declaration.

    - `certificate_id` and `certificate_name` are sensitive: give the plaintext; the SDK
      encrypts them and fills `Wechatpay-Serial`.
    - The result is only in the answer; nothing reads it back. A resend repeats the check.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025128

    Operation: ``verify_global_customs_certificate`` (POST /v3/global/customs/verify-certificate)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalCustomsVerifyCertificateRequest): 身份信息校验请求 — identity check request.
            `certificate_id` and `certificate_name` are
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCustomsVerifyCertificateResponse
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
    body: GlobalCustomsVerifyCertificateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> Response[GlobalCustomsVerifyCertificateResponse]:
    """身份信息校验

    身份信息校验 — sends the buyer's identity (ID card number and name) for a declared order;
    WeChat Pay checks it against the payer and answers `SAME` or `DIFFERENT`, so that the
    merchant can correct the declaration.

    - `certificate_id` and `certificate_name` are sensitive: give the plaintext; the SDK
      encrypts them and fills `Wechatpay-Serial`.
    - The result is only in the answer; nothing reads it back. A resend repeats the check.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025128

    Operation: ``verify_global_customs_certificate`` (POST /v3/global/customs/verify-certificate)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalCustomsVerifyCertificateRequest): 身份信息校验请求 — identity check request.
            `certificate_id` and `certificate_name` are
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalCustomsVerifyCertificateResponse]
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
    body: GlobalCustomsVerifyCertificateRequest,
    wechatpay_serial: str | Unset = UNSET,
) -> GlobalCustomsVerifyCertificateResponse:
    """身份信息校验

    身份信息校验 — sends the buyer's identity (ID card number and name) for a declared order;
    WeChat Pay checks it against the payer and answers `SAME` or `DIFFERENT`, so that the
    merchant can correct the declaration.

    - `certificate_id` and `certificate_name` are sensitive: give the plaintext; the SDK
      encrypts them and fills `Wechatpay-Serial`.
    - The result is only in the answer; nothing reads it back. A resend repeats the check.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013025128

    Operation: ``verify_global_customs_certificate`` (POST /v3/global/customs/verify-certificate)

    Args:
        wechatpay_serial (str | Unset):
        body (GlobalCustomsVerifyCertificateRequest): 身份信息校验请求 — identity check request.
            `certificate_id` and `certificate_name` are
            encrypted by the SDK.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalCustomsVerifyCertificateResponse
    """

    kwargs = _get_kwargs(
        body=body,
        wechatpay_serial=wechatpay_serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
