# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_coupon_send_request import BusifavorCouponSendRequest
from ...models.busifavor_coupon_send_response import BusifavorCouponSendResponse
from ...types import Response

OPERATION_ID = "send_busifavor_coupon"


def _get_kwargs(
    *,
    body: BusifavorCouponSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/coupons/send",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorCouponSendRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorCouponSendResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorCouponSendResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorCouponSendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponSendRequest,
) -> Response[BusifavorCouponSendResponse]:
    """向用户发券

    向用户发券 — sends one coupon of a batch to a user (OpenID under `appid`). For a
    `MERCHANT_API` batch the merchant names the code in `coupon_code`; otherwise the code is
    assigned. `out_request_no` must be unique per batch and user.

    The sources disagree on the answer: the official SDKs wrap it in `send_coupon_result`,
    the other sources give `stock_id`, `coupon_code` and `out_request_no` at the top level;
    both shapes are accepted. After an unclear outcome, list the user's coupons of the batch
    with `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``send_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/send)

    Args:
        body (BusifavorCouponSendRequest): 向用户发券请求 — the coupon to send and to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponSendResponse]
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
    body: BusifavorCouponSendRequest,
) -> BusifavorCouponSendResponse:
    """向用户发券

    向用户发券 — sends one coupon of a batch to a user (OpenID under `appid`). For a
    `MERCHANT_API` batch the merchant names the code in `coupon_code`; otherwise the code is
    assigned. `out_request_no` must be unique per batch and user.

    The sources disagree on the answer: the official SDKs wrap it in `send_coupon_result`,
    the other sources give `stock_id`, `coupon_code` and `out_request_no` at the top level;
    both shapes are accepted. After an unclear outcome, list the user's coupons of the batch
    with `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``send_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/send)

    Args:
        body (BusifavorCouponSendRequest): 向用户发券请求 — the coupon to send and to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponSendResponse
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
    body: BusifavorCouponSendRequest,
) -> Response[BusifavorCouponSendResponse]:
    """向用户发券

    向用户发券 — sends one coupon of a batch to a user (OpenID under `appid`). For a
    `MERCHANT_API` batch the merchant names the code in `coupon_code`; otherwise the code is
    assigned. `out_request_no` must be unique per batch and user.

    The sources disagree on the answer: the official SDKs wrap it in `send_coupon_result`,
    the other sources give `stock_id`, `coupon_code` and `out_request_no` at the top level;
    both shapes are accepted. After an unclear outcome, list the user's coupons of the batch
    with `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``send_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/send)

    Args:
        body (BusifavorCouponSendRequest): 向用户发券请求 — the coupon to send and to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorCouponSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorCouponSendRequest,
) -> BusifavorCouponSendResponse:
    """向用户发券

    向用户发券 — sends one coupon of a batch to a user (OpenID under `appid`). For a
    `MERCHANT_API` batch the merchant names the code in `coupon_code`; otherwise the code is
    assigned. `out_request_no` must be unique per batch and user.

    The sources disagree on the answer: the official SDKs wrap it in `send_coupon_result`,
    the other sources give `stock_id`, `coupon_code` and `out_request_no` at the top level;
    both shapes are accepted. After an unclear outcome, list the user's coupons of the batch
    with `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html

    Operation: ``send_busifavor_coupon`` (POST /v3/marketing/busifavor/coupons/send)

    Args:
        body (BusifavorCouponSendRequest): 向用户发券请求 — the coupon to send and to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorCouponSendResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
