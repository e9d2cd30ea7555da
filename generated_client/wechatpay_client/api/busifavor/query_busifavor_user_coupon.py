# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from wechatpay_auth._decode import decode_answer, undeclared_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busifavor_user_coupon import BusifavorUserCoupon
from ...types import Response

OPERATION_ID = "query_busifavor_user_coupon"


def _get_kwargs(
    openid: str,
    coupon_code: str,
    appid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}".format(
            openid=quote(str(openid), safe=""),
            coupon_code=quote(str(coupon_code), safe=""),
            appid=quote(str(appid), safe=""),
        ),
        "extensions": {"wechatpay_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusifavorUserCoupon:
    if response.status_code == 200:
        return decode_answer(response, OPERATION_ID, BusifavorUserCoupon)
    if 200 <= response.status_code <= 299:
        raise undeclared_answer(response, OPERATION_ID)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BusifavorUserCoupon]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    openid: str,
    coupon_code: str,
    appid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusifavorUserCoupon]:
    """查询用户单张券详情

    查询用户单张券详情 — reads one coupon in a user's card wallet: the batch rules, its state,
    and the request numbers and times of sending, redemption, return and invalidation, and
    the linked order. Read-only; safe to repeat. It settles unclear outcomes of
    `use_busifavor_coupon`, `return_busifavor_coupon`, `deactivate_busifavor_coupon`,
    `associate_busifavor_coupon` and `disassociate_busifavor_coupon`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535011

    Operation: ``query_busifavor_user_coupon`` (GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid})

    Args:
        openid (str):
        coupon_code (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorUserCoupon]
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    openid: str,
    coupon_code: str,
    appid: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusifavorUserCoupon:
    """查询用户单张券详情

    查询用户单张券详情 — reads one coupon in a user's card wallet: the batch rules, its state,
    and the request numbers and times of sending, redemption, return and invalidation, and
    the linked order. Read-only; safe to repeat. It settles unclear outcomes of
    `use_busifavor_coupon`, `return_busifavor_coupon`, `deactivate_busifavor_coupon`,
    `associate_busifavor_coupon` and `disassociate_busifavor_coupon`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535011

    Operation: ``query_busifavor_user_coupon`` (GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid})

    Args:
        openid (str):
        coupon_code (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorUserCoupon
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    openid: str,
    coupon_code: str,
    appid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusifavorUserCoupon]:
    """查询用户单张券详情

    查询用户单张券详情 — reads one coupon in a user's card wallet: the batch rules, its state,
    and the request numbers and times of sending, redemption, return and invalidation, and
    the linked order. Read-only; safe to repeat. It settles unclear outcomes of
    `use_busifavor_coupon`, `return_busifavor_coupon`, `deactivate_busifavor_coupon`,
    `associate_busifavor_coupon` and `disassociate_busifavor_coupon`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535011

    Operation: ``query_busifavor_user_coupon`` (GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid})

    Args:
        openid (str):
        coupon_code (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        Response[BusifavorUserCoupon]
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    openid: str,
    coupon_code: str,
    appid: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusifavorUserCoupon:
    """查询用户单张券详情

    查询用户单张券详情 — reads one coupon in a user's card wallet: the batch rules, its state,
    and the request numbers and times of sending, redemption, return and invalidation, and
    the linked order. Read-only; safe to repeat. It settles unclear outcomes of
    `use_busifavor_coupon`, `return_busifavor_coupon`, `deactivate_busifavor_coupon`,
    `associate_busifavor_coupon` and `disassociate_busifavor_coupon`.

    Official doc: https://pay.weixin.qq.com/doc/v3/merchant/4012535011

    Operation: ``query_busifavor_user_coupon`` (GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid})

    Args:
        openid (str):
        coupon_code (str):
        appid (str):

    Raises:
        wechatpay_auth.APIError: WeChat Pay answered an error status (client from ``create_client``).
        wechatpay_auth.SignatureVerificationError: the answer is not authentically signed.
        wechatpay_auth.APIConnectionError: network failure; ``APITimeoutError`` for a timeout.
        wechatpay_auth.ResponseValidationError: a 2xx answer that does not decode into the typed model, or a
            2xx status the spec does not declare: the call was executed (reconcile, do not resend).
        errors.UnexpectedStatus: a non-2xx status (plain client, no auth plugin).

    Returns:
        BusifavorUserCoupon
    """

    kwargs = _get_kwargs(
        openid=openid,
        coupon_code=coupon_code,
        appid=appid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
