# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_user_coupon_list import BusifavorUserCouponList
from ...models.list_busifavor_user_coupons_coupon_state import (
    ListBusifavorUserCouponsCouponState,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_busifavor_user_coupons"


def _get_kwargs(
    openid: str,
    *,
    appid: str,
    stock_id: str | Unset = UNSET,
    coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
    creator_merchant: str | Unset = UNSET,
    belong_merchant: str | Unset = UNSET,
    sender_merchant: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["stock_id"] = stock_id

    json_coupon_state: str | Unset = UNSET
    if not isinstance(coupon_state, Unset):
        json_coupon_state = coupon_state

    params["coupon_state"] = json_coupon_state

    params["creator_merchant"] = creator_merchant

    params["belong_merchant"] = belong_merchant

    params["sender_merchant"] = sender_merchant

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/users/{openid}/coupons".format(
            openid=quote(str(openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorUserCouponList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorUserCouponList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusifavorUserCouponList]:
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
    appid: str,
    stock_id: str | Unset = UNSET,
    coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
    creator_merchant: str | Unset = UNSET,
    belong_merchant: str | Unset = UNSET,
    sender_merchant: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[BusifavorUserCouponList]:
    """根据过滤条件查询用户券

    根据过滤条件查询用户券 — pages through the merchant coupons in one user's card wallet,
    filtered by batch, state and the merchant that created, owns or sent the batch. The
    caller must pass the filter that matches its own role: `creator_merchant` when it
    created the batch, `belong_merchant` when it owns it, `sender_merchant` when it sends
    it. Read-only; safe to repeat. It settles unclear `send_busifavor_coupon` and
    `send_busifavor_product_coupon` calls (match `send_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534963

    Operation: ``list_busifavor_user_coupons`` (GET /v3/marketing/busifavor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        coupon_state (ListBusifavorUserCouponsCouponState | Unset):
        creator_merchant (str | Unset):
        belong_merchant (str | Unset):
        sender_merchant (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorUserCouponList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        coupon_state=coupon_state,
        creator_merchant=creator_merchant,
        belong_merchant=belong_merchant,
        sender_merchant=sender_merchant,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    stock_id: str | Unset = UNSET,
    coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
    creator_merchant: str | Unset = UNSET,
    belong_merchant: str | Unset = UNSET,
    sender_merchant: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> BusifavorUserCouponList:
    """根据过滤条件查询用户券

    根据过滤条件查询用户券 — pages through the merchant coupons in one user's card wallet,
    filtered by batch, state and the merchant that created, owns or sent the batch. The
    caller must pass the filter that matches its own role: `creator_merchant` when it
    created the batch, `belong_merchant` when it owns it, `sender_merchant` when it sends
    it. Read-only; safe to repeat. It settles unclear `send_busifavor_coupon` and
    `send_busifavor_product_coupon` calls (match `send_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534963

    Operation: ``list_busifavor_user_coupons`` (GET /v3/marketing/busifavor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        coupon_state (ListBusifavorUserCouponsCouponState | Unset):
        creator_merchant (str | Unset):
        belong_merchant (str | Unset):
        sender_merchant (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorUserCouponList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        coupon_state=coupon_state,
        creator_merchant=creator_merchant,
        belong_merchant=belong_merchant,
        sender_merchant=sender_merchant,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    stock_id: str | Unset = UNSET,
    coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
    creator_merchant: str | Unset = UNSET,
    belong_merchant: str | Unset = UNSET,
    sender_merchant: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[BusifavorUserCouponList]:
    """根据过滤条件查询用户券

    根据过滤条件查询用户券 — pages through the merchant coupons in one user's card wallet,
    filtered by batch, state and the merchant that created, owns or sent the batch. The
    caller must pass the filter that matches its own role: `creator_merchant` when it
    created the batch, `belong_merchant` when it owns it, `sender_merchant` when it sends
    it. Read-only; safe to repeat. It settles unclear `send_busifavor_coupon` and
    `send_busifavor_product_coupon` calls (match `send_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534963

    Operation: ``list_busifavor_user_coupons`` (GET /v3/marketing/busifavor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        coupon_state (ListBusifavorUserCouponsCouponState | Unset):
        creator_merchant (str | Unset):
        belong_merchant (str | Unset):
        sender_merchant (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorUserCouponList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        coupon_state=coupon_state,
        creator_merchant=creator_merchant,
        belong_merchant=belong_merchant,
        sender_merchant=sender_merchant,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    stock_id: str | Unset = UNSET,
    coupon_state: ListBusifavorUserCouponsCouponState | Unset = UNSET,
    creator_merchant: str | Unset = UNSET,
    belong_merchant: str | Unset = UNSET,
    sender_merchant: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> BusifavorUserCouponList:
    """根据过滤条件查询用户券

    根据过滤条件查询用户券 — pages through the merchant coupons in one user's card wallet,
    filtered by batch, state and the merchant that created, owns or sent the batch. The
    caller must pass the filter that matches its own role: `creator_merchant` when it
    created the batch, `belong_merchant` when it owns it, `sender_merchant` when it sends
    it. Read-only; safe to repeat. It settles unclear `send_busifavor_coupon` and
    `send_busifavor_product_coupon` calls (match `send_request_no`).

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534963

    Operation: ``list_busifavor_user_coupons`` (GET /v3/marketing/busifavor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        coupon_state (ListBusifavorUserCouponsCouponState | Unset):
        creator_merchant (str | Unset):
        belong_merchant (str | Unset):
        sender_merchant (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorUserCouponList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        coupon_state=coupon_state,
        creator_merchant=creator_merchant,
        belong_merchant=belong_merchant,
        sender_merchant=sender_merchant,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
