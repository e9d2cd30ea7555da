# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membercard_callback import MembercardCallback
from ...models.membercard_callback_set_request import MembercardCallbackSetRequest
from ...types import Response

OPERATION_ID = "set_membercard_callback"


def _get_kwargs(
    *,
    body: MembercardCallbackSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/marketing/membercard-open/callback",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, MembercardCallbackSetRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MembercardCallback:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, MembercardCallback)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MembercardCallback]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCallbackSetRequest,
) -> Response[MembercardCallback]:
    """设置回调地址

    设置回调地址 — set the address that receives the member-card event notifications:
    `MEMBERCARD.ACCEPT_CARD` (a user took a card), `MEMBERCARD.ACTIVATE_CARD` (a card was
    activated) and `MEMBERCARD.USERCARD_MANAGE` (a user viewed or deleted a card or changed
    their information); see the `Membercard*NotificationResource` schemas. The product
    permission must first be opened by the card's creator in the merchant platform.

    Setting the same address again has the same effect; after an unclear outcome read it
    back with `query_membercard_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552251

    Operation: ``set_membercard_callback`` (PATCH /v3/marketing/membercard-open/callback)

    Args:
        body (MembercardCallbackSetRequest): 设置回调地址请求 — the address for member-card notifications.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCallback]
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
    body: MembercardCallbackSetRequest,
) -> MembercardCallback:
    """设置回调地址

    设置回调地址 — set the address that receives the member-card event notifications:
    `MEMBERCARD.ACCEPT_CARD` (a user took a card), `MEMBERCARD.ACTIVATE_CARD` (a card was
    activated) and `MEMBERCARD.USERCARD_MANAGE` (a user viewed or deleted a card or changed
    their information); see the `Membercard*NotificationResource` schemas. The product
    permission must first be opened by the card's creator in the merchant platform.

    Setting the same address again has the same effect; after an unclear outcome read it
    back with `query_membercard_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552251

    Operation: ``set_membercard_callback`` (PATCH /v3/marketing/membercard-open/callback)

    Args:
        body (MembercardCallbackSetRequest): 设置回调地址请求 — the address for member-card notifications.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCallback
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
    body: MembercardCallbackSetRequest,
) -> Response[MembercardCallback]:
    """设置回调地址

    设置回调地址 — set the address that receives the member-card event notifications:
    `MEMBERCARD.ACCEPT_CARD` (a user took a card), `MEMBERCARD.ACTIVATE_CARD` (a card was
    activated) and `MEMBERCARD.USERCARD_MANAGE` (a user viewed or deleted a card or changed
    their information); see the `Membercard*NotificationResource` schemas. The product
    permission must first be opened by the card's creator in the merchant platform.

    Setting the same address again has the same effect; after an unclear outcome read it
    back with `query_membercard_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552251

    Operation: ``set_membercard_callback`` (PATCH /v3/marketing/membercard-open/callback)

    Args:
        body (MembercardCallbackSetRequest): 设置回调地址请求 — the address for member-card notifications.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[MembercardCallback]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MembercardCallbackSetRequest,
) -> MembercardCallback:
    """设置回调地址

    设置回调地址 — set the address that receives the member-card event notifications:
    `MEMBERCARD.ACCEPT_CARD` (a user took a card), `MEMBERCARD.ACTIVATE_CARD` (a card was
    activated) and `MEMBERCARD.USERCARD_MANAGE` (a user viewed or deleted a card or changed
    their information); see the `Membercard*NotificationResource` schemas. The product
    permission must first be opened by the card's creator in the merchant platform.

    Setting the same address again has the same effect; after an unclear outcome read it
    back with `query_membercard_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012552251

    Operation: ``set_membercard_callback`` (PATCH /v3/marketing/membercard-open/callback)

    Args:
        body (MembercardCallbackSetRequest): 设置回调地址请求 — the address for member-card notifications.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        MembercardCallback
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
