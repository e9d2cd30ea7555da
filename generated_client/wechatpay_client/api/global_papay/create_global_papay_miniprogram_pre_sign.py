# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_papay_miniprogram_pre_sign_request import GlobalPapayMiniprogramPreSignRequest
from ...models.global_papay_session_response import GlobalPapaySessionResponse
from ...types import Response

OPERATION_ID = "create_global_papay_miniprogram_pre_sign"


def _get_kwargs(
    *,
    body: GlobalPapayMiniprogramPreSignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/global/papay/contracts/miniprogram-pre-entrust-sign",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, GlobalPapayMiniprogramPreSignRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlobalPapaySessionResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, GlobalPapaySessionResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalPapaySessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPapayMiniprogramPreSignRequest,
) -> Response[GlobalPapaySessionResponse]:
    """小程序签约

    小程序签约 — first step of signing from a mini program: the merchant's back end gets a
    `session_id`, with which the mini program then opens the entrusted-deduction signing
    page.

    The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
    `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
    pre-sign is settled.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015440

    Operation: ``create_global_papay_miniprogram_pre_sign`` (POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign)

    Args:
        body (GlobalPapayMiniprogramPreSignRequest): 小程序签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPapaySessionResponse]
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
    body: GlobalPapayMiniprogramPreSignRequest,
) -> GlobalPapaySessionResponse:
    """小程序签约

    小程序签约 — first step of signing from a mini program: the merchant's back end gets a
    `session_id`, with which the mini program then opens the entrusted-deduction signing
    page.

    The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
    `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
    pre-sign is settled.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015440

    Operation: ``create_global_papay_miniprogram_pre_sign`` (POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign)

    Args:
        body (GlobalPapayMiniprogramPreSignRequest): 小程序签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPapaySessionResponse
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
    body: GlobalPapayMiniprogramPreSignRequest,
) -> Response[GlobalPapaySessionResponse]:
    """小程序签约

    小程序签约 — first step of signing from a mini program: the merchant's back end gets a
    `session_id`, with which the mini program then opens the entrusted-deduction signing
    page.

    The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
    `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
    pre-sign is settled.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015440

    Operation: ``create_global_papay_miniprogram_pre_sign`` (POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign)

    Args:
        body (GlobalPapayMiniprogramPreSignRequest): 小程序签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[GlobalPapaySessionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalPapayMiniprogramPreSignRequest,
) -> GlobalPapaySessionResponse:
    """小程序签约

    小程序签约 — first step of signing from a mini program: the merchant's back end gets a
    `session_id`, with which the mini program then opens the entrusted-deduction signing
    page.

    The outcome arrives at `success_notify_url` as `PAPAY.SIGN` and can be read with
    `query_global_papay_contract_by_out_contract_code`, which is also how an unclear
    pre-sign is settled.

    Official doc: https://pay.weixin.qq.com/doc/global/v3/zh/4013015440

    Operation: ``create_global_papay_miniprogram_pre_sign`` (POST /v3/global/papay/contracts/miniprogram-pre-entrust-sign)

    Args:
        body (GlobalPapayMiniprogramPreSignRequest): 小程序签约请求 — mini-program pre-sign request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        GlobalPapaySessionResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
