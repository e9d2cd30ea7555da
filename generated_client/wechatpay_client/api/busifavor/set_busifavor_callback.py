# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_callback import BusifavorCallback
from ...models.busifavor_callback_set_request import BusifavorCallbackSetRequest
from ...types import Response

OPERATION_ID = "set_busifavor_callback"


def _get_kwargs(
    *,
    body: BusifavorCallbackSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/callbacks",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorCallbackSetRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorCallback:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCallback)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BusifavorCallback]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCallbackSetRequest,
) -> Response[BusifavorCallback]:
    """设置商家券事件通知地址

    设置商家券事件通知地址 — registers (or replaces) the HTTPS address for merchant-coupon
    events. Events arrive only when marketing event push is also switched on in the merchant
    platform. Setting the same address again leaves the same state; after an unclear
    outcome, read the address back with `query_busifavor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465431

    Operation: ``set_busifavor_callback`` (POST /v3/marketing/busifavor/callbacks)

    Args:
        body (BusifavorCallbackSetRequest): 设置商家券事件通知地址请求 — the address to register.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCallback]
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
    body: BusifavorCallbackSetRequest,
) -> BusifavorCallback:
    """设置商家券事件通知地址

    设置商家券事件通知地址 — registers (or replaces) the HTTPS address for merchant-coupon
    events. Events arrive only when marketing event push is also switched on in the merchant
    platform. Setting the same address again leaves the same state; after an unclear
    outcome, read the address back with `query_busifavor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465431

    Operation: ``set_busifavor_callback`` (POST /v3/marketing/busifavor/callbacks)

    Args:
        body (BusifavorCallbackSetRequest): 设置商家券事件通知地址请求 — the address to register.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCallback
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
    body: BusifavorCallbackSetRequest,
) -> Response[BusifavorCallback]:
    """设置商家券事件通知地址

    设置商家券事件通知地址 — registers (or replaces) the HTTPS address for merchant-coupon
    events. Events arrive only when marketing event push is also switched on in the merchant
    platform. Setting the same address again leaves the same state; after an unclear
    outcome, read the address back with `query_busifavor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465431

    Operation: ``set_busifavor_callback`` (POST /v3/marketing/busifavor/callbacks)

    Args:
        body (BusifavorCallbackSetRequest): 设置商家券事件通知地址请求 — the address to register.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCallback]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCallbackSetRequest,
) -> BusifavorCallback:
    """设置商家券事件通知地址

    设置商家券事件通知地址 — registers (or replaces) the HTTPS address for merchant-coupon
    events. Events arrive only when marketing event push is also switched on in the merchant
    platform. Setting the same address again leaves the same state; after an unclear
    outcome, read the address back with `query_busifavor_callback`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465431

    Operation: ``set_busifavor_callback`` (POST /v3/marketing/busifavor/callbacks)

    Args:
        body (BusifavorCallbackSetRequest): 设置商家券事件通知地址请求 — the address to register.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCallback
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
