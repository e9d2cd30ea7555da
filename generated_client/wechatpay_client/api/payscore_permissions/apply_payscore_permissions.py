# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payscore_permission_apply_request import PayscorePermissionApplyRequest
from ...models.payscore_permission_apply_response import PayscorePermissionApplyResponse
from ...types import Response

OPERATION_ID = "apply_payscore_permissions"


def _get_kwargs(
    *,
    body: PayscorePermissionApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/payscore/permissions",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, PayscorePermissionApplyRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayscorePermissionApplyResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, PayscorePermissionApplyResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayscorePermissionApplyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionApplyRequest,
) -> Response[PayscorePermissionApplyResponse]:
    """商户预授权

    商户预授权 — starts the pre-authorisation flow of 支付分 免确认模式. The merchant picks its own
    `authorization_code` (agreement number, unique per merchant) and gets back an
    `apply_permissions_token`, which the merchant's mini program or app passes to the WeChat Pay
    Score mini program (`wxpayScoreEnable`) so that the user can grant the authorisation. The token
    is short-lived (about an hour, per the field docs of the jump API).

    - When the user has authorised, WeChat Pay sends `PAYSCORE.USER_OPEN_SERVICE` to `notify_url`
      (see `PayscorePermissionNotificationResource`); a later revocation by the user is sent as
      `PAYSCORE.USER_CLOSE_SERVICE`.
    - Not documented as idempotent. After an unclear outcome, look the agreement up with
      `query_payscore_permission_by_authorization_code`; if it is not `AVAILABLE`, call again
      with the same `authorization_code` to get a fresh token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647349

    Operation: ``apply_payscore_permissions`` (POST /v3/payscore/permissions)

    Args:
        body (PayscorePermissionApplyRequest): 商户预授权请求 — pre-authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermissionApplyResponse]
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
    body: PayscorePermissionApplyRequest,
) -> PayscorePermissionApplyResponse:
    """商户预授权

    商户预授权 — starts the pre-authorisation flow of 支付分 免确认模式. The merchant picks its own
    `authorization_code` (agreement number, unique per merchant) and gets back an
    `apply_permissions_token`, which the merchant's mini program or app passes to the WeChat Pay
    Score mini program (`wxpayScoreEnable`) so that the user can grant the authorisation. The token
    is short-lived (about an hour, per the field docs of the jump API).

    - When the user has authorised, WeChat Pay sends `PAYSCORE.USER_OPEN_SERVICE` to `notify_url`
      (see `PayscorePermissionNotificationResource`); a later revocation by the user is sent as
      `PAYSCORE.USER_CLOSE_SERVICE`.
    - Not documented as idempotent. After an unclear outcome, look the agreement up with
      `query_payscore_permission_by_authorization_code`; if it is not `AVAILABLE`, call again
      with the same `authorization_code` to get a fresh token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647349

    Operation: ``apply_payscore_permissions`` (POST /v3/payscore/permissions)

    Args:
        body (PayscorePermissionApplyRequest): 商户预授权请求 — pre-authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermissionApplyResponse
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
    body: PayscorePermissionApplyRequest,
) -> Response[PayscorePermissionApplyResponse]:
    """商户预授权

    商户预授权 — starts the pre-authorisation flow of 支付分 免确认模式. The merchant picks its own
    `authorization_code` (agreement number, unique per merchant) and gets back an
    `apply_permissions_token`, which the merchant's mini program or app passes to the WeChat Pay
    Score mini program (`wxpayScoreEnable`) so that the user can grant the authorisation. The token
    is short-lived (about an hour, per the field docs of the jump API).

    - When the user has authorised, WeChat Pay sends `PAYSCORE.USER_OPEN_SERVICE` to `notify_url`
      (see `PayscorePermissionNotificationResource`); a later revocation by the user is sent as
      `PAYSCORE.USER_CLOSE_SERVICE`.
    - Not documented as idempotent. After an unclear outcome, look the agreement up with
      `query_payscore_permission_by_authorization_code`; if it is not `AVAILABLE`, call again
      with the same `authorization_code` to get a fresh token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647349

    Operation: ``apply_payscore_permissions`` (POST /v3/payscore/permissions)

    Args:
        body (PayscorePermissionApplyRequest): 商户预授权请求 — pre-authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[PayscorePermissionApplyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayscorePermissionApplyRequest,
) -> PayscorePermissionApplyResponse:
    """商户预授权

    商户预授权 — starts the pre-authorisation flow of 支付分 免确认模式. The merchant picks its own
    `authorization_code` (agreement number, unique per merchant) and gets back an
    `apply_permissions_token`, which the merchant's mini program or app passes to the WeChat Pay
    Score mini program (`wxpayScoreEnable`) so that the user can grant the authorisation. The token
    is short-lived (about an hour, per the field docs of the jump API).

    - When the user has authorised, WeChat Pay sends `PAYSCORE.USER_OPEN_SERVICE` to `notify_url`
      (see `PayscorePermissionNotificationResource`); a later revocation by the user is sent as
      `PAYSCORE.USER_CLOSE_SERVICE`.
    - Not documented as idempotent. After an unclear outcome, look the agreement up with
      `query_payscore_permission_by_authorization_code`; if it is not `AVAILABLE`, call again
      with the same `authorization_code` to get a fresh token.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012647349

    Operation: ``apply_payscore_permissions`` (POST /v3/payscore/permissions)

    Args:
        body (PayscorePermissionApplyRequest): 商户预授权请求 — pre-authorisation request.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        PayscorePermissionApplyResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
