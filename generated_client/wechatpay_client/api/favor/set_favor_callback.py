# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_callback_set_request import FavorCallbackSetRequest
from ...models.favor_callback_set_response import FavorCallbackSetResponse
from ...types import Response

OPERATION_ID = "set_favor_callback"


def _get_kwargs(
    *,
    body: FavorCallbackSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/favor/callbacks",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FavorCallbackSetRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorCallbackSetResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorCallbackSetResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorCallbackSetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FavorCallbackSetRequest,
) -> Response[FavorCallbackSetResponse]:
    """设置代金券消息通知地址

    设置代金券消息通知地址 — sets the URL that receives the merchant's marketing event
    notifications (use, send, refund events of coupons; `COUPON.USE` is modelled as
    `FavorCouponNotificationResource`), or stops them with `switch: false`. One address per
    merchant; a new call replaces it.

    Not documented as idempotent, although setting the same address twice leaves the same
    state. After an unclear outcome read the address with `query_favor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464198

    Operation: ``set_favor_callback`` (POST /v3/marketing/favor/callbacks)

    Args:
        body (FavorCallbackSetRequest): 设置消息通知地址请求 — the address to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCallbackSetResponse]
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
    body: FavorCallbackSetRequest,
) -> FavorCallbackSetResponse:
    """设置代金券消息通知地址

    设置代金券消息通知地址 — sets the URL that receives the merchant's marketing event
    notifications (use, send, refund events of coupons; `COUPON.USE` is modelled as
    `FavorCouponNotificationResource`), or stops them with `switch: false`. One address per
    merchant; a new call replaces it.

    Not documented as idempotent, although setting the same address twice leaves the same
    state. After an unclear outcome read the address with `query_favor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464198

    Operation: ``set_favor_callback`` (POST /v3/marketing/favor/callbacks)

    Args:
        body (FavorCallbackSetRequest): 设置消息通知地址请求 — the address to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCallbackSetResponse
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
    body: FavorCallbackSetRequest,
) -> Response[FavorCallbackSetResponse]:
    """设置代金券消息通知地址

    设置代金券消息通知地址 — sets the URL that receives the merchant's marketing event
    notifications (use, send, refund events of coupons; `COUPON.USE` is modelled as
    `FavorCouponNotificationResource`), or stops them with `switch: false`. One address per
    merchant; a new call replaces it.

    Not documented as idempotent, although setting the same address twice leaves the same
    state. After an unclear outcome read the address with `query_favor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464198

    Operation: ``set_favor_callback`` (POST /v3/marketing/favor/callbacks)

    Args:
        body (FavorCallbackSetRequest): 设置消息通知地址请求 — the address to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCallbackSetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FavorCallbackSetRequest,
) -> FavorCallbackSetResponse:
    """设置代金券消息通知地址

    设置代金券消息通知地址 — sets the URL that receives the merchant's marketing event
    notifications (use, send, refund events of coupons; `COUPON.USE` is modelled as
    `FavorCouponNotificationResource`), or stops them with `switch: false`. One address per
    merchant; a new call replaces it.

    Not documented as idempotent, although setting the same address twice leaves the same
    state. After an unclear outcome read the address with `query_favor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012464198

    Operation: ``set_favor_callback`` (POST /v3/marketing/favor/callbacks)

    Args:
        body (FavorCallbackSetRequest): 设置消息通知地址请求 — the address to set.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCallbackSetResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
