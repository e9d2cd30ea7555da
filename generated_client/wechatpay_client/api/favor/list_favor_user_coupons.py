# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.favor_coupon_list import FavorCouponList
from ...models.list_favor_user_coupons_business_type import (
    ListFavorUserCouponsBusinessType,
)
from ...models.list_favor_user_coupons_status import ListFavorUserCouponsStatus
from ...types import UNSET, Response, Unset

OPERATION_ID = "list_favor_user_coupons"


def _get_kwargs(
    openid: str,
    *,
    appid: str,
    stock_id: str | Unset = UNSET,
    status: ListFavorUserCouponsStatus | Unset = UNSET,
    creator_mchid: str | Unset = UNSET,
    sender_mchid: str | Unset = UNSET,
    available_mchid: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appid"] = appid

    params["stock_id"] = stock_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["creator_mchid"] = creator_mchid

    params["sender_mchid"] = sender_mchid

    params["available_mchid"] = available_mchid

    params["offset"] = offset

    params["limit"] = limit

    json_business_type: str | Unset = UNSET
    if not isinstance(business_type, Unset):
        json_business_type = business_type

    params["business_type"] = json_business_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/favor/users/{openid}/coupons".format(
            openid=quote(str(openid), safe=""),
        ),
        "params": params,
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FavorCouponList:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, FavorCouponList)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FavorCouponList]:
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
    status: ListFavorUserCouponsStatus | Unset = UNSET,
    creator_mchid: str | Unset = UNSET,
    sender_mchid: str | Unset = UNSET,
    available_mchid: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
) -> Response[FavorCouponList]:
    """根据商户号查用户的券

    根据商户号查用户的券 — pages through a user's coupons (and 消费金, with `business_type`
    `MULTIUSE`) filtered by the merchant that created the batch (`creator_mchid`), that sent
    it (`sender_mchid`) or where it can be used (`available_mchid`): give one of the three.
    With `available_mchid`, `stock_id`, `status`, `offset` and `limit` are ignored. Useful
    for a "my coupons" or checkout page. Coupons usable at every merchant (全平台通用券, e.g.
    摇摇乐红包) are not returned.

    This is the lookup for an unclear outcome of `send_favor_coupon`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534690

    Operation: ``list_favor_user_coupons`` (GET /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        status (ListFavorUserCouponsStatus | Unset):
        creator_mchid (str | Unset):
        sender_mchid (str | Unset):
        available_mchid (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        business_type (ListFavorUserCouponsBusinessType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCouponList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        status=status,
        creator_mchid=creator_mchid,
        sender_mchid=sender_mchid,
        available_mchid=available_mchid,
        offset=offset,
        limit=limit,
        business_type=business_type,
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
    status: ListFavorUserCouponsStatus | Unset = UNSET,
    creator_mchid: str | Unset = UNSET,
    sender_mchid: str | Unset = UNSET,
    available_mchid: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
) -> FavorCouponList:
    """根据商户号查用户的券

    根据商户号查用户的券 — pages through a user's coupons (and 消费金, with `business_type`
    `MULTIUSE`) filtered by the merchant that created the batch (`creator_mchid`), that sent
    it (`sender_mchid`) or where it can be used (`available_mchid`): give one of the three.
    With `available_mchid`, `stock_id`, `status`, `offset` and `limit` are ignored. Useful
    for a "my coupons" or checkout page. Coupons usable at every merchant (全平台通用券, e.g.
    摇摇乐红包) are not returned.

    This is the lookup for an unclear outcome of `send_favor_coupon`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534690

    Operation: ``list_favor_user_coupons`` (GET /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        status (ListFavorUserCouponsStatus | Unset):
        creator_mchid (str | Unset):
        sender_mchid (str | Unset):
        available_mchid (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        business_type (ListFavorUserCouponsBusinessType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCouponList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        status=status,
        creator_mchid=creator_mchid,
        sender_mchid=sender_mchid,
        available_mchid=available_mchid,
        offset=offset,
        limit=limit,
        business_type=business_type,
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
    status: ListFavorUserCouponsStatus | Unset = UNSET,
    creator_mchid: str | Unset = UNSET,
    sender_mchid: str | Unset = UNSET,
    available_mchid: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
) -> Response[FavorCouponList]:
    """根据商户号查用户的券

    根据商户号查用户的券 — pages through a user's coupons (and 消费金, with `business_type`
    `MULTIUSE`) filtered by the merchant that created the batch (`creator_mchid`), that sent
    it (`sender_mchid`) or where it can be used (`available_mchid`): give one of the three.
    With `available_mchid`, `stock_id`, `status`, `offset` and `limit` are ignored. Useful
    for a "my coupons" or checkout page. Coupons usable at every merchant (全平台通用券, e.g.
    摇摇乐红包) are not returned.

    This is the lookup for an unclear outcome of `send_favor_coupon`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534690

    Operation: ``list_favor_user_coupons`` (GET /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        status (ListFavorUserCouponsStatus | Unset):
        creator_mchid (str | Unset):
        sender_mchid (str | Unset):
        available_mchid (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        business_type (ListFavorUserCouponsBusinessType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[FavorCouponList]
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        status=status,
        creator_mchid=creator_mchid,
        sender_mchid=sender_mchid,
        available_mchid=available_mchid,
        offset=offset,
        limit=limit,
        business_type=business_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    *,
    client: AuthenticatedClient | Client,
    appid: str,
    stock_id: str | Unset = UNSET,
    status: ListFavorUserCouponsStatus | Unset = UNSET,
    creator_mchid: str | Unset = UNSET,
    sender_mchid: str | Unset = UNSET,
    available_mchid: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    business_type: ListFavorUserCouponsBusinessType | Unset = UNSET,
) -> FavorCouponList:
    """根据商户号查用户的券

    根据商户号查用户的券 — pages through a user's coupons (and 消费金, with `business_type`
    `MULTIUSE`) filtered by the merchant that created the batch (`creator_mchid`), that sent
    it (`sender_mchid`) or where it can be used (`available_mchid`): give one of the three.
    With `available_mchid`, `stock_id`, `status`, `offset` and `limit` are ignored. Useful
    for a "my coupons" or checkout page. Coupons usable at every merchant (全平台通用券, e.g.
    摇摇乐红包) are not returned.

    This is the lookup for an unclear outcome of `send_favor_coupon`. Read-only; safe to
    repeat.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012534690

    Operation: ``list_favor_user_coupons`` (GET /v3/marketing/favor/users/{openid}/coupons)

    Args:
        openid (str):
        appid (str):
        stock_id (str | Unset):
        status (ListFavorUserCouponsStatus | Unset):
        creator_mchid (str | Unset):
        sender_mchid (str | Unset):
        available_mchid (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        business_type (ListFavorUserCouponsBusinessType | Unset):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        FavorCouponList
    """

    kwargs = _get_kwargs(
        openid=openid,
        appid=appid,
        stock_id=stock_id,
        status=status,
        creator_mchid=creator_mchid,
        sender_mchid=sender_mchid,
        available_mchid=available_mchid,
        offset=offset,
        limit=limit,
        business_type=business_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
