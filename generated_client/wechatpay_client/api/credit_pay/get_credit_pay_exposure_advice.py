# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_pay_exposure_request import CreditPayExposureRequest
from ...models.credit_pay_exposure_response import CreditPayExposureResponse
from ...types import Response

OPERATION_ID = "get_credit_pay_exposure_advice"


def _get_kwargs(
    *,
    body: CreditPayExposureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/pay/transactions/exposure",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, CreditPayExposureRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreditPayExposureResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, CreditPayExposureResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditPayExposureResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreditPayExposureRequest,
) -> Response[CreditPayExposureResponse]:
    """微信分付-支付方式前置服务

    微信分付曝光建议 — before the user pays, ask WeChat Pay whether 微信分付 (WeChat Pay credit)
    should be shown as a payment option for this user and order. Identify the user by
    `payer.openid` or `payer.phone_number_hash` (one of the two). The answer is
    `fqf_exposure`; when it is true, `market_exposure_token` is the credential of the
    exposure.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014326314

    Operation: ``get_credit_pay_exposure_advice`` (POST /v3/pay/transactions/exposure)

    Args:
        body (CreditPayExposureRequest): 支付方式前置服务请求 — exposure-advice request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CreditPayExposureResponse]
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
    body: CreditPayExposureRequest,
) -> CreditPayExposureResponse:
    """微信分付-支付方式前置服务

    微信分付曝光建议 — before the user pays, ask WeChat Pay whether 微信分付 (WeChat Pay credit)
    should be shown as a payment option for this user and order. Identify the user by
    `payer.openid` or `payer.phone_number_hash` (one of the two). The answer is
    `fqf_exposure`; when it is true, `market_exposure_token` is the credential of the
    exposure.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014326314

    Operation: ``get_credit_pay_exposure_advice`` (POST /v3/pay/transactions/exposure)

    Args:
        body (CreditPayExposureRequest): 支付方式前置服务请求 — exposure-advice request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CreditPayExposureResponse
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
    body: CreditPayExposureRequest,
) -> Response[CreditPayExposureResponse]:
    """微信分付-支付方式前置服务

    微信分付曝光建议 — before the user pays, ask WeChat Pay whether 微信分付 (WeChat Pay credit)
    should be shown as a payment option for this user and order. Identify the user by
    `payer.openid` or `payer.phone_number_hash` (one of the two). The answer is
    `fqf_exposure`; when it is true, `market_exposure_token` is the credential of the
    exposure.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014326314

    Operation: ``get_credit_pay_exposure_advice`` (POST /v3/pay/transactions/exposure)

    Args:
        body (CreditPayExposureRequest): 支付方式前置服务请求 — exposure-advice request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CreditPayExposureResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreditPayExposureRequest,
) -> CreditPayExposureResponse:
    """微信分付-支付方式前置服务

    微信分付曝光建议 — before the user pays, ask WeChat Pay whether 微信分付 (WeChat Pay credit)
    should be shown as a payment option for this user and order. Identify the user by
    `payer.openid` or `payer.phone_number_hash` (one of the two). The answer is
    `fqf_exposure`; when it is true, `market_exposure_token` is the credential of the
    exposure.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4014326314

    Operation: ``get_credit_pay_exposure_advice`` (POST /v3/pay/transactions/exposure)

    Args:
        body (CreditPayExposureRequest): 支付方式前置服务请求 — exposure-advice request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CreditPayExposureResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
