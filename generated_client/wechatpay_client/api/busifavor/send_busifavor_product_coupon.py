# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_product_coupon_send_request import BusifavorProductCouponSendRequest
from ...models.busifavor_product_coupon_send_response import BusifavorProductCouponSendResponse
from ...types import Response

OPERATION_ID = "send_busifavor_product_coupon"


def _get_kwargs(
    *,
    body: BusifavorProductCouponSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/busifavor/product-coupons/send",
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, BusifavorProductCouponSendRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusifavorProductCouponSendResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorProductCouponSendResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorProductCouponSendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorProductCouponSendRequest,
) -> Response[BusifavorProductCouponSendResponse]:
    """向用户发放商品券

    向用户发放商品券 — sends a merchant coupon that is linked to goods information to a user;
    batches without linked goods cannot be sent this way. The code is either named in
    `coupon_code` or assigned by WeChat Pay. `coupon_type: MEMBER` sends it as a member
    coupon, with the member card in `member_card_id`.

    After an unclear outcome, list the user's coupons of the batch with
    `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015594964

    Operation: ``send_busifavor_product_coupon`` (POST /v3/marketing/busifavor/product-coupons/send)

    Args:
        body (BusifavorProductCouponSendRequest): 向用户发放商品券请求 — the goods-linked coupon to send and
            to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorProductCouponSendResponse]
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
    body: BusifavorProductCouponSendRequest,
) -> BusifavorProductCouponSendResponse:
    """向用户发放商品券

    向用户发放商品券 — sends a merchant coupon that is linked to goods information to a user;
    batches without linked goods cannot be sent this way. The code is either named in
    `coupon_code` or assigned by WeChat Pay. `coupon_type: MEMBER` sends it as a member
    coupon, with the member card in `member_card_id`.

    After an unclear outcome, list the user's coupons of the batch with
    `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015594964

    Operation: ``send_busifavor_product_coupon`` (POST /v3/marketing/busifavor/product-coupons/send)

    Args:
        body (BusifavorProductCouponSendRequest): 向用户发放商品券请求 — the goods-linked coupon to send and
            to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorProductCouponSendResponse
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
    body: BusifavorProductCouponSendRequest,
) -> Response[BusifavorProductCouponSendResponse]:
    """向用户发放商品券

    向用户发放商品券 — sends a merchant coupon that is linked to goods information to a user;
    batches without linked goods cannot be sent this way. The code is either named in
    `coupon_code` or assigned by WeChat Pay. `coupon_type: MEMBER` sends it as a member
    coupon, with the member card in `member_card_id`.

    After an unclear outcome, list the user's coupons of the batch with
    `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015594964

    Operation: ``send_busifavor_product_coupon`` (POST /v3/marketing/busifavor/product-coupons/send)

    Args:
        body (BusifavorProductCouponSendRequest): 向用户发放商品券请求 — the goods-linked coupon to send and
            to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorProductCouponSendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BusifavorProductCouponSendRequest,
) -> BusifavorProductCouponSendResponse:
    """向用户发放商品券

    向用户发放商品券 — sends a merchant coupon that is linked to goods information to a user;
    batches without linked goods cannot be sent this way. The code is either named in
    `coupon_code` or assigned by WeChat Pay. `coupon_type: MEMBER` sends it as a member
    coupon, with the member card in `member_card_id`.

    After an unclear outcome, list the user's coupons of the batch with
    `list_busifavor_user_coupons` and look for `send_request_no` equal to the
    `out_request_no` sent.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4015594964

    Operation: ``send_busifavor_product_coupon`` (POST /v3/marketing/busifavor/product-coupons/send)

    Args:
        body (BusifavorProductCouponSendRequest): 向用户发放商品券请求 — the goods-linked coupon to send and
            to whom.

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorProductCouponSendResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
