# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_deactivate_request import BusifavorCouponDeactivateRequest
from ...models.busifavor_coupon_deactivate_response import BusifavorCouponDeactivateResponse
from ...types import Response

OPERATION_ID = "deactivate_busifavor_coupon"


def _get_kwargs(
    *,
    body: BusifavorCouponDeactivateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/coupons/deactivate",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorCouponDeactivateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusifavorCouponDeactivateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponDeactivateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponDeactivateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponDeactivateRequest,
) -> Response[BusifavorCouponDeactivateResponse]:
    """使券失效

    使券失效 — invalidates a usable coupon; it can no longer be redeemed. Each call carries a
    unique `deactivate_request_no`; `deactivate_reason` is optional.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: an
    invalidated coupon shows `coupon_state: DEACTIVATED` and the `deactivate_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465890

    Operation: ``deactivate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/deactivate)

    Args:
        body (BusifavorCouponDeactivateRequest): 使券失效请求 — the coupon to invalidate.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponDeactivateResponse]
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
    body: BusifavorCouponDeactivateRequest,
) -> BusifavorCouponDeactivateResponse:
    """使券失效

    使券失效 — invalidates a usable coupon; it can no longer be redeemed. Each call carries a
    unique `deactivate_request_no`; `deactivate_reason` is optional.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: an
    invalidated coupon shows `coupon_state: DEACTIVATED` and the `deactivate_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465890

    Operation: ``deactivate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/deactivate)

    Args:
        body (BusifavorCouponDeactivateRequest): 使券失效请求 — the coupon to invalidate.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponDeactivateResponse
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
    body: BusifavorCouponDeactivateRequest,
) -> Response[BusifavorCouponDeactivateResponse]:
    """使券失效

    使券失效 — invalidates a usable coupon; it can no longer be redeemed. Each call carries a
    unique `deactivate_request_no`; `deactivate_reason` is optional.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: an
    invalidated coupon shows `coupon_state: DEACTIVATED` and the `deactivate_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465890

    Operation: ``deactivate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/deactivate)

    Args:
        body (BusifavorCouponDeactivateRequest): 使券失效请求 — the coupon to invalidate.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponDeactivateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponDeactivateRequest,
) -> BusifavorCouponDeactivateResponse:
    """使券失效

    使券失效 — invalidates a usable coupon; it can no longer be redeemed. Each call carries a
    unique `deactivate_request_no`; `deactivate_reason` is optional.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: an
    invalidated coupon shows `coupon_state: DEACTIVATED` and the `deactivate_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465890

    Operation: ``deactivate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/deactivate)

    Args:
        body (BusifavorCouponDeactivateRequest): 使券失效请求 — the coupon to invalidate.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponDeactivateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
