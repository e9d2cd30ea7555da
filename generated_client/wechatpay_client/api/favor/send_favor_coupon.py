# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, encode_body, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_coupon_send_request import FavorCouponSendRequest
from ...models.favor_coupon_send_response import FavorCouponSendResponse
from ...types import Response

OPERATION_ID = "send_favor_coupon"


def _get_kwargs(
    openid: str,
    *,
    body: FavorCouponSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/marketing/favor/users/{openid}/coupons".format(
            openid=quote(str(openid), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = encode_body(body, OPERATION_ID, FavorCouponSendRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorCouponSendResponse:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorCouponSendResponse)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FavorCouponSendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorCouponSendRequest,
) -> Response[FavorCouponSendResponse]:
    """发放指定批次的代金券

    发放指定批次的代金券 — gives one coupon of an activated batch to a user (`openid` under
    `appid`), from a mini program, H5 page, app or the merchant's own back end, and returns
    its `coupon_id`. The batch must be a cash-coupon batch (全场券 or 单品券), running and
    within its sending limits; `appid` must belong to the user's `openid` and be bound to the
    calling merchant.

    - `coupon_value` and `coupon_minimum` are only for batches that let the sender choose the
      face value and threshold; leave them out otherwise.
    - Using the coupon later triggers `COUPON.USE` to the marketing callback address set with
      `set_favor_callback` (see `FavorCouponNotificationResource`).
    - `out_request_no` is the merchant's unique number for this send. No lookup by that number
      exists: after a timeout or 5XX, list the user's coupons of the batch with
      `list_favor_user_coupons` (`stock_id`) before sending again, and resend only with the
      same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463767

    Operation: ``send_favor_coupon`` (POST /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        body (FavorCouponSendRequest): 发放代金券请求 — the coupon to send (the user is the path's
            `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCouponSendResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorCouponSendRequest,
) -> FavorCouponSendResponse:
    """发放指定批次的代金券

    发放指定批次的代金券 — gives one coupon of an activated batch to a user (`openid` under
    `appid`), from a mini program, H5 page, app or the merchant's own back end, and returns
    its `coupon_id`. The batch must be a cash-coupon batch (全场券 or 单品券), running and
    within its sending limits; `appid` must belong to the user's `openid` and be bound to the
    calling merchant.

    - `coupon_value` and `coupon_minimum` are only for batches that let the sender choose the
      face value and threshold; leave them out otherwise.
    - Using the coupon later triggers `COUPON.USE` to the marketing callback address set with
      `set_favor_callback` (see `FavorCouponNotificationResource`).
    - `out_request_no` is the merchant's unique number for this send. No lookup by that number
      exists: after a timeout or 5XX, list the user's coupons of the batch with
      `list_favor_user_coupons` (`stock_id`) before sending again, and resend only with the
      same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463767

    Operation: ``send_favor_coupon`` (POST /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        body (FavorCouponSendRequest): 发放代金券请求 — the coupon to send (the user is the path's
            `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCouponSendResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorCouponSendRequest,
) -> Response[FavorCouponSendResponse]:
    """发放指定批次的代金券

    发放指定批次的代金券 — gives one coupon of an activated batch to a user (`openid` under
    `appid`), from a mini program, H5 page, app or the merchant's own back end, and returns
    its `coupon_id`. The batch must be a cash-coupon batch (全场券 or 单品券), running and
    within its sending limits; `appid` must belong to the user's `openid` and be bound to the
    calling merchant.

    - `coupon_value` and `coupon_minimum` are only for batches that let the sender choose the
      face value and threshold; leave them out otherwise.
    - Using the coupon later triggers `COUPON.USE` to the marketing callback address set with
      `set_favor_callback` (see `FavorCouponNotificationResource`).
    - `out_request_no` is the merchant's unique number for this send. No lookup by that number
      exists: after a timeout or 5XX, list the user's coupons of the batch with
      `list_favor_user_coupons` (`stock_id`) before sending again, and resend only with the
      same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463767

    Operation: ``send_favor_coupon`` (POST /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        body (FavorCouponSendRequest): 发放代金券请求 — the coupon to send (the user is the path's
            `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCouponSendResponse]
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    body: FavorCouponSendRequest,
) -> FavorCouponSendResponse:
    """发放指定批次的代金券

    发放指定批次的代金券 — gives one coupon of an activated batch to a user (`openid` under
    `appid`), from a mini program, H5 page, app or the merchant's own back end, and returns
    its `coupon_id`. The batch must be a cash-coupon batch (全场券 or 单品券), running and
    within its sending limits; `appid` must belong to the user's `openid` and be bound to the
    calling merchant.

    - `coupon_value` and `coupon_minimum` are only for batches that let the sender choose the
      face value and threshold; leave them out otherwise.
    - Using the coupon later triggers `COUPON.USE` to the marketing callback address set with
      `set_favor_callback` (see `FavorCouponNotificationResource`).
    - `out_request_no` is the merchant's unique number for this send. No lookup by that number
      exists: after a timeout or 5XX, list the user's coupons of the batch with
      `list_favor_user_coupons` (`stock_id`) before sending again, and resend only with the
      same `out_request_no`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012463767

    Operation: ``send_favor_coupon`` (POST /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        body (FavorCouponSendRequest): 发放代金券请求 — the coupon to send (the user is the path's
            `openid`).

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCouponSendResponse
    """

    kwargs = _get_kwargs(
        openid=openid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
