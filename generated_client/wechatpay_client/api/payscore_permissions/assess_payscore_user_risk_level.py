# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_permission_risk_assess_request import PayscorePermissionRiskAssessRequest
from ...models.payscore_permission_risk_assess_response import PayscorePermissionRiskAssessResponse
from ...types import Response

OPERATION_ID = "assess_payscore_user_risk_level"


def _get_kwargs(
    *,
    body: PayscorePermissionRiskAssessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/permissions/assess-user-risk-level",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePermissionRiskAssessRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscorePermissionRiskAssessResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePermissionRiskAssessResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePermissionRiskAssessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionRiskAssessRequest,
) -> Response[PayscorePermissionRiskAssessResponse]:
    """商户评估用户分层

    商户评估用户分层 — asks WeChat Pay Score which risk tier (`user_risk_level`, with its
    `risk_level_version`) a user falls in for a service, identified by `openid` or by the
    pre-authorisation `authorization_code`. For the 先用后付 (pay on delivery) scene the merchant may
    describe the goods the user is about to take in `shopping_info`.

    The answer also repeats the user's authorisation record (`authorization_state` and its
    times). The call changes nothing on the WeChat Pay side, so it is safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856611

    Operation: ``assess_payscore_user_risk_level`` (POST /v3/payscore/permissions/assess-user-risk-level)

    Args:
        body (PayscorePermissionRiskAssessRequest): 商户评估用户分层请求 — identify the user by `openid` or
            by `authorization_code` (both are
            optional in the sources).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermissionRiskAssessResponse]
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
    body: PayscorePermissionRiskAssessRequest,
) -> PayscorePermissionRiskAssessResponse:
    """商户评估用户分层

    商户评估用户分层 — asks WeChat Pay Score which risk tier (`user_risk_level`, with its
    `risk_level_version`) a user falls in for a service, identified by `openid` or by the
    pre-authorisation `authorization_code`. For the 先用后付 (pay on delivery) scene the merchant may
    describe the goods the user is about to take in `shopping_info`.

    The answer also repeats the user's authorisation record (`authorization_state` and its
    times). The call changes nothing on the WeChat Pay side, so it is safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856611

    Operation: ``assess_payscore_user_risk_level`` (POST /v3/payscore/permissions/assess-user-risk-level)

    Args:
        body (PayscorePermissionRiskAssessRequest): 商户评估用户分层请求 — identify the user by `openid` or
            by `authorization_code` (both are
            optional in the sources).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermissionRiskAssessResponse
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
    body: PayscorePermissionRiskAssessRequest,
) -> Response[PayscorePermissionRiskAssessResponse]:
    """商户评估用户分层

    商户评估用户分层 — asks WeChat Pay Score which risk tier (`user_risk_level`, with its
    `risk_level_version`) a user falls in for a service, identified by `openid` or by the
    pre-authorisation `authorization_code`. For the 先用后付 (pay on delivery) scene the merchant may
    describe the goods the user is about to take in `shopping_info`.

    The answer also repeats the user's authorisation record (`authorization_state` and its
    times). The call changes nothing on the WeChat Pay side, so it is safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856611

    Operation: ``assess_payscore_user_risk_level`` (POST /v3/payscore/permissions/assess-user-risk-level)

    Args:
        body (PayscorePermissionRiskAssessRequest): 商户评估用户分层请求 — identify the user by `openid` or
            by `authorization_code` (both are
            optional in the sources).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermissionRiskAssessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionRiskAssessRequest,
) -> PayscorePermissionRiskAssessResponse:
    """商户评估用户分层

    商户评估用户分层 — asks WeChat Pay Score which risk tier (`user_risk_level`, with its
    `risk_level_version`) a user falls in for a service, identified by `openid` or by the
    pre-authorisation `authorization_code`. For the 先用后付 (pay on delivery) scene the merchant may
    describe the goods the user is about to take in `shopping_info`.

    The answer also repeats the user's authorisation record (`authorization_state` and its
    times). The call changes nothing on the WeChat Pay side, so it is safe to repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012856611

    Operation: ``assess_payscore_user_risk_level`` (POST /v3/payscore/permissions/assess-user-risk-level)

    Args:
        body (PayscorePermissionRiskAssessRequest): 商户评估用户分层请求 — identify the user by `openid` or
            by `authorization_code` (both are
            optional in the sources).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermissionRiskAssessResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
