# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_pay_instal_exposure_request import CreditPayInstalExposureRequest
from ...models.credit_pay_instal_exposure_response import CreditPayInstalExposureResponse
from ...types import Response

OPERATION_ID = "get_credit_pay_instal_exposure_advice"


def _get_kwargs(
    *,
    body: CreditPayInstalExposureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/pay/instal/exposure",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, CreditPayInstalExposureRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditPayInstalExposureResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, CreditPayInstalExposureResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditPayInstalExposureResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreditPayInstalExposureRequest,
) -> Response[CreditPayInstalExposureResponse]:
    """商户贴息-获取微信分付曝光建议

    商户贴息曝光建议 — for merchants that subsidise 微信分付 instalment interest (商户贴息), ask
    whether 微信分付 should be shown to this user. The user is identified by `user_id_type`
    with `openid` (`OPENID`) or `phone_number_hash` (`PHONE_NO`). The answer is
    `recommend_exposure`.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016196762

    Operation: ``get_credit_pay_instal_exposure_advice`` (POST /v3/pay/instal/exposure)

    Args:
        body (CreditPayInstalExposureRequest): 商户贴息曝光建议请求 — instalment-subsidy exposure-advice
            request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CreditPayInstalExposureResponse]
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
    body: CreditPayInstalExposureRequest,
) -> CreditPayInstalExposureResponse:
    """商户贴息-获取微信分付曝光建议

    商户贴息曝光建议 — for merchants that subsidise 微信分付 instalment interest (商户贴息), ask
    whether 微信分付 should be shown to this user. The user is identified by `user_id_type`
    with `openid` (`OPENID`) or `phone_number_hash` (`PHONE_NO`). The answer is
    `recommend_exposure`.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016196762

    Operation: ``get_credit_pay_instal_exposure_advice`` (POST /v3/pay/instal/exposure)

    Args:
        body (CreditPayInstalExposureRequest): 商户贴息曝光建议请求 — instalment-subsidy exposure-advice
            request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CreditPayInstalExposureResponse
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
    body: CreditPayInstalExposureRequest,
) -> Response[CreditPayInstalExposureResponse]:
    """商户贴息-获取微信分付曝光建议

    商户贴息曝光建议 — for merchants that subsidise 微信分付 instalment interest (商户贴息), ask
    whether 微信分付 should be shown to this user. The user is identified by `user_id_type`
    with `openid` (`OPENID`) or `phone_number_hash` (`PHONE_NO`). The answer is
    `recommend_exposure`.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016196762

    Operation: ``get_credit_pay_instal_exposure_advice`` (POST /v3/pay/instal/exposure)

    Args:
        body (CreditPayInstalExposureRequest): 商户贴息曝光建议请求 — instalment-subsidy exposure-advice
            request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[CreditPayInstalExposureResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreditPayInstalExposureRequest,
) -> CreditPayInstalExposureResponse:
    """商户贴息-获取微信分付曝光建议

    商户贴息曝光建议 — for merchants that subsidise 微信分付 instalment interest (商户贴息), ask
    whether 微信分付 should be shown to this user. The user is identified by `user_id_type`
    with `openid` (`OPENID`) or `phone_number_hash` (`PHONE_NO`). The answer is
    `recommend_exposure`.

    Nothing is created or changed: a repeated call only asks again, so it is marked safe to
    retry.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4016196762

    Operation: ``get_credit_pay_instal_exposure_advice`` (POST /v3/pay/instal/exposure)

    Args:
        body (CreditPayInstalExposureRequest): 商户贴息曝光建议请求 — instalment-subsidy exposure-advice
            request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        CreditPayInstalExposureResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
