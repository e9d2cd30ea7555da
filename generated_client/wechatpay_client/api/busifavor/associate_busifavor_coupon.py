# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_associate_request import BusifavorCouponAssociateRequest
from ...models.busifavor_coupon_associate_response import BusifavorCouponAssociateResponse
from ...types import Response

OPERATION_ID = "associate_busifavor_coupon"


def _get_kwargs(
    *,
    body: BusifavorCouponAssociateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/coupons/associate",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorCouponAssociateRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusifavorCouponAssociateResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponAssociateResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponAssociateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponAssociateRequest,
) -> Response[BusifavorCouponAssociateResponse]:
    """关联订单信息

    关联订单信息 — links a valid (not yet redeemed) coupon to a WeChat Pay order of the
    merchant (`out_trade_no`), for later statistics such as lucky draws and commission
    incentives. `stock_id` is needed for batches with merchant codes.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a linked
    coupon shows `associate_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465596

    Operation: ``associate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/associate)

    Args:
        body (BusifavorCouponAssociateRequest): 关联订单信息请求 — the coupon and the order to link.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponAssociateResponse]
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
    body: BusifavorCouponAssociateRequest,
) -> BusifavorCouponAssociateResponse:
    """关联订单信息

    关联订单信息 — links a valid (not yet redeemed) coupon to a WeChat Pay order of the
    merchant (`out_trade_no`), for later statistics such as lucky draws and commission
    incentives. `stock_id` is needed for batches with merchant codes.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a linked
    coupon shows `associate_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465596

    Operation: ``associate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/associate)

    Args:
        body (BusifavorCouponAssociateRequest): 关联订单信息请求 — the coupon and the order to link.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponAssociateResponse
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
    body: BusifavorCouponAssociateRequest,
) -> Response[BusifavorCouponAssociateResponse]:
    """关联订单信息

    关联订单信息 — links a valid (not yet redeemed) coupon to a WeChat Pay order of the
    merchant (`out_trade_no`), for later statistics such as lucky draws and commission
    incentives. `stock_id` is needed for batches with merchant codes.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a linked
    coupon shows `associate_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465596

    Operation: ``associate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/associate)

    Args:
        body (BusifavorCouponAssociateRequest): 关联订单信息请求 — the coupon and the order to link.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponAssociateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponAssociateRequest,
) -> BusifavorCouponAssociateResponse:
    """关联订单信息

    关联订单信息 — links a valid (not yet redeemed) coupon to a WeChat Pay order of the
    merchant (`out_trade_no`), for later statistics such as lucky draws and commission
    incentives. `stock_id` is needed for batches with merchant codes.

    After an unclear outcome, read the coupon with `query_busifavor_user_coupon`: a linked
    coupon shows `associate_out_trade_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012465596

    Operation: ``associate_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/associate)

    Args:
        body (BusifavorCouponAssociateRequest): 关联订单信息请求 — the coupon and the order to link.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponAssociateResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
